"""Issue 14 item 5: the menus are built one way (gui/common/menus.py); entries, order, keys kept."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from skow_desk.gui.common.menus import MenuEntry, add_entries
from tests.conftest import TODAY

# (menu, [(object name, text, shortcut), …]); "-" is a separator.
MENUS = [
    ("&Bestand", [
        ("actionSettings", "&Instellingen…", ""),
        ("actionLetterTemplates", "&Briefsjablonen…", ""),
        ("actionBackup", "&Back-up maken…", ""),
        ("actionImportRegister", "Register &inlezen…", ""),
        ("actionImportTemplate", "Leeg &importbestand opslaan…", ""),
        "-",
        ("actionRestore", "Back-up &terugzetten…", ""),
        ("actionLock", "&Vergrendelen", "Ctrl+L"),
        "-",
        ("actionQuit", "&Afsluiten", "Ctrl+Q"),
    ]),
    ("&Melding", [
        ("actionNewIncident", "&Nieuwe melding…", "Ctrl+N"),
        ("actionOpenIncident", "Melding &openen", ""),
        "-",
        ("actionSave", "&Opslaan", "Ctrl+S"),
        ("actionCloseTab", "Tabblad &sluiten", "Ctrl+W"),
    ]),
    ("B&eeld", [
        ("actionShowRegister", "&Meldingen", "Alt+1"),
        ("actionShowTasks", "&Taken", "Alt+2"),
        ("actionShowPersons", "&Personen", "Alt+3"),
        ("actionShowOverview", "&Jaaroverzicht", "Alt+4"),
        ("actionShowAudit", "&Logboek", "Alt+5"),
        "-",
        ("actionFind", "&Zoeken", "Ctrl+F"),
        ("actionRefresh", "&Vernieuwen", "F5"),
        ("actionPersonDossier", "&Dossier van persoon…", ""),
        ("actionRetention", "&Bewaartermijnen…", ""),
    ]),
    ("&Help", [
        ("actionHelp", "&Handleiding", "F1"),
        ("actionOpenLogs", "&Logbestanden openen", ""),
        ("actionAbout", "&Over SKOW Desk", ""),
    ]),
]


def _entry(action: QAction) -> Any:
    if action.isSeparator():
        return "-"
    return (action.objectName(), action.text(), action.shortcut().toString())


def test_the_window_menus_are_as_before(app: Any, qtbot: Any, demo_db: Any,
                                        demo_folder: Path) -> None:
    from skow_desk.gui.main_window import TAB_OVERVIEW, MainWindow

    window = MainWindow(demo_db, demo_folder, today=TODAY)
    qtbot.addWidget(window)
    menus = [(m.menu().title(), [_entry(a) for a in m.menu().actions()])
             for m in window.menuBar().actions()]
    assert menus == MENUS
    help_action = window.findChild(QAction, "actionHelp")
    assert help_action.shortcutContext() is Qt.ShortcutContext.ApplicationShortcut
    assert help_action in window.actions()  # F1 also in dialogs
    assert window.action_logs.statusTip().startswith("De map met de logbestanden")
    for name in ("actionLetterTemplates", "actionBackup", "actionRestore", "actionOpenLogs"):
        assert window.findChild(QAction, name).parent() is window
    window.findChild(QAction, "actionShowOverview").trigger()  # a form entry, wired by table
    assert window.ui.tabs.currentIndex() == TAB_OVERVIEW


def test_an_entry_is_made_named_placed_and_wired(app: Any, qtbot: Any) -> None:
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QMainWindow

    window = QMainWindow()
    qtbot.addWidget(window)
    menu = window.menuBar().addMenu("&Bestand")
    last = menu.addAction("&Afsluiten")
    called: list[str] = []
    first, second = add_entries(window, menu, [
        MenuEntry("&Een…", "actionOne", lambda: called.append("een"), "Eerste",
                  QKeySequence("Ctrl+E")),
        MenuEntry("&Twee", "actionTwo", lambda: called.append("twee")),
    ], before=last, separator=True)
    assert [a.text() for a in menu.actions()] == ["&Een…", "&Twee", "", "&Afsluiten"]
    assert (first.objectName(), first.statusTip(), first.shortcut().toString()) == (
        "actionOne", "Eerste", "Ctrl+E")
    second.trigger()
    first.trigger()
    assert called == ["twee", "een"]

