"""Inzage (AVG art. 15) names no third parties, and a parent gets the letters sent to her.

Other persons in the case are replaced by their part ("de getroffene") in every text of the
overview and in the attached letters (re-made from the stored letter data when the stored PDF
names someone else). A parent's export includes each letter addressed to her, although it is
stored with her child's dossier.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from pypdf import PdfReader
from sqlalchemy import select

from skow_desk.domain.measures import MeasureKind
from skow_desk.pdf.inzage import export_person
from skow_desk.services.incidents import ConversationInput, log_conversation
from skow_desk.services.letters import draft_letters, finalise_letter, letter_kinds_for_measure
from skow_desk.services.measures import MeasureDecision, decide_measure
from skow_desk.store.models import Guardianship, Incident, Letter, Person
from tests.unit.security.helpers import make_case

REQUESTED = date(2026, 11, 20)
TODAY = date(2026, 11, 24)
THIRD = ("Lotte", "Jansen")


def _text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def _case(db) -> dict[str, int]:
    with db.transaction() as s:
        ids = make_case(s)
        incident = s.get(Incident, ids["incident"])
        incident.description = "Daan filmde Lotte Jansen in de klas en zette het online."
        log_conversation(s, incident.id, ConversationInput(
            held_on=date(2026, 11, 3), person_id=ids["pupil"], present="directeur, Daan",
            summary="Daan zegt dat Lotte Jansen ermee instemde."))
        measure = decide_measure(s, incident.id, MeasureDecision(
            person_id=ids["pupil"], kind=MeasureKind.WARNING, decided_on=date(2026, 11, 10),
            reason="Filmpje van Lotte geplaatst."))
        [kind] = letter_kinds_for_measure(s, measure.id)
        drafts = draft_letters(s, kind, incident.id, ids["pupil"], measure.id,
                               letter_date=date(2026, 11, 10))
        for data in drafts:
            data = replace(data, paragraphs=(*data.paragraphs,
                                             "Lotte Jansen en haar ouders zijn ingelicht."))
            finalise_letter(s, data, incident.id, ids["pupil"], measure.id)
        ids["mother"] = s.scalars(select(Guardianship.guardian_id).where(
            Guardianship.pupil_id == ids["pupil"]).order_by(Guardianship.guardian_id)).first()
        ids["letters"] = len(list(s.scalars(select(Letter).where(
            Letter.person_id == ids["pupil"], Letter.number.is_not(None),
            Letter.kind == kind))))
    return ids


def test_the_pupils_export_names_no_one_else(db, tmp_path: Path) -> None:
    ids = _case(db)
    files = export_person(db, ids["pupil"], tmp_path, REQUESTED, today=TODAY)
    # (make_case's own letter is a stand-in of a few bytes, not a PDF)
    texts = {f.name: _text(f) for f in files if f.read_bytes() != b"%PDF-1.4 brief"}
    assert len(files) >= 2  # the overview and the letters
    for name, text in texts.items():
        for word in THIRD:
            assert word not in text, (name, word)
    overview = texts[files[0].name]
    assert "de getroffene" in overview
    assert "Daan" in overview  # his own name stays


def test_a_parent_gets_the_letter_addressed_to_her(db, tmp_path: Path) -> None:
    ids = _case(db)
    with db.transaction() as s:
        mother = s.get(Person, ids["mother"])
        surname = mother.last_name
    files = export_person(db, ids["mother"], tmp_path, REQUESTED, today=TODAY)
    letters = [f for f in files if f.name.startswith("brief-")]
    assert letters, [f.name for f in files]
    for letter in letters:
        text = _text(letter)
        assert surname in text
        assert "Jansen" not in text and "Lotte" not in text
