"""`skow-desk selftest` as a separate process: offscreen and under a real X server (Xvfb)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def _run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, env=env, cwd=REPO,
                          timeout=300, stdin=subprocess.DEVNULL)


def test_selftest_offscreen(demo_folder: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = _run([sys.executable, "-m", "skow_desk", "--data-dir", str(demo_folder),
                   "selftest"], env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Zelftest geslaagd" in result.stdout


@pytest.mark.skipif(shutil.which("xvfb-run") is None,
                    reason="xvfb-run ontbreekt (tools/system-deps.sh installeert het)")
def test_selftest_under_a_real_x_server(demo_folder: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env["QT_QPA_PLATFORM"] = "xcb"
    result = _run(["xvfb-run", "-a", "-s", "-screen 0 1366x768x24", sys.executable, "-m",
                   "skow_desk", "--data-dir", str(demo_folder), "selftest"], env)
    assert "elk venster moet passen in 1366×728" in result.stdout
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Zelftest geslaagd" in result.stdout
