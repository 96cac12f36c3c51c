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
