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

import getpass
import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, cast

from sqlalchemy import Connection, DateTime, Table, and_, bindparam, or_, select, text
from sqlalchemy.sql.elements import ColumnElement

from skow_desk.store.models import AuditAction, AuditEntry

GENESIS = "0" * 64
HASH_FUNCTION = "skow_audit_hash"
USER_NAME_SETTING = "gebruiker.naam"
TRIGGERS = ("audit_entry_no_update", "audit_entry_no_delete")

_TABLE = cast(Table, AuditEntry.__table__)

_APPEND = text(
    f"""
    INSERT INTO audit_entry (at, actor, action, entity_type, entity_id, person_id, summary,
                             summary_sha256, prev_hash, hash)
    SELECT :at, :actor, :action, :entity_type, :entity_id, :person_id, :summary,
           :summary_sha256, last.prev, {HASH_FUNCTION}(:body, last.prev)
    FROM (SELECT coalesce((SELECT hash FROM audit_entry ORDER BY id DESC LIMIT 1), :genesis)
          AS prev) AS last
    """
).bindparams(bindparam("at", type_=DateTime()))


@dataclass(frozen=True)
class NewEntry:
    """An entry to append; the chain fields are filled in by :func:`append`."""

    action: AuditAction
    entity_type: str
    entity_id: int | None = None
    person_id: int | None = None
    summary: str = ""


@dataclass(frozen=True)
class ChainReport:
    """The outcome of checking the chain."""

    count: int
    broken_id: int | None = None
    reason: str = ""
    triggers_present: bool = True

    @property
    def ok(self) -> bool:
        return self.broken_id is None and self.triggers_present


def sha256_text(value: str) -> str:
    """SHA-256 of a text as UTF-8, in hex."""
    return hashlib.sha256(value.encode("utf-8")).hexdigest()


def canonical(
    at: datetime,
    actor: str,
    action: str,
    entity_type: str,
    entity_id: int | None,
    person_id: int | None,
    summary_sha256: str,
) -> str:
    """The entry as canonical JSON (sorted keys, no spaces, UTF-8 kept as is)."""
    return json.dumps(
        {
            "at": at.isoformat(sep=" ", timespec="microseconds"),
            "actor": actor,
            "action": action,
            "entity_type": entity_type,
            "entity_id": entity_id,
            "person_id": person_id,
            "summary_sha256": summary_sha256,
        },
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
    )


def chain_hash(body: str, prev_hash: str) -> str:
    """SHA-256 over the canonical JSON followed by the previous hash."""
    return sha256_text(body + prev_hash)


def register_functions(dbapi_connection: Any) -> None:
    """Make ``skow_audit_hash`` available to SQL on a freshly opened connection."""
    dbapi_connection.create_function(HASH_FUNCTION, 2, chain_hash, deterministic=True)


def utc_now() -> datetime:
    """Now in UTC, without zone (how ``audit_entry.at`` stores it)."""
    return datetime.now(UTC).replace(tzinfo=None)


def os_user() -> str:
    """The operating-system user name, or ``onbekend``."""
    try:
        return getpass.getuser()
    except Exception:  # no user name in the environment (rare services, containers)
        return "onbekend"


def actor_for(connection: Connection) -> str:
    """The OS user, with the app user's name setting when one is set."""
    name = connection.execute(
        text("SELECT value FROM setting WHERE key = :key"), {"key": USER_NAME_SETTING}
    ).scalar()
    user = os_user()
    return f"{user} ({name.strip()})" if isinstance(name, str) and name.strip() else user


def append(
    connection: Connection, entries: Sequence[NewEntry], actor: str, at: datetime | None = None
) -> None:
    """Append entries to the chain, in order, inside the caller's transaction."""
    if not entries:
        return
    when = at or utc_now()
    rows = []
    for entry in entries:
        digest = sha256_text(entry.summary)
        body = canonical(when, actor, entry.action.value, entry.entity_type, entry.entity_id,
                         entry.person_id, digest)
        rows.append({
            "at": when, "actor": actor, "action": entry.action.value,
            "entity_type": entry.entity_type, "entity_id": entry.entity_id,
            "person_id": entry.person_id, "summary": entry.summary, "summary_sha256": digest,
            "body": body, "genesis": GENESIS,
        })
    connection.execute(_APPEND, rows)


def redact(connection: Connection, condition: ColumnElement[bool]) -> int:
    """Blank the summaries of matching entries (the only change the triggers allow)."""
    result = connection.execute(
        _TABLE.update().where(condition, _TABLE.c.summary.is_not(None)).values(summary=None)
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


def verify_chain(connection: Connection) -> ChainReport:
    """Walk the whole chain; name the first entry that does not fit."""
    prev = GENESIS
    count = 0
    query = select(_TABLE).order_by(_TABLE.c.id)
    for row in connection.execute(query):
        count += 1
        if row.prev_hash != prev:
            return ChainReport(count, row.id, "de regel ervoor ontbreekt of is gewijzigd")
        if row.summary is not None and sha256_text(row.summary) != row.summary_sha256:
            return ChainReport(count, row.id, "de samenvatting is gewijzigd")
        action = row.action.value if isinstance(row.action, AuditAction) else str(row.action)
        body = canonical(row.at, row.actor, action, row.entity_type, row.entity_id,
                         row.person_id, row.summary_sha256)
        if chain_hash(body, row.prev_hash) != row.hash:
            return ChainReport(count, row.id, "de gegevens van de regel zijn gewijzigd")
        prev = row.hash
    return ChainReport(count, triggers_present=triggers_present(connection))


def last_hash(connection: Connection) -> str:
    """The newest entry's hash (the genesis value for an empty log)."""
    value = connection.execute(
        select(_TABLE.c.hash).order_by(_TABLE.c.id.desc()).limit(1)).scalar()
    return value if isinstance(value, str) else GENESIS
