"""SQLAlchemy 2 typed models: one database (profile) per person cared for.

Every record a caregiver can refer to has a stable string ``uid`` (the interchange ``id``) beside its
integer primary key. Instants are stored in UTC and always come back timezone-aware. Records are never
hard-deleted by the app: ``deleted_at`` puts them in the trash, from which they can be restored.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from careorganiser.domain.enums import (
    MeasurementSource,
    OffsetUnit,
    Priority,
    QuestionStatus,
    RideStatus,
    TrialInterest,
)
from careorganiser.store.codec import date_from_db, date_to_db, instant_from_db, instant_to_db

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class _Coded(TypeDecorator[Any]):
    """A column stored as text spelled by ``store.codec`` (``to_db`` on the way in, ``from_db`` on the way out)."""

    to_db: Callable[[Any], str]
    from_db: Callable[[Any], Any]

    def bind_processor(self, dialect: Any) -> Any:
        to_db = type(self).to_db
        return lambda value: None if value is None else to_db(value)

    def literal_processor(self, dialect: Any) -> Any:
        to_db = type(self).to_db
        return lambda value: "'" + to_db(value) + "'"

    def result_processor(self, dialect: Any, coltype: Any) -> Any:
        return type(self).from_db


class UTCDateTime(_Coded):
    """An instant: stored as naive UTC text, returned as an aware UTC datetime (``store.codec``).

    A naive datetime handed in is refused: the caller must say which zone it meant. The spelling is the
    codec's, not SQLAlchemy's, so the plain reads (``store.reads``, ``store.queries``) can never disagree.
    """

    impl = DateTime
    cache_ok = True  # SQLAlchemy reads it from each class itself
    to_db = staticmethod(instant_to_db)
    from_db = staticmethod(instant_from_db)


class StoredDate(_Coded):
    """A calendar date, stored as ``YYYY-MM-DD`` text through ``store.codec`` (as the plain reads read it)."""

    impl = Date
    cache_ok = True
    to_db = staticmethod(date_to_db)
    from_db = staticmethod(date_from_db)


def new_uid(prefix: str) -> str:
    """A short, stable id for a new record, unique within the profile."""
    return f"{prefix}-{uuid.uuid4().hex[:12]}"


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {
        datetime: UTCDateTime,
        date: StoredDate,
        str: Text,
        dict[str, Any]: JSON,
        list[Any]: JSON,
    }


class TimestampsMixin:
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    deleted_at: Mapped[datetime | None] = mapped_column(default=None)


class Setting(Base):
    """Profile-level settings (time zone, reminder window...): key -> JSON value."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


class Person(Base):
    """The person cared for. A profile holds exactly one (id 1)."""

    __tablename__ = "person"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    date_of_birth: Mapped[date | None] = mapped_column(default=None)
    sex: Mapped[str] = mapped_column(String(16), default="unknown")
    conditions: Mapped[list[Any]] = mapped_column(default=list)
    allergies: Mapped[list[Any]] = mapped_column(default=list)
    identifiers: Mapped[list[Any]] = mapped_column(default=list)
    notes: Mapped[str] = mapped_column(default="")
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    __table_args__ = (
        CheckConstraint("sex IN ('female','male','other','unknown')", name="sex"),
        CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),
    )


class Contact(TimestampsMixin, Base):
    __tablename__ = "contacts"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(64), unique=True, default=lambda: new_uid("c"))
    name: Mapped[str]
    role: Mapped[str] = mapped_column(default="")
    organisation: Mapped[str] = mapped_column(default="")
    phone: Mapped[str] = mapped_column(default="")
    email: Mapped[str] = mapped_column(default="")
    address: Mapped[str] = mapped_column(default="")
    notes: Mapped[str] = mapped_column(default="")
    # Can be chosen as "who's here" (caregivers); last, as ADD COLUMN put it in 0005_caregivers_history.
    is_caregiver: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false(), sort_order=100)

    __table_args__ = (CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),)


