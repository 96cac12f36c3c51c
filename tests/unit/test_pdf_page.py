"""The one page template of the dossier and inzage PDFs (issue 14 items 5 and 6)."""

from __future__ import annotations

import io
import re
from pathlib import Path

from pypdf import PdfReader
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import PageBreak

from skow_desk.pdf.fonts import FONT
from skow_desk.pdf.page import build_document, paragraph

PACKAGE = Path(__file__).resolve().parents[2] / "skow_desk"


def test_the_house_page_footer_metadata_and_fonts() -> None:
    style = ParagraphStyle("t", fontName=FONT, fontSize=9, leading=12)
    pdf = build_document([paragraph("Eerste pagina <geen opmaak> & co", style), PageBreak(),
                          paragraph("Tweede\npagina", style)],
                         title="Inzage Daan", footer="Inzage Daan — vertrouwelijk",
                         font_size=9)
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 2
    first, second = (page.extract_text() for page in reader.pages)
    assert "Eerste pagina <geen opmaak> & co" in first  # escaped, not read as markup
    assert "Inzage Daan — vertrouwelijk" in first and "pagina 1" in first
    assert "pagina 2" in second and "Tweede" in second
    assert reader.metadata is not None
    assert reader.metadata.title == "Inzage Daan" and reader.metadata.author == "SKOW Desk"
    fonts = {str(font["/BaseFont"]) for page in reader.pages
             for font in page["/Resources"]["/Font"].values()}
    assert fonts and all("DejaVu" in name for name in fonts), fonts  # never Helvetica
    assert pdf == build_document(  # deterministic: the same story gives the same bytes
        [paragraph("Eerste pagina <geen opmaak> & co", style), PageBreak(),
         paragraph("Tweede\npagina", style)],
        title="Inzage Daan", footer="Inzage Daan — vertrouwelijk", font_size=9)


def test_one_page_template_in_the_package() -> None:
    """The SimpleDocTemplate set-up and the footer exist once: in skow_desk/pdf/page.py."""
    users = sorted(str(path.relative_to(PACKAGE)) for path in PACKAGE.rglob("*.py")
                   if re.search(r"\bSimpleDocTemplate\(", path.read_text(encoding="utf-8")))
    assert users == ["pdf/page.py"]
