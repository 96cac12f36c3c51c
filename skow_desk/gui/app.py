"""Starting the window: the Qt application in Dutch, then set-up or unlock, then the main window.

Start-up imports only what the first screen needs; letters (ReportLab), exports (openpyxl),
charts (QPainter, in the overview screen) and migrations (Alembic) load when first used.
"""

from __future__ import annotations

import gc
import logging
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QTimer,
    QTranslator,
)
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from skow_desk.gui.access.early_unlock import EarlyUnlock
from skow_desk.gui.common.screen_fit import fit_window
from skow_desk.gui.common.timers import AfterFirstPaint
from skow_desk.gui.common.widgets import application
from skow_desk.resources import resources_dir
from skow_desk.store.db import Database

APP_NAME = "SKOW Desk"
ORGANISATION = "SKOW"
FONT_FAMILY = "DejaVu Sans"
log = logging.getLogger(__name__)
_translators: list[QTranslator] = []  # kept alive as long as the application


def install_translations(app: QCoreApplication) -> None:
    """Qt's own Dutch texts ("Annuleren"). The program itself is Dutch only (docs/style.md):
    its texts are written in Dutch, so it loads no translation of its own."""
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


def create_application(fit_windows: bool = True) -> QApplication:
    """The one QApplication, named, in Dutch, with our font (safe to call twice).

    ``fit_windows``: fit every window to the screen from now on (issue 13.2). The window's
    start passes False: it fits the main window itself and calls :func:`end_quick_start`
    before any dialog and after the main window's first paint. The fitting filter sees every
    event of the application (~15 µs each through Python), and building and first showing
    the main window sends some thousands of them.
    """
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    install_translations(app)
    install_font(app)
    if fit_windows:
        fit_windows_from_now(app)
    return app


def fit_windows_from_now(app: QApplication) -> None:
    """Every window shown from now on fits the screen (safe to call twice)."""
    if app.property("skowScreenFit") is None:
        from skow_desk.gui.common.screen_fit import ScreenFit

        fitter = ScreenFit(app)
        app.installEventFilter(fitter)
        app.setProperty("skowScreenFit", fitter)


def end_quick_start(app: QApplication) -> None:
    """The start's shortcuts end (before a dialog, or once the register has painted): every
    window fits the screen, and the garbage collector, paused by the command line for the
    start (cli/window.py), runs again. Safe to call twice."""
    fit_windows_from_now(app)
    if not gc.isenabled():
        gc.enable()


def _open_known(early: EarlyUnlock) -> Database | None:
    """Open with the known passphrase (environment or keyring) when it fits, else None."""
    known = early.result()
    if known is None:
        return None
    from skow_desk.domain.errors import DomainError
    from skow_desk.store.vault import open_data_with_key

    try:
        return open_data_with_key(early.folder, known[1], check=None)
    except DomainError:
        return None


