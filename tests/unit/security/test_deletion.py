"""Verwijderen (AVG): only with a reason, everything about the person or case, logged by ids."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from skow_desk.domain.errors import DomainError, NotFound
from skow_desk.domain.measures import MeasureKind
from skow_desk.services.audit import AuditAction, verify
from skow_desk.services.deletion import delete_incident_avg, delete_person_avg
from skow_desk.services.incidents import ConversationInput, log_conversation
from skow_desk.services.measures import MeasureDecision, decide_measure
from skow_desk.store.models import (
    AuditEntry,
    Conversation,
    Evidence,
    Guardianship,
    Incident,
    Involvement,
    Letter,
    Measure,
    Person,
    Task,
)
from tests.factories import make_incident, make_school
from tests.unit.security.helpers import make_case


def _full_case(db):
    with db.transaction() as s:
        ids = make_case(s)
        log_conversation(s, ids["incident"], ConversationInput(
            held_on=date(2026, 11, 3), person_id=ids["pupil"], present="directeur, Daan",
            summary="Besproken.", follow_up_on=date(2026, 11, 17)))
        decide_measure(s, ids["incident"], MeasureDecision(
            person_id=ids["pupil"], kind=MeasureKind.SUSPENSION, decided_on=date(2026, 11, 4),
            reason="Filmpje verspreid", start_on=date(2026, 11, 5), end_on=date(2026, 11, 6)))
        school = s.get(Incident, ids["incident"]).school
        ids["other_incident"] = make_incident(s, school, s.get(Person, ids["pupil"])).id
    return ids


def _count(session, model, *where):
    return session.scalar(select(func.count()).select_from(model).where(*where))


def test_a_reason_is_required(db):
    ids = _full_case(db)
    with pytest.raises(DomainError, match="reden"), db.transaction() as s:
        delete_person_avg(s, ids["pupil"], "   ")
    with pytest.raises(NotFound), db.transaction() as s:
        delete_person_avg(s, 9999, "verzoek")


def test_delete_person_removes_them_and_cases_left_empty(db):
    ids = _full_case(db)
    with db.transaction() as s:
        summary = delete_person_avg(s, ids["pupil"], "verzoek van de ouders (AVG art. 17)")
    with db.transaction() as s:
        assert s.get(Person, ids["pupil"]) is None
        for model in (Involvement, Conversation, Measure, Task, Letter):
            assert _count(s, model, model.person_id == ids["pupil"]) == 0
        assert _count(s, Guardianship, Guardianship.pupil_id == ids["pupil"]) == 0
        # The shared case stays (the classmate is in it); the pupil's own case goes.
        assert s.get(Incident, ids["incident"]) is not None
        assert s.get(Evidence, ids["evidence"]) is not None
        assert s.get(Incident, ids["other_incident"]) is None
        entry = s.scalars(select(AuditEntry).where(
            AuditEntry.action == AuditAction.DELETE)).one()
    assert entry.summary == summary
    assert "verzoek van de ouders" in summary
    assert f"meldingen: 1 ({ids['other_incident']})" in summary
    assert "Berg" not in summary
    assert verify(db).ok


def test_delete_person_redacts_earlier_entries_about_them(db):
    ids = _full_case(db)
    with db.transaction() as s:
        delete_person_avg(s, ids["pupil"], "verzoek")
    with db.transaction() as s:
        about = list(s.scalars(select(AuditEntry).where(
            AuditEntry.person_id == ids["pupil"], AuditEntry.action != AuditAction.DELETE)))
    assert about and all(e.summary is None for e in about)


def test_delete_incident_removes_the_case_and_keeps_the_persons(db):
    ids = _full_case(db)
    with db.transaction() as s:
        summary = delete_incident_avg(s, ids["incident"], "ten onrechte geregistreerd")
    with db.transaction() as s:
        assert s.get(Incident, ids["incident"]) is None
        assert s.get(Letter, ids["letter"]) is None
        assert s.get(Person, ids["pupil"]) is not None
        assert _count(s, Task, Task.incident_id == ids["incident"]) == 0
    assert summary.startswith("verwijderen (AVG) van melding 04XY-2627-001: ten onrechte")
    assert "bewijsstukken: 1" in summary
    assert verify(db).ok


def test_a_failed_deletion_removes_nothing(db):
    with db.transaction() as s:
        school = make_school(s)
        incident_id = make_incident(s, school).id
    with pytest.raises(DomainError), db.transaction() as s:
        delete_incident_avg(s, incident_id, "")
    with db.transaction() as s:
        assert s.get(Incident, incident_id) is not None
