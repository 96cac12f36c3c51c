"""Screenshots of the shell (``widget.grab()``) for a human to look at.

Written to $SKOW_SCREENSHOTS or /tmp/skow-screenshots, never into the repository. The test
fails only when a screen cannot be drawn; whether it looks right is for the eye.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWizard

from skow_desk.gui.access.first_run import FirstRunWizard
from skow_desk.gui.access.unlock_dialog import UnlockDialog
from skow_desk.gui.main_window import TAB_TASKS, MainWindow
from skow_desk.gui.settings.settings_dialog import SettingsDialog
from tests.conftest import TODAY

Grab = Callable[[object, str], Path]


def test_main_window_register_and_tasks(app: Any, demo_db: Any, demo_folder: Path,
                                        qtbot: Any, grab: Grab) -> None:
    window = MainWindow(demo_db, demo_folder, today=TODAY)
    qtbot.addWidget(window)
    window.resize(1280, 780)
    window.show()
    window.register.year_combo.setCurrentIndex(window.register.year_combo.findData(None))
    window.register.table.selectRow(1)
    assert grab(window, "01-hoofdvenster-meldingen").stat().st_size > 10_000
    window.ui.tabs.setCurrentIndex(TAB_TASKS)
    grab(window, "02-hoofdvenster-taken")
    window.register.year_combo.setCurrentIndex(0)
    window.ui.tabs.setCurrentIndex(0)
    window.register.search.setText("niets-te-vinden")
    window.register.apply_filter()
    grab(window, "03-hoofdvenster-geen-resultaat")
    window.lock()
    grab(window, "04-vergrendeld")


def test_empty_register(app: Any, db: Any, data_folder: Path, qtbot: Any, grab: Grab) -> None:
    window = MainWindow(db, data_folder, today=TODAY)
    qtbot.addWidget(window)
    window.resize(1100, 640)
    window.show()
    grab(window, "05-hoofdvenster-leeg")


def test_first_run_pages(app: Any, qtbot: Any, tmp_path: Path, grab: Grab) -> None:
    wizard = FirstRunWizard(tmp_path / "nieuw")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.ui.passphraseEdit.setText("zon-en-regen-op-het-dak")
    grab(wizard, "10-inrichten-1-wachtwoord")
    wizard.ui.repeatEdit.setText("zon-en-regen-op-het-dak")
    wizard.next()
    grab(wizard, "11-inrichten-2-herstelsleutel")
    wizard.ui.savedCheck.setChecked(True)
    wizard.next()
    grab(wizard, "12-inrichten-3-keuze")
    wizard.next()
    wizard.ui.foundationForm.ui.nameEdit.setText("Stichting Katholiek en Openbaar Onderwijs")
    grab(wizard, "13-inrichten-4-stichting")
    wizard.next()
    grab(wizard, "14-inrichten-5-school")
    assert wizard.button(QWizard.WizardButton.CommitButton) is not None
    assert wizard.database is not None
    wizard.database.close()


def test_settings_dialog_tabs(app: Any, demo_db: Any, demo_folder: Path, qtbot: Any,
                              grab: Grab) -> None:
    dialog = SettingsDialog(demo_db, demo_folder)
    qtbot.addWidget(dialog)
    dialog.show()
    for index, name in enumerate(("stichting", "scholen", "brieven", "beveiliging")):
        dialog.ui.tabs.setCurrentIndex(index)
        grab(dialog, f"20-instellingen-{index + 1}-{name}")


def test_unlock_dialog(app: Any, data_folder: Path, qtbot: Any, grab: Grab) -> None:
    dialog = UnlockDialog(data_folder)
    qtbot.addWidget(dialog)
    dialog.show()
    grab(dialog, "30-openen")
    dialog.passphrase.setText("verkeerd-wachtwoord")
    dialog.open_button.click()
    grab(dialog, "31-openen-onjuist")
