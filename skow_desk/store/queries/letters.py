"""What numbering a finalised letter reads: the person's role and the year's highest serial."""

from __future__ import annotations

from skow_desk.store.queries import Connection

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
