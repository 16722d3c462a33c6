"""The day's care: every dose of a local calendar day with its state, the day's appointments and
rides, the next appointments, and medications running low (``careorganiser today`` and the Today screen).

Everything here reads; nothing changes. The states come from ``domain.doses`` so the command line, the
Today screen and the reminder service always agree.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from careorganiser.domain import doses as dd
from careorganiser.domain.clock import day_bounds, iso_instant, local_date, to_utc
from careorganiser.domain.enums import RideStatus, ScheduleKind
from careorganiser.domain.schedules import Schedule
from careorganiser.store import models as m
from careorganiser.store.profiles import Profile

__all__ = [
    "AppointmentItem",
    "DayPlan",
    "DoseItem",
    "LowStockItem",
    "MedicationFacts",
    "QuestionItem",
    "RideItem",
    "TodayOverview",
    "day_plan",
    "load_events",
    "load_medication_facts",
    "next_appointments",
    "reminder_window",
    "today_overview",
]

WINDOW_SETTING = "reminder_window_minutes"
DEFAULT_WINDOW_MINUTES = 60
MIN_WINDOW_MINUTES = 5
MAX_WINDOW_MINUTES = 12 * 60
#: Ride states that still need someone to act before the appointment.
RIDE_UNSETTLED = frozenset({RideStatus.NEEDED.value, RideStatus.ASKED.value})


# ---- plain snapshots ------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class DoseItem:
    """One dose of the day. ``medication_id`` is the row id, ``medication_uid`` the interchange id."""

    medication_id: int
    medication_uid: str
    name: str
    dose: str
    scheduled_for: datetime  # aware UTC
    status: str  # taken | skipped | due | missed | upcoming
    taken_at: datetime | None = None
    scheduled: bool = True  # False: an as-needed dose taken (or a dose of a schedule since changed)

    @property
    def key(self) -> tuple[int, datetime]:
        return self.medication_id, self.scheduled_for

    @property
    def decided(self) -> bool:
        return self.status in ("taken", "skipped")

    def to_json(self) -> dict[str, Any]:
        return {"medication": self.medication_uid, "name": self.name,
                "scheduled_for": iso_instant(self.scheduled_for), "status": self.status}


@dataclass(frozen=True, slots=True)
class RideItem:
    id: int
    uid: str
    appointment_id: int | None
    appointment_uid: str | None
    appointment_label: str
    pickup_at: datetime | None
    pickup_address: str
    destination: str
    driver_uid: str | None
    driver: str
    driver_phone: str
    return_pickup_at: datetime | None
    status: str
    notes: str

    @property
    def unsettled(self) -> bool:
        """Still needed or only asked: someone has to arrange it."""
        return self.status in RIDE_UNSETTLED

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.uid, "appointment": self.appointment_uid,
            "pickup_at": iso_instant(self.pickup_at) if self.pickup_at else None,
            "pickup_address": self.pickup_address, "destination": self.destination,
            "driver": self.driver_uid, "driver_name": self.driver,
            "return_pickup_at": iso_instant(self.return_pickup_at) if self.return_pickup_at else None,
            "status": self.status, "notes": self.notes,
        }


@dataclass(frozen=True, slots=True)
class AppointmentItem:
    id: int
    uid: str
    starts_at: datetime
    duration_minutes: int
    clinician_uid: str | None
    clinician: str
    place: str
    purpose: str
    notes: str
    rides: tuple[RideItem, ...] = ()

    @property
    def ends_at(self) -> datetime:
        return self.starts_at + timedelta(minutes=self.duration_minutes)

    @property
    def ride(self) -> RideItem | None:
        """The ride there: the first one not cancelled, else None."""
        live = [r for r in self.rides if r.status != RideStatus.CANCELLED.value]
        return live[0] if live else None

    @property
    def ride_status(self) -> str:
        ride = self.ride
        return ride.status if ride is not None else ""

    @property
    def label(self) -> str:
        return self.purpose or self.place

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.uid, "starts_at": iso_instant(self.starts_at), "duration_minutes": self.duration_minutes,
            "clinician": self.clinician_uid, "clinician_name": self.clinician, "place": self.place,
            "purpose": self.purpose, "ride_status": self.ride_status or None,
        }


@dataclass(frozen=True, slots=True)
class LowStockItem:
    medication_id: int
    medication_uid: str
    name: str
    stock: float
    stock_unit: str
    refill_at: float
    days_of_supply: float | None

    def to_json(self) -> dict[str, Any]:
        return {
            "medication": self.medication_uid, "name": self.name, "stock": _plain(self.stock),
            "stock_unit": self.stock_unit, "refill_at": _plain(self.refill_at),
            "days_of_supply": round(self.days_of_supply, 1) if self.days_of_supply is not None else None,
        }


@dataclass(frozen=True)
class DayPlan:
    """The care of one local calendar day, seen at the instant ``at``."""

    at: datetime  # aware UTC
    day: date
    zone: ZoneInfo
    window: timedelta
    doses: list[DoseItem] = field(default_factory=list)
    appointments: list[AppointmentItem] = field(default_factory=list)
    rides: list[RideItem] = field(default_factory=list)
    low_stock: list[LowStockItem] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """The ``today --json`` document (shared/spec/cli.md)."""
        return {
            "at": iso_instant(self.at),
            "doses": [d.to_json() for d in self.doses],
            "appointments": [a.to_json() for a in self.appointments],
            "rides": [r.to_json() for r in self.rides],
            "low_stock": [s.to_json() for s in self.low_stock],
        }


def _plain(value: float) -> float | int:
    return int(value) if float(value).is_integer() else value


# ---- facts from the store -------------------------------------------------------------------------------

@dataclass(frozen=True)
class MedicationFacts:
    """Medications as the domain sees them (fact id = interchange uid), with the way back to rows."""

    facts: list[dd.MedicationFact]
    row_id: dict[str, int]  # uid -> medication row id
    uid: dict[int, str]  # row id -> uid
    dose_text: dict[str, str]  # uid -> "3 capsules"
    active: dict[str, bool]  # uid -> not stopped (at the day asked about)

    def by_uid(self, uid: str) -> dd.MedicationFact | None:
        return next((f for f in self.facts if f.id == uid), None)

    def by_row(self, medication_id: int) -> dd.MedicationFact | None:
        uid = self.uid.get(medication_id)
        return self.by_uid(uid) if uid is not None else None

    def as_needed_schedule(self, uid: str) -> Schedule | None:
        fact = self.by_uid(uid)
        if fact is None:
            return None
        return next((s for s in fact.schedules if s.kind == ScheduleKind.AS_NEEDED), None)


def reminder_window(session: Session) -> timedelta:
    """The profile's reminder window (``reminder_window_minutes``, default 60), kept within sane bounds."""
    setting = session.get(m.Setting, WINDOW_SETTING)
    minutes = DEFAULT_WINDOW_MINUTES
    if setting is not None and setting.value is not None:
        try:
            minutes = int(setting.value)
        except (TypeError, ValueError):
            minutes = DEFAULT_WINDOW_MINUTES
    minutes = max(MIN_WINDOW_MINUTES, min(MAX_WINDOW_MINUTES, minutes))
    return timedelta(minutes=minutes)


