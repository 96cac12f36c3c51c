"""A long register list paints its first rows at once and is completed right after.

With 100,000 incidents a search over all school years can match 50,000 of them; listing them
all takes ~40 ms, so the model lists the first ``FIRST_ROWS`` (here made 7, on the 120 demo
incidents), the table paints, and the rest follows (RegisterModel.load_rest).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from skow_desk.gui.main_window import MainWindow
from skow_desk.gui.register import register_model as rm
from skow_desk.gui.register.register_model import RegisterModel
from skow_desk.gui.register.register_view import RegisterView
from skow_desk.services.register import RegisterFilter, SortKey, incident_ids
from tests.conftest import TODAY
from tests.factories import make_incident, make_school

FIRST = 7


@pytest.fixture(autouse=True)
def _few_first_rows(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rm, "FIRST_ROWS", FIRST)


def test_first_rows_then_the_whole_list_in_the_same_order(
        app: Any, demo_db: Any, qtbot: Any) -> None:
    model = RegisterModel(demo_db, today=TODAY)
    whole = incident_ids(demo_db.reader, RegisterFilter(), SortKey.REPORTED_ON, True)
    assert len(whole) > FIRST
    with qtbot.waitSignal(model.completed, timeout=5000):
        model.set_filter(RegisterFilter())
        assert model.rowCount() == FIRST and not model.is_complete()
        assert [model.incident_id(r) for r in range(FIRST)] == whole[:FIRST]
    assert model.is_complete()
    assert [model.incident_id(r) for r in range(model.rowCount())] == whole


def test_a_short_list_is_complete_at_once(app: Any, demo_db: Any, qtbot: Any) -> None:
    model = RegisterModel(demo_db, today=TODAY)
    code = demo_db.reader.execute("SELECT kenmerk FROM incident LIMIT 1").fetchone()[0]
    with qtbot.waitSignal(model.completed, timeout=100):
        model.set_filter(RegisterFilter(search=code))
    assert model.rowCount() == 1 and model.is_complete()


def test_a_case_saved_in_between_gives_the_list_as_it_is_now(
        app: Any, demo_db: Any, qtbot: Any) -> None:
    model = RegisterModel(demo_db, today=TODAY)
    model.set_filter(RegisterFilter())
    with demo_db.transaction() as session:
        newest = make_incident(session, make_school(session, brin="09ZZ"), None,
                               reported_on=TODAY).id
    model.load_rest()
    assert model.incident_id(0) == newest
    assert model.rowCount() == len(incident_ids(demo_db.reader, RegisterFilter()))


def test_the_view_completes_after_painting_and_keeps_the_selection(
        app: Any, demo_db: Any, qtbot: Any) -> None:
    view = RegisterView(demo_db, today=TODAY)
    qtbot.addWidget(view)
    view.year_combo.setCurrentIndex(view.year_combo.count() - 1)  # all school years
    view.show()
    qtbot.waitUntil(view.model.is_complete, timeout=5000)
    far = view.model.incident_id(view.model.rowCount() - 1)
    assert far is not None
    view.select_incident(far)
    counts: list[bool] = []
    view.counts_changed.connect(lambda: counts.append(view.model.is_complete()))
    view.apply_filter()  # the same filter again: only the first rows at first
    assert not view.model.is_complete() and view.current_incident_id() != far
    qtbot.waitUntil(view.model.is_complete, timeout=5000)
    assert view.current_incident_id() == far
    assert counts == [True]


def test_status_bar_counts_once_the_list_is_complete(
        app: Any, demo_db: Any, demo_folder: Path, qtbot: Any) -> None:
    window = MainWindow(demo_db, demo_folder, today=TODAY)
    qtbot.addWidget(window)
    register = window.register
    register.year_combo.setCurrentIndex(register.year_combo.count() - 1)
    assert window.counts.text().startswith("Meldingen worden geteld")
    qtbot.waitUntil(register.model.is_complete, timeout=5000)  # no paint: the timer
    total = register.model.rowCount()
    assert total > FIRST
    assert window.counts.text().startswith(f"{total} meldingen in deze lijst")
