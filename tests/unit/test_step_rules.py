"""Date rules for the steps of a case (domain/rules.py): zienswijze, decision, staff order
suspension."""

from __future__ import annotations

from datetime import date

import pytest

from skow_desk.domain.enums import Role, Stage, TaskKind
from skow_desk.domain.errors import RuleViolation
from skow_desk.domain.measures import MeasureKind
from skow_desk.domain.rules import MeasureInput, assess_measure, check_response

INTENT = date(2026, 11, 3)
DUE = date(2026, 11, 24)
TODAY = date(2026, 11, 26)


def test_a_zienswijze_dated_in_the_future_is_refused():
    with pytest.raises(RuleViolation, match="in de toekomst"):
        check_response(INTENT, DUE, date(2026, 11, 27), "schriftelijk", "Tekst", TODAY)


def test_a_zienswijze_before_the_intention_is_refused():
    with pytest.raises(RuleViolation, match="vóór het voornemen"):
        check_response(INTENT, DUE, date(2026, 11, 2), "schriftelijk", "Tekst", TODAY)


def test_geen_zienswijze_only_after_the_term():
    with pytest.raises(RuleViolation, match="loopt nog tot en met 24 november 2026"):
        check_response(INTENT, DUE, DUE, "geen", "", TODAY)
    check_response(INTENT, DUE, date(2026, 11, 25), "geen", "", TODAY)


def test_a_zienswijze_needs_its_content():
    with pytest.raises(RuleViolation, match="inhoud van de zienswijze"):
        check_response(INTENT, DUE, date(2026, 11, 12), "mondeling", " ", TODAY)


def _decision(decided_on: date, **kw: object) -> MeasureInput:
    values: dict[str, object] = dict(
        role=Role.STAFF, kind=MeasureKind.REPRIMAND, decided_on=decided_on, reason="Reden",
        has_intent=True, intent_on=INTENT, intent_response_due=DUE)
    values.update(kw)
    return MeasureInput(**values)  # type: ignore[arg-type]


def test_a_decision_on_the_day_of_the_intention_is_refused():
    with pytest.raises(RuleViolation, match="niet op of vóór de dag van het voornemen"):
        assess_measure(_decision(INTENT, response_received=True,
                                 response_received_on=INTENT, response_mode="mondeling",
                                 weighed=True))


def test_a_decision_before_the_term_ends_needs_an_earlier_zienswijze_that_was_weighed():
    with pytest.raises(RuleViolation, match="loopt nog tot en met"):
        assess_measure(_decision(date(2026, 11, 13)))
    with pytest.raises(RuleViolation, match="gewogen"):
        assess_measure(_decision(date(2026, 11, 13), response_received=True,
                                 response_received_on=date(2026, 11, 12),
                                 response_mode="schriftelijk"))
    assess_measure(_decision(date(2026, 11, 13), response_received=True,
                             response_received_on=date(2026, 11, 12),
                             response_mode="schriftelijk", weighed=True))
    with pytest.raises(RuleViolation, match="na de datum van het besluit"):
        assess_measure(_decision(date(2026, 11, 13), response_received=True,
                                 response_received_on=date(2026, 11, 14),
                                 response_mode="schriftelijk", weighed=True))


def test_after_the_term_a_decision_is_allowed():
    assess_measure(_decision(date(2026, 11, 25)))


def _staff_suspension(**kw: object) -> MeasureInput:
    values: dict[str, object] = dict(
        role=Role.STAFF, kind=MeasureKind.SUSPENSION, decided_on=date(2026, 10, 28),
        reason="Onderzoek naar berichten", start_on=date(2026, 10, 28),
        end_on=date(2026, 11, 10))
    values.update(kw)
    return MeasureInput(**values)  # type: ignore[arg-type]


def test_staff_suspension_is_an_order_measure_without_intention():
    outcome = assess_measure(_staff_suspension())
    assert outcome.warnings == ()
    with pytest.raises(RuleViolation, match="geen voornemen"):
        assess_measure(_staff_suspension(stage=Stage.INTENT))


def test_staff_suspension_never_starts_before_its_decision():
    with pytest.raises(RuleViolation, match="niet ingaan vóór de datum van het besluit"):
        assess_measure(_staff_suspension(start_on=date(2026, 10, 8),
                                         end_on=date(2026, 10, 21)))


def test_staff_suspension_warns_past_four_weeks_and_without_hearing():
    outcome = assess_measure(_staff_suspension(end_on=date(2026, 12, 31), heard=False))
    assert any("vier weken" in w for w in outcome.warnings)
    assert any("hoor de betrokkene" in w for w in outcome.warnings)


def test_vo_removal_intention_asks_to_consult_the_inspectie_before_the_decision():
    from skow_desk.domain.enums import Sector, TaskKind

    def removal(sector: Sector, stage: Stage) -> list[tuple[TaskKind, str]]:
        outcome = assess_measure(MeasureInput(
            role=Role.PUPIL, kind=MeasureKind.REMOVAL, decided_on=INTENT, stage=stage,
            reason="Herhaald bedreigen", sector=sector))
        return [(t.kind, t.title) for t in outcome.tasks]

    assert (TaskKind.INSPECTION_NOTICE, "Overleg met de Inspectie vóór het besluit tot "
            "verwijdering") in removal(Sector.VO, Stage.INTENT)
    assert all(k is not TaskKind.INSPECTION_NOTICE for k, _ in removal(Sector.PO, Stage.INTENT))
    assert all(k is not TaskKind.INSPECTION_NOTICE
               for k, _ in removal(Sector.VO, Stage.DECISION))
    assert any(k is TaskKind.INSPECTION_NOTICE for k, _ in removal(Sector.PO, Stage.DECISION))


def test_recorded_steps_cannot_lie_in_the_future(db):
    from datetime import timedelta

    from skow_desk.services.incidents import (
        ConversationInput,
        log_conversation,
        record_consultation,
    )
    from skow_desk.services.tasks import complete_task
    from skow_desk.store.models import Task
    from tests.factories import make_incident, make_person, make_school

    tomorrow = date.today() + timedelta(days=1)
    with db.transaction() as s:
        school = make_school(s)
        pupil = make_person(s, school)
        incident = make_incident(s, school, pupil)
        with pytest.raises(RuleViolation, match="het gesprek .* ligt in de toekomst"):
            log_conversation(s, incident.id, ConversationInput(
                held_on=tomorrow, person_id=pupil.id, present="ouders", summary="x"))
        with pytest.raises(RuleViolation, match="het overleg .* ligt in de toekomst"):
            record_consultation(s, incident.id, tomorrow, "directeur-bestuurder", "")
        decide_task = Task(incident=incident, kind=TaskKind.OTHER, title="Iets doen")
        s.add(decide_task)
        s.flush()
        with pytest.raises(RuleViolation, match="deze taak .* ligt in de toekomst"):
            complete_task(s, decide_task.id, tomorrow)
