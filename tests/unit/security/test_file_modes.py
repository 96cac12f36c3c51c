"""Only the director's account can read the data (issue 12 item 10, POSIX)."""

from __future__ import annotations

import os
import stat

import pytest

from skow_desk.store.backup import backup_to, backups_dir, maybe_auto_backup
from skow_desk.store.keys import KEYS_FILENAME
from skow_desk.store.location import database_path
from skow_desk.store.vault import create_data, open_data
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.skipif(os.name != "posix", reason="Windows: the per-user folder")


def _mode(path):
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_folder_its_database_and_key_file_are_private(tmp_path):
    old = os.umask(0o022)
    try:
        folder = tmp_path / "nieuw"
        db, _recovery = create_data(folder, PASSPHRASE)
        try:
            backup = backup_to(db, tmp_path / "elders" / "b.skowbackup").path
            auto = maybe_auto_backup(db, backups_dir(folder), __import__("datetime").datetime.now())
        finally:
            db.close()
    finally:
        os.umask(old)
    assert _mode(folder) == 0o700
    assert _mode(database_path(folder)) == 0o600
    assert _mode(folder / KEYS_FILENAME) == 0o600
    assert _mode(backup) == 0o600
    assert auto is not None and _mode(auto) == 0o600
    assert _mode(backups_dir(folder)) == 0o700


def test_an_existing_open_folder_is_made_private_at_start(data_folder):
    data_folder.chmod(0o755)
    for path in data_folder.iterdir():
        if path.is_file():
            path.chmod(0o644)
    (data_folder / "backups").mkdir(exist_ok=True)
    (data_folder / "backups").chmod(0o755)
    open_data(data_folder, PASSPHRASE).close()
    assert _mode(data_folder) == 0o700
    assert _mode(data_folder / "backups") == 0o700
    for path in data_folder.iterdir():
        if path.is_file():
            assert _mode(path) == 0o600, path
