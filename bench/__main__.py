"""Run every bench module in this package and print their rows as one table."""

from __future__ import annotations

import importlib
import pkgutil
import sys
from collections.abc import Sequence

import bench
from bench import BenchRow


def _ratio(value: float) -> str:
    """``2.55x``; below 1 as a fraction (``1/72x``) so "100x faster" stays readable."""
    return f"{value:.2f}x" if value >= 0.5 else f"1/{1 / value:.0f}x"


HEADERS = ("benchmark", "app (s)", "anchor (s)", "ratio", "goal", "", "note")


def _cells(row: BenchRow) -> tuple[str, ...]:
    return (
        row.name,
        f"{row.seconds:.3f}",
        "" if row.anchor_seconds is None else f"{row.anchor_seconds:.3f}",
        "" if row.ratio is None else _ratio(row.ratio),
        "" if row.goal_ratio is None else f"<= {_ratio(row.goal_ratio)}",
        row.verdict,
        row.note,
    )


def print_table(rows: Sequence[BenchRow]) -> None:
    """A plain text table, one line per row."""
    lines = [HEADERS, *(_cells(r) for r in rows)]
    widths = [max(len(line[i]) for line in lines) for i in range(len(HEADERS) - 1)]
    for line in lines:
        print("  ".join(c.ljust(w) for c, w in zip(line[:-1], widths, strict=True)), line[-1])


def main(argv: Sequence[str]) -> int:
    """Run the modules named in ``argv`` (default: all) and print the table."""
    wanted = set(argv)
    rows: list[BenchRow] = []
    for info in sorted(pkgutil.iter_modules(bench.__path__), key=lambda m: m.name):
        if info.name.startswith("_") or (wanted and info.name not in wanted):
            continue
        module = importlib.import_module(f"bench.{info.name}")
        run = getattr(module, "run", None)
        if run is None:
            continue
        print(f"[bench] {info.name} …", file=sys.stderr, flush=True)
        rows.extend(run())
    print_table(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
