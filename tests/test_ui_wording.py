"""What the Medications and Appointments pages say, tested without a widget: the wording modules take the
snapshots the services return (built here from an EMPTY profile) and give text and rich text."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from careorganiser.domain.schedules import Schedule
from careorganiser.services import appointments, contacts
from careorganiser.services import medications as meds
from careorganiser.services.appointments import DayMarks
from careorganiser.ui.appointments import wording as aw
from careorganiser.ui.appointments.wording import AgendaGroup
from careorganiser.ui.medications import wording as mw

LONDON = ZoneInfo("Europe/London")
NOW = datetime(2026, 11, 21, 10, 0, tzinfo=UTC)  # Saturday 21 Nov 2026, 10:00 in London
TODAY = date(2026, 11, 21)


@pytest.fixture(autouse=True)
def london(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Europe/London")


# ---- medications ---------------------------------------------------------------------------------------

def test_details_of_a_medication_with_days_of_supply_and_low_stock(profile) -> None:
    prescriber = contacts.create_contact(profile, "Dr <Mehta> & Co", "pulmonologist").id
    med_id = meds.create_medication(profile, meds.MedicationInput(
        name="Pirfenidone", strength="267 mg", form="capsule", dose="3 capsules", purpose="slows <scarring>",
        stock="60", units_per_dose="3", stock_unit="capsules", refill_at="63", prescriber_id=prescriber,
        start_date=date(2026, 11, 1)), [Schedule.times_a_day("08:00", "13:00", "19:00")])
    row = meds.get_medication(profile, med_id)
    assert mw.name_and_strength(row) == "Pirfenidone 267 mg"
    assert mw.stock_text(row) == "60 capsules"
    assert mw.when_text(row) == "3 times a day at 08:00, 13:00, 19:00"
    assert mw.stock_tooltip(row) == "Running low"
    # 60 capsules, 3 a dose, 3 doses a day: 9 a day, 6 whole days.
    assert mw.stock_line(row, LONDON, TODAY) == (
        "60 capsules, about 6 days&#x27; supply \u2014 <b>running low: refill when down to 63</b>")
    lines = dict(mw.detail_lines(row, LONDON, TODAY))
    assert list(lines) == ["For", "When", "Prescribed by", "Started", "Stock"]
    assert lines["For"] == "slows &lt;scarring&gt;"
    assert lines["Prescribed by"] == "Dr &lt;Mehta&gt; &amp; Co"
    assert lines["Started"] == "1 Nov 2026"
    html = mw.details_html(row, LONDON, TODAY)
    assert html.startswith("<h3>Pirfenidone</h3><p>267 mg \u00b7 capsule \u00b7 3 capsules</p><table")
    assert "<Mehta>" not in html


def test_details_of_a_stopped_medication_and_one_with_no_schedule(profile) -> None:
    med_id = meds.create_medication(profile, meds.MedicationInput(name="Prednisolone", stock="20",
                                                                  units_per_dose="1", start_date=date(2026, 11, 1)), [])
    row = meds.get_medication(profile, med_id)
    assert mw.when_text(row) == "no schedule"
    assert mw.stock_text(row) == "20"
    assert mw.stock_line(row, LONDON, TODAY) == "20 units"  # no schedule: the days cannot be known
    assert dict(mw.detail_lines(row, LONDON, TODAY))["When"] == "No schedule: choose Edit to say when it is taken."
    meds.stop_medication(profile, med_id, date(2026, 11, 20), "rash")
    stopped = meds.get_medication(profile, med_id)
    assert mw.stopped_on_text(stopped) == "20 Nov 2026"
    assert dict(mw.detail_lines(stopped, LONDON, TODAY))["Stopped"] == "<b>20 Nov 2026 \u2014 rash</b>"
    assert "Prednisolone" in mw.restart_question(stopped) and "20 Nov 2026" in mw.restart_question(stopped)
    assert mw.delete_question(stopped).startswith("Delete Prednisolone?")
    assert mw.heading_html("A & B") == "<h2>A &amp; B</h2>"


# ---- appointments ---------------------------------------------------------------------------------------

def test_agenda_words_from_an_empty_profile(profile) -> None:
    clinician = contacts.create_contact(profile, "Dr Mehta", "pulmonologist").id
    driver = contacts.create_contact(profile, "Tom", "son").id
    soon = appointments.create_appointment(profile, day=TODAY + timedelta(days=1), at="09:30", clinician_id=clinician,
                                           place="Royal Brompton", purpose="ILD review")
    later = appointments.create_appointment(profile, day=TODAY + timedelta(days=9), at="14:00")
    today = appointments.create_appointment(profile, day=TODAY, at="16:00", place="GP")
    past = appointments.create_appointment(profile, day=TODAY - timedelta(days=3), at="11:00", purpose="Bloods")
    appointments.create_ride(profile, appointment_id=soon, pickup_time="08:30", driver_id=driver, status="asked")
    plan = appointments.agenda(profile, NOW)
    by_id = {a.id: a for a in plan.rows}
    assert [a.id for a in plan.coming] == [today, soon, later] and [a.id for a in plan.past] == [past]

    assert aw.when_text(by_id[soon], True, NOW, LONDON) == "Sun 22 Nov 2026\n09:30 \u00b7 tomorrow"
    assert aw.when_text(by_id[today], True, NOW, LONDON) == "Sat 21 Nov 2026\n16:00 \u00b7 today"
    assert aw.when_text(by_id[later], True, NOW, LONDON) == "Mon 30 Nov 2026\n14:00 \u00b7 in 9 days"
    assert aw.when_text(by_id[past], False, NOW, LONDON) == "Wed 18 Nov 2026\n11:00"
    assert aw.when_text(by_id[today], True, NOW + timedelta(hours=6, minutes=5), LONDON).endswith("\u00b7 now")
    assert aw.what_text(by_id[soon]) == "ILD review\nRoyal Brompton, with Dr Mehta"
    assert aw.what_text(by_id[later]) == "(no details)"

    assert aw.ride_alert(by_id[soon], True) and not aw.ride_alert(by_id[soon], False)
    assert aw.ride_text(by_id[soon], True) == "\u26a0 Asked Tom, not confirmed"
    assert aw.ride_text(by_id[soon], False) == "Asked Tom, not confirmed"
    assert aw.ride_tooltip(by_id[soon], True) == "Someone was asked to drive but has not confirmed yet."
    assert aw.ride_text(by_id[later], True) == "No ride planned"

    assert aw.group_title(AgendaGroup.COMING, 3) == "Coming (3)"
    assert aw.group_title(AgendaGroup.PAST, 1) == "Past (1)"
    ordered = sorted(plan.coming, key=lambda a: aw.agenda_order(AgendaGroup.COMING, a))
    assert [a.id for a in ordered] == [today, soon, later]
    assert AgendaGroup.COMING == "coming" and AgendaGroup.PAST == "past"


def test_filter_month_span_marks_and_questions(qapp) -> None:  # qapp: the English plural forms
    assert aw.filter_text(None) == "Showing all dates."
    assert aw.filter_text(TODAY) == "Showing Sat 21 Nov 2026 only."
    assert aw.empty_text(TODAY).startswith("No appointments on Sat 21 Nov 2026.")
    assert aw.month_span(2026, 12) == (date(2026, 11, 24), date(2027, 1, 15))
    assert aw.month_span(2026, 2) == (date(2026, 1, 25), date(2026, 3, 15))
    assert aw.marks_tooltip(DayMarks(appointments=2, rides=1)) == "2 appointments, 1 ride"
    assert aw.marks_tooltip(DayMarks(appointments=0, rides=3)) == "3 rides"
    text = aw.delete_question("Sun 22 Nov 2026 09:30", True, False)
    assert text == "Delete the appointment on Sun 22 Nov 2026 09:30? Its rides go with it. You can undo this."


def test_the_day_filter_is_the_local_day(profile) -> None:
    late = appointments.create_appointment(profile, day=date(2026, 6, 30), at="23:30")  # 22:30 UTC, BST
    row = appointments.get_appointment(profile, late)
    assert aw.shown_on(row, None, LONDON)
    assert aw.shown_on(row, date(2026, 6, 30), LONDON)
    assert not aw.shown_on(row, date(2026, 7, 1), LONDON)
    assert aw.shown_on(row, date(2026, 7, 1), ZoneInfo("Europe/Warsaw"))  # 00:30 there


def test_a_new_rides_pickup_is_an_hour_before_on_a_five_minute_mark() -> None:
    assert aw.default_pickup(datetime(2026, 11, 22, 9, 30, tzinfo=UTC)) == datetime(2026, 11, 22, 8, 30, tzinfo=UTC)
    assert aw.default_pickup(datetime(2026, 11, 22, 9, 47, 31, 5, tzinfo=UTC)) == datetime(2026, 11, 22, 8, 45,
                                                                                            tzinfo=UTC)
    # Across midnight and the start of a day: the day before, rounded down.
    assert aw.default_pickup(datetime(2026, 11, 22, 0, 14, tzinfo=UTC)) == datetime(2026, 11, 21, 23, 10, tzinfo=UTC)
