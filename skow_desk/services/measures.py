"""Deciding measures, with the legal guardrails, and the tasks they bring."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from skow_desk.domain.enums import Part, Role, Stage, TaskKind
from skow_desk.domain.errors import DomainError, NotFound
from skow_desk.domain.measures import MeasureKind, MeasureStatus
from skow_desk.domain.rules import (
    RESPONSE_NONE,
    MeasureEntry,
    MeasureInput,
    RuleOutcome,
    assess_measure,
    check_response,
    response_deadline,
)
from skow_desk.services.incidents import get_incident
from skow_desk.services.lookup import get_or_gone
from skow_desk.services.persons import get_person
from skow_desk.services.school_calendar import calendar_for
from skow_desk.store.models import Incident, Measure, Task


@dataclass(frozen=True, kw_only=True)
class MeasureDecision(MeasureEntry):
    """A measure as entered in the decision form: the entry, for whom, and the form's extras."""

    person_id: int
    intent_id: int | None = None
    receiving_school: str = ""
    search_started_on: date | None = None
    corrects_decision_without_intent: bool = False
    """A correction of a decision on record without an intention (read in by the register
    import): it corrects that record and is no new decision, so it needs no intention."""


def _intent_for(
    session: Session, incident: Incident, data: MeasureDecision
) -> Measure | None:
    if data.intent_id is not None:
        intent = session.get(Measure, data.intent_id)
        if intent is None or intent.incident_id != incident.id:
            raise DomainError("Het gekozen voornemen hoort niet bij deze melding.")
        return intent
    for measure in incident.measures:
        if (
            measure.person_id == data.person_id
            and measure.kind is data.kind
            and measure.stage is Stage.INTENT
            and measure.status is MeasureStatus.ACTIVE
        ):
            return measure
    return None


def measure_input(session: Session, incident_id: int, data: MeasureDecision) -> MeasureInput:
    """The rules' view of a decision, with what the case already holds."""
    incident = get_incident(session, incident_id)
    person = get_person(session, data.person_id)
    intent = _intent_for(session, incident, data) if data.stage is Stage.DECISION else None
    heard = any(
        c.person_id in (person.id, *[g.id for g in person.guardians])
        for c in incident.conversations
    )
    return MeasureInput(
        **data.entry(),  # type: ignore[arg-type]
        role=person.role,
        has_intent=intent is not None or data.corrects_decision_without_intent,
        intent_response_due=(
            response_deadline(intent.notice_on or intent.decided_on) if intent else None
        ),
        response_received=bool(intent and intent.response_received_on),
        heard=heard,
        intent_on=intent.decided_on if intent else None,
        response_received_on=intent.response_received_on if intent else None,
        response_mode=intent.response_mode if intent else "",
        weighed=bool(intent and intent.weighing.strip()),
        sector=incident.school.sector,
        calendar=calendar_for(incident.school),
    )


def preview_measure(session: Session, incident_id: int, data: MeasureDecision) -> RuleOutcome:
    """Judge a decision without storing anything (for the form, while filling in)."""
    return assess_measure(measure_input(session, incident_id, data))


