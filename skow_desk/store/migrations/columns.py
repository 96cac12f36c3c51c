"""Adding columns in a migration so that a killed upgrade can simply run again.

SQLite (through sqlcipher3) commits each ``ALTER TABLE`` on its own, before the migration's
version bump: a kill between the two leaves the new columns without the new version, and the
next start would fail on "duplicate column name". A column that is already there is skipped;
the rest of a migration (data updates with the version, in one transaction) runs again.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op


def add_missing_columns(table: str, *columns: sa.Column[Any]) -> None:
    """``ALTER TABLE … ADD COLUMN`` for each of ``columns`` that ``table`` does not have yet."""
    present = {c["name"] for c in sa.inspect(op.get_bind()).get_columns(table)}
    for column in columns:
        if column.name not in present:
            op.add_column(table, column)
