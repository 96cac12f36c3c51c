"""Correct or withdraw a measure: the original stays in the case, marked, with the reason."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget
from sqlalchemy.orm import Session

from skow_desk.domain.errors import DomainError
from skow_desk.gui.cases.dialogs.measure_dialog import MeasureDialog
from skow_desk.gui.common.date_prompt import DatePromptDialog
from skow_desk.gui.common.dates import set_optional_value, setup_date, today
from skow_desk.services.case_queries import MeasureRow, read_only
from skow_desk.services.measure_corrections import (
    correct_measure,
    decision_of,
    withdraw_measure,
)
from skow_desk.store.db import Database


class MeasureCorrectionDialog(MeasureDialog):
    """The measure form, filled in from the measure it corrects, with the correction's reason."""

    def __init__(self, db: Database, incident_id: int, measure_id: int,
                 parent: QWidget | None = None) -> None:
        with read_only(db) as session:
            old = decision_of(session, measure_id)
        super().__init__(db, incident_id, parent, person_id=old.person_id, kind=old.kind)
        self.measure_id = measure_id
        self.setWindowTitle(self.tr("Maatregel corrigeren"))
        ui = self.ui
        ui.personCombo.setEnabled(False)  # a correction is about the same person
        ui.intentRadio.setEnabled(False)
        ui.decisionRadio.setEnabled(False)
        self.correction_reason_edit = QLineEdit(self)
        self.correction_reason_edit.setObjectName("correctionReasonEdit")
        self.correction_reason_edit.setAccessibleName(self.tr("Reden van de correctie"))
        self.correction_reason_edit.setPlaceholderText(self.tr(
            "Wat was er onjuist? Dit komt in het logboek en blijft bij de oude maatregel."))
        label = QLabel(self.tr("Reden van de &correctie:"), self)
        label.setBuddy(self.correction_reason_edit)
        ui.measureForm.insertRow(0, label, self.correction_reason_edit)
        for edit, value in ((ui.decidedOnEdit, old.decided_on), (ui.noticeOnEdit, old.notice_on),
                            (ui.startOnEdit, old.start_on), (ui.endOnEdit, old.end_on),
                            (ui.knownSinceEdit, old.known_since)):
            if value is not None:
                setup_date(edit, value)
        ui.reasonEdit.setPlainText(old.reason)
        ui.internalCheck.setChecked(old.internal)
        ui.receivingSchoolEdit.setText(old.receiving_school)
        set_optional_value(ui.searchStartedCheck, ui.searchStartedEdit, old.search_started_on)
        self.delay_reason_edit.setPlainText(old.delay_reason)
        (ui.intentRadio if old.stage.value == "voornemen" else ui.decisionRadio).setChecked(True)
        self.correction_reason_edit.setFocus()
        self.update_preview()
        self.mark_clean()

    def save_to(self, session: Session) -> None:
        """Store the corrected measure; the old one is kept as "gecorrigeerd"."""
        decision = self.decision()
        if decision is None:
            raise DomainError(self.tr("Kies de persoon en de maatregel."))
        correct_measure(session, self.measure_id, decision,
                        self.correction_reason_edit.text(), today())


def withdraw_prompt(db: Database, measure: MeasureRow, parent: QWidget) -> DatePromptDialog:
    """Ask the date and reason of a withdrawal, then withdraw."""
    def save(session: Session, day: date, note: str) -> None:
        withdraw_measure(session, measure.id, note, day)

    return DatePromptDialog(
        db, parent.tr("Maatregel intrekken"),
        parent.tr("De {0} ({1}) van {2} wordt ingetrokken. De maatregel blijft zichtbaar als "
                  "‘ingetrokken’, open taken worden gesloten en u kunt daarna een brief "
                  "‘Intrekking maatregel’ maken. Geef de reden; die komt in de brief.").format(
            measure.kind.value, measure.stage.value, measure.person_name),
        parent.tr("Ingetrokken &op:"), save, parent,
        note_label=parent.tr("&Reden:"), ok_text=parent.tr("Intrekken"))
