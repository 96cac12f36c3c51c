"""One case (zaak): the protocol's steps, persons, evidence, talks, measures, tasks and letters.

Every button opens the dialog for its step; each dialog saves in one transaction. The Melding
itself is edited in place on its tab; ``has_unsaved_changes``/``save`` cover those edits.
"""

from __future__ import annotations

import importlib
import logging
from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from skow_desk.domain.dates import counted
from skow_desk.domain.enums import IncidentStatus
from skow_desk.domain.errors import DomainError
from skow_desk.gui import msgbox
from skow_desk.gui.case_closing import apply_read_only, may_close
from skow_desk.gui.case_evidence import EvidencePanel
from skow_desk.gui.case_panels import LettersPanel, OverviewPanel, TalksPanel, make_button
from skow_desk.gui.case_timeline import CaseTimeline
from skow_desk.gui.dialogs.base import form_state, run_dialog, save_in_transaction
from skow_desk.gui.dialogs.consultation_dialog import ConsultationDialog
from skow_desk.gui.dialogs.conversation_dialog import ConversationDialog
from skow_desk.gui.dialogs.date_prompt import DatePromptDialog
from skow_desk.gui.dialogs.dates import short
from skow_desk.gui.dialogs.incident_form import IncidentForm
from skow_desk.gui.dialogs.measure_correction import MeasureCorrectionDialog, withdraw_prompt
from skow_desk.gui.dialogs.measure_dialog import MeasureDialog
from skow_desk.gui.dialogs.person_picker import PersonPicker
from skow_desk.gui.dialogs.response_dialog import ResponseDialog
from skow_desk.gui.dialogs.text_prompt import TextPromptDialog
from skow_desk.gui.screen_fit import scrolling
from skow_desk.services.case_queries import (
    CaseData,
    StepKey,
    incident_input,
    load_case,
    read_only,
    school_choices,
)
from skow_desk.services.incidents import (
    close_case,
    remove_involvement,
    reopen_case,
    update_incident,
)
from skow_desk.services.tasks import complete_task, reopen_task
from skow_desk.store.db import Database

log = logging.getLogger(__name__)

TAB_OVERVIEW, TAB_REPORT, TAB_EVIDENCE, TAB_TALKS, TAB_LETTERS = range(5)


