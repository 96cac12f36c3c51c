"""The entries the main window adds to its Designer menus, as one table.

The menus themselves (Bestand, Melding, Beeld, Help) and their fixed entries come from
``ui/main_window.ui``; what other parts of the program offer there is listed here once, in the
order it appears, and made by :func:`skow_desk.gui.common.menus.add_entries`. (The demo's
"Stoppen met de demo" comes with the demo banner, in ``folder_switch``.)
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QAction, QKeySequence

from skow_desk.gui.access.folder_switch import ask_restore
from skow_desk.gui.access.security_actions import make_backup, open_retention
from skow_desk.gui.common.help_window import show_help
from skow_desk.gui.common.menus import MenuEntry, add_entries
from skow_desk.gui.letter_actions import open_selected_dossier, open_templates
from skow_desk.gui.register.import_actions import import_register_file, save_import_template


def add_window_entries(window: Any) -> dict[str, QAction]:
    """Add every entry to ``window`` (a MainWindow: its ``ui``, ``db`` and slots); returns the
    actions by object name."""
    ui, tr = window.ui, window.tr
    actions = add_entries(window, ui.menuFile, [  # Bestand, above Vergrendelen
        MenuEntry(tr("&Briefsjablonen…"), "actionLetterTemplates",
                  lambda: open_templates(window.db, window)),
        MenuEntry(tr("&Back-up maken…"), "actionBackup", lambda: make_backup(window.db, window)),
        MenuEntry(tr("Register &inlezen…"), "actionImportRegister",
                  lambda: import_register_file(window.db, window, window.refresh_lists)),
        MenuEntry(tr("Leeg &importbestand opslaan…"), "actionImportTemplate",
                  lambda: save_import_template(window)),
    ], before=ui.actionLock, separator=True)
    actions += add_entries(window, ui.menuFile, [
        MenuEntry(tr("Back-up &terugzetten…"), "actionRestore", lambda: ask_restore(window)),
    ], before=ui.actionLock)
    actions += add_entries(window, ui.menuView, [  # Beeld, at the end
        MenuEntry(tr("&Dossier van persoon…"), "actionPersonDossier",
                  lambda: open_selected_dossier(window)),
        MenuEntry(tr("&Bewaartermijnen…"), "actionRetention",
                  lambda: open_retention(window.db, window)),
    ])
    actions += add_entries(window, ui.menuHelp, [  # Help, above Over SKOW Desk
        MenuEntry(tr("&Handleiding"), "actionHelp", lambda: show_help(window),
                  shortcut=QKeySequence(QKeySequence.StandardKey.HelpContents),
                  everywhere=True),
        MenuEntry(tr("&Logbestanden openen"), "actionOpenLogs", window.open_logs,
                  tr("De map met de logbestanden, voor wie u helpt bij een probleem")),
    ], before=ui.actionAbout)
    by_name = {action.objectName(): action for action in actions}
    window.addAction(by_name["actionHelp"])  # F1 also while a dialog is in front
    return by_name
