"""Memory with 100,000 incidents open: the peak RSS of the start-up process against a bare window.

The app runs as ``skow-desk --data-dir D --quit-after-start`` inside a small ``python -c``
wrapper that calls the real command line and, once the window has quit, prints the process's
peak RSS (``VmHWM`` from ``/proc/self/status``; ``ru_maxrss`` elsewhere). The anchor is the bare
``QMainWindow`` of :mod:`bench.startup`, measured the same way. Median of 3 each (peak RSS
hardly varies). Figures are in MB (2**20 bytes), not seconds. Goal: at most 150 MB above the
anchor.
"""

from __future__ import annotations

import re
import statistics
import sys

from bench import BenchRow
from bench.data import INCIDENTS, GoalRow, ensure_data
from bench.startup import PRINT_PEAK_RSS, bare_command, run_process

RUNS = 3
GOAL_MB_ABOVE = 150.0

# The real entry point, then the peak RSS; the exit code is passed on.
APP_WRAPPER = """\
import sys
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
    app_cmd = [sys.executable, "-c", APP_WRAPPER, "--data-dir", str(folder),
               "--quit-after-start"]
    app = statistics.median(peak_mb(app_cmd) for _ in range(RUNS))
    bare = statistics.median(peak_mb(bare_command()) for _ in range(RUNS))
    above = app - bare
    met = above <= GOAL_MB_ABOVE
    note = (f"MB, not seconds: peak RSS (VmHWM), {INCIDENTS:,} incidents open; "
            f"{above:+.0f} MB above the bare window; goal <= {GOAL_MB_ABOVE:.0f} MB above")
    return [GoalRow("memory: peak RSS, register open (MB)", app, bare, None, note, met=met)]
