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


def cmd_gui(args: argparse.Namespace) -> int:
    import time

    problem = display_problem()
    if problem:
        print(f"skow-desk: {problem}", file=sys.stderr)
        return 1

    from skow_desk.gui.early_unlock import EarlyUnlock

    started = time.perf_counter()
    folder = folder_of(args)
    # A known passphrase is stretched on another core while Qt loads. SQLAlchemy is not
    # imported here: the first screen reads through a plain connection, and the window loads
    # SQLAlchemy off the GUI thread once it has painted (gui/app.py).
    early = EarlyUnlock(folder)
    from skow_desk.gui.app import run_gui

    return int(run_gui(folder, quit_after_start=args.quit_after_start, early=early,
                       started=started))


def cmd_selftest(args: argparse.Namespace) -> int:
    from skow_desk.gui.selftest import run_selftest

    return int(run_selftest(folder_of(args)))
