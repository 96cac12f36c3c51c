"""Issue 13.3 and 13.10: closing asks first and names the open required tasks; the current
step follows the record; a closed case is read-only and "Heropenen…" asks a reason that goes
into the logboek."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from skow_desk.domain.enums import IncidentStatus, Role, TaskKind
from skow_desk.domain.measures import MeasureKind
from skow_desk.gui.cases.case_closing import changing_buttons
from skow_desk.gui.common import msgbox
from skow_desk.gui.common.date_prompt import DatePromptDialog
from skow_desk.gui.common.text_prompt import TextPromptDialog
from skow_desk.services.case_queries import StepKey
from skow_desk.services.incidents import close_case
from skow_desk.services.measures import MeasureDecision, decide_measure
from skow_desk.store.models import AuditEntry, Incident, Task
from tests.factories import (
    make_incident,
    make_person,
    make_school,
    make_witnessed_case,
)
from tests.gui.test_case_support import Dialogs, click, open_case


@pytest.fixture
def case_id(db: Any) -> int:
    """A pupil's case with a warning and two required tasks still open."""
    with db.transaction() as s:
        pupil, incident = make_witnessed_case(s)
        decide_measure(s, incident.id, MeasureDecision(
            person_id=pupil.id, kind=MeasureKind.WARNING, decided_on=date(2026, 11, 4)))
        s.add_all([
            Task(incident_id=incident.id, kind=TaskKind.INSPECTION_NOTICE,
                 title="Melding Inspectie", due_on=date(2026, 12, 7), required=True),
            Task(incident_id=incident.id, kind=TaskKind.TRUANCY_OFFICER,
                 title="Melding leerplichtambtenaar", due_on=date(2026, 11, 30), required=True),
        ])
        return incident.id


def _view(qtbot: Any, db: Any, case_id: int) -> Any:
    return open_case(qtbot, db, case_id, 1340, 640)


def _status(db: Any, case_id: int) -> IncidentStatus:
    with db.sessions() as s:
        return s.get(Incident, case_id).status  # type: ignore[no-any-return]


def test_closing_names_the_open_tasks_first_and_no_stops(
        qtbot: Any, app: Any, db: Any, dialogs: Dialogs, messages: Any, case_id: int) -> None:
    view = _view(qtbot, db, case_id)
    messages.answers.append(msgbox.Answer.NO)  # "Niet afronden"
    click(qtbot, view.close_button)
    assert dialogs.seen == []  # the date was not even asked
    kind, text = messages.asked[-1]
    assert kind == "confirm"
    assert "Deze 2 verplichte taken staan nog open:" in text
    assert text.index("Melding leerplichtambtenaar (uiterlijk 30 november 2026)") < text.index(
        "Melding Inspectie (uiterlijk 7 december 2026)")
    assert _status(db, case_id) is IncidentStatus.OPEN


