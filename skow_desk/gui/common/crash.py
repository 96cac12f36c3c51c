"""The window's side of diagnostics: Qt's messages into the log, and the one Dutch dialog
for an unexpected error (from any thread), with "Kopieer details"."""

from __future__ import annotations

import logging

from PySide6.QtCore import (
    QMessageLogContext,
    QObject,
    Qt,
    QtMsgType,
    QUrl,
    Signal,
    qInstallMessageHandler,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QWidget

from skow_desk import diagnostics
from skow_desk.gui.common import msgbox

qt_log = logging.getLogger("skow_desk.qt")
UNEXPECTED = ("Er ging iets onverwachts mis. Wat u hebt opgeslagen is veilig. De details staan "
              "in het logbestand (Help → Logbestanden openen); met ‘Kopieer details’ kunt u ze "
              "meesturen als u hulp vraagt.")
_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}
# The offscreen platform says this for every window: noise, not a problem.
_NOISE = ("propagateSizeHints",)


def qt_message(kind: QtMsgType, context: QMessageLogContext, text: str) -> None:
    """Qt's own warnings into the log (a windowed program has no console to print them on)."""
    if any(noise in text for noise in _NOISE):
        return
    category = context.category or "qt"
    qt_log.log(_LEVELS.get(kind, logging.WARNING), "%s: %s", category, diagnostics.scrub(text))


class CrashReporter(QObject):
    """Shows the dialog on the GUI thread, whichever thread failed.

    One dialog at a time, and an error already shown is not shown again (a broken paint event
    fails at every repaint): those are only in the log.
    """

    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.showing = False
        self.shown: set[str] = set()
        self.failed.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def report(self, details: str) -> None:
        """Called by :mod:`skow_desk.diagnostics` after it logged the error (any thread)."""
        self.failed.emit(details)

    def _show(self, details: str) -> None:
        if self.showing or details in self.shown:  # one dialog: the rest is in the log
            return
        self.showing = True
        self.shown.add(details)
        try:
            msgbox.unexpected(QApplication.activeWindow(), UNEXPECTED, details)
        finally:
            self.showing = False


def install(app: QApplication) -> CrashReporter:
    """Route Qt's messages to the log and unexpected errors to the dialog."""
    qInstallMessageHandler(qt_message)
    reporter = CrashReporter(app)
    diagnostics.set_reporter(reporter.report)
    diagnostics.set_claim(_damage)
    return reporter


def _damage(error: BaseException) -> bool:
    """A damaged database is said once, with the way back, not as one box per failed read."""
    from skow_desk.store.connection import is_damage

    if not is_damage(error):
        return False
    from skow_desk.gui.common.integrity_watch import report_damage

    report_damage()
    return True


def open_log_folder(parent: QWidget | None = None) -> bool:
    """Help → Logbestanden openen: the log folder in Verkenner (Explorer)."""
    folder = diagnostics.current_dir()
    folder.mkdir(parents=True, exist_ok=True)
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
        return True
    msgbox.information(parent, f"De logbestanden staan in:\n{folder}", title="Logbestanden")
    return False
