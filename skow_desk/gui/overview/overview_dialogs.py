"""Dialogs of the overview screen: the incidents behind a number, and where to save an export.

The save dialog goes through :func:`ask_save_path` so tests can answer it (``SAVE_HOOK``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from skow_desk.gui.common import msgbox
from skow_desk.gui.common.dialog_base import dialog_buttons
from skow_desk.gui.common.tables import setup_row_table
from skow_desk.gui.overview.overview_models import IncidentListModel
from skow_desk.reports.incidents import IncidentRow

# Test hook: called instead of the file dialog with (title, suggested name); None = cancelled.
SAVE_HOOK: Callable[[str, str], Path | None] | None = None

FILTERS = {
    ".pdf": "PDF-document (*.pdf)",
    ".xlsx": "Excel-werkmap (*.xlsx)",
    ".csv": "CSV-bestand voor Excel (*.csv)",
}


def ask_save_path(parent: QWidget | None, title: str, suggested: Path) -> Path | None:
    """Ask where to save; the extension of ``suggested`` picks the file filter."""
    if SAVE_HOOK is not None:
        return SAVE_HOOK(title, suggested.name)
    chosen = msgbox.save_file(parent, title, str(suggested), FILTERS.get(suggested.suffix, ""))
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == suggested.suffix else path.with_name(
        path.name + suggested.suffix)


class IncidentListDialog(QDialog):
    """The incidents counted in one number; double-click emits ``open_incident(id)``."""

    open_incident = Signal(int)

    def __init__(self, title: str, rows: Sequence[IncidentRow],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.model = IncidentListModel(rows, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)
        count = len(rows)
        summary = QLabel(
            ("1 melding" if count == 1 else f"{count:,} meldingen".replace(",", "."))
            + (" — dubbelklik om een melding te openen." if count else "."), self)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(IncidentListModel.COL_DATE, Qt.SortOrder.AscendingOrder)
        setup_row_table(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(IncidentListModel.COL_SCHOOL, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName("Meldingen achter dit aantal")
        self.table.activated.connect(self._activated)  # double-click or Enter
        buttons = dialog_buttons(self, QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(620, 420)

    def incident_id_at(self, row: int) -> int:
        """The incident shown in (sorted) row ``row``."""
        source = self.proxy.mapToSource(self.proxy.index(row, 0))
        return self.model.incident_id(source.row())

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_incident.emit(self.incident_id_at(index.row()))