def _schedules(row: m.Medication) -> list[Schedule]:
    from careorganiser.services.medications import schedule_from_row

    found: list[Schedule] = []
    for s in row.schedules:
        try:
            schedule = schedule_from_row(s)
        except ValueError:  # a stored schedule the domain refuses: it cannot remind, so leave it out
            continue
        assert isinstance(schedule, Schedule)
        found.append(schedule)
    return found


def load_medication_facts(session: Session, today: date | None = None) -> MedicationFacts:
    """Every medication not in the trash (stopped ones too: their start and stop dates bound their doses)."""
    rows = session.scalars(
        select(m.Medication).where(m.Medication.deleted_at.is_(None)).order_by(m.Medication.name, m.Medication.id)
    ).unique().all()
    facts: list[dd.MedicationFact] = []
    row_id: dict[str, int] = {}
    uid: dict[int, str] = {}
    dose_text: dict[str, str] = {}
    active: dict[str, bool] = {}
    for row in rows:
        facts.append(dd.MedicationFact(
            id=row.uid, name=row.name, schedules=tuple(_schedules(row)), start_date=row.start_date,
            stop_date=row.stop_date, units_per_dose=row.units_per_dose, stock=row.stock, refill_at=row.refill_at,
            stock_unit=row.stock_unit, dose=row.dose,
        ))
        row_id[row.uid] = row.id
        uid[row.id] = row.uid
        dose_text[row.uid] = row.dose
        active[row.uid] = row.stop_date is None or today is None or row.stop_date >= today
    return MedicationFacts(facts, row_id, uid, dose_text, active)


