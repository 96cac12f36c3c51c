"""Issue 13.5: the lock screen offers "Wachtwoord vergeten?" with the recovery key."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from skow_desk.gui.access.unlock_dialog import RecoveryDialog
from skow_desk.gui.common import dialog_base as base
from skow_desk.gui.main_window import MainWindow
from skow_desk.store.keys import WrongPassphrase, unlock
from skow_desk.store.vault import create_data
from tests.conftest import PASSPHRASE, TODAY

NEW = "een-nieuw-en-lang-wachtwoord-2026"


def test_forgotten_passphrase_on_the_lock_screen(app: Any, qtbot: Any, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch,
                                                 grab: Any) -> None:
    folder = tmp_path / "data"
    db, recovery = create_data(folder, PASSPHRASE)
    try:
        window = MainWindow(db, folder, today=TODAY)
        qtbot.addWidget(window)
        window.show()
        window.lock()
        screen = window.lock_screen
        assert screen.forgot.isVisibleTo(window)
        grab(window, "lock-screen-forgot")

        def drive(dialog: QDialog) -> bool:
            assert isinstance(dialog, RecoveryDialog)
            dialog.show()
            qtbot.keyClicks(dialog.key, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF")
            qtbot.keyClicks(dialog.fields.first, NEW)
            qtbot.keyClicks(dialog.fields.second, NEW)
            qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
            assert "herstelsleutel is onjuist" in dialog.message.text()
            assert dialog.isVisible()
            grab(dialog, "lock-screen-recovery")
            dialog.throttle.failures = 0
            qtbot.waitUntil(dialog.ok_button.isEnabled, timeout=3000)
            dialog.key.setText(recovery.lower())
            qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
            return dialog.result() == QDialog.DialogCode.Accepted

        monkeypatch.setattr(base, "RUN_HOOK", drive)
        qtbot.mouseClick(screen.forgot, Qt.MouseButton.LeftButton)
        assert not window.locked
        assert window.ui.stack.currentWidget() is window.ui.tabs
        assert len(unlock(folder, NEW)) == 32  # the new passphrase opens the data
        with pytest.raises(WrongPassphrase):
            unlock(folder, PASSPHRASE)
        assert window.register.model.rowCount() >= 0  # the open database still answers
    finally:
        db.close()


def test_cancelling_the_recovery_keeps_the_lock(app: Any, qtbot: Any, demo_db: Any,
                                                demo_folder: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    window = MainWindow(demo_db, demo_folder, today=TODAY)
    qtbot.addWidget(window)
    window.show()
    window.lock()
    monkeypatch.setattr(base, "RUN_HOOK", lambda dialog: False)
    qtbot.mouseClick(window.lock_screen.forgot, Qt.MouseButton.LeftButton)
    assert window.locked
    assert len(unlock(demo_folder, PASSPHRASE)) == 32
