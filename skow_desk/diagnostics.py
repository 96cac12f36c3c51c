"""Diagnostics: a rotating log and a crash log in the per-user log folder (no Qt here).

The Windows program is windowed: it has no console, ``sys.stderr`` is ``None`` and a traceback
would vanish. :func:`start` makes every trace land in files a support person can ask for:

- ``skow-desk.log``: the log, rotated at start (Dutch messages; never names, e-mail addresses or
  other personal data: messages name records by number and tracebacks are scrubbed);
- ``crash.log``: ``faulthandler``'s dump when Python itself crashes, and every unexpected
  exception's traceback;
- ``uitvoer.log``: what would have gone to a missing ``sys.stderr``/``sys.stdout``.

The folder is ``platformdirs.user_log_dir`` (``%LOCALAPPDATA%\\SKOW\\SKOW Desk\\Logs`` on
Windows) or ``SKOW_DESK_LOG_DIR``. Start-up stays light: stdlib logging and faulthandler only.
"""

from __future__ import annotations

import contextlib
import faulthandler
import logging
import os
import re
import sys
import threading
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import IO, Any

LOG_DIR_ENV = "SKOW_DESK_LOG_DIR"
LOG_FILE = "skow-desk.log"
CRASH_FILE = "crash.log"
OUTPUT_FILE = "uitvoer.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s]: %(message)s"

log = logging.getLogger("skow_desk")
# What an unexpected exception shows the user; the GUI replaces it with its Dutch dialog.
Reporter = Callable[[str], None]
_state: dict[str, Any] = {"folder": None, "crash": None, "reporter": None, "faults": False,
                         "claim": None}
_lock = threading.Lock()

