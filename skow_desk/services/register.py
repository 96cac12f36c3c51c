"""The register of incidents: the ordered ids for a filter, and the display rows for a block.

The window's table model holds only ids (Anki's browser table): one query returns every id
for the current filter in the current order — filtering and sorting happen here, in SQL —
and the rows are fetched in blocks as they scroll into view. With 100,000 incidents the id
query must stay well under 50 ms per keystroke in the search box.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    case,
    exists,
    func,
    literal,
    select,
)
from sqlalchemy.orm import Session

from skow_desk.domain.enums import IncidentStatus, Part, Role
from skow_desk.domain.measures import MeasureKind
from skow_desk.domain.names import full_name
from skow_desk.domain.schoolyear import SchoolYear
from skow_desk.domain.search import search_words
from skow_desk.store.models import (
    Incident,
    IncidentArticle,
    Involvement,
    Measure,
    Person,
    School,
    Task,
)


class SortKey(StrEnum):
    """The register's columns, each sortable in SQL."""

    KENMERK = "kenmerk"
    REPORTED_ON = "reported_on"
    SCHOOL = "school"
    CAUSERS = "causers"
    ROLE = "role"
    PLATFORM = "platform"
    ARTICLES = "articles"
    MEASURE = "measure"
    STATUS = "status"
    OPEN_TASKS = "open_tasks"


# Severity, mildest first, so sorting on "maatregel" puts the heaviest cases together.
MEASURE_SEVERITY: dict[MeasureKind, int] = {
    MeasureKind.CONVERSATION_ONLY: 1,
    MeasureKind.WARNING: 2,
    MeasureKind.ACCESS_BAN: 3,
    MeasureKind.REPRIMAND: 3,
    MeasureKind.SUSPENSION: 4,
    MeasureKind.REMOVAL: 5,
    MeasureKind.DISMISSAL: 5,
    MeasureKind.SUMMARY_DISMISSAL: 6,
}


@dataclass(frozen=True)
class RegisterFilter:
    """What the director filters on; ``None`` means "all"."""

    year: SchoolYear | None = None
    school_id: int | None = None
    status: IncidentStatus | None = None
    role: Role | None = None
    search: str = ""


@dataclass(frozen=True)
class RegisterRow:
    """One line of the register, ready to show."""

    id: int
    kenmerk: str
    reported_on: date
    school: str
    causers: str
    roles: str
    platform: str
    articles: str
    measure: str
    status: IncidentStatus
    open_tasks: int
    overdue_tasks: int


def _like_pattern(word: str) -> str:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _word_condition(word: str) -> ColumnElement[bool]:
    """The incident's search text (folded kenmerk, platform, description, names) holds ``word``.

    One ``LIKE`` on one column per word: the folding happened when the incident was saved
    (skow_desk.store.search_text), so no per-row lower-casing, joins or name subqueries.
    """
    return Incident.search_text.like(_like_pattern(word), escape="\\")


def _causer_role_exists(role: Role) -> ColumnElement[bool]:
    return exists(
        select(literal(1))
        .select_from(Involvement)
        .join(Person, Person.id == Involvement.person_id)
        .where(
            Involvement.incident_id == Incident.id,
            Involvement.part == Part.CAUSER,
            Person.role == role,
        )
    )


