"""A small dialog asking one date (and optionally a note): task done, zienswijze received …"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from skow_desk.gui.common.dates import setup_date, today, value_of
from skow_desk.gui.common.dialog_base import FormDialog, dialog_buttons
from skow_desk.store.db import Database

SaveDate = Callable[[Session, date, str], object]


class DatePromptDialog(FormDialog):
    """Ask a date (default today) and save it through ``save`` in one transaction."""

    def __init__(
        self,
        db: Database,
        title: str,
        question: str,
        date_label: str,
        save: SaveDate,
        parent: QWidget | None = None,
        *,
        note_label: str = "",
        ok_text: str = "",
    ) -> None:
        super().__init__(db, parent)
        self._save = save
        self.setWindowTitle(title)
        self.setObjectName("DatePromptDialog")
        layout = QVBoxLayout(self)
        intro = QLabel(question, self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("dateEdit")
        setup_date(self.date_edit, today())
        self.date_edit.setAccessibleName(date_label.replace("&", "").rstrip(":"))
        date_title = QLabel(date_label, self)
        date_title.setBuddy(self.date_edit)
        form.addRow(date_title, self.date_edit)
        self.note_edit = QLineEdit(self)
        self.note_edit.setObjectName("noteEdit")
        if note_label:
            self.note_edit.setAccessibleName(note_label.replace("&", "").rstrip(":"))
            note_title = QLabel(note_label, self)
            note_title.setBuddy(self.note_edit)
            form.addRow(note_title, self.note_edit)
        else:
            self.note_edit.hide()
        layout.addLayout(form)
        buttons = dialog_buttons(self, ok=ok_text or self.tr("Opslaan"))
        layout.addWidget(buttons)
        self.buttons = buttons
        self.setMinimumWidth(420)
        self.date_edit.setFocus()
        self.mark_clean()

    def value(self) -> date:
        """The chosen date."""
        return value_of(self.date_edit)

    def save_to(self, session: Session) -> None:
        """Hand the date (and note) to the service."""
        self._save(session, self.value(), self.note_edit.text())
