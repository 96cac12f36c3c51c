"""Back-up terugzetten: offered where the data cannot be opened (issue 12 items 9 and 13).

The director picks a backup file; the dialog shows whose it is and when it was made, asks the
passphrase that held then, and says where the current data is kept. A backup of another
foundation than the current data's is restored only after an explicit "Toch terugzetten".
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from skow_desk.domain.errors import DomainError
from skow_desk.gui.common import msgbox
from skow_desk.gui.common.widgets import ERROR_STYLE, action_buttons, password_edit

CHOOSE_BACKUP: Any = None
"""Tests replace this to pick a backup file without a file dialog."""


def describe(manifest: dict[str, Any], created: Any) -> str:
    """One Dutch sentence about a backup: whose, when, how much."""
    whose = str(manifest.get("stichting") or "") or "een onbekende stichting"
    entries = manifest.get("logboek_regels", "?")
    return (f"Back-up van {whose}, gemaakt op {created:%d-%m-%Y} om {created:%H:%M} (UTC), "
            f"met {entries} regels in het logboek.")


class RestoreDialog(QDialog):
    """Pick a backup, see what it is, type its passphrase, restore; ``restored`` afterwards."""

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.backup: Path | None = None
        self.restored = False
        self.setWindowTitle(self.tr("Back-up terugzetten"))
        intro = QLabel(self.tr(
            "Kies de back-up die u wilt terugzetten. De huidige gegevens worden niet gewist: "
            "ze blijven bewaard in een map 'voor-herstel-…' in de gegevensmap."), self)
        intro.setWordWrap(True)
        self.choose = QPushButton(self.tr("&Kies een back-up…"), self)
        self.summary = QLabel(self.tr("Nog geen back-up gekozen."), self)
        self.summary.setWordWrap(True)
        self.passphrase = password_edit(self, self.tr("Wachtwoord van de back-up"), min_width=0)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        buttons, self.restore_button = action_buttons(self, self.tr("&Terugzetten"))
        self.restore_button.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(self.choose)
        row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("&Wachtwoord van toen:"), self.passphrase)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.choose.clicked.connect(self.pick)
        buttons.accepted.connect(self.try_restore)
        buttons.rejected.connect(self.reject)
        self.setMinimumWidth(520)

    def pick(self) -> None:
        """Choose the backup file and show what it holds."""
        from skow_desk.store.backup import read_backup

        chosen = (CHOOSE_BACKUP() if CHOOSE_BACKUP is not None else msgbox.open_file(
            self, self.tr("Back-up kiezen"), str(Path.home()),
            self.tr("SKOW Desk back-up (*.skowbackup)")))
        if not chosen:
            return
        try:
            info = read_backup(Path(chosen))
        except (DomainError, OSError) as error:
            self.message.setText(msgbox.reason(error))
            return
        self.backup = Path(chosen)
        self.summary.setText(describe(info.manifest, info.created_at))
        self.message.clear()
        self.restore_button.setEnabled(True)
        self.passphrase.setFocus()

    def try_restore(self) -> None:
        """Restore; another foundation's backup only after a second, explicit yes."""
        from skow_desk.store.backup import ForeignBackup, restore_backup

        if self.backup is None:
            self.message.setText(self.tr("Kies eerst een back-up."))
            return
        if not self.passphrase.text():
            self.message.setText(self.tr("Typ het wachtwoord dat gold toen de back-up werd "
                                         "gemaakt."))
            return
        other = False
        while True:
            try:
                restore_backup(self.folder, self.backup, self.passphrase.text(),
                               other_foundation=other)
            except ForeignBackup as foreign:
                if other or not msgbox.confirm(
                        self, f"Deze back-up is van stichting '{foreign.backup_foundation}', "
                              f"maar de huidige gegevens zijn van '{foreign.current_foundation}'. "
                              "Wilt u hem toch terugzetten?",
                        yes="Toch terugzetten", no="Niet terugzetten"):
                    self.message.setText(self.tr("Er is niets teruggezet."))
                    return
                other = True
                continue
            except (DomainError, OSError) as error:
                self.message.setText(msgbox.reason(error))
                return
            break
        self.restored = True
        msgbox.information(self, self.tr(
            "De back-up is teruggezet. Open SKOW Desk met het wachtwoord dat gold toen de "
            "back-up werd gemaakt."))
        self.accept()
