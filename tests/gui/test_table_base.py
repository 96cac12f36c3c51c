"""Issue 14 item 5: every table model of the window stands on one base
(gui/common/table_base.py)."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path
from typing import Any

from skow_desk.gui.common.table_base import ReadOnlyTableModel

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


def test_the_block_cache_fetches_a_block_and_forgets_the_least_used() -> None:
    from skow_desk.gui.common.table_base import BlockCache

    asked: list[list[int]] = []
    dropped: list[int] = []

    def fetch(ids: list[int]) -> dict[int, str]:
        asked.append(ids)
        return {i: f"rij {i}" for i in ids if i != 13}  # 13 was deleted in between

    ids = list(range(10, 30))
    cache: BlockCache[str] = BlockCache(block=5, size=8, on_drop=dropped.append)
    assert cache.get(ids, 2, fetch) == "rij 12"
    assert asked == [[10, 11, 12, 13, 14]]
    assert cache.get(ids, 4, fetch) == "rij 14" and len(asked) == 1  # from the cache
    assert cache.get(ids, 3, fetch) is None  # a missing row stays missing
    cache.get(ids, 7, fetch)  # the next block: 9 rows > 8, the oldest falls out
    assert dropped == [10] and len(cache) == 8
    cache.forget(12)
    cache.get(ids, 2, fetch)
    assert asked[-1] == [10, 11, 12, 13, 14]
    cache.clear()
    assert len(cache) == 0
