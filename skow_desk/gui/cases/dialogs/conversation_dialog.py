"""The conversation record (gespreksverslag): who was there, what was said, the person's view."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from skow_desk.domain.enums import SignatureStatus
from skow_desk.gui.common.dates import (
    bind_optional,
    optional_value,
    set_optional_value,
    set_value,
    setup_date,
    today,
    value_of,
)
from skow_desk.gui.common.dialog_base import FormDialog, dutch_buttons, setup_ui
from skow_desk.gui.forms.ui_conversation_dialog import Ui_ConversationDialog
from skow_desk.services.case_queries import (
    conversation_input,
    conversation_partners,
    read_only,
)
from skow_desk.services.incidents import ConversationInput, log_conversation, update_conversation
from skow_desk.store.db import Database


class ConversationDialog(FormDialog):
    """Record a conversation about the case, or correct a recorded one."""

    def __init__(
        self,
        db: Database,
        incident_id: int,
        conversation_id: int | None = None,
        parent: QWidget | None = None,
        *,
        person_id: int | None = None,
    ) -> None:
        super().__init__(db, parent)
        self.incident_id = incident_id
        self.conversation_id = conversation_id
        self._new_id: int | None = None
        self.ui = Ui_ConversationDialog()
        setup_ui(self.ui, self)
        ui = self.ui
        dutch_buttons(ui.buttonBox)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        for edit in (ui.heldOnEdit, ui.followUpEdit, ui.sentOnEdit):
            setup_date(edit)
        bind_optional(ui.followUpCheck, ui.followUpEdit)
        bind_optional(ui.sentCheck, ui.sentOnEdit)
        self._radios = {
            SignatureStatus.OPEN: ui.signatureOpenRadio,
            SignatureStatus.SEEN: ui.signatureSeenRadio,
            SignatureStatus.REFUSED: ui.signatureRefusedRadio,
        }
        ui.signatureRefusedRadio.toggled.connect(self._refusal_toggled)
        ui.personCombo.addItem(self.tr("(niemand in het bijzonder)"), None)
        with read_only(db) as session:
            for person in conversation_partners(session, incident_id):
                ui.personCombo.addItem(person.label, person.id)
            data = (conversation_input(session, conversation_id)
                    if conversation_id is not None else None)
        if data is None:
            self.setWindowTitle(self.tr("Gesprek vastleggen"))
            set_value(ui.heldOnEdit, today())
            set_optional_value(ui.followUpCheck, ui.followUpEdit, None)
            set_optional_value(ui.sentCheck, ui.sentOnEdit, None)
            ui.signatureOpenRadio.setChecked(True)
            if person_id is not None:
                ui.personCombo.setCurrentIndex(max(0, ui.personCombo.findData(person_id)))
        else:
            self.setWindowTitle(self.tr("Gespreksverslag wijzigen"))
            self._load(data)
        self._refusal_toggled(ui.signatureRefusedRadio.isChecked())
        ui.heldOnEdit.setFocus()
        self.mark_clean()

    def _load(self, data: ConversationInput) -> None:
        ui = self.ui
        set_value(ui.heldOnEdit, data.held_on)
        ui.personCombo.setCurrentIndex(max(0, ui.personCombo.findData(data.person_id)))
        ui.presentEdit.setText(data.present)
        ui.summaryEdit.setPlainText(data.summary)
        ui.ownViewEdit.setPlainText(data.own_view)
        ui.agreementsEdit.setPlainText(data.agreements)
        set_optional_value(ui.followUpCheck, ui.followUpEdit, data.follow_up_on)
        self._radios[data.signature].setChecked(True)
        ui.refusalEdit.setText(data.refusal_reason)
        set_optional_value(ui.sentCheck, ui.sentOnEdit, data.sent_on)

    def signature(self) -> SignatureStatus:
        """The chosen signature status."""
        for status, radio in self._radios.items():
            if radio.isChecked():
                return status
        return SignatureStatus.OPEN

    def read(self) -> ConversationInput:
        """The record as typed."""
        ui = self.ui
        person = ui.personCombo.currentData()
        refused = self.signature() is SignatureStatus.REFUSED
        return ConversationInput(
            held_on=value_of(ui.heldOnEdit),
            person_id=int(person) if person is not None else None,
            present=ui.presentEdit.text(),
            summary=ui.summaryEdit.toPlainText(),
            own_view=ui.ownViewEdit.toPlainText(),
            agreements=ui.agreementsEdit.toPlainText(),
            follow_up_on=optional_value(ui.followUpCheck, ui.followUpEdit),
            signature=self.signature(),
            refusal_reason=ui.refusalEdit.text() if refused else "",
            sent_on=optional_value(ui.sentCheck, ui.sentOnEdit),
        )

    def _refusal_toggled(self, refused: bool) -> None:
        self.ui.refusalEdit.setEnabled(refused)
        self.ui.refusalLabel.setEnabled(refused)
        if refused:
            self.ui.refusalEdit.setFocus()

    def save_to(self, session: Session) -> None:
        """Record or correct the conversation (a follow-up date becomes a task)."""
        data = self.read()
        if self.conversation_id is None:
            self._new_id = log_conversation(session, self.incident_id, data).id
        else:
            update_conversation(session, self.conversation_id, data)

    def after_save(self) -> None:
        """A saved new record is from now on corrected, not added again."""
        if self.conversation_id is None:
            self.conversation_id = self._new_id
