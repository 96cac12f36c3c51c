"""The first-run wizard: passphrase, recovery key, then foundation and schools (or TOML, or demo).

The data folder is created when the passphrase page is left, because only then does the
recovery key exist to be shown. A wizard cancelled after that leaves a set-up but empty
folder; the next start unlocks it and resumes here at the choice page.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QLineEdit, QWidget, QWizard

from skow_desk.domain.errors import DomainError
from skow_desk.gui.common import msgbox
from skow_desk.gui.common.worker import run_in_background
from skow_desk.gui.forms.ui_first_run import Ui_FirstRunWizard
from skow_desk.services.foundation import FoundationInput, SchoolInput
from skow_desk.store.db import Database
from skow_desk.store.files import FileProblem, atomic_write
from skow_desk.store.keys import passphrase_problem

PAGE_PASSPHRASE, PAGE_RECOVERY, PAGE_CHOICE, PAGE_FOUNDATION, PAGE_SCHOOLS, PAGE_FINISH = range(6)
GOOD_COLOUR, PROBLEM_COLOUR = "#1b6e33", "#8a4b00"


def choose_save_path(parent: QWidget | None, suggested: str) -> Path | None:
    """Where to save the recovery key (tests replace this function)."""
    return msgbox.as_path(msgbox.save_file(parent, "Herstelsleutel opslaan", suggested,
                                           "Tekstbestanden (*.txt)"))


def choose_toml_path(parent: QWidget | None) -> Path | None:
    """The foundation TOML to read (tests replace this function)."""
    return msgbox.as_path(msgbox.open_file(parent, "Instellingen inlezen", "",
                                           "Instellingen (*.toml)"))


def recovery_text(folder: Path, key: str) -> str:
    """The text of the saved or printed recovery key."""
    return (
        "SKOW Desk – herstelsleutel\n\n"
        f"Herstelsleutel: {key}\n"
        f"Gegevensmap: {folder}\n\n"
        "Dit is de enige manier om bij uw gegevens te komen als u het wachtwoord vergeet.\n"
        "Bewaar dit op een veilige plek, niet op dezelfde computer en niet bij het wachtwoord.\n"
        "Kies in SKOW Desk 'Wachtwoord vergeten?' en typ deze sleutel in.\n"
    )


class FirstRunWizard(QWizard):
    """Sets up a data folder; afterwards ``database`` is the open database (or ``None``)."""

    def __init__(self, folder: Path, db: Database | None = None,
                 parent: QWidget | None = None, demo_incidents: int = 300) -> None:
        super().__init__(parent)
        self.folder = folder
        self.database: Database | None = db
        self.recovery_key = ""
        self.demo_incidents = demo_incidents
        self.demo_done = False
        self.schools: list[SchoolInput] = []
        self.ui = Ui_FirstRunWizard()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]
        for button, text in (
            (QWizard.WizardButton.NextButton, "&Volgende >"),
            (QWizard.WizardButton.CommitButton, "&Volgende >"),
            (QWizard.WizardButton.BackButton, "< V&orige"),
            (QWizard.WizardButton.FinishButton, "&Beginnen"),
            (QWizard.WizardButton.CancelButton, "Annuleren"),
        ):
            self.setButtonText(button, text)
        ui = self.ui
        ui.schoolsButtons.setStretch(0, 1)
        ui.schoolsButtons.setStretch(1, 0)
        ui.passphrasePage.setCommitPage(True)
        ui.schoolsPage.setCommitPage(True)
        key_font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        key_font.setPointSize(max(16, key_font.pointSize() + 6))
        key_font.setWeight(QFont.Weight.Bold)
        ui.recoveryKeyLabel.setFont(key_font)
        ui.warningLabel.setStyleSheet("font-weight: bold;")
        ui.passphraseEdit.textChanged.connect(self._check_passphrase)
        ui.repeatEdit.textChanged.connect(self._check_passphrase)
        ui.showCheck.toggled.connect(self._show_passphrase)
        ui.savedCheck.toggled.connect(ui.recoveryPage.set_complete)
        ui.saveKeyButton.clicked.connect(self.save_recovery_key)
        ui.printKeyButton.clicked.connect(self.print_recovery_key)
        for radio in (ui.manualRadio, ui.tomlRadio, ui.demoRadio):
            radio.toggled.connect(lambda _on: self._check_choice())
        ui.tomlPathEdit.textChanged.connect(lambda _t: self._check_choice())
        ui.tomlBrowseButton.clicked.connect(self._browse_toml)
        ui.foundationForm.changed.connect(
            lambda: ui.foundationPage.set_complete(ui.foundationForm.is_filled()))
        ui.schoolForm.changed.connect(self._check_schools)
        ui.addSchoolButton.clicked.connect(self.add_school)
        if db is None:
            from skow_desk.gui.common.widgets import preload_strength_check

            preload_strength_check()
        self._check_passphrase()
        ui.recoveryPage.set_complete(False)
        ui.foundationPage.set_complete(False)
        self._check_schools()
        self._check_choice()
        if db is not None:
            self.setStartId(PAGE_CHOICE)

    # -- page order and checks ----------------------------------------------------------

    def nextId(self) -> int:  # noqa: N802 - Qt's name
        current = self.currentId()
        if current == PAGE_CHOICE:
            return PAGE_FOUNDATION if self.ui.manualRadio.isChecked() else PAGE_FINISH
        if current == PAGE_FINISH:
            return -1
        return current + 1

    def _check_passphrase(self) -> None:
        ui = self.ui
        first, second = ui.passphraseEdit.text(), ui.repeatEdit.text()
        problem = passphrase_problem(first) if first else None
        if not first:
            text, colour = "", GOOD_COLOUR
        elif problem:
            text, colour = problem, PROBLEM_COLOUR
        elif second and second != first:
            text, colour = "De twee wachtwoorden zijn nog niet gelijk.", PROBLEM_COLOUR
        elif not second:
            text, colour = "Sterk genoeg. Typ het wachtwoord nog een keer.", GOOD_COLOUR
        else:
            text, colour = "Goed: dit wachtwoord is sterk genoeg.", GOOD_COLOUR
        ui.strengthLabel.setText(text)
        ui.strengthLabel.setStyleSheet(f"color: {colour};")
        ui.passphrasePage.set_complete(bool(first) and problem is None and first == second)

    def _show_passphrase(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.ui.passphraseEdit.setEchoMode(mode)
        self.ui.repeatEdit.setEchoMode(mode)

    def _check_choice(self) -> None:
        ui = self.ui
        toml = ui.tomlRadio.isChecked()
        ui.tomlPathEdit.setEnabled(toml)
        ui.tomlBrowseButton.setEnabled(toml)
        ui.choicePage.setCommitPage(not ui.manualRadio.isChecked())
        ui.choicePage.set_complete(not toml or bool(ui.tomlPathEdit.text().strip()))

    def _browse_toml(self) -> None:
        path = choose_toml_path(self)
        if path is not None:
            self.ui.tomlPathEdit.setText(str(path))

    def _check_schools(self) -> None:
        form = self.ui.schoolForm
        self.ui.addSchoolButton.setEnabled(form.is_filled())
        self.ui.schoolsPage.set_complete(form.is_filled() or (bool(self.schools)
                                                               and form.is_blank()))

    def add_school(self) -> None:
        """Keep the school in the form and empty the form for the next one."""
        form = self.ui.schoolForm
        if not form.is_filled():
            return
        self.schools.append(form.value())
        form.clear()
        names = ", ".join(f"{s.name} ({s.brin})" for s in self.schools)
        self.ui.schoolsAdded.setText(f"Al toegevoegd: {names}")
        self._check_schools()

    # -- what happens on Next -----------------------------------------------------------

    def validateCurrentPage(self) -> bool:  # noqa: N802 - Qt's name
        current = self.currentId()
        try:
            if current == PAGE_PASSPHRASE:
                self._create_data()
            elif current == PAGE_CHOICE and self.ui.tomlRadio.isChecked():
                self._import_toml(Path(self.ui.tomlPathEdit.text().strip()))
            elif current == PAGE_SCHOOLS:
                self._save_foundation()
        except DomainError as error:
            msgbox.error(self, error.message)
            return False
        return super().validateCurrentPage()

    def _create_data(self) -> None:
        if self.database is not None:
            return
        from skow_desk.store.vault import create_data

        self.database, self.recovery_key = create_data(self.folder,
                                                       self.ui.passphraseEdit.text())
        self.ui.recoveryKeyLabel.setText(self.recovery_key)

    def _import_toml(self, path: Path) -> None:
        from skow_desk.services.foundation import import_foundation_toml, schools

        assert self.database is not None
        with self.database.transaction() as session:
            found = import_foundation_toml(session, path)
            count = len(schools(session))
        self.ui.summaryLabel.setText(
            f"De instellingen van {found.name} zijn ingelezen, met {count} "
            f"{'school' if count == 1 else 'scholen'}. Klik op 'Beginnen'.")

    def _save_foundation(self) -> None:
        from skow_desk.services.foundation import save_foundation

        assert self.database is not None
        data: FoundationInput = self.ui.foundationForm.value()
        data.schools = list(self.schools)
        if self.ui.schoolForm.is_filled():
            data.schools.append(self.ui.schoolForm.value())
        with self.database.transaction() as session:
            save_foundation(session, data)
        names = ", ".join(s.name for s in data.schools)
        self.ui.summaryLabel.setText(
            f"{data.name} is vastgelegd met {names}. Klik op 'Beginnen' om de eerste melding "
            "vast te leggen.")

    def initializePage(self, page_id: int) -> None:  # noqa: N802 - Qt's name
        super().initializePage(page_id)
        if page_id == PAGE_FINISH and self.ui.demoRadio.isChecked() and not self.demo_done:
            self._fill_demo()

    def _fill_demo(self) -> None:
        from skow_desk.services.demo import fill_demo

        db = self.database
        assert db is not None
        page = self.ui.finishPage
        page.set_complete(False)
        self.ui.summaryLabel.setText("De demogegevens worden aangemaakt…")
        incidents = self.demo_incidents

        def done(summary: str) -> None:
            self.demo_done = True
            self.ui.summaryLabel.setText(f"{summary}\n\nKlik op 'Beginnen' om ze te bekijken.")
            page.set_complete(True)

        def failed(error: BaseException) -> None:
            text = error.message if isinstance(error, DomainError) else str(error)
            self.ui.summaryLabel.setText(f"De demogegevens konden niet worden aangemaakt: {text}")
            page.set_complete(True)

        self.demo_job = run_in_background(
            self, lambda _progress: fill_demo(db, incidents=incidents), done, failed,
            label="De demogegevens worden aangemaakt…", cancellable=False)

    # -- recovery key -------------------------------------------------------------------

    def save_recovery_key(self) -> None:
        """Write the recovery key to a text file the director chooses."""
        path = choose_save_path(self, "SKOW Desk herstelsleutel.txt")
        if path is None:
            return
        try:
            atomic_write(path, recovery_text(self.folder, self.recovery_key))
        except FileProblem as error:
            msgbox.error(self, error.message)
            return
        except OSError as error:
            msgbox.error(self, f"Het bestand kan niet worden geschreven: {error.strerror}.")
            return
        msgbox.information(self, f"De herstelsleutel is opgeslagen in {path}. Zet dat bestand "
                                 "op een USB-stick of print het, en bewaar het veilig.")

    def print_recovery_key(self) -> None:
        """Print the recovery key on paper."""
        from PySide6.QtGui import QTextDocument
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle("Herstelsleutel afdrukken")
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        document = QTextDocument()
        document.setPlainText(recovery_text(self.folder, self.recovery_key))
        document.print_(printer)

    def reject(self) -> None:
        if self.database is not None and self.currentId() == PAGE_FINISH:  # asks too (13.13)
            if not msgbox.confirm(
                    self, "SKOW Desk is ingericht. Nu stoppen zonder het programma te openen? "
                          "Alles is bewaard; de volgende keer opent SKOW Desk gewoon.",
                    yes="Stoppen", no="Doorgaan"):
                return
        elif self.database is not None and self.currentId() != PAGE_PASSPHRASE \
                and not msgbox.confirm(
                    self, "Wilt u stoppen met inrichten? Uw wachtwoord en herstelsleutel blijven "
                          "geldig; de volgende keer gaat u hier verder.",
                    yes="Stoppen", no="Doorgaan"):
            return
        super().reject()