def _conditions(flt: RegisterFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if flt.year is not None:
        conditions.append(Incident.reported_on.between(flt.year.first_day, flt.year.last_day))
    if flt.school_id is not None:
        conditions.append(Incident.school_id == flt.school_id)
    if flt.status is not None:
        conditions.append(Incident.status == flt.status)
    if flt.role is not None:
        conditions.append(_causer_role_exists(flt.role))
    conditions += [_word_condition(word) for word in search_words(flt.search)]
    return conditions


def _causer_subquery(column: Any) -> Any:
    return (
        select(func.min(column))
        .select_from(Involvement)
        .join(Person, Person.id == Involvement.person_id)
        .where(Involvement.incident_id == Incident.id, Involvement.part == Part.CAUSER)
        .scalar_subquery()
    )


def _sort_expression(key: SortKey) -> Any:
    if key is SortKey.KENMERK:
        return Incident.kenmerk
    if key is SortKey.REPORTED_ON:
        return Incident.reported_on
    if key is SortKey.SCHOOL:
        return select(School.name).where(School.id == Incident.school_id).scalar_subquery()
    if key is SortKey.CAUSERS:
        return _causer_subquery(Person.last_name + " " + Person.first_name)
    if key is SortKey.ROLE:
        return _causer_subquery(Person.role)
    if key is SortKey.PLATFORM:
        return Incident.platform
    if key is SortKey.ARTICLES:
        return (
            select(func.group_concat(IncidentArticle.code, ","))
            .where(IncidentArticle.incident_id == Incident.id)
            .scalar_subquery()
        )
    if key is SortKey.MEASURE:
        severity = case(
            *((Measure.kind == kind, rank) for kind, rank in MEASURE_SEVERITY.items()), else_=0
        )
        return select(func.max(severity)).where(Measure.incident_id == Incident.id)\
            .scalar_subquery()
    if key is SortKey.STATUS:
        return Incident.status
    return (
        select(func.count())
        .select_from(Task)
        .where(Task.incident_id == Incident.id, Task.done_on.is_(None))
        .scalar_subquery()
    )


def ids_query(flt: RegisterFilter, sort: SortKey = SortKey.REPORTED_ON,
              descending: bool = True) -> Select[int]:
    """The statement for the ordered ids (exposed for tests and ``EXPLAIN``)."""
    expression = _sort_expression(sort)
    if descending:
        order = [expression.desc(), Incident.id.desc()]
    else:
        order = [expression.asc(), Incident.id.asc()]
    return select(Incident.id).where(*_conditions(flt)).order_by(*order)


def incident_ids(session: Session, flt: RegisterFilter, sort: SortKey = SortKey.REPORTED_ON,
                 descending: bool = True) -> list[int]:
    """Every incident id matching ``flt``, in the asked order (ties broken by id)."""
    # Plain integers straight from the DBAPI cursor: SQLAlchemy's Row handling costs ~1 µs a
    # row, 60-80 ms of a keystroke when a search over all years matches 75,000 incidents.
    result = session.connection().execute(ids_query(flt, sort, descending))
    try:
        return [row[0] for row in result.cursor.fetchall()]
    finally:
        result.close()


def _measure_text(kind: MeasureKind, stage: str) -> str:
    label = kind.label
    return f"Voornemen: {kind.value}" if stage == "voornemen" else label


def fetch_rows(session: Session, ids: Sequence[int],
               today: date | None = None) -> dict[int, RegisterRow]:
    """The display rows for ``ids`` (one block), keyed by id; missing ids are left out."""
    if not ids:
        return {}
    today = today or date.today()
    wanted = list(ids)
    causers: dict[int, list[str]] = defaultdict(list)
    roles: dict[int, list[str]] = defaultdict(list)
    for iid, first, infix, last, role in session.execute(
        select(Involvement.incident_id, Person.first_name, Person.infix, Person.last_name,
               Person.role)
        .join(Person, Person.id == Involvement.person_id)
        .where(Involvement.incident_id.in_(wanted), Involvement.part == Part.CAUSER)
        .order_by(Involvement.incident_id, Person.last_name, Person.first_name)
    ):
        causers[iid].append(full_name(first, infix, last))
        if role.label not in roles[iid]:
            roles[iid].append(role.label)
    articles: dict[int, list[str]] = defaultdict(list)
    for iid, code in session.execute(
        select(IncidentArticle.incident_id, IncidentArticle.code)
        .where(IncidentArticle.incident_id.in_(wanted))
        .order_by(IncidentArticle.incident_id, IncidentArticle.code)
    ):
        articles[iid].append(code)
    measures: dict[int, str] = {}
    for iid, kind, stage in session.execute(
        select(Measure.incident_id, Measure.kind, Measure.stage)
        .where(Measure.incident_id.in_(wanted))
        .order_by(Measure.incident_id, Measure.decided_on, Measure.id)
    ):
        measures[iid] = _measure_text(kind, stage.value)  # the latest wins
    tasks: dict[int, tuple[int, int]] = {}
    overdue = case((and_(Task.due_on.is_not(None), Task.due_on < today), 1), else_=0)
    for iid, count, late in session.execute(
        select(Task.incident_id, func.count(), func.sum(overdue))
        .where(Task.incident_id.in_(wanted), Task.done_on.is_(None))
        .group_by(Task.incident_id)
    ):
        tasks[iid] = (int(count), int(late or 0))
    rows: dict[int, RegisterRow] = {}
    for iid, code, reported_on, school, platform, status in session.execute(
        select(Incident.id, Incident.kenmerk, Incident.reported_on, School.name,
               Incident.platform, Incident.status)
        .join(School, School.id == Incident.school_id)
        .where(Incident.id.in_(wanted))
    ):
        open_count, late_count = tasks.get(iid, (0, 0))
        rows[iid] = RegisterRow(
            id=iid, kenmerk=code, reported_on=reported_on, school=school,
            causers=", ".join(causers.get(iid, [])), roles=", ".join(roles.get(iid, [])),
            platform=platform, articles=", ".join(articles.get(iid, [])),
            measure=measures.get(iid, ""), status=status, open_tasks=open_count,
            overdue_tasks=late_count,
        )
    return rows


def school_years(session: Session, today: date | None = None) -> list[SchoolYear]:
    """The school years that have incidents, and the current one; newest first."""
    current = SchoolYear.of(today or date.today())
    first, last = session.execute(
        select(func.min(Incident.reported_on), func.max(Incident.reported_on))
    ).one()
    start = SchoolYear.of(first).start_year if first else current.start_year
    end = max(SchoolYear.of(last).start_year if last else current.start_year,
              current.start_year)
    return [SchoolYear(year) for year in range(end, start - 1, -1)]


def count_incidents(session: Session) -> int:
    """All incidents, whatever the filter."""
    return int(session.scalar(select(func.count()).select_from(Incident)) or 0)


def school_choices(session: Session) -> list[tuple[int, str]]:
    """(id, name) of every school, by name, for the school filter."""
    return [(sid, name) for sid, name in session.execute(
        select(School.id, School.name).order_by(School.name))]


@dataclass(frozen=True)
class TaskRow:
    """One open task for the task list, ready to show."""

    id: int
    incident_id: int | None
    kenmerk: str
    school: str
    kind: str
    title: str
    person: str
    due_on: date | None


def open_task_rows(session: Session, school_id: int | None = None) -> list[TaskRow]:
    """Every open task across all cases, soonest first (tasks without a date last)."""
    query = (
        select(Task.id, Task.incident_id, Incident.kenmerk, School.name, Task.kind, Task.title,
               Person.first_name, Person.infix, Person.last_name, Task.due_on)
        .outerjoin(Incident, Incident.id == Task.incident_id)
        .outerjoin(School, School.id == Incident.school_id)
        .outerjoin(Person, Person.id == Task.person_id)
        .where(Task.done_on.is_(None))
        .order_by(Task.due_on.is_(None), Task.due_on, Task.id)
    )
    if school_id is not None:
        query = query.where(Incident.school_id == school_id)
    return [
        TaskRow(id=tid, incident_id=iid, kenmerk=code or "", school=school or "",
                kind=kind.value, title=title,
                person=full_name(first or "", infix or "", last or ""), due_on=due)
        for tid, iid, code, school, kind, title, first, infix, last, due in session.execute(query)
    ]


def count_open_tasks(session: Session, today: date) -> tuple[int, int]:
    """(open tasks, of which past their date) across all cases."""
    late = case((and_(Task.due_on.is_not(None), Task.due_on < today), 1), else_=0)
    total, overdue = session.execute(
        select(func.count(), func.sum(late)).select_from(Task).where(Task.done_on.is_(None))
    ).one()
    return int(total or 0), int(overdue or 0)
