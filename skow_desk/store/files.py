"""Writing a file the director chose, the one way: whole or not at all, calm when it is open.

Every export, letter, inzage, configuration file and template the program writes goes through
:func:`atomic_write` (or :func:`atomic_path` for libraries that write to a path themselves):
the content goes to a temporary file in the same folder, which then replaces the target in
one step (``os.replace``). A crash halfway leaves the old file, never half a file.

On Windows a file open in Excel or Acrobat cannot be replaced (``PermissionError``,
``[WinError 32]``/``[WinError 5]``); a virus scanner can hold a new file for a moment too. The
replace is retried a few times; if the file stays locked, :class:`FileInUse` says so calmly.
Backups have their own crash-safe code (``store/backup.py``).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from skow_desk.domain.errors import DomainError

RETRIES = 5
RETRY_SECONDS = 0.2
IN_USE = ("Het bestand ‘{name}’ kan niet worden opgeslagen. Is het bestand nog geopend in Excel? "
          "Of in een ander programma, zoals Acrobat? Sluit het en probeer het opnieuw, of kies "
          "een andere naam.")


class FileProblem(DomainError, OSError):
    """A file could not be written; the message is a Dutch sentence. Still an ``OSError``, so
    callers that catch those keep working."""

    def __init__(self, message: str) -> None:
        DomainError.__init__(self, message)


class FileInUse(FileProblem, PermissionError):
    """The target is locked by another program (most often Excel or Acrobat)."""


@contextlib.contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """A temporary path beside ``target`` to write to; it replaces ``target`` when the block
    ends without an error, and is removed when it does not."""
    target = Path(target)
    try:
        handle, name = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=target.suffix or ".tmp",
                                        dir=target.parent)
    except FileNotFoundError as error:
        raise FileProblem(f"De map ‘{target.parent}’ bestaat niet.") from error
    except PermissionError as error:
        raise FileProblem(f"In de map ‘{target.parent}’ mag niet worden geschreven. Kies een "
                          "andere map.") from error
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        replace(temporary, target)
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink()


def replace(source: Path, target: Path) -> None:
    """``os.replace``, retried while the target is locked; :class:`FileInUse` when it stays so."""
    for attempt in range(RETRIES):
        try:
            os.replace(source, target)
            return
        except IsADirectoryError as error:
            raise FileProblem(f"‘{target}’ is een map; kies een bestandsnaam.") from error
        except PermissionError as error:
            if attempt == RETRIES - 1:
                raise FileInUse(IN_USE.format(name=target.name)) from error
            time.sleep(RETRY_SECONDS)


def atomic_write(target: Path, data: bytes | str, encoding: str = "utf-8") -> None:
    """Write ``data`` (text in ``encoding``) to ``target`` whole, or leave ``target`` as it was."""
    content = data.encode(encoding) if isinstance(data, str) else data
    with atomic_path(target) as temporary, open(temporary, "wb") as handle:
        handle.write(content)
        handle.flush()
        os.fsync(handle.fileno())
