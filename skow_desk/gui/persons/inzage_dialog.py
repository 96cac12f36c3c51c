"""Inzageverzoek (AVG art. 15): export everything about one person, from their dossier."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from skow_desk.domain.dates import add_months, counted, long_date
from skow_desk.gui.common import msgbox
from skow_desk.gui.common.widgets import action_buttons, from_qdate, make_date_edit
from skow_desk.gui.common.worker import Progress, run_in_background
from skow_desk.store.db import Database

# Tests replace this to choose a folder without a file dialog.
CHOOSE_FOLDER: Any = None


class InzageDialog(QDialog):
    """Ask the request date and a folder; write the inzage PDF and the letters there."""

    def __init__(self, db: Database, person_id: int, person_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.person_id = db, person_id
        self.setObjectName("inzageDialog")
        self.setWindowTitle(self.tr("Inzageverzoek van {0}").format(person_name))
        self.written: list[Path] = []
        intro = QLabel(self.tr(
            "Bij een verzoek om inzage (AVG artikel 15) krijgt de persoon alles wat over hem of "
            "haar is vastgelegd: gegevens, meldingen, gesprekken, maatregelen, brieven en wat er "
            "in het logboek over staat. U moet binnen een maand antwoorden; daarvoor komt een "
            "taak in de lijst."), self)
        intro.setWordWrap(True)
        self.date_edit = make_date_edit(self, date.today(), self.tr("Verzoek ontvangen op"))
        self.folder_edit = QLineEdit(str(Path.home()), self)
        self.folder_edit.setAccessibleName(self.tr("Map voor de bestanden"))
        choose = QPushButton(self.tr("&Kies map…"), self)
        choose.clicked.connect(self._choose)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(choose)
        form = QFormLayout()
        form.addRow(self.tr("Verzoek &ontvangen op:"), self.date_edit)
        folder_label = QLabel(self.tr("&Map:"), self)
        folder_label.setBuddy(self.folder_edit)
        form.addRow(folder_label, folder_row)
        self.buttons, self.export_button = action_buttons(self, self.tr("&Exporteren"))
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(620, 220)

    def _choose(self) -> None:
        if CHOOSE_FOLDER is not None:
            chosen = CHOOSE_FOLDER()
        else:
            chosen = msgbox.choose_folder(self, self.tr("Map kiezen"), self.folder_edit.text())
        if chosen:
            self.folder_edit.setText(str(chosen))

    def export(self) -> None:
        """Write the files off the GUI thread; say where they are and when the answer is due."""
        from skow_desk.pdf.inzage import export_person

        folder = Path(self.folder_edit.text().strip())
        if not self.folder_edit.text().strip():
            msgbox.error(self, self.tr("Kies de map waarin de bestanden komen."))
            return
        requested = from_qdate(self.date_edit.date())
        if requested > date.today():
            msgbox.error(self, self.tr("De datum van het verzoek ligt in de toekomst."))
            return

        def work(progress: Progress) -> list[Path]:
            progress.report(0, 0, "Inzage wordt samengesteld…")
            return export_person(self.db, self.person_id, folder, requested)

        def done(paths: list[Path]) -> None:
            self.written = paths
            due = add_months(requested, 1)
            msgbox.information(self, self.tr(
                "De inzage is klaar: {0} in {1}.\n\nBeantwoord het verzoek uiterlijk "
                "op {2}; die termijn staat als taak in de lijst.").format(
                    counted(len(paths), "bestand", "bestanden"), folder, long_date(due)))
            self.accept()

        run_in_background(self, work, done, label=self.tr("Inzage exporteren…"),
                          cancellable=False)
