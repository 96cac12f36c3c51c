"""The task list's table model: open tasks across all cases, soonest first."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from skow_desk.domain.dates import short_date
from skow_desk.gui.common.table_base import ListTableModel
from skow_desk.gui.common.translate import tr
from skow_desk.services.register import TaskRow, open_task_rows
from skow_desk.store.db import Database

COL_DUE = 0
COL_STATE = 1
COL_TITLE = 2
COL_KIND = 3
COL_KENMERK = 4
COL_PERSON = 5
COL_SCHOOL = 6
COLUMN_COUNT = 7

OVERDUE_COLOUR = QColor("#b3261e")

Index = QModelIndex | QPersistentModelIndex



def headers() -> tuple[str, ...]:
    """The column titles, in Dutch."""
    return (tr("Uiterlijk"), tr("Stand"), tr("Taak"), tr("Soort"), tr("Kenmerk"),
            tr("Betreft"), tr("School"))


def state_text(row: TaskRow, today: date) -> str:
    """'te laat', 'vandaag', 'over 3 dagen' or '' for a task without a date."""
    if row.due_on is None:
        return ""
    days = (row.due_on - today).days
    if days < 0:
        return tr("te laat")
    if days == 0:
        return tr("vandaag")
    if days == 1:
        return tr("morgen")
    return tr("over {0} dagen").format(days)


class TasksModel(ListTableModel[TaskRow]):
    """Open tasks as plain rows (a few thousand at most: loaded whole)."""

    def __init__(self, db: Database, parent: Any = None, today: date | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._today = today
        self._rows: list[TaskRow] = []
        self._school_id: int | None = None
        self._headers = headers()
        self._bold = QFont()
        self._bold.setBold(True)

    @property
    def today(self) -> date:
        """The day against which "te laat" is decided."""
        return self._today or date.today()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (row := self._row(index)) is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        late = self.is_overdue(row)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, column) or None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(OVERDUE_COLOUR) if late and column in (COL_DUE, COL_STATE) else None
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if late and column == COL_STATE else None
        return None

    def _text(self, row: TaskRow, column: int) -> str:
        if column == COL_DUE:
            return short_date(row.due_on) if row.due_on else tr("geen datum")
        if column == COL_STATE:
            return state_text(row, self.today)
        if column == COL_TITLE:
            return row.title
        if column == COL_KIND:
            return row.kind[0].upper() + row.kind[1:]
        if column == COL_KENMERK:
            return row.kenmerk
        if column == COL_PERSON:
            return row.person
        return row.school

    def is_overdue(self, row: TaskRow) -> bool:
        """Open and past its date."""
        return row.due_on is not None and row.due_on < self.today

    def set_school(self, school_id: int | None) -> None:
        """Only the tasks of one school (``None``: all schools)."""
        self._school_id = school_id
        self.refresh()

    def refresh(self) -> None:
        """Load the open tasks again."""
        rows = open_task_rows(self._db.reader, self._school_id)
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def task_at(self, row: int) -> TaskRow | None:
        """The task shown in ``row``."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def overdue_count(self) -> int:
        """How many open tasks are past their date."""
        return sum(1 for row in self._rows if self.is_overdue(row))
