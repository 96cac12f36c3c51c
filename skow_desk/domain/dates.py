"""Dutch dates as letters write them ("24 november 2026", Taalunie), legal term arithmetic and
Dutch counts ("3 meldingen")."""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timedelta

from skow_desk.domain.errors import DomainError

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


NBSP = "\u00a0"
"""A space no line breaks at: dates in letters are kept on one line ("vrijdag 11 december")."""


_DATE_IN_TEXT = re.compile(
    r"\b(?:(?:" + "|".join(WEEKDAYS) + r")\s+)?\d{1,2}\s+(?:" + "|".join(MONTHS)
    + r")(?:\s+\d{4})?\b", re.IGNORECASE)


def unbreakable(text: str) -> str:
    """``text`` with its spaces made non-breaking."""
    return text.replace(" ", NBSP)


def keep_dates_together(text: str) -> str:
    """Every date in ``text`` ("vrijdag 11 december 2026") with non-breaking spaces inside."""
    return _DATE_IN_TEXT.sub(lambda m: NBSP.join(m.group(0).split()), text)


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


def counted(number: int, one: str, many: str) -> str:
    """``1 melding``, ``3 meldingen``: a count in digits with the right Dutch form."""
    return f"{number} {one if number == 1 else many}"


def add_weeks(day: date, weeks: int) -> date:
    """The last day of a term of ``weeks`` weeks that starts the day after ``day`` (Awb 6:8)."""
    return day + timedelta(weeks=weeks)


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later, or the month's last day when it is shorter (BW 7:686a)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


_DUTCH = re.compile(r"^\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][0-9:.]+)?\s*$")


def short_date(day: date) -> str:
    """``24-11-2026``, as date fields show it."""
    return f"{day.day:02d}-{day.month:02d}-{day.year:04d}"


def parse_date(text: str) -> date:
    """Parse ``dd-mm-jjjj`` (also d-m-jjjj, dd/mm/jjjj) or ISO ``jjjj-mm-dd``."""
    match = _DUTCH.match(text)
    try:
        if match:
            return date(int(match.group(3)), int(match.group(2)), int(match.group(1)))
        match = _ISO.match(text)
        if match:
            return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        pass
    raise DomainError(f"'{text.strip()}' is geen geldige datum; schrijf dd-mm-jjjj.")


def as_date(value: date | datetime) -> date:
    """A date from a date or datetime (spreadsheet cells give datetimes)."""
    return value.date() if isinstance(value, datetime) else value
