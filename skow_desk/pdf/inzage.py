"""Inzage (AVG art. 15) on paper: the overview PDF of one person's data, and its export.

:func:`export_person` gathers the data (:func:`skow_desk.services.inzage.gather`, plain text,
no layout), lays out the overview here on the house page (:mod:`skow_desk.pdf.page`), writes
it with every finalised letter as its own PDF, and has the service record the request and the
export (:func:`skow_desk.services.inzage.record_export`).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.doctemplate import LayoutError

from skow_desk.domain.dates import long_date
from skow_desk.domain.errors import DomainError
from skow_desk.pdf.fonts import FONT, FONT_BOLD, FONT_ITALIC, register_fonts
from skow_desk.pdf.page import GREY, TABLE_LINES, build_document, paragraph
from skow_desk.services.inzage import InzageData, gather, record_export
from skow_desk.store.db import Database
from skow_desk.store.files import atomic_write

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
    return paragraph(text, style)


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
    table.setStyle(TableStyle([*TABLE_LINES, ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
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

    try:
        return build_document(story, title=f"Inzage {data.name}", font_size=9,
                              footer=f"Inzage {data.name} — vertrouwelijk")
    except LayoutError:
        raise DomainError(
            "Het inzageoverzicht kan niet worden opgemaakt: een gegeven is te lang voor een "
            "pagina. Maak het korter (bijvoorbeeld de naam of het kenmerk) en probeer het "
            "opnieuw.") from None


def export_person(db: Database, person_id: int, out_dir: Path, requested_on: date,
                  today: date | None = None) -> list[Path]:
    """Write the inzage PDF and the person's finalised letters; returns the files written."""
    made_on = today or date.today()
    with db.transaction() as session:
        data = gather(session, person_id, requested_on, made_on)
    out_dir.mkdir(parents=True, exist_ok=True)
    overview = out_dir / f"inzage-persoon-{person_id}-{requested_on:%Y%m%d}.pdf"
    atomic_write(overview, render_inzage(data))
    files = [overview]
    for file_name, pdf in data.letter_pdfs.items():
        path = out_dir / file_name
        atomic_write(path, pdf)
        files.append(path)
    record_export(db, data, files)
    return files
