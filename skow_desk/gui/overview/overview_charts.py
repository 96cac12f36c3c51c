"""Bar charts of the overview, drawn with QPainter: this year against last year, clickable bars.

(Qt Charts is deprecated since Qt 6.10 and came in the largest wheel, PySide6-Addons; these
charts need only a title, a legend, a value axis with whole-number steps and grouped bars.)
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from skow_desk.reports.formatting import nice_step

CURRENT_COLOUR = QColor("#1F5C99")
PREVIOUS_COLOUR = QColor("#B8C7D9")
GRID_COLOUR = QColor("#E3E3E3")
AXIS_COLOUR = QColor("#9A9A9A")
TEXT_COLOUR = QColor("#333333")
PAD = 8
LEGEND_BOX = 8


class ComparisonChart(QWidget):
    """Grouped bars per category; ``bar_clicked(is_current, index)`` when a bar is clicked."""

    bar_clicked = Signal(bool, int)

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.categories: list[str] = []
        self.current: list[int] = []
        self.previous: list[int] = []
        self.labels = ("", "")
        self._ceiling, self._step = 1, 1
        self.setMinimumHeight(260)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMouseTracking(True)
        self.setAccessibleName(title)
        self.setAutoFillBackground(False)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(480, 260)

    def show_counts(self, categories: Sequence[str], current: Sequence[int],
                    previous: Sequence[int], labels: tuple[str, str]) -> None:
        """Replace the bars; ``labels`` are the (this year, last year) legend texts."""
        self.categories = list(categories)
        self.current, self.previous = list(current), list(previous)
        self.labels = labels
        top = max([*self.current, *self.previous, 1])
        self._step = nice_step(top)
        self._ceiling = self._step * math.ceil(top / self._step)
        self.setAccessibleDescription("; ".join(
            f"{name}: {now} ({labels[0]}), {before} ({labels[1]})"
            for name, now, before in zip(self.categories, self.current, self.previous,
                                         strict=True)))
        self.update()

    # -- geometry -----------------------------------------------------------------------

    def _fonts(self) -> tuple[QFont, QFont]:
        title = QFont(self.font())
        title.setBold(True)
        small = QFont(self.font())
        small.setPointSizeF(max(self.font().pointSizeF() * 0.9, 7.0))
        return title, small

    def plot_area(self) -> QRectF:
        """Where the bars are drawn (inside the axes)."""
        title_font, small = self._fonts()
        title_height = QFontMetrics(title_font).height()
        metrics = QFontMetrics(small)
        left = PAD + metrics.horizontalAdvance(str(self._ceiling)) + 6
        top = PAD + title_height + PAD + metrics.height() + PAD
        bottom = self.height() - PAD - metrics.height() - 4
        return QRectF(left, top, max(self.width() - PAD - left, 1), max(bottom - top, 1))

    def bar_rect(self, is_current: bool, index: int) -> QRectF:
        """The rectangle of one bar (empty for a zero count); last year left, this year right."""
        area = self.plot_area()
        slot = area.width() / max(len(self.categories), 1)
        width = min(slot * 0.3, 28.0)
        centre = area.left() + slot * (index + 0.5)
        value = (self.current if is_current else self.previous)[index]
        height = area.height() * value / self._ceiling
        left = centre if is_current else centre - width
        return QRectF(left, area.bottom() - height, width, height)

    def bar_at(self, point: QPointF) -> tuple[bool, int] | None:
        """(is_current, index) of the bar under ``point``, if any."""
        for index in range(len(self.categories)):
            for is_current in (True, False):
                rect = self.bar_rect(is_current, index)
                if rect.height() > 0 and rect.adjusted(-1, -1, 1, 1).contains(point):
                    return is_current, index
        return None

    # -- painting -----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        title_font, small = self._fonts()
        painter.setPen(TEXT_COLOUR)
        painter.setFont(title_font)
        title_height = QFontMetrics(title_font).height()
        painter.drawText(QRectF(0, PAD, self.width(), title_height),
                         Qt.AlignmentFlag.AlignCenter, self.title)
        painter.setFont(small)
        self._legend(painter, PAD + title_height + PAD)
        if self.categories:
            self._axes(painter)
            self._bars(painter)
        painter.end()

    def _legend(self, painter: QPainter, top: float) -> None:
        metrics = painter.fontMetrics()
        entries = ((PREVIOUS_COLOUR, self.labels[1]), (CURRENT_COLOUR, self.labels[0]))
        widths = [LEGEND_BOX + 4 + metrics.horizontalAdvance(text) for _c, text in entries]
        x = (self.width() - sum(widths) - 14) / 2
        for (colour, text), width in zip(entries, widths, strict=True):
            if not text:
                continue
            box_top = top + (metrics.height() - LEGEND_BOX) / 2
            painter.fillRect(QRectF(x, box_top, LEGEND_BOX, LEGEND_BOX), colour)
            painter.drawText(QRectF(x + LEGEND_BOX + 4, top, width, metrics.height()),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
            x += width + 14

    def _axes(self, painter: QPainter) -> None:
        area = self.plot_area()
        metrics = painter.fontMetrics()
        slot = area.width() / len(self.categories)
        painter.setPen(QPen(GRID_COLOUR, 1))
        for index in range(len(self.categories) + 1):
            x = area.left() + slot * index
            painter.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()))
        for value in range(0, self._ceiling + 1, self._step):
            y = area.bottom() - area.height() * value / self._ceiling
            painter.setPen(QPen(GRID_COLOUR, 1))
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            painter.setPen(TEXT_COLOUR)
            painter.drawText(QRectF(0, y - metrics.height() / 2, area.left() - 6,
                                    metrics.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             str(value))
        painter.setPen(QPen(AXIS_COLOUR, 1))
        painter.drawLine(QPointF(area.left(), area.bottom()),
                         QPointF(area.right(), area.bottom()))
        painter.setPen(TEXT_COLOUR)
        for index, name in enumerate(self.categories):
            painter.drawText(QRectF(area.left() + slot * index, area.bottom() + 3, slot,
                                    metrics.height()),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                             metrics.elidedText(name, Qt.TextElideMode.ElideRight, int(slot)))

    def _bars(self, painter: QPainter) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        for index in range(len(self.categories)):
            for is_current, colour in ((False, PREVIOUS_COLOUR), (True, CURRENT_COLOUR)):
                rect = self.bar_rect(is_current, index)
                if rect.height() > 0:
                    painter.fillRect(rect, colour)

    # -- interaction --------------------------------------------------------------------

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        hit = self.bar_at(event.position())
        self.setCursor(Qt.CursorShape.PointingHandCursor if hit else Qt.CursorShape.ArrowCursor)
        if hit is not None:
            is_current, index = hit
            count = (self.current if is_current else self.previous)[index]
            label = self.labels[0 if is_current else 1]
            QToolTip.showText(event.globalPosition().toPoint(),
                              f"{self.categories[index]} {label}: {count} — klik voor de lijst",
                              self)
        else:
            QToolTip.hideText()
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        hit = self.bar_at(event.position())
        if event.button() == Qt.MouseButton.LeftButton and hit is not None:
            self.bar_clicked.emit(*hit)
        super().mouseReleaseEvent(event)
