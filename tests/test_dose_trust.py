"""Recorded doses are never lost or re-labelled: a change of times, an undo, a stop today, a restart.

Each test builds its data from an empty profile through the services (London is UTC in December)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from careorganiser.domain.schedules import Schedule
from careorganiser.services import adherence, doses, reminders, today
from careorganiser.services import medications as meds
from careorganiser.services import profiles as svp


def T(month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=UTC)


@pytest.fixture
def gran(profile):
    svp.set_time_zone(profile, "Europe/London")
    return profile


def _pirfenidone(p) -> int:
    return meds.create_medication(p, meds.MedicationInput(
        name="Pirfenidone", dose="3 capsules", stock="270", units_per_dose="3", start_date=date(2026, 12, 3)),
        [Schedule.times_a_day("08:00", "13:00", "19:00")], now=T(12, 3, 7))


def test_a_change_of_times_keeps_the_doses_recorded_ahead_with_their_slots_and_notes(gran) -> None:
    med = _pirfenidone(gran)
    doses.mark_dose(gran, med, T(12, 3, 8), "taken", taken_at=T(12, 3, 8, 5))
    early = doses.mark_dose(gran, med, T(12, 3, 13), "taken", taken_at=T(12, 3, 12, 50))
    doses.mark_dose(gran, med, T(12, 3, 19), "skipped", note="out at a wedding, asked GP")
    before = adherence.adherence_for_period(gran, T(12, 3, 0), T(12, 5, 0), T(12, 4, 23)).overall
    meds.set_schedules(gran, med, [Schedule.times_a_day("08:00", "14:00", "20:00")], now=T(12, 3, 12, 55))

    after = adherence.adherence_for_period(gran, T(12, 3, 0), T(12, 5, 0), T(12, 4, 23)).overall
    assert (after.scheduled, after.taken, after.skipped, after.missed) == (6, 2, 1, 3) == (
        before.scheduled, before.taken, before.skipped, before.missed)
    # Today: the doses keep their slots (scheduled, not "as needed"), the note stays, the new 14:00 and 20:00
    # are not asked for again: the 13:00 and 19:00 answers stand for them.
    plan = today.day_plan(gran, T(12, 3, 13, 30))
    seen = [(d.scheduled_for.strftime("%H:%M"), d.status, d.scheduled) for d in plan.doses]
    assert seen == [("08:00", "taken", True), ("13:00", "taken", True), ("19:00", "skipped", True)]
    assert doses.event_for_slot(gran, med, T(12, 3, 19)).note == "out at a wedding, asked GP"
    assert reminders.due_doses(gran, T(12, 3, 14, 10)) == []
    # The next day follows the new times.
    plan = today.day_plan(gran, T(12, 4, 7))
    assert [d.scheduled_for.strftime("%H:%M") for d in plan.doses] == ["08:00", "14:00", "20:00"]
    # Undo of the early dose still works; the new 14:00 is then asked for again.
    doses.undo_mark(gran, early)
    assert [d.scheduled_for for d in reminders.due_doses(gran, T(12, 3, 14, 10))] == [T(12, 3, 14)]


def test_adherence_before_a_change_of_times_stays_what_it_was(gran) -> None:
    med = meds.create_medication(gran, meds.MedicationInput(name="Omeprazole", start_date=date(2026, 11, 20)),
                                 [Schedule.times_a_day("08:00")], now=T(11, 20, 7))
    for day in range(20, 31):
        doses.mark_dose(gran, med, T(11, day, 8), "taken", taken_at=T(11, day, 8, 5))
    doses.mark_dose(gran, med, T(12, 1, 8), "skipped")
    # 2 Dec: no answer, a missed dose
    span = (T(11, 20, 0), T(12, 3, 0), T(12, 3, 9))
    before = adherence.adherence_for_period(gran, *span).overall
    meds.set_schedules(gran, med, [Schedule.times_a_day("21:00")], now=T(12, 3, 9))
    meds.set_schedules(gran, med, [Schedule.times_a_day("22:00")], now=T(12, 3, 10))
    after = adherence.adherence_for_period(gran, *span).overall
    assert (after.scheduled, after.taken, after.skipped, after.missed) == (13, 11, 1, 1)
    assert after == before
    plan = today.day_plan(gran, T(11, 25, 20))
    assert [(d.scheduled_for, d.status, d.scheduled) for d in plan.doses] == [(T(11, 25, 8), "taken", True)]


def test_undo_gives_back_exactly_what_the_dose_took_from_the_stock(gran) -> None:
    med = meds.create_medication(gran, meds.MedicationInput(
        name="Pirfenidone", dose="3 capsules", stock="2", units_per_dose="3", stock_unit="capsules"),
        [Schedule.times_a_day("08:00", "13:00")], now=T(12, 3, 7))
    mark = doses.mark_dose(gran, med, T(12, 3, 8), "taken")
    assert meds.get_medication(gran, med).stock == 0  # took the 2 that were left
    doses.undo_mark(gran, mark)
    assert meds.get_medication(gran, med).stock == 2
    for _ in range(3):  # again and again: never more than there was
        doses.undo_mark(gran, doses.mark_dose(gran, med, T(12, 3, 8), "taken"))
    assert meds.get_medication(gran, med).stock == 2
    # the same through a correction and a deletion in the history
    event = doses.record_dose(gran, med, T(12, 3, 8), "taken")
    doses.update_dose_event(gran, event, status="skipped")
    assert meds.get_medication(gran, med).stock == 2
    doses.update_dose_event(gran, event, status="taken")
    assert meds.get_medication(gran, med).stock == 0
    doses.delete_dose_event(gran, event)
    assert meds.get_medication(gran, med).stock == 2
    # a dose taken while the stock was not counted gave nothing, and takes nothing back
    meds.record_refill(gran, med, "7")
    doses.mark_dose(gran, med, T(12, 3, 13), "taken")
    assert meds.get_medication(gran, med).stock == 6


def test_a_stop_today_takes_effect_now_and_keeps_the_doses_before_it(gran) -> None:
    from careorganiser.services import packs

    med = meds.create_medication(gran, meds.MedicationInput(name="Prednisolone", strength="5 mg", dose="1 tablet",
                                 start_date=date(2026, 11, 1)), [Schedule.times_a_day("08:00", "20:00")],
                                 now=T(11, 1, 7))
    doses.mark_dose(gran, med, T(12, 3, 8), "taken", taken_at=T(12, 3, 8, 5))
    meds.stop_medication(gran, med, date(2026, 12, 3), "Course finished", now=T(12, 3, 10))
    day = date(2026, 12, 3)
    assert [m.name for m in meds.list_active_medications(gran, day)] == []
    assert [m.name for m in meds.list_stopped_medications(gran, day)] == ["Prednisolone"]
    plan = today.day_plan(gran, T(12, 3, 19, 30))
    assert [(d.scheduled_for, d.status) for d in plan.doses] == [(T(12, 3, 8), "taken")]
    assert reminders.due_doses(gran, T(12, 3, 20, 10)) == []
    counts = adherence.adherence_for_period(gran, T(12, 3, 0), T(12, 4, 0), T(12, 3, 23)).overall
    assert (counts.scheduled, counts.taken) == (1, 1)
    card = packs.gather_card(gran, T(12, 3, 10, 30))
    assert [m.name for m in card.medications] == []
    pack = packs.gather_pack(gran, None, T(12, 3, 10, 30))
    assert [m.name for m in pack.medications] == []
    assert [(c.name, c.change, c.on) for c in pack.changes if c.change == "stopped"] == [
        ("Prednisolone", "stopped", day)]


def test_a_stop_on_a_later_day_keeps_it_taken_up_to_that_day(gran) -> None:
    med = meds.create_medication(gran, meds.MedicationInput(name="Amoxicillin", start_date=date(2026, 12, 1)),
                                 [Schedule.times_a_day("08:00", "20:00")], now=T(12, 1, 7))
    meds.stop_medication(gran, med, date(2026, 12, 5), "Course of 5 days", now=T(12, 3, 10))
    assert [m.name for m in meds.list_active_medications(gran, date(2026, 12, 5))] == ["Amoxicillin"]
    assert [m.name for m in meds.list_stopped_medications(gran, date(2026, 12, 6))] == ["Amoxicillin"]
    assert [d.scheduled_for for d in today.day_plan(gran, T(12, 5, 7)).doses] == [T(12, 5, 8), T(12, 5, 20)]


def test_a_dose_answered_in_its_window_before_a_change_of_times_is_not_asked_for_again(gran) -> None:
    med = _pirfenidone(gran)
    doses.mark_dose(gran, med, T(12, 3, 13), "taken", taken_at=T(12, 3, 13, 5))
    meds.set_schedules(gran, med, [Schedule.times_a_day("08:00", "14:00", "20:00")], now=T(12, 3, 13, 10))
    assert reminders.due_doses(gran, T(12, 3, 14, 10)) == []
    assert [(d.scheduled_for.strftime("%H:%M"), d.status) for d in today.day_plan(gran, T(12, 3, 14, 10)).doses] == [
        ("08:00", "missed"), ("13:00", "taken"), ("20:00", "upcoming")]
    # The old 19:00, not recorded, is no dose after the change; the new 20:00 is.
    counts = adherence.adherence_for_period(gran, T(12, 3, 0), T(12, 4, 0), T(12, 3, 23)).overall
    assert (counts.scheduled, counts.taken, counts.missed) == (3, 1, 2)


def test_the_pack_lists_every_start_stop_restart_and_change_of_times(gran) -> None:
    from careorganiser.services import appointments, packs

    med = meds.create_medication(gran, meds.MedicationInput(name="Prednisolone", dose="1 tablet",
                                 start_date=date(2026, 11, 1)), [Schedule.times_a_day("09:00")], now=T(11, 1, 7))
    meds.stop_medication(gran, med, date(2026, 11, 20), "Course finished", now=T(11, 20, 12))
    meds.restart_medication(gran, med, now=T(11, 24, 10))
    meds.set_schedules(gran, med, [Schedule.times_a_day("08:00")], now=T(11, 28, 10))
    meds.stop_medication(gran, med, date(2026, 12, 1), "Flare over", now=T(11, 30, 10))
    meds.restart_medication(gran, med, now=T(12, 6, 10))
    appointments.create_appointment(gran, day="2026-12-12", at="10:30")
    now = T(12, 8, 10)
    pack = packs.gather_pack(gran, packs.next_appointment_id(gran, now), now)
    seen = [(c.change, c.on, c.reason, c.detail) for c in pack.changes if c.name == "Prednisolone"]
    assert seen == [
        ("started", date(2026, 11, 1), "", "1 tablet, Once a day at 09:00"),
        ("stopped", date(2026, 11, 20), "Course finished", ""),
        ("started", date(2026, 11, 24), "", "Taken again (stopped 20 Nov 2026)"),
        ("changed", date(2026, 11, 28), "", "New schedule: Once a day at 08:00 (was Once a day at 09:00)"),
        ("stopped", date(2026, 12, 1), "Flare over", ""),
        ("started", date(2026, 12, 6), "", "Taken again (stopped 1 Dec 2026)"),
    ]
    # The days it was taken keep their doses: 1-20 Nov at 09:00 (stopped at noon on the 20th), 25-28 Nov at
    # 09:00 (taken again at 10:00 on the 24th, times changed at 10:00 on the 28th), 29 Nov-1 Dec at 08:00 (the
    # last day taken), 7 and 8 Dec at 08:00.
    counts = adherence.adherence_for_period(gran, T(11, 1, 0), T(12, 9, 0), now).for_medication(med).result
    assert (counts.scheduled, counts.missed) == (20 + 4 + 3 + 2, 29)


def test_the_export_carries_the_schedule_history_the_stop_instant_and_the_stock_used(gran, isolated_dirs) -> None:
    from careorganiser.store import profiles

    med = meds.create_medication(gran, meds.MedicationInput(name="Omeprazole", stock="2", units_per_dose="3",
                                 start_date=date(2026, 11, 20)), [Schedule.times_a_day("08:00")], now=T(11, 20, 7))
    for day in range(20, 31):
        doses.mark_dose(gran, med, T(11, day, 8), "taken")
    meds.set_schedules(gran, med, [Schedule.times_a_day("21:00")], now=T(12, 1, 9))
    meds.stop_medication(gran, med, date(2026, 12, 2), "Heartburn gone", now=T(12, 2, 10))
    doc = svp.export_profile(gran)
    exported = doc["medications"][0]
    assert exported["stopped_at"] == "2026-12-02T10:00:00+00:00"
    assert [(h["ended_at"], h["schedules"][0]["times"]) for h in exported["schedule_history"]] == [
        ("2026-12-01T09:00:00+00:00", ["08:00"])]
    assert [e.get("stock_used") for e in doc["dose_events"][:2]] == [2, 0]
    copy = profiles.create_profile("Copy")
    try:
        svp.import_into(copy, doc)
        span = (T(11, 20, 0), T(12, 3, 0), T(12, 3, 9))
        assert adherence.adherence_for_period(copy, *span).overall == adherence.adherence_for_period(gran, *span).overall
        again = svp.export_profile(copy)
        assert {k: v for k, v in again.items() if k != "exported_at"} == {
            k: v for k, v in doc.items() if k != "exported_at"}
        # the first dose undone in the copy gives back what it took: 2, not 3
        first = doses.event_for_slot(copy, meds.list_medications(copy)[0].id, T(11, 20, 8))
        doses.delete_dose_event(copy, first.id)
        assert meds.list_medications(copy)[0].stock == 2
    finally:
        copy.close()


def test_reverting_a_change_of_times_or_a_restart_leaves_no_false_line(gran) -> None:
    from careorganiser.services import history, packs

    med = meds.create_medication(gran, meds.MedicationInput(name="Prednisolone", dose="1 tablet", stock="2",
                                 units_per_dose="3", start_date=date(2026, 11, 1)),
                                 [Schedule.times_a_day("09:00")], now=T(11, 1, 7))
    doses.mark_dose(gran, med, T(11, 2, 9), "taken")  # took the 2 left
    meds.stop_medication(gran, med, date(2026, 11, 20), "Course finished", now=T(11, 20, 12))
    meds.restart_medication(gran, med, now=T(11, 24, 10))
    history.revert_change(gran, history.activity(gran, limit=1)[0].change_id)
    assert meds.get_medication(gran, med).stop_date == date(2026, 11, 20)
    pack = packs.gather_pack(gran, None, T(11, 25, 10))
    assert [(c.change, c.on) for c in pack.changes] == [("started", date(2026, 11, 1)),
                                                        ("stopped", date(2026, 11, 20))]
    meds.restart_medication(gran, med, now=T(11, 24, 10))
    meds.set_schedules(gran, med, [Schedule.times_a_day("08:00")], now=T(11, 26, 10))
    history.revert_change(gran, history.activity(gran, limit=1)[0].change_id)
    assert [s.times for s in meds.get_medication(gran, med).schedules] == [("09:00",)]
    assert len(meds.get_medication(gran, med).past_periods) == 1  # the restart's, not the change's
    # reverting the dose's record gives back what it took, not a whole dose
    taken = [v for v in history.activity(gran) if v.table == "dose_events"][-1]
    history.revert_change(gran, taken.change_id)
    assert meds.get_medication(gran, med).stock == 2


def test_the_command_line_today_keeps_the_slot_of_a_dose_taken_before_a_change_of_times(gran) -> None:
    import json
    import os

    from cli_runner import run_cli

    med = _pirfenidone(gran)
    doses.mark_dose(gran, med, T(12, 3, 13), "taken", taken_at=T(12, 3, 12, 50))
    meds.set_schedules(gran, med, [Schedule.times_a_day("08:00", "14:00", "20:00")], now=T(12, 3, 12, 55))
    gran.close()
    env = dict(os.environ, TZ="Europe/London")
    text = run_cli("today", "--profile", "Test", "--at", "2026-12-03T14:10:00+00:00", env=env)
    assert text.returncode == 0, text.stderr
    assert "as needed" not in text.stdout and "13:00" in text.stdout and "14:00" not in text.stdout
    shown = json.loads(run_cli("today", "--profile", "Test", "--at", "2026-12-03T14:10:00+00:00", "--json",
                               env=env).stdout)
    assert [(d["scheduled_for"][11:16], d["status"]) for d in shown["doses"]] == [
        ("08:00", "missed"), ("13:00", "taken"), ("20:00", "upcoming")]
