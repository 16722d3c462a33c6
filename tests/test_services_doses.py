"""Dose events: record (upsert), correct, delete, stock following taken doses, paged history."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from careorganiser.services import doses, medications as meds
from careorganiser.services.base import NotFound, ValidationError, bus_of
from careorganiser.store import models as m

SLOT = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)


def add_med(profile, stock="30", units="3", dose="3 capsules") -> int:
    return meds.create_medication(profile, meds.MedicationInput(
        name="Pirfenidone", dose=dose, stock=stock, units_per_dose=units, stock_unit="capsules"))


def stock(profile, med_id) -> float | None:
    return meds.get_medication(profile, med_id).stock


def event_count(profile) -> int:
    with profile.session_factory() as s:
        return len(s.scalars(select(m.DoseEvent)).all())


def test_taken_lowers_stock_and_skipped_gives_it_back(profile):
    med_id = add_med(profile)
    seen: list = []
    bus_of(profile).subscribe(seen.append)
    event_id = doses.record_dose(profile, med_id, SLOT, "taken", taken_at=SLOT + timedelta(minutes=10))
    assert stock(profile, med_id) == 27
    assert seen[-1].ids("dose_events") == {event_id}
    assert seen[-1].ids("medications") == {med_id}  # its stock went down
    row = doses.get_dose_event(profile, event_id)
    assert (row.status, row.taken_at, row.amount) == ("taken", SLOT + timedelta(minutes=10), "3 capsules")

    # Recording the same slot again is the same event, and the stock does not drop twice.
    assert doses.record_dose(profile, med_id, SLOT, "taken", taken_at=SLOT) == event_id
    assert stock(profile, med_id) == 27
    assert doses.record_dose(profile, med_id, SLOT, "skipped", note="Felt sick") == event_id
    assert stock(profile, med_id) == 30
    row = doses.get_dose_event(profile, event_id)
    assert (row.status, row.taken_at, row.note) == ("skipped", None, "Felt sick")
    assert event_count(profile) == 1


def test_stock_never_below_zero_and_uncounted_stock_left_alone(profile):
    med_id = add_med(profile, stock="2")
    doses.record_dose(profile, med_id, SLOT, "taken")
    assert stock(profile, med_id) == 0
    uncounted = add_med(profile, stock="")
    doses.record_dose(profile, uncounted, SLOT, "taken")
    assert stock(profile, uncounted) is None


def test_update_status_time_note_and_amount(profile):
    med_id = add_med(profile)
    event_id = doses.record_dose(profile, med_id, SLOT, "missed")
    assert stock(profile, med_id) == 30
    row = doses.update_dose_event(profile, event_id, status="taken", taken_at=SLOT + timedelta(minutes=45),
                                  note="Late: at the clinic")
    assert (row.status, row.taken_at, row.note, row.amount) == (
        "taken", SLOT + timedelta(minutes=45), "Late: at the clinic", "3 capsules")
    assert stock(profile, med_id) == 27
    row = doses.update_dose_event(profile, event_id, amount="2 capsules")
    assert (row.amount, row.note, row.taken_at) == ("2 capsules", "Late: at the clinic", SLOT + timedelta(minutes=45))
    row = doses.update_dose_event(profile, event_id, status="skipped")
    assert (row.status, row.taken_at) == ("skipped", None)
    assert stock(profile, med_id) == 30


def test_delete_gives_units_back(profile):
    med_id = add_med(profile)
    event_id = doses.record_dose(profile, med_id, SLOT, "taken")
    assert stock(profile, med_id) == 27
    removed = doses.delete_dose_event(profile, event_id)
    assert removed.id == event_id and stock(profile, med_id) == 30
    assert event_count(profile) == 0
    with pytest.raises(NotFound):
        doses.delete_dose_event(profile, event_id)
    skipped = doses.record_dose(profile, med_id, SLOT, "skipped")
    doses.delete_dose_event(profile, skipped)
    assert stock(profile, med_id) == 30


@pytest.mark.parametrize(("kwargs", "field"), [
    ({"status": "eaten"}, "status"),
    ({"status": "TAKEN"}, "status"),
    ({"scheduled_for": datetime(2026, 11, 20, 8, 0)}, "scheduled_for"),
    ({"scheduled_for": None}, "scheduled_for"),
    ({"scheduled_for": "2026-11-20T08:00"}, "scheduled_for"),
    ({"scheduled_for": datetime(1200, 1, 1, tzinfo=UTC)}, "scheduled_for"),
    ({"taken_at": datetime(2026, 11, 20, 8, 0)}, "taken_at"),
    ({"status": "skipped", "taken_at": SLOT}, "taken_at"),
    ({"note": "n" * 5000}, "note"),
    ({"amount": "a" * 500}, "amount"),
])
def test_bad_input_names_the_field_and_stores_nothing(profile, kwargs, field):
    med_id = add_med(profile)
    args = {"scheduled_for": SLOT, "status": "taken"} | kwargs
    with pytest.raises(ValidationError) as info:
        doses.record_dose(profile, med_id, **args)
    assert info.value.field == field
    assert event_count(profile) == 0 and stock(profile, med_id) == 30


def test_update_validation_changes_nothing(profile):
    med_id = add_med(profile)
    event_id = doses.record_dose(profile, med_id, SLOT, "taken", taken_at=SLOT, note="ok")
    for kwargs, field in (({"status": "lost"}, "status"), ({"taken_at": datetime(2026, 1, 1)}, "taken_at"),
                          ({"status": "missed", "taken_at": SLOT}, "taken_at"), ({"note": "x" * 5000}, "note")):
        with pytest.raises(ValidationError) as info:
            doses.update_dose_event(profile, event_id, **kwargs)
        assert info.value.field == field
    row = doses.get_dose_event(profile, event_id)
    assert (row.status, row.taken_at, row.note) == ("taken", SLOT, "ok")
    assert stock(profile, med_id) == 27


def test_missing_medication_or_event(profile):
    with pytest.raises(NotFound):
        doses.record_dose(profile, 404, SLOT, "taken")
    with pytest.raises(NotFound):
        doses.update_dose_event(profile, 404, note="x")


def test_slot_in_another_zone_is_the_same_dose(profile):
    med_id = add_med(profile)
    first = doses.record_dose(profile, med_id, SLOT, "taken")
    again = doses.record_dose(profile, med_id, SLOT.astimezone(ZoneInfo("America/New_York")), "taken")
    assert first == again and stock(profile, med_id) == 27


def test_history_is_newest_first_paged_and_counted(profile):
    med_id = add_med(profile, stock="")
    other = add_med(profile, stock="")
    for i in range(25):
        doses.record_dose(profile, med_id, SLOT + timedelta(hours=i), "taken" if i % 3 else "skipped")
    doses.record_dose(profile, other, SLOT, "missed")
    assert doses.count_dose_history(profile, med_id) == 25
    assert doses.count_dose_history(profile) == 26
    first = doses.dose_history(profile, med_id, 0, 10)
    second = doses.dose_history(profile, med_id, 10, 10)
    last = doses.dose_history(profile, med_id, 20, 10)
    times = [r.scheduled_for for r in first + second + last]
    assert len(times) == 25 and times == sorted(times, reverse=True)
    assert first[0].scheduled_for == SLOT + timedelta(hours=24)
    assert {r.medication_id for r in first + second + last} == {med_id}
    assert len(doses.dose_history(profile, None, 0, 100)) == 26
    with pytest.raises(ValueError):
        doses.dose_history(profile, med_id, -1, 10)


def test_events_between(profile):
    med_id = add_med(profile, stock="")
    for i in range(5):
        doses.record_dose(profile, med_id, SLOT + timedelta(days=i), "taken")
    rows = doses.dose_events_between(profile, SLOT + timedelta(days=1), SLOT + timedelta(days=3))
    assert [r.scheduled_for for r in rows] == [SLOT + timedelta(days=1), SLOT + timedelta(days=2)]


def test_demo_history(demo_profile):
    pirfenidone = next(r for r in meds.list_medications(demo_profile) if r.name == "Pirfenidone")
    total = doses.count_dose_history(demo_profile, pirfenidone.id)
    assert total > 100
    page = doses.dose_history(demo_profile, pirfenidone.id, 0, 50)
    assert len(page) == 50 and page[0].scheduled_for > page[-1].scheduled_for


def test_a_mark_remembers_what_it_replaced_and_undo_puts_it_back(profile):
    med_id = add_med(profile)
    first = doses.mark_dose(profile, med_id, SLOT, "taken", taken_at=SLOT)
    assert first.before is None and stock(profile, med_id) == 27
    assert doses.undo_mark(profile, first) is None
    assert doses.event_for_slot(profile, med_id, SLOT) is None and stock(profile, med_id) == 30

    missed = doses.record_dose(profile, med_id, SLOT, "missed", note="asleep")
    second = doses.mark_dose(profile, med_id, SLOT, "skipped", note="Ran out")
    assert second.before is not None and second.before.status == "missed"
    assert doses.event_for_slot(profile, med_id, SLOT).note == "Ran out"
    restored = doses.undo_mark(profile, second)
    assert (restored.id, restored.status, restored.note) == (missed, "missed", "asleep")
    assert stock(profile, med_id) == 30

    # Undoing a mark whose record was removed since (in the history) changes nothing and does not fail.
    third = doses.mark_dose(profile, med_id, SLOT + timedelta(hours=5), "taken", taken_at=SLOT + timedelta(hours=5))
    doses.delete_dose_event(profile, third.event_id)
    assert doses.undo_mark(profile, third) is None and stock(profile, med_id) == 30
