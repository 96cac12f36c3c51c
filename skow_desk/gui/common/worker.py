"""Run slow work off the GUI thread, with a modal progress dialog and a Cancel button.

Anki's ``CollectionOp`` shape: the function runs on a pool thread and gets a
:class:`Progress` to report to and to check for cancellation; success and failure callbacks
run back on the GUI thread. Cancelling is cooperative: the function calls
``progress.check()`` (or reads ``progress.cancelled``) between steps.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from skow_desk.domain.errors import DomainError
from skow_desk.gui.common import msgbox

T = TypeVar("T")
log = logging.getLogger(__name__)

# Jobs still running; kept here so Python does not collect them mid-flight.
_RUNNING: set[Job] = set()


class Cancelled(Exception):
    """The user pressed Annuleren; raised by :meth:`Progress.check`."""


class Progress:
    """Handed to the background function: report progress, check for cancellation."""

    def __init__(self, signals: _Signals) -> None:
        self._signals = signals
        self._cancel = threading.Event()

    @property
    def cancelled(self) -> bool:
        """Whether the user asked to stop."""
        return self._cancel.is_set()

    def cancel(self) -> None:
        """Ask the function to stop at its next check."""
        self._cancel.set()

    def check(self) -> None:
        """Raise :class:`Cancelled` when the user asked to stop."""
        if self._cancel.is_set():
            raise Cancelled

    def report(self, done: int, total: int, text: str = "") -> None:
        """Show ``done`` of ``total`` (and a new label when ``text`` is given)."""
        self._signals.progress.emit(done, total, text)


class _Signals(QObject):
    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[Progress], Any], progress: Progress,
                 signals: _Signals) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn, self._progress, self._signals = fn, progress, signals

    def run(self) -> None:
        try:
            result = self._fn(self._progress)
        except BaseException as error:  # handed to the GUI thread, never lost
            self._signals.failed.emit(error)
        else:
            self._signals.succeeded.emit(result)


def show_failure(parent: QWidget | None, error: BaseException) -> None:
    """The default failure handler: the Dutch message of a DomainError, else a calm note."""
    if isinstance(error, DomainError):
        msgbox.error(parent, error.message)
        return
    log.error("Achtergrondtaak mislukt", exc_info=error)
    msgbox.error(parent, "Er ging iets mis tijdens het werk op de achtergrond; er is niets "
                         f"half opgeslagen. Technische melding: {error}")


class Job(QObject):
    """One background run; ``done`` is True once a callback has run."""

    def __init__(self, parent: QWidget | None, fn: Callable[[Progress], Any],
                 on_success: Callable[[Any], None], on_failure: Callable[[BaseException], None]
                 | None, on_cancel: Callable[[], None] | None, label: str,
                 cancellable: bool) -> None:
        super().__init__(None)
        self._parent = parent
        self.signals = _Signals()
        self.progress = Progress(self.signals)
        self.done = False
        self._updating = False
        self._on_success, self._on_cancel = on_success, on_cancel
        self._on_failure = on_failure or (lambda error: show_failure(parent, error))
        self.dialog = QProgressDialog(label, "Annuleren" if cancellable else "", 0, 0, parent)
        self.dialog.setWindowTitle("SKOW Desk")
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal if parent
                                      else Qt.WindowModality.ApplicationModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumWidth(380)
        if not cancellable:
            self.dialog.setCancelButton(None)
        self.dialog.canceled.connect(self._cancel_requested)
        self.signals.progress.connect(self._show_progress)
        self.signals.succeeded.connect(self._succeeded)
        self.signals.failed.connect(self._failed)
        self._runnable = _Runnable(fn, self.progress, self.signals)

    def start(self) -> Job:
        """Start on the global thread pool."""
        _RUNNING.add(self)
        QThreadPool.globalInstance().start(self._runnable)
        return self

    def _cancel_requested(self) -> None:
        self.progress.cancel()
        self.dialog.setLabelText("Bezig met stoppen…")

    def _show_progress(self, done: int, total: int, text: str) -> None:
        # setValue() on a modal progress dialog runs the event loop, which may finish the job
        # and delete the dialog: set the label first and stop once the job is done.
        if self.done:
            return
        self._updating = True
        try:
            if text:
                self.dialog.setLabelText(text)
            if total > 0:
                self.dialog.setMaximum(total)
                self.dialog.setValue(min(done, total))
        finally:
            self._updating = False

    def _finish(self) -> None:
        self.done = True
        self.dialog.canceled.disconnect(self._cancel_requested)
        self.dialog.reset()
        self.dialog.hide()
        self.dialog.deleteLater()
        _RUNNING.discard(self)

    def _succeeded(self, result: object) -> None:
        if self._updating:
            # delivered inside setValue's own event processing: finishing now would delete the
            # dialog under setValue (a segfault seen in tests); finish once it has returned
            QTimer.singleShot(0, lambda: self._succeeded(result))
            return
        self._finish()
        self._on_success(result)

    def _failed(self, error: object) -> None:
        if self._updating:
            QTimer.singleShot(0, lambda: self._failed(error))
            return
        self._finish()
        if isinstance(error, Cancelled):
            if self._on_cancel is not None:
                self._on_cancel()
            return
        assert isinstance(error, BaseException)
        self._on_failure(error)


def run_in_background(parent: QWidget | None, fn: Callable[[Progress], T],
                      on_success: Callable[[T], None],
                      on_failure: Callable[[BaseException], None] | None = None,
                      on_cancel: Callable[[], None] | None = None,
                      label: str = "Even geduld…", cancellable: bool = True) -> Job:
    """Run ``fn(progress)`` on a pool thread with a modal progress dialog; callbacks on the GUI
    thread. A :class:`Cancelled` raised by ``fn`` calls ``on_cancel`` instead of failing."""
    return Job(parent, fn, on_success, on_failure, on_cancel, label, cancellable).start()
