"""Issue 13.4: the demo lives in its own folder with a DEMO banner and "Stoppen met de demo";
Bestand → Back-up terugzetten… restores with the command line's checks."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from skow_desk.gui.access.folder_switch import Switch, after_window, move_demo_aside, real_folder_of
from skow_desk.gui.common import msgbox
from skow_desk.gui.main_window import MainWindow
from skow_desk.services.foundation import get_setting, set_setting
from skow_desk.store.backup import backup_to
from skow_desk.store.vault import create_data, is_set_up, open_data
from tests.conftest import PASSPHRASE, TODAY


def test_the_demo_has_its_own_folder_a_banner_and_a_way_out(
        app: Any, qtbot: Any, tmp_path: Path, messages: Any, grab: Any) -> None:
    from skow_desk.services.demo import fill_demo

    real = tmp_path / "SKOW Desk"
    db, _recovery = create_data(real, PASSPHRASE)
    fill_demo(db, incidents=20, seed=3, today=TODAY)  # what the wizard's demo choice does
    demo_db = move_demo_aside(real, db)
    demo = demo_db.path.parent
    try:
        assert demo == tmp_path / "SKOW Desk (demo)"
        assert not is_set_up(real)  # the real folder stays free for the real start
        assert real_folder_of(demo) == real
        window = MainWindow(demo_db, demo, today=TODAY)
        qtbot.addWidget(window)
        window.show()
        banner = window.findChild(QWidget, "demoBanner")
        assert banner is not None and banner.isVisible()
        grab(window, "demo-banner")
        stop = window.findChild(QAction, "actionStopDemo")
        assert stop is not None
        messages.answers.append(msgbox.Answer.YES)
        stop.trigger()
        assert window.switch == Switch(real, remove_demo=demo)
        assert not window.isVisible()
    finally:
        demo_db.close()
    assert after_window(window.switch) == real
    assert not demo.exists()


def test_a_real_folder_has_no_banner(app: Any, qtbot: Any, demo_db: Any,
                                     demo_folder: Path) -> None:
    window = MainWindow(demo_db, demo_folder, today=TODAY)
    qtbot.addWidget(window)
    assert window.findChild(QWidget, "demoBanner") is None
    assert window.findChild(QAction, "actionStopDemo") is None


@pytest.mark.parametrize("passphrase", [PASSPHRASE, "niet-het-wachtwoord-van-toen"])
def test_restore_a_backup_from_the_window(app: Any, qtbot: Any, demo_folder: Path,
                                          tmp_path: Path, messages: Any, monkeypatch: Any,
                                          passphrase: str) -> None:
    from skow_desk.gui.access import restore_dialog
    from skow_desk.gui.access.restore_dialog import RestoreDialog
    from skow_desk.gui.common import dialog_base as base

    db = open_data(demo_folder, PASSPHRASE)
    backup = tmp_path / "kopie.skowbackup"
    backup_to(db, backup)
    with db.transaction() as s:
        set_setting(s, "test.na_de_backup", "ja")
    window = MainWindow(db, demo_folder, today=TODAY)
    qtbot.addWidget(window)
    window.show()
    messages.answers.append(msgbox.Answer.YES)
    action = window.findChild(QAction, "actionRestore")
    assert action is not None and action.text().replace("&", "") == "Back-up terugzetten…"
    action.trigger()
    assert "huidige gegevens worden niet weggegooid" in messages.asked[-1][1]
    assert window.switch == Switch(demo_folder, restore=True)
    assert not window.isVisible()
    db.close()  # what run_gui does once the window has closed
    monkeypatch.setattr(restore_dialog, "CHOOSE_BACKUP", lambda: str(backup))
    results: list[str] = []

    def drive(dialog: Any) -> bool:
        assert isinstance(dialog, RestoreDialog)
        dialog.show()
        dialog.choose.click()
        qtbot.keyClicks(dialog.passphrase, passphrase)
        dialog.restore_button.click()
        results.append(dialog.message.text())
        restored = dialog.restored
        dialog.done(0)
        return restored

    monkeypatch.setattr(base, "RUN_HOOK", drive)
    assert after_window(window.switch) == demo_folder
    reopened = open_data(demo_folder, PASSPHRASE)
    try:
        with reopened.sessions() as s:
            value = get_setting(s, "test.na_de_backup", "")
    finally:
        reopened.close()
    if passphrase == PASSPHRASE:
        assert value == ""  # the state of the backup
        assert "De back-up is teruggezet" in messages.texts()[-1]
    else:
        assert value == "ja"  # refused: nothing changed
        assert results[-1], "the dialog says why"


def test_run_gui_goes_from_the_demo_to_the_real_folder(app: Any, qtbot: Any, tmp_path: Path,
                                                        messages: Any,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from skow_desk.gui import app as gui_app
    from skow_desk.services.demo import fill_demo

    real = tmp_path / "SKOW Desk"
    db, _recovery = create_data(real, PASSPHRASE)
    fill_demo(db, incidents=10, seed=5, today=TODAY)
    opened: list[Path] = []

    def fake_open(folder: Path, parent: Any = None, early: Any = None) -> Any:
        opened.append(folder)
        if len(opened) == 1:  # the wizard's demo choice, as open_or_set_up does it
            return move_demo_aside(folder, db)
        return None  # the real folder's wizard, cancelled

    def stop_demo_soon() -> None:
        for widget in QApplication.topLevelWidgets():
            action = widget.findChild(QAction, "actionStopDemo")
            if isinstance(widget, MainWindow) and widget.isVisible() and action is not None:
                messages.answers.append(msgbox.Answer.YES)
                action.trigger()
                return
        QTimer.singleShot(50, stop_demo_soon)

    from skow_desk import diagnostics
    from skow_desk.gui.common import crash

    monkeypatch.setattr(gui_app, "open_or_set_up", fake_open)
    monkeypatch.setattr(crash, "install", lambda _app: None)  # keep pytest-qt's handlers
    monkeypatch.setattr(diagnostics, "start", lambda: None)
    QTimer.singleShot(50, stop_demo_soon)
    assert gui_app.run_gui(real, early=None) == 0
    assert opened == [real, real]  # the demo, then the real folder (or its wizard)
    assert not (tmp_path / "SKOW Desk (demo)").exists()