class Medication(TimestampsMixin, Base):
    __tablename__ = "medications"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(64), unique=True, default=lambda: new_uid("m"))
    name: Mapped[str]
    strength: Mapped[str] = mapped_column(default="")
    form: Mapped[str] = mapped_column(default="")
    dose: Mapped[str] = mapped_column(default="")
    route: Mapped[str] = mapped_column(default="")
    purpose: Mapped[str] = mapped_column(default="")
    instructions: Mapped[str] = mapped_column(default="")
    prescriber_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="SET NULL"), default=None, index=True
    )
    start_date: Mapped[date | None] = mapped_column(default=None)
    stop_date: Mapped[date | None] = mapped_column(default=None)
    stop_reason: Mapped[str] = mapped_column(default="")
    stock: Mapped[float | None] = mapped_column(Float, default=None)
    stock_unit: Mapped[str] = mapped_column(default="")
    refill_at: Mapped[float | None] = mapped_column(Float, default=None)
    units_per_dose: Mapped[float] = mapped_column(Float, default=1.0)
    # When the app learned of the medication (added in the window, or imported), and since when its current
    # schedules apply (set again when they change or it is restarted). No dose before ``schedules_since`` is
    # ever counted as due or missed: the app could not have reminded anyone of it. Placed after the
    # timestamps, as the 0003 migration appends them.
    added_at: Mapped[datetime | None] = mapped_column(default=utcnow, sort_order=10)
    schedules_since: Mapped[datetime | None] = mapped_column(default=utcnow, sort_order=10)
    # The instant it was stopped, when it was stopped on the day itself: its doses end then, not at the end of
    # ``stop_date`` (the 0008 migration appends it). None: the stop date's doses are all its own.
    stopped_at: Mapped[datetime | None] = mapped_column(default=None, sort_order=11)

    prescriber: Mapped[Contact | None] = relationship(lazy="joined")
    schedules: Mapped[list[Schedule]] = relationship(
        back_populates="medication",
        cascade="all, delete-orphan",
        order_by="Schedule.position",
        lazy="selectin",
    )

    __table_args__ = (
        CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),
        CheckConstraint("units_per_dose > 0", name="units_per_dose_positive"),
        CheckConstraint("stop_date IS NULL OR start_date IS NULL OR stop_date >= start_date", name="dates_ordered"),
    )


class Schedule(Base):
    """When a medication is taken; see domain.schedules for the meaning of each field."""

    __tablename__ = "schedules"
    id: Mapped[int] = mapped_column(primary_key=True)
    medication_id: Mapped[int] = mapped_column(ForeignKey("medications.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(16))
    times: Mapped[list[Any]] = mapped_column(default=list)
    weekdays: Mapped[list[Any] | None] = mapped_column(JSON, default=None)
    every: Mapped[int | None] = mapped_column(Integer, default=None)
    hours: Mapped[float | None] = mapped_column(Float, default=None)
    start_on: Mapped[date | None] = mapped_column(default=None)
    # Wall-clock anchor of an every-hours schedule, kept as local "YYYY-MM-DDTHH:MM" text.
    start_at_local: Mapped[str | None] = mapped_column(String(16), default=None)
    from_date: Mapped[date | None] = mapped_column(default=None)
    until_date: Mapped[date | None] = mapped_column(default=None)
    min_gap_hours: Mapped[float | None] = mapped_column(Float, default=None)
    max_per_day: Mapped[int | None] = mapped_column(Integer, default=None)

    medication: Mapped[Medication] = relationship(back_populates="schedules")

    __table_args__ = (
        CheckConstraint("kind IN ('times','every_n_days','every_hours','as_needed')", name="kind"),
    )


class SchedulePeriod(Base):
    """Schedules a medication followed before they were changed (or before it was stopped and taken again).

    Doses in ``[began_at, ended_at)`` count against ``schedules`` (interchange schedule documents), so a change
    of times never re-labels or loses the doses of the days before it. ``stop_date`` and ``stop_reason``: the
    stop that ended the period, when it ended because the medication was stopped and later taken again.
    """

    __tablename__ = "schedule_periods"
    id: Mapped[int] = mapped_column(primary_key=True)
    medication_id: Mapped[int] = mapped_column(ForeignKey("medications.id", ondelete="CASCADE"), index=True)
    began_at: Mapped[datetime | None] = mapped_column(default=None)
    ended_at: Mapped[datetime]
    schedules: Mapped[list[Any]] = mapped_column(default=list)
    stop_date: Mapped[date | None] = mapped_column(default=None)
    stop_reason: Mapped[str] = mapped_column(default="")
    restarted_on: Mapped[date | None] = mapped_column(default=None)

    medication: Mapped[Medication] = relationship()


class DoseEvent(Base):
    """What happened to one dose: taken, skipped or missed. Editable afterwards."""

    __tablename__ = "dose_events"
    id: Mapped[int] = mapped_column(primary_key=True)
    medication_id: Mapped[int] = mapped_column(ForeignKey("medications.id", ondelete="CASCADE"))
    scheduled_for: Mapped[datetime]
    status: Mapped[str] = mapped_column(String(16))
    taken_at: Mapped[datetime | None] = mapped_column(default=None)
    amount: Mapped[str] = mapped_column(default="")
    note: Mapped[str] = mapped_column(default="")
    recorded_at: Mapped[datetime] = mapped_column(default=utcnow)
    # The caregiver who recorded it (interchange "recorded_by"); filled by store.history from the one here.
    recorded_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="SET NULL"), default=None
    )
    # The units this dose took from the stock when it was marked taken (less than a dose when the stock ran
    # out); an undo gives back exactly this. None: recorded before it was kept (the medication's units_per_dose).
    stock_used: Mapped[float | None] = mapped_column(Float, default=None)

    medication: Mapped[Medication] = relationship()
    recorded_by: Mapped[Contact | None] = relationship(foreign_keys=[recorded_by_id])

    __table_args__ = (
        UniqueConstraint("medication_id", "scheduled_for", name="uq_dose_events_medication_slot"),
        CheckConstraint("status IN ('taken','skipped','missed')", name="status"),
        Index("ix_dose_events_scheduled_for", "scheduled_for"),
    )


