"""Appointments and rides services: local times to UTC, validation naming the field, nothing half-saved,
rides following their appointment, outcome and answers in one unit of work."""

from __future__ import annotations

import unicodedata
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from careorganiser.services import appointments as ap
from careorganiser.services import questions as qs
from careorganiser.services import trash
from careorganiser.services.base import NotFound, ValidationError, bus_of
from careorganiser.store import models as m

from conftest import DEMO_NOW

NOW = datetime(2026, 11, 21, 10, 0, tzinfo=UTC)


@pytest.fixture
def london(profile: Any) -> Any:
    with profile.session_factory.begin() as s:
        s.merge(m.Setting(key="timezone", value="Europe/London"))
    return profile


@pytest.fixture
def people(london: Any) -> dict[str, int]:
    with london.session_factory.begin() as s:
        doctor = m.Contact(name="Dr Anil Mehta", role="pulmonologist")
        driver = m.Contact(name="David Hale", role="son", phone="07700 900461")
        s.add_all([doctor, driver])
        s.flush()
        return {"doctor": doctor.id, "driver": driver.id}


def count(profile: Any, model: type) -> int:
    with profile.session_factory() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def changes(profile: Any) -> list[Any]:
    seen: list[Any] = []
    bus_of(profile).subscribe(seen.append)
    return seen


# ---------------------------------------------------------------------------------------------- appointments


def test_create_appointment_converts_local_time_to_utc(london: Any, people: dict[str, int]) -> None:
    seen = changes(london)
    # 3 Dec is winter time (GMT), 3 Jul is summer time (BST, UTC+1).
    winter = ap.create_appointment(london, day="3 Dec 2026", at="10:30", duration_minutes=45,
                                   clinician_id=people["doctor"], place="Chest clinic", purpose="ILD review")
    summer = ap.create_appointment(london, day=date(2027, 7, 3), at=time(10, 30))
    rows = {a.id: a for a in ap.list_appointments(london)}
    assert rows[winter].starts_at == datetime(2026, 12, 3, 10, 30, tzinfo=UTC)
    assert rows[summer].starts_at == datetime(2027, 7, 3, 9, 30, tzinfo=UTC)
    assert rows[winter].clinician == "Dr Anil Mehta"
    assert rows[winter].duration_minutes == 45
    assert rows[summer].duration_minutes == 30
    assert [c.areas for c in seen] == [frozenset({"appointments"})] * 2


@pytest.mark.parametrize("text,expected", [
    ("2026-12-03", date(2026, 12, 3)),
    ("3 Dec 2026", date(2026, 12, 3)),
    ("Thu 3 Dec 2026", date(2026, 12, 3)),
    ("3 December 2026", date(2026, 12, 3)),
    ("  3   dec 2026 ", date(2026, 12, 3)),
    ("30 Sept 2026", date(2026, 9, 30)),
])
def test_dates_are_read_in_the_forms_people_write(text: str, expected: date) -> None:
    assert ap.read_local_date(text, "date") == expected


@pytest.mark.parametrize("text,expected", [
    ("10:30", time(10, 30)), ("9.05", time(9, 5)), ("07:00", time(7)), ("2:30 pm", time(14, 30)),
    ("12 am", time(0)), ("0:00", time(0)), ("23:59", time(23, 59)),
])
def test_times_are_read_in_the_forms_people_write(text: str, expected: time) -> None:
    assert ap.read_local_time(text, "time") == expected


