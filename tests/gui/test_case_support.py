"""Helpers shared by the case tests (no tests here): drive real dialogs, click real widgets.

``run_dialog`` is answered by :class:`Dialogs`: each handler gets the real dialog, shown, and
clicks and types in it as the director would; the driver then reports whether it was saved.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QAbstractButton, QDialog, QDialogButtonBox, QTableView, QWidget

from skow_desk.gui.common import dates
from skow_desk.gui.common import dialog_base as base
from tests.conftest import TODAY

Handler = Callable[[QDialog], None]


class Dialogs:
    """Answers ``run_dialog`` with the next handler, which drives the real dialog."""

    def __init__(self) -> None:
        self.handlers: list[Handler] = []
        self.seen: list[QDialog] = []

    def __call__(self, dialog: QDialog) -> bool:
        self.seen.append(dialog)
        dialog.show()
        assert self.handlers, f"unexpected dialog {type(dialog).__name__}"
        self.handlers.pop(0)(dialog)
        accepted = dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()
        dialog.hide()
        return accepted


def install_dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    """Fix today at the demo date and answer every ``run_dialog`` with a driver."""
    monkeypatch.setattr(dates, "TODAY", TODAY)
    driver = Dialogs()
    monkeypatch.setattr(base, "RUN_HOOK", driver)
    return driver


def open_case(qtbot: Any, db: Any, incident_id: int, width: int = 1200,
              height: int = 800) -> Any:
    """The case window of ``incident_id``, shown at ``width`` × ``height``."""
    from skow_desk.gui.cases.case_view import CaseView

    view = CaseView(db, incident_id)
    qtbot.addWidget(view)
    view.resize(width, height)
    view.show()
    return view


def qdate(day: int, month: int = 11, year: int = 2026) -> QDate:
    return QDate(year, month, day)


def click(qtbot: Any, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def tick(qtbot: Any, button: QAbstractButton) -> None:
    """Click a check box or radio button on its indicator (its row may be wider than its text)."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def button(box: QDialogButtonBox, kind: QDialogButtonBox.StandardButton) -> QAbstractButton:
    found = box.button(kind)
    assert found is not None
    return found


def save_button(dialog: Any) -> QAbstractButton:
    return button(dialog.ui.buttonBox, QDialogButtonBox.StandardButton.Save)


def cancel_button(dialog: Any) -> QAbstractButton:
    return button(dialog.ui.buttonBox, QDialogButtonBox.StandardButton.Cancel)


def click_row(qtbot: Any, view: QTableView, row: int) -> None:
    rect = view.visualRect(view.model().index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def row_with(view: QTableView, text: str) -> int:
    model = view.model()
    for row in range(model.rowCount()):
        if any(text in str(model.index(row, c).data()) for c in range(model.columnCount())):
            return row
    raise AssertionError(f"no row with {text!r}")


def combo_index(combo: Any, text: str) -> int:
    """The first item whose text contains ``text``."""
    for i in range(combo.count()):
        if text in combo.itemText(i):
            return i
    raise AssertionError(f"no item with {text!r}")


def png(tmp_path: Path, name: str = "schermafbeelding tiktok.png") -> Path:
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#3366aa"))
    path = tmp_path / name
    assert image.save(str(path))
    return path
