"""Settings: foundation, schools, the letter's address window, auto-lock, passphrase, TOML.

Everything typed here is saved in one transaction when the director clicks "Opslaan"; an
error from the services (a Dutch ``DomainError``) is shown and nothing is saved.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from skow_desk.domain.envelope import WINDOW_LEFT, WINDOW_MIDDLE, WINDOW_WIDTH
from skow_desk.domain.envelope import setting_number as _number
from skow_desk.domain.errors import DomainError
from skow_desk.domain.school_calendar import FreeDay
from skow_desk.gui import keychain, msgbox
from skow_desk.gui.auto_lock import LOCK_MINUTES
from skow_desk.gui.dialogs.base import run_dialog
from skow_desk.gui.forms.ui_settings_dialog import Ui_SettingsDialog
from skow_desk.gui.widgets import NewPassphraseFields
from skow_desk.gui.worker import run_in_background
from skow_desk.services.foundation import (
    FoundationInput,
    SchoolInput,
    export_foundation_toml,
    get_foundation,
    get_setting,
    import_foundation_toml,
    save_foundation,
    schools,
    set_setting,
)
from skow_desk.store.db import Database

NEW_SCHOOL = "__nieuw__"


def choose_toml_to_read(parent: QWidget | None) -> Path | None:
    """The TOML file to import (tests replace this function)."""
    return msgbox.as_path(msgbox.open_file(parent, "Instellingen inlezen", "",
                                           "Instellingen (*.toml)"))


def choose_toml_to_write(parent: QWidget | None) -> Path | None:
    """Where to write the TOML file (tests replace this function)."""
    return msgbox.as_path(msgbox.save_file(parent, "Instellingen bewaren", "stichting.toml",
                                           "Instellingen (*.toml)"))


class SettingsDialog(QDialog):
    """The settings of the foundation, its schools, letters and security."""

    def __init__(self, db: Database, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.folder = db, folder
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]
        ui = self.ui
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Opslaan"))
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(
            self.tr("Annuleren"))
        ui.buttonBox.accepted.connect(self.save_and_close)
        ui.buttonBox.rejected.connect(self.reject)
        self._pending: dict[str, SchoolInput] = {}
        self._shown_key: str | None = None
        ui.schoolsList.currentItemChanged.connect(self._school_selected)
        ui.newSchoolButton.clicked.connect(self.new_school)
        ui.windowDefaultsButton.clicked.connect(self._window_defaults)
        ui.importTomlButton.clicked.connect(self.import_toml)
        ui.exportTomlButton.clicked.connect(self.export_toml)
        ui.changePassphraseButton.clicked.connect(self.change_passphrase)
        ui.lockSpin.setSpecialValueText(self.tr("nooit"))
        ui.lockSpin.valueChanged.connect(self._lock_suffix)  # "1 minuut", "5 minuten"
        for form in (ui.windowForm, ui.securityForm):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        ui.schoolsList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        ui.schoolsList.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.load()

    # -- loading ------------------------------------------------------------------------

    def load(self) -> None:
        """Fill every tab from the database."""
        ui = self.ui
        with self.db.sessions() as session:
            ui.foundationForm.set_value(get_foundation(session))
            stored = schools(session)
            inputs = [_as_input(s) for s in stored]  # with the free days, before expunging
            for school in stored:
                session.expunge(school)
            values = {key: get_setting(session, key, str(default)) for key, default in
                      (WINDOW_LEFT, WINDOW_WIDTH, WINDOW_MIDDLE, LOCK_MINUTES)}
        self._pending = {s.brin: s for s in inputs}
        ui.schoolsList.blockSignals(True)
        ui.schoolsList.clear()
        for school in stored:
            item = QListWidgetItem(f"{school.name} ({school.brin})")
            item.setData(Qt.ItemDataRole.UserRole, school.brin)
            ui.schoolsList.addItem(item)
        ui.schoolsList.blockSignals(False)
        self._shown_key = None
        if stored:
            ui.schoolsList.setCurrentRow(0)
        else:
            self.new_school()
        ui.windowLeftSpin.setValue(_number(values[WINDOW_LEFT[0]], WINDOW_LEFT[1]))
        ui.windowWidthSpin.setValue(_number(values[WINDOW_WIDTH[0]], WINDOW_WIDTH[1]))
        ui.windowMiddleSpin.setValue(_number(values[WINDOW_MIDDLE[0]], WINDOW_MIDDLE[1]))
        ui.lockSpin.setValue(int(_number(values[LOCK_MINUTES[0]], LOCK_MINUTES[1])))

    def _lock_suffix(self, minutes: int) -> None:
        self.ui.lockSpin.setSuffix(self.tr(" minuut zonder gebruik") if minutes == 1
                                   else self.tr(" minuten zonder gebruik"))

    def _window_defaults(self) -> None:
        self.ui.windowLeftSpin.setValue(WINDOW_LEFT[1])
        self.ui.windowWidthSpin.setValue(WINDOW_WIDTH[1])
        self.ui.windowMiddleSpin.setValue(WINDOW_MIDDLE[1])

    # -- schools ------------------------------------------------------------------------

    def _keep_shown_school(self) -> None:
        """Remember what the form shows before another school is shown."""
        form = self.ui.schoolForm
        if self._shown_key is None:
            return
        if self._shown_key == NEW_SCHOOL:
            if form.is_filled():
                self._pending[NEW_SCHOOL] = form.value()
            return
        self._pending[self._shown_key] = form.value()

    def _school_selected(self, item: QListWidgetItem | None, _previous: object) -> None:
        self._keep_shown_school()
        if item is None:
            return
        key = item.data(Qt.ItemDataRole.UserRole)
        self._shown_key = key
        if key == NEW_SCHOOL:
            self.ui.schoolForm.clear()
            if NEW_SCHOOL in self._pending:
                self.ui.schoolForm.set_value(self._pending[NEW_SCHOOL])
        else:
            self.ui.schoolForm.set_value(self._pending[key])
            self.ui.schoolForm.ui.brinEdit.setReadOnly(True)

    def new_school(self) -> None:
        """Add a line "Nieuwe school" and show an empty form for it."""
        ui = self.ui
        for row in range(ui.schoolsList.count()):
            if ui.schoolsList.item(row).data(Qt.ItemDataRole.UserRole) == NEW_SCHOOL:
                ui.schoolsList.setCurrentRow(row)
                return
        item = QListWidgetItem(self.tr("Nieuwe school"))
        item.setData(Qt.ItemDataRole.UserRole, NEW_SCHOOL)
        ui.schoolsList.addItem(item)
        ui.schoolsList.setCurrentItem(item)
        ui.schoolForm.ui.brinEdit.setFocus()

    # -- saving -------------------------------------------------------------------------

    def foundation_input(self) -> FoundationInput:
        """The foundation with every school as the dialog shows them."""
        self._keep_shown_school()
        data = self.ui.foundationForm.value()
        data.schools = [s for s in self._pending.values()]
        return data

    def save(self) -> bool:
        """Save all tabs in one transaction; ``False`` (and a message) when refused."""
        ui = self.ui
        problem = ui.schoolForm.free_days_problem()
        if problem:
            msgbox.error(self, problem)
            return False
        data = self.foundation_input()
        try:
            with self.db.transaction() as session:
                save_foundation(session, data)
                set_setting(session, WINDOW_LEFT[0], f"{ui.windowLeftSpin.value():g}")
                set_setting(session, WINDOW_WIDTH[0], f"{ui.windowWidthSpin.value():g}")
                set_setting(session, WINDOW_MIDDLE[0], f"{ui.windowMiddleSpin.value():g}")
                set_setting(session, LOCK_MINUTES[0], str(ui.lockSpin.value()))
        except DomainError as error:
            msgbox.error(self, error.message)
            return False
        return True

    def save_and_close(self) -> None:
        """"Opslaan": save and close, or stay open on an error."""
        if self.save():
            self.accept()

    # -- TOML and passphrase ------------------------------------------------------------

    def import_toml(self) -> None:
        """Read a foundation TOML now (its own transaction) and show the result."""
        path = choose_toml_to_read(self)
        if path is None:
            return

        def work(_progress: object) -> str:
            with self.db.transaction() as session:
                return import_foundation_toml(session, path).name

        def done(name: str) -> None:
            self.load()
            msgbox.information(self, f"De instellingen van {name} zijn ingelezen.")

        self.job = run_in_background(self, work, done, label=self.tr("Instellingen inlezen…"))

    def export_toml(self) -> None:
        """Write the stored foundation and schools to a TOML file (logos beside it)."""
        path = choose_toml_to_write(self)
        if path is None:
            return

        def work(_progress: object) -> Path:
            with self.db.sessions() as session:
                export_foundation_toml(session, path)
            return path

        self.job = run_in_background(
            self, work, lambda p: msgbox.information(self, f"Instellingen bewaard in {p}."),
            label=self.tr("Instellingen bewaren…"))

    def change_passphrase(self) -> None:
        """Ask the current and a new passphrase, then rewrap the key."""
        dialog = ChangePassphraseDialog(self.folder, self, db=self.db)
        if run_dialog(dialog):
            from skow_desk.services.audit import AuditAction, record_now

            renewed = getattr(dialog, "new_recovery_key", None)
            record_now(self.db, AuditAction.CHANGE, "sleutel", None, None,
                       "wachtwoord gewijzigd en sleutel vernieuwd (nieuwe herstelsleutel)"
                       if renewed else "wachtwoord gewijzigd (de herstelsleutel blijft geldig)")


def _as_input(school: object) -> SchoolInput:
    fields = ("brin", "name", "sector", "denomination", "address", "postcode", "city", "phone",
              "email", "signatory", "signatory_function", "logo", "logo_name", "region")
    return SchoolInput(**{f: getattr(school, f) for f in fields},
                       free_days=[FreeDay(f.day, f.description)
                                  for f in getattr(school, "free_days", [])])


class ChangePassphraseDialog(QDialog):
    """Current passphrase, then the new one twice; with the open database, the data key can be
    renewed too ("ook de sleutel vernieuwen", on by default: store/rekey.py)."""

    def __init__(self, folder: Path, parent: QWidget | None = None,
                 db: Database | None = None) -> None:
        super().__init__(parent)
        self.folder, self.db = folder, db
        self.new_recovery_key = ""
        self.setWindowTitle(self.tr("Wachtwoord wijzigen"))
        self.current = QLineEdit(self)
        self.current.setEchoMode(QLineEdit.EchoMode.Password)
        self.current.setAccessibleName(self.tr("Huidig wachtwoord"))
        self.fields = NewPassphraseFields(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e;")
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.tr("&Wijzigen"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.try_change)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Huidig wachtwoord:"), self.current)
        self.rekey = QCheckBox(self.tr("Ook de &sleutel vernieuwen (aanbevolen)"), self)
        self.rekey.setChecked(db is not None)
        self.rekey.setVisible(db is not None)
        self.rekey_note = QLabel(self.tr(
            "Dan opent een oude kopie van het sleutelbestand (bijvoorbeeld uit een back-up) met "
            "het oude wachtwoord de gegevens niet meer. U krijgt een nieuwe herstelsleutel."), self)
        self.rekey_note.setWordWrap(True)
        self.rekey_note.setVisible(db is not None)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.fields)
        layout.addWidget(self.rekey)
        layout.addWidget(self.rekey_note)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def try_change(self) -> None:
        """Check the current passphrase and store the new one."""
        from skow_desk.store.keys import change_passphrase, unlock

        problem = self.fields.problem()
        if problem:
            self.message.setText(problem)
            return
        try:
            if self.db is not None and self.db.key is not None:
                from skow_desk.store.keys import verify_passphrase

                # Proven against the open database's key, not only the file (issue 12 item 1).
                verify_passphrase(self.folder, self.current.text(), self.db.key)
                key = self.db.key
            else:
                key = unlock(self.folder, self.current.text())
            if self.db is not None and self.rekey.isChecked():
                from skow_desk.store.rekey import change_passphrase_and_key

                self.new_recovery_key = change_passphrase_and_key(
                    self.db, self.folder, self.fields.passphrase())
            else:
                change_passphrase(self.folder, key, self.fields.passphrase())
        except DomainError as error:
            text = error.message
            if text == "Het wachtwoord is onjuist.":
                text = self.tr("Het huidige wachtwoord is onjuist.")
            self.message.setText(text)
            return
        keychain.forget(self.folder)
        if self.new_recovery_key:
            msgbox.information(self, self.tr(
                "Het wachtwoord en de sleutel zijn vernieuwd. Uw nieuwe herstelsleutel is:") +
                f"\n\n{self.new_recovery_key}\n\n" + self.tr(
                "Schrijf hem op en bewaar hem veilig; de oude herstelsleutel werkt niet meer. "
                "Maak ook een nieuwe back-up: oudere back-ups openen met het oude wachtwoord."))
        else:
            msgbox.information(self, self.tr("Het wachtwoord is gewijzigd. De herstelsleutel "
                                             "blijft geldig."))
        self.accept()
