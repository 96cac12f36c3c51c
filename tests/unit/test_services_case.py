"""Services: one transaction each; refusals store nothing; rules add tasks."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from skow_desk.domain.enums import IncidentStatus, Part, Role, Stage, TaskKind
from skow_desk.domain.errors import DomainError, RuleViolation
from skow_desk.domain.measures import MeasureKind
from skow_desk.services.incidents import (
    ConversationInput,
    add_evidence,
    close_case,
    involve_person,
    log_conversation,
    record_consultation,
)
from skow_desk.services.measures import MeasureDecision, decide_measure, record_response
from skow_desk.store.models import Incident, Measure, Task
from tests.factories import make_incident, make_person, make_pupil_with_parents, make_school


def test_pupil_suspension_three_days_creates_inspection_task(db):
    with db.transaction() as s:
        school = make_school(s)
        pupil = make_pupil_with_parents(s, school)
        incident = make_incident(s, school, pupil)
        log_conversation(s, incident.id, ConversationInput(
            held_on=date(2026, 11, 3), person_id=pupil.id, present="directeur, Daan, ouders",
            summary="Het filmpje besproken."))
        decide_measure(s, incident.id, MeasureDecision(
            person_id=pupil.id, kind=MeasureKind.SUSPENSION, decided_on=date(2026, 11, 4),
            reason="Filmpje van klasgenoot verspreid", start_on=date(2026, 11, 5),
            end_on=date(2026, 11, 9)))
        incident_id = incident.id
    with db.transaction() as s:
        tasks = s.scalars(select(Task).where(Task.incident_id == incident_id)).all()
        kinds = {t.kind for t in tasks}
        assert TaskKind.INSPECTION_NOTICE in kinds
        objection = next(t for t in tasks if t.kind is TaskKind.OBJECTION_TERM)
        assert objection.due_on == date(2026, 12, 16)  # 4 Nov + 6 weeks
        measure = s.scalars(select(Measure)).one()
        assert measure.school_days == 3


def test_six_day_suspension_is_refused_and_nothing_stored(db):
    with db.transaction() as s:
        school = make_school(s)
        pupil = make_person(s, school)
        incident_id = make_incident(s, school, pupil).id
    with pytest.raises(RuleViolation, match="ten hoogste 5 schooldagen"), db.transaction() as s:
        decide_measure(s, incident_id, MeasureDecision(
            person_id=pupil.id, kind=MeasureKind.SUSPENSION, decided_on=date(2026, 11, 4),
            reason="x", start_on=date(2026, 11, 5), end_on=date(2026, 11, 12)))
    with db.transaction() as s:
        assert s.scalar(select(func.count()).select_from(Measure)) == 0
        assert s.scalar(select(func.count()).select_from(Task)) == 0


def test_staff_only_article_refused_for_pupil(db):
    with db.transaction() as s:
        school = make_school(s)
        pupil = make_person(s, school)
        incident = make_incident(s, school, None, articles=("B4",))
        with pytest.raises(DomainError, match="alleen voor medewerkers"):
            involve_person(s, incident.id, pupil.id, Part.CAUSER)


def test_berisping_needs_intent_then_response_term(db):
    with db.transaction() as s:
        school = make_school(s)
        teacher = make_person(s, school, Role.STAFF, "Berg", first_name="Jan",
                              infix="van der", group_or_function="leerkracht groep 5")
        incident = make_incident(s, school, teacher, articles=("B4",))
        with pytest.raises(RuleViolation, match="twee stappen"):
            decide_measure(s, incident.id, MeasureDecision(
                person_id=teacher.id, kind=MeasureKind.REPRIMAND,
                decided_on=date(2026, 11, 3), reason="Discussie met ouders op Facebook"))
        intent = decide_measure(s, incident.id, MeasureDecision(
            person_id=teacher.id, kind=MeasureKind.REPRIMAND, stage=Stage.INTENT,
            decided_on=date(2026, 11, 3), reason="Discussie met ouders op Facebook"))
        response = next(t for t in incident.tasks if t.kind is TaskKind.RESPONSE_TERM)
        assert response.due_on == date(2026, 11, 24)
        with pytest.raises(RuleViolation, match="zienswijze loopt nog"):
            decide_measure(s, incident.id, MeasureDecision(
                person_id=teacher.id, kind=MeasureKind.REPRIMAND,
                decided_on=date(2026, 11, 10), reason="x"))
        record_response(s, intent.id, date(2026, 11, 12), "schriftelijk",
                        "Ik had het niet zo bedoeld.", "De uitleg verandert de ernst niet.",
                        today=date(2026, 11, 12))
        decision = decide_measure(s, incident.id, MeasureDecision(
            person_id=teacher.id, kind=MeasureKind.REPRIMAND,
            decided_on=date(2026, 11, 13), reason="Discussie met ouders op Facebook"))
        assert decision.intent_id == intent.id
        assert response.done_on == date(2026, 11, 12)


def test_removal_creates_truancy_task_at_once(db):
    with db.transaction() as s:
        school = make_school(s)
        pupil = make_person(s, school)
        incident = make_incident(s, school, pupil)
        intent = decide_measure(s, incident.id, MeasureDecision(
            person_id=pupil.id, kind=MeasureKind.REMOVAL, stage=Stage.INTENT,
            decided_on=date(2026, 11, 5), reason="Herhaald ernstig bedreigen"))
        decide_measure(s, incident.id, MeasureDecision(
            person_id=pupil.id, kind=MeasureKind.REMOVAL, decided_on=date(2026, 11, 27),
            reason="Herhaald ernstig bedreigen", intent_id=intent.id))
        truancy = [t for t in incident.tasks if t.kind is TaskKind.TRUANCY_OFFICER]
        assert len(truancy) == 1 and truancy[0].due_on == date(2026, 11, 27)
        assert truancy[0].required


def test_measure_only_for_causer_and_close_case(db):
    with db.transaction() as s:
        school = make_school(s)
        pupil = make_person(s, school)
        other = make_person(s, school, last_name="Kowalczyk", first_name="Łukasz")
        incident = make_incident(s, school, pupil)
        with pytest.raises(DomainError, match="veroorzaker"):
            decide_measure(s, incident.id, MeasureDecision(
                person_id=other.id, kind=MeasureKind.WARNING, decided_on=date(2026, 11, 4)))
        record_consultation(s, incident.id, date(2026, 11, 3), "H. ter Horst", "Waarschuwing")
        evidence = add_evidence(s, incident.id, "screenshot.png", b"\x89PNG fake")
        assert len(evidence.sha256) == 64
        decide_measure(s, incident.id, MeasureDecision(
            person_id=pupil.id, kind=MeasureKind.WARNING, decided_on=date(2026, 11, 4)))
        assert close_case(s, incident.id, date(2026, 11, 6)) == []
        assert s.get(Incident, incident.id).status is IncidentStatus.CLOSED


def test_kenmerk_per_school_and_year(db):
    with db.transaction() as s:
        school = make_school(s)
        first = make_incident(s, school, reported_on=date(2026, 7, 31))
        second = make_incident(s, school, reported_on=date(2026, 8, 1))
        third = make_incident(s, school, reported_on=date(2026, 9, 1))
        assert first.kenmerk == "04XY-2526-001"
        assert second.kenmerk == "04XY-2627-001"
        assert third.kenmerk == "04XY-2627-002"
