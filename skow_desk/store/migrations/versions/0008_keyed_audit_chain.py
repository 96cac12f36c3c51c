"""keyed audit chain: audit_entry.state and .redaction, the chain re-hashed with HMAC

Revision ID: 0008
Revises: 0005
Create Date: 2026-12-06 02:40:00.000000
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

from skow_desk.store.audit_rekey import upgrade_chain

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

_OLD_KEPT = ("id", "at", "actor", "action", "entity_type", "entity_id", "person_id",
             "summary_sha256", "prev_hash", "hash")


class _Driver:
    """The bind as the plain ``execute(sql, params)`` that store/audit_rekey.py expects."""

    def __init__(self, bind: Any) -> None:
        self._bind = bind

    def execute(self, sql: str, params: Any = ()) -> Any:
        return self._bind.exec_driver_sql(sql, params)


def upgrade() -> None:
    # Plain ALTER TABLE (no batch copy): the table, its rows and ids stay as they are. SQLite
    # commits DDL on its own, so a kill can leave the columns without the version: they are
    # added only when missing, and the rest (one transaction with the version) runs again.
    present = {c["name"] for c in sa.inspect(op.get_bind()).get_columns('audit_entry')}
    if 'state' not in present:
        op.add_column('audit_entry', sa.Column('state', sa.Text(), nullable=True))
    if 'redaction' not in present:
        op.add_column('audit_entry', sa.Column('redaction', sa.String(length=64),
                                               nullable=True))
    upgrade_chain(_Driver(op.get_bind()))


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS audit_entry_no_update")
    op.execute("DROP TRIGGER IF EXISTS audit_entry_no_delete")
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.drop_column('redaction')
        batch_op.drop_column('state')
    op.execute(f"""
CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry
WHEN NOT (NEW.summary IS NULL AND {" AND ".join(f"NEW.{c} IS OLD.{c}" for c in _OLD_KEPT)})
BEGIN
    SELECT RAISE(ABORT, 'Het logboek kan niet worden gewijzigd.');
END
""")
    op.execute("""
CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry
BEGIN
    SELECT RAISE(ABORT, 'Regels uit het logboek kunnen niet worden verwijderd.');
END
""")
