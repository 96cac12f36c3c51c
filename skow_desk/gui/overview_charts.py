"""QtCharts bar charts of the overview: this year against last year, clickable bars."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QWidget

from skow_desk.reports.formatting import nice_step

CURRENT_COLOUR = QColor("#1F5C99")
PREVIOUS_COLOUR = QColor("#B8C7D9")


class ComparisonChart(QChartView):
    """Grouped bars per category; ``bar_clicked(is_current, index)`` when a bar is clicked."""

    bar_clicked = Signal(bool, int)

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        chart = QChart()
        chart.setTitle(title)
        font = QFont(chart.titleFont())
        font.setBold(True)
        chart.setTitleFont(font)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setBackgroundRoundness(0)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
        self.setChart(chart)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(260)
        self.setAccessibleName(title)
        self.sets: tuple[QBarSet, QBarSet] | None = None

    def show_counts(self, categories: Sequence[str], current: Sequence[int],
                    previous: Sequence[int], labels: tuple[str, str]) -> None:
        """Replace the bars; ``labels`` are the (this year, last year) legend texts."""
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
            axis.deleteLater()
        before, now = QBarSet(labels[1]), QBarSet(labels[0])
        before.setColor(PREVIOUS_COLOUR)
        now.setColor(CURRENT_COLOUR)
        before.append([float(v) for v in previous])
        now.append([float(v) for v in current])
        before.clicked.connect(lambda i: self.bar_clicked.emit(False, i))
        now.clicked.connect(lambda i: self.bar_clicked.emit(True, i))
        series = QBarSeries()
        series.append(before)
        series.append(now)
        chart.addSeries(series)
        x_axis = QBarCategoryAxis()
        x_axis.append(list(categories))
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(x_axis)
        top = max([*current, *previous, 1])
        step = nice_step(top)
        ceiling = step * math.ceil(top / step)
        y_axis = QValueAxis()
        y_axis.setRange(0, ceiling)
        y_axis.setTickCount(ceiling // step + 1)
        y_axis.setLabelFormat("%d")
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(y_axis)
        self.sets = (now, before)
