"""Dossier: everything about one person, newest first, with the stored letters to read.

Tabs list the letters, incidents, measures, conversations and tasks; the letter chosen is shown
as stored (its PDF, checked against its SHA-256). "Exporteer dossier als PDF…" writes one PDF
with an overview and every final letter. Opening the dossier is written to the audit trail.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QObject
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from skow_desk.domain.errors import DomainError
from skow_desk.gui.common import msgbox
from skow_desk.gui.common import pdf_preview as letter_preview
from skow_desk.gui.common.dates import short, today
from skow_desk.gui.common.pdf_preview import PdfPreview, safe_file_name
from skow_desk.gui.common.row_models import Column, RowTableModel
from skow_desk.gui.common.tables import QuietTable, configure_table
from skow_desk.gui.common.translate import tr
from skow_desk.gui.common.widgets import make_button
from skow_desk.pdf.dossier import export_dossier_pdf
from skow_desk.services.case_queries import read_only
from skow_desk.services.dossier import (
    Dossier,
    DossierConversation,
    DossierIncident,
    DossierLetter,
    DossierMeasure,
    DossierTask,
    dossier_file_name,
    load_dossier,
    record_dossier_view,
)
from skow_desk.services.letters import letter_pdf
from skow_desk.store.db import Database
from skow_desk.store.files import atomic_write


class DossierLettersModel(RowTableModel[DossierLetter]):
    """The person's letters."""

    COL_NUMBER, COL_KIND, COL_DATE, COL_VERSION, COL_REPLACES, COL_STATE, COL_CASE = range(7)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(tr("Nummer"), lambda x: x.number or tr("(concept)")),
            Column(tr("Soort"), lambda x: x.title, lambda x: x.recipient),
            Column(tr("Datum"), lambda x: short(x.letter_date)),
            Column(tr("Versie"), lambda x: str(x.version)),
            Column(tr("Vervangt"), lambda x: x.replaces,
                   lambda x: tr("Vervangen door {0}").format(x.replaced_by) if x.replaced_by
                   else ""),
            Column(tr("Stand"), _letter_state),
            Column(tr("Melding"), lambda x: x.kenmerk),
        ], parent)


def _letter_state(letter: DossierLetter) -> str:
    if not letter.is_final:
        return tr("concept")
    if letter.replaced_by:
        return tr("vervangen door {0}").format(letter.replaced_by)
    return tr("geldig") if letter.has_pdf else letter.pdf_state


class DossierIncidentsModel(RowTableModel[DossierIncident]):
    """The incidents the person is involved in."""

    COL_KENMERK, COL_DATE, COL_PART, COL_PLATFORM, COL_STATUS = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(tr("Kenmerk"), lambda i: i.kenmerk),
            Column(tr("Gemeld op"), lambda i: short(i.reported_on)),
            Column(tr("Rol in de melding"), lambda i: i.part),
            Column(tr("Platform"), lambda i: i.platform),
            Column(tr("Stand"), lambda i: i.status),
        ], parent)


class DossierMeasuresModel(RowTableModel[DossierMeasure]):
    """The person's measures."""

    COL_DATE, COL_KIND, COL_STAGE, COL_CASE, COL_DETAIL = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(tr("Datum"), lambda m: short(m.decided_on)),
            Column(tr("Maatregel"), lambda m: m.kind),
            Column(tr("Fase"), lambda m: m.stage),
            Column(tr("Melding"), lambda m: m.kenmerk),
            Column(tr("Toelichting"), lambda m: m.detail),
        ], parent)


class DossierConversationsModel(RowTableModel[DossierConversation]):
    """Conversations with the person (or a pupil's parents)."""

    COL_DATE, COL_CASE, COL_WITH, COL_PRESENT = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(tr("Datum"), lambda c: short(c.held_on)),
            Column(tr("Melding"), lambda c: c.kenmerk),
            Column(tr("Met"), lambda c: c.with_whom),
            Column(tr("Aanwezig"), lambda c: c.present, lambda c: c.summary),
        ], parent)