# Personal data that can reach an exception's text: SQL parameters (SQLAlchemy and sqlite
# quote the values) and e-mail addresses.
_SCRUB = (
    (re.compile(r"\[parameters: .*?\]", re.DOTALL), "[parameters: weggelaten]"),
    (re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+"), "<e-mailadres>"),
)


def log_dir() -> Path:
    """The folder the logs go to (made when needed)."""
    override = os.environ.get(LOG_DIR_ENV)
    if override:
        return Path(override)
    import platformdirs

    from skow_desk.store.location import APP_AUTHOR, APP_NAME

    return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


def scrub(text: str) -> str:
    """``text`` without the personal data an exception message may carry."""
    for pattern, replacement in _SCRUB:
        text = pattern.sub(replacement, text)
    return text


class ScrubbingFormatter(logging.Formatter):
    """Every line the log writes, tracebacks included, without SQL parameters or addresses."""

    def format(self, record: logging.LogRecord) -> str:
        return scrub(super().format(record))


def describe(kind: type[BaseException], error: BaseException,
             trace: TracebackType | None) -> str:
    """The scrubbed traceback of an exception, as logged and as "Kopieer details" copies."""
    return scrub("".join(traceback.format_exception(kind, error, trace))).rstrip()


def start(folder: Path | None = None, hooks: bool = True) -> Path:
    """Set up logging, the crash log and the exception hooks once; returns the log folder.

    Safe to call again (later calls return the folder of the first). A folder that cannot be
    written costs only the files: the program starts anyway. ``hooks=False`` (the test suite,
    whose runner keeps its own hooks) sets up the log only.
    """
    with _lock:
        if _state["folder"] is not None:
            return Path(_state["folder"])
        folder = folder if folder is not None else log_dir()
        _state["folder"] = folder
        try:
            folder.mkdir(parents=True, exist_ok=True)
            _redirect_missing_streams(folder)
            rotate(folder / LOG_FILE)
            handler: logging.Handler = logging.FileHandler(folder / LOG_FILE, encoding="utf-8",
                                                           delay=True)
            crash: IO[str] | None = (open(folder / CRASH_FILE, "a", encoding="utf-8")  # noqa: SIM115
                                     if hooks else None)
        except OSError:
            handler, crash = logging.NullHandler(), None
        handler.setFormatter(ScrubbingFormatter(FORMAT))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
        if crash is not None:
            _state["crash"], _state["faults"] = crash, faulthandler.is_enabled()
            faulthandler.enable(file=crash, all_threads=True)
        if hooks:
            sys.excepthook = _excepthook
            threading.excepthook = _thread_excepthook
        log.info("SKOW Desk %s gestart (Python %s, %s)", _version(),
                 sys.version.split()[0], sys.platform)
        return folder


def rotate(path: Path, max_bytes: int = MAX_BYTES, backups: int = BACKUPS) -> None:
    """At start: a log past ``max_bytes`` moves to ``.1`` (``.1`` to ``.2`` …, the oldest goes).

    Rotating when the program starts, not while it writes, keeps ``logging.handlers`` (and the
    socket and pickle modules it imports) out of the start-up; one session logs little.
    """
    try:
        if path.stat().st_size <= max_bytes:
            return
    except FileNotFoundError:
        return
    for number in range(backups - 1, 0, -1):
        older = path.with_name(f"{path.name}.{number}")
        if older.exists():
            os.replace(older, path.with_name(f"{path.name}.{number + 1}"))
    with contextlib.suppress(OSError):  # held open by a second program: keep writing on
        os.replace(path, path.with_name(f"{path.name}.1"))


def _version() -> str:
    from skow_desk import __version__

    return __version__


def _redirect_missing_streams(folder: Path) -> None:
    """A windowed program has no stderr/stdout: send what is written there to a file."""
    if sys.stderr is not None and sys.stdout is not None:
        return
    stream = open(folder / OUTPUT_FILE, "a", encoding="utf-8", buffering=1)  # noqa: SIM115
    if sys.stderr is None:
        sys.stderr = stream
    if sys.stdout is None:
        sys.stdout = stream


def set_reporter(reporter: Reporter | None) -> None:
    """Who tells the user about an unexpected exception (the GUI's dialog); None: nobody."""
    _state["reporter"] = reporter


def report(kind: type[BaseException], error: BaseException,
           trace: TracebackType | None, where: str = "") -> None:
    """Log an unexpected exception, add it to the crash log and tell the user once."""
    details = describe(kind, error, trace)
    log.error("Onverwachte fout%s:\n%s", f" in {where}" if where else "", details)
    crash: IO[str] | None = _state["crash"]
    if crash is not None:
        try:
            crash.write(f"--- {datetime.now():%Y-%m-%d %H:%M:%S} onverwachte fout"
                        f"{' in ' + where if where else ''}\n{details}\n")
            crash.flush()
        except (OSError, ValueError):
            pass
    reporter: Reporter | None = _state["reporter"]
    if reporter is not None:
        reporter(details)


def set_claim(claim: Callable[[BaseException], bool] | None) -> None:
    """A handler that may take an exception of the main thread over (returns True) before the
    general dialog: the window's way back from a damaged database."""
    _state["claim"] = claim


def _excepthook(kind: type[BaseException], error: BaseException,
                trace: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, trace)
        return
    claim: Callable[[BaseException], bool] | None = _state.get("claim")
    if claim is not None and claim(error):
        log.error("Afgehandelde fout: %s", kind.__name__)
        return
    report(kind, error, trace)


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is None or issubclass(args.exc_type, SystemExit):
        return
    name = args.thread.name if args.thread is not None else "?"
    report(args.exc_type, args.exc_value, args.exc_traceback, where=f"draad {name}")


def current_dir() -> Path:
    """The folder the logs are written to (the default one before :func:`start` ran)."""
    folder = _state["folder"]
    return Path(folder) if folder is not None else log_dir()


def stop() -> None:
    """Undo :func:`start` (tests): handlers, hooks and the crash log closed."""
    with _lock:
        for handler in list(log.handlers):
            log.removeHandler(handler)
            handler.close()
        crash = _state["crash"]
        if crash is not None:
            faulthandler.disable()
            if _state["faults"] and sys.stderr is not None:  # as it was (pytest's own)
                faulthandler.enable(file=sys.stderr)
            crash.close()
        if sys.excepthook is _excepthook:
            sys.excepthook = sys.__excepthook__
        if threading.excepthook is _thread_excepthook:
            threading.excepthook = threading.__excepthook__
        _state.update(folder=None, crash=None, reporter=None, faults=False, claim=None)
