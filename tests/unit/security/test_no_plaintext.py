"""Proof: no name from the data can be found in any file on disk (database, WAL, backup)."""

from __future__ import annotations

import zipfile

from sqlalchemy import select

from skow_desk.domain.enums import Role
from skow_desk.services.persons import PersonInput, add_person
from skow_desk.store.backup import backup_to
from skow_desk.store.location import database_path
from skow_desk.store.models import Person, School


def _needles(db) -> list[bytes]:
    with db.transaction() as s:
        school = s.scalars(select(School).where(School.name.like("%Regenboog%"))).one()
        pupil = s.scalars(select(Person).where(Person.role == Role.PUPIL)
                          .order_by(Person.id)).first()
        assert school.name == "Basisschool De Regenboog"  # the data is there, readable to us
        return [b"De Regenboog", pupil.last_name.encode("utf-8"), b"Zeldzaamnaam"]


def _grep(path, needles) -> list[bytes]:
    """Like ``grep -a``: which needles occur anywhere in the file's bytes."""
    data = path.read_bytes()
    return [n for n in needles if n in data]


def test_database_wal_and_backup_hold_no_plaintext(demo_db, demo_folder, tmp_path):
    with demo_db.transaction() as s:  # fresh writes, so the WAL holds pages right now
        for i in range(200):
            add_person(s, PersonInput(role=Role.PUPIL, last_name="Zeldzaamnaam",
                                      first_name=f"Kind {i}", address="Regenboogstraat 1"))
    needles = _needles(demo_db)
    db_file = database_path(demo_folder)
    wal = db_file.with_name(db_file.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0, "the test must see a WAL with pages"
    for path in (db_file, wal):
        assert _grep(path, needles) == [], path
    backup = backup_to(demo_db, tmp_path / "b.skowbackup").path
    assert _grep(backup, needles) == []
    with zipfile.ZipFile(backup) as archive:  # stored, not compressed: grep sees it all
        assert all(i.compress_type == zipfile.ZIP_STORED for i in archive.infolist())
    for path in demo_folder.rglob("*"):  # nothing else in the folder leaks either
        if path.is_file():
            assert _grep(path, needles) == [], path
