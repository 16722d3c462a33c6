"""Measurements keep the context they were taken in (rest, exertion, sleep, on oxygen)

Revision ID: 0004_trials_literacy
Revises: 0003_medication_added_at
Create Date: 2026-12-03

SpO2 and heart rate mean different things at rest and walking: an exertional trial criterion is held only
against readings taken on exertion. Older rows keep no context (read as "at rest").
"""
import sqlalchemy as sa
from alembic import op

revision = "0004_trials_literacy"
down_revision = "0003_medication_added_at"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # recreate: the table is written out as a new profile's is, the column in place before the constraints
    with op.batch_alter_table("measurements", schema=None, recreate="always") as batch_op:
        batch_op.add_column(sa.Column("context", sa.String(length=16), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("measurements", schema=None) as batch_op:
        batch_op.drop_column("context")
