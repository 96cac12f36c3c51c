"""Dutch number and label formatting shared by the overview screen and its exports."""

from __future__ import annotations

import math

from skow_desk.domain.dates import MONTHS
from skow_desk.domain.enums import Role
from skow_desk.domain.measures import MeasureKind

MINUS = "\u2212"  # a real minus sign: "−2" reads better than "-2" next to "+3"
NOT_APPLICABLE = "\u2014"
MONTH_ABBREVIATIONS: tuple[str, ...] = (
    "jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec",
)
DIMENSION_TITLES: dict[str, str] = {
    "meldingen": "Meldingen",
    "rol": "Rol van de veroorzaker",
    "artikel": "Protocolartikel",
    "categorie": "Categorie",
    "platform": "Platform",
    "maatregel": "Maatregel (besluit)",
    "maand": "Maand",
}


def number(value: int) -> str:
    """``43603`` → ``"43.603"`` (Dutch thousands separator)."""
    text = f"{abs(value):,}".replace(",", ".")
    return f"{MINUS}{text}" if value < 0 else text


def decimal(value: float, digits: int = 1) -> str:
    """``12.5`` → ``"12,5"``, ``12.0`` → ``"12"`` (Dutch decimal comma, no trailing zero)."""
    text = f"{value:.{digits}f}".rstrip("0").rstrip(".")
    return text.replace(".", ",").replace("-", MINUS)


def signed(change: float) -> str:
    """A change with its sign: ``"+3"``, ``"−2"``, ``"0"``; fractions with a decimal comma."""
    if change == 0:
        return "0"
    text = number(int(abs(change))) if float(change).is_integer() else decimal(abs(change))
    return f"+{text}" if change > 0 else f"{MINUS}{text}"


def change_percent(current: float, previous: float) -> float | None:
    """The change in percent of ``previous``; ``None`` when there was nothing to compare with."""
    if previous == 0:
        return None
    return (current - previous) / previous * 100


def percent_text(current: float, previous: float) -> str:
    """``"+12%"`` / ``"−5%"``, rounded to whole percents; a dash when the base is zero."""
    percent = change_percent(current, previous)
    if percent is None:
        return NOT_APPLICABLE
    rounded = round(percent)
    return f"{signed(rounded)}%"


def median_text(days: float | None) -> str:
    """A median number of days, or a dash when no case was closed."""
    return NOT_APPLICABLE if days is None else decimal(days)


def month_label(value: str, short: bool = False) -> str:
    """``"2025-09"`` → ``"september 2025"`` (or ``"sep"`` with ``short``)."""
    year, month = value.split("-")
    if short:
        return MONTH_ABBREVIATIONS[int(month) - 1]
    return f"{MONTHS[int(month) - 1]} {year}"


def nice_step(maximum: int) -> int:
    """A whole-number axis step giving about five gridlines (1, 2, 5, 10, 20, 50 …)."""
    if maximum <= 5:
        return 1
    raw = maximum / 5
    magnitude = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if raw <= factor * magnitude:
            return int(factor * magnitude)
    return int(10 * magnitude)


def value_label(dimension: str, value: str) -> str:
    """How a counted value reads in the window and the PDF (CSV and XLSX keep the raw value)."""
    if dimension == "meldingen":
        return "Totaal"
    if dimension == "maand":
        return month_label(value)
    if dimension == "rol":
        try:
            return Role(value).label
        except ValueError:
            return value
    if dimension == "maatregel":
        try:
            return MeasureKind(value).label
        except ValueError:
            return value
    if dimension == "platform" and value == "onbekend":
        return "(onbekend)"
    if dimension == "platform":
        return platform_label(value)
    return value


def platform_label(value: str) -> str:
    """A platform as lists show it: "overig" capitalised like "Instagram" (stored as typed)."""
    return value[:1].upper() + value[1:] if value.islower() else value