@pytest.mark.parametrize("field,values,words", [
    ("date", {"day": ""}, "Enter the date"),
    ("date", {"day": None}, "Enter the date"),
    ("date", {"day": "30 Feb 2026"}, "no such day"),
    ("date", {"day": "2026-02-30"}, "no such day"),
    ("date", {"day": "2026-13-01"}, "no such day"),
    ("date", {"day": "next Tuesday"}, "is not a date"),
    ("date", {"day": "3 Smarch 2026"}, "is not a date"),
    ("date", {"day": 20261203}, "not a date"),
    ("date", {"day": datetime(2026, 12, 3, 10, 0)}, "without a time"),
    ("time", {"at": ""}, "Enter the time"),
    ("time", {"at": "25:00"}, "not a time of day"),
    ("time", {"at": "10:60"}, "not a time of day"),
    ("time", {"at": "24:00"}, "not a time of day"),
    ("time", {"at": "13 pm"}, "not a time of day"),
    ("time", {"at": "half ten"}, "not a time of day"),
    ("time", {"at": 1030}, "not a time of day"),
    ("duration", {"duration_minutes": -5}, "cannot be negative"),
    ("duration", {"duration_minutes": 24 * 60}, "less than a day"),
    ("duration", {"duration_minutes": 1.5}, "whole number"),
    ("duration", {"duration_minutes": "forty"}, "whole number"),
    ("duration", {"duration_minutes": True}, "whole number"),
    ("clinician", {"clinician_id": 9999}, "no longer in the care circle"),
    ("clinician", {"clinician_id": "Dr Who"}, "Choose one"),
    ("place", {"place": "x" * 501}, "Place is too long: 501 characters, at most 500"),
    ("purpose", {"purpose": 42}, "must be text"),
    ("notes", {"notes": "lone \ud800 surrogate"}, "Notes contains characters that cannot be saved"),
])
def test_bad_appointment_input_names_the_field_and_stores_nothing(london: Any, field: str,
                                                                  values: dict[str, Any], words: str) -> None:
    args: dict[str, Any] = {"day": "3 Dec 2026", "at": "10:30", "duration_minutes": 30, "place": "Clinic"}
    args.update(values)
    with pytest.raises(ValidationError) as caught:
        ap.create_appointment(london, **args)
    assert caught.value.field == field
    assert words in caught.value.message
    assert count(london, m.Appointment) == 0


def test_odd_but_valid_unicode_is_kept(london: Any) -> None:
    purpose = "Révision ILD \u2014 \u8a3a\u5bdf \U0001f49a \u0645\u0631\u0627\u062c\u0639\u0629 e\u0301"
    new_id = ap.create_appointment(london, day="2026-12-03", at="10:30", purpose=purpose,
                                   notes="line one\nline two\ttabbed")
    row = ap.get_appointment(london, new_id)
    assert row.purpose == unicodedata.normalize("NFC", purpose)  # one stored form (domain/fields.py)
    assert row.notes == "line one\nline two\ttabbed"


def test_a_removed_clinician_is_refused(london: Any, people: dict[str, int]) -> None:
    trash.delete(london, "contact", people["doctor"])
    with pytest.raises(ValidationError) as caught:
        ap.create_appointment(london, day="2026-12-03", at="10:30", clinician_id=people["doctor"])
    assert caught.value.field == "clinician"


def test_update_appointment_moves_its_coming_rides_and_unconfirms_them(london: Any, people: dict[str, int]) -> None:
    a = ap.create_appointment(london, day="2026-12-03", at="10:30", place="Chest clinic")
    confirmed = ap.create_ride(london, appointment_id=a, pickup_time="09:30", return_time="12:00",
                               driver_id=people["driver"], status="confirmed")
    cancelled = ap.create_ride(london, appointment_id=a, pickup_time="09:00", status="cancelled")
    moved = ap.update_appointment(london, a, day="2026-12-10", at="11:30", duration_minutes=45, clinician_id=None,
                                  place="Chest clinic", purpose="Review", notes="")
    assert moved == [confirmed]
    ride = ap.get_ride(london, confirmed)
    assert ride.pickup_at == datetime(2026, 12, 10, 10, 30, tzinfo=UTC)
    assert ride.return_pickup_at == datetime(2026, 12, 10, 13, 0, tzinfo=UTC)
    assert ride.status == "asked"
    assert ap.get_ride(london, cancelled).pickup_at == datetime(2026, 12, 3, 9, 0, tzinfo=UTC)
    row = ap.get_appointment(london, a)
    assert (row.purpose, row.duration_minutes) == ("Review", 45)


