"""The background runner used by settings (TOML), first run (demo) and imports."""

from __future__ import annotations

import threading
from typing import Any

from skow_desk.domain.errors import DomainError
from skow_desk.gui.common.worker import Progress, run_in_background


def test_success_runs_off_the_gui_thread_and_calls_back(app: Any, qtbot: Any) -> None:
    results: list[object] = []
    main = threading.get_ident()

    def work(progress: Progress) -> int:
        progress.report(1, 2, "Halverwege…")
        return threading.get_ident()

    job = run_in_background(None, work, results.append)
    qtbot.waitUntil(lambda: job.done, timeout=5000)
    assert results and results[0] != main


def test_domain_error_is_shown_in_dutch(app: Any, qtbot: Any, messages: Any) -> None:
    def work(_progress: Progress) -> None:
        raise DomainError("Het bestand is geen geldige TOML.")

    job = run_in_background(None, work, lambda _r: None)
    qtbot.waitUntil(lambda: job.done, timeout=5000)
    assert messages.texts() == ["Het bestand is geen geldige TOML."]


def test_cancel_is_cooperative(app: Any, qtbot: Any, messages: Any) -> None:
    started = threading.Event()
    cancelled: list[bool] = []

    def work(progress: Progress) -> None:
        started.set()
        for _ in range(1000):  # bounded: a broken cancel must not hang the test run
            progress.check()
            threading.Event().wait(0.01)

    job = run_in_background(None, work, lambda _r: None,
                            on_cancel=lambda: cancelled.append(True))
    assert started.wait(5)
    job.dialog.canceled.emit()  # what the Annuleren button does
    qtbot.waitUntil(lambda: job.done, timeout=5000)
    assert cancelled == [True]
    assert messages.shown == []
