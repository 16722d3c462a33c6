"""Appointments and the rides to and from them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from careorganiser.store import models as m
from careorganiser.store.profiles import Profile


@dataclass(frozen=True, slots=True)
class AppointmentRow:
    id: int
    uid: str
    starts_at: datetime
    duration_minutes: int
    clinician_id: int | None
    clinician: str
    place: str
    purpose: str
    notes: str
    outcome: str
    ride_status: str  # the status of the ride there, or "" when none is planned


@dataclass(frozen=True, slots=True)
class RideRow:
    id: int
    uid: str
    appointment_id: int | None
    appointment_label: str
    pickup_at: datetime | None
    pickup_address: str
    destination: str
    driver_id: int | None
    driver: str
    driver_phone: str
    return_pickup_at: datetime | None
    status: str
    notes: str


def appointment_row(a: m.Appointment) -> AppointmentRow:
    live = [r for r in a.rides if r.deleted_at is None and r.status != "cancelled"]
    return AppointmentRow(
        a.id, a.uid, a.starts_at, a.duration_minutes, a.clinician_id, a.clinician.name if a.clinician else "",
        a.place, a.purpose, a.notes, a.outcome, live[0].status if live else "",
    )


def ride_row(r: m.Ride) -> RideRow:
    label = ""
    if r.appointment is not None:
        label = r.appointment.purpose or r.appointment.place
    return RideRow(
        r.id, r.uid, r.appointment_id, label, r.pickup_at, r.pickup_address, r.destination, r.driver_id,
        r.driver.name if r.driver else "", r.driver.phone if r.driver else "", r.return_pickup_at, r.status, r.notes,
    )


def list_appointments(profile: Profile) -> list[AppointmentRow]:
    with profile.session_factory() as s:
        rows = s.scalars(
            select(m.Appointment).where(m.Appointment.deleted_at.is_(None)).order_by(m.Appointment.starts_at)
        ).unique().all()
        return [appointment_row(a) for a in rows]


def list_rides(profile: Profile) -> list[RideRow]:
    with profile.session_factory() as s:
        rows = s.scalars(select(m.Ride).where(m.Ride.deleted_at.is_(None)).order_by(m.Ride.pickup_at)).unique().all()
        return [ride_row(r) for r in rows]
