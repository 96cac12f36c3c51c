"""school calendar and measure status: school.region, school_free_day; measure status, reason,
date and the measure that corrects it; a summary dismissal's delay reason

Revision ID: 0006
Revises: 0008
Create Date: 2026-12-06 03:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from skow_desk.store.migrations.columns import add_missing_columns

revision = '0006'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ALTER TABLE, columns added only when missing (a killed upgrade runs again, see
    # store/migrations/columns.py). No batch copy of ``measure``: with foreign keys on,
    # dropping the old table would delete its tasks by cascade and fail on its letters.
    add_missing_columns(
        'school',
        sa.Column('region', sa.String(length=10), server_default='', nullable=False),
    )
    if not sa.inspect(op.get_bind()).has_table('school_free_day'):
        op.create_table(
            'school_free_day',
            sa.Column('id', sa.Integer(), nullable=False),
            sa.Column('school_id', sa.Integer(), nullable=False),
            sa.Column('day', sa.Date(), nullable=False),
            sa.Column('description', sa.String(length=200), nullable=False),
            sa.ForeignKeyConstraint(['school_id'], ['school.id'],
                                    name=op.f('fk_school_free_day_school_id_school'),
                                    ondelete='CASCADE'),
            sa.PrimaryKeyConstraint('id', name=op.f('pk_school_free_day')),
            sa.UniqueConstraint('school_id', 'day', name=op.f('uq_school_free_day_school_id')),
        )
    op.execute("CREATE INDEX IF NOT EXISTS ix_school_free_day_school_id"
               " ON school_free_day (school_id)")
    add_missing_columns(
        'measure',
        sa.Column('status', sa.Enum('geldig', 'gecorrigeerd', 'ingetrokken',
                                    name='measurestatus', native_enum=False, length=40),
                  server_default='geldig', nullable=False),
        sa.Column('status_reason', sa.Text(), server_default='', nullable=False),
        sa.Column('status_on', sa.Date(), nullable=True),
        sa.Column('delay_reason', sa.Text(), server_default='', nullable=False),
    )
    present = {c["name"] for c in sa.inspect(op.get_bind()).get_columns('measure')}
    if 'corrected_by_id' not in present:
        op.execute("ALTER TABLE measure ADD COLUMN corrected_by_id INTEGER"
                   " CONSTRAINT fk_measure_corrected_by_id_measure REFERENCES measure (id)")


def downgrade() -> None:
    with op.batch_alter_table('measure', schema=None) as batch_op:
        # the column's own foreign key goes with it (the table is copied without it)
        batch_op.drop_column('delay_reason')
        batch_op.drop_column('corrected_by_id')
        batch_op.drop_column('status_on')
        batch_op.drop_column('status_reason')
        batch_op.drop_column('status')
    with op.batch_alter_table('school_free_day', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_school_free_day_school_id'))
    op.drop_table('school_free_day')
    with op.batch_alter_table('school', schema=None) as batch_op:
        batch_op.drop_column('region')
