"""Issue 13.14: F1 opens the shipped Dutch guide at the section of the screen in front."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from skow_desk.gui.cases.dialogs.conversation_dialog import ConversationDialog
from skow_desk.gui.common.help_window import SECTIONS, HelpWindow, guide_path
from skow_desk.gui.main_window import TAB_OVERVIEW, MainWindow
from tests.conftest import TODAY


def test_the_guide_is_shipped_and_every_section_exists() -> None:
    text = Path(guide_path()).read_text(encoding="utf-8")
    for section in set(SECTIONS.values()):
        assert f'<a name="{section}"></a>' in text, section
    for step in ("Melding", "Overleg directeur-bestuurder", "Gesprek", "Maatregel", "Brief",
                 "Afgerond"):
        assert f"<b>{step}</b>" in text
    assert "http" not in text  # offline: nothing to fetch


def _guide(window: MainWindow) -> HelpWindow:
    guide = window.findChild(HelpWindow, "helpWindow")
    assert guide is not None and guide.isVisible()
    return guide


def _in_view(guide: HelpWindow, text: str) -> bool:
    """Whether ``text`` of the guide is on screen in its window."""
    browser = guide.browser
    cursor = browser.document().find(text)
    assert not cursor.isNull(), text
    return browser.viewport().rect().contains(browser.cursorRect(cursor).center())


def test_f1_opens_the_guide_at_the_screen_in_front(app: Any, qtbot: Any, demo_db: Any,
                                                   demo_folder: Path, grab: Any) -> None:
    window = MainWindow(demo_db, demo_folder, today=TODAY)
    qtbot.addWidget(window)
    window.show()
    assert "Handleiding" in [a.text().replace("&", "") for a in window.ui.menuHelp.actions()]
    window.ui.tabs.setCurrentIndex(TAB_OVERVIEW)
    action = window.findChild(QAction, "actionHelp")
    assert action is not None and action.shortcut().toString() == "F1"
    assert action.shortcutContext() is Qt.ShortcutContext.ApplicationShortcut  # in dialogs too
    action.trigger()
    guide = _guide(window)
    assert guide.section == "jaaroverzicht"
    assert _in_view(guide, "Het jaaroverzicht telt")
    assert not _in_view(guide, "Bij de eerste start")
    grab(guide, "handleiding-jaaroverzicht")
    guide.hide()
    talk = ConversationDialog(demo_db, 1, None, window)
    qtbot.addWidget(talk)
    talk.show()
    talk.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is talk, timeout=2000)
    action.trigger()  # F1 with the dialog in front
    assert guide.section == "stap-gesprek"
    assert _in_view(guide, "met de betrokkene (en bij een leerling")
