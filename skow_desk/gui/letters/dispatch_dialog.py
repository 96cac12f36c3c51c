"""Definitief maken: the dispatch date and way, asked in one step before a letter is final.

The letter is dated the day it is sent and every term in it counts from the day after, so the
director chooses that day here (today, or another day, never before the decision) and how the
letter goes out. Tests answer through ``msgbox.ASK_HOOK`` ("confirm"): ``Answer.YES`` takes the
defaults, a ``(date, way)`` tuple chooses them.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import suppress
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from skow_desk.domain.dates import long_date
from skow_desk.gui.common import msgbox
from skow_desk.gui.common.dates import set_value, setup_date, today, value_of
from skow_desk.gui.common.dialog_base import dialog_buttons
from skow_desk.services.dispatch import DISPATCH_WAYS


class DispatchDialog(QDialog):
    """Verzenddatum, wijze van verzending and who receives it, with the final warning."""

    def __init__(self, text: str, names: Sequence[str], way: str, earliest: date | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DispatchDialog")
        self.setWindowTitle(self.tr("Brief definitief maken en versturen"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        intro = QLabel(text, self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("sentOnEdit")
        setup_date(self.date_edit, max(today(), earliest) if earliest else today())
        if earliest is not None:
            self.date_edit.setMinimumDate(QDate(earliest.year, earliest.month, earliest.day))
        self.date_edit.setAccessibleName(self.tr("Verzenddatum"))
        form.addRow(self.tr("&Verzenddatum:"), self.date_edit)
        self.way_combo = QComboBox(self)
        self.way_combo.setObjectName("wayCombo")
        self.way_combo.setAccessibleName(self.tr("Wijze van verzending"))
        for value, label in DISPATCH_WAYS.items():
            self.way_combo.addItem(label, value)
        self.way_combo.setCurrentIndex(max(0, self.way_combo.findData(way)))
        form.addRow(self.tr("&Verzonden:"), self.way_combo)
        to = QLabel("; ".join(names), self)
        to.setWordWrap(True)
        form.addRow(self.tr("Aan:"), to)
        layout.addLayout(form)
        hint = QLabel(self.tr(
            "De brief krijgt deze datum. Elke termijn in de brief en in de takenlijst telt "
            "vanaf de dag erna (bezwaar zes weken, zienswijze drie weken), en loopt door tot de "
            "volgende werkdag als hij in een weekend of op een feestdag eindigt."), self)
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        layout.addWidget(hint)
        buttons = dialog_buttons(self, ok=self.tr("Definitief maken"))
        layout.addWidget(buttons)
        if earliest is not None:
            self.date_edit.setToolTip(self.tr("Niet vóór het besluit van {0}.")
                                      .format(long_date(earliest)))

    def restore(self, kept: dict[str, object]) -> None:
        """Choose again what was chosen before the program closed locked."""
        with suppress(ValueError):
            set_value(self.date_edit, date.fromisoformat(str(kept.get("datum"))))
        index = self.way_combo.findData(kept.get("wijze"))
        if index >= 0:
            self.way_combo.setCurrentIndex(index)

    def value(self) -> tuple[date, str]:
        """The chosen dispatch date and way."""
        return value_of(self.date_edit), str(self.way_combo.currentData())


def ask_dispatch(parent: QWidget | None, text: str, names: Sequence[str], way: str,
                 earliest: date | None, kept: object = None) -> tuple[date, str] | None:
    """The dispatch date and way, or None when the director does not finalise yet.

    ``kept`` is what was chosen before the program closed locked (``{"datum", "wijze"}``):
    the dialog opens with it.
    """
    if msgbox.ASK_HOOK is not None:
        answer: object = msgbox.ASK_HOOK("confirm", text)
        if isinstance(answer, tuple):
            return answer
        if answer is msgbox.Answer.YES:
            day = today()
            return (max(day, earliest) if earliest else day), way
        return None
    dialog = DispatchDialog(text, names, way, earliest, parent)
    if isinstance(kept, dict):
        dialog.restore(kept)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.value()
