"""Memory with 100,000 incidents open: the peak RSS of the app in use against a bare window.

The app runs as ``skow-desk --data-dir D`` inside a small ``python -c`` wrapper that calls the
real command line and lets the window get as far as a director's first minute: the register's
whole list loaded (13,000 ids this school year) and SQLAlchemy with the models loaded by the
warm-up after the first paint; then it quits and prints the process's peak RSS (``VmHWM``
from ``/proc/self/status``; ``ru_maxrss`` elsewhere). The anchor is the bare
``QMainWindow`` of :mod:`bench.startup`, measured the same way. Median of 3 each (peak RSS
hardly varies). Figures are in MB (2**20 bytes), not seconds. Goal: at most 150 MB above the
anchor.
"""

from __future__ import annotations

import re
import statistics
import sys

from bench import BenchRow
from bench.data import INCIDENTS, GoalRow, ensure_bytecode, ensure_data
from bench.startup import PRINT_PEAK_RSS, bare_command, run_process

RUNS = 3
GOAL_MB_ABOVE = 150.0

# The real entry point, quitting once the register list is whole and the warm-up (SQLAlchemy,
# the models, the pool) is done; then the peak RSS. The exit code is passed on.
APP_WRAPPER = """\
import sys
import skow_desk.gui.app as gui_app
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

_warm_up = gui_app.warm_up_in_background


def warm_up_then_quit(db):
    thread = _warm_up(db)

    def check():
        for widget in QApplication.topLevelWidgets():
            register = getattr(widget, "register", None)
            if register is not None:
                register.model.load_rest()
        if thread.is_alive():
            QTimer.singleShot(20, check)
        else:
            QCoreApplication.quit()

    QTimer.singleShot(0, check)
    return thread


gui_app.warm_up_in_background = warm_up_then_quit
from skow_desk.cli import main
code = main(sys.argv[1:])
""" + PRINT_PEAK_RSS + """
sys.exit(code)
"""

_PEAK = re.compile(r"^bench-peak-kib=(\d+)$", re.MULTILINE)


def peak_mb(command: list[str]) -> float:
    """Run ``command`` (a script ending in ``PRINT_PEAK_RSS``); its peak RSS in MB."""
    _, done = run_process(command)
    found = _PEAK.findall(done.stdout)
    if not found:
        raise SystemExit(f"bench memory: no peak RSS printed by {command[:2]}:\n"
                         f"{done.stderr[-2000:]}")
    return int(found[-1]) / 1024


def run() -> list[BenchRow]:
    """Peak RSS of the app with the 100k register open, and of the bare window."""
    folder = ensure_data()
    ensure_bytecode()
    app_cmd = [sys.executable, "-c", APP_WRAPPER, "--data-dir", str(folder)]
    app = statistics.median(peak_mb(app_cmd) for _ in range(RUNS))
    bare = statistics.median(peak_mb(bare_command()) for _ in range(RUNS))
    above = app - bare
    met = above <= GOAL_MB_ABOVE
    note = (f"MB, not seconds: peak RSS (VmHWM), {INCIDENTS:,} incidents open; "
            f"{above:+.0f} MB above the bare window; goal <= {GOAL_MB_ABOVE:.0f} MB above")
    return [GoalRow("memory: peak RSS, register open (MB)", app, bare, None, note, met=met)]
