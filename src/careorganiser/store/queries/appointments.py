"""Appointments and rides: the one read path (the ui, the command line, the pack, the calendar file, reminders).

One snapshot type per entity: :class:`Appointment` (with its clinician, its rides and how many of its questions
are still open) and :class:`Ride` (with its driver and the appointment it is for). Rules every reader shares:

* records in the trash are left out; so are the rides of an appointment in the trash (they come back with it);
* an appointment is "coming" until it has ended, so one under way still counts (:func:`coming_appointments`);
* rides are in pickup order (a ride without a pickup time first), then by id.

``source`` is a DB-API connection (``Profile.read()``) or a session whose connection is used (so a read sees
what that session wrote). Plain SQL, no SQLAlchemy: the first screen reads through here before the ORM loads.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import datetime, timedelta
from typing import Any

from msgspec import Struct

from careorganiser.domain.enums import RideStatus
from careorganiser.store import reads
from careorganiser.store.codec import instant_from_db, instant_to_db

__all__ = [
    "RIDE_UNSETTLED",
    "Appointment",
    "Ride",
    "appointment",
    "appointment_by_uid",
    "appointments",
    "clinicians_seen",
    "coming_appointments",
    "driver_ids",
    "last_pickup_address",
    "next_appointment",
    "previous_with_clinician",
    "ride",
    "rides",
]

#: A ride in one of these states still needs someone to arrange it.
RIDE_UNSETTLED = frozenset({RideStatus.NEEDED, RideStatus.ASKED})
#: Longer than any appointment lasts: how far back to look for one still under way.
_LOOK_BACK = timedelta(days=1)
#: Ids per ``IN (...)`` list, well under SQLite's limit on parameters.
_CHUNK = 500


class Ride(Struct, frozen=True):
    """A ride not in the trash. ``appointment_*`` describe its appointment (None / "" for a ride on its own, or
    when the appointment is in the trash); ``clinic_phone`` is that appointment's clinician's number."""

    id: int
    uid: str
    appointment_id: int | None
    pickup_at: datetime | None
    pickup_address: str
    destination: str
    driver_id: int | None
    driver_uid: str | None
    driver: str  # the driver's name, "" when nobody yet
    driver_phone: str
    return_pickup_at: datetime | None
    status: str
    notes: str
    appointment_uid: str | None = None
    appointment_label: str = ""  # its purpose, else its place
    appointment_starts_at: datetime | None = None
    appointment_place: str = ""
    clinic_phone: str = ""
    driver_in_trash: bool = False

    @property
    def unsettled(self) -> bool:
        """Still needed or only asked: someone has to arrange it."""
        return self.status in RIDE_UNSETTLED

    @property
    def cancelled(self) -> bool:
        return self.status == "cancelled"


class Appointment(Struct, frozen=True):
    """An appointment not in the trash, with its clinician (even one since put in the trash: the appointment
    was with them), its rides (not in the trash, cancelled ones too, in pickup order) and its open questions."""

    id: int
    uid: str
    starts_at: datetime
    duration_minutes: int
    clinician_id: int | None = None
    clinician_uid: str | None = None
    clinician: str = ""  # the clinician's name, "" when none is named
    clinician_role: str = ""
    clinician_organisation: str = ""
    clinician_phone: str = ""
    place: str = ""
    purpose: str = ""
    notes: str = ""
    outcome: str = ""
    rides: tuple[Ride, ...] = ()
    open_questions: int = 0

    @property
    def ends_at(self) -> datetime:
        return self.starts_at + timedelta(minutes=self.duration_minutes)

    def is_over(self, now: datetime) -> bool:
        return self.ends_at <= now

    @property
    def what(self) -> str:
        """Its purpose, else its place ("" when neither is written)."""
        return self.purpose or self.place

    @property
    def label(self) -> str:
        """A short name for the appointment: its purpose, else its place, else who it is with."""
        return self.purpose or self.place or self.clinician

    @property
    def clinician_title(self) -> str:
        """The clinician's role and organisation: "Respiratory consultant, St Mary's Hospital"."""
        return ", ".join(p for p in (self.clinician_role, self.clinician_organisation) if p)

    @property
    def live_rides(self) -> tuple[Ride, ...]:
        """Its rides that are not cancelled."""
        return tuple(r for r in self.rides if not r.cancelled)

    @property
    def ride(self) -> Ride | None:
        """The ride there: the first one not cancelled, else None."""
        live = self.live_rides
        return live[0] if live else None

    @property
    def ride_status(self) -> str:
        """The status of the ride there, or "" when none is planned."""
        ride = self.ride
        return ride.status if ride is not None else ""

    @property
    def ride_driver(self) -> str:
        """Who drives the ride there ("" when nobody yet)."""
        ride = self.ride
        return ride.driver if ride is not None else ""

    @property
    def ride_count(self) -> int:
        return len(self.live_rides)


