"""Correct, don't delete: a measure is corrected (replaced by a new one) or withdrawn.

The original stays in the case as "gecorrigeerd" or "ingetrokken", with the reason, the date
and (corrected) the measure that replaces it. Its open tasks are closed with a note; the
corrected measure brings its own tasks. Every step is in the audit trail: the ORM records the
changed rows, :func:`record` names the act.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sqlalchemy.orm import Session

from skow_desk.domain.dates import long_date
from skow_desk.domain.enums import Stage
from skow_desk.domain.errors import DomainError
from skow_desk.domain.measures import MeasureStatus
from skow_desk.services.audit import AuditAction, record
from skow_desk.services.lookup import get_or_gone
from skow_desk.services.measures import MeasureDecision, decide_measure
from skow_desk.store.models import Measure, Task

VOID_NOTE = "Vervallen: de maatregel is"
"""Starts the note of a task closed because its measure was corrected or withdrawn: closed,
but never done (a letter may not say it happened; services/case_steps.py)."""


def _standing(session: Session, measure_id: int) -> Measure:
    measure = get_or_gone(session, Measure, measure_id)
    if measure.status is not MeasureStatus.ACTIVE:
        raise DomainError(f"Deze maatregel is al {measure.status.value}; daar verandert niets "
                          "meer aan.")
    return measure


def _check(measure: Measure, reason: str, on: date, what: str) -> None:
    if not reason.strip():
        raise DomainError(f"Vul de reden van de {what} in; die komt in het dossier en het "
                          "logboek.")
    if on > date.today():
        raise DomainError(f"De datum van de {what} ligt in de toekomst.")
    if on < measure.decided_on:
        raise DomainError(f"De datum van de {what} ligt vóór de datum van de maatregel "
                          f"({long_date(measure.decided_on)}).")
    if measure.stage is Stage.INTENT and any(
            m.intent_id == measure.id and m.status is MeasureStatus.ACTIVE
            for m in measure.incident.measures):
        raise DomainError("Op dit voornemen is al een besluit genomen; corrigeer of trek het "
                          "besluit in.")


def _close_open_tasks(measure: Measure, on: date, note: str) -> list[Task]:
    closed = [t for t in measure.incident.tasks if t.measure_id == measure.id
              and t.done_on is None]
    for task in closed:
        task.done_on = on
        task.note = f"{task.note}\n{note}".strip() if task.note else note
    return closed


def withdraw_measure(session: Session, measure_id: int, reason: str, on: date) -> Measure:
    """Withdraw a measure: it stays visible as "ingetrokken"; its open tasks close."""
    measure = _standing(session, measure_id)
    _check(measure, reason, on, "intrekking")
    measure.status = MeasureStatus.WITHDRAWN
    measure.status_reason = reason.strip()
    measure.status_on = on
    closed = _close_open_tasks(measure, on, f"{VOID_NOTE} op {long_date(on)} ingetrokken.")
    session.flush()
    record(session, AuditAction.CHANGE, "measure", measure.id, measure.person_id,
           f"Maatregel {measure.kind.value} ({measure.stage.value} van "
           f"{long_date(measure.decided_on)}) ingetrokken op {long_date(on)}; reden: "
           f"{measure.status_reason}; {len(closed)} open taken gesloten")
    return measure


def correct_measure(
    session: Session, measure_id: int, data: MeasureDecision, reason: str, on: date
) -> Measure:
    """Replace a measure by a corrected one (same person and stage), keeping the original as
    "gecorrigeerd" with a link to the new one. Returns the new measure."""
    old = _standing(session, measure_id)
    _check(old, reason, on, "correctie")
    if data.person_id != old.person_id:
        raise DomainError("Een correctie hoort bij dezelfde persoon; leg voor een andere persoon "
                          "een nieuwe maatregel vast.")
    if data.stage is not old.stage:
        raise DomainError(f"Een correctie van een {old.stage.value} is ook een "
                          f"{old.stage.value}.")
    # Out of the way first, so the rules and the intent look-up no longer see the old one.
    old.status = MeasureStatus.CORRECTED
    old.status_reason = reason.strip()
    old.status_on = on
    session.flush()
    if data.stage is Stage.DECISION and data.intent_id is None:
        data = replace(data, intent_id=old.intent_id)
    if data.stage is Stage.DECISION and old.intent_id is None:
        data = replace(data, corrects_decision_without_intent=True)
    new = decide_measure(session, old.incident_id, data)
    old.corrected_by_id = new.id
    if old.stage is Stage.INTENT:
        new.response_received_on = old.response_received_on
        for later in old.incident.measures:
            if later.intent_id == old.id:
                later.intent_id = new.id
    closed = _close_open_tasks(old, on, f"{VOID_NOTE} op {long_date(on)} gecorrigeerd; de nieuwe "
                                        "maatregel heeft eigen taken.")
    session.flush()
    record(session, AuditAction.CHANGE, "measure", old.id, old.person_id,
           f"Maatregel {old.kind.value} ({old.stage.value} van {long_date(old.decided_on)}) "
           f"gecorrigeerd op {long_date(on)}; reden: {old.status_reason}; vervangen door "
           f"maatregel {new.id}; {len(closed)} open taken gesloten")
    return new


def decision_of(session: Session, measure_id: int) -> MeasureDecision:
    """A stored measure as the decision form fills it in (to start a correction from)."""
    m = get_or_gone(session, Measure, measure_id)
    return MeasureDecision(
        person_id=m.person_id, kind=m.kind, decided_on=m.decided_on, stage=m.stage,
        notice_on=m.notice_on, reason=m.reason, start_on=m.start_on, end_on=m.end_on,
        internal=m.internal, known_since=m.known_since, intent_id=m.intent_id,
        receiving_school=m.receiving_school, search_started_on=m.search_started_on,
        delay_reason=m.delay_reason)
