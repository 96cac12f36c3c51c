"""letter enclosures: the evidence chosen as "Bijlage(n)", stored with the letter's case,
person and kind (before: only inside a kept draft)

Revision ID: 0009
Revises: 0006
Create Date: 2026-12-06 05:30:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A new table only; a killed upgrade runs again (the table and index are made when missing).
    if not sa.inspect(op.get_bind()).has_table('letter_enclosure'):
        op.create_table(
            'letter_enclosure',
            sa.Column('id', sa.Integer(), nullable=False),
            sa.Column('incident_id', sa.Integer(), nullable=False),
            sa.Column('person_id', sa.Integer(), nullable=False),
            sa.Column('kind', sa.String(length=60), nullable=False),
            sa.Column('evidence_id', sa.Integer(), nullable=False),
            sa.ForeignKeyConstraint(['evidence_id'], ['evidence.id'],
                                    name=op.f('fk_letter_enclosure_evidence_id_evidence'),
                                    ondelete='CASCADE'),
            sa.ForeignKeyConstraint(['incident_id'], ['incident.id'],
                                    name=op.f('fk_letter_enclosure_incident_id_incident'),
                                    ondelete='CASCADE'),
            sa.ForeignKeyConstraint(['person_id'], ['person.id'],
                                    name=op.f('fk_letter_enclosure_person_id_person')),
            sa.PrimaryKeyConstraint('id', name=op.f('pk_letter_enclosure')),
            sa.UniqueConstraint('incident_id', 'person_id', 'kind', 'evidence_id',
                                name=op.f('uq_letter_enclosure_incident_id')),
        )
    op.execute("CREATE INDEX IF NOT EXISTS ix_letter_enclosure_incident_id"
                " ON letter_enclosure (incident_id)")


def downgrade() -> None:
    op.drop_index('ix_letter_enclosure_incident_id', table_name='letter_enclosure')
    op.drop_table('letter_enclosure')
