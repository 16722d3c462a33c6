"""When the app learned of each medication, and since when its schedules apply

Revision ID: 0003_medication_added_at
Revises: 0002_search_index
Create Date: 2026-12-03

A schedule begins when the app learns of it: no dose before that is ever called missed. Existing
medications were learned of when their rows were made, so both new instants start at ``created_at``,
and a medication without a start date gets the local day it was made (or its stop day, if earlier).
"""
from __future__ import annotations

import json
from datetime import UTC, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import sqlalchemy as sa
from alembic import op

revision = "0003_medication_added_at"
down_revision = "0002_search_index"
branch_labels = None
depends_on = None


def _zone(conn: sa.Connection) -> ZoneInfo | None:
    row = conn.execute(sa.text("SELECT value FROM settings WHERE key = 'timezone'")).first()
    try:
        name = json.loads(row[0]) if row is not None and row[0] is not None else None
        return ZoneInfo(name) if isinstance(name, str) and name else None
    except (ValueError, TypeError, ZoneInfoNotFoundError):  # an unreadable setting: the computer's own zone
        return None


def _local_day(stored: str, zone: ZoneInfo | None) -> str:
    moment = datetime.fromisoformat(str(stored).strip()).replace(tzinfo=UTC)
    local = moment.astimezone(zone) if zone is not None else moment.astimezone()
    return local.date().isoformat()


def upgrade() -> None:
    op.add_column("medications", sa.Column("added_at", sa.DateTime(), nullable=True))
    op.add_column("medications", sa.Column("schedules_since", sa.DateTime(), nullable=True))
    conn = op.get_bind()
    conn.execute(sa.text("UPDATE medications SET added_at = created_at, schedules_since = created_at"))
    zone = _zone(conn)
    undated = conn.execute(sa.text(
        "SELECT id, created_at, stop_date FROM medications WHERE start_date IS NULL")).all()
    for row_id, created_at, stop_date in undated:
        day = _local_day(created_at, zone)
        if stop_date is not None and str(stop_date) < day:
            day = str(stop_date)
        conn.execute(sa.text("UPDATE medications SET start_date = :day WHERE id = :id"), {"day": day, "id": row_id})


def downgrade() -> None:
    with op.batch_alter_table("medications") as batch_op:
        batch_op.drop_column("schedules_since")
        batch_op.drop_column("added_at")
