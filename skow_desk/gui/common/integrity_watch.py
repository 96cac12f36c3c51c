"""The database's full integrity check, run once off the GUI thread after the first paint.

Opening checks what is quick (size, first page, schema); reading every page takes ~3 s for
100,000 incidents, too long before the window shows. When this finds damage the director is
told at once, in one Dutch sentence, and offered to close and put a backup back
(issue 12 item 9); no automatic backup is made of damaged data.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from typing import Any

from PySide6.QtCore import QObject, Signal

from skow_desk.store.connection import (
    DAMAGED,
    DamagedDatabase,
    check_integrity,
    connect,
)

log = logging.getLogger(__name__)
_windows: list[Any] = []  # the main window to tell, registered by IntegrityWatch
_told: list[bool] = []


def report_damage() -> None:
    """Tell the director once that the database is damaged, and offer the way back."""
    if _told:
        return
    _told.append(True)
    from skow_desk.gui.common import msgbox

    window = _windows[-1] if _windows else None
    if window is not None:
        window.damaged = True  # no automatic backup of damaged data at close
    if msgbox.confirm(window, f"{DAMAGED} Wat u nu nog opslaat, kan verloren gaan. Wilt u "
                              "SKOW Desk sluiten en een back-up terugzetten?",
                      yes="Sluiten en back-up terugzetten", no="Later",
                      title="De database is beschadigd") and window is not None:
        window.restore_after_close = True
        window.close()


class IntegrityWatch(QObject):
    """Runs the check in a thread; ``damaged`` is emitted (on the GUI thread) on damage."""

    damaged = Signal()

    def __init__(self, window: Any) -> None:
        super().__init__(window if isinstance(window, QObject) else None)
        self.window = window
        self.result: bool | None = None  # True: in order; False: damaged
        self._connection: Any = None
        self._stopped = threading.Event()
        self.damaged.connect(report_damage)
        _windows.append(window)
        db = window.db
        self.worker = threading.Thread(target=self._run, args=(db.path, db.key),
                                       name="skow-desk-controle", daemon=True)
        self.worker.start()

    def stop(self, timeout: float = 10.0) -> None:
        """Interrupt a check still running and wait for its thread: the program must not end
        while SQLCipher works in it (that crashed at exit when the window closed early)."""
        self._stopped.set()
        deadline = time.monotonic() + timeout
        # An interrupt between two statements is a no-op in SQLite: repeat until the thread ends.
        while self.worker.is_alive() and time.monotonic() < deadline:
            connection = self._connection
            if connection is not None:
                # SQLite's own way to stop a query from another thread; closed: nothing runs
                with contextlib.suppress(Exception):
                    connection.interrupt()
            self.worker.join(0.05)

    def _run(self, path: Any, key: bytes | None) -> None:
        try:
            connection = connect(path, key)
            # the check reads every page once: a small cache, so it does not take another
            # 64 MiB beside the working connection's while it runs
            connection.execute("PRAGMA cache_size = -2048")
            self._connection = connection
            try:
                if not self._stopped.is_set():
                    check_integrity(connection, key)
            finally:
                self._connection = None
                connection.close()
        except DamagedDatabase:
            if self._stopped.is_set():
                return  # an interrupted check says nothing about the data
            self.result = False
            self.damaged.emit()
            return
        except Exception:  # the check itself failed to run: logged, the work goes on
            if not self._stopped.is_set():
                log.exception("De controle van de database kon niet worden uitgevoerd")
            return
        self.result = True
