"""The dossier of one person: every record and letter about them, newest first, and its export.

:func:`load_dossier` gathers plain rows for the dossier window and for the dossier PDF
(:func:`skow_desk.pdf.dossier.export_dossier_pdf`). Opening a dossier is written to the audit
trail.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from skow_desk.domain.dates import short_date
from skow_desk.domain.enums import Role
from skow_desk.domain.names import full_name
from skow_desk.services.letters import letters_of_person
from skow_desk.services.persons import get_person
from skow_desk.store.models import (
    Conversation,
    Incident,
    Involvement,
    Letter,
    Measure,
    Person,
    Task,
)


@dataclass(frozen=True)
class DossierIncident:
    """An incident the person is involved in, and in which part(s)."""

    id: int
    kenmerk: str
    reported_on: date
    part: str
    status: str
    platform: str


@dataclass(frozen=True)
class DossierConversation:
    """A conversation with the person (or, for a pupil, with the parents) about a case."""

    id: int
    held_on: date
    kenmerk: str
    with_whom: str
    present: str
    summary: str


@dataclass(frozen=True)
class DossierMeasure:
    """A measure for the person."""

    id: int
    decided_on: date
    kenmerk: str
    kind: str
    stage: str
    detail: str


@dataclass(frozen=True)
class DossierTask:
    """A task about the person or one of their measures."""

    id: int
    title: str
    kenmerk: str
    due_on: date | None
    done_on: date | None


@dataclass(frozen=True)
class DossierLetter:
    """A letter of the dossier; ``pdf_state`` says whether its stored PDF can be shown."""

    id: int
    number: str
    kind: str
    title: str
    letter_date: date
    version: int
    replaces: str
    replaced_by: str
    kenmerk: str
    recipient: str
    is_final: bool
    pdf_state: str

    @property
    def has_pdf(self) -> bool:
        return self.pdf_state == PDF_OK


PDF_OK = "bijgevoegd"
PDF_REMOVED = "verwijderd (bewaartermijn)"
PDF_DAMAGED = "beschadigd: controlecode klopt niet"


@dataclass(frozen=True)
class Dossier:
    """Everything the dossier window and the export show about one person."""

    person_id: int
    name: str
    role: Role
    detail: str
    school: str
    dossier_name: str
    incidents: tuple[DossierIncident, ...]
    conversations: tuple[DossierConversation, ...]
    measures: tuple[DossierMeasure, ...]
    tasks: tuple[DossierTask, ...]
    letters: tuple[DossierLetter, ...]


def dossier_name(role: Role) -> str:
    """"personeelsdossier" for staff, "leerlingendossier" for pupils and parents."""
    return "personeelsdossier" if role is Role.STAFF else "leerlingendossier"


def _name(person: Person | None) -> str:
    if person is None:
        return ""
    return full_name(person.first_name, person.infix, person.last_name)


def _pdf_state(session: Session, letter: Letter) -> str:
    if not letter.is_final:
        return ""
    pdf = session.scalar(select(Letter.pdf).where(Letter.id == letter.id))
    if pdf is None:
        return PDF_REMOVED
    return PDF_OK if hashlib.sha256(pdf).hexdigest() == letter.sha256 else PDF_DAMAGED


def _letters(session: Session, person_id: int) -> tuple[DossierLetter, ...]:
    from skow_desk.letters.kinds import LETTER_KINDS

    letters = letters_of_person(session, person_id)
    number = {x.id: x.number or "" for x in letters}
    replaced_by = {x.replaces_id: x.number or "" for x in letters if x.replaces_id is not None}
    rows = []
    for x in letters:
        kind = LETTER_KINDS.get(x.kind)
        rows.append(DossierLetter(
            x.id, x.number or "", x.kind, kind.title if kind else x.kind, x.letter_date,
            x.version, number.get(x.replaces_id, "") if x.replaces_id else "",
            replaced_by.get(x.id, ""), x.incident.kenmerk if x.incident else "",
            x.recipient.splitlines()[0] if x.recipient else "", x.is_final,
            _pdf_state(session, x)))
    return tuple(rows)


def load_dossier(session: Session, person_id: int) -> Dossier:
    """The person's dossier, every list newest first."""
    person = get_person(session, person_id)
    involvements = session.scalars(select(Involvement).where(Involvement.person_id == person_id))
    parts: dict[int, list[str]] = {}
    for inv in involvements:
        parts.setdefault(inv.incident_id, []).append(inv.part.value)
    incidents = sorted(session.scalars(select(Incident).where(Incident.id.in_(list(parts)))),
                       key=lambda i: (i.reported_on, i.id), reverse=True)
    guardian_ids = [g.id for g in person.guardians]
    conversations = session.scalars(select(Conversation).where(or_(
        Conversation.person_id == person_id,
        Conversation.incident_id.in_(list(parts)) & (Conversation.person_id.is_(None)
                                               | Conversation.person_id.in_(guardian_ids)))))
    measures = list(session.scalars(select(Measure).where(Measure.person_id == person_id)))
    measure_ids = [m.id for m in measures]
    tasks = session.scalars(select(Task).where(or_(Task.person_id == person_id,
                                                   Task.measure_id.in_(measure_ids))))
    return Dossier(
        person_id=person.id, name=_name(person), role=person.role,
        detail=person.group_or_function, school=person.school.name if person.school else "",
        dossier_name=dossier_name(person.role),
        incidents=tuple(DossierIncident(
            i.id, i.kenmerk, i.reported_on, ", ".join(sorted(set(parts[i.id]))),
            i.status.label, i.platform) for i in incidents),
        conversations=tuple(DossierConversation(
            c.id, c.held_on, c.incident.kenmerk, _name(c.person), c.present, c.summary)
            for c in sorted(conversations, key=lambda c: (c.held_on, c.id), reverse=True)),
        measures=tuple(DossierMeasure(
            m.id, m.decided_on, m.incident.kenmerk, m.kind.value, m.stage.value,
            _measure_detail(m))
            for m in sorted(measures, key=lambda m: (m.decided_on, m.id), reverse=True)),
        tasks=tuple(DossierTask(t.id, t.title, t.incident.kenmerk if t.incident else "",
                                t.due_on, t.done_on)
                    for t in sorted(tasks, key=lambda t: (t.due_on or date.min, t.id),
                                    reverse=True)),
        letters=_letters(session, person_id),
    )


