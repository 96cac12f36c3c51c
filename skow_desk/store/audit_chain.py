"""The audit trail's entries and hash chain, without SQLAlchemy (the SQL is plain text).

Each entry's ``hash`` is an HMAC-SHA256 over its canonical JSON followed by the previous
entry's hash, keyed with a key derived (HKDF-SHA256) from the database key: without the key
nobody can append, re-chain or rewrite a line that verifies. (A database without a key, used
only by tests, falls back to plain SHA-256.) A second derived key seals values: the state of
an audited row after each change (``state``), a redaction (``redaction``) and the anchor of
the chain's head kept outside the database (:mod:`skow_desk.store.audit_anchor`); see
:mod:`skow_desk.store.audit` for verifying and redacting. Appending is one
``INSERT … SELECT`` per entry: the previous hash is read and the new hash computed (by the SQL
function ``skow_audit_hash``, registered on every connection) inside the same statement, so
two writers can never both chain onto the same line.

This module is all the start-up needs to log the opening of the data (:func:`record_login`)
on the window's own connection.
"""

from __future__ import annotations

import getpass
import hashlib
import hmac
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from skow_desk.store.queries.settings import read_setting

GENESIS = "0" * 64
HASH_FUNCTION = "skow_audit_hash"
SEAL_FUNCTION = "skow_seal"
KEYED_FUNCTION = "skow_audit_keyed"
USER_NAME_SETTING = "gebruiker.naam"
_HKDF_SALT = b"skow-desk audit"

APPEND_SQL = f"""
    INSERT INTO audit_entry (at, actor, action, entity_type, entity_id, person_id, summary,
                             summary_sha256, state, prev_hash, hash)
    SELECT :at, :actor, :action, :entity_type, :entity_id, :person_id, :summary,
           :summary_sha256, :state, last.prev, {HASH_FUNCTION}(:body, last.prev)
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
    state: str | None = None  # the sealed state of the row after the change (or a seal map)


def sha256_text(value: str) -> str:
    """SHA-256 of a text as UTF-8, in hex."""
    return hashlib.sha256(value.encode("utf-8")).hexdigest()


def stored_time(at: datetime) -> str:
    """``at`` as ``audit_entry.at`` holds it (and as SQLAlchemy's SQLite DateTime writes it)."""
    return at.isoformat(sep=" ", timespec="microseconds")


def canonical(
    at: datetime | str,
    actor: str,
    action: str,
    entity_type: str,
    entity_id: int | None,
    person_id: int | None,
    summary_sha256: str,
    state: str | None = None,
) -> str:
    """The entry as canonical JSON (sorted keys, no spaces, UTF-8 kept as is).

    ``at`` may be given as stored (text). ``state`` is left out when there is none, so
    entries written before it existed keep their canonical form.
    """
    document: dict[str, Any] = {
        "at": at if isinstance(at, str) else stored_time(at),
        "actor": actor,
        "action": action,
        "entity_type": entity_type,
        "entity_id": entity_id,
        "person_id": person_id,
        "summary_sha256": summary_sha256,
    }
    if state is not None:
        document["state"] = state
    return json.dumps(
        document,
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
    )


def _hkdf(data_key: bytes, info: bytes) -> bytes:
    """HKDF-SHA256 (RFC 5869) with one output block of 32 bytes."""
    pseudo_random = hmac.new(_HKDF_SALT, data_key, hashlib.sha256).digest()
    return hmac.new(pseudo_random, info + b"\x01", hashlib.sha256).digest()


@dataclass(frozen=True)
class AuditKeys:
    """The keys of the chain and of the seals, derived from the database key."""

    chain: bytes | None
    seal: bytes | None

    @classmethod
    def derive(cls, data_key: bytes | None) -> AuditKeys:
        if data_key is None:
            return cls(None, None)
        return cls(_hkdf(data_key, b"audit chain v1"), _hkdf(data_key, b"audit seal v1"))


def chain_hash(body: str, prev_hash: str, key: bytes | None = None) -> str:
    """HMAC-SHA256 (SHA-256 without a key) over the canonical JSON and the previous hash."""
    if key is None:
        return sha256_text(body + prev_hash)
    return hmac.new(key, (body + prev_hash).encode("utf-8"), hashlib.sha256).hexdigest()


def seal(text: str, key: bytes | None) -> str:
    """An HMAC-SHA256 of ``text`` with the seal key (SHA-256 without a key)."""
    if key is None:
        return sha256_text("seal:" + text)
    return hmac.new(key, text.encode("utf-8"), hashlib.sha256).hexdigest()


def register_functions(dbapi_connection: Any, data_key: bytes | None = None) -> None:
    """Make the chain's SQL functions available on a freshly opened connection.

    ``skow_audit_hash(body, prev)`` chains, ``skow_seal(text)`` seals and
    ``skow_audit_keyed()`` says whether the two are keyed.
    """
    keys = AuditKeys.derive(data_key)

    def keyed_hash(body: str, prev: str) -> str:
        return chain_hash(body, prev, keys.chain)

    def keyed_seal(text: object) -> str:
        return seal(str(text), keys.seal)

    dbapi_connection.create_function(HASH_FUNCTION, 2, keyed_hash, deterministic=True)
    dbapi_connection.create_function(SEAL_FUNCTION, 1, keyed_seal, deterministic=True)
    dbapi_connection.create_function(KEYED_FUNCTION, 0, lambda: int(data_key is not None),
                                     deterministic=True)


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
                         entry.person_id, digest, entry.state)
        rows.append({
            "at": at, "actor": actor, "action": entry.action.value,
            "entity_type": entry.entity_type, "entity_id": entry.entity_id,
            "person_id": entry.person_id, "summary": entry.summary, "summary_sha256": digest,
            "state": entry.state, "body": body, "genesis": GENESIS,
        })
    return rows


def actor_of(conn: Any) -> str:
    """Who acts: the OS user, with the app user's name setting when one is set.

    ``conn`` is a DBAPI connection (or anything with ``execute(sql, params)``).
    """
    return actor_name(read_setting(conn, USER_NAME_SETTING))


def append_entries(
    conn: Any, entries: Sequence[NewEntry], actor: str, at: datetime | None = None
) -> None:
    """Append entries to the chain, in order, inside the connection's transaction.

    The one way the trail is written: the ORM's flush hooks (through :func:`skow_desk.store.
    audit.append`), the login at start-up and the re-keying migration all come here. ``conn``
    is a DBAPI connection, or a wrapper with ``execute(sql, params)`` only.
    """
    if not entries:
        return
    rows = [{**row, "at": stored_time(row["at"])}
            for row in entry_rows(entries, actor, at or utc_now())]
    many = getattr(conn, "executemany", None)
    if many is not None:
        many(APPEND_SQL, rows)
        return
    for row in rows:
        conn.execute(APPEND_SQL, row)


def record_login(conn: Any, how: str) -> None:
    """Log that the data was opened (AVG art. 32: who had access, when), committed at once.

    ``conn`` is a plain DBAPI connection (:func:`skow_desk.store.connection.connect`).
    """
    with conn:  # commits, or rolls back on an error
        append_entries(conn, [NewEntry(AuditAction.LOGIN, "session", None, None, how)],
                       actor_of(conn))
