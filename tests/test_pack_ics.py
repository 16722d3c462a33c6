"""The .ics calendar file: parses back with icalendar, with the right events, times, UIDs and reminders."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from careorganiser.pack.ics import IcsRide, calendar_ics, event_uid
from careorganiser.store.queries.appointments import Appointment

LONDON = ZoneInfo("Europe/London")
STAMP = datetime(2026, 11, 21, 10, 0, tzinfo=UTC)


def appointments() -> list[Appointment]:
    return [
        Appointment(
            id=1, uid="a1", starts_at=datetime(2026, 12, 3, 10, 30, tzinfo=LONDON), duration_minutes=45,
            purpose="ILD review", clinician_id=3, clinician="Dr Anil Mehta", clinician_role="Respiratory consultant",
            clinician_phone="01632 960 400", place="Chest clinic, St Mary's Hospital; Level 2",
            notes="Bring the inhaler",
        ),
        Appointment(
            id=2, uid="a2", starts_at=datetime(2027, 7, 1, 9, 0, tzinfo=LONDON), duration_minutes=30, purpose="Bloods",
        ),
    ]


def rides() -> list[IcsRide]:
    return [
        IcsRide(id="r1", pickup_at=datetime(2026, 12, 3, 9, 30, tzinfo=LONDON), direction="there",
                pickup_address="14 Elm Grove, Harrogate", destination="St Mary's Hospital",
                driver_name="Jane Hale", driver_phone="07700 900 123", status="confirmed", duration_minutes=45),
        IcsRide(id="r2", pickup_at=datetime(2026, 12, 3, 11, 45, tzinfo=LONDON), direction="back",
                pickup_address="St Mary's Hospital", destination="14 Elm Grove", driver_name="Tom Bell",
                status="asked"),
    ]


def parse(data: bytes) -> Calendar:
    return Calendar.from_ical(data)


def events(calendar: Calendar) -> dict[str, object]:
    return {str(e["UID"]): e for e in calendar.walk("VEVENT")}


def make() -> bytes:
    return calendar_ics(appointments(), rides(), "Margaret Hale", generated_at=STAMP)


def test_calendar_parses_back_with_one_event_per_appointment_and_ride() -> None:
    calendar = parse(make())
    assert "Care Organiser" in str(calendar["PRODID"])
    assert str(calendar["VERSION"]) == "2.0"
    assert len(calendar.walk("VEVENT")) == 4


def test_times_are_utc_and_end_after_the_duration() -> None:
    found = events(parse(make()))
    review = found[event_uid("appointment", "a1", "Margaret Hale")]
    start, end = review["DTSTART"].dt, review["DTEND"].dt
    assert start == datetime(2026, 12, 3, 10, 30, tzinfo=UTC)
    assert start.utcoffset() == timedelta(0)
    assert end - start == timedelta(minutes=45)
    summer = found[event_uid("appointment", "a2", "Margaret Hale")]
    assert summer["DTSTART"].dt == datetime(2027, 7, 1, 8, 0, tzinfo=UTC)  # 09:00 BST
    ride = found[event_uid("ride", "r1", "Margaret Hale")]
    assert ride["DTSTART"].dt == datetime(2026, 12, 3, 9, 30, tzinfo=UTC)
    assert ride["DTEND"].dt - ride["DTSTART"].dt == timedelta(minutes=45)
    assert b"DTSTART:20261203T103000Z" in make()


def test_summary_location_and_description() -> None:
    found = events(parse(make()))
    review = found[event_uid("appointment", "a1", "Margaret Hale")]
    assert str(review["SUMMARY"]) == "Margaret Hale: ILD review (Dr Anil Mehta)"
    assert str(review["LOCATION"]) == "Chest clinic, St Mary's Hospital; Level 2"
    description = str(review["DESCRIPTION"])
    assert "Dr Anil Mehta, Respiratory consultant" in description
    assert "01632 960 400" in description
    assert "Bring the inhaler" in description
    ride = found[event_uid("ride", "r1", "Margaret Hale")]
    assert str(ride["SUMMARY"]) == "Ride for Margaret Hale to St Mary's Hospital"
    assert str(ride["LOCATION"]) == "14 Elm Grove, Harrogate"
    assert "Jane Hale, 07700 900 123" in str(ride["DESCRIPTION"])
    assert str(ride["STATUS"]) == "CONFIRMED"
    back = found[event_uid("ride", "r2", "Margaret Hale")]
    assert str(back["SUMMARY"]).startswith("Ride home for Margaret Hale")
    assert str(back["STATUS"]) == "TENTATIVE"


def test_appointments_are_reminded_the_day_before_and_rides_are_not() -> None:
    found = events(parse(make()))
    review = found[event_uid("appointment", "a1", "Margaret Hale")]
    alarms = review.walk("VALARM")
    assert len(alarms) == 1
    assert alarms[0]["TRIGGER"].dt == timedelta(days=-1)
    assert str(alarms[0]["ACTION"]) == "DISPLAY"
    assert not found[event_uid("ride", "r1", "Margaret Hale")].walk("VALARM")


def test_uids_are_stable_unique_and_differ_between_people() -> None:
    first = set(events(parse(make())))
    again = set(events(parse(calendar_ics(appointments(), rides(), "Margaret Hale"))))
    assert first == again
    assert len(first) == 4
    other = set(events(parse(calendar_ics(appointments(), rides(), "Peter Novak", generated_at=STAMP))))
    assert not first & other


def test_same_input_same_bytes_with_a_fixed_stamp() -> None:
    assert make() == make()
    assert b"DTSTAMP:20261121T100000Z" in make()


def test_empty_calendar_is_still_valid() -> None:
    calendar = parse(calendar_ics([], [], "Margaret Hale", generated_at=STAMP))
    assert calendar.walk("VEVENT") == []
    assert "Care Organiser" in str(calendar["PRODID"])


def test_text_in_many_scripts_and_special_characters_survive() -> None:
    name = "Łucja Ó'Brien “Lulu” Ольга"
    appointment = Appointment(id=1, uid="x", starts_at=datetime(2026, 12, 3, 10, 30, tzinfo=UTC), duration_minutes=60,
                              purpose="Review, lungs; heart\nsecond line", place="Κλινική")
    event = parse(calendar_ics([appointment], [], name, generated_at=STAMP)).walk("VEVENT")[0]
    assert str(event["SUMMARY"]) == f"{name}: Review, lungs; heart\nsecond line"
    assert str(event["LOCATION"]) == "Κλινική"


def test_naive_times_are_refused() -> None:
    naive = Appointment(id=1, uid="n", starts_at=datetime(2026, 12, 3, 10, 30), duration_minutes=60)
    with pytest.raises(ValueError, match="appointment n"):
        calendar_ics([naive], [], "Margaret Hale", generated_at=STAMP)
