"""Crash safety: a writer killed with SIGKILL at random moments loses nothing it committed.

A child process runs a workload of many small committed transactions, each storing its
sequence number, and prints the number only AFTER the commit returned (flushed). It is killed
at a random moment; then the database must pass ``PRAGMA integrity_check``, the audit chain
must be whole, and the sequence numbers stored must be exactly 1..k with k the last number
printed (or one more: a commit can complete just before the print). The next child carries on
from k + 1. The workloads, the child and the checks are in ``tests/crash_workloads.py``, shared
with ``make stress``; here each runs a few kills.
"""

from __future__ import annotations

import sys

import pytest

from tests.crash_workloads import BASIC, WORKLOADS, old_folder, run

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

KILLS = 12
KILLS_EACH = 3


@pytest.mark.parametrize("workload", BASIC)
def test_killed_writer_keeps_exactly_what_it_committed(data_folder, workload):
    """An import (small rows) and letter finalising (a big blob + SHA-256)."""
    outcome = run(data_folder, workload, KILLS, "test")
    assert outcome.kills == KILLS
    # progress: commits were made and checked (how many depends on the machine's load)
    assert outcome.committed >= 1
    print(f"{workload}: {KILLS} kills, {outcome.committed} transactions kept")


@pytest.mark.parametrize("workload", WORKLOADS)
def test_killed_during_open_migration_import_and_finalising(data_folder, tmp_path, workload):
    """A few kills of each further workload (``make stress`` runs hundreds)."""
    old = tmp_path / "oud"
    if workload == "migration":
        old_folder(data_folder, old)
    outcome = run(data_folder, workload, KILLS_EACH, "test", old)
    assert outcome.kills == KILLS_EACH
