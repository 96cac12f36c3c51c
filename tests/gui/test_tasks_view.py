"""The task list: model checks, soonest first, 'te laat' in red, ticking off, opening a case."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from sqlalchemy import select

from skow_desk.domain.enums import TaskKind
from skow_desk.gui import tasks_model as tm
from skow_desk.gui import tasks_view
from skow_desk.gui.tasks_model import TasksModel
from skow_desk.gui.tasks_view import TasksView
from skow_desk.services.register import TaskRow
from skow_desk.store.models import Task
from tests.conftest import TODAY


def test_model_checks(app: Any, demo_db: Any, qtmodeltester: Any) -> None:
    model = TasksModel(demo_db, today=TODAY)
    model.refresh()
    assert model.rowCount() > 0
    qtmodeltester.check(model)
    model.set_school(1)
    qtmodeltester.check(model)


def test_soonest_first_and_overdue_marked(app: Any, demo_db: Any) -> None:
    model = TasksModel(demo_db, today=TODAY)
    model.refresh()
    rows = [model.task_at(r) for r in range(model.rowCount())]
    dated = [r.due_on for r in rows if r is not None and r.due_on is not None]
    assert dated == sorted(dated)
    late = [r for r in range(model.rowCount())
            if model.data(model.index(r, tm.COL_STATE)) == "te laat"]
    assert late and len(late) == model.overdue_count()
    brush = model.data(model.index(late[0], tm.COL_DUE), Qt.ItemDataRole.ForegroundRole)
    assert brush.color() == tm.OVERDUE_COLOUR
    due = model.data(model.index(late[0], tm.COL_DUE))
    assert len(due) == 10 and due[2] == due[5] == "-"


def test_state_texts() -> None:
    row = TaskRow(id=1, incident_id=1, kenmerk="K", school="S", kind=TaskKind.OTHER, title="t",
                  due_on=date(2026, 11, 27))
    assert tm.state_text(row, TODAY) == "over 3 dagen"
    assert tm.state_text(row, date(2026, 11, 26)) == "morgen"
    assert tm.state_text(row, date(2026, 11, 27)) == "vandaag"
    assert tm.state_text(row, date(2026, 11, 28)) == "te laat"


def test_ticking_off_asks_the_date_and_completes(
        app: Any, demo_db: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    view = TasksView(demo_db, today=TODAY)
    qtbot.addWidget(view)
    assert not view.done_button.isEnabled()
    before = view.model.rowCount()
    view.table.selectRow(0)
    assert view.done_button.isEnabled()
    task = view.model.task_at(0)
    assert task is not None
    asked: list[str] = []

    def answer(_parent: object, title: str, today: date) -> date:
        asked.append(title)
        return today

    monkeypatch.setattr(tasks_view, "ask_done_date", answer)
    with qtbot.waitSignal(view.changed):
        QTest.mouseClick(view.done_button, Qt.MouseButton.LeftButton)
    assert asked == [task.title]
    assert view.model.rowCount() == before - 1
    with demo_db.sessions() as session:
        assert session.get(Task, task.id).done_on == TODAY
    assert view.summary.text().startswith(f"{before - 1} open ta")


def test_cancelled_or_refused_date_changes_nothing(
        app: Any, demo_db: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch,
        messages: Any) -> None:
    view = TasksView(demo_db, today=TODAY)
    qtbot.addWidget(view)
    view.table.selectRow(0)
    monkeypatch.setattr(tasks_view, "ask_done_date", lambda *_a: None)
    view.mark_done()
    count = view.model.rowCount()
    monkeypatch.setattr(tasks_view, "ask_done_date", lambda *_a: date(2000, 1, 1))
    view.mark_done()
    assert view.model.rowCount() == count
    assert messages.texts() == ["De datum ligt vóór de datum van de melding."]


def test_double_click_opens_the_case(app: Any, demo_db: Any, qtbot: Any) -> None:
    view = TasksView(demo_db, today=TODAY)
    qtbot.addWidget(view)
    view.show()
    task = view.model.task_at(0)
    assert task is not None
    rect = view.table.visualRect(view.model.index(0, 0))
    QTest.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(view.open_incident) as blocker:
        QTest.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [task.incident_id]


def test_empty_list_is_calm(app: Any, db: Any, qtbot: Any) -> None:
    view = TasksView(db, today=TODAY)
    qtbot.addWidget(view)
    assert view.stack.currentWidget() is view.empty
    with db.sessions() as session:
        assert session.scalars(select(Task)).first() is None


def test_done_date_dialog_defaults_to_today(app: Any, qtbot: Any) -> None:
    dialog = tasks_view.DoneDateDialog("Melding Inspectie", None, TODAY)
    qtbot.addWidget(dialog)
    assert dialog.value() == TODAY
    assert dialog.date_edit.displayFormat() == "dd-MM-yyyy"
    assert dialog.date_edit.calendarPopup()