def load_events(session: Session, facts: MedicationFacts, start: datetime, end: datetime,
                medication_ids: Iterable[int] | None = None) -> list[dd.DoseEventFact]:
    """Dose events scheduled in ``[start, end)`` as domain facts."""
    query = select(m.DoseEvent.medication_id, m.DoseEvent.scheduled_for, m.DoseEvent.status,
                   m.DoseEvent.taken_at).where(m.DoseEvent.scheduled_for >= to_utc(start),
                                               m.DoseEvent.scheduled_for < to_utc(end))
    if medication_ids is not None:
        query = query.where(m.DoseEvent.medication_id.in_(list(medication_ids)))
    events: list[dd.DoseEventFact] = []
    for medication_id, scheduled_for, status, taken_at in session.execute(query):
        medication_uid = facts.uid.get(medication_id)
        if medication_uid is None:
            continue
        events.append(dd.DoseEventFact(medication_uid, scheduled_for, status, taken_at))
    return events


def dose_items(slots: Sequence[dd.DoseSlot], facts: MedicationFacts) -> list[DoseItem]:
    return [
        DoseItem(
            medication_id=facts.row_id[slot.medication_id], medication_uid=slot.medication_id, name=slot.name,
            dose=facts.dose_text.get(slot.medication_id, ""), scheduled_for=slot.scheduled_for,
            status=slot.status.value, taken_at=slot.taken_at, scheduled=slot.scheduled,
        )
        for slot in slots
    ]


def _ride_item(ride: m.Ride) -> RideItem:
    appointment = ride.appointment if ride.appointment is not None and ride.appointment.deleted_at is None else None
    return RideItem(
        id=ride.id, uid=ride.uid, appointment_id=appointment.id if appointment else None,
        appointment_uid=appointment.uid if appointment else None,
        appointment_label=(appointment.purpose or appointment.place) if appointment else "",
        pickup_at=ride.pickup_at, pickup_address=ride.pickup_address, destination=ride.destination,
        driver_uid=ride.driver.uid if ride.driver else None, driver=ride.driver.name if ride.driver else "",
        driver_phone=ride.driver.phone if ride.driver else "", return_pickup_at=ride.return_pickup_at,
        status=ride.status, notes=ride.notes,
    )


def _appointment_item(appointment: m.Appointment) -> AppointmentItem:
    rides = tuple(_ride_item(r) for r in appointment.rides if r.deleted_at is None)
    return AppointmentItem(
        id=appointment.id, uid=appointment.uid, starts_at=appointment.starts_at,
        duration_minutes=appointment.duration_minutes,
        clinician_uid=appointment.clinician.uid if appointment.clinician else None,
        clinician=appointment.clinician.name if appointment.clinician else "", place=appointment.place,
        purpose=appointment.purpose, notes=appointment.notes, rides=rides,
    )


def low_stock(facts: MedicationFacts, zone: ZoneInfo, today: date) -> list[LowStockItem]:
    """Medications still taken whose stock is at or below the refill threshold, lowest supply first."""
    items: list[LowStockItem] = []
    for fact in facts.facts:
        if not facts.active.get(fact.id, True) or not fact.needs_refill:
            continue
        assert fact.stock is not None and fact.refill_at is not None
        items.append(LowStockItem(
            medication_id=facts.row_id[fact.id], medication_uid=fact.id, name=fact.name, stock=fact.stock,
            stock_unit=fact.stock_unit, refill_at=fact.refill_at,
            days_of_supply=dd.medication_days_of_supply(fact, zone, today),
        ))
    items.sort(key=lambda i: (i.days_of_supply is None, i.days_of_supply or 0.0, i.name.casefold()))
    return items


# ---- the day -------------------------------------------------------------------------------------------

