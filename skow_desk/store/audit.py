"""The audit trail's hash chain: canonical entries, appending, redacting and verifying.

Each entry's ``hash`` is SHA-256 over its canonical JSON followed by the previous entry's
hash, so changing, removing or reordering a line breaks the chain from that line on. The
summary itself is kept out of the JSON (its SHA-256 stands in), which lets the retention purge
redact a summary that names a person without breaking the chain.

Appending is one ``INSERT … SELECT`` per entry: the previous hash is read and the new hash
computed (by the SQL function ``skow_audit_hash``, registered on every connection) inside the
same statement, so two writers can never both chain onto the same line.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import (
    Connection,
    Table,
    and_,
    func,
    literal,
    or_,
    select,
    text,
)
from sqlalchemy.sql.elements import ColumnElement

from skow_desk.store.audit_chain import (
    GENESIS,
    HASH_FUNCTION,
    SEAL_FUNCTION,
    AuditKeys,
    NewEntry,
    actor_of,
    append_entries,
    canonical,
    chain_hash,
    os_user,
    register_functions,
    seal,
    sha256_text,
    utc_now,
)
from skow_desk.store.audit_rekey import REDACTION_TEXT
from skow_desk.store.audit_seal import SealBook
from skow_desk.store.models import AuditAction, AuditEntry

__all__ = [
    "GENESIS", "HASH_FUNCTION", "ChainReport", "NewEntry", "append", "canonical", "chain_hash",
    "os_user", "register_functions", "sha256_text", "utc_now", "verify_chain",
]

TRIGGERS = ("audit_entry_no_update", "audit_entry_no_delete")

_TABLE = cast(Table, AuditEntry.__table__)


@dataclass(frozen=True)
class ChainReport:
    """The outcome of checking the chain."""

    count: int
    broken_id: int | None = None
    reason: str = ""
    triggers_present: bool = True
    anchor_problem: str = ""
    changed_rows: tuple[str, ...] = ()  # "incident 4": rows that no longer match their seal

    @property
    def ok(self) -> bool:
        return (self.broken_id is None and self.triggers_present and not self.anchor_problem
                and not self.changed_rows)


def _driver(connection: Connection) -> Any:
    """The DBAPI connection under ``connection`` (same transaction)."""
    return connection.connection.driver_connection


def actor_for(connection: Connection) -> str:
    """The OS user, with the app user's name setting when one is set."""
    return actor_of(_driver(connection))


def append(
    connection: Connection, entries: Sequence[NewEntry], actor: str, at: datetime | None = None
) -> None:
    """Append entries to the chain, in order, inside the caller's transaction
    (:func:`skow_desk.store.audit_chain.append_entries`, the one writer)."""
    append_entries(_driver(connection), entries, actor, at)


def redact(connection: Connection, condition: ColumnElement[bool]) -> int:
    """Blank the summaries of matching entries (the only change the triggers allow).

    Each redaction is sealed (``redaction``), so a summary blanked by anyone else shows.
    """
    result = connection.execute(
        _TABLE.update().where(condition, _TABLE.c.summary.is_not(None)).values(
            summary=None,
            redaction=getattr(func, SEAL_FUNCTION)(literal(REDACTION_TEXT) + _TABLE.c.hash))
    )
    return int(result.rowcount or 0)


def _chunks(values: Sequence[int], size: int = 500) -> Iterable[Sequence[int]]:
    for start in range(0, len(values), size):
        yield values[start:start + size]


def redact_about(
    connection: Connection, person_ids: Iterable[int], entities: Iterable[tuple[str, int]]
) -> int:
    """Redact every entry about these persons or these (entity type, id) records."""
    total = 0
    for chunk in _chunks(sorted(set(person_ids))):
        total += redact(connection, or_(
            _TABLE.c.person_id.in_(chunk),
            and_(_TABLE.c.entity_type == "person", _TABLE.c.entity_id.in_(chunk))))
    by_type: dict[str, set[int]] = {}
    for entity_type, entity_id in entities:
        by_type.setdefault(entity_type, set()).add(entity_id)
    for entity_type, ids in sorted(by_type.items()):
        for chunk in _chunks(sorted(ids)):
            total += redact(connection, and_(_TABLE.c.entity_type == entity_type,
                                             _TABLE.c.entity_id.in_(chunk)))
    return total


def triggers_present(connection: Connection) -> bool:
    """Whether the triggers that make the log append-only are in place."""
    found = set(connection.execute(
        text("SELECT name FROM sqlite_master WHERE type = 'trigger'")).scalars())
    return all(name in found for name in TRIGGERS)


def verify_chain(connection: Connection, data_key: bytes | None = None) -> ChainReport:
    """Walk the whole chain; name the first entry that does not fit.

    With the database key the chain's HMAC is checked, every blanked summary must carry the
    seal of a purge or deletion, and every audited row must still match its last seal.
    """
    keys = AuditKeys.derive(data_key)
    prev = GENESIS
    count = 0
    book = SealBook()
    query = select(_TABLE).order_by(_TABLE.c.id)
    for row in connection.execute(query):
        count += 1
        if row.prev_hash != prev:
            return ChainReport(count, row.id, "de regel ervoor ontbreekt of is gewijzigd")
        if row.summary is not None and sha256_text(row.summary) != row.summary_sha256:
            return ChainReport(count, row.id, "de samenvatting is gewijzigd")
        action = row.action.value if isinstance(row.action, AuditAction) else str(row.action)
        body = canonical(row.at, row.actor, action, row.entity_type, row.entity_id,
                         row.person_id, row.summary_sha256, row.state)
        if chain_hash(body, row.prev_hash, keys.chain) != row.hash:
            return ChainReport(count, row.id, "de gegevens van de regel zijn gewijzigd")
        if row.summary is None and row.redaction != seal(REDACTION_TEXT + row.hash, keys.seal):
            return ChainReport(count, row.id, "de samenvatting is gewist buiten het opschonen "
                                              "of verwijderen om")
        book.add(count, row.entity_type, row.entity_id, row.state)
        prev = row.hash
    return ChainReport(count, triggers_present=triggers_present(connection),
                       changed_rows=tuple(book.mismatches(connection)))


def last_hash(connection: Connection) -> str:
    """The newest entry's hash (the genesis value for an empty log)."""
    value = connection.execute(
        select(_TABLE.c.hash).order_by(_TABLE.c.id.desc()).limit(1)).scalar()
    return value if isinstance(value, str) else GENESIS
