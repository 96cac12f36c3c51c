"""The SQLAlchemy side of a database: the engine (pooled connections) and the session factory.

Made on first use by :class:`skow_desk.store.db.Database`, not at start-up: importing
SQLAlchemy and the models costs about a third of a second, and the first screen does without.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine
from sqlalchemy.orm import Session, configure_mappers, sessionmaker
from sqlalchemy.pool import QueuePool

from skow_desk.store.connection import connect, driver


def make_engine(path: Path, key: bytes | None = None) -> Engine:
    """An engine for the database file at ``path``; encrypted (SQLCipher) when a key is given."""
    return create_engine(
        "sqlite://",
        module=driver(key),  # so SQLAlchemy wraps sqlcipher3's errors (IntegrityError …)
        creator=lambda: connect(path, key),
        poolclass=QueuePool,  # keep connections open: each costs a key set-up and pragmas
        pool_size=2,
        max_overflow=2,
        pool_pre_ping=False,
    )


def make_sessions(engine: Engine, folder: Path | None = None) -> sessionmaker[Session]:
    """Sessions on ``engine`` whose every ORM write is audited and kept searchable.

    With the data ``folder`` the audit chain is anchored in its key file after each commit.
    """
    from skow_desk.store.audit_events import install_audit
    from skow_desk.store.search_text import install_search_text

    configure_mappers()  # once, here, rather than inside the first query
    from skow_desk.store.audit_events import FOLDER

    sessions = sessionmaker(engine, expire_on_commit=False,
                            info={FOLDER: folder} if folder is not None else None)
    install_audit(sessions)  # every ORM write is recorded in the audit trail
    install_search_text(sessions)  # the register's search text follows every change
    return sessions
