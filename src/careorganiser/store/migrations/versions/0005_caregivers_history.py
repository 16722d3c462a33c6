"""Caregivers, who recorded a dose, the history of every record, and when each caregiver last looked

Revision ID: 0005_caregivers_history
Revises: 0004_trials_literacy
Create Date: 2026-12-03

- contacts.is_caregiver: people of the care circle who can be chosen as "who's here".
- dose_events.recorded_by_id: the caregiver who recorded the dose (interchange ``recorded_by``).
- record_versions: one row per change of a record (who, when, what changed, the values before and after),
  written by the services' unit of work; a change can be reverted and a deleted record restored from it.
- caregiver_seen: when each caregiver last looked ("Since you last looked" on Today).

Written out in full here (no imports from the models), so later model changes never change this step.
"""
import sqlalchemy as sa
from alembic import op

revision = "0005_caregivers_history"
down_revision = "0004_trials_literacy"
branch_labels = None
depends_on = None

# The search index's triggers on contacts, as 0002_search_index made them: rebuilding the table drops them.
CONTACT_TRIGGERS = [
    "CREATE TRIGGER IF NOT EXISTS search_index_contacts_ai AFTER INSERT ON contacts WHEN NEW.deleted_at IS NULL BEGIN INSERT INTO search_index(rowid, title, body) VALUES (NEW.id * 8 + 5, NEW.name, coalesce(NEW.role, '') || ' ' || coalesce(NEW.organisation, '') || ' ' || coalesce(NEW.phone, '') || ' ' || coalesce(NEW.email, '') || ' ' || coalesce(NEW.address, '') || ' ' || coalesce(NEW.notes, '')); END",
    "CREATE TRIGGER IF NOT EXISTS search_index_contacts_au AFTER UPDATE ON contacts BEGIN DELETE FROM search_index WHERE rowid = OLD.id * 8 + 5; INSERT INTO search_index(rowid, title, body) SELECT NEW.id * 8 + 5, NEW.name, coalesce(NEW.role, '') || ' ' || coalesce(NEW.organisation, '') || ' ' || coalesce(NEW.phone, '') || ' ' || coalesce(NEW.email, '') || ' ' || coalesce(NEW.address, '') || ' ' || coalesce(NEW.notes, '') WHERE NEW.deleted_at IS NULL; END",
    'CREATE TRIGGER IF NOT EXISTS search_index_contacts_ad AFTER DELETE ON contacts BEGIN DELETE FROM search_index WHERE rowid = OLD.id * 8 + 5; END',
]


def upgrade() -> None:
    # A rebuild (not ADD COLUMN), so the table reads as a new file's does; it drops the search triggers, so
    # they are made again after it.
    with op.batch_alter_table("contacts", recreate="always") as batch:
        batch.add_column(sa.Column("is_caregiver", sa.Boolean(), nullable=False, server_default=sa.false()))
    for ddl in CONTACT_TRIGGERS:
        op.execute(ddl)
    with op.batch_alter_table("dose_events") as batch:  # no triggers on dose_events: a rebuild is safe
        batch.add_column(sa.Column("recorded_by_id", sa.Integer(), nullable=True))
        batch.create_foreign_key("fk_dose_events_recorded_by_id_contacts", "contacts", ["recorded_by_id"], ["id"],
                                 ondelete="SET NULL")
    op.create_table(
        "record_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("change_id", sa.String(length=32), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("caregiver_id", sa.Integer(), nullable=True),
        sa.Column("table_name", sa.String(length=32), nullable=False),
        sa.Column("record_key", sa.String(length=64), nullable=False),
        sa.Column("action", sa.String(length=8), nullable=False),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.Column("before", sa.JSON(), nullable=True),
        sa.Column("after", sa.JSON(), nullable=True),
        sa.CheckConstraint("action IN ('insert','update','delete')", name="action"),
        sa.ForeignKeyConstraint(["caregiver_id"], ["contacts.id"], name="fk_record_versions_caregiver_id_contacts",
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name="pk_record_versions"),
    )
    op.create_index("ix_record_versions_record", "record_versions", ["table_name", "record_key"])
    op.create_index("ix_record_versions_changed_at", "record_versions", ["changed_at"])
    op.create_index("ix_record_versions_change_id", "record_versions", ["change_id"])
    op.create_table(
        "caregiver_seen",
        sa.Column("caregiver_id", sa.Integer(), nullable=False),
        sa.Column("seen_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["caregiver_id"], ["contacts.id"], name="fk_caregiver_seen_caregiver_id_contacts",
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("caregiver_id", name="pk_caregiver_seen"),
    )


def downgrade() -> None:
    op.drop_table("caregiver_seen")
    op.drop_index("ix_record_versions_change_id", table_name="record_versions")
    op.drop_index("ix_record_versions_changed_at", table_name="record_versions")
    op.drop_index("ix_record_versions_record", table_name="record_versions")
    op.drop_table("record_versions")
    with op.batch_alter_table("dose_events") as batch:
        batch.drop_constraint("fk_dose_events_recorded_by_id_contacts", type_="foreignkey")
        batch.drop_column("recorded_by_id")
    with op.batch_alter_table("contacts", recreate="always") as batch:
        batch.drop_column("is_caregiver")
    for ddl in CONTACT_TRIGGERS:
        op.execute(ddl)
