"""DejaVu Sans for ReportLab: embedded, so ş, ł, ö and ’ print (Helvetica shows boxes).

The one registration shared by letters, the yearly overview, the inzage export and the dossier
(and the one ReportLab setting they share: no ASCII85 on page streams).
Each PDF still embeds its own subset of the font; what one document built is kept for the next
(see :class:`EmbeddedFont`), so a series of letters does not subset and compress DejaVu anew.
"""

from __future__ import annotations

import copy
import threading
import zlib
from typing import Any, NamedTuple

from reportlab import rl_config
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import (
    FF_NONSYMBOLIC,
    FF_SYMBOLIC,
    SUBSETN,
    TTFont,
    makeToUnicodeCMap,
)

from skow_desk.resources import resources_dir

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
_FONT_FILES = {FONT: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf",
               FONT_ITALIC: "DejaVuSans-Oblique.ttf"}
_LOCK = threading.Lock()
COMMON_CHARACTERS = ("éëèêïíóöôüúáàäâçñÉËÖÜ‘’“”–—…·€°"  # Dutch text (codes 1-31)
                     "ÇşŞğıİłŁśŚćńąężźžšč")  # the letters of pupils' and parents' names
"""Coded before a document's own text (see :class:`EmbeddedFont`)."""
_KEPT_SUBSETS = 64
"""Built subsets kept per font (about 20 kB each): the character sets of recent letters."""
_KEPT_WIDTHS = 20_000
"""Widths of words kept per font (some 3 MB at most; a letter has a few hundred words, the
Dutch of all letter templates a few thousand); past that the memo starts afresh."""

# Our PDFs are binary files (stored in the database, written to disk), never sent as 7-bit
# text: page streams are compressed only, not also ASCII85-encoded (which makes them a quarter
# larger and costs a letter some 4% of its layout time). Set here, where every PDF gets its
# fonts.
rl_config.useA85 = 0


def register_fonts() -> None:
    """Register the DejaVu family once (safe to call again, and from a worker thread)."""
    with _LOCK:
        if FONT in pdfmetrics.getRegisteredFontNames():
            return
        folder = resources_dir() / "fonts"
        for name, filename in _FONT_FILES.items():
            pdfmetrics.registerFont(EmbeddedFont(name, str(folder / filename)))
        pdfmetrics.registerFontFamily(
            FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD
        )


class _BuiltSubset(NamedTuple):
    widths: bytes  # the /Widths array, formatted
    cmap: bytes  # the ToUnicode CMap, compressed
    font_file: bytes  # the subset TrueType file, compressed
    font_file_length: int  # its length before compression (/Length1)


class _Formatted(pdfdoc.PDFObject):  # type: ignore[misc]  # ReportLab is untyped
    """A PDF value formatted once before, written as is."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def format(self, document: Any) -> bytes:
        return self.data


def _flate_stream(content: bytes, **entries: Any) -> Any:
    """A stream whose content is already Flate-compressed (PDFStream then leaves it as it is)."""
    stream = pdfdoc.PDFStream(content=content)
    stream.dictionary["Filter"] = pdfdoc.PDFArray([pdfdoc.PDFName("FlateDecode")])
    for key, value in entries.items():
        stream.dictionary[key] = value
    return stream


class _FirstSubset(NamedTuple):
    next_code: int  # the document's next free code when this was made
    chars: frozenset[str]  # the characters with a code in subset 0
    codes: dict[int, int]  # their codes, for str.translate


def _first_subset(state: Any) -> _FirstSubset:
    """Subset 0 of a document's ``TTFont.State``, kept on it until a character is added."""
    first: _FirstSubset | None = getattr(state, "skow_first_subset", None)
    if first is None or first.next_code != state.nextCode:
        codes = {char: code for char, code in state.assignments.items() if code < 256}
        if 32 in codes:
            codes[0xA0] = codes[32]  # ReportLab sets a no-break space as a space
        first = _FirstSubset(state.nextCode, frozenset(map(chr, codes)), codes)
        state.skow_first_subset = first
    return first


class _Scratch:
    """A document that never is: the key of the state the common characters are coded in."""


