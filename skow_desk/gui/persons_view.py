"""The persons list: filter by role and school, search as you type, add, edit and import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from skow_desk.domain.enums import Role
from skow_desk.domain.errors import DomainError
from skow_desk.gui import msgbox
from skow_desk.gui.case_models import PersonsModel
from skow_desk.gui.case_panels import make_button
from skow_desk.gui.case_tables import QuietTable, configure_table
from skow_desk.gui.dialogs.base import run_dialog
from skow_desk.gui.dialogs.person_dialog import PersonDialog
from skow_desk.gui.worker import Job, Progress, run_in_background
from skow_desk.services.case_queries import PersonRow, person_rows, read_only, school_choices
from skow_desk.services.person_import import ImportSummary, import_persons, template_csv
from skow_desk.store.db import Database
from skow_desk.store.files import FileProblem, atomic_write

LIST_LIMIT = 2000


def choose_import_file(parent: QWidget) -> Path | None:
    """Ask for the persons list to import (tests replace this function)."""
    return msgbox.as_path(msgbox.open_file(
        parent, parent.tr("Personenlijst importeren"), "",
        parent.tr("Excel of CSV (*.xlsx *.csv);;Alle bestanden (*)")))


def choose_template_target(parent: QWidget) -> Path | None:
    """Ask where to save the example file (tests replace this function)."""
    return msgbox.as_path(msgbox.save_file(
        parent, parent.tr("Voorbeeldbestand opslaan"), "personen.csv",
        parent.tr("CSV voor Excel (*.csv)")))


class PersonsView(QWidget):
    """All persons of the foundation's schools."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.import_job: Job | None = None
        self.setObjectName("personsView")
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("personSearchEdit")
        self.search_edit.setPlaceholderText(self.tr("Zoek op naam of groep"))
        self.search_edit.setAccessibleName(self.tr("Zoeken op naam of groep"))
        self.search_edit.setClearButtonEnabled(True)
        self.role_combo = QComboBox(self)
        self.role_combo.setObjectName("roleFilterCombo")
        self.role_combo.setAccessibleName(self.tr("Alleen personen met rol"))
        self.role_combo.addItem(self.tr("Alle rollen"), None)
        for role in Role:
            self.role_combo.addItem(role.label, role.value)
        self.school_combo = QComboBox(self)
        self.school_combo.setObjectName("schoolFilterCombo")
        self.school_combo.setAccessibleName(self.tr("Alleen personen van school"))
        self.school_combo.addItem(self.tr("Alle scholen"), None)
        with read_only(db) as session:
            for school in school_choices(session):
                self.school_combo.addItem(school.name, school.id)
        self.new_button = make_button(self, self.tr("&Nieuwe persoon…"), "newPersonButton")
        self.edit_button = make_button(self, self.tr("&Wijzigen…"), "editPersonButton")
        self.dossier_button = make_button(self, self.tr("&Dossier openen"),  # issue 4
                                          "openDossierButton")
        self.erase_button = make_button(self, self.tr("Verwijderen op verzoek (AVG art. 17)…"),
                                        "erasePersonButton")
        self.erase_button.setToolTip(self.tr(
            "Verwijder deze persoon en alles wat over hem of haar is vastgelegd, op verzoek "
            "(recht op vergetelheid). U ziet eerst wat verdwijnt en wat blijft."))
        self.import_button = make_button(self, self.tr("Personen &importeren…"),
                                         "importPersonsButton")
        self.template_button = make_button(self, self.tr("&Voorbeeldbestand…"),
                                           "templateButton")
        self.template_button.setToolTip(self.tr(
            "Sla een leeg CSV-bestand met de juiste kolommen op, om in Excel in te vullen."))
        self.model = PersonsModel(self)
        self.table = QuietTable(self, self.tr(
            "Niemand gevonden. Kies ‘Nieuwe persoon…’ of importeer een personenlijst."))
        self.table.setModel(self.model)
        configure_table(self.table, "personsTable", self.tr("Personen"))
        # Fixed widths: measuring 2,000 rows on every keystroke would make typing stutter.
        for column, width in ((PersonsModel.COL_NAME, 230), (PersonsModel.COL_ROLE, 120),
                              (PersonsModel.COL_DETAIL, 170), (PersonsModel.COL_SCHOOL, 250),
                              (PersonsModel.COL_CITY, 130)):
            self.table.setColumnWidth(column, width)
        self.count_label = QLabel(self)
        self._build_layout()
        self.search_edit.textChanged.connect(self.refresh)
        self.role_combo.currentIndexChanged.connect(self.refresh)
        self.school_combo.currentIndexChanged.connect(self.refresh)
        self.new_button.clicked.connect(self.new_person)
        self.edit_button.clicked.connect(self.edit_person)
        self.dossier_button.clicked.connect(self.open_dossier)  # issue 4
        self.erase_button.clicked.connect(self.erase_person)
        self.import_button.clicked.connect(self.start_import)
        self.template_button.clicked.connect(self.save_template)
        self.table.doubleClicked.connect(lambda _index: self.edit_person())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.refresh()

    def _build_layout(self) -> None:
        filters = QHBoxLayout()
        search_label = QLabel(self.tr("&Zoeken:"), self)
        search_label.setBuddy(self.search_edit)
        filters.addWidget(search_label)
        filters.addWidget(self.search_edit, 2)
        filters.addWidget(self.role_combo, 1)
        filters.addWidget(self.school_combo, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.dossier_button)  # issue 4
        buttons.addWidget(self.erase_button)
        buttons.addStretch(1)
        buttons.addWidget(self.template_button)
        buttons.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        layout.addLayout(buttons)

    def selected(self) -> PersonRow | None:
        """The highlighted person."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0]) if rows else None

    def refresh(self) -> None:
        """Search again with the filters as set."""
        role = self.role_combo.currentData()
        school = self.school_combo.currentData()
        with read_only(self.db) as session:
            rows = person_rows(session, self.search_edit.text(), Role(role) if role else None,
                               int(school) if school is not None else None, LIST_LIMIT)
        self.model.set_rows(rows)
        if len(rows) >= LIST_LIMIT:
            text = self.tr("De eerste {0} personen; typ een naam om te zoeken.").format(LIST_LIMIT)
        elif len(rows) == 1:
            text = self.tr("1 persoon.")
        else:
            text = self.tr("{0} personen.").format(len(rows))
        self.count_label.setText(text)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.edit_button.setEnabled(self.selected() is not None)
        self.dossier_button.setEnabled(self.selected() is not None)  # issue 4
        self.erase_button.setEnabled(self.selected() is not None)

    def new_person(self) -> None:
        """Add a person."""
        if run_dialog(PersonDialog(self.db, None, self)):
            self.refresh()

    def edit_person(self) -> None:
        """Correct the highlighted person."""
        chosen = self.selected()
        if chosen is not None and run_dialog(PersonDialog(self.db, chosen.id, self)):
            self.refresh()

    def open_dossier(self) -> None:
        """Dossier openen: every record and letter of the highlighted person (issue 4)."""
        from skow_desk.gui.dossier_view import DossierView

        chosen = self.selected()
        if chosen is not None:
            run_dialog(DossierView(self.db, chosen.id, self))

    def erase_person(self) -> None:
        """Verwijderen op verzoek (AVG art. 17): confirm with a reason, then remove."""
        from skow_desk.gui.dialogs.erasure_dialog import ErasureDialog

        chosen = self.selected()
        if chosen is None:
            return
        try:
            dialog = ErasureDialog(self.db, chosen.id, self)
        except DomainError as error:
            msgbox.error(self, error.message)
            return
        if not run_dialog(dialog):
            return
        self.refresh()
        msgbox.information(self, self.tr("{0} is verwijderd. De reden staat in het logboek.")
                           .format(dialog.preview.name), title=self.tr("Verwijderd"))

    def save_template(self) -> None:
        """Save an example CSV with the right columns."""
        target = choose_template_target(self)
        if target is None:
            return
        try:
            atomic_write(target, template_csv(), encoding="utf-8-sig")
        except FileProblem as error:
            msgbox.error(self, error.message)
            return
        except OSError:
            msgbox.error(self, self.tr("Het bestand kon niet worden opgeslagen. Is het nog "
                                       "geopend in Excel?"))
            return
        msgbox.information(self, self.tr("Het voorbeeldbestand is opgeslagen als ‘{0}’.")
                           .format(target.name))

    def start_import(self) -> None:
        """Import a persons list in the background: everything or nothing."""
        path = choose_import_file(self)
        if path is None:
            return
        db = self.db

        def work(progress: Progress) -> ImportSummary:
            def report(done: int, total: int) -> None:
                progress.report(done, total, f"Personen importeren… ({done} van {total})")

            with db.transaction() as session:
                return import_persons(session, path, report, lambda: progress.cancelled)

        self.import_job = run_in_background(
            self, work, self._import_done, label=self.tr("Personenlijst lezen…"))

    def _import_done(self, summary: ImportSummary) -> None:
        self.refresh()
        msgbox.information(self, summary.message(), title=self.tr("Importeren gelukt"))
