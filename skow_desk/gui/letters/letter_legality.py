"""The letters window's legality check: run it on the drafts, show it, gate ‘Definitief maken’.

A layer between the window's widgets (:class:`LetterWindow`) and its behaviour
(:mod:`letter_editing`, :mod:`letter_finals`,
:class:`~skow_desk.gui.letters.letter_dialog.LetterDialog`).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from skow_desk.domain.errors import DomainError
from skow_desk.domain.legality import CheckItem
from skow_desk.domain.letter_data import LetterData
from skow_desk.domain.rules import NOT_HEARD_WARNING
from skow_desk.gui.common import msgbox
from skow_desk.gui.common.dialog_base import run_dialog
from skow_desk.gui.letters.letter_checks import UrgentExceptionDialog, show_checklist
from skow_desk.gui.letters.letter_drafts import KindChoice
from skow_desk.gui.letters.letter_widgets import LetterWindow
from skow_desk.services.case_queries import read_only
from skow_desk.services.dossier import StoredLetter
from skow_desk.services.legality import letter_checklist
from skow_desk.store.db import Database


class LegalityChecks(LetterWindow):
    """The rechtmatigheidstoets of the drafts on screen, beside the letter."""

    db: Database
    incident_id: int
    drafts: list[LetterData]
    finals: list[StoredLetter]
    shown: tuple[str, KindChoice, int] | None
    pending: dict[str, Any]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.checks: list[CheckItem] = []
        self.recheck_button.clicked.connect(self.recheck)
        self.exception_button.clicked.connect(self.record_exception)

    def recheck(self) -> None:
        """Run the rechtmatigheidstoets on the drafts on screen (their current text)."""
        self.checks = []
        if self.drafts and self.shown is not None:
            _key, choice, person = self.shown
            paragraphs = tuple(p for d in self.drafts for p in d.paragraphs)
            try:
                with read_only(self.db) as session:
                    self.checks = letter_checklist(session, choice.kind, self.incident_id,
                                                   person, choice.measure_id, paragraphs)
            except DomainError as error:
                msgbox.error(self, error.message)
        show_checklist(self.check_title, self.check_list, self.checks)
        if self.shown is not None and any(c.key == "hearing" and c.ok for c in self.checks):
            # the warning stored with the measure is outdated once the hearing is recorded
            self.show_warnings([w for w in self.shown[1].warnings
                                if not w.startswith(NOT_HEARD_WARNING)])
        self.set_buttons(bool(self.drafts), bool(self.finals) and not self.drafts)

    def set_buttons(self, has_draft: bool, has_final: bool) -> None:
        """As the window's buttons, but ‘Definitief maken’ waits for the legality check."""
        super().set_buttons(has_draft, has_final)
        failing = [c for c in self.checks if c.blocks]
        self.finalise_button.setEnabled(has_draft and not failing)
        self.finalise_button.setToolTip(
            self.tr("Eerst in orde maken: {0}.").format(", ".join(c.label for c in failing))
            if has_draft and failing else "")
        self.recheck_button.setEnabled(has_draft)
        hearing = next((c for c in self.checks if c.key == "hearing"), None)
        self.exception_button.setEnabled(has_draft and hearing is not None and not hearing.ok
                                         and self.shown is not None
                                         and self.shown[1].measure_id is not None)

    def record_exception(self) -> None:
        """Spoeduitzondering…: the written reason, into the measure and the audit trail."""
        if self.shown is None or self.shown[1].measure_id is None:
            return
        dialog = UrgentExceptionDialog(self.db, self.shown[1].measure_id, self)
        kept = self.pending.pop("spoedreden", None)  # typed before the program closed locked
        if isinstance(kept, str):
            dialog.reason_edit.setPlainText(kept)
        if run_dialog(dialog):
            self.recheck()
