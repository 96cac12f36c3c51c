"""Issue 14: an unexpected error in the windowed program leaves a trace and one Dutch dialog."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTimer, qWarning
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from skow_desk import diagnostics
from skow_desk.gui.common import crash, msgbox, widgets


class BrokenScreen(QWidget):
    """A screen whose button has a bug (a deliberate exception in a slot)."""

    def __init__(self) -> None:
        super().__init__()
        self.button = QPushButton("Opslaan", self)
        self.button.clicked.connect(self.save)
        QVBoxLayout(self).addWidget(self.button)

    def save(self) -> None:
        raise RuntimeError("bewust stuk voor de test; parameters van jan@example.nl")


@pytest.fixture
def windowed(tmp_path: Path, log_folder: Path, app: Any,
             monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The program as the Windows exe starts it: no console (``sys.stderr`` is None), the
    full diagnostics with their hooks in a fresh folder; afterwards the suite's own log."""
    monkeypatch.setattr(msgbox, "SHOW_HOOK", lambda *args: None)
    monkeypatch.setattr(sys, "stderr", None)
    diagnostics.stop()
    folder = tmp_path / "logs"
    diagnostics.start(folder)
    reporter = crash.install(app)
    assert sys.stderr is not None  # redirected into uitvoer.log (pytest captures it again
    # in the test itself: see test_missing_stderr_is_redirected_to_a_file)
    try:
        yield folder
    finally:
        reporter.deleteLater()
        diagnostics.stop()
        diagnostics.start(log_folder, hooks=False)


def _settle(qtbot: Any) -> None:
    qtbot.wait(50)


