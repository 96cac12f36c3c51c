"""Layout of the inzage overview with ReportLab (DejaVu Sans embedded; never Helvetica)."""

from __future__ import annotations

import io
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.platypus.doctemplate import LayoutError

from skow_desk.domain.dates import long_date
from skow_desk.domain.errors import DomainError
from skow_desk.pdf_fonts import FONT, FONT_BOLD, FONT_ITALIC, register_fonts
from skow_desk.services.inzage import InzageData

GREY = Color(0.4, 0.4, 0.4)
RULE = Color(0.8, 0.8, 0.8)

NOTE_OTHERS = (
    "Controleer vóór u dit overzicht verstrekt of het gegevens over anderen bevat (AVG "
    "art. 15 lid 4), bijvoorbeeld namen in een omschrijving, en maak die zo nodig onleesbaar."
)


_BODY = ParagraphStyle("body", fontName=FONT, fontSize=9, leading=12)
_LABEL = ParagraphStyle("label", parent=_BODY, textColor=GREY)
_SMALL = ParagraphStyle("small", parent=_BODY, fontName=FONT_ITALIC, fontSize=8, leading=10)
_TITLE = ParagraphStyle("title", parent=_BODY, fontName=FONT_BOLD, fontSize=15, leading=19,
                        spaceAfter=6)
_H1 = ParagraphStyle("h1", parent=_BODY, fontName=FONT_BOLD, fontSize=12, leading=15,
                     spaceBefore=10, spaceAfter=4)
_H2 = ParagraphStyle("h2", parent=_BODY, fontName=FONT_BOLD, fontSize=9.5, leading=12,
                     spaceBefore=6, spaceAfter=2)


def _p(text: str, style: ParagraphStyle = _BODY) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


LONG_FIELD = 1200  # characters: a longer value is set below the table, where it may break pages


def _block(heading: str, fields: list[tuple[str, str]]) -> list[Any]:
    """A record: its short fields in a table kept with the heading, long texts after it."""
    short = [(label, value) for label, value in fields if len(value) <= LONG_FIELD]
    long = [(label, value) for label, value in fields if len(value) > LONG_FIELD]
    flowables: list[Any] = [KeepTogether([_p(heading, _H2), _fields_table(short)])]
    for label, value in long:
        flowables += [_p(label, _LABEL), _p(value)]
    return flowables


def _fields_table(fields: list[tuple[str, str]]) -> Table:
    table = Table([[_p(label, _LABEL), _p(value)] for label, value in fields] or [["", ""]],
                  colWidths=[42 * mm, 128 * mm])
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT),  # default: Helvetica
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
    return table


def render_inzage(data: InzageData) -> bytes:
    """The overview as PDF bytes (deterministic: the same data gives the same bytes)."""
    register_fonts()
    story: list[Any] = [
        _p("Inzage in persoonsgegevens (AVG artikel 15)", _TITLE),
        _p(f"Overzicht van alle gegevens die SKOW Desk vastlegt over {data.name}."),
        _p(f"Verzoek ontvangen op {long_date(data.requested_on)}; overzicht gemaakt op "
           f"{long_date(data.made_on)}; uiterlijk beantwoorden op {long_date(data.answer_by)}."),
        Spacer(1, 3 * mm), _p(NOTE_OTHERS, _SMALL),
    ]
    for section in data.sections:
        story.append(_p(section.title, _H1))
        if not section.blocks:
            story.append(_p(section.empty))
        for block in section.blocks:
            story += _block(block.heading, block.fields)

    def footer(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(GREY)
        canvas.drawString(20 * mm, 10 * mm, f"Inzage {data.name} — vertrouwelijk")
        canvas.drawRightString(190 * mm, 10 * mm, f"pagina {doc.page}")
        canvas.restoreState()

    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
        bottomMargin=18 * mm, title=f"Inzage {data.name}", author="SKOW Desk",
        creator="SKOW Desk", producer="SKOW Desk", lang="nl-NL", invariant=1,
        initialFontName=FONT, initialFontSize=9)  # else the canvas starts in Helvetica
    try:
        document.build(story, onFirstPage=footer, onLaterPages=footer)
    except LayoutError:
        raise DomainError(
            "Het inzageoverzicht kan niet worden opgemaakt: een gegeven is te lang voor een "
            "pagina. Maak het korter (bijvoorbeeld de naam of het kenmerk) en probeer het "
            "opnieuw.") from None
    return buffer.getvalue()