# ---- rides ---------------------------------------------------------------------------------------------

_RIDES_SQL = """
    SELECT r.id, r.uid, r.appointment_id, r.pickup_at, r.pickup_address, r.destination, r.driver_id, d.uid,
           d.name, d.phone, r.return_pickup_at, r.status, r.notes, a.uid, a.purpose, a.place, a.starts_at,
           CASE WHEN c.deleted_at IS NULL THEN c.phone END, d.deleted_at
    FROM rides r
    LEFT JOIN appointments a ON a.id = r.appointment_id AND a.deleted_at IS NULL
    LEFT JOIN contacts c ON c.id = a.clinician_id
    LEFT JOIN contacts d ON d.id = r.driver_id
    WHERE r.deleted_at IS NULL"""
# A ride of an appointment in the trash is hidden with it.
_LIVE_APPOINTMENT = " AND (r.appointment_id IS NULL OR a.id IS NOT NULL)"


def _ride(row: Sequence[Any]) -> Ride:
    (id_, uid, appointment_id, pickup_at, pickup_address, destination, driver_id, driver_uid, driver, driver_phone,
     return_pickup_at, status, notes, appointment_uid, purpose, place, starts_at, clinic_phone, driver_gone) = row
    return Ride(
        id_, uid, appointment_id, instant_from_db(pickup_at), pickup_address, destination, driver_id, driver_uid,
        driver or "", driver_phone or "", instant_from_db(return_pickup_at), status, notes, appointment_uid,
        (purpose or place) if appointment_uid is not None else "", instant_from_db(starts_at), place or "",
        clinic_phone or "", driver_gone is not None,
    )


def rides(source: Any, *, appointment_ids: Collection[int] | None = None, standalone: bool = False,
          driver_id: int | None = None, pickup_from: datetime | None = None, pickup_before: datetime | None = None,
          touching: tuple[datetime, datetime] | None = None, statuses: Collection[str] | None = None,
          by_id: bool = False) -> list[Ride]:
    """Rides not in the trash (nor hidden with their appointment), in pickup order (``by_id``: in id order).

    ``appointment_ids``: only the rides of these appointments; ``standalone``: only rides on their own;
    ``driver_id``: only the rides this contact drives;
    ``pickup_from`` / ``pickup_before``: the pickup in ``[from, before)``; ``touching=(start, end)``: the pickup
    or the return pickup in ``[start, end)``; ``statuses``: only rides in these states.
    """
    conn = reads.connection_of(source)
    sql = _RIDES_SQL + _LIVE_APPOINTMENT
    params: list[Any] = []
    if standalone:
        sql += " AND r.appointment_id IS NULL"
    if driver_id is not None:
        sql += " AND r.driver_id = ?"
        params.append(driver_id)
    if pickup_from is not None:
        sql += " AND r.pickup_at >= ?"
        params.append(instant_to_db(pickup_from))
    if pickup_before is not None:
        sql += " AND r.pickup_at < ?"
        params.append(instant_to_db(pickup_before))
    if touching is not None:
        start, end = instant_to_db(touching[0]), instant_to_db(touching[1])
        sql += (" AND ((r.pickup_at >= ? AND r.pickup_at < ?)"
                " OR (r.return_pickup_at >= ? AND r.return_pickup_at < ?))")
        params += [start, end, start, end]
    if statuses is not None:
        wanted = sorted(set(statuses))
        if not wanted:
            return []
        sql += f" AND r.status IN ({reads.placeholders(len(wanted))})"
        params += wanted
    order = " ORDER BY r.id" if by_id else " ORDER BY r.pickup_at, r.id"
    if appointment_ids is None:
        return [_ride(row) for row in reads.rows(conn, sql + order, params)]
    ids = sorted(set(appointment_ids))
    found: list[Ride] = []
    for first in range(0, len(ids), _CHUNK):
        chunk = ids[first:first + _CHUNK]
        found += [_ride(row) for row in reads.rows(
            conn, sql + f" AND r.appointment_id IN ({reads.placeholders(len(chunk))})" + order, [*params, *chunk])]
    if len(ids) > _CHUNK:
        found.sort(key=(lambda r: r.id) if by_id else _pickup_order)
    return found


