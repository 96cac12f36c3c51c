"""Kill tests: the basic writers (small import rows, big letter blobs), open and login,
migration, the real register import and ``finalise_letter``. Shared by
``tests/test_crash_safety.py`` (a few kills, in ``make test``) and ``tests/test_crash_stress.py``
(``make stress``: at least 200 kills).

A child process runs one workload in a loop; each round ends with a commit that stores the
round's sequence number (a setting ``seq.NNNNNN``) together with the round's real work, and
prints the number only after the commit returned. It is killed with SIGKILL at a random
moment. Then the folder must open (finishing an interrupted migration), pass
``PRAGMA integrity_check`` and ``audit verify`` (chain, anchor, row seals), and hold exactly
the rounds 1..k with k the last number printed (or one more: a commit can complete just
before the print), each with all of its work.
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import signal
import subprocess
import sys
import textwrap
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select, text

from skow_desk.services.audit import verify, verify_message
from skow_desk.store.models import Incident, Letter, Person, Setting
from skow_desk.store.vault import open_data
from tests.conftest import PASSPHRASE

REPO = Path(__file__).resolve().parents[1]
WORKLOADS = ("open", "migration", "register", "finalise")
BASIC = ("import", "letter")  # plain ORM writers: many small rows, or a big blob + SHA-256
REGISTER_ROWS = 5

CHILD = textwrap.dedent("""
    import sys
    from datetime import date
    from pathlib import Path

    from skow_desk.store.models import Setting
    from skow_desk.store.vault import open_data

    folder, passphrase, workload = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    seq = int(sys.argv[4])

    def mark(session, number):
        session.add(Setting(key=f"seq.{number:06d}", value=str(number)))

    if workload == "open":  # every round opens (migration check, login line, anchor) and closes
        while True:
            db = open_data(folder, passphrase)
            with db.transaction() as session:
                mark(session, seq)
            db.close()
            print(seq, flush=True)
            seq += 1
    db = open_data(folder, passphrase)  # "migration": the kill may land in here
    print("ready", flush=True)
    if workload in ("import", "letter"):
        import hashlib, os
        from datetime import datetime
        from skow_desk.store.models import Letter, Person
        while True:
            with db.transaction() as session:
                mark(session, seq)
                if workload == "import":
                    for part in range(3):
                        session.add(Person(role="leerling", last_name=f"Import {seq}-{part}",
                                           first_name="Kind", group_or_function="groep 5"))
                else:
                    pdf = os.urandom(256 * 1024 * (1 + seq % 8))
                    session.add(Letter(person_id=int(sys.argv[5]), kind="waarschuwing",
                                       dossier="leerling", number=f"L{seq:06d}", data_json="{}",
                                       pdf=pdf, sha256=hashlib.sha256(pdf).hexdigest(),
                                       letter_date=date(2026, 11, 24),
                                       finalised_at=datetime.now()))
            print(seq, flush=True)
            seq += 1
    if workload == "register":
        from skow_desk.importing import columns as col
        from skow_desk.services.register_import import import_register
        while True:
            path = folder.parent / f"register-{seq}.csv"
            lines = [";".join(col.ALL)]
            for row in range({rows}):
                values = dict.fromkeys(col.ALL, "")
                values.update({{
                    col.KENMERK: f"S{{seq:06d}}-{{row}}", col.SCHOOL: "04XY",
                    col.REPORTED_ON: "02-10-2025", col.OCCURRED_ON: "01-10-2025",
                    col.ROLE: "leerling", col.FIRST_NAME: "Kind", col.LAST_NAME: f"Stress {{seq}}",
                    col.GROUP_OR_FUNCTION: "groep 7", col.PLATFORM: "TikTok",
                    col.ARTICLES: "A5", col.CATEGORY: "pesten", col.DESCRIPTION: "Bericht.",
                    col.POLICE_REPORT: "nee", col.STATUS: "open"}})
                lines.append(";".join(values[c] for c in col.ALL))
            path.write_text("\\r\\n".join(lines) + "\\r\\n", encoding="utf-8-sig")
            import_register(db, path)
            with db.transaction() as session:
                mark(session, seq)
            print(seq, flush=True)
            seq += 1
    if workload == "finalise":
        from skow_desk.services.letters import draft_letters, finalise_letter
        incident_id, person_id, measure_id, kind = (int(sys.argv[5]), int(sys.argv[6]),
                                                    int(sys.argv[7]), sys.argv[8])
        while True:
            with db.transaction() as session:
                [data] = draft_letters(session, kind, incident_id, person_id, measure_id,
                                       letter_date=date(2026, 11, 24))[:1]
                finalise_letter(session, data, incident_id, person_id, measure_id)
                mark(session, seq)
            print(seq, flush=True)
            seq += 1
    while True:  # "migration": after the upgrade, plain rounds
        with db.transaction() as session:
            mark(session, seq)
        print(seq, flush=True)
        seq += 1
