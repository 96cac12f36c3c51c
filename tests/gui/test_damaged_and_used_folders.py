"""The window with a used or damaged data folder (issue 12 items 2 and 9): the wizard never
replaces a key file, a damaged database is said to be damaged and a backup can be restored."""

from __future__ import annotations

from skow_desk.store.keys import KEYS_FILENAME
from skow_desk.store.location import database_path


def _key_bytes(folder):
    return (folder / KEYS_FILENAME).read_bytes()


def test_the_first_run_wizard_refuses_too(app, qtbot, data_folder, messages):
    from skow_desk.gui.first_run import FirstRunWizard

    database_path(data_folder).unlink()
    before = _key_bytes(data_folder)
    wizard = FirstRunWizard(data_folder)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.ui.passphraseEdit.setText("een lange zin voor een nieuwe map")
    wizard.ui.repeatEdit.setText("een lange zin voor een nieuwe map")
    assert not wizard.validateCurrentPage()
    assert _key_bytes(data_folder) == before
    assert any("onbruikbaar" in text for text in messages.texts())


def test_a_damaged_database_is_said_and_a_backup_can_be_restored(
        app, qtbot, demo_folder, tmp_path, messages, monkeypatch):
    from skow_desk.gui import restore_dialog
    from skow_desk.gui.restore_dialog import RestoreDialog
    from skow_desk.gui.unlock_dialog import UnlockDialog
    from skow_desk.store.backup import backup_to
    from skow_desk.store.connection import DAMAGED
    from skow_desk.store.vault import open_data
    from tests.conftest import PASSPHRASE

    db = open_data(demo_folder, PASSPHRASE)
    backup = backup_to(db, tmp_path / "b.skowbackup").path
    db.reader.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    database_path(demo_folder).write_bytes(b"")  # 0 bytes: never an empty new start
    dialog = UnlockDialog(demo_folder)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.passphrase.setText(PASSPHRASE)
    dialog.try_unlock()
    assert dialog.database is None
    assert dialog.message.text() == DAMAGED
    assert dialog.restore.isVisible()
    dialog.grab().save("/work/shots/h12a/unlock-damaged-database.png")

    monkeypatch.setattr(restore_dialog, "CHOOSE_BACKUP", lambda: str(backup))
    shown: list[RestoreDialog] = []

    def run(self):
        shown.append(self)
        self.show()
        self.pick()
        self.passphrase.setText(PASSPHRASE)
        self.grab().save("/work/shots/h12a/restore-dialog.png")
        self.try_restore()
        return self.result()

    monkeypatch.setattr(RestoreDialog, "exec", run)
    dialog.restore.click()
    assert shown and shown[0].restored
    assert "Stichting" in shown[0].summary.text() or "stichting" in shown[0].summary.text()
    assert not dialog.restore.isVisible()
    dialog.passphrase.setText(PASSPHRASE)
    dialog.try_unlock()
    assert dialog.database is not None
    dialog.database.close()
    assert list(demo_folder.glob("voor-herstel-*"))
