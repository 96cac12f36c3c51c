"""School days: weekdays that are no school holiday, public holiday or school free day.

The school holidays per region and the public holidays are data
(``resources/calendar/schoolkalender.toml``, read by ``services/school_calendar``); each school
adds its region and its own free days (studiedagen). A school year without a confirmed calendar
is counted without school holidays, and :meth:`SchoolCalendar.notes` says so in Dutch.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from skow_desk.domain.errors import DomainError
from skow_desk.domain.schoolyear import SchoolYear
from skow_desk.domain.terms import recognised_holidays


class Region(StrEnum):
    """The holiday regions of the minister's spread (vakantiespreiding)."""

    NORTH = "noord"
    MIDDLE = "midden"
    SOUTH = "zuid"


CONFIRMED = "bevestigd"
UNCONFIRMED = "onbevestigd"
MISSING = "ontbreekt"

HOLIDAYS = ("herfstvakantie", "kerstvakantie", "voorjaarsvakantie", "meivakantie",
            "zomervakantie")
"""The five school holidays of every school year, in their order."""


@dataclass(frozen=True)
class YearHolidays:
    """One school year's holidays: per region a list of (first, last) days, inclusive."""

    label: str
    status: str
    periods: Mapping[Region, tuple[tuple[str, date, date], ...]]
    note: str = ""
    single_source: Mapping[Region, tuple[str, ...]] = field(default_factory=dict)
    """Per region, the holidays whose dates come from one source only (`onbevestigd`)."""

    def missing(self, region: Region) -> tuple[str, ...]:
        """The school holidays this year has no dates for in ``region``."""
        known = {name for name, _first, _last in self.periods.get(region, ())}
        return tuple(name for name in HOLIDAYS if name not in known)

    def open_items(self, region: Region) -> tuple[str, ...]:
        """What keeps this year unconfirmed for ``region`` (empty: all five confirmed)."""
        return self.missing(region) + self.single_source.get(region, ())

    def around(self, name: str, region: Region) -> tuple[date, date] | None:
        """Where holiday ``name`` may fall in ``region``: its (one-source) dates here a week
        wider on each side; when this region has none, the span of the other regions' dates
        two weeks wider (the minister spreads a holiday over regions a week apart, and zuid's
        spring holiday often follows carnival); None when no region has it."""
        here = [(f, last) for n, f, last in self.periods.get(region, ()) if n == name]
        spans = here or [(f, last) for r in Region for n, f, last in self.periods.get(r, ())
                         if n == name]
        if not spans:
            return None
        margin = timedelta(days=7 if here else 14)
        return min(f for f, _l in spans) - margin, max(last for _f, last in spans) + margin


@dataclass(frozen=True)
class CalendarData:
    """Everything the calendar file holds."""

    years: Mapping[str, YearHolidays]
    public_holidays: Mapping[date, str]
    source: str = ""


def _as_date(value: Any, where: str) -> date:
    if isinstance(value, date):
        return value
    raise DomainError(f"Schoolkalender: '{value}' bij {where} is geen datum.")


def parse_calendar(raw: Mapping[str, Any]) -> CalendarData:
    """Read the calendar file's contents (as ``tomllib`` gives them)."""
    years: dict[str, YearHolidays] = {}
    for entry in raw.get("schooljaar", []):
        label = SchoolYear.parse(str(entry["jaar"])).label
        status = str(entry.get("status", MISSING))
        if status not in (CONFIRMED, UNCONFIRMED, MISSING):
            raise DomainError(f"Schoolkalender {label}: onbekende status '{status}'.")
        periods: dict[Region, list[tuple[str, date, date]]] = {r: [] for r in Region}
        single: dict[Region, list[str]] = {r: [] for r in Region}
        for holiday in entry.get("vakanties", []):
            name = str(holiday["naam"])
            for text in holiday.get("onbevestigd", []):
                try:
                    single[Region(str(text))].append(name)
                except ValueError:
                    raise DomainError(f"Schoolkalender {label} {name}: onbekende regio "
                                      f"'{text}' bij onbevestigd.") from None
            for region in Region:
                if region.value in holiday:
                    first, last = holiday[region.value]
                    first = _as_date(first, f"{label} {name}")
                    last = _as_date(last, f"{label} {name}")
                    if last < first:
                        raise DomainError(f"Schoolkalender {label}: {name} eindigt vóór het begin.")
                    periods[region].append((name, first, last))
        years[label] = YearHolidays(label, status, {r: tuple(p) for r, p in periods.items()},
                                    str(entry.get("opmerking", "")),
                                    {r: tuple(n) for r, n in single.items() if n})
    holidays = {
        _as_date(day["datum"], "feestdagen"): str(day["naam"])
        for day in raw.get("feestdagen", {}).get("dagen", [])
    }
    return CalendarData(years, holidays, str(raw.get("source", "")))


@dataclass(frozen=True)
class FreeDay:
    """A school's own free day (studiedag, margedag)."""

    day: date
    description: str = ""


