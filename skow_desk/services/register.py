"""The register of incidents: the ordered ids for a filter, and the display rows for a block.

The window's table model holds only ids (Anki's browser table): one query returns every id
for the current filter in the current order — filtering and sorting happen here, in SQL —
and the rows are fetched in blocks as they scroll into view. With 100,000 incidents the id
query must stay well under 50 ms per keystroke in the search box.

The queries are plain SQL on a DBAPI connection (the window's
:attr:`skow_desk.store.db.Database.reader`): the register is the first screen, and it paints
before SQLAlchemy is imported; plain cursors also save ~10 ms a block of 200 rows.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from skow_desk.domain.enums import IncidentStatus, Part, Role
from skow_desk.domain.measures import MeasureKind
from skow_desk.domain.names import full_name
from skow_desk.domain.schoolyear import SchoolYear
from skow_desk.domain.search import search_words
from skow_desk.store.queries.schools import school_choices as school_choices
from skow_desk.store.queries.tasks import TaskRow as TaskRow
from skow_desk.store.queries.tasks import count_open_tasks as count_open_tasks
from skow_desk.store.queries.tasks import open_task_rows as open_task_rows

Connection = Any
"""A DBAPI connection (sqlite3 / sqlcipher3), such as ``Database.reader``."""


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
    found: str = ""
    """While searching: why the row matched when its causers do not show it (a harmed
    person, a reporter or a witness with their part, or the description)."""


def _like_pattern(word: str) -> str:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _conditions(flt: RegisterFilter) -> tuple[list[str], list[Any]]:
    """The WHERE terms and their parameters.

    A search word is one ``LIKE`` on the incident's search text (folded kenmerk, platform,
    description, names): the folding happened when the incident was saved
    (skow_desk.store.search_text), so no per-row lower-casing, joins or name subqueries.
    """
    terms: list[str] = []
    params: list[Any] = []
    if flt.year is not None:
        terms.append("incident.reported_on BETWEEN ? AND ?")
        params += [flt.year.first_day.isoformat(), flt.year.last_day.isoformat()]
    if flt.school_id is not None:
        terms.append("incident.school_id = ?")
        params.append(flt.school_id)
    if flt.status is not None:
        terms.append("incident.status = ?")
        params.append(flt.status.value)
    if flt.role is not None:
        terms.append(
            "EXISTS (SELECT 1 FROM involvement JOIN person ON person.id = involvement.person_id"
            " WHERE involvement.incident_id = incident.id AND involvement.part = ?"
            " AND person.role = ?)")
        params += [Part.CAUSER.value, flt.role.value]
    for word in search_words(flt.search):
        terms.append("incident.search_text LIKE ? ESCAPE '\\'")
        params.append(_like_pattern(word))
    return terms, params


def _causer_subquery(expression: str) -> tuple[str, list[Any]]:
    return (f"(SELECT min({expression}) FROM involvement"
            " JOIN person ON person.id = involvement.person_id"
            " WHERE involvement.incident_id = incident.id AND involvement.part = ?)",
            [Part.CAUSER.value])


def _sort_expression(key: SortKey) -> tuple[str, list[Any]]:
    if key is SortKey.KENMERK:  # numbers by value: -034 before -3018
        return "nl_sort(incident.kenmerk)", []
    if key is SortKey.REPORTED_ON:
        return "incident.reported_on", []
    if key is SortKey.SCHOOL:
        return ("(SELECT nl_sort(school.name) FROM school WHERE school.id = incident.school_id)",
                [])
    if key is SortKey.CAUSERS:  # in Dutch order (nl_sort): Öztürk with the O's
        return _causer_subquery("nl_sort(person.last_name || ' ' || person.first_name)")
    if key is SortKey.ROLE:
        return _causer_subquery("person.role")
    if key is SortKey.PLATFORM:
        return "incident.platform", []
    if key is SortKey.ARTICLES:
        return ("(SELECT group_concat(incident_article.code, ',') FROM incident_article"
                " WHERE incident_article.incident_id = incident.id)", [])
    if key is SortKey.MEASURE:
        whens = " ".join("WHEN ? THEN ?" for _ in MEASURE_SEVERITY)
        params: list[Any] = [v for kind, rank in MEASURE_SEVERITY.items()
                             for v in (kind.value, rank)]
        return (f"(SELECT max(CASE measure.kind {whens} ELSE 0 END) FROM measure"
                " WHERE measure.incident_id = incident.id)", params)
    if key is SortKey.STATUS:
        return "incident.status", []
    return ("(SELECT count(*) FROM task"
            " WHERE task.incident_id = incident.id AND task.done_on IS NULL)", [])


def ids_sql(flt: RegisterFilter, sort: SortKey = SortKey.REPORTED_ON,
            descending: bool = True) -> tuple[str, list[Any]]:
    """The statement for the ordered ids and its parameters (for tests and ``EXPLAIN``)."""
    terms, params = _conditions(flt)
    expression, sort_params = _sort_expression(sort)
    direction = "DESC" if descending else "ASC"
    where = f" WHERE {' AND '.join(terms)}" if terms else ""
    sql = (f"SELECT incident.id FROM incident{where}"
           f" ORDER BY {expression} {direction}, incident.id {direction}")
    return sql, params + sort_params


def incident_ids(conn: Connection, flt: RegisterFilter, sort: SortKey = SortKey.REPORTED_ON,
                 descending: bool = True, limit: int | None = None) -> list[int]:
    """Every incident id matching ``flt`` (or the first ``limit``), in the asked order (ties
    broken by id, so the first ``limit`` are always the start of the whole list)."""
    sql, params = ids_sql(flt, sort, descending)
    if limit is not None:
        sql, params = f"{sql} LIMIT ?", [*params, limit]
    return [row[0] for row in conn.execute(sql, params).fetchall()]


def _measure_text(kind: MeasureKind, stage: str) -> str:
    return f"Voornemen: {kind.value}" if stage == "voornemen" else kind.label


def _in(ids: Sequence[int]) -> str:
    return ",".join("?" * len(ids))


def _found(conn: Connection, wanted: list[int], marks: str,
           words: list[str]) -> dict[int, str]:
    """Per incident, where the search words were found other than in its causers' names."""
    from skow_desk.domain.search import search_text

    people: dict[int, list[tuple[str, str, str]]] = defaultdict(list)
    for iid, first, infix, last, part in conn.execute(
        "SELECT involvement.incident_id, person.first_name, person.infix, person.last_name,"
        " involvement.part FROM involvement JOIN person ON person.id = involvement.person_id"
        f" WHERE involvement.incident_id IN ({marks})"
        " ORDER BY involvement.incident_id, nl_sort(person.last_name)", wanted,
    ):
        people[iid].append((full_name(first, infix, last), search_text("", "", "", [
            (first, infix, last)]), part))
    found: dict[int, str] = {}
    for iid, code, platform, description in conn.execute(
        "SELECT id, kenmerk, platform, description FROM incident"
        f" WHERE id IN ({marks})", wanted,
    ):
        reasons: list[str] = []
        for word in words:
            persons = [(name, part) for name, folded, part in people[iid] if word in folded]
            if any(part == Part.CAUSER.value for _name, part in persons):
                continue  # the causer's name is in the row already
            if persons:
                reasons += [f"{name} ({Part(part).value})" for name, part in persons]
            elif word in search_text(code, "", "", []):
                reasons.append("kenmerk")
            elif word in search_text("", platform, "", []):
                reasons.append("platform")
            elif word in search_text("", "", description, []):
                reasons.append("omschrijving")
        if reasons:
            found[iid] = ", ".join(dict.fromkeys(reasons))
    return found


