"""The yearly overview (Jaaroverzicht): counts for one school year, against the year before.

This is the evaluation WPO art. 4c asks for. Everything is counted by SQL aggregation
(``GROUP BY`` in SQLAlchemy Core, both years in one statement); Python only arranges the
grouped rows, never loops over incidents. No names are read: the overview is anonymous.

Counting rules (the same text is in ``reports/COUNTING.md``):

* An incident belongs to the school year (1 August – 31 July) of its ``reported_on``
  (datum melding); 31 July belongs to the old year, 1 August to the new one.
* ``meldingen``: every incident once (value ``totaal``), also when the count is 0.
* ``artikel``: once per protocol article the incident names (value ``A5``).
* ``rol``: once per distinct role among the persons who *caused* it (part ``veroorzaker``);
  two pupils who caused one incident count once for ``leerling``.
* ``categorie``: once per category; ``platform``: once, by its platform (``onbekend`` when
  none was recorded).
* ``maatregel``: measures, one per person who received it, counted in the year of their
  incident. Only decisions count (stage ``besluit``); a measure without an intent step is
  stored as a decision straight away and counts too. An intention (``voornemen``) is not a
  measure taken, so it never counts, whether or not a decision followed.
* ``maand``: incidents by month of ``reported_on`` (value ``2025-09``).
* Open at year end: incidents of the year whose status is not ``afgerond``, or that were
  closed after 31 July of that year. For a year still running this is the state of today.
* Median days to closure: over the year's incidents that are ``afgerond`` with a closing
  date, the days from ``reported_on`` to ``closed_on``.
* Values that count zero are not listed (except ``meldingen``); values are sorted, articles
  in catalogue order (A1 … C3) and months chronologically.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    String,
    and_,
    case,
    cast,
    distinct,
    func,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session

from skow_desk.domain.articles import CODES
from skow_desk.domain.enums import IncidentStatus, Part, Stage
from skow_desk.domain.errors import NotFound
from skow_desk.domain.measures import MeasureStatus
from skow_desk.domain.schoolyear import SchoolYear
from skow_desk.reports.formatting import change_percent, value_label
from skow_desk.store.models import (
    Incident,
    IncidentArticle,
    IncidentCategory,
    Involvement,
    Measure,
    Person,
    School,
)

DIMENSIONS: tuple[str, ...] = (
    "meldingen", "rol", "artikel", "categorie", "platform", "maatregel", "maand",
)
TOTAL = "totaal"
UNKNOWN_PLATFORM = "onbekend"


@dataclass(frozen=True)
class SchoolRef:
    """The school an overview is about (``None`` in an overview means all schools)."""

    id: int
    brin: str
    name: str


@dataclass(frozen=True)
class YearFigures:
    """The counts of one school year: per dimension, value → count (only counts above 0)."""

    year: SchoolYear
    counts: Mapping[str, Mapping[str, int]]
    open_at_year_end: int
    closed_with_date: int
    median_days: float | None

    @property
    def total(self) -> int:
        return self.counts["meldingen"].get(TOTAL, 0)

    def count(self, dimension: str, value: str) -> int:
        """The count of one value (0 when absent)."""
        return self.counts.get(dimension, {}).get(value, 0)

    def rows(self, dimension: str) -> list[tuple[str, int]]:
        """(value, count) in the report's order; ``meldingen`` always has its total row."""
        if dimension == "meldingen":
            return [(TOTAL, self.total)]
        values = sorted(self.counts.get(dimension, {}), key=lambda v: sort_key(dimension, v))
        return [(v, self.counts[dimension][v]) for v in values]


@dataclass(frozen=True)
class ComparedRow:
    """One value of a dimension, this year against last year."""

    dimension: str
    value: str
    previous_value: str
    current: int
    previous: int
    future: bool = False
    """A month of a running year still to come: shown empty, not as 0 and −100%."""

    @property
    def label(self) -> str:
        return value_label(self.dimension, self.value)

    @property
    def change(self) -> int:
        return self.current - self.previous

    @property
    def change_percent(self) -> float | None:
        return change_percent(self.current, self.previous)


@dataclass(frozen=True)
class Overview:
    """The overview of one school year (``year``) for one school or all, with last year's."""

    year: SchoolYear
    school: SchoolRef | None
    current: YearFigures
    previous: YearFigures
    until: date | None = None
    """For a running year: today; last year is then counted up to the same day a year
    earlier (:attr:`previous_until`), so the comparison is period against period."""

    @property
    def previous_until(self) -> date | None:
        """The last day of last year's period compared (None: the whole year)."""
        return same_day_a_year_earlier(self.until) if self.until is not None else None

    @property
    def school_code(self) -> str:
        """The BRIN, or ``alle`` for the whole foundation (as the CSV writes it)."""
        return self.school.brin if self.school else "alle"

    @property
    def scope_label(self) -> str:
        return f"{self.school.name} ({self.school.brin})" if self.school else "Alle scholen"

    def compared(self, dimension: str) -> list[ComparedRow]:
        """Rows for the comparison tables and charts.

        Months list all twelve (August … July) against the same month a year earlier;
        articles list the whole catalogue; other dimensions the values seen in either year.
        """
        if dimension == "maand":
            until = self.until
            return [
                ComparedRow(
                    dimension, f"{y}-{m:02d}", f"{y - 1}-{m:02d}",
                    self.current.count(dimension, f"{y}-{m:02d}"),
                    self.previous.count(dimension, f"{y - 1}-{m:02d}"),
                    future=until is not None and (y, m) > (until.year, until.month),
                )
                for y, m in self.year.months()
            ]
        if dimension == "meldingen":
            return [ComparedRow(dimension, TOTAL, TOTAL, self.current.total, self.previous.total)]
        values = set(self.current.counts.get(dimension, {})) | set(
            self.previous.counts.get(dimension, {})
        )
        if dimension == "artikel":
            values |= set(CODES)
        return [
            ComparedRow(
                dimension, v, v, self.current.count(dimension, v), self.previous.count(dimension, v)
            )
            for v in sorted(values, key=lambda v: sort_key(dimension, v))
        ]


