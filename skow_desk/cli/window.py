"""The window as a command: the default when no command is named, and its self-test."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Mapping

from skow_desk.cli.common import folder_of

NO_DISPLAY = (
    "SKOW Desk heeft een beeldscherm nodig, maar hier is er geen (DISPLAY en WAYLAND_DISPLAY "
    "zijn leeg). Start het programma in een grafische sessie; voor een proef zonder scherm: "
    "installeer xvfb en de Qt-bibliotheken (libxcb-cursor0 libxkbcommon-x11-0 libegl1 libgl1 "
    "libfontconfig1; zie tools/system-deps.sh) en start met 'xvfb-run skow-desk'.")


def display_problem(environ: Mapping[str, str] | None = None,
                    platform: str | None = None) -> str | None:
    """A Dutch sentence when the window cannot be shown (Linux without a screen), else None."""
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if not platform.startswith("linux") or environ.get("QT_QPA_PLATFORM"):
        return None
    if environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"):
        return None
    return NO_DISPLAY


# What the first screen needs that does not use Qt, loaded before Qt by :func:`cmd_gui`.
# PySide6 replaces the import statement (for its ``__feature__`` switches) and reads the
# source of every module imported after it (~0.15 ms each, ~130 modules at start-up).
# SQLAlchemy is not among them: the first screen reads through a plain connection, and the
# window loads SQLAlchemy off the GUI thread once it has painted (gui/app.py).
# tests/gui/test_startup.py checks that no module outside gui/ loads after Qt.
BEFORE_QT = (
    "skow_desk.gui.access.early_unlock",  # the key slots, Argon2id and AES-GCM
    "skow_desk.store.vault",  # opening the data folder, and what it loads when it opens
    "skow_desk.store.permissions",
    "skow_desk.store.restore_journal",
    "skow_desk.store.audit_anchor",
    "skow_desk.store.migrations",
    "sqlcipher3.dbapi2",
    "skow_desk.resources",  # the font
    "skow_desk.services.register",  # the register's reads
    "skow_desk.store.queries.tasks",  # the status bar's counts
    "skow_desk.domain.envelope",
    "skow_desk.reports.formatting",
)


def cmd_gui(args: argparse.Namespace) -> int:
    import gc

    problem = display_problem()
    if problem:
        print(f"skow-desk: {problem}", file=sys.stderr)
        return 1
    # Start-up makes some hundred thousand objects, nearly all kept for the whole session: no
    # collection looks at them until the window is up (gui/app.py: end_quick_start; ~8 ms).
    gc.disable()
    try:
        return _start_window(args)
    finally:
        gc.enable()


def _start_window(args: argparse.Namespace) -> int:
    import importlib
    import time

    started = time.perf_counter()
    for name in BEFORE_QT:
        importlib.import_module(name)
    from skow_desk.gui.access.early_unlock import EarlyUnlock

    folder = folder_of(args)
    early = EarlyUnlock(folder)  # a known passphrase is stretched on another core while Qt loads
    from skow_desk.gui.app import run_gui

    return int(run_gui(folder, quit_after_start=args.quit_after_start, early=early,
                       started=started))


def cmd_selftest(args: argparse.Namespace) -> int:
    from skow_desk.gui.selftest import run_selftest

    return int(run_selftest(folder_of(args)))
