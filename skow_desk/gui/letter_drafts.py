"""The letters window's plain side (no Qt): its choices, edited text, kept concepts, tab titles.

An adjusted draft the director wants to keep (Opslaan on closing) is stored as a setting
``concept.<melding>.<soort>.<persoon>``: the JSON of its ``LetterData`` (one per address), the
measure, and for a correction the letters it replaces. It comes back the next time the window
opens for the same letter.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy.orm import Session

from skow_desk.domain.dates import short_date
from skow_desk.domain.enums import Part
from skow_desk.domain.errors import DomainError
from skow_desk.domain.letter_data import LetterData
from skow_desk.letters.engine import split_paragraphs
from skow_desk.letters.kinds import LETTER_KINDS
from skow_desk.services.case_queries import load_case
from skow_desk.services.foundation import get_setting, set_setting
from skow_desk.services.kept_drafts import concept_key as concept_key
from skow_desk.services.letters import MEMO_KINDS, letter_kinds_for_measure
from skow_desk.store.db import Database

CONCEPT_VERSION = 1


@dataclass(frozen=True)
class Concept:
    """An adjusted, not yet final set of letters (one per address)."""

    letters: tuple[LetterData, ...]
    measure_id: int | None = None
    replaces: tuple[int | None, ...] = ()

    def replaces_for(self, index: int) -> int | None:
        """The letter the ``index``-th draft corrects, if any."""
        return self.replaces[index] if index < len(self.replaces) else None


def encode_concept(concept: Concept) -> str:
    """JSON of the concept (each letter as ``LetterData.to_json`` writes it)."""
    return json.dumps({
        "versie": CONCEPT_VERSION,
        "maatregel": concept.measure_id,
        "vervangt": list(concept.replaces),
        "brieven": [json.loads(letter.to_json()) for letter in concept.letters],
    }, ensure_ascii=False, sort_keys=True)


def decode_concept(text: str) -> Concept | None:
    """The concept written by :func:`encode_concept`; None when empty or unreadable."""
    if not text.strip():
        return None
    try:
        raw = json.loads(text)
        if not isinstance(raw, dict) or raw.get("versie") != CONCEPT_VERSION:
            return None
        letters = tuple(LetterData.from_json(json.dumps(item)) for item in raw["brieven"])
        measure = raw.get("maatregel")
        replaces = tuple(r if isinstance(r, int) else None for r in raw.get("vervangt", []))
    except (ValueError, KeyError, TypeError, DomainError):
        return None
    if not letters:
        return None
    return Concept(letters, measure if isinstance(measure, int) else None, replaces)


def load_concept(db: Database, key: str) -> Concept | None:
    """The kept concept, or None."""
    with db.transaction() as session:
        return decode_concept(get_setting(session, key))


def save_concept(db: Database, key: str, concept: Concept) -> None:
    """Keep the adjusted concept for next time."""
    with db.transaction() as session:
        set_setting(session, key, encode_concept(concept))


def clear_concept(db: Database, key: str) -> None:
    """Forget a kept concept (it was made final, or replaced by a new one)."""
    with db.transaction() as session:
        if get_setting(session, key):
            set_setting(session, key, "")


def paragraphs_to_text(paragraphs: tuple[str, ...]) -> str:
    """The letter's paragraphs for the text field: a blank line between paragraphs."""
    return "\n\n".join(paragraphs)


def text_to_paragraphs(text: str) -> tuple[str, ...]:
    """The text field back into paragraphs, by the templates' own rules (VELDEN.md)."""
    return split_paragraphs(text)


def with_paragraphs(letters: list[LetterData], paragraphs: tuple[str, ...]) -> list[LetterData]:
    """Every letter of the set with the adjusted text (both parents read the same letter)."""
    return [replace(letter, paragraphs=paragraphs) for letter in letters]


def addressee_label(data: LetterData) -> str:
    """``"mevrouw K. Łuczak en de heer F. Benali"``: who a letter goes to, for its tab."""
    lines = list(data.recipient_lines)
    names = lines[:-2] if len(lines) > 2 else lines[:1]
    if not names:
        return data.title.lower() or "het dossier"
    # "De heer J. Vos" starts an address line; inside a sentence it is "de heer J. Vos"
    return " en ".join(name[:1].lower() + name[1:] if name.startswith(("De heer", "Mevrouw"))
                       else name for name in names)


def tab_title(index: int, total: int, data: LetterData) -> str:
    """``"Brief 1 van 2 — aan mevrouw K. Łuczak"``."""
    if not data.recipient_lines:
        return data.title or "Document"
    if total == 1:
        return f"Brief aan {addressee_label(data)}"
    return f"Brief {index + 1} van {total} — aan {addressee_label(data)}"


def correction_note(number: str, on: date) -> str:
    """The first paragraph of a correction: which letter it replaces."""
    from skow_desk.services.letter_replacement import replaces_sentence

    return f"{replaces_sentence(on, number)} Die brief is hiermee vervallen."


def as_correction(data: LetterData, number: str, on: date, letter_date: date) -> LetterData:
    """A new draft from a final letter: unnumbered, dated ``letter_date``, naming the old one."""
    note = correction_note(number, on)
    paragraphs = data.paragraphs if data.paragraphs[:1] == (note,) else (note, *data.paragraphs)
    return replace(data, draft=True, number=None, letter_date=letter_date, paragraphs=paragraphs)


# --- what the window offers -------------------------------------------------------------------


@dataclass(frozen=True)
class KindChoice:
    """A letter kind offered for a person, with the measure it is about (if any)."""

    kind: str
    measure_id: int | None
    title: str
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class LetterChoices:
    """The case's causers and, per causer, the letters that fit them."""

    kenmerk: str
    persons: tuple[tuple[int, str], ...]
    kinds: dict[int, tuple[KindChoice, ...]]
    preferred_person: int | None


def letter_choices(session: Session, incident_id: int,
                   measure_id: int | None = None) -> LetterChoices:
    """Who a letter can be about (the causers) and which letters fit each of them.

    The kinds of the person's measures come first (``measure_id``'s own before the others),
    then the gespreksverslag and the notitie, which fit any case.
    """
    case = load_case(session, incident_id)
    persons: list[tuple[int, str]] = []
    kinds: dict[int, tuple[KindChoice, ...]] = {}
    for inv in case.involvements:
        if inv.part is not Part.CAUSER or inv.person_id in kinds:
            continue
        persons.append((inv.person_id, f"{inv.name} ({inv.role.label.lower()})"))
        measures = [m for m in reversed(case.measures) if m.person_id == inv.person_id]
        measures.sort(key=lambda m: m.id != measure_id)
        choices: list[KindChoice] = []
        for measure in measures:
            for kind in letter_kinds_for_measure(session, measure.id):
                if all(c.kind != kind for c in choices):
                    choices.append(KindChoice(
                        kind, measure.id, f"{LETTER_KINDS[kind].title} ({measure.kind.value}, "
                        f"{short_date(measure.decided_on)})", measure.warnings))
        choices += [KindChoice(k, None, LETTER_KINDS[k].title) for k in MEMO_KINDS]
        kinds[inv.person_id] = tuple(choices)
    preferred = next((m.person_id for m in case.measures if m.id == measure_id), None)
    return LetterChoices(case.kenmerk, tuple(persons), kinds, preferred)