class Appointment(TimestampsMixin, Base):
    __tablename__ = "appointments"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(64), unique=True, default=lambda: new_uid("a"))
    starts_at: Mapped[datetime] = mapped_column(index=True)
    duration_minutes: Mapped[int] = mapped_column(Integer, default=30)
    clinician_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="SET NULL"), default=None, index=True
    )
    place: Mapped[str] = mapped_column(default="")
    purpose: Mapped[str] = mapped_column(default="")
    notes: Mapped[str] = mapped_column(default="")
    outcome: Mapped[str] = mapped_column(default="")

    clinician: Mapped[Contact | None] = relationship(lazy="joined")
    rides: Mapped[list[Ride]] = relationship(back_populates="appointment", order_by="Ride.pickup_at")

    __table_args__ = (CheckConstraint("duration_minutes >= 0", name="duration_not_negative"),)


class Ride(TimestampsMixin, Base):
    __tablename__ = "rides"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(64), unique=True, default=lambda: new_uid("r"))
    appointment_id: Mapped[int | None] = mapped_column(
        ForeignKey("appointments.id", ondelete="SET NULL"), default=None, index=True
    )
    pickup_at: Mapped[datetime | None] = mapped_column(default=None, index=True)
    pickup_address: Mapped[str] = mapped_column(default="")
    destination: Mapped[str] = mapped_column(default="")
    driver_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="SET NULL"), default=None, index=True
    )
    return_pickup_at: Mapped[datetime | None] = mapped_column(default=None)
    status: Mapped[str] = mapped_column(String(16), default=RideStatus.NEEDED)
    notes: Mapped[str] = mapped_column(default="")

    appointment: Mapped[Appointment | None] = relationship(back_populates="rides")
    driver: Mapped[Contact | None] = relationship(lazy="joined")

    __table_args__ = (
        CheckConstraint("status IN ('needed','asked','confirmed','done','cancelled')", name="status"),
    )


class SymptomNote(TimestampsMixin, Base):
    __tablename__ = "symptom_notes"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(64), unique=True, default=lambda: new_uid("s"))
    recorded_at: Mapped[datetime] = mapped_column(index=True)
    # [{"name": "breathlessness", "severity": 0..4}, ...]
    symptoms: Mapped[list[Any]] = mapped_column(default=list)
    text: Mapped[str] = mapped_column(default="")
    activity: Mapped[str] = mapped_column(default="")
    tags: Mapped[list[Any]] = mapped_column(default=list)


class MeasurementKindRow(Base):
    """A custom measurement kind declared by the caregiver (the catalogue holds the built-in ones)."""

    __tablename__ = "measurement_kinds"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    label: Mapped[str]
    unit: Mapped[str] = mapped_column(default="")


class Measurement(TimestampsMixin, Base):
    __tablename__ = "measurements"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(64), unique=True, default=lambda: new_uid("x"))
    taken_at: Mapped[datetime]
    kind: Mapped[str] = mapped_column(String(64))
    value: Mapped[float] = mapped_column(Float)
    unit: Mapped[str] = mapped_column(default="")
    source: Mapped[str] = mapped_column(String(16), default=MeasurementSource.HOME)
    note: Mapped[str] = mapped_column(default="")
    range_low: Mapped[float | None] = mapped_column(Float, default=None)
    range_high: Mapped[float | None] = mapped_column(Float, default=None)
    # "rest" | "exertion" | "sleep" | "on_oxygen" | None (interchange spec); checked by the service
    context: Mapped[str | None] = mapped_column(String(16), default=None, sort_order=1)  # last, as 0004 adds it

    __table_args__ = (
        CheckConstraint("source IN ('home','clinic','lab')", name="source"),
        Index("ix_measurements_kind_taken_at", "kind", "taken_at"),
    )


