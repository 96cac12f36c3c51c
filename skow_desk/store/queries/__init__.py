"""Plain-SQL reads shared by the start-up path and the services: one module per read.

The window's first screen reads through a plain DBAPI connection (``Database.reader``), before
SQLAlchemy is imported (docs/architecture.md, "Why start-up reads with plain SQL"). The services
read the same data inside their session's transaction. Both call the functions here, so each
query exists once: give them :func:`connection_of` of whichever you hold.

- :mod:`.settings`: the ``setting`` table (one key, or several in one query);
- :mod:`.schools`: the schools as a choice list;
- :mod:`.tasks`: the open tasks across all cases, and their count;
- :mod:`.letters`: what numbering a finalised letter reads (the person's role, the year's
  highest serial).

Nothing here imports SQLAlchemy.
"""

from __future__ import annotations

from typing import Any

Connection = Any
"""A DBAPI connection (sqlite3 / sqlcipher3), such as ``Database.reader``."""


def connection_of(source: Any) -> Connection:
    """The DBAPI connection to run a plain query on.

    A DBAPI connection is returned as it is. For a SQLAlchemy ``Session`` it is the connection
    under the session's transaction, after its pending changes are flushed (as the ORM's
    autoflush would), so the query sees what the session has written.
    """
    if hasattr(source, "flush") and hasattr(source, "connection"):  # a Session, duck-typed
        source.flush()
        return source.connection().connection.driver_connection
    return source
