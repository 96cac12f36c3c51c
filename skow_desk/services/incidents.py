"""Incidents: record, involve persons, evidence, consultation, conversations, closing."""

from __future__ import annotations

import hashlib
import mimetypes
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from skow_desk.domain.articles import check_articles_for_role, parse_codes
from skow_desk.domain.dates import long_date
from skow_desk.domain.enums import IncidentStatus, Part, SignatureStatus, TaskKind
from skow_desk.domain.errors import DomainError, NotFound
from skow_desk.domain.letter_facts import OtherPerson
from skow_desk.domain.rules import check_step_date
from skow_desk.domain.schoolyear import SchoolYear, kenmerk
from skow_desk.services.audit import record
from skow_desk.services.lookup import get_or_gone
from skow_desk.services.persons import get_person
from skow_desk.store.models import (
    AuditAction,
    Consultation,
    Conversation,
    Evidence,
    Incident,
    IncidentArticle,
    IncidentCategory,
    Involvement,
    School,
    Task,
)

MAX_EVIDENCE_BYTES = 50 * 1024 * 1024

DEFAULT_CATEGORIES = (
    "(cyber)pesten",
    "bedreiging",
    "discriminatie",
    "sexting / seksuele intimidatie",
    "ongeoorloofd filmen/fotograferen",
    "smaad/laster",
    "vertrouwelijke informatie",
    "ongewenst contact leerling-medewerker",
    "overig",
)

PLATFORMS = (
    "WhatsApp",
    "Instagram",
    "TikTok",
    "Snapchat",
    "Facebook",
    "X (Twitter)",
    "YouTube",
    "LinkedIn",
    "Discord",
    "Overig",
)


@dataclass
class IncidentInput:
    """An incident as entered in the form."""

    school_id: int
    reported_on: date
    occurred_on: date | None = None
    reported_by: str = ""
    platform: str = ""
    description: str = ""
    articles: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    police_report: bool = False
    police_report_on: date | None = None
    police_report_number: str = ""
    letter_facts: str | None = None
    """The "feiten voor de brief" as typed ("" follows the description); None leaves it."""
    others: tuple[OtherPerson, ...] = ()
    """The involved people other than the causers, whose names the pre-filled facts replace
    (shown by the form, never saved from here)."""


def get_incident(session: Session, incident_id: int) -> Incident:
    """The incident, or a Dutch error."""
    return get_or_gone(session, Incident, incident_id)


def incident_by_kenmerk(session: Session, code: str) -> Incident:
    """The incident with this kenmerk, or a Dutch error."""
    incident = session.scalars(select(Incident).where(Incident.kenmerk == code.strip())).first()
    if incident is None:
        raise NotFound(f"Er is geen melding met kenmerk '{code.strip()}'.")
    return incident


def next_kenmerk(session: Session, school: School, reported_on: date) -> str:
    """The next free kenmerk for this school and school year."""
    year = SchoolYear.of(reported_on)
    prefix = kenmerk(school.brin, year, 0)[:-3]
    count = session.scalar(
        select(func.count()).select_from(Incident).where(Incident.kenmerk.like(f"{prefix}%"))
    ) or 0
    number = count + 1
    while session.scalar(select(Incident.id).where(Incident.kenmerk == f"{prefix}{number:03d}")):
        number += 1
    return kenmerk(school.brin, year, number)


def _validate(session: Session, data: IncidentInput, today: date | None) -> School:
    school = session.get(School, data.school_id)
    if school is None:
        raise DomainError("Kies de school van de melding.")
    if data.occurred_on and data.occurred_on > data.reported_on:
        raise DomainError("De datum van het voorval ligt na de datum van de melding.")
    if today is not None and data.reported_on > today:
        raise DomainError("De datum van de melding ligt in de toekomst.")
    if not data.description.strip():
        raise DomainError("Beschrijf wat er is gebeurd.")
    data.articles = parse_codes(" ".join(data.articles))
    if data.police_report and data.police_report_on is None:
        data.police_report_on = data.reported_on
    return school


def _apply(incident: Incident, data: IncidentInput) -> None:
    incident.school_id = data.school_id
    incident.reported_on = data.reported_on
    incident.occurred_on = data.occurred_on
    incident.reported_by = data.reported_by.strip()
    incident.platform = data.platform.strip()
    incident.description = data.description.strip()
    if data.letter_facts is not None:
        incident.letter_facts = data.letter_facts.strip()
    incident.police_report = data.police_report
    incident.police_report_on = data.police_report_on if data.police_report else None
    incident.police_report_number = data.police_report_number.strip() if data.police_report else ""
    incident.articles = [IncidentArticle(code=c) for c in data.articles]
    names = sorted({c.strip() for c in data.categories if c.strip()})
    incident.categories = [IncidentCategory(name=n) for n in names]


