"""The keyed chain: an old (unkeyed) trail is re-keyed once, recorded, and anchored."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

from sqlalchemy import text

from skow_desk.services.audit import verify
from skow_desk.store.audit import verify_chain
from skow_desk.store.audit_anchor import ANCHOR_FIELD
from skow_desk.store.audit_chain import AuditAction, canonical, chain_hash, sha256_text
from skow_desk.store.db import make_engine, open_database
from skow_desk.store.keys import create_keys
from skow_desk.store.location import database_path
from skow_desk.store.migrate import alembic_config
from tests.conftest import PASSPHRASE


def _old_folder(tmp_path: Path) -> tuple[Path, bytes]:
    """A folder whose database is at 0003 with an unkeyed chain of three lines."""
    from alembic import command

    folder = tmp_path / "oud"
    key = create_keys(folder, PASSPHRASE).data_key
    engine = make_engine(database_path(folder), key)
    command.upgrade(alembic_config(engine), "0003")  # type: ignore[arg-type]
    prev = "0" * 64
    with engine.begin() as conn:  # lines as 0003 wrote them: plain SHA-256, no state
        for number, (action, kind, ident, summary) in enumerate((
                (AuditAction.CREATE, "person", 1, "achternaam: Berg"),
                (AuditAction.CHANGE, "person", 1, "groep: 7 → 8"),
                (AuditAction.LOGIN, "session", None, "geopend"))):
            at = f"2026-11-0{number + 1} 10:00:00.000000"
            digest = sha256_text(summary)
            body = canonical(at, "ik", action.value, kind, ident, ident, digest)
            new = chain_hash(body, prev)
            conn.execute(text(
                "INSERT INTO audit_entry (at, actor, action, entity_type, entity_id, person_id,"
                " summary, summary_sha256, prev_hash, hash) VALUES (:at, 'ik', :action, :kind,"
                " :ident, :ident, :summary, :digest, :prev, :new)"),
                {"at": at, "action": action.value, "kind": kind, "ident": ident,
                 "summary": summary, "digest": digest, "prev": prev, "new": new})
            prev = new
    engine.dispose()
    return folder, key


def test_an_old_trail_is_rekeyed_once_recorded_and_anchored(tmp_path: Path) -> None:
    folder, key = _old_folder(tmp_path)
    db = open_database(database_path(folder), key)
    try:
        report = verify(db)
        assert report.ok, report
        with db.engine.connect() as conn:
            rows = conn.execute(text("SELECT entity_type, summary FROM audit_entry "
                                     "ORDER BY id")).fetchall()
        assert rows[-1][0] == "logboek" and "3 regels omgezet" in rows[-1][1]
        anchor = json.loads((folder / "sleutels.json").read_text())[ANCHOR_FIELD]
        assert anchor["regels"] == 4
        with db.engine.connect() as conn:  # the old formula no longer verifies
            assert not verify_chain(conn, None).ok
    finally:
        db.close()


def test_a_trail_broken_before_the_upgrade_stays_broken(tmp_path: Path) -> None:
    folder, key = _old_folder(tmp_path)
    import sqlcipher3

    raw = sqlcipher3.connect(str(database_path(folder)))
    raw.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    raw.execute("DROP TRIGGER audit_entry_no_update")
    raw.execute("UPDATE audit_entry SET actor = 'iemand anders' WHERE id = 2")
    raw.commit()
    raw.close()
    db = open_database(database_path(folder), key)
    try:
        report = verify(db)
        assert report.broken_id == 2
        with db.engine.connect() as conn:
            last = conn.execute(text("SELECT summary FROM audit_entry ORDER BY id DESC "
                                     "LIMIT 1")).scalar()
        assert "al verbroken bij regel 2" in last
    finally:
        db.close()


def test_a_backup_carries_the_anchor_and_a_restore_verifies(demo_db, tmp_path: Path) -> None:
    from skow_desk.store.backup import backup_to, restore_backup
    from skow_desk.store.vault import open_data

    info = backup_to(demo_db, tmp_path / "b.skowbackup")
    import zipfile

    with zipfile.ZipFile(info.path) as archive:
        keys = json.loads(archive.read("sleutels.json"))
    assert keys[ANCHOR_FIELD]["regels"] >= 1
    from skow_desk.store.audit_chain import AuditKeys, seal

    manifest = info.manifest
    assert manifest["logboek_anker"] == seal(
        f"anker:{manifest['logboek_regels']}:{manifest['logboek_laatste_hash']}",
        AuditKeys.derive(demo_db.key).seal)
    folder = demo_db.path.parent
    demo_db.close()
    restore_backup(folder, info.path, PASSPHRASE)
    db = open_data(folder, PASSPHRASE)
    try:
        assert verify(db).ok
    finally:
        db.close()
    for leftover in folder.glob("voor-herstel-*"):
        shutil.rmtree(leftover)
    assert os.path.exists(folder / "sleutels.json")


def test_a_migration_killed_after_its_columns_runs_again(tmp_path: Path) -> None:
    """Found by make stress: SQLite commits ALTER TABLE at once, so a kill can leave the new
    columns without the new version; the next start must finish the upgrade."""
    folder, key = _old_folder(tmp_path)
    import sqlcipher3

    raw = sqlcipher3.connect(str(database_path(folder)))
    raw.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    raw.execute("ALTER TABLE audit_entry ADD COLUMN state TEXT")
    raw.execute("DROP TRIGGER audit_entry_no_update")
    raw.commit()
    raw.close()
    db = open_database(database_path(folder), key)
    try:
        assert verify(db).ok
    finally:
        db.close()


def test_a_renewed_key_carries_the_trail_and_tampering_still_shows(data_folder: Path) -> None:
    from skow_desk.services.retention import due_for_purge, purge
    from skow_desk.store.rekey import change_passphrase_and_key
    from skow_desk.store.vault import open_data
    from tests.unit.security.helpers import make_case

    db = open_data(data_folder, PASSPHRASE)
    try:
        with db.transaction() as s:
            ids = make_case(s)
            from datetime import date

            from skow_desk.services.incidents import close_case
            from skow_desk.store.models import Person

            close_case(s, ids["incident"], date(2026, 11, 20))
            s.get(Person, ids["classmate"]).left_on = date(2020, 7, 1)
        with db.transaction() as s:  # a purge: sealed redactions and a seal map
            purge(s, due_for_purge(s, date(2026, 12, 1)), date(2026, 12, 1))
        change_passphrase_and_key(db, data_folder, "een-heel-nieuwe-zin-123")
        report = verify(db)
        assert report.ok, report
    finally:
        db.close()
    from skow_desk.store.keys import unlock

    key = unlock(data_folder, "een-heel-nieuwe-zin-123")
    import sqlcipher3

    raw = sqlcipher3.connect(str(database_path(data_folder)))
    raw.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    raw.execute("UPDATE incident SET description = 'niets'")
    raw.commit()
    raw.close()
    db = open_database(database_path(data_folder), key)
    try:
        assert verify(db).changed_rows
    finally:
        db.close()
