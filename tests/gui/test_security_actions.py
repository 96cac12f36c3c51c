"""Backups from the window and at close; the retention list from the menu."""

from __future__ import annotations

from skow_desk.store.backup import backups_dir
from tests.conftest import TODAY


def test_backup_from_the_menu_and_automatically_at_close(app, qtbot, demo_db, demo_folder,
                                                         tmp_path, messages):
    from skow_desk.gui.access import security_actions
    from skow_desk.gui.main_window import MainWindow

    target = tmp_path / "uit" / "kopie.skowbackup"
    security_actions.CHOOSE_BACKUP_TARGET = lambda _default: str(target)
    try:
        window = MainWindow(demo_db, demo_folder, today=TODAY)
        qtbot.addWidget(window)
        window.show()
        action = window.findChild(type(window.ui.actionLock), "actionBackup")
        assert action is not None and "Back-up" in action.text()
        action.trigger()
        assert target.exists() and target.stat().st_size > 10_000
        assert any("back-up is opgeslagen" in text for text in messages.texts())
        assert not list(backups_dir(demo_folder).glob("*"))
        window.close()
        automatic = list(backups_dir(demo_folder).glob("*"))
        assert len(automatic) == 1
    finally:
        security_actions.CHOOSE_BACKUP_TARGET = None


def test_backup_contains_no_readable_names(demo_db, demo_folder, tmp_path):
    from sqlalchemy import select

    from skow_desk.store.backup import backup_to
    from skow_desk.store.models import Person

    with demo_db.transaction() as s:
        name = s.scalars(select(Person.last_name).where(Person.last_name.like("%z%"))).first()
    target = tmp_path / "b.skowbackup"
    backup_to(demo_db, target)
    assert name and name.encode() not in target.read_bytes()
    assert b"De Regenboog" not in target.read_bytes()


def test_retention_dialog_opens_from_the_menu(app, qtbot, demo_db, demo_folder, monkeypatch):
    from skow_desk.gui.common import dialog_base as base
    from skow_desk.gui.main_window import MainWindow

    seen: list[str] = []

    def fake_run(dialog):
        seen.append(dialog.windowTitle())
        return False

    monkeypatch.setattr(base, "RUN_HOOK", fake_run)
    window = MainWindow(demo_db, demo_folder, today=TODAY)
    qtbot.addWidget(window)
    action = window.findChild(type(window.ui.actionLock), "actionRetention")
    action.trigger()
    assert seen == ["Bewaartermijnen"]

