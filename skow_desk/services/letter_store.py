"""Finalising letters and reading them back: a finalised letter is numbered, rendered once and
stored with its SHA-256; it never changes afterwards (a correction is a new version)."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from skow_desk.domain.enums import Role
from skow_desk.domain.errors import DomainError, NotFound
from skow_desk.domain.letter_data import LetterData
from skow_desk.services.audit import AuditAction, record
from skow_desk.services.dispatch import (
    Dispatch,
    check_dispatch,
    follow_dispatch,
    postal_note_for,
)
from skow_desk.services.letter_drafting import render
from skow_desk.services.letter_replacement import replacement_paragraphs
from skow_desk.services.lookup import get_or_gone
from skow_desk.store.models import Letter
from skow_desk.store.queries import connection_of
from skow_desk.store.queries.letters import measure_terms, next_letter_number, person_role


def finalise_letter(
    session: Session,
    data: LetterData,
    incident_id: int | None,
    person_id: int,
    measure_id: int | None = None,
    replaces_id: int | None = None,
    dispatch: Dispatch | None = None,
) -> Letter:
    """Number, render and store the letter for good; it never changes afterwards.

    ``dispatch`` says when, how and to whom it is sent; the letter must be dated that day (see
    services/dispatch.py: :func:`redate_drafts`), and the measure's term tasks follow it.
    Without it the letter's date is taken as its dispatch date.
    """
    from skow_desk.letters.templating import LETTER_KINDS

    if not any(p.strip() for p in data.paragraphs):
        raise DomainError("De brief heeft geen tekst.")
    # Reads go to the DBAPI connection under the session (plain SQL, store/queries/letters.py):
    # in the fresh session a letter is finalised in, the ORM would build a whole Person to give
    # its role, at three times the cost. The letter is written through the ORM (below), so the
    # audit trail records it.
    connection = connection_of(session)  # flushed first: earlier work of the caller is seen
    stored_role = person_role(connection, person_id)
    if stored_role is None:
        raise NotFound("Deze persoon bestaat niet (meer).")
    role = Role(stored_role)
    version, replaces = 1, None
    if replaces_id is not None:
        replaces = session.get(Letter, replaces_id)
        if replaces is None or not replaces.is_final:
            raise DomainError("Alleen een definitieve brief kan worden gecorrigeerd.")
        if replaces.person_id != person_id:
            raise DomainError("Een correctie hoort bij dezelfde persoon als de brief die zij "
                              "vervangt.")
        version = replaces.version + 1
    if replaces is not None:
        data = replace(data, paragraphs=replacement_paragraphs(data.paragraphs, replaces))
    measure = measure_terms(connection, measure_id) if measure_id is not None else None
    if dispatch is not None:
        check_dispatch(dispatch, measure)
        if dispatch.sent_on != data.letter_date:
            raise DomainError(
                "De brief is niet gedateerd op de verzenddatum; de termijnen in de brief tellen "
                "vanaf die dag. Maak de brief opnieuw op met de verzenddatum.")
        data = replace(data, postal_note=postal_note_for(dispatch.via, data.postal_note))
    number = next_letter_number(connection, data.letter_date.year)
    final = replace(data, draft=False, number=number)
    pdf = render(session, final)
    kind = LETTER_KINDS.get(final.kind)
    letter = Letter(
        incident_id=incident_id, measure_id=measure_id, person_id=person_id, kind=final.kind,
        dossier=kind.dossier_for(role) if kind else "", number=number, version=version,
        replaces_id=replaces.id if replaces else None,
        recipient="\n".join(final.recipient_lines), data_json=final.to_json(), pdf=pdf,
        sha256=hashlib.sha256(pdf).hexdigest(), letter_date=final.letter_date,
        finalised_at=datetime.now().replace(microsecond=0),
        sent_on=dispatch.sent_on if dispatch else final.letter_date,
        sent_via=dispatch.via if dispatch else "",
        sent_to=dispatch.to.strip() if dispatch else "")
    session.add(letter)
    session.flush()
    follow_dispatch(session, measure, letter.sent_on or final.letter_date)
    # The ORM logs the new row; the audit trail also names the act itself (services/audit.py).
    record(session, AuditAction.FINALISE, "letter", letter.id, person_id,
           f"Brief {number} ({final.kind}, versie {version}) definitief gemaakt"
           + (f"; vervangt {replaces.number}" if replaces is not None else "")
           + (f"; verzonden op {dispatch.sent_on.isoformat()} ({dispatch.via}) aan "
              f"{dispatch.to.strip()}" if dispatch is not None else ""))
    return letter


def get_letter(session: Session, letter_id: int) -> Letter:
    """The letter, or a Dutch error."""
    return get_or_gone(session, Letter, letter_id)


def letter_pdf(session: Session, letter_id: int) -> bytes:
    """The stored PDF of a finalised letter, checked against its SHA-256."""
    letter = get_letter(session, letter_id)
    if letter.pdf is None:
        raise DomainError("Van deze brief is het PDF-bestand verwijderd (bewaartermijn).")
    if hashlib.sha256(letter.pdf).hexdigest() != letter.sha256:
        raise DomainError(f"Brief {letter.number} is beschadigd: de controlecode klopt niet.")
    return letter.pdf


def letters_of_incident(session: Session, incident_id: int) -> list[Letter]:
    """The case's finalised letters, newest first."""
    return list(session.scalars(select(Letter).where(Letter.incident_id == incident_id)
                                .order_by(Letter.finalised_at.desc(), Letter.id.desc())))


def letters_of_person(session: Session, person_id: int) -> list[Letter]:
    """A person's dossier letters, newest first."""
    return list(session.scalars(select(Letter).where(Letter.person_id == person_id)
                                .order_by(Letter.letter_date.desc(), Letter.id.desc())))


def current_letters(letters: list[Letter]) -> list[Letter]:
    """The finalised letters no correction has replaced, oldest first."""
    replaced = {x.replaces_id for x in letters if x.replaces_id is not None}
    return sorted((x for x in letters if x.is_final and x.id not in replaced),
                  key=lambda x: (x.finalised_at or datetime.min, x.id))