def decide_measure(session: Session, incident_id: int, data: MeasureDecision) -> Measure:
    """Store a measure with the tasks the law attaches to it; refuse what the rules refuse."""
    incident = get_incident(session, incident_id)
    person = get_person(session, data.person_id)
    if not any(i.person_id == person.id and i.part is Part.CAUSER for i in incident.involvements):
        raise DomainError(
            "Een maatregel kan alleen worden genomen voor een veroorzaker van deze melding."
        )
    if data.decided_on < incident.reported_on:
        raise DomainError("De datum van het besluit ligt vóór de datum van de melding.")
    outcome = assess_measure(measure_input(session, incident_id, data))
    intent = _intent_for(session, incident, data) if data.stage is Stage.DECISION else None
    measure = Measure(
        incident=incident,
        person=person,
        kind=data.kind,
        stage=data.stage,
        intent=intent,
        decided_on=data.decided_on,
        notice_on=data.notice_on or data.decided_on,
        reason=data.reason.strip(),
        start_on=data.start_on,
        end_on=data.end_on,
        school_days=outcome.school_days,
        internal=data.internal,
        known_since=data.known_since,
        receiving_school=data.receiving_school.strip(),
        search_started_on=data.search_started_on,
        delay_reason=data.delay_reason.strip(),
        warnings="\n".join(outcome.warnings),
    )
    session.add(measure)
    session.flush()
    if intent is not None:
        # the zienswijze term ends with the decision; other steps (hearing the teacher) stay
        # open until they are recorded as done: a letter states only what was done
        for task in intent_tasks(intent):
            if task.done_on is None and task.kind is TaskKind.RESPONSE_TERM:
                task.done_on = data.decided_on
    for spec in outcome.tasks:
        session.add(
            Task(
                incident=incident,
                measure_id=measure.id,
                person_id=person.id,
                kind=spec.kind,
                title=spec.title,
                due_on=spec.due_on,
                required=spec.required,
            )
        )
    session.flush()
    return measure


def intent_tasks(measure: Measure) -> list[Task]:
    """The open tasks that belong to an intended measure (its zienswijze term)."""
    incident = measure.incident
    return [t for t in incident.tasks if t.measure_id == measure.id]


def record_response(
    session: Session,
    measure_id: int,
    received_on: date,
    mode: str = "ontvangen",
    content: str = "",
    weighing: str = "",
    today: date | None = None,
) -> Measure:
    """Record the zienswijze on an intention: when, how (``schriftelijk``/``mondeling``) and
    what it says; or ``mode="geen"`` once the term has passed without one. ``weighing`` is
    the school's weighing of it, required before the decision."""
    measure = session.get(Measure, measure_id)
    if measure is None or measure.stage is not Stage.INTENT:
        raise NotFound("Dit voornemen bestaat niet (meer).")
    now = today or date.today()
    intent_on = measure.notice_on or measure.decided_on
    check_response(measure.decided_on, response_deadline(intent_on), received_on, mode,
                   content, now)
    if any(m.intent_id == measure.id for m in measure.incident.measures):
        raise DomainError("Op dit voornemen is al besloten; de zienswijze ligt vast in het "
                          "besluit en kan niet meer worden gewijzigd.")
    measure.response_received_on = received_on
    measure.response_mode = mode
    measure.response_text = "" if mode == RESPONSE_NONE else content.strip()
    measure.weighing = "" if mode == RESPONSE_NONE else weighing.strip()
    measure.weighed_on = now if measure.weighing else None
    for task in intent_tasks(measure):
        if task.kind is TaskKind.RESPONSE_TERM and task.done_on is None:
            task.done_on = received_on
    session.flush()
    return measure


def record_urgent_exception(session: Session, measure_id: int, reason: str) -> Measure:
    """Record the written reason for an urgent exception (e.g. suspended first and heard the
    same day); it goes into the audit trail and lets the legality check pass that item."""
    from skow_desk.services.audit import AuditAction, record

    measure = get_or_gone(session, Measure, measure_id)
    if len(reason.strip()) < 10:
        raise DomainError("Schrijf de reden van de spoedeisende uitzondering uit (een zin).")
    measure.urgent_exception = reason.strip()
    session.flush()
    record(session, AuditAction.CHANGE, "measure", measure.id, measure.person_id,
           f"Spoedeisende uitzondering vastgelegd: {reason.strip()}")
    return measure


def measures_for(session: Session, person_id: int) -> list[Measure]:
    """All measures of one person, newest first."""
    return list(
        session.scalars(
            select(Measure).where(Measure.person_id == person_id).order_by(
                Measure.decided_on.desc()
            )
        )
    )


def allowed_measures(role: Role) -> tuple[MeasureKind, ...]:
    """The measures a form may offer for ``role``."""
    from skow_desk.domain.measures import MEASURES_BY_ROLE

    return MEASURES_BY_ROLE[role]