def _measure_detail(measure: Measure) -> str:
    if measure.start_on and measure.end_on:
        return f"{short_date(measure.start_on)} t/m {short_date(measure.end_on)}"
    return measure.reason.splitlines()[0] if measure.reason else ""


def record_dossier_view(session: Session, person_id: int) -> None:
    """Log that the dossier was opened ("inzien"), when the audit trail is there."""
    try:
        from skow_desk.services.audit import AuditAction, record
    except ImportError:  # the audit trail is another part of the program; none, no entry
        return
    record(session, AuditAction.VIEW, "person", person_id, person_id, "Dossier geopend")


def dossier_file_name(dossier: Dossier, on: date | None = None) -> str:
    """``Dossier-Daan_van_den_Berg-2026-11-24.pdf``."""
    stem = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in dossier.name.strip())
    return f"Dossier-{stem or dossier.person_id}-{(on or date.today()).isoformat()}.pdf"


# --- the letters window: what is already final for one letter -------------------------------


@dataclass(frozen=True)
class StoredLetter:
    """A finalised letter as the letters window shows it: its data and its checked PDF."""

    id: int
    number: str
    version: int
    kind: str
    measure_id: int | None
    letter_date: date
    data_json: str
    pdf: bytes
    replaces: str = ""
    """The number of the letter this version corrects, if any."""
    sent: str = ""
    """How and when it was sent, in Dutch ("aangetekend verzonden op 9-11-2026")."""

    @property
    def label(self) -> str:
        """``"2026-0002, versie 2, vervangt 2026-0001"``."""
        text = self.number
        if self.version > 1:
            text += f", versie {self.version}"
        return f"{text}, vervangt {self.replaces}" if self.replaces else text


def stored_letters(session: Session, incident_id: int, person_id: int,
                   kind: str) -> list[StoredLetter]:
    """The current (not corrected) final letters of ``kind`` about a person in a case."""
    from skow_desk.services.letters import current_letters, letter_pdf, letters_of_incident

    rows = [x for x in letters_of_incident(session, incident_id)
            if x.person_id == person_id and x.kind == kind]
    return [StoredLetter(x.id, x.number or "", x.version, x.kind, x.measure_id, x.letter_date,
                         x.data_json, letter_pdf(session, x.id),
                         x.replaces.number or "" if x.replaces is not None else "",
                         _sent(x.sent_on, x.sent_via, x.sent_to))
            for x in current_letters(rows)]


def _sent(on: date | None, via: str, to: str) -> str:
    from skow_desk.domain.dates import short_date
    from skow_desk.services.dispatch import DISPATCH_WAYS

    if on is None:
        return ""
    how = DISPATCH_WAYS.get(via, "").lower()
    return " ".join(p for p in (how, f"verzonden op {short_date(on)}",
                                f"aan {to}" if to else "") if p)
