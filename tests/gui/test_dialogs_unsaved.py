"""Nothing typed is ever lost: closing asks Opslaan / Niet opslaan / Annuleren, and a refused
save keeps every word in the form."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from skow_desk.domain.enums import Role
from skow_desk.gui.common import msgbox
from skow_desk.store.models import Conversation, Incident, Involvement, Person
from tests.factories import make_incident, make_person, make_school
from tests.gui.test_case_support import (
    Dialogs,
    cancel_button,
    click,
    click_row,
    save_button,
    tick,
)


@pytest.fixture
def case_id(db: Any) -> int:
    with db.transaction() as s:
        school = make_school(s)
        pupil = make_person(s, school)
        return make_incident(s, school, pupil).id


def new_incident(qtbot: Any, db: Any) -> Any:
    """Nieuwe melding… at a school, shown, nothing typed yet."""
    from skow_desk.gui.cases.dialogs.incident_dialog import IncidentDialog

    with db.transaction() as s:
        make_school(s)
    dialog = IncidentDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def count(db: Any, model: Any) -> int:
    with db.transaction() as s:
        return int(s.scalar(select(func.count()).select_from(model)))


def test_nothing_typed_closes_without_asking(
    qtbot: Any, app: Any, db: Any, dialogs: Dialogs, messages: Any
) -> None:
    dialog = new_incident(qtbot, db)
    assert not dialog.has_unsaved_changes()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert messages.asked == []


def test_cancel_keeps_discard_drops_save_stores(
    qtbot: Any, app: Any, db: Any, dialogs: Dialogs, messages: Any
) -> None:
    dialog = new_incident(qtbot, db)
    text = "Foto van de klas op Instagram gezet."
    qtbot.keyClicks(dialog.form.ui.descriptionEdit, text)
    assert dialog.has_unsaved_changes()

    messages.answers.append(msgbox.Answer.CANCEL)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    assert dialog.form.ui.descriptionEdit.toPlainText() == text
    assert messages.asked[-1][0] == "save"

    messages.answers.append(msgbox.Answer.DISCARD)
    click(qtbot, cancel_button(dialog.form))
    assert not dialog.isVisible()
    assert count(db, Incident) == 0

    again = type(dialog)(db)  # a second Nieuwe melding…
    qtbot.addWidget(again)
    again.show()
    qtbot.keyClicks(again.form.ui.descriptionEdit, text)
    tick(qtbot, again.form.ui.articleA5)
    messages.answers.append(msgbox.Answer.SAVE)
    again.close()  # the window's cross
    assert not again.isVisible()
    assert again.incident_id is not None
    with db.transaction() as s:
        stored = s.get(Incident, again.incident_id)
        assert (stored.description, stored.article_codes) == (text, ["A5"])


def test_refused_save_keeps_every_word(
    qtbot: Any, app: Any, db: Any, dialogs: Dialogs, messages: Any
) -> None:
    dialog = new_incident(qtbot, db)
    ui = dialog.form.ui
    qtbot.keyClicks(ui.reportedByEdit, "medeleerling")
    tick(qtbot, ui.articleA7)
    click(qtbot, save_button(dialog.form))  # no description: refused
    assert messages.texts() == ["Beschrijf wat er is gebeurd."]
    assert dialog.isVisible()
    assert ui.reportedByEdit.text() == "medeleerling" and ui.articleA7.isChecked()
    assert dialog.has_unsaved_changes()
    # Saving from the close question is refused the same way, and the dialog stays open.
    messages.answers.append(msgbox.Answer.SAVE)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and ui.reportedByEdit.text() == "medeleerling"
    assert count(db, Incident) == 0


def test_refused_conversation_keeps_text(
    qtbot: Any, app: Any, db: Any, dialogs: Dialogs, messages: Any, case_id: int
) -> None:
    from skow_desk.gui.cases.dialogs.conversation_dialog import ConversationDialog

    dialog = ConversationDialog(db, case_id)
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    qtbot.keyClicks(ui.presentEdit, "directeur, leerling")
    qtbot.keyClicks(ui.summaryEdit, "Besproken wat er gebeurde.")
    qtbot.keyClick(ui.summaryEdit, Qt.Key.Key_Return)
    qtbot.keyClicks(ui.summaryEdit, "Tweede regel.")
    assert not ui.refusalEdit.isEnabled()
    tick(qtbot, ui.signatureRefusedRadio)
    assert ui.refusalEdit.isEnabled()
    click(qtbot, save_button(dialog))
    assert messages.texts() == ["Vul de reden in waarom de ondertekening is geweigerd."]
    assert ui.summaryEdit.toPlainText() == "Besproken wat er gebeurde.\nTweede regel."
    qtbot.keyClicks(ui.refusalEdit, "wil eerst overleggen met een advocaat")
    click(qtbot, save_button(dialog))
    assert not dialog.isVisible()
    with db.transaction() as s:
        stored = s.scalars(select(Conversation)).one()
        assert stored.refusal_reason == "wil eerst overleggen met een advocaat"
        assert stored.summary == "Besproken wat er gebeurde.\nTweede regel."


def test_enter_in_a_multi_line_field_is_a_new_line(
    qtbot: Any, app: Any, db: Any, dialogs: Dialogs, case_id: int
) -> None:
    from skow_desk.gui.cases.dialogs.consultation_dialog import ConsultationDialog

    dialog = ConsultationDialog(db, case_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.adviceEdit, "Eerste regel")
    qtbot.keyClick(dialog.ui.adviceEdit, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.ui.adviceEdit, "tweede regel")
    assert dialog.isVisible()
    assert dialog.ui.adviceEdit.toPlainText() == "Eerste regel\ntweede regel"
    assert dialog.ui.withWhomEdit.text() == "H. ter Horst"  # the foundation's bestuurder


def test_case_view_melding_edits(
    qtbot: Any, app: Any, db: Any, dialogs: Dialogs, messages: Any, case_id: int
) -> None:
    from skow_desk.gui.cases.case_view import CaseView

    view = CaseView(db, case_id)
    qtbot.addWidget(view)
    view.show()
    form = view.melding_form.ui
    assert not view.has_unsaved_changes()
    assert form.descriptionEdit.toPlainText() == "Filmpje van een klasgenoot geplaatst."
    changed = []
    view.changed.connect(lambda: changed.append(1))
    form.descriptionEdit.clear()
    assert view.has_unsaved_changes()
    assert view.save() is False  # refused: shown, kept
    assert messages.texts() == ["Beschrijf wat er is gebeurd."]
    assert view.has_unsaved_changes() and changed == []
    qtbot.keyClicks(form.descriptionEdit, "Filmpje verwijderd na gesprek.")
    view.refresh()  # a refresh never throws typed text away
    assert form.descriptionEdit.toPlainText() == "Filmpje verwijderd na gesprek."
    assert view.save() is True and changed == [1]
    assert not view.has_unsaved_changes()
    with db.transaction() as s:
        assert s.get(Incident, case_id).description == "Filmpje verwijderd na gesprek."


def test_case_view_asks_before_closing_the_case(
    qtbot: Any, app: Any, db: Any, dialogs: Dialogs, messages: Any, case_id: int
) -> None:
    from skow_desk.gui.cases.case_view import CaseView

    view = CaseView(db, case_id)
    qtbot.addWidget(view)
    qtbot.keyClicks(view.melding_form.ui.reportedByEdit, "mentor")
    messages.answers.append(msgbox.Answer.CANCEL)
    click(qtbot, view.close_button)
    assert dialogs.seen == [] and view.has_unsaved_changes()
    messages.answers.append(msgbox.Answer.DISCARD)
    dialogs.handlers.append(lambda prompt: prompt.reject())
    click(qtbot, view.close_button)
    assert len(dialogs.seen) == 1 and not view.has_unsaved_changes()
    assert view.melding_form.ui.reportedByEdit.text() == ""


def test_picker_asks_only_for_a_chosen_person(
    qtbot: Any, app: Any, db: Any, dialogs: Dialogs, messages: Any, case_id: int
) -> None:
    from skow_desk.gui.common.person_picker import PersonPicker

    with db.transaction() as s:
        make_person(s, make_school(s), Role.PUPIL, "Kowalczyk", first_name="Łukasz")
    picker = PersonPicker(db, case_id)
    qtbot.addWidget(picker)
    picker.show()
    qtbot.keyClicks(picker.ui.searchEdit, "kowal")
    assert picker.model.rowCount() == 1
    assert not picker.has_unsaved_changes()
    click_row(qtbot, picker.ui.resultsView, 0)
    assert picker.has_unsaved_changes()
    messages.answers.append(msgbox.Answer.CANCEL)
    qtbot.keyClick(picker, Qt.Key.Key_Escape)
    assert picker.isVisible() and picker.selected() is not None
    messages.answers.append(msgbox.Answer.DISCARD)
    qtbot.keyClick(picker, Qt.Key.Key_Escape)
    assert not picker.isVisible()
    assert count(db, Involvement) == 1  # only the causer of the factory case
    assert count(db, Person) == 2
