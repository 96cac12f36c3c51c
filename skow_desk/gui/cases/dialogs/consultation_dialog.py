"""The consultation with the directeur-bestuurder: date, with whom, advice."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from skow_desk.gui.common.dates import setup_date, today, value_of
from skow_desk.gui.common.dialog_base import FormDialog, dutch_buttons, setup_ui
from skow_desk.gui.forms.ui_consultation_dialog import Ui_ConsultationDialog
from skow_desk.services.case_queries import board_member, read_only
from skow_desk.services.incidents import record_consultation
from skow_desk.store.db import Database


class ConsultationDialog(FormDialog):
    """Record a consultation about the case with the head of the foundation."""

    def __init__(self, db: Database, incident_id: int, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.incident_id = incident_id
        self.ui = Ui_ConsultationDialog()
        setup_ui(self.ui, self)
        ui = self.ui
        dutch_buttons(ui.buttonBox)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        setup_date(ui.heldOnEdit, today())
        with read_only(db) as session:
            ui.withWhomEdit.setText(board_member(session))
        ui.heldOnEdit.setFocus()
        self.mark_clean()

    def save_to(self, session: Session) -> None:
        """Record the consultation."""
        record_consultation(session, self.incident_id, value_of(self.ui.heldOnEdit),
                            self.ui.withWhomEdit.text(), self.ui.adviceEdit.toPlainText())
