"""The private per-user folder that evidence is opened from with another program.

Kept apart from the evidence dialog (which loads SQLAlchemy) because the window wipes the folder
at every start and at every close: closing must not load the database layer just for that.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from PySide6.QtCore import QStandardPaths

OPEN_FOLDER: Path | None = None  # tests point this elsewhere
_FOLDER_NAME = "geopende-bewijsstukken"


def open_folder() -> Path:
    """The private per-user folder other files are opened from."""
    if OPEN_FOLDER is not None:
        return OPEN_FOLDER
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    return Path(base or Path.home() / ".skow-desk") / _FOLDER_NAME


def wipe_open_folder() -> None:
    """Remove every file opened earlier (at start-up, also after a crash, and at the end)."""
    shutil.rmtree(open_folder(), ignore_errors=True)


def private_folder() -> Path:
    """The folder, made if needed, readable by this user only."""
    folder = open_folder()
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        os.chmod(folder, 0o700)
    return folder
