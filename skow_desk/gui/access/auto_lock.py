"""The auto-lock: its setting, read without SQLAlchemy (the main window applies it at start-up),
and the watch on the director's activity that restarts its timer."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from skow_desk.domain.envelope import setting_number
from skow_desk.gui.common.timers import AfterFirstPaint
from skow_desk.gui.common.widgets import application
from skow_desk.store.db import Database
from skow_desk.store.queries.settings import read_setting

LOCK_MINUTES = ("beveiliging.vergrendel_minuten", 10)


def lock_minutes(db: Database) -> int:
    """The auto-lock time in minutes (0: never)."""
    text = read_setting(db.reader, LOCK_MINUTES[0], str(LOCK_MINUTES[1]))
    return max(0, int(setting_number(text, LOCK_MINUTES[1])))


class ActivityWatch(QObject):
    """Restarts the auto-lock timer on every key press and mouse action in the program.

    It sees every event of the application, so it starts watching only once the main window's
    first screen has painted: the thousands of events of building and first painting the window
    do not pass through Python (there is no activity to see before), nor does shiboken look up
    the Python type of each widget Qt made itself that they name.
    """

    KINDS = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel,
             QEvent.Type.MouseMove}

    def __init__(self, timer: QTimer, parent: QObject) -> None:
        super().__init__(parent)
        self._timer = timer
        self.watching = False  # on the application, or about to be

    def start_after_paint(self, painted: QWidget) -> None:
        """Watch from right after ``painted`` first paints (nothing when already watching)."""
        if not self.watching:
            self.watching = True
            AfterFirstPaint(painted, self._install)

    def _install(self) -> None:
        if self.watching:  # not stopped in the meantime
            application().installEventFilter(self)

    def stop(self) -> None:
        """Stop watching (the window closes)."""
        application().removeEventFilter(self)
        self.watching = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self.KINDS and self._timer.interval() > 0:
            self._timer.start()
        return False
