"""The overview's comparison bar chart as plain data, drawn by the screen and by the PDF.

One model (pure Python: no Qt, no ReportLab) decides everything the two pictures share: the
categories and their labels, the bars (last year light and left, this year dark and right),
the value scale and its ticks, the legend, the colours, and that a month still to come has
no bar of this year. The renderers (``gui/overview/overview_charts.py`` with QPainter,
``reports/pdf_charts.py`` with ReportLab) only measure their fonts, choose a :class:`Plot`
rectangle and map the model's shares into it, so the screen and the PDF cannot drift apart.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from skow_desk.reports.formatting import month_label, nice_step

if TYPE_CHECKING:
    from skow_desk.reports.overview import ComparedRow, Overview

CURRENT_COLOUR = "#1F5C99"
PREVIOUS_COLOUR = "#B8C7D9"
GRID_COLOUR = "#E3E3E3"
AXIS_COLOUR = "#9A9A9A"
TEXT_COLOUR = "#333333"
BACKGROUND = "#FFFFFF"
BAR_SHARE = 0.3  # of a category's slot, for each of its two bars
MAX_BAR_WIDTH = 28.0  # px on screen, pt in the PDF: few categories do not make fat bars
ELLIPSIS = "…"
MONTH_TITLE = "Meldingen per maand"
ARTICLE_TITLE = "Meldingen per protocolartikel"


@dataclass(frozen=True)
class Plot:
    """Where a renderer draws the bars, in its own units.

    ``base`` is the y of the zero line; ``y_down`` is True on screen (Qt's y grows downwards)
    and False in a PDF (ReportLab's grows upwards).
    """

    left: float
    base: float
    width: float
    height: float
    y_down: bool

    @property
    def right(self) -> float:
        return self.left + self.width

    @property
    def top(self) -> float:
        """The y of the scale's ceiling."""
        return self.y(1.0)

    def x(self, share: float) -> float:
        """The x of a share (0 … 1) of the plot's width."""
        return self.left + self.width * share

    def y(self, share: float) -> float:
        """The y of a share (0 … 1) of the scale's ceiling."""
        return self.base - self.height * share if self.y_down else self.base + self.height * share


@dataclass(frozen=True)
class Bar:
    """One bar; ``left`` and ``width`` are shares of the plot's width, ``height`` of its
    height."""

    index: int
    is_current: bool
    value: int
    colour: str
    left: float
    width: float
    height: float


@dataclass(frozen=True)
class Tick:
    """A value on the scale: its label and its height as a share of the plot."""

    value: int
    label: str
    share: float


@dataclass(frozen=True)
class LegendEntry:
    colour: str
    text: str


@dataclass(frozen=True)
class ComparisonChartModel:
    """Grouped bars per category: this year against last year."""

    title: str
    categories: tuple[str, ...]
    current: tuple[int | None, ...]
    """This year's counts; None for a month still to come (no bar, not a zero)."""
    previous: tuple[int, ...]
    labels: tuple[str, str]
    """The (this year, last year) legend texts."""

    def __post_init__(self) -> None:
        if not len(self.categories) == len(self.current) == len(self.previous):
            raise ValueError("every category needs a count of this year and of last year")

    # -- the scale ----------------------------------------------------------------------

    @property
    def step(self) -> int:
        """The distance between two ticks: about five gridlines, whole numbers."""
        return nice_step(self._top())

    @property
    def ceiling(self) -> int:
        """The scale's top: the first tick at or above the largest count (at least 1)."""
        return self.step * math.ceil(self._top() / self.step)

    def _top(self) -> int:
        return max([*(v for v in self.current if v is not None), *self.previous, 1])

    def ticks(self) -> tuple[Tick, ...]:
        """0, step, 2·step … ceiling."""
        ceiling = self.ceiling
        return tuple(Tick(v, str(v), v / ceiling) for v in range(0, ceiling + 1, self.step))

    def widest_tick_label(self) -> str:
        return str(self.ceiling)

    # -- categories and bars --------------------------------------------------------------

    @property
    def slot(self) -> float:
        """One category's share of the plot's width."""
        return 1 / max(len(self.categories), 1)

    def slot_edges(self) -> tuple[float, ...]:
        """Where the vertical gridlines stand (between the categories and at both ends)."""
        return tuple(i * self.slot for i in range(len(self.categories) + 1))

    def centre(self, index: int) -> float:
        """The middle of a category (where its label stands)."""
        return (index + 0.5) * self.slot

    def value(self, index: int, is_current: bool) -> int | None:
        return self.current[index] if is_current else self.previous[index]

    def bar(self, index: int, is_current: bool, plot_width: float) -> Bar:
        """The bar of one category and year (height 0 for a zero or a month to come).

        ``plot_width`` is needed only to cap a bar at :data:`MAX_BAR_WIDTH` units.
        """
        width = min(self.slot * BAR_SHARE, MAX_BAR_WIDTH / plot_width if plot_width > 0 else 0)
        centre = self.centre(index)
        value = self.value(index, is_current)
        return Bar(index, is_current, value or 0,
                   CURRENT_COLOUR if is_current else PREVIOUS_COLOUR,
                   centre if is_current else centre - width, width,
                   (value or 0) / self.ceiling)

    def bars(self, plot_width: float) -> tuple[Bar, ...]:
        """Every bar with a height, last year's before this year's in each category."""
        found = (self.bar(i, is_current, plot_width)
                 for i in range(len(self.categories)) for is_current in (False, True))
        return tuple(b for b in found if b.height > 0)

    # -- texts ------------------------------------------------------------------------------

    def legend(self) -> tuple[LegendEntry, ...]:
        """Last year, then this year (as the bars stand), leaving out an empty label."""
        entries = (LegendEntry(PREVIOUS_COLOUR, self.labels[1]),
                   LegendEntry(CURRENT_COLOUR, self.labels[0]))
        return tuple(e for e in entries if e.text)

    def count_text(self, index: int, is_current: bool) -> str:
        value = self.value(index, is_current)
        return "nog niet" if value is None else str(value)

    def description(self) -> str:
        """Every number in words, for a screen reader."""
        return "; ".join(
            f"{name}: {self.count_text(i, True)} ({self.labels[0]}), "
            f"{self.count_text(i, False)} ({self.labels[1]})"
            for i, name in enumerate(self.categories))

    def tooltip(self, index: int, is_current: bool) -> str:
        label = self.labels[0 if is_current else 1]
        return (f"{self.categories[index]} {label}: {self.count_text(index, is_current)} — "
                "klik voor de lijst")


def elide(text: str, width: float, measure: Callable[[str], float]) -> str:
    """``text`` cut short with "…" until ``measure`` says it fits in ``width``."""
    if measure(text) <= width:
        return text
    for end in range(len(text) - 1, 0, -1):
        shorter = text[:end].rstrip() + ELLIPSIS
        if measure(shorter) <= width:
            return shorter
    return ""


def chart_of_rows(title: str, rows: Sequence[ComparedRow], labels: tuple[str, str],
                  short_months: bool = False) -> ComparisonChartModel:
    """The chart of a dimension's compared rows (months as "sep", "okt" …)."""
    return ComparisonChartModel(
        title=title,
        categories=tuple(month_label(r.value, short=True) if short_months else r.value
                         for r in rows),
        current=tuple(None if r.future else r.current for r in rows),
        previous=tuple(r.previous for r in rows),
        labels=labels,
    )


def overview_charts(overview: Overview) -> tuple[ComparisonChartModel, ComparisonChartModel]:
    """The overview's two charts: incidents per month and per protocol article."""
    labels = (overview.current.year.label, overview.previous.year.label)
    return (chart_of_rows(MONTH_TITLE, overview.compared("maand"), labels, short_months=True),
            chart_of_rows(ARTICLE_TITLE, overview.compared("artikel"), labels))
