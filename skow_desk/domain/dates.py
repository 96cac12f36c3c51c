"""Dutch dates as letters write them ("24 november 2026", Taalunie) and legal term arithmetic."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

MONTHS: tuple[str, ...] = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)

WEEKDAYS: tuple[str, ...] = (
    "maandag",
    "dinsdag",
    "woensdag",
    "donderdag",
    "vrijdag",
    "zaterdag",
    "zondag",
)

_NUMBER_WORDS: tuple[str, ...] = (
    "nul",
    "één",
    "twee",
    "drie",
    "vier",
    "vijf",
    "zes",
    "zeven",
    "acht",
    "negen",
    "tien",
    "elf",
    "twaalf",
    "dertien",
    "veertien",
    "vijftien",
    "zestien",
    "zeventien",
    "achttien",
    "negentien",
    "twintig",
)


def long_date(day: date) -> str:
    """``date(2026, 11, 24)`` → ``"24 november 2026"``."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def weekday_date(day: date) -> str:
    """``date(2026, 11, 24)`` → ``"dinsdag 24 november 2026"``."""
    return f"{WEEKDAYS[day.weekday()]} {long_date(day)}"


def number_word(number: int) -> str:
    """Numbers up to twenty in words, as Dutch running text prefers; larger ones in digits."""
    if 0 <= number < len(_NUMBER_WORDS):
        return _NUMBER_WORDS[number]
    return str(number)


def add_weeks(day: date, weeks: int) -> date:
    """The last day of a term of ``weeks`` weeks that starts the day after ``day`` (Awb 6:8)."""
    return day + timedelta(weeks=weeks)


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later, or the month's last day when it is shorter (BW 7:686a)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))
