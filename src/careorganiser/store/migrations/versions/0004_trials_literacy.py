"""Measurements keep the context they were taken in (rest, exertion, sleep, on oxygen); offers without an NCT number

Revision ID: 0004_trials_literacy
Revises: 0003_medication_added_at
Create Date: 2026-12-03

SpO2 and heart rate mean different things at rest and walking: an exertional trial criterion is held only
against readings taken on exertion. Older rows keep no context (read as "at rest"). An offer is a treatment
offered outside a registered trial (name, provider, what is offered, cost, where heard, notes).
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
    op.create_table(
        "offers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=64), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("provider", sa.Text(), nullable=False),
        sa.Column("offered", sa.Text(), nullable=False),
        sa.Column("cost", sa.Text(), nullable=False),
        sa.Column("heard_from", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_offers")),
        sa.UniqueConstraint("uid", name=op.f("uq_offers_uid")),
    )


def downgrade() -> None:
    op.drop_table("offers")
    with op.batch_alter_table("measurements", schema=None) as batch_op:
        batch_op.drop_column("context")
