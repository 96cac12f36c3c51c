"""The reference block's rows sit exactly where the two-column Table put them."""

from __future__ import annotations

import io

import pytest
from letter_helpers import first_page_words
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Table, TableStyle

from skow_desk.letters.flowables import CellRows
from skow_desk.letters.render import _styles, _text
from skow_desk.pdf.fonts import FONT, register_fonts

LABEL_WIDTH = 26 * mm
WIDTH = 155 * mm
SUBJECTS = ["Schorsing van Daan van den Berg",
            "Schorsing van Daan van den Berg wegens het plaatsen van een filmpje van een "
            "klasgenoot op TikTok zonder toestemming van betrokkenen, en wat daarop volgt"]


def _rows(subject: str) -> list[list[Flowable]]:
    s = _styles(9.5, 13.3)
    rows = [("Datum", "24 november 2026"), ("Kenmerk", "04XY-2627-001"),
            ("Briefnummer", "2026-0001"), ("Betreft", subject)]
    return [[_text(label, s["label"]),
             _text(value, s["subject"] if label == "Betreft" else s["body_tight"])]
            for label, value in rows]


def _table(subject: str) -> Flowable:
    """The reference block as it was laid out before CellRows."""
    table = Table(_rows(subject), colWidths=[LABEL_WIDTH, WIDTH - LABEL_WIDTH], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "BASELINE"),
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0.6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0.6),
    ]))
    return table


Words = list[tuple[str, float, float, float]]


def _placed(flowable: Flowable) -> tuple[tuple[float, float], Words]:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1)
    size = flowable.wrapOn(canvas, WIDTH, 500)
    flowable.drawOn(canvas, 35 * mm, 700 - size[1])
    canvas.showPage()
    canvas.save()
    return size, first_page_words(buffer.getvalue())


@pytest.mark.parametrize("subject", SUBJECTS, ids=["one-line", "wrapped"])
def test_rows_placed_as_the_table_placed_them(subject: str) -> None:
    register_fonts()
    (width, height), words = _placed(CellRows(_rows(subject), (LABEL_WIDTH, WIDTH - LABEL_WIDTH),
                                              padding=0.6))
    (table_width, table_height), table_words = _placed(_table(subject))
    assert (width, height) == pytest.approx((table_width, table_height), abs=1e-9)
    assert len(words) == len(table_words) >= 8
    for (text, x, y, size), (table_text, table_x, table_y, table_size) in zip(
            words, table_words, strict=True):
        assert (text, size) == (table_text, table_size)
        assert (x, y) == pytest.approx((table_x, table_y), abs=1e-6)
