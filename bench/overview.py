"""The yearly overview on 100,000 incidents against plain GROUP BY queries in ``sqlite3``.

Data: ``SKOW_BENCH_DATA`` (default ``/tmp/skow-bench-100k``), made once with
``skow-desk demo --incidents 100000`` and reused; passphrase from ``SKOW_DESK_PASSPHRASE``
(default ``bench-wachtwoord-123``). The app's figure is ``compute_overview`` for all schools
(one complete school year against the year before), median of 5, on the SQLCipher database,
so it includes decryption. The anchor is a plaintext copy (``sqlcipher_export``, made once in
a private temporary folder and deleted afterwards) queried by ``sqlite3 plain.db <
queries.sql``, median of 5, process start included. Goal: at most 2x the anchor.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from datetime import date
from pathlib import Path

from bench import BenchRow, median_seconds
from bench.data import INCIDENTS, data_folder, ensure_data, passphrase
from skow_desk.domain.schoolyear import SchoolYear
from skow_desk.reports.overview import Overview, compute_overview
from skow_desk.store.keys import unlock
from skow_desk.store.location import database_path
from skow_desk.store.vault import open_data

GOAL = 2.0

# The same counts, written as an analyst would: one GROUP BY per dimension, both years at once
# (``cur`` 1 for the year, 0 for the year before), dates filled in by ``queries``.
QUERIES = """\
SELECT reported_on >= '{first}' AS cur, substr(reported_on, 1, 7) AS month,
       CASE WHEN trim(platform) = '' THEN 'onbekend' ELSE platform END AS plat, count(*),
       sum(status != 'afgerond' OR closed_on >
           CASE WHEN reported_on >= '{first}' THEN '{last}' ELSE '{prev_last}' END)
  FROM incident WHERE reported_on BETWEEN '{prev_first}' AND '{last}'
 GROUP BY cur, month, plat;
SELECT reported_on >= '{first}' AS cur,
       CAST(julianday(closed_on) - julianday(reported_on) AS INTEGER) AS days, count(*)
  FROM incident WHERE reported_on BETWEEN '{prev_first}' AND '{last}'
   AND status = 'afgerond' AND closed_on IS NOT NULL
 GROUP BY cur, days;
SELECT 'artikel', i.reported_on >= '{first}' AS cur, a.code, count(*)
  FROM incident_article a JOIN incident i ON i.id = a.incident_id
 WHERE i.reported_on BETWEEN '{prev_first}' AND '{last}' GROUP BY cur, a.code;
SELECT 'categorie', i.reported_on >= '{first}' AS cur, c.name, count(*)
  FROM incident_category c JOIN incident i ON i.id = c.incident_id
 WHERE i.reported_on BETWEEN '{prev_first}' AND '{last}' GROUP BY cur, c.name;
SELECT 'rol', i.reported_on >= '{first}' AS cur, p.role, count(DISTINCT v.incident_id)
  FROM involvement v JOIN incident i ON i.id = v.incident_id JOIN person p ON p.id = v.person_id
 WHERE i.reported_on BETWEEN '{prev_first}' AND '{last}' AND v.part = 'veroorzaker'
 GROUP BY cur, p.role;
SELECT 'maatregel', i.reported_on >= '{first}' AS cur, m.kind, count(*)
  FROM measure m JOIN incident i ON i.id = m.incident_id
 WHERE i.reported_on BETWEEN '{prev_first}' AND '{last}' AND m.stage = 'besluit'
 GROUP BY cur, m.kind;
"""


def queries(year: SchoolYear) -> str:
    """The anchor's SQL for ``year`` against the year before."""
    prev = year.previous()
    return QUERIES.format(first=year.first_day, last=year.last_day,
                          prev_first=prev.first_day, prev_last=prev.last_day)


def export_plaintext(folder: Path, passphrase: str, target: Path) -> None:
    """A plaintext copy of the encrypted database (for the anchor only; deleted after)."""
    import sqlcipher3

    key = unlock(folder, passphrase)
    conn = sqlcipher3.connect(str(database_path(folder)))
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("ATTACH DATABASE ? AS plain KEY ''", (str(target),))
        conn.execute("SELECT sqlcipher_export('plain')")
        conn.execute("DETACH DATABASE plain")
    finally:
        conn.close()


def _anchor_counts(output: str) -> dict[tuple[str, str], int]:
    """This year's per-dimension counts from the anchor's output (to check they agree)."""
    counts: dict[tuple[str, str], int] = {}
    for line in output.splitlines():
        parts = line.split("|")
        if len(parts) == 4 and parts[1] == "1":
            counts[(parts[0], parts[2])] = int(parts[3])
        elif len(parts) == 5 and parts[0] == "1":
            counts[("meldingen", "totaal")] = counts.get(("meldingen", "totaal"), 0) + int(
                parts[3])
    return counts


def _app_counts(overview: Overview) -> dict[tuple[str, str], int]:
    figures = overview.current
    counts = {(d, v): n for d in ("artikel", "categorie", "rol", "maatregel")
              for v, n in figures.counts[d].items()}
    counts[("meldingen", "totaal")] = figures.total
    return counts


def run() -> list[BenchRow]:
    """Time the overview aggregation and its sqlite3 anchor."""
    folder = data_folder()
    secret = passphrase()
    shell = shutil.which("sqlite3")
    if shell is None:
        raise SystemExit("bench overview: the sqlite3 shell is needed for the anchor")
    ensure_data(folder, secret)
    year = SchoolYear.of(date.today()).previous()  # the last complete school year
    db = open_data(folder, secret)
    try:
        with db.sessions() as session:
            overview = compute_overview(session, year, None)
            app = median_seconds(lambda: compute_overview(session, year, None))
    finally:
        db.close()
    with tempfile.TemporaryDirectory(prefix="skow-bench-") as private:
        plain = Path(private) / "plain.db"
        export_plaintext(folder, secret, plain)
        sql = Path(private) / "queries.sql"
        sql.write_text(queries(year), encoding="utf-8")

        def anchor_once() -> str:
            with open(sql, encoding="utf-8") as stdin:
                return subprocess.run([shell, str(plain)], stdin=stdin, check=True,
                                      capture_output=True, text=True).stdout

        agree = _anchor_counts(anchor_once()) == _app_counts(overview)
        anchor = median_seconds(anchor_once)
    note = (f"{overview.current.total:,} + {overview.previous.total:,} incidents "
            f"({year.label} vs {year.previous().label}); app includes SQLCipher decryption; "
            f"counts {'agree' if agree else 'DIFFER'}")
    return [BenchRow(f"overview, all schools ({INCIDENTS:,} in db)", app, anchor, GOAL, note)]
