"""A letter that replaces another says so: "Deze brief vervangt onze brief van <datum> met
briefnummer <N>." — for a correction of the same letter, and for the letter about a corrected
measure, which replaces the letter about the original measure."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from skow_desk.domain.letter_data import LetterData
from skow_desk.store.models import Letter, Measure

REPLACES_PREFIX = "Deze brief vervangt onze brief van "


def replaces_sentence(letter_date: date, number: str | None) -> str:
    """The opening sentence of a corrected letter."""
    from skow_desk.domain.dates import long_date

    return f"{REPLACES_PREFIX}{long_date(letter_date)} met briefnummer {number}."


def replacement_paragraphs(paragraphs: tuple[str, ...], replaces: Letter) -> tuple[str, ...]:
    """The paragraphs of a correction: first the sentence naming the letter it replaces (a
    correction of a correction names only its direct predecessor)."""
    sentence = replaces_sentence(replaces.letter_date, replaces.number)
    if paragraphs[:1] and paragraphs[0].startswith(sentence):
        return paragraphs
    kept = tuple(p for p in paragraphs if not p.startswith(REPLACES_PREFIX))
    return (sentence, *kept)


def letters_replaced_by_correction(
    session: Session, measure_id: int, kind: str
) -> list[Letter]:
    """The current final letters of ``kind`` about the measure that ``measure_id`` corrected:
    a letter about the corrected measure replaces them (and says so)."""
    old = session.scalars(select(Measure).where(Measure.corrected_by_id == measure_id)).first()
    if old is None:
        return []
    from skow_desk.services.letters import current_letters, letters_of_incident

    rows = [x for x in letters_of_incident(session, old.incident_id)
            if x.measure_id == old.id and x.kind == kind]
    return current_letters(rows)


def pair_replaced(drafts: list[LetterData], replaced: list[Letter]) -> list[int | None]:
    """Per draft, the letter to the same address it replaces (None when there is none)."""
    by_address = {x.recipient: x for x in replaced}
    return [by_address[r].id if (r := "\n".join(d.recipient_lines)) in by_address else None
            for d in drafts]


def with_replacements(session: Session, drafts: list[LetterData], measure_id: int | None,
                      kind: str) -> tuple[list[LetterData], list[int | None]]:
    """The drafts about a corrected measure, each opening with the sentence naming the letter
    to the same address it replaces, and per draft the id of that letter (None: replaces none).
    The letters window and ``letters --out`` draft the same text."""
    replaced = (letters_replaced_by_correction(session, measure_id, kind)
                if measure_id is not None else [])
    replaces = pair_replaced(drafts, replaced)
    olds = {x.id: x for x in replaced}
    return ([d if old is None else replace(
        d, paragraphs=replacement_paragraphs(d.paragraphs, olds[old]))
        for d, old in zip(drafts, replaces, strict=True)], replaces)
