"""Import of an existing register: 10,000 rows into a fresh encrypted data folder.

The file is a CSV as Dutch Excel writes it (``;``, BOM, CRLF) with every column of
``skow_desk.importing.columns.ALL``: 6,000 incidents over three school years, 4,000 of them with
two persons (10,000 rows), nine in ten persons pupils with a parent/guardian, the rest staff;
pupils come back in several incidents, as in a real register. Each run gets a new data folder
(``create_data`` plus one school; not timed) and times ``import_register`` — read, validate,
store in one transaction on the SQLCipher database. Median of 3. Goal: at most 5 s. No anchor.
"""

from __future__ import annotations

import csv
import random
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from bench import BenchRow
from bench.data import GoalRow
from skow_desk.domain.dates import short_date
from skow_desk.domain.enums import Denomination, IncidentStatus, Role, Salutation, Sector
from skow_desk.domain.measures import MeasureKind
from skow_desk.domain.schoolyear import SchoolYear, kenmerk
from skow_desk.importing import columns as col
from skow_desk.importing.reading import ExcelSemicolon

RUNS = 3
GOAL_S = 5.0
INCIDENTS = 6_000
WITH_TWO = 4_000  # incidents with two persons: 6,000 + 4,000 = 10,000 rows
PUPILS = 2_500
BRIN = "04XY"
PASSPHRASE = "bench-import-wachtwoord-42"

_FIRST = ("Daan", "Sem", "Noah", "Liam", "Lucas", "Finn", "Emma", "Julia", "Mila", "Tess",
          "Sophie", "Zoë", "Yasmin", "Mohammed", "Ayoub", "Fenna", "Bram", "Levi", "Saar", "Nina")
_NAMES = (("de", "Vries"), ("", "Jansen"), ("van", "Dijk"), ("", "Bakker"), ("", "Yilmaz"),
          ("van der", "Berg"), ("", "Visser"), ("", "Smit"), ("de", "Jong"), ("", "El Amrani"),
          ("", "Mulder"), ("van den", "Heuvel"), ("", "Öztürk"), ("", "Meijer"), ("de", "Boer"))
_PLATFORMS = ("WhatsApp", "Instagram", "TikTok", "Snapchat", "YouTube")
_ARTICLES = ("A5, A7", "A2", "A3, A4", "A5")
_CATEGORIES = ("pesten, beeldmateriaal", "pesten", "bedreiging", "privacy")
_TOWNS = (("Dorpsstraat", "1234 AB", "Wijchen"), ("Kerkweg", "6603 CD", "Wijchen"),
          ("Molenlaan", "6541 EF", "Nijmegen"))


def _day(value: date) -> str:
    return short_date(value)