def sort_key(dimension: str, value: str) -> tuple[int, str, str]:
    """Articles in catalogue order, everything else by its text (months are ``YYYY-MM``)."""
    if dimension == "artikel" and value in CODES:
        return (CODES.index(value), "", value)
    rank = len(CODES) if dimension == "artikel" else 0
    return (rank, value.casefold(), value)


def _scope(first_day: Any, last_day: Any, school_id: int | None) -> list[ColumnElement[bool]]:
    conditions = [Incident.reported_on >= first_day, Incident.reported_on <= last_day]
    if school_id is not None:
        conditions.append(Incident.school_id == school_id)
    return conditions


def year_scope(year: SchoolYear, school_id: int | None) -> list[ColumnElement[bool]]:
    """WHERE conditions for the incidents of one school year (and one school, if given)."""
    return _scope(year.first_day, year.last_day, school_id)


def month_of_report() -> ColumnElement[str]:
    """``YYYY-MM`` of ``reported_on`` (SQLite stores dates as ISO text)."""
    return func.substr(type_coerce(Incident.reported_on, String), 1, 7, type_=String)


def platform_value() -> ColumnElement[str]:
    """The platform as counted: ``onbekend`` when none was recorded."""
    return case((func.trim(Incident.platform) == "", UNKNOWN_PLATFORM), else_=Incident.platform)


def open_at(last_day: Any) -> ColumnElement[bool]:
    """Still open on ``last_day``: not closed, or closed only after it."""
    return or_(Incident.status != IncidentStatus.CLOSED, Incident.closed_on > last_day)


def raw(column: Any) -> ColumnElement[str]:
    """An enum column as its stored Dutch text (no enum lookup per row)."""
    return type_coerce(column, String)


def same_day_a_year_earlier(day: date) -> date:
    """``day`` one year back (29 February becomes the 28th)."""
    try:
        return day.replace(year=day.year - 1)
    except ValueError:
        return day.replace(year=day.year - 1, day=28)


def running_until(year: SchoolYear, today: date | None) -> date | None:
    """``today`` when ``year`` is still running on it, else None (a whole year)."""
    if today is None or not year.first_day <= today < year.last_day:
        return None
    return today


def _statements(year: SchoolYear, school_id: int | None,
                until: date | None = None) -> dict[str, Select[Any]]:
    """The aggregate queries; each groups by ``cur`` (1 this year, 0 last year) first.

    ``until``: the year is running; last year counts only up to the same day a year earlier.
    """
    prev = year.previous()
    scope = _scope(prev.first_day, year.last_day, school_id)
    prev_end = prev.last_day
    if until is not None:
        prev_end = same_day_a_year_earlier(until)
        scope.append(or_(Incident.reported_on >= year.first_day,
                         Incident.reported_on <= prev_end))
    cur = (Incident.reported_on >= year.first_day).label("cur")
    year_end = case((Incident.reported_on >= year.first_day, year.last_day), else_=prev_end)
    is_open = case((or_(Incident.status != IncidentStatus.CLOSED, Incident.closed_on > year_end),
                    1), else_=0)
    month = month_of_report().label("month")
    platform = platform_value().label("platform")
    days = cast(func.julianday(Incident.closed_on) - func.julianday(Incident.reported_on),
                Integer).label("days")
    role = raw(Person.role).label("role")
    # Causers sorted by person first, so persons are read in page order: on an encrypted
    # database every page read costs a decryption, and random lookups read pages many times.
    causers = (
        select(Involvement.incident_id, Involvement.person_id, cur)
        .join(Incident, Involvement.incident_id == Incident.id)
        .where(*scope, Involvement.part == Part.CAUSER)
        .order_by(Involvement.person_id)
        .cte("causers")
        .prefix_with("MATERIALIZED")
    )
    kind = raw(Measure.kind).label("kind")
    return {
        "incidents": select(cur, month, platform, func.count(), func.sum(is_open))
        .where(*scope).group_by(cur, month, platform),
        # The status test sits in the aggregate, not the WHERE: most cases are closed, so an
        # index on status would only lose against the date range.
        "days": select(cur, days, func.sum(case((Incident.status == IncidentStatus.CLOSED, 1),
                                                else_=0)))
        .where(*scope, Incident.closed_on.is_not(None))
        .group_by(cur, days),
        "artikel": select(cur, IncidentArticle.code, func.count())
        .join(Incident, IncidentArticle.incident_id == Incident.id)
        .where(*scope).group_by(cur, IncidentArticle.code),
        "categorie": select(cur, IncidentCategory.name, func.count())
        .join(Incident, IncidentCategory.incident_id == Incident.id)
        .where(*scope).group_by(cur, IncidentCategory.name),
        "rol": select(causers.c.cur, role, func.count(distinct(causers.c.incident_id)))
        .join(Person, causers.c.person_id == Person.id).group_by(causers.c.cur, role),
        "maatregel": select(cur, kind, func.count())
        .select_from(Measure)
        .join(Incident, Measure.incident_id == Incident.id)
        .where(*scope, Measure.stage == Stage.DECISION,
               Measure.status == MeasureStatus.ACTIVE).group_by(cur, kind),
    }


