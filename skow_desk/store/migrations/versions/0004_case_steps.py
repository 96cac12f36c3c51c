"""case steps: the zienswijze's mode and content (or "geen zienswijze"), the school's weighing,
and the written reason for an urgent exception, on the measure

Revision ID: 0004
Revises: 0005
Create Date: 2026-12-06 02:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from skow_desk.store.migrations.columns import add_missing_columns

revision = '0004'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    add_missing_columns(
        'measure',
        sa.Column('response_mode', sa.String(length=20), server_default='', nullable=False),
        sa.Column('response_text', sa.Text(), server_default='', nullable=False),
        sa.Column('weighing', sa.Text(), server_default='', nullable=False),
        sa.Column('weighed_on', sa.Date(), nullable=True),
        sa.Column('urgent_exception', sa.Text(), server_default='', nullable=False),
    )
    # A zienswijze recorded before this version had only its date: it was received, in a way
    # the record does not say (letters then say only that it was received, and when).
    op.execute("UPDATE measure SET response_mode = 'ontvangen'"
               " WHERE response_received_on IS NOT NULL")


def downgrade() -> None:
    with op.batch_alter_table('measure', schema=None) as batch_op:
        batch_op.drop_column('urgent_exception')
        batch_op.drop_column('weighed_on')
        batch_op.drop_column('weighing')
        batch_op.drop_column('response_text')
        batch_op.drop_column('response_mode')