def test_update_refuses_bad_input_and_leaves_the_appointment_as_it_was(london: Any) -> None:
    a = ap.create_appointment(london, day="2026-12-03", at="10:30", purpose="Review")
    with pytest.raises(ValidationError) as caught:
        ap.update_appointment(london, a, day="2026-12-04", at="25:00", duration_minutes=30, clinician_id=None,
                              place="", purpose="Changed", notes="")
    assert caught.value.field == "time"
    row = ap.get_appointment(london, a)
    assert (row.purpose, row.starts_at) == ("Review", datetime(2026, 12, 3, 10, 30, tzinfo=UTC))


def test_update_of_an_appointment_in_the_trash_is_not_found(london: Any) -> None:
    a = ap.create_appointment(london, day="2026-12-03", at="10:30")
    trash.delete(london, "appointment", a)
    with pytest.raises(NotFound):
        ap.update_appointment(london, a, day="2026-12-03", at="10:30", duration_minutes=30, clinician_id=None,
                              place="", purpose="", notes="")


def test_agenda_coming_soonest_first_then_past_newest_first(london: Any) -> None:
    ids = {}
    for name, day, at in [("far", "2027-01-10", "09:00"), ("soon", "2026-11-25", "09:00"),
                          ("old", "2026-06-01", "09:00"), ("recent", "2026-11-20", "09:00"),
                          ("now", "2026-11-21", "09:45")]:
        ids[name] = ap.create_appointment(london, day=day, at=at, duration_minutes=30, purpose=name)
    plan = ap.agenda(london, NOW)
    assert [a.purpose for a in plan.coming] == ["now", "soon", "far"]  # "now" is still in progress
    assert [a.purpose for a in plan.past] == ["recent", "old"]
    assert [a.purpose for a in plan.rows] == ["now", "soon", "far", "recent", "old"]
    assert ap.next_appointment(london, NOW).purpose == "now"  # type: ignore[union-attr]
    assert ap.next_appointment(london, NOW + timedelta(minutes=30)).purpose == "soon"  # type: ignore[union-attr]
    assert ap.next_appointment(london, datetime(2027, 2, 1, tzinfo=UTC)) is None
    only = ap.agenda(london, NOW, day=date(2026, 11, 25))
    assert [a.purpose for a in only.rows] == ["soon"]
    trash.delete(london, "appointment", ids["soon"])
    assert "soon" not in [a.purpose for a in ap.agenda(london, NOW).rows]


def test_agenda_day_filter_uses_the_local_day(london: Any) -> None:
    # 00:30 BST on 1 Jul is 23:30 UTC on 30 Jun: it belongs to 1 Jul locally.
    ap.create_appointment(london, day="2027-07-01", at="00:30", purpose="early")
    assert [a.purpose for a in ap.agenda(london, NOW, day=date(2027, 7, 1)).rows] == ["early"]
    assert ap.agenda(london, NOW, day=date(2027, 6, 30)).rows == []
    marks = ap.marked_days(london, date(2027, 6, 1), date(2027, 7, 31))
    assert marks == {date(2027, 7, 1): ap.DayMarks(appointments=1, rides=0)}


def test_demo_agenda_shows_ride_state(demo_profile: Any) -> None:
    plan = ap.agenda(demo_profile, DEMO_NOW)
    first, second = plan.coming
    assert (first.ride_status, first.ride_driver, first.open_questions) == ("confirmed", "David Hale", 4)
    assert second.ride_status == "needed"
    assert all(a.starts_at < DEMO_NOW for a in plan.past)


# ---------------------------------------------------------------------------------------------- rides