class Trial(TimestampsMixin, Base):
    """A saved clinical trial: the mapped study, the raw record, and the caregiver's own status."""

    __tablename__ = "trials"
    id: Mapped[int] = mapped_column(primary_key=True)
    nct_id: Mapped[str] = mapped_column(String(16), unique=True)
    title: Mapped[str] = mapped_column(default="")
    status: Mapped[str] = mapped_column(String(40), default="")
    phases: Mapped[list[Any]] = mapped_column(default=list)
    interest: Mapped[str] = mapped_column(String(16), default=TrialInterest.CONSIDERING)
    notes: Mapped[str] = mapped_column(default="")
    # The study as mapped by trials.readers (trials.model.Study.to_dict()), and the record it came from.
    study: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    record: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    source_format: Mapped[str] = mapped_column(String(16), default="")
    imported_at: Mapped[datetime | None] = mapped_column(default=None)
    # What changed at the last re-import: [{"field", "label", "before", "after"}].
    last_changes: Mapped[list[Any]] = mapped_column(default=list)
    # The eligibility criteria as the pre-screen reads them (trials.parsed), kept so a pack or the trial's pane
    # does not read the text again. Derived from ``study``: not exported, made again when missing or stale.
    # after the timestamps, as the 0009 migration appends it
    criteria_parse: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None, sort_order=10)

    __table_args__ = (
        CheckConstraint(
            "interest IN ('considering','contacted','screening','enrolled','not_eligible','declined')",
            name="interest",
        ),
    )


class Question(TimestampsMixin, Base):
    __tablename__ = "questions"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(64), unique=True, default=lambda: new_uid("q"))
    text: Mapped[str]
    topic: Mapped[str] = mapped_column(default="")
    priority: Mapped[str] = mapped_column(String(8), default=Priority.NORMAL)
    appointment_id: Mapped[int | None] = mapped_column(
        ForeignKey("appointments.id", ondelete="SET NULL"), default=None, index=True
    )
    trial_id: Mapped[int | None] = mapped_column(ForeignKey("trials.id", ondelete="SET NULL"), default=None)
    medication_id: Mapped[int | None] = mapped_column(
        ForeignKey("medications.id", ondelete="SET NULL"), default=None
    )
    status: Mapped[str] = mapped_column(String(16), default=QuestionStatus.OPEN)
    answer: Mapped[str] = mapped_column(default="")

    appointment: Mapped[Appointment | None] = relationship(lazy="joined")
    trial: Mapped[Trial | None] = relationship(lazy="joined")
    medication: Mapped[Medication | None] = relationship(lazy="joined")

    __table_args__ = (
        CheckConstraint("priority IN ('high','normal','low')", name="priority"),
        CheckConstraint("status IN ('open','asked','answered')", name="status"),
        CheckConstraint("length(trim(text)) > 0", name="text_not_blank"),
    )


class RecordVersion(Base):
    """One change of one record: who (a caregiver contact, if chosen), when, which fields, the values before
    and after (JSON). Written by store.history for every unit of work; read by the History view."""

    __tablename__ = "record_versions"
    id: Mapped[int] = mapped_column(primary_key=True)
    change_id: Mapped[str] = mapped_column(String(32))
    changed_at: Mapped[datetime]
    caregiver_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"), default=None)
    table_name: Mapped[str] = mapped_column(String(32))
    record_key: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(8))
    fields: Mapped[list[Any]] = mapped_column(default=list)
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)

    __table_args__ = (
        CheckConstraint("action IN ('insert','update','delete')", name="action"),
        Index("ix_record_versions_record", "table_name", "record_key"),
        Index("ix_record_versions_changed_at", "changed_at"),
        Index("ix_record_versions_change_id", "change_id"),
    )


class CaregiverSeen(Base):
    """When a caregiver last looked: "Since you last looked" starts there."""

    __tablename__ = "caregiver_seen"
    caregiver_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True)
    seen_at: Mapped[datetime]


