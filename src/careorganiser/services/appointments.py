"""Appointments and the rides to and from them.

Times are entered as a local date and a local time in the profile's zone and stored as UTC instants.
Each write is one unit of work: everything is checked first, and a ``ValidationError`` names the field and
says what is wrong; nothing is half-saved. A ride belongs to an appointment or stands on its own; the rides
of an appointment in the trash are hidden with it (and come back with it when it is restored).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from msgspec import Struct
from sqlalchemy.orm import Session

from careorganiser.domain import fields
from careorganiser.domain.clock import day_bounds, wall_to_utc
from careorganiser.domain.enums import QuestionStatus, RideStatus
from careorganiser.domain.formatting import format_date, format_time
from careorganiser.i18n import translate
from careorganiser.services import cleaning
from careorganiser.services.base import NotFound, ValidationError, notify
from careorganiser.services.cleaning import NoSuchDay, check_year, date_from_text, time_from_text
from careorganiser.services.profiles import profile_zone
from careorganiser.store import models as m
from careorganiser.store import reads
from careorganiser.store.profiles import Profile
from careorganiser.store.queries import appointments as aq
from careorganiser.store.queries.appointments import RIDE_UNSETTLED, Appointment, Ride

RIDE_STATUSES: tuple[str, ...] = tuple(s.value for s in RideStatus)

MAX_DURATION_MINUTES = 24 * 60 - 1
SHORT_TEXT = fields.limit("appointments", "place")  # place, purpose, addresses, destination
LONG_TEXT = fields.limit("appointments", "notes")   # notes, outcome, answers


# ---------------------------------------------------------------------------------------------- snapshots
# Appointments and rides are read as ``store.queries.appointments.Appointment`` / ``Ride`` (one type each for
# every reader); the lists below add only what the Appointments page groups them by.


class Agenda(Struct, frozen=True):
    """Appointments split at ``now``: coming soonest first, then past newest first."""

    coming: tuple[Appointment, ...]
    past: tuple[Appointment, ...]

    @property
    def rows(self) -> list[Appointment]:
        return [*self.coming, *self.past]


class DayMarks(Struct, frozen=True):
    appointments: int = 0
    rides: int = 0


# ---------------------------------------------------------------------------------------------- reading input

def read_local_date(value: Any, field: str, required_message: str | None = None, label: str = "") -> date:
    """A calendar date from a ``date`` or text such as ``2026-12-03``, ``03/12/2026`` or ``3 Dec 2026``.

    A refusal of typed text starts with ``label`` (the field's name) when one is given.
    """
    named = (label + ": ") if label else ""
    if isinstance(value, datetime):
        raise ValidationError(field, translate("Appointments", "Give a date without a time."))
    if isinstance(value, date):
        return check_year(value, field, label)
    if value is None or (isinstance(value, str) and not value.strip()):
        raise ValidationError(field, required_message or translate("Appointments", "Enter the date, for example 3 Dec 2026."))
    if not isinstance(value, str):
        raise ValidationError(field, translate("Appointments", "This is not a date. Write it like 3 Dec 2026 or 2026-12-03."))
    text = " ".join(value.split())
    try:
        day = date_from_text(text)
    except NoSuchDay:
        raise ValidationError(field, named + translate("Appointments", "There is no such day as \u201c{text}\u201d in the calendar.").format(
            text=_clip(text))) from None
    except ValueError:
        raise ValidationError(field, named + translate("Appointments", "\u201c{text}\u201d is not a date. Write it like 3 Dec 2026, "
                                                                       "03/12/2026 or 2026-12-03.").format(text=_clip(text))) from None
    return check_year(day, field, label)


def read_local_time(value: Any, field: str, required_message: str | None = None, label: str = "") -> time:
    """A wall-clock time from a ``time`` or text such as ``10:30``, ``9.05`` or ``2:30 pm``.

    A refusal of typed text starts with ``label`` (the field's name) when one is given.
    """
    if isinstance(value, time):
        return value.replace(second=0, microsecond=0, tzinfo=None)
    if value is None or (isinstance(value, str) and not value.strip()):
        raise ValidationError(field, required_message or translate("Appointments", "Enter the time, for example 10:30."))
    if not isinstance(value, str):
        raise ValidationError(field, translate("Appointments", "This is not a time of day. Write it like 10:30."))
    text = value.strip()
    try:
        return time_from_text(text)
    except ValueError:
        raise ValidationError(field, (label + ": " if label else "") + translate("Appointments",
            "\u201c{text}\u201d is not a time of day. Use hours 0 to 23 and minutes 0 to 59, for example 14:30 "
            "or 2pm.").format(text=_clip(text))) from None


def _clip(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


def _labels() -> dict[tuple[str, str], str]:
    """The words that name each text field of an appointment, a ride, a question and a trial in a message."""
    return {
        ("appointments", "place"): translate("Appointments", "Place"),
        ("appointments", "purpose"): translate("Appointments", "Purpose"),
        ("appointments", "notes"): translate("Appointments", "Notes"),
        ("appointments", "outcome"): translate("Appointments", "Outcome"),
        ("rides", "pickup_address"): translate("Appointments", "Pickup address"),
        ("rides", "destination"): translate("Appointments", "Destination"),
        ("rides", "notes"): translate("Appointments", "Notes"),
        ("questions", "text"): translate("Appointments", "Question"),
        ("questions", "topic"): translate("Appointments", "Topic"),
        ("questions", "answer"): translate("Appointments", "Answer"),
        ("trials", "title"): translate("Appointments", "Title"),
        ("trials", "notes"): translate("Appointments", "Notes"),
    }


def clean_field(value: Any, entity: str, name: str, *, field: str | None = None, label: str | None = None) -> str:
    """Typed text by the rule of ``entity``/``name`` in the table of field rules (domain/fields.py), read by the
    one text reader (services/cleaning.clean_field); ``label`` names the field in a message (by default the
    field's usual name)."""
    return cleaning.clean_field(value, entity, name, label or _labels().get((entity, name), name), field=field)


def _read_id(value: Any, field: str) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(field, translate("Validation", "Choose one from the list."))
    return value


def _contact(s: Session, value: Any, field: str) -> m.Contact | None:
    contact_id = _read_id(value, field)
    if contact_id is None:
        return None
    contact = s.get(m.Contact, contact_id)
    if contact is None or contact.deleted_at is not None:
        raise ValidationError(field, translate("Appointments", "That contact is no longer in the care circle. Choose another, or none."))
    return contact


def _duration(value: Any) -> int:
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        value = int(value.strip())
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError("duration", translate("Appointments", "Give the duration as a whole number of minutes, for example 45."))
    if value < 0:
        raise ValidationError("duration", translate("Appointments", "The duration cannot be negative."))
    if value > MAX_DURATION_MINUTES:
        raise ValidationError("duration", translate("Appointments", "The duration must be less than a day (at most {limit} minutes).")
                              .format(limit=MAX_DURATION_MINUTES))
    return value


def _instant(day: date, clock: time, zone: ZoneInfo) -> datetime:
    return wall_to_utc(datetime.combine(day, clock), zone)


def _appointment(s: Session, appointment_id: Any, field: str = "appointment") -> m.Appointment:
    if isinstance(appointment_id, bool) or not isinstance(appointment_id, int):
        raise ValidationError(field, translate("Appointments", "Choose an appointment from the list."))
    a = s.get(m.Appointment, appointment_id)
    if a is None or a.deleted_at is not None:
        raise NotFound(translate("Appointments", "That appointment no longer exists."))
    return a


def _when(instant: datetime, zone: ZoneInfo) -> str:
    local = instant.astimezone(zone)
    return f"{format_date(local.date(), weekday=True)} {format_time(local)}"


# ---------------------------------------------------------------------------------------------- appointments: read


def list_appointments(profile: Profile) -> list[Appointment]:
    """Every appointment (not in the trash), oldest first."""
    return aq.appointments(profile.read())


def get_appointment(profile: Profile, appointment_id: int) -> Appointment:
    found = aq.appointment(profile.read(), appointment_id)
    if found is None:
        raise NotFound(translate("Appointments", "That appointment no longer exists."))
    return found


def agenda(profile: Profile, now: datetime, day: date | None = None) -> Agenda:
    """Coming appointments (not yet over) soonest first, then past ones newest first; ``day`` keeps one local day."""
    with reads.snapshot(profile.read()) as conn:
        start = end = None
        if day is not None:
            start, end = day_bounds(day, reads.profile_zone(conn))
        found = aq.appointments(conn, starts_from=start, starts_before=end)
    coming = [a for a in found if not a.is_over(now)]
    past = sorted((a for a in found if a.is_over(now)), key=lambda a: (a.starts_at, a.id), reverse=True)
    return Agenda(tuple(coming), tuple(past))


def next_appointment(profile: Profile, now: datetime) -> Appointment | None:
    """The appointment now in progress, else the soonest coming one; None when none is planned."""
    return aq.next_appointment(profile.read(), now)


def marked_days(profile: Profile, first: date, last: date) -> dict[date, DayMarks]:
    """For each local day from ``first`` to ``last`` that has any: how many appointments and rides it has."""
    marks: dict[date, list[int]] = {}
    with reads.snapshot(profile.read()) as conn:
        zone = reads.profile_zone(conn)
        start, _ = day_bounds(first, zone)
        _, end = day_bounds(last, zone)
        for a in aq.appointments(conn, starts_from=start, starts_before=end):
            marks.setdefault(a.starts_at.astimezone(zone).date(), [0, 0])[0] += 1
        for r in aq.rides(conn, pickup_from=start, pickup_before=end):
            if not r.cancelled and r.pickup_at is not None:
                marks.setdefault(r.pickup_at.astimezone(zone).date(), [0, 0])[1] += 1
    return {d: DayMarks(a, r) for d, (a, r) in marks.items()}


# ---------------------------------------------------------------------------------------------- appointments: write


class _AppointmentInput(Struct, frozen=True):
    starts_at: datetime
    duration_minutes: int
    clinician: m.Contact | None
    place: str
    purpose: str
    notes: str


def _read_appointment(s: Session, day: Any, at: Any, duration_minutes: Any, clinician_id: Any, place: Any,
                      purpose: Any, notes: Any) -> _AppointmentInput:
    local_day = read_local_date(day, "date", translate("Appointments", "Enter the date of the appointment, for example 3 Dec 2026."),
                                translate("Appointments", "Date"))
    clock = read_local_time(at, "time", translate("Appointments", "Enter the time of the appointment, for example 10:30."), translate("Appointments", "Time"))
    duration = _duration(duration_minutes)
    clinician = _contact(s, clinician_id, "clinician")
    place_text = clean_field(place, "appointments", "place")
    purpose_text = clean_field(purpose, "appointments", "purpose")
    notes_text = clean_field(notes, "appointments", "notes")
    return _AppointmentInput(_instant(local_day, clock, profile_zone(s)), duration, clinician, place_text,
                             purpose_text, notes_text)


def create_appointment(profile: Profile, *, day: date | str, at: time | str, duration_minutes: int = 30,
                       clinician_id: int | None = None, place: str = "", purpose: str = "",
                       notes: str = "") -> int:
    """Add an appointment starting at local ``day`` + ``at`` in the profile's zone. Returns its id."""
    with profile.session_factory.begin() as s:
        data = _read_appointment(s, day, at, duration_minutes, clinician_id, place, purpose, notes)
        a = m.Appointment(starts_at=data.starts_at, duration_minutes=data.duration_minutes,
                          clinician_id=data.clinician.id if data.clinician else None, place=data.place,
                          purpose=data.purpose, notes=data.notes)
        s.add(a)
        s.flush()
        new_id = a.id
    notify(profile, records={"appointments": [new_id]})
    return new_id


def update_appointment(profile: Profile, appointment_id: int, *, day: date | str, at: time | str,
                       duration_minutes: int, clinician_id: int | None, place: str, purpose: str,
                       notes: str) -> list[int]:
    """Change an appointment. When it moves, its rides still to come move by the same amount of time, and a
    ride the driver had confirmed goes back to "asked" (the driver agreed to another time).
    Returns the ids of the rides that moved."""
    moved: list[int] = []
    with profile.session_factory.begin() as s:
        a = s.get(m.Appointment, appointment_id)
        if a is None or a.deleted_at is not None:
            raise NotFound(translate("Appointments", "That appointment no longer exists."))
        data = _read_appointment(s, day, at, duration_minutes, clinician_id, place, purpose, notes)
        shift = data.starts_at - a.starts_at
        if shift:
            for r in a.rides:
                if r.deleted_at is not None or r.status in (RideStatus.DONE, RideStatus.CANCELLED):
                    continue
                if r.pickup_at is not None:
                    r.pickup_at = r.pickup_at + shift
                if r.return_pickup_at is not None:
                    r.return_pickup_at = r.return_pickup_at + shift
                if r.status == RideStatus.CONFIRMED:
                    r.status = RideStatus.ASKED
                moved.append(r.id)
        a.starts_at = data.starts_at
        a.duration_minutes = data.duration_minutes
        a.clinician_id = data.clinician.id if data.clinician else None
        a.place, a.purpose, a.notes = data.place, data.purpose, data.notes
    notify(profile, records={"appointments": [appointment_id], **({"rides": moved} if moved else {})})
    return moved


def record_outcome(profile: Profile, appointment_id: int, outcome: str,
                   answers: Mapping[int, str] | None = None) -> None:
    """After the appointment: its outcome, and the answer to each of its questions, in one unit of work.

    A question given a non-blank answer becomes "answered" (and is filed under this appointment); a blank
    answer clears an earlier one, leaving the question "asked". Questions not in ``answers`` are untouched.
    """
    answers = dict(answers or {})
    with profile.session_factory.begin() as s:
        a = _appointment(s, appointment_id)
        outcome_text = clean_field(outcome, "appointments", "outcome")
        checked: list[tuple[m.Question, str]] = []
        for question_id, answer in answers.items():
            field = f"answer:{question_id}"
            if isinstance(question_id, bool) or not isinstance(question_id, int):
                raise ValidationError(field, translate("Questions", "That question no longer exists."))
            q = s.get(m.Question, question_id)
            if q is None or q.deleted_at is not None:
                raise ValidationError(field, translate("Questions", "That question no longer exists."))
            checked.append((q, clean_field(answer, "questions", "answer", field=field)))
        a.outcome = outcome_text
        for q, text in checked:
            if text:
                q.answer, q.status, q.appointment_id = text, QuestionStatus.ANSWERED, a.id
            elif q.answer or q.status == QuestionStatus.ANSWERED:
                q.answer, q.status = "", QuestionStatus.ASKED
    notify(profile, records={"appointments": [appointment_id], "questions": [q.id for q, _ in checked]})


# ---------------------------------------------------------------------------------------------- rides: read


def list_rides(profile: Profile) -> list[Ride]:
    """Every ride (not in the trash), by pickup time."""
    return aq.rides(profile.read())


def rides_for_appointment(profile: Profile, appointment_id: int) -> list[Ride]:
    return aq.rides(profile.read(), appointment_ids=[appointment_id])


def standalone_rides(profile: Profile, now: datetime | None = None, day: date | None = None) -> list[Ride]:
    """Rides on their own (not for an appointment): coming ones soonest first, then past ones newest first."""
    now = now or datetime.now(UTC)
    with reads.snapshot(profile.read()) as conn:
        start = end = None
        if day is not None:
            start, end = day_bounds(day, reads.profile_zone(conn))
        found = aq.rides(conn, standalone=True, pickup_from=start, pickup_before=end)
    recent = now - timedelta(hours=12)
    coming = [r for r in found if r.pickup_at is None or r.pickup_at >= recent]
    past = [r for r in found if r.pickup_at is not None and r.pickup_at < recent]
    return [*coming, *sorted(past, key=lambda r: (r.pickup_at, r.id), reverse=True)]


def get_ride(profile: Profile, ride_id: int) -> Ride:
    found = aq.ride(profile.read(), ride_id)
    if found is None:
        raise NotFound(translate("Appointments", "That ride no longer exists."))
    return found


def last_pickup_address(profile: Profile) -> str:
    """The pickup address used most recently, to offer for a new ride."""
    return aq.last_pickup_address(profile.read())


# ---------------------------------------------------------------------------------------------- rides: write


def _status(value: Any) -> str:
    if value not in RIDE_STATUSES:
        raise ValidationError("status", translate("Appointments", "Choose the ride's status: needed, asked, confirmed, done or cancelled."))
    return str(value)


class _RideInput(Struct, frozen=True):
    appointment: m.Appointment | None
    pickup_at: datetime
    pickup_address: str
    destination: str
    driver: m.Contact | None
    return_pickup_at: datetime | None
    status: str
    notes: str


def _read_ride(s: Session, appointment_id: Any, pickup_day: Any, pickup_time: Any, pickup_address: Any,
               destination: Any, driver_id: Any, return_time: Any, return_day: Any, status: Any,
               notes: Any) -> _RideInput:
    zone = profile_zone(s)
    appointment = None
    if appointment_id is not None:
        appointment = s.get(m.Appointment, _read_id(appointment_id, "appointment"))
        if appointment is None or appointment.deleted_at is not None:
            raise ValidationError("appointment", translate("Appointments", "That appointment no longer exists. Choose another, or "
                                                                           "make this a ride on its own."))
    if appointment is not None and (pickup_day is None or pickup_day == ""):
        pickup_day = appointment.starts_at.astimezone(zone).date()
    day = read_local_date(pickup_day, "pickup_date", translate("Appointments", "Enter the day of the pickup, for example 3 Dec 2026."),
                          translate("Appointments", "Pickup day"))
    clock = read_local_time(pickup_time, "pickup_time", translate("Appointments", "Enter the pickup time, for example 09:30."),
                            translate("Appointments", "Pickup time"))
    pickup_at = _instant(day, clock, zone)
    if appointment is not None and pickup_at >= appointment.starts_at:
        raise ValidationError("pickup_time", translate("Appointments", "The pickup must be before the appointment starts ({when}).")
                              .format(when=_when(appointment.starts_at, zone)))
    address = clean_field(pickup_address, "rides", "pickup_address")
    dest = clean_field(destination, "rides", "destination")
    if not dest:
        if appointment is None:
            raise ValidationError("destination", translate("Appointments", "Enter where the ride goes."))
        dest = appointment.place
    driver = _contact(s, driver_id, "driver")
    return_at = None
    if return_time is not None and (not isinstance(return_time, str) or return_time.strip()):
        back_day = day if return_day in (None, "") else read_local_date(return_day, "return_date",
                                                                        label=translate("Appointments", "Return day"))
        return_at = _instant(back_day, read_local_time(return_time, "return_time", label=translate("Appointments", "Pickup for the way back")),
                             zone)
        if return_at <= pickup_at:
            raise ValidationError("return_time", translate("Appointments", "The return pickup must be after the pickup ({when}).")
                                  .format(when=_when(pickup_at, zone)))
        if appointment is not None and return_at <= appointment.starts_at:
            raise ValidationError("return_time", translate("Appointments", "The return pickup must be after the appointment starts "
                                                                           "({when}).").format(when=_when(appointment.starts_at, zone)))
    state = _status(status)
    if fields.missing_when("rides", {"status": state, "driver": driver.id if driver else None}):
        raise ValidationError("driver", _no_driver())
    return _RideInput(appointment, pickup_at, address, dest, driver, return_at, state,
                      clean_field(notes, "rides", "notes"))


def _no_driver() -> str:
    return translate("Appointments", "A confirmed ride names its driver: choose who drives, or choose another status.")


def _apply_ride(r: m.Ride, data: _RideInput) -> None:
    r.appointment_id = data.appointment.id if data.appointment else None
    r.pickup_at = data.pickup_at
    r.pickup_address = data.pickup_address
    r.destination = data.destination
    r.driver_id = data.driver.id if data.driver else None
    r.return_pickup_at = data.return_pickup_at
    r.status = data.status
    r.notes = data.notes


def _appointments_of(r: m.Ride) -> list[int]:
    """The appointment a ride goes to, if any: its row shows the ride, so a change notice names it too."""
    return [r.appointment_id] if r.appointment_id is not None else []


def create_ride(profile: Profile, *, appointment_id: int | None = None, pickup_day: date | str | None = None,
                pickup_time: time | str | None = None, pickup_address: str = "", destination: str = "",
                driver_id: int | None = None, return_time: time | str | None = None,
                return_day: date | str | None = None, status: str = RideStatus.NEEDED, notes: str = "") -> int:
    """Add a ride, for an appointment or on its own. Returns its id.

    For an appointment the pickup day defaults to the appointment's day and the destination to its place,
    and the pickup must be before the appointment starts. The return pickup is on the pickup day unless
    ``return_day`` says otherwise.
    """
    with profile.session_factory.begin() as s:
        data = _read_ride(s, appointment_id, pickup_day, pickup_time, pickup_address, destination, driver_id,
                          return_time, return_day, status, notes)
        r = m.Ride()
        _apply_ride(r, data)
        s.add(r)
        s.flush()
        new_id = r.id
        shown_with = _appointments_of(r)
    notify(profile, records={"rides": [new_id], "appointments": shown_with})
    return new_id


def update_ride(profile: Profile, ride_id: int, *, appointment_id: int | None, pickup_day: date | str | None,
                pickup_time: time | str | None, pickup_address: str, destination: str, driver_id: int | None,
                return_time: time | str | None, return_day: date | str | None = None, status: str,
                notes: str) -> None:
    with profile.session_factory.begin() as s:
        r = s.get(m.Ride, ride_id)
        if r is None or r.deleted_at is not None:
            raise NotFound(translate("Appointments", "That ride no longer exists."))
        data = _read_ride(s, appointment_id, pickup_day, pickup_time, pickup_address, destination, driver_id,
                          return_time, return_day, status, notes)
        shown_with = _appointments_of(r)
        _apply_ride(r, data)
        shown_with += _appointments_of(r)
    notify(profile, records={"rides": [ride_id], "appointments": shown_with})


def set_ride_status(profile: Profile, ride_id: int, status: str) -> None:
    """Quick status change: needed -> asked -> confirmed -> done (or cancelled)."""
    with profile.session_factory.begin() as s:
        r = s.get(m.Ride, ride_id)
        if r is None or r.deleted_at is not None:
            raise NotFound(translate("Appointments", "That ride no longer exists."))
        state = _status(status)
        if fields.missing_when("rides", {"status": state, "driver": r.driver_id}):
            raise ValidationError("driver", _no_driver())
        r.status = state
        shown_with = _appointments_of(r)
    notify(profile, records={"rides": [ride_id], "appointments": shown_with})


__all__ = [
    "Agenda", "Appointment", "DayMarks", "RIDE_STATUSES", "RIDE_UNSETTLED", "Ride",
    "agenda", "clean_field", "create_appointment", "create_ride",
    "get_appointment", "get_ride", "last_pickup_address", "list_appointments", "list_rides", "marked_days",
    "next_appointment", "read_local_date", "read_local_time", "record_outcome", "rides_for_appointment",
    "set_ride_status", "standalone_rides", "update_appointment", "update_ride",
]
