"""The slim ICU data of the Linux bundle (tools/slim_icu.py) sorts and cases Dutch as full ICU.

Qt is started in a child process whose loader finds the slim libicudata first; the child runs
the same text check as ``skow-desk selftest`` (which passes with PySide6's full ICU data).
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import PySide6
import pytest

REPO = Path(__file__).resolve().parents[2]
QT_LIB = Path(PySide6.__file__).parent / "Qt" / "lib"
FULL_ICU = sorted(QT_LIB.glob("libicudata.so.*"))
CHILD = """
from skow_desk.gui.selftest import text_problems
maps = open("/proc/self/maps").read()
print("slim" if "{folder}" in maps else "full", text_problems())
"""

pytestmark = pytest.mark.skipif(
    not FULL_ICU or shutil.which("icupkg") is None or shutil.which("gcc") is None,
    reason="PySide6 zonder ICU, of icupkg/gcc ontbreken (tools/system-deps.sh bundle)")


def test_slim_icu_gives_the_same_dutch_text_as_full_icu(tmp_path):
    spec = importlib.util.spec_from_file_location("slim_icu", REPO / "tools" / "slim_icu.py")
    assert spec is not None and spec.loader is not None
    slim_icu = importlib.util.module_from_spec(spec)
    sys.modules["slim_icu"] = slim_icu
    spec.loader.exec_module(slim_icu)
    library = slim_icu.build_slim_library(FULL_ICU[0], tmp_path)
    assert library.stat().st_size < FULL_ICU[0].stat().st_size / 4
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LD_LIBRARY_PATH": str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", CHILD.format(folder=tmp_path)], env=env,
                            cwd=REPO, capture_output=True, text=True, timeout=120)
    assert result.stdout.strip() == "slim []", result.stdout + result.stderr
