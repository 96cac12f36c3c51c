"""The auto-lock setting, read without SQLAlchemy (the main window applies it at start-up)."""

from __future__ import annotations

from skow_desk.domain.envelope import setting_number
from skow_desk.store.db import Database
from skow_desk.store.queries.settings import read_setting

LOCK_MINUTES = ("beveiliging.vergrendel_minuten", 10)


def lock_minutes(db: Database) -> int:
    """The auto-lock time in minutes (0: never)."""
    text = read_setting(db.reader, LOCK_MINUTES[0], str(LOCK_MINUTES[1]))
    return max(0, int(setting_number(text, LOCK_MINUTES[1])))