def test_ride_for_an_appointment_takes_its_day_and_place(london: Any, people: dict[str, int]) -> None:
    a = ap.create_appointment(london, day="2026-12-03", at="10:30", place="Chest clinic, St Mary's")
    seen = changes(london)
    r = ap.create_ride(london, appointment_id=a, pickup_time="09:30", pickup_address="7 Brondesbury Villas",
                       driver_id=people["driver"], return_time="12:15", notes="Oxygen in the boot")
    ride = ap.get_ride(london, r)
    assert ride.pickup_at == datetime(2026, 12, 3, 9, 30, tzinfo=UTC)
    assert ride.destination == "Chest clinic, St Mary's"
    assert (ride.driver, ride.driver_phone, ride.status) == ("David Hale", "07700 900461", "needed")
    assert ride.return_pickup_at == datetime(2026, 12, 3, 12, 15, tzinfo=UTC)
    assert seen[-1].touches("rides") and seen[-1].touches("appointments")
    assert ap.get_appointment(london, a).ride_status == "needed"
    assert [x.id for x in ap.rides_for_appointment(london, a)] == [r]
    assert ap.last_pickup_address(london) == "7 Brondesbury Villas"


@pytest.mark.parametrize("field,values,words", [
    ("pickup_time", {"pickup_time": "10:30"}, "before the appointment starts"),
    ("pickup_time", {"pickup_time": "11:00"}, "before the appointment starts"),
    ("pickup_time", {"pickup_time": ""}, "Enter the pickup time"),
    ("pickup_time", {"pickup_time": "25:00"}, "not a time of day"),
    ("pickup_date", {"pickup_day": "31 Nov 2026"}, "no such day"),
    ("return_time", {"return_time": "09:00"}, "after the pickup"),
    ("return_time", {"return_time": "10:00"}, "after the appointment starts"),
    ("return_time", {"return_time": "99:99"}, "not a time of day"),
    ("status", {"status": "maybe"}, "Choose the ride's status"),
    ("driver", {"driver_id": 4242}, "no longer in the care circle"),
    ("appointment", {"appointment_id": 4242}, "no longer exists"),
    ("destination", {"destination": "y" * 600}, "too long"),
    ("notes", {"notes": "\ud800bell"}, "cannot be saved"),
])
def test_bad_ride_input_names_the_field_and_stores_nothing(london: Any, field: str, values: dict[str, Any],
                                                           words: str) -> None:
    a = ap.create_appointment(london, day="2026-12-03", at="10:30", place="Clinic")
    args: dict[str, Any] = {"appointment_id": a, "pickup_time": "09:30"}
    args.update(values)
    with pytest.raises(ValidationError) as caught:
        ap.create_ride(london, **args)
    assert caught.value.field == field
    assert words in caught.value.message
    assert count(london, m.Ride) == 0


def test_standalone_ride_needs_a_day_time_and_destination(london: Any) -> None:
    with pytest.raises(ValidationError) as caught:
        ap.create_ride(london, pickup_day="2026-12-01", pickup_time="14:00")
    assert caught.value.field == "destination"
    with pytest.raises(ValidationError) as caught:
        ap.create_ride(london, pickup_time="14:00", destination="Pharmacy")
    assert caught.value.field == "pickup_date"
    r = ap.create_ride(london, pickup_day="2026-12-01", pickup_time="14:00", destination="Pharmacy")
    assert [x.id for x in ap.standalone_rides(london, NOW)] == [r]
    assert ap.standalone_rides(london, NOW, day=date(2026, 12, 2)) == []
    assert ap.marked_days(london, date(2026, 12, 1), date(2026, 12, 1)) == {date(2026, 12, 1): ap.DayMarks(0, 1)}


def test_update_ride_and_quick_status_change(london: Any, people: dict[str, int]) -> None:
    a = ap.create_appointment(london, day="2026-12-03", at="10:30", place="Clinic")
    r = ap.create_ride(london, appointment_id=a, pickup_time="09:30")
    ap.update_ride(london, r, appointment_id=a, pickup_day=None, pickup_time="09:15", pickup_address="Home",
                   destination="Clinic main entrance", driver_id=people["driver"], return_time="", status="asked",
                   notes="")
    ride = ap.get_ride(london, r)
    assert (ride.driver, ride.status, ride.destination) == ("David Hale", "asked", "Clinic main entrance")
    assert ride.pickup_at == datetime(2026, 12, 3, 9, 15, tzinfo=UTC)
    for status in ("confirmed", "done", "cancelled", "needed"):
        ap.set_ride_status(london, r, status)
        assert ap.get_ride(london, r).status == status
    with pytest.raises(ValidationError) as caught:
        ap.set_ride_status(london, r, "Confirmed!")
    assert caught.value.field == "status"
    assert ap.get_ride(london, r).status == "needed"
    with pytest.raises(NotFound):
        ap.set_ride_status(london, 999, "done")


