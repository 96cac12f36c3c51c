"""Bewaartermijn: who is past the retention period, and anonymising them after a confirm."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from skow_desk.domain.errors import DomainError
from skow_desk.gui.common import msgbox
from skow_desk.gui.common.table_base import ListTableModel
from skow_desk.gui.common.tables import setup_row_table
from skow_desk.gui.common.translate import tr
from skow_desk.services.purge_ledger import ELSEWHERE_WARNING, settle_purge
from skow_desk.services.retention import PurgeCandidate, PurgeReport, due_for_purge, purge
from skow_desk.store.db import Database
from skow_desk.store.purge_ledger import add_purge

COL_NAME = 0
COL_ROLE = 1
COL_LEFT_ON = 2
COL_DUE_ON = 3
COL_INCIDENTS = 4
COL_LETTERS = 5
COL_REASON = 6
COLUMN_COUNT = 7

Index = QModelIndex | QPersistentModelIndex



class RetentionModel(ListTableModel[PurgeCandidate]):
    """The purge candidates, as the service lists them."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[PurgeCandidate] = []
        self._headers = (tr("Naam"), tr("Rol"), tr("Vertrokken op"),
                         tr("Termijn verstreken op"), tr("Meldingen"), tr("Brieven"),
                         tr("Waarom"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (row := self._row(index)) is None:
            return None
        if role == Qt.ItemDataRole.UserRole:
            return row.person_id
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        values = {
            COL_NAME: row.name,
            COL_ROLE: row.role.label,
            COL_LEFT_ON: row.left_on.strftime("%d-%m-%Y") if row.left_on else "—",
            COL_DUE_ON: row.due_on.strftime("%d-%m-%Y"),
            COL_INCIDENTS: str(len(row.incident_ids)),
            COL_LETTERS: str(len(row.letter_ids)),
            COL_REASON: row.reason,
        }
        return values.get(column)

    def set_candidates(self, rows: list[PurgeCandidate]) -> None:
        """Show these candidates."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def candidate(self, row: int) -> PurgeCandidate:
        """The candidate in ``row``."""
        return self._rows[row]


class RetentionView(QWidget):
    """The list of persons past the retention period with a button to anonymise them."""

    def __init__(self, db: Database, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._today = today or date.today()
        self.model = RetentionModel(self)
        self.last_report: PurgeReport | None = None
        self._build()
        self.refresh()

    def _build(self) -> None:
        intro = QLabel(self.tr(
            "Gegevens over leerlingen, ouders en medewerkers worden niet langer bewaard dan "
            "nodig: standaard tot twee jaar na vertrek. Hieronder staan de personen bij wie die "
            "termijn voorbij is. Anonimiseren vervangt namen en adressen door "
            "'geanonimiseerd' (in teksten over anderen door hun rol, zoals 'de veroorzaker'), "
            "wist verslagen, bewijsstukken en brief-PDF's, vervangt de automatische back-ups "
            "en houdt de aantallen voor het jaaroverzicht. Dit kan niet ongedaan worden "
            "gemaakt."), self)
        intro.setWordWrap(True)
        self.elsewhere = QLabel(self.tr(ELSEWHERE_WARNING), self)
        self.elsewhere.setObjectName("retentionElsewhere")
        self.elsewhere.setWordWrap(True)
        self.table = QTableView(self)
        self.table.setObjectName("retentionTable")
        self.table.setAccessibleName(self.tr("Personen buiten de bewaartermijn"))
        self.table.setModel(self.model)
        setup_row_table(self.table, QAbstractItemView.SelectionMode.ExtendedSelection)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        average = self.table.fontMetrics().averageCharWidth()
        for column, chars in ((COL_NAME, 30), (COL_ROLE, 16), (COL_LEFT_ON, 15),
                              (COL_DUE_ON, 23), (COL_INCIDENTS, 11), (COL_LETTERS, 9)):
            self.table.setColumnWidth(column, chars * average + 16)
        header.setSectionResizeMode(COL_REASON, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update())
        self.status = QLabel(self)
        self.purge_button = QPushButton(self.tr("Geselecteerde &anonimiseren…"), self)
        self.purge_button.clicked.connect(self.purge_selected)
        foot = QHBoxLayout()
        foot.addWidget(self.status, 1)
        foot.addWidget(self.purge_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.elsewhere)
        layout.addWidget(self.table, 1)
        layout.addLayout(foot)

    def refresh(self) -> None:
        """List the candidates again, none selected: the director chooses (issue 13.13)."""
        with self._db.sessions() as session:
            self.model.set_candidates(due_for_purge(session, self._today))
        self.table.clearSelection()
        self._update()

    def selected(self) -> list[PurgeCandidate]:
        """The candidates selected in the table."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.candidate(r) for r in rows]

    def select_rows(self, rows: list[int]) -> None:
        """Select exactly these rows (for tests and keyboard users' 'select none')."""
        selection = self.table.selectionModel()
        selection.clearSelection()
        flags = (QItemSelectionModel.SelectionFlag.Select
                 | QItemSelectionModel.SelectionFlag.Rows)
        for row in rows:
            selection.select(self.model.index(row, 0), flags)
        self._update()

    def _update(self) -> None:
        total = self.model.rowCount()
        chosen = len(self.table.selectionModel().selectedRows()) if total else 0
        if total == 0:
            self.status.setText(self.tr("Niemand valt buiten de bewaartermijn."))
        else:
            self.status.setText(self.tr("%1 van %2 geselecteerd").replace(
                "%1", str(chosen)).replace("%2", str(total)))
        self.purge_button.setEnabled(chosen > 0)

    def purge_selected(self) -> PurgeReport | None:
        """Ask, then anonymise the selected persons; returns what was done."""
        chosen = self.selected()
        if not chosen:
            return None
        who = (self.tr("1 persoon en wat over deze persoon is vastgelegd wordt")
               if len(chosen) == 1 else
               self.tr("{0} personen en wat over hen is vastgelegd worden").format(len(chosen)))
        question = self.tr("{0} geanonimiseerd. Dit kan niet ongedaan worden gemaakt. "
                           "Doorgaan?").format(who)
        if not msgbox.confirm(self, question, yes=self.tr("Anonimiseren"),
                              no=self.tr("Annuleren"), title=self.tr("Anonimiseren")):
            return None
        try:
            with self._db.transaction() as session:
                report = purge(session, chosen, self._today)
                # Before the commit: a purge is never left out of the ledger.
                add_purge(self._db.path.parent, self._today, report.person_ids)
            if report.person_ids:
                QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
                try:
                    settle_purge(self._db)
                finally:
                    QGuiApplication.restoreOverrideCursor()
        except DomainError as error:
            msgbox.error(self, error.message)
            return None
        except OSError as error:
            msgbox.error(self, self.tr(
                "De gegevens zijn geanonimiseerd, maar de oude back-ups konden niet worden "
                "vervangen (%1). Start SKOW Desk opnieuw of maak handmatig een back-up."
            ).replace("%1", error.strerror or str(error)))
            return None
        self.last_report = report
        done = report.summary()
        if report.person_ids:
            done += " " + self.tr(ELSEWHERE_WARNING)
        msgbox.information(self, done, self.tr("Bewaartermijn"))
        self.refresh()
        return report