def record_incident(
    session: Session, data: IncidentInput, today: date | None = None, code: str | None = None
) -> Incident:
    """Record a new incident with a fresh kenmerk (or ``code`` for imports)."""
    school = _validate(session, data, today)
    incident = Incident(kenmerk=code or next_kenmerk(session, school, data.reported_on))
    _apply(incident, data)
    session.add(incident)
    session.flush()
    return incident


def update_incident(
    session: Session, incident_id: int, data: IncidentInput, today: date | None = None
) -> Incident:
    """Correct an incident's details; articles are re-checked against the causers."""
    incident = get_incident(session, incident_id)
    _validate(session, data, today or date.today())
    for inv in incident.involvements:
        if inv.part is Part.CAUSER:
            check_articles_for_role(data.articles, inv.person.role)
    _apply(incident, data)
    session.flush()
    return incident


def involve_person(session: Session, incident_id: int, person_id: int, part: Part) -> Involvement:
    """Record a person's part; a causer must be bound by every article of the incident."""
    incident = get_incident(session, incident_id)
    person = get_person(session, person_id)
    if part is Part.CAUSER:
        check_articles_for_role(incident.article_codes, person.role)
    for inv in incident.involvements:
        if inv.person_id == person_id and inv.part is part:
            return inv
    involvement = Involvement(incident=incident, person=person, part=part)
    session.add(involvement)
    session.flush()
    return involvement


def update_consultation(
    session: Session, consultation_id: int, held_on: date, with_whom: str, advice: str
) -> Consultation:
    """Correct a recorded consultation (the audit trail keeps what it was)."""
    consultation = get_or_gone(session, Consultation, consultation_id)
    if not with_whom.strip():
        raise DomainError("Vul in met wie is overlegd.")
    if held_on < consultation.incident.reported_on:
        raise DomainError("Het overleg ligt vóór de datum van de melding.")
    consultation.held_on = held_on
    consultation.with_whom = with_whom.strip()
    consultation.advice = advice.strip()
    session.flush()
    return consultation


def remove_involvement(session: Session, involvement_id: int) -> None:
    """Take a person off a case (a mistaken entry); refused once a measure names them."""
    inv = get_or_gone(session, Involvement, involvement_id)
    if any(m.person_id == inv.person_id for m in inv.incident.measures):
        raise DomainError("Voor deze persoon is al een maatregel vastgelegd; corrigeer die eerst.")
    session.delete(inv)
    session.flush()


def add_evidence(
    session: Session,
    incident_id: int,
    filename: str,
    content: bytes,
    note: str = "",
    url: str = "",
) -> Evidence:
    """Keep a file (or a link, with empty content) with the incident, with its SHA-256."""
    incident = get_incident(session, incident_id)
    if not content and not url.strip():
        raise DomainError("Het bewijsstuk is leeg: kies een bestand of vul een link in.")
    if len(content) > MAX_EVIDENCE_BYTES:
        raise DomainError("Het bestand is groter dan 50 MB; bewaar een kleinere versie.")
    media_type = mimetypes.guess_type(filename)[0] or "application/octet-stream"
    evidence = Evidence(
        incident=incident,
        filename=filename or url.strip(),
        media_type=media_type,
        content=content,
        size=len(content),
        sha256=hashlib.sha256(content if content else url.strip().encode()).hexdigest(),
        url=url.strip(),
        note=note.strip(),
    )
    session.add(evidence)
    session.flush()
    return evidence


def set_evidence_note(session: Session, evidence_id: int, note: str) -> None:
    """Write or correct the note (toelichting) of a piece of evidence."""
    evidence = get_or_gone(session, Evidence, evidence_id)
    if len(note.strip()) > 500:
        raise DomainError("Houd de toelichting kort: hooguit 500 tekens.")
    evidence.note = note.strip()
    session.flush()


def record_consultation(
    session: Session, incident_id: int, held_on: date, with_whom: str, advice: str
) -> Consultation:
    """Record the consultation with the directeur-bestuurder."""
    incident = get_incident(session, incident_id)
    if not with_whom.strip():
        raise DomainError("Vul in met wie is overlegd.")
    if held_on < incident.reported_on:
        raise DomainError("Het overleg ligt vóór de datum van de melding.")
    check_step_date(held_on, date.today(), "het overleg")
    consultation = Consultation(
        incident=incident, held_on=held_on, with_whom=with_whom.strip(), advice=advice.strip()
    )
    session.add(consultation)
    session.flush()
    return consultation


@dataclass
class ConversationInput:
    """A conversation record as entered."""

    held_on: date
    person_id: int | None = None
    present: str = ""
    summary: str = ""
    own_view: str = ""
    agreements: str = ""
    follow_up_on: date | None = None
    signature: SignatureStatus = SignatureStatus.OPEN
    refusal_reason: str = ""
    sent_on: date | None = None


