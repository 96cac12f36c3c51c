"""The evidence tab: files and links with their fingerprint; add by button or by dropping."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from skow_desk.gui.cases.dialogs import evidence
from skow_desk.gui.common.dialog_base import run_dialog
from skow_desk.gui.common.row_models import EvidenceModel, fingerprint
from skow_desk.gui.common.tables import QuietTable, configure_table
from skow_desk.services.case_queries import EvidenceRow
from skow_desk.store.db import Database


class EvidenceTable(QuietTable):
    """A table that takes files and web links dropped onto it."""

    files_dropped = Signal(list)
    links_dropped = Signal(list)

    def __init__(self, parent: QWidget | None = None, empty_text: str = "") -> None:
        super().__init__(parent, empty_text)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = event.mimeData().urls()
        files = [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]
        links = [u.toString() for u in urls if u.scheme() in evidence.WEB_SCHEMES]
        event.acceptProposedAction()
        if files:
            self.files_dropped.emit(files)
        if links:
            self.links_dropped.emit(links)


class EvidencePanel(QWidget):
    """Evidence of one case; ``changed`` after anything was added."""

    changed = Signal()

    def __init__(self, db: Database, incident_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.incident_id = incident_id
        self.model = EvidenceModel(self)
        self.table = EvidenceTable(self, self.tr(
            "Nog geen bewijsstukken. Sleep een schermafbeelding hierheen."))
        self.table.setModel(self.model)
        configure_table(self.table, "evidenceTable", self.tr("Bewijsstukken"))
        self.table.setColumnWidth(EvidenceModel.COL_NAME, 300)
        self.table.setColumnWidth(EvidenceModel.COL_KIND, 130)
        self.table.setColumnWidth(EvidenceModel.COL_SIZE, 80)
        self.table.setColumnWidth(EvidenceModel.COL_ADDED, 100)
        self.table.setColumnWidth(EvidenceModel.COL_NOTE, 200)
        hint = QLabel(self.tr("Sleep schermafbeeldingen of andere bestanden naar de lijst, of "
                              "kies ‘Bestand toevoegen…’. Van elk bestand wordt een "
                              "vingerafdruk bewaard: een controle dat het bestand later niet "
                              "is veranderd."), self)
        hint.setWordWrap(True)
        self.sha_label = QLabel(self)
        self.sha_label.setObjectName("shaLabel")
        self.sha_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sha_label.setAccessibleName(self.tr("Vingerafdruk van het gekozen bewijsstuk"))
        self.add_file_button = QPushButton(self.tr("&Bestand toevoegen…"), self)
        self.add_link_button = QPushButton(self.tr("&Link toevoegen…"), self)
        self.open_button = QPushButton(self.tr("&Openen"), self)
        self.note_button = QPushButton(self.tr("&Toelichting…"), self)
        for button, name in ((self.add_file_button, "addFileButton"),
                             (self.add_link_button, "addLinkButton"),
                             (self.note_button, "evidenceNoteButton"),
                             (self.open_button, "openEvidenceButton")):
            button.setObjectName(name)
            button.setAccessibleName(button.text().replace("&", "").replace("…", ""))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_file_button)
        buttons.addWidget(self.add_link_button)
        buttons.addWidget(self.note_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.sha_label)
        layout.addLayout(buttons)
        self.add_file_button.clicked.connect(self.choose_and_add)
        self.add_link_button.clicked.connect(self.add_link)
        self.open_button.clicked.connect(self.open_selected)
        self.note_button.clicked.connect(self.edit_note)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.files_dropped.connect(self.add_files)
        self.table.links_dropped.connect(self.add_links)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self._selection_changed()

    def set_rows(self, rows: tuple[EvidenceRow, ...]) -> None:
        """Show the case's evidence."""
        self.model.set_rows(rows)
        self._selection_changed()

    def selected(self) -> EvidenceRow | None:
        """The highlighted evidence."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0]) if rows else None

    def _selection_changed(self) -> None:
        chosen = self.selected()
        self.open_button.setEnabled(chosen is not None)
        self.note_button.setEnabled(chosen is not None)
        if chosen is None:
            self.sha_label.setText(self.tr("Kies een bewijsstuk om zijn vingerafdruk te zien."))
            self.sha_label.setToolTip("")
        else:
            self.sha_label.setText(self.tr(
                "Vingerafdruk van ‘{0}’ (controle dat het bestand niet is veranderd): {1}")
                .format(chosen.url if chosen.is_link else chosen.filename,
                        fingerprint(chosen.sha256)))
            self.sha_label.setToolTip(self.tr("SHA-256: {0}").format(chosen.sha256))

    def edit_note(self) -> None:
        """"Toelichting…": a note for the chosen file or link (what it shows, when it was)."""
        chosen = self.selected()
        if chosen is None:
            return
        from skow_desk.gui.common.dialog_base import run_dialog
        from skow_desk.gui.common.text_prompt import TextPromptDialog
        from skow_desk.services.incidents import set_evidence_note

        name = chosen.url if chosen.is_link else chosen.filename
        dialog = TextPromptDialog(
            self.db, self.tr("Toelichting bij bewijsstuk"),
            self.tr("Wat is er te zien op ‘{0}’?").format(name),
            lambda s, note: set_evidence_note(s, chosen.id, note), self,
            label=self.tr("&Toelichting:"), text=chosen.note,
            placeholder=self.tr("bijvoorbeeld: bericht van 3 november"))
        if run_dialog(dialog):
            self.changed.emit()

    def choose_and_add(self) -> None:
        """Ask for files and keep them."""
        self.add_files(evidence.choose_files(self))

    def add_files(self, paths: list[Path]) -> None:
        """Keep these files (one transaction)."""
        if evidence.add_files(self.db, self, self.incident_id, paths):
            self.changed.emit()

    def add_links(self, links: list[str]) -> None:
        """Keep dropped web links."""
        if evidence.add_links(self.db, self, self.incident_id, links):
            self.changed.emit()

    def add_link(self) -> None:
        """Ask for a web link and keep it."""
        if run_dialog(evidence.LinkDialog(self.db, self.incident_id, self)):
            self.changed.emit()

    def open_selected(self) -> None:
        """Open the highlighted file or link."""
        chosen = self.selected()
        if chosen is not None:
            evidence.open_evidence(self.db, self, chosen.id)
