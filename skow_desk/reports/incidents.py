"""The incidents behind the overview's numbers: a click-through list and the XLSX row sheet.

Both are anonymous: kenmerk, dates, school, status and counted values, never a name.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Integer, and_, case, cast, func, select
from sqlalchemy.orm import Session

from skow_desk.domain.articles import CODES
from skow_desk.domain.enums import IncidentStatus, Part, Stage
from skow_desk.domain.measures import MeasureStatus
from skow_desk.domain.schoolyear import SchoolYear
from skow_desk.reports.overview import (
    month_of_report,
    open_at,
    platform_value,
    raw,
    selection_condition,
    year_scope,
)
from skow_desk.store.models import (
    Incident,
    IncidentArticle,
    IncidentCategory,
    Involvement,
    Measure,
    Person,
    School,
)

_SEPARATOR = "\x1f"  # unit separator: never typed in a category or platform name
LIST_SEPARATOR = ", "


@dataclass(frozen=True)
class IncidentRow:
    """One incident in a click-through list."""

    id: int
    kenmerk: str
    reported_on: date
    school: str
    status: str

    @property
    def status_label(self) -> str:
        try:
            return IncidentStatus(self.status).label
        except ValueError:
            return self.status


def incidents_behind(
    session: Session, year: SchoolYear, school_id: int | None, dimension: str, value: str,
    until: date | None = None,
) -> list[IncidentRow]:
    """The incidents counted in ``dimension``/``value`` of ``year`` (``open``: open at year end).

    ``until``: only the part of the year up to that day (a running year's comparison).
    """
    condition = selection_condition(dimension, value, year)
    if dimension == "open" and until is not None:
        condition = open_at(until)
    stmt = (
        select(Incident.id, Incident.kenmerk, Incident.reported_on, School.name,
               raw(Incident.status))
        .join(School, Incident.school_id == School.id)
        .where(*year_scope(year, school_id))
        .order_by(Incident.reported_on, Incident.kenmerk)
    )
    if condition is not None:
        stmt = stmt.where(condition)
    if until is not None:
        stmt = stmt.where(Incident.reported_on <= until)
    return [IncidentRow(*row) for row in session.execute(stmt)]


@dataclass(frozen=True)
class IncidentRecord:
    """One row of the XLSX sheet "Meldingen": ready for a pivot table, without names."""

    kenmerk: str
    school: str
    schooljaar: str
    datum_melding: date
    maand: str
    rollen: str
    artikelen: str
    categorieen: str
    platform: str
    maatregelen: str
    status: str
    dagen_tot_afronding: int | None


RECORD_HEADERS: tuple[str, ...] = (
    "kenmerk", "school", "schooljaar", "datum_melding", "maand", "rollen", "artikelen",
    "categorieën", "platform", "maatregelen", "status", "dagen_tot_afronding",
)


def _joined(text: str | None, article_order: bool = False) -> str:
    """Distinct values of a ``group_concat``, sorted, as ``"A5, A7"``."""
    if not text:
        return ""
    values = set(text.split(_SEPARATOR))
    if article_order:
        ordered = sorted(values, key=lambda c: (CODES.index(c) if c in CODES else len(CODES), c))
    else:
        ordered = sorted(values, key=lambda v: (v.casefold(), v))
    return LIST_SEPARATOR.join(ordered)


def incident_records(
    session: Session, year: SchoolYear, school_id: int | None, batch: int = 2000
) -> Iterator[IncidentRecord]:
    """Every incident of ``year``, streamed in batches, with its counted values joined."""
    roles = (
        select(func.group_concat(raw(Person.role), _SEPARATOR))
        .select_from(Involvement)
        .join(Person, Involvement.person_id == Person.id)
        .where(Involvement.incident_id == Incident.id, Involvement.part == Part.CAUSER)
        .scalar_subquery()
    )
    articles = (
        select(func.group_concat(IncidentArticle.code, _SEPARATOR))
        .where(IncidentArticle.incident_id == Incident.id)
        .scalar_subquery()
    )
    categories = (
        select(func.group_concat(IncidentCategory.name, _SEPARATOR))
        .where(IncidentCategory.incident_id == Incident.id)
        .scalar_subquery()
    )
    measures = (
        select(func.group_concat(raw(Measure.kind), _SEPARATOR))
        .where(Measure.incident_id == Incident.id, Measure.stage == Stage.DECISION,
               Measure.status == MeasureStatus.ACTIVE)
        .scalar_subquery()
    )
    closed = Incident.status == IncidentStatus.CLOSED
    days = case(
        (
            and_(closed, Incident.closed_on.is_not(None)),
            cast(func.julianday(Incident.closed_on) - func.julianday(Incident.reported_on),
                 Integer),
        ),
        else_=None,
    )
    stmt = (
        select(
            Incident.kenmerk, School.brin, Incident.reported_on, month_of_report(), roles,
            articles, categories, platform_value(), measures, raw(Incident.status),
            days,
        )
        .join(School, Incident.school_id == School.id)
        .where(*year_scope(year, school_id))
        .order_by(Incident.reported_on, Incident.kenmerk)
        .execution_options(yield_per=batch)
    )
    label = year.label
    for row in session.execute(stmt):
        (kenmerk, brin, reported_on, month, role_text, article_text, category_text, platform,
         measure_text, status, days_to_close) = row
        yield IncidentRecord(
            kenmerk, brin, label, reported_on, month, _joined(role_text),
            _joined(article_text, article_order=True), _joined(category_text), platform,
            _joined(measure_text), status, days_to_close,
        )
