"""Issue 13.6: the register says why a row matched, and offers all school years."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt

from skow_desk.domain.enums import Role
from skow_desk.gui.register import register_model as rm
from skow_desk.gui.register.register_view import RegisterView
from tests.conftest import TODAY
from tests.factories import make_incident, make_person, make_witnessed_case


def _cases(db: Any) -> None:
    with db.transaction() as s:
        _pupil, incident = make_witnessed_case(s)
        school = incident.school
        old = make_person(s, school, Role.PUPIL, "Öztürk", first_name="Emre")
        make_incident(s, school, old, reported_on=date(2024, 10, 1))


@pytest.fixture
def view(app: Any, qtbot: Any, db: Any) -> RegisterView:
    """The register at 1340 px over :func:`_cases`, shown."""
    _cases(db)
    shown = RegisterView(db, today=TODAY)
    qtbot.addWidget(shown)
    shown.resize(1340, 400)
    shown.show()
    return shown


def _search(qtbot: Any, view: RegisterView, text: str) -> None:
    view.search.clear()
    qtbot.keyClicks(view.search, text)
    view.apply_filter()  # what the search box's short timer does


def test_a_witness_match_is_named_in_the_row(qtbot: Any, view: RegisterView, grab: Any) -> None:
    assert view.model.headerData(rm.COL_CAUSERS, Qt.Orientation.Horizontal) == "Veroorzaker(s)"
    _search(qtbot, view, "jansen")
    assert view.model.rowCount() == 1
    assert view.model.index(0, rm.COL_CAUSERS).data() == "Daan van den Berg"
    assert view.model.index(0, rm.COL_FOUND).data() == "Jan Jansen (getuige)"
    assert not view.table.isColumnHidden(rm.COL_FOUND)
    grab(view, "register-search-found")
    _search(qtbot, view, "berg")  # the causer: nothing to add
    assert view.model.index(0, rm.COL_FOUND).data() == ""
    _search(qtbot, view, "klasgenoot")
    assert view.model.index(0, rm.COL_FOUND).data() == "omschrijving"
    _search(qtbot, view, "")
    assert view.table.isColumnHidden(rm.COL_FOUND)  # only while searching


def test_nothing_this_year_offers_all_school_years(qtbot: Any, view: RegisterView,
                                                   grab: Any) -> None:
    _search(qtbot, view, "ozturk")
    assert view.model.rowCount() == 0
    assert view.empty_text() == "Niets gevonden voor ‘ozturk’ in schooljaar 2026-2027."
    assert view.all_years_button.isVisible()
    grab(view, "register-search-all-years")
    qtbot.mouseClick(view.all_years_button, Qt.MouseButton.LeftButton)
    assert view.year_combo.currentText() == "Alle schooljaren"
    assert view.model.rowCount() == 1
    assert view.model.index(0, rm.COL_CAUSERS).data() == "Emre Öztürk"
    assert not view.all_years_button.isVisible()


def test_typing_filters_once_the_typing_pauses(qtbot: Any, view: RegisterView) -> None:
    from skow_desk.gui.common.timers import SEARCH_DELAY_MS

    qtbot.keyClicks(view.search, "jansen")
    assert not view.model.current_filter().search  # not yet: the timer waits for a pause
    assert view._timer.isSingleShot() and view._timer.interval() == SEARCH_DELAY_MS
    qtbot.waitUntil(lambda: view.model.current_filter().search == "jansen", timeout=2000)
    assert view.model.index(0, rm.COL_FOUND).data() == "Jan Jansen (getuige)"
