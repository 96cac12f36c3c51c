"""Feiten en bijlagen: the facts a letter states and the evidence it encloses.

The facts are the incident's "feiten voor de brief" (stored with the incident, audited): the
description with the other people's names replaced by their part. The enclosures are chosen per
letter and listed under "Bijlage(n)".
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from skow_desk.gui.common.dialog_base import dialog_buttons
from skow_desk.services.enclosures import EnclosureChoice


class LetterFactsDialog(QDialog):
    """Edit the facts for letters and tick the evidence to enclose."""

    def __init__(self, facts: str, prefilled: str, choices: list[EnclosureChoice],
                 chosen: Iterable[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("letterFactsDialog")
        self.setWindowTitle(self.tr("Feiten en bijlagen van de brief"))
        self.resize(640, 520)
        self.prefilled = prefilled
        intro = QLabel(self.tr(
            "Deze tekst komt in de brief (en in de dossiernotitie) in plaats van de interne "
            "omschrijving van de melding. Namen van andere betrokkenen zijn vervangen door hun "
            "rol (‘een medeleerling’, ‘een medewerker’, ‘een ouder’); wie de melding deed, komt "
            "nooit in een brief. De omschrijving zelf blijft ongewijzigd."), self)
        intro.setWordWrap(True)
        label = QLabel(self.tr("&Feiten voor de brief:"), self)
        self.facts_edit = QPlainTextEdit(self)
        self.facts_edit.setObjectName("letterFactsEdit")
        self.facts_edit.setAccessibleName(self.tr("Feiten voor de brief"))
        self.facts_edit.setPlainText(facts)
        label.setBuddy(self.facts_edit)
        self.refill_button = QPushButton(self.tr("Opnieuw &invullen uit de omschrijving"), self)
        self.refill_button.setObjectName("refillFactsButton")
        self.refill_button.clicked.connect(lambda: self.facts_edit.setPlainText(self.prefilled))
        enclosures_label = QLabel(self.tr("&Bijlagen bij de brief (bewijsstukken):"), self)
        self.enclosure_list = QListWidget(self)
        self.enclosure_list.setObjectName("enclosureList")
        enclosures_label.setBuddy(self.enclosure_list)
        wanted = set(chosen)
        for choice in choices:
            item = QListWidgetItem(f"{choice.label}  →  in de brief: {choice.text}",
                                   self.enclosure_list)
            item.setData(Qt.ItemDataRole.UserRole, choice.evidence_id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if choice.evidence_id in wanted
                               else Qt.CheckState.Unchecked)
        if not choices:
            enclosures_label.setText(self.tr("Bij deze melding zijn geen bewijsstukken "
                                             "bewaard; de brief heeft geen bijlagen."))
            self.enclosure_list.hide()
        buttons = dialog_buttons(self, ok=self.tr("Gebruiken"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(label)
        layout.addWidget(self.facts_edit, 2)
        layout.addWidget(self.refill_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(enclosures_label)
        layout.addWidget(self.enclosure_list, 1)
        layout.addWidget(buttons)

    def facts(self) -> str:
        """The facts as typed."""
        return self.facts_edit.toPlainText().strip()

    def chosen(self) -> set[int]:
        """The ids of the evidence ticked as enclosures."""
        items = (self.enclosure_list.item(i) for i in range(self.enclosure_list.count()))
        return {int(item.data(Qt.ItemDataRole.UserRole)) for item in items
                if item.checkState() == Qt.CheckState.Checked}
