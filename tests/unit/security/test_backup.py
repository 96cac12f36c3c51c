"""Backups: encrypted, checked, restorable to exactly what was backed up; automatic and rotated."""

from __future__ import annotations

import json
import zipfile
from datetime import datetime, timedelta

import pytest

from skow_desk.cli import main
from skow_desk.domain.errors import DomainError
from skow_desk.services.audit import AuditAction, verify
from skow_desk.services.foundation import set_setting
from skow_desk.services.persons import PersonInput, add_person
from skow_desk.store.backup import (
    DB_MEMBER,
    KEYS_MEMBER,
    LEDGER_MEMBER,
    MANIFEST,
    backup_to,
    backups_dir,
    maybe_auto_backup,
    read_backup,
    restore_backup,
)
from skow_desk.store.keys import WrongPassphrase, change_passphrase
from skow_desk.store.location import database_path
from skow_desk.store.lock import FolderInUse
from skow_desk.store.migrations import HEAD
from skow_desk.store.models import AuditEntry, Person, Role
from skow_desk.store.vault import open_data
from tests.conftest import PASSPHRASE
from tests.unit.security.helpers import snapshot

NEW_PASSPHRASE = "een-heel-ander-wachtwoord"


def test_a_backup_is_one_encrypted_file_with_a_manifest(demo_db, tmp_path):
    info = backup_to(demo_db, tmp_path / "b.skowbackup")
    with zipfile.ZipFile(info.path) as archive:
        assert sorted(archive.namelist()) == sorted([MANIFEST, DB_MEMBER, KEYS_MEMBER,
                                                    LEDGER_MEMBER])
        database = archive.read(DB_MEMBER)
        manifest = json.loads(archive.read(MANIFEST))
    assert not database.startswith(b"SQLite format 3")
    assert manifest["versleuteld"] is True
    assert manifest["schema"] == HEAD
    assert manifest["logboek_regels"] == info.audit_entries > 0
    assert read_backup(info.path).manifest == manifest
    with demo_db.transaction() as s:
        last = s.query(AuditEntry).order_by(AuditEntry.id.desc()).first()
        assert last.action is AuditAction.BACKUP
        assert info.path.name in last.summary


def test_restore_gives_back_exactly_what_was_backed_up(demo_folder, tmp_path):
    db = open_data(demo_folder, PASSPHRASE)
    info = backup_to(db, tmp_path / "b.skowbackup")
    expected = snapshot(db)
    audit_before = expected["audit_entry"]
    with db.transaction() as s:  # work after the backup, lost by the restore
        add_person(s, PersonInput(role=Role.STAFF, last_name="Nieuw"))
        s.delete(s.get(Person, 3))
    db.close()
    result = restore_backup(demo_folder, info.path, PASSPHRASE)
    assert result.previous is not None and result.previous.name.startswith("voor-herstel-")
    assert (result.previous / database_path(demo_folder).name).exists()
    db = open_data(demo_folder, PASSPHRASE)
    try:
        restored = snapshot(db)
        assert verify(db).ok
    finally:
        db.close()
    log = restored.pop("audit_entry")
    expected.pop("audit_entry")
    assert restored == expected
    # The log is the backed-up log, then the restore and this login.
    backed_up = audit_before[:-1]  # the backup's own entry was written after the copy
    assert log[:len(backed_up)] == backed_up
    assert [row[3] for row in log[len(backed_up):]] == ["herstellen", "aanmelden"]


def test_the_previous_data_opens_from_its_folder(demo_folder, tmp_path):
    db = open_data(demo_folder, PASSPHRASE)
    info = backup_to(db, tmp_path / "b.skowbackup")
    db.close()
    result = restore_backup(demo_folder, info.path, PASSPHRASE)
    kept = open_data(result.previous, PASSPHRASE)
    assert verify(kept).ok
    kept.close()


