"""One SKOW Desk at a time per data folder: an operating-system file lock held while open.

Two programs writing the same SQLite file over a shared or synced folder is how data gets
lost; a second instance is refused with a Dutch sentence instead. The lock is a kernel lock
(``filelock``): it vanishes with the process, so a crash or kill never leaves the folder locked.
"""

from __future__ import annotations

from pathlib import Path

from filelock import FileLock, Timeout

from skow_desk.domain.errors import DomainError

LOCK_FILENAME = ".skow-desk.lock"


class FolderInUse(DomainError):
    """Another SKOW Desk has this data folder open."""


class DataLock:
    """The held lock on one data folder; release it when the database closes."""

    def __init__(self, folder: Path, lock: FileLock) -> None:
        self.folder = folder
        self._lock = lock

    @property
    def held(self) -> bool:
        """Whether this process still holds the lock."""
        return bool(self._lock.is_locked)

    def release(self) -> None:
        """Let another instance open the folder (safe to call twice)."""
        if self._lock.is_locked:
            self._lock.release(force=True)


def acquire_data_lock(folder: Path) -> DataLock:
    """Lock ``folder`` for this process, or refuse when another instance holds it."""
    folder.mkdir(parents=True, exist_ok=True)
    # Not thread-local: the window may close the database from another thread than opened it.
    lock = FileLock(str(folder / LOCK_FILENAME), timeout=0, thread_local=False)
    try:
        lock.acquire(timeout=0)
    except Timeout:
        raise FolderInUse(
            f"SKOW Desk heeft de gegevensmap '{folder}' al open (in een ander venster of door "
            "een andere gebruiker). Sluit dat eerst en probeer het daarna opnieuw."
        ) from None
    return DataLock(folder, lock)