def _pickup_order(r: Ride) -> tuple[bool, datetime | None, int]:
    return (r.pickup_at is not None, r.pickup_at, r.id)


def ride(source: Any, ride_id: int) -> Ride | None:
    """One ride not in the trash (also one whose appointment is in the trash), or None."""
    found = reads.rows(reads.connection_of(source), _RIDES_SQL + " AND r.id = ?", (ride_id,))
    return _ride(found[0]) if found else None


def last_pickup_address(source: Any) -> str:
    """The pickup address used most recently (by when the ride was added), "" when there is none."""
    found = reads.rows(reads.connection_of(source), """
        SELECT pickup_address FROM rides WHERE deleted_at IS NULL AND pickup_address != ''
        ORDER BY created_at DESC, id DESC LIMIT 1""")
    return found[0][0] if found else ""


# ---- appointments --------------------------------------------------------------------------------------

_APPOINTMENTS_SQL = """
    SELECT a.id, a.uid, a.starts_at, a.duration_minutes, a.clinician_id, c.uid, c.name, c.role, c.organisation,
           c.phone, a.place, a.purpose, a.notes, a.outcome,
           (SELECT count(*) FROM questions q
            WHERE q.appointment_id = a.id AND q.deleted_at IS NULL AND q.status = 'open')
    FROM appointments a LEFT JOIN contacts c ON c.id = a.clinician_id
    WHERE a.deleted_at IS NULL"""
_SOONEST_FIRST = " ORDER BY a.starts_at, a.id"
_NEWEST_FIRST = " ORDER BY a.starts_at DESC, a.id DESC"


def _appointment(row: Sequence[Any], rides_of: dict[int, tuple[Ride, ...]]) -> Appointment:
    (id_, uid, starts_at, duration, clinician_id, clinician_uid, name, role, organisation, phone, place, purpose,
     notes, outcome, open_questions) = row
    return Appointment(
        id_, uid, instant_from_db(starts_at), duration or 0, clinician_id, clinician_uid,  # type: ignore[arg-type]
        name or "", role or "", organisation or "", phone or "", place, purpose, notes, outcome,
        rides_of.get(id_, ()), open_questions,
    )


def _rides_of(conn: Any, appointment_ids: list[int]) -> dict[int, tuple[Ride, ...]]:
    if not appointment_ids:
        return {}
    found: dict[int, list[Ride]] = {}
    for r in rides(conn, appointment_ids=appointment_ids):
        found.setdefault(r.appointment_id, []).append(r)  # type: ignore[arg-type]
    return {key: tuple(value) for key, value in found.items()}


def _appointments(conn: Any, where: str, params: Sequence[Any], order: str) -> list[Appointment]:
    found = reads.rows(conn, _APPOINTMENTS_SQL + where + order, params)
    rides_of = _rides_of(conn, [row[0] for row in found])
    return [_appointment(row, rides_of) for row in found]


