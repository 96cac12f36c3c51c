"""Issue 13.13: small things a director meets."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from skow_desk.cli import display_problem
from skow_desk.gui.common import msgbox

REPO = Path(__file__).resolve().parents[2]


def test_no_screen_says_so_in_dutch(tmp_path: Path) -> None:
    assert display_problem({}, "linux") is not None
    assert display_problem({"DISPLAY": ":0"}, "linux") is None
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux") is None
    assert display_problem({}, "win32") is None
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, "-m", "skow_desk", "--data-dir",
                             str(tmp_path / "data")], capture_output=True, text=True, env=env,
                            cwd=REPO, timeout=60, stdin=subprocess.DEVNULL)
    assert result.returncode == 1
    assert "heeft een beeldscherm nodig" in result.stderr
    assert "xvfb" in result.stderr
    assert "qt.qpa" not in result.stderr.lower()  # no English Qt abort


def test_irreversible_questions_default_to_the_safe_button(app: Any, monkeypatch: Any) -> None:
    monkeypatch.setattr(msgbox, "ASK_HOOK", None)
    pressed: list[str] = []

    def press_enter() -> None:
        box = QApplication.activeModalWidget()
        assert box is not None
        pressed.append(box.defaultButton().text())  # type: ignore[attr-defined]
        from PySide6.QtTest import QTest

        QTest.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(0, press_enter)
    answer = msgbox.confirm(None, "3 personen anonimiseren?", yes="Anonimiseren",
                            no="Annuleren")
    assert pressed == ["Annuleren"]
    assert answer is False


def test_save_dialogs_start_in_documenten(app: Any, monkeypatch: Any) -> None:
    asked: list[str] = []

    def fake(_parent: Any, _title: str, start: str, _filters: str) -> tuple[str, str]:
        asked.append(start)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    msgbox.save_file(None, "Opslaan als PDF", "brief.pdf", "PDF (*.pdf)")
    assert asked == [str(Path(msgbox.documents_folder()) / "brief.pdf")]
    msgbox.save_file(None, "Opslaan", "/tmp/x/brief.pdf")
    assert asked[-1] == "/tmp/x/brief.pdf"  # a chosen folder is kept


def test_closing_says_back_up_maken_while_it_works(app: Any, qtbot: Any, demo_db: Any,
                                                   demo_folder: Path, monkeypatch: Any,
                                                   grab: Any) -> None:
    from PySide6.QtWidgets import QProgressDialog

    from skow_desk.gui.main_window import MainWindow
    from skow_desk.store import backup
    from tests.conftest import TODAY

    real = backup.maybe_auto_backup
    seen: list[str] = []

    def watched(db: Any, folder: Path, now: Any) -> Any:
        notices = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, QProgressDialog) and w.isVisible()]
        seen.extend(n.labelText() for n in notices)
        if notices:
            grab(notices[0], "closing-backup-notice")
        return real(db, folder, now)

    monkeypatch.setattr(backup, "maybe_auto_backup", watched)
    window = MainWindow(demo_db, demo_folder, today=TODAY)
    qtbot.addWidget(window)
    window.show()
    window.close()
    assert seen == ["Back-up maken…"]
    assert list(backup.backups_dir(demo_folder).glob("*"))
    notices = [w for w in QApplication.topLevelWidgets()
               if isinstance(w, QProgressDialog) and w.isVisible()]
    assert not notices  # gone once the backup is written
    seen.clear()
    again = MainWindow(demo_db, demo_folder, today=TODAY)
    qtbot.addWidget(again)
    again.show()
    again.close()  # a backup of today exists: nothing to do, nothing shown
    assert seen == []


def test_second_instance_refusal_is_shown_whole(app: Any, qtbot: Any, data_folder: Path,
                                                grab: Any) -> None:
    from skow_desk.gui.access.unlock_dialog import UnlockDialog
    from skow_desk.store.lock import acquire_data_lock
    from tests.conftest import PASSPHRASE

    held = acquire_data_lock(data_folder)  # another SKOW Desk has the folder open
    try:
        dialog = UnlockDialog(data_folder)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.passphrase.setText(PASSPHRASE)
        dialog.try_unlock()
        QApplication.processEvents()
        message = dialog.message
        assert message.text().endswith("Sluit dat eerst en probeer het daarna opnieuw.")
        assert message.height() >= message.heightForWidth(message.width())  # not cut off
        assert dialog.height() >= dialog.sizeHint().height()
        grab(dialog, "second-instance-refused")
    finally:
        held.release()


def _a4_pdf() -> bytes:
    from io import BytesIO

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = BytesIO()
    page = canvas.Canvas(out, pagesize=A4)
    page.drawString(72, 760, "Geachte heer Van der Berg,")
    page.showPage()
    page.save()
    return out.getvalue()


def test_a_letter_opened_before_its_window_is_laid_out_fits_and_zooms(
        app: Any, qtbot: Any, grab: Any) -> None:
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    from skow_desk.gui.common.pdf_preview import PdfPreview

    host = QWidget()
    qtbot.addWidget(host)
    preview = PdfPreview(host)
    QVBoxLayout(host).addWidget(preview)
    preview.show_pdf(_a4_pdf())  # before the window is shown: no width yet (a reopened letter)
    host.resize(900, 700)
    host.show()
    qtbot.waitExposed(host)
    QApplication.processEvents()
    fitted = preview.view.zoomFactor()
    assert fitted > 0.9  # the page fills the width (it stayed a tiny thumbnail)
    assert preview.zoom_label.text() == f"{round(fitted * 100)}%"
    assert not preview.fit_button.isEnabled()
    preview.larger_button.click()
    assert preview.view.zoomFactor() > fitted and preview.fit_button.isEnabled()
    grab(host, "letter-preview-zoom")
    preview.smaller_button.click()
    preview.smaller_button.click()
    assert preview.view.zoomFactor() < fitted
    preview.fit_button.click()
    assert abs(preview.view.zoomFactor() - fitted) < 0.01
