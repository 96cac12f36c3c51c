"""Inzage (AVG art. 15): everything SKOW Desk holds about one person, in one step.

:func:`gather` collects the data (:class:`InzageData`, plain text, no layout);
:func:`skow_desk.pdf.inzage.export_person` writes one PDF with it plus every finalised letter
as its own PDF; :func:`record_export` then records the request as a task "inzageverzoek" due
one month after the request (AVG art. 12 lid 3) and logs the export.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from skow_desk.domain.dates import add_months, short_date
from skow_desk.domain.enums import TaskKind
from skow_desk.domain.names import full_name
from skow_desk.services.audit import AuditAction, entries_about_person, record
from skow_desk.services.inzage_redact import (
    letters_addressed_to,
    redacted_letter,
    third_party_replacer,
)
from skow_desk.services.persons import get_person
from skow_desk.services.purge_scrub import Replacer
from skow_desk.store.audit_events import show
from skow_desk.store.db import Database
from skow_desk.store.models import (
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

Fields = list[tuple[str, str]]


@dataclass(frozen=True)
class Block:
    """One record: a heading and its fields."""

    heading: str
    fields: Fields


@dataclass(frozen=True)
class Section:
    """A chapter of the overview; ``empty`` is said when it has no blocks."""

    title: str
    blocks: list[Block]
    empty: str = "Geen."


@dataclass(frozen=True)
class InzageData:
    """The overview, all text filled in, ready for layout."""

    person_id: int
    name: str
    requested_on: date
    made_on: date
    answer_by: date
    sections: list[Section]
    letter_pdfs: dict[str, bytes] = field(default_factory=dict)  # file name → finalised PDF


def _d(value: date | None) -> str:
    return short_date(value) if value else "—"


def _person_fields(person: Person) -> Fields:
    school = person.school.name if person.school else "—"
    return [
        ("Rol", person.role.label),
        ("Aanhef", show(person.salutation)),
        ("Naam", full_name(person.first_name, person.infix, person.last_name)),
        ("Voorletters", show(person.initials)),
        ("Groep/functie", show(person.group_or_function)),
        ("Adres", show(person.address)),
        ("Postcode en plaats", show(f"{person.postcode} {person.city}".strip())),
        ("E-mail", show(person.email)),
        ("School", school),
        ("Vertrokken op", _d(person.left_on)),
        ("Vastgelegd op", _d(person.created_at.date() if person.created_at else None)),
    ]


def _relatives(session: Session, person: Person) -> list[Block]:
    links = session.scalars(select(Guardianship).where(or_(
        Guardianship.pupil_id == person.id, Guardianship.guardian_id == person.id)))
    blocks = []
    for link in links:
        other, what = ((link.guardian, "Ouder/verzorger") if link.pupil_id == person.id
                       else (link.pupil, "Kind"))
        blocks.append(Block(f"{what}: {full_name(other.first_name, other.infix, other.last_name)}",
                            [("Adres", show(f"{other.address}, {other.postcode} {other.city}"
                                            .strip(", "))),
                             ("Gezag", show(link.has_authority))]))
    return blocks


def _incident_block(session: Session, incident: Incident, person_id: int) -> Block:
    parts = ", ".join(sorted(i.part.value for i in incident.involvements
                             if i.person_id == person_id))
    fields: Fields = [
        ("School", incident.school.name), ("Gemeld op", _d(incident.reported_on)),
        ("Voorval op", _d(incident.occurred_on)), ("Platform", show(incident.platform)),
        ("Rol in de melding", parts), ("Status", incident.status.label),
        ("Protocolartikelen", ", ".join(incident.article_codes) or "—"),
        ("Categorieën", ", ".join(incident.category_names) or "—"),
        ("Omschrijving", show(incident.description)),
        ("Aangifte", "ja" if incident.police_report else "nee"),
    ]
    if incident.police_report:
        fields += [("Aangifte op", _d(incident.police_report_on)),
                   ("Registratienummer", show(incident.police_report_number))]
    for consultation in incident.consultations:
        fields.append((f"Overleg {_d(consultation.held_on)}",
                       f"met {consultation.with_whom}: {show(consultation.advice)}"))
    for evidence in session.scalars(select(Evidence).where(Evidence.incident_id == incident.id)):
        fields.append(("Bewijsstuk", f"{evidence.filename} ({evidence.size} bytes, SHA-256 "
                                     f"{evidence.sha256[:16]}…)"))
    return Block(f"Melding {incident.kenmerk}", fields)


def _conversation_block(conversation: Conversation) -> Block:
    return Block(f"Gesprek van {_d(conversation.held_on)} ({conversation.incident.kenmerk})", [
        ("Aanwezig", show(conversation.present)), ("Besproken", show(conversation.summary)),
        ("Eigen zienswijze", show(conversation.own_view)),
        ("Afspraken", show(conversation.agreements)),
        ("Vervolggesprek", _d(conversation.follow_up_on)),
        ("Ondertekening", conversation.signature.value),
        ("Reden weigering", show(conversation.refusal_reason)),
        ("Verzonden op", _d(conversation.sent_on))])


def _measure_block(measure: Measure) -> Block:
    return Block(f"{measure.kind.value.capitalize()} ({measure.stage.value}), "
                 f"{measure.incident.kenmerk}", [
        ("Besloten op", _d(measure.decided_on)), ("Bekendgemaakt op", _d(measure.notice_on)),
        ("Reden", show(measure.reason)), ("Van", _d(measure.start_on)),
        ("Tot en met", _d(measure.end_on)), ("Schooldagen", show(measure.school_days)),
        ("Ontvangende school", show(measure.receiving_school))])


def _file_name(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "-", text).strip("-") or "brief"


def gather(session: Session, person_id: int, requested_on: date, today: date) -> InzageData:
    """Everything about one person, as text (no layout)."""
    person = get_person(session, person_id)
    name = full_name(person.first_name, person.infix, person.last_name)
    incident_ids = set(session.scalars(
        select(Involvement.incident_id).where(Involvement.person_id == person_id)))
    incidents = session.scalars(select(Incident).where(Incident.id.in_(incident_ids))
                                .order_by(Incident.reported_on, Incident.id))
    conversations = session.scalars(select(Conversation).where(
        Conversation.person_id == person_id).order_by(Conversation.held_on, Conversation.id))
    measures = session.scalars(select(Measure).where(Measure.person_id == person_id)
                               .order_by(Measure.decided_on, Measure.id))
    tasks = session.scalars(select(Task).where(Task.person_id == person_id)
                            .order_by(Task.due_on, Task.id))
    letters = list(session.scalars(select(Letter).where(Letter.person_id == person_id)
                                   .order_by(Letter.letter_date, Letter.id)))
    letters += [x for x in letters_addressed_to(session, person) if x not in letters]
    replacer = third_party_replacer(
        session, person_id, incident_ids | {x.incident_id for x in letters if x.incident_id})
    pdfs: dict[str, bytes] = {}
    letter_blocks = []
    for letter in letters:
        attached = "niet definitief; geen PDF"
        if letter.is_final and letter.pdf:
            file_name = f"brief-{_file_name(letter.number or str(letter.id))}.pdf"
            pdfs[file_name] = letter.pdf
            attached = f"bijgevoegd als {file_name}"
            redacted = redacted_letter(letter, replacer)
            if redacted is not None:
                from skow_desk.services.letters import render

                pdfs[file_name] = render(session, redacted)
                attached += " (kopie; namen van anderen vervangen door hun rol)"
        letter_blocks.append(Block(f"Brief {letter.number or '(concept)'}", [
            ("Soort", letter.kind), ("Datum", _d(letter.letter_date)),
            ("Dossier", letter.dossier), ("Versie", str(letter.version)), ("PDF", attached)]))
    log = [Block(f"{row.at:%d-%m-%Y %H:%M} {row.action.value} {row.entity_label}"
                 f"{f' {row.entity_id}' if row.entity_id is not None else ''}",
                 [("Door", row.actor), ("Inhoud", row.summary or "—")])
           for row in entries_about_person(session, person_id)]
    sections = [
        Section("Persoonsgegevens", [Block(name, _person_fields(person))]),
        Section("Ouders/verzorgers en kinderen", _relatives(session, person)),
        Section("Meldingen", [_incident_block(session, i, person_id) for i in incidents]),
        Section("Gesprekken", [_conversation_block(c) for c in conversations]),
        Section("Maatregelen", [_measure_block(m) for m in measures]),
        Section("Taken", [Block(t.title, [("Soort", t.kind.value), ("Uiterlijk", _d(t.due_on)),
                                          ("Afgehandeld", _d(t.done_on))]) for t in tasks]),
        Section("Brieven", letter_blocks),
        Section("Logboek (wie heeft wat vastgelegd of ingezien)", log),
    ]
    sections = [Section(s.title, [_redact_block(b, replacer) for b in s.blocks], s.empty)
                for s in sections]
    return InzageData(person_id, name, requested_on, today, add_months(requested_on, 1),
                      sections, pdfs)


def _redact_block(block: Block, replacer: Replacer) -> Block:
    """Third parties replaced by their part in a block's heading and fields."""
    return Block(replacer.text(block.heading, None),
                 [(label, replacer.text(value, None)) for label, value in block.fields])


