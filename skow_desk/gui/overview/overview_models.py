"""Qt item models of the overview screen: a comparison table and the click-through list."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from skow_desk.domain.names import dutch_order
from skow_desk.reports.formatting import DIMENSION_TITLES, number, percent_text, signed
from skow_desk.reports.incidents import IncidentRow
from skow_desk.reports.overview import ComparedRow

Index = QModelIndex | QPersistentModelIndex
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
CLICK_HINT = "Klik op een aantal om de meldingen te zien"


class ComparisonModel(QAbstractTableModel):
    """One dimension: value, this year, last year, change and change in percent."""

    COL_LABEL, COL_CURRENT, COL_PREVIOUS, COL_CHANGE, COL_PERCENT = range(5)
    COUNT_COLUMNS = (COL_CURRENT, COL_PREVIOUS)

    def __init__(self, dimension: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.dimension = dimension
        self._rows: list[ComparedRow] = []
        self._years = ("", "")

    def set_rows(self, rows: Sequence[ComparedRow], current: str, previous: str) -> None:
        """Show ``rows``; ``current``/``previous`` are the year labels for the headers."""
        self.beginResetModel()
        self._rows = list(rows)
        self._years = (current, previous)
        self.endResetModel()

    def row_at(self, row: int) -> ComparedRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else 5

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < 5:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (DIMENSION_TITLES[self.dimension], self._years[0], self._years[1],
                    "Verschil", "%")[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _LEFT if section == self.COL_LABEL else _RIGHT
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
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

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class IncidentListModel(QAbstractTableModel):
    """The incidents behind a number: kenmerk, date, school, status. Never a name."""

    COL_KENMERK, COL_DATE, COL_SCHOOL, COL_STATUS = range(4)
    HEADERS = ("Kenmerk", "Datum melding", "School", "Status")

    def __init__(self, rows: Sequence[IncidentRow], parent: Any = None) -> None:
        super().__init__(parent)
        self._rows = list(rows)

    def incident_id(self, row: int) -> int:
        return self._rows[row].id

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.HEADERS)):
            return self.HEADERS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.kenmerk, row.reported_on.strftime("%d-%m-%Y"), row.school,
                    row.status_label)[column]
        if role == Qt.ItemDataRole.UserRole:  # sorts dates as dates
            return (dutch_order(row.kenmerk), row.reported_on.isoformat(), dutch_order(row.school),
                    row.status)[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return "Dubbelklik om de melding te openen"
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
