"""Appointments and rides as an iCalendar (.ics) file that calendar programs read.

Each event's UID is made from the record's id and the person's name, so exporting again updates the same
events in a calendar instead of adding copies (and two people cared for on one computer do not collide).
Times are written in UTC, which every calendar program reads the same way.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from icalendar import Alarm, Calendar, Event
from msgspec import Struct

from careorganiser.domain.enums import RideStatus
from careorganiser.i18n import translate
from careorganiser.pack.model import RideDirection
from careorganiser.store.queries.appointments import Appointment

PRODID = "-//Care Organiser//Care Organiser 0.1//EN"
UID_DOMAIN = "careorganiser.invalid"
"""A reserved domain (RFC 2606): our UIDs never clash with a real host's."""

RIDE_STATUS = {RideStatus.NEEDED: "TENTATIVE", RideStatus.ASKED: "TENTATIVE", RideStatus.CONFIRMED: "CONFIRMED",
               RideStatus.DONE: "CONFIRMED",
               RideStatus.CANCELLED: "CANCELLED"}


class IcsRide(Struct, frozen=True):
    """One leg of a ride for the calendar; it is shown from pick-up for ``duration_minutes``."""

    id: str
    pickup_at: datetime
    direction: str = RideDirection.THERE
    pickup_address: str = ""
    destination: str = ""
    driver_name: str = ""
    driver_phone: str = ""
    status: str = ""
    notes: str = ""
    duration_minutes: int = 60


def _utc(when: datetime, what: str) -> datetime:
    if when.tzinfo is None or when.utcoffset() is None:
        raise ValueError(f"{what}: {when.isoformat()} has no timezone")
    return when.astimezone(UTC)


def event_uid(kind: str, record_id: str, person_name: str) -> str:
    """A UID that stays the same for the same record of the same person."""
    person = hashlib.sha256(person_name.encode("utf-8")).hexdigest()[:12]
    return f"{kind}-{record_id}-{person}@{UID_DOMAIN}"


def _lines(*parts: str) -> str:
    return "\n".join(p for p in parts if p)


def _appointment_event(appointment: Appointment, person_name: str, stamp: datetime) -> Event:
    start = _utc(appointment.starts_at, f"appointment {appointment.uid}")
    minutes = appointment.duration_minutes if appointment.duration_minutes > 0 else 60
    what = appointment.purpose or translate("Pack", "Appointment")
    summary = f"{person_name}: {what}"
    if appointment.clinician:
        summary += f" ({appointment.clinician})"
    clinician = ", ".join(p for p in (appointment.clinician, appointment.clinician_title) if p)
    event = Event()
    event.add("uid", event_uid("appointment", appointment.uid, person_name))
    event.add("dtstamp", stamp)
    event.add("dtstart", start)
    event.add("dtend", start + timedelta(minutes=minutes))
    event.add("summary", summary)
    if appointment.place:
        event.add("location", appointment.place)
    description = _lines(
        translate("Pack", "With: {who}").format(who=clinician) if clinician else "",
        translate("Pack", "Phone: {phone}").format(phone=appointment.clinician_phone) if appointment.clinician_phone else "",
        appointment.notes,
    )
    if description:
        event.add("description", description)
    event.add("status", "CONFIRMED")
    event.add_component(_day_before_alarm(summary))
    return event


def _day_before_alarm(summary: str) -> Alarm:
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("trigger", timedelta(days=-1))
    alarm.add("description", translate("Pack", "Tomorrow: {what}").format(what=summary))
    return alarm


def _ride_event(ride: IcsRide, person_name: str, stamp: datetime) -> Event:
    start = _utc(ride.pickup_at, f"ride {ride.id}")
    minutes = ride.duration_minutes if ride.duration_minutes > 0 else 60
    if ride.direction == RideDirection.BACK:
        summary = translate("Pack", "Ride home for {name}").format(name=person_name)
    else:
        summary = translate("Pack", "Ride for {name}").format(name=person_name)
    if ride.destination:
        summary += ' {} {}'.format(translate('Pack', 'to'), ride.destination)
    event = Event()
    event.add("uid", event_uid("ride", ride.id, person_name))
    event.add("dtstamp", stamp)
    event.add("dtstart", start)
    event.add("dtend", start + timedelta(minutes=minutes))
    event.add("summary", summary)
    if ride.pickup_address:
        event.add("location", ride.pickup_address)
    driver = ", ".join(p for p in (ride.driver_name, ride.driver_phone) if p)
    description = _lines(
        translate("Pack", "Pick up from: {place}").format(place=ride.pickup_address) if ride.pickup_address else "",
        translate("Pack", "Take to: {place}").format(place=ride.destination) if ride.destination else "",
        translate("Pack", "Driver: {driver}").format(driver=driver) if driver else "",
        ride.notes,
    )
    if description:
        event.add("description", description)
    if ride.status in RIDE_STATUS:
        event.add("status", RIDE_STATUS[ride.status])
    return event


def calendar_ics(
    appointments: Sequence[Appointment],
    rides: Sequence[IcsRide],
    person_name: str,
    generated_at: datetime | None = None,
) -> bytes:
    """An iCalendar file with one event per appointment (reminded the day before) and per ride leg.

    ``generated_at`` is the DTSTAMP of every event (now, unless given: tests pass a fixed time).
    """
    stamp = _utc(generated_at, "generated_at") if generated_at is not None else datetime.now(UTC).replace(microsecond=0)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", f"Care Organiser: {person_name}")
    for appointment in sorted(appointments, key=lambda a: (a.starts_at, a.uid)):
        calendar.add_component(_appointment_event(appointment, person_name, stamp))
    for ride in sorted(rides, key=lambda r: (r.pickup_at, r.id)):
        calendar.add_component(_ride_event(ride, person_name, stamp))
    return calendar.to_ical()
