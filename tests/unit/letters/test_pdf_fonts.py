"""The embedded DejaVu: ReportLab's bytes, each subset built once, names with ş/ł/ś intact."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
from letter_helpers import make_request, pdf_text
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from skow_desk.domain.enums import Denomination, Sector
from skow_desk.domain.letter_data import LetterData
from skow_desk.letters.legal import legal_texts
from skow_desk.letters.render import render_letter
from skow_desk.letters.templating import build_letter, shipped_template
from skow_desk.pdf.fonts import COMMON_CHARACTERS, FONT, FONT_BOLD, EmbeddedFont, register_fonts
from skow_desk.resources import resources_dir

DEJAVU = str(resources_dir() / "fonts" / "DejaVuSans.ttf")
LINES = (
    "Geachte heer en mevrouw Van den Berg,",
    "Café “De Kroon” – één dag; Özdemir, Wiśniewski, Kılıç, Łukasz, Şahin…",
    "\ttab and DEL\x7f and no-break\xa0space, ½ × ± € § ¶",
    # more than 256 characters: a second subset
    "".join(chr(c) for c in range(0x100, 0x17F)) + "".join(chr(c) for c in range(0x391, 0x3C9)),
    "".join(chr(c) for c in range(0x400, 0x45F)),
    "",
)


def _suspension() -> LetterData:
    """The suspension letter to Ayşe Yılmaz and Şükrü Öztürk (final)."""
    return build_letter(make_request("pupil_schorsing"), shipped_template("pupil_schorsing"),
                        legal_texts(Sector.PO, Denomination.PUBLIC), draft=False)


def _pdf(font_name: str, lines: tuple[str, ...] = LINES, compress: int = 1) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1, pageCompression=compress)
    canvas.setFont(font_name, 9)
    for number, line in enumerate(lines):
        canvas.drawString(40, 800 - 14 * number, line)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


@pytest.fixture(name="fonts")
def fixture_fonts(monkeypatch: pytest.MonkeyPatch) -> tuple[str, str]:
    """ReportLab's TTFont and ours without common characters, side by side for this test.

    Put in place by hand: ``registerFont`` would make the second an alias of the first (one
    font object per face name).
    """
    monkeypatch.setitem(pdfmetrics._fonts, "TestStockDejaVu", TTFont("TestStockDejaVu", DEJAVU))
    monkeypatch.setitem(pdfmetrics._fonts, "TestOwnDejaVu",
                        EmbeddedFont("TestOwnDejaVu", DEJAVU, common=""))
    return "TestStockDejaVu", "TestOwnDejaVu"


class _Document:
    """Stands in for a PDF document: fonts keep their codes per document (weakly)."""


@pytest.mark.parametrize("compress", [1, 0])
def test_same_bytes_as_reportlab(fonts: tuple[str, str], compress: int) -> None:
    stock, own = fonts
    assert type(pdfmetrics.getFont(stock)) is TTFont
    assert type(pdfmetrics.getFont(own)) is EmbeddedFont
    expected = _pdf(stock, compress=compress)
    assert _pdf(own, compress=compress) == expected  # built
    assert _pdf(own, compress=compress) == expected  # reused


@pytest.mark.parametrize("common", ["", COMMON_CHARACTERS])
def test_codes_match_reportlab(common: str) -> None:
    """Our shortcut gives the codes ReportLab's own character-by-character lookup gives, in
    each document anew (the common characters' codes are copied, not shared)."""
    stock = TTFont("TestStockDejaVu", DEJAVU)
    own = EmbeddedFont("TestOwnDejaVu", DEJAVU, common=common)
    samples = ["", " ", "plain ASCII, with (brackets) and \\ back-slash ~", "\t", "a\x7fb",
               "é", "a\xa0b", "ASCII then ş", "é again, and “quotes” – dashes…", *LINES,
               "and again: ş, ł, ś, é, €", *LINES, "ŉ ŋ Ω ж"]
    for _document in range(3):
        stock_doc, own_doc = _Document(), _Document()
        if common:
            stock.splitString(common, stock_doc)  # what ours does first in a new document
        for text in samples:
            assert own.splitString(text, own_doc) == stock.splitString(text, stock_doc), text
        assert own.state[own_doc].subsets == stock.state[stock_doc].subsets
        samples.reverse()  # the next document meets the characters in another order


def test_widths_match_reportlab(monkeypatch: pytest.MonkeyPatch) -> None:
    """A remembered width is ReportLab's, for every text and size, also once the memo is full
    (it then starts afresh) and for encoded text (never remembered)."""
    import skow_desk.pdf.fonts as fonts_module

    stock = TTFont("TestStockDejaVu", DEJAVU)
    own = EmbeddedFont("TestOwnDejaVu", DEJAVU)
    monkeypatch.setattr(fonts_module, "_KEPT_WIDTHS", 8)
    samples = ["", " ", "De", "directeur", "Öztürk", "Wiśniewska-Şahin", "€ 10,–", *LINES]
    for _ in range(2):  # computed, then remembered (or computed again past the limit)
        for text in samples:
            for size in (7.5, 8.0, 9.5, 14):
                assert own.stringWidth(text, size) == stock.stringWidth(text, size), text
                assert len(own._widths) <= 8
    assert own.stringWidth("café".encode(), 9.5) == stock.stringWidth("café".encode(), 9.5)
    assert all(isinstance(text, str) for text, _size in own._widths)


def test_subset_built_once_for_letters_with_other_accents() -> None:
    register_fonts()
    regular = pdfmetrics.getFont(FONT)
    assert isinstance(regular, EmbeddedFont)
    first = _suspension()
    letters = [
        first,
        replace(first, paragraphs=("Één café, ’s ochtends – Über…", *first.paragraphs)),
        replace(first, recipient_lines=("Mevrouw A. Wiśniewska-Şahin", "De heer Ł. Kılıç",
                                        *first.recipient_lines[1:])),
    ]
    render_letter(letters[0])
    built = dict(regular._built)
    pdfs = [render_letter(data) for data in letters]
    assert regular._built == built, "a letter within the common characters builds no subset"
    assert len(set(pdfs)) == 3
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdfs[2])).pages)
    assert "Wiśniewska-Şahin" in text and "Ł. Kılıç" in text
    assert "Mevrouw A. Yılmaz" in pdf_text(pdfs[0])


def test_fonts_are_embedded_subsets() -> None:
    pdf = render_letter(_suspension())
    reader = PdfReader(io.BytesIO(pdf))
    fonts = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts[str(font["/BaseFont"])] = font
    assert {name.split("+")[1] for name in fonts} <= {FONT, FONT_BOLD}
    for font in fonts.values():
        program = font["/FontDescriptor"]["/FontFile2"].get_object()
        assert program["/Filter"] == ["/FlateDecode"]
        assert len(program.get_data()) == program["/Length1"] > 10_000
