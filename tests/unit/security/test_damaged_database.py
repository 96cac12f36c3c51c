"""Damaged databases are caught at open, never re-created, and said in one Dutch line
(issue 12 item 9). The fuzz test is bounded (30 variants); tools/fuzz_damaged.py runs 100, with
the same damage (tests/damaged_files.py)."""

from __future__ import annotations

import random

import pytest

from skow_desk.cli import main
from skow_desk.store.connection import DAMAGED, DamagedDatabase
from skow_desk.store.location import database_path
from skow_desk.store.vault import open_data
from tests.conftest import PASSPHRASE
from tests.damaged_files import KINDS, damage


def _checkpointed(folder):
    """The folder's database as one file (no -wal), as after a clean close."""
    db = open_data(folder, PASSPHRASE)
    db.reader.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return database_path(folder)


def test_a_zero_byte_database_is_never_re_created(demo_folder):
    path = _checkpointed(demo_folder)
    path.write_bytes(b"")
    with pytest.raises(DamagedDatabase, match=f"^{DAMAGED}$"):
        open_data(demo_folder, PASSPHRASE)
    assert path.stat().st_size == 0


def test_a_damaged_page_1_is_not_blamed_on_the_passphrase(demo_folder, capsys):
    path = _checkpointed(demo_folder)
    damage(path, "pagina-1", random.Random(1))
    assert main(["--data-dir", str(demo_folder), "audit", "verify"]) == 1
    err = capsys.readouterr().err
    assert "beschadigd" in err and "back-up" in err
    assert "wachtwoord" not in err


def test_audit_verify_is_not_in_order_on_a_damaged_database(demo_folder, capsys):
    path = _checkpointed(demo_folder)
    damage(path, "pagina-nul", random.Random(3))
    assert main(["--data-dir", str(demo_folder), "audit", "verify"]) == 1
    assert "in orde" not in capsys.readouterr().out


@pytest.mark.parametrize("case", range(30))
def test_fuzzed_damage_gives_one_dutch_line_and_exit_1(demo_template_folder, tmp_path, capsys,
                                                       case):
    """Never a traceback (an exception out of main), never 'in orde', one Dutch line."""
    import shutil

    folder = tmp_path / "d"
    shutil.copytree(demo_template_folder, folder)
    rng = random.Random(case)
    damage(_checkpointed(folder), KINDS[case % len(KINDS)], rng)
    assert main(["--data-dir", str(folder), "audit", "verify"]) == 1
    out, err = capsys.readouterr()
    assert "in orde" not in out
    assert err.strip() == f"skow-desk: {DAMAGED}", err
