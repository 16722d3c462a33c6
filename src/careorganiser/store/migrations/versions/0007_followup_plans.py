"""Follow-up plans: visits after a trial or treatment starts, and a log of side effects and events

Revision ID: 0007_followup_plans
Revises: 0005_caregivers_history
Create Date: 2026-12-03
"""
from alembic import op
import sqlalchemy as sa

revision = "0007_followup_plans"
down_revision = "0005_caregivers_history"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("followup_plans",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("uid", sa.String(length=64), nullable=False),
    sa.Column("trial_id", sa.Integer(), nullable=True),
    sa.Column("medication_id", sa.Integer(), nullable=True),
    sa.Column("baseline_date", sa.Date(), nullable=False),
    sa.Column("tests", sa.JSON(), nullable=False),
    sa.Column("visit_time", sa.String(length=5), nullable=False),
    sa.Column("place", sa.Text(), nullable=False),
    sa.Column("ride_needed", sa.Boolean(), nullable=False),
    sa.Column("active", sa.Boolean(), nullable=False),
    sa.Column("contact_name", sa.Text(), nullable=False),
    sa.Column("contact_phone", sa.Text(), nullable=False),
    sa.Column("out_of_hours", sa.Text(), nullable=False),
    sa.Column("notes", sa.Text(), nullable=False),
    sa.Column("created_at", sa.DateTime(), nullable=False),
    sa.Column("updated_at", sa.DateTime(), nullable=False),
    sa.Column("deleted_at", sa.DateTime(), nullable=True),
    sa.CheckConstraint("(trial_id IS NULL) != (medication_id IS NULL)", name=op.f("ck_followup_plans_one_subject")),
    sa.ForeignKeyConstraint(["medication_id"], ["medications.id"], name=op.f("fk_followup_plans_medication_id_medications"), ondelete="CASCADE"),
    sa.ForeignKeyConstraint(["trial_id"], ["trials.id"], name=op.f("fk_followup_plans_trial_id_trials"), ondelete="CASCADE"),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_followup_plans")),
    sa.UniqueConstraint("uid", name=op.f("uq_followup_plans_uid"))
    )
    op.create_index(op.f("ix_followup_plans_medication_id"), "followup_plans", ["medication_id"], unique=False)
    op.create_index(op.f("ix_followup_plans_trial_id"), "followup_plans", ["trial_id"], unique=False)
    op.create_table("followup_events",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("uid", sa.String(length=64), nullable=False),
    sa.Column("plan_id", sa.Integer(), nullable=False),
    sa.Column("occurred_on", sa.Date(), nullable=False),
    sa.Column("what", sa.Text(), nullable=False),
    sa.Column("severity", sa.Integer(), nullable=False),
    sa.Column("told", sa.Boolean(), nullable=False),
    sa.Column("told_on", sa.Date(), nullable=True),
    sa.Column("told_whom", sa.Text(), nullable=False),
    sa.Column("outcome", sa.Text(), nullable=False),
    sa.Column("created_at", sa.DateTime(), nullable=False),
    sa.Column("updated_at", sa.DateTime(), nullable=False),
    sa.Column("deleted_at", sa.DateTime(), nullable=True),
    sa.CheckConstraint("length(trim(what)) > 0", name=op.f("ck_followup_events_what_not_blank")),
    sa.CheckConstraint("severity BETWEEN 0 AND 4", name=op.f("ck_followup_events_severity")),
    sa.ForeignKeyConstraint(["plan_id"], ["followup_plans.id"], name=op.f("fk_followup_events_plan_id_followup_plans"), ondelete="CASCADE"),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_followup_events")),
    sa.UniqueConstraint("uid", name=op.f("uq_followup_events_uid"))
    )
    op.create_index(op.f("ix_followup_events_plan_id"), "followup_events", ["plan_id"], unique=False)
    op.create_table("followup_visits",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("uid", sa.String(length=64), nullable=False),
    sa.Column("plan_id", sa.Integer(), nullable=False),
    sa.Column("position", sa.Integer(), nullable=False),
    sa.Column("offset_value", sa.Integer(), nullable=False),
    sa.Column("offset_unit", sa.String(length=8), nullable=False),
    sa.Column("visit_date", sa.Date(), nullable=False),
    sa.Column("tests", sa.JSON(), nullable=False),
    sa.Column("appointment_id", sa.Integer(), nullable=True),
    sa.CheckConstraint("offset_unit IN ('day','week','month')", name=op.f("ck_followup_visits_offset_unit")),
    sa.CheckConstraint("offset_value >= 0", name=op.f("ck_followup_visits_offset_not_negative")),
    sa.ForeignKeyConstraint(["appointment_id"], ["appointments.id"], name=op.f("fk_followup_visits_appointment_id_appointments"), ondelete="SET NULL"),
    sa.ForeignKeyConstraint(["plan_id"], ["followup_plans.id"], name=op.f("fk_followup_visits_plan_id_followup_plans"), ondelete="CASCADE"),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_followup_visits")),
    sa.UniqueConstraint("uid", name=op.f("uq_followup_visits_uid"))
    )
    op.create_index(op.f("ix_followup_visits_appointment_id"), "followup_visits", ["appointment_id"], unique=False)
    op.create_index(op.f("ix_followup_visits_plan_id"), "followup_visits", ["plan_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_followup_visits_plan_id"), table_name="followup_visits")
    op.drop_index(op.f("ix_followup_visits_appointment_id"), table_name="followup_visits")
    op.drop_table("followup_visits")
    op.drop_index(op.f("ix_followup_events_plan_id"), table_name="followup_events")
    op.drop_table("followup_events")
    op.drop_index(op.f("ix_followup_plans_trial_id"), table_name="followup_plans")
    op.drop_index(op.f("ix_followup_plans_medication_id"), table_name="followup_plans")
    op.drop_table("followup_plans")
