"""Unlocking: the passphrase dialog at start, the lock screen, and "Wachtwoord vergeten?".

A wrong passphrase costs a growing wait (1 s, 2 s, 4 s …, at most a minute) with the button
disabled, so guessing is slow while a typo costs a second.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from skow_desk.domain.errors import DomainError
from skow_desk.gui.access import keychain
from skow_desk.gui.common.screen_fit import WrappingLabel
from skow_desk.gui.common.widgets import (
    ERROR_STYLE,
    NewPassphraseFields,
    action_buttons,
    password_edit,
)
from skow_desk.store.db import Database
from skow_desk.store.keys import WrongPassphrase

MAX_WAIT_S = 60
T = TypeVar("T")


class Throttle:
    """Counts failed attempts and disables a button for 1, 2, 4 … seconds after each."""

    def __init__(self, button: QPushButton, label: QLabel, message: str) -> None:
        self.failures = 0
        self._button, self._label, self._message = button, label, message
        self._left = 0
        self._timer = QTimer(button)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)

    def wait_seconds(self) -> int:
        """The wait after the current number of failures."""
        return min(MAX_WAIT_S, 2 ** max(0, self.failures - 1)) if self.failures else 0

    def failed(self) -> None:
        """One more wrong attempt: show the message and start the wait."""
        self.failures += 1
        self._left = self.wait_seconds()
        self._button.setEnabled(False)
        self._show()
        self._timer.start()

    @property
    def waiting(self) -> bool:
        """Whether the button is held back."""
        return self._left > 0

    def _tick(self) -> None:
        self._left -= 1
        if self._left <= 0:
            self._timer.stop()
            self._button.setEnabled(True)
        self._show()

    def _show(self) -> None:
        if self._left > 0:
            unit = "seconde" if self._left == 1 else "seconden"
            self._label.setText(f"{self._message} U kunt het over {self._left} {unit} opnieuw "
                                "proberen.")
        else:
            self._label.setText(f"{self._message} Probeer het opnieuw.")


def _error_label(parent: QWidget) -> WrappingLabel:
    """Where a wrong passphrase or key is said, in red."""
    label = WrappingLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    return label


def _forgot_link(parent: QWidget) -> QPushButton:
    """"Wachtwoord vergeten?", looking like a link."""
    button = QPushButton(parent.tr("Wachtwoord &vergeten?"), parent)
    button.setFlat(True)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.setStyleSheet("text-decoration: underline; color: palette(link);")
    return button


class UnlockDialog(QDialog):
    """Asks the passphrase and opens the data; afterwards ``database`` is open."""

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.database: Database | None = None
        self.setWindowTitle(self.tr("SKOW Desk openen"))
        intro = QLabel(self.tr("Typ uw wachtwoord om SKOW Desk te openen."), self)
        intro.setWordWrap(True)
        self.passphrase = password_edit(self, self.tr("Wachtwoord"))
        self.remember = QCheckBox(self.tr("&Onthoud op deze computer"), self)
        self.remember.setToolTip(self.tr("Het wachtwoord wordt bewaard in de beveiligde "
                                         "sleutelbos van Windows; iedereen die op deze "
                                         "computer met uw account werkt, kan SKOW Desk openen."))
        self.remember.setVisible(keychain.usable())
        self.remember.setChecked(keychain.usable() and keychain.stored(folder) is not None)
        self.message = _error_label(self)
        self.message.setAccessibleName(self.tr("Melding"))
        self.forgot = _forgot_link(self)
        self.restore = QPushButton(self.tr("&Back-up terugzetten…"), self)
        self.restore.setVisible(False)  # offered when the database is damaged or missing
        self.buttons, self.open_button = action_buttons(self, self.tr("&Openen"))
        self.open_button.setDefault(True)
        form = QFormLayout()
        form.addRow(self.tr("&Wachtwoord:"), self.passphrase)
        form.addRow("", self.remember)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.restore, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.forgot, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.buttons)
        self.throttle = Throttle(self.open_button, self.message,
                                 self.tr("Het wachtwoord is onjuist."))
        self.buttons.accepted.connect(self.try_unlock)
        self.buttons.rejected.connect(self.reject)
        self.forgot.clicked.connect(self.recover)
        self.restore.clicked.connect(self.restore_backup)
        self.setMinimumWidth(460)

    def try_unlock(self) -> None:
        """Open the data with the typed passphrase; on failure say so and make the user wait."""
        if self.throttle.waiting:
            return
        text = self.passphrase.text()
        if not text:
            self.message.setText(self.tr("Typ eerst uw wachtwoord."))
            return
        from skow_desk.store.connection import DamagedDatabase
        from skow_desk.store.vault import open_data

        try:
            # Large files are checked after the window painted (gui/common/integrity_watch.py).
            self.database = open_data(self.folder, text, check=None)
        except WrongPassphrase:
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            self.throttle.failed()
            return
        except DamagedDatabase as error:
            self.message.setText(error.message)
            self.restore.setVisible(True)
            return
        except DomainError as error:
            self.message.setText(error.message)
            return
        if self.remember.isVisible():
            if self.remember.isChecked():
                keychain.remember(self.folder, text)
            else:
                keychain.forget(self.folder)
        self.accept()

    def restore_backup(self) -> None:
        """The data cannot be opened: put a backup back, then unlock as usual."""
        from skow_desk.gui.access.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self.folder, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.restored:
            self.restore.setVisible(False)
            self.message.setText(self.tr("De back-up is teruggezet. Typ het wachtwoord dat "
                                         "gold toen de back-up werd gemaakt."))
            self.passphrase.clear()
            self.passphrase.setFocus()

    def recover(self) -> None:
        """"Wachtwoord vergeten?": the recovery key, then a new passphrase."""
        dialog = RecoveryDialog(self.folder, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.database is not None:
            self.database = dialog.database
            keychain.forget(self.folder)
            self.accept()


class RecoveryDialog(QDialog):
    """Opens the data with the recovery key and sets a new passphrase.

    ``already_open``: the data is open already (the lock screen); the key is only checked and
    the passphrase changed.
    """

    def __init__(self, folder: Path, parent: QWidget | None = None, *,
                 already_open: bool = False) -> None:
        super().__init__(parent)
        self.folder = folder
        self.already_open = already_open
        self.database: Database | None = None
        self.setWindowTitle(self.tr("Wachtwoord vergeten"))
        intro = QLabel(self.tr(
            "Typ de herstelsleutel die u bij het inrichten hebt bewaard (zes groepen van vier "
            "tekens). Kies daarna een nieuw wachtwoord."), self)
        intro.setWordWrap(True)
        self.key = QLineEdit(self)
        self.key.setAccessibleName(self.tr("Herstelsleutel"))
        self.key.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.fields = NewPassphraseFields(self)
        self.message = _error_label(self)
        buttons, self.ok_button = action_buttons(self, self.tr("Nieuw wachtwoord &instellen"))
        form = self.fields.layout()  # one form: the key lines up with the new passphrase
        assert isinstance(form, QFormLayout)
        form.insertRow(0, self.tr("&Herstelsleutel:"), self.key)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.fields)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.throttle = Throttle(self.ok_button, self.message,
                                 self.tr("De herstelsleutel is onjuist."))
        buttons.accepted.connect(self.try_recover)
        buttons.rejected.connect(self.reject)
        self.setMinimumWidth(520)

    def _attempt(self, work: Callable[[], T]) -> T | None:
        """What ``work`` returns, or None once the message says why (a wrong key also makes
        the next try wait)."""
        try:
            return work()
        except WrongPassphrase:
            self.throttle.failed()
        except DomainError as error:
            self.message.setText(error.message)
        return None

    def try_recover(self) -> None:
        """Check the key, set the new passphrase, keep the database open."""
        if self.throttle.waiting:
            return
        problem = self.fields.problem()
        if problem:
            self.message.setText(problem)
            return
        from skow_desk.store.keys import change_passphrase, unlock_with_recovery
        from skow_desk.store.vault import open_data_with_recovery

        if self.already_open:

            def change() -> bool:
                change_passphrase(self.folder, unlock_with_recovery(self.folder, self.key.text()),
                                  self.fields.passphrase())
                return True

            if self._attempt(change):
                self.accept()
            return
        opened = self._attempt(
            lambda: open_data_with_recovery(self.folder, self.key.text(), check=None))
        if opened is None:
            return
        db, key = opened
        try:
            change_passphrase(self.folder, key, self.fields.passphrase())
        except DomainError as error:
            db.close()
            self.message.setText(error.message)
            return
        from skow_desk.services.audit import AuditAction, record_now

        record_now(db, AuditAction.CHANGE, "sleutel", None, None,
                   "nieuw wachtwoord ingesteld met de herstelsleutel")
        self.database = db
        self.accept()


class LockScreen(QWidget):
    """Covers the window after inactivity; the passphrase brings it back (data stays open)."""

    unlocked = Signal()

    def __init__(self, folder: Path, parent: QWidget | None = None,
                 verify: Callable[[Path, str], object] | None = None,
                 data_key: bytes | None = None,
                 remembered: dict[str, object] | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self._verify = verify
        self._data_key = data_key  # the open database's key: the passphrase must give it
        self._remembered = remembered  # the passphrase slot as read when the data was opened
        title = QLabel(self.tr("SKOW Desk is vergrendeld"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        text = QLabel(self.tr("Typ uw wachtwoord om verder te werken. Niets van wat u "
                              "typte is verloren."), self)
        text.setWordWrap(True)
        self.passphrase = password_edit(self, self.tr("Wachtwoord"))
        self.button = QPushButton(self.tr("&Ontgrendelen"), self)
        self.message = _error_label(self)
        self.forgot = _forgot_link(self)
        self.forgot.clicked.connect(self.recover)
        box = QWidget(self)
        box.setFixedWidth(460)  # a fixed width lets the wrapped sentence take its full height
        inner = QVBoxLayout(box)
        for widget in (title, text, self.passphrase, self.button, self.message):
            inner.addWidget(widget)
        inner.addWidget(self.forgot, 0, Qt.AlignmentFlag.AlignLeft)
        row = QHBoxLayout()  # stretches, not an alignment: keeps the wrapped text's height
        row.addStretch(1)
        row.addWidget(box)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        self.throttle = Throttle(self.button, self.message,
                                 self.tr("Het wachtwoord is onjuist."))
        self.button.clicked.connect(self.try_unlock)
        self.passphrase.returnPressed.connect(self.try_unlock)

    def reset(self) -> None:
        """Empty the field before the screen is shown again."""
        self.passphrase.clear()
        self.message.clear()
        self.passphrase.setFocus()

    def _check(self, folder: Path, passphrase: str) -> None:
        """The passphrase must unwrap the very key the open database uses (issue 12 item 1):
        a key file swapped on disk for one with another passphrase unwraps another key."""
        from skow_desk.store.keys import WrongPassphrase as Wrong
        from skow_desk.store.keys import verify_passphrase

        if self._data_key is None:
            raise Wrong("Het wachtwoord is onjuist.")
        verify_passphrase(folder, passphrase, self._data_key, self._remembered)

    def try_unlock(self) -> None:
        """Prove the passphrase against the key in memory; emit ``unlocked`` when it fits."""
        if self.throttle.waiting:
            return
        try:
            (self._verify or self._check)(self.folder, self.passphrase.text())
        except WrongPassphrase:
            self.passphrase.selectAll()
            self.throttle.failed()
            return
        except DomainError as error:
            self.message.setText(error.message)
            return
        self.reset()
        self.unlocked.emit()

    def recover(self) -> None:
        """"Wachtwoord vergeten?": the recovery key and a new passphrase, as at start-up."""
        from skow_desk.gui.common.dialog_base import run_dialog

        dialog = RecoveryDialog(self.folder, self, already_open=True)
        if run_dialog(dialog):
            keychain.forget(self.folder)
            self.reset()
            self.unlocked.emit()
