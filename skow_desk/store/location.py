"""Where the data lives: the per-user folder from platformdirs, or ``--data-dir``."""

from __future__ import annotations

from pathlib import Path

DB_FILENAME = "skow-desk.db"
APP_NAME = "SKOW Desk"
APP_AUTHOR = "SKOW"


def default_data_dir() -> Path:
    """The per-user data folder (e.g. %LOCALAPPDATA%\\SKOW\\SKOW Desk on Windows)."""
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def data_dir(override: str | Path | None = None) -> Path:
    """The data folder to use."""
    return Path(override).expanduser().resolve() if override else default_data_dir()


def database_path(folder: Path) -> Path:
    """The database file inside a data folder."""
    return folder / DB_FILENAME


def has_data(folder: Path) -> bool:
    """Whether the folder already holds a SKOW Desk database."""
    return database_path(folder).exists()
