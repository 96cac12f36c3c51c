"""The one base of every read-only table model here: counts, headers, flags, row checks.

Subclasses set ``_headers`` and implement ``_row_total`` and ``data``; ``_header_extra`` adds a
header's other roles (a tooltip, an alignment).
:class:`skow_desk.gui.common.row_models.RowTableModel` and :class:`ListTableModel` on it for
rows held in memory (the first for frozen rows described by columns), :class:`IdListModel` for
long filtered lists whose rows are fetched lazily (:class:`BlockCache`).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
R = TypeVar("R")
F = TypeVar("F")
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


class ListTableModel(ReadOnlyTableModel, Generic[R]):
    """A table over rows held in memory (a list loaded whole: tasks, a case's lists …)."""

    _rows: Sequence[R] = ()

    def _row_total(self) -> int:
        return len(self._rows)

    def _row(self, index: Index) -> R | None:
        """The row behind ``index``, or None."""
        return self._rows[index.row()] if self.has_row(index) else None


class BlockCache(Generic[R]):
    """Display rows of a long id list, fetched a block at a time and kept in a small LRU cache.

    The pattern of Anki's browser table: the model holds only the ordered ids; the rows a view
    asks for are fetched with their neighbours (a block, a few screens) and the least recently
    used fall out when the cache is full. ``on_drop`` forgets what the owner keeps beside a row.
    """

    def __init__(self, block: int, size: int,
                 on_drop: Callable[[int], object] | None = None) -> None:
        self.block, self.size, self._on_drop = block, size, on_drop
        self._rows: OrderedDict[int, R] = OrderedDict()

    def __len__(self) -> int:
        return len(self._rows)

    def get(self, ids: Sequence[int], row: int,
            fetch: Callable[[list[int]], Mapping[int, R]]) -> R | None:
        """The row of ``ids[row]``; on a miss ``fetch`` gets the ids of its whole block."""
        key = ids[row]
        cached = self._rows.get(key)
        if cached is not None:
            self._rows.move_to_end(key)
            return cached
        start = row - row % self.block
        block = list(ids[start:start + self.block])
        fetched = fetch(block)
        for block_id in block:
            if block_id in fetched:
                self._rows[block_id] = fetched[block_id]
        while len(self._rows) > self.size:
            dropped, _row = self._rows.popitem(last=False)
            if self._on_drop is not None:
                self._on_drop(dropped)
        return self._rows.get(key)

    def forget(self, key: int) -> None:
        """Drop one row (it changed); the next ``get`` fetches it again."""
        self._rows.pop(key, None)

    def clear(self) -> None:
        self._rows.clear()


class IdListModel(ReadOnlyTableModel, Generic[F, R]):
    """The ids matching a filter, in order; each display row fetched when a view asks for it.

    The register and the audit trail (up to 100,000 rows) stand on it: ``refresh`` runs the
    id query for the filter, ``_fetch`` reads the rows of one block of ids.
    """

    def __init__(self, where: F, block: int, size: int, parent: Any = None,
                 on_drop: Callable[[int], object] | None = None) -> None:
        super().__init__(parent)
        self._filter = where
        self._ids: list[int] = []
        self._cache: BlockCache[R] = BlockCache(block, size, on_drop)

    def _row_total(self) -> int:
        return len(self._ids)

    def refresh(self) -> None:
        """Run the id query for the filter again."""
        raise NotImplementedError

    def _fetch(self, ids: list[int]) -> Mapping[int, R]:
        """The display rows of ``ids`` (one block), by id."""
        raise NotImplementedError

    def set_filter(self, where: F) -> None:
        """Show the rows matching ``where``."""
        self._filter = where
        self.refresh()

    def current_filter(self) -> F:
        """The filter in force."""
        return self._filter

    def id_at(self, row: int) -> int | None:
        """The id shown in ``row``."""
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_at(self, row: int) -> R | None:
        """The display row, fetching its block when it is not cached."""
        return self._cache.get(self._ids, row, self._fetch)
