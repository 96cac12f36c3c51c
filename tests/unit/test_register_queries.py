"""The register's SQL: ordered ids per filter and sort, display rows per block, task rows."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from skow_desk.domain.enums import IncidentStatus, Part, Role, TaskKind
from skow_desk.domain.schoolyear import SchoolYear
from skow_desk.services.incidents import involve_person
from skow_desk.services.register import (
    RegisterFilter,
    SortKey,
    count_open_tasks,
    fetch_rows,
    ids_sql,
    incident_ids,
    open_task_rows,
    school_choices,
    school_years,
)
from skow_desk.services.tasks import add_task
from skow_desk.store.models import Incident, Involvement, Person, Task
from tests.conftest import TODAY
from tests.factories import make_incident, make_person, make_school

YEAR = SchoolYear.of(TODAY)


def _ids(db: Any, flt: RegisterFilter, sort: SortKey = SortKey.REPORTED_ON,
         descending: bool = True) -> list[int]:
    return incident_ids(db.reader, flt, sort, descending)


def test_default_order_is_newest_first_within_the_year(demo_db: Any) -> None:
    ids = _ids(demo_db, RegisterFilter(year=YEAR))
    with demo_db.sessions() as session:
        dates = {i.id: i.reported_on for i in session.scalars(select(Incident))}
    assert ids
    assert all(YEAR.contains(dates[i]) for i in ids)
    shown = [(dates[i], i) for i in ids]
    assert shown == sorted(shown, reverse=True)
    assert len(_ids(demo_db, RegisterFilter())) == len(dates)


@pytest.mark.parametrize("key", list(SortKey))
@pytest.mark.parametrize("descending", [False, True])
def test_every_column_sorts_in_sql_and_keeps_the_same_rows(
        demo_db: Any, key: SortKey, descending: bool) -> None:
    flt = RegisterFilter(year=YEAR.previous())
    ids = _ids(demo_db, flt, key, descending)
    assert sorted(ids) == sorted(_ids(demo_db, flt))
    sql, params = ids_sql(flt, key, descending)
    assert "ORDER BY" in sql
    plan = demo_db.reader.execute(f"EXPLAIN QUERY PLAN {sql}", params).fetchall()
    assert plan  # the statement is valid SQL for these parameters


def test_sorting_matches_the_displayed_values(demo_db: Any) -> None:
    flt = RegisterFilter(year=YEAR.previous())
    for key, attr in ((SortKey.KENMERK, "kenmerk"), (SortKey.REPORTED_ON, "reported_on"),
                      (SortKey.PLATFORM, "platform"), (SortKey.OPEN_TASKS, "open_tasks")):
        ids = _ids(demo_db, flt, key, descending=False)
        rows = fetch_rows(demo_db.reader, ids, TODAY)
        values = [getattr(rows[i], attr) for i in ids]
        assert values == sorted(values), key


def test_filters_school_status_and_role(demo_db: Any) -> None:
    with demo_db.sessions() as session:
        school_id = school_choices(demo_db.reader)[0][0]
        incidents = list(session.scalars(select(Incident)))
        causer_roles: dict[int, set[Role]] = {}
        for inv in session.scalars(select(Involvement).where(Involvement.part == Part.CAUSER)):
            causer_roles.setdefault(inv.incident_id, set()).add(inv.person.role)
    by_school = _ids(demo_db, RegisterFilter(school_id=school_id))
    assert sorted(by_school) == sorted(i.id for i in incidents if i.school_id == school_id)
    closed = _ids(demo_db, RegisterFilter(status=IncidentStatus.CLOSED))
    assert sorted(closed) == sorted(i.id for i in incidents
                                    if i.status is IncidentStatus.CLOSED)
    staff = _ids(demo_db, RegisterFilter(role=Role.STAFF))
    assert staff
    assert sorted(staff) == sorted(i for i, roles in causer_roles.items()
                                   if Role.STAFF in roles)


def test_search_matches_kenmerk_name_platform_and_text(demo_db: Any) -> None:
    with demo_db.sessions() as session:
        incident = session.scalars(select(Incident).order_by(Incident.id)).first()
        assert incident is not None
        causer = next(inv.person for inv in incident.involvements if inv.part is Part.CAUSER)
        code, platform = incident.kenmerk, incident.platform
    assert incident.id in _ids(demo_db, RegisterFilter(search=code.lower()))
    assert _ids(demo_db, RegisterFilter(search=code)) == [incident.id]
    assert incident.id in _ids(demo_db, RegisterFilter(search=causer.last_name.upper()))
    assert incident.id in _ids(demo_db, RegisterFilter(
        search=f"{causer.first_name} {causer.last_name}"))
    assert incident.id in _ids(demo_db, RegisterFilter(search=platform))
    assert _ids(demo_db, RegisterFilter(search="zzzqqq-niets")) == []


def test_search_ignores_case_of_accented_letters_and_escapes_like(db: Any) -> None:
    with db.transaction() as session:
        school = make_school(session)
        pupil = make_person(session, school, Role.PUPIL, "Öztürk", first_name="Şükrü")
        incident = make_incident(session, school, pupil, reported_on=date(2026, 11, 2))
        other = make_incident(session, school, None, reported_on=date(2026, 11, 3))
        other.description = "Reactie met 100% zekerheid_niet"
    for text in ("öztürk", "ÖZTÜRK", "Öztürk", "şükrü", "ztü"):
        assert _ids(db, RegisterFilter(search=text)) == [incident.id], text
    assert _ids(db, RegisterFilter(search="100%")) == [other.id]
    assert _ids(db, RegisterFilter(search="%")) == [other.id]
    assert _ids(db, RegisterFilter(search="heid_n")) == [other.id]
    assert _ids(db, RegisterFilter(search="he_d")) == []  # "_" is no wildcard


def test_fetch_rows_shows_causers_articles_measure_and_tasks(db: Any) -> None:
    with db.transaction() as session:
        school = make_school(session)
        pupil = make_person(session, school, Role.PUPIL, "Berg", first_name="Daan",
                            infix="van den")
        harmed = make_person(session, school, Role.PUPIL, "Jansen", first_name="Eva")
        incident = make_incident(session, school, pupil, articles=("A7", "A5"))
        involve_person(session, incident.id, harmed.id, Part.HARMED)
        add_task(session, incident.id, TaskKind.FOLLOW_UP, "Vervolggesprek",
                 TODAY - timedelta(days=1))
        add_task(session, incident.id, TaskKind.OTHER, "Ouders bellen", TODAY + timedelta(3))
        iid = incident.id
    row = fetch_rows(db.reader, [iid, 999_999], TODAY)[iid]
    assert fetch_rows(db.reader, [], TODAY) == {}
    assert row.causers == "Daan van den Berg"
    assert row.roles == "Leerling"
    assert row.articles == "A5, A7"
    assert row.measure == ""
    assert (row.open_tasks, row.overdue_tasks) == (2, 1)
    assert row.status is IncidentStatus.OPEN
    assert row.school == "Basisschool De Regenboog"


def test_school_years_include_the_current_year_newest_first(demo_db: Any, db: Any) -> None:
    years = school_years(demo_db.reader, TODAY)
    assert years[0] == YEAR
    assert years == sorted(years, reverse=True)
    assert len(years) == 3
    assert school_years(db.reader, TODAY) == [YEAR]


def test_open_task_rows_soonest_first_and_counts(demo_db: Any) -> None:
    with demo_db.sessions() as session:
        rows = open_task_rows(demo_db.reader)
        total, late = count_open_tasks(demo_db.reader, TODAY)
        stored = session.scalars(select(Task).where(Task.done_on.is_(None))).all()
        first_school = school_choices(demo_db.reader)[0][0]
        mine = open_task_rows(demo_db.reader, first_school)
        person_names = {p.id: p.last_name for p in session.scalars(select(Person))}
    assert len(rows) == total == len(stored)
    assert late == sum(1 for t in stored if t.due_on is not None and t.due_on < TODAY)
    dated = [r.due_on for r in rows if r.due_on is not None]
    assert dated == sorted(dated)
    assert all(r.due_on is None for r in rows[len(dated):])
    assert {r.id for r in mine} <= {r.id for r in rows}
    assert any(r.person for r in rows)
    assert person_names
