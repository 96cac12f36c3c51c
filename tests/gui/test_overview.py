"""The overview screen on the demo data: totals per year and school, click-through, exports."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from sqlalchemy import select

from skow_desk.domain.schoolyear import SchoolYear
from skow_desk.gui.common import msgbox
from skow_desk.gui.overview import overview_dialogs
from skow_desk.gui.overview.overview_models import ComparisonModel, IncidentListModel
from skow_desk.gui.overview.overview_view import OverviewView
from skow_desk.reports.formatting import number
from skow_desk.reports.overview import compute_overview
from skow_desk.store.models import Incident, Person, School
from tests.conftest import TODAY


@pytest.fixture
def view(qtbot, demo_db) -> OverviewView:
    widget = OverviewView(demo_db, today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(1280, 1000)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _count(db, year: SchoolYear, school_id: int | None) -> list[str]:
    """Kenmerken of the year's incidents, counted independently of the report code."""
    stmt = select(Incident.kenmerk).where(Incident.reported_on >= year.first_day,
                                          Incident.reported_on <= year.last_day)
    if school_id is not None:
        stmt = stmt.where(Incident.school_id == school_id)
    with db.sessions() as s:
        return sorted(s.scalars(stmt))


def _schools(db) -> list[int]:
    with db.sessions() as s:
        return list(s.scalars(select(School.id).order_by(School.id)))


def _names(db) -> list[str]:
    with db.sessions() as s:
        return [f"{p.first_name} {p.last_name}" for p in s.scalars(select(Person))]


def test_defaults_to_the_current_year_and_all_schools(view: OverviewView):
    assert view.year_box.currentText() == "2026-2027"
    assert [view.year_box.itemText(i) for i in range(view.year_box.count())] == [
        "2026-2027", "2025-2026", "2024-2025"]
    assert view.school_box.currentText() == "Alle scholen"
    assert view.school_box.count() == 5


def test_total_follows_year_and_school(view: OverviewView, demo_db):
    checked = 0
    for label in ("2025-2026", "2024-2025", "2026-2027"):
        year = SchoolYear.parse(label)
        for school_id in [None, *_schools(demo_db)]:
            view.select(year, school_id)
            assert view.selected_year() == year and view.selected_school_id() == school_id
            expected = len(_count(demo_db, year, school_id))
            assert view.total_button.text() == number(expected)
            with demo_db.sessions() as s:
                service = compute_overview(s, year, school_id)
            assert service.current.total == expected
            rol = view.models["rol"]
            shown = {rol.row_at(r).value: rol.row_at(r).current for r in range(rol.rowCount())}
            assert {k: v for k, v in shown.items() if v} == service.current.counts["rol"]
            checked += expected
    assert checked > 100


def test_clicking_the_total_lists_its_incidents_and_double_click_opens(
    qtbot, view: OverviewView, demo_db
):
    view.select(SchoolYear(2025), None)
    qtbot.mouseClick(view.total_button, Qt.MouseButton.LeftButton)
    dialog = view.last_dialog
    assert dialog is not None and dialog.isVisible()
    model = dialog.model
    kenmerken = sorted(model.index(r, IncidentListModel.COL_KENMERK).data()
                       for r in range(model.rowCount()))
    assert kenmerken == _count(demo_db, SchoolYear(2025), None)
    shown = " ".join(str(model.index(r, c).data()) for r in range(model.rowCount())
                     for c in range(model.columnCount()))
    assert not [n for n in _names(demo_db) if n in shown]
    qtbot.waitExposed(dialog)
    table = dialog.table
    rect = table.visualRect(table.model().index(0, 0))
    assert rect.isValid()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(view.open_incident, timeout=2000) as blocker:
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [dialog.incident_id_at(0)]
    with demo_db.sessions() as s:
        first = s.get(Incident, blocker.args[0])
        assert first is not None
        assert first.kenmerk == table.model().index(0, 0).data()


