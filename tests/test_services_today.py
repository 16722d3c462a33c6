"""The day's plan (services.today) and adherence (services.adherence), in process."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from careorganiser.services import adherence, today
from careorganiser.store import models as m
from conftest import DEMO_NOW


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


# These documents describe medications the app has followed for years (as an export from a profile in use
# says): without "added_at" an import starts them at the moment of the import (test_true_records.py).
FOLLOWED_SINCE = "2020-01-01T00:00:00+00:00"


def followed(medications: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"added_at": FOLLOWED_SINCE, **med} for med in medications]


def document(medications: list[dict[str, Any]], timezone: str | None = "Europe/London", **lists: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {"format": "careorganiser", "version": 1, "person": {"name": "Test Person"},
                           "medications": followed(medications)}
    if timezone:
        doc["timezone"] = timezone
    doc.update(lists)
    return doc


def medication(uid: str, name: str, schedules: list[dict[str, Any]], **fields: Any) -> dict[str, Any]:
    return {"id": uid, "name": name, "dose": "1 tablet", "units_per_dose": 1, "schedules": schedules, **fields}


def load(profile: Any, doc: dict[str, Any]) -> Any:
    from careorganiser.services import profiles as svc

    svc.import_into(profile, doc)
    return profile


def states(plan: today.DayPlan) -> list[tuple[str, str, str]]:
    return [(d.medication_uid, d.scheduled_for.isoformat(), d.status) for d in plan.doses]


# ---- the demo -------------------------------------------------------------------------------------------

def test_demo_day_at_demo_now(demo_profile: Any) -> None:
    plan = today.day_plan(demo_profile, DEMO_NOW)
    assert plan.day == date(2026, 11, 21)
    assert plan.zone.key == "Europe/London"
    scheduled = [(d.name, d.scheduled_for) for d in plan.doses if d.scheduled]
    assert scheduled == [
        ("Omeprazole", utc(2026, 11, 21, 7, 30)),
        ("Pirfenidone", utc(2026, 11, 21, 8)),
        ("Pirfenidone", utc(2026, 11, 21, 13)),
        ("Pirfenidone", utc(2026, 11, 21, 19)),
    ]  # Saturday: no vitamin D; prednisolone stopped two months ago
    by_time = {d.scheduled_for: d.status for d in plan.doses if d.scheduled}
    assert by_time[utc(2026, 11, 21, 7, 30)] in ("taken", "skipped", "missed")
    assert by_time[utc(2026, 11, 21, 8)] in ("taken", "skipped", "missed")
    assert by_time[utc(2026, 11, 21, 13)] == "upcoming"
    assert [s.name for s in plan.low_stock] == ["Omeprazole"]
    low = plan.low_stock[0]
    assert low.stock == 5 and low.refill_at == 7 and low.days_of_supply == pytest.approx(5.0)
    doc = plan.to_json()
    assert doc["at"] == "2026-11-21T10:00:00+00:00"
    assert set(doc) == {"at", "doses", "appointments", "rides", "low_stock"}
    assert all(set(d) == {"medication", "name", "scheduled_for", "status"} for d in doc["doses"])
    assert doc["doses"][0]["medication"] == "m2"


@pytest.mark.parametrize(("at", "expected"), [
    (utc(2026, 11, 21, 12, 59), "upcoming"),
    (utc(2026, 11, 21, 13, 0), "due"),
    (utc(2026, 11, 21, 13, 59), "due"),
    (utc(2026, 11, 21, 14, 0), "missed"),
])
def test_demo_lunchtime_dose_through_its_window(demo_profile: Any, at: datetime, expected: str) -> None:
    plan = today.day_plan(demo_profile, at)
    lunch = [d for d in plan.doses if d.scheduled_for == utc(2026, 11, 21, 13)]
    assert [d.status for d in lunch] == [expected]


def test_reminder_window_setting_changes_due_and_missed(demo_profile: Any) -> None:
    with demo_profile.session_factory.begin() as s:
        s.merge(m.Setting(key="reminder_window_minutes", value=15))
    plan = today.day_plan(demo_profile, utc(2026, 11, 21, 13, 20))
    assert [d.status for d in plan.doses if d.scheduled_for == utc(2026, 11, 21, 13)] == ["missed"]
    with demo_profile.session_factory.begin() as s:
        s.merge(m.Setting(key="reminder_window_minutes", value="nonsense"))
    plan = today.day_plan(demo_profile, utc(2026, 11, 21, 13, 20))
    assert [d.status for d in plan.doses if d.scheduled_for == utc(2026, 11, 21, 13)] == ["due"]


def test_demo_appointment_day_lists_appointment_and_ride(demo_profile: Any) -> None:
    plan = today.day_plan(demo_profile, utc(2026, 12, 3, 8))
    assert [a.uid for a in plan.appointments] == ["a5"]
    assert plan.appointments[0].ride_status == "confirmed"
    assert [r.uid for r in plan.rides] == ["r3"]
    assert plan.rides[0].driver == "David Hale"
    doc = plan.to_json()
    assert doc["appointments"][0]["starts_at"] == "2026-12-03T10:30:00+00:00"
    assert doc["rides"][0]["pickup_at"] == "2026-12-03T09:30:00+00:00"
    assert doc["rides"][0]["appointment"] == "a5"


def test_next_appointments_and_unsettled_ride(demo_profile: Any) -> None:
    coming = today.next_appointments(demo_profile, DEMO_NOW)
    assert [a.uid for a in coming] == ["a5", "a6"]
    assert coming[1].ride is not None and coming[1].ride.unsettled


# ---- as needed, unscheduled and stopped ------------------------------------------------------------------

def test_as_needed_doses_taken_that_day_are_listed(profile: Any) -> None:
    load(profile, document([
        medication("m1", "Salbutamol", [{"kind": "as_needed", "min_gap_hours": 4, "max_per_day": 4}]),
    ], dose_events=[
        {"medication": "m1", "scheduled_for": "2026-11-20T23:30:00+00:00", "status": "taken",
         "taken_at": "2026-11-20T23:30:00+00:00"},
        {"medication": "m1", "scheduled_for": "2026-11-21T10:40:00+00:00", "status": "taken",
         "taken_at": "2026-11-21T10:40:00+00:00"},
    ]))
    plan = today.day_plan(profile, utc(2026, 11, 21, 12))
    assert [(d.scheduled_for, d.status, d.scheduled) for d in plan.doses] == [
        (utc(2026, 11, 21, 10, 40), "taken", False)]


def test_stopped_and_trashed_medications(profile: Any) -> None:
    load(profile, document([
        medication("m1", "Stopped", [{"kind": "times", "times": ["08:00"]}], start_date="2026-01-01",
                   stop_date="2026-11-20", stop_reason="done", stock=1, refill_at=5),
        medication("m2", "Trashed", [{"kind": "times", "times": ["09:00"]}]),
        medication("m3", "Current", [{"kind": "times", "times": ["10:00"]}], stock=3, refill_at=5),
    ]))
    with profile.session_factory.begin() as s:
        med = s.scalars(select(m.Medication).where(m.Medication.uid == "m2")).one()
        med.deleted_at = utc(2026, 11, 1)
    plan = today.day_plan(profile, utc(2026, 11, 21, 12))
    assert [d.name for d in plan.doses] == ["Current"]
    assert [s.name for s in plan.low_stock] == ["Current"]
    assert plan.low_stock[0].days_of_supply == pytest.approx(3.0)
    # The day before the stop still had its dose.
    assert [d.name for d in today.day_plan(profile, utc(2026, 11, 20, 12)).doses] == ["Stopped", "Current"]


# ---- daylight saving -------------------------------------------------------------------------------------

DST_SCHEDULES = [{"kind": "times", "times": ["01:30", "02:30", "08:00"]}]


@pytest.mark.parametrize(("zone", "day", "expected"), [
    # London springs forward at 01:00 GMT: 01:30 does not exist, so that dose is at 02:00 BST (01:00 UTC).
    ("Europe/London", date(2026, 3, 29), [utc(2026, 3, 29, 1), utc(2026, 3, 29, 1, 30), utc(2026, 3, 29, 7)]),
    # London falls back at 02:00 BST: 01:30 happens twice, the dose once, at the first (00:30 UTC).
    ("Europe/London", date(2026, 10, 25), [utc(2026, 10, 25, 0, 30), utc(2026, 10, 25, 2, 30),
                                           utc(2026, 10, 25, 8)]),
    # New York springs forward at 02:00 EST: 02:30 does not exist, so 03:00 EDT (07:00 UTC).
    ("America/New_York", date(2026, 3, 8), [utc(2026, 3, 8, 6, 30), utc(2026, 3, 8, 7), utc(2026, 3, 8, 12)]),
    # New York falls back at 02:00 EDT: 01:30 EDT first (05:30 UTC); then EST.
    ("America/New_York", date(2026, 11, 1), [utc(2026, 11, 1, 5, 30), utc(2026, 11, 1, 7, 30),
                                             utc(2026, 11, 1, 13)]),
])
def test_every_dose_once_on_daylight_saving_days(profile: Any, zone: str, day: date,
                                                  expected: list[datetime]) -> None:
    from zoneinfo import ZoneInfo

    load(profile, document([medication("m1", "Twice", DST_SCHEDULES)], timezone=zone))
    tz = ZoneInfo(zone)
    seen: list[datetime] = []
    for offset in (-1, 0, 1):
        noon = datetime.combine(day + timedelta(days=offset), datetime.min.time().replace(hour=12), tzinfo=tz)
        plan = today.day_plan(profile, noon)
        assert plan.day == day + timedelta(days=offset)
        seen.extend(d.scheduled_for for d in plan.doses)
        if offset == 0:
            assert [d.scheduled_for for d in plan.doses] == expected
    assert len(seen) == len(set(seen)) == 9


# ---- adherence -------------------------------------------------------------------------------------------

def test_adherence_for_period(profile: Any) -> None:
    load(profile, document([
        medication("m1", "Three a day", [{"kind": "times", "times": ["08:00", "13:00", "19:00"]}],
                   start_date="2026-11-01"),
        medication("m2", "As needed", [{"kind": "as_needed", "min_gap_hours": 4}]),
    ], dose_events=[
        {"medication": "m1", "scheduled_for": "2026-11-20T08:00:00+00:00", "status": "taken",
         "taken_at": "2026-11-20T08:05:00+00:00"},
        {"medication": "m1", "scheduled_for": "2026-11-20T13:00:00+00:00", "status": "skipped"},
        {"medication": "m1", "scheduled_for": "2026-11-21T08:00:00+00:00", "status": "taken",
         "taken_at": "2026-11-21T08:05:00+00:00"},
        {"medication": "m2", "scheduled_for": "2026-11-20T10:00:00+00:00", "status": "taken",
         "taken_at": "2026-11-20T10:00:00+00:00"},
    ]))
    report = adherence.adherence_for_period(profile, utc(2026, 11, 20), utc(2026, 11, 22), utc(2026, 11, 21, 13, 30))
    # Decided: 20th 08:00 taken, 13:00 skipped, 19:00 missed; 21st 08:00 taken. 13:00 on the 21st is still due.
    assert (report.overall.scheduled, report.overall.taken, report.overall.skipped, report.overall.missed) == (4, 2, 1, 1)
    assert [item.name for item in report.medications] == ["Three a day"]
    item = report.for_medication(report.medications[0].medication_id)
    assert item is not None and item.ratio == pytest.approx(0.5)
    assert adherence.AdherenceReport.percent(report.overall) == "50%"
    empty = adherence.adherence_for_period(profile, utc(2026, 1, 1), utc(2026, 1, 2), utc(2026, 11, 21))
    assert empty.overall.scheduled == 0 and empty.medications == []
    assert adherence.AdherenceReport.percent(empty.overall) == ""


def test_today_overview_reads_the_screen_in_one_go(demo_profile: Any) -> None:
    from careorganiser.services import reminders
    from careorganiser.services.overview import today_overview

    lunch = utc(2026, 11, 21, 13, 5)
    overview = today_overview(demo_profile, lunch)
    assert overview.plan == today.day_plan(demo_profile, lunch)
    assert [d.scheduled_for for d in overview.due] == [utc(2026, 11, 21, 13)]
    assert overview.due == reminders.due_doses(demo_profile, lunch)
    assert [i.name for i in overview.as_needed] == ["Salbutamol"]
    assert overview.missed_while_closed == []
    assert [a.uid for a in overview.appointments] == ["a5", "a6"]
    # open, for a5 or for no appointment (q8), high first
    assert [q.uid for q in overview.questions] == ["q1", "q2", "q3", "q4", "q8"]
