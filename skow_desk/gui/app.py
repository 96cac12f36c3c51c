"""Starting the window: the Qt application in Dutch, then set-up or unlock, then the main window.

Start-up imports only what the first screen needs; letters (ReportLab), exports (openpyxl),
charts (QtCharts) and migrations (Alembic) load when first used.
"""

from __future__ import annotations

import logging
import os
import sys
import time
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QTimer,
    QTranslator,
)
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from skow_desk.resources import resources_dir
from skow_desk.store.db import Database

APP_NAME = "SKOW Desk"
ORGANISATION = "SKOW"
PASSPHRASE_ENV = "SKOW_DESK_PASSPHRASE"
FONT_FAMILY = "DejaVu Sans"
log = logging.getLogger(__name__)
_translators: list[QTranslator] = []  # kept alive as long as the application


def install_translations(app: QCoreApplication) -> None:
    """Qt's own Dutch texts ("Annuleren") and, when present, our translation file."""
    if _translators:
        return
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    dutch = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
    qt_translator = QTranslator(app)
    if qt_translator.load(dutch, "qtbase", "_", qt_dir):
        app.installTranslator(qt_translator)
        _translators.append(qt_translator)
    else:
        log.info("Geen Nederlandse Qt-vertaling gevonden in %s", qt_dir)
    ours = resources_dir() / "translations"
    own_translator = QTranslator(app)
    if own_translator.load(dutch, "skow_desk", "_", str(ours)):
        app.installTranslator(own_translator)
        _translators.append(own_translator)


def install_font(app: QApplication) -> None:
    """DejaVu Sans from resources/fonts, the same font as the letters, for the whole window."""
    fonts = resources_dir() / "fonts"
    families: set[str] = set()
    for path in sorted(fonts.glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.update(QFontDatabase.applicationFontFamilies(font_id))
    if FONT_FAMILY in families:
        font = QFont(FONT_FAMILY)
        size = app.font().pointSizeF()
        font.setPointSizeF(size if size > 0 else 9.0)
        app.setFont(font)


def create_application() -> QApplication:
    """The one QApplication, named, in Dutch, with our font (safe to call twice)."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    install_translations(app)
    install_font(app)
    return app


def _show_unexpected(kind: type[BaseException], error: BaseException,
                     trace: TracebackType | None) -> None:
    """Last resort: log the traceback and tell the director calmly instead of vanishing."""
    log.error("Onverwachte fout:\n%s", "".join(traceback.format_exception(kind, error, trace)))
    from skow_desk.gui import msgbox

    msgbox.error(None, "Er ging iets onverwachts mis. Wat u hebt opgeslagen is veilig. "
                       f"Technische melding: {error}", title="Onverwachte fout")


def _try_passphrase(folder: Path, passphrase: str | None) -> Database | None:
    """Open with a known passphrase (environment or keyring); None when it does not fit."""
    if not passphrase:
        return None
    from skow_desk.domain.errors import DomainError
    from skow_desk.store.vault import open_data

    try:
        return open_data(folder, passphrase)
    except DomainError:
        return None


def open_or_set_up(folder: Path, parent: QWidget | None = None) -> Database | None:
    """Set up a new folder or unlock an existing one; ``None`` when the user stopped."""
    from skow_desk.store.vault import is_set_up

    db: Database | None = None
    if not is_set_up(folder):
        from skow_desk.gui.first_run import FirstRunWizard

        wizard = FirstRunWizard(folder, parent=parent)
        accepted = wizard.exec() == QDialog.DialogCode.Accepted
        if not accepted:
            if wizard.database is not None:
                wizard.database.close()
            return None
        return wizard.database
    from skow_desk.gui import keychain

    db = _try_passphrase(folder, os.environ.get(PASSPHRASE_ENV))
    if db is None:
        db = _try_passphrase(folder, keychain.stored(folder))
    if db is None:
        from skow_desk.gui.unlock_dialog import UnlockDialog

        dialog = UnlockDialog(folder, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.database is None:
            return None
        db = dialog.database
    return resume_set_up(folder, db, parent)


def resume_set_up(folder: Path, db: Database, parent: QWidget | None = None) -> Database | None:
    """A folder whose wizard was stopped before the foundation was entered: go on there."""
    from skow_desk.services.foundation import get_foundation

    with db.sessions() as session:
        if get_foundation(session) is not None:
            return db
    from skow_desk.gui.first_run import FirstRunWizard

    wizard = FirstRunWizard(folder, db=db, parent=parent)
    if wizard.exec() != QDialog.DialogCode.Accepted:
        db.close()
        return None
    return db


class QuitAfterFirstPaint(QObject):
    """Quits the application right after the watched widget first painted (start-up timing)."""

    def __init__(self, watched: QWidget, started: float) -> None:
        super().__init__(watched)
        self._started = started
        self.done = False
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            elapsed = (time.perf_counter() - self._started) * 1000
            print(f"skow-desk: hoofdvenster getekend na {elapsed:.0f} ms", file=sys.stderr)
            QTimer.singleShot(0, QCoreApplication.quit)
        return False


def run_gui(folder: Path, quit_after_start: bool = False) -> int:
    """Run the window on ``folder``; returns the exit code."""
    started = time.perf_counter()
    app = create_application()
    if not quit_after_start:
        sys.excepthook = _show_unexpected
    db = open_or_set_up(folder)
    if db is None:
        return 0
    from skow_desk.gui.main_window import MainWindow

    try:
        window = MainWindow(db, folder)
        if quit_after_start:
            register = window.register
            watched = (register.table.viewport()
                       if register.stack.currentWidget() is register.table else register.empty)
            QuitAfterFirstPaint(watched, started)
        window.show()
        return int(app.exec())
    finally:
        db.close()
