"""The "feiten voor de brief" through the real widgets: the melding form and the letters window.

Screenshots at 1366×768 go to ``$SKOW_SCREENSHOTS`` (default ``/tmp/skow-screenshots``).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from sqlalchemy import select

from skow_desk.domain.enums import Part, Role
from skow_desk.gui.letters.letter_dialog import LetterDialog
from skow_desk.gui.letters.letter_facts_dialog import LetterFactsDialog
from skow_desk.services.case_queries import incident_input
from skow_desk.services.incidents import add_evidence, involve_person, update_incident
from skow_desk.store.models import Incident
from tests.factories import make_person
from tests.gui.test_case_support import Dialogs, click, save_button
from tests.gui.test_letter_support import suspended_pupil, wait_for_preview
from tests.unit.letters.letter_helpers import pdf_text

DESCRIPTION = ("Daan zette een filmpje van Lotte de Vries op TikTok. Lotte's moeder belde. "
               "Gemeld door Ilse Bakker.")
SHOTS = Path(os.environ.get("SKOW_SCREENSHOTS", "/tmp/skow-screenshots"))



def _shoot(widget: QWidget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(SHOTS / f"{name}.png"))


@pytest.fixture
def case(db: Any) -> dict[str, int]:
    """A suspended pupil in a case that also names a harmed classmate and the reporter."""
    ids = suspended_pupil(db)
    with db.transaction() as s:
        incident = s.get(Incident, ids["incident"])
        lotte = make_person(s, incident.school, Role.PUPIL, "Vries", first_name="Lotte",
                            infix="de")
        involve_person(s, incident.id, lotte.id, Part.HARMED)
        data = incident_input(s, incident.id)
        data.description, data.reported_by = DESCRIPTION, "Ilse Bakker"
        update_incident(s, incident.id, data)
        add_evidence(s, incident.id, "tiktok_lotte.png", b"\x89PNG\r\n\x1a\n" + b"0" * 40,
                     note="filmpje van Lotte")
    return ids


def test_the_letter_dialog_edits_the_facts_and_chooses_the_enclosures(
    qtbot: Any, db: Any, case: dict[str, int], dialogs: Dialogs
) -> None:
    dialog = LetterDialog(db, case["incident"], case["measure"])
    qtbot.addWidget(dialog)
    dialog.resize(1366, 768)
    dialog.show()
    click(qtbot, dialog.draft_button)
    wait_for_preview(qtbot, dialog.preview)
    first = pdf_text(dialog.preview.pdf())
    assert "Daan zette een filmpje van een medeleerling op TikTok." in first
    assert "Lotte" not in first and "Bakker" not in first and "Bijlage" not in first
    typed = "Daan zette op 2 november een filmpje van Lotte in de klassenapp."

    def edit(facts: LetterFactsDialog) -> None:
        assert isinstance(facts, LetterFactsDialog)
        shown = facts.facts_edit.toPlainText()
        assert "een medeleerling" in shown and "Lotte" not in shown and "Ilse" not in shown
        facts.resize(640, 520)
        _shoot(facts, "h11d-feiten-en-bijlagen")
        facts.facts_edit.selectAll()
        qtbot.keyClicks(facts.facts_edit, typed)
        item = facts.enclosure_list.item(0)
        assert "tiktok_lotte.png" in item.text()  # the director sees the file...
        item.setCheckState(Qt.CheckState.Checked)
        ok = facts.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        click(qtbot, ok)

    dialogs.handlers.append(edit)
    click(qtbot, dialog.facts_button)
    qtbot.waitUntil(lambda: "klassenapp" in "\n".join(dialog.drafts[0].paragraphs),
                    timeout=5000)
    wait_for_preview(qtbot, dialog.preview)
    text = pdf_text(dialog.preview.pdf())
    # ... the letter names neither the classmate nor the file, and lists the enclosure
    assert "Daan zette op 2 november een filmpje van een medeleerling in de klassenapp." in text
    assert "Lotte" not in text and "tiktok_lotte" not in text
    assert "Bijlage: schermafbeelding van" in text
    _shoot(dialog, "h11d-brieven-feiten")
    with db.transaction() as s:
        stored = s.get(Incident, case["incident"])
        assert stored.letter_facts == typed  # kept with the incident (audited)
        assert stored.description == DESCRIPTION  # the internal description is untouched


def test_the_melding_form_says_which_text_goes_into_letters(
    qtbot: Any, db: Any, case: dict[str, int], dialogs: Dialogs
) -> None:
    from skow_desk.gui.cases.dialogs.incident_dialog import IncidentDialog

    dialog = IncidentDialog(db, case["incident"])
    qtbot.addWidget(dialog)
    dialog.resize(1366, 768)
    dialog.show()
    ui = dialog.form.ui
    assert "brieven" in ui.factsLabel.text() and "intern" in ui.descriptionLabel.text()
    assert ui.factsNote.isVisible() and "nooit wie de melding deed" in ui.factsNote.text()
    assert ui.letterFactsEdit.toPlainText() == (
        "Daan zette een filmpje van een medeleerling op TikTok. De moeder van de medeleerling "
        "belde.")
    _shoot(dialog, "h11d-melding-feiten")
    # untouched, the facts follow the description
    ui.descriptionEdit.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(ui.descriptionEdit, " Lotte huilde.")
    assert ui.letterFactsEdit.toPlainText().endswith("De medeleerling huilde.")
    # saved untouched: nothing stored, the letter keeps following the description
    click(qtbot, save_button(dialog.form))
    with db.transaction() as s:
        assert s.get(Incident, case["incident"]).letter_facts == ""
    # typed by the director: theirs, and no longer overwritten by the description
    dialog = IncidentDialog(db, case["incident"])
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.form.ui
    ui.letterFactsEdit.selectAll()
    qtbot.keyClicks(ui.letterFactsEdit, "Daan plaatste een filmpje van een klasgenoot.")
    ui.descriptionEdit.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(ui.descriptionEdit, " Later meer.")
    assert ui.letterFactsEdit.toPlainText() == "Daan plaatste een filmpje van een klasgenoot."
    click(qtbot, save_button(dialog.form))
    with db.transaction() as s:
        stored = s.scalars(select(Incident).where(Incident.id == case["incident"])).one()
        assert stored.letter_facts == "Daan plaatste een filmpje van een klasgenoot."
        assert stored.description.endswith("Later meer.")