class FollowupPlan(TimestampsMixin, Base):
    """A follow-up plan for an enrolled trial or a medication started in clinic (see domain.followup)."""

    __tablename__ = "followup_plans"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(64), unique=True, default=lambda: new_uid("f"))
    trial_id: Mapped[int | None] = mapped_column(ForeignKey("trials.id", ondelete="CASCADE"), default=None, index=True)
    medication_id: Mapped[int | None] = mapped_column(
        ForeignKey("medications.id", ondelete="CASCADE"), default=None, index=True
    )
    baseline_date: Mapped[date]
    # The tests every visit needs (measurement kind keys); a visit may differ (FollowupVisit.tests).
    tests: Mapped[list[Any]] = mapped_column(default=list)
    # Local wall-clock time of the visits ("HH:MM"), where they are, and whether each needs a ride.
    visit_time: Mapped[str] = mapped_column(String(5), default="09:30")
    place: Mapped[str] = mapped_column(default="")
    ride_needed: Mapped[bool] = mapped_column(default=True)
    # Turned on: the visits have appointments (and rides when needed).
    active: Mapped[bool] = mapped_column(default=False)
    contact_name: Mapped[str] = mapped_column(default="")
    contact_phone: Mapped[str] = mapped_column(default="")
    out_of_hours: Mapped[str] = mapped_column(default="")
    notes: Mapped[str] = mapped_column(default="")

    trial: Mapped[Trial | None] = relationship(lazy="joined")
    medication: Mapped[Medication | None] = relationship(lazy="joined")
    visits: Mapped[list[FollowupVisit]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="FollowupVisit.position", lazy="selectin"
    )
    events: Mapped[list[FollowupEvent]] = relationship(
        back_populates="plan", cascade="all, delete-orphan",
        order_by="(FollowupEvent.occurred_on, FollowupEvent.id)", lazy="selectin",
    )

    __table_args__ = (
        CheckConstraint("(trial_id IS NULL) != (medication_id IS NULL)", name="one_subject"),
    )


class FollowupVisit(Base):
    __tablename__ = "followup_visits"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(64), unique=True, default=lambda: new_uid("v"))
    plan_id: Mapped[int] = mapped_column(ForeignKey("followup_plans.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    offset_value: Mapped[int] = mapped_column(Integer, default=0)
    offset_unit: Mapped[str] = mapped_column(String(8), default=OffsetUnit.MONTH)
    # The planned day: baseline + offset, or the day the visit was moved to.
    visit_date: Mapped[date]
    tests: Mapped[list[Any]] = mapped_column(default=list)
    appointment_id: Mapped[int | None] = mapped_column(
        ForeignKey("appointments.id", ondelete="SET NULL"), default=None, index=True
    )

    plan: Mapped[FollowupPlan] = relationship(back_populates="visits")
    appointment: Mapped[Appointment | None] = relationship(lazy="joined")

    __table_args__ = (
        CheckConstraint("offset_unit IN ('day','week','month')", name="offset_unit"),
        CheckConstraint("offset_value >= 0", name="offset_not_negative"),
    )


class FollowupEvent(TimestampsMixin, Base):
    """A side effect or event during a trial or treatment, and whether the team was told."""

    __tablename__ = "followup_events"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(64), unique=True, default=lambda: new_uid("e"))
    plan_id: Mapped[int] = mapped_column(ForeignKey("followup_plans.id", ondelete="CASCADE"), index=True)
    occurred_on: Mapped[date]
    what: Mapped[str]
    severity: Mapped[int] = mapped_column(Integer, default=1)
    told: Mapped[bool] = mapped_column(default=False)
    told_on: Mapped[date | None] = mapped_column(default=None)
    told_whom: Mapped[str] = mapped_column(default="")
    outcome: Mapped[str] = mapped_column(default="")

    plan: Mapped[FollowupPlan] = relationship(back_populates="events")

    __table_args__ = (
        CheckConstraint("severity BETWEEN 0 AND 4", name="severity"),
        CheckConstraint("length(trim(what)) > 0", name="what_not_blank"),
    )


class Offer(TimestampsMixin, Base):
    """A treatment offered outside a registered trial (no NCT number), kept so its red flags can be shown."""

    __tablename__ = "offers"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(64), unique=True, default=lambda: new_uid("o"))
    name: Mapped[str]
    provider: Mapped[str] = mapped_column(default="")
    offered: Mapped[str] = mapped_column(default="")
    cost: Mapped[str] = mapped_column(default="")
    heard_from: Mapped[str] = mapped_column(default="")
    notes: Mapped[str] = mapped_column(default="")


# Tables that hold the caregiver's records, in the order an import fills them.
RECORD_TABLES = (
    "person", "settings", "contacts", "measurement_kinds", "medications", "schedules", "dose_events",
    "appointments", "rides", "symptom_notes", "measurements", "trials", "questions", "offers",
    "followup_plans", "followup_visits", "followup_events",
)
