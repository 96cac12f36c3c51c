"""The one base of every read-only table model here: counts, headers, flags, row checks.

Subclasses set ``_headers`` and implement ``_row_total`` and ``data``; ``_header_extra`` adds a
header's other roles (a tooltip, an alignment). :class:`skow_desk.gui.case_models.RowTableModel`
builds on it for lists of frozen rows described by columns.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class ReadOnlyTableModel(QAbstractTableModel):
    """A flat, read-only table."""

    _headers: tuple[str, ...] = ()

    def _row_total(self) -> int:
        raise NotImplementedError

    def _header_extra(self, section: int, role: int) -> Any:
        """A horizontal header's value for a role other than its text (none by default)."""
        return None

    def has_row(self, index: Index) -> bool:
        """Whether ``index`` points at a row that is there."""
        return index.isValid() and 0 <= index.row() < self._row_total()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else self._row_total()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is not Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return self._header_extra(section, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return ROW_FLAGS
