"""Planned medication changes in the appointment pack: a medicine that starts after today, and a course
that stops on a set day after today. Built from an empty profile through the services."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import pack_samples as samples
import pytest

from careorganiser.domain.schedules import Schedule
from careorganiser.pack.model import PackOptions
from careorganiser.services import appointments, packs, person
from careorganiser.services.medications import (
    MedicationInput,
    create_medication,
    stop_medication,
)

NOW = datetime(2026, 12, 3, 11, 0, tzinfo=UTC)  # Thursday 3 December, late morning in Europe/London


def text_of(pdf: bytes) -> str:
    return samples.flat("\n".join(samples.page_texts(pdf)))


def twice_a_day() -> list[Schedule]:
    return [Schedule.from_interchange({"kind": "times", "times": ["08:00", "20:00"]})]


@pytest.fixture
def planned(profile: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    """An empty profile with: a medicine to start on 15 Dec, a course to take from 12 to 18 Dec, a course taken
    now that ends on 20 Dec, one taken now with no end, one stopped last week, and an appointment on 10 Dec."""
    monkeypatch.setenv("TZ", "Europe/London")
    person.update_person(profile, "Ada Lowe", date(1950, 3, 2), "female", today=NOW.date())
    create_medication(profile, MedicationInput(name="Methotrexate", strength="2.5 mg", dose="4 tablets",
                                               purpose="Arthritis", start_date=date(2026, 12, 15)),
                      [Schedule.from_interchange({"kind": "times", "times": ["09:00"]})], now=NOW)
    course = create_medication(profile, MedicationInput(name="Doxycycline", dose="100 mg", purpose="Chest infection",
                                                        start_date=date(2026, 11, 26)),
                               twice_a_day(), now=NOW - timedelta(days=7))
    stop_medication(profile, course, date(2026, 12, 20), "End of the course", now=NOW)
    create_medication(profile, MedicationInput(name="Omeprazole", dose="20 mg", start_date=date(2026, 10, 1)),
                      twice_a_day(), now=NOW - timedelta(days=63))
    gone = create_medication(profile, MedicationInput(name="Amoxicillin", dose="500 mg", start_date=date(2026, 11, 1)),
                             twice_a_day(), now=NOW - timedelta(days=32))
    stop_medication(profile, gone, date(2026, 11, 25), "Rash", now=NOW - timedelta(days=8))
    short = create_medication(profile, MedicationInput(name="Prednisolone", dose="30 mg",
                                                       start_date=date(2026, 12, 12)), twice_a_day(), now=NOW)
    stop_medication(profile, short, date(2026, 12, 18), "Five-day course", now=NOW)  # a planned course
    appointments.create_appointment(profile, day=date(2026, 12, 10), at=time(10, 30), purpose="Rheumatology review")
    return profile


def test_gather_lists_the_planned_start_and_the_planned_stop(planned: Any) -> None:
    appointment = packs.next_appointment_id(planned, NOW)
    assert appointment is not None
    data = packs.gather_pack(planned, appointment, NOW)
    assert [med.name for med in data.medications] == ["Doxycycline", "Omeprazole"]  # taken now
    assert [(med.name, med.since, med.until, med.dose) for med in data.planned] == [  # soonest first
        ("Prednisolone", date(2026, 12, 12), date(2026, 12, 18), "30 mg"),
        ("Methotrexate", date(2026, 12, 15), None, "4 tablets")]
    assert data.planned[1].strength == "2.5 mg" and "9:00" in data.planned[1].schedule_text
    until = {med.name: med.until for med in data.medications}
    assert until == {"Doxycycline": date(2026, 12, 20), "Omeprazole": None}
    # the one stopped before today is a change since the last visit, not a plan
    assert "Amoxicillin" not in {med.name for med in data.planned}


def test_the_pack_shows_what_is_planned_to_start_and_to_stop(planned: Any) -> None:
    appointment = packs.next_appointment_id(planned, NOW)
    pdf = packs.build_pack(planned, appointment, PackOptions(), NOW)
    text = text_of(pdf)
    taking = text.index("Taking now")
    planned_at = text.index("Planned to start")
    assert taking < text.index("Doxycycline", taking) < planned_at
    assert "Until 20 Dec 2026" in text[taking:planned_at]  # in the course's row, before the planned table
    after = text[planned_at:]
    for expected in ("Starts", "Methotrexate", "2.5 mg", "4 tablets", "Arthritis", "15 Dec 2026",
                     "Prednisolone", "12 Dec 2026", "Until 18 Dec 2026"):
        assert expected in after, expected
    # the medicine not started yet is not listed as taken now
    assert "Methotrexate" not in text[taking:planned_at]
    # at a glance, on the first page, the planned start is named
    first_page = samples.flat(samples.page_texts(pdf)[0])
    assert "To start: Prednisolone 12 Dec 2026, Methotrexate 15 Dec 2026" in first_page


def test_the_card_lists_only_what_is_taken_now_with_the_course_end(planned: Any) -> None:
    text = text_of(packs.build_card(planned, PackOptions(), NOW))
    assert "Doxycycline" in text and "Omeprazole" in text
    # not started: the person holding the card does not take them yet
    assert "Methotrexate" not in text and "Prednisolone" not in text
    assert "Until 20 Dec 2026" in text
    assert text.count("Until ") == 1  # only the course that ends


def test_a_pack_without_plans_has_no_planned_heading(profile: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Europe/London")
    create_medication(profile, MedicationInput(name="Omeprazole", dose="20 mg", start_date=date(2026, 10, 1)),
                      twice_a_day(), now=NOW - timedelta(days=63))
    data = packs.gather_pack(profile, None, NOW)
    assert data.planned == ()
    assert [med.until for med in data.medications] == [None]
    text = text_of(packs.render_document("pack", data, PackOptions()))
    assert "Omeprazole" in text
    assert "Planned to start" not in text and "Until " not in text and "To start" not in text


def test_a_past_appointments_pack_says_what_was_planned_on_its_day(profile: Any,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """A pack for a past appointment called "planned" whatever starts after today; planned is as of the
    appointment: a start after its day, in the record by then (the review of last round)."""
    monkeypatch.setenv("TZ", "Europe/London")
    visit = appointments.create_appointment(profile, day=date(2026, 11, 20), at=time(10, 30), purpose="ILD review")
    before, after = datetime(2026, 11, 18, 9, 0, tzinfo=UTC), datetime(2026, 11, 21, 9, 0, tzinfo=UTC)
    for name, start, recorded in (
            ("Omeprazole", date(2026, 10, 1), before),  # taken on the day
            ("Nintedanib", date(2026, 11, 25), before),  # decided before, started after: planned then
            ("Prednisolone", date(2026, 11, 28), after),  # started after, recorded only after: not then
            ("Methotrexate", date(2026, 12, 15), datetime(2026, 12, 1, 9, 0, tzinfo=UTC)),  # after today, decided since
            ("Azathioprine", date(2026, 12, 20), before)):  # after today, decided before: planned then
        create_medication(profile, MedicationInput(name=name, dose="1 tablet", start_date=start), twice_a_day(),
                          now=recorded)
    data = packs.gather_pack(profile, visit, NOW)
    assert [med.name for med in data.medications] == ["Omeprazole"]
    assert [(med.name, med.since) for med in data.planned] == [
        ("Nintedanib", date(2026, 11, 25)), ("Azathioprine", date(2026, 12, 20))]
    text = text_of(packs.render_document("pack", data, PackOptions()))
    planned_at = text.index("Planned to start")
    assert "Nintedanib" in text[planned_at:] and "Azathioprine" in text[planned_at:]
    assert "Prednisolone" not in text and "Methotrexate" not in text
    first_page = samples.flat(samples.page_texts(packs.render_document("pack", data, PackOptions()))[0])
    assert "To start: Nintedanib 25 Nov 2026, Azathioprine 20 Dec 2026" in first_page
    # the same profile's pack for an appointment still to come plans from today
    coming = appointments.create_appointment(profile, day=date(2026, 12, 10), at=time(9, 0), purpose="Follow-up")
    assert [med.name for med in packs.gather_pack(profile, coming, NOW).planned] == ["Methotrexate", "Azathioprine"]
