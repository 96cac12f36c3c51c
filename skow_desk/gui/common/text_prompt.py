"""A small dialog asking one line of text (a reason, a note) and saving it in one transaction."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from skow_desk.gui.common.dialog_base import FormDialog, dialog_buttons
from skow_desk.store.db import Database

SaveText = Callable[[Session, str], object]


class TextPromptDialog(FormDialog):
    """Ask one line (``label``) and hand it to ``save``; the service refuses what is wrong."""

    def __init__(self, db: Database, title: str, question: str, save: SaveText,
                 parent: QWidget | None = None, *, label: str = "", text: str = "",
                 placeholder: str = "", ok_text: str = "") -> None:
        super().__init__(db, parent)
        self._save = save
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        intro = QLabel(question, self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.text_edit = QLineEdit(text, self)
        self.text_edit.setObjectName("textEdit")
        label = label or self.tr("&Tekst:")
        self.text_edit.setAccessibleName(label.replace("&", "").rstrip(":"))
        self.text_edit.setPlaceholderText(placeholder)
        caption = QLabel(label, self)
        caption.setBuddy(self.text_edit)
        form.addRow(caption, self.text_edit)
        layout.addLayout(form)
        self.buttons = dialog_buttons(self, ok=ok_text or self.tr("Opslaan"))
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.mark_clean()

    def save_to(self, session: Session) -> None:
        """Hand the text to the service."""
        self._save(session, self.text_edit.text())
