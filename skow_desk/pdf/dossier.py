"""A person's dossier as one PDF: the overview pages, then every finalised letter as stored.

The overview is laid out here from :class:`~skow_desk.services.dossier.Dossier` (data first,
gathered by the service); the letters follow unchanged, merged with pypdf so their own pages
and text stay untouched. The export is written to the audit trail.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle
from sqlalchemy import select
from sqlalchemy.orm import Session

from skow_desk.domain.dates import long_date, short_date
from skow_desk.domain.errors import DomainError
from skow_desk.pdf.fonts import FONT, FONT_BOLD, FONT_ITALIC, register_fonts
from skow_desk.pdf.page import GREY, HEAD, TABLE_LINES, build_document, paragraph
from skow_desk.services.audit import AuditAction, record
from skow_desk.services.dossier import Dossier, load_dossier
from skow_desk.store.models import Letter

_BODY = ParagraphStyle("dossier-body", fontName=FONT, fontSize=8.5, leading=11)
_HEAD = ParagraphStyle("dossier-head", parent=_BODY, fontName=FONT_BOLD)
_NOTE = ParagraphStyle("dossier-note", parent=_BODY, fontName=FONT_ITALIC, textColor=GREY)
_TITLE = ParagraphStyle("dossier-title", parent=_BODY, fontName=FONT_BOLD, fontSize=15,
                        leading=19, spaceAfter=4)
_H1 = ParagraphStyle("dossier-h1", parent=_BODY, fontName=FONT_BOLD, fontSize=11, leading=14,
                     spaceBefore=9, spaceAfter=3)


def _p(text: str, style: ParagraphStyle = _BODY) -> Paragraph:
    return paragraph(text, style)


def _d(day: date | None) -> str:
    return short_date(day) if day else "—"


def _table(headers: Sequence[str], rows: Sequence[Sequence[str]],
           widths_mm: Sequence[float]) -> Table:
    data = [[_p(h, _HEAD) for h in headers], *([_p(c) for c in row] for row in rows)]
    table = Table(data, colWidths=[w * mm for w in widths_mm], repeatRows=1)
    table.setStyle(TableStyle([*TABLE_LINES, ("BACKGROUND", (0, 0), (-1, 0), HEAD),
                               ("LEFTPADDING", (0, 0), (-1, -1), 2),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 2)]))
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

    return build_document(
        story, title=f"Dossier {dossier.name}", font_size=8.5, page_label="overzicht, pagina",
        footer=f"{dossier.dossier_name.capitalize()} {dossier.name} — vertrouwelijk")


def export_dossier_pdf(session: Session, person_id: int, on: date | None = None) -> bytes:
    """One PDF: the overview, then every finalised letter's stored PDF. Logged as an export."""
    try:
        from pypdf import PdfReader, PdfWriter
    except ImportError as error:  # pragma: no cover - pypdf is a runtime dependency
        raise DomainError("Het samenvoegen van de brieven is niet beschikbaar in deze "
                          "installatie (pypdf ontbreekt).") from error
    dossier = load_dossier(session, person_id)
    made_on = on or date.today()
    writer = PdfWriter()
    overview = PdfReader(io.BytesIO(render_overview(dossier, made_on)))
    writer.append(overview)
    writer.add_outline_item(title=f"Overzicht {dossier.dossier_name}", page_number=0)
    for letter in dossier.letters:
        if not letter.has_pdf:
            continue
        first = len(writer.pages)
        pdf = session.scalar(select(Letter.pdf).where(Letter.id == letter.id))
        assert pdf is not None
        writer.append(PdfReader(io.BytesIO(pdf)))
        writer.add_outline_item(
            title=f"Brief {letter.number} · {letter.title} · {long_date(letter.letter_date)}",
            page_number=first)
    writer.add_metadata({"/Title": f"Dossier van {dossier.name}", "/Producer": "SKOW Desk"})
    out = io.BytesIO()
    writer.write(out)
    attached = sum(1 for x in dossier.letters if x.has_pdf)
    record(session, AuditAction.EXPORT, "person", person_id, person_id,
           f"Dossier geëxporteerd als PDF ({attached} brieven)")
    return out.getvalue()