def plan_for_session(session: Session, at: datetime, *, zone: ZoneInfo | None = None,
                     window: timedelta | None = None, facts: MedicationFacts | None = None,
                     events: list[dd.DoseEventFact] | None = None) -> DayPlan:
    """The day plan inside an open session; what the caller already loaded (the zone, the window, the
    medications, events covering the day) is used instead of loading it again."""
    from careorganiser.services.profiles import profile_zone

    at = to_utc(at)
    zone = zone or profile_zone(session)
    window = window or reminder_window(session)
    day = local_date(at, zone)
    start, end = day_bounds(day, zone)
    facts = facts or load_medication_facts(session, day)
    if events is None:
        events = load_events(session, facts, start, end)
    slots = dd.day_doses(facts.facts, events, day, zone, at, window)
    appointments = session.scalars(
        select(m.Appointment).where(m.Appointment.deleted_at.is_(None), m.Appointment.starts_at >= start,
                                    m.Appointment.starts_at < end).order_by(m.Appointment.starts_at, m.Appointment.id)
    ).unique().all()
    rides = session.scalars(
        select(m.Ride).where(
            m.Ride.deleted_at.is_(None),
            or_(m.Ride.pickup_at.between(start, end), m.Ride.return_pickup_at.between(start, end)),
        ).order_by(m.Ride.pickup_at, m.Ride.id)
    ).unique().all()
    ride_items = [_ride_item(r) for r in rides
                  if (r.pickup_at is not None and start <= r.pickup_at < end)
                  or (r.return_pickup_at is not None and start <= r.return_pickup_at < end)]
    return DayPlan(
        at=at, day=day, zone=zone, window=window, doses=dose_items(slots, facts),
        appointments=[_appointment_item(a) for a in appointments], rides=ride_items,
        low_stock=low_stock(facts, zone, day),
    )


def day_plan(profile: Profile, at: datetime) -> DayPlan:
    """The care of the local calendar day of ``at`` (in the profile's zone), with states as seen at ``at``.

    Every scheduled dose of that day appears exactly once (daylight-saving days included), with the
    as-needed doses taken that day; ``due`` means inside the reminder window at ``at``.
    """
    with profile.session_factory() as session:
        return plan_for_session(session, at)


def _next_appointments(session: Session, now: datetime, limit: int) -> list[AppointmentItem]:
    rows = session.scalars(
        select(m.Appointment).where(m.Appointment.deleted_at.is_(None),
                                    m.Appointment.starts_at >= now - timedelta(days=1))
        .order_by(m.Appointment.starts_at, m.Appointment.id)
    ).unique().all()
    return [a for a in (_appointment_item(r) for r in rows) if a.ends_at > now][:limit]


def next_appointments(profile: Profile, now: datetime, limit: int = 3) -> list[AppointmentItem]:
    """Appointments not yet over at ``now``, soonest first."""
    with profile.session_factory() as session:
        return _next_appointments(session, to_utc(now), limit)


@dataclass(frozen=True, slots=True)
class QuestionItem:
    id: int
    uid: str
    text: str
    topic: str
    priority: str


_PRIORITY_ORDER = {"high": 0, "normal": 1, "low": 2}


def _open_questions(session: Session, appointment_id: int) -> list[QuestionItem]:
    rows = session.execute(
        select(m.Question.id, m.Question.uid, m.Question.text, m.Question.topic, m.Question.priority)
        .where(m.Question.deleted_at.is_(None), m.Question.status == "open",
               m.Question.appointment_id == appointment_id).order_by(m.Question.id)
    ).all()
    items = [QuestionItem(*row) for row in rows]
    return sorted(items, key=lambda q: (_PRIORITY_ORDER.get(q.priority, 1), q.id))


@dataclass(frozen=True)
class TodayOverview:
    """Everything the Today screen shows at ``now``, read in one session."""

    now: datetime
    plan: DayPlan
    due: list[Any] = field(default_factory=list)  # services.reminders.DueDose
    missed_while_closed: list[DoseItem] = field(default_factory=list)
    as_needed: list[Any] = field(default_factory=list)  # services.reminders.AsNeededItem
    appointments: list[AppointmentItem] = field(default_factory=list)
    questions: list[QuestionItem] = field(default_factory=list)  # open, for the next appointment


def today_overview(profile: Profile, now: datetime, appointments: int = 3) -> TodayOverview:
    """The day plan, the doses waiting for an answer (due, snoozed, missed while closed), the as-needed
    medications, the next appointments and the open questions for the first of them."""
    from careorganiser.services.reminders import ReadContext

    now = to_utc(now)
    from careorganiser.services.profiles import profile_zone

    with profile.session_factory() as session:
        zone = profile_zone(session)
        read = ReadContext.load(session, now, extra=day_bounds(local_date(now, zone), zone))
        plan = plan_for_session(session, now, zone=read.zone, window=read.settings.window, facts=read.facts,
                                events=read.events)
        coming = _next_appointments(session, now, appointments)
        return TodayOverview(
            now=now, plan=plan, due=read.due(), missed_while_closed=read.pending_missed(),
            as_needed=read.as_needed(), appointments=coming,
            questions=_open_questions(session, coming[0].id) if coming else [],
        )
