"""initial schema

Revision ID: 0001_initial
Revises: (none)
Create Date: 2026-11-21 22:15:14.641747
"""
from alembic import op
import sqlalchemy as sa


revision = '0001_initial'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    
    op.create_table('contacts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=64), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('role', sa.Text(), nullable=False),
    sa.Column('organisation', sa.Text(), nullable=False),
    sa.Column('phone', sa.Text(), nullable=False),
    sa.Column('email', sa.Text(), nullable=False),
    sa.Column('address', sa.Text(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint('length(trim(name)) > 0', name=op.f('ck_contacts_name_not_blank')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contacts')),
    sa.UniqueConstraint('uid', name=op.f('uq_contacts_uid'))
    )
    op.create_table('measurement_kinds',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('label', sa.Text(), nullable=False),
    sa.Column('unit', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_measurement_kinds'))
    )
    op.create_table('measurements',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=64), nullable=False),
    sa.Column('taken_at', sa.DateTime(), nullable=False),
    sa.Column('kind', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Float(), nullable=False),
    sa.Column('unit', sa.Text(), nullable=False),
    sa.Column('source', sa.String(length=16), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('range_low', sa.Float(), nullable=True),
    sa.Column('range_high', sa.Float(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint("source IN ('home','clinic','lab')", name=op.f('ck_measurements_source')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_measurements')),
    sa.UniqueConstraint('uid', name=op.f('uq_measurements_uid'))
    )
    with op.batch_alter_table('measurements', schema=None) as batch_op:
        batch_op.create_index('ix_measurements_kind_taken_at', ['kind', 'taken_at'], unique=False)

    op.create_table('person',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('date_of_birth', sa.Date(), nullable=True),
    sa.Column('sex', sa.String(length=16), nullable=False),
    sa.Column('conditions', sa.JSON(), nullable=False),
    sa.Column('allergies', sa.JSON(), nullable=False),
    sa.Column('identifiers', sa.JSON(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("sex IN ('female','male','other','unknown')", name=op.f('ck_person_sex')),
    sa.CheckConstraint('length(trim(name)) > 0', name=op.f('ck_person_name_not_blank')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person'))
    )
    op.create_table('settings',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_settings'))
    )
    op.create_table('symptom_notes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=64), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.Column('symptoms', sa.JSON(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('activity', sa.Text(), nullable=False),
    sa.Column('tags', sa.JSON(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_symptom_notes')),
    sa.UniqueConstraint('uid', name=op.f('uq_symptom_notes_uid'))
    )
    with op.batch_alter_table('symptom_notes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_symptom_notes_recorded_at'), ['recorded_at'], unique=False)

    op.create_table('trials',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('nct_id', sa.String(length=16), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=40), nullable=False),
    sa.Column('phases', sa.JSON(), nullable=False),
    sa.Column('interest', sa.String(length=16), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('study', sa.JSON(), nullable=True),
    sa.Column('record', sa.JSON(), nullable=True),
    sa.Column('source_format', sa.String(length=16), nullable=False),
    sa.Column('imported_at', sa.DateTime(), nullable=True),
    sa.Column('last_changes', sa.JSON(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint("interest IN ('considering','contacted','screening','enrolled','not_eligible','declined')", name=op.f('ck_trials_interest')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_trials')),
    sa.UniqueConstraint('nct_id', name=op.f('uq_trials_nct_id'))
    )
    op.create_table('appointments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=64), nullable=False),
    sa.Column('starts_at', sa.DateTime(), nullable=False),
    sa.Column('duration_minutes', sa.Integer(), nullable=False),
    sa.Column('clinician_id', sa.Integer(), nullable=True),
    sa.Column('place', sa.Text(), nullable=False),
    sa.Column('purpose', sa.Text(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('outcome', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint('duration_minutes >= 0', name=op.f('ck_appointments_duration_not_negative')),
    sa.ForeignKeyConstraint(['clinician_id'], ['contacts.id'], name=op.f('fk_appointments_clinician_id_contacts'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_appointments')),
    sa.UniqueConstraint('uid', name=op.f('uq_appointments_uid'))
    )
    with op.batch_alter_table('appointments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_appointments_clinician_id'), ['clinician_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_appointments_starts_at'), ['starts_at'], unique=False)

    op.create_table('medications',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=64), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('strength', sa.Text(), nullable=False),
    sa.Column('form', sa.Text(), nullable=False),
    sa.Column('dose', sa.Text(), nullable=False),
    sa.Column('route', sa.Text(), nullable=False),
    sa.Column('purpose', sa.Text(), nullable=False),
    sa.Column('instructions', sa.Text(), nullable=False),
    sa.Column('prescriber_id', sa.Integer(), nullable=True),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('stop_date', sa.Date(), nullable=True),
    sa.Column('stop_reason', sa.Text(), nullable=False),
    sa.Column('stock', sa.Float(), nullable=True),
    sa.Column('stock_unit', sa.Text(), nullable=False),
    sa.Column('refill_at', sa.Float(), nullable=True),
    sa.Column('units_per_dose', sa.Float(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint('length(trim(name)) > 0', name=op.f('ck_medications_name_not_blank')),
    sa.CheckConstraint('stop_date IS NULL OR start_date IS NULL OR stop_date >= start_date', name=op.f('ck_medications_dates_ordered')),
    sa.CheckConstraint('units_per_dose > 0', name=op.f('ck_medications_units_per_dose_positive')),
    sa.ForeignKeyConstraint(['prescriber_id'], ['contacts.id'], name=op.f('fk_medications_prescriber_id_contacts'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_medications')),
    sa.UniqueConstraint('uid', name=op.f('uq_medications_uid'))
    )
    with op.batch_alter_table('medications', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_medications_prescriber_id'), ['prescriber_id'], unique=False)

    op.create_table('dose_events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('medication_id', sa.Integer(), nullable=False),
    sa.Column('scheduled_for', sa.DateTime(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('taken_at', sa.DateTime(), nullable=True),
    sa.Column('amount', sa.Text(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("status IN ('taken','skipped','missed')", name=op.f('ck_dose_events_status')),
    sa.ForeignKeyConstraint(['medication_id'], ['medications.id'], name=op.f('fk_dose_events_medication_id_medications'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dose_events')),
    sa.UniqueConstraint('medication_id', 'scheduled_for', name='uq_dose_events_medication_slot')
    )
    with op.batch_alter_table('dose_events', schema=None) as batch_op:
        batch_op.create_index('ix_dose_events_scheduled_for', ['scheduled_for'], unique=False)

    op.create_table('questions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=64), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('topic', sa.Text(), nullable=False),
    sa.Column('priority', sa.String(length=8), nullable=False),
    sa.Column('appointment_id', sa.Integer(), nullable=True),
    sa.Column('trial_id', sa.Integer(), nullable=True),
    sa.Column('medication_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('answer', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint("priority IN ('high','normal','low')", name=op.f('ck_questions_priority')),
    sa.CheckConstraint("status IN ('open','asked','answered')", name=op.f('ck_questions_status')),
    sa.CheckConstraint('length(trim(text)) > 0', name=op.f('ck_questions_text_not_blank')),
    sa.ForeignKeyConstraint(['appointment_id'], ['appointments.id'], name=op.f('fk_questions_appointment_id_appointments'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['medication_id'], ['medications.id'], name=op.f('fk_questions_medication_id_medications'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['trial_id'], ['trials.id'], name=op.f('fk_questions_trial_id_trials'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_questions')),
    sa.UniqueConstraint('uid', name=op.f('uq_questions_uid'))
    )
    with op.batch_alter_table('questions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_questions_appointment_id'), ['appointment_id'], unique=False)

    op.create_table('rides',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=64), nullable=False),
    sa.Column('appointment_id', sa.Integer(), nullable=True),
    sa.Column('pickup_at', sa.DateTime(), nullable=True),
    sa.Column('pickup_address', sa.Text(), nullable=False),
    sa.Column('destination', sa.Text(), nullable=False),
    sa.Column('driver_id', sa.Integer(), nullable=True),
    sa.Column('return_pickup_at', sa.DateTime(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint("status IN ('needed','asked','confirmed','done','cancelled')", name=op.f('ck_rides_status')),
    sa.ForeignKeyConstraint(['appointment_id'], ['appointments.id'], name=op.f('fk_rides_appointment_id_appointments'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['driver_id'], ['contacts.id'], name=op.f('fk_rides_driver_id_contacts'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rides')),
    sa.UniqueConstraint('uid', name=op.f('uq_rides_uid'))
    )
    with op.batch_alter_table('rides', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_rides_appointment_id'), ['appointment_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_rides_driver_id'), ['driver_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_rides_pickup_at'), ['pickup_at'], unique=False)

    op.create_table('schedules',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('medication_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('times', sa.JSON(), nullable=False),
    sa.Column('weekdays', sa.JSON(), nullable=True),
    sa.Column('every', sa.Integer(), nullable=True),
    sa.Column('hours', sa.Float(), nullable=True),
    sa.Column('start_on', sa.Date(), nullable=True),
    sa.Column('start_at_local', sa.String(length=16), nullable=True),
    sa.Column('from_date', sa.Date(), nullable=True),
    sa.Column('until_date', sa.Date(), nullable=True),
    sa.Column('min_gap_hours', sa.Float(), nullable=True),
    sa.Column('max_per_day', sa.Integer(), nullable=True),
    sa.CheckConstraint("kind IN ('times','every_n_days','every_hours','as_needed')", name=op.f('ck_schedules_kind')),
    sa.ForeignKeyConstraint(['medication_id'], ['medications.id'], name=op.f('fk_schedules_medication_id_medications'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_schedules'))
    )
    with op.batch_alter_table('schedules', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_schedules_medication_id'), ['medication_id'], unique=False)

    


def downgrade() -> None:
    
    with op.batch_alter_table('schedules', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_schedules_medication_id'))

    op.drop_table('schedules')
    with op.batch_alter_table('rides', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_rides_pickup_at'))
        batch_op.drop_index(batch_op.f('ix_rides_driver_id'))
        batch_op.drop_index(batch_op.f('ix_rides_appointment_id'))

    op.drop_table('rides')
    with op.batch_alter_table('questions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_questions_appointment_id'))

    op.drop_table('questions')
    with op.batch_alter_table('dose_events', schema=None) as batch_op:
        batch_op.drop_index('ix_dose_events_scheduled_for')

    op.drop_table('dose_events')
    with op.batch_alter_table('medications', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_medications_prescriber_id'))

    op.drop_table('medications')
    with op.batch_alter_table('appointments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_appointments_starts_at'))
        batch_op.drop_index(batch_op.f('ix_appointments_clinician_id'))

    op.drop_table('appointments')
    op.drop_table('trials')
    with op.batch_alter_table('symptom_notes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_symptom_notes_recorded_at'))

    op.drop_table('symptom_notes')
    op.drop_table('settings')
    op.drop_table('person')
    with op.batch_alter_table('measurements', schema=None) as batch_op:
        batch_op.drop_index('ix_measurements_kind_taken_at')

    op.drop_table('measurements')
    op.drop_table('measurement_kinds')
    op.drop_table('contacts')
    
