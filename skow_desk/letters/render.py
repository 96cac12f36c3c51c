"""A Dutch business letter on A4 from :class:`LetterData`, with ReportLab (layout only).

The shape follows pretix's ``invoice.py``: a ``BaseDocTemplate`` with a first-page and an
other-pages template; the letterhead, the address in the window and the marks are drawn in
``onPage``; the body flows. All positions are constants here or in :class:`AddressWindow`.
The address block is centred on a line and must fit the window of a DL envelope. Output is
deterministic (ReportLab ``invariant``), so a stored SHA-256 identifies the letter.
"""

from __future__ import annotations

import calendar
import copy
import io
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import LayoutError
from reportlab.platypus.paragraph import cleanBlockQuotedText

from skow_desk.domain.dates import keep_dates_together, long_date
from skow_desk.domain.envelope import AddressWindow as AddressWindow  # one definition, shared
from skow_desk.domain.errors import DomainError
from skow_desk.domain.letter_data import LetterData
from skow_desk.letters.flowables import CellRows
from skow_desk.letters.pdfa import drop_transitions, make_pdfa
from skow_desk.pdf_fonts import FONT, FONT_BOLD, FONT_ITALIC, register_fonts

INK = Color(0.1, 0.1, 0.1)
GREY = Color(0.42, 0.42, 0.42)
RULE = Color(0.75, 0.75, 0.75)
WATERMARK = Color(0.5, 0.5, 0.5, alpha=0.16)


@dataclass(frozen=True)
class _AddressBlock:
    lines: tuple[str, ...]
    size: float
    leading: float
    baselines_mm: tuple[float, ...]


