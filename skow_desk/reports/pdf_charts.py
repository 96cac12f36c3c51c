"""Bar charts for the PDF overview, drawn with ``reportlab.graphics`` (vector, DejaVu)."""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from skow_desk.pdf.fonts import FONT, FONT_BOLD
from skow_desk.reports.formatting import nice_step

CURRENT_COLOUR = colors.HexColor("#1F5C99")
PREVIOUS_COLOUR = colors.HexColor("#B8C7D9")
TEXT_COLOUR = colors.HexColor("#333333")


def comparison_chart(
    title: str,
    categories: Sequence[str],
    current: Sequence[int],
    previous: Sequence[int],
    labels: tuple[str, str],
    width: float,
    height: float,
) -> Drawing:
    """Grouped bars: last year (light) and this year (dark) per category, with a legend.

    ``labels`` are the (this year, last year) legend texts.
    """
    drawing = Drawing(width, height, initialFontName=FONT, initialFontSize=8)
    drawing.add(String(0, height - 11, title, fontName=FONT_BOLD, fontSize=10,
                       fillColor=TEXT_COLOUR))
    chart = VerticalBarChart()
    chart.x, chart.y = 32, 22
    chart.width, chart.height = width - 40, height - 58
    chart.data = [list(previous), list(current)]
    chart.groupSpacing = 6
    chart.barSpacing = 1
    chart.bars.strokeColor = None
    chart.bars[0].fillColor = PREVIOUS_COLOUR
    chart.bars[1].fillColor = CURRENT_COLOUR
    chart.categoryAxis.categoryNames = list(categories)
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.dy = -4
    chart.categoryAxis.strokeColor = TEXT_COLOUR
    top = max([*current, *previous, 1])
    step = nice_step(top)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = step * math.ceil(top / step)
    chart.valueAxis.valueStep = step
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = "%d"
    chart.valueAxis.strokeColor = TEXT_COLOUR
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#DDDDDD")
    chart.valueAxis.gridStrokeWidth = 0.5
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = width - 150, height - 6
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 75
    legend.fontName = FONT
    legend.fontSize = 8
    legend.boxAnchor = "nw"
    legend.dx = legend.dy = 7
    legend.colorNamePairs = [(PREVIOUS_COLOUR, labels[1]), (CURRENT_COLOUR, labels[0])]
    drawing.add(legend)
    return drawing
