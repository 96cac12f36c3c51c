"""Restore edge cases (issue 12 item 13): a bad manifest date, another foundation's backup."""

from __future__ import annotations

import json
import zipfile

import pytest

from skow_desk.cli import main
from skow_desk.domain.errors import DomainError
from skow_desk.services.foundation import get_foundation
from skow_desk.store.backup import MANIFEST, ForeignBackup, backup_to, read_backup, restore_backup
from skow_desk.store.vault import open_data
from tests.conftest import PASSPHRASE


def _rewrite_manifest(path, change):
    with zipfile.ZipFile(path) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    manifest = json.loads(members[MANIFEST])
    change(manifest)
    members[MANIFEST] = json.dumps(manifest).encode()
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)


@pytest.mark.parametrize("date", ["gisteren", "2026-13-45T00:00:00Z", None, 12, ""])
def test_a_bad_manifest_date_is_a_dutch_sentence(demo_db, tmp_path, capsys, date):
    path = backup_to(demo_db, tmp_path / "b.skowbackup").path
    _rewrite_manifest(path, lambda m: m.__setitem__("gemaakt_op", date))
    with pytest.raises(DomainError, match="onleesbare beschrijving"):
        read_backup(path)
    assert main(["--data-dir", str(tmp_path / "leeg"), "restore", str(path)]) == 1
    assert "onleesbare beschrijving" in capsys.readouterr().err


@pytest.fixture
def foreign_backup(demo_folder, data_folder, tmp_path):
    """A backup of another foundation's data, and the demo folder to restore it into."""
    from skow_desk.services.foundation import FoundationInput, save_foundation

    db = open_data(data_folder, PASSPHRASE)
    try:
        with db.transaction() as session:
            save_foundation(session, FoundationInput(name="Stichting Andermans Scholen"))
        path = backup_to(db, tmp_path / "ander.skowbackup").path
    finally:
        db.close()
    return demo_folder, path


def _foundation(folder):
    db = open_data(folder, PASSPHRASE)
    try:
        with db.read_only() as session:
            found = get_foundation(session)
            return found.name if found else None
    finally:
        db.close()


def test_another_foundations_backup_needs_a_confirmation(foreign_backup, capsys):
    folder, path = foreign_backup
    own = _foundation(folder)
    with pytest.raises(ForeignBackup) as raised:
        restore_backup(folder, path, PASSPHRASE)
    assert "Stichting Andermans Scholen" in raised.value.message and own in raised.value.message
    assert _foundation(folder) == own
    assert main(["--data-dir", str(folder), "restore", str(path)]) == 1
    err = capsys.readouterr().err
    assert "--andere-stichting" in err and "Stichting Andermans Scholen" in err
    assert _foundation(folder) == own
    assert main(["--data-dir", str(folder), "restore", "--andere-stichting", str(path)]) == 0
    assert "Stichting Andermans Scholen" in capsys.readouterr().out
    assert _foundation(folder) == "Stichting Andermans Scholen"


def test_the_manifest_names_the_foundation(demo_db, tmp_path):
    info = backup_to(demo_db, tmp_path / "b.skowbackup")
    with demo_db.read_only() as session:
        assert info.manifest["stichting"] == get_foundation(session).name
