"""Issue 13.12: a running year against the same period of last year; future months empty."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from skow_desk.domain.schoolyear import SchoolYear
from skow_desk.gui.overview.overview_models import ComparisonModel
from skow_desk.gui.overview.overview_view import OverviewView
from skow_desk.reports.export import write_overview
from skow_desk.reports.overview import compute_overview
from skow_desk.store.models import Incident
from tests.conftest import TODAY

RUNNING = SchoolYear.of(TODAY)


def _count(db: Any, first: date, last: date) -> int:
    with db.sessions() as s:
        return int(s.scalar(select(func.count()).select_from(Incident).where(
            Incident.reported_on.between(first, last))) or 0)


def test_running_year_is_compared_with_the_same_period(app: Any, qtbot: Any, demo_db: Any,
                                                       grab: Any) -> None:
    a_year_earlier = date(TODAY.year - 1, TODAY.month, TODAY.day)
    with demo_db.sessions() as s:
        overview = compute_overview(s, RUNNING, None, TODAY)
        whole = compute_overview(s, RUNNING, None)
    previous_period = _count(demo_db, RUNNING.previous().first_day, a_year_earlier)
    assert overview.previous.total == previous_period
    assert whole.previous.total == _count(demo_db, RUNNING.previous().first_day,
                                          RUNNING.previous().last_day)
    assert previous_period < whole.previous.total  # the old, unfair comparison was bigger
    months = overview.compared("maand")
    assert [m.future for m in months].count(False) == 4  # August … November
    assert all(m.future for m in months[4:])

    view = OverviewView(demo_db, today=TODAY)
    qtbot.addWidget(view)
    view.resize(1340, 700)
    view.show()
    assert view.overview is not None and view.overview.until == TODAY
    assert "dezelfde periode" in view.note.text()
    model = ComparisonModel("maand")
    model.set_rows(view.overview.compared("maand"), RUNNING.label, RUNNING.previous().label)
    december = model.index(4, ComparisonModel.COL_CURRENT)
    assert december.data() == "" and model.index(4, ComparisonModel.COL_LABEL).data()
    assert model.index(0, ComparisonModel.COL_CURRENT).data() != ""
    grab(view, "jaaroverzicht-lopend-jaar")
    view.show_incidents("meldingen", "totaal", current=False)  # last year's number, clicked
    assert view.last_dialog is not None
    assert view.last_dialog.model.rowCount() == previous_period


def test_the_pdf_leaves_months_to_come_empty(demo_db: Any, tmp_path: Path) -> None:
    out = tmp_path / "jaaroverzicht.pdf"
    with demo_db.transaction() as s:
        write_overview(s, RUNNING, None, out, today=TODAY)
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "loopt nog" in text and "24 november" in text
    months = [line.split() for line in text.splitlines()
              if line.split()[:1] and line.split()[0] in ("december", "januari", "juli")]
    assert months, text
    for words in months:  # "december 2026" and nothing after it: no 0 and −100%
        assert len(words) == 2 and words[1].isdigit(), words
    november = next(line for line in text.splitlines() if line.strip().startswith("november"))
    assert len(november.split()) > 2  # a month that has been counted
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "2", str(out),
                    str(tmp_path / "page")], check=True)


def test_the_screen_draws_the_same_chart_model_as_the_pdf(app: Any, qtbot: Any, demo_db: Any,
                                                         grab: Any) -> None:
    from skow_desk.reports.chart_model import overview_charts

    view = OverviewView(demo_db, today=TODAY)
    qtbot.addWidget(view)
    view.resize(1340, 700)
    view.show()
    assert view.overview is not None
    months, articles = overview_charts(view.overview)  # what the PDF draws
    assert view.month_chart.model == months and view.article_chart.model == articles
    chart = view.month_chart
    plot = chart.plot()
    assert plot.y_down and plot.width > 0
    for index in range(len(months.categories)):
        for is_current in (False, True):
            bar = months.bar(index, is_current, plot.width)
            rect = chart.bar_rect(is_current, index)
            assert rect.height() == pytest.approx(plot.height * bar.height)
            assert rect.left() == pytest.approx(plot.x(bar.left))
            assert rect.bottom() == pytest.approx(plot.base)
    assert months.current[4] is None and chart.bar_rect(True, 4).height() == 0  # December
    assert chart.bar_rect(False, 1).height() > 0  # last September, counted
    assert "dec: nog niet (2026-2027)" in chart.accessibleDescription()
    grab(chart, "jaaroverzicht-grafiek-maand")
