"""Inzage without third parties (AVG art. 15 lid 4), and the letters addressed to a person.

An access request shows the requester their own data; it must not reveal others. Everyone
else involved in the requester's cases (and those persons' parents) is replaced by their part
("de getroffene") in every text of the overview; the requester's own parents and children keep
their names (they are listed as relatives anyway). A finalised letter whose stored text names
someone else is attached as a copy re-made from the stored letter data with those names
replaced; the stored, signed original stays as it is.

Letters are stored with the person they are about; a letter to a pupil's parents sits in the
pupil's dossier. :func:`letters_addressed_to` finds those whose address block names the parent
(her name, or her street and house number).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from skow_desk.domain.enums import Part
from skow_desk.domain.errors import DomainError
from skow_desk.domain.letter_data import LetterData
from skow_desk.services.purge_scrub import Leaver, Replacer, leaver_of
from skow_desk.store.models import Guardianship, Involvement, Letter, Person


def relatives(session: Session, person_id: int) -> set[int]:
    """The person, their parents/guardians and their children."""
    found = {person_id}
    for pupil_id, guardian_id in session.execute(
            select(Guardianship.pupil_id, Guardianship.guardian_id).where(or_(
                Guardianship.pupil_id == person_id, Guardianship.guardian_id == person_id))):
        found.update((pupil_id, guardian_id))
    return found


def _forms(person: Person) -> set[str]:
    leaver = leaver_of(person)
    return {w.lower() for w in leaver.words}


def third_party_replacer(session: Session, person_id: int,
                         incident_ids: Iterable[int]) -> Replacer:
    """A replacer of everyone in these cases who is not the person or a relative of theirs."""
    own = relatives(session, person_id)
    ids = sorted(set(incident_ids))
    parts: dict[int, Part] = {}
    for other_id, part in session.execute(
            select(Involvement.person_id, Involvement.part)
            .where(Involvement.incident_id.in_(ids)).order_by(Involvement.id)):
        if other_id not in own:
            parts.setdefault(other_id, part)
    others = set(parts)
    for guardian_id in session.scalars(
            select(Guardianship.guardian_id).where(Guardianship.pupil_id.in_(sorted(others)))):
        if guardian_id not in own:
            others.add(guardian_id)
    kept: set[str] = set()
    for person in session.scalars(select(Person).where(Person.id.in_(sorted(own)))):
        kept |= _forms(person)
    leavers = []
    for person in session.scalars(select(Person).where(Person.id.in_(sorted(others)))):
        leaver = leaver_of(person)
        # A sibling's shared surname or a shared street must not blank the requester's own.
        leavers.append(Leaver(leaver.person_id, leaver.role_word,
                              tuple(w for w in leaver.names if w.lower() not in kept),
                              tuple(w for w in leaver.places if w.lower() not in kept)))
    return Replacer(session, leavers, parts)


def redacted_letter(letter: Letter, replacer: Replacer) -> LetterData | None:
    """The letter's data with third parties replaced, or ``None`` when it names nobody else
    (or its data cannot be read: then the stored PDF is all there is)."""
    try:
        data = LetterData.from_json(letter.data_json)
    except (DomainError, ValueError, KeyError, TypeError):
        return None
    changed = replacer.any_text(letter.data_json, letter.incident_id)
    if changed == letter.data_json:
        return None
    try:
        redacted = LetterData.from_json(changed)
    except (DomainError, ValueError, KeyError, TypeError):
        return None
    return redacted if redacted != data else None


def _normal(text: str) -> str:
    return " ".join(text.lower().split())


def letters_addressed_to(session: Session, person: Person) -> list[Letter]:
    """Finalised letters in a child's dossier whose address block names ``person``."""
    children = [c for c in relatives(session, person.id) if c != person.id]
    if not children:
        return []
    street = _normal(person.address)
    names = {_normal(f"{person.initials} {person.infix} {person.last_name}"),
             _normal(f"{person.first_name} {person.infix} {person.last_name}")}
    names = {n for n in names if len(n.split()) > 1}
    found = []
    for letter in session.scalars(select(Letter).where(
            Letter.person_id.in_(children), Letter.number.is_not(None))
            .order_by(Letter.letter_date, Letter.id)):
        try:
            lines = LetterData.from_json(letter.data_json).recipient_lines
        except (DomainError, ValueError, KeyError, TypeError):
            continue
        block = _normal(" ".join(lines))
        if (street and re.search(rf"(?<!\w){re.escape(street)}(?!\w)", block)) or any(
                n in block for n in names):
            found.append(letter)
    return found