class CaseView(QWidget):
    """The case of one incident; ``changed`` after every save."""

    changed = Signal()

    def __init__(self, db: Database, incident_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.incident_id = incident_id
        self.case: CaseData | None = None
        self.setObjectName("caseView")
        self.title = QLabel(self)
        self.title.setObjectName("caseTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel(self)
        self.close_button = make_button(self, self.tr("Zaak &afronden…"), "closeCaseButton")
        self.reopen_button = make_button(self, self.tr("Zaak &heropenen…"), "reopenCaseButton")
        self.timeline = CaseTimeline(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("caseTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(self.tr("Onderdelen van de zaak"))
        self.overview = OverviewPanel(self)
        self.melding_form = IncidentForm(self)
        self.evidence = EvidencePanel(db, incident_id, self)
        self.talks = TalksPanel(self)
        self.letters = LettersPanel(self)
        self.melding_page = self._melding_page()
        for panel, text in ((self.overview, self.tr("Overzicht")),
                            (self.melding_page, self.tr("Melding")),
                            (self.evidence, self.tr("Bewijs")),
                            (self.talks, self.tr("Overleg en gesprekken")),
                            (self.letters, self.tr("Brieven"))):
            self.tabs.addTab(panel, text)
        self._build_layout()
        self._setup_melding_buttons()
        self._connect()
        with read_only(db) as session:
            self.melding_form.load_schools(school_choices(session))
        self._melding_clean = form_state(self.melding_form)
        self.refresh()

    # -- public contract -----------------------------------------------------------------------

    @property
    def kenmerk(self) -> str:
        """The case reference, e.g. ``04XY-2627-007``."""
        return self.case.kenmerk if self.case is not None else ""

    def has_unsaved_changes(self) -> bool:
        """Whether the Melding tab holds edits that are not saved yet."""
        return form_state(self.melding_form) != self._melding_clean

    def save(self) -> bool:
        """Save the Melding edits; False (after showing why) when they are refused."""
        if not self.has_unsaved_changes():
            return True
        data = self.melding_form.read()

        def work(session: Session) -> None:
            update_incident(session, self.incident_id, data)

        if not save_in_transaction(self, self.db, work):
            self.tabs.setCurrentIndex(TAB_REPORT)
            return False
        self._melding_clean = form_state(self.melding_form)
        self._melding_settled()
        self._after_change()
        return True

    def discard_melding(self) -> None:
        """Drop the Melding edits: back to what is stored."""
        self._reset_melding()
        self.changed.emit()

    def _melding_settled(self) -> None:
        """Saved or discarded: a draft kept at a lock is no longer needed."""
        from skow_desk.gui.case_drafts import forget_melding, melding_notice

        forget_melding(self.db, self.incident_id)
        melding_notice(self).hide()

    def refresh(self) -> None:
        """Read the case again and show it; unsaved Melding edits are kept."""
        try:
            with read_only(self.db) as session:
                self.case = load_case(session, self.incident_id)
                report = incident_input(session, self.incident_id)
        except DomainError as exc:
            self.title.setText(exc.message)
            self.tabs.setEnabled(False)
            return
        case = self.case
        self.title.setText(self.tr("Zaak {0}").format(case.kenmerk))
        status = (self.tr("afgerond op {0}").format(short(case.closed_on))
                  if case.status is IncidentStatus.CLOSED else case.status.label.lower())
        self.subtitle.setText(self.tr("{0} · gemeld op {1} · {2}").format(
            case.school_name, short(case.reported_on), status))
        closed = case.status is IncidentStatus.CLOSED
        self.close_button.setVisible(not closed)
        self.reopen_button.setVisible(closed)
        self.timeline.set_steps(case.steps, self._step_buttons(closed))
        ov = self.overview
        ov.people.model.set_rows(case.involvements)
        ov.tasks.model.set_rows(case.tasks)
        ov.measures.model.set_rows(case.measures)
        ov.update_buttons()
        self.evidence.set_rows(case.evidence)
        self.talks.consultations.model.set_rows(case.consultations)
        self.talks.conversations.model.set_rows(case.conversations)
        self.talks.update_buttons()
        self.letters.letters.model.set_rows(case.letters)
        apply_read_only(self, closed)
        open_tasks = sum(1 for t in case.tasks if t.done_on is None)
        self.tabs.setTabText(TAB_OVERVIEW, self.tr("Overzicht ({0})").format(
            counted(open_tasks, self.tr("open taak"), self.tr("open taken")))
            if open_tasks else self.tr("Overzicht"))
        self.tabs.setTabText(TAB_EVIDENCE, self.tr("Bewijs ({0})").format(len(case.evidence)))
        if not self.has_unsaved_changes():
            self.melding_form.load(report)
            self._melding_clean = form_state(self.melding_form)

    # -- layout --------------------------------------------------------------------------------

    def _build_layout(self) -> None:
        head_text = QVBoxLayout()
        head_text.setSpacing(2)
        head_text.addWidget(self.title)
        head_text.addWidget(self.subtitle)
        head = QHBoxLayout()
        head.addLayout(head_text, 1)
        head.addWidget(self.close_button)
        head.addWidget(self.reopen_button)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.timeline)
        layout.addWidget(self.tabs, 1)

    def _melding_page(self) -> QWidget:
        """The Melding form scrolls on a small screen; its buttons stay in sight below it."""
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 9, 6)
        area = scrolling(self.melding_form, page)
        area.setAccessibleName(self.tr("Gegevens van de melding"))
        layout.addWidget(area, 1)
        layout.addWidget(self.melding_form.ui.buttonBox)
        return page

    def _setup_melding_buttons(self) -> None:
        box = self.melding_form.ui.buttonBox
        box.setStandardButtons(QDialogButtonBox.StandardButton.Save
                               | QDialogButtonBox.StandardButton.Reset)
        save = box.button(QDialogButtonBox.StandardButton.Save)
        reset = box.button(QDialogButtonBox.StandardButton.Reset)
        if save is not None and reset is not None:
            save.setText(self.tr("Wijzigingen opslaan"))
            save.setAccessibleName(save.text())
            reset.setText(self.tr("Wijzigingen ongedaan maken"))
            reset.setAccessibleName(reset.text())
            save.clicked.connect(self.save)
            reset.clicked.connect(self._reset_melding)

    def _step_buttons(self, closed: bool) -> dict[StepKey, str]:
        return {
            StepKey.REPORT: self.tr("Melding bekijken"),
            StepKey.CONSULTATION: self.tr("Overleg vastleggen…"),
            StepKey.CONVERSATION: self.tr("Gesprek vastleggen…"),
            StepKey.MEASURE: self.tr("Maatregel…"),
            StepKey.LETTER: self.tr("Brieven…"),
            StepKey.CLOSED: self.tr("Heropenen…") if closed else self.tr("Zaak afronden…"),
        }

    def _connect(self) -> None:
        ov, talks = self.overview, self.talks
        self.timeline.step_clicked.connect(self._step_clicked)
        self.close_button.clicked.connect(self._close_case)
        self.reopen_button.clicked.connect(self._reopen_case)
        ov.add_person_button.clicked.connect(self._add_person)
        ov.remove_person_button.clicked.connect(self._remove_person)
        ov.task_done_button.clicked.connect(self._task_done)
        ov.task_reopen_button.clicked.connect(self._task_reopen)
        ov.new_measure_button.clicked.connect(lambda: self._new_measure())
        ov.decide_button.clicked.connect(self._decide_intent)
        ov.response_button.clicked.connect(self._response_received)
        ov.measure_letter_button.clicked.connect(self._measure_letter)
        ov.correct_measure_button.clicked.connect(self._correct_measure)
        ov.withdraw_measure_button.clicked.connect(self._withdraw_measure)
        talks.new_consultation_button.clicked.connect(self._new_consultation)
        talks.new_conversation_button.clicked.connect(self._new_conversation)
        talks.edit_conversation_button.clicked.connect(self._edit_conversation)
        self.letters.letters_button.clicked.connect(lambda: self._open_letters())
        self.evidence.changed.connect(self._after_change)
        for box in (ov.people, ov.tasks, ov.measures, talks.conversations):
            # after the panel's own update_buttons: a closed case stays read-only
            box.table.selectionModel().selectionChanged.connect(self._keep_read_only)

    def _keep_read_only(self) -> None:
        closed = self.case is not None and self.case.status is IncidentStatus.CLOSED
        if closed:
            apply_read_only(self, closed)

    # -- actions -------------------------------------------------------------------------------

    def _after_change(self) -> None:
        self.refresh()
        self.changed.emit()

    def _run(self, dialog: QDialog) -> None:
        if run_dialog(dialog):
            self._after_change()

    def _step_clicked(self, key: str) -> None:
        step = StepKey(key)
        if step is StepKey.REPORT:
            self.tabs.setCurrentIndex(TAB_REPORT)
        elif step is StepKey.CONSULTATION:
            self.tabs.setCurrentIndex(TAB_TALKS)
            self._new_consultation()
        elif step is StepKey.CONVERSATION:
            self.tabs.setCurrentIndex(TAB_TALKS)
            self._new_conversation()
        elif step is StepKey.MEASURE:
            self.tabs.setCurrentIndex(TAB_OVERVIEW)
            self._new_measure()
        elif step is StepKey.LETTER:
            self.tabs.setCurrentIndex(TAB_LETTERS)
            self._open_letters()
        elif self.case is not None and self.case.status is IncidentStatus.CLOSED:
            self._reopen_case()
        else:
            self._close_case()

    def _reset_melding(self) -> None:
        self._melding_clean = {}
        with read_only(self.db) as session:
            self.melding_form.load(incident_input(session, self.incident_id))
        self._melding_clean = form_state(self.melding_form)
        self._melding_settled()

    def _add_person(self) -> None:
        self._run(PersonPicker(self.db, self.incident_id, self))

    def _remove_person(self) -> None:
        chosen = self.overview.people.selected()
        if chosen is None:
            return
        question = self.tr("{0} als {1} uit deze zaak halen? Gebruik dit alleen voor een "
                           "vergissing.").format(chosen.name, chosen.part.value)
        if not msgbox.confirm(self, question, yes=self.tr("Uit de zaak halen"),
                              no=self.tr("Niet doen")):
            return
        if save_in_transaction(self, self.db, lambda s: remove_involvement(s, chosen.id)):
            self._after_change()

    def _task_done(self) -> None:
        task = self.overview.tasks.selected()
        if task is None:
            return
        self._run(DatePromptDialog(
            self.db, self.tr("Taak afvinken"),
            self.tr("Wanneer is deze taak gedaan?\n{0}").format(
                task.title + (self.tr(" (uiterlijk {0})").format(short(task.due_on))
                              if task.due_on is not None else "")),
            self.tr("Gedaan &op:"),
            lambda s, day, note: complete_task(s, task.id, day, note), self,
            note_label=self.tr("&Toelichting:"), ok_text=self.tr("Afvinken")))

    def _task_reopen(self) -> None:
        task = self.overview.tasks.selected()
        if task is not None and save_in_transaction(
                self, self.db, lambda s: reopen_task(s, task.id)):
            self._after_change()

    def _new_measure(self, person_id: int | None = None) -> None:
        if self.case is not None and not self.case.has_causer:
            msgbox.information(self, self.tr(
                "Een maatregel is voor de veroorzaker. Voeg eerst bij ‘Betrokkenen’ de persoon "
                "toe die het bericht plaatste, als veroorzaker."))
            return
        self._run(MeasureDialog(self.db, self.incident_id, self, person_id=person_id))

    def _decide_intent(self) -> None:
        measure = self.overview.measures.selected()
        if measure is not None:
            self._run(MeasureDialog(self.db, self.incident_id, self,
                                    person_id=measure.person_id, kind=measure.kind))

    def _response_received(self) -> None:
        measure = self.overview.measures.selected()
        if measure is None:
            return
        self._run(ResponseDialog(self.db, measure, self))

    def _correct_measure(self) -> None:
        measure = self.overview.measures.selected()
        if measure is not None:
            self._run(MeasureCorrectionDialog(self.db, self.incident_id, measure.id, self))

    def _withdraw_measure(self) -> None:
        measure = self.overview.measures.selected()
        if measure is not None:
            self._run(withdraw_prompt(self.db, measure, self))

    def _measure_letter(self) -> None:
        measure = self.overview.measures.selected()
        self._open_letters(measure.id if measure is not None else None)

    def _new_consultation(self) -> None:
        self._run(ConsultationDialog(self.db, self.incident_id, self))

    def _new_conversation(self) -> None:
        self._run(ConversationDialog(self.db, self.incident_id, None, self))

    def _edit_conversation(self) -> None:
        chosen = self.talks.conversations.selected()
        if chosen is not None:
            self._run(ConversationDialog(self.db, self.incident_id, chosen.id, self))

    def open_letters_with(self, draft: dict[str, Any]) -> None:
        """The letters window again, with what was kept in it when the program closed locked."""
        self.tabs.setCurrentIndex(TAB_LETTERS)
        window_measure = draft.get("venster_maatregel")
        self._open_letters(window_measure if isinstance(window_measure, int) else None, draft)

    def _open_letters(self, measure_id: int | None = None,
                      draft: dict[str, Any] | None = None) -> None:
        """Open the letters window of another part of the program, when it is there."""
        try:
            module = importlib.import_module("skow_desk.gui.letter_dialog")
            letter_dialog = module.LetterDialog
        except (ImportError, AttributeError):
            msgbox.information(self, self.tr(
                "Brieven zijn nog niet beschikbaar in deze versie. De zaak zelf is wel "
                "volledig opgeslagen."))
            return
        dialog = letter_dialog(self.db, self.incident_id, measure_id=measure_id, parent=self)
        if draft is not None:
            from skow_desk.gui.letter_lock_draft import forget_letters, restore_letters

            if not restore_letters(dialog, draft):
                forget_letters(self.db, self.incident_id)
        run_dialog(dialog)
        self._after_change()

    def _settle_melding(self) -> bool:
        """Before closing the case: save or drop Melding edits; False to stop."""
        if not self.has_unsaved_changes():
            return True
        answer = msgbox.ask_save(self)
        if answer is msgbox.Answer.SAVE:
            return self.save()
        if answer is msgbox.Answer.DISCARD:
            self.discard_melding()
            return True
        return False

    def _close_case(self) -> None:
        if not self._settle_melding() or not may_close(self):
            return

        def close(session: Session, day: date, _note: str) -> None:
            close_case(session, self.incident_id, day)  # its open tasks were asked above

        dialog = DatePromptDialog(
            self.db, self.tr("Zaak afronden"),
            self.tr("Op welke datum is de zaak afgerond? Een afgeronde zaak telt mee in het "
                    "jaaroverzicht; u kunt hem later heropenen."),
            self.tr("Afgerond &op:"), close, self, ok_text=self.tr("Zaak afronden"))
        self._run(dialog)

    def _reopen_case(self) -> None:
        self._run(TextPromptDialog(
            self.db, self.tr("Zaak heropenen"),
            self.tr("Waarom gaat zaak {0} weer open? De reden komt in het logboek.").format(
                self.kenmerk),
            lambda s, reason: reopen_case(s, self.incident_id, reason), self,
            label=self.tr("&Reden:"), placeholder=self.tr("bijvoorbeeld: ouders maken bezwaar"),
            ok_text=self.tr("Heropenen")))
