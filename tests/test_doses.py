"""Dose states, missed-while-closed, as-needed checks, supply and adherence."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from careorganiser.domain.clock import day_bounds, day_start
from careorganiser.domain.doses import (
    AdherenceResult,
    DoseEventFact,
    DoseSlot,
    MedicationFact,
    SlotStatus,
    adherence,
    as_needed_check,
    day_doses,
    days_of_supply,
    doses_between,
    doses_per_day,
    due_now,
    medication_days_of_supply,
    medication_occurrences,
    missed_between,
)
from careorganiser.domain.schedules import Schedule

LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")
DAY = date(2026, 11, 20)  # a Friday, GMT in London


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def three_a_day(**fields: object) -> MedicationFact:
    return MedicationFact(id="m1", name="Pirfenidone",
                          schedules=[Schedule(kind="times", times=("08:00", "13:00", "19:00"))], **fields)


def taken(scheduled_for: datetime, medication_id: str = "m1", at: datetime | None = None) -> DoseEventFact:
    return DoseEventFact(medication_id, scheduled_for, "taken", at or scheduled_for + timedelta(minutes=5))


def statuses(slots: list[DoseSlot]) -> list[tuple[str, str]]:
    return [(slot.scheduled_for.astimezone(LONDON).strftime("%H:%M"), slot.status.value) for slot in slots]


# ---- day_doses ---------------------------------------------------------------------------------------

def test_states_through_a_day() -> None:
    medication = three_a_day()
    events = [taken(utc(2026, 11, 20, 8))]
    at = {
        utc(2026, 11, 20, 7): [("08:00", "taken"), ("13:00", "upcoming"), ("19:00", "upcoming")],
        utc(2026, 11, 20, 12, 59, 59): [("08:00", "taken"), ("13:00", "upcoming"), ("19:00", "upcoming")],
        utc(2026, 11, 20, 13): [("08:00", "taken"), ("13:00", "due"), ("19:00", "upcoming")],
        utc(2026, 11, 20, 13, 59, 59): [("08:00", "taken"), ("13:00", "due"), ("19:00", "upcoming")],
        utc(2026, 11, 20, 14): [("08:00", "taken"), ("13:00", "missed"), ("19:00", "upcoming")],
        utc(2026, 11, 21, 9): [("08:00", "taken"), ("13:00", "missed"), ("19:00", "missed")],
    }
    for now, expected in at.items():
        assert statuses(day_doses([medication], events, DAY, LONDON, now)) == expected, now


def test_a_dose_without_event_is_missed_and_due_before_it_is_upcoming() -> None:
    medication = three_a_day()
    slots = day_doses([medication], [], DAY, LONDON, utc(2026, 11, 20, 8, 30))
    assert [slot.status for slot in slots] == [SlotStatus.DUE, SlotStatus.UPCOMING, SlotStatus.UPCOMING]
    assert slots[0] == DoseSlot("m1", "Pirfenidone", utc(2026, 11, 20, 8), SlotStatus.DUE)


def test_recorded_states_and_the_window() -> None:
    medication = three_a_day()
    events = [
        DoseEventFact("m1", utc(2026, 11, 20, 8), "skipped"),
        DoseEventFact("m1", utc(2026, 11, 20, 13), "missed"),
        DoseEventFact("m1", datetime(2026, 11, 20, 20, 0, tzinfo=ZoneInfo("Europe/Paris")), "taken",
                      utc(2026, 11, 20, 19, 2)),
    ]
    slots = day_doses([medication], events, DAY, LONDON, utc(2026, 11, 20, 13, 10))
    assert statuses(slots) == [("08:00", "skipped"), ("13:00", "missed"), ("19:00", "taken")]
    assert slots[2].taken_at == utc(2026, 11, 20, 19, 2)
    narrow = day_doses([medication], [], DAY, LONDON, utc(2026, 11, 20, 13, 30), window=timedelta(minutes=20))
    assert statuses(narrow)[1] == ("13:00", "missed")


def test_a_decision_beats_a_recorded_miss() -> None:
    medication = three_a_day()
    dose = utc(2026, 11, 20, 8)
    for events in ([DoseEventFact("m1", dose, "missed"), taken(dose)],
                   [taken(dose), DoseEventFact("m1", dose, "missed")]):
        slots = day_doses([medication], events, DAY, LONDON, utc(2026, 11, 21))
        assert slots[0].status == SlotStatus.TAKEN


def test_unknown_event_status_is_refused() -> None:
    with pytest.raises(ValueError):
        day_doses([three_a_day()], [DoseEventFact("m1", utc(2026, 11, 20, 8), "eaten")], DAY, LONDON,
                  utc(2026, 11, 21))


def test_naive_now_is_refused() -> None:
    with pytest.raises(ValueError):
        day_doses([three_a_day()], [], DAY, LONDON, datetime(2026, 11, 20, 12))


def test_start_and_stop_dates_are_inclusive_local_dates() -> None:
    medication = three_a_day(start_date=date(2026, 11, 20), stop_date=date(2026, 11, 21))
    now = utc(2026, 11, 30)
    assert day_doses([medication], [], date(2026, 11, 19), LONDON, now) == []
    assert len(day_doses([medication], [], date(2026, 11, 20), LONDON, now)) == 3
    assert len(day_doses([medication], [], date(2026, 11, 21), LONDON, now)) == 3
    assert day_doses([medication], [], date(2026, 11, 22), LONDON, now) == []


def test_stop_date_is_the_local_date() -> None:
    # 23:30 in New York on the stop date is already the next day in UTC: still a dose.
    medication = MedicationFact("m1", "Late", [Schedule(kind="times", times=("23:30",))],
                                stop_date=date(2026, 11, 20))
    slots = day_doses([medication], [], date(2026, 11, 20), NEW_YORK, utc(2026, 11, 20))
    assert [slot.scheduled_for for slot in slots] == [utc(2026, 11, 21, 4, 30)]
    assert day_doses([medication], [], date(2026, 11, 21), NEW_YORK, utc(2026, 11, 20)) == []


def test_several_medications_are_sorted_by_time_then_name() -> None:
    morning = MedicationFact("m2", "aspirin", [Schedule(kind="times", times=("08:00",))])
    slots = day_doses([three_a_day(), morning], [], DAY, LONDON, utc(2026, 11, 20))
    assert [(slot.medication_id, slot.scheduled_for.hour) for slot in slots] == [
        ("m2", 8), ("m1", 8), ("m1", 13), ("m1", 19)]


def test_two_schedules_asking_for_the_same_instant_make_one_dose() -> None:
    medication = MedicationFact("m1", "Twice", [
        Schedule(kind="times", times=("08:00", "20:00")),
        Schedule(kind="every_hours", hours=12, start_at=datetime(2026, 11, 1, 8, 0)),
    ])
    assert len(day_doses([medication], [], DAY, LONDON, utc(2026, 11, 20))) == 2


def test_as_needed_doses_taken_show_as_unscheduled() -> None:
    prn = MedicationFact("m3", "Paracetamol", [Schedule(kind="as_needed", min_gap_hours=4, max_per_day=4)])
    events = [taken(utc(2026, 11, 20, 14, 10), "m3", utc(2026, 11, 20, 14, 10)),
              taken(utc(2026, 11, 21, 9), "m3"),  # another day
              taken(utc(2026, 11, 20, 15), "gone")]  # a medication not given
    slots = day_doses([prn], events, DAY, LONDON, utc(2026, 11, 20, 16))
    assert slots == [DoseSlot("m3", "Paracetamol", utc(2026, 11, 20, 14, 10), SlotStatus.TAKEN,
                              utc(2026, 11, 20, 14, 10), scheduled=False)]
    assert day_doses([prn], events, DAY, LONDON, utc(2026, 11, 20, 16), include_unscheduled=False) == []


def test_a_dose_recorded_under_an_old_schedule_is_still_shown() -> None:
    medication = three_a_day()
    events = [taken(utc(2026, 11, 20, 7, 30))]
    slots = day_doses([medication], events, DAY, LONDON, utc(2026, 11, 20, 8, 10))
    assert [(s.scheduled_for.strftime("%H:%M"), s.status.value, s.scheduled) for s in slots] == [
        ("07:30", "taken", False), ("08:00", "due", True), ("13:00", "upcoming", True), ("19:00", "upcoming", True)]


@pytest.mark.parametrize(
    ("zone", "day", "expected"),
    [
        (LONDON, date(2026, 3, 29), ["02:00 BST", "02:30 BST", "08:00 BST"]),
        (LONDON, date(2026, 10, 25), ["01:30 BST", "02:30 GMT", "08:00 GMT"]),
        (NEW_YORK, date(2026, 3, 8), ["01:30 EST", "03:00 EDT", "08:00 EDT"]),
        (NEW_YORK, date(2026, 11, 1), ["01:30 EDT", "02:30 EST", "08:00 EST"]),
    ],
)
def test_daylight_saving_days_have_each_dose_once(zone: ZoneInfo, day: date, expected: list[str]) -> None:
    medication = MedicationFact("m1", "Night", [Schedule(kind="times", times=("01:30", "02:30", "08:00"))])
    start, end = day_bounds(day, zone)
    slots = day_doses([medication], [], day, zone, start + timedelta(hours=3))
    assert [s.scheduled_for.astimezone(zone).strftime("%H:%M %Z") for s in slots] == expected
    assert len({s.scheduled_for for s in slots}) == len(slots)
    # The doses before now are settled by the clock, the rest still to come.
    assert [s.status.value for s in slots][-1] == "upcoming"
    # The days around it give every dose too, and no day shares one.
    before = day_doses([medication], [], day - timedelta(days=1), zone, start)
    after = day_doses([medication], [], day + timedelta(days=1), zone, start)
    assert len(before) == len(after) == 3
    assert not {s.scheduled_for for s in slots} & {s.scheduled_for for s in before + after}


def test_every_hours_on_the_fall_back_day() -> None:
    medication = MedicationFact("m1", "Six-hourly", [Schedule(kind="every_hours", hours=6,
                                                              start_at=datetime(2026, 10, 1, 0, 0))])
    slots = day_doses([medication], [], date(2026, 10, 25), LONDON, utc(2026, 10, 1))
    # 25 hours long: anchored at 00:00 BST (23:00 UTC), the day holds 23:00, 05:00, 11:00, 17:00 UTC
    # and 23:00 UTC again, which is 23:00 GMT the same local day.
    assert [s.scheduled_for.astimezone(LONDON).strftime("%H:%M %Z") for s in slots] == [
        "00:00 BST", "05:00 GMT", "11:00 GMT", "17:00 GMT", "23:00 GMT"]


# ---- due now and missed while closed ----------------------------------------------------------------

def test_due_now_crosses_midnight() -> None:
    medication = MedicationFact("m1", "Late", [Schedule(kind="times", times=("23:50",))])
    slots = due_now([medication], [], utc(2026, 11, 21, 0, 20), LONDON)
    assert [(s.scheduled_for, s.status) for s in slots] == [(utc(2026, 11, 20, 23, 50), SlotStatus.DUE)]
    assert due_now([medication], [taken(utc(2026, 11, 20, 23, 50))], utc(2026, 11, 21, 0, 20), LONDON) == []
    assert due_now([medication], [], utc(2026, 11, 21, 0, 50), LONDON) == []
    assert len(due_now([medication], [], utc(2026, 11, 20, 23, 50), LONDON)) == 1


def test_missed_while_closed() -> None:
    medication = three_a_day()
    closed, opened = utc(2026, 11, 20, 8, 30), utc(2026, 11, 21, 8, 20)
    events = [DoseEventFact("m1", utc(2026, 11, 20, 19), "skipped")]
    missed = missed_between([medication], events, closed, opened, LONDON)
    # 08:00 was due when the app closed and ran out while closed; 19:00 was answered; 08:00 on the
    # 21st is still due (that is due_now's).
    assert [(s.scheduled_for, s.status) for s in missed] == [
        (utc(2026, 11, 20, 8), SlotStatus.MISSED), (utc(2026, 11, 20, 13), SlotStatus.MISSED)]
    assert [s.scheduled_for for s in due_now([medication], events, opened, LONDON)] == [utc(2026, 11, 21, 8)]


def test_missed_while_closed_leaves_out_doses_dealt_with_before() -> None:
    medication = three_a_day()
    events = [DoseEventFact("m1", utc(2026, 11, 20, 13), "missed")]
    missed = missed_between([medication], events, utc(2026, 11, 20, 9), utc(2026, 11, 20, 19, 30), LONDON)
    assert missed == []
    # A window that ran out before the app closed was seen while it was running.
    assert missed_between([medication], [], utc(2026, 11, 20, 9, 0, 0), utc(2026, 11, 20, 10), LONDON) == []
    assert missed_between([medication], [], utc(2026, 11, 20, 10), utc(2026, 11, 20, 9), LONDON) == []


def test_missed_while_closed_over_a_daylight_saving_night() -> None:
    medication = MedicationFact("m1", "Night", [Schedule(kind="times", times=("01:30",))])
    missed = missed_between([medication], [], utc(2026, 10, 24, 22), utc(2026, 10, 25, 9), LONDON)
    assert [s.scheduled_for for s in missed] == [utc(2026, 10, 25, 0, 30)]
    missed = missed_between([medication], [], utc(2026, 3, 28, 22), utc(2026, 3, 29, 9), LONDON)
    assert [s.scheduled_for for s in missed] == [utc(2026, 3, 29, 1, 0)]


# ---- as needed -------------------------------------------------------------------------------------

PRN = Schedule(kind="as_needed", min_gap_hours=4, max_per_day=4)


def test_as_needed_first_dose_is_allowed() -> None:
    verdict = as_needed_check(PRN, [], utc(2026, 11, 20, 10), LONDON)
    assert verdict.allowed and verdict.reason == ""
    assert verdict.next_allowed_at == utc(2026, 11, 20, 10)


def test_as_needed_minimum_gap() -> None:
    verdict = as_needed_check(PRN, [utc(2026, 11, 20, 10)], utc(2026, 11, 20, 12), LONDON)
    assert not verdict.allowed
    assert verdict.next_allowed_at == utc(2026, 11, 20, 14)
    assert "10:00" in verdict.reason and "14:00" in verdict.reason and "4 hours" in verdict.reason
    assert as_needed_check(PRN, [utc(2026, 11, 20, 10)], utc(2026, 11, 20, 14), LONDON).allowed


def test_as_needed_gap_is_shown_in_local_time() -> None:
    verdict = as_needed_check(PRN, [utc(2026, 7, 20, 10)], utc(2026, 7, 20, 12), LONDON)
    assert "11:00" in verdict.reason and "15:00" in verdict.reason


def test_as_needed_daily_maximum_in_the_local_day() -> None:
    # Four doses on 20 Nov in New York, the last two after midnight UTC.
    doses = [utc(2026, 11, 20, 12), utc(2026, 11, 20, 18), utc(2026, 11, 21, 0), utc(2026, 11, 21, 2)]
    no_gap = Schedule(kind="as_needed", max_per_day=4)
    verdict = as_needed_check(no_gap, doses, utc(2026, 11, 21, 4), NEW_YORK)  # 23:00 on the 20th
    assert not verdict.allowed
    assert verdict.next_allowed_at == utc(2026, 11, 21, 5)  # local midnight
    assert "4" in verdict.reason
    assert as_needed_check(no_gap, doses, utc(2026, 11, 21, 5), NEW_YORK).allowed
    # In London the same doses fall on two days, so the maximum is not reached.
    assert as_needed_check(no_gap, doses, utc(2026, 11, 21, 4), LONDON).allowed


def test_as_needed_gap_and_maximum_together() -> None:
    doses = [utc(2026, 11, 20, 6), utc(2026, 11, 20, 10), utc(2026, 11, 20, 14), utc(2026, 11, 20, 22)]
    verdict = as_needed_check(PRN, doses, utc(2026, 11, 20, 23), LONDON)
    assert not verdict.allowed
    # The gap alone would allow 02:00, which is on the next day and within its maximum.
    assert verdict.next_allowed_at == utc(2026, 11, 21, 2)
    verdict = as_needed_check(PRN, doses[:3] + [utc(2026, 11, 20, 18)], utc(2026, 11, 20, 22, 30), LONDON)
    assert verdict.next_allowed_at == utc(2026, 11, 21, 0)
    assert "Already 4 today" in verdict.reason


def test_as_needed_without_limits_and_with_a_window() -> None:
    assert as_needed_check(Schedule(kind="as_needed"), [utc(2026, 1, 1, 9, 59)], utc(2026, 1, 1, 10), LONDON).allowed
    later = Schedule(kind="as_needed", from_date=date(2026, 12, 1), until_date=date(2026, 12, 14))
    before = as_needed_check(later, [], utc(2026, 11, 20), LONDON)
    assert not before.allowed and before.next_allowed_at == utc(2026, 12, 1) and "1 Dec 2026" in before.reason
    after = as_needed_check(later, [], utc(2026, 12, 15, 9), LONDON)
    assert not after.allowed and after.next_allowed_at is None and "14 Dec 2026" in after.reason
    assert as_needed_check(later, [], utc(2026, 12, 14, 23, 59), LONDON).allowed


def test_as_needed_check_defaults_to_the_local_zone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "America/New_York")
    doses = [utc(2026, 11, 21, 2)]
    verdict = as_needed_check(Schedule(kind="as_needed", max_per_day=1), doses, utc(2026, 11, 21, 4))
    assert verdict.next_allowed_at == utc(2026, 11, 21, 5)


def test_as_needed_check_needs_an_as_needed_schedule() -> None:
    with pytest.raises(ValueError):
        as_needed_check(Schedule(kind="times", times=("08:00",)), [], utc(2026, 1, 1), LONDON)


# ---- supply ------------------------------------------------------------------------------------------

def test_days_of_supply() -> None:
    assert days_of_supply(270, 3, 3) == 30
    assert days_of_supply(10, 1, 4) == 2.5
    assert days_of_supply(-5, 1, 1) == 0
    assert days_of_supply(None, 3, 3) is None
    assert days_of_supply(270, None, 3) is None
    assert days_of_supply(270, 3, 0) is None
    assert days_of_supply(270, 0, 3) is None


@pytest.mark.parametrize(
    ("schedules", "per_day"),
    [
        ([Schedule(kind="times", times=("08:00", "13:00", "19:00"))], 3),
        ([Schedule(kind="times", times=("08:00",), weekdays=("mon", "wed", "fri"))], 12 / 28),
        ([Schedule(kind="every_n_days", every=2, times=("09:00",), start_on=date(2026, 11, 1))], 0.5),
        ([Schedule(kind="every_hours", hours=6, start_at=datetime(2026, 10, 31, 6, 0))], 4),
        ([Schedule(kind="every_hours", hours=6, start_at=datetime(2026, 11, 1, 6, 0))], 111 / 28),
        ([Schedule(kind="as_needed", min_gap_hours=4, max_per_day=4)], 0),
        ([Schedule(kind="times", times=("08:00",), until_date=date(2026, 11, 7))], 7 / 28),
        ([Schedule(kind="times", times=("08:00",)), Schedule(kind="times", times=("08:00", "20:00"))], 2),
    ],
)
def test_doses_per_day_averages_the_next_four_weeks(schedules: list[Schedule], per_day: float) -> None:
    assert doses_per_day(schedules, LONDON, date(2026, 11, 1)) == pytest.approx(per_day)


def test_doses_per_day_over_a_daylight_saving_change() -> None:
    # The 28 local days from 12 Oct hold 673 hours (one 25-hour day): 113 six-hourly doses.
    schedule = Schedule(kind="every_hours", hours=6, start_at=datetime(2026, 10, 1, 6, 0))
    assert doses_per_day([schedule], LONDON, date(2026, 10, 12)) == pytest.approx(113 / 28)
    assert doses_per_day([Schedule(kind="times", times=("01:30",))], LONDON, date(2026, 3, 15)) == 1


def test_medication_days_of_supply() -> None:
    medication = three_a_day(stock=270, units_per_dose=3, refill_at=63)
    assert medication_days_of_supply(medication, LONDON, date(2026, 11, 1)) == 30
    assert not medication.needs_refill
    assert three_a_day(stock=60, refill_at=63).needs_refill
    prn = MedicationFact("m3", "Paracetamol", [PRN], stock=32, units_per_dose=2)
    assert medication_days_of_supply(prn, LONDON, date(2026, 11, 1)) is None


# ---- adherence -------------------------------------------------------------------------------------

def test_adherence_counts_decided_doses_before_now() -> None:
    pirfenidone = three_a_day()
    weekly = MedicationFact("m2", "Weekly", [Schedule(kind="times", times=("09:00",), weekdays=("fri",))])
    prn = MedicationFact("m3", "Paracetamol", [PRN])
    events = [
        taken(utc(2026, 11, 19, 8)), taken(utc(2026, 11, 19, 13)),  # 19:00 on the 19th: no event -> missed
        DoseEventFact("m1", utc(2026, 11, 20, 8), "skipped"),
        DoseEventFact("m1", utc(2026, 11, 20, 13), "missed"),
        taken(utc(2026, 11, 20, 19)),  # taken early, but scheduled after now: not counted yet
        taken(utc(2026, 11, 20, 9), "m2"),
        taken(utc(2026, 11, 20, 10), "m3"),  # as needed: never counted
    ]
    now = utc(2026, 11, 20, 14)
    report = adherence([pirfenidone, weekly, prn], events, utc(2026, 11, 19), utc(2026, 11, 21), LONDON, now)
    assert report.by_medication["m1"] == AdherenceResult(scheduled=5, taken=2, skipped=1, missed=2)
    assert report.by_medication["m1"].ratio == pytest.approx(0.4)
    assert report.by_medication["m2"] == AdherenceResult(scheduled=1, taken=1)
    assert report.by_medication["m2"].ratio == 1
    assert report.by_medication["m3"] == AdherenceResult()
    assert report.by_medication["m3"].ratio is None
    assert report.overall == AdherenceResult(scheduled=6, taken=3, skipped=1, missed=2)
    assert report.overall.ratio == pytest.approx(0.5)


def test_adherence_leaves_out_a_dose_still_inside_its_window() -> None:
    report = adherence([three_a_day()], [], utc(2026, 11, 20), utc(2026, 11, 21), LONDON, utc(2026, 11, 20, 13, 30))
    assert report.overall == AdherenceResult(scheduled=1, missed=1)
    report = adherence([three_a_day()], [taken(utc(2026, 11, 20, 13))], utc(2026, 11, 20), utc(2026, 11, 21),
                       LONDON, utc(2026, 11, 20, 13, 30))
    assert report.overall == AdherenceResult(scheduled=2, taken=1, missed=1)


def test_adherence_respects_start_and_stop_dates_and_empty_periods() -> None:
    medication = three_a_day(start_date=date(2026, 11, 20), stop_date=date(2026, 11, 20))
    report = adherence([medication], [], utc(2026, 11, 1), utc(2026, 12, 1), LONDON, utc(2026, 12, 1))
    assert report.overall == AdherenceResult(scheduled=3, missed=3)
    future = adherence([medication], [], utc(2027, 1, 1), utc(2027, 2, 1), LONDON, utc(2026, 12, 1))
    assert future.overall == AdherenceResult() and future.overall.ratio is None


# ---- properties ------------------------------------------------------------------------------------

ZONES = ["UTC", "Europe/London", "America/New_York", "Australia/Lord_Howe", "Pacific/Apia", "Asia/Kolkata"]
clock_text = st.builds(lambda h, m: f"{h:02d}:{m:02d}", st.one_of(st.integers(0, 23), st.sampled_from([1, 2])),
                       st.sampled_from([0, 15, 30, 45]))


@settings(max_examples=100, deadline=None)
@given(zone_name=st.sampled_from(ZONES),
       first=st.one_of(st.dates(date(2000, 1, 1), date(2040, 12, 31)),
                       st.sampled_from([date(2026, 3, 28), date(2026, 10, 24), date(2026, 3, 7),
                                        date(2026, 10, 31), date(2026, 4, 4), date(2026, 10, 3),
                                        date(2011, 12, 28), date(2026, 9, 26)])),
       day_count=st.integers(1, 4),
       clock=st.lists(clock_text, min_size=1, max_size=4, unique=True),
       hours=st.sampled_from([2, 5, 6, 7.5, 8, 12]),
       now_offset_minutes=st.integers(-1440, 6 * 1440))
def test_property_days_partition_the_doses(zone_name: str, first: date, day_count: int, clock: list[str],
                                           hours: float, now_offset_minutes: int) -> None:
    """Consecutive days together show every dose exactly once, each with the state its time implies."""
    zone = ZoneInfo(zone_name)
    medications = [
        MedicationFact("a", "Clock", [Schedule(kind="times", times=tuple(clock))]),
        MedicationFact("b", "Interval", [Schedule(kind="every_hours", hours=hours,
                                                  start_at=datetime(first.year, first.month, first.day, 1, 30))]),
    ]
    start = day_start(first, zone)
    end = day_start(first + timedelta(days=day_count), zone)
    now = start + timedelta(minutes=now_offset_minutes)
    by_day = [slot for offset in range(day_count)
              for slot in day_doses(medications, [], first + timedelta(days=offset), zone, now)]
    whole = doses_between(medications, [], start, end, zone, now)
    assert sorted(by_day, key=lambda s: (s.scheduled_for, s.medication_id)) == \
        sorted(whole, key=lambda s: (s.scheduled_for, s.medication_id))
    keys = [(slot.medication_id, slot.scheduled_for) for slot in by_day]
    assert len(keys) == len(set(keys))
    for medication in medications:
        assert sorted(s.scheduled_for for s in by_day if s.medication_id == medication.id) == \
            medication_occurrences(medication, start, end, zone)
    for slot in by_day:
        if now < slot.scheduled_for:
            assert slot.status == SlotStatus.UPCOMING
        elif now < slot.scheduled_for + timedelta(hours=1):
            assert slot.status == SlotStatus.DUE
        else:
            assert slot.status == SlotStatus.MISSED