def test_a_damaged_backup_is_refused_before_anything_changes(demo_folder, tmp_path):
    db = open_data(demo_folder, PASSPHRASE)
    info = backup_to(db, tmp_path / "b.skowbackup")
    db.close()
    damaged = tmp_path / "kapot.skowbackup"
    with zipfile.ZipFile(info.path) as source, zipfile.ZipFile(damaged, "w") as target:
        for name in source.namelist():
            data = source.read(name)
            if name == DB_MEMBER:
                data = data[:5000] + bytes([data[5000] ^ 1]) + data[5001:]
            target.writestr(name, data)
    before = database_path(demo_folder).read_bytes()
    with pytest.raises(DomainError, match="beschadigd"):
        restore_backup(demo_folder, damaged, PASSPHRASE)
    (tmp_path / "geen.skowbackup").write_bytes(b"dit is geen zip")
    with pytest.raises(DomainError, match="geen leesbare back-up"):
        restore_backup(demo_folder, tmp_path / "geen.skowbackup", PASSPHRASE)
    assert database_path(demo_folder).read_bytes() == before
    assert not list(demo_folder.glob("voor-herstel-*"))


def test_the_passphrase_is_checked_on_the_backups_own_key_file(demo_folder, tmp_path):
    db = open_data(demo_folder, PASSPHRASE)
    info = backup_to(db, tmp_path / "b.skowbackup")
    change_passphrase(demo_folder, db.key, NEW_PASSPHRASE)
    db.close()
    before = database_path(demo_folder).read_bytes()
    with pytest.raises(WrongPassphrase, match="past niet op deze back-up"):
        restore_backup(demo_folder, info.path, NEW_PASSPHRASE)
    assert database_path(demo_folder).read_bytes() == before
    restore_backup(demo_folder, info.path, PASSPHRASE)  # the passphrase of backup time
    open_data(demo_folder, PASSPHRASE).close()


def test_restore_is_refused_while_the_folder_is_open(demo_folder, tmp_path):
    db = open_data(demo_folder, PASSPHRASE)
    try:
        info = backup_to(db, tmp_path / "b.skowbackup")
        with pytest.raises(FolderInUse):
            restore_backup(demo_folder, info.path, PASSPHRASE)
    finally:
        db.close()


def test_restore_into_an_empty_folder(demo_db, tmp_path):
    info = backup_to(demo_db, tmp_path / "b.skowbackup")
    fresh = tmp_path / "nieuw"
    result = restore_backup(fresh, info.path, PASSPHRASE)
    assert result.previous is None
    db = open_data(fresh, PASSPHRASE)
    assert verify(db).ok
    db.close()


def test_automatic_backups_are_daily_and_rotated(db, data_folder):
    with db.transaction() as s:
        set_setting(s, "backup.bewaar_aantal", "3")
    folder = backups_dir(data_folder)
    start = datetime(2026, 11, 1, 17, 0)
    assert maybe_auto_backup(db, folder, start) is not None
    assert maybe_auto_backup(db, folder, start + timedelta(hours=23)) is None
    for day in range(1, 6):
        assert maybe_auto_backup(db, folder, start + timedelta(days=day)) is not None
    names = sorted(p.name for p in folder.iterdir())
    assert names == ["skow-desk-20261104-170000.skowbackup",
                     "skow-desk-20261105-170000.skowbackup",
                     "skow-desk-20261106-170000.skowbackup"]
    (folder / "mijn-eigen-kopie.skowbackup").write_bytes(b"x")  # never rotated away
    maybe_auto_backup(db, folder, start + timedelta(days=9))
    assert (folder / "mijn-eigen-kopie.skowbackup").exists()


def test_backup_and_restore_commands(demo_folder, tmp_path, capsys):
    target = tmp_path / "cli.skowbackup"
    assert main(["--data-dir", str(demo_folder), "backup", "--out", str(target)]) == 0
    assert "Back-up geschreven" in capsys.readouterr().out
    assert main(["--data-dir", str(demo_folder), "restore", str(target)]) == 0
    out = capsys.readouterr().out
    assert "teruggezet" in out and "voor-herstel-" in out
    assert main(["--data-dir", str(demo_folder), "restore", str(tmp_path / "nee")]) == 1
    assert "bestaat niet" in capsys.readouterr().err
