"""The start-up path (plain SQL on ``Database.reader``) and the services (a session) read schools,
settings and tasks with the same queries (store/queries), and write the audit trail one way."""

from __future__ import annotations

from datetime import date
from typing import Any

from skow_desk.domain.enums import Denomination, Sector, TaskKind
from skow_desk.services.audit import AuditAction, record, verify
from skow_desk.services.case_queries import school_choices as dialog_schools
from skow_desk.services.foundation import get_setting, set_setting
from skow_desk.services.register import open_task_rows
from skow_desk.services.register import school_choices as filter_schools
from skow_desk.services.tasks import add_task
from skow_desk.store.audit_chain import USER_NAME_SETTING, actor_name, record_login
from skow_desk.store.models import AuditEntry, School
from skow_desk.store.queries import connection_of
from skow_desk.store.queries.settings import read_setting, read_settings
from skow_desk.store.queries.tasks import TaskRow
from tests.factories import make_school


def _schools(db: Any) -> None:
    with db.transaction() as session:
        make_school(session, "04XY", name="Ökumenische school")
        for brin, name in (("05AB", "Het Anker"), ("06CD", "basisschool Zee")):
            session.add(School(brin=brin, name=name, sector=Sector.PO,
                               denomination=Denomination.PUBLIC))


def test_the_dialogs_and_the_filters_list_the_schools_alike_in_dutch_order(db: Any) -> None:
    _schools(db)
    with db.transaction() as session:
        from_session = [(s.id, s.name) for s in dialog_schools(session)]
    from_reader = filter_schools(db.reader)
    assert from_session == from_reader
    assert [name for _id, name in from_reader] == [
        "basisschool Zee", "Het Anker", "Ökumenische school"]


def test_a_setting_reads_the_same_in_a_session_and_on_the_reader(db: Any) -> None:
    with db.transaction() as session:
        assert get_setting(session, "brief.venster_links_mm", "35") == "35"
        set_setting(session, "brief.venster_links_mm", "30")
        # the session's own write is seen before it commits
        assert get_setting(session, "brief.venster_links_mm") == "30"
        assert read_settings(connection_of(session), ["brief.venster_links_mm", "x"]) == {
            "brief.venster_links_mm": "30"}
    assert read_setting(db.reader, "brief.venster_links_mm") == "30"
    assert read_settings(db.reader, []) == {}


def test_the_task_list_and_the_case_share_one_task_row(db: Any) -> None:
    from skow_desk.services.case_queries import TaskRow as CaseTaskRow
    from skow_desk.services.register import TaskRow as ListTaskRow

    assert CaseTaskRow is ListTaskRow is TaskRow
    with db.transaction() as session:
        add_task(session, None, TaskKind.OTHER, "Ouders terugbellen", date(2026, 12, 1))
    [row] = open_task_rows(db.reader)
    assert (row.title, row.kind, row.due_on, row.done_on, row.required) == (
        "Ouders terugbellen", TaskKind.OTHER, date(2026, 12, 1), None, False)


def test_the_login_and_the_services_write_one_chain_with_the_same_actor(db: Any) -> None:
    with db.transaction() as session:
        set_setting(session, USER_NAME_SETTING, "J. de Vries")
        before = max(e.id for e in session.query(AuditEntry))
    record_login(db.reader, "wachtwoord")
    with db.transaction() as session:
        record(session, AuditAction.EXPORT, "incident", 1, None, "proef")
    with db.transaction() as session:
        written = [(e.action, e.actor) for e in session.query(AuditEntry).filter(
            AuditEntry.id > before).order_by(AuditEntry.id)]
    assert written == [(AuditAction.LOGIN, actor_name("J. de Vries")),
                       (AuditAction.EXPORT, actor_name("J. de Vries"))]
    assert verify(db).ok
