"""``make stress``: at least 200 SIGKILLs over every kind of write; 0 committed writes lost.

Kept out of ``make test`` (it takes many minutes): it runs only with ``SKOW_STRESS=1``.
``SKOW_STRESS_KILLS`` sets the kills per workload (default 50: four workloads make 200).
"""

from __future__ import annotations

import os
import sys

import pytest

from tests.crash_workloads import WORKLOADS, old_folder, run

pytestmark = [
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX"),
    pytest.mark.skipif(os.environ.get("SKOW_STRESS") != "1", reason="make stress only"),
    pytest.mark.slow,
]
KILLS = int(os.environ.get("SKOW_STRESS_KILLS", "50"))


@pytest.mark.parametrize("workload", WORKLOADS)
def test_stress(data_folder, tmp_path, workload):
    old = tmp_path / "oud"
    if workload == "migration":
        old_folder(data_folder, old)
    outcome = run(data_folder, workload, KILLS, "stress", old)
    assert outcome.kills == KILLS
    print(f"{workload}: {outcome.kills} kills, 0 committed writes lost "
          f"({outcome.committed} rounds kept after the last kill)")
