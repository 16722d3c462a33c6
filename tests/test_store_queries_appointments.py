"""The one read path for appointments and rides (store/queries/appointments.py), built from an empty profile
through the services: every reader (the Appointments page's services, Today, the reminders, the pack, the ride
sheet and the calendar file) gets the same snapshot, and the same rules (trash, "coming", ride order)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import pytest

from careorganiser.services import appointments as ap
from careorganiser.services import contacts, packs, reminders, today, trash
from careorganiser.services.profiles import set_time_zone
from careorganiser.store.queries import appointments as aq

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)  # a Tuesday morning in London (UTC+0 in winter)


@pytest.fixture
def london(profile: Any) -> Any:
    set_time_zone(profile, "Europe/London")
    return profile


def test_an_empty_profile_reads_as_nothing(london: Any) -> None:
    conn = london.read()
    assert aq.appointments(conn) == []
    assert aq.coming_appointments(conn, NOW) == []
    assert aq.next_appointment(conn, NOW) is None
    assert aq.appointment(conn, 1) is None and aq.appointment_by_uid(conn, "a1") is None
    assert aq.rides(conn) == [] and aq.ride(conn, 1) is None
    assert aq.last_pickup_address(conn) == ""
    assert aq.rides(conn, statuses=[]) == []
    assert packs.next_appointment_id(london, NOW) is None
    assert today.next_appointments(london, NOW) == []


def test_every_reader_gets_the_same_snapshot(london: Any) -> None:
    doctor = contacts.create_contact(london, "Dr Okafor", role="pulmonologist", organisation="St Mary's",
                                     phone="01632 960 400").id
    driver = contacts.create_contact(london, "David Hale", role="son", phone="07700 900 123").id
    a = ap.create_appointment(london, day=date(2026, 12, 1), at=time(10, 30), duration_minutes=45,
                              clinician_id=doctor, place="Chest clinic", purpose="ILD review")
    r = ap.create_ride(london, appointment_id=a, pickup_time=time(9, 45), pickup_address="14 Elm Grove",
                       driver_id=driver, return_time=time(12, 0), status="asked")
    ap.create_ride(london, appointment_id=a, pickup_time=time(9, 30), status="cancelled")

    found = aq.appointment(london.read(), a)
    assert found is not None and type(found) is aq.Appointment
    assert found.starts_at == datetime(2026, 12, 1, 10, 30, tzinfo=UTC)
    assert (found.clinician, found.clinician_title, found.clinician_phone) == (
        "Dr Okafor", "pulmonologist, St Mary's", "01632 960 400")
    assert [x.status for x in found.rides] == ["cancelled", "asked"]  # in pickup order, cancelled ones too
    assert (found.ride_status, found.ride_driver, found.ride_count) == ("asked", "David Hale", 1)
    assert found.ride is not None and found.ride.id == r and found.ride.unsettled
    assert found.ride.destination == "Chest clinic"  # the appointment's place, filled in by the service
    assert found.ride.clinic_phone == "01632 960 400"

    assert ap.get_appointment(london, a) == found
    assert ap.next_appointment(london, NOW) == found
    assert today.next_appointments(london, NOW) == [found]
    assert today.day_plan(london, NOW).appointments == [found]
    assert aq.appointment_by_uid(london.read(), found.uid) == found
    with london.session_factory() as s:  # the pack reads through its session's connection: the same snapshot
        from careorganiser.pack.gather import find_appointment

        assert find_appointment(s, a) == found and find_appointment(s, found.uid) == found
    assert packs.next_appointment_id(london, NOW) == found.uid
    assert ap.get_ride(london, r) == found.ride == aq.ride(london.read(), r)
    assert ap.last_pickup_address(london) == "14 Elm Grove"


def test_an_appointment_under_way_is_still_the_next_one(london: Any) -> None:
    a = ap.create_appointment(london, day=date(2026, 12, 1), at=time(8, 30), duration_minutes=45, purpose="now")
    b = ap.create_appointment(london, day=date(2026, 12, 1), at=time(14, 0), purpose="later")
    assert [x.id for x in aq.coming_appointments(london.read(), NOW)] == [a, b]
    assert aq.next_appointment(london.read(), NOW + timedelta(minutes=14)).id == a  # type: ignore[union-attr]
    assert aq.next_appointment(london.read(), NOW + timedelta(minutes=15)).id == b  # type: ignore[union-attr]
    assert packs.next_appointment_id(london, NOW + timedelta(minutes=15)) == aq.appointment(london.read(), b).uid  # type: ignore[union-attr]
    assert aq.coming_appointments(london.read(), NOW, limit=1)[0].id == a
    assert aq.next_appointment(london.read(), datetime(2027, 1, 1, tzinfo=UTC)) is None
    agenda = ap.agenda(london, NOW + timedelta(hours=2))
    assert [x.purpose for x in agenda.coming] == ["later"] and [x.purpose for x in agenda.past] == ["now"]


def test_the_previous_appointment_with_the_same_clinician(london: Any) -> None:
    doctor = contacts.create_contact(london, "Dr Okafor").id
    other = contacts.create_contact(london, "Dr Mehta").id
    first = ap.create_appointment(london, day=date(2026, 9, 1), at=time(10, 0), clinician_id=doctor)
    ap.create_appointment(london, day=date(2026, 10, 1), at=time(10, 0), clinician_id=other)
    ap.create_appointment(london, day=date(2026, 11, 1), at=time(10, 0))
    last = ap.create_appointment(london, day=date(2026, 12, 3), at=time(10, 0), clinician_id=doctor)
    conn = london.read()
    previous = aq.previous_with_clinician(conn, aq.appointment(conn, last))  # type: ignore[arg-type]
    assert previous is not None and previous.id == first
    assert aq.previous_with_clinician(conn, aq.appointment(conn, first)) is None  # type: ignore[arg-type]
    assert [a.id for a in aq.appointments(conn, clinician_id=doctor, newest_first=True)] == [last, first]


def test_rides_of_an_appointment_in_the_trash_are_hidden_from_every_reader(london: Any) -> None:
    """Before: Today, the reminders, the ride sheet and the calendar file still showed (and announced) the rides
    of an appointment put in the trash, while the Appointments page hid them."""
    a = ap.create_appointment(london, day=date(2026, 12, 2), at=time(10, 30), purpose="ILD review",
                              place="Chest clinic")
    ap.create_ride(london, appointment_id=a, pickup_time=time(9, 45), pickup_address="14 Elm Grove", status="needed")
    alone = ap.create_ride(london, pickup_day=date(2026, 12, 2), pickup_time=time(15, 0), destination="Pharmacy")
    tomorrow_morning = datetime(2026, 12, 2, 8, 0, tzinfo=UTC)
    assert len(today.day_plan(london, tomorrow_morning).rides) == 2
    trash.delete(london, "appointment", a)

    assert [r.id for r in aq.rides(london.read())] == [alone]
    assert [r.id for r in today.day_plan(london, tomorrow_morning).rides] == [alone]
    assert [r.id for r in ap.list_rides(london)] == [alone]
    check = reminders.check_reminders(london, tomorrow_morning, starting=True)
    assert not [x for x in check.announcements if x.kind.startswith("ride") and x.record_id != alone]
    sheet = packs.gather_ride_sheet(london, None, NOW)
    assert [leg.destination for leg in sheet.rides] == ["Pharmacy"]
    calendar = packs.build_calendar(london, NOW).decode()
    assert "Chest clinic" not in calendar and "Pharmacy" in calendar

    trash.restore(london, "appointment", a)  # they come back with it
    assert len(aq.rides(london.read())) == 2


def test_filters_are_typed_and_bounded_by_instants(london: Any) -> None:
    a = ap.create_appointment(london, day=date(2026, 12, 2), at=time(10, 30))
    ap.create_ride(london, appointment_id=a, pickup_time=time(9, 45), return_time=time(13, 0), status="confirmed",
                   driver_id=contacts.create_contact(london, "David Hale").id)
    alone = ap.create_ride(london, pickup_day=date(2026, 12, 1), pickup_time=time(23, 30), destination="Home",
                           return_day=date(2026, 12, 2), return_time=time(0, 30))
    conn = london.read()
    day_start, day_end = datetime(2026, 12, 2, tzinfo=UTC), datetime(2026, 12, 3, tzinfo=UTC)
    assert [r.id for r in aq.rides(conn, standalone=True)] == [alone]
    assert len(aq.rides(conn, touching=(day_start, day_end))) == 2  # the return of the ride on its own counts
    assert len(aq.rides(conn, pickup_from=day_start, pickup_before=day_end)) == 1
    assert [r.status for r in aq.rides(conn, statuses=["confirmed"])] == ["confirmed"]
    assert [r.id for r in aq.rides(conn, appointment_ids=[a])] == [x.id for x in aq.appointment(conn, a).rides]  # type: ignore[union-attr]
    with pytest.raises(ValueError, match="naive"):
        aq.appointments(conn, starts_from=datetime(2026, 12, 2))


def test_many_appointments_read_their_rides_in_chunks(london: Any) -> None:
    from careorganiser.store import models as m

    start = datetime(2026, 1, 1, 9, tzinfo=UTC)
    with london.session_factory.begin() as s:
        for i in range(1200):
            appointment = m.Appointment(uid=f"a{i}", starts_at=start + timedelta(days=i))
            appointment.rides.append(m.Ride(uid=f"r{i}", pickup_at=start + timedelta(days=i, minutes=-30)))
            s.add(appointment)
    found = aq.appointments(london.read())
    assert len(found) == 1200
    assert all(len(a.rides) == 1 and a.rides[0].uid == "r" + a.uid[1:] for a in found)


def test_clinicians_seen_and_drivers(london: Any) -> None:
    okafor = contacts.create_contact(london, "Dr Okafor").id
    mehta = contacts.create_contact(london, "Dr Mehta").id
    lee = contacts.create_contact(london, "Dr Lee").id
    jane = contacts.create_contact(london, "Jane Hale").id
    tom = contacts.create_contact(london, "Tom Bell").id
    ap.create_appointment(london, day=date(2026, 10, 1), at=time(10, 0), clinician_id=okafor)
    ap.create_appointment(london, day=date(2026, 11, 1), at=time(10, 0), clinician_id=lee)
    ap.create_appointment(london, day=date(2027, 1, 5), at=time(10, 0), clinician_id=okafor)
    gone = ap.create_appointment(london, day=date(2026, 12, 9), at=time(10, 0), clinician_id=mehta)
    soon = ap.create_appointment(london, day=date(2026, 12, 3), at=time(10, 0))
    ap.create_ride(london, appointment_id=soon, pickup_time=time(9, 0), driver_id=jane)
    ap.create_ride(london, appointment_id=gone, pickup_time=time(9, 0), driver_id=tom)
    trash.delete(london, "appointment", gone)
    assert aq.clinicians_seen(london.read(), NOW) == [okafor, lee]  # coming first, then the most recently seen
    assert aq.driver_ids(london.read()) == {jane}  # Tom's ride is hidden with its appointment
