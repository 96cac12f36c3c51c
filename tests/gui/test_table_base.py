"""Issue 14 item 5: every table model of the window stands on one base (gui/table_base.py)."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path
from typing import Any

from skow_desk.gui.table_base import ReadOnlyTableModel

GUI = Path(__file__).resolve().parents[2] / "skow_desk" / "gui"
QT_MODEL_BASES = {"QAbstractTableModel", "QAbstractItemModel", "QAbstractListModel",
                  "QStandardItemModel"}


def _defined_models() -> dict[str, str]:
    """class name → module of every class in gui/ whose bases name a Qt model or our base."""
    found: dict[str, str] = {}
    for path in sorted(GUI.rglob("*.py")):
        if "forms" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        module = ".".join(path.relative_to(GUI.parent.parent).with_suffix("").parts)
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                names = {b.id if isinstance(b, ast.Name) else getattr(b, "attr", "")
                         for b in node.bases}
                names |= {b.value.id for b in node.bases
                          if isinstance(b, ast.Subscript) and isinstance(b.value, ast.Name)}
                if names & (QT_MODEL_BASES | {"ReadOnlyTableModel", "RowTableModel"}):
                    found[node.name] = module
    return found


def test_no_table_model_bypasses_the_one_base() -> None:
    models = _defined_models()
    assert len(models) >= 12  # register, tasks, audit, retention, overview, case and dossier lists
    for name, module in models.items():
        cls: Any = getattr(importlib.import_module(module), name)
        if name == "ReadOnlyTableModel":
            continue
        assert issubclass(cls, ReadOnlyTableModel), f"{module}.{name} has its own Qt boilerplate"


def test_header_and_rows_come_from_the_base(app: Any, qtmodeltester: Any) -> None:
    from PySide6.QtCore import Qt

    class Two(ReadOnlyTableModel):
        _headers = ("Een", "Twee")

        def _row_total(self) -> int:
            return 3

        def _header_extra(self, section: int, role: int) -> Any:
            return "uitleg" if role == Qt.ItemDataRole.ToolTipRole and section == 1 else None

        def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
            if not self.has_row(index) or role != Qt.ItemDataRole.DisplayRole:
                return None
            return f"{index.row()}.{index.column()}"

    model = Two()
    qtmodeltester.check(model)
    assert (model.rowCount(), model.columnCount()) == (3, 2)
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Twee"
    assert model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == "uitleg"
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.headerData(2, Qt.Orientation.Horizontal) is None
    assert not model.has_row(model.index(3, 0))
