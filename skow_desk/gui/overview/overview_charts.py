"""Bar charts of the overview, drawn with QPainter: this year against last year, clickable bars.

What is drawn (bars, scale, ticks, labels, colours, the legend, months still to come) is the
chart model of ``reports/chart_model.py``, the same one the PDF draws with ReportLab; this
widget only measures its fonts, places the plot and handles the mouse.

(Qt Charts is deprecated since Qt 6.10 and came in the largest wheel, PySide6-Addons.)
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from skow_desk.reports.chart_model import (
    AXIS_COLOUR,
    BACKGROUND,
    GRID_COLOUR,
    TEXT_COLOUR,
    ComparisonChartModel,
    Plot,
    elide,
)

PAD = 8
LEGEND_BOX = 8
GAP = 6  # between the tick labels and the plot; twice that between legend entries


class ComparisonChart(QWidget):
    """Grouped bars per category; ``bar_clicked(is_current, index)`` when a bar is clicked."""

    bar_clicked = Signal(bool, int)

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ComparisonChartModel(title, (), (), (), ("", ""))
        self.setMinimumHeight(260)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMouseTracking(True)
        self.setAccessibleName(title)
        self.setAutoFillBackground(False)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(480, 260)

    def show_chart(self, model: ComparisonChartModel) -> None:
        """Draw ``model`` (its title becomes the chart's accessible name)."""
        self.model = model
        self.setAccessibleName(model.title)
        self.setAccessibleDescription(model.description())
        self.update()

    # -- geometry -----------------------------------------------------------------------

    def _fonts(self) -> tuple[QFont, QFont]:
        title = QFont(self.font())
        title.setBold(True)
        small = QFont(self.font())
        small.setPointSizeF(max(self.font().pointSizeF() * 0.9, 7.0))
        return title, small

    def plot(self) -> Plot:
        """Where the bars are drawn (inside the axes), y downwards."""
        title_font, small = self._fonts()
        title_height = QFontMetrics(title_font).height()
        metrics = QFontMetrics(small)
        left = PAD + metrics.horizontalAdvance(self.model.widest_tick_label()) + GAP
        top = PAD + title_height + PAD + metrics.height() + PAD
        base = self.height() - PAD - metrics.height() - 4
        return Plot(left, max(base, top + 1), max(self.width() - PAD - left, 1),
                    max(base - top, 1), y_down=True)

    def bar_rect(self, is_current: bool, index: int) -> QRectF:
        """The rectangle of one bar (empty for a zero count); last year left, this year right."""
        plot = self.plot()
        bar = self.model.bar(index, is_current, plot.width)
        return QRectF(plot.x(bar.left), plot.y(bar.height), plot.width * bar.width,
                      plot.height * bar.height)

    def bar_at(self, point: QPointF) -> tuple[bool, int] | None:
        """(is_current, index) of the bar under ``point``, if any."""
        for index in range(len(self.model.categories)):
            for is_current in (True, False):
                rect = self.bar_rect(is_current, index)
                if rect.height() > 0 and rect.adjusted(-1, -1, 1, 1).contains(point):
                    return is_current, index
        return None

    # -- painting -----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(BACKGROUND))
        title_font, small = self._fonts()
        painter.setPen(QColor(TEXT_COLOUR))
        painter.setFont(title_font)
        title_height = QFontMetrics(title_font).height()
        painter.drawText(QRectF(0, PAD, self.width(), title_height),
                         Qt.AlignmentFlag.AlignCenter, self.model.title)
        painter.setFont(small)
        self._legend(painter, PAD + title_height + PAD)
        if self.model.categories:
            self._axes(painter)
            self._bars(painter)
        painter.end()

    def _legend(self, painter: QPainter, top: float) -> None:
        metrics = painter.fontMetrics()
        entries = self.model.legend()
        widths = [LEGEND_BOX + 4 + metrics.horizontalAdvance(e.text) for e in entries]
        x = (self.width() - sum(widths) - 2 * GAP * max(len(entries) - 1, 0)) / 2
        for entry, width in zip(entries, widths, strict=True):
            box_top = top + (metrics.height() - LEGEND_BOX) / 2
            painter.fillRect(QRectF(x, box_top, LEGEND_BOX, LEGEND_BOX), QColor(entry.colour))
            painter.drawText(QRectF(x + LEGEND_BOX + 4, top, width, metrics.height()),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             entry.text)
            x += width + 2 * GAP

    def _axes(self, painter: QPainter) -> None:
        plot, model = self.plot(), self.model
        metrics = painter.fontMetrics()
        grid, text = QPen(QColor(GRID_COLOUR), 1), QColor(TEXT_COLOUR)
        painter.setPen(grid)
        for share in model.slot_edges():
            painter.drawLine(QPointF(plot.x(share), plot.top), QPointF(plot.x(share), plot.base))
        for tick in model.ticks():
            y = plot.y(tick.share)
            painter.setPen(grid)
            painter.drawLine(QPointF(plot.left, y), QPointF(plot.right, y))
            painter.setPen(text)
            painter.drawText(QRectF(0, y - metrics.height() / 2, plot.left - GAP,
                                    metrics.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             tick.label)
        painter.setPen(QPen(QColor(AXIS_COLOUR), 1))
        painter.drawLine(QPointF(plot.left, plot.base), QPointF(plot.right, plot.base))
        painter.setPen(text)
        slot = plot.width * model.slot
        for index, name in enumerate(model.categories):
            painter.drawText(QRectF(plot.x(model.centre(index)) - slot / 2, plot.base + 3, slot,
                                    metrics.height()),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                             elide(name, slot, metrics.horizontalAdvance))

    def _bars(self, painter: QPainter) -> None:
        plot = self.plot()
        painter.setPen(Qt.PenStyle.NoPen)
        for bar in self.model.bars(plot.width):
            painter.fillRect(QRectF(plot.x(bar.left), plot.y(bar.height),
                                    plot.width * bar.width, plot.height * bar.height),
                             QColor(bar.colour))

    # -- interaction --------------------------------------------------------------------

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        hit = self.bar_at(event.position())
        self.setCursor(Qt.CursorShape.PointingHandCursor if hit else Qt.CursorShape.ArrowCursor)
        if hit is not None:
            is_current, index = hit
            QToolTip.showText(event.globalPosition().toPoint(),
                              self.model.tooltip(index, is_current), self)
        else:
            QToolTip.hideText()
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        hit = self.bar_at(event.position())
        if event.button() == Qt.MouseButton.LeftButton and hit is not None:
            self.bar_clicked.emit(*hit)
        super().mouseReleaseEvent(event)
