"""The one page template of SKOW Desk's own documents (the dossier and the inzage overview).

A4 with 20 mm side margins, DejaVu Sans from the first character (never Helvetica), the same
metadata, and on every page the footer "<who> — vertrouwelijk" with the page number; the
colours and the table lines they share. Each document keeps its own paragraph styles.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate

from skow_desk.pdf.fonts import FONT, register_fonts

GREY = Color(0.4, 0.4, 0.4)  # the footer, notes and labels
RULE = Color(0.8, 0.8, 0.8)  # the line under each table row
HEAD = Color(0.93, 0.93, 0.93)  # a table's header row
MARGIN = 20 * mm
WIDTH = A4[0] - 2 * MARGIN  # 170 mm of text
FOOTER_SIZE = 7.5

TABLE_LINES: list[tuple[Any, ...]] = [
    ("FONTNAME", (0, 0), (-1, -1), FONT),  # ReportLab's default would be Helvetica
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
    ("TOPPADDING", (0, 0), (-1, -1), 1.5),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
]
"""The table style both documents start from (each adds its own padding and header)."""


def paragraph(text: str, style: ParagraphStyle) -> Paragraph:
    """Plain text (escaped; line breaks kept) as a paragraph (in DejaVu: registered first)."""
    register_fonts()
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def build_document(story: Sequence[Flowable], *, title: str, footer: str, font_size: float,
                   page_label: str = "pagina") -> bytes:
    """The PDF bytes of ``story`` on the house page (deterministic for the same story).

    ``footer`` is the left of the footer (e.g. "Inzage Daan — vertrouwelijk"); the right says
    "<page_label> <n>". ReportLab's ``LayoutError`` (a flowable larger than a page) is the
    caller's to translate.
    """
    register_fonts()

    def draw_footer(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(FONT, FOOTER_SIZE)
        canvas.setFillColor(GREY)
        canvas.drawString(MARGIN, 10 * mm, footer)
        canvas.drawRightString(A4[0] - MARGIN, 10 * mm, f"{page_label} {doc.page}")
        canvas.restoreState()

    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=18 * mm,
        bottomMargin=18 * mm, title=title, author="SKOW Desk", creator="SKOW Desk",
        producer="SKOW Desk", lang="nl-NL", invariant=1, initialFontName=FONT,
        initialFontSize=font_size)  # else the canvas starts in Helvetica
    document.build(list(story), onFirstPage=draw_footer, onLaterPages=draw_footer)
    return buffer.getvalue()
