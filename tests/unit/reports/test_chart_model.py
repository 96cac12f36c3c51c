"""Issue 14 item 8: one chart model for the overview's bar charts, drawn by screen and PDF."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.graphics import renderPDF

from skow_desk.domain.schoolyear import SchoolYear
from skow_desk.pdf.fonts import register_fonts
from skow_desk.reports import pdf_charts
from skow_desk.reports.chart_model import (
    CURRENT_COLOUR,
    MAX_BAR_WIDTH,
    PREVIOUS_COLOUR,
    ComparisonChartModel,
    elide,
    overview_charts,
)
from skow_desk.reports.export import export_overview
from skow_desk.reports.overview import compute_overview

from .conftest import Register

TODAY = date(2026, 11, 24)


def _model(current: tuple[int | None, ...] = (3, 0, None),
           previous: tuple[int, ...] = (1, 12, 4)) -> ComparisonChartModel:
    return ComparisonChartModel("Meldingen per maand", ("aug", "sep", "okt"), current, previous,
                                ("2026-2027", "2025-2026"))


def test_the_scale_has_whole_steps_up_to_the_largest_count() -> None:
    model = _model()
    assert (model.step, model.ceiling) == (5, 15)
    assert [(t.label, t.share) for t in model.ticks()] == [
        ("0", 0.0), ("5", 1 / 3), ("10", 2 / 3), ("15", 1.0)]
    assert model.widest_tick_label() == "15"
    empty = ComparisonChartModel("Leeg", ("A1",), (0,), (0,), ("a", "b"))
    assert (empty.step, empty.ceiling, [t.value for t in empty.ticks()]) == (1, 1, [0, 1])


def test_bars_stand_last_year_left_this_year_right_and_a_month_to_come_has_none() -> None:
    model = _model()
    bars = model.bars(plot_width=600)
    assert [(b.index, b.is_current, b.value) for b in bars] == [
        (0, False, 1), (0, True, 3), (1, False, 12), (2, False, 4)]  # no 0, no month to come
    last, this = bars[0], bars[1]
    assert (last.colour, this.colour) == (PREVIOUS_COLOUR, CURRENT_COLOUR)
    assert last.left + last.width == pytest.approx(this.left) == pytest.approx(model.centre(0))
    assert this.height == pytest.approx(3 / 15) and bars[2].height == pytest.approx(12 / 15)
    assert model.bar(2, True, 600).height == 0
    assert model.bar(0, True, 100).width * 100 <= MAX_BAR_WIDTH  # capped when slots are wide
    assert model.slot_edges() == pytest.approx((0, 1 / 3, 2 / 3, 1))


def test_legend_and_words_for_a_screen_reader() -> None:
    model = _model()
    assert [(e.colour, e.text) for e in model.legend()] == [
        (PREVIOUS_COLOUR, "2025-2026"), (CURRENT_COLOUR, "2026-2027")]
    assert model.description().split("; ")[2] == "okt: nog niet (2026-2027), 4 (2025-2026)"
    assert model.tooltip(1, False) == "sep 2025-2026: 12 — klik voor de lijst"
    with pytest.raises(ValueError):
        ComparisonChartModel("x", ("a",), (), (1,), ("", ""))


def test_a_long_label_is_cut_to_its_slot() -> None:
    def measure(text: str) -> float:
        return 6.0 * len(text)

    assert elide("sep", 30, measure) == "sep"
    assert elide("ongeoorloofd filmen", 30, measure) == "onge…"
    assert elide("abc", 3, measure) == ""


def test_a_running_year_leaves_its_months_to_come_without_a_bar(db: Any,
                                                                register: Register) -> None:
    with db.sessions() as s:
        overview = compute_overview(s, SchoolYear(2026), None, TODAY)
    months, articles = overview_charts(overview)
    assert months.categories[:4] == ("aug", "sep", "okt", "nov")
    assert months.current[4:] == (None,) * 8 and None not in months.current[:4]
    assert articles.title == "Meldingen per protocolartikel" and "A1" in articles.categories
    assert months.labels == ("2026-2027", "2025-2026")


def _texts(path: Path, page: int = 0) -> list[tuple[str, float, float]]:
    """(text, x, y) of every text run on a page, in PDF points (y upwards)."""
    found: list[tuple[str, float, float]] = []

    def visit(text: str, _cm: Any, tm: Any, _font: Any, _size: Any) -> None:
        if text.strip():
            found.append((text.strip(), float(tm[4]), float(tm[5])))

    PdfReader(path).pages[page].extract_text(visitor_text=visit)
    return found


def test_the_pdf_draws_the_models_ticks_and_labels_where_the_model_says(tmp_path: Path) -> None:
    register_fonts()
    model = _model()
    width, height = 480.0, 180.0
    out = tmp_path / "grafiek.pdf"
    renderPDF.drawToFile(pdf_charts.comparison_chart(model, width, height), str(out))
    texts = _texts(out)
    plot = pdf_charts.plot_area(model, width, height)
    for tick in model.ticks():
        [(x, y)] = [(x, y) for t, x, y in texts if t == tick.label and x < plot.left]
        assert y == pytest.approx(plot.y(tick.share) - pdf_charts.SMALL_SIZE * pdf_charts.MIDDLE,
                                  abs=0.05)
    for index, name in enumerate(model.categories):
        [(x, y)] = [(x, y) for t, x, y in texts if t == name]
        centre = x + pdf_charts._width(name) / 2
        assert centre == pytest.approx(plot.x(model.centre(index)), abs=0.05)
        assert y < plot.base
    assert [t for t, _x, _y in texts if t.startswith("20")] == ["2025-2026", "2026-2027"]


def test_the_overview_pdf_puts_its_axis_labels_where_the_model_says(
        db: Any, register: Register, tmp_path: Path) -> None:
    from skow_desk.reports.export_pdf import BODY_WIDTH, CHART_HEIGHT

    out = tmp_path / "jaaroverzicht.pdf"
    export_overview(db, "2025-2026", None, out, today=TODAY)
    with db.sessions() as s:
        charts = overview_charts(compute_overview(s, SchoolYear(2025), None, TODAY))
    texts = [t[0] for t in _texts(out)]
    runs = _texts(out)  # a drawing's texts are in its own coordinates (origin bottom left)
    for model in charts:
        start = texts.index(model.title)
        chart = runs[start:start + 3 + len(model.ticks()) + len(model.categories)]
        plot = pdf_charts.plot_area(model, BODY_WIDTH, CHART_HEIGHT)
        ticks = [(t, y) for t, x, y in chart if t.isdigit() and x < plot.left]
        assert ticks == [(tick.label, pytest.approx(
            plot.y(tick.share) - pdf_charts.SMALL_SIZE * pdf_charts.MIDDLE, abs=0.01))
            for tick in model.ticks()]
        names = [(t, x + pdf_charts._width(t) / 2) for t, x, y in chart if y < plot.base
                 and not t.isdigit()]
        assert names == [(name, pytest.approx(plot.x(model.centre(i)), abs=0.01))
                         for i, name in enumerate(model.categories)]
