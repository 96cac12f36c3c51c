"""Zienswijze vastleggen through the real dialog: date rules live, content and weighing kept."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QDialogButtonBox

from skow_desk.domain.enums import Role, Stage
from skow_desk.domain.measures import MeasureKind
from skow_desk.gui.cases.dialogs.response_dialog import ResponseDialog
from skow_desk.services.case_queries import read_only
from skow_desk.services.case_queries.case import load_case
from skow_desk.services.measures import MeasureDecision, decide_measure
from skow_desk.store.models import Measure
from tests.factories import make_incident, make_person, make_school
from tests.gui.test_case_support import click, qdate


def _intent(db: Any) -> tuple[int, Any]:
    with db.transaction() as s:
        school = make_school(s)
        teacher = make_person(s, school, Role.STAFF, "Berg", first_name="Jan", infix="van der")
        incident = make_incident(s, school, teacher, articles=("B4",))
        intent = decide_measure(s, incident.id, MeasureDecision(
            person_id=teacher.id, kind=MeasureKind.REPRIMAND, stage=Stage.INTENT,
            decided_on=date(2026, 11, 3), reason="Discussie met ouders op Facebook"))
        incident_id, intent_id = incident.id, intent.id
    with read_only(db) as s:
        row = next(m for m in load_case(s, incident_id).measures if m.id == intent_id)
    return intent_id, row


def test_zienswijze_with_content_and_weighing(qtbot, app, db, messages, grab):
    intent_id, row = _intent(db)
    dialog = ResponseDialog(db, row)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "termijn loopt tot en met 24 november 2026" in dialog.findChildren(
        type(dialog.problem_label))[0].text()
    dialog.date_edit.setDate(qdate(25))  # after the window's today (24 November)
    assert "in de toekomst" in dialog.problem_label.text()
    dialog.date_edit.setDate(qdate(12))
    assert "Vul de inhoud" in dialog.problem_label.text()
    qtbot.keyClicks(dialog.content_edit, "Ik heb spijt en heb het bericht verwijderd")
    qtbot.keyClicks(dialog.weighing_edit, "De spijt telt mee; de discussie was openbaar.")
    assert not dialog.problem_label.isVisibleTo(dialog)
    grab(dialog, "zienswijze-vastleggen")
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    assert not dialog.isVisible()
    with db.transaction() as s:
        m = s.get(Measure, intent_id)
        assert (m.response_received_on, m.response_mode, m.response_text, m.weighing) == (
            date(2026, 11, 12), "schriftelijk", "Ik heb spijt en heb het bericht verwijderd",
            "De spijt telt mee; de discussie was openbaar.")


def test_geen_zienswijze_only_after_the_term(qtbot, app, db, messages, grab):
    intent_id, row = _intent(db)
    dialog = ResponseDialog(db, row)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.mode_combo.setCurrentIndex(2)
    assert not dialog.content_edit.isVisibleTo(dialog)
    dialog.date_edit.setDate(qdate(24))
    assert "pas na die dag" in dialog.problem_label.text()
    grab(dialog, "zienswijze-geen-te-vroeg")
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    assert dialog.isVisible() and "pas na die dag" in messages.texts()[-1]
    with db.transaction() as s:
        assert s.get(Measure, intent_id).response_received_on is None
