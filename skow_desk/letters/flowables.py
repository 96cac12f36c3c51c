"""Rows of label and value: a letter's reference block (Datum, Kenmerk, Betreft …).

What ReportLab's ``Table`` draws for it — each cell one paragraph, centred in its row, no lines,
no background, no padding left or right — placed the same way, without the ``Table`` machinery
(style commands, span bookkeeping, sizing passes: some 7% of a letter's layout time).
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable


class CellRows(Flowable):  # type: ignore[misc]  # ReportLab is untyped
    """Rows of flowable cells in columns of fixed width, each cell centred in its row.

    Placed as ``Table(rows, colWidths=widths, hAlign="LEFT")`` with ``VALIGN`` neither TOP nor
    BOTTOM, ``TOPPADDING``/``BOTTOMPADDING`` ``padding`` and no left or right padding would
    place them. Kept whole on one page (a letter's reference block is never split).
    """

    def __init__(self, rows: Sequence[Sequence[Flowable]], widths: Sequence[float],
                 padding: float) -> None:
        super().__init__()
        self.rows = [tuple(row) for row in rows]
        self.widths = tuple(widths)
        self.padding = padding
        self.width = sum(self.widths)
        self.height = 0.0
        self._row_heights: list[float] = []

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        pad = self.padding
        self._row_heights = [
            max(cell.wrap(width, availHeight)[1] + (pad + pad)
                for cell, width in zip(row, self.widths, strict=True))
            for row in self.rows]
        self.height = sum(self._row_heights)
        return self.width, self.height

    def draw(self) -> None:
        pad = self.padding
        top = self.height
        for row, row_height in zip(self.rows, self._row_heights, strict=True):
            bottom = top - row_height
            x = 0.0
            for cell, width in zip(row, self.widths, strict=True):
                height = cell.height
                # Table's centring, term for term: (row + bottom pad - top pad + cell) / 2
                y = bottom + (row_height + pad - pad + height) / 2.0 - height
                cell.drawOn(self.canv, x, y)
                x += width
            top = bottom
