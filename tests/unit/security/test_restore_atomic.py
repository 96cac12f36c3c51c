"""A restore is all or nothing, also when killed at any step (issue 12 item 2).

A child process restores a backup and dies (``os._exit``, no clean-up) at one named step;
the next open finishes or forgets the restore, and the folder then opens with either the old
data or the backup's, never a mix, never without database or key file.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

from skow_desk.services.persons import PersonInput, add_person
from skow_desk.store.backup import backup_to, restore_backup
from skow_desk.store.keys import KEYS_FILENAME
from skow_desk.store.location import DB_FILENAME
from skow_desk.store.models import Person, Role
from skow_desk.store.restore_journal import JOURNAL
from skow_desk.store.vault import open_data
from tests.conftest import PASSPHRASE
from tests.unit.security.helpers import REPO

STEPS = ["uitpakken", "journal", f"opzij:{DB_FILENAME}", f"opzij:{KEYS_FILENAME}",
         f"erin:{DB_FILENAME}", f"erin:{KEYS_FILENAME}", "klaar"]
AFTER_JOURNAL = STEPS[2:]

CHILD = textwrap.dedent("""
    import os, sys
    from pathlib import Path
    from skow_desk.store import backup, restore_journal

    def hook(step):
        if step == sys.argv[3]:
            os._exit(9)
    restore_journal.STEP_HOOK = hook
    real = backup._staged_check
    def staged(staging, passphrase):
        hook("uitpakken")
        return real(staging, passphrase)
    backup._staged_check = staged
    backup.restore_backup(Path(sys.argv[1]), Path(sys.argv[2]), os.environ["SKOW_DESK_PASSPHRASE"])
    os._exit(0)
""")


def _count(folder):
    db = open_data(folder, PASSPHRASE)
    try:
        with db.read_only() as session:
            return session.query(Person).count()
    finally:
        db.close()


@pytest.fixture
def backed_up(demo_folder, tmp_path):
    """The demo folder, a backup of it, and one person added after the backup."""
    db = open_data(demo_folder, PASSPHRASE)
    try:
        info = backup_to(db, tmp_path / "b.skowbackup")
        with db.transaction() as session:
            add_person(session, PersonInput(role=Role.PUPIL, last_name="Na de back-up"))
    finally:
        db.close()
    return demo_folder, info.path


@pytest.mark.parametrize("step", STEPS)
def test_a_kill_at_each_step_leaves_the_old_or_the_new_data(backed_up, step):
    folder, backup_file = backed_up
    before = _count(folder)
    child = subprocess.run([sys.executable, "-c", CHILD, str(folder), str(backup_file), step],
                           cwd=REPO, env={**os.environ, "SKOW_DESK_PASSPHRASE": PASSPHRASE},
                           capture_output=True, text=True, timeout=120)
    assert child.returncode == 9, child.stderr
    after = _count(folder)  # the next start finishes or forgets the restore
    assert after == (before - 1 if step in AFTER_JOURNAL else before)
    assert not (folder / JOURNAL).exists()
    assert not list(folder.glob(".herstel-*"))
    assert (folder / KEYS_FILENAME).exists() and (folder / DB_FILENAME).exists()
    if step in AFTER_JOURNAL:  # the old data is kept and opens on its own
        kept = next(folder.glob("voor-herstel-*"))
        assert _count(kept) == before


def test_a_failed_rename_before_the_journal_changes_nothing(backed_up, monkeypatch):
    folder, backup_file = backed_up
    before = _count(folder)
    from skow_desk.store import restore_journal

    def fail(step):
        if step == "journal":
            raise OSError("schijf vol")

    monkeypatch.setattr(restore_journal, "STEP_HOOK", fail)
    with pytest.raises(OSError):
        restore_backup(folder, backup_file, PASSPHRASE)
    monkeypatch.setattr(restore_journal, "STEP_HOOK", None)
    assert _count(folder) == before
    assert not list(folder.glob(".herstel-*")) and not list(folder.glob("voor-herstel-*"))


def test_leftover_work_folders_and_temporary_files_go_at_the_next_start(data_folder):
    for leftover in (data_folder / ".herstel-abc", data_folder / ".skow-backup-x",
                     data_folder / "backups" / ".skow-backup-y"):
        leftover.mkdir(parents=True)
        (leftover / "database.db").write_bytes(b"half")
    (data_folder / "sleutels.tmp").write_text("{", encoding="utf-8")
    open_data(data_folder, PASSPHRASE).close()
    assert not list(data_folder.glob(".herstel-*"))
    assert not list(data_folder.glob(".skow-backup-*"))
    assert not list((data_folder / "backups").glob(".skow-backup-*"))
    assert not (data_folder / "sleutels.tmp").exists()
