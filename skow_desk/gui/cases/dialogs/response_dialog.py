"""Zienswijze vastleggen: the zienswijze on an intention (date, how, content in the person's own
words) and the school's weighing of it; or "geen zienswijze" once the term has passed.

The date rules (not in the future, not before the intention, "geen" only after the term) are
checked live under the form with the same Dutch sentence the service refuses with.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from skow_desk.domain.dates import long_date
from skow_desk.domain.errors import DomainError
from skow_desk.domain.rules import RESPONSE_NONE, check_response, response_deadline
from skow_desk.gui.common.dates import set_value, setup_date, today, value_of
from skow_desk.gui.common.dialog_base import FormDialog, dialog_buttons
from skow_desk.services.case_queries.rows import MeasureRow
from skow_desk.services.measures import record_response
from skow_desk.store.db import Database

MODES = (
    ("schriftelijk", "Schriftelijke zienswijze ontvangen"),
    ("mondeling", "Zienswijze in een gesprek gegeven"),
    (RESPONSE_NONE, "Geen zienswijze ontvangen (termijn verstreken)"),
)


class ResponseDialog(FormDialog):
    """Record the zienswijze on one intention, with the school's weighing."""

    def __init__(self, db: Database, intent: MeasureRow, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.intent = intent
        self.due = response_deadline(intent.notice_on or intent.decided_on)
        self.setObjectName("ResponseDialog")
        self.setWindowTitle(self.tr("Zienswijze vastleggen"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Zienswijze van {0} op de voorgenomen {1} van {2}. De termijn loopt tot en met {3}. "
            "Het besluit en de besluitbrief nemen over wat u hier vastlegt.").format(
                intent.person_name, intent.kind.value, long_date(intent.decided_on),
                long_date(self.due)), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.mode_combo = QComboBox(self)
        self.mode_combo.setObjectName("responseModeCombo")
        for value, label in MODES:
            self.mode_combo.addItem(self.tr(label), value)
        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("responseDateEdit")
        setup_date(self.date_edit, intent.response_received_on or today())
        self.content_edit = QPlainTextEdit(self)
        self.content_edit.setObjectName("responseContentEdit")
        self.content_edit.setPlaceholderText(self.tr(
            "Wat bracht de betrokkene naar voren? Zo veel mogelijk in de eigen woorden; de brief "
            "citeert dit tussen aanhalingstekens."))
        self.content_edit.setPlainText(intent.response_text)
        self.weighing_edit = QPlainTextEdit(self)
        self.weighing_edit.setObjectName("weighingEdit")
        self.weighing_edit.setPlaceholderText(self.tr(
            "Hoe weegt de school de zienswijze? Wat neemt u over, wat niet, en waarom? Nodig "
            "vóór het besluit."))
        self.weighing_edit.setPlainText(intent.weighing)
        for edit in (self.content_edit, self.weighing_edit):
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(80)
        self.content_label = QLabel(self.tr("&Inhoud (eigen woorden):"), self)
        self.content_label.setBuddy(self.content_edit)
        self.weighing_label = QLabel(self.tr("&Afweging van de school:"), self)
        self.weighing_label.setBuddy(self.weighing_edit)
        form.addRow(self.tr("&Wat is er gebeurd:"), self.mode_combo)
        form.addRow(self.tr("&Datum:"), self.date_edit)
        form.addRow(self.content_label, self.content_edit)
        form.addRow(self.weighing_label, self.weighing_edit)
        self.form = form
        layout.addLayout(form)
        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("responseProblem")
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #a4262c;")
        layout.addWidget(self.problem_label)
        buttons = dialog_buttons(self, ok=self.tr("Opslaan"))
        layout.addWidget(buttons)
        self.buttons = buttons
        if intent.response_mode in (value for value, _label in MODES):
            self.mode_combo.setCurrentIndex(
                [value for value, _label in MODES].index(intent.response_mode))
        self.mode_combo.currentIndexChanged.connect(self.update_state)
        self.date_edit.dateChanged.connect(self.update_state)
        self.content_edit.textChanged.connect(self.update_state)
        self.setMinimumWidth(560)
        self.update_state()
        self.mark_clean()

    def mode(self) -> str:
        return str(self.mode_combo.currentData())

    def update_state(self) -> None:
        """Show only the fields that fit, and the first problem with what is filled in."""
        none = self.mode() == RESPONSE_NONE
        self.form.setRowVisible(self.content_edit, not none)
        self.form.setRowVisible(self.weighing_edit, not none)
        try:
            check_response(self.intent.decided_on, self.due, value_of(self.date_edit),
                           self.mode(), self.content_edit.toPlainText(), today())
            problem = ""
        except DomainError as error:
            problem = error.message
        self.problem_label.setText(problem)
        self.problem_label.setVisible(bool(problem))

    def save_to(self, session: Session) -> None:
        record_response(session, self.intent.id, value_of(self.date_edit), self.mode(),
                        self.content_edit.toPlainText(), self.weighing_edit.toPlainText(),
                        today=today())

    def set_date(self, day: object) -> None:
        """Test helper: show ``day`` in the date field."""
        from datetime import date

        assert isinstance(day, date)
        set_value(self.date_edit, day)
