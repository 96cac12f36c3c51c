"""Verwijderen op verzoek (AVG art. 17): what goes, what stays, what the law keeps, and why.

Opened from Personen. Nothing happens until a reason is typed (it goes into the audit trail)
and "Definitief verwijderen" is pressed; Annuleren is the default button.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from skow_desk.domain.errors import DomainError
from skow_desk.gui import msgbox
from skow_desk.services.case_queries import read_only
from skow_desk.services.erasure import ELSEWHERE, erase_person, erasure_preview, erasure_texts
from skow_desk.store.db import Database


def _bullets(lines: list[str]) -> str:
    return "<ul style='margin-top:0'>" + "".join(f"<li>{escape(x)}</li>" for x in lines) + "</ul>"


class ErasureDialog(QDialog):
    """Confirm the erasure of one person, with the reason for the log."""

    def __init__(self, db: Database, person_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("erasureDialog")
        self.db, self.person_id = db, person_id
        self.summary = ""  # the audit trail's line, once done
        with read_only(db) as session:
            self.preview = erasure_preview(session, person_id)
        texts = erasure_texts()
        self.setWindowTitle(self.tr("Verwijderen op verzoek (AVG art. 17)"))
        p = self.preview
        body = QLabel(self)
        body.setObjectName("erasureText")
        body.setWordWrap(True)
        body.setTextFormat(Qt.TextFormat.RichText)
        html = [
            "<p><b>" + escape(self.tr("U verwijdert {0} definitief, met alles wat over deze "
                                      "persoon is vastgelegd. Dit kan niet ongedaan worden "
                                      "gemaakt.").format(p.name)) + "</b></p>",
            "<p>" + escape(self.tr("Wordt verwijderd:")) + "</p>", _bullets(p.removed_lines()),
            "<p>" + escape(self.tr("Blijft bewaard:")) + "</p>", _bullets(p.kept_lines()),
            "<p><b>" + escape(self.tr("Wat de wet laat bewaren")) + "</b><br>"
            + escape(texts["kept_by_law"]) + "</p>",
        ]
        if p.open_cases:
            html.append("<p style='color:#9a3412'><b>" + escape(self.tr(
                "Let op: {0} staat in een melding die nog niet is afgerond ({1}). Rond die "
                "eerst af, of wijs het verzoek af zolang er een bezwaar of geschil kan "
                "komen.").format(p.name, ", ".join(p.open_cases))) + "</b></p>")
        html.append("<p>" + escape(texts["answer_term"]) + " " + escape(ELSEWHERE) + "</p>")
        body.setText("".join(html))
        scroll = QScrollArea(self)
        scroll.setObjectName("erasureScroll")
        scroll.setAccessibleName(self.tr("Wat er wordt verwijderd en wat blijft"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        reason_label = QLabel(self.tr("&Reden van het verwijderen (komt in het logboek):"),
                              self)
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setObjectName("erasureReasonEdit")
        self.reason_edit.setAccessibleName(self.tr("Reden van het verwijderen"))
        self.reason_edit.setPlaceholderText(self.tr(
            "Bijvoorbeeld: schriftelijk verzoek van de ouders van 3 december 2026"))
        self.reason_edit.setFixedHeight(64)
        self.reason_edit.setTabChangesFocus(True)
        reason_label.setBuddy(self.reason_edit)
        self.buttons = QDialogButtonBox(self)
        self.erase_button = QPushButton(self.tr("&Definitief verwijderen"), self)
        self.erase_button.setObjectName("eraseButton")
        self.erase_button.setEnabled(False)
        self.erase_button.setAutoDefault(False)
        cancel = QPushButton(self.tr("Annuleren"), self)
        cancel.setObjectName("cancelButton")
        cancel.setDefault(True)
        self.buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        self.erase_button.clicked.connect(self.erase)
        self.buttons.rejected.connect(self.reject)
        self.reason_edit.textChanged.connect(lambda: self.erase_button.setEnabled(
            bool(self.reason_edit.toPlainText().split())))
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(reason_label)
        layout.addWidget(self.reason_edit)
        layout.addWidget(self.buttons)
        self.resize(640, 600)

    def erase(self) -> None:
        """Definitief verwijderen: remove the person; a refusal keeps the dialog and the text."""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.summary = erase_person(self.db, self.person_id,
                                        self.reason_edit.toPlainText())
        except DomainError as error:
            QGuiApplication.restoreOverrideCursor()
            msgbox.error(self, error.message)
            return
        except OSError as error:
            QGuiApplication.restoreOverrideCursor()
            msgbox.error(self, self.tr(
                "De persoon is verwijderd, maar de oude back-ups konden niet worden vervangen "
                "({0}). Start SKOW Desk opnieuw of maak handmatig een back-up.")
                .format(error.strerror or str(error)))
            self.accept()
            return
        QGuiApplication.restoreOverrideCursor()
        self.accept()
