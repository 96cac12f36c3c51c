"""The overview pages of an exported dossier, with ReportLab (layout only, data first).

The letters themselves follow the overview unchanged (see :mod:`skow_desk.services.dossier`);
this module only lays out the lists of :class:`~skow_desk.services.dossier.Dossier`.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from skow_desk.domain.dates import long_date, short_date
from skow_desk.pdf_fonts import FONT, FONT_BOLD, FONT_ITALIC, register_fonts
from skow_desk.services.dossier import Dossier

GREY = Color(0.4, 0.4, 0.4)
RULE = Color(0.8, 0.8, 0.8)
HEAD = Color(0.93, 0.93, 0.93)
WIDTH_MM = 170.0

_BODY = ParagraphStyle("dossier-body", fontName=FONT, fontSize=8.5, leading=11)
_HEAD = ParagraphStyle("dossier-head", parent=_BODY, fontName=FONT_BOLD)
_NOTE = ParagraphStyle("dossier-note", parent=_BODY, fontName=FONT_ITALIC, textColor=GREY)
_TITLE = ParagraphStyle("dossier-title", parent=_BODY, fontName=FONT_BOLD, fontSize=15,
                        leading=19, spaceAfter=4)
_H1 = ParagraphStyle("dossier-h1", parent=_BODY, fontName=FONT_BOLD, fontSize=11, leading=14,
                     spaceBefore=9, spaceAfter=3)


def _p(text: str, style: ParagraphStyle = _BODY) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _d(day: date | None) -> str:
    return short_date(day) if day else "—"


def _table(headers: Sequence[str], rows: Sequence[Sequence[str]],
           widths_mm: Sequence[float]) -> Table:
    data = [[_p(h, _HEAD) for h in headers], *([_p(c) for c in row] for row in rows)]
    table = Table(data, colWidths=[w * mm for w in widths_mm], repeatRows=1)
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BACKGROUND", (0, 0), (-1, 0), HEAD),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
                               ("LEFTPADDING", (0, 0), (-1, -1), 2),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                               ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
    return table


def _section(story: list[Any], title: str, headers: Sequence[str],
             rows: Sequence[Sequence[str]], widths_mm: Sequence[float]) -> None:
    story.append(_p(f"{title} ({len(rows)})", _H1))
    story.append(_table(headers, rows, widths_mm) if rows else _p("Geen.", _NOTE))


def render_overview(dossier: Dossier, made_on: date) -> bytes:
    """The overview pages as PDF bytes (deterministic for the same data and date)."""
    register_fonts()
    who = dossier.role.label.lower() + (f", {dossier.detail}" if dossier.detail else "")
    attached = sum(1 for x in dossier.letters if x.has_pdf)
    story: list[Any] = [
        _p(f"{dossier.dossier_name.capitalize()} — {dossier.name}", _TITLE),
        _p(f"{dossier.name} ({who}){', ' + dossier.school if dossier.school else ''}."),
        _p(f"Overzicht gemaakt op {long_date(made_on)} met SKOW Desk. Alle lijsten staan met "
           "het nieuwste bovenaan."),
        _p(f"Na dit overzicht volgen de {attached} definitieve brieven, elk precies zoals "
           "ze zijn opgeslagen, in de volgorde van de lijst Brieven." if attached else
           "Er zijn geen definitieve brieven om bij te voegen.", _NOTE),
        Spacer(1, 2 * mm),
    ]
    _section(story, "Brieven", ("Nummer", "Soort", "Datum", "Versie", "Vervangt", "Melding",
                                "PDF"),
             [(x.number or "(concept)", x.title, _d(x.letter_date), str(x.version),
               x.replaces or "—", x.kenmerk or "—", x.pdf_state or "concept")
              for x in dossier.letters], (19, 38, 21, 14, 19, 29, 30))
    _section(story, "Meldingen", ("Kenmerk", "Gemeld op", "Rol in de melding", "Platform",
                                  "Stand"),
             [(i.kenmerk, _d(i.reported_on), i.part, i.platform or "—", i.status)
              for i in dossier.incidents], (32, 22, 46, 35, 35))
    _section(story, "Maatregelen", ("Datum", "Melding", "Maatregel", "Fase", "Toelichting"),
             [(_d(m.decided_on), m.kenmerk, m.kind, m.stage, m.detail or "—")
              for m in dossier.measures], (21, 30, 40, 20, 59))
    _section(story, "Gesprekken", ("Datum", "Melding", "Met", "Aanwezig", "Besproken"),
             [(_d(c.held_on), c.kenmerk, c.with_whom or "—", c.present or "—",
               c.summary or "—") for c in dossier.conversations], (21, 28, 32, 40, 49))
    _section(story, "Taken", ("Taak", "Melding", "Uiterlijk", "Gedaan op"),
             [(t.title, t.kenmerk or "—", _d(t.due_on), _d(t.done_on))
              for t in dossier.tasks], (90, 30, 25, 25))

    def footer(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(GREY)
        canvas.drawString(20 * mm, 10 * mm, f"{dossier.dossier_name.capitalize()} "
                                            f"{dossier.name} — vertrouwelijk")
        canvas.drawRightString(190 * mm, 10 * mm, f"overzicht, pagina {doc.page}")
        canvas.restoreState()

    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
        bottomMargin=18 * mm, title=f"Dossier {dossier.name}", author="SKOW Desk",
        creator="SKOW Desk", producer="SKOW Desk", lang="nl-NL", invariant=1,
        initialFontName=FONT, initialFontSize=8.5)
    document.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()
