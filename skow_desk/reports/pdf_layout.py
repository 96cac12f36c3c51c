"""Page furniture of the PDF overview: the letterhead, the footer and "pagina X van Y".

All data is gathered first (:class:`Letterhead`); drawing never touches the database.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import select
from sqlalchemy.orm import Session

from skow_desk.pdf.fonts import FONT, FONT_BOLD
from skow_desk.store.models import Foundation, School

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 20 * mm
FIRST_TOP = 44 * mm  # body starts below the letterhead on page 1
LATER_TOP = 24 * mm
BOTTOM = 20 * mm
LOGO_MAX_HEIGHT = 20 * mm
LOGO_MAX_WIDTH = 42 * mm
GREY = colors.HexColor("#555555")
RULE = colors.HexColor("#1F5C99")


@dataclass(frozen=True)
class Letterhead:
    """Who the report comes from: the foundation, or one school (with its logo)."""

    name: str
    lines: tuple[str, ...]
    logo: bytes | None = None
    parent: str = ""


def _joined(*parts: str) -> str:
    return " · ".join(p for p in (x.strip() for x in parts) if p)


def letterhead_for(session: Session, school_id: int | None) -> Letterhead:
    """The school's letterhead when one school is chosen, else the foundation's."""
    foundation = session.scalars(select(Foundation).limit(1)).first()
    foundation_name = foundation.name if foundation else "Stichting SKOW"
    school = session.get(School, school_id) if school_id is not None else None
    if school is not None:
        lines = (_joined(school.address, f"{school.postcode}  {school.city}".strip()),
                 _joined(f"tel. {school.phone}" if school.phone else "", school.email),
                 f"BRIN {school.brin}")
        return Letterhead(school.name, tuple(x for x in lines if x), school.logo,
                          foundation_name)
    if foundation is None:
        return Letterhead(foundation_name, ())
    address = _joined(foundation.address, f"{foundation.postcode}  {foundation.city}".strip())
    return Letterhead(foundation.name, tuple(x for x in (address,) if x))


def _logo(data: bytes | None) -> ImageReader | None:
    if not data:
        return None
    try:
        reader = ImageReader(io.BytesIO(data))
        reader.getSize()
    except Exception:  # a broken logo must not stop the report: print without it
        return None
    return reader


@dataclass(frozen=True)
class PageFurniture:
    """Draws the letterhead (page 1), a running head (later pages) and the footer."""

    letterhead: Letterhead
    running_title: str
    footer: str

    def first_page(self, canvas: Canvas, _doc: Any) -> None:
        canvas.saveState()
        top = PAGE_HEIGHT - 16 * mm
        x = MARGIN
        logo = _logo(self.letterhead.logo)
        if logo is not None:
            width, height = logo.getSize()
            scale = min(LOGO_MAX_HEIGHT / height, LOGO_MAX_WIDTH / width)
            canvas.drawImage(logo, MARGIN, top - height * scale, width * scale, height * scale,
                             mask="auto")
            x = MARGIN + width * scale + 5 * mm
        canvas.setFillColor(colors.black)
        canvas.setFont(FONT_BOLD, 14)
        canvas.drawString(x, top - 12, self.letterhead.name)
        canvas.setFont(FONT, 8.5)
        canvas.setFillColor(GREY)
        y = top - 25
        for line in self.letterhead.lines:
            canvas.drawString(x, y, line)
            y -= 11
        if self.letterhead.parent:
            canvas.drawRightString(PAGE_WIDTH - MARGIN, top - 12, self.letterhead.parent)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(1.2)
        rule_y = PAGE_HEIGHT - FIRST_TOP + 6 * mm
        canvas.line(MARGIN, rule_y, PAGE_WIDTH - MARGIN, rule_y)
        canvas.restoreState()
        self._footer(canvas)

    def later_pages(self, canvas: Canvas, _doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.setFillColor(GREY)
        y = PAGE_HEIGHT - 14 * mm
        canvas.drawString(MARGIN, y, self.letterhead.name)
        canvas.drawRightString(PAGE_WIDTH - MARGIN, y, self.running_title)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN, y - 4, PAGE_WIDTH - MARGIN, y - 4)
        canvas.restoreState()
        self._footer(canvas)

    def _footer(self, canvas: Canvas) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(GREY)
        canvas.drawString(MARGIN, 12 * mm, self.footer)
        canvas.restoreState()


class NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab ships no types
    """A canvas that writes "pagina X van Y" once the number of pages is known."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["initialFontName"] = kwargs.get("initialFontName") or FONT  # not Helvetica
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - ReportLab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self.setFont(FONT, 7.5)
            self.setFillColor(GREY)
            self.drawRightString(PAGE_WIDTH - MARGIN, 12 * mm, f"pagina {number} van {total}")
            super().showPage()
        super().save()