def test_rides_of_a_trashed_appointment_hide_with_it_and_come_back(london: Any) -> None:
    a = ap.create_appointment(london, day="2026-12-03", at="10:30", place="Clinic")
    r = ap.create_ride(london, appointment_id=a, pickup_time="09:30")
    trash.delete(london, "appointment", a)
    assert ap.list_rides(london) == []
    assert ap.marked_days(london, date(2026, 12, 1), date(2026, 12, 31)) == {}
    trash.restore(london, "appointment", a)
    assert [x.id for x in ap.list_rides(london)] == [r]


def test_a_cancelled_ride_is_not_the_ride_there(london: Any) -> None:
    a = ap.create_appointment(london, day="2026-12-03", at="10:30", place="Clinic")
    r = ap.create_ride(london, appointment_id=a, pickup_time="09:30")
    ap.set_ride_status(london, r, "cancelled")
    assert ap.get_appointment(london, a).ride_status == ""


# ---------------------------------------------------------------------------------------------- outcome


def test_record_outcome_answers_questions_in_one_go(london: Any) -> None:
    a = ap.create_appointment(london, day="2026-11-20", at="10:00", purpose="Review")
    q1 = qs.create_question(london, text="Change treatment?", priority="high", appointment_id=a)
    q2 = qs.create_question(london, text="Oxygen for walking?", appointment_id=a)
    q3 = qs.create_question(london, text="Support group?")  # not planned: answered here, it is filed here
    seen = changes(london)
    ap.record_outcome(london, a, "  Stable. Continue pirfenidone.  ",
                      {q1: "No change for now.", q2: "", q3: "Ask the ILD nurse."})
    assert ap.get_appointment(london, a).outcome == "Stable. Continue pirfenidone."
    got = {q.id: q for q in qs.list_questions(london)}
    assert (got[q1].status, got[q1].answer) == ("answered", "No change for now.")
    assert (got[q2].status, got[q2].answer) == ("open", "")
    assert (got[q3].status, got[q3].appointment_id) == ("answered", a)
    assert seen[-1].areas == frozenset({"appointments", "questions"})
    # Clearing an answer later leaves the question asked.
    ap.record_outcome(london, a, "Stable.", {q1: ""})
    assert qs.get_question(london, q1).status == "asked"


def test_record_outcome_is_all_or_nothing(london: Any) -> None:
    a = ap.create_appointment(london, day="2026-11-20", at="10:00")
    q1 = qs.create_question(london, text="First?", appointment_id=a)
    q2 = qs.create_question(london, text="Second?", appointment_id=a)
    with pytest.raises(ValidationError) as caught:
        ap.record_outcome(london, a, "Decided things", {q1: "Fine", q2: "z" * 20_001})
    assert caught.value.field == f"answer:{q2}"
    assert ap.get_appointment(london, a).outcome == ""
    assert qs.get_question(london, q1).status == "open"
    with pytest.raises(ValidationError) as caught:
        ap.record_outcome(london, a, "Decided", {9999: "?"})
    assert caught.value.field == "answer:9999"
    with pytest.raises(ValidationError) as caught:
        ap.record_outcome(london, a, "\ud800", {})
    assert caught.value.field == "outcome"
    with pytest.raises(NotFound):
        ap.record_outcome(london, 777, "x", {})


def test_appointment_questions_open_first_high_first(london: Any) -> None:
    a = ap.create_appointment(london, day="2026-12-03", at="10:30")
    low = qs.create_question(london, text="Low one", priority="low", appointment_id=a)
    answered = qs.create_question(london, text="Done one", priority="high", appointment_id=a)
    qs.answer_question(london, answered, "Yes")
    high = qs.create_question(london, text="High one", priority="high", appointment_id=a)
    assert [q.id for q in qs.appointment_questions(london, a)] == [high, low, answered]
