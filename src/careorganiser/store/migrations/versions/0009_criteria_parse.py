"""The eligibility text of a saved trial, read once and kept

Revision ID: 0009_criteria_parse
Revises: 0008_dose_trust
Create Date: 2026-12-03

- ``trials.criteria_parse``: the trial's eligibility criteria as the pre-screen reads them (trials.parsed: the
  items, their clauses and the bounds, windows and medicines each clause states), as JSON with the reader's
  version and a digest of the text it was read from. Derived data: never exported, made again whenever it is
  missing, of another version, for another text or damaged. Existing trials start without it: the upgrade
  stays a quick column add (no reading of every record while the caregiver waits, no code of the app in the
  migration), and each trial is read the first time the pack or the trial's pane needs it, then kept.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009_criteria_parse"
down_revision = "0008_dose_trust"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("trials", sa.Column("criteria_parse", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("trials") as batch_op:
        batch_op.drop_column("criteria_parse")