class DossierTasksModel(RowTableModel[DossierTask]):
    """Tasks about the person."""

    COL_TITLE, COL_CASE, COL_DUE, COL_DONE = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(tr("Taak"), lambda t: t.title),
            Column(tr("Melding"), lambda t: t.kenmerk),
            Column(tr("Uiterlijk"), lambda t: short(t.due_on)),
            Column(tr("Gedaan op"), lambda t: short(t.done_on)),
        ], parent)


class DossierView(QDialog):
    """The dossier of one person."""

    def __init__(self, db: Database, person_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.person_id = db, person_id
        self.setObjectName("dossierView")
        self.resize(1280, 820)
        self.title = QLabel(self)
        self.title.setObjectName("dossierTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("dossierTabs")
        self.tabs.setDocumentMode(True)
        self.letters_model = DossierLettersModel(self)
        self.incidents_model = DossierIncidentsModel(self)
        self.measures_model = DossierMeasuresModel(self)
        self.conversations_model = DossierConversationsModel(self)
        self.tasks_model = DossierTasksModel(self)
        self.letters_table = self._table(self.letters_model, "dossierLetters", "Brieven")
        self.tables = [self.letters_table]
        for model, name, title in ((self.incidents_model, "dossierIncidents", "Meldingen"),
                                   (self.measures_model, "dossierMeasures", "Maatregelen"),
                                   (self.conversations_model, "dossierConversations",
                                    "Gesprekken"),
                                   (self.tasks_model, "dossierTasks", "Taken")):
            self.tables.append(self._table(model, name, title))
        self.preview = PdfPreview(self, self.tr("Kies een brief om hem te lezen zoals hij is "
                                                "opgeslagen."))
        self.open_button = make_button(self, self.tr("Brief &openen"), "openLetterButton")
        self.export_button = make_button(self, self.tr("&Exporteer dossier als PDF…"),
                                         "exportDossierButton")
        self.close_button = make_button(self, self.tr("Sluiten"), "closeDossierButton")
        self.inzage_button = make_button(self, self.tr("&Inzageverzoek (AVG)…"),
                                         "inzageButton")  # issue 6: AVG art. 15
        self._build_layout()
        self.letters_table.selectionModel().selectionChanged.connect(self._letter_chosen)
        self.letters_table.doubleClicked.connect(lambda _i: self.open_letter())
        self.open_button.clicked.connect(self.open_letter)
        self.export_button.clicked.connect(self.export)
        self.inzage_button.clicked.connect(self.inzage)
        self.close_button.clicked.connect(self.reject)
        self.dossier: Dossier | None = None
        self.refresh()
        self._log_view()

    def _table(self, model: QAbstractItemModel, name: str, title: str) -> QTableView:
        table = QuietTable(self, self.tr("Niets vastgelegd."))
        table.setModel(model)
        configure_table(table, f"{name}Table", self.tr(title))
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        return table

    def _build_layout(self) -> None:
        for table, title in zip(self.tables, ("Brieven", "Meldingen", "Maatregelen",
                                              "Gesprekken", "Taken"), strict=True):
            self.tabs.addTab(table, self.tr(title))
        splitter = QSplitter(self)
        splitter.addWidget(self.tabs)
        splitter.addWidget(self.preview)
        splitter.setSizes([640, 640])
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.inzage_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

    def refresh(self) -> None:
        """Read the dossier again."""
        try:
            with read_only(self.db) as session:
                dossier = load_dossier(session, self.person_id)
        except DomainError as error:
            self.title.setText(error.message)
            self.tabs.setEnabled(False)
            self.export_button.setEnabled(False)
            return
        self.dossier = dossier
        self.setWindowTitle(self.tr("Dossier van {0}").format(dossier.name))
        self.title.setText(self.tr("{0} — {1}").format(dossier.dossier_name.capitalize(),
                                                        dossier.name))
        detail = f", {dossier.detail}" if dossier.detail else ""
        school = f" · {dossier.school}" if dossier.school else ""
        self.subtitle.setText(f"{dossier.role.label}{detail}{school}")
        self.letters_model.set_rows(dossier.letters)
        self.incidents_model.set_rows(dossier.incidents)
        self.measures_model.set_rows(dossier.measures)
        self.conversations_model.set_rows(dossier.conversations)
        self.tasks_model.set_rows(dossier.tasks)
        counts = (len(dossier.letters), len(dossier.incidents), len(dossier.measures),
                  len(dossier.conversations), len(dossier.tasks))
        for index, (title, count) in enumerate(zip(("Brieven", "Meldingen", "Maatregelen",
                                                    "Gesprekken", "Taken"), counts,
                                                   strict=True)):
            self.tabs.setTabText(index, self.tr("{0} ({1})").format(self.tr(title), count))
        self._update_buttons()

    def inzage(self) -> None:
        """Answer an inzageverzoek: everything about this person as files."""
        from skow_desk.gui.common.dialog_base import run_dialog
        from skow_desk.gui.persons.inzage_dialog import InzageDialog

        if self.dossier is not None:
            run_dialog(InzageDialog(self.db, self.person_id, self.dossier.name, self))

    def _log_view(self) -> None:
        if self.dossier is None:
            return
        try:
            with self.db.transaction() as session:
                record_dossier_view(session, self.person_id)
        except DomainError as error:  # the view itself worked; say why the log did not
            msgbox.error(self, error.message)

    # -- letters ---------------------------------------------------------------------------

    def selected_letter(self) -> DossierLetter | None:
        """The highlighted letter."""
        rows = self.letters_table.selectionModel().selectedRows()
        return self.letters_model.row_at(rows[0]) if rows else None

    def select_letter(self, number: str) -> bool:
        """Highlight (and show) the letter with this number; False when it is not there."""
        for row, letter in enumerate(self.letters_model.rows()):
            if letter.number == number:
                self.tabs.setCurrentIndex(0)
                self.letters_table.selectRow(row)
                return True
        return False

    def _letter_chosen(self) -> None:
        self._update_buttons()
        self.open_letter()

    def _update_buttons(self) -> None:
        letter = self.selected_letter()
        self.open_button.setEnabled(letter is not None and letter.has_pdf)
        self.export_button.setEnabled(self.dossier is not None)

    def open_letter(self) -> None:
        """Show the chosen letter's stored PDF (or say why it cannot be shown)."""
        letter = self.selected_letter()
        if letter is None:
            return
        if not letter.has_pdf:
            self.preview.clear(self.tr("Van brief {0} is geen PDF te tonen: {1}.")
                               .format(letter.number or letter.title,
                                       letter.pdf_state or self.tr("nog een concept")))
            return
        try:
            with read_only(self.db) as session:
                pdf = letter_pdf(session, letter.id)
        except DomainError as error:
            msgbox.error(self, error.message)
            return
        self.preview.show_pdf(pdf)

    def export(self) -> None:
        """Exporteer dossier als PDF…: overview plus every final letter, in one file."""
        if self.dossier is None:
            return
        target = letter_preview.choose_pdf_target(self, dossier_file_name(self.dossier, today()))
        if target is None:
            return
        if target.suffix.lower() != ".pdf":
            target = target.with_name(safe_file_name(target.name))
        try:
            with self.db.transaction() as session:
                pdf = export_dossier_pdf(session, self.person_id, today())
                atomic_write(target, pdf)  # inside: a file that cannot be written logs no export
        except DomainError as error:
            msgbox.error(self, error.message)
            return
        except OSError:
            msgbox.error(self, self.tr(
                "Het bestand ‘{0}’ kon niet worden opgeslagen. Is het nog geopend in een ander "
                "programma? Kies een andere naam of map.").format(target.name))
            return
        msgbox.information(self, self.tr("Het dossier is opgeslagen als ‘{0}’.")
                           .format(target.name), title=self.tr("Dossier geëxporteerd"))

