"""The committed ``skow_desk/gui/forms/ui_*.py`` must be what pyside6-uic makes of ``ui/*.ui``,
with the imports it does not use removed by ruff (as ``make forms`` does).

Fails when someone edited a .ui and forgot ``make forms`` (or edited generated code by hand).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
UI_FILES = sorted((ROOT / "ui").glob("*.ui"))


def _tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        pytest.skip(f"{name} is not installed")
    return found


def test_there_are_forms() -> None:
    assert UI_FILES, "no ui/*.ui found"


@pytest.mark.parametrize("ui_file", UI_FILES, ids=[p.stem for p in UI_FILES])
def test_generated_form_is_fresh(ui_file: Path, tmp_path: Path) -> None:
    target = tmp_path / f"ui_{ui_file.stem}.py"
    subprocess.run([_tool("pyside6-uic"), str(ui_file), "-o", str(target)], check=True,
                   capture_output=True)
    subprocess.run([_tool("ruff"), "check", "--isolated", "--no-cache", "--select", "F401",
                    "--fix", "--quiet", str(target)], check=True, capture_output=True)
    committed = ROOT / "skow_desk" / "gui" / "forms" / f"ui_{ui_file.stem}.py"
    assert committed.exists(), f"{committed.name} is missing: run 'make forms'"
    assert committed.read_text(encoding="utf-8") == target.read_text(encoding="utf-8"), (
        f"{committed.name} is stale: run 'make forms'")
