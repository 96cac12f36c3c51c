"""Issue 13.11: a file gets a note; "Nieuwe persoon…" from the picker fills the right fields
and the case's school."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog

from skow_desk.domain.names import split_typed_name
from skow_desk.gui.cases.dialogs import evidence
from skow_desk.gui.common.person_dialog import PersonDialog
from skow_desk.gui.common.person_picker import PersonPicker
from skow_desk.gui.common.row_models import EvidenceModel
from skow_desk.gui.common.text_prompt import TextPromptDialog
from skow_desk.store.models import Evidence
from tests.factories import make_incident, make_pupil_with_parents, make_school
from tests.gui.test_case_support import Dialogs, click, click_row, open_case, png


@pytest.fixture
def case_id(db: Any) -> int:
    with db.transaction() as s:
        school = make_school(s, brin="22CD", name="Westland College")
        make_school(s)  # another school, first in the list
        return make_incident(s, school, make_pupil_with_parents(s, school)).id


def test_a_file_gets_a_note(qtbot: Any, app: Any, db: Any, dialogs: Dialogs, case_id: int,
                            tmp_path: Path, monkeypatch: Any, grab: Any) -> None:
    view = open_case(qtbot, db, case_id, 1300, 700)
    view.tabs.setCurrentWidget(view.evidence)
    monkeypatch.setattr(evidence, "choose_files", lambda parent: [png(tmp_path)])
    click(qtbot, view.evidence.add_file_button)
    assert not view.evidence.note_button.isEnabled()  # first choose a file
    click_row(qtbot, view.evidence.table, 0)

    def write(dialog: QDialog) -> None:
        assert isinstance(dialog, TextPromptDialog)
        qtbot.keyClicks(dialog.text_edit, "Bericht van 3 november in de klassenapp")
        grab(dialog, "evidence-note")
        click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Ok))

    dialogs.handlers.append(write)
    click(qtbot, view.evidence.note_button)
    assert view.evidence.model.index(0, EvidenceModel.COL_NOTE).data() == (
        "Bericht van 3 november in de klassenapp")
    with db.sessions() as s:
        assert s.query(Evidence).one().note == "Bericht van 3 november in de klassenapp"


@pytest.mark.parametrize(("typed", "expected"), [
    ("Sem", ("Sem", "", "")),
    ("Jan Jansen", ("Jan", "", "Jansen")),
    ("Jan van der Berg", ("Jan", "van der", "Berg")),
    ("Berg, Jan van der", ("Jan", "van der", "Berg")),
])
def test_a_typed_name_is_split_the_dutch_way(typed: str, expected: tuple[str, str, str]) -> None:
    assert split_typed_name(typed) == expected


def test_new_person_from_the_picker_gets_the_name_and_the_case_school(
        qtbot: Any, app: Any, db: Any, dialogs: Dialogs, case_id: int, grab: Any) -> None:
    picker = PersonPicker(db, case_id)
    qtbot.addWidget(picker)
    picker.show()
    qtbot.keyClicks(picker.ui.searchEdit, "Sem")
    seen: list[PersonDialog] = []

    def look(dialog: QDialog) -> None:
        assert isinstance(dialog, PersonDialog)
        seen.append(dialog)
        grab(dialog, "picker-new-person")
        dialog.done(0)

    dialogs.handlers.append(look)
    click(qtbot, picker.ui.newPersonButton)
    [dialog] = seen
    assert dialog.ui.firstNameEdit.text() == "Sem"
    assert dialog.ui.lastNameEdit.text() == ""
    assert dialog.ui.schoolCombo.currentText() == "Westland College"
