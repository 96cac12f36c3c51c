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
from skow_desk.store.audit_triggers import DELETE_TRIGGER, KEPT_0002, update_trigger

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

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
    op.execute(update_trigger(KEPT_0002))  # 0002's triggers again
    op.execute(DELETE_TRIGGER)
