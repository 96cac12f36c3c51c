"""One case: its snapshot with the protocol's steps, and what its dialogs edit."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from skow_desk.domain.dates import counted, short_date
from skow_desk.domain.enums import IncidentStatus, Part, Stage
from skow_desk.domain.measures import MeasureKind, MeasureStatus
from skow_desk.services.case_queries.rows import (
    CaseData,
    ConsultationRow,
    ConversationRow,
    EvidenceFile,
    EvidenceRow,
    IntentInfo,
    InvolvementRow,
    LetterRow,
    MeasureRow,
    PersonChoice,
    Step,
    StepKey,
    TaskRow,
    choice_of,
    display_name,
)
from skow_desk.services.incidents import ConversationInput, IncidentInput, get_incident
from skow_desk.services.letter_facts import other_people
from skow_desk.services.lookup import get_or_gone
from skow_desk.store.models import Conversation, Evidence, Letter


def case_steps(case: CaseData) -> tuple[Step, ...]:
    """The six steps with their state, computed from the case's records."""
    steps = [Step(StepKey.REPORT, "Melding", True, case.reported_on,
                  f"Gemeld op {short_date(case.reported_on)}")]
    if case.consultations:
        last = max(c.held_on for c in case.consultations)
        steps.append(Step(StepKey.CONSULTATION, "Overleg directeur-bestuurder", True, last,
                          f"Overleg op {short_date(last)}"))
    else:
        steps.append(Step(StepKey.CONSULTATION, "Overleg directeur-bestuurder", False, None,
                          "Nog niet vastgelegd"))
    if case.conversations:
        last = max(c.held_on for c in case.conversations)
        text = counted(len(case.conversations), "gesprek", "gesprekken")
        steps.append(Step(StepKey.CONVERSATION, "Gesprekken", True, last,
                          f"{text}, laatste op {short_date(last)}"))
    else:
        steps.append(Step(StepKey.CONVERSATION, "Gesprekken", False, None, "Nog geen gesprek"))
    standing = [m for m in case.measures if m.status is MeasureStatus.ACTIVE]
    decisions = [m for m in standing if m.stage is Stage.DECISION]
    intents = [m for m in standing if m.stage is Stage.INTENT and not m.followed_by_decision]
    if decisions:
        last = max(m.decided_on for m in decisions)
        text = counted(len(decisions), "besluit", "besluiten")
        steps.append(Step(StepKey.MEASURE, "Maatregelen", not intents, last,
                          f"{text}, laatste op {short_date(last)}"
                          + (" — voornemen loopt" if intents else "")))
    elif intents:
        first = min(m.decided_on for m in intents)
        steps.append(Step(StepKey.MEASURE, "Maatregelen", False, first,
                          f"Voornemen van {short_date(first)}; besluit volgt"))
    else:
        steps.append(Step(StepKey.MEASURE, "Maatregelen", False, None, "Nog geen maatregel"))
    finals = [letter for letter in case.letters if letter.is_final]
    if finals:
        last = max(letter.letter_date for letter in finals)
        text = counted(len(finals), "brief", "brieven")
        steps.append(Step(StepKey.LETTER, "Brief", True, last,
                          f"{text}, laatste {short_date(last)}"))
    elif case.letters:
        steps.append(Step(StepKey.LETTER, "Brief", False, None, "Concept, nog niet definitief"))
    else:
        steps.append(Step(StepKey.LETTER, "Brief", False, None, "Nog geen brief"))
    if case.status is IncidentStatus.CLOSED and case.closed_on is not None:
        steps.append(Step(StepKey.CLOSED, "Afgerond", True, case.closed_on,
                          f"Afgerond op {short_date(case.closed_on)}"))
    else:
        open_text = ("Geschil aanhangig" if case.status is IncidentStatus.DISPUTE
                     else "Zaak loopt nog")
        steps.append(Step(StepKey.CLOSED, "Afgerond", False, None, open_text))
    return tuple(steps)


