"""The register's search box: one keystroke → the table updated, 100,000 incidents.

The real :class:`RegisterView` and its model run in this process (Qt offscreen) on the
encrypted 100k database of :mod:`bench.data`. "yil", "van" and "2526" are typed one letter at a
time; each keystroke is timed from ``setText`` to the table (or the "nothing found" text)
having painted again, so the id query of the first rows, the model reset and the fetch of the
visible rows are all in it; the note adds the time until the whole list is in (the register
lists a long result's first 500 rows, paints, then completes it: gui/register/register_model.py).
The search box's debounce delay is left out — it is a wait, not work — by calling
``apply_filter`` straight away, as its timer would. Three rounds, with the school year
the window opens on and with "Alle schooljaren". Goal: median at most 50 ms. No anchor.
"""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

from bench import BenchRow
from bench.data import INCIDENTS, GoalRow, ensure_data, passphrase

WORDS = ("yil", "van", "2526")
ROUNDS = 3
GOAL_S = 0.050
PAINT_TIMEOUT_S = 10.0


class PaintWatch(QObject):
    """Notes when any of the watched widgets paints."""

    def __init__(self, widgets: list[QWidget]) -> None:
        super().__init__()
        self.painted = False
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False

    def wait(self, app: QApplication) -> None:
        """Process events until a watched widget painted (a paint asks the visible rows)."""
        deadline = time.perf_counter() + PAINT_TIMEOUT_S
        while not self.painted:
            if time.perf_counter() > deadline:
                raise SystemExit("bench register: the register did not paint again")
            app.processEvents()


def wait_complete(app: QApplication, complete: Callable[[], bool]) -> None:
    """Process events until the register lists every match (not only its first rows)."""
    deadline = time.perf_counter() + PAINT_TIMEOUT_S
    while not complete():
        if time.perf_counter() > deadline:
            raise SystemExit("bench register: the register list was not completed")
        app.processEvents()


def typing_times(app: QApplication, watch: PaintWatch, set_text: Callable[[str], None],
                 complete: Callable[[], bool] = lambda: True,
                 whole: list[float] | None = None) -> dict[str, list[float]]:
    """Seconds per keystroke to the repaint, by word; the box is emptied (untimed) before
    each word. ``whole`` collects the seconds until the list was complete, too."""
    times: dict[str, list[float]] = {word: [] for word in WORDS}
    for _ in range(ROUNDS):
        for word in WORDS:
            watch.painted = False
            set_text("")
            watch.wait(app)
            wait_complete(app, complete)
            for end in range(1, len(word) + 1):
                watch.painted = False
                start = time.perf_counter()
                set_text(word[:end])
                watch.wait(app)
                times[word].append(time.perf_counter() - start)
                wait_complete(app, complete)
                if whole is not None:
                    whole.append(time.perf_counter() - start)
    return times


def _row(label: str, times: dict[str, list[float]], rows: int, whole: list[float]) -> BenchRow:
    every = [t for word in WORDS for t in times[word]]
    middle = statistics.median(every)
    per_word = ", ".join(f"{word} {statistics.median(times[word]) * 1000:.0f}" for word in WORDS)
    note = (f"{INCIDENTS:,} incidents; median of {len(every)} keystrokes; per word (ms): "
            f"{per_word}; max {max(every) * 1000:.0f} ms; whole list (row count final) median "
            f"{statistics.median(whole) * 1000:.0f} ms; {rows:,} rows before typing; "
            f"goal <= {GOAL_S * 1000:.0f} ms")
    return GoalRow(f"register: keystroke → table, {label}", middle, None, None, note,
                   met=middle <= GOAL_S)


def run() -> list[BenchRow]:
    """Type into the real register view, with the current school year and with all years."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    folder = ensure_data()
    from skow_desk.gui.app import create_application
    from skow_desk.gui.register.register_view import RegisterView
    from skow_desk.store.vault import open_data

    app = create_application()
    db = open_data(folder, passphrase())
    try:
        view = RegisterView(db)
        view.resize(1280, 800)
        watch = PaintWatch([view.table.viewport(), view.empty])
        view.show()
        watch.wait(app)

        def set_text(text: str) -> None:
            view.search.setText(text)
            view.apply_filter()  # what the debounce timer does SEARCH_DELAY_MS later

        rows: list[BenchRow] = []
        complete = view.model.is_complete
        year_label = view.year_combo.currentText()
        wait_complete(app, complete)
        before = view.model.rowCount()
        whole: list[float] = []
        rows.append(_row(f"school year {year_label}",
                         typing_times(app, watch, set_text, complete, whole), before, whole))
        set_text("")
        view.year_combo.setCurrentIndex(view.year_combo.count() - 1)  # "Alle schooljaren"
        all_label = view.year_combo.currentText()
        wait_complete(app, complete)
        before = view.model.rowCount()
        whole = []
        rows.append(_row(all_label, typing_times(app, watch, set_text, complete, whole),
                         before, whole))
        view.close()
        view.deleteLater()
        app.processEvents()
    finally:
        db.close()
    return rows
