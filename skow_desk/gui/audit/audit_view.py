"""The audit trail (Logboek): who recorded, changed, exported or viewed what, and when.

A table model over entry ids, rows fetched in blocks as they scroll into view (like the
register), with filters for period, action, record type and free text, and a button that
checks the hash chain.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from skow_desk.gui.audit.audit_words import Shown, shown_rows
from skow_desk.gui.common import msgbox
from skow_desk.gui.common.table_base import IdListModel
from skow_desk.gui.common.tables import setup_row_table
from skow_desk.gui.common.timers import debounced
from skow_desk.gui.common.translate import tr
from skow_desk.gui.common.widgets import edit_date, make_date_edit
from skow_desk.services.audit import (
    AuditAction,
    AuditFilter,
    AuditRow,
    entity_label,
    entity_types_in_use,
    find_entry_ids,
    load_rows,
    verify,
    verify_message,
)
from skow_desk.store.db import Database

COL_AT = 0
COL_ACTOR = 1
COL_ACTION = 2
COL_ENTITY = 3
COL_KENMERK = 4
COL_PERSON = 5
COL_SUMMARY = 6
COLUMN_COUNT = 6

BLOCK_SIZE = 200
CACHE_ROWS = 2_000
PERIOD_ALL, PERIOD_TODAY, PERIOD_WEEK, PERIOD_MONTH, PERIOD_YEAR, PERIOD_CUSTOM = range(6)

Index = QModelIndex | QPersistentModelIndex



class AuditModel(IdListModel[AuditFilter, AuditRow]):
    """Audit entry ids for the current filter, newest first; rows fetched on demand."""

    def __init__(self, db: Database, parent: Any = None) -> None:
        super().__init__(AuditFilter(), BLOCK_SIZE, CACHE_ROWS, parent,
                         on_drop=lambda entry_id: self._shown.pop(entry_id, None))
        self._db = db
        self._shown: dict[int, Shown] = {}  # the words shown for a cached row
        self._headers = (tr("Tijdstip"), tr("Gebruiker"), tr("Handeling"), tr("Soort"),
                         tr("Melding"), tr("Persoon"), tr("Wat"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.has_row(index):
            return None
        if role == Qt.ItemDataRole.UserRole:
            return self._ids[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() == COL_ENTITY and row.entity_id is not None:
                return tr("{0} nummer {1}").format(row.entity_label, row.entity_id)
            if index.column() != COL_SUMMARY:
                return None
            return tr("{0}\n\nZoals vastgelegd: {1}").format(  # with the full SHA-256
                self._text(row, index.column()), row.summary)
        return self._text(row, index.column())

    def _text(self, row: AuditRow, column: int) -> str:
        if column == COL_AT:
            return row.at.strftime("%d-%m-%Y %H:%M:%S")
        if column == COL_ACTOR:
            return row.actor
        if column == COL_ACTION:
            return row.action.value
        if column == COL_ENTITY:
            return row.entity_label
        shown = self._shown.get(row.id)
        if column == COL_KENMERK:
            return shown.kenmerk if shown is not None else ""
        if column == COL_PERSON:
            return shown.person if shown is not None else ""
        return shown.summary if shown is not None else row.summary

    def refresh(self) -> None:
        """Run the id query again."""
        with self._db.sessions() as session:
            ids = find_entry_ids(session, self._filter)
        self.beginResetModel()
        self._ids = ids
        self._cache.clear()
        self._shown.clear()
        self.endResetModel()

    def entry_id(self, row: int) -> int | None:
        """The entry id shown in ``row``."""
        return self.id_at(row)

    def _fetch(self, ids: list[int]) -> dict[int, AuditRow]:
        with self._db.sessions() as session:
            block = load_rows(session, ids)
            self._shown.update(shown_rows(session, block))
        return {fetched.id: fetched for fetched in block}


class AuditView(QWidget):
    """The log with its filters and the chain check."""

    def __init__(self, db: Database, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._today = today or date.today()
        self.model = AuditModel(db, self)
        self._build()
        self._fill_choices()
        self._timer = debounced(self.search.textChanged, self, self.apply_filter)
        for combo in (self.period_combo, self.action_combo, self.entity_combo):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        for edit in (self.start_edit, self.end_edit):
            edit.dateChanged.connect(lambda _d: self.apply_filter())
        self.verify_button.clicked.connect(self.check_chain)
        self.apply_filter()

    def _labelled(self, bar: QHBoxLayout, text: str, widget: QWidget) -> None:
        caption = QLabel(text, self)
        caption.setBuddy(widget)
        bar.addWidget(caption)
        bar.addWidget(widget)
        bar.addSpacing(10)

    def _build(self) -> None:
        bar = QHBoxLayout()
        self.period_combo = QComboBox(self)
        self.period_combo.setAccessibleName(self.tr("Periode"))
        self._labelled(bar, self.tr("&Periode:"), self.period_combo)
        self.start_edit: QDateEdit = make_date_edit(self, self._today, self.tr("Vanaf"))
        self.end_edit: QDateEdit = make_date_edit(self, self._today, self.tr("Tot en met"))
        bar.addWidget(self.start_edit)
        bar.addWidget(QLabel(self.tr("t/m"), self))
        bar.addWidget(self.end_edit)
        bar.addSpacing(10)
        self.action_combo = QComboBox(self)
        self.action_combo.setAccessibleName(self.tr("Handeling"))
        self._labelled(bar, self.tr("&Handeling:"), self.action_combo)
        self.entity_combo = QComboBox(self)
        self.entity_combo.setAccessibleName(self.tr("Soort gegeven"))
        self._labelled(bar, self.tr("S&oort:"), self.entity_combo)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Zoeken in gebruiker, nummer of tekst…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Zoeken in het logboek"))
        bar.addWidget(self.search, 1)

        self.table = QTableView(self)
        self.table.setObjectName("auditTable")
        self.table.setAccessibleName(self.tr("Logboek"))
        self.table.setModel(self.model)
        # QTableView's default selection mode, kept: several log lines may be selected.
        setup_row_table(self.table, QAbstractItemView.SelectionMode.ExtendedSelection)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        average = self.table.fontMetrics().averageCharWidth()
        for column, chars in ((COL_AT, 20), (COL_ACTOR, 18), (COL_ACTION, 16),
                              (COL_ENTITY, 15), (COL_KENMERK, 15), (COL_PERSON, 22)):
            self.table.setColumnWidth(column, chars * average + 16)
        header.setSectionResizeMode(COL_SUMMARY, QHeaderView.ResizeMode.Stretch)

        foot = QHBoxLayout()
        self.count_label = QLabel(self)
        self.verify_button = QPushButton(self.tr("Logboek &controleren"), self)
        self.verify_button.setToolTip(self.tr(
            "Controleert of geen regel van het logboek is gewijzigd of verwijderd."))
        foot.addWidget(self.count_label, 1)
        foot.addWidget(self.verify_button)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(foot)

    def _fill_choices(self) -> None:
        for combo in (self.period_combo, self.action_combo, self.entity_combo):
            combo.blockSignals(True)
        for text in (self.tr("Alles"), self.tr("Vandaag"), self.tr("Afgelopen 7 dagen"),
                     self.tr("Afgelopen 30 dagen"), self.tr("Dit kalenderjaar"),
                     self.tr("Zelf kiezen")):
            self.period_combo.addItem(text)
        self.action_combo.addItem(self.tr("Alle handelingen"), None)
        for action in AuditAction:
            self.action_combo.addItem(action.value.capitalize(), action.value)
        self.entity_combo.addItem(self.tr("Alle soorten"), None)
        with self._db.sessions() as session:
            for entity_type in entity_types_in_use(session):
                self.entity_combo.addItem(entity_label(entity_type).capitalize(), entity_type)
        for combo in (self.period_combo, self.action_combo, self.entity_combo):
            combo.blockSignals(False)

    def _period(self) -> tuple[date | None, date | None]:
        choice = self.period_combo.currentIndex()
        custom = choice == PERIOD_CUSTOM
        self.start_edit.setEnabled(custom)
        self.end_edit.setEnabled(custom)
        if custom:
            return edit_date(self.start_edit), edit_date(self.end_edit)
        start = {PERIOD_TODAY: self._today, PERIOD_WEEK: self._today - timedelta(days=6),
                 PERIOD_MONTH: self._today - timedelta(days=29),
                 PERIOD_YEAR: date(self._today.year, 1, 1)}.get(choice)
        return start, (self._today if start is not None else None)

    def current_filter(self) -> AuditFilter:
        """The filter the controls show."""
        start, end = self._period()
        action = self.action_combo.currentData()
        return AuditFilter(start=start, end=end,
                           action=AuditAction(action) if action else None,
                           entity_type=self.entity_combo.currentData(),
                           text=self.search.text().strip())

    def apply_filter(self) -> None:
        """Run the query for the controls and update the count."""
        self._timer.stop()
        self.model.set_filter(self.current_filter())
        count = self.model.rowCount()
        self.count_label.setText(self.tr("1 regel") if count == 1
                                 else self.tr("{0} regels").format(count))

    def check_chain(self) -> bool:
        """Verify the hash chain and say the outcome; returns whether it is whole."""
        report = verify(self._db)
        if report.ok:
            msgbox.information(self, verify_message(report), self.tr("Logboek gecontroleerd"))
        else:
            msgbox.error(self, verify_message(report) + " " + self.tr(
                "Bewaar een kopie van de gegevensmap en neem contact op met de beheerder."),
                self.tr("Logboek niet in orde"))
        return report.ok