def test_clicking_a_table_count_lists_exactly_that_count(qtbot, view: OverviewView, demo_db):
    school_id = _schools(demo_db)[0]
    view.select(SchoolYear(2025), school_id)
    model, table = view.models["maatregel"], view.tables["maatregel"]
    row = next(r for r in range(model.rowCount()) if model.row_at(r).current)
    index = model.index(row, ComparisonModel.COL_LABEL)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(index).center())
    assert view.last_dialog is None  # the label is not a number
    index = model.index(row, ComparisonModel.COL_CURRENT)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(index).center())
    dialog = view.last_dialog
    assert dialog is not None
    # Measures count per person; the list holds each incident once, so never more rows.
    assert 0 < dialog.model.rowCount() <= model.row_at(row).current
    role = view.models["rol"]
    rol_row = next(r for r in range(role.rowCount()) if role.row_at(r).previous)
    index = role.index(rol_row, ComparisonModel.COL_PREVIOUS)
    table = view.tables["rol"]
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(index).center())
    assert view.last_dialog is not None
    assert view.last_dialog.model.rowCount() == role.row_at(rol_row).previous
    assert "2024-2025" in view.last_dialog.windowTitle()


def test_chart_bars_list_their_month(qtbot, view: OverviewView, demo_db):
    view.select(SchoolYear(2025), None)
    chart = view.month_chart
    assert chart.model.current[1] and chart.model.previous[1]

    def click(is_current: bool, index: int) -> None:
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton,
                         pos=chart.bar_rect(is_current, index).center().toPoint())

    click(True, 1)  # September 2025 (the bar as drawn)
    dialog = view.last_dialog
    assert dialog is not None
    dates = {dialog.model.index(r, IncidentListModel.COL_DATE).data()[3:]
             for r in range(dialog.model.rowCount())}
    assert dates == {"09-2025"}
    assert dialog.model.rowCount() == view.overview.current.count("maand", "2025-09")
    click(False, 1)
    assert view.last_dialog.model.rowCount() == view.overview.previous.count("maand", "2024-09")


def test_item_models_pass_qt_model_tester(qtmodeltester, view: OverviewView):
    view.select(SchoolYear(2025), None)
    for model in view.models.values():
        qtmodeltester.check(model)
    view.show_incidents("meldingen", "totaal")
    assert view.last_dialog is not None
    qtmodeltester.check(view.last_dialog.model)
    assert view.models["rol"].rowCount(view.models["rol"].index(0, 0)) == 0
    assert view.models["rol"].data(QModelIndex()) is None


@pytest.mark.parametrize("suffix", [".csv", ".pdf"])
def test_export_runs_in_the_background_and_writes_the_file(
    qtbot, view: OverviewView, demo_db, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    suffix: str,
):
    target = tmp_path / f"overzicht{suffix}"
    shown: list[str] = []
    monkeypatch.setattr(overview_dialogs, "SAVE_HOOK", lambda _title, _name: target)
    monkeypatch.setattr(msgbox, "SHOW_HOOK", lambda _kind, _title, text: shown.append(text))
    view.select(SchoolYear(2025), None)
    with qtbot.waitSignal(view.exported, timeout=20000):
        qtbot.mouseClick(view.export_buttons[suffix], Qt.MouseButton.LeftButton)
    assert target.exists() and target.stat().st_size > 0
    assert shown and "opgeslagen" in shown[-1]
    if suffix == ".csv":
        total = len(_count(demo_db, SchoolYear(2025), None))
        lines = target.read_text("utf-8-sig").splitlines()
        assert lines[1] == f"2025-2026;alle;meldingen;totaal;{total}"


def test_screenshot(qtbot, view: OverviewView):
    view.select(SchoolYear(2025), None)
    qtbot.wait(200)  # let layouts catch up before grabbing
    folder = Path(os.environ.get("SKOW_SCREENSHOTS", "/tmp/skow-screenshots"))
    folder.mkdir(parents=True, exist_ok=True)
    assert view.grab().save(str(folder / "jaaroverzicht.png"))
    view.show_incidents("rol", "leerling")
    assert view.last_dialog is not None
    qtbot.waitExposed(view.last_dialog)
    assert view.last_dialog.grab().save(str(folder / "jaaroverzicht-meldingen.png"))
    assert date.today()  # the screenshot is for looking at, not for asserting pixels
