"""A restore that is all or nothing, even when the computer dies half-way (issue 12 item 2).

The backup is unpacked into a staging folder ``.herstel-<tijdstip>`` inside the data folder,
checked, opened and logged there. Then one small journal file ``herstel.journaal`` is written
(and synced): from that moment the restore counts as done. The current key file and database
move into ``voor-herstel-<tijdstip>/``, the staged ones into their place, and the journal goes.

A kill before the journal leaves the old data as it was (the staging folder is removed at the
next start); a kill after it is finished at the next start: every step is a rename that can be
repeated, so :func:`finish_leftovers` simply does what is left. Either way, the key file and
the database that belong together are the ones in use. :func:`finish_leftovers` also removes
backup work folders (``.skow-backup-*``) and half-written temporary files left by a kill.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
from collections.abc import Callable
from pathlib import Path

from skow_desk.store.keys import KEYS_FILENAME
from skow_desk.store.location import DB_FILENAME

JOURNAL = "herstel.journaal"
STAGING_PREFIX = ".herstel-"
BACKUP_WORK_PREFIX = ".skow-backup-"
SIDE_FILES = (DB_FILENAME + "-wal", DB_FILENAME + "-shm")
MOVED = (DB_FILENAME, *SIDE_FILES, KEYS_FILENAME)
log = logging.getLogger(__name__)

STEP_HOOK: Callable[[str], None] | None = None
"""Tests set this to fail or kill the process at a named step ("journal", "move:…")."""


def _step(name: str) -> None:
    if STEP_HOOK is not None:
        STEP_HOOK(name)


def _sync_folder(folder: Path) -> None:
    """Make the renames in ``folder`` durable (POSIX; Windows has no folder handles)."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def write_journal(folder: Path, staging: Path, previous: Path) -> None:
    """The point of no return: the staged data will be the data, also after a kill."""
    temporary = folder / (JOURNAL + ".tmp")
    with open(temporary, "w", encoding="utf-8") as handle:
        json.dump({"staging": staging.name, "vorige": previous.name}, handle)
        handle.flush()
        os.fsync(handle.fileno())
    _step("journal")
    os.replace(temporary, folder / JOURNAL)
    _sync_folder(folder)


def _read_journal(folder: Path) -> tuple[Path, Path] | None:
    try:
        document = json.loads((folder / JOURNAL).read_text(encoding="utf-8"))
        staging, previous = str(document["staging"]), str(document["vorige"])
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        log.error("Het herstel-journaal in %s is onleesbaar; het wordt niet afgemaakt", folder)
        return None
    # Names only, inside the data folder: a crafted journal cannot point elsewhere.
    if not staging.startswith(STAGING_PREFIX) or not previous.startswith("voor-herstel-") \
            or "/" in staging + previous or "\\" in staging + previous:
        return None
    return folder / staging, folder / previous


def complete(folder: Path, staging: Path, previous: Path) -> None:
    """Move the current data aside and the staged data in; safe to repeat after a kill."""
    previous.mkdir(exist_ok=True)
    staged_db = (staging / DB_FILENAME).exists()
    for name in MOVED:
        current = folder / name
        staged = (staging / name).exists() or (name in SIDE_FILES and staged_db)
        # A file here is the old one as long as its staged replacement has not moved in.
        if current.exists() and staged and not (previous / name).exists():
            _step(f"opzij:{name}")
            os.replace(current, previous / name)
        elif current.exists() and staged:  # never deleted: kept beside the first copy
            os.replace(current, previous / f"{name}.tweede")
    _sync_folder(previous)
    for name in MOVED:
        if (staging / name).exists():
            _step(f"erin:{name}")
            os.replace(staging / name, folder / name)
    _sync_folder(folder)
    _step("klaar")
    (folder / JOURNAL).unlink(missing_ok=True)
    _sync_folder(folder)
    shutil.rmtree(staging, ignore_errors=True)
    if previous.exists() and not any(previous.iterdir()):
        previous.rmdir()  # there was nothing to keep (restore into an empty folder)


def finish_leftovers(folder: Path) -> None:
    """At each open: finish a journalled restore, remove unjournalled staging and temp files."""
    if not folder.is_dir():
        return
    journal = _read_journal(folder)
    if journal is not None:
        staging, previous = journal
        log.warning("Een onderbroken herstel in %s wordt afgemaakt", folder)
        complete(folder, staging, previous)
    else:
        (folder / JOURNAL).unlink(missing_ok=True)
    (folder / (JOURNAL + ".tmp")).unlink(missing_ok=True)
    (folder / (KEYS_FILENAME.removesuffix(".json") + ".tmp")).unlink(missing_ok=True)
    for leftover in [*folder.glob(STAGING_PREFIX + "*"), *folder.glob(BACKUP_WORK_PREFIX + "*"),
                     *(folder / "backups").glob(BACKUP_WORK_PREFIX + "*")]:
        if leftover.is_dir():
            shutil.rmtree(leftover, ignore_errors=True)
