"""Seals of audited rows: the trail records each row's state, and verifying compares it.

After every ORM write the audit entry of a created or changed row carries the row's seal: an
HMAC (key derived from the database key) over the JSON array of its stored values, computed by
SQLite itself (``skow_seal(json_array(...))``), so that writing and checking read the very
same values. The retention purge and AVG deletion, which log no per-field changes, record the
seals of what they changed in one entry (a JSON map). ``audit verify`` recomputes the seal of
every row the trail has one for: a row edited outside SKOW Desk no longer matches.

Not sealed: binary columns (their SHA-256 columns are), the derived ``search_text`` and
``updated_at``. Rows written in bulk (register import, demo data) get no seal of their own;
a bulk write marks its tables, and rows sealed before such a mark are not compared.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import cache
from typing import Any

from sqlalchemy import Connection, LargeBinary, text

from skow_desk.store.audit_chain import SEAL_FUNCTION
from skow_desk.store.audit_labels import entity_label
from skow_desk.store.models import (
    Consultation,
    Conversation,
    Evidence,
    Foundation,
    Incident,
    Involvement,
    Letter,
    Measure,
    Person,
    School,
    Task,
)

SEALED = {str(m.__tablename__): m for m in (
    Incident, Person, Measure, Conversation, Task, Letter, Evidence, Consultation, Involvement,
    School, Foundation)}
_UNSEALED_COLUMNS = frozenset({"search_text", "updated_at"})
BULK_MARK = "bulk:"
_BATCH = 500


def sealed_columns(table: str) -> list[str]:
    """The columns of ``table`` that its seal covers, in table order."""
    return list(_sealed_columns(table))


@cache
def _sealed_columns(table: str) -> tuple[str, ...]:
    model: Any = SEALED[table]  # the model's columns are fixed: read once per table
    return tuple(c.name for c in model.__table__.columns
                 if c.name not in _UNSEALED_COLUMNS and not isinstance(c.type, LargeBinary))


def _seal_sql(table: str, where: str) -> str:
    columns = ", ".join(f'"{c}"' for c in _sealed_columns(table))
    return f'SELECT id, {SEAL_FUNCTION}(json_array({columns})) FROM "{table}" {where}'


@cache
def _seals_sql(table: str, count: int) -> str:
    """The query for the seals of ``count`` rows by id (one per table and count: after a
    flush nearly always one row)."""
    return _seal_sql(table, f"WHERE id IN ({', '.join('?' * count)})")


def seals(connection: Connection, table: str, ids: Iterable[int]) -> dict[int, str]:
    """The current seals of these rows (missing rows are left out).

    Plain SQL on the DBAPI connection under ``connection`` (the same transaction): the query is
    text either way, and after every flush SQLAlchemy's statement handling around it cost more
    than the query itself.
    """
    wanted = sorted(set(ids))
    found: dict[int, str] = {}
    driver = connection.connection.driver_connection
    assert driver is not None  # an open Connection always has its DBAPI connection
    for start in range(0, len(wanted), _BATCH):
        chunk = wanted[start:start + _BATCH]
        rows = driver.execute(_seals_sql(table, len(chunk)), chunk).fetchall()
        found.update({int(r[0]): str(r[1]) for r in rows})
    return found


def all_seals(connection: Connection, table: str) -> dict[int, str]:
    """The current seal of every row of ``table``."""
    return {int(r[0]): str(r[1]) for r in connection.execute(text(_seal_sql(table, "")))}


def seal_map(by_table: dict[str, dict[int, str]], bulk: Iterable[str] = ()) -> str:
    """The ``state`` of an entry that seals many rows at once (purge, deletion)."""
    document: dict[str, Any] = {t: {str(i): s for i, s in sorted(v.items())}
                                for t, v in sorted(by_table.items()) if v}
    marked = sorted(set(bulk))
    if marked:
        document["bulk"] = marked
    return json.dumps(document, sort_keys=True, separators=(",", ":"))


def bulk_state(tables: Iterable[str]) -> str | None:
    """The ``state`` of a bulk entry: the sealed tables it wrote to, or ``None``."""
    marked = sorted(t for t in set(tables) if t in SEALED)
    return BULK_MARK + ",".join(marked) if marked else None


class SealBook:
    """While walking the chain: the last seal of each row and the last bulk mark per table."""

    def __init__(self) -> None:
        self.last: dict[tuple[str, int], tuple[int, str]] = {}
        self.bulk: dict[str, int] = {}

    def add(self, position: int, entity_type: str, entity_id: int | None,
            state: str | None) -> None:
        if not state:
            return
        if state.startswith(BULK_MARK):
            for table in state[len(BULK_MARK):].split(","):
                self.bulk[table] = position
        elif state.startswith("{"):
            try:
                document = json.loads(state)
            except ValueError:
                return
            for table, value in document.items():
                if table == "bulk" and isinstance(value, list):
                    for marked in value:
                        self.bulk[str(marked)] = position
                elif isinstance(value, dict):
                    for ident, row_seal in value.items():
                        self.last[(table, int(ident))] = (position, str(row_seal))
        elif entity_id is not None and entity_type in SEALED:
            self.last[(entity_type, entity_id)] = (position, state)

    def mismatches(self, connection: Connection) -> list[str]:
        """Rows whose stored values no longer match the seal the trail last recorded."""
        problems = []
        for table in sorted(SEALED):
            recorded = {ident: (pos, s) for (t, ident), (pos, s) in self.last.items()
                        if t == table and pos > self.bulk.get(table, -1)}
            if not recorded:
                continue
            current = all_seals(connection, table)
            for ident in sorted(recorded):
                now = current.get(ident)
                if now is not None and now != recorded[ident][1]:
                    problems.append(f"{entity_label(table)} {ident}")
        return problems
