"""The register's table model: only the ordered incident ids, rows fetched lazily in blocks.

The pattern is Anki's browser table (``qt/aqt/browser/table/model.py``): one SQL query gives
every id for the current filter and sort order; the display rows are fetched ~100 at a time
as they scroll into view and kept in a small LRU cache. 100,000 incidents stay smooth.

A filter first lists its first :data:`FIRST_ROWS` ids, so the table repaints at once; the rest
of a long list (a search over all school years can match 50,000 incidents, ~40 ms to list)
follows right after that paint, or after :data:`REST_DELAY_MS` when nothing paints, and the
model says so with :attr:`RegisterModel.completed`.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from skow_desk.domain.dates import counted, short_date
from skow_desk.gui.common.table_base import IdListModel, Index
from skow_desk.gui.common.timers import single_shot
from skow_desk.gui.common.translate import tr
from skow_desk.reports.formatting import platform_label
from skow_desk.services.register import (
    RegisterFilter,
    RegisterRow,
    SortKey,
    fetch_rows,
    incident_ids,
)
from skow_desk.store.db import Database

COL_KENMERK = 0
COL_REPORTED_ON = 1
COL_SCHOOL = 2
COL_CAUSERS = 3
COL_ROLE = 4
COL_PLATFORM = 5
COL_ARTICLES = 6
COL_MEASURE = 7
COL_STATUS = 8
COL_OPEN_TASKS = 9
COL_FOUND = 10  # shown only while searching; not sortable

SORT_KEYS: tuple[SortKey, ...] = (
    SortKey.KENMERK,
    SortKey.REPORTED_ON,
    SortKey.SCHOOL,
    SortKey.CAUSERS,
    SortKey.ROLE,
    SortKey.PLATFORM,
    SortKey.ARTICLES,
    SortKey.MEASURE,
    SortKey.STATUS,
    SortKey.OPEN_TASKS,
)

BLOCK_SIZE = 50  # rows fetched at a time: two screens; ~2 ms at 100,000 incidents (first paint)
CACHE_ROWS = 2_000
FIRST_ROWS = 500  # listed at once: more than a screen, and every list of a small school
REST_DELAY_MS = 50  # the rest of a long list when no paint comes first (e.g. another tab)
OVERDUE_COLOUR = QColor("#b3261e")

# Looked up once: Qt asks ~7 roles of each of the ~300 visible cells per repaint, and an enum
# attribute lookup on every call adds milliseconds to each keystroke in the search box.
_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_FONT = Qt.ItemDataRole.FontRole
_USER = Qt.ItemDataRole.UserRole
_ROW_ROLES = frozenset({_DISPLAY, _TOOLTIP, _FOREGROUND, _FONT,
                        Qt.ItemDataRole.TextAlignmentRole})
_CENTRED = int(Qt.AlignmentFlag.AlignCenter)


def headers() -> tuple[str, ...]:
    """The column titles, in Dutch."""
    return (
        tr("Kenmerk"),
        tr("Datum melding"),
        tr("School"),
        tr("Veroorzaker(s)"),
        tr("Rol"),
        tr("Platform"),
        tr("Artikelen"),
        tr("Maatregel"),
        tr("Status"),
        tr("Open taken"),
        tr("Gevonden bij"),
    )


class RegisterModel(IdListModel[RegisterFilter, RegisterRow]):
    """Incident ids for the current filter and order; rows fetched on demand."""

    completed = Signal()
    """The whole list for the current filter is in (rowCount is the number of matches)."""

    def __init__(self, db: Database, parent: Any = None, today: date | None = None) -> None:
        super().__init__(RegisterFilter(), BLOCK_SIZE, CACHE_ROWS, parent)
        self._db = db
        self._today = today
        self._complete = True
        self._rest_timer = single_shot(self, self.load_rest, REST_DELAY_MS)
        self._loaded = False  # no query has run yet (set_filter or refresh runs the first)
        self._sort = SortKey.REPORTED_ON
        self._descending = True
        self._headers = headers()
        self._bold = QFont()
        self._bold.setBold(True)

    # -- what the view asks -------------------------------------------------------------

    def _header_extra(self, section: int, role: int) -> Any:
        if role == _TOOLTIP and section == COL_CAUSERS:
            return tr("Wie de melding veroorzaakte")
        if role == _TOOLTIP and section == COL_FOUND:
            return tr("Waar de zoekterm is gevonden als dat niet bij de veroorzaker is: "
                      "een getroffene, melder of getuige, of de omschrijving")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        number = index.row()
        if not index.isValid() or not 0 <= number < len(self._ids):
            return None
        if role == _USER:
            return self._ids[number]
        if role not in _ROW_ROLES:
            return None
        row = self.row_at(number)
        if row is None:
            return None
        column = index.column()
        if role == _DISPLAY:
            return self._text(row, column)
        if role == _TOOLTIP:
            return self._tooltip(row, column)
        late = column == COL_OPEN_TASKS and row.overdue_tasks > 0
        if role == _FOREGROUND:
            return QBrush(OVERDUE_COLOUR) if late else None
        if role == _FONT:
            return self._bold if late else None
        if column == COL_OPEN_TASKS:
            return _CENTRED
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL on the column's key; ties keep a stable order by id."""
        if not 0 <= column < len(SORT_KEYS):
            return
        self._sort = SORT_KEYS[column]
        self._descending = order is Qt.SortOrder.DescendingOrder
        # The view calls sort() when sorting is switched on, before the window has set its
        # filter; querying then would list all 100,000 incidents only to be replaced at once.
        if self._loaded:
            self.refresh()

    # -- what the window asks -----------------------------------------------------------

    def refresh(self) -> None:
        """Run the id query again (after a filter change, a sort or a saved case).

        Lists the first :data:`FIRST_ROWS` at once; a longer list is completed by
        :meth:`load_rest`, after the table has painted its first rows.
        """
        first = incident_ids(self._db.reader, self._filter, self._sort, self._descending,
                             limit=FIRST_ROWS + 1)
        complete = len(first) <= FIRST_ROWS
        self.beginResetModel()
        self._ids = first if complete else first[:FIRST_ROWS]
        self._complete = complete
        self._loaded = True
        self._cache.clear()
        self.endResetModel()
        if complete:
            self._rest_timer.stop()
            self.completed.emit()
        else:
            self._rest_timer.start()

    def is_complete(self) -> bool:
        """Whether every matching incident is listed (not only the first rows)."""
        return self._complete

    def load_rest(self) -> None:
        """Complete a list that shows only its first rows (nothing when it is complete)."""
        self._rest_timer.stop()
        if self._complete:
            return
        ids = incident_ids(self._db.reader, self._filter, self._sort, self._descending)
        shown = len(self._ids)
        if ids[:shown] == self._ids:
            if len(ids) > shown:
                self.beginInsertRows(QModelIndex(), shown, len(ids) - 1)
                self._ids = ids
                self.endInsertRows()
        else:  # saved in between: the list as it is now
            self.beginResetModel()
            self._ids = ids
            self._cache.clear()
            self.endResetModel()
        self._complete = True
        self.completed.emit()

    def incident_id(self, row: int) -> int | None:
        """The incident id shown in ``row``."""
        return self.id_at(row)

    def row_of(self, incident_id: int) -> int | None:
        """The row showing ``incident_id``, if it is in the current list."""
        try:
            return self._ids.index(incident_id)
        except ValueError:
            return None

    def _fetch(self, ids: list[int]) -> dict[int, RegisterRow]:
        return fetch_rows(self._db.reader, ids, self._today, self._filter.search)

    def forget(self, incident_id: int) -> None:
        """Drop one cached row (after its case was saved) and repaint it."""
        self._cache.forget(incident_id)
        row = self.row_of(incident_id)
        if row is not None:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._headers) - 1))

    # -- helpers ------------------------------------------------------------------------

    @staticmethod
    def _text(row: RegisterRow, column: int) -> str:
        if column == COL_KENMERK:
            return row.kenmerk
        if column == COL_REPORTED_ON:
            return short_date(row.reported_on)
        if column == COL_SCHOOL:
            return row.school
        if column == COL_CAUSERS:
            return row.causers
        if column == COL_ROLE:
            return row.roles
        if column == COL_PLATFORM:
            return platform_label(row.platform)
        if column == COL_ARTICLES:
            return row.articles
        if column == COL_MEASURE:
            return row.measure
        if column == COL_STATUS:
            return row.status.label
        if column == COL_FOUND:
            return row.found
        if row.open_tasks == 0:
            return ""
        if row.overdue_tasks:
            return tr("{0} ({1} te laat)").format(row.open_tasks, row.overdue_tasks)
        return str(row.open_tasks)

    def _tooltip(self, row: RegisterRow, column: int) -> str | None:
        if column == COL_OPEN_TASKS and row.overdue_tasks:
            if row.open_tasks == 1:
                return tr("De open taak is over de datum.")
            verb = tr("is") if row.overdue_tasks == 1 else tr("zijn")
            return tr("{0} van de {1} {2} over de datum.").format(
                row.overdue_tasks, counted(row.open_tasks, tr("open taak"), tr("open taken")),
                verb)
        text = self._text(row, column)
        return text or None
