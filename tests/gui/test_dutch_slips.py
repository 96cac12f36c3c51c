"""Issue 13.9: real singular and plural, one word for one thing, "Overig" like the others."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel

from skow_desk.domain.enums import IncidentStatus
from skow_desk.gui.main_window import MainWindow
from skow_desk.gui.register import register_model as rm
from skow_desk.gui.settings.settings_dialog import SettingsDialog
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


def test_a_task_names_its_date_once(app: Any, qtbot: Any, db: Any, monkeypatch: Any) -> None:
    from skow_desk.gui.cases.case_view import CaseView
    from skow_desk.gui.common.date_prompt import DatePromptDialog
    from tests.gui.test_case_support import click, click_row, install_dialogs
    from tests.gui.test_letter_support import suspended_pupil

    incident_id = suspended_pupil(db, heard=False)["incident"]  # two days: Inspectie task
    view = CaseView(db, incident_id)
    qtbot.addWidget(view)
    view.show()
    tasks = view.overview.tasks
    titles = [t.title for t in tasks.model.rows()]
    inspection = next(t for t in titles if t.startswith("Melding Inspectie"))
    assert "vóór" not in inspection and "november" not in inspection  # the date is its column
    dialogs = install_dialogs(monkeypatch)
    asked: list[str] = []

    def look(dialog: Any) -> None:
        assert isinstance(dialog, DatePromptDialog)
        asked.extend(label.text() for label in dialog.findChildren(QLabel))
        dialog.reject()

    dialogs.handlers.append(look)
    click_row(qtbot, tasks.table, titles.index(inspection))
    click(qtbot, view.overview.task_done_button)
    assert any("(uiterlijk 05-11-2026)" in text for text in asked), asked


def test_counts_in_checklists_and_messages_have_no_bracketed_plurals():
    """Issue 13 item 9: real singular and plural, never "punt(en)" or "bestand(en)"."""
    import re
    from pathlib import Path

    import skow_desk

    root = Path(skow_desk.__file__).parent
    bracketed = re.compile(r"\b(punt|schooldag|bestand|regel|persoon|melding|taak)\((en|s|n)\)")
    found = [f"{path.relative_to(root)}:{number}"
             for path in root.rglob("*.py")
             for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1)
             if bracketed.search(line)]
    assert found == []
