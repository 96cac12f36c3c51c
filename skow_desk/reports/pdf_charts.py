"""The overview's bar charts in the PDF: the chart model (``reports/chart_model.py``) drawn
with ``reportlab.graphics`` shapes (vector, DejaVu), the way the screen draws it with QPainter.
"""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from skow_desk.pdf.fonts import FONT, FONT_BOLD
from skow_desk.reports.chart_model import (
    AXIS_COLOUR,
    GRID_COLOUR,
    TEXT_COLOUR,
    ComparisonChartModel,
    Plot,
    elide,
)

PAD = 4.0
TITLE_SIZE = 10.0
SMALL_SIZE = 8.0
LEGEND_BOX = 7.0
GAP = 6.0  # between the tick labels and the plot, and between legend entries
# DejaVu Sans: the ascent above the baseline, as a share of the font size (centres a text)
MIDDLE = 0.35


def _width(text: str, font: str = FONT, size: float = SMALL_SIZE) -> float:
    return float(stringWidth(text, font, size))


def plot_area(model: ComparisonChartModel, width: float, height: float) -> Plot:
    """Where the bars go in a drawing of ``width`` × ``height`` points (y upwards)."""
    left = PAD + _width(model.widest_tick_label()) + GAP
    base = PAD + SMALL_SIZE + 4
    top = height - PAD - TITLE_SIZE - PAD - SMALL_SIZE - PAD
    return Plot(left, base, max(width - PAD - left, 1.0), max(top - base, 1.0), y_down=False)


def comparison_chart(model: ComparisonChartModel, width: float, height: float) -> Drawing:
    """The chart as a ReportLab drawing: title, legend, scale, category labels and bars."""
    drawing = Drawing(width, height, initialFontName=FONT, initialFontSize=SMALL_SIZE)
    text = colors.HexColor(TEXT_COLOUR)
    drawing.add(String(width / 2, height - PAD - TITLE_SIZE, model.title, fontName=FONT_BOLD,
                       fontSize=TITLE_SIZE, fillColor=text, textAnchor="middle"))
    _legend(drawing, model, width, height - PAD - TITLE_SIZE - PAD - SMALL_SIZE)
    if not model.categories:
        return drawing
    plot = plot_area(model, width, height)
    grid = colors.HexColor(GRID_COLOUR)
    for share in model.slot_edges():
        drawing.add(Line(plot.x(share), plot.y(0), plot.x(share), plot.top,
                         strokeColor=grid, strokeWidth=0.5))
    for tick in model.ticks():
        y = plot.y(tick.share)
        drawing.add(Line(plot.left, y, plot.right, y, strokeColor=grid, strokeWidth=0.5))
        drawing.add(String(plot.left - GAP, y - SMALL_SIZE * MIDDLE, tick.label, fontName=FONT,
                           fontSize=SMALL_SIZE, fillColor=text, textAnchor="end"))
    drawing.add(Line(plot.left, plot.base, plot.right, plot.base,
                     strokeColor=colors.HexColor(AXIS_COLOUR), strokeWidth=0.75))
    slot = plot.width * model.slot
    for index, name in enumerate(model.categories):
        drawing.add(String(plot.x(model.centre(index)), plot.base - 3 - SMALL_SIZE,
                           elide(name, slot, _width), fontName=FONT, fontSize=SMALL_SIZE,
                           fillColor=text, textAnchor="middle"))
    for bar in model.bars(plot.width):
        drawing.add(Rect(plot.x(bar.left), plot.base, plot.width * bar.width,
                         plot.height * bar.height, fillColor=colors.HexColor(bar.colour),
                         strokeColor=None))
    return drawing


def _legend(drawing: Drawing, model: ComparisonChartModel, width: float, baseline: float) -> None:
    entries = model.legend()
    widths = [LEGEND_BOX + 4 + _width(e.text) for e in entries]
    x = (width - sum(widths) - GAP * 2 * max(len(entries) - 1, 0)) / 2
    for entry, entry_width in zip(entries, widths, strict=True):
        drawing.add(Rect(x, baseline - 0.5, LEGEND_BOX, LEGEND_BOX,
                         fillColor=colors.HexColor(entry.colour), strokeColor=None))
        drawing.add(String(x + LEGEND_BOX + 4, baseline, entry.text, fontName=FONT,
                           fontSize=SMALL_SIZE, fillColor=colors.HexColor(TEXT_COLOUR)))
        x += entry_width + GAP * 2
