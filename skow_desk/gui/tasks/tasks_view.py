"""The task list ("Taken"): every open task across all cases, soonest first."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from skow_desk.domain.errors import DomainError
from skow_desk.gui.common import msgbox
from skow_desk.gui.common.dialog_base import dialog_buttons
from skow_desk.gui.common.tables import setup_row_table
from skow_desk.gui.common.widgets import edit_date, make_date_edit, placeholder
from skow_desk.gui.tasks import tasks_model as tm
from skow_desk.gui.tasks.tasks_model import TasksModel
from skow_desk.services.register import school_choices
from skow_desk.services.tasks import complete_task
from skow_desk.store.db import Database

COLUMN_CHARS = {tm.COL_DUE: 12, tm.COL_STATE: 14, tm.COL_TITLE: 44, tm.COL_KIND: 26,
                tm.COL_KENMERK: 16, tm.COL_PERSON: 24, tm.COL_SCHOOL: 30}


class DoneDateDialog(QDialog):
    """Asks on which day a task was done (default today)."""

    def __init__(self, title: str, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Taak afvinken"))
        self.date_edit = make_date_edit(self, today, self.tr("Afgevinkt op"))
        text = QLabel(title, self)
        text.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Taak:"), text)
        form.addRow(self.tr("&Afgevinkt op:"), self.date_edit)
        buttons = dialog_buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def value(self) -> date:
        """The chosen date."""
        return edit_date(self.date_edit)


def ask_done_date(parent: QWidget | None, title: str, today: date) -> date | None:
    """The day the task was done, or ``None`` when cancelled (tests replace this)."""
    dialog = DoneDateDialog(title, parent, today)
    return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None


class TasksView(QWidget):
    """Open tasks with "Afvinken…"; double-click opens the case."""

    open_incident = Signal(int)
    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.model = TasksModel(db, self, today)
        self.school_combo = QComboBox(self)
        self.school_combo.setAccessibleName(self.tr("School"))
        self.school_combo.addItem(self.tr("Alle scholen"), None)
        for sid, name in school_choices(db.reader):
            self.school_combo.addItem(name, sid)
        self.done_button = QPushButton(self.tr("&Afvinken…"), self)
        self.done_button.setAccessibleName(self.tr("Taak afvinken"))
        self.done_button.setEnabled(False)
        self.open_button = QPushButton(self.tr("Melding &openen"), self)
        self.open_button.setEnabled(False)
        self.summary = QLabel(self)
        school_label = QLabel(self.tr("S&chool:"), self)
        school_label.setBuddy(self.school_combo)
        bar = QHBoxLayout()
        bar.addWidget(school_label)
        bar.addWidget(self.school_combo)
        bar.addSpacing(16)
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.open_button)
        bar.addWidget(self.done_button)

        self.table = QTableView(self)
        self.table.setObjectName("tasksTable")
        self.table.setAccessibleName(self.tr("Open taken"))
        self.table.setModel(self.model)
        setup_row_table(self.table)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        average = self.fontMetrics().averageCharWidth()
        for column, chars in COLUMN_CHARS.items():
            self.table.setColumnWidth(column, chars * average + 16)
        header.setStretchLastSection(True)

        self.empty = placeholder(self.tr("Er staan geen open taken. Alles is bij."), self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)

        self.table.activated.connect(self._activated)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        self.done_button.clicked.connect(self.mark_done)
        self.open_button.clicked.connect(self._open_current)
        self.school_combo.currentIndexChanged.connect(
            lambda _i: self.model.set_school(self.school_combo.currentData()))
        self.refresh()

    def refresh(self) -> None:
        """Load the open tasks again and update the summary line."""
        self.model.refresh()
        count, late = self.model.rowCount(), self.model.overdue_count()
        text = self.tr("{0} open taken").format(count) if count != 1 else self.tr("1 open taak")
        if late:
            text += self.tr(", waarvan {0} te laat").format(late)
        self.summary.setText(text)
        self.stack.setCurrentWidget(self.table if count else self.empty)

    def current_row(self) -> int:
        """The selected row, or -1."""
        index = self.table.currentIndex()
        return index.row() if index.isValid() and self.table.selectionModel().hasSelection() \
            else -1

    def _update_buttons(self) -> None:
        task = self.model.task_at(self.current_row())
        self.done_button.setEnabled(task is not None)
        self.open_button.setEnabled(task is not None and task.incident_id is not None)

    def mark_done(self) -> None:
        """Ask the date the selected task was done and record it."""
        task = self.model.task_at(self.current_row())
        if task is None:
            return
        done_on = ask_done_date(self, task.title, self.model.today)
        if done_on is None:
            return
        try:
            with self._db.transaction() as session:
                complete_task(session, task.id, done_on)
        except DomainError as error:
            msgbox.error(self, error.message)
            return
        self.refresh()
        self.changed.emit()

    def _open_current(self) -> None:
        self._activated(self.table.currentIndex())

    def _activated(self, index: QModelIndex) -> None:
        task = self.model.task_at(index.row()) if index.isValid() else None
        if task is not None and task.incident_id is not None:
            self.open_incident.emit(task.incident_id)
