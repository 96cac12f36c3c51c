"""DejaVu Sans for ReportLab: embedded, so ş, ł, ö and ’ print (Helvetica shows boxes).

The one registration shared by letters, the yearly overview, the inzage export and the dossier.
"""

from __future__ import annotations

import threading

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from skow_desk.resources import resources_dir

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
_FONT_FILES = {FONT: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf",
               FONT_ITALIC: "DejaVuSans-Oblique.ttf"}
_LOCK = threading.Lock()


def register_fonts() -> None:
    """Register the DejaVu family once (safe to call again, and from a worker thread)."""
    with _LOCK:
        if FONT in pdfmetrics.getRegisteredFontNames():
            return
        folder = resources_dir() / "fonts"
        for name, filename in _FONT_FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
        pdfmetrics.registerFontFamily(
            FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD
        )
