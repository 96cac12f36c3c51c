"""Progress reporting for long exports: a callback taking a percentage and a Dutch line."""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, str], None]


def no_progress(_percent: int, _message: str) -> None:
    """The default: report nothing."""