def _check_conversation(incident: Incident, data: ConversationInput) -> None:
    if data.held_on < incident.reported_on:
        raise DomainError("Het gesprek ligt vóór de datum van de melding.")
    check_step_date(data.held_on, date.today(), "het gesprek")
    if not data.present.strip():
        raise DomainError("Vul in wie bij het gesprek aanwezig waren.")
    if not data.summary.strip():
        raise DomainError("Vul in wat er is besproken.")
    if data.follow_up_on and data.follow_up_on <= data.held_on:
        raise DomainError("De datum van het vervolggesprek moet na het gesprek liggen.")
    if data.signature is SignatureStatus.REFUSED and not data.refusal_reason.strip():
        raise DomainError("Vul de reden in waarom de ondertekening is geweigerd.")


def log_conversation(session: Session, incident_id: int, data: ConversationInput) -> Conversation:
    """Record a conversation; a follow-up date becomes a task."""
    incident = get_incident(session, incident_id)
    _check_conversation(incident, data)
    conversation = Conversation(incident=incident)
    _apply_conversation(conversation, data)
    session.add(conversation)
    _follow_up_task(session, incident, conversation)
    session.flush()
    return conversation


def update_conversation(
    session: Session, conversation_id: int, data: ConversationInput
) -> Conversation:
    """Correct a conversation record (signature status, own view added later …)."""
    conversation = get_or_gone(session, Conversation, conversation_id)
    _check_conversation(conversation.incident, data)
    _apply_conversation(conversation, data)
    _follow_up_task(session, conversation.incident, conversation)
    session.flush()
    return conversation


def _apply_conversation(conversation: Conversation, data: ConversationInput) -> None:
    conversation.held_on = data.held_on
    conversation.person_id = data.person_id
    conversation.present = data.present.strip()
    conversation.summary = data.summary.strip()
    conversation.own_view = data.own_view.strip()
    conversation.agreements = data.agreements.strip()
    conversation.follow_up_on = data.follow_up_on
    conversation.signature = data.signature
    conversation.refusal_reason = data.refusal_reason.strip()
    conversation.sent_on = data.sent_on


def _follow_up_task(session: Session, incident: Incident, conversation: Conversation) -> None:
    if conversation.follow_up_on is None:
        return
    title = "Vervolggesprek"
    if conversation.person is not None or conversation.person_id is not None:
        person = conversation.person or get_person(session, conversation.person_id or 0)
        title = f"Vervolggesprek met {person.first_name} {person.last_name}".replace("  ", " ")
    for task in incident.tasks:
        if task.kind is TaskKind.FOLLOW_UP and task.done_on is None and task.title == title:
            task.due_on = conversation.follow_up_on
            return
    session.add(Task(incident=incident, kind=TaskKind.FOLLOW_UP, title=title,
                     due_on=conversation.follow_up_on, required=False))


def close_case(session: Session, incident_id: int, closed_on: date) -> list[str]:
    """Close the case. Returns warnings (open required tasks) the director should see."""
    incident = get_incident(session, incident_id)
    if incident.status is IncidentStatus.CLOSED:
        raise DomainError(f"Zaak {incident.kenmerk} is al afgerond.")
    if closed_on < incident.reported_on:
        raise DomainError("De datum van afronden ligt vóór de datum van de melding.")
    if not any(inv.part is Part.CAUSER for inv in incident.involvements):
        raise DomainError("Leg eerst vast wie de veroorzaker is voordat u de zaak afrondt.")
    incident.status = IncidentStatus.CLOSED
    incident.closed_on = closed_on
    session.flush()
    return [
        f"Taak nog open: {t.title}" for t in incident.tasks if t.required and t.done_on is None
    ]


def open_required_tasks(session: Session, incident_id: int) -> list[str]:
    """The required tasks still open, named with their deadline (asked before closing)."""
    incident = get_incident(session, incident_id)
    return [
        f"{t.title} (uiterlijk {long_date(t.due_on)})" if t.due_on is not None else t.title
        for t in sorted(incident.tasks, key=lambda t: (t.due_on is None, t.due_on, t.id))
        if t.required and t.done_on is None
    ]


def reopen_case(session: Session, incident_id: int, reason: str) -> None:
    """Reopen a closed case; the reason goes into the audit trail."""
    reason = reason.strip()
    if not reason:
        raise DomainError("Schrijf kort op waarom de zaak weer open gaat; dat komt in het "
                          "logboek.")
    incident = get_incident(session, incident_id)
    if incident.status is not IncidentStatus.CLOSED:
        raise DomainError(f"Zaak {incident.kenmerk} is niet afgerond.")
    incident.status = IncidentStatus.OPEN
    incident.closed_on = None
    session.flush()
    record(session, AuditAction.CHANGE, "incident", incident.id, None,
           f"Zaak {incident.kenmerk} heropend. Reden: {reason}")


def set_dispute(session: Session, incident_id: int, pending: bool) -> None:
    """Mark that a dispute is pending (geschil aanhangig, WPO art. 43)."""
    incident = get_incident(session, incident_id)
    incident.status = IncidentStatus.DISPUTE if pending else IncidentStatus.OPEN
    session.flush()
