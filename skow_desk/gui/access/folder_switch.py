"""The demo in its own folder, and restoring a backup from the window (issue 13.4).

* Choosing the demo in the first-run wizard fills a folder of its own (beside the real one,
  marked with :data:`DEMO_MARKER`); the real data folder stays empty for the real start.
  The window shows a "DEMO" banner; "Stoppen met de demo" removes the demo folder and returns
  to the real folder (or its first-run wizard).
* "Back-up terugzetten…" closes the window, then offers the restore dialog
  (:mod:`skow_desk.gui.access.restore_dialog`, the same checks as ``skow-desk restore``); then the
  window opens the (restored) data again.

The window asks for either by setting :attr:`Switch` on itself and closing; ``run_gui`` does
the rest between two windows (:func:`after_window`).
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from skow_desk.gui.common import msgbox
from skow_desk.gui.common.menus import MenuEntry, add_entries
from skow_desk.store.db import Database

DEMO_MARKER = "DEMO.txt"
DEMO_SUFFIX = " (demo)"
BANNER_STYLE = ("background: #fff4ce; color: #5c4400; border-bottom: 1px solid #e0c36a; "
                "padding: 6px 10px; font-weight: bold;")


@dataclass(frozen=True)
class Switch:
    """What the window asks ``run_gui`` to do after it closed."""

    folder: Path  # the data folder to open next
    remove_demo: Path | None = None  # a demo folder to remove first
    restore: bool = False  # offer "Back-up terugzetten" first (gui/access/restore_dialog.py)


def demo_folder_for(folder: Path) -> Path:
    """Where the demo of ``folder`` lives: beside it, never in it."""
    return folder.with_name(folder.name + DEMO_SUFFIX)


def real_folder_of(demo: Path) -> Path | None:
    """The real data folder a demo folder belongs to; None when ``demo`` is no demo."""
    marker = demo / DEMO_MARKER
    if not marker.is_file():
        return None
    first = marker.read_text(encoding="utf-8").splitlines()[:1]
    return Path(first[0]) if first else None


def move_demo_aside(folder: Path, db: Database) -> Database:
    """The wizard filled ``folder`` with demo data: move it to its own folder and reopen."""
    from skow_desk.store.vault import open_data_with_key

    key = db.key
    assert key is not None
    db.close()
    demo = demo_folder_for(folder)
    if demo.exists() and real_folder_of(demo) is not None:
        shutil.rmtree(demo)  # an earlier demo: made-up data only
    folder.rename(demo)
    (demo / DEMO_MARKER).write_text(
        f"{folder}\nDeze map bevat alleen verzonnen demogegevens van SKOW Desk.\n",
        encoding="utf-8")
    return open_data_with_key(demo, key, "demo geopend")


def add_demo_banner(window: Any) -> QWidget | None:
    """The DEMO banner and Bestand → Stoppen met de demo, when the window shows a demo."""
    real = real_folder_of(window.folder)
    if real is None:
        return None
    banner = QWidget(window)
    banner.setObjectName("demoBanner")
    banner.setStyleSheet(BANNER_STYLE)
    text = QLabel(window.tr("DEMO — verzonnen gegevens om SKOW Desk te leren kennen. Wat u hier "
                            "doet, komt niet in uw echte gegevens."), banner)
    stop = QPushButton(window.tr("&Stoppen met de demo"), banner)
    stop.setObjectName("stopDemoButton")
    row = QHBoxLayout(banner)
    row.setContentsMargins(8, 4, 8, 4)
    row.addWidget(text, 1)
    row.addWidget(stop)
    window.centralWidget().layout().insertWidget(0, banner)
    [action] = add_entries(window, window.ui.menuFile, [
        MenuEntry(window.tr("Stoppen met de &demo"), "actionStopDemo",
                  lambda: stop_demo(window, real)),
    ], before=window.ui.actionQuit)
    stop.clicked.connect(action.trigger)
    return banner


def stop_demo(window: Any, real: Path) -> bool:
    """Close the demo (after asking) and go on with the real folder."""
    if not msgbox.confirm(window, window.tr(
            "De demo stoppen? De demogegevens worden verwijderd; daarna opent SKOW Desk uw "
            "echte gegevensmap (of richt die in)."), yes=window.tr("Demo stoppen"),
            no=window.tr("Doorgaan met de demo"), title=window.tr("Demo stoppen")):
        return False
    window.switch = Switch(real, remove_demo=window.folder)
    window.close()
    return True


def ask_restore(window: Any) -> bool:
    """Close the window (after asking) and restore a backup before opening the data again."""
    if not msgbox.confirm(window, window.tr(
            "Een back-up terugzetten? SKOW Desk sluit daarvoor dit venster (met een "
            "automatische back-up van de huidige gegevens); daarna kiest u de back-up en typt "
            "u het wachtwoord van toen. Uw huidige gegevens worden niet weggegooid maar opzij "
            "gezet."), yes=window.tr("Doorgaan"), no=window.tr("Annuleren"),
            title=window.tr("Back-up terugzetten")):
        return False
    window.switch = Switch(window.folder, restore=True)
    window.close()
    return True


def after_window(switch: Switch) -> Path:
    """Between two windows: remove the demo or restore a backup; the folder to open next."""
    if switch.remove_demo is not None and real_folder_of(switch.remove_demo) is not None:
        shutil.rmtree(switch.remove_demo, ignore_errors=True)
    if switch.restore:
        from skow_desk.gui.access.restore_dialog import RestoreDialog
        from skow_desk.gui.common.dialog_base import run_dialog

        run_dialog(RestoreDialog(switch.folder))  # the same checks as 'skow-desk restore'
    return switch.folder
