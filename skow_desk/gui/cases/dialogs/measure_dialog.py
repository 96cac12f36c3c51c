"""Deciding a measure, with the legal rules checked while the form is filled in.

Only causers of the case can be chosen, only the measures the protocol gives for their role are
offered, and only the fields that matter for the chosen measure are shown. On every change the
form asks :func:`skow_desk.services.measures.preview_measure` (in a transaction that is always
rolled back) and shows the refusal in red, or the tasks and warnings the decision will create;
Opslaan stays disabled while the rules refuse.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFrame,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from skow_desk.domain.enums import Role, Stage
from skow_desk.domain.errors import DomainError
from skow_desk.domain.measures import TWO_STEP, MeasureKind
from skow_desk.domain.rules import response_deadline
from skow_desk.gui.cases.dialogs import measure_preview
from skow_desk.gui.common.dates import (
    bind_optional,
    optional_value,
    set_optional_value,
    set_value,
    setup_date,
    short,
    today,
    value_of,
)
from skow_desk.gui.common.dialog_base import FormDialog, dutch_buttons, setup_ui
from skow_desk.gui.forms.ui_measure_dialog import Ui_MeasureDialog
from skow_desk.services.case_queries import (
    IntentInfo,
    PersonChoice,
    causers,
    incident_reported_on,
    open_intent,
    read_only,
)
from skow_desk.services.measures import (
    MeasureDecision,
    allowed_measures,
    decide_measure,
    preview_measure,
)
from skow_desk.services.school_calendar import incident_calendar
from skow_desk.store.db import Database

log = logging.getLogger(__name__)


class MeasureDialog(FormDialog):
    """Record an intended or decided measure for one of the case's causers."""

    def __init__(
        self,
        db: Database,
        incident_id: int,
        parent: QWidget | None = None,
        *,
        person_id: int | None = None,
        kind: MeasureKind | None = None,
    ) -> None:
        super().__init__(db, parent)
        self.incident_id = incident_id
        self.ui = Ui_MeasureDialog()
        setup_ui(self.ui, self)
        ui = self.ui
        dutch_buttons(ui.buttonBox)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        self._updating = False
        self._notice_follows = True
        self._intent: IntentInfo | None = None
        self.preview: measure_preview.Preview | None = None
        with read_only(db) as session:
            self._reported_on = incident_reported_on(session, incident_id)
            self._people: dict[int, PersonChoice] = {p.id: p for p in causers(session, incident_id)}
            calendar = incident_calendar(session, incident_id)
        for person in self._people.values():
            ui.personCombo.addItem(person.label, person.id)
        decided = today()
        for edit in (ui.decidedOnEdit, ui.noticeOnEdit, ui.knownSinceEdit, ui.searchStartedEdit):
            setup_date(edit, decided)
        # the first school day after today, by the school's holidays and free days
        setup_date(ui.startOnEdit, calendar.next_school_day(decided))
        setup_date(ui.endOnEdit, calendar.next_school_day(decided))
        self._add_delay_reason()
        self._steady_check_box()
        bind_optional(ui.searchStartedCheck, ui.searchStartedEdit)
        set_optional_value(ui.searchStartedCheck, ui.searchStartedEdit, None)
        if person_id is not None:
            ui.personCombo.setCurrentIndex(max(0, ui.personCombo.findData(person_id)))
        self._fill_kinds(kind)
        self._choose_stage()
        ui.personCombo.currentIndexChanged.connect(self._person_changed)
        ui.kindCombo.currentIndexChanged.connect(self._kind_changed)
        ui.decidedOnEdit.dateChanged.connect(self._decided_changed)
        ui.noticeOnEdit.dateChanged.connect(self._notice_changed)
        for radio in (ui.intentRadio, ui.decisionRadio):
            radio.toggled.connect(self._stage_changed)
        for edit in (ui.startOnEdit, ui.endOnEdit, ui.knownSinceEdit, ui.searchStartedEdit):
            edit.dateChanged.connect(self.update_preview)
        for box in (ui.internalCheck, ui.searchStartedCheck):
            box.toggled.connect(self.update_preview)
        ui.reasonEdit.textChanged.connect(self.update_preview)
        self.delay_reason_edit.textChanged.connect(self.update_preview)
        ui.receivingSchoolEdit.textChanged.connect(self.update_preview)
        ui.personCombo.setFocus()
        self.mark_clean()
        self.update_preview()  # as opened: what is still needed, calmly

    def _add_delay_reason(self) -> None:
        """A summary dismissal's explanation of the days between the facts and the dismissal
        (the letter quotes it); under "Feiten bekend op"."""
        form = self.ui.measureForm
        row = form.getWidgetPosition(self.ui.knownSinceEdit)[0]  # type: ignore[index]
        self.delay_reason_edit = QPlainTextEdit(self)
        self.delay_reason_edit.setObjectName("delayReasonEdit")
        self.delay_reason_edit.setTabChangesFocus(True)
        self.delay_reason_edit.setFixedHeight(54)
        self.delay_reason_edit.setPlaceholderText(self.tr(
            "Alleen nodig als de feiten al meer dan drie dagen bekend zijn: waarom kwam het "
            "ontslag niet eerder? (bijvoorbeeld onderzoek, horen van de medewerker)"))
        self.delay_reason_edit.setAccessibleName(self.tr("Toelichting op de tijd"))
        label = QLabel(self.tr("&Toelichting op de tijd:"), self)
        label.setBuddy(self.delay_reason_edit)
        form.insertRow(row + 1, label, self.delay_reason_edit)
        QWidget.setTabOrder(self.ui.knownSinceEdit, self.delay_reason_edit)

    # -- what is chosen ------------------------------------------------------------------------

    def person(self) -> PersonChoice | None:
        """The chosen causer."""
        value = self.ui.personCombo.currentData()
        return self._people.get(int(value)) if value is not None else None

    def kind(self) -> MeasureKind | None:
        """The chosen measure."""
        value = self.ui.kindCombo.currentData()
        return MeasureKind(value) if value else None

    def stage(self) -> Stage:
        """Voornemen or besluit (always besluit for a one-step measure)."""
        person, kind = self.person(), self.kind()
        if person is None or kind is None or kind not in TWO_STEP[person.role]:
            return Stage.DECISION
        return Stage.INTENT if self.ui.intentRadio.isChecked() else Stage.DECISION

    def decision(self) -> MeasureDecision | None:
        """The measure as filled in, with only the fields that belong to it."""
        person, kind = self.person(), self.kind()
        if person is None or kind is None:
            return None
        ui = self.ui
        suspension = kind is MeasureKind.SUSPENSION
        dated = suspension or kind is MeasureKind.ACCESS_BAN
        removal = kind is MeasureKind.REMOVAL
        dismissal = kind is MeasureKind.SUMMARY_DISMISSAL
        return MeasureDecision(
            person_id=person.id,
            kind=kind,
            decided_on=value_of(ui.decidedOnEdit),
            stage=self.stage(),
            notice_on=value_of(ui.noticeOnEdit),
            reason=ui.reasonEdit.toPlainText(),
            start_on=value_of(ui.startOnEdit) if dated else None,
            end_on=value_of(ui.endOnEdit) if dated else None,
            internal=suspension and person.role is Role.PUPIL and ui.internalCheck.isChecked(),
            known_since=(value_of(ui.knownSinceEdit)
                         if kind is MeasureKind.SUMMARY_DISMISSAL else None),
            receiving_school=ui.receivingSchoolEdit.text() if removal else "",
            search_started_on=(optional_value(ui.searchStartedCheck, ui.searchStartedEdit)
                               if removal else None),
            delay_reason=self.delay_reason_edit.toPlainText() if dismissal else "",
        )

    # -- reacting to changes -------------------------------------------------------------------

    def _fill_kinds(self, wanted: MeasureKind | None = None) -> None:
        person = self.person()
        keep = wanted or self.kind()
        combo = self.ui.kindCombo
        combo.blockSignals(True)
        combo.clear()
        for kind in allowed_measures(person.role) if person else ():
            combo.addItem(kind.label, kind.value)
        index = combo.findData(keep.value) if keep else -1
        combo.setCurrentIndex(index if index >= 0 else (0 if combo.count() else -1))
        combo.blockSignals(False)

    def _choose_stage(self) -> None:
        """Besluit when an intention is waiting for it, else voornemen (two-step measures)."""
        person, kind = self.person(), self.kind()
        self._intent = None
        if person is not None and kind is not None and kind in TWO_STEP[person.role]:
            with read_only(self.db) as session:
                self._intent = open_intent(session, self.incident_id, person.id, kind)
        radio = self.ui.decisionRadio if self._intent else self.ui.intentRadio
        radio.blockSignals(True)
        radio.setChecked(True)
        radio.blockSignals(False)
        if self._intent and not self.ui.reasonEdit.toPlainText().strip():
            self.ui.reasonEdit.blockSignals(True)
            self.ui.reasonEdit.setPlainText(self._intent.reason)
            self.ui.reasonEdit.blockSignals(False)

    def _person_changed(self) -> None:
        self._fill_kinds()
        self._choose_stage()
        self.update_preview()

    def _kind_changed(self) -> None:
        self._choose_stage()
        self.update_preview()

    def _stage_changed(self, checked: bool) -> None:
        if checked:
            self.update_preview()

    def _decided_changed(self) -> None:
        if self._notice_follows:
            self._updating = True
            set_value(self.ui.noticeOnEdit, value_of(self.ui.decidedOnEdit))
            self._updating = False
        self.update_preview()

    def _notice_changed(self) -> None:
        if not self._updating:
            self._notice_follows = False
        self.update_preview()

    def _show_fields(self) -> None:
        ui, form = self.ui, self.ui.measureForm
        person, kind = self.person(), self.kind()
        role = person.role if person else Role.OTHER
        two_step = kind is not None and kind in TWO_STEP[role]
        suspension = kind is MeasureKind.SUSPENSION
        form.setRowVisible(ui.stageBox, two_step)
        for widget in (ui.startOnEdit, ui.endOnEdit):
            form.setRowVisible(widget, suspension or kind is MeasureKind.ACCESS_BAN)
        form.setRowVisible(ui.internalCheck, suspension and role is Role.PUPIL)
        form.setRowVisible(ui.knownSinceEdit, kind is MeasureKind.SUMMARY_DISMISSAL)
        form.setRowVisible(self.delay_reason_edit, kind is MeasureKind.SUMMARY_DISMISSAL)
        form.setRowVisible(ui.receivingSchoolEdit, kind is MeasureKind.REMOVAL)
        form.setRowVisible(ui.searchStartedEdit, kind is MeasureKind.REMOVAL)
        intent = self.stage() is Stage.INTENT
        ui.decidedOnLabel.setText(self.tr("&Datum voornemen:") if intent
                                  else self.tr("&Datum besluit:"))
        ui.decidedOnEdit.setAccessibleName(self.tr("Datum voornemen") if intent
                                           else self.tr("Datum besluit"))
        info = self._intent_text(two_step)
        ui.intentInfoLabel.setText(info)
        form.setRowVisible(ui.intentInfoLabel, bool(info))

    def _intent_text(self, two_step: bool) -> str:
        if not two_step:
            return ""
        if self.stage() is Stage.INTENT:
            return self.tr("Eerst het voornemen: de betrokkene krijgt de gelegenheid om te "
                           "reageren (zienswijze) voordat u besluit.")
        if self._intent is None:
            return self.tr("Er is nog geen voornemen vastgelegd voor deze maatregel.")
        notice = self._intent.notice_on or self._intent.decided_on
        if self._intent.response_received_on is not None and self._intent.response_mode == "geen":
            answer = self.tr("geen zienswijze ontvangen (vastgelegd op {0})").format(
                short(self._intent.response_received_on))
        elif self._intent.response_received_on is not None:
            answer = self.tr("zienswijze ontvangen op {0}{1}").format(
                short(self._intent.response_received_on),
                "" if self._intent.weighed else self.tr(
                    ", maar de afweging van de school is nog niet vastgelegd"))
        else:
            answer = self.tr("termijn voor de zienswijze loopt tot en met {0}").format(
                short(response_deadline(notice)))
        return self.tr("Dit besluit volgt op het voornemen van {0}; {1}.").format(
            short(self._intent.decided_on), answer)

    def _steady_check_box(self) -> None:
        """The "Controle" box keeps one height (a scroll bar for a long verdict): a box that
        grew while typing moved the fields, and a click meant for a field landed in "Reden"."""
        ui = self.ui
        layout = ui.previewFrame.layout()
        assert layout is not None
        layout.removeWidget(ui.previewLabel)
        scroll = QScrollArea(ui.previewFrame)
        scroll.setObjectName("previewScroll")
        scroll.setAccessibleName(self.tr("Controle"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setStyleSheet("QScrollArea, #previewScroll > QWidget > QWidget "
                             "{ background: transparent; }")
        scroll.setWidget(ui.previewLabel)
        ui.previewLabel.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        lines = ui.previewLabel.fontMetrics().lineSpacing()
        scroll.setFixedHeight(lines * 6 + 8)
        layout.addWidget(scroll)
        # the box takes its own height, no more: the window's spare room goes to "Reden"
        ui.previewFrame.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.preview_scroll = scroll

    def update_preview(self) -> None:
        """Ask the rules about the measure as filled in, and show their answer."""
        self._show_fields()
        decision = self.decision()
        person, kind = self.person(), self.kind()
        reminders = measure_preview.hints(person.role, kind) if person and kind else []
        if decision is None:
            preview = measure_preview.refused(
                self.tr("Leg eerst in de zaak vast wie de veroorzaker is; alleen voor een "
                        "veroorzaker kan een maatregel worden genomen."), [])
        elif decision.decided_on < self._reported_on:
            preview = measure_preview.refused(
                self.tr("De datum van het besluit ligt vóór de datum van de melding ({0}).")
                .format(short(self._reported_on)), reminders)
        else:
            try:
                with read_only(self.db) as session:
                    outcome = preview_measure(session, self.incident_id, decision)
            except DomainError as exc:
                preview = measure_preview.refused(exc.message, reminders)
            except SQLAlchemyError:
                log.exception("Voorbeeld van de brief maken mislukt")
                preview = measure_preview.refused(
                    self.tr("De controle kon niet worden uitgevoerd; probeer het opnieuw."), [])
            else:
                preview = measure_preview.accepted(outcome, decision.stage, reminders)
        untouched = preview.refused and not self.has_unsaved_changes()
        if untouched:
            preview = measure_preview.still_to_fill(preview)
        self.preview = preview
        label = self.ui.previewLabel
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setText(preview.html)
        label.setAccessibleDescription(preview.plain)
        self.ui.previewFrame.setProperty("refused", preview.refused)
        # Red only once the director has changed something: a form just opened is not wrong.
        colour = "#f4f4f4" if untouched else "#fdf3f2" if preview.refused else "#f2f8f2"
        border = "#c8c8c8" if untouched else "#d9a3a0" if preview.refused else "#a9cfa9"
        self.ui.previewFrame.setStyleSheet(
            f"#previewFrame {{ background: {colour}; border: 1px solid {border}; "
            "border-radius: 4px; }")
        save = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        if save is not None:
            save.setEnabled(not preview.refused)
            save.setToolTip(self.tr("Eerst de melding in rood oplossen.") if preview.refused
                            else "")

    def save_to(self, session: Session) -> None:
        """Store the measure with the tasks the law attaches to it."""
        decision = self.decision()
        if decision is None:
            raise DomainError(self.tr("Kies de persoon en de maatregel."))
        decide_measure(session, self.incident_id, decision)
