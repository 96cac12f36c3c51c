"""Shared by the bench modules: the 100,000-incident data folder, its passphrase, Dutch verdicts.

The folder is ``SKOW_BENCH_DATA`` (default ``/tmp/skow-bench-100k``), made once with
``skow-desk demo --incidents 100000`` (about a minute) and reused by every later run; the
passphrase is ``SKOW_DESK_PASSPHRASE`` (default ``bench-wachtwoord-123``). Not a benchmark
itself: it has no ``run()``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from bench import BenchRow
from skow_desk.store.vault import is_set_up

INCIDENTS = 100_000
DATA_ENV = "SKOW_BENCH_DATA"
PASSPHRASE_ENV = "SKOW_DESK_PASSPHRASE"
DEFAULT_DATA = "/tmp/skow-bench-100k"
DEFAULT_PASSPHRASE = "bench-wachtwoord-123"


def data_folder() -> Path:
    """The folder of the 100,000-incident demo data (it may not exist yet)."""
    return Path(os.environ.get(DATA_ENV, DEFAULT_DATA))


def passphrase() -> str:
    """The passphrase of the bench data folder."""
    return os.environ.get(PASSPHRASE_ENV, DEFAULT_PASSPHRASE)


def app_env() -> dict[str, str]:
    """The environment for an app process: the passphrase set, Qt offscreen."""
    return {**os.environ, PASSPHRASE_ENV: passphrase(), "QT_QPA_PLATFORM": "offscreen"}


def ensure_data(folder: Path | None = None, secret: str | None = None) -> Path:
    """Make the 100k demo folder unless it is there already; returns the folder."""
    folder = folder or data_folder()
    if is_set_up(folder):
        return folder
    print(f"[bench] making {INCIDENTS:,} demo incidents in {folder} (about a minute) …",
          file=sys.stderr, flush=True)
    subprocess.run(
        [sys.executable, "-m", "skow_desk", "--data-dir", str(folder), "demo",
         "--incidents", str(INCIDENTS)],
        check=True, env={**os.environ, PASSPHRASE_ENV: secret or passphrase()},
        stdout=subprocess.DEVNULL,
    )
    return folder


def ensure_bytecode() -> None:
    """Compile the package to bytecode, as an installation holds it (pip writes it, the bundle
    ships it). Without this, a shell with PYTHONDONTWRITEBYTECODE set (as on this machine)
    makes every timed start compile ~70 modules from source — ~100 ms the anchor, which only
    uses the compiled standard library and PySide6, never pays."""
    import compileall

    import skow_desk

    compileall.compile_dir(str(Path(skow_desk.__file__).parent), quiet=1)


def verdict(met: bool) -> str:
    """The Dutch word for a goal met or not."""
    return "gehaald" if met else "niet gehaald"


@dataclass(frozen=True)
class GoalRow(BenchRow):
    """A row with a Dutch verdict, also for goals that are not a ratio to an anchor.

    A ratio goal (``goal_ratio``) is judged as in :class:`BenchRow`; an absolute goal
    (milliseconds, seconds, megabytes) is judged by the caller and given as ``met``, and its
    wording belongs in ``note`` (the table's goal column only shows ratios).
    """

    met: bool | None = None

    @property
    def verdict(self) -> str:
        met = self.met
        if met is None and self.ratio is not None and self.goal_ratio is not None:
            met = self.ratio <= self.goal_ratio
        return "" if met is None else verdict(met)
