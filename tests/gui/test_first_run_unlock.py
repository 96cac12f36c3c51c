"""Unlocking at start: wrong passphrase, growing wait, right passphrase, recovery key."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialog

from skow_desk.gui import app as gui_app
from skow_desk.gui.access.unlock_dialog import RecoveryDialog, UnlockDialog
from skow_desk.store.keys import PASSPHRASE_ENV
from skow_desk.store.vault import create_data, open_data
from tests.conftest import PASSPHRASE


def test_wrong_passphrase_says_so_and_waits_longer_each_time(
        app: Any, qtbot: Any, data_folder: Path) -> None:
    dialog = UnlockDialog(data_folder)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.remember.isVisible()  # no keyring in tests: the option is hidden
    dialog.passphrase.setText("niet-het-goede-wachtwoord")
    dialog.open_button.click()
    assert dialog.message.text() == ("Het wachtwoord is onjuist. U kunt het over 1 seconde "
                                     "opnieuw proberen.")
    assert not dialog.open_button.isEnabled()
    qtbot.waitUntil(dialog.open_button.isEnabled, timeout=3000)
    assert dialog.message.text() == "Het wachtwoord is onjuist. Probeer het opnieuw."
    dialog.open_button.click()
    assert dialog.throttle.failures == 2
    assert "over 2 seconden" in dialog.message.text()
    assert dialog.throttle.wait_seconds() == 2
    dialog.throttle.failures = 3
    assert dialog.throttle.wait_seconds() == 4
    dialog.throttle.failures = 30
    assert dialog.throttle.wait_seconds() == 60
    assert dialog.database is None


def test_right_passphrase_opens(app: Any, qtbot: Any, data_folder: Path) -> None:
    dialog = UnlockDialog(data_folder)
    qtbot.addWidget(dialog)
    dialog.passphrase.setText(PASSPHRASE)
    dialog.open_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.database is not None
    dialog.database.close()


def test_recovery_key_sets_a_new_passphrase(app: Any, qtbot: Any, tmp_path: Path) -> None:
    folder = tmp_path / "data"
    db, recovery = create_data(folder, PASSPHRASE)
    db.close()
    dialog = RecoveryDialog(folder)
    qtbot.addWidget(dialog)
    dialog.key.setText("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF")
    dialog.fields.first.setText("nieuw-en-lang-genoeg")
    dialog.fields.second.setText("nieuw-en-lang-genoeg")
    dialog.ok_button.click()
    assert "herstelsleutel is onjuist" in dialog.message.text()
    qtbot.waitUntil(dialog.ok_button.isEnabled, timeout=3000)
    dialog.key.setText(recovery.lower().replace("-", " "))
    dialog.ok_button.click()
    assert dialog.database is not None
    dialog.database.close()
    open_data(folder, "nieuw-en-lang-genoeg").close()


def test_passphrase_from_environment_skips_the_dialog(
        app: Any, demo_folder: Path, monkeypatch: Any) -> None:
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    db = gui_app.open_or_set_up(demo_folder)
    assert db is not None
    db.close()
