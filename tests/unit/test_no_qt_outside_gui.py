"""Only ``skow_desk/gui`` may import PySide6 (docs/style.md: the arrows go one way)."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "skow_desk"


def _qt_imports(path: Path, root: Path = PACKAGE.parent) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[str] = []
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute | ast.Name)
              and getattr(node.func, "attr", getattr(node.func, "id", "")) in
              ("import_module", "__import__") and node.args
              and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
            names = [node.args[0].value]
        found += [f"{path.relative_to(root)}:{node.lineno} {name}"  # type: ignore[attr-defined]
                  for name in names if name.split(".")[0] in ("PySide6", "shiboken6")]
    return found


def test_no_module_outside_gui_imports_pyside6() -> None:
    offenders: list[str] = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if PACKAGE / "gui" in path.parents:
            continue
        offenders += _qt_imports(path)
    assert offenders == [], "PySide6 outside skow_desk/gui:\n" + "\n".join(offenders)


def test_the_check_finds_every_form_of_import(tmp_path: Path) -> None:
    probe = tmp_path / "probe.py"
    probe.write_text(
        "import os\n"
        "def f():\n"
        "    from PySide6.QtCore import QDate\n"
        "    import shiboken6\n"
        "    importlib.import_module('PySide6.QtWidgets')\n",
        encoding="utf-8")
    found = _qt_imports(probe, tmp_path)
    assert [line.split()[-1] for line in found] == [
        "PySide6.QtCore", "shiboken6", "PySide6.QtWidgets"]
