"""The day's care: every dose of a local calendar day with its state, the day's appointments and
rides, the next appointments, and medications running low (``careorganiser today`` and the Today screen).

Everything here reads; nothing changes. The states come from ``domain.doses`` so the command line, the
Today screen and the reminder service always agree.

The reads are plain SQL over a DB-API connection (``store.reads``): the profile's read connection
(``Profile.read()``), or the connection of a session a caller already holds (a ``Session`` is accepted
wherever a connection is). Nothing here imports SQLAlchemy, so the Today screen paints before the ORM loads.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from msgspec import Struct, field

from careorganiser.domain import doses as dd
from careorganiser.domain.clock import day_bounds, iso_instant, local_date, to_utc
from careorganiser.domain.enums import ScheduleKind, SlotStatus
from careorganiser.domain.schedules import Schedule
from careorganiser.store import reads
from careorganiser.store.profiles import Profile
from careorganiser.store.queries import appointments as aq
from careorganiser.store.queries import medications as mq
from careorganiser.store.queries.appointments import Appointment, Ride

__all__ = [
    "DayPlan",
    "DoseItem",
    "LowStockItem",
    "MedicationFacts",
    "appointment_json",
    "day_plan",
    "load_events",
    "load_medication_facts",
    "medication_facts",
    "next_appointments",
    "plan_for",
    "reminder_window",
    "ride_json",
]

WINDOW_SETTING = "reminder_window_minutes"
DEFAULT_WINDOW_MINUTES = 60
MIN_WINDOW_MINUTES = 5
MAX_WINDOW_MINUTES = 12 * 60


# ---- plain snapshots ------------------------------------------------------------------------------------

class DoseItem(Struct, frozen=True):
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
        return self.status in (SlotStatus.TAKEN, SlotStatus.SKIPPED)

    def to_json(self) -> dict[str, Any]:
        return {"medication": self.medication_uid, "name": self.name,
                "scheduled_for": iso_instant(self.scheduled_for), "status": self.status}


class LowStockItem(Struct, frozen=True):
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


class DayPlan(Struct, frozen=True):
    """The care of one local calendar day, seen at the instant ``at``."""

    at: datetime  # aware UTC
    day: date
    zone: ZoneInfo
    window: timedelta
    doses: list[DoseItem] = field(default_factory=list)
    appointments: list[Appointment] = field(default_factory=list)
    rides: list[Ride] = field(default_factory=list)
    low_stock: list[LowStockItem] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """The ``today --json`` document (shared/spec/cli.md)."""
        return {
            "at": iso_instant(self.at),
            "doses": [d.to_json() for d in self.doses],
            "appointments": [appointment_json(a) for a in self.appointments],
            "rides": [ride_json(r) for r in self.rides],
            "low_stock": [s.to_json() for s in self.low_stock],
        }


def appointment_json(a: Appointment) -> dict[str, Any]:
    """An appointment as ``today --json`` shows it (shared/spec/cli.md)."""
    return {
        "id": a.uid, "starts_at": iso_instant(a.starts_at), "duration_minutes": a.duration_minutes,
        "clinician": a.clinician_uid, "clinician_name": a.clinician, "place": a.place,
        "purpose": a.purpose, "ride_status": a.ride_status or None,
    }


def ride_json(r: Ride) -> dict[str, Any]:
    """A ride as ``today --json`` shows it (shared/spec/cli.md)."""
    return {
        "id": r.uid, "appointment": r.appointment_uid,
        "pickup_at": iso_instant(r.pickup_at) if r.pickup_at else None,
        "pickup_address": r.pickup_address, "destination": r.destination,
        "driver": r.driver_uid, "driver_name": r.driver,
        "return_pickup_at": iso_instant(r.return_pickup_at) if r.return_pickup_at else None,
        "status": r.status, "notes": r.notes,
    }


def _plain(value: float) -> float | int:
    return int(value) if float(value).is_integer() else value


# ---- facts from the store -------------------------------------------------------------------------------

class MedicationFacts(Struct, frozen=True):
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


def reminder_window(source: Any) -> timedelta:
    """The profile's reminder window (``reminder_window_minutes``, default 60), kept within sane bounds.

    ``source``: a DB-API connection (``Profile.read()``) or a session."""
    value = reads.setting(reads.connection_of(source), WINDOW_SETTING)
    minutes = DEFAULT_WINDOW_MINUTES
    if value is not None:
        try:
            minutes = int(value)
        except (TypeError, ValueError):
            minutes = DEFAULT_WINDOW_MINUTES
    minutes = max(MIN_WINDOW_MINUTES, min(MAX_WINDOW_MINUTES, minutes))
    return timedelta(minutes=minutes)


def load_medication_facts(source: Any, today: date | None = None) -> MedicationFacts:
    """Every medication not in the trash (stopped ones too: their start and stop dates bound their doses).

    ``source``: a DB-API connection (``Profile.read()``) or a session."""
    return medication_facts(mq.medications(source), today)


def medication_facts(medications: Iterable[mq.Medication], today: date | None = None) -> MedicationFacts:
    """The domain's view of medications read through ``store.queries.medications``."""
    facts: list[dd.MedicationFact] = []
    row_id: dict[str, int] = {}
    uid: dict[int, str] = {}
    dose_text: dict[str, str] = {}
    active: dict[str, bool] = {}
    for med in medications:
        facts.append(med.fact())
        row_id[med.uid] = med.id
        uid[med.id] = med.uid
        dose_text[med.uid] = med.dose
        active[med.uid] = today is None or med.active_on(today)
    return MedicationFacts(facts, row_id, uid, dose_text, active)