def open_or_set_up(folder: Path, parent: QWidget | None = None,
                   early: EarlyUnlock | None = None) -> Database | None:
    """Set up a new folder or unlock an existing one; ``None`` when the user stopped.

    ``early`` is the unlocking with a known passphrase that :func:`run_gui` started before
    loading Qt; without it, it starts here.
    """
    from skow_desk.store.vault import is_set_up

    db: Database | None = None
    if not is_set_up(folder):
        from skow_desk.gui.access.first_run import FirstRunWizard

        end_quick_start(application())
        wizard = FirstRunWizard(folder, parent=parent)
        accepted = wizard.exec() == QDialog.DialogCode.Accepted
        if not accepted:
            if wizard.database is not None:
                wizard.database.close()
            return None
        if wizard.demo_done and wizard.database is not None:  # the demo gets its own folder
            from skow_desk.gui.access.folder_switch import move_demo_aside

            return move_demo_aside(folder, wizard.database)
        return wizard.database
    db = _open_known(early if early is not None and early.folder == folder
                     else EarlyUnlock(folder))
    if db is None:
        from skow_desk.gui.access.unlock_dialog import UnlockDialog

        end_quick_start(application())
        dialog = UnlockDialog(folder, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.database is None:
            return None
        db = dialog.database
    return resume_set_up(folder, db, parent)


def resume_set_up(folder: Path, db: Database, parent: QWidget | None = None) -> Database | None:
    """A folder whose wizard was stopped before the foundation was entered: go on there."""
    from skow_desk.store.connection import has_foundation

    if has_foundation(db.reader):
        return db
    from skow_desk.gui.access.first_run import FirstRunWizard

    end_quick_start(application())
    wizard = FirstRunWizard(folder, db=db, parent=parent)
    if wizard.exec() != QDialog.DialogCode.Accepted:
        db.close()
        return None
    return db


def quit_reporting(started: float) -> Callable[[], None]:
    """Quit, after printing how long the start took (``--quit-after-start``, for timing)."""

    def report_and_quit() -> None:
        elapsed = (time.perf_counter() - started) * 1000
        print(f"skow-desk: hoofdvenster getekend na {elapsed:.0f} ms", file=sys.stderr)
        QCoreApplication.quit()

    return report_and_quit


def warm_up_in_background(db: Database) -> threading.Thread:
    """Load SQLAlchemy, the models and the connection pool off the GUI thread.

    The first screen is painted without them; this makes the first case the director opens
    as quick as the ones after it. A failure here only costs that speed (it is logged): the
    same work runs again, with its error shown, when a screen needs it.
    """

    def work() -> None:
        from skow_desk.gui.cases.dialogs.open_copies import wipe_open_folder

        wipe_open_folder()  # copies left by a previous session that crashed
        try:
            db.warm_up()
        except Exception:
            log.exception("Voorladen van de database mislukt")

    thread = threading.Thread(target=work, name="skow-desk-voorladen")
    thread.start()
    return thread


def run_gui(folder: Path, quit_after_start: bool = False, early: EarlyUnlock | None = None,
            started: float | None = None) -> int:
    """Run the window on ``folder``; returns the exit code.

    ``early``: the unlocking the command line started before it loaded Qt (see
    :mod:`skow_desk.gui.access.early_unlock`); ``started``: when the command line began.
    """
    started = time.perf_counter() if started is None else started
    early = early if early is not None else EarlyUnlock(folder)
    app = create_application(fit_windows=False)  # fitted from the first window on
    from skow_desk import diagnostics
    from skow_desk.gui.common import crash

    diagnostics.start()  # already done by the command line; here for other callers
    crash.install(app)  # Qt's messages into the log; unexpected errors: one Dutch dialog
    from skow_desk.gui.main_window import MainWindow  # while the key is derived

    while True:
        db = open_or_set_up(folder, early=early)
        if db is None:
            return 0
        folder = db.path.parent  # the demo lives in a folder of its own
        code, window = _run_window(app, MainWindow, db, folder, started, quit_after_start)
        if window.restore_after_close:  # a damaged database: restore, then start again
            from skow_desk.gui.access.restore_dialog import RestoreDialog

            end_quick_start(app)
            RestoreDialog(folder).exec()  # the folder is free again now the database is closed
            return code
        if window.switch is None:
            return code
        from skow_desk.gui.access.folder_switch import after_window

        folder, early = after_window(window.switch), None


def _run_window(app: QApplication, window_class: Any, db: Database, folder: Path,
                started: float, quit_after_start: bool) -> tuple[int, Any]:
    """One main window on ``db`` until it closes: the exit code and the window (which may
    ask for another folder: demo stopped, backup to restore)."""
    warm_up: list[threading.Thread] = []
    watches: list[Any] = []  # the full integrity check of a large database, if running
    try:
        window = window_class(db, folder)
        # Timing quits at once; otherwise what the later screens need loads while the
        # director looks at the first one.
        def after_paint() -> None:
            from skow_desk.gui.common.integrity_watch import IntegrityWatch

            end_quick_start(app)
            QTimer.singleShot(0, window.offer_drafts)  # text kept when closed while locked
            if not db.checked:  # a large database: the full check off the GUI thread
                watches.append(IntegrityWatch(window))
            warm_up.append(warm_up_in_background(db))

        AfterFirstPaint(window.register.painted_widget(),
                        quit_reporting(started) if quit_after_start else after_paint)
        fit_window(window)  # the other windows: from after its first paint (see above)
        window.show()
        code = int(app.exec())
    finally:
        for watch in watches:
            watch.stop()
        for thread in warm_up:
            thread.join()
        db.close()
        from skow_desk.gui.cases.dialogs.open_copies import wipe_open_folder

        wipe_open_folder()  # evidence opened with another program: no copy stays
    return code, window
