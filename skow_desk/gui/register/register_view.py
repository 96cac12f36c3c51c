"""The register ("Meldingen"): filters, a search box that filters as you type, the table."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QByteArray, QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from skow_desk.domain.enums import IncidentStatus, Role
from skow_desk.domain.schoolyear import SchoolYear
from skow_desk.gui.common.tables import setup_row_table
from skow_desk.gui.common.timers import debounced
from skow_desk.gui.common.widgets import placeholder
from skow_desk.gui.register import register_model as rm
from skow_desk.gui.register.register_model import RegisterModel
from skow_desk.services.register import RegisterFilter, school_choices, school_years
from skow_desk.store.db import Database

# Width in "average characters" per column (room for the sort arrow); the school column
# also takes whatever room is left, so the table never ends in a grey strip. The fixed
# columns are no wider than their contents, so a school's name fits on a 1366-pixel screen.
COLUMN_CHARS = {
    rm.COL_KENMERK: 16, rm.COL_REPORTED_ON: 15, rm.COL_SCHOOL: 24, rm.COL_CAUSERS: 20,
    rm.COL_ROLE: 15, rm.COL_PLATFORM: 11, rm.COL_ARTICLES: 11, rm.COL_MEASURE: 27,
    rm.COL_STATUS: 12, rm.COL_OPEN_TASKS: 14, rm.COL_FOUND: 28,
}


class RegisterView(QWidget):
    """The list of incidents with its filters; emits ``open_incident`` on Enter/double-click."""

    open_incident = Signal(int)
    counts_changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None,
                 today: date | None = None, header_state: Any = None) -> None:
        """``header_state``: saved column widths and sort (QSettings), restored before the
        first query so the register is queried once, in its saved order."""
        super().__init__(parent)
        self._db = db
        self._today = today or date.today()
        self._reselect: int | None = None  # to select again once the list is complete
        self.model = RegisterModel(db, self, today=today)
        self.model.completed.connect(self._list_complete)
        self._build()
        self._fill_choices()
        self._timer = debounced(self.search.textChanged, self, self.apply_filter)
        for combo in (self.year_combo, self.school_combo, self.status_combo, self.role_combo):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.table.activated.connect(self._activated)
        self.restore_header_state(header_state)
        self.apply_filter()

    # -- building -----------------------------------------------------------------------

    def _combo(self, label: str, accessible: str, chars: int) -> tuple[QLabel, QComboBox]:
        caption = QLabel(label, self)
        combo = QComboBox(self)
        combo.setAccessibleName(accessible)
        # Long school names must not make the window wider than a small laptop screen.
        combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(chars)
        caption.setBuddy(combo)
        return caption, combo

    def _build(self) -> None:
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(
            self.tr("Zoeken op kenmerk, naam, platform of omschrijving…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Zoeken in de meldingen"))
        search_label = QLabel(self.tr("&Zoeken:"), self)
        search_label.setBuddy(self.search)
        search_bar = QHBoxLayout()
        search_bar.addWidget(search_label)
        search_bar.addWidget(self.search, 1)
        bar = QHBoxLayout()
        year_label, self.year_combo = self._combo(self.tr("Schoo&ljaar:"),
                                                  self.tr("Schooljaar"), 9)
        school_label, self.school_combo = self._combo(self.tr("S&chool:"), self.tr("School"), 16)
        status_label, self.status_combo = self._combo(self.tr("S&tatus:"), self.tr("Status"), 10)
        role_label, self.role_combo = self._combo(self.tr("&Rol:"),
                                                  self.tr("Rol van de veroorzaker"), 11)
        for caption, combo in ((year_label, self.year_combo), (school_label, self.school_combo),
                               (status_label, self.status_combo),
                               (role_label, self.role_combo)):
            bar.addWidget(caption)
            bar.addWidget(combo)
            bar.addSpacing(12)
        bar.addStretch(1)

        self.table = QTableView(self)
        # The viewport is made here: asking Qt for the one it made itself has shiboken try
        # every QWidget class for its Python type once (~10 ms, before the first paint).
        self._viewport = QWidget(self.table)
        self.table.setViewport(self._viewport)
        self.table.setObjectName("registerTable")
        self.table.setAccessibleName(self.tr("Meldingen"))
        self.table.setModel(self.model)
        setup_row_table(self.table)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionsMovable(False)
        header.setStretchLastSection(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.reset_column_widths()
        header.setSectionResizeMode(rm.COL_SCHOOL, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicator(rm.COL_REPORTED_ON, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)

        self.empty = placeholder("", self)
        self.empty_label = self.empty.findChild(QLabel)
        self.all_years_button = QPushButton(self.tr("Zoeken in &alle schooljaren"), self.empty)
        self.all_years_button.setObjectName("allYearsButton")
        self.all_years_button.clicked.connect(self.search_all_years)
        self.all_years_button.hide()
        empty_layout = self.empty.layout()
        if isinstance(empty_layout, QVBoxLayout):
            empty_layout.insertWidget(2, self.all_years_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        layout = QVBoxLayout(self)
        layout.addLayout(search_bar)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        self.search.installEventFilter(self)
        self._viewport.installEventFilter(self)

    def painted_widget(self) -> QWidget:
        """The widget whose paint shows the register: the table's rows, or the empty state."""
        return self._viewport if self.stack.currentWidget() is self.table else self.empty

    def reset_column_widths(self) -> None:
        """Sensible widths from the font: dates and kenmerken never clipped."""
        average = self.table.fontMetrics().averageCharWidth()
        for column, chars in COLUMN_CHARS.items():
            self.table.setColumnWidth(column, chars * average + 16)

    def _fill_choices(self) -> None:
        years = school_years(self._db.reader, self._today)
        schools = school_choices(self._db.reader)
        current = SchoolYear.of(self._today)
        self.year_combo.blockSignals(True)
        for year in years:
            self.year_combo.addItem(year.label, year.start_year)
        self.year_combo.addItem(self.tr("Alle schooljaren"), None)
        self.year_combo.setCurrentIndex(max(0, self.year_combo.findData(current.start_year)))
        self.year_combo.blockSignals(False)
        self.school_combo.addItem(self.tr("Alle scholen"), None)
        for sid, name in schools:
            self.school_combo.addItem(name, sid)
        self.status_combo.addItem(self.tr("Alle"), None)
        for status in IncidentStatus:
            self.status_combo.addItem(status.label, status.value)
        self.role_combo.addItem(self.tr("Alle rollen"), None)
        for role in Role:
            self.role_combo.addItem(role.label, role.value)

    # -- behaviour ----------------------------------------------------------------------

    def current_filter(self) -> RegisterFilter:
        """The filter the controls show."""
        year = self.year_combo.currentData()
        status = self.status_combo.currentData()
        role = self.role_combo.currentData()
        return RegisterFilter(
            year=SchoolYear(int(year)) if year is not None else None,
            school_id=self.school_combo.currentData(),
            status=IncidentStatus(status) if status else None,
            role=Role(role) if role else None,
            search=self.search.text().strip(),
        )

    def apply_filter(self) -> None:
        """Run the id query for the controls' filter and show the list or the empty state."""
        self._timer.stop()
        self._reselect = self.current_incident_id()
        self.model.set_filter(self.current_filter())
        self._after_query()

    def refresh(self) -> None:
        """Run the current query again (after a case was saved or added)."""
        self._reselect = self.current_incident_id()
        self.model.refresh()
        self._after_query()

    def _after_query(self) -> None:
        self._show_empty_state()
        if self._reselect is not None:
            self.select_incident(self._reselect)

    def _list_complete(self) -> None:
        """The whole list is in: the selected incident again, and the counts."""
        if self._reselect is not None:
            self.select_incident(self._reselect)
        self.counts_changed.emit()

    def search_all_years(self) -> None:
        """"Zoeken in alle schooljaren": the same search without the school year."""
        self.year_combo.setCurrentIndex(self.year_combo.count() - 1)  # Alle schooljaren
        self.apply_filter()

    def _show_empty_state(self) -> None:
        flt = self.model.current_filter()
        self.table.setColumnHidden(rm.COL_FOUND, not flt.search)
        self.all_years_button.setVisible(bool(flt.search) and flt.year is not None)
        if self.model.rowCount() > 0:
            self.stack.setCurrentWidget(self.table)
            return
        if flt.search and flt.year is not None:
            text = self.tr("Niets gevonden voor ‘{0}’ in schooljaar {1}.").format(
                flt.search, flt.year.label)
        elif flt.search or flt.school_id or flt.status or flt.role:
            text = self.tr("Geen meldingen gevonden met deze zoekopdracht of filters.")
        elif flt.year is not None:
            text = self.tr("Nog geen meldingen in dit schooljaar. Klik op 'Nieuwe melding' "
                           "om te beginnen.")
        else:
            text = self.tr("Nog geen meldingen. Klik op 'Nieuwe melding' om te beginnen.")
        if self.empty_label is not None:
            self.empty_label.setText(text)
        self.stack.setCurrentWidget(self.empty)

    def empty_text(self) -> str:
        """The sentence shown when the list is empty ("" while rows are shown)."""
        if self.stack.currentWidget() is self.table or self.empty_label is None:
            return ""
        return self.empty_label.text()

    def current_incident_id(self) -> int | None:
        """The incident of the selected row."""
        index = self.table.currentIndex()
        return self.model.incident_id(index.row()) if index.isValid() else None

    def select_incident(self, incident_id: int) -> None:
        """Select the row of ``incident_id`` when it is in the list (or once the list is
        complete, when only its first rows are in yet)."""
        row = self.model.row_of(incident_id)
        self._reselect = None if row is not None or self.model.is_complete() else incident_id
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def focus_search(self) -> None:
        """Ctrl+F: put the cursor in the search box, text selected."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _activated(self, index: QModelIndex) -> None:
        iid = self.model.incident_id(index.row())
        if iid is not None:
            self.open_incident.emit(iid)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._viewport:
            # The first rows are painted: now the rest of a long list (see RegisterModel).
            if event.type() == QEvent.Type.Paint and not self.model.is_complete():
                QTimer.singleShot(0, self.model.load_rest)
            return False
        # Down-arrow or Enter in the search box moves to the list, so the keyboard suffices.
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.apply_filter()
                if self.model.rowCount():
                    self.table.setFocus(Qt.FocusReason.OtherFocusReason)
                    if not self.table.currentIndex().isValid():
                        self.table.selectRow(0)
                    return True
        return super().eventFilter(watched, event)

    def header_state(self) -> QByteArray:
        """The column widths and sort, for QSettings."""
        return self.table.horizontalHeader().saveState()

    def restore_header_state(self, state: Any) -> None:
        """Restore saved column widths (the sort indicator is restored too)."""
        if isinstance(state, QByteArray) and not state.isEmpty():
            header = self.table.horizontalHeader()
            header.restoreState(state)
            self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
