"""DejaVu Sans for ReportLab: embedded, so ş, ł, ö and ’ print (Helvetica shows boxes)."""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from skow_desk.resources import resources_dir

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
_LOCK = threading.Lock()


def register_fonts() -> None:
    """Register the DejaVu family once (safe from a worker thread)."""
    with _LOCK:
        if FONT in pdfmetrics.getRegisteredFontNames():
            return
        folder = resources_dir() / "fonts"
        for name, filename in ((FONT, "DejaVuSans.ttf"), (FONT_BOLD, "DejaVuSans-Bold.ttf"),
                               (FONT_ITALIC, "DejaVuSans-Oblique.ttf")):
            pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
        addMapping(FONT, 0, 0, FONT)
        addMapping(FONT, 1, 0, FONT_BOLD)
        addMapping(FONT, 0, 1, FONT_ITALIC)
        addMapping(FONT, 1, 1, FONT_BOLD)
