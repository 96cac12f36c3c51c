"""The yearly overview screen (tab "Jaaroverzicht"): counts, charts, comparison, exports.

Pick a school year and a school (or all); every number can be clicked to list the incidents
behind it (kenmerk, date, school, status — never a name). Exports run off the GUI thread.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from skow_desk.domain.dates import long_date
from skow_desk.domain.schoolyear import SchoolYear
from skow_desk.gui.common import msgbox
from skow_desk.gui.common.worker import Job, Progress, run_in_background
from skow_desk.gui.overview.overview_charts import ComparisonChart
from skow_desk.gui.overview.overview_dialogs import IncidentListDialog, ask_save_path
from skow_desk.gui.overview.overview_models import ComparisonModel
from skow_desk.reports.chart_model import ARTICLE_TITLE, MONTH_TITLE, overview_charts
from skow_desk.reports.export import write_overview
from skow_desk.reports.formatting import (
    DIMENSION_TITLES,
    NOT_APPLICABLE,
    median_text,
    number,
    percent_text,
    signed,
    value_label,
)
from skow_desk.reports.incidents import incidents_behind
from skow_desk.reports.overview import Overview, available_years, compute_overview
from skow_desk.services.foundation import schools
from skow_desk.store.db import Database

TABLE_DIMENSIONS = ("rol", "maatregel", "categorie", "platform")
EXPORTS = ((".pdf", "Exporteer PDF…"), (".xlsx", "Exporteer Excel…"), (".csv", "Exporteer CSV…"))


def _change(current: int, previous: int) -> str:
    """``+3 (+12%)``; without the percentage when last year was zero."""
    percent = percent_text(current, previous)
    change = signed(current - previous)
    return change if percent == NOT_APPLICABLE else f"{change} ({percent})"


class _Card(QFrame):
    """A key figure: a title, a big number (a flat button when it can be clicked), its change."""

    def __init__(self, title: str, value: QLabel | QPushButton,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = value
        font = QFont(value.font())
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        value.setFont(font)
        value.setAccessibleName(title)
        if isinstance(value, QPushButton):
            value.setFlat(True)
            value.setCursor(Qt.CursorShape.PointingHandCursor)
            value.setToolTip("Klik om de meldingen te zien")
            value.setStyleSheet("text-align: left; padding: 0px;")
        self.change = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(title, self))
        layout.addWidget(value)
        layout.addWidget(self.change)

    def show_figure(self, value: str, change: str) -> None:
        self.value.setText(value)
        self.change.setText(change)


class OverviewView(QWidget):
    """The overview of one school year for one school or all; ``open_incident(id)`` on demand."""

    open_incident = Signal(int)
    exported = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._today = today or date.today()
        self.overview: Overview | None = None
        self.last_dialog: IncidentListDialog | None = None
        self.job: Job | None = None
        self._stale = False
        self._build()
        self.reload_choices()
        self.refresh()

    # -- building ---------------------------------------------------------------------

    def _build(self) -> None:
        self.year_box = QComboBox(self)
        self.year_box.setAccessibleName(self.tr("Schooljaar"))
        self.school_box = QComboBox(self)
        self.school_box.setAccessibleName(self.tr("School"))
        self.school_box.setMinimumContentsLength(28)
        bar = QHBoxLayout()
        for label, box in ((self.tr("Schooljaar:"), self.year_box),
                           (self.tr("School:"), self.school_box)):
            caption = QLabel(label, self)
            caption.setBuddy(box)
            bar.addWidget(caption)
            bar.addWidget(box)
        bar.addStretch(1)
        self.export_buttons: dict[str, QPushButton] = {}
        for suffix, text in EXPORTS:
            button = QPushButton(self.tr(text), self)
            button.clicked.connect(lambda _c=False, s=suffix: self.export(s))
            bar.addWidget(button)
            self.export_buttons[suffix] = button
        self.heading = QLabel(self)
        heading_font = QFont(self.heading.font())
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.3)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.total_button = QPushButton(self)
        self.open_button = QPushButton(self)
        self.median_label = QLabel(self)
        self.total_card = _Card(self.tr("Meldingen"), self.total_button, self)
        self.open_card = _Card(self.tr("Open einde schooljaar"), self.open_button, self)
        self.median_card = _Card(self.tr("Mediaan dagen tot afronding"), self.median_label, self)
        self.total_button.clicked.connect(lambda: self.show_incidents("meldingen", "totaal"))
        self.open_button.clicked.connect(lambda: self.show_incidents("open", ""))
        cards = QHBoxLayout()
        for card in (self.total_card, self.open_card, self.median_card):
            cards.addWidget(card, 1)
        self.month_chart = ComparisonChart(MONTH_TITLE, self)
        self.article_chart = ComparisonChart(ARTICLE_TITLE, self)
        self.month_chart.bar_clicked.connect(lambda cur, i: self._bar_clicked("maand", cur, i))
        self.article_chart.bar_clicked.connect(
            lambda cur, i: self._bar_clicked("artikel", cur, i))
        charts = QHBoxLayout()
        charts.addWidget(self.month_chart, 1)
        charts.addWidget(self.article_chart, 1)
        grid = QGridLayout()
        self.models: dict[str, ComparisonModel] = {}
        self.tables: dict[str, QTableView] = {}
        for position, dimension in enumerate(TABLE_DIMENSIONS):
            grid.addWidget(self._table_box(dimension), position // 2, position % 2)
        body = QWidget(self)
        content = QVBoxLayout(body)
        content.addWidget(self.heading)
        content.addWidget(self.note)
        content.addLayout(cards)
        content.addLayout(charts)
        content.addLayout(grid)
        content.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(scroll, 1)
        self.year_box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.school_box.currentIndexChanged.connect(lambda _i: self.refresh())

    def _table_box(self, dimension: str) -> QGroupBox:
        box = QGroupBox(f"Per {DIMENSION_TITLES[dimension].lower()}", self)
        model = ComparisonModel(dimension, self)
        view = QTableView(box)
        view.setModel(model)
        view.setAccessibleName(box.title())
        view.verticalHeader().hide()
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setAlternatingRowColors(True)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ComparisonModel.COL_LABEL, QHeaderView.ResizeMode.Stretch)
        view.clicked.connect(lambda index, d=dimension: self._table_clicked(d, index))
        layout = QVBoxLayout(box)
        layout.addWidget(view)
        layout.addStretch(1)  # short tables stay at the top beside a longer neighbour
        self.models[dimension], self.tables[dimension] = model, view
        return box

    # -- choices and data ---------------------------------------------------------------

    def reload_choices(self) -> None:
        """Fill the year and school lists (years with data plus the current one)."""
        current = SchoolYear.of(self._today)
        chosen_year = self.year_box.currentData() or current.start_year
        chosen_school = self.school_box.currentData()
        with self.db.sessions() as session:
            years = available_years(session, current)
            choices = [(s.id, f"{s.name} ({s.brin})") for s in schools(session)]
        for box in (self.year_box, self.school_box):
            box.blockSignals(True)
            box.clear()
        for year in years:
            self.year_box.addItem(year.label, year.start_year)
        self.school_box.addItem(self.tr("Alle scholen"), None)
        for school_id, label in choices:
            self.school_box.addItem(label, school_id)
        self.year_box.setCurrentIndex(max(self.year_box.findData(chosen_year), 0))
        self.school_box.setCurrentIndex(max(self.school_box.findData(chosen_school), 0))
        for box in (self.year_box, self.school_box):
            box.blockSignals(False)

    def selected_year(self) -> SchoolYear:
        return SchoolYear(int(self.year_box.currentData()))

    def selected_school_id(self) -> int | None:
        data = self.school_box.currentData()
        return None if data is None else int(data)

    def select(self, year: SchoolYear, school_id: int | None) -> None:
        """Choose a year and a school as the user would (refreshes)."""
        self.year_box.setCurrentIndex(self.year_box.findData(year.start_year))
        self.school_box.setCurrentIndex(self.school_box.findData(school_id))

    def refresh(self) -> None:
        """Count again for the chosen year and school."""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            with self.db.sessions() as session:
                overview = compute_overview(session, self.selected_year(),
                                            self.selected_school_id(), self._today)
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._stale = False
        self._show(overview)

    def _show(self, overview: Overview) -> None:
        self.overview = overview
        cur, prev = overview.current, overview.previous
        versus = self.tr("t.o.v. {0}").format(prev.year.label)
        self.heading.setText(self.tr("Jaaroverzicht {0} · {1}").format(
            overview.year.label, overview.scope_label))
        running = overview.until is not None and overview.previous_until is not None
        self.note.setVisible(running)
        if overview.until is not None and overview.previous_until is not None:
            self.note.setText(self.tr(
                "Het schooljaar loopt nog: de cijfers tot en met {0} staan tegenover dezelfde "
                "periode van {1} (tot en met {2}). Geen namen: klik op een aantal voor de "
                "kenmerken.").format(long_date(overview.until), prev.year.label,
                                      long_date(overview.previous_until)))
        self.total_card.show_figure(number(cur.total),
                                    f"{_change(cur.total, prev.total)} {versus}")
        self.open_card.show_figure(
            number(cur.open_at_year_end),
            f"{_change(cur.open_at_year_end, prev.open_at_year_end)} {versus}")
        median_change = (signed(cur.median_days - prev.median_days)
                         if cur.median_days is not None and prev.median_days is not None
                         else NOT_APPLICABLE)
        self.median_card.show_figure(
            median_text(cur.median_days),
            f"{median_change} {versus} ({median_text(prev.median_days)})")
        labels = (cur.year.label, prev.year.label)
        months, articles = overview_charts(overview)
        self.month_chart.show_chart(months)
        self.article_chart.show_chart(articles)
        for dimension, model in self.models.items():
            model.set_rows(overview.compared(dimension), *labels)
            self._fit_height(self.tables[dimension])

    @staticmethod
    def _fit_height(view: QTableView) -> None:
        rows = max(view.model().rowCount(), 1)
        height = (view.horizontalHeader().sizeHint().height()
                  + rows * view.verticalHeader().defaultSectionSize() + 2 * view.frameWidth())
        view.setFixedHeight(height)

    # -- click-through ------------------------------------------------------------------

    def show_incidents(self, dimension: str, value: str, current: bool = True) -> None:
        """List the incidents behind one number in a dialog."""
        if self.overview is None:
            return
        year = self.overview.year if current else self.overview.previous.year
        school_id = self.selected_school_id()
        with self.db.sessions() as session:
            rows = incidents_behind(session, year, school_id, dimension, value,
                                    self.overview.until if current
                                    else self.overview.previous_until)
        what = (self.tr("Open einde schooljaar") if dimension == "open"
                else self.tr("Alle meldingen") if dimension == "meldingen"
                else f"{DIMENSION_TITLES[dimension]}: {value_label(dimension, value)}")
        title = f"{what} · {year.label} · {self.overview.scope_label}"
        dialog = IncidentListDialog(title, rows, self)
        dialog.open_incident.connect(self.open_incident)
        dialog.show()
        self.last_dialog = dialog

    def _table_clicked(self, dimension: str, index: QModelIndex) -> None:
        if index.column() not in ComparisonModel.COUNT_COLUMNS:
            return
        current = index.column() == ComparisonModel.COL_CURRENT
        self.show_incidents(dimension, str(index.data(Qt.ItemDataRole.UserRole)), current)

    def _bar_clicked(self, dimension: str, current: bool, position: int) -> None:
        if self.overview is None:
            return
        row = self.overview.compared(dimension)[position]
        self.show_incidents(dimension, row.value if current else row.previous_value, current)

    # -- exports ------------------------------------------------------------------------

    def export(self, suffix: str) -> None:
        """Ask for a file name and write the overview there, off the GUI thread."""
        year, school_id = self.selected_year(), self.selected_school_id()
        scope = self.overview.school_code if self.overview else "alle"
        suggested = Path.home() / f"jaaroverzicht-{year.label}-{scope}{suffix}"
        path = ask_save_path(self, self.tr("Jaaroverzicht opslaan"), suggested)
        if path is None:
            return
        today = self._today

        def work(progress: Progress) -> Path:
            def report(percent: int, message: str) -> None:
                progress.check()
                # Label and value apart: a modal QProgressDialog.setValue() runs the event loop,
                # which may finish the job and delete the dialog before a label could be set.
                progress.report(0, 0, message)
                progress.report(percent, 100)

            with self.db.transaction() as session:
                write_overview(session, year, school_id, path, report, today)
            return path

        self.job = run_in_background(self, work, self._exported,
                                     label=self.tr("Jaaroverzicht wordt geschreven…"))

    def _exported(self, path: Path) -> None:
        msgbox.information(self, self.tr("Het jaaroverzicht is opgeslagen als {0}.").format(path))
        self.exported.emit(str(path))

    # -- visibility ---------------------------------------------------------------------

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt API
        self._stale = True  # other tabs may change cases meanwhile
        super().hideEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self._stale:
            self.reload_choices()
            self.refresh()
