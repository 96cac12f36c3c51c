"""Start-up: process start → main window painted with the register filled, 100,000 incidents.

The app's figure is the time from starting ``skow-desk --data-dir D --quit-after-start`` (Qt
offscreen, the passphrase from the environment, the encrypted 100k database of
:mod:`bench.data`) to the line it writes on stderr right after its first paint, as this
process reads it from the pipe; median of 5. The anchor is a bare PySide6 ``QMainWindow``,
shown by a separate Python process that writes the same kind of line right after its first
paint; median of 5. Quitting afterwards is not start-up, so neither figure holds it; the note
gives the whole processes too. App and anchor alternate, after one unmeasured run of each (so
both start from a warm file cache). Goal: at most 2.5x the anchor.
"""

from __future__ import annotations

import re
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

from bench import BenchRow
from bench.data import INCIDENTS, GoalRow, app_env, ensure_bytecode, ensure_data

RUNS = 5
GOAL = 2.5
TIMEOUT_S = 120  # a wrong passphrase would leave the unlock dialog waiting for ever

# Appended to a ``python -c`` script: print the process's peak RSS (VmHWM, KiB) as the last
# line of stdout. Kept free of imports from this repository so it costs the anchor nothing.
PRINT_PEAK_RSS = """
def _bench_peak_kib():
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(f"bench-peak-kib={_bench_peak_kib()}", flush=True)
"""

# The anchor, run with ``python -c``: a QApplication and a bare main window, quit after its
# first paint; then its peak RSS (used by bench/memory.py).
BARE_WINDOW = """\
import sys
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


def painted():
    print("bare: painted", file=sys.stderr, flush=True)
    QCoreApplication.quit()


class QuitAfterPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, painted)
        return False


app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("bare")
window.resize(1024, 700)
quitter = QuitAfterPaint()
window.installEventFilter(quitter)
window.show()
code = app.exec()
""" + PRINT_PEAK_RSS + """
sys.exit(code)
"""

_PAINTED = re.compile(r"hoofdvenster getekend na (\d+) ms")
APP_MARKER = "hoofdvenster getekend"
BARE_MARKER = "bare: painted"


def app_command(folder: Path) -> list[str]:
    """``skow-desk --data-dir FOLDER --quit-after-start`` (the venv's console script)."""
    script = Path(sys.executable).with_name("skow-desk")
    start = [str(script)] if script.exists() else [sys.executable, "-m", "skow_desk"]
    return [*start, "--data-dir", str(folder), "--quit-after-start"]


def run_process(command: list[str]) -> tuple[float, subprocess.CompletedProcess[str]]:
    """Run ``command`` with the app environment; its wall time and result (must exit 0)."""
    start = time.perf_counter()
    done = subprocess.run(command, env=app_env(), capture_output=True, text=True,
                          timeout=TIMEOUT_S, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"bench: {' '.join(command[:3])} … exited with {done.returncode}:\n"
                         f"{done.stderr[-2000:]}")
    return elapsed, done


def time_to_paint(command: list[str], marker: str) -> tuple[float, float, str]:
    """Start ``command``; seconds until its stderr line holding ``marker`` arrives, seconds
    until it exited (must be 0), and its stderr."""
    start = time.perf_counter()
    child = subprocess.Popen(command, env=app_env(), stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE, text=True)
    watchdog = threading.Timer(TIMEOUT_S, child.kill)
    watchdog.start()
    try:
        assert child.stderr is not None
        painted: float | None = None
        lines: list[str] = []
        for line in child.stderr:
            lines.append(line)
            if painted is None and marker in line:
                painted = time.perf_counter() - start
        code = child.wait()
        exited = time.perf_counter() - start
    finally:
        watchdog.cancel()
    text = "".join(lines)
    if code != 0 or painted is None:
        raise SystemExit(f"bench: {' '.join(command[:3])} … exited with {code} "
                         f"{'without painting' if painted is None else ''}:\n{text[-2000:]}")
    return painted, exited, text


def bare_command() -> list[str]:
    """The anchor process: a bare QMainWindow that quits after its first paint."""
    return [sys.executable, "-c", BARE_WINDOW]


def run() -> list[BenchRow]:
    """Time the app's start-up against the bare window, alternating, median of 5 each."""
    folder = ensure_data()
    ensure_bytecode()
    app_cmd, bare_cmd = app_command(folder), bare_command()
    time_to_paint(app_cmd, APP_MARKER)
    time_to_paint(bare_cmd, BARE_MARKER)
    app_times: list[float] = []
    bare_times: list[float] = []
    app_whole: list[float] = []
    bare_whole: list[float] = []
    in_app_ms: list[float] = []
    for _ in range(RUNS):
        painted, exited, text = time_to_paint(app_cmd, APP_MARKER)
        reported = _PAINTED.search(text)
        assert reported is not None  # time_to_paint found the marker
        app_times.append(painted)
        app_whole.append(exited)
        in_app_ms.append(float(reported.group(1)))
        painted, exited, _text = time_to_paint(bare_cmd, BARE_MARKER)
        bare_times.append(painted)
        bare_whole.append(exited)
    note = (f"{INCIDENTS:,} incidents, SQLCipher; command → first paint "
            f"{statistics.median(in_app_ms):.0f} ms of it; min app/anchor "
            f"{min(app_times):.3f}/{min(bare_times):.3f} s; whole processes (with quitting) "
            f"{statistics.median(app_whole):.3f}/{statistics.median(bare_whole):.3f} s = "
            f"{statistics.median(app_whole) / statistics.median(bare_whole):.2f}x")
    return [GoalRow("start-up: process → register painted", statistics.median(app_times),
                    statistics.median(bare_times), GOAL, note)]
