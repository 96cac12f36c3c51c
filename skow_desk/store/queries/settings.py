"""Reading the ``setting`` table (key → text): the start-up's and the services' one way."""

from __future__ import annotations

from collections.abc import Iterable

from skow_desk.store.queries import Connection


def read_setting(conn: Connection, key: str, default: str = "") -> str:
    """A stored setting, or ``default``; one plain query."""
    row = conn.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
    return str(row[0]) if row is not None else default


def read_settings(conn: Connection, keys: Iterable[str]) -> dict[str, str]:
    """The stored settings among ``keys`` (missing ones are left out), in one query."""
    wanted = list(dict.fromkeys(keys))
    if not wanted:
        return {}
    marks = ", ".join("?" for _ in wanted)
    return {str(key): str(value) for key, value in conn.execute(
        f"SELECT key, value FROM setting WHERE key IN ({marks})", wanted)}
