"""A plain-text editor with line numbers, for letter templates (errors name their line).

The usual Qt recipe (the "Code Editor" example): a margin widget painted from the visible
blocks of a ``QPlainTextEdit``.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontDatabase, QPainter, QPaintEvent, QResizeEvent, QTextFormat
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

MARGIN_COLOUR = QColor("#f0f0f0")
NUMBER_COLOUR = QColor("#808080")
MARKED_COLOUR = QColor("#fde7e9")


class _LineNumbers(QWidget):
    def __init__(self, editor: CodeEditor) -> None:
        super().__init__(editor)
        self.editor = editor

    def sizeHint(self) -> QSize:
        return QSize(self.editor.margin_width(), 0)

    def paintEvent(self, event: QPaintEvent) -> None:
        self.editor.paint_numbers(event)


class CodeEditor(QPlainTextEdit):
    """Monospaced, long lines wrapped, with line numbers and one line that can be marked red."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(font.pointSizeF(), 10.0))
        self.setFont(font)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)  # no sideways scrolling
        self.setTabStopDistance(self.fontMetrics().horizontalAdvance(" ") * 4)
        self.numbers = _LineNumbers(self)
        self.marked_line: int | None = None
        self.blockCountChanged.connect(lambda _n: self._update_margin())
        self.updateRequest.connect(self._scroll_numbers)
        self._update_margin()

    def margin_width(self) -> int:
        """Room for the widest line number plus a little air."""
        digits = max(2, len(str(self.blockCount())))
        return 12 + self.fontMetrics().horizontalAdvance("9") * digits

    def mark_line(self, line: int | None) -> None:
        """Tint line ``line`` (1-based) as the one with a problem; None clears it."""
        self.marked_line = line
        selections = []
        block = self.document().findBlockByNumber(line - 1) if line else None
        if block is not None and block.isValid():
            selection = QTextEdit.ExtraSelection()
            selection.format.setBackground(MARKED_COLOUR)
            selection.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
            selection.cursor = self.textCursor()
            selection.cursor.setPosition(block.position())
            selections.append(selection)
        self.setExtraSelections(selections)

    def _update_margin(self) -> None:
        self.setViewportMargins(self.margin_width(), 0, 0, 0)

    def _scroll_numbers(self, rect: QRect, dy: int) -> None:
        if dy:
            self.numbers.scroll(0, dy)
        else:
            self.numbers.update(0, rect.y(), self.numbers.width(), rect.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        area = self.contentsRect()
        self.numbers.setGeometry(QRect(area.left(), area.top(), self.margin_width(),
                                       area.height()))

    def paint_numbers(self, event: QPaintEvent) -> None:
        """Paint the numbers of the visible lines (called by the margin widget)."""
        painter = QPainter(self.numbers)
        painter.fillRect(event.rect(), MARGIN_COLOUR)
        block = self.firstVisibleBlock()
        top = round(self.blockBoundingGeometry(block).translated(self.contentOffset()).top())
        height = self.fontMetrics().height()
        while block.isValid() and top <= event.rect().bottom():
            bottom = top + round(self.blockBoundingRect(block).height())
            if block.isVisible() and bottom >= event.rect().top():
                number = block.blockNumber() + 1
                painter.setPen(Qt.GlobalColor.darkRed if number == self.marked_line
                               else NUMBER_COLOUR)
                painter.drawText(0, top, self.numbers.width() - 6, height,
                                 Qt.AlignmentFlag.AlignRight, str(number))
            block = block.next()
            top = bottom
        painter.end()
