"""The overview as an A4 PDF report: letterhead, key figures, charts and tables, no names."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from skow_desk.domain.dates import long_date
from skow_desk.pdf.fonts import FONT, FONT_BOLD, register_fonts
from skow_desk.reports.chart_model import overview_charts
from skow_desk.reports.formatting import (
    DIMENSION_TITLES,
    median_text,
    number,
    percent_text,
    signed,
)
from skow_desk.reports.overview import Overview
from skow_desk.reports.pdf_charts import comparison_chart
from skow_desk.reports.pdf_layout import (
    BOTTOM,
    FIRST_TOP,
    LATER_TOP,
    MARGIN,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    Letterhead,
    NumberedCanvas,
    PageFurniture,
)

TITLE = "Jaaroverzicht meldingen protocol sociale media"
BODY_WIDTH = PAGE_WIDTH - 2 * MARGIN
TABLE_DIMENSIONS = ("rol", "artikel", "categorie", "platform", "maatregel", "maand")
HEADER_BACKGROUND = colors.HexColor("#E6EDF5")
ZEBRA = colors.HexColor("#F6F8FB")

EXPLANATION = (
    "Een melding telt in het schooljaar (1 augustus – 31 juli) van de datum van de melding.",
    "Per protocolartikel telt een melding één keer voor elk artikel dat erbij is vastgelegd; "
    "de som kan dus hoger zijn dan het aantal meldingen. Zo ook bij categorie.",
    "Per rol telt een melding één keer voor elke rol onder de veroorzakers.",
    "Maatregelen tellen per persoon die de maatregel kreeg, alleen als besluit; een voornemen "
    "telt niet.",
    "Open einde schooljaar: niet afgerond, of pas na 31 juli afgerond.",
    "Mediaan dagen tot afronding: over de afgeronde meldingen van het jaar, van datum melding "
    "tot datum afronding.",
)


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=FONT, fontSize=9, leading=12, alignment=TA_LEFT)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=7.5, leading=10,
                                textColor=colors.HexColor("#555555")),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=10.5),
        "title": ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=16,
                                leading=20, spaceAfter=2),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=10.5, leading=14,
                                   spaceAfter=6),
        "heading": ParagraphStyle("heading", parent=base, fontName=FONT_BOLD, fontSize=11,
                                  leading=14, spaceBefore=10, spaceAfter=4),
    }


def _table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> Table:
    widths = [BODY_WIDTH - 4 * 24 * mm, 24 * mm, 24 * mm, 24 * mm, 24 * mm]
    table = Table([list(header), *[list(r) for r in rows]], colWidths=widths, repeatRows=1)
    style = [
        ("FONT", (0, 0), (-1, -1), FONT, 8.5),
        ("FONT", (0, 0), (-1, 0), FONT_BOLD, 8.5),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_BACKGROUND),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.HexColor("#1F5C99")),
        ("LINEBELOW", (0, -1), (-1, -1), 0.4, colors.HexColor("#AAAAAA")),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    style += [("BACKGROUND", (0, i), (-1, i), ZEBRA) for i in range(2, len(rows) + 1, 2)]
    table.setStyle(TableStyle(style))
    return table


def _key_figures(overview: Overview, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    cur, prev = overview.current, overview.previous
    rows: list[list[object]] = []
    for label, now, before in (
        ("Meldingen", cur.total, prev.total),
        ("Open einde schooljaar", cur.open_at_year_end, prev.open_at_year_end),
        ("Afgerond (met datum)", cur.closed_with_date, prev.closed_with_date),
    ):
        rows.append([label, number(now), number(before), signed(now - before),
                     percent_text(now, before)])
    median_now, median_before = cur.median_days, prev.median_days
    both = median_now is not None and median_before is not None
    rows.append([
        "Mediaan dagen tot afronding", median_text(median_now), median_text(median_before),
        signed((median_now or 0) - (median_before or 0)) if both else "\u2014",
        percent_text(median_now or 0, median_before or 0) if both else "\u2014",
    ])
    header = ["Kengetal", cur.year.label, prev.year.label, "Verschil", "%"]
    return [Paragraph("Kengetallen", styles["heading"]), _table(header, rows)]


CHART_HEIGHT = 62 * mm


def _charts(overview: Overview, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    months, articles = overview_charts(overview)
    return [
        Spacer(1, 8),
        comparison_chart(months, BODY_WIDTH, CHART_HEIGHT),
        Spacer(1, 6),
        comparison_chart(articles, BODY_WIDTH, CHART_HEIGHT),
    ]


def _dimension_table(overview: Overview, dimension: str,
                     styles: dict[str, ParagraphStyle]) -> Flowable:
    header = [DIMENSION_TITLES[dimension], overview.current.year.label,
              overview.previous.year.label, "Verschil", "%"]
    rows = [
        [Paragraph(escape(r.label), styles["cell"]), "", "", "", ""] if r.future else
        [Paragraph(escape(r.label), styles["cell"]), number(r.current), number(r.previous),
         signed(r.change), percent_text(r.current, r.previous)]
        for r in overview.compared(dimension)
    ]
    if not rows:
        rows = [[Paragraph("Geen meldingen", styles["cell"]), "0", "0", "0", "\u2014"]]
    heading = Paragraph(f"Per {DIMENSION_TITLES[dimension].lower()}", styles["heading"])
    return KeepTogether([heading, _table(header, rows)])


def story(overview: Overview, generated_on: date,
          legal_basis: str = "artikel 4c WPO") -> list[Flowable]:
    """The flowables of the report, in order; ``legal_basis`` comes from resources/legal."""
    styles = _styles()
    scope = overview.scope_label
    subtitle = (f"Schooljaar {overview.year.label} · {escape(scope)} · vergeleken met "
                f"schooljaar {overview.previous.year.label}")
    if overview.until is not None and overview.previous_until is not None:
        subtitle += (f" · het schooljaar loopt nog: 1 augustus t/m {long_date(overview.until)}"
                     f" tegen dezelfde periode t/m {long_date(overview.previous_until)}")
    flowables: list[Flowable] = [
        Paragraph(TITLE, styles["title"]),
        Paragraph(subtitle, styles["subtitle"]),
        Paragraph(f"Registratie en evaluatie van incidenten ({escape(legal_basis)}). Dit "
                  "overzicht bevat geen namen van betrokkenen.", styles["small"]),
    ]
    if generated_on <= overview.year.last_day:
        flowables.append(Paragraph(
            f"Het schooljaar loopt nog: de cijfers zijn de stand op {long_date(generated_on)}.",
            styles["small"]))
    flowables += _key_figures(overview, styles)
    flowables += _charts(overview, styles)
    flowables += [_dimension_table(overview, d, styles) for d in TABLE_DIMENSIONS]
    explanation = [Paragraph("Hoe er geteld is", styles["heading"])]
    explanation += [Paragraph(f"• {escape(line)}", styles["small"]) for line in EXPLANATION]
    flowables.append(KeepTogether(explanation))
    return flowables


def _frame(height: float, name: str) -> Frame:
    # No padding: paragraphs, tables and the letterhead's rule share one left edge.
    return Frame(MARGIN, BOTTOM, BODY_WIDTH, height, id=name, leftPadding=0, rightPadding=0,
                 topPadding=0, bottomPadding=0)


def write_pdf(overview: Overview, letterhead: Letterhead, out: Path, generated_on: date,
              legal_basis: str = "artikel 4c WPO") -> None:
    """Write the report to ``out`` (A4, DejaVu Sans embedded)."""
    register_fonts()
    running = f"Jaaroverzicht {overview.year.label} · " + (
        f"BRIN {overview.school.brin}" if overview.school else "alle scholen")
    furniture = PageFurniture(
        letterhead, running,
        f"Gemaakt op {long_date(generated_on)} met SKOW Desk · geen namen van betrokkenen",
    )
    doc = BaseDocTemplate(
        str(out), pagesize=(PAGE_WIDTH, PAGE_HEIGHT), leftMargin=MARGIN, rightMargin=MARGIN,
        topMargin=LATER_TOP, bottomMargin=BOTTOM, title=f"{TITLE} {overview.year.label}",
        author=letterhead.name, subject=overview.scope_label, creator="SKOW Desk",
        initialFontName=FONT, initialFontSize=9,
    )
    height_first = PAGE_HEIGHT - FIRST_TOP - BOTTOM
    height_later = PAGE_HEIGHT - LATER_TOP - BOTTOM
    doc.addPageTemplates([
        PageTemplate("first", [_frame(height_first, "first")],
                     onPage=furniture.first_page, autoNextPageTemplate="later"),
        PageTemplate("later", [_frame(height_later, "later")],
                     onPage=furniture.later_pages),
    ])
    doc.build(story(overview, generated_on, legal_basis), canvasmaker=NumberedCanvas)
