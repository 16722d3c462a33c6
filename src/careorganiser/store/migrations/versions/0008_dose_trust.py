"""Schedule history, the stop instant and the stock each dose used

Revision ID: 0008_dose_trust
Revises: 0006_search_everything
Create Date: 2026-12-03

- ``schedule_periods``: the schedules a medication followed before a change of times (or before a stop it was
  taken again after), so the doses of those days keep counting against them. Existing files have none: their
  doses before ``schedules_since`` stay uncounted, as before.
- ``medications.stopped_at``: the instant of a stop made on the stop day itself. Existing stops keep their
  meaning (the stop date is the last day taken), so it starts empty.
- ``dose_events.stock_used``: the units a taken dose took from the stock. Existing events start empty, which
  means the medication's units per dose, as before.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_dose_trust"
down_revision = "0006_search_everything"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "schedule_periods",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("medication_id", sa.Integer(), nullable=False),
        sa.Column("began_at", sa.DateTime(), nullable=True),
        sa.Column("ended_at", sa.DateTime(), nullable=False),
        sa.Column("schedules", sa.JSON(), nullable=False),
        sa.Column("stop_date", sa.Date(), nullable=True),
        sa.Column("stop_reason", sa.Text(), nullable=False),
        sa.Column("restarted_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(["medication_id"], ["medications.id"],
                                name=op.f("fk_schedule_periods_medication_id_medications"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_schedule_periods")),
    )
    with op.batch_alter_table("schedule_periods") as batch_op:
        batch_op.create_index(batch_op.f("ix_schedule_periods_medication_id"), ["medication_id"], unique=False)
    op.add_column("medications", sa.Column("stopped_at", sa.DateTime(), nullable=True))
    op.add_column("dose_events", sa.Column("stock_used", sa.Float(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("dose_events") as batch_op:
        batch_op.drop_column("stock_used")
    with op.batch_alter_table("medications") as batch_op:
        batch_op.drop_column("stopped_at")
    with op.batch_alter_table("schedule_periods") as batch_op:
        batch_op.drop_index(batch_op.f("ix_schedule_periods_medication_id"))
    op.drop_table("schedule_periods")
