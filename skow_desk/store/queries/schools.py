"""The schools as a choice list (the register's and the task list's filter, the dialogs)."""

from __future__ import annotations

from skow_desk.store.queries import Connection


def school_choices(conn: Connection) -> list[tuple[int, str]]:
    """(id, name) of every school, in Dutch order of the name (``nl_sort``), then by id."""
    return [(int(sid), str(name)) for sid, name in
            conn.execute("SELECT id, name FROM school ORDER BY nl_sort(name), id")]
