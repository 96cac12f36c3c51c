"""One SQLite (SQLCipher) connection, configured: no SQLAlchemy, so the window can start with it.

Every connection SKOW Desk opens comes from :func:`connect`: the SQLAlchemy engine's pool uses
it as its ``creator`` and the window keeps one of its own for the register's quick reads
(:attr:`skow_desk.store.db.Database.reader`), so the first screen paints before SQLAlchemy
is even imported.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from skow_desk.domain.errors import DomainError
from skow_desk.domain.names import dutch_order
from skow_desk.store.audit_chain import register_functions
from skow_desk.store.keys import WrongPassphrase

WRONG_KEY = "De sleutel past niet op de database, of dit bestand is geen SKOW Desk-database."
DAMAGED = "De database is beschadigd; zet een back-up terug."


class DamagedDatabase(DomainError):
    """The database file is damaged (or is not the one its key file belongs to)."""

    def __init__(self, message: str = DAMAGED) -> None:
        super().__init__(message)

# 64 MiB page cache: searching and sorting 100,000 incidents stays in memory after the first
# pass (the register's search went from ~800 ms to ~30 ms per keystroke).
PRAGMAS = (
    "PRAGMA foreign_keys = ON",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA busy_timeout = 5000",
    "PRAGMA cache_size = -65536",
)


def driver(key: bytes | None) -> Any:
    """The DBAPI module: sqlcipher3 for an encrypted database, sqlite3 for a plain one."""
    if key is None:
        return sqlite3
    import sqlcipher3.dbapi2

    return sqlcipher3.dbapi2


def connect(path: Path, key: bytes | None) -> Any:
    """A configured connection to the database at ``path`` (created when missing).

    With a key the database is SQLCipher, opened with the raw 256-bit key: SQLCipher skips its
    own key derivation (the passphrase was stretched by Argon2id in keys.py). Raises
    :class:`WrongPassphrase` when the key does not fit or the file is no database.
    """
    conn: Any = driver(key).connect(str(path), check_same_thread=False)
    try:
        if key is not None:
            conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except Exception as exc:  # sqlcipher raises DatabaseError: file is not a database
            raise WrongPassphrase(WRONG_KEY) from exc
        try:
            for pragma in PRAGMAS:
                conn.execute(pragma)
        except sqlite3.Error as exc:
            raise DamagedDatabase() from exc
        except Exception as exc:  # sqlcipher3's own DatabaseError is no sqlite3.Error
            if type(exc).__name__.endswith("Error"):
                raise DamagedDatabase() from exc
            raise
        register_functions(conn, key)
        # Dutch order in SQL: ORDER BY nl_sort(last_name) puts Öztürk with the O's.
        conn.create_function("nl_sort", 1, dutch_order, deterministic=True)
    except BaseException:
        conn.close()
        raise
    return conn


def is_damage(error: BaseException) -> bool:
    """Whether an error out of a read means the database file is damaged."""
    if isinstance(error, DamagedDatabase):
        return True
    text = str(error).lower()
    return type(error).__name__ == "DatabaseError" and (
        "malformed" in text or "not a database" in text or "corrupt" in text)


def check_integrity(conn: Any, key: bytes | None) -> None:
    """SQLite's quick check (every page read and its structure checked; with SQLCipher each
    page's HMAC too); :class:`DamagedDatabase` when anything is wrong."""
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
        if key is not None:  # one row per page whose HMAC fails; none when all is well
            rows += [("hmac",) for _row in conn.execute("PRAGMA cipher_integrity_check")]
    except Exception as exc:  # sqlite3 / sqlcipher3 DatabaseError: malformed, not a database
        raise DamagedDatabase() from exc
    if [tuple(row) for row in rows] != [("ok",)]:
        raise DamagedDatabase()


def schema_revision(conn: Any) -> str | None:
    """The Alembic revision stored in the database; ``None`` for an empty one (one query)."""
    found = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).fetchone()
    if found is None:
        return None
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return None if row is None else str(row[0])


def has_foundation(conn: Any) -> bool:
    """Whether the first-run wizard got as far as saving the foundation."""
    return conn.execute("SELECT 1 FROM foundation LIMIT 1").fetchone() is not None