def load_events(source: Any, facts: MedicationFacts, start: datetime, end: datetime,
                medication_ids: Iterable[int] | None = None) -> list[dd.DoseEventFact]:
    """Dose events scheduled in ``[start, end)``, and in the day either side, as domain facts (``source``: a
    connection or a session). The days either side are there for a dose recorded ahead of a change of
    times: it stands for the new schedule's dose that day (``domain.doses.medication_occurrences``)."""
    events: list[dd.DoseEventFact] = []
    ids = list(medication_ids) if medication_ids is not None else None
    for event in mq.dose_events(source, start=start - timedelta(days=1), end=end + timedelta(days=1),
                                medication_ids=ids):
        medication_uid = facts.uid.get(event.medication_id)
        if medication_uid is None:
            continue
        events.append(dd.DoseEventFact(medication_uid, event.scheduled_for, event.status, event.taken_at))
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

def plan_for(source: Any, at: datetime, *, zone: ZoneInfo | None = None, window: timedelta | None = None,
             facts: MedicationFacts | None = None, events: list[dd.DoseEventFact] | None = None) -> DayPlan:
    """The day plan read through ``source`` (a connection or a session); what the caller already loaded
    (the zone, the window, the medications, events covering the day) is used instead of loading it again."""
    conn = reads.connection_of(source)
    at = to_utc(at)
    zone = zone or reads.profile_zone(conn)
    window = window or reminder_window(conn)
    day = local_date(at, zone)
    start, end = day_bounds(day, zone)
    facts = facts or load_medication_facts(conn, day)
    if events is None:
        events = load_events(conn, facts, start, end)
    slots = dd.day_doses(facts.facts, events, day, zone, at, window)
    return DayPlan(
        at=at, day=day, zone=zone, window=window, doses=dose_items(slots, facts),
        appointments=aq.appointments(conn, starts_from=start, starts_before=end),
        rides=aq.rides(conn, touching=(start, end)), low_stock=low_stock(facts, zone, day),
    )


def day_plan(profile: Profile, at: datetime) -> DayPlan:
    """The care of the local calendar day of ``at`` (in the profile's zone), with states as seen at ``at``.

    Every scheduled dose of that day appears exactly once (daylight-saving days included), with the
    as-needed doses taken that day; ``due`` means inside the reminder window at ``at``.
    """
    with reads.snapshot(profile.read()) as conn:
        return plan_for(conn, at)


def next_appointments(profile: Profile, now: datetime, limit: int = 3) -> list[Appointment]:
    """Appointments not yet over at ``now``, soonest first."""
    return aq.coming_appointments(profile.read(), to_utc(now), limit)
