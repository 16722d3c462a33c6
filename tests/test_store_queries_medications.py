"""The one read path for medications and dose events (store/queries/medications.py), built from an empty
profile through the services: Today, the reminders, adherence and the pack read the same snapshots."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from careorganiser.domain.schedules import Schedule
from careorganiser.services import adherence, contacts, doses, packs, reminders, today, trash
from careorganiser.services.medications import MedicationInput, create_medication
from careorganiser.services.profiles import set_time_zone
from careorganiser.store.queries import medications as mq

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)  # London is on UTC in winter


@pytest.fixture
def london(profile: Any) -> Any:
    set_time_zone(profile, "Europe/London")
    return profile


def twice_a_day() -> Schedule:
    return Schedule.from_interchange({"kind": "times", "times": ["08:00", "20:00"], "weekdays": None,
                                      "from": None, "until": None})


def test_an_empty_profile_reads_as_nothing(london: Any) -> None:
    conn = london.read()
    assert mq.medications(conn) == [] and mq.medication(conn, 1) is None
    assert mq.dose_events(conn) == []
    assert mq.dose_events(conn, medication_ids=[]) == [] and mq.dose_events(conn, statuses=[]) == []
    assert today.load_medication_facts(conn).facts == []
    assert adherence.adherence_for_period(london, NOW - timedelta(days=7), NOW, NOW).medications == []


def test_a_medication_and_its_doses_read_the_same_for_every_reader(london: Any) -> None:
    doctor = contacts.create_contact(london, "Dr Okafor").id
    med = create_medication(london, MedicationInput(
        name="Pirfenidone", strength="267 mg", form="capsule", dose="3 capsules", prescriber_id=doctor,
        start_date=date(2026, 11, 20), stock=90, stock_unit="capsules", refill_at=30, units_per_dose=3),
        [twice_a_day()], now=datetime(2026, 11, 20, 6, 0, tzinfo=UTC))
    monday_morning = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)
    doses.record_dose(london, med, monday_morning, "taken", taken_at=monday_morning + timedelta(minutes=5),
                      amount="2 capsules")
    doses.record_dose(london, med, monday_morning + timedelta(hours=12), "skipped", note="felt sick")

    found = mq.medication(london.read(), med)
    assert found is not None and mq.medications(london.read()) == [found]
    assert (found.name, found.prescriber, found.start_date, found.stock, found.units_per_dose) == (
        "Pirfenidone", "Dr Okafor", date(2026, 11, 20), 87.0, 3.0)  # one dose taken: 3 units fewer
    assert found.schedules == (twice_a_day(),) and found.schedule_kinds == ("times",)
    assert found.scheduled_from == datetime(2026, 11, 20, 6, 0, tzinfo=UTC)
    assert found.taken_on(date(2026, 11, 20)) and not found.taken_on(date(2026, 11, 19))
    fact = found.fact()
    assert today.load_medication_facts(london.read()).facts == [fact]

    events = mq.dose_events(london.read(), start=monday_morning, end=monday_morning + timedelta(days=1))
    assert [(e.status, e.amount, e.note) for e in events] == [("taken", "2 capsules", ""), ("skipped", "", "felt sick")]
    assert events[0].taken_at == monday_morning + timedelta(minutes=5) and events[0].taken_at.tzinfo is UTC
    assert [e.status for e in mq.dose_events(london.read(), statuses=["skipped"])] == ["skipped"]
    assert [e.amount for e in mq.dose_events(london.read(), with_amount=True)] == ["2 capsules"]
    assert [e.status for e in mq.dose_events(london.read(), newest_first=True, limit=1)] == ["skipped"]
    assert mq.dose_events(london.read(), end=monday_morning) == []

    # Today's plan, adherence and the pack count the same two decided doses of Monday.
    monday = today.day_plan(london, monday_morning + timedelta(hours=13))
    assert [d.status for d in monday.doses] == ["taken", "skipped"]
    report = adherence.adherence_for_period(london, monday_morning, monday_morning + timedelta(days=1), NOW)
    assert (report.overall.taken, report.overall.skipped) == (1, 1)
    pack = packs.gather_pack(london, None, NOW)
    assert pack.adherence is not None
    assert [(line.name, line.taken, line.skipped) for line in pack.adherence.medications] == [("Pirfenidone", 1, 1)]
    assert [lapse.note for lapse in pack.adherence.lapses if lapse.status == "skipped"] == ["felt sick"]
    assert pack.medications[0].prescriber == "Dr Okafor"


def test_a_medication_in_the_trash_and_its_doses_are_left_out(london: Any) -> None:
    med = create_medication(london, MedicationInput(name="Omeprazole", dose="1 capsule"), [twice_a_day()],
                            now=datetime(2026, 11, 1, tzinfo=UTC))
    when = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)
    reminders.take(london, med, when)
    assert len(mq.dose_events(london.read())) == 1
    trash.delete(london, "medication", med)
    assert mq.medications(london.read()) == [] and mq.medication(london.read(), med) is None
    assert mq.dose_events(london.read()) == []
    with pytest.raises(Exception, match="no longer exists"):
        reminders.as_needed_status(london, med, NOW)


def test_a_schedule_the_domain_refuses_is_left_out_but_its_kind_is_kept(london: Any) -> None:
    from careorganiser.store import models as m

    med = create_medication(london, MedicationInput(name="Study medicine"), [twice_a_day()],
                            now=datetime(2026, 11, 1, tzinfo=UTC))
    with london.session_factory.begin() as s:
        s.add(m.Schedule(medication_id=med, position=1, kind="every_hours", hours=None))  # no interval: refused
    found = mq.medication(london.read(), med)
    assert found is not None
    assert found.schedules == (twice_a_day(),) and found.schedule_kinds == ("times", "every_hours")
    assert [(r.position, type(r.error).__name__) for r in found.refused_schedules] == [(1, "ScheduleError")]
    # The list shows every stored schedule in its place: the refused one by its kind.
    assert found.schedule_text == "Twice a day at 08:00, 20:00; every hours"


def test_a_refused_schedule_keeps_its_place_in_the_words(london: Any) -> None:
    from careorganiser.store import models as m

    med = create_medication(london, MedicationInput(name="Study medicine"), [twice_a_day()],
                            now=datetime(2026, 11, 1, tzinfo=UTC))
    with london.session_factory.begin() as s:
        s.add(m.Schedule(medication_id=med, position=-1, kind="every_hours", hours=None))  # first, and refused
    found = mq.medication(london.read(), med)
    assert found is not None and found.schedule_text == "every hours; Twice a day at 08:00, 20:00"


def test_the_dose_history_pages_the_same_with_many_medications_named(london: Any) -> None:
    """A page of the history is the same page whether a few medications are named or more than one statement
    takes (the ids are then read in chunks and merged)."""
    first = create_medication(london, MedicationInput(name="Pirfenidone"), [twice_a_day()], now=NOW)
    second = create_medication(london, MedicationInput(name="Omeprazole"), [twice_a_day()], now=NOW)
    for day in range(6):
        for med in (first, second):
            doses.record_dose(london, med, NOW + timedelta(days=day), "taken" if day % 2 else "missed")
    every = mq.dose_events(london.read(), newest_first=True)
    assert len(every) == 12 and every[0].scheduled_for == NOW + timedelta(days=5)
    assert [e.medication_id for e in every[:2]] == sorted((first, second), reverse=True)  # the same time: by medication
    many = [first, second, *range(10_000, 10_700)]  # 702 ids: two chunks
    for offset, limit in ((0, 5), (5, 5), (10, 5), (3, None)):
        page = every[offset:] if limit is None else every[offset:offset + limit]
        assert mq.dose_events(london.read(), newest_first=True, limit=limit, offset=offset) == page
        assert mq.dose_events(london.read(), medication_ids=many, newest_first=True, limit=limit,
                              offset=offset) == page
    assert mq.count_dose_events(london.read()) == 12 and mq.count_dose_events(london.read(), first) == 6
    one = every[0]
    assert mq.dose_event(london.read(), one.id) == one == mq.dose_event_at(london.read(), one.medication_id,
                                                                           one.scheduled_for)
    assert one.recorded_at is not None and one.taken and not every[2].taken
    assert mq.dose_event(london.read(), 999) is None and mq.dose_event(london.read(), True) is None  # type: ignore[arg-type]
