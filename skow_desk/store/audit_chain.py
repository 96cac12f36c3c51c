"""The audit trail's entries and hash chain, without SQLAlchemy (the SQL is plain text).

Each entry's ``hash`` is SHA-256 over its canonical JSON followed by the previous entry's
hash; see :mod:`skow_desk.store.audit` for verifying and redacting. Appending is one
``INSERT … SELECT`` per entry: the previous hash is read and the new hash computed (by the SQL
function ``skow_audit_hash``, registered on every connection) inside the same statement, so
two writers can never both chain onto the same line.

This module is all the start-up needs to log the opening of the data (:func:`record_login`)
on the window's own connection.
"""

from __future__ import annotations

import getpass
import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

GENESIS = "0" * 64
HASH_FUNCTION = "skow_audit_hash"
USER_NAME_SETTING = "gebruiker.naam"

APPEND_SQL = f"""
    INSERT INTO audit_entry (at, actor, action, entity_type, entity_id, person_id, summary,
                             summary_sha256, prev_hash, hash)
    SELECT :at, :actor, :action, :entity_type, :entity_id, :person_id, :summary,
           :summary_sha256, last.prev, {HASH_FUNCTION}(:body, last.prev)
    FROM (SELECT coalesce((SELECT hash FROM audit_entry ORDER BY id DESC LIMIT 1), :genesis)
          AS prev) AS last
    """


class AuditAction(StrEnum):
    """What an audit entry records; the value is the Dutch word shown in the log."""

    CREATE = "aanmaken"
    CHANGE = "wijzigen"
    FINALISE = "definitief maken"
    EXPORT = "exporteren"
    DELETE = "verwijderen"
    VIEW = "inzien"
    PURGE = "opschonen"
    BACKUP = "back-up maken"
    RESTORE = "herstellen"
    LOGIN = "aanmelden"


@dataclass(frozen=True)
class NewEntry:
    """An entry to append; the chain fields are filled in when it is appended."""

    action: AuditAction
    entity_type: str
    entity_id: int | None = None
    person_id: int | None = None
    summary: str = ""


def sha256_text(value: str) -> str:
    """SHA-256 of a text as UTF-8, in hex."""
    return hashlib.sha256(value.encode("utf-8")).hexdigest()


def stored_time(at: datetime) -> str:
    """``at`` as ``audit_entry.at`` holds it (and as SQLAlchemy's SQLite DateTime writes it)."""
    return at.isoformat(sep=" ", timespec="microseconds")


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
            "at": stored_time(at),
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


def actor_name(user_setting: object) -> str:
    """The OS user, with the app user's name setting when one is set."""
    user = os_user()
    if isinstance(user_setting, str) and user_setting.strip():
        return f"{user} ({user_setting.strip()})"
    return user


def entry_rows(entries: Sequence[NewEntry], actor: str, at: datetime) -> list[dict[str, Any]]:
    """The bind parameters of :data:`APPEND_SQL` for each entry (``at`` as a datetime)."""
    rows = []
    for entry in entries:
        digest = sha256_text(entry.summary)
        body = canonical(at, actor, entry.action.value, entry.entity_type, entry.entity_id,
                         entry.person_id, digest)
        rows.append({
            "at": at, "actor": actor, "action": entry.action.value,
            "entity_type": entry.entity_type, "entity_id": entry.entity_id,
            "person_id": entry.person_id, "summary": entry.summary, "summary_sha256": digest,
            "body": body, "genesis": GENESIS,
        })
    return rows


def record_login(conn: Any, how: str) -> None:
    """Log that the data was opened (AVG art. 32: who had access, when), committed at once.

    ``conn`` is a plain DBAPI connection (:func:`skow_desk.store.connection.connect`).
    """
    setting = conn.execute("SELECT value FROM setting WHERE key = ?",
                           (USER_NAME_SETTING,)).fetchone()
    actor = actor_name(setting[0] if setting else None)
    rows = entry_rows([NewEntry(AuditAction.LOGIN, "session", None, None, how)], actor,
                      utc_now())
    with conn:  # commits, or rolls back on an error
        conn.executemany(APPEND_SQL, [{**row, "at": stored_time(row["at"])} for row in rows])
