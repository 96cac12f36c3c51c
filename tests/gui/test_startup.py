"""Start-up does only what the first screen needs (issue 7): measured by what it loads.

The window paints the register from a plain connection; SQLAlchemy, the models, ReportLab,
openpyxl, Alembic and QtPdf load later (SQLAlchemy off the GUI thread, after the paint);
QtCharts is not used at all any more.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt

from skow_desk.gui.access import early_unlock
from skow_desk.gui.app import warm_up_in_background
from skow_desk.gui.main_window import MainWindow
from skow_desk.gui.register.register_model import RegisterModel
from skow_desk.services.register import SortKey
from skow_desk.store.keys import PASSPHRASE_ENV
from skow_desk.store.models import Incident
from skow_desk.store.vault import open_data
from tests.conftest import PASSPHRASE, TODAY

HEAVY = ("sqlalchemy", "skow_desk.store.models", "reportlab", "openpyxl", "alembic", "jinja2",
         "PySide6.QtCharts", "PySide6.QtPdf",
         "importlib.resources")  # 7-14 ms; skow_desk/resources finds its folder without it

# Runs the real command line; at the first paint it prints which heavy modules are loaded.
PROBE = """
import sys
import skow_desk.gui.app as app

def spy(started, _quit=app.quit_reporting):
    quit = _quit(started)
    def report():
        loaded = [name for name in HEAVY if name in sys.modules]
        print("GELADEN=" + ",".join(loaded), flush=True)
        quit()
    return report

app.quit_reporting = spy
from skow_desk.cli import main
sys.exit(main(["--data-dir", FOLDER, "--quit-after-start"]))
"""


def test_first_paint_needs_no_sqlalchemy_reportlab_or_charts(demo_folder: Path) -> None:
    script = f"HEAVY = {HEAVY!r}\nFOLDER = {str(demo_folder)!r}\n{PROBE}"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           PASSPHRASE_ENV: PASSPHRASE}
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                          text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert "hoofdvenster getekend na" in done.stderr
    assert "GELADEN=\n" in done.stdout, done.stdout


# Runs the real command line; records which modules were loaded when PySide6 was first asked
# for (an audit hook sees every import), and at the first paint prints the modules outside
# gui/ and Qt that loaded after it.
LATE_PROBE = """
import sys

state = {}

def hook(event, args):
    if event != "import":
        return
    if args[0] == "PySide6" and "before" not in state:
        state["before"] = set(sys.modules)
    if args[0] == "skow_desk.gui.main_window" and "spy" not in state:
        app = sys.modules["skow_desk.gui.app"]
        state["spy"] = app.quit_reporting

        def spy(started):
            quit = state["spy"](started)
            def report():
                late = sorted(name for name in sys.modules
                              if name.startswith("skow_desk.") and name not in state["before"]
                              and not name.startswith("skow_desk.gui."))
                print("LAAT=" + ",".join(late), flush=True)
                quit()
            return report

        app.quit_reporting = spy

sys.addaudithook(hook)
from skow_desk.cli import main
sys.exit(main(["--data-dir", FOLDER, "--quit-after-start"]))
"""


def test_the_data_layers_load_before_qt(demo_folder: Path) -> None:
    """PySide6 reads the source of every module imported after it (its __feature__ check):
    the window's start loads what it needs outside gui/ first (cli/window.py BEFORE_QT)."""
    script = f"FOLDER = {str(demo_folder)!r}\n{LATE_PROBE}"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", PASSPHRASE_ENV: PASSPHRASE}
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                          text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert "hoofdvenster getekend na" in done.stderr
    assert "LAAT=\n" in done.stdout, done.stdout


def test_windows_fit_the_screen_and_activity_counts_from_the_first_paint_on(
        app: Any, demo_folder: Path, qtbot: Any, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The start builds and first paints the main window without the application-wide
    filters (each event through Python) and with the garbage collector paused (as the command
    line starts it); right after the paint both filters are there and the collector runs."""
    import gc

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from skow_desk.gui import app as gui_app
    from skow_desk.gui.cases.dialogs import open_copies

    monkeypatch.setattr(open_copies, "OPEN_FOLDER", tmp_path / "geopend")
    fitter = app.property("skowScreenFit")
    app.removeEventFilter(fitter)
    app.setProperty("skowScreenFit", None)
    seen: dict[str, Any] = {"tries": 0}

    def look_then_close() -> None:
        windows = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, MainWindow) and w.isVisible()]
        seen["tries"] += 1
        if not windows or (app.property("skowScreenFit") is None and seen["tries"] < 100):
            QTimer.singleShot(20, look_then_close)
            return
        seen["fitter"] = app.property("skowScreenFit")
        seen["watching"] = windows[0]._activity.watching
        seen["collecting"] = gc.isenabled()
        windows[0].close()

    try:
        QTimer.singleShot(0, look_then_close)
        db = open_data(demo_folder, PASSPHRASE)
        gc.disable()  # what cli/window.py does for the start
        code, window = gui_app._run_window(app, MainWindow, db, demo_folder, 0.0, False)
        assert code == 0
        assert seen["fitter"] is not None and seen["watching"] and seen["collecting"]
        assert not window._activity.watching  # closing took the activity filter away
    finally:
        gc.enable()
        installed = app.property("skowScreenFit")
        if installed is not None:
            app.removeEventFilter(installed)
        app.setProperty("skowScreenFit", fitter)
        app.installEventFilter(fitter)


def test_warm_up_builds_the_engine_off_the_gui_thread(demo_folder: Path) -> None:
    db = open_data(demo_folder, PASSPHRASE)
    try:
        thread = warm_up_in_background(db)
        assert thread is not threading.current_thread()
        thread.join(timeout=60)
        assert not thread.is_alive()
        with db.read_only() as session:  # the sessions it made work on this thread
            assert session.query(Incident).count() == db.reader.execute(
                "SELECT count(*) FROM incident").fetchone()[0]
    finally:
        db.close()


def test_known_passphrase_is_unlocked_early_and_a_wrong_one_is_not(
        demo_folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    known = early_unlock.EarlyUnlock(demo_folder).result()
    assert known is not None and known[0] == PASSPHRASE and len(known[1]) == 32
    monkeypatch.setenv(PASSPHRASE_ENV, "niet-het-goede-wachtwoord")
    assert early_unlock.EarlyUnlock(demo_folder).result() is None
    assert early_unlock.EarlyUnlock(demo_folder / "leeg").result() is None


def test_saved_columns_mean_one_register_query_at_start(
        app: Any, demo_db: Any, demo_folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = MainWindow(demo_db, demo_folder, today=TODAY)
    first.register.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    first.save_settings()
    first.close()
    queries: list[SortKey] = []
    refresh = RegisterModel.refresh

    def counting(model: RegisterModel) -> None:
        queries.append(model._sort)
        refresh(model)

    monkeypatch.setattr(RegisterModel, "refresh", counting)
    window = MainWindow(demo_db, demo_folder, today=TODAY)
    try:
        assert queries == [SortKey.KENMERK]  # one query, already in the saved order
    finally:
        window.close()
        QSettings().remove("meldingen/kolommen")  # later tests start in the default order
