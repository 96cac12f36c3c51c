"""letter facts: incident.letter_facts, the facts as letters may state them (no other names)

Revision ID: 0007
Revises: 0004
Create Date: 2026-12-06 02:50:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from skow_desk.store.migrations.columns import add_missing_columns

revision = '0007'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Empty for every stored incident: a letter then uses the description with the other
    # people's names replaced, as computed when it is drafted (services/letter_facts.py).
    add_missing_columns(
        'incident',
        sa.Column('letter_facts', sa.Text(), server_default='', nullable=False),
    )


def downgrade() -> None:
    # SQLite drops the column in place (3.35+); batch mode would copy the table, and with
    # foreign keys on that DROP cascades to every incident's records (see 0003).
    op.execute("ALTER TABLE incident DROP COLUMN letter_facts")