def test_closing_anyway_then_read_only_then_reopen_with_reason(
        qtbot: Any, app: Any, db: Any, dialogs: Dialogs, messages: Any, case_id: int,
        grab: Any) -> None:
    view = _view(qtbot, db, case_id)
    messages.answers.append(msgbox.Answer.YES)  # "Toch afronden"

    def pick_date(dialog: QDialog) -> None:
        assert isinstance(dialog, DatePromptDialog)
        click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Ok))

    dialogs.handlers.append(pick_date)
    click(qtbot, view.close_button)
    assert _status(db, case_id) is IncidentStatus.CLOSED
    # Read-only: every changing button is off and says why; the form cannot be typed in.
    for button in changing_buttons(view):
        assert not button.isEnabled(), button.objectName()
        assert "Heropenen" in button.toolTip()
    assert not view.melding_form.isEnabled()
    assert not view.timeline.cards[StepKey.MEASURE].button.isEnabled()
    assert view.timeline.cards[StepKey.LETTER].button.isEnabled()  # letters stay readable
    assert not view.evidence.table.viewport().acceptDrops()
    # selecting a row does not switch the buttons back on
    table = view.overview.tasks.table
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(table.model().index(0, 0)).center())
    assert not view.overview.task_done_button.isEnabled()
    # no step is highlighted as the next one any more
    cards = view.timeline.cards
    assert cards[StepKey.CLOSED].property("done")
    assert "background: #1f5f99" not in "".join(c.mark.styleSheet() for c in cards.values())
    assert cards[StepKey.CLOSED].button.text() == "Heropenen…"
    grab(view.window(), "case-closed-read-only")

    def give_reason(dialog: QDialog) -> None:
        assert isinstance(dialog, TextPromptDialog)
        grab(dialog, "reopen-reason")
        ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
        click(qtbot, ok)  # no reason yet: refused, the dialog stays
        assert dialog.isVisible()
        assert "waarom" in messages.texts()[-1].lower()
        qtbot.keyClicks(dialog.text_edit, "Ouders dienen bezwaar in")
        click(qtbot, ok)

    dialogs.handlers.append(give_reason)
    click(qtbot, cards[StepKey.CLOSED].button)
    assert _status(db, case_id) is IncidentStatus.OPEN
    with db.sessions() as s:
        summaries = s.scalars(select(AuditEntry.summary).where(
            AuditEntry.entity_type == "incident", AuditEntry.entity_id == case_id)).all()
    assert any("heropend" in (t or "") and "Ouders dienen bezwaar in" in (t or "")
               for t in summaries)
    assert view.overview.new_measure_button.isEnabled()
    assert view.melding_form.isEnabled()


def test_current_step_follows_the_record(qtbot: Any, app: Any, db: Any, dialogs: Dialogs,
                                         case_id: int) -> None:
    from skow_desk.gui.cases.case_timeline import next_step

    view = _view(qtbot, db, case_id)
    assert view.case is not None
    steps = view.case.steps
    assert next_step(steps) is not StepKey.CLOSED  # a case with work left is not "Afgerond"
    with db.transaction() as s:
        close_case(s, case_id, date(2026, 11, 20))
    view.refresh()
    assert next_step(view.case.steps) is None  # closed: no "Brief – nog geen brief" in blue


def test_a_pending_intent_is_the_current_step(qtbot: Any, app: Any, db: Any,
                                              dialogs: Dialogs) -> None:
    from skow_desk.domain.enums import Stage
    from skow_desk.gui.cases.case_timeline import next_step

    with db.transaction() as s:
        school = make_school(s)
        teacher = make_person(s, school, Role.STAFF, "Jansen", first_name="Jan")
        incident = make_incident(s, school, teacher)
        decide_measure(s, incident.id, MeasureDecision(
            person_id=teacher.id, kind=MeasureKind.REPRIMAND, decided_on=date(2026, 11, 4),
            stage=Stage.INTENT, reason="Berichten over een collega geplaatst."))
        case_id = incident.id
    view = _view(qtbot, db, case_id)
    assert view.case is not None
    assert next_step(view.case.steps) is StepKey.MEASURE
    assert view.timeline.cards[StepKey.MEASURE].mark.styleSheet().count("#1f5f99") == 2


def test_after_the_voornemen_letter_the_besluit_is_next() -> None:
    from skow_desk.gui.cases.case_timeline import next_step
    from skow_desk.services.case_queries import Step

    day = date(2026, 11, 4)
    steps = (Step(StepKey.REPORT, "Melding", True, day, ""),
             Step(StepKey.CONSULTATION, "Overleg", True, day, ""),
             Step(StepKey.CONVERSATION, "Gesprekken", True, day, ""),
             Step(StepKey.MEASURE, "Maatregelen", False, day, "Voornemen; besluit volgt"),
             Step(StepKey.LETTER, "Brief", True, day, "1 brief"),
             Step(StepKey.CLOSED, "Afgerond", False, None, "Zaak loopt nog"))
    assert next_step(steps) is StepKey.MEASURE  # was: Afgerond
