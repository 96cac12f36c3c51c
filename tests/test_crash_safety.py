"""Crash safety: a writer killed with SIGKILL at random moments loses nothing it committed.

A child process runs a workload of many small committed transactions, each storing its
sequence number, and prints the number only AFTER the commit returned (flushed). It is killed
at a random moment; then the database must pass ``PRAGMA integrity_check``, the audit chain
must be whole, and the sequence numbers stored must be exactly 1..k with k the last number
printed (or one more: a commit can complete just before the print). The next child carries on
from k + 1. Two workloads: an import (small rows) and letter finalising (a big blob + SHA-256).
"""

from __future__ import annotations

import hashlib
import os
import random
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import select, text

from skow_desk.services.audit import verify, verify_message
from skow_desk.store.models import Letter, Person, Setting
from skow_desk.store.vault import open_data
from tests.conftest import PASSPHRASE
from tests.crash_workloads import WORKLOADS, old_folder, run
from tests.factories import make_person, make_school

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

KILLS = 12
KILLS_EACH = 3
REPO = Path(__file__).resolve().parents[1]

CHILD = textwrap.dedent("""
    import hashlib, os, sys
    from datetime import date, datetime
    from pathlib import Path
    from skow_desk.store.models import Letter, Person, Setting
    from skow_desk.store.vault import open_data

    folder, passphrase, workload = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    seq = int(sys.argv[4])
    db = open_data(folder, passphrase)
    print("ready", flush=True)
    while True:
        with db.transaction() as session:
            session.add(Setting(key=f"seq.{seq:06d}", value=str(seq)))
            if workload == "import":
                for part in range(3):
                    session.add(Person(role="leerling", last_name=f"Import {seq}-{part}",
                                       first_name="Kind", group_or_function="groep 5"))
            else:
                pdf = os.urandom(256 * 1024 * (1 + seq % 8))
                session.add(Letter(person_id=1, kind="waarschuwing", dossier="leerling",
                                   number=f"L{seq:06d}", data_json="{}", pdf=pdf,
                                   sha256=hashlib.sha256(pdf).hexdigest(),
                                   letter_date=date(2026, 11, 24), finalised_at=datetime.now()))
        print(seq, flush=True)
        seq += 1
""")


class Child:
    """The workload process and the sequence numbers it reported after each commit."""

    def __init__(self, folder: Path, workload: str, start: int) -> None:
        self.printed: list[int] = []
        self.ready = threading.Event()
        self.process = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(folder), PASSPHRASE, workload, str(start)],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, cwd=REPO,
            env={**os.environ})
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            if line.strip() == "ready":
                self.ready.set()
            elif line.strip().isdigit():
                self.printed.append(int(line))

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=30)
        self._reader.join(timeout=30)


def _check(folder: Path, workload: str, last_printed: int) -> int:
    """Integrity, audit chain, exact committed prefix; returns the highest number stored."""
    db = open_data(folder, PASSPHRASE)
    try:
        with db.engine.connect() as conn:
            assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        report = verify(db)
        assert report.ok, verify_message(report)
        with db.transaction() as s:
            seqs = sorted(int(v) for v in s.scalars(
                select(Setting.value).where(Setting.key.like("seq.%"))))
            if workload == "import":
                names = s.scalars(select(Person.last_name).where(
                    Person.last_name.like("Import %"))).all()
                assert sorted({int(n.split()[1].split("-")[0]) for n in names}) == seqs
                assert len(names) == 3 * len(seqs)
            else:
                numbers = []
                for letter in s.scalars(select(Letter).where(Letter.number.like("L%"))):
                    assert hashlib.sha256(letter.pdf or b"").hexdigest() == letter.sha256
                    numbers.append(int(letter.number[1:]))
                assert sorted(numbers) == seqs
    finally:
        db.close()
    highest = seqs[-1] if seqs else 0
    assert seqs == list(range(1, highest + 1)), "a hole: a commit was lost or half-stored"
    assert highest in (last_printed, last_printed + 1), (highest, last_printed)
    return highest


@pytest.mark.parametrize("workload", ["import", "letter"])
def test_killed_writer_keeps_exactly_what_it_committed(data_folder, workload):
    db = open_data(data_folder, PASSPHRASE)
    with db.transaction() as s:
        make_person(s, make_school(s))  # person 1, who the letters are for
    db.close()
    rng = random.Random(f"skow-{workload}")
    committed, started = 0, time.monotonic()
    for _kill in range(KILLS):
        child = Child(data_folder, workload, committed + 1)
        assert child.ready.wait(timeout=60), "the workload did not start"
        time.sleep(rng.uniform(0.02, 0.5))
        child.kill()
        last_printed = child.printed[-1] if child.printed else committed
        assert child.printed == list(range(committed + 1, last_printed + 1))
        committed = _check(data_folder, workload, last_printed)
    assert committed >= KILLS  # progress: the kills did not starve the workload
    print(f"{workload}: {KILLS} kills, {committed} transactions kept, "
          f"{time.monotonic() - started:.1f} s")


@pytest.mark.parametrize("workload", WORKLOADS)
def test_killed_during_open_migration_import_and_finalising(data_folder, tmp_path, workload):
    """A few kills of each further workload (``make stress`` runs hundreds)."""
    old = tmp_path / "oud"
    if workload == "migration":
        old_folder(data_folder, old)
    outcome = run(data_folder, workload, KILLS_EACH, "test", old)
    assert outcome.kills == KILLS_EACH