def test_exception_in_a_screen_without_console_is_logged_and_shown_once(
        windowed: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    screen = BrokenScreen()
    qtbot.addWidget(screen)
    monkeypatch.setattr(sys, "stderr", None)  # no console, as the windowed exe
    before = len(msgbox.SHOWN)
    # In the window, Qt hands an exception in a slot to sys.excepthook (see the next test;
    # pytest-qt puts its own hook in place during a test, so ours is called here directly).
    # Twice: the second error while the dialog is open is logged, not shown again.
    hook = diagnostics._excepthook
    for _ in range(2):
        try:
            screen.save()
        except RuntimeError:
            hook(*sys.exc_info())  # type: ignore[arg-type]
    # The dialog's own event loop runs while it is open, as QMessageBox.exec() does.
    monkeypatch.setattr(msgbox, "SHOW_HOOK",
                        lambda *args: QCoreApplication.processEvents())
    _settle(qtbot)
    log_text = (windowed / diagnostics.LOG_FILE).read_text(encoding="utf-8")
    crash_text = (windowed / diagnostics.CRASH_FILE).read_text(encoding="utf-8")
    for text in (log_text, crash_text):
        assert "RuntimeError: bewust stuk voor de test" in text
        assert "in save" in text  # the traceback, not just the message
        assert "jan@example.nl" not in text  # no personal data
    assert "Onverwachte fout" in log_text
    dialogs = msgbox.SHOWN[before:]
    assert len(dialogs) == 1
    kind, title, text = dialogs[0]
    assert (kind, title) == ("error", "Onverwachte fout")
    assert text.startswith(crash.UNEXPECTED)
    assert "RuntimeError" in text  # the details "Kopieer details" copies


def test_exception_in_a_slot_reaches_the_hook(windowed: Path, qtbot: Any,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    screen = BrokenScreen()
    qtbot.addWidget(screen)
    seen: list[str] = []
    monkeypatch.setattr(diagnostics, "report",
                        lambda kind, error, trace, where="": seen.append(str(error)))
    # pytest-qt captures exceptions from Qt during a test; outside it, Qt calls sys.excepthook.
    monkeypatch.setattr(sys, "excepthook", diagnostics._excepthook)
    QTimer.singleShot(0, screen.button.click)
    _settle(qtbot)
    assert seen and seen[0].startswith("bewust stuk")


def test_exception_in_a_thread_is_logged_and_shown_on_the_gui_thread(
        windowed: Path, qtbot: Any) -> None:
    before = len(msgbox.SHOWN)
    # pytest's own thread hook is active during a test: call ours, from the failing thread.
    hook = diagnostics._thread_excepthook

    def work() -> None:
        try:
            raise ValueError("achtergrondtaak stuk")
        except ValueError:
            kind, error, trace = sys.exc_info()
            hook(threading.ExceptHookArgs((kind, error, trace, threading.current_thread())))

    thread = threading.Thread(target=work, name="test-draad")
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: len(msgbox.SHOWN) > before, timeout=2000)
    log_text = (windowed / diagnostics.LOG_FILE).read_text(encoding="utf-8")
    assert "Onverwachte fout in draad test-draad" in log_text
    assert "ValueError: achtergrondtaak stuk" in log_text
    assert len(msgbox.SHOWN) - before == 1


def test_qt_messages_and_the_crash_log(windowed: Path) -> None:
    qWarning("een waarschuwing van Qt")
    logging.getLogger("skow_desk").handlers[0].flush()
    assert "een waarschuwing van Qt" in (windowed / diagnostics.LOG_FILE).read_text("utf-8")
    import faulthandler

    assert faulthandler.is_enabled()  # a hard crash dumps into crash.log
    assert (windowed / diagnostics.CRASH_FILE).exists()


def test_missing_stderr_is_redirected_to_a_file(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stderr", None)
    diagnostics._redirect_missing_streams(tmp_path)
    stream = sys.stderr
    assert stream is not None
    print("naar de uitvoer", file=stream, flush=True)
    stream.close()
    assert "naar de uitvoer" in (tmp_path / diagnostics.OUTPUT_FILE).read_text("utf-8")


def test_broken_screen_is_logged_and_fails_selftest(
        caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(widgets, "BROKEN_SCREENS", [])
    with caplog.at_level(logging.ERROR):
        assert widgets.import_optional("skow_desk.gui.bestaat_niet", "Scherm") is None
    assert "Scherm skow_desk.gui.bestaat_niet.Scherm kan niet worden geladen" in caplog.text
    assert "ModuleNotFoundError" in caplog.text
    assert widgets.BROKEN_SCREENS == ["skow_desk.gui.bestaat_niet.Scherm"]


def test_help_menu_opens_the_log_folder(app: Any, demo_db: Any, demo_folder: Path,
                                        monkeypatch: pytest.MonkeyPatch, log_folder: Path) -> None:
    from PySide6.QtGui import QDesktopServices

    from skow_desk.gui.main_window import MainWindow
    from tests.conftest import TODAY

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        lambda url: opened.append(url.toLocalFile()) or True)
    window = MainWindow(demo_db, demo_folder, today=TODAY)
    try:
        texts = [a.text().replace("&", "") for a in window.ui.menuHelp.actions()]
        assert "Logbestanden openen" in texts
        window.action_logs.trigger()
        assert opened == [str(log_folder)]
    finally:
        window.close()


def test_save_pdf_as_onto_an_open_file_shows_the_calm_message(
        app: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from skow_desk.gui.common import pdf_preview as letter_preview
    from skow_desk.store import files

    target = tmp_path / "brief.pdf"
    monkeypatch.setattr(letter_preview, "choose_pdf_target", lambda parent, name: target)
    monkeypatch.setattr(files, "RETRY_SECONDS", 0)

    def refuse(source: Any, target: Any) -> None:
        raise PermissionError(13, "in gebruik", str(target))

    monkeypatch.setattr(files.os, "replace", refuse)
    monkeypatch.setattr(msgbox, "SHOW_HOOK", lambda *args: None)
    before = len(msgbox.SHOWN)
    parent = QWidget()
    assert letter_preview.save_pdf_as(parent, b"%PDF-1.4", "brief.pdf") is None
    assert "Is het bestand nog geopend in Excel?" in msgbox.SHOWN[before][2]
    assert not target.exists()


def test_a_failing_keyring_backend_is_visible_in_the_log(
        caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch) -> None:
    import keyring

    from skow_desk.gui.access import keychain

    def broken() -> object:
        raise RuntimeError("geen D-Bus")

    monkeypatch.setattr(keychain, "ENABLED", True)
    monkeypatch.setattr(keychain, "_usable", None)
    monkeypatch.setattr(keyring, "get_keyring", broken)
    with caplog.at_level(logging.WARNING, logger="skow_desk.gui.access.keychain"):
        assert keychain.usable() is False
    assert "Sleutelbos kan niet worden geladen" in caplog.text
    assert "geen D-Bus" in caplog.text


# The real program in a subprocess, as the windowed exe runs it: no stderr, the command line's
# own diagnostics and hooks (no pytest in between). At the first paint a screen's slot raises.
WINDOWED = """
import sys
sys.stderr = None
from skow_desk.gui import app as gui_app
from skow_desk.gui.common import msgbox

shown = []
msgbox.SHOW_HOOK = lambda *args: shown.append(args)

def at_first_paint(started, _quit=gui_app.quit_reporting):
    quit = _quit(started)
    def go():
        from PySide6.QtCore import QTimer
        def broken_slot():
            raise RuntimeError("bewust stuk in een scherm")
        def done():
            with open(OUT, "w", encoding="utf-8") as handle:
                handle.write(repr(shown))
            quit()
        QTimer.singleShot(0, broken_slot)
        QTimer.singleShot(0, broken_slot)
        QTimer.singleShot(500, done)
    return go

gui_app.quit_reporting = at_first_paint
from skow_desk.cli import main
sys.exit(main(["--data-dir", FOLDER, "--quit-after-start"]))
"""


def test_windowed_program_logs_a_screen_error_and_shows_one_dialog(
        demo_folder: Path, tmp_path: Path) -> None:
    import ast
    import os
    import subprocess

    from skow_desk.store.keys import PASSPHRASE_ENV
    from tests.conftest import PASSPHRASE

    logs, out = tmp_path / "logs", tmp_path / "getoond.txt"
    script = f"FOLDER = {str(demo_folder)!r}\nOUT = {str(out)!r}\n{WINDOWED}"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", PASSPHRASE_ENV: PASSPHRASE,
           diagnostics.LOG_DIR_ENV: str(logs)}
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                          text=True, timeout=180, check=False)
    assert done.returncode == 0, (done.stdout, done.stderr)
    assert done.stderr == ""  # nothing reached a console: there is none
    for name in (diagnostics.LOG_FILE, diagnostics.CRASH_FILE):
        text = (logs / name).read_text("utf-8")
        assert "RuntimeError: bewust stuk in een scherm" in text, name
        assert "broken_slot" in text, name  # the traceback
    assert "hoofdvenster getekend" in (logs / diagnostics.OUTPUT_FILE).read_text("utf-8")
    shown = ast.literal_eval(out.read_text("utf-8"))
    assert len(shown) == 1  # the same error twice: one dialog (the second is in the log)
    kind, title, text = shown[0]
    assert (kind, title) == ("error", "Onverwachte fout") and text.startswith(crash.UNEXPECTED)


def test_selftest_fails_on_a_screen_shown_as_not_available(
        demo_folder: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        app: Any) -> None:
    from skow_desk.gui import selftest
    from skow_desk.store.keys import PASSPHRASE_ENV
    from tests.conftest import PASSPHRASE

    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    monkeypatch.setattr(selftest, "qInstallMessageHandler", lambda handler: None)
    monkeypatch.setattr(selftest, "run_checks", lambda db, folder: [])  # every screen opened
    monkeypatch.setattr(widgets, "BROKEN_SCREENS",
                        ["skow_desk.gui.persons.persons_view.PersonsView"])
    assert selftest.run_selftest(demo_folder) == 1
    err = capsys.readouterr().err
    assert "scherm skow_desk.gui.persons.persons_view.PersonsView (laadt niet" in err
    monkeypatch.setattr(widgets, "BROKEN_SCREENS", [])
    assert selftest.run_selftest(demo_folder) == 0


def test_the_log_rotates_at_start_and_keeps_five(tmp_path: Path) -> None:
    log = tmp_path / diagnostics.LOG_FILE
    for round_ in range(7):
        log.write_text(f"ronde {round_}\n" + "x" * 100, encoding="utf-8")
        diagnostics.rotate(log, max_bytes=50, backups=5)
    assert not log.exists()
    kept = sorted(p.name for p in tmp_path.iterdir())
    assert kept == [f"{diagnostics.LOG_FILE}.{n}" for n in range(1, 6)]
    assert (tmp_path / f"{diagnostics.LOG_FILE}.1").read_text("utf-8").startswith("ronde 6")
    assert (tmp_path / f"{diagnostics.LOG_FILE}.5").read_text("utf-8").startswith("ronde 2")
    small = tmp_path / "klein.log"
    small.write_text("kort", encoding="utf-8")
    diagnostics.rotate(small, max_bytes=50)
    assert small.read_text("utf-8") == "kort"


def test_logged_tracebacks_hold_no_sql_parameters_or_addresses(log_folder: Path) -> None:
    from sqlalchemy.exc import IntegrityError

    name = "Jantje " + "Geheim"  # not in the traceback's source line either
    try:
        raise IntegrityError("INSERT INTO person (first_name) VALUES (?)", (name,),
                             Exception("UNIQUE constraint failed"))
    except IntegrityError:
        logging.getLogger("skow_desk.test").exception("Opslaan mislukt voor jan@example.nl")
    for handler in logging.getLogger("skow_desk").handlers:
        handler.flush()
    text = (log_folder / diagnostics.LOG_FILE).read_text("utf-8")
    assert "Opslaan mislukt voor <e-mailadres>" in text
    assert "[parameters: weggelaten]" in text and "IntegrityError" in text
    assert "Jantje Geheim" not in text and "jan@example.nl" not in text
