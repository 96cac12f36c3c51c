"""A pupil posted a film of a classmate on TikTok (A5, A7): the whole case through real widgets.

Melding → evidence → the pupil as veroorzaker → talk with the parents → 3-day suspension (the
Inspectie task appears) → a 6-day suspension is refused while filling in → task done → closed.
Everything is read back from the database.
"""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from sqlalchemy import select

from skow_desk.domain.enums import IncidentStatus, Part, SignatureStatus, TaskKind
from skow_desk.domain.measures import MeasureKind
from skow_desk.gui.cases.dialogs import evidence
from skow_desk.gui.common import msgbox
from skow_desk.services.case_queries import StepKey
from skow_desk.store.models import Conversation, Evidence, Incident, Measure, Task
from tests.conftest import TODAY
from tests.factories import make_pupil_with_parents, make_school
from tests.gui.test_case_support import (
    Dialogs,
    Handler,
    cancel_button,
    click,
    click_row,
    combo_index,
    open_case,
    png,
    qdate,
    row_with,
    save_button,
    tick,
)


def test_pupil_case_from_report_to_closing(
    qtbot: Any, app: Any, db: Any, dialogs: Dialogs, messages: Any,
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
) -> None:
    from skow_desk.gui.cases.dialogs.incident_dialog import IncidentDialog

    with db.transaction() as s:
        make_pupil_with_parents(s, make_school(s))

    # 1. Melding
    dialog = IncidentDialog(db)
    qtbot.addWidget(dialog)
    form = dialog.form.ui
    assert form.schoolCombo.currentText() == "Basisschool De Regenboog"
    form.reportedOnEdit.setDate(qdate(16))
    form.occurredOnEdit.setDate(qdate(14))
    qtbot.keyClicks(form.reportedByEdit, "mentor groep 7")
    form.platformCombo.setCurrentIndex(form.platformCombo.findText("TikTok"))
    tick(qtbot, form.articleA5)
    tick(qtbot, form.articleA7)
    form.categoryList.findItems("ongeoorloofd filmen/fotograferen",
                                Qt.MatchFlag.MatchExactly)[0].setCheckState(Qt.CheckState.Checked)
    qtbot.keyClicks(form.newCategoryEdit, "privacy klasgenoot")
    qtbot.keyClick(form.newCategoryEdit, Qt.Key.Key_Return)  # adds, does not submit
    added = form.categoryList.findItems("privacy klasgenoot", Qt.MatchFlag.MatchExactly)
    assert added[0].checkState() == Qt.CheckState.Checked
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.incident_id is None
    qtbot.keyClicks(form.descriptionEdit, "Daan zette een filmpje van een klasgenoot in de "
                                          "gymles op TikTok.")
    click(qtbot, save_button(dialog.form))
    assert dialog.result() == QDialog.DialogCode.Accepted
    incident_id = dialog.incident_id
    assert incident_id is not None

    view = open_case(qtbot, db, incident_id)
    assert view.kenmerk == "04XY-2627-001"

    # 2. Evidence, by the add path
    picture = png(tmp_path)
    monkeypatch.setattr(evidence, "choose_files", lambda parent: [picture])
    click(qtbot, view.evidence.add_file_button)
    click_row(qtbot, view.evidence.table, 0)
    sha = hashlib.sha256(picture.read_bytes()).hexdigest()
    assert sha in view.evidence.sha_label.toolTip()  # the label says "vingerafdruk"
    assert "SHA" not in view.evidence.sha_label.text()

    # 3. The pupil as veroorzaker, through the person picker
    def pick_daan(picker: Any) -> None:
        qtbot.keyClicks(picker.ui.searchEdit, "Daan")
        assert picker.model.rowCount() == 1
        click_row(qtbot, picker.ui.resultsView, 0)
        assert picker.part() is Part.CAUSER
        click(qtbot, picker.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok))

    dialogs.handlers.append(pick_daan)
    click(qtbot, view.overview.add_person_button)
    people = view.overview.people.model.rows()
    assert [(p.name, p.part) for p in people] == [("Daan van den Berg", Part.CAUSER)]

    # 4. The conversation with the parents, from the timeline
    def talk(conv: Any) -> None:
        ui = conv.ui
        ui.heldOnEdit.setDate(qdate(17))
        ui.personCombo.setCurrentIndex(combo_index(ui.personCombo, "Sophie"))
        qtbot.keyClicks(ui.presentEdit, "directeur, Daan, beide ouders")
        qtbot.keyClicks(ui.summaryEdit, "Het filmpje en de gevolgen voor de klasgenoot besproken.")
        qtbot.keyClicks(ui.ownViewEdit, "Het was als grap bedoeld.")
        qtbot.keyClicks(ui.agreementsEdit, "Filmpje is verwijderd.")
        tick(qtbot, ui.signatureSeenRadio)
        click(qtbot, save_button(conv))

    dialogs.handlers.append(talk)
    click(qtbot, view.timeline.cards[StepKey.CONVERSATION].button)
    assert view.case.steps[2].done

    # 5. A 3-day suspension: the Inspectie task appears
    def suspend(days_end: int, expect_refusal: bool) -> Handler:
        def handle(measure: Any) -> None:
            ui = measure.ui
            ui.kindCombo.setCurrentIndex(ui.kindCombo.findText("Schorsing"))
            assert not ui.stageBox.isVisibleTo(measure)  # a pupil's suspension has one step
            assert ui.startOnEdit.isVisibleTo(measure) and ui.internalCheck.isVisibleTo(measure)
            assert not ui.knownSinceEdit.isVisibleTo(measure)
            ui.decidedOnEdit.setDate(qdate(18))
            ui.startOnEdit.setDate(qdate(19))
            ui.endOnEdit.setDate(qdate(days_end))
            qtbot.keyClicks(ui.reasonEdit, "Filmpje van een klasgenoot verspreid")
            text = ui.previewLabel.text()
            assert "Maximaal 5 schooldagen" in text
            if expect_refusal:
                assert "ten hoogste 5 schooldagen" in text and "u koos 6 schooldagen" in text
                assert "#a4262c" in text  # shown in red
                assert not save_button(measure).isEnabled()
                messages.answers.append(msgbox.Answer.DISCARD)
                click(qtbot, cancel_button(measure))
            else:
                assert "Duur: 3 schooldagen" in text
                assert "Er wordt een taak ‘Melding Inspectie" in text
                assert save_button(measure).isEnabled()
                click(qtbot, save_button(measure))
        return handle

    dialogs.handlers.append(suspend(23, expect_refusal=False))
    click(qtbot, view.overview.new_measure_button)
    titles = [t.title for t in view.overview.tasks.model.rows()]
    assert any(t.startswith("Melding Inspectie (schorsing van 3 dagen)") for t in titles)

    # 6. A 6-day suspension is refused while filling in; nothing is stored
    dialogs.handlers.append(suspend(26, expect_refusal=True))
    click(qtbot, view.overview.new_measure_button)
    assert not dialogs.seen[-1].isVisible()
    assert len(view.overview.measures.model.rows()) == 1

    # 7. Tick off the Inspectie task with its date, then close the case
    tasks_view = view.overview.tasks.table
    click_row(qtbot, tasks_view, row_with(tasks_view, "Melding Inspectie"))

    def done_on_18(prompt: Any) -> None:
        prompt.date_edit.setDate(qdate(18))
        qtbot.keyClicks(prompt.note_edit, "Via Internet Schooldossier")
        click(qtbot, prompt.buttons.button(QDialogButtonBox.StandardButton.Ok))

    def close_on_24(prompt: Any) -> None:
        assert prompt.value() == TODAY
        click(qtbot, prompt.buttons.button(QDialogButtonBox.StandardButton.Ok))

    dialogs.handlers.extend([done_on_18, close_on_24])
    click(qtbot, view.overview.task_done_button)
    click(qtbot, view.close_button)
    assert messages.texts() == []  # no required task left open, no refusal
    assert view.reopen_button.isVisibleTo(view) and not view.close_button.isVisibleTo(view)
    assert view.case.steps[-1].done

    # Read everything back
    with db.transaction() as s:
        incident = s.get(Incident, incident_id)
        assert (incident.status, incident.closed_on) == (IncidentStatus.CLOSED, TODAY)
        assert (incident.reported_on, incident.occurred_on) == (date(2026, 11, 16),
                                                                date(2026, 11, 14))
        assert (incident.platform, incident.reported_by) == ("TikTok", "mentor groep 7")
        assert incident.article_codes == ["A5", "A7"]
        assert sorted(incident.category_names) == ["ongeoorloofd filmen/fotograferen",
                                                   "privacy klasgenoot"]
        stored = s.scalars(select(Evidence)).one()
        assert (stored.filename, stored.sha256, stored.media_type) == (
            "schermafbeelding tiktok.png", sha, "image/png")
        assert [(i.person.first_name, i.part) for i in incident.involvements] == [
            ("Daan", Part.CAUSER)]
        talk_row = s.scalars(select(Conversation)).one()
        assert talk_row.person.first_name == "Sophie"
        assert talk_row.signature is SignatureStatus.SEEN
        assert talk_row.own_view == "Het was als grap bedoeld."
        measure = s.scalars(select(Measure)).one()
        assert (measure.kind, measure.school_days) == (MeasureKind.SUSPENSION, 3)
        assert (measure.start_on, measure.end_on) == (date(2026, 11, 19), date(2026, 11, 23))
        # the parents were heard; the only note: the school has no holiday region yet
        assert measure.warnings.startswith("Voor deze school is geen vakantieregio ingesteld")
        assert "gesprek" not in measure.warnings
        tasks = {t.kind: t for t in s.scalars(select(Task))}
        inspection = tasks[TaskKind.INSPECTION_NOTICE]
        assert (inspection.due_on, inspection.done_on) == (date(2026, 11, 19), date(2026, 11, 18))
        assert inspection.note == "Via Internet Schooldossier"
        assert tasks[TaskKind.OBJECTION_TERM].due_on == date(2026, 12, 30)