def load_case(session: Session, incident_id: int) -> CaseData:
    """A snapshot of one case for the case view."""
    incident = get_incident(session, incident_id)
    names = {inv.person_id: display_name(inv.person) for inv in incident.involvements}
    followed = {m.intent_id for m in incident.measures if m.intent_id is not None}
    letters = session.scalars(
        select(Letter).where(Letter.incident_id == incident_id).order_by(Letter.letter_date)
    ).all()
    case = CaseData(
        id=incident.id,
        kenmerk=incident.kenmerk,
        school_name=incident.school.name,
        status=incident.status,
        closed_on=incident.closed_on,
        reported_on=incident.reported_on,
        occurred_on=incident.occurred_on,
        reported_by=incident.reported_by,
        platform=incident.platform,
        description=incident.description,
        articles=tuple(incident.article_codes),
        categories=tuple(sorted(incident.category_names)),
        involvements=tuple(
            InvolvementRow(inv.id, inv.person_id, names[inv.person_id], inv.person.role,
                           inv.person.group_or_function, inv.part)
            for inv in sorted(incident.involvements, key=lambda i: (list(Part).index(i.part),
                                                                     i.id))
        ),
        evidence=tuple(
            EvidenceRow(e.id, e.filename, e.media_type, e.size, e.sha256, e.url, e.note,
                        e.added_at)
            for e in sorted(incident.evidence, key=lambda e: e.id)
        ),
        consultations=tuple(
            ConsultationRow(c.id, c.held_on, c.with_whom, c.advice)
            for c in sorted(incident.consultations, key=lambda c: (c.held_on, c.id))
        ),
        conversations=tuple(
            ConversationRow(c.id, c.held_on, display_name(c.person) if c.person else "",
                            c.present, c.summary, c.own_view, c.agreements, c.follow_up_on,
                            c.signature, c.refusal_reason)
            for c in incident.conversations
        ),
        measures=tuple(
            MeasureRow(m.id, m.person_id, display_name(m.person), m.person.role, m.kind, m.stage,
                       m.decided_on, m.reason, m.start_on, m.end_on, m.school_days, m.internal,
                       m.response_received_on,
                       tuple(w for w in m.warnings.splitlines() if w.strip()),
                       m.id in followed, response_mode=m.response_mode,
                       response_text=m.response_text, weighing=m.weighing,
                       notice_on=m.notice_on, status=m.status, status_reason=m.status_reason,
                       status_on=m.status_on)
            for m in sorted(incident.measures, key=lambda m: (m.decided_on, m.id))
        ),
        tasks=tuple(
            TaskRow(id=t.id, title=t.title, kind=t.kind, due_on=t.due_on, done_on=t.done_on,
                    required=t.required, note=t.note)
            for t in sorted(incident.tasks, key=lambda t: (
                t.done_on is not None, t.due_on is None, t.due_on or date.min, t.id))
        ),
        letters=tuple(
            LetterRow(letter.id, letter.kind, letter.number or "", letter.letter_date,
                      display_name(letter.person), letter.measure_id, letter.is_final)
            for letter in letters
        ),
        steps=(),
    )
    return _with_steps(case)


def _with_steps(case: CaseData) -> CaseData:
    return replace(case, steps=case_steps(case))


def incident_input(session: Session, incident_id: int) -> IncidentInput:
    """The incident as the form edits it."""
    incident = get_incident(session, incident_id)
    return IncidentInput(
        school_id=incident.school_id,
        reported_on=incident.reported_on,
        occurred_on=incident.occurred_on,
        reported_by=incident.reported_by,
        platform=incident.platform,
        description=incident.description,
        articles=list(incident.article_codes),
        categories=sorted(incident.category_names),
        police_report=incident.police_report,
        police_report_on=incident.police_report_on,
        police_report_number=incident.police_report_number,
        letter_facts=incident.letter_facts,
        others=tuple(other_people(incident, None)),
    )


def incident_kenmerk(session: Session, incident_id: int) -> str:
    """The case reference, for window titles."""
    return get_incident(session, incident_id).kenmerk


def incident_reported_on(session: Session, incident_id: int) -> date:
    """The report date (the lower bound of every later date in the case)."""
    return get_incident(session, incident_id).reported_on


def conversation_input(session: Session, conversation_id: int) -> ConversationInput:
    """A stored conversation as the form edits it."""
    conversation = get_or_gone(session, Conversation, conversation_id)
    return ConversationInput(
        held_on=conversation.held_on,
        person_id=conversation.person_id,
        present=conversation.present,
        summary=conversation.summary,
        own_view=conversation.own_view,
        agreements=conversation.agreements,
        follow_up_on=conversation.follow_up_on,
        signature=conversation.signature,
        refusal_reason=conversation.refusal_reason,
        sent_on=conversation.sent_on,
    )


def evidence_file(session: Session, evidence_id: int) -> EvidenceFile:
    """The stored content of one piece of evidence."""
    evidence = get_or_gone(session, Evidence, evidence_id)
    return EvidenceFile(evidence.filename, evidence.content or b"", evidence.url)


def causers(session: Session, incident_id: int) -> list[PersonChoice]:
    """The causers of the case: the only persons a measure can be decided for."""
    incident = get_incident(session, incident_id)
    seen: dict[int, PersonChoice] = {}
    for inv in incident.involvements:
        if inv.part is Part.CAUSER:
            seen.setdefault(inv.person_id, choice_of(inv.person))
    return list(seen.values())


def conversation_partners(session: Session, incident_id: int) -> list[PersonChoice]:
    """Involved persons and the parents of involved pupils (who are heard for their child)."""
    incident = get_incident(session, incident_id)
    seen: dict[int, PersonChoice] = {}
    for inv in sorted(incident.involvements, key=lambda i: list(Part).index(i.part)):
        seen.setdefault(inv.person_id, choice_of(inv.person))
        for guardian in inv.person.guardians:
            seen.setdefault(guardian.id, choice_of(guardian))
    return list(seen.values())


def open_intent(
    session: Session, incident_id: int, person_id: int, kind: MeasureKind
) -> IntentInfo | None:
    """The intention a decision for this person and measure would follow, if any."""
    incident = get_incident(session, incident_id)
    followed = {m.intent_id for m in incident.measures if m.intent_id is not None}
    for m in incident.measures:
        if (m.person_id == person_id and m.kind is kind and m.stage is Stage.INTENT
                and m.id not in followed):
            return IntentInfo(m.id, m.decided_on, m.notice_on, m.reason, m.response_received_on,
                              m.response_mode, bool(m.weighing.strip()))
    return None
