"""A staff member argued with parents on Facebook (B4): berisping in two steps.

Voornemen → the zienswijze term runs (a besluit is refused meanwhile) → zienswijze received →
besluit. The tasks and stages are read back from the database.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from skow_desk.domain.enums import Part, Role, Stage, TaskKind
from skow_desk.domain.measures import MeasureKind
from skow_desk.gui.common import msgbox
from skow_desk.gui.common.row_models import MeasuresModel
from skow_desk.store.models import Measure, Task
from tests.factories import make_person, make_school
from tests.gui.test_case_support import (
    Dialogs,
    button,
    cancel_button,
    click,
    click_row,
    open_case,
    qdate,
    row_with,
    save_button,
    tick,
)


def test_berisping_voornemen_zienswijze_besluit(
    qtbot: Any, app: Any, db: Any, dialogs: Dialogs, messages: Any
) -> None:
    from skow_desk.gui.cases.dialogs.incident_dialog import IncidentDialog

    with db.transaction() as s:
        school = make_school(s)
        make_person(s, school, Role.STAFF, "Berg", first_name="Jan", infix="van der",
                    group_or_function="leerkracht groep 5")
        make_person(s, school, Role.PUPIL, "Berg", first_name="Daan", infix="van den")

    dialog = IncidentDialog(db)
    qtbot.addWidget(dialog)
    form = dialog.form.ui
    form.reportedOnEdit.setDate(qdate(2))
    form.occurredOnEdit.setDate(qdate(1))
    qtbot.keyClicks(form.reportedByEdit, "ouder")
    form.platformCombo.setCurrentIndex(form.platformCombo.findText("Facebook"))
    tick(qtbot, form.articleB4)
    qtbot.keyClicks(form.descriptionEdit, "Meneer Van der Berg ging op Facebook in discussie "
                                          "met ouders over een leerling.")
    click(qtbot, save_button(dialog.form))
    assert dialog.incident_id is not None
    view = open_case(qtbot, db, dialog.incident_id)

    # A pupil cannot be the causer of a staff-only article; the teacher can.
    def pick(name: str, expect_refusal: bool) -> Any:
        def handle(picker: Any) -> None:
            qtbot.keyClicks(picker.ui.searchEdit, name)
            click_row(qtbot, picker.ui.resultsView, 0)
            click(qtbot, button(picker.ui.buttonBox, QDialogButtonBox.StandardButton.Ok))
            if expect_refusal:
                assert picker.isVisible()
                assert "alleen voor medewerkers" in messages.texts()[-1]
                messages.answers.append(msgbox.Answer.DISCARD)
                click(qtbot, button(picker.ui.buttonBox,
                                    QDialogButtonBox.StandardButton.Cancel))
        return handle

    dialogs.handlers += [pick("Daan", True), pick("Jan", False)]
    click(qtbot, view.overview.add_person_button)
    click(qtbot, view.overview.add_person_button)
    assert [(p.name, p.part) for p in view.overview.people.model.rows()] == [
        ("Jan van der Berg", Part.CAUSER)]

    # Voornemen
    def intend(measure: Any) -> None:
        ui = measure.ui
        kinds = [ui.kindCombo.itemText(i) for i in range(ui.kindCombo.count())]
        assert kinds == ["Gesprek zonder maatregel", "Waarschuwing", "Berisping", "Schorsing",
                         "Ontslag", "Ontslag op staande voet"]
        ui.kindCombo.setCurrentIndex(ui.kindCombo.findText("Berisping"))
        assert ui.stageBox.isVisibleTo(measure) and ui.intentRadio.isChecked()
        assert ui.decidedOnLabel.text() == "&Datum voornemen:"
        ui.decidedOnEdit.setDate(qdate(3))
        assert "Vul de reden" in ui.previewLabel.text()
        assert not save_button(measure).isEnabled()
        qtbot.keyClicks(ui.reasonEdit, "Discussie met ouders op Facebook (artikel B4)")
        text = ui.previewLabel.text()
        assert "Zienswijze op voorgenomen berisping uiterlijk 24 november 2026" in text
        assert "Gaat in twee stappen" in text
        click(qtbot, save_button(measure))

    # A besluit while the term still runs is refused
    def decide_too_early(measure: Any) -> None:
        ui = measure.ui
        assert ui.decisionRadio.isChecked()
        assert "termijn voor de zienswijze loopt tot en met 24-11-2026" in ui.intentInfoLabel.text()
        ui.decidedOnEdit.setDate(qdate(10))
        assert "De termijn voor de zienswijze loopt nog" in ui.previewLabel.text()
        assert not save_button(measure).isEnabled()
        messages.answers.append(msgbox.Answer.DISCARD)
        click(qtbot, cancel_button(measure))

    dialogs.handlers += [intend, decide_too_early]
    click(qtbot, view.overview.new_measure_button)
    measures = view.overview.measures.table
    click_row(qtbot, measures, 0)
    assert view.overview.response_button.isEnabled() and view.overview.decide_button.isEnabled()
    click(qtbot, view.overview.decide_button)
    assert len(view.overview.measures.model.rows()) == 1
    tasks = [t.title for t in view.overview.tasks.model.rows()]
    assert tasks == ["Zienswijze op voorgenomen berisping uiterlijk 24 november 2026"]

    # Zienswijze received on 12 November, then the besluit on 13 November
    def received(prompt: Any) -> None:
        prompt.date_edit.setDate(qdate(12))
        qtbot.keyClicks(prompt.content_edit, "Ik was boos en heb het bericht verwijderd")
        qtbot.keyClicks(prompt.weighing_edit, "Het verwijderen telt mee; de discussie was "
                                              "openbaar.")
        assert not prompt.problem_label.isVisibleTo(prompt)
        click(qtbot, prompt.buttons.button(QDialogButtonBox.StandardButton.Ok))

    def decide(measure: Any) -> None:
        ui = measure.ui
        assert ui.decisionRadio.isChecked()
        assert "zienswijze ontvangen op 12-11-2026" in ui.intentInfoLabel.text()
        assert ui.reasonEdit.toPlainText() == "Discussie met ouders op Facebook (artikel B4)"
        ui.decidedOnEdit.setDate(qdate(13))
        assert "Dit besluit kan zo worden vastgelegd" in ui.previewLabel.text()
        click(qtbot, save_button(measure))

    dialogs.handlers += [received, decide]
    click_row(qtbot, measures, 0)
    click(qtbot, view.overview.response_button)
    click_row(qtbot, measures, row_with(measures, "Voornemen"))
    assert "Ontvangen op 12-11-2026" in str(
        view.overview.measures.model.index(0, MeasuresModel.COL_RESPONSE).data())
    click(qtbot, view.overview.decide_button)

    stages = [(m.stage, m.decided_on) for m in view.overview.measures.model.rows()]
    assert stages == [(Stage.INTENT, date(2026, 11, 3)), (Stage.DECISION, date(2026, 11, 13))]
    assert view.case is not None and view.case.steps[3].done
    with db.transaction() as s:
        intent, decision = s.scalars(select(Measure).order_by(Measure.id)).all()
        assert (intent.kind, intent.stage, intent.response_received_on) == (
            MeasureKind.REPRIMAND, Stage.INTENT, date(2026, 11, 12))
        assert (decision.kind, decision.stage, decision.intent_id) == (
            MeasureKind.REPRIMAND, Stage.DECISION, intent.id)
        task = s.scalars(select(Task)).one()
        assert (task.kind, task.due_on, task.done_on) == (
            TaskKind.RESPONSE_TERM, date(2026, 11, 24), date(2026, 11, 12))
    assert messages.texts()[-1].startswith("Artikel B4 geldt alleen voor medewerkers")