def _median(histogram: Mapping[int, int]) -> float | None:
    """The median of a histogram {days: number of cases}."""
    size = sum(histogram.values())
    if size == 0:
        return None
    wanted = [(size - 1) // 2, size // 2]
    found: list[int] = []
    seen = 0
    for days in sorted(histogram):
        seen += histogram[days]
        while wanted and wanted[0] < seen:
            found.append(days)
            wanted.pop(0)
    return sum(found) / 2


def compute_overview(session: Session, year: SchoolYear, school_id: int | None,
                     today: date | None = None) -> Overview:
    """Count ``year`` and the year before, for one school or (``None``) all schools.

    With ``today`` inside ``year`` (a running year), last year is counted up to the same day
    a year earlier: period against period, not a part against a whole year.
    """
    until = running_until(year, today)
    school = None
    if school_id is not None:
        found = session.get(School, school_id)
        if found is None:
            raise NotFound("Deze school bestaat niet (meer).")
        school = SchoolRef(found.id, found.brin, found.name)
    counts: dict[bool, dict[str, dict[str, int]]] = {
        flag: {d: defaultdict(int) for d in DIMENSIONS} for flag in (True, False)
    }
    open_count = {True: 0, False: 0}
    histogram: dict[bool, dict[int, int]] = {True: defaultdict(int), False: defaultdict(int)}
    statements = _statements(year, school_id, until)
    for cur, month, platform, number, opened in session.execute(statements["incidents"]):
        counts[bool(cur)]["meldingen"][TOTAL] += number
        counts[bool(cur)]["maand"][month] += number
        counts[bool(cur)]["platform"][platform] += number
        open_count[bool(cur)] += opened or 0
    for cur, days, number in session.execute(statements["days"]):
        if number:
            histogram[bool(cur)][int(days)] += number
    for dimension in ("artikel", "categorie", "rol", "maatregel"):
        for cur, value, number in session.execute(statements[dimension]):
            counts[bool(cur)][dimension][value] += number

    def figures(flag: bool, which: SchoolYear) -> YearFigures:
        by_dimension = {d: dict(counts[flag][d]) for d in DIMENSIONS}
        by_dimension["meldingen"] = {TOTAL: counts[flag]["meldingen"].get(TOTAL, 0)}
        return YearFigures(which, by_dimension, open_count[flag],
                           sum(histogram[flag].values()), _median(histogram[flag]))

    return Overview(year, school, figures(True, year), figures(False, year.previous()), until)


def available_years(session: Session, current: SchoolYear) -> list[SchoolYear]:
    """School years that have incidents, plus ``current``; newest first."""
    months = session.scalars(select(month_of_report()).distinct())
    years = {SchoolYear(int(m[:4]) - (1 if int(m[5:7]) < 8 else 0)) for m in months if m}
    years.add(current)
    return sorted(years, reverse=True)


def selection_condition(
    dimension: str, value: str, year: SchoolYear
) -> ColumnElement[bool] | None:
    """The WHERE condition picking the incidents behind one count (``None``: all of them).

    ``dimension`` is one of :data:`DIMENSIONS` or ``open`` (open at year end).
    """
    if dimension == "meldingen":
        return None
    if dimension == "open":
        return open_at(year.last_day)
    if dimension == "maand":
        return month_of_report() == value
    if dimension == "platform":
        return platform_value() == value
    if dimension == "artikel":
        return Incident.articles.any(IncidentArticle.code == value)
    if dimension == "categorie":
        return Incident.categories.any(IncidentCategory.name == value)
    if dimension == "rol":
        causer = (
            select(Involvement.id)
            .join(Person, Involvement.person_id == Person.id)
            .where(Involvement.incident_id == Incident.id, Involvement.part == Part.CAUSER,
                   raw(Person.role) == value)
        )
        return causer.exists()
    if dimension == "maatregel":
        return Incident.measures.any(and_(Measure.stage == Stage.DECISION,
                                          Measure.status == MeasureStatus.ACTIVE,
                                          raw(Measure.kind) == value))
    raise ValueError(f"unknown dimension {dimension!r}")
