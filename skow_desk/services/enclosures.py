"""What goes with a letter ("Bijlage(n)"): evidence the director chooses in the letter dialog.

The choice is stored with the letter's case, person and kind (table ``letter_enclosure``), so
every draft of that letter, in the window or from ``letters --out``, lists the same enclosures.

A letter names an enclosure by what it is and when it was kept ("schermafbeelding van
12 november 2026"), never by its file name or note: those are internal and may name other
people (services/letter_facts.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from skow_desk.domain.dates import long_date
from skow_desk.domain.errors import DomainError
from skow_desk.store.models import Evidence, LetterEnclosure


@dataclass(frozen=True)
class EnclosureChoice:
    """One evidence item the letter may enclose."""

    evidence_id: int
    label: str
    """For the director: file name and note (internal)."""
    text: str
    """As the letter lists it under "Bijlage(n)"."""


def _what(media_type: str, url: str) -> str:
    if url and not media_type.startswith(("image/", "application/pdf", "video/")):
        return "afdruk van een webpagina"
    if media_type.startswith("image/"):
        return "schermafbeelding"
    if media_type.startswith("video/"):
        return "video-opname"
    if media_type == "application/pdf":
        return "document"
    return "bestand"


def enclosure_choices(session: Session, incident_id: int) -> list[EnclosureChoice]:
    """The incident's evidence as possible enclosures, in the order it was added."""
    rows = session.execute(
        select(Evidence.id, Evidence.filename, Evidence.note, Evidence.media_type, Evidence.url,
               Evidence.added_at)
        .where(Evidence.incident_id == incident_id).order_by(Evidence.added_at, Evidence.id)
    ).all()
    choices = []
    for evidence_id, filename, note, media_type, url, added_at in rows:
        label = filename if not note.strip() else f"{filename} — {note.strip()}"
        text = f"{_what(media_type, url)} van {long_date(added_at.date())}"
        choices.append(EnclosureChoice(evidence_id, label, text))
    return choices


def enclosure_texts(choices: list[EnclosureChoice], chosen: set[int]) -> tuple[str, ...]:
    """The "Bijlage(n)" lines of the chosen evidence, numbered when there are several alike."""
    texts = [c.text for c in choices if c.evidence_id in chosen]
    return tuple(f"{index}. {text}" if len(texts) > 1 else text
                 for index, text in enumerate(texts, start=1))


def chosen_enclosures(session: Session, incident_id: int, person_id: int,
                      kind: str) -> set[int]:
    """The evidence ids stored as enclosures of the letter ``kind`` about ``person_id``."""
    return set(session.scalars(select(LetterEnclosure.evidence_id).where(
        LetterEnclosure.incident_id == incident_id, LetterEnclosure.person_id == person_id,
        LetterEnclosure.kind == kind)))


def set_enclosures(session: Session, incident_id: int, person_id: int, kind: str,
                   chosen: Iterable[int]) -> None:
    """Store the evidence chosen as enclosures of one letter (only this case's evidence)."""
    wanted = set(chosen)
    own = set(session.scalars(select(Evidence.id).where(Evidence.incident_id == incident_id)))
    if wanted - own:
        raise DomainError("Een gekozen bijlage hoort niet (meer) bij deze melding.")
    rows = {row.evidence_id: row for row in session.scalars(select(LetterEnclosure).where(
        LetterEnclosure.incident_id == incident_id, LetterEnclosure.person_id == person_id,
        LetterEnclosure.kind == kind))}
    for evidence_id, row in rows.items():
        if evidence_id not in wanted:
            session.delete(row)
    for evidence_id in sorted(wanted - set(rows)):
        session.add(LetterEnclosure(incident_id=incident_id, person_id=person_id, kind=kind,
                                    evidence_id=evidence_id))
    session.flush()


def stored_enclosure_texts(session: Session, incident_id: int, person_id: int,
                           kind: str) -> tuple[str, ...]:
    """The "Bijlage(n)" lines of the letter as stored: the same in the dialog, the ``letters``
    command and a new version of the letter."""
    chosen = chosen_enclosures(session, incident_id, person_id, kind)
    if not chosen:
        return ()
    return enclosure_texts(enclosure_choices(session, incident_id), chosen)
