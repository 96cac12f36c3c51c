"""mandate, staff appeal route and confirmed citations on the foundation; dispatch of a
letter; a person's birth date and an adult pupil's consent that the parents are written to

Revision ID: 0005
Revises: 0003
Create Date: 2026-12-06 02:50:00

Existing rows keep their data: the new text columns start empty, the dates NULL, the appeal
term 0 (no body configured) and the bestuurder's function "bestuurder". Letters finalised
before this revision were dated on their letter date; that date is taken as their dispatch date
so every stored letter has one.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from skow_desk.store.migrations.columns import add_missing_columns

revision = '0005'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    add_missing_columns(
        'foundation',
        sa.Column('board_member_function', sa.String(length=100), server_default='bestuurder', nullable=False),
        sa.Column('mandate_measures', sa.Text(), server_default='', nullable=False),
        sa.Column('mandate_decided_on', sa.Date(), nullable=True),
        sa.Column('mandate_reference', sa.String(length=200), server_default='', nullable=False),
        sa.Column('appeal_body', sa.String(length=200), server_default='', nullable=False),
        sa.Column('appeal_address', sa.String(length=200), server_default='', nullable=False),
        sa.Column('appeal_weeks', sa.Integer(), server_default='0', nullable=False),
        sa.Column('legal_confirmations', sa.Text(), server_default='', nullable=False),
    )
    add_missing_columns(
        'person',
        sa.Column('birth_date', sa.Date(), nullable=True),
        sa.Column('parents_informed', sa.Boolean(), server_default='0', nullable=False),
    )
    add_missing_columns(
        'letter',
        sa.Column('sent_on', sa.Date(), nullable=True),
        sa.Column('sent_via', sa.String(length=20), server_default='', nullable=False),
        sa.Column('sent_to', sa.Text(), server_default='', nullable=False),
    )
    op.execute("UPDATE letter SET sent_on = letter_date WHERE finalised_at IS NOT NULL")


def downgrade() -> None:
    with op.batch_alter_table('letter', schema=None) as batch_op:
        batch_op.drop_column('sent_to')
        batch_op.drop_column('sent_via')
        batch_op.drop_column('sent_on')
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_column('parents_informed')
        batch_op.drop_column('birth_date')
    with op.batch_alter_table('foundation', schema=None) as batch_op:
        for column in ('legal_confirmations', 'appeal_weeks', 'appeal_address', 'appeal_body',
                       'mandate_reference', 'mandate_decided_on', 'mandate_measures',
                       'board_member_function'):
            batch_op.drop_column(column)
