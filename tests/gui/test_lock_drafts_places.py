"""Issue 13.1 beyond dialogs: the Brieven window and a case's unsaved Melding tab survive an
auto-lock followed by closing the program from the lock screen; the text comes back in the
same place at the next start, with a calm notice, and the director keeps or discards it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox
from sqlalchemy import select

from skow_desk.domain.enums import IncidentStatus, Part
from skow_desk.gui import msgbox
from skow_desk.gui.case_view import TAB_REPORT, CaseView
from skow_desk.gui.dialogs import base
from skow_desk.gui.draft_notice import DraftNotice
from skow_desk.gui.letter_dialog import LetterDialog
from skow_desk.gui.letter_drafts import concept_key, load_concept
from skow_desk.gui.letter_facts_dialog import LetterFactsDialog
from skow_desk.gui.main_window import MainWindow
from skow_desk.services.incidents import add_evidence
from skow_desk.services.kept_drafts import LETTERS_PREFIX, MELDING_PREFIX, kept_drafts
from skow_desk.store.models import Incident, Involvement, Letter
from skow_desk.store.vault import open_data
from tests.conftest import PASSPHRASE, TODAY
from tests.gui.test_case_support import click, tick
from tests.unit.letters.letter_helpers import pdf_text

TYPED = "Wij spraken op 3 december met u en uw ouders over het filmpje."
FACTS = "Op 2 november zette de leerling een filmpje van een medeleerling in de klassenapp."
ADDED = " Later bleek dat het filmpje ook in een tweede groep stond."
POLICE_NUMBER = "PL0900-2026-123456"
KIND = "notitie_dossier"


class Shown:
    """``run_dialog`` as ``exec()`` does it, without blocking: the dialog is shown modal."""

    def __init__(self) -> None:
        self.dialogs: list[QDialog] = []

    def __call__(self, dialog: QDialog) -> bool:
        dialog.setModal(True)
        dialog.show()
        self.dialogs.append(dialog)
        return False

    def last(self, kind: type[Any]) -> Any:
        found = [d for d in self.dialogs if isinstance(d, kind)]
        assert found, f"no {kind.__name__} was opened"
        return found[-1]


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> Shown:
    hook = Shown()
    monkeypatch.setattr(base, "RUN_HOOK", hook)
    return hook


def _case_with_evidence(db: Any) -> int:
    """An open demo case with a causer and no letters yet; a screenshot is added as evidence."""
    with db.transaction() as s:
        causers = set(s.scalars(select(Involvement.incident_id).where(
            Involvement.part == Part.CAUSER)))
        lettered = set(s.scalars(select(Letter.incident_id)))
        open_ = set(s.scalars(select(Incident.id).where(
            Incident.status != IncidentStatus.CLOSED)))
        ids = sorted((causers & open_) - lettered)
        assert ids, "the demo has an open case with a causer"
        add_evidence(s, ids[0], "schermafbeelding klassenapp.png",
                     b"\x89PNG\r\n\x1a\n" + b"0" * 40, note="filmpje in de klassenapp")
        return ids[0]


def _start(folder: Path, qtbot: Any) -> tuple[Any, MainWindow]:
    db = open_data(folder, PASSPHRASE)
    window = MainWindow(db, folder, today=TODAY)
    window.resize(1366, 728)
    window.show()
    return db, window


def _close_locked(db: Any, window: MainWindow, messages: Any) -> None:
    """The cross on the locked window: nothing is asked, the program ends."""
    asked = len(messages.asked)
    window.close()
    QApplication.processEvents()
    assert not window.isVisible()
    assert len(messages.asked) == asked, "nothing is asked behind the lock"
    window.deleteLater()
    db.close()


@pytest.fixture
def restart(demo_folder: Path, qtbot: Any) -> Iterator[Any]:
    """Opens the folder again as the next start does; closes it at the end."""
    opened: list[Any] = []

    def start() -> tuple[Any, MainWindow]:
        db, window = _start(demo_folder, qtbot)
        qtbot.addWidget(window)
        opened.append(db)
        return db, window

    yield start
    for db in opened:
        db.close()


def _open_letters(window: MainWindow, incident_id: int, shown: Shown, qtbot: Any) -> Any:
    window.open_case(incident_id)
    case = window.cases[incident_id]
    assert isinstance(case, CaseView)
    case._open_letters()  # "Brieven…" on the case
    letters = shown.last(LetterDialog)
    letters.resize(1366, 728)
    person = letters.person_id()
    kinds = [c.kind for c in letters.choices.kinds[person]]
    letters.kind_combo.setCurrentIndex(kinds.index(KIND))
    click(qtbot, letters.draft_button)
    assert letters.drafts, "a draft is made"
    click(qtbot, letters.edit_button)
    letters.text_edit.moveCursor(letters.text_edit.textCursor().MoveOperation.End)
    for _ in range(2):  # a blank line starts a new paragraph
        qtbot.keyClick(letters.text_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(letters.text_edit, TYPED)
    return letters


def _letter_drafts(db: Any) -> dict[str, Any]:
    with db.sessions() as s:
        return kept_drafts(s, LETTERS_PREFIX)


def _notice(widget: Any, name: str) -> DraftNotice:
    notice = widget.findChild(DraftNotice, name)
    assert notice is not None and notice.isVisible(), "a notice says the text was restored"
    return notice


def test_lock_close_restart_finds_the_letter_text_and_the_facts(
        app: Any, demo_folder: Path, qtbot: Any, shown: Shown, messages: Any, grab: Any,
        restart: Any) -> None:
    db, window = _start(demo_folder, qtbot)
    incident_id = _case_with_evidence(db)
    letters = _open_letters(window, incident_id, shown, qtbot)
    click(qtbot, letters.facts_button)  # "Feiten en bijlagen…" opens on top of the window
    facts = shown.last(LetterFactsDialog)
    facts.facts_edit.selectAll()
    qtbot.keyClicks(facts.facts_edit, FACTS)
    facts.enclosure_list.item(0).setCheckState(Qt.CheckState.Checked)
    window.lock()  # the auto-lock's timer calls this
    assert not letters.isVisible() and not facts.isVisible()
    grab(window, "d13-lock-over-letters")
    _close_locked(db, window, messages)

    db, again_window = restart()
    assert _letter_drafts(db), "the letters window is kept in the database"
    shown.dialogs.clear()
    again_window.offer_drafts()
    assert any("Brieven — zaak" in text for text in messages.texts())
    again = shown.last(LetterDialog)
    again.resize(1366, 728)
    assert again.incident_id == incident_id
    assert again.choice() is not None and again.choice().kind == KIND
    assert again.editing and TYPED in again.text_edit.toPlainText()
    qtbot.waitUntil(lambda: TYPED in pdf_text(again.preview.pdf()), timeout=5000)
    notice = _notice(again, "lettersDraftNotice")
    assert "teruggezet" in notice.label.text() and "feiten voor de brief" in notice.label.text()
    qtbot.waitUntil(lambda: any(isinstance(d, LetterFactsDialog) for d in shown.dialogs))
    facts = shown.last(LetterFactsDialog)  # the dialog that was open comes back on top
    assert facts.facts_edit.toPlainText() == FACTS
    assert facts.enclosure_list.item(0).checkState() == Qt.CheckState.Checked
    facts.done(QDialog.DialogCode.Rejected)
    grab(again, "d13-letters-draft-restored")
    click(qtbot, notice.keep_button)
    assert not notice.isVisible()
    messages.answers = [msgbox.Answer.SAVE]  # "keep the adjusted concept?" on closing
    click(qtbot, again.close_button)
    assert messages.asked[-1][0] == "save"
    assert _letter_drafts(db) == {}, "settled: the kept draft is gone"
    person = again.person_id()
    concept = load_concept(db, concept_key(incident_id, KIND, person))
    assert concept is not None and TYPED in "\n".join(concept.letters[0].paragraphs)


def test_nothing_is_lost_when_the_auto_lock_fires_over_a_modal_child_of_the_letters(
        app: Any, demo_folder: Path, qtbot: Any, shown: Shown, messages: Any, grab: Any,
        restart: Any) -> None:
    db, window = _start(demo_folder, qtbot)
    incident_id = _case_with_evidence(db)
    letters = _open_letters(window, incident_id, shown, qtbot)
    question = QMessageBox(QMessageBox.Icon.Question, "Bevestigen",
                           "Er staat al een aangepast concept klaar.",
                           QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                           letters)
    question.open()
    chooser = QFileDialog(letters, "Opslaan als PDF")
    chooser.setOption(QFileDialog.Option.DontUseNativeDialog)
    chooser.open()
    assert question.isVisible() and chooser.isVisible() and question.isModal()
    window._lock_timer.setInterval(20)  # the auto-lock fires while both are open
    window._lock_timer.start()
    qtbot.waitUntil(lambda: window.locked, timeout=5000)
    assert not question.isVisible() and not chooser.isVisible()
    kept = _letter_drafts(db)
    assert TYPED in next(iter(kept.values()))["tekst"]
    _close_locked(db, window, messages)

    db, again_window = restart()
    shown.dialogs.clear()
    again_window.offer_drafts()
    again = shown.last(LetterDialog)
    assert TYPED in again.text_edit.toPlainText()
    qtbot.waitUntil(lambda: TYPED in pdf_text(again.preview.pdf()), timeout=5000)
    notice = _notice(again, "lettersDraftNotice")
    messages.answers = [msgbox.Answer.YES]  # "Weggooien?"
    click(qtbot, notice.discard_button)
    assert not notice.isVisible() and not again.drafts and not again.editing
    assert _letter_drafts(db) == {}
    again.done(QDialog.DialogCode.Rejected)


def _melding_drafts(db: Any) -> dict[str, Any]:
    with db.sessions() as s:
        return kept_drafts(s, MELDING_PREFIX)


def test_lock_close_restart_finds_the_unsaved_melding(
        app: Any, demo_folder: Path, qtbot: Any, messages: Any, grab: Any,
        restart: Any) -> None:
    db, window = _start(demo_folder, qtbot)
    incident_id = _case_with_evidence(db)
    window.open_case(incident_id)
    case = window.cases[incident_id]
    assert isinstance(case, CaseView)
    case.tabs.setCurrentIndex(TAB_REPORT)
    ui = case.melding_form.ui
    stored = ui.descriptionEdit.toPlainText()
    ui.descriptionEdit.moveCursor(ui.descriptionEdit.textCursor().MoveOperation.End)
    qtbot.keyClicks(ui.descriptionEdit, ADDED)
    if not ui.policeCheck.isChecked():
        tick(qtbot, ui.policeCheck)
    ui.policeNumberEdit.clear()
    qtbot.keyClicks(ui.policeNumberEdit, POLICE_NUMBER)
    qtbot.keyClicks(ui.newCategoryEdit, "Deepfake")
    click(qtbot, ui.addCategoryButton)
    assert case.has_unsaved_changes()
    window.lock()
    _close_locked(db, window, messages)  # before: "Opslaan / Niet opslaan" behind the lock

    db, again_window = restart()
    assert _melding_drafts(db)
    again_window.offer_drafts()
    assert any(f"Melding {case.kenmerk}" in text for text in messages.texts())
    again = again_window.cases[incident_id]
    assert isinstance(again, CaseView)
    assert again_window.ui.tabs.currentWidget() is again
    assert again.tabs.currentIndex() == TAB_REPORT
    ui = again.melding_form.ui
    assert ui.descriptionEdit.toPlainText() == stored + ADDED
    assert ui.policeCheck.isChecked() and ui.policeNumberEdit.text() == POLICE_NUMBER
    assert "Deepfake" in again.melding_form.checked_categories()
    assert again.has_unsaved_changes()
    tab = again_window.ui.tabs
    assert tab.tabText(tab.indexOf(again)).endswith("•")
    notice = _notice(again, "meldingDraftNotice")
    assert "nog niet opgeslagen" in notice.label.text()
    grab(again_window, "d13-melding-draft-restored")
    click(qtbot, notice.keep_button)
    assert not notice.isVisible() and again.has_unsaved_changes()
    assert again.save()  # "Wijzigingen opslaan"
    assert _melding_drafts(db) == {}
    with db.sessions() as s:
        incident = s.get(Incident, incident_id)
        assert incident.description == stored + ADDED
        assert incident.police_report_number == POLICE_NUMBER


def test_a_restored_melding_can_be_discarded(
        app: Any, demo_folder: Path, qtbot: Any, messages: Any, restart: Any) -> None:
    db, window = _start(demo_folder, qtbot)
    incident_id = _case_with_evidence(db)
    window.open_case(incident_id)
    case = window.cases[incident_id]
    stored = case.melding_form.ui.descriptionEdit.toPlainText()
    qtbot.keyClicks(case.melding_form.ui.descriptionEdit, ADDED)
    window.lock()
    _close_locked(db, window, messages)

    db, again_window = restart()
    again_window.offer_drafts()
    again = again_window.cases[incident_id]
    assert ADDED in again.melding_form.ui.descriptionEdit.toPlainText()
    notice = _notice(again, "meldingDraftNotice")
    messages.answers = [msgbox.Answer.YES]  # "Weggooien?"
    click(qtbot, notice.discard_button)
    assert again.melding_form.ui.descriptionEdit.toPlainText() == stored
    assert not again.has_unsaved_changes() and not notice.isVisible()
    assert _melding_drafts(db) == {}
    with db.sessions() as s:
        assert s.get(Incident, incident_id).description == stored


def test_the_urgent_reason_and_the_dispatch_choice_are_kept_with_the_letter(
        app: Any, db: Any, qtbot: Any, shown: Shown) -> None:
    from datetime import date

    from skow_desk.gui.dialogs.dispatch_dialog import DispatchDialog
    from skow_desk.gui.letter_checks import UrgentExceptionDialog
    from skow_desk.gui.letter_lock_draft import letter_draft, restore_letters
    from tests.gui.test_letter_support import suspended_pupil

    ids = suspended_pupil(db, heard=False)
    letters = LetterDialog(db, ids["incident"], ids["measure"])
    qtbot.addWidget(letters)
    letters.show()
    click(qtbot, letters.draft_button)
    assert letters.exception_button.isEnabled()  # not heard: an urgent exception is possible
    click(qtbot, letters.exception_button)
    urgent = shown.last(UrgentExceptionDialog)
    reason = "Direct gevaar voor een klasgenoot; ouders dezelfde dag gehoord."
    qtbot.keyClicks(urgent.reason_edit, reason)
    sending = DispatchDialog("Definitief maken?", ["de ouders"], "post", date(2026, 11, 4),
                             letters)
    sending.date_edit.setDate(sending.date_edit.date().addDays(3))
    sending.way_combo.setCurrentIndex(sending.way_combo.count() - 1)
    chosen = sending.value()
    sending.show()
    draft = letter_draft(letters)  # what the lock writes
    assert draft is not None and draft["spoedreden"] == reason and draft["open"] == "spoedreden"
    for child in (urgent, sending, letters):
        QDialog.done(child, QDialog.DialogCode.Rejected)  # as closing behind the lock does

    again = LetterDialog(db, ids["incident"], ids["measure"])
    qtbot.addWidget(again)
    again.show()
    shown.dialogs.clear()
    assert restore_letters(again, draft)
    qtbot.waitUntil(lambda: any(isinstance(d, UrgentExceptionDialog) for d in shown.dialogs))
    reopened = shown.last(UrgentExceptionDialog)  # back on top, with the reason typed
    assert reopened.reason_edit.toPlainText() == reason and reopened.has_unsaved_changes()
    notice = _notice(again, "lettersDraftNotice")
    assert "spoeduitzondering" in notice.label.text() and "verzenddatum" in notice.label.text()
    later = DispatchDialog("Definitief maken?", ["de ouders"], "post", date(2026, 11, 4), again)
    qtbot.addWidget(later)
    later.restore(again.pending["verzending"])  # what "Definitief maken…" opens with
    assert later.value() == chosen
    reopened.done(QDialog.DialogCode.Rejected)
