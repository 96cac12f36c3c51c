"""GUI test fixtures: real widgets, offscreen, Dutch; message boxes answered by hooks.

Every test starts with ``msgbox.ASK_HOOK``/``SHOW_HOOK`` set to record-and-answer stubs, so
no test ever blocks in a modal loop, and both are reset afterwards. The keyring is never
touched and QSettings write to a temporary folder.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.conftest import TODAY

if TYPE_CHECKING:
    from tests.gui.test_case_support import Dialogs


@dataclass
class Messages:
    """What the code under test showed or asked, and how questions are answered."""

    shown: list[tuple[str, str, str]] = field(default_factory=list)
    asked: list[tuple[str, str]] = field(default_factory=list)
    answers: list[object] = field(default_factory=list)

    def answer(self, kind: str, text: str) -> object:
        from skow_desk.gui.common import msgbox

        self.asked.append((kind, text))
        if self.answers:
            return self.answers.pop(0)
        return msgbox.Answer.CANCEL

    def texts(self) -> list[str]:
        """The texts of every message shown."""
        return [text for _kind, _title, text in self.shown]


@pytest.fixture(scope="session", autouse=True)
def _settings_in_temp(tmp_path_factory: pytest.TempPathFactory) -> None:
    from PySide6.QtCore import QSettings

    folder = tmp_path_factory.mktemp("qsettings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


@pytest.fixture(autouse=True)
def _fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    """The window's "today" is the demo data's, whatever the calendar says."""
    from skow_desk.gui.common import dates

    monkeypatch.setattr(dates, "TODAY", TODAY)


@pytest.fixture(autouse=True)
def messages() -> Iterator[Messages]:
    """Stub every message box for the test; reset the hooks afterwards."""
    from skow_desk.gui.access import keychain
    from skow_desk.gui.common import msgbox

    recorded = Messages()
    keychain.ENABLED = False
    msgbox.SHOWN.clear()
    msgbox.ASK_HOOK = recorded.answer  # type: ignore[assignment]
    msgbox.SHOW_HOOK = lambda kind, title, text: recorded.shown.append((kind, title, text))
    yield recorded
    msgbox.ASK_HOOK = None
    msgbox.SHOW_HOOK = None
    msgbox.SHOWN.clear()


@pytest.fixture
def app(qapp: object) -> object:
    """The QApplication as the program sets it up: Dutch (Qt's own texts too), DejaVu Sans."""
    from skow_desk.gui.app import create_application

    return create_application()


@pytest.fixture
def today() -> object:
    """The fixed 'today' of the demo data."""
    return TODAY


@pytest.fixture
def screenshot_dir() -> Path:
    """Where screenshots go: $SKOW_SCREENSHOTS or /tmp/skow-screenshots (never in git)."""
    import os

    folder = Path(os.environ.get("SKOW_SCREENSHOTS", "/tmp/skow-screenshots"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def grab(screenshot_dir: Path, qtbot: object) -> Callable[[object, str], Path]:
    """Save ``widget.grab()`` as ``name``.png and return the path."""

    def save(widget: object, name: str) -> Path:
        from PySide6.QtWidgets import QApplication

        for _ in range(3):
            QApplication.processEvents()
        path = screenshot_dir / f"{name}.png"
        assert widget.grab().save(str(path)), f"screenshot {path} not written"  # type: ignore[attr-defined]
        return path

    return save


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    """Today fixed at the demo date; every ``run_dialog`` answered by a driver the test sets."""
    from tests.gui.test_case_support import install_dialogs

    return install_dialogs(monkeypatch)