def appointments(source: Any, *, starts_from: datetime | None = None, starts_before: datetime | None = None,
                 clinician_id: int | None = None, newest_first: bool = False,
                 limit: int | None = None) -> list[Appointment]:
    """Appointments not in the trash, soonest first (``newest_first``: the other way round), optionally only
    those starting in ``[starts_from, starts_before)``, only those with one clinician, and at most ``limit``."""
    where = ""
    params: list[Any] = []
    if starts_from is not None:
        where += " AND a.starts_at >= ?"
        params.append(instant_to_db(starts_from))
    if starts_before is not None:
        where += " AND a.starts_at < ?"
        params.append(instant_to_db(starts_before))
    if clinician_id is not None:
        where += " AND a.clinician_id = ?"
        params.append(clinician_id)
    order = _NEWEST_FIRST if newest_first else _SOONEST_FIRST
    if limit is not None:
        order += " LIMIT ?"
        params.append(int(limit))
    with reads.snapshot(reads.connection_of(source)) as conn:
        return _appointments(conn, where, params, order)


def appointment(source: Any, appointment_id: int) -> Appointment | None:
    """One appointment by its row id, or None (also when it is in the trash)."""
    with reads.snapshot(reads.connection_of(source)) as conn:
        found = _appointments(conn, " AND a.id = ?", (appointment_id,), "")
    return found[0] if found else None


def appointment_by_uid(source: Any, uid: str) -> Appointment | None:
    """One appointment by its interchange id, or None (also when it is in the trash)."""
    with reads.snapshot(reads.connection_of(source)) as conn:
        found = _appointments(conn, " AND a.uid = ?", (uid,), "")
    return found[0] if found else None


def coming_appointments(source: Any, now: datetime, limit: int | None = None) -> list[Appointment]:
    """Appointments not yet over at ``now`` (one under way counts), soonest first; at most ``limit``."""
    with reads.snapshot(reads.connection_of(source)) as conn:
        found = [row for row in reads.rows(conn, _APPOINTMENTS_SQL + " AND a.starts_at >= ?" + _SOONEST_FIRST,
                                           (instant_to_db(now - _LOOK_BACK),))
                 if instant_from_db(row[2]) + timedelta(minutes=row[3] or 0) > now]  # type: ignore[operator]
        if limit is not None:
            found = found[:limit]
        rides_of = _rides_of(conn, [row[0] for row in found])
        return [_appointment(row, rides_of) for row in found]


def next_appointment(source: Any, now: datetime) -> Appointment | None:
    """The appointment under way at ``now``, else the soonest coming one; None when none is planned."""
    found = coming_appointments(source, now, 1)
    return found[0] if found else None


def previous_with_clinician(source: Any, of: Appointment) -> Appointment | None:
    """The latest appointment before ``of`` with the same clinician, or None (also when none is named)."""
    if of.clinician_id is None:
        return None
    with reads.snapshot(reads.connection_of(source)) as conn:
        found = _appointments(conn, " AND a.clinician_id = ? AND a.starts_at < ? AND a.id != ?",
                              (of.clinician_id, instant_to_db(of.starts_at), of.id), _NEWEST_FIRST + " LIMIT 1")
    return found[0] if found else None


def clinicians_seen(source: Any, now: datetime) -> list[int]:
    """The contacts that appointments (not in the trash) are with: the next one's clinician first, then the
    others of coming appointments by date, then those of past appointments, most recently seen first."""
    found = reads.rows(reads.connection_of(source), """
        SELECT clinician_id, starts_at FROM appointments
        WHERE deleted_at IS NULL AND clinician_id IS NOT NULL ORDER BY starts_at, id""")
    moment = instant_to_db(now)
    coming = [cid for cid, starts_at in found if starts_at >= moment]
    past = [cid for cid, starts_at in reversed(found) if starts_at < moment]
    return list(dict.fromkeys([*coming, *past]))


def driver_ids(source: Any) -> set[int]:
    """The contacts that drive any ride (not in the trash, nor hidden with its appointment)."""
    return {driver_id for (driver_id,) in reads.rows(reads.connection_of(source), """
        SELECT DISTINCT r.driver_id FROM rides r
        LEFT JOIN appointments a ON a.id = r.appointment_id AND a.deleted_at IS NULL
        WHERE r.deleted_at IS NULL AND r.driver_id IS NOT NULL""" + _LIVE_APPOINTMENT)}
