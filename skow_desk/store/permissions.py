"""Only the director's own account may read the data (issue 12 item 10).

On POSIX the data folder is 0700 and every file SKOW Desk writes in it (database, key file,
backups, lock file) 0600, also those made by an older version, fixed at each start. On Windows
the data lives in the per-user folder (%LOCALAPPDATA%), which Windows already keeps from other
accounts; chmod means little there, so these functions do nothing (README: "Veilig met de
gegevens").
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

FOLDER_MODE = 0o700
FILE_MODE = 0o600


def _posix() -> bool:
    return os.name == "posix"


def private_folder(folder: Path) -> None:
    """Make ``folder`` the owner's alone (best effort: a folder of another owner stays)."""
    if not _posix():
        return
    try:
        if stat.S_IMODE(folder.stat().st_mode) != FOLDER_MODE:
            folder.chmod(FOLDER_MODE)
    except OSError:
        pass


def private_file(path: Path) -> None:
    """Make the file readable and writable by its owner only (best effort)."""
    if not _posix():
        return
    try:
        if stat.S_IMODE(path.stat().st_mode) & 0o077:
            path.chmod(FILE_MODE)
    except OSError:
        pass


def make_private(folder: Path) -> None:
    """The data folder, its files and its sub-folders (backups, voor-herstel-…) made private."""
    if not _posix() or not folder.is_dir():
        return
    private_folder(folder)
    for root, folders, files in os.walk(folder):
        for name in folders:
            private_folder(Path(root) / name)
        for name in files:
            path = Path(root) / name
            if not path.is_symlink():
                private_file(path)