def _pupils(rng: random.Random) -> list[dict[str, str]]:
    pupils = []
    for number in range(PUPILS):
        # Every (first name, surname) pair once, then numbered: two rows of one incident must
        # never name the same pupil twice, or the file would be refused.
        first = _FIRST[number % len(_FIRST)]
        infix, last = _NAMES[number // len(_FIRST) % len(_NAMES)]
        if number >= len(_FIRST) * len(_NAMES):
            first = f"{first}{number}"
        street, postcode, town = rng.choice(_TOWNS)
        address = f"{street} {number % 200 + 1}"
        mother = rng.random() < 0.6
        pupils.append({
            col.ROLE: Role.PUPIL.value, col.SALUTATION: rng.choice(("heer", "mevrouw")),
            col.FIRST_NAME: first,
            col.INFIX: infix, col.LAST_NAME: last,
            col.GROUP_OR_FUNCTION: f"groep {rng.randint(5, 8)}",
            col.ADDRESS: address, col.POSTCODE: postcode, col.CITY: town,
            col.GUARDIAN_SALUTATION: (Salutation.MRS if mother else Salutation.MR).value,
            col.GUARDIAN_INITIALS: f"{rng.choice('ABCDEFGHJKMPRSTW')}.", col.GUARDIAN_INFIX: infix,
            col.GUARDIAN_LAST_NAME: last, col.GUARDIAN_ADDRESS: address,
            col.GUARDIAN_POSTCODE: postcode, col.GUARDIAN_CITY: town,
        })
    return pupils


def _staff(rng: random.Random, number: int) -> dict[str, str]:
    infix, last = rng.choice(_NAMES)
    return {col.ROLE: Role.STAFF.value, col.SALUTATION: rng.choice(("heer", "mevrouw")),
            col.FIRST_NAME: f"{rng.choice(_FIRST)}{number}", col.INFIX: infix,
            col.LAST_NAME: last, col.GROUP_OR_FUNCTION: "leerkracht"}


def _measure(rng: random.Random, role: str, reported: date) -> dict[str, str]:
    kinds = ((MeasureKind.SUSPENSION, MeasureKind.WARNING, None) if role == Role.PUPIL.value
             else (MeasureKind.WARNING, None))
    kind = rng.choice(kinds)
    if kind is None:
        return {}
    return {col.MEASURE: kind.value, col.MEASURE_ON: _day(reported + timedelta(rng.randint(1, 5))),
            col.SUSPENSION_DAYS: str(rng.randint(1, 3)) if kind is MeasureKind.SUSPENSION else ""}


def write_register_csv(path: Path, seed: int = 7) -> int:
    """Write the 10,000-row register to ``path``; returns the number of rows."""
    rng = random.Random(seed)
    pupils = _pupils(rng)
    current = SchoolYear.of(date.today()).start_year
    years = [SchoolYear(current - back) for back in (3, 2, 1)]
    rows = 0
    with path.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream, dialect=ExcelSemicolon)
        writer.writerow(col.ALL)
        for number in range(INCIDENTS):
            year = years[number % len(years)]
            reported = year.first_day + timedelta(days=rng.randint(20, 300))
            incident = {
                col.KENMERK: kenmerk(BRIN, year, number // len(years) + 1), col.SCHOOL: BRIN,
                col.REPORTED_ON: _day(reported),
                col.OCCURRED_ON: _day(reported - timedelta(days=rng.randint(0, 3))),
                col.PLATFORM: rng.choice(_PLATFORMS), col.ARTICLES: rng.choice(_ARTICLES),
                col.CATEGORY: rng.choice(_CATEGORIES),
                col.DESCRIPTION: f"Berichten en beelden gedeeld in de groepsapp ({number}).",
                col.POLICE_REPORT: "ja" if rng.random() < 0.05 else "nee",
                col.STATUS: (IncidentStatus.OPEN if rng.random() < 0.1
                             else IncidentStatus.CLOSED).value,
            }
            count = 2 if number < WITH_TWO else 1
            if rng.random() < 0.1:
                persons = [_staff(rng, number)] + rng.sample(pupils, count - 1)
            else:
                persons = rng.sample(pupils, count)
            for person in persons:
                cells = {**incident, **person,
                         **_measure(rng, person[col.ROLE], reported)}
                writer.writerow([cells.get(name, "") for name in col.ALL])
                rows += 1
    return rows


def _fresh_folder(root: Path, number: int) -> Path:
    """A new data folder with its keys, the foundation and one school (not timed)."""
    from skow_desk.services.foundation import FoundationInput, SchoolInput, save_foundation
    from skow_desk.store.vault import create_data

    folder = root / f"data-{number}"
    db, _recovery = create_data(folder, PASSPHRASE)
    try:
        with db.transaction() as session:
            save_foundation(session, FoundationInput(name="Stichting Bench", schools=[
                SchoolInput(brin=BRIN, name="Basisschool De Bench", sector=Sector.PO,
                            denomination=Denomination.PUBLIC)]))
    finally:
        db.close()
    return folder


def run() -> list[BenchRow]:
    """Time ``import_register`` of the 10,000-row CSV into fresh data folders."""
    from skow_desk.services.register_import import ImportRefused, import_register
    from skow_desk.store.vault import open_data

    times: list[float] = []
    added = persons = 0
    with tempfile.TemporaryDirectory(prefix="skow-bench-import-") as private:
        root = Path(private)
        register = root / "register.csv"
        rows = write_register_csv(register)
        for number in range(RUNS):
            db = open_data(_fresh_folder(root, number), PASSPHRASE)
            try:
                start = time.perf_counter()
                report = import_register(db, register)
                times.append(time.perf_counter() - start)
            except ImportRefused as refused:
                raise SystemExit(f"bench importing: the file was refused:\n{refused.message}"
                                 ) from None
            finally:
                db.close()
            added, persons = report.incidents_added, report.persons_added
    middle = statistics.median(times)
    note = (f"{rows:,} rows → {added:,} incidents, {persons:,} persons; CSV, SQLCipher, one "
            f"transaction; median of {RUNS}; goal <= {GOAL_S:g} s")
    return [GoalRow(f"import: {rows:,} register rows", middle, None, None, note,
                    met=middle <= GOAL_S)]
