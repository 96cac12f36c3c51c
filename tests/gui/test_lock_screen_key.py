"""The lock screen proves the passphrase against the key in memory, not the file on disk
(issue 12 item 1): a key file swapped for one made with another passphrase unlocks nothing."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from skow_desk.gui.main_window import MainWindow
from skow_desk.store.keys import KEYS_FILENAME, create_keys
from tests.conftest import PASSPHRASE, TODAY

ATTACKER = "de-aanvaller-zijn-eigen-zin 77"


@pytest.fixture
def window(app: Any, demo_db: Any, demo_folder: Path, qtbot: Any) -> MainWindow:
    win = MainWindow(demo_db, demo_folder, today=TODAY)
    qtbot.addWidget(win)
    win.show()
    return win


def _swap_key_file(folder: Path, tmp_path: Path) -> None:
    other = tmp_path / "aanvaller"
    create_keys(other, ATTACKER)
    shutil.copy(other / KEYS_FILENAME, folder / KEYS_FILENAME)


def test_a_swapped_key_file_does_not_unlock_the_window(window: MainWindow, demo_folder: Path,
                                                       tmp_path: Path, qtbot: Any) -> None:
    window.lock()
    _swap_key_file(demo_folder, tmp_path)
    screen = window.lock_screen
    screen.passphrase.setText(ATTACKER)
    qtbot.mouseClick(screen.button, Qt.MouseButton.LeftButton)
    assert window.locked
    assert window.ui.stack.currentWidget() is screen
    assert "onjuist" in screen.message.text()
    qtbot.waitUntil(screen.button.isEnabled, timeout=3000)
    screen.passphrase.setText(PASSPHRASE)  # the real passphrase still works (key in memory)
    screen.try_unlock()
    assert not window.locked
    assert window.ui.stack.currentWidget() is window.ui.tabs


def test_a_deleted_key_file_still_lets_the_real_passphrase_in(window: MainWindow,
                                                              demo_folder: Path) -> None:
    window.lock()
    (demo_folder / KEYS_FILENAME).unlink()
    window.lock_screen.passphrase.setText(PASSPHRASE)
    window.lock_screen.try_unlock()
    assert not window.locked