class EmbeddedFont(TTFont):  # type: ignore[misc]  # ReportLab is untyped
    """ReportLab's ``TTFont``, with the embedding work of a subset done once, not per document.

    A subset's PDF objects (the glyphs cut from DejaVu and compressed, the ToUnicode map, the
    widths) depend only on which characters it holds, in which order: a character gets the next
    free code when a document first uses it. ReportLab gives all of ASCII fixed codes; this
    font also gives fixed codes to ``common`` (Dutch accents, quotes and dashes, and the letters
    of names such as ş, ł, ś), before a document's own text. So nearly every letter has the same
    subset, a few glyphs larger than it strictly needs: the first document builds it, the next
    ones reuse it (a character outside ``common`` only adds a subset to build once more).
    ``addObjects`` follows ReportLab 4's own; tests/unit/letters/test_pdf_fonts.py checks the
    bytes are ReportLab's.
    """

    def __init__(self, name: str, filename: str, common: str = COMMON_CHARACTERS) -> None:
        super().__init__(name, filename)
        self.common = common
        self._built: dict[tuple[str, tuple[int, ...]], _BuiltSubset] = {}
        self._widths: dict[tuple[str, float], float] = {}
        self._common_state: Any = None

    def stringWidth(self, text: str | bytes, size: float, encoding: str = "utf8") -> float:
        """ReportLab's width of ``text``, remembered per text and size.

        Breaking a paragraph into lines asks for the width of every word (some 500 a letter),
        and letters share most of their words. A width depends on the font's own glyph widths
        alone, so a remembered one is never out of date.
        """
        if not isinstance(text, str):
            return float(super().stringWidth(text, size, encoding))
        key = (text, size)
        width = self._widths.get(key)
        if width is None:
            width = float(super().stringWidth(text, size, encoding))
            if len(self._widths) >= _KEPT_WIDTHS:
                self._widths.clear()
            self._widths[key] = width
        return width

    def splitString(self, text: str | bytes, doc: Any, encoding: str = "utf-8") -> Any:
        """ReportLab's subset chunks of ``text``, the common characters coded first.

        Text whose characters all have a code in the first subset (nearly all text, with the
        common characters coded) is translated in one go instead of character by character.
        """
        state = self.state.get(doc)
        if state is None:
            if not self.common:
                return super().splitString(text, doc, encoding)
            state = self.state[doc] = self._fresh_state()
        if isinstance(text, str):
            first = _first_subset(state)
            if first.chars.issuperset(text):
                return [(0, text.translate(first.codes).encode("latin-1"))] if text else []
        return super().splitString(text, doc, encoding)

    def _fresh_state(self) -> Any:
        """A new document's ``TTFont.State`` with ``common`` coded, as if its text began with
        them: a copy of one coded once (coding them one by one cost every document and font
        some 35 µs)."""
        template = self._common_state
        if template is None:
            scratch = _Scratch()
            super().splitString(self.common, scratch)
            template = self.state.pop(scratch)
            _first_subset(template)  # made once, kept with the copies until they add a code
            self._common_state = template
        state = copy.copy(template)
        state.assignments = dict(template.assignments)
        state.subsets = [list(subset) for subset in template.subsets]
        return state

    def _subset(self, base_name: str, subset: list[int]) -> _BuiltSubset:
        key = (base_name, tuple(subset))
        built = self._built.get(key)
        if built is None:
            face = self.face
            font_file = face.makeSubset(subset)
            widths = pdfdoc.PDFArray(list(map(face.getCharWidth, subset))).format(None)
            built = _BuiltSubset(
                widths, zlib.compress(makeToUnicodeCMap(base_name, subset).encode("utf8")),
                zlib.compress(font_file), len(font_file))
            with _LOCK:  # another thread may be rendering a PDF too
                if len(self._built) >= _KEPT_SUBSETS:
                    del self._built[next(iter(self._built))]  # the oldest
                self._built[key] = built
        return built

    def addObjects(self, doc: Any) -> None:
        """ReportLab's ``TTFont.addObjects``, with each subset's objects built once."""
        if not doc.compression:
            super().addObjects(doc)  # the reused parts are compressed ones
            return
        try:
            state = self.state[doc]
        except KeyError:
            state = self.state[doc] = TTFont.State(self._asciiReadable)
        state.frozen = 1
        face = self.face
        for n, subset in enumerate(state.subsets):
            internal_name = self.getSubsetInternalName(n, doc)[1:]
            base_name = b"".join((SUBSETN(n), b"+", face.name, face.subfontNameX)).decode(
                "pdfdoc")
            built = self._subset(base_name, subset)

            pdf_font = pdfdoc.PDFTrueTypeFont()
            pdf_font.__Comment__ = f"Font {self.fontName} subset {n}"
            pdf_font.Name = internal_name
            pdf_font.BaseFont = base_name
            pdf_font.FirstChar = 0
            pdf_font.LastChar = len(subset) - 1
            pdf_font.Widths = _Formatted(built.widths)
            pdf_font.ToUnicode = doc.Reference(_flate_stream(built.cmap),
                                               "toUnicodeCMap:" + base_name)
            font_file = doc.Reference(
                _flate_stream(built.font_file, Length1=built.font_file_length),
                f"fontFile:{face.filename}({base_name})")
            descriptor = pdfdoc.PDFDictionary({
                "Type": "/FontDescriptor",
                "Ascent": face.ascent,
                "CapHeight": face.capHeight,
                "Descent": face.descent,
                "Flags": (face.flags & ~FF_NONSYMBOLIC) | FF_SYMBOLIC,
                "FontBBox": pdfdoc.PDFArray(face.bbox),
                "FontName": pdfdoc.PDFName(base_name),
                "ItalicAngle": face.italicAngle,
                "StemV": face.stemV,
                "FontFile2": font_file,
                "MissingWidth": face.defaultWidth,
            })
            pdf_font.FontDescriptor = doc.Reference(descriptor, "fontDescriptor:" + base_name)
            doc.Reference(pdf_font, internal_name)
            doc.idToObject["BasicFonts"].dict[internal_name] = pdf_font
        del self.state[doc]
