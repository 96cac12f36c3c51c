"""Bijlage(n) stored with the letter: chosen in the real letter dialog, kept in the record, and
listed the same by a reopened dialog, the final letter and ``letters --kenmerk K --out DIR``."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from skow_desk.cli import main
from skow_desk.gui.letters.letter_dialog import LetterDialog
from skow_desk.gui.letters.letter_facts_dialog import LetterFactsDialog
from skow_desk.services.enclosures import set_enclosures
from skow_desk.services.incidents import add_evidence
from skow_desk.store.models import Letter, LetterEnclosure, Measure
from tests.gui.test_case_support import Dialogs, click
from tests.gui.test_letter_support import suspended_pupil, wait_for_preview
from tests.unit.letters.letter_helpers import pdf_text

PNG = b"\x89PNG\r\n\x1a\n" + b"0" * 40



@pytest.fixture
def case(db: Any) -> dict[str, int]:
    """A suspended pupil whose case keeps a screenshot and a PDF as evidence."""
    ids = suspended_pupil(db)
    with db.transaction() as s:
        ids["shot"] = add_evidence(s, ids["incident"], "tiktok.png", PNG).id
        ids["doc"] = add_evidence(s, ids["incident"], "verslag.pdf", b"%PDF-1.4\n%%EOF\n").id
    return ids


def _open(qtbot: Any, db: Any, case: dict[str, int]) -> LetterDialog:
    dialog = LetterDialog(db, case["incident"], case["measure"])
    qtbot.addWidget(dialog)
    dialog.resize(1366, 768)
    dialog.show()
    return dialog


def _choose_first(qtbot: Any) -> Any:
    def choose(facts: LetterFactsDialog) -> None:
        assert isinstance(facts, LetterFactsDialog)
        facts.enclosure_list.item(0).setCheckState(Qt.CheckState.Checked)
        ok = facts.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        click(qtbot, ok)
    return choose


def _bijlage(text: str) -> str:
    """The "Bijlage(n): …" line of a letter's text (up to the copy line)."""
    found = re.search(r"Bijlagen?: .*?(?= Kopie:|$)", text)
    assert found, text[-300:]
    return found.group(0)


def test_the_chosen_enclosure_is_stored_and_a_reopened_dialog_and_the_final_letter_list_it(
        qtbot: Any, db: Any, case: dict[str, int], dialogs: Dialogs, messages: Any,
        grab: Any) -> None:
    dialog = _open(qtbot, db, case)
    click(qtbot, dialog.draft_button)
    wait_for_preview(qtbot, dialog.preview)
    assert "Bijlage" not in pdf_text(dialog.preview.pdf())
    dialogs.handlers.append(_choose_first(qtbot))
    click(qtbot, dialog.facts_button)
    qtbot.waitUntil(lambda: bool(dialog.drafts and dialog.drafts[0].enclosures), timeout=5000)
    with db.transaction() as s:  # stored with the letter (case, person, kind), not the draft
        rows = s.scalars(select(LetterEnclosure)).all()
        assert [(r.incident_id, r.person_id, r.evidence_id) for r in rows] == [
            (case["incident"], case["person"], case["shot"])]
        kind = rows[0].kind
    dialog.close()  # nothing kept as a concept: the next dialog starts from the record

    again = _open(qtbot, db, case)
    assert again.enclosures == {case["shot"]}
    click(qtbot, again.draft_button)
    wait_for_preview(qtbot, again.preview)
    shown = _bijlage(pdf_text(again.preview.pdf()))
    assert shown.startswith("Bijlage: schermafbeelding van ")
    grab(again, "rec11-brief-bijlage-heropend")
    messages.answers.append((date(2026, 11, 9), "post"))
    click(qtbot, again.finalise_button)
    assert not [m for m in messages.shown if m[0] == "error"], messages.shown
    with db.transaction() as s:
        letters = s.scalars(select(Letter).where(Letter.kind == kind)).all()
        assert letters and all(x.is_final for x in letters)
        for letter in letters:  # the reprint is the stored PDF: the same Bijlage line
            assert _bijlage(pdf_text(letter.pdf)) == shown


def test_letters_out_encloses_the_evidence_chosen_in_the_dialog(
        qtbot: Any, db: Any, case: dict[str, int], dialogs: Dialogs, messages: Any,
        data_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    dialog = _open(qtbot, db, case)
    click(qtbot, dialog.draft_button)
    wait_for_preview(qtbot, dialog.preview)
    dialogs.handlers.append(_choose_first(qtbot))
    click(qtbot, dialog.facts_button)
    qtbot.waitUntil(lambda: bool(dialog.drafts and dialog.drafts[0].enclosures), timeout=5000)
    in_dialog = _bijlage(pdf_text(dialog.preview.pdf()))
    kind = dialog.drafts[0].kind
    dialog.close()
    with db.transaction() as s:
        kenmerk = s.get(Measure, case["measure"]).incident.kenmerk
    db.close()
    out = tmp_path / "brieven"
    assert main(["--data-dir", str(data_folder), "letters", "--kenmerk", kenmerk,
                 "--out", str(out)]) == 0
    written = [Path(line) for line in capsys.readouterr().out.splitlines()
               if line.endswith(".pdf")]
    with_enclosure = [p for p in written if kind.replace("_", "-") in p.name or kind in p.name]
    assert with_enclosure, written
    for path in with_enclosure:
        assert _bijlage(pdf_text(path.read_bytes())) == in_dialog


def test_only_this_cases_evidence_can_be_enclosed(db: Any, case: dict[str, int]) -> None:
    from skow_desk.domain.errors import DomainError

    other = suspended_pupil(db)
    with db.transaction() as s:
        foreign = add_evidence(s, other["incident"], "ander.png", PNG).id
    with pytest.raises(DomainError, match="hoort niet"), db.transaction() as s:
        set_enclosures(s, case["incident"], case["person"], "pupil_schorsing", {foreign})
    with db.transaction() as s:
        assert not s.scalars(select(LetterEnclosure)).all()


def test_erasing_the_person_or_the_case_takes_their_enclosure_choice_along(
        db: Any, case: dict[str, int]) -> None:
    from skow_desk.services.deletion import delete_incident_avg, delete_person_avg

    with db.transaction() as s:
        set_enclosures(s, case["incident"], case["person"], "pupil_schorsing", {case["shot"]})
    other = suspended_pupil(db)
    with db.transaction() as s:
        shot = add_evidence(s, other["incident"], "b.png", PNG).id
        set_enclosures(s, other["incident"], other["person"], "pupil_schorsing", {shot})
    with db.transaction() as s:
        delete_person_avg(s, case["person"], "verzoek van de ouders")
    with db.transaction() as s:
        delete_incident_avg(s, other["incident"], "ten onrechte aangemaakt")
    with db.transaction() as s:
        assert not s.scalars(select(LetterEnclosure)).all()
