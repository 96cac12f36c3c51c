"""The window with a used or damaged data folder (issue 12 items 2 and 9): the wizard never
replaces a key file, a damaged database is said to be damaged and a backup can be restored."""

from __future__ import annotations

import threading

import pytest

from skow_desk.gui.common.integrity_watch import IntegrityWatch
from skow_desk.store.keys import KEYS_FILENAME
from skow_desk.store.location import database_path


def _key_bytes(folder):
    return (folder / KEYS_FILENAME).read_bytes()


def test_the_first_run_wizard_refuses_too(app, qtbot, data_folder, messages):
    from skow_desk.gui.access.first_run import FirstRunWizard

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
    from skow_desk.gui.access import restore_dialog
    from skow_desk.gui.access.restore_dialog import RestoreDialog
    from skow_desk.gui.access.unlock_dialog import UnlockDialog
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

    monkeypatch.setattr(restore_dialog, "CHOOSE_BACKUP", lambda: str(backup))
    shown: list[RestoreDialog] = []

    def run(self):
        shown.append(self)
        self.show()
        self.pick()
        self.passphrase.setText(PASSPHRASE)
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


class _Window:
    """What the watch needs of the main window (the real one would read the damaged pages)."""

    def __init__(self, db):
        from PySide6.QtCore import QObject

        self.db, self.damaged, self.restore_after_close, self.closed = db, False, False, False
        self.qobject = QObject()

    def close(self):
        self.closed = True


@pytest.fixture
def fresh_report(monkeypatch):
    from skow_desk.gui.common import integrity_watch

    monkeypatch.setattr(integrity_watch, "_told", [])
    monkeypatch.setattr(integrity_watch, "_windows", [])
    return integrity_watch


def test_damage_deeper_in_a_large_file_is_found_after_the_window_painted(
        app, qtbot, demo_folder, messages, fresh_report, monkeypatch):
    from skow_desk.gui.common import msgbox
    from skow_desk.store import db as db_module
    from skow_desk.store.vault import open_data
    from tests.conftest import PASSPHRASE

    db = open_data(demo_folder, PASSPHRASE)
    db.reader.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    path = database_path(demo_folder)
    data = bytearray(path.read_bytes())
    middle = (len(data) // 4096 // 2) * 4096
    data[middle:middle + 4096] = bytes(4096)
    path.write_bytes(bytes(data))
    monkeypatch.setattr(db_module, "FULL_CHECK_MAX_BYTES", 1024)  # as if it were large
    db = open_data(demo_folder, PASSPHRASE, check=None)  # as the window opens it
    assert not db.checked
    window = _Window(db)
    messages.answers.append(msgbox.Answer.YES)  # "Sluiten en back-up terugzetten"
    watch = IntegrityWatch(window)
    qtbot.waitUntil(lambda: watch.result is not None, timeout=20000)
    assert watch.result is False
    qtbot.waitUntil(lambda: bool(messages.asked), timeout=5000)
    assert "De database is beschadigd; zet een back-up terug." in messages.asked[-1][1]
    assert window.damaged and window.restore_after_close and window.closed
    fresh_report.report_damage()  # a second finding (a failed read) asks nothing more
    assert len(messages.asked) == 1
    db.close()


def test_a_small_database_is_checked_at_open(demo_db):
    assert demo_db.checked


def test_a_failed_read_of_a_damaged_page_is_said_once(app, messages, fresh_report,
                                                      monkeypatch):
    import sqlcipher3

    from skow_desk import diagnostics
    from skow_desk.gui.common import crash

    crash.install(app)  # what the window does at start: the damage notice claims the error
    monkeypatch.setitem(diagnostics._state, "reporter", None)
    error = sqlcipher3.dbapi2.DatabaseError("database disk image is malformed")
    for _ in range(3):
        diagnostics._excepthook(type(error), error, None)
    diagnostics.set_claim(None)
    assert len(messages.asked) == 1 and "beschadigd" in messages.asked[0][1]
    assert not messages.shown


def test_the_window_asks_before_restoring_another_foundations_backup(
        app, qtbot, demo_folder, data_folder, tmp_path, messages, monkeypatch):
    """Issue 12 item 13: the backup's foundation is shown and a second yes is needed."""
    from skow_desk.gui.access import restore_dialog
    from skow_desk.gui.access.restore_dialog import RestoreDialog
    from skow_desk.gui.common import msgbox
    from skow_desk.services.foundation import FoundationInput, get_foundation, save_foundation
    from skow_desk.store.backup import backup_to
    from skow_desk.store.vault import open_data
    from tests.conftest import PASSPHRASE

    db = open_data(data_folder, PASSPHRASE)
    with db.transaction() as session:
        save_foundation(session, FoundationInput(name="Stichting Andermans Scholen"))
    backup = backup_to(db, tmp_path / "ander.skowbackup").path
    db.close()
    monkeypatch.setattr(restore_dialog, "CHOOSE_BACKUP", lambda: str(backup))
    dialog = RestoreDialog(demo_folder)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.pick()
    assert "Stichting Andermans Scholen" in dialog.summary.text()
    dialog.passphrase.setText(PASSPHRASE)
    messages.answers.append(msgbox.Answer.NO)
    dialog.try_restore()
    assert "Andermans" in messages.asked[-1][1] and not dialog.restored
    assert dialog.message.text() == "Er is niets teruggezet."
    messages.answers.append(msgbox.Answer.YES)
    dialog.try_restore()
    assert dialog.restored
    db = open_data(demo_folder, PASSPHRASE)
    with db.read_only() as session:
        assert get_foundation(session).name == "Stichting Andermans Scholen"
    db.close()


def test_closing_early_stops_the_check_of_a_large_file(
        app, qtbot, demo_folder, messages, fresh_report, monkeypatch):
    """The full check of a large file still ran in its thread when the window closed, and the
    program crashed at exit (SQLCipher torn down under it: seen with 100,000 incidents).
    Closing interrupts the check and waits for it; an interrupted check reports nothing."""
    from skow_desk.gui.common import integrity_watch
    from skow_desk.store.vault import open_data
    from tests.conftest import PASSPHRASE

    started = threading.Event()

    def endless(conn, key):  # a check that would take as long as a very large file
        started.set()
        conn.execute("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c)"
                     " SELECT count(*) FROM c").fetchone()

    monkeypatch.setattr(integrity_watch, "check_integrity", endless)
    db = open_data(demo_folder, PASSPHRASE)
    try:
        watch = IntegrityWatch(_Window(db))
        assert started.wait(10)
        watch.stop(timeout=10)
        assert not watch.worker.is_alive()
        assert watch.result is None  # neither "in order" nor "damaged"
        app.processEvents()
        assert not messages.asked
    finally:
        db.close()