""").replace("{rows}", str(REGISTER_ROWS)).replace("{{", "{").replace("}}", "}")


class Child:
    """The workload process and the sequence numbers it reported after each commit."""

    def __init__(self, folder: Path, workload: str, start: int, extra: tuple[str, ...]) -> None:
        self.printed: list[int] = []
        self.ready = threading.Event()
        self.process = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(folder), PASSPHRASE, workload, str(start),
             *extra], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, cwd=REPO,
            env={**os.environ})
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            if line.strip() == "ready":
                self.ready.set()
            elif line.strip().isdigit():
                self.ready.set()
                self.printed.append(int(line))

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=60)
        self._reader.join(timeout=60)


def check(folder: Path, workload: str, last_printed: int) -> int:
    """Open, integrity, audit, exact committed prefix with all its work; the highest round."""
    db = open_data(folder, PASSPHRASE)  # also finishes an interrupted migration
    try:
        with db.engine.connect() as conn:
            assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        report = verify(db)
        assert report.ok, verify_message(report)
        with db.transaction() as s:
            seqs = sorted(int(v) for v in s.scalars(
                select(Setting.value).where(Setting.key.like("seq.%"))))
            if workload == "register":
                for seq in seqs:
                    found = s.scalar(select(func.count()).select_from(Incident).where(
                        Incident.kenmerk.like(f"S{seq:06d}-%")))
                    assert found == REGISTER_ROWS, (seq, found)
            if workload == "import":
                names = s.scalars(select(Person.last_name).where(
                    Person.last_name.like("Import %"))).all()
                assert sorted({int(n.split()[1].split("-")[0]) for n in names}) == seqs
                assert len(names) == 3 * len(seqs)
            if workload == "letter":
                numbers = []
                for letter in s.scalars(select(Letter).where(Letter.number.like("L%"))):
                    assert hashlib.sha256(letter.pdf or b"").hexdigest() == letter.sha256
                    numbers.append(int(letter.number[1:]))
                assert sorted(numbers) == seqs
            if workload == "finalise":
                letters = list(s.scalars(select(Letter).where(  # not make_case's stand-in
                    Letter.number.is_not(None), Letter.measure_id.is_not(None))))
                for letter in letters:
                    assert hashlib.sha256(letter.pdf or b"").hexdigest() == letter.sha256
                assert len(letters) == len(seqs)
    finally:
        db.close()
    highest = seqs[-1] if seqs else 0
    assert seqs == list(range(1, highest + 1)), "a hole: a commit was lost or half-stored"
    assert highest in (last_printed, last_printed + 1), (highest, last_printed)
    return highest


@dataclass
class Outcome:
    kills: int = 0
    committed: int = 0


def prepare(folder: Path, workload: str) -> tuple[str, ...]:
    """Fill the folder for a workload; returns extra child arguments."""
    from datetime import date

    from skow_desk.domain.measures import MeasureKind
    from skow_desk.services.letters import letter_kinds_for_measure
    from skow_desk.services.measures import MeasureDecision, decide_measure
    from tests.unit.security.helpers import make_case

    db = open_data(folder, PASSPHRASE)
    try:
        with db.transaction() as s:
            ids = make_case(s)
            if workload == "letter":
                return (str(ids["pupil"]),)  # whom the letters are for
            if workload != "finalise":
                return ()
            measure = decide_measure(s, ids["incident"], MeasureDecision(
                person_id=ids["pupil"], kind=MeasureKind.WARNING,
                decided_on=date(2026, 11, 10), reason="Filmpje geplaatst."))
            kind = letter_kinds_for_measure(s, measure.id)[0]
            return (str(ids["incident"]), str(ids["pupil"]), str(measure.id), kind)
    finally:
        db.close()


def old_folder(template: Path, target: Path) -> None:
    """A data folder whose database is at revision 0003 (before the keyed chain)."""
    if not target.exists():
        from alembic import command

        from skow_desk.store.db import make_engine
        from skow_desk.store.keys import create_keys
        from skow_desk.store.location import database_path
        from skow_desk.store.migrate import alembic_config

        key = create_keys(target, PASSPHRASE).data_key
        engine = make_engine(database_path(target), key)
        command.upgrade(alembic_config(engine), "0003")  # type: ignore[arg-type]
        with engine.begin() as conn:
            for n in range(200):
                conn.execute(text(
                    "INSERT INTO setting (key, value) VALUES (:k, 'x')"), {"k": f"oud.{n}"})
        engine.dispose()


def run(folder: Path, workload: str, kills: int, seed: str, old: Path | None = None) -> Outcome:
    """Kill a workload ``kills`` times; every check must pass after every kill."""
    rng = random.Random(f"skow-{workload}-{seed}")
    outcome = Outcome()
    extra = prepare(folder, workload) if workload != "migration" else ()
    committed = 0
    for _kill in range(kills):
        if workload == "migration":
            assert old is not None
            shutil.rmtree(folder, ignore_errors=True)
            shutil.copytree(old, folder)
            committed = 0
        child = Child(folder, workload, committed + 1, extra)
        if workload in ("migration", "open"):
            # Land in start-up, migration, unlocking or the login line: from the very start
            # (and now and then after a few rounds).
            time.sleep(rng.uniform(0.05, 3.0))
        else:
            assert child.ready.wait(timeout=120), "the workload did not start"
            # A letter takes about a second to draft, render and store: some kills after it.
            time.sleep(rng.uniform(0.02, {"finalise": 3.0, "import": 0.5, "letter": 0.5}.get(
                workload, 0.6)))
        child.kill()
        last_printed = child.printed[-1] if child.printed else committed
        assert child.printed == list(range(committed + 1, last_printed + 1))
        committed = check(folder, workload, last_printed)
        outcome.kills += 1
    outcome.committed = committed
    return outcome
