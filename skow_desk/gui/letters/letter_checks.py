"""The legality checklist (rechtmatigheidstoets) beside the letter, and the urgent exception.

The checklist comes from :mod:`skow_desk.domain.legality` through the letters service; this
module only shows it: one line per item (✓ in orde, ✗ ontbreekt, ! let op), what is missing and
where to record it. Finalising waits until no required item fails.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from skow_desk.domain.legality import CheckItem
from skow_desk.gui.common.dialog_base import FormDialog, dialog_buttons
from skow_desk.services.measures import record_urgent_exception
from skow_desk.store.db import Database

_OK = QColor("#1e6b35")
_FAIL = QColor("#a4262c")
_WARN = QColor("#7a5b00")


def item_text(item: CheckItem) -> str:
    """One checklist line as shown: mark, label, what is missing, where to record it."""
    mark = "✓" if item.ok else ("✗" if item.required else "!")
    text = f"{mark} {item.label}"
    if item.detail:
        text += f"\n    {item.detail}"
    if not item.ok and item.where:
        text += f"\n    Vastleggen: {item.where}"
    return text


def show_checklist(title: QLabel, view: QListWidget, items: Sequence[CheckItem]) -> None:
    """Fill the checklist panel; the title says whether finalising is possible."""
    view.clear()
    for check in items:
        row = QListWidgetItem(item_text(check))
        colour = _OK if check.ok else (_FAIL if check.required else _WARN)
        row.setForeground(QBrush(colour))
        row.setData(Qt.ItemDataRole.UserRole, check.key)
        row.setToolTip(check.where or check.detail)
        view.addItem(row)
    failing = [c for c in items if c.blocks]
    if not items:
        title.setText(title.tr("Rechtmatigheidstoets: maak eerst een concept."))
    elif failing:
        missing = (title.tr("1 punt ontbreekt") if len(failing) == 1
                   else title.tr("{0} punten ontbreken").format(len(failing)))
        title.setText(title.tr("Rechtmatigheidstoets: {0}. Definitief maken kan pas als alles "
                               "in orde is.").format(missing))
        title.setStyleSheet("color: #a4262c; font-weight: bold;")
        return
    else:
        title.setText(title.tr("Rechtmatigheidstoets: in orde. De brief kan definitief worden "
                               "gemaakt."))
    title.setStyleSheet("color: #1e6b35; font-weight: bold;" if items else "")


class UrgentExceptionDialog(FormDialog):
    """Record the written reason for an urgent exception (e.g. suspended before the hearing)."""

    def __init__(self, db: Database, measure_id: int, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.measure_id = measure_id
        self.setObjectName("UrgentExceptionDialog")
        self.setWindowTitle(self.tr("Spoedeisende uitzondering"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Alleen als de zaak geen uitstel verdroeg, bijvoorbeeld: eerst schorsen om de "
            "veiligheid te beschermen en dezelfde dag horen. Schrijf de reden uit; zij wordt "
            "vastgelegd in het logboek en bij de maatregel."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setObjectName("urgentReasonEdit")
        self.reason_edit.setAccessibleName(self.tr("Reden van de uitzondering"))
        layout.addWidget(self.reason_edit)
        buttons = dialog_buttons(self, ok=self.tr("Vastleggen"))
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self.mark_clean()

    def save_to(self, session: Session) -> None:
        record_urgent_exception(session, self.measure_id, self.reason_edit.toPlainText())