def _track_request(session: Session, data: InzageData, files: list[Path]) -> None:
    note = (f"Verzoek ontvangen op {_d(data.requested_on)}; overzicht gemaakt op "
            f"{_d(data.made_on)}: {', '.join(f.name for f in files)}")
    for task in session.scalars(select(Task).where(
            Task.person_id == data.person_id, Task.kind == TaskKind.ACCESS_REQUEST,
            Task.due_on == data.answer_by)):
        task.note = note  # the same request exported again
        return
    session.add(Task(incident_id=None, person_id=data.person_id, kind=TaskKind.ACCESS_REQUEST,
                     title=f"Inzageverzoek van {data.name} beantwoorden", due_on=data.answer_by,
                     required=True, note=note))


def record_export(db: Database, data: InzageData, files: list[Path]) -> None:
    """After the files of an inzage were written: the request as a task, the export logged
    with each file's SHA-256 (the layout is :func:`skow_desk.pdf.inzage.export_person`'s)."""
    with db.transaction() as session:
        _track_request(session, data, files)
        digests = ", ".join(f"{f.name} (SHA-256 {hashlib.sha256(f.read_bytes()).hexdigest()})"
                            for f in files)
        record(session, AuditAction.EXPORT, "person", data.person_id, data.person_id,
               f"inzage (AVG art. 15), verzoek van {_d(data.requested_on)}: {digests}")