class LetterRenderer:
    """Lays out one letter; :func:`render_letter` is the way to use it."""

    PAGE_WIDTH, PAGE_HEIGHT = A4
    MARGIN_RIGHT_MM = 20.0
    MARGIN_BOTTOM_MM = 20.0
    LETTERHEAD_TOP_MM = 14.0
    LETTERHEAD_LEFT_MM = 20.0
    LOGO_MAX_MM = (48.0, 22.0)
    LETTERHEAD_RULE_MM = 40.0
    POSTAL_NOTE_SIZE = 8.0
    REFERENCE_TOP_MM = 96.0
    NO_WINDOW_TOP_MM = 48.0
    OTHER_PAGES_TOP_MM = 24.0
    FOLD_MARKS_MM: tuple[float, ...] = (107.0, 210.0)
    PUNCH_MARK_MM = 148.5
    FOOTER_MM = 12.0
    BODY_SIZE = 9.5
    BODY_LEADING = 13.3
    ADDRESS_SIZES: tuple[float, ...] = (10.0, 9.5, 9.0, 8.5, 8.0)
    ADDRESS_SMALLEST = 7.0
    """Below the sizes above only when wrapping does not make an address fit (never refused)."""

    def __init__(self, data: LetterData, window: AddressWindow | None = None) -> None:
        register_fonts()
        self.data = data
        self.window = window or AddressWindow()
        self.left_mm = self.window.left_mm
        self.text_width = self.PAGE_WIDTH - (self.left_mm + self.MARGIN_RIGHT_MM) * mm
        self.styles = _styles(self.BODY_SIZE, self.BODY_LEADING)  # made once, shared
        self.address = self._fit_address(data.recipient_lines)

    # --- page furniture (onPage) -------------------------------------------------------------

    def _y(self, from_top_mm: float) -> float:
        return float(self.PAGE_HEIGHT - from_top_mm * mm)

    def _note_height_mm(self) -> float:
        """Room the postal note ("Aangetekend") takes at the top of the window, if any."""
        return self.POSTAL_NOTE_SIZE * 1.3 / mm if self.data.postal_note else 0.0

    def _fit_address(self, lines: tuple[str, ...]) -> _AddressBlock | None:
        """The address in the window: as it is, else wrapped, else smaller; never refused.

        A postal note sits inside the window above the address, so both show through it.
        """
        if not lines:
            return None
        w = self.window
        room_top = w.window_top_mm + w.margin_mm + self._note_height_mm()
        room_bottom = w.window_top_mm + w.window_height_mm - w.margin_mm
        width = w.width_mm * mm
        attempts = [(size, False) for size in self.ADDRESS_SIZES]
        attempts += [(size, True) for size in (*self.ADDRESS_SIZES, self.ADDRESS_SMALLEST)]
        for size, wrap in attempts:
            fitted = _wrapped(lines, size, width) if wrap else lines
            leading = size * 1.25
            height_mm = len(fitted) * leading / mm
            widest = max(pdfmetrics.stringWidth(line, FONT, size) for line in fitted)
            last = (size, wrap) == attempts[-1]
            if last or (height_mm <= room_bottom - room_top and widest <= width):
                top = w.center_from_top_mm - height_mm / 2
                top = min(top, room_bottom - height_mm)
                top = max(top, room_top)
                # a line's visual middle sits about 0.35 em above its baseline
                baselines = tuple(
                    top + ((i + 0.5) * leading + 0.35 * size) / mm for i in range(len(fitted))
                )
                return _AddressBlock(fitted, size, leading, baselines)
        raise AssertionError("unreachable: the last attempt is always taken")

    def _marks(self, canvas: Canvas) -> None:
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        for at in self.FOLD_MARKS_MM:
            canvas.line(4 * mm, self._y(at), 9 * mm, self._y(at))
        canvas.line(4 * mm, self._y(self.PUNCH_MARK_MM), 11 * mm, self._y(self.PUNCH_MARK_MM))

    def _watermark(self, canvas: Canvas) -> None:
        if not self.data.draft:
            return
        canvas.saveState()
        canvas.setFillColor(WATERMARK)
        canvas.setFont(FONT_BOLD, 110)
        canvas.translate(self.PAGE_WIDTH / 2, self.PAGE_HEIGHT / 2)
        canvas.rotate(52)
        canvas.drawCentredString(0, -38, "CONCEPT")
        canvas.restoreState()

    def _letterhead(self, canvas: Canvas) -> None:
        head = self.data.letterhead
        right = self.PAGE_WIDTH - self.MARGIN_RIGHT_MM * mm
        top = self.LETTERHEAD_TOP_MM
        if head.logo:
            self._draw_logo(canvas, head.logo)
        else:
            canvas.setFillColor(INK)
            canvas.setFont(FONT_BOLD, 15)
            canvas.drawString(self.LETTERHEAD_LEFT_MM * mm, self._y(top + 6), head.name)
        lines: list[tuple[str, str, float]] = []
        if head.logo:
            lines.append((FONT_BOLD, head.name, 10))
        lines += [(FONT, line, 8) for line in head.address_lines]
        if head.phone:
            lines.append((FONT, f"T {head.phone}", 8))
        if head.email:
            lines.append((FONT, f"E {head.email}", 8))
        y = top + 3
        for font, text, size in lines:
            canvas.setFont(font, size)
            canvas.setFillColor(INK if font == FONT_BOLD else GREY)
            canvas.drawRightString(right, self._y(y), text)
            y += size * 1.45 / mm
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(self.LETTERHEAD_LEFT_MM * mm, self._y(self.LETTERHEAD_RULE_MM), right,
                    self._y(self.LETTERHEAD_RULE_MM))

    def _draw_logo(self, canvas: Canvas, logo: bytes) -> None:
        try:
            image = _logo_image(logo)
            width, height = image.getSize()
        except Exception as error:  # any undecodable image: say so in Dutch
            raise DomainError(
                "Het logo van de school kan niet worden gelezen; kies een PNG- of JPEG-bestand."
            ) from error
        max_w, max_h = (v * mm for v in self.LOGO_MAX_MM)
        scale = min(max_w / width, max_h / height)
        w, h = width * scale, height * scale
        canvas.drawImage(image, self.LETTERHEAD_LEFT_MM * mm, self._y(self.LETTERHEAD_TOP_MM) - h,
                         w, h, mask="auto")

    def _address_window(self, canvas: Canvas) -> None:
        w = self.window
        if self.data.postal_note:
            # inside the window, on its first line: the postman sees it through the envelope
            size = self.POSTAL_NOTE_SIZE
            canvas.setFont(FONT_BOLD, size)
            canvas.setFillColor(INK)
            baseline = w.window_top_mm + w.margin_mm + 0.9 * size / mm
            canvas.drawString(w.left_mm * mm, self._y(baseline), self.data.postal_note)
        block = self.address
        if block is None:
            return
        canvas.setFont(FONT, block.size)
        canvas.setFillColor(INK)
        for line, baseline in zip(block.lines, block.baselines_mm, strict=True):
            canvas.drawString(w.left_mm * mm, self._y(baseline), line)

    def _first_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        self._watermark(canvas)
        self._letterhead(canvas)
        self._address_window(canvas)
        self._marks(canvas)
        canvas.restoreState()

    def _other_pages(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        self._watermark(canvas)
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(GREY)
        data = self.data
        canvas.drawString(self.left_mm * mm, self._y(14),
                          f"{data.letterhead.name} · kenmerk {data.kenmerk} · "
                          f"{long_date(data.letter_date)}")
        self._marks(canvas)
        canvas.restoreState()

    # --- the flowing part --------------------------------------------------------------------

    def _reference(self) -> list[Flowable]:
        data, s = self.data, self.styles
        rows = [("Datum", long_date(data.letter_date)), ("Kenmerk", data.kenmerk)]
        if data.number:
            rows.append(("Briefnummer", data.number))
        rows.append(("Betreft", data.subject))
        cells = [
            [_text(label, s["label"]),
             _text(value, s["subject"] if label == "Betreft" else s["body_tight"])]
            for label, value in rows
        ]
        # laid out as a two-column Table (no padding left and right, 0.6 pt above and below)
        table = CellRows(cells, (26 * mm, self.text_width - 26 * mm), padding=0.6)
        return [table, Spacer(1, 9 * mm)]

    def _paragraph(self, paragraph: str) -> list[Flowable]:
        s = self.styles
        parts: list[Flowable] = []
        for line in paragraph.split("\n"):
            if line.startswith("# "):
                parts.append(_text(line[2:], s["heading"]))
            elif line.startswith("- "):
                parts.append(_text(line[2:], s["bullet"], bullet="–"))
            elif line.startswith("> "):
                parts.append(_text(line[2:], s["quote"]))
            else:
                parts.append(_text(line, s["body_tight"]))
        if len(parts) > 1 and paragraph.startswith("# "):
            # never leave a heading alone at the foot of a page
            parts = [KeepTogether(parts[:2]), *parts[2:]]
        return [*parts, Spacer(1, s["body"].spaceAfter)]

    def _body_and_signature(self) -> list[Flowable]:
        groups = [self._paragraph(p) for p in self.data.paragraphs]
        signature = self._signature() + self._appendix()
        if not groups or self.data.countersignatory:
            return [f for g in groups for f in g] + signature
        # the last paragraph goes with the closing, enclosures and copies: no page holding only
        # "Met vriendelijke groet" or "Kopie: …"
        return [f for g in groups[:-1] for f in g] + [KeepTogether([*groups[-1], *signature])]

    def _signature(self) -> list[Flowable]:
        data, s = self.data, self.styles
        if data.countersignatory:
            return [self._countersign_block()]
        if not data.closing:
            who = ", ".join(p for p in (data.signatory_name, data.signatory_function) if p)
            return [_text(f"Opgesteld door: {who}", s["body_tight"])] if who else []
        # the closing may hold a second line: "namens het bevoegd gezag van …," (Awb 10:10)
        block: list[Flowable] = [_text(line, s["body_tight"])
                                 for line in data.closing.split("\n")]
        block.append(Spacer(1, 14 * mm))
        if data.signatory_name:
            block.append(_text(data.signatory_name, s["body_tight"]))
        if data.signatory_function:
            block.append(_text(data.signatory_function, s["body_tight"]))
        return block

    def _countersign_block(self) -> Flowable:
        data, s = self.data, self.styles
        half = self.text_width / 2

        def column(name: str, function: str) -> list[Flowable]:
            cells: list[Flowable] = [_text("Voor gezien,", s["body_tight"]),
                                     Spacer(1, 15 * mm), _Rule(half - 10 * mm),
                                     _text(name, s["body_tight"])]
            # an empty function line keeps both "Datum" lines level
            cells.append(_text(function, s["small"]) if function
                         else _Text("&nbsp;", s["small"]))
            cells += [Spacer(1, 4 * mm), _text("Datum: ______________________", s["small"])]
            return cells

        table = Table(
            [[column(data.signatory_name, data.signatory_function),
              column(data.countersignatory, "")]],
            colWidths=[half, half], hAlign="LEFT",
        )
        table.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONTNAME", (0, 0), (-1, -1), FONT),  # tables default to Helvetica
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ]))
        comments = _text(f"Opmerkingen van {data.countersignatory} (niet verplicht)",
                         s["heading"])
        return KeepTogether([comments, _RuledLines(self.text_width, 6, 8 * mm),
                             Spacer(1, 8 * mm), table])

    def _appendix(self) -> list[Flowable]:
        data, s = self.data, self.styles
        story: list[Flowable] = []
        if data.enclosures:
            label = "Bijlage" if len(data.enclosures) == 1 else "Bijlagen"
            story.append(_text(f"{label}: {', '.join(data.enclosures)}", s["small"]))
        if data.copy_to:
            story.append(_text(f"Kopie: {', '.join(data.copy_to)}", s["small"]))
        return [Spacer(1, 6 * mm), *story] if story else []

    def story(self) -> list[Flowable]:
        """Everything after the page furniture, in reading order."""
        data, s = self.data, self.styles
        story: list[Flowable] = [NextPageTemplate("other")]
        if data.title:
            story.append(_text(data.title, s["title"]))
        story += self._reference()
        if data.salutation:
            story += [_text(data.salutation, s["body_tight"]),
                      Spacer(1, s["body"].spaceAfter)]
        story += self._body_and_signature()
        return story

    def render(self) -> bytes:
        """The PDF, byte-identical for identical data."""
        buffer = io.BytesIO()
        top = self.REFERENCE_TOP_MM if self.address or self.data.postal_note else (
            self.NO_WINDOW_TOP_MM)
        width = self.text_width
        first = Frame(self.left_mm * mm, self.MARGIN_BOTTOM_MM * mm, width,
                      self._y(top) - self.MARGIN_BOTTOM_MM * mm, id="first",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        other = Frame(self.left_mm * mm, self.MARGIN_BOTTOM_MM * mm, width,
                      self._y(self.OTHER_PAGES_TOP_MM) - self.MARGIN_BOTTOM_MM * mm, id="other",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        doc = BaseDocTemplate(
            buffer, pagesize=A4, invariant=1, pageCompression=1,
            title=self.data.subject, author=self.data.letterhead.name,
            subject=_document_subject(self.data), keywords=_keywords(self.data),
            creator="SKOW Desk", producer="SKOW Desk", lang="nl-NL",
            initialFontName=FONT, initialFontSize=self.BODY_SIZE,
            initialLeading=self.BODY_LEADING,
            leftMargin=self.left_mm * mm, rightMargin=self.MARGIN_RIGHT_MM * mm,
            topMargin=self.OTHER_PAGES_TOP_MM * mm, bottomMargin=self.MARGIN_BOTTOM_MM * mm,
        )
        doc.addPageTemplates([
            PageTemplate(id="first", frames=[first], onPage=self._first_page),
            PageTemplate(id="other", frames=[other], onPage=self._other_pages),
        ])
        try:
            doc.build(self.story(), canvasmaker=_numbered_canvas(
                self.left_mm, self.MARGIN_RIGHT_MM, self.FOOTER_MM, self.data))
        except LayoutError:
            raise DomainError(
                "De brief kan niet worden opgemaakt: een gegeven is te lang voor een pagina "
                "(bijvoorbeeld een naam, adres of kenmerk). Maak het korter en probeer het "
                "opnieuw.") from None
        return buffer.getvalue()


def render_letter(data: LetterData, window: AddressWindow | None = None) -> bytes:
    """The letter as PDF bytes (A4, DejaVu embedded), deterministic for the same data."""
    return LetterRenderer(data, window).render()


# --- helpers ---------------------------------------------------------------------------------


def _wrapped(lines: tuple[str, ...], size: float, width: float) -> tuple[str, ...]:
    """Address lines broken at spaces to ``width`` ("Burgemeester van Nispen van
    Sevenaerstraat 112" on two lines); a word longer than the width stays whole."""
    out: list[str] = []
    for line in lines:
        out += simpleSplit(line, FONT, size, width) or [line]
    return tuple(out)


def _document_subject(data: LetterData) -> str:
    """The PDF's subject: what the document is, in Dutch, with the case."""
    from skow_desk.letters.kinds import LETTER_KINDS

    kind = LETTER_KINDS.get(data.kind)
    what = kind.title if kind else data.title or "Brief"
    return f"{what}, kenmerk {data.kenmerk}"


def _keywords(data: LetterData) -> str:
    words = [f"kenmerk {data.kenmerk}"]
    if data.number:
        words.append(f"briefnummer {data.number}")
    words.append("concept" if data.draft else "definitief")
    return ", ".join(words)


def _stamp_letter_date(canvas: Canvas, data: LetterData) -> None:
    """Creation date in the PDF's information: the letter's date (not ReportLab's invariant
    1 January 2000); midnight UTC, so the same letter still renders to the same bytes."""
    moment = calendar.timegm(data.letter_date.timetuple())
    stamp = canvas._doc._timeStamp
    stamp.t, stamp.lt = moment, time.gmtime(moment)
    stamp.YMDhms = tuple(stamp.lt)[:6]
    stamp.dhh = stamp.dmm = 0
    stamp.tzname = "UTC"


@cache
def _styles(size: float, leading: float) -> Mapping[str, ParagraphStyle]:
    """The letter's paragraph styles, made once per size (read-only: they are shared)."""
    body = ParagraphStyle("body", fontName=FONT, bulletFontName=FONT, fontSize=size,
                          leading=leading, textColor=INK,
                          spaceAfter=leading * 0.55)
    tight = ParagraphStyle("body_tight", parent=body, spaceAfter=0)
    return {
        "body": body,
        "body_tight": tight,
        "subject": ParagraphStyle("subject", parent=tight, fontName=FONT_BOLD),
        "label": ParagraphStyle("label", parent=tight, fontSize=size - 1.5, textColor=GREY),
        "small": ParagraphStyle("small", parent=tight, fontSize=size - 1, leading=leading - 1.5),
        "heading": ParagraphStyle("heading", parent=tight, fontName=FONT_BOLD, spaceBefore=4,
                                  spaceAfter=2),
        "title": ParagraphStyle("title", parent=tight, fontName=FONT_BOLD, fontSize=size + 4.5,
                                leading=size + 8, spaceAfter=4 * mm),
        "bullet": ParagraphStyle("bullet", parent=tight, leftIndent=5 * mm, bulletIndent=1 * mm,
                                 spaceBefore=1.5),
        "quote": ParagraphStyle("quote", parent=tight, fontName=FONT_ITALIC,
                                leftIndent=6 * mm, rightIndent=6 * mm),
    }


@lru_cache(maxsize=8)
def _logo_image(logo: bytes) -> ImageReader:
    """The school's logo, decoded once: every letter of a school carries the same one."""
    image = ImageReader(io.BytesIO(logo))
    image.getRGBData()  # decoded here (with its transparency), before the reader is shared
    alpha = getattr(image, "_dataA", None)
    if alpha is not None:
        alpha.getRGBData()
    return image


_MARKUP = frozenset("&<>")


def _text(text: str, style: ParagraphStyle, bullet: str | None = None) -> Paragraph:
    """A paragraph of plain text: what ``Paragraph(escape(text), style)`` gives, made faster.

    ReportLab feeds every paragraph through its HTML parser. Text without ``& < >`` always
    parses to one fragment in the style's font, so that fragment is parsed once per style
    (:func:`_plain_fragment`) and copied with the text; anything else takes the parser.
    """
    text = keep_dates_together(text)  # "vrijdag 11 december 2026" never breaks over two lines
    clean = cleanBlockQuotedText(text)  # what Paragraph does first: whitespace runs to one
    template = _plain_fragment(style)
    if template is None or not clean or not _MARKUP.isdisjoint(clean):
        return _Text(escape(text), style, bulletText=bullet)
    fragment = copy.copy(template)  # the parser copies its fragments the same way
    fragment.text = clean
    return _Text(clean, style, bulletText=bullet, frags=[fragment])


@cache
def _plain_fragment(style: ParagraphStyle) -> Any:
    """The parser's fragment for plain text in ``style``; None when that is not one fragment."""
    parsed = Paragraph("x", style)
    if (len(parsed.frags) != 1 or parsed.frags[0].text != "x" or parsed.style is not style
            or getattr(style, "textTransform", None)):
        return None
    return parsed.frags[0]


class _Text(Paragraph):  # type: ignore[misc]  # ReportLab is untyped
    """A paragraph that does not break its lines again for the width it was just wrapped to.

    A table wraps its cells to size them and again to draw them; ``KeepTogether`` wraps its
    paragraphs to measure them and the frame wraps them again. Line breaking depends on the
    width and the paragraph alone, so the second time the first result is kept.
    """

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        done = self.__dict__.get("_wrapped")
        before = self.__dict__.get("blPara")
        if done is not None and done[0] == availWidth and before is done[1]:
            return availWidth, done[2]  # (split() may drop blPara: then it is broken again)
        size: tuple[float, float] = super().wrap(availWidth, availHeight)
        lines = self.__dict__.get("blPara")
        if lines is not None and lines is not before:  # not for a width too narrow to break
            self._wrapped = (availWidth, lines, self.height)
        return size


class _Rule(Flowable):  # type: ignore[misc]  # ReportLab is untyped
    """A thin line to sign on."""

    def __init__(self, width: float) -> None:
        super().__init__()
        self.width, self.height = width, 2 * mm

    def draw(self) -> None:
        self.canv.setStrokeColor(GREY)
        self.canv.setLineWidth(0.5)
        self.canv.line(0, self.height, self.width, self.height)


class _RuledLines(Flowable):  # type: ignore[misc]  # ReportLab is untyped
    """Ruled lines to write on (the person's own comments on a report)."""

    def __init__(self, width: float, count: int, gap: float) -> None:
        super().__init__()
        self.width, self.count, self.gap = width, count, gap
        self.height = count * gap

    def draw(self) -> None:
        self.canv.setStrokeColor(RULE)
        self.canv.setLineWidth(0.4)
        for i in range(self.count):
            self.canv.line(0, i * self.gap, self.width, i * self.gap)


@dataclass
class _PageCounter:
    states: list[dict[str, Any]] = field(default_factory=list)


def _numbered_canvas(left_mm: float, right_mm: float, footer_mm: float,
                     data: LetterData) -> Callable[..., Canvas]:
    """A canvas that writes "pagina X van Y" once the page count is known, only if Y > 1."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]  # ReportLab is untyped
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            _stamp_letter_date(self, data)
            self._pages = _PageCounter()

        def showPage(self) -> None:
            self._pages.states.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages.states)
            for state in self._pages.states:
                self.__dict__.update(state)
                if total > 1:
                    self.setFont(FONT, 7.5)
                    self.setFillColor(GREY)
                    width, _ = A4
                    self.drawRightString(width - right_mm * mm, footer_mm * mm,
                                         f"pagina {self._pageNumber} van {total}")
                super().showPage()
            drop_transitions(self)  # PDF/A-2b (letters/pdfa.py)
            make_pdfa(self)
            super().save()

    return NumberedCanvas
