"""Issue 13.2: every window and dialog fits a 1366×768 school laptop (taskbar left out)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout

from skow_desk.gui.common import screen_fit

REPO = Path(__file__).resolve().parents[2]
LAPTOP = f"offscreen:configfile={Path(__file__).with_name('screen-1366x768.json')}"


def _selftest(folder: Path, *, code: str = "", shots: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": LAPTOP, "SKOW_SELFTEST_SHOTS": shots}
    program = (f"import sys\nfrom pathlib import Path\n{code}\n"
               "from skow_desk.gui.selftest import run_selftest\n"
               f"sys.exit(run_selftest(Path({str(folder)!r})))")
    return subprocess.run([sys.executable, "-c", program], capture_output=True, text=True,
                          env=env, cwd=REPO, timeout=300, stdin=subprocess.DEVNULL)


def test_every_window_fits_1366x768(demo_folder: Path) -> None:
    shots = os.environ.get("SKOW_SCREENSHOTS", "")
    result = _selftest(demo_folder, shots=shots)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "elk venster moet passen in 1366×728" in result.stdout
    for name in ("dialoog Brieven", "dialoog Briefsjablonen", "tabblad Meldingen",
                 "dialoog incident_dialog.IncidentDialog", "dialoog Bewaartermijnen"):
        assert f"ok  {name}" in result.stdout


def test_selftest_names_the_window_that_does_not_fit(demo_folder: Path) -> None:
    too_big = ("from skow_desk.gui.letters import template_editor as t\n"
               "_init = t.TemplateEditor.__init__\n"
               "def init(self, *a, **k):\n"
               "    _init(self, *a, **k)\n"
               "    self.setMinimumSize(1500, 900)\n"
               "t.TemplateEditor.__init__ = init\n")
    result = _selftest(demo_folder, code=too_big)
    assert result.returncode == 1
    assert "dialoog Briefsjablonen past niet op het scherm" in result.stderr
    assert "mislukt: dialoog Briefsjablonen" in result.stderr


@pytest.fixture
def fitting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(screen_fit, "ENABLED", True)


def test_a_big_dialog_is_shrunk_to_the_screen_when_shown(app: Any, qtbot: Any,
                                                         fitting: None) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    QVBoxLayout(dialog).addWidget(QLabel("Brieven", dialog))
    dialog.resize(1180, 2000)  # the letters window once asked 1180×860
    dialog.show()
    area = screen_fit.usable_area(dialog.screen())
    assert dialog.frameGeometry().height() <= area.height()
    assert screen_fit.misfit(dialog) is None
    dialog.setMinimumHeight(3000)
    assert screen_fit.misfit(dialog) is not None
