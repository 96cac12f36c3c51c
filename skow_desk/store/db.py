"""Opening the database: one plain connection at once, the SQLAlchemy engine on first use.

Opening costs one connection and, when the schema is behind, the migrations. The window reads
its first screen through :attr:`Database.reader` (plain SQL, no SQLAlchemy); everything else
goes through :meth:`Database.transaction` and :meth:`Database.read_only`, whose engine and
session factory are made the first time they are needed — or earlier, off the GUI thread, by
:meth:`Database.warm_up` once the window has painted.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from skow_desk.store.connection import DamagedDatabase, check_integrity, connect, schema_revision

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker



class Database:
    """An open database: a plain reader connection, and the engine and sessions made lazily."""

    def __init__(self, path: Path, key: bytes | None = None, reader: Any = None) -> None:
        self.path = path
        self.key = key  # for encrypted backups
        self.on_close: list[Callable[[], None]] = []  # e.g. the folder lock
        self._reader = reader
        self._engine: Engine | None = None
        self._sessions: sessionmaker[Session] | None = None
        self._lock = threading.Lock()
        self.checked = False  # whether the full integrity check ran at open

    def __repr__(self) -> str:
        return f"Database({str(self.path)!r})"

    @property
    def reader(self) -> Any:
        """The window's own DBAPI connection, for quick reads in plain SQL on the GUI thread.

        It never holds a transaction open between statements, so it sees every commit.
        """
        if self._reader is None:
            self._reader = connect(self.path, self.key)
        return self._reader

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine (made, with the session factory, on first use)."""
        self._build()
        assert self._engine is not None
        return self._engine

    @property
    def sessions(self) -> sessionmaker[Session]:
        """The session factory; its sessions audit every ORM write."""
        self._build()
        assert self._sessions is not None
        return self._sessions

    def _build(self) -> None:
        with self._lock:
            if self._sessions is not None:
                return
            from skow_desk.store.engine import make_engine, make_sessions

            engine = make_engine(self.path, self.key)
            self._sessions = make_sessions(engine, self.path.parent if self.key else None)
            self._engine = engine

    def warm_up(self) -> None:
        """Import SQLAlchemy and the models and open the pool now (call it off the GUI thread)."""
        self._build()
        with self.engine.connect():
            pass

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: commit on success, roll back everything on any error."""
        with self.sessions.begin() as session:
            yield session

    @contextmanager
    def read_only(self) -> Iterator[Session]:
        """A session whose changes are always rolled back (look-ups, previews)."""
        session = self.sessions()
        try:
            yield session
        finally:
            session.rollback()
            session.close()

    def rekey(self, key: bytes) -> None:
        """Re-encrypt the whole database under ``key`` (SQLCipher ``PRAGMA rekey``, one
        transaction); the pool's connections close and the engine is rebuilt with the new key."""
        with self._lock:
            if self._engine is not None:
                self._engine.dispose()
            self._engine, self._sessions = None, None
            reader = self._reader if self._reader is not None else connect(self.path, self.key)
            self._reader = reader
            reader.execute(f"PRAGMA rekey = \"x'{key.hex()}'\"")
            old, self.key = self.key, key
            if old is not None:  # the audit trail's HMAC and seals follow the new key
                from skow_desk.store.audit_anchor import dbapi_query, write_anchor
                from skow_desk.store.audit_rekey import rekey_trail

                rekey_trail(reader, old, key)
                write_anchor(self.path.parent, dbapi_query(reader), force=True)

    def close(self) -> None:
        """Close every connection and release what was opened with the database."""
        with self._lock:
            if self._engine is not None:
                self._engine.dispose()
            if self._reader is not None:
                self._reader.close()
                self._reader = None
        while self.on_close:
            self.on_close.pop()()


def make_engine(path: Path, key: bytes | None = None) -> Engine:
    """An engine for the database file at ``path`` (see :mod:`skow_desk.store.engine`)."""
    from skow_desk.store.engine import make_engine as make

    return make(path, key)


FULL_CHECK_MAX_BYTES = 16 << 20
"""Up to this size (~9,000 incidents) the full check runs at open (~0.1 s; 14-30 ms for 300
incidents); a larger file is checked after the first paint."""


def open_database(path: Path, key: bytes | None = None, migrate: bool = True,
                  create: bool = False, check: bool | None = True) -> Database:
    """Open the database at ``path`` and bring its schema up to date.

    Only ``create`` makes a new file: a missing or empty one is otherwise damage, never a
    reason to start afresh (issue 12 item 9). ``check`` runs the quick integrity check (every
    page read: ~2-4 s for 100,000 incidents, 180 MB); ``None``: only up to
    :data:`FULL_CHECK_MAX_BYTES`, the window checks a larger file after its first paint
    (gui/common/integrity_watch.py). Without it a truncated file or a damaged first page is still
    found.
    Raises :class:`skow_desk.store.keys.WrongPassphrase` when the key does not fit and
    :class:`DamagedDatabase` when the file is damaged. The schema is checked with one query;
    Alembic (and SQLAlchemy) load only when it is behind.
    """
    from skow_desk.store.permissions import private_file, private_folder

    if not create:
        try:
            size = path.stat().st_size
        except FileNotFoundError:
            raise DamagedDatabase("De database ontbreekt; zet een back-up terug.") from None
        if size == 0 or size % 512:  # every SQLite page size is a multiple of 512 bytes
            raise DamagedDatabase()
    path.parent.mkdir(parents=True, exist_ok=True)
    private_folder(path.parent)
    reader = connect(path, key)
    db = Database(path, key, reader)
    for member in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        private_file(member)
    try:
        if check is None:
            check = path.stat().st_size <= FULL_CHECK_MAX_BYTES
        if check and not create:
            check_integrity(reader, key)
            db.checked = True
        if migrate:
            from skow_desk.store.migrations import HEAD

            if schema_revision(reader) != HEAD:
                from skow_desk.store.migrate import upgrade_if_behind

                upgrade_if_behind(db.engine)
                if key is not None:  # the chain may have been re-keyed: anchor it anew
                    from skow_desk.store.audit_anchor import dbapi_query, write_anchor

                    write_anchor(path.parent, dbapi_query(reader), force=True)
    except BaseException:
        db.close()
        raise
    return db
