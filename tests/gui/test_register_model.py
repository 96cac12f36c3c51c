"""The register's model and view on the demo data: model checks, filters, search, sort."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from skow_desk.domain.enums import IncidentStatus, Role
from skow_desk.domain.schoolyear import SchoolYear
from skow_desk.gui.register import register_model as rm
from skow_desk.gui.register.register_model import RegisterModel
from skow_desk.gui.register.register_view import RegisterView
from skow_desk.services.register import RegisterFilter
from tests.conftest import TODAY

YEAR = SchoolYear.of(TODAY)


def _column(model: RegisterModel, column: int) -> list[str]:
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def test_model_passes_qt_model_checks_after_filter_and_sort(
        app: Any, demo_db: Any, qtmodeltester: Any) -> None:
    model = RegisterModel(demo_db, today=TODAY)
    model.set_filter(RegisterFilter(year=YEAR.previous()))
    qtmodeltester.check(model)
    for column in range(model.columnCount()):
        model.sort(column, Qt.SortOrder.DescendingOrder)
        qtmodeltester.check(model)
    model.set_filter(RegisterFilter(search="a", status=IncidentStatus.CLOSED))
    qtmodeltester.check(model)
    model.set_filter(RegisterFilter(search="niets-te-vinden"))
    assert model.rowCount() == 0
    qtmodeltester.check(model)


def test_rows_are_fetched_in_blocks(app: Any, demo_db: Any) -> None:
    model = RegisterModel(demo_db, today=TODAY)
    model.set_filter(RegisterFilter())
    assert model.rowCount() == 120
    assert len(model._cache) == 0
    model.data(model.index(5, rm.COL_KENMERK))
    assert len(model._cache) == min(rm.BLOCK_SIZE, 120)


def test_dates_are_dutch_and_overdue_tasks_red(app: Any, demo_db: Any) -> None:
    model = RegisterModel(demo_db, today=TODAY)
    model.set_filter(RegisterFilter())
    dates = _column(model, rm.COL_REPORTED_ON)
    assert all(len(d) == 10 and d[2] == "-" and d[5] == "-" for d in dates)
    late_rows = [r for r in range(model.rowCount())
                 if "te laat" in (model.data(model.index(r, rm.COL_OPEN_TASKS)) or "")]
    assert late_rows, "demo data has overdue tasks"
    brush = model.data(model.index(late_rows[0], rm.COL_OPEN_TASKS),
                       Qt.ItemDataRole.ForegroundRole)
    assert brush.color() == rm.OVERDUE_COLOUR
    assert model.headerData(rm.COL_CAUSERS, Qt.Orientation.Horizontal) == "Veroorzaker(s)"


def test_view_filters_default_to_current_year(app: Any, demo_db: Any, qtbot: Any) -> None:
    view = RegisterView(demo_db, today=TODAY)
    qtbot.addWidget(view)
    assert view.year_combo.currentText() == YEAR.label
    assert view.model.current_filter().year == YEAR
    in_year = view.model.rowCount()
    view.year_combo.setCurrentIndex(view.year_combo.findData(None))
    assert view.model.rowCount() == 120 > in_year
    view.role_combo.setCurrentIndex(view.role_combo.findData(Role.STAFF.value))
    roles = _column(view.model, rm.COL_ROLE)
    assert roles and all("Medewerker" in r for r in roles)
    view.status_combo.setCurrentIndex(view.status_combo.findData(IncidentStatus.OPEN.value))
    assert all(s == "Open" for s in _column(view.model, rm.COL_STATUS))


def test_search_filters_as_you_type(app: Any, demo_db: Any, qtbot: Any) -> None:
    view = RegisterView(demo_db, today=TODAY)
    qtbot.addWidget(view)
    view.year_combo.setCurrentIndex(view.year_combo.findData(None))
    code = view.model.data(view.model.index(7, rm.COL_KENMERK))
    QTest.keyClicks(view.search, code)
    assert view.model.rowCount() == 120  # not yet: the search waits for a pause in typing
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=2000)
    assert _column(view.model, rm.COL_KENMERK) == [code]
    view.search.setText("zzz-niets")
    qtbot.waitUntil(lambda: view.model.rowCount() == 0, timeout=2000)
    assert view.empty_text() == "Geen meldingen gevonden met deze zoekopdracht of filters."


@pytest.mark.parametrize("column", [rm.COL_KENMERK, rm.COL_SCHOOL, rm.COL_PLATFORM,
                                    rm.COL_STATUS])
def test_clicking_a_header_sorts(app: Any, demo_db: Any, qtbot: Any, column: int) -> None:
    view = RegisterView(demo_db, today=TODAY)
    qtbot.addWidget(view)
    view.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    values = _column(view.model, column)
    assert values == sorted(values)
    view.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    assert _column(view.model, column) == sorted(values, reverse=True)


def test_enter_and_double_click_open_the_case(app: Any, demo_db: Any, qtbot: Any) -> None:
    view = RegisterView(demo_db, today=TODAY)
    qtbot.addWidget(view)
    view.show()
    view.table.setFocus()
    view.table.selectRow(2)
    expected = view.model.incident_id(2)
    with qtbot.waitSignal(view.open_incident) as blocker:
        QTest.keyClick(view.table, Qt.Key.Key_Return)
    assert blocker.args == [expected]
    rect = view.table.visualRect(view.model.index(0, 0))
    QTest.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(view.open_incident) as blocker:
        QTest.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton,
                          pos=rect.center())
    assert blocker.args == [view.model.incident_id(0)]


def test_empty_register_says_how_to_begin(app: Any, db: Any, qtbot: Any) -> None:
    view = RegisterView(db, today=TODAY)
    qtbot.addWidget(view)
    assert view.model.rowCount() == 0
    assert view.empty_text() == ("Nog geen meldingen in dit schooljaar. Klik op 'Nieuwe "
                                 "melding' om te beginnen.")
