"""What every case dialog shares: one transaction per save, and no typed word ever lost.

A dialog remembers the state of its fields when it is loaded or saved. Closing it while the
fields differ asks Opslaan / Niet opslaan / Annuleren (through
:mod:`skow_desk.gui.common.msgbox`). A refused save shows the service's Dutch sentence and
leaves every field as it was.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from skow_desk.domain.errors import DomainError
from skow_desk.gui.common import msgbox
from skow_desk.store.db import Database

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

log = logging.getLogger(__name__)

# Test hook: when set, called instead of ``dialog.exec()``; returns whether it was accepted.
RUN_HOOK: Callable[[QDialog], bool] | None = None


def run_dialog(dialog: QDialog) -> bool:
    """Show ``dialog`` modally and tell whether it was accepted (saved)."""
    if RUN_HOOK is not None:
        return RUN_HOOK(dialog)
    return dialog.exec() == QDialog.DialogCode.Accepted


def setup_ui(form: Any, widget: QWidget) -> None:
    """Build a generated form (``Ui_X().setupUi``) on ``widget``; the forms carry no types."""
    form.setupUi(widget)


def _value(widget: QWidget) -> object | None:
    """The user-visible value of an input widget, or None for anything else."""
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QComboBox):
        return (widget.currentIndex(), widget.currentText())
    if isinstance(widget, QDateEdit):
        return widget.date().toJulianDay()
    if isinstance(widget, QSpinBox):
        return widget.value()
    if isinstance(widget, QListWidget):
        return tuple(
            (widget.item(i).text(), widget.item(i).checkState().value)
            for i in range(widget.count())
        )
    if isinstance(widget, QAbstractButton) and widget.isCheckable():
        return widget.isChecked()
    return None


def form_state(root: QWidget) -> dict[str, object]:
    """The values of every named input under ``root`` (Qt's own inner widgets left out)."""
    state: dict[str, object] = {}
    for widget in root.findChildren(QWidget):
        name = widget.objectName()
        if not name or name.startswith("qt_") or widget.property("skowNoState"):
            continue
        value = _value(widget)
        if value is not None:
            state[name] = value
    return state


class _ReturnFilter(QObject):
    def __init__(self, callback: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._callback()
            return True
        return False


def on_return(widget: QWidget, callback: Callable[[], None]) -> None:
    """Enter in ``widget`` runs ``callback`` instead of pressing the dialog's default button."""
    widget.installEventFilter(_ReturnFilter(callback, widget))


def save_in_transaction(parent: QWidget, db: Database, work: Callable[[Session], object]) -> bool:
    """Run ``work`` in one transaction; show a refusal calmly and return False."""
    from sqlalchemy.exc import SQLAlchemyError  # loaded by db.transaction() anyway

    try:
        with db.transaction() as session:
            work(session)
    except DomainError as exc:
        msgbox.error(parent, exc.message)
        return False
    except SQLAlchemyError:
        log.exception("Opslaan in een dialoog mislukt")
        msgbox.error(parent, parent.tr(
            "Opslaan is niet gelukt door een fout in de database. Wat u invulde staat er nog; "
            "probeer het opnieuw."))
        return False
    return True


def dutch_buttons(box: QDialogButtonBox, ok: str = "") -> None:
    """Dutch words on the standard buttons (Qt's own translations may be missing)."""
    texts = {
        QDialogButtonBox.StandardButton.Save: box.tr("Opslaan"),
        QDialogButtonBox.StandardButton.Cancel: box.tr("Annuleren"),
        QDialogButtonBox.StandardButton.Ok: ok or box.tr("OK"),
        QDialogButtonBox.StandardButton.Close: box.tr("Sluiten"),
        QDialogButtonBox.StandardButton.Reset: box.tr("Herstellen"),
    }
    for kind, text in texts.items():
        button = box.button(kind)
        if button is not None:
            button.setText(text)
            button.setAccessibleName(text)



OK_CANCEL = QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel


def dialog_buttons(dialog: QDialog,
                   kinds: QDialogButtonBox.StandardButton = OK_CANCEL,
                   ok: str = "") -> QDialogButtonBox:
    """The dialog's standard buttons (OK and Annuleren unless ``kinds`` says otherwise), in
    Dutch, wired to accept and reject; ``ok`` names the OK button after what it does."""
    buttons = QDialogButtonBox(kinds, dialog)
    buttons.setObjectName("buttonBox")
    dutch_buttons(buttons, ok=ok)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class FormDialog(QDialog):
    """A dialog that saves its form in one transaction and guards unsaved changes."""

    saved = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._clean_state: dict[str, object] = {}
        self.ask_text = ""

    def mark_clean(self) -> None:
        """Remember the fields as they are now (just loaded or saved)."""
        self._clean_state = form_state(self)

    def has_unsaved_changes(self) -> bool:
        """Whether any field differs from what was loaded or saved."""
        return form_state(self) != self._clean_state

    def save_to(self, session: Session) -> None:
        """Write the form through the services; raise DomainError to refuse."""
        raise NotImplementedError

    def after_save(self) -> None:
        """Called once the transaction has committed (take over new ids here)."""

    def save(self) -> bool:
        """Save in one transaction; on refusal show why and keep the form as typed."""
        if not save_in_transaction(self, self.db, self.save_to):
            return False
        self.after_save()
        self.mark_clean()
        self.saved.emit()
        return True

    def accept(self) -> None:
        """Save, and close only when the save succeeded."""
        if self.save():
            super().accept()

    def reject(self) -> None:
        """Close (Esc, Annuleren, the window's cross); ask first when something was typed."""
        if self.has_unsaved_changes():
            ask = self.ask_text
            answer = msgbox.ask_save(self, ask) if ask else msgbox.ask_save(self)
            if answer is msgbox.Answer.SAVE:
                self.accept()
                return
            if answer is msgbox.Answer.CANCEL:
                return
        super().reject()
