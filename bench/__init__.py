"""Benchmarks: ``python -m bench`` runs every module here and prints one table.

A bench module has ``run() -> list[BenchRow]``. Benchmarks are never timed tests: they print
figures against an anchor (the same work done by a plain tool) and a goal, nothing fails.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class BenchRow:
    """One measured figure: seconds for the app, seconds for the anchor, the goal as a ratio."""

    name: str
    seconds: float
    anchor_seconds: float | None = None
    goal_ratio: float | None = None
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.anchor_seconds is None or self.anchor_seconds <= 0:
            return None
        return self.seconds / self.anchor_seconds

    @property
    def verdict(self) -> str:
        if self.ratio is None or self.goal_ratio is None:
            return ""
        return "gehaald" if self.ratio <= self.goal_ratio else "niet gehaald"


def median_seconds(work: Callable[[], object], runs: int = 5) -> float:
    """The median wall time of ``runs`` calls of ``work``."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)
