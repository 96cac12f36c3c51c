"""The Melding dialog: a new incident (Ctrl+N) or a full correction of one."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from skow_desk.gui.cases.dialogs.incident_form import IncidentForm
from skow_desk.gui.common.dates import today
from skow_desk.gui.common.dialog_base import FormDialog, dutch_buttons
from skow_desk.services.case_queries import (
    incident_input,
    incident_kenmerk,
    read_only,
    school_choices,
)
from skow_desk.services.incidents import record_incident, update_incident
from skow_desk.store.db import Database


class IncidentDialog(FormDialog):
    """Record a new Melding, or correct one; ``incident_id`` holds the saved id after accept()."""

    def __init__(
        self, db: Database, incident_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(db, parent)
        self.incident_id = incident_id
        self._pending_id: int | None = None
        self.form = IncidentForm(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        self.resize(self.form.size())
        buttons = self.form.ui.buttonBox
        dutch_buttons(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        with read_only(db) as session:
            self.form.load_schools(school_choices(session))
            if incident_id is None:
                self.setWindowTitle(self.tr("Nieuwe melding"))
                self.form.load(None)
            else:
                kenmerk = incident_kenmerk(session, incident_id)
                self.setWindowTitle(self.tr("Melding {0} wijzigen").format(kenmerk))
                self.form.load(incident_input(session, incident_id))
        self.form.ui.schoolCombo.setFocus()
        self.mark_clean()

    def save_to(self, session: Session) -> None:
        """Record or correct the Melding."""
        data = self.form.read()
        if self.incident_id is None:
            self._pending_id = record_incident(session, data, today=today()).id
        else:
            update_incident(session, self.incident_id, data)

    def after_save(self) -> None:
        """The new incident's id counts only once the transaction has committed."""
        if self._pending_id is not None:
            self.incident_id = self._pending_id
            self._pending_id = None
