"""Issue 13.9: real singular and plural, one word for one thing, "Overig" like the others."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from skow_desk.domain.enums import IncidentStatus
from skow_desk.gui import register_model as rm
from skow_desk.gui.main_window import MainWindow
from skow_desk.gui.settings_dialog import SettingsDialog
from skow_desk.services import register
from skow_desk.services.incidents import PLATFORMS
from skow_desk.services.register import RegisterRow
from tests.conftest import TODAY


def test_one_minute_is_one_minuut(app: Any, qtbot: Any, db: Any, data_folder: Path) -> None:
    dialog = SettingsDialog(db, data_folder)
    qtbot.addWidget(dialog)
    dialog.ui.lockSpin.setValue(1)
    assert dialog.ui.lockSpin.text() == "1 minuut zonder gebruik"
    dialog.ui.lockSpin.setValue(5)
    assert dialog.ui.lockSpin.text() == "5 minuten zonder gebruik"
    dialog.ui.lockSpin.setValue(0)
    assert dialog.ui.lockSpin.text() == "nooit"


@pytest.mark.parametrize(("counts", "expected"), [
    ((1, 1), "1 open taak, waarvan 1 te laat"), ((3, 0), "3 open taken")])
def test_status_bar_counts_tasks_in_dutch(app: Any, qtbot: Any, demo_db: Any,
                                          demo_folder: Path, monkeypatch: Any,
                                          counts: tuple[int, int], expected: str) -> None:
    monkeypatch.setattr(register, "count_open_tasks", lambda _conn, _today: counts)
    window = MainWindow(demo_db, demo_folder, today=TODAY)
    qtbot.addWidget(window)
    window.update_counts()
    assert window.counts.text().endswith("  ·  " + expected)


def _row(platform: str, open_tasks: int, late: int) -> RegisterRow:
    return RegisterRow(1, "04XY-2627-001", date(2026, 11, 2), "De Regenboog", "Daan", "Leerling",
                       platform, "A5", "", IncidentStatus.OPEN, open_tasks, late)


def test_register_says_overig_and_te_laat_in_whole_sentences(app: Any, demo_db: Any) -> None:
    assert "Overig" in PLATFORMS and "overig" not in PLATFORMS
    model = rm.RegisterModel(demo_db)
    assert model._text(_row("overig", 0, 0), rm.COL_PLATFORM) == "Overig"  # stored earlier
    assert model._text(_row("X (Twitter)", 0, 0), rm.COL_PLATFORM) == "X (Twitter)"
    assert model._tooltip(_row("TikTok", 1, 1), rm.COL_OPEN_TASKS) == (
        "De open taak is over de datum.")
    assert model._tooltip(_row("TikTok", 3, 1), rm.COL_OPEN_TASKS) == (
        "1 van de 3 open taken is over de datum.")
    assert model._tooltip(_row("TikTok", 3, 2), rm.COL_OPEN_TASKS) == (
        "2 van de 3 open taken zijn over de datum.")
