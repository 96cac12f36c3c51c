"""The window's one-shot timers: a search that waits for the typing to pause, a preview that
follows an edit, an automatic lock after a quiet spell, work left until the first paint.

One helper, so every such timer is single-shot, restarts on each new start() and is owned by
its widget (stopped and deleted with it).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

SEARCH_DELAY_MS = 150  # a search box filters once the typing pauses this long
EDIT_DELAY_MS = 400  # a letter or template preview follows an edit after this pause


def single_shot(parent: QObject, slot: Callable[[], Any], interval_ms: int = 0) -> QTimer:
    """A single-shot timer owned by ``parent`` that calls ``slot``; each start() waits again."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(interval_ms)
    timer.timeout.connect(slot)
    return timer


def debounced(signal: Any, parent: QObject, slot: Callable[[], Any],
              interval_ms: int = SEARCH_DELAY_MS) -> QTimer:
    """Call ``slot`` once ``signal`` (e.g. a search box's textChanged) has been quiet for
    ``interval_ms``; returns the timer, so the owner can stop it or fire it at once."""
    timer = single_shot(parent, slot, interval_ms)
    signal.connect(lambda *_args: timer.start())
    return timer


class AfterFirstPaint(QObject):
    """Runs ``then`` once, right after the watched widget first painted."""

    def __init__(self, watched: QWidget, then: Callable[[], None]) -> None:
        super().__init__(watched)
        self._then = then
        self.done = False
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            QTimer.singleShot(0, self._then)
        return False
