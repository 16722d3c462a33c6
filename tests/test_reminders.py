"""Reminder decisions (services.reminders) and the Qt reminder service, with a clock the test moves."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from clock import Clock

from careorganiser.services import reminders
from careorganiser.services.base import ValidationError
from careorganiser.store import models as m


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


# These documents describe medications the app has followed for years (as an export from a profile in use
# says): without "added_at" an import starts them at the moment of the import (test_true_records.py).
FOLLOWED_SINCE = "2020-01-01T00:00:00+00:00"


def followed(medications: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"added_at": FOLLOWED_SINCE, **med} for med in medications]


LUNCH = utc(2026, 11, 21, 13)  # London is on GMT in November: local = UTC
EVENING = utc(2026, 11, 21, 19)


def load(profile: Any, medications: list[dict[str, Any]] | None = None, **lists: Any) -> Any:
    from careorganiser.services import profiles as svc

    doc: dict[str, Any] = {"format": "careorganiser", "version": 1, "timezone": "Europe/London",
                           "person": {"name": "Test Person"}}
    doc["medications"] = followed(medications if medications is not None else [PIRFENIDONE])
    doc.update(lists)
    svc.import_into(profile, doc)
    return profile


PIRFENIDONE = {"id": "m1", "name": "Pirfenidone", "dose": "3 capsules", "units_per_dose": 3, "stock": 90,
               "stock_unit": "capsules", "refill_at": 9, "start_date": "2026-01-01",
               "schedules": [{"kind": "times", "times": ["08:00", "13:00", "19:00"]}]}
SALBUTAMOL = {"id": "m3", "name": "Salbutamol", "dose": "2 puffs", "units_per_dose": 2, "stock": 100,
              "schedules": [{"kind": "as_needed", "min_gap_hours": 4, "max_per_day": 2}]}


def med_id(profile: Any, uid: str = "m1") -> int:
    from sqlalchemy import select

    with profile.session_factory() as s:
        return s.scalars(select(m.Medication.id).where(m.Medication.uid == uid)).one()


def stock(profile: Any, uid: str = "m1") -> float | None:
    with profile.session_factory() as s:
        return s.get(m.Medication, med_id(profile, uid)).stock


def notified(profile: Any, now: datetime, **kw: Any) -> list[datetime]:
    return [d.scheduled_for for d in reminders.check_reminders(profile, now, **kw).notify]


# ---- doses: once, never early, repeats at most N times ------------------------------------------------

def test_a_due_dose_is_announced_once_never_early(profile: Any) -> None:
    load(profile)
    assert notified(profile, LUNCH - timedelta(minutes=1), starting=True) == []
    assert notified(profile, LUNCH) == [LUNCH]
    assert notified(profile, LUNCH) == []  # the same instant again
    assert notified(profile, LUNCH + timedelta(seconds=30)) == []
    assert notified(profile, LUNCH + timedelta(minutes=5)) == []


def test_repeats_every_m_minutes_at_most_n_times(profile: Any) -> None:
    load(profile)
    counts = []
    for minute in range(0, 60, 1):
        for dose in reminders.check_reminders(profile, LUNCH + timedelta(minutes=minute),
                                              wake_interval=timedelta(minutes=1)).notify:
            counts.append((minute, dose.times_announced))
    assert counts == [(0, 1), (10, 2), (20, 3)]  # defaults: every 10 minutes, 3 times


def test_repeat_settings(profile: Any) -> None:
    load(profile)
    reminders.set_reminder_settings(profile, 30, 2, 5)
    settings = reminders.reminder_settings(profile)
    assert (settings.window_minutes, settings.repeat_max, settings.repeat_minutes) == (30, 2, 5)
    minutes = [mn for mn in range(40) if notified(profile, LUNCH + timedelta(minutes=mn),
                                                    wake_interval=timedelta(minutes=1))]
    assert minutes == [0, 5]
    for bad in ((2, 3, 10), (60, 0, 10), (60, 3, "ten"), (60, 3, 100000)):
        with pytest.raises(ValidationError):
            reminders.set_reminder_settings(profile, *bad)


def test_an_answered_dose_stops_and_taking_lowers_the_stock(profile: Any) -> None:
    load(profile)
    assert notified(profile, LUNCH) == [LUNCH]
    reminders.take(profile, med_id(profile), LUNCH, now=LUNCH + timedelta(minutes=2))
    assert stock(profile) == 87
    assert notified(profile, LUNCH + timedelta(minutes=10)) == []
    assert reminders.due_doses(profile, LUNCH + timedelta(minutes=10)) == []
    reminders.take(profile, med_id(profile), LUNCH)  # a second click changes nothing
    assert stock(profile) == 87


def test_state_survives_a_restart(profile: Any) -> None:
    load(profile)
    assert notified(profile, LUNCH) == [LUNCH]
    assert notified(profile, LUNCH + timedelta(minutes=1), starting=True) == []


# ---- snooze -------------------------------------------------------------------------------------------

def test_snooze_quiets_then_brings_the_dose_back(profile: Any) -> None:
    load(profile)
    assert notified(profile, LUNCH) == [LUNCH]
    until = reminders.snooze(profile, med_id(profile), LUNCH, 30, now=LUNCH + timedelta(minutes=2))
    assert until == LUNCH + timedelta(minutes=32)
    for minute in (10, 20, 31):
        assert notified(profile, LUNCH + timedelta(minutes=minute), wake_interval=timedelta(minutes=15)) == []
    due = reminders.due_doses(profile, LUNCH + timedelta(minutes=31))
    assert [d.snoozed_until for d in due] == [until]
    assert notified(profile, LUNCH + timedelta(minutes=32)) == [LUNCH]
    assert notified(profile, LUNCH + timedelta(minutes=33)) == []


def test_snooze_past_the_window_still_reminds(profile: Any) -> None:
    load(profile)
    notified(profile, LUNCH)
    reminders.snooze(profile, med_id(profile), LUNCH, 90, now=LUNCH)
    check = reminders.check_reminders(profile, LUNCH + timedelta(minutes=90))
    assert [d.scheduled_for for d in check.notify] == [LUNCH]
    assert [d.scheduled_for for d in check.due] == [LUNCH]
    with pytest.raises(ValidationError):
        reminders.snooze(profile, med_id(profile), LUNCH, 0, now=LUNCH)


# ---- missed while closed --------------------------------------------------------------------------------

def test_missed_while_closed_after_a_long_gap(profile: Any) -> None:
    load(profile)
    first = reminders.check_reminders(profile, utc(2026, 11, 21, 12), starting=True)
    assert first.woke_up and first.missed_while_closed == []  # nothing known before the first check
    later = reminders.check_reminders(profile, utc(2026, 11, 21, 21))  # asleep from 12:00 to 21:00
    assert later.woke_up
    assert [d.scheduled_for for d in later.newly_missed] == [LUNCH, EVENING]
    assert [d.scheduled_for for d in later.missed_while_closed] == [LUNCH, EVENING]
    # Still listed at the next checks until answered.
    reminders.skip(profile, med_id(profile), LUNCH)
    again = reminders.check_reminders(profile, utc(2026, 11, 21, 21, 0, 30))
    assert again.newly_missed == [] and [d.scheduled_for for d in again.missed_while_closed] == [EVENING]
    reminders.leave_missed(profile, med_id(profile), EVENING)
    assert reminders.pending_missed(profile, utc(2026, 11, 21, 21, 1)) == []


def test_running_all_along_is_not_missed_while_closed(profile: Any) -> None:
    load(profile)
    found = []
    for hour in range(12, 22):
        check = reminders.check_reminders(profile, utc(2026, 11, 21, hour), wake_interval=timedelta(hours=1),
                                          starting=hour == 12)
        found.extend(check.newly_missed)
    assert found == []


def test_a_dose_still_in_its_window_after_a_gap_is_due_not_missed(profile: Any) -> None:
    load(profile)
    reminders.check_reminders(profile, utc(2026, 11, 21, 9), starting=True)
    check = reminders.check_reminders(profile, LUNCH + timedelta(minutes=20), starting=True)
    assert check.newly_missed == []
    assert [d.scheduled_for for d in check.notify] == [LUNCH]


# ---- refills, appointments and rides ------------------------------------------------------------------------

def test_refill_reminder_once_per_crossing(profile: Any) -> None:
    from careorganiser.services.medications import record_refill

    load(profile, [dict(PIRFENIDONE, stock=12)])
    assert [a.kind for a in reminders.check_reminders(profile, utc(2026, 11, 21, 7)).announcements] == []
    reminders.take(profile, med_id(profile), utc(2026, 11, 21, 8), now=utc(2026, 11, 21, 8))
    first = reminders.check_reminders(profile, utc(2026, 11, 21, 8, 1)).announcements
    assert [a.kind for a in first] == ["refill"]
    assert "Pirfenidone" in first[0].title and "9 capsules left" in first[0].text
    assert reminders.check_reminders(profile, utc(2026, 11, 21, 9)).announcements == []
    record_refill(profile, med_id(profile), 90)
    assert reminders.check_reminders(profile, utc(2026, 11, 21, 10)).announcements == []
    with profile.session_factory.begin() as s:
        s.get(m.Medication, med_id(profile)).stock = 3
    assert [a.kind for a in reminders.check_reminders(profile, utc(2026, 11, 21, 11)).announcements] == ["refill"]


APPOINTMENT = {"id": "a1", "starts_at": "2026-11-23T10:30:00+00:00", "duration_minutes": 45, "clinician": "c1",
               "place": "Chest clinic", "purpose": "ILD review"}
CONTACTS = [{"id": "c1", "name": "Dr Mehta"}, {"id": "c2", "name": "David Hale"}]


def kinds(profile: Any, now: datetime) -> list[str]:
    return [a.kind for a in reminders.check_reminders(profile, now).announcements]


def test_appointment_the_day_before(profile: Any) -> None:
    load(profile, [], contacts=CONTACTS, appointments=[APPOINTMENT], rides=[
        {"id": "r1", "appointment": "a1", "pickup_at": "2026-11-23T09:30:00+00:00", "driver": "c2",
         "status": "confirmed"}])
    assert kinds(profile, utc(2026, 11, 21, 23, 59)) == []
    check = reminders.check_reminders(profile, utc(2026, 11, 22, 0, 0))
    assert [a.kind for a in check.announcements] == ["appointment"]
    assert "10:30" in check.announcements[0].text and "Dr Mehta" in check.announcements[0].text
    assert "09:30" in check.announcements[0].text
    assert kinds(profile, utc(2026, 11, 22, 18)) == []
    # Two hours before the pickup, once.
    assert kinds(profile, utc(2026, 11, 23, 7, 29)) == []
    pickup = reminders.check_reminders(profile, utc(2026, 11, 23, 7, 30)).announcements
    assert [a.kind for a in pickup] == ["ride_pickup"] and "David Hale" in pickup[0].text
    assert kinds(profile, utc(2026, 11, 23, 8)) == []


def test_ride_still_needed_two_days_before(profile: Any) -> None:
    load(profile, [], contacts=CONTACTS, appointments=[APPOINTMENT], rides=[
        {"id": "r1", "appointment": "a1", "pickup_at": "2026-11-23T09:30:00+00:00", "status": "needed"}])
    assert kinds(profile, utc(2026, 11, 21, 10, 29)) == []
    check = reminders.check_reminders(profile, utc(2026, 11, 21, 10, 30))
    assert [a.kind for a in check.announcements] == ["ride_arrange"]
    assert "still needed" in check.announcements[0].text
    assert kinds(profile, utc(2026, 11, 21, 12)) == []
    # The day before: the appointment reminder says the ride is not arranged.
    day_before = reminders.check_reminders(profile, utc(2026, 11, 22, 9)).announcements
    assert [a.kind for a in day_before] == ["appointment"]
    assert "not arranged" in day_before[0].text


def test_confirmed_or_cancelled_rides_raise_no_arrange_reminder(profile: Any) -> None:
    load(profile, [], contacts=CONTACTS, appointments=[APPOINTMENT], rides=[
        {"id": "r1", "appointment": "a1", "pickup_at": "2026-11-23T09:30:00+00:00", "status": "confirmed"},
        {"id": "r2", "appointment": "a1", "pickup_at": "2026-11-23T09:00:00+00:00", "status": "cancelled"}])
    assert kinds(profile, utc(2026, 11, 21, 12)) == []


# ---- as needed --------------------------------------------------------------------------------------------

def test_as_needed_gap_maximum_and_override(profile: Any) -> None:
    load(profile, [SALBUTAMOL])
    salbutamol = med_id(profile, "m3")
    reminders.take_as_needed(profile, salbutamol, utc(2026, 11, 21, 9))
    assert stock(profile, "m3") == 98
    status = reminders.as_needed_status(profile, salbutamol, utc(2026, 11, 21, 11))
    assert not status.allowed and status.next_allowed_at == utc(2026, 11, 21, 13)
    assert status.taken_today == 1 and status.max_per_day == 2
    with pytest.raises(reminders.AsNeededRefused) as refused:
        reminders.take_as_needed(profile, salbutamol, utc(2026, 11, 21, 11))
    assert "Too soon" in str(refused.value) and "13:00" in str(refused.value)
    assert stock(profile, "m3") == 98  # nothing recorded
    reminders.take_as_needed(profile, salbutamol, utc(2026, 11, 21, 11), override=True)
    assert stock(profile, "m3") == 96
    with pytest.raises(reminders.AsNeededRefused) as over:
        reminders.take_as_needed(profile, salbutamol, utc(2026, 11, 21, 18))
    assert "at most 2 a day" in str(over.value)
    assert over.value.verdict.next_allowed_at == utc(2026, 11, 22)
    overview = reminders.as_needed_overview(profile, utc(2026, 11, 21, 18))
    assert [(i.name, i.allowed, i.taken_today) for i in overview] == [("Salbutamol", False, 2)]


def test_as_needed_refuses_a_scheduled_medication(profile: Any) -> None:
    from careorganiser.services.base import ServiceError

    load(profile)
    with pytest.raises(ServiceError):
        reminders.take_as_needed(profile, med_id(profile), LUNCH)


# ---- the Qt service ------------------------------------------------------------------------------------------

@pytest.fixture
def service(qtbot: Any, profile: Any) -> Any:
    from careorganiser.ui.context import AppContext
    from careorganiser.ui.reminders import ReminderService

    load(profile)
    clock = Clock(utc(2026, 11, 21, 12))
    ctx = AppContext(profile, clock=clock)
    svc = ReminderService.for_context(ctx)
    assert ReminderService.for_context(ctx) is svc
    svc.clock = clock
    svc.spied = {"due": [], "missed": [], "announced": [], "checked": []}
    svc.dose_due.connect(svc.spied["due"].append)
    svc.missed_while_closed.connect(svc.spied["missed"].append)
    svc.announced.connect(svc.spied["announced"].append)
    svc.checked.connect(svc.spied["checked"].append)
    yield svc
    svc.stop()
    ctx._unsubscribe()


def test_service_notifies_a_due_dose_once(service: Any) -> None:
    service.start()
    assert service.running
    assert service.spied["due"] == []
    service.clock.now = LUNCH - timedelta(seconds=1)
    service.check()
    assert service.spied["due"] == []  # never early
    service.clock.now = LUNCH
    service.check()
    service.check()
    service.clock.now = LUNCH + timedelta(seconds=30)
    service.check()
    assert [d.scheduled_for for d in service.spied["due"]] == [LUNCH]
    assert [d.scheduled_for for d in service.due_now()] == [LUNCH]
    assert len(service.spied["checked"]) == 5


def test_service_snooze_brings_the_dose_back(service: Any) -> None:
    service.start()
    service.clock.now = LUNCH
    service.check()
    dose = service.spied["due"][-1]
    service.snooze(dose, 10)
    service.clock.now = LUNCH + timedelta(minutes=9)
    service.check()
    assert len(service.spied["due"]) == 1
    service.clock.now = LUNCH + timedelta(minutes=10)
    service.check()
    assert [d.scheduled_for for d in service.spied["due"]] == [LUNCH, LUNCH]


def test_service_clock_jump_lists_missed_doses(service: Any) -> None:
    service.start()
    assert service.spied["missed"] == []
    service.clock.now = utc(2026, 11, 21, 21)  # the laptop slept through lunch and dinner
    service.check()
    assert [[d.scheduled_for for d in batch] for batch in service.spied["missed"]] == [[LUNCH, EVENING]]
    assert service.last_result.woke_up


def test_service_wakes_on_its_timer_and_on_activation(service: Any, qtbot: Any) -> None:
    from PySide6.QtCore import Qt

    from careorganiser.ui.reminders import ReminderService

    service.start()
    before = len(service.spied["checked"])
    service.on_application_state_changed(Qt.ApplicationState.ApplicationActive)
    assert len(service.spied["checked"]) == before + 1
    fast = ReminderService(service.ctx, wake_interval_ms=5)
    seen: list[object] = []
    fast.checked.connect(seen.append)
    fast.start()
    qtbot.waitUntil(lambda: len(seen) >= 3, timeout=2000)
    fast.stop()
    assert not fast.running


def test_service_survives_a_failing_check(service: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from careorganiser.ui import reminders as ui_reminders

    service.start()

    def broken(*_args: Any, **_kw: Any) -> None:
        raise OSError("disk gone")

    monkeypatch.setattr(ui_reminders.svc, "check_reminders", broken)
    assert service.check() is None
    assert service.running


def test_service_can_leave_its_first_check_for_after_the_first_paint(service: Any, qtbot: Any) -> None:
    from PySide6.QtCore import Qt

    from careorganiser.ui.reminders import ReminderService

    reminders.check_reminders(service.ctx.profile, utc(2026, 11, 21, 12))  # then closed until 21:00
    service.clock.now = utc(2026, 11, 21, 21)
    assert service.start(check_now=False) is None
    assert service.running and service.first_check_pending
    service.on_application_state_changed(Qt.ApplicationState.ApplicationActive)  # the window shows: not yet
    assert service.spied["checked"] == []
    result = service.check_pending()
    assert result is not None and result.woke_up
    assert [[d.scheduled_for for d in batch] for batch in service.spied["missed"]] == [[LUNCH, EVENING]]
    assert not service.first_check_pending and service.check_pending() is None
    # Without a paint, the first wake-up of the timer is the starting check.
    fast = ReminderService(service.ctx, wake_interval_ms=5)
    seen: list[Any] = []
    fast.checked.connect(seen.append)
    fast.start(check_now=False)
    qtbot.waitUntil(lambda: bool(seen), timeout=2000)
    fast.stop()
    assert seen[0].woke_up and not fast.first_check_pending


def test_doses_missed_after_a_jump_forward_are_withdrawn_when_the_clock_comes_back(service: Any) -> None:
    withdrawn: list[list[Any]] = []
    service.missed_withdrawn.connect(withdrawn.append)
    service.start()  # 12:00
    service.clock.now = utc(2026, 11, 21, 21)  # the clock jumps 9 hours ahead (set wrong)
    service.check()
    assert [[d.scheduled_for for d in batch] for batch in service.spied["missed"]] == [[LUNCH, EVENING]]
    service.clock.now = utc(2026, 11, 21, 12, 5)  # and is put right
    service.check()
    assert [[d.scheduled_for for d in batch] for batch in withdrawn] == [[LUNCH, EVENING]]
    assert service.last_result.missed_while_closed == []
    later = reminders.check_reminders(service.ctx.profile, utc(2026, 11, 21, 12, 6))
    assert later.missed_while_closed == [] and later.withdrawn == []
    service.clock.now = LUNCH  # lunch is announced when it really falls due
    service.check()
    assert [d.scheduled_for for d in service.spied["due"]] == [LUNCH]


def test_a_profile_opened_read_only_still_reminds_once(profile: Any) -> None:
    """Before, on a profile opened read-only (a read-only disk, or a file an older version could not bring up
    to date) every reminder check failed on storing what it had announced ("reminder check failed:
    SaveFailed" in the log): no dose was ever announced. Now it is announced once, remembered while open."""
    import os

    from careorganiser.store import profiles

    load(profile)
    name, path = profile.name, profile.info.path
    profile.close()
    os.chmod(path, 0o400)
    os.chmod(path.parent, 0o500)
    try:
        opened = profiles.open_profile(name)
        assert opened.read_only
        try:
            assert notified(opened, LUNCH - timedelta(minutes=1), starting=True) == []
            assert notified(opened, LUNCH) == [LUNCH]
            assert notified(opened, LUNCH + timedelta(minutes=1)) == []
        finally:
            opened.close()
    finally:
        os.chmod(path.parent, 0o700)
        os.chmod(path, 0o600)
