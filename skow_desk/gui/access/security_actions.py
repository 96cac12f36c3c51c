"""What Back-up maken… and Bewaartermijnen… do, and the automatic backup at close (the menu
entries are listed in ``window_menus``)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QProgressDialog, QVBoxLayout, QWidget

from skow_desk.domain.errors import DomainError
from skow_desk.gui.common import msgbox
from skow_desk.store.db import Database

# Tests replace this to choose a backup file without a file dialog.
CHOOSE_BACKUP_TARGET: Any = None


def make_backup(db: Database, parent: QWidget) -> Path | None:
    """Save an encrypted backup where the director chooses."""
    from skow_desk.store.backup import backup_to

    default = f"SKOW Desk back-up {datetime.now():%Y-%m-%d}.skowbackup"
    if CHOOSE_BACKUP_TARGET is not None:
        chosen = CHOOSE_BACKUP_TARGET(default)
    else:
        chosen = msgbox.save_file(
            parent, parent.tr("Back-up opslaan"), str(Path.home() / default),
            parent.tr("SKOW Desk back-up (*.skowbackup)"))
    if not chosen:
        return None
    target = Path(chosen)
    try:
        backup_to(db, target)
    except (DomainError, OSError) as error:
        msgbox.error(parent, f"De back-up is niet gemaakt: {msgbox.reason(error)}")
        return None
    msgbox.information(parent, parent.tr(
        "De back-up is opgeslagen. Hij is versleuteld: u heeft uw wachtwoord nodig om hem "
        "terug te zetten.") + f"\n\n{target}")
    return target


def open_retention(db: Database, parent: QWidget) -> None:
    """The retention purge list in a dialog."""
    from skow_desk.gui.access.retention_view import RetentionView
    from skow_desk.gui.common.dialog_base import dialog_buttons, run_dialog

    dialog = QDialog(parent)
    dialog.setWindowTitle(parent.tr("Bewaartermijnen"))
    dialog.resize(900, 520)
    layout = QVBoxLayout(dialog)
    layout.addWidget(RetentionView(db, dialog))
    buttons = dialog_buttons(dialog, QDialogButtonBox.StandardButton.Close)
    layout.addWidget(buttons)
    run_dialog(dialog)


def auto_backup_at_close(db: Database, folder: Path, parent: QWidget) -> None:
    """The automatic backup (at most daily, rotating); a failure is said, never blocks."""
    from skow_desk.store.backup import auto_backup_due, backups_dir, maybe_auto_backup

    now = datetime.now()
    notice = None
    if auto_backup_due(backups_dir(folder), now):  # a big folder takes seconds: say so
        notice = closing_notice(parent, parent.tr("Back-up maken…"))
    try:
        maybe_auto_backup(db, backups_dir(folder), now)
    except (DomainError, OSError) as error:
        if notice is not None:
            notice.close()  # the error replaces it
        msgbox.error(parent, f"De automatische back-up is niet gelukt: {msgbox.reason(error)}. "
                     "Uw gegevens zelf zijn veilig opgeslagen; maak zo snel mogelijk een "
                     "back-up via Bestand → Back-up maken.")
    finally:
        if notice is not None:
            notice.close()
            notice.deleteLater()


def closing_notice(parent: QWidget, text: str) -> QProgressDialog:
    """A small busy window ("Back-up maken…") painted before work that blocks the window."""
    from PySide6.QtCore import QCoreApplication, QEventLoop, Qt

    notice = QProgressDialog(text, "", 0, 0, parent)
    notice.setObjectName("closingNotice")
    notice.setWindowTitle(parent.tr("SKOW Desk wordt afgesloten"))
    notice.setCancelButton(None)
    notice.setMinimumDuration(0)
    notice.setWindowModality(Qt.WindowModality.WindowModal)
    notice.show()
    for _ in range(3):  # paint it now: the backup blocks the event loop for a few seconds
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents, 50)
    return notice
