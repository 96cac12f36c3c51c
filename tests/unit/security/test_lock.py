"""One SKOW Desk per data folder: a second instance is refused with a Dutch sentence."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

from skow_desk.store.lock import FolderInUse, acquire_data_lock
from skow_desk.store.vault import open_data
from tests.conftest import PASSPHRASE
from tests.unit.security.helpers import REPO, run_cli

HOLDER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from skow_desk.store.vault import open_data
    db = open_data(Path(sys.argv[1]), sys.argv[2])
    print("open", flush=True)
    sys.stdin.readline()
    db.close()
""")


@pytest.fixture
def held(data_folder):
    """A second process that has the data folder open until the test ends."""
    child = subprocess.Popen([sys.executable, "-c", HOLDER, str(data_folder), PASSPHRASE],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=REPO,
                             env={**os.environ})
    assert child.stdout is not None and child.stdout.readline().strip() == "open"
    yield child
    if child.poll() is None:
        child.communicate("\n", timeout=30)


def test_a_second_process_is_refused(held, data_folder):
    with pytest.raises(FolderInUse, match="heeft de gegevensmap .* al open"):
        open_data(data_folder, PASSPHRASE)


def test_the_command_line_says_so_and_exits_1(held, data_folder):
    result = run_cli("--data-dir", str(data_folder), "audit", "verify")
    assert result.returncode == 1
    assert "al open" in result.stderr and "Traceback" not in result.stderr


def test_the_folder_is_free_again_after_the_other_closes(held, data_folder):
    held.communicate("\n", timeout=30)
    open_data(data_folder, PASSPHRASE).close()


def test_the_lock_dies_with_a_killed_process(held, data_folder):
    held.kill()
    held.wait(timeout=30)
    open_data(data_folder, PASSPHRASE).close()


def test_within_one_process_too(db, data_folder):
    with pytest.raises(FolderInUse):
        open_data(data_folder, PASSPHRASE)


def test_closing_releases_and_a_failed_open_does_not_hold(data_folder):
    with pytest.raises(Exception, match="onjuist"):
        open_data(data_folder, "verkeerd-wachtwoord-hier")
    db = open_data(data_folder, PASSPHRASE)
    db.close()
    lock = acquire_data_lock(data_folder)
    assert lock.held
    lock.release()
    lock.release()  # twice is harmless
    assert not lock.held
