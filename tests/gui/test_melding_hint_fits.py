"""Issue 13.13: the hint under "Aangifte bij de politie" runs over its box.

On a 1366×768 laptop the case's Melding tab was squeezed below its minimum: the hint got one
line of its two (17 of 28 pixels, cut at top and bottom) and the main window grew to 848 pixels
high, its status bar below the screen. The form now scrolls inside the tab, its buttons stay in
sight, and the hint keeps every line, open or closed, with or without a police report.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

from skow_desk.gui.case_view import TAB_REPORT, CaseView
from skow_desk.gui.main_window import MainWindow
from skow_desk.services.incidents import close_case
from tests.conftest import TODAY
from tests.gui.test_lock_drafts_places import _case_with_evidence

LAPTOP = (1280, 696)  # what the main window gets on 1366×768 with the Windows taskbar


def _settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def _hint_whole(case: CaseView) -> None:
    note = case.melding_form.ui.policeNote
    assert note.height() >= note.heightForWidth(note.width()) > 0, "every line of the hint"
    group = case.melding_form.ui.policeGroup
    assert group.rect().contains(note.geometry()), "inside its box"
    buttons = case.melding_form.ui.buttonBox
    assert buttons.isVisible() and buttons.visibleRegion().boundingRect().height() == \
        buttons.height(), "the save buttons stay in sight"


def test_the_police_hint_keeps_its_lines_on_a_laptop_screen(
        app: Any, demo_db: Any, demo_folder: Path, qtbot: Any, grab: Any) -> None:
    window = MainWindow(demo_db, demo_folder, today=TODAY)
    qtbot.addWidget(window)
    window.resize(*LAPTOP)
    window.show()
    incident_id = _case_with_evidence(demo_db)
    window.open_case(incident_id)
    case = window.cases[incident_id]
    assert isinstance(case, CaseView)
    case.tabs.setCurrentIndex(TAB_REPORT)
    _settle()
    assert window.height() <= LAPTOP[1], "the window does not grow below the screen"
    _hint_whole(case)
    ui = case.melding_form.ui
    ui.policeCheck.setChecked(True)
    ui.policeNumberEdit.setText("PL0900-2026-123456789")
    ui.descriptionEdit.setPlainText("Een lange omschrijving van wat er is gebeurd. " * 40)
    _settle()
    _hint_whole(case)
    grab(window, "d13-melding-police-laptop")
    case.save()
    with demo_db.transaction() as s:
        close_case(s, incident_id, TODAY)
    case.refresh()
    _settle()
    assert not case.melding_form.isEnabled()
    assert window.height() <= LAPTOP[1]
    _hint_whole(case)
