"""Changing the passphrase can renew the data key too (issue 12 item 6): afterwards an old
copy of the key file with the old passphrase no longer opens the database."""

from __future__ import annotations

import shutil

import pytest

from skow_desk.store.connection import DamagedDatabase
from skow_desk.store.keys import KEYS_FILENAME, WrongPassphrase, unlock
from skow_desk.store.location import database_path
from skow_desk.store.models import Person
from skow_desk.store.rekey import change_passphrase_and_key
from skow_desk.store.vault import open_data, open_data_with_recovery
from tests.conftest import PASSPHRASE

NEW = "een geheel nieuwe zin voor later"


def _person_count(db):
    with db.read_only() as session:
        return session.query(Person).count()


def test_after_rekey_the_old_key_file_and_old_passphrase_open_nothing(demo_folder, tmp_path):
    stolen = tmp_path / "oude-back-up"
    stolen.mkdir()
    shutil.copy(demo_folder / KEYS_FILENAME, stolen / KEYS_FILENAME)  # an old backup's file
    db = open_data(demo_folder, PASSPHRASE)
    persons = _person_count(db)
    recovery = change_passphrase_and_key(db, demo_folder, NEW)
    assert _person_count(db) == persons  # the open database goes on with the new key
    db.close()
    old_key = unlock(stolen, PASSPHRASE)
    import sqlcipher3

    connection = sqlcipher3.connect(str(database_path(demo_folder)))
    connection.execute(f"PRAGMA key = \"x'{old_key.hex()}'\"")
    with pytest.raises(sqlcipher3.DatabaseError):
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    connection.close()
    with pytest.raises(WrongPassphrase):
        open_data(demo_folder, PASSPHRASE)
    db = open_data(demo_folder, NEW)
    assert _person_count(db) == persons
    db.close()
    db, _key = open_data_with_recovery(demo_folder, recovery)  # the new recovery key works
    db.close()


def test_swapping_the_old_key_file_back_in_is_no_way_in(demo_folder, tmp_path):
    old_file = (demo_folder / KEYS_FILENAME).read_bytes()
    db = open_data(demo_folder, PASSPHRASE)
    change_passphrase_and_key(db, demo_folder, NEW)
    db.close()
    (demo_folder / KEYS_FILENAME).write_bytes(old_file)
    with pytest.raises(DamagedDatabase):
        open_data(demo_folder, PASSPHRASE)


def test_an_interrupted_renewal_opens_with_whichever_key_fits(demo_folder, monkeypatch):
    """Killed after the database was rekeyed, before the new key file replaced the old."""
    from skow_desk.store import rekey

    real = rekey.promote_pending
    monkeypatch.setattr(rekey, "promote_pending",
                        lambda _f: (_ for _ in ()).throw(OSError("gestopt")))
    db = open_data(demo_folder, PASSPHRASE)
    with pytest.raises(OSError):
        change_passphrase_and_key(db, demo_folder, NEW)
    db.close()
    monkeypatch.setattr(rekey, "promote_pending", real)
    with pytest.raises(WrongPassphrase, match="onderbroken"):
        open_data(demo_folder, PASSPHRASE)
    open_data(demo_folder, NEW).close()
    assert not rekey.pending(demo_folder)
    open_data(demo_folder, NEW).close()
