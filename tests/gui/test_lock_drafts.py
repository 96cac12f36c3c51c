"""Issue 13.1: text typed in a dialog survives an auto-lock followed by closing the program."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from skow_desk.gui.cases.dialogs.conversation_dialog import ConversationDialog
from skow_desk.gui.common import dialog_base as base
from skow_desk.gui.common.drafts import read_drafts
from skow_desk.gui.main_window import MainWindow
from skow_desk.store.vault import open_data
from tests.conftest import PASSPHRASE, TODAY

SUMMARY = "Moeder vertelde dat Sem de foto's al had verwijderd; afspraak volgt."


def _first_incident(db: Any) -> int:
    from sqlalchemy import select

    from skow_desk.store.models import Incident

    with db.sessions() as session:
        return int(session.scalar(select(Incident.id).order_by(Incident.id).limit(1)))


def test_lock_close_restart_finds_the_text(app: Any, demo_folder: Path, qtbot: Any,
                                           monkeypatch: Any, grab: Any) -> None:
    db = open_data(demo_folder, PASSPHRASE)
    window = MainWindow(db, demo_folder, today=TODAY)
    window.show()
    incident_id = _first_incident(db)
    window.open_case(incident_id)
    case = window.cases[incident_id]
    shown: list[QDialog] = []

    def show_modal(dialog: QDialog) -> bool:  # as exec() does, without blocking the test
        dialog.setModal(True)
        dialog.show()
        shown.append(dialog)
        return False

    monkeypatch.setattr(base, "RUN_HOOK", show_modal)
    case._new_conversation()  # "Gesprek vastleggen…" on the case
    dialog = shown[0]
    assert isinstance(dialog, ConversationDialog)
    qtbot.keyClicks(dialog.ui.summaryEdit, SUMMARY)
    qtbot.keyClicks(dialog.ui.presentEdit, "moeder, directeur")
    window.lock()  # the auto-lock's timer calls this
    assert not dialog.isVisible()
    grab(window, "lock-with-dialog")
    window.close()  # the cross on the locked window
    QApplication.processEvents()
    assert not window.isVisible()
    window.deleteLater()
    db.close()

    db = open_data(demo_folder, PASSPHRASE)  # the next start
    try:
        assert read_drafts(db), "the draft is in the database"
        restarted = MainWindow(db, demo_folder, today=TODAY)
        qtbot.addWidget(restarted)
        restarted.show()
        shown.clear()
        restarted.offer_drafts()
        assert len(shown) == 1
        again = shown[0]
        assert isinstance(again, ConversationDialog)
        assert again.incident_id == incident_id
        assert again.ui.summaryEdit.toPlainText() == SUMMARY
        assert again.ui.presentEdit.text() == "moeder, directeur"
        assert again.has_unsaved_changes()  # Annuleren still asks before the text goes
        grab(again, "draft-restored")
        assert read_drafts(db) == []  # reopened once, not at every start
        again.done(QDialog.DialogCode.Rejected)
    finally:
        db.close()


def test_unlock_brings_the_dialog_back_and_forgets_the_draft(
        app: Any, demo_db: Any, demo_folder: Path, qtbot: Any, monkeypatch: Any) -> None:
    window = MainWindow(demo_db, demo_folder, today=TODAY)
    qtbot.addWidget(window)
    window.show()
    dialog = ConversationDialog(demo_db, _first_incident(demo_db), None, window)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.show()
    qtbot.keyClicks(dialog.ui.summaryEdit, "Nog niet af")
    window.lock()
    assert read_drafts(demo_db)[0]["velden"]["summaryEdit"] == "Nog niet af"
    window.lock_screen.passphrase.setText(PASSPHRASE)
    window.lock_screen.try_unlock()
    assert dialog.isVisible()
    assert dialog.ui.summaryEdit.toPlainText() == "Nog niet af"
    assert read_drafts(demo_db) == []
    dialog.done(QDialog.DialogCode.Rejected)


def test_a_draft_kept_before_the_regroup_opens_from_the_new_place(
        app: Any, demo_folder: Path, qtbot: Any) -> None:
    """A draft written by a version with the flat gui/ names the dialog's old module; the
    dialog opens from its new place with the typed text (issue 14 item 6)."""
    from skow_desk.gui.common.drafts import rebuild

    db = open_data(demo_folder, PASSPHRASE)
    try:
        incident_id = _first_incident(db)
        old = "skow_desk.gui" + ".dialogs.conversation_dialog"  # split: the regroup leaves it
        draft = {"klasse": f"{old}:ConversationDialog", "titel": "Gesprek",
                 "argumenten": {"incident_id": incident_id}, "herbouwbaar": True,
                 "velden": {"summaryEdit": SUMMARY}, "teksten": [SUMMARY]}
        dialog = rebuild(db, draft, None)
        assert isinstance(dialog, ConversationDialog)
        qtbot.addWidget(dialog)
        assert dialog.ui.summaryEdit.toPlainText() == SUMMARY
        unknown = rebuild(db, {**draft, "klasse": "skow_desk.gui.weg:Dialoog"}, None)
        assert unknown is None  # the text is then shown to the director instead
    finally:
        db.close()
