"""What finalising a letter reads: the person's role, the year's highest serial, and the
measure's dates and open term tasks that its dispatch may move (services/dispatch.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from skow_desk.domain.enums import Stage, TaskKind
from skow_desk.domain.measures import MeasureKind
from skow_desk.store.queries import Connection


@dataclass(frozen=True)
class MeasureTerms:
    """What sending a letter needs of its measure: the terms count from it."""

    id: int
    kind: MeasureKind
    stage: Stage
    decided_on: date
    notice_on: date | None


@dataclass(frozen=True)
class TermTask:
    """An open objection or zienswijze task of a measure."""

    id: int
    kind: TaskKind
    due_on: date | None

_HIGHEST_SERIAL = """
    SELECT max(CAST(substr(number, :start) AS INTEGER)) FROM letter
    WHERE number >= :low AND number < :high
      AND substr(number, :start) != '' AND substr(number, :start) NOT GLOB '*[^0-9]*'"""


def person_role(conn: Connection, person_id: int) -> str | None:
    """The stored role of a person (its enum value), or ``None`` when there is no such person."""
    row = conn.execute("SELECT role FROM person WHERE id = ?", (person_id,)).fetchone()
    return None if row is None else str(row[0])


def next_letter_number(conn: Connection, year: int) -> str:
    """The year's next letter number: its highest serial plus one (``2026-0043``).

    Not the count: letters can be removed (retention, deletion on request), and a count would
    then hand out a number that is still in use. A range on the UNIQUE index of
    ``letter.number`` ("2026-" up to "2026.", the next character) reads only this year's
    numbers (LIKE, case-insensitive in SQLite, reads the whole index); serials that are not all
    digits are skipped.
    """
    prefix = f"{year}-"
    row = conn.execute(_HIGHEST_SERIAL, {"start": len(prefix) + 1, "low": prefix,
                                         "high": f"{year}."}).fetchone()
    highest = row[0] if row is not None else None
    return f"{prefix}{(highest or 0) + 1:04d}"


def measure_terms(conn: Connection, measure_id: int) -> MeasureTerms | None:
    """The measure's kind, stage and dates, or ``None`` when there is no such measure."""
    row = conn.execute("SELECT id, kind, stage, decided_on, notice_on FROM measure "
                       "WHERE id = ?", (measure_id,)).fetchone()
    if row is None:
        return None
    return MeasureTerms(int(row[0]), MeasureKind(row[1]), Stage(row[2]),
                        date.fromisoformat(row[3]),
                        date.fromisoformat(row[4]) if row[4] else None)


def open_term_tasks(conn: Connection, measure_id: int) -> list[TermTask]:
    """The measure's open objection and zienswijze tasks."""
    kinds = (TaskKind.OBJECTION_TERM.value, TaskKind.RESPONSE_TERM.value)
    rows = conn.execute("SELECT id, kind, due_on FROM task WHERE measure_id = ? "
                        "AND done_on IS NULL AND kind IN (?, ?) ORDER BY id",
                        (measure_id, *kinds)).fetchall()
    return [TermTask(int(r[0]), TaskKind(r[1]), date.fromisoformat(r[2]) if r[2] else None)
            for r in rows]
