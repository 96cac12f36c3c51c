"""Issue 14: what a Windows laptop installs, and what the repository keeps for it."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
# Modules of the PySide6-Addons wheel (the largest): none may be used.
ADDONS = ("QtCharts", "QtDataVisualization", "QtGraphs", "QtGraphsWidgets", "QtMultimedia",
          "QtMultimediaWidgets", "Qt3DCore", "QtWebEngineCore", "QtWebEngineWidgets",
          "QtNetworkAuth", "QtPositioning", "QtSerialPort", "QtTextToSpeech")


def _dependencies() -> dict[str, str]:
    found = {}
    for text in PYPROJECT["project"]["dependencies"]:
        name = re.match(r"[A-Za-z0-9_.-]+", text)
        assert name is not None
        found[name.group(0).lower()] = text
    return found


def test_dependency_bounds_install_on_windows_without_a_compiler() -> None:
    deps = _dependencies()
    assert deps["sqlcipher3"] == "sqlcipher3>=0.6.2"  # older: no Windows wheel
    assert "<6" in deps["reportlab"]  # pdf/fonts.py touches ReportLab internals
    assert "<6.13" in deps["pyside6-pdf"] and "<6.13" in deps["pyside6-essentials"]
    assert "pyside6-addons" not in deps and "pyside6" not in deps
    assert PYPROJECT["build-system"]["requires"] == ["setuptools>=77"]  # PEP 639 licence
    assert PYPROJECT["project"]["license"] == "LicenseRef-Proprietary"


def test_no_module_of_the_addons_wheel_is_imported() -> None:
    pattern = re.compile(r"PySide6\.(" + "|".join(ADDONS) + r")\b")
    users = [str(path.relative_to(ROOT)) for folder in ("skow_desk", "bench", "tools")
             for path in (ROOT / folder).rglob("*.py") if pattern.search(path.read_text("utf-8"))]
    assert users == []


def test_lock_file_pins_every_dependency() -> None:
    lines = (ROOT / "requirements-lock.txt").read_text("utf-8").splitlines()
    pins = {line.split("==")[0] for line in lines if line and not line.startswith("#")}
    assert all("==" in line for line in lines if line and not line.startswith("#"))
    for name in _dependencies():
        assert name.replace("_", "-") in pins, name
    assert {"pytest-cov", "pytest-timeout"} <= pins


def test_gitattributes_keeps_fonts_and_pdfs_binary_and_scripts_lf() -> None:
    rules = dict(line.split(None, 1) for line in
                 (ROOT / ".gitattributes").read_text("utf-8").splitlines()
                 if line.strip() and not line.startswith("#"))
    for pattern in ("*.ttf", "*.png", "*.pdf"):
        assert rules[pattern].strip() == "binary"
    assert "eol=lf" in rules["*.sh"] and "eol=lf" in rules["*.py"]
    assert rules["*"].strip() == "text=auto"


def test_windows_workflow_tests_builds_and_runs_selftest_from_the_bundle() -> None:
    text = (ROOT / ".github" / "workflows" / "windows.yml").read_text("utf-8")
    assert "runs-on: windows-latest" in text
    assert "-c requirements-lock.txt" in text
    assert "python -m pytest" in text
    assert "PyInstaller --noconfirm --clean build.spec" in text
    assert "skow-desk-cli.exe --data-dir build\\bundle-check selftest" in text
    assert "skow-desk.exe -Wait" in text or "skow-desk.exe -Wait -PassThru" in text


def test_make_test_measures_coverage_against_a_floor_and_tests_time_out() -> None:
    makefile = (ROOT / "Makefile").read_text("utf-8")
    assert "$(BIN)/pytest $(COVERAGE)" in makefile and "--cov=skow_desk" in makefile
    assert PYPROJECT["tool"]["coverage"]["report"]["fail_under"] >= 90
    assert PYPROJECT["tool"]["pytest"]["ini_options"]["timeout"] == 300