@dataclass(frozen=True)
class SchoolCalendar:
    """The days one school is closed, and what is known about each school year."""

    region: Region | None = None
    data: CalendarData = field(default_factory=lambda: CalendarData({}, {}))
    free_days: frozenset[date] = frozenset()
    _closed: dict[date, str] = field(init=False, default_factory=dict, compare=False,
                                    repr=False)

    def __post_init__(self) -> None:
        closed = self._closed
        for day, name in self.data.public_holidays.items():
            closed[day] = name
        if self.region is not None:
            for year in self.data.years.values():
                for name, first, last in year.periods.get(self.region, ()):
                    day = first
                    while day <= last:
                        closed.setdefault(day, name)
                        day += timedelta(days=1)
        for day in self.free_days:
            closed.setdefault(day, "vrije dag van de school")

    def closed_reason(self, day: date) -> str | None:
        """Why the school is closed on ``day`` (Dutch), or None on a school day."""
        if day.weekday() >= 5:
            return "weekend"
        if day in self._closed:
            return self._closed[day]
        if day in recognised_holidays(day.year):
            return "feestdag"
        return None

    def is_school_day(self, day: date) -> bool:
        """Monday–Friday, and no holiday or free day of this school."""
        return self.closed_reason(day) is None

    def school_days(self, start: date, end: date) -> int:
        """School days from ``start`` to ``end``, both included."""
        count, day = 0, start
        while day <= end:
            if self.is_school_day(day):
                count += 1
            day += timedelta(days=1)
        return count

    def first_school_day(self, day: date) -> date:
        """``day`` itself when the school is open, else the next school day."""
        for _ in range(400):
            if self.is_school_day(day):
                return day
            day += timedelta(days=1)
        raise DomainError("Binnen een jaar is er geen schooldag gevonden; controleer de "
                          "vrije dagen van de school.")

    def next_school_day(self, day: date) -> date:
        """The first school day after ``day`` (the day a suspended pupil is back)."""
        return self.first_school_day(day + timedelta(days=1))

    def span(self, first_day: date, days: int) -> tuple[date, date]:
        """First and last day of ``days`` school days, from ``first_day`` or the next one."""
        start = self.first_school_day(first_day)
        end, left = start, days - 1
        while left > 0:
            end = self.next_school_day(end)
            left -= 1
        return start, end

    def notes(self, start: date, end: date | None = None) -> tuple[str, ...]:
        """Dutch notes for the school years ``start``–``end`` touches that lack a calendar."""
        years = {SchoolYear.of(start)}
        if end is not None and end >= start:
            years.add(SchoolYear.of(end))
        if self.region is None:
            return ("Voor deze school is geen vakantieregio ingesteld (Instellingen → Scholen); "
                    "de schooldagen zijn geteld zonder schoolvakanties, wel zonder weekenden, "
                    "feestdagen en de vrije dagen van de school.",)
        result: list[str] = []
        for year in sorted(years):
            known = self.data.years.get(year.label)
            if known is None or known.status == MISSING:
                result.append(
                    f"Voor schooljaar {year.label} is geen vakantierooster bekend; de schooldagen "
                    "zijn geteld zonder schoolvakanties (wel zonder weekenden, feestdagen en de "
                    "vrije dagen van de school). Controleer ze.")
            elif known.status == UNCONFIRMED and (
                    note := _open_note(known, self.region, start, end or start)):
                result.append(note)
        return tuple(result)


def _open_note(year: YearHolidays, region: Region, start: date, end: date) -> str:
    """The note for the days ``start``–``end`` in a region whose calendar of ``year`` is not
    fully confirmed: only the holidays that may fall in those days are named ("" when none
    may: a year can be unconfirmed in one region, or in February, and sure elsewhere)."""

    def near(name: str) -> bool:
        window = year.around(name, region)
        return window is None or (window[0] <= end and start <= window[1])

    missing = tuple(n for n in year.missing(region) if near(n))
    single = tuple(n for n in year.single_source.get(region, ()) if near(n))
    if not missing and not single:
        return ""
    parts = []
    if missing:
        parts.append(f"{_listed(missing)} {'is' if len(missing) == 1 else 'zijn'} niet bekend "
                     "(geteld als schooldagen)")
    if single:
        parts.append(f"{_listed(single)} {'komt' if len(single) == 1 else 'komen'} uit één bron")
    return (f"Het vakantierooster van schooljaar {year.label} is nog niet volledig bevestigd "
            f"(regio {region.value}): {' en '.join(parts)}. Controleer de schooldagen.")


def _listed(names: tuple[str, ...]) -> str:
    """"de herfstvakantie", "de herfstvakantie en de kerstvakantie"."""
    words = [f"de {n}" for n in names]
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " en " + words[-1]


def default_calendar() -> SchoolCalendar:
    """Weekends and public holidays only: for a count that knows no school."""
    return SchoolCalendar()


def free_days_from(items: Iterable[FreeDay]) -> frozenset[date]:
    """The dates of a school's free days."""
    return frozenset(item.day for item in items)
