"""The main window around the register: tabs, case tabs, unsaved changes, shortcuts, lock."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QWidget

from skow_desk.gui import main_window as mw
from skow_desk.gui.common import msgbox, widgets
from skow_desk.gui.main_window import FIXED_TABS, MainWindow
from tests.conftest import PASSPHRASE, TODAY


class FakeCase(QWidget):
    """Stands in for the case view: unsaved until saved."""

    changed = Signal()
    saves: list[int] = []

    def __init__(self, db: Any, incident_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.incident_id = incident_id
        self.dirty = True

    def has_unsaved_changes(self) -> bool:
        return self.dirty

    def save(self) -> bool:
        FakeCase.saves.append(self.incident_id)
        self.dirty = False
        return True


@pytest.fixture
def window(app: Any, demo_db: Any, demo_folder: Path, qtbot: Any,
           monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    real = widgets.import_optional

    def fake_import(module: str, name: str) -> type | None:
        return FakeCase if name == "CaseView" else real(module, name)

    monkeypatch.setattr(mw, "import_optional", fake_import)
    FakeCase.saves = []
    window = MainWindow(demo_db, demo_folder, today=TODAY)
    qtbot.addWidget(window)
    window.show()
    return window


def test_tabs_and_status_bar(window: MainWindow) -> None:
    tabs = window.ui.tabs
    titles = [tabs.tabText(i).replace("&", "") for i in range(tabs.count())]
    assert titles == ["Meldingen", "Taken", "Personen", "Jaaroverzicht", "Logboek"]
    assert "meldingen in deze lijst" in window.counts.text()
    assert "open taken" in window.counts.text()
    for index in range(FIXED_TABS):
        tabs.setCurrentIndex(index)
        assert window.tab_screen(index) is tabs.widget(index)


def test_opening_a_case_twice_focuses_its_tab(window: MainWindow) -> None:
    iid = window.register.model.incident_id(0)
    assert iid is not None
    window.open_case(iid)
    window.ui.tabs.setCurrentIndex(0)
    window.open_case(iid)
    assert window.ui.tabs.count() == FIXED_TABS + 1
    assert window.ui.tabs.currentWidget() is window.cases[iid]
    kenmerk = window.register.model.data(window.register.model.index(0, 0))
    assert window.ui.tabs.tabText(FIXED_TABS) == kenmerk


@pytest.mark.parametrize("answer, closed, saved", [
    (msgbox.Answer.CANCEL, False, False),
    (msgbox.Answer.DISCARD, True, False),
    (msgbox.Answer.SAVE, True, True),
])
def test_closing_an_unsaved_case_asks(window: MainWindow, messages: Any,
                                      answer: msgbox.Answer, closed: bool,
                                      saved: bool) -> None:
    iid = window.register.model.incident_id(1)
    assert iid is not None
    window.open_case(iid)
    messages.answers.append(answer)
    window.ui.actionCloseTab.trigger()
    assert [kind for kind, _text in messages.asked] == ["save"]
    assert (iid not in window.cases) is closed
    assert (FakeCase.saves == [iid]) is saved


def test_closing_the_window_with_unsaved_case_can_be_cancelled(
        window: MainWindow, messages: Any) -> None:
    iid = window.register.model.incident_id(0)
    assert iid is not None
    window.open_case(iid)
    messages.answers.append(msgbox.Answer.CANCEL)
    assert window.close() is False
    assert window.isVisible()
    messages.answers.append(msgbox.Answer.DISCARD)
    assert window.close() is True


def test_ctrl_s_saves_the_current_case(window: MainWindow) -> None:
    iid = window.register.model.incident_id(0)
    assert iid is not None
    window.open_case(iid)
    window.ui.actionSave.trigger()
    assert FakeCase.saves == [iid]


def test_new_incident_opens_the_saved_case(window: MainWindow,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    iid = window.register.model.incident_id(3)

    class FakeDialog:
        def __init__(self, db: Any, incident_id: int | None, parent: Any) -> None:
            self.incident_id = iid

        def exec(self) -> QDialog.DialogCode:
            return QDialog.DialogCode.Accepted

    real = widgets.import_optional
    monkeypatch.setattr(mw, "import_optional", lambda module, name: FakeDialog
                        if name == "IncidentDialog" else FakeCase if name == "CaseView"
                        else real(module, name))
    window.ui.actionNewIncident.trigger()
    assert iid in window.cases
    assert window.ui.tabs.currentWidget() is window.cases[iid]


def test_ctrl_f_goes_to_the_search_box(window: MainWindow, qtbot: Any) -> None:
    window.ui.tabs.setCurrentIndex(1)
    window.activateWindow()
    qtbot.waitActive(window)
    window.register.search.setText("abc")
    window.ui.actionFind.trigger()
    assert window.ui.tabs.currentIndex() == 0
    qtbot.waitUntil(window.register.search.hasFocus)
    assert window.register.search.selectedText() == "abc"
    assert window.ui.actionFind.shortcut().toString() == "Ctrl+F"
    assert window.ui.actionNewIncident.shortcut().toString() == "Ctrl+N"
    assert window.ui.actionSave.shortcut().toString() == "Ctrl+S"
    assert window.ui.actionCloseTab.shortcut().toString() == "Ctrl+W"


def test_lock_and_unlock(window: MainWindow, qtbot: Any) -> None:
    window.lock()
    assert window.ui.stack.currentWidget() is window.lock_screen
    assert not window.menuBar().isEnabled()
    window.lock_screen.passphrase.setText("fout-wachtwoord-123")
    window.lock_screen.try_unlock()
    assert window.locked
    assert "onjuist" in window.lock_screen.message.text()
    assert not window.lock_screen.button.isEnabled()
    qtbot.waitUntil(lambda: window.lock_screen.button.isEnabled(), timeout=3000)
    window.lock_screen.passphrase.setText(PASSPHRASE)
    window.lock_screen.try_unlock()
    assert not window.locked
    assert window.ui.stack.currentWidget() is window.ui.tabs


def test_auto_lock_follows_the_setting(window: MainWindow) -> None:
    assert window._lock_timer.interval() == 10 * 60_000
    assert window._lock_timer.isActive()


def test_geometry_is_remembered(window: MainWindow, demo_db: Any, demo_folder: Path,
                                qtbot: Any) -> None:
    window.resize(window.width(), 555)
    window.close()
    again = MainWindow(demo_db, demo_folder, today=TODAY)
    qtbot.addWidget(again)
    assert again.height() == 555


def test_selftest_opens_every_screen_and_dialog(app: Any, demo_db: Any,
                                                demo_folder: Path) -> None:
    from skow_desk.gui.selftest import run_checks

    assert run_checks(demo_db, demo_folder) == []


def test_selftest_needs_the_passphrase(app: Any, demo_folder: Path,
                                       monkeypatch: pytest.MonkeyPatch,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    from skow_desk.gui.selftest import run_selftest

    monkeypatch.delenv("SKOW_DESK_PASSPHRASE")
    assert run_selftest(demo_folder) == 1
    assert "SKOW_DESK_PASSPHRASE" in capsys.readouterr().err


def test_school_names_fit_on_a_laptop_screen(window: MainWindow, qtbot: Any) -> None:
    """Issue 13 item 13: at 1366 pixels the school column was cut off while other columns had
    room. The fixed columns are as wide as their contents; the school takes the rest."""
    from skow_desk.gui.register import register_model as rm

    register = window.register
    register.reset_column_widths()  # as on a first start, whatever an earlier test saved
    window.resize(1366, 696)
    qtbot.waitUntil(lambda: register.table.model().rowCount() > 0, timeout=5000)
    table = register.table
    metrics = table.fontMetrics()
    names = {table.model().index(row, rm.COL_SCHOOL).data()
             for row in range(table.model().rowCount())}
    widest = max(metrics.horizontalAdvance(str(name)) for name in names)
    assert table.columnWidth(rm.COL_SCHOOL) >= widest + 8, (names, table.columnWidth(2))
    for column in (rm.COL_KENMERK, rm.COL_MEASURE):
        texts = {str(table.model().index(row, column).data())
                 for row in range(table.model().rowCount())}
        assert table.columnWidth(column) >= max(map(metrics.horizontalAdvance, texts)) + 8