def fetch_rows(conn: Connection, ids: Sequence[int], today: date | None = None,
               search: str = "") -> dict[int, RegisterRow]:
    """The display rows for ``ids`` (one block), keyed by id; missing ids are left out.

    With ``search``: each row also says where the words were found when its causers'
    names do not show it (:attr:`RegisterRow.found`).
    """
    if not ids:
        return {}
    today = today or date.today()
    wanted = list(ids)
    marks = _in(wanted)
    causers: dict[int, list[str]] = defaultdict(list)
    roles: dict[int, list[str]] = defaultdict(list)
    for iid, first, infix, last, role in conn.execute(
        "SELECT involvement.incident_id, person.first_name, person.infix, person.last_name,"
        " person.role FROM involvement JOIN person ON person.id = involvement.person_id"
        f" WHERE involvement.incident_id IN ({marks}) AND involvement.part = ?"
        " ORDER BY involvement.incident_id, nl_sort(person.last_name),"
        " nl_sort(person.first_name)",
        [*wanted, Part.CAUSER.value],
    ):
        causers[iid].append(full_name(first, infix, last))
        label = Role(role).label
        if label not in roles[iid]:
            roles[iid].append(label)
    articles: dict[int, list[str]] = defaultdict(list)
    for iid, code in conn.execute(
        "SELECT incident_id, code FROM incident_article"
        f" WHERE incident_id IN ({marks}) ORDER BY incident_id, code", wanted,
    ):
        articles[iid].append(code)
    measures: dict[int, str] = {}
    for iid, kind, stage in conn.execute(
        "SELECT incident_id, kind, stage FROM measure"
        f" WHERE incident_id IN ({marks}) AND status = 'geldig'"
        " ORDER BY incident_id, decided_on, id", wanted,
    ):
        measures[iid] = _measure_text(MeasureKind(kind), stage)  # the latest wins
    tasks: dict[int, tuple[int, int]] = {}
    for iid, count, late in conn.execute(
        "SELECT incident_id, count(*),"
        " sum(CASE WHEN due_on IS NOT NULL AND due_on < ? THEN 1 ELSE 0 END) FROM task"
        # "+done_on": look the block's tasks up by incident, not every open task by date.
        f" WHERE incident_id IN ({marks}) AND +done_on IS NULL GROUP BY incident_id",
        [today.isoformat(), *wanted],
    ):
        tasks[iid] = (int(count), int(late or 0))
    words = search_words(search)
    found = _found(conn, wanted, marks, words) if words else {}
    rows: dict[int, RegisterRow] = {}
    for iid, code, reported_on, school, platform, status in conn.execute(
        "SELECT incident.id, incident.kenmerk, incident.reported_on, school.name,"
        " incident.platform, incident.status FROM incident"
        " JOIN school ON school.id = incident.school_id"
        f" WHERE incident.id IN ({marks})", wanted,
    ):
        open_count, late_count = tasks.get(iid, (0, 0))
        rows[iid] = RegisterRow(
            id=iid, kenmerk=code, reported_on=date.fromisoformat(reported_on), school=school,
            causers=", ".join(causers.get(iid, [])), roles=", ".join(roles.get(iid, [])),
            platform=platform, articles=", ".join(articles.get(iid, [])),
            measure=measures.get(iid, ""), status=IncidentStatus(status),
            open_tasks=open_count, overdue_tasks=late_count, found=found.get(iid, ""),
        )
    return rows


def school_years(conn: Connection, today: date | None = None) -> list[SchoolYear]:
    """The school years that have incidents, and the current one; newest first."""
    current = SchoolYear.of(today or date.today())
    # Two queries: SQLite reads one end of the date index for a lone min() or max(), but
    # scans every incident for both in one statement (~25 ms at 100,000).
    first = conn.execute("SELECT min(reported_on) FROM incident").fetchone()[0]
    last = conn.execute("SELECT max(reported_on) FROM incident").fetchone()[0]
    start = SchoolYear.of(date.fromisoformat(first)).start_year if first else current.start_year
    end = max(SchoolYear.of(date.fromisoformat(last)).start_year if last
              else current.start_year, current.start_year)
    return [SchoolYear(year) for year in range(end, start - 1, -1)]
