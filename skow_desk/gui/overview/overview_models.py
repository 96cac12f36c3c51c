"""Qt item models of the overview screen: a comparison table and the click-through list."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt

from skow_desk.domain.names import dutch_order
from skow_desk.gui.common.table_base import Index, ListTableModel
from skow_desk.reports.formatting import DIMENSION_TITLES, number, percent_text, signed
from skow_desk.reports.incidents import IncidentRow
from skow_desk.reports.overview import ComparedRow

_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
CLICK_HINT = "Klik op een aantal om de meldingen te zien"


class ComparisonModel(ListTableModel[ComparedRow]):
    """One dimension: value, this year, last year, change and change in percent."""

    COL_LABEL, COL_CURRENT, COL_PREVIOUS, COL_CHANGE, COL_PERCENT = range(5)
    COUNT_COLUMNS = (COL_CURRENT, COL_PREVIOUS)

    def __init__(self, dimension: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.dimension = dimension
        self._rows: list[ComparedRow] = []
        self._set_headers("", "")

    def _set_headers(self, current: str, previous: str) -> None:
        self._headers = (DIMENSION_TITLES[self.dimension], current, previous, "Verschil", "%")

    def set_rows(self, rows: Sequence[ComparedRow], current: str, previous: str) -> None:
        """Show ``rows``; ``current``/``previous`` are the year labels for the headers."""
        self.beginResetModel()
        self._rows = list(rows)
        self._set_headers(current, previous)
        self.endResetModel()

    def row_at(self, row: int) -> ComparedRow:
        return self._rows[row]

    def _header_extra(self, section: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _LEFT if section == self.COL_LABEL else _RIGHT
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (row := self._row(index)) is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if row.future:  # a month still to come: nothing to count yet
                return row.label if column == self.COL_LABEL else ""
            return (row.label, number(row.current), number(row.previous), signed(row.change),
                    percent_text(row.current, row.previous))[column]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _LEFT if column == self.COL_LABEL else _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and column in self.COUNT_COLUMNS:
            return CLICK_HINT
        if role == Qt.ItemDataRole.UserRole:
            return row.value if column != self.COL_PREVIOUS else row.previous_value
        return None


class IncidentListModel(ListTableModel[IncidentRow]):
    """The incidents behind a number: kenmerk, date, school, status. Never a name."""

    COL_KENMERK, COL_DATE, COL_SCHOOL, COL_STATUS = range(4)
    HEADERS = ("Kenmerk", "Datum melding", "School", "Status")
    _headers = HEADERS

    def __init__(self, rows: Sequence[IncidentRow], parent: Any = None) -> None:
        super().__init__(parent)
        self._rows = list(rows)

    def incident_id(self, row: int) -> int:
        return self._rows[row].id

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (row := self._row(index)) is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.kenmerk, row.reported_on.strftime("%d-%m-%Y"), row.school,
                    row.status_label)[column]
        if role == Qt.ItemDataRole.UserRole:  # sorts dates as dates
            return (dutch_order(row.kenmerk), row.reported_on.isoformat(), dutch_order(row.school),
                    row.status)[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return "Dubbelklik om de melding te openen"
        return None
