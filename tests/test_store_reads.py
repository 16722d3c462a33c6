"""Plain-SQL reads (store.reads and the reads of services.today / services.reminders built on it): the stored
spellings, schedules read the same way as the ORM rows, and the long-lived read connection seeing every
write committed through the engine at once."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from careorganiser.store import reads
from conftest import DEMO_NOW

LUNCH = datetime(2026, 11, 21, 13, tzinfo=UTC)  # the demo's lunchtime pirfenidone


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


# ---- conversions ----------------------------------------------------------------------------------------

def test_instant_reads_stored_text_as_aware_utc() -> None:
    assert reads.instant("2026-11-21 13:00:00.000000") == utc(2026, 11, 21, 13)
    assert reads.instant("2026-11-21 13:00:00") == utc(2026, 11, 21, 13)
    assert reads.instant("2026-11-21 13:00:05.250000") == datetime(2026, 11, 21, 13, 0, 5, 250000, tzinfo=UTC)
    assert reads.instant("2026-11-21T14:00:00+01:00") == utc(2026, 11, 21, 13)  # an offset is honoured
    assert reads.instant(None) is None
    assert reads.instant("2026-11-21 13:00:00").tzinfo is UTC
    with pytest.raises(ValueError):
        reads.instant("not a time")


def test_days_and_json() -> None:
    assert reads.day("2026-11-21") == date(2026, 11, 21)
    assert reads.day(date(2026, 11, 21)) == date(2026, 11, 21)
    assert reads.day(None) is None
    assert reads.day_text("2026-11-21") == "2026-11-21"
    assert reads.day_text(date(2026, 1, 2)) == "2026-01-02"
    assert reads.day_text(None) is None and reads.day_text("") is None
    assert reads.json_value('["08:00", "20:00"]') == ["08:00", "20:00"]
    assert reads.json_value("null") is None and reads.json_value(None) is None
    assert reads.json_value(["mon"]) == ["mon"]  # already decoded (an ORM value)
    assert reads.json_value('{"a": 1}') == {"a": 1}
    assert reads.placeholders(3) == "?, ?, ?"


# ---- schedules ------------------------------------------------------------------------------------------

SCHEDULES = [
    {"kind": "times", "times": ["08:00", "13:00", "19:00"], "weekdays": None, "from": None, "until": None},
    {"kind": "times", "times": ["09:00"], "weekdays": ["mon", "thu"], "from": "2026-01-01", "until": "2026-12-31"},
    {"kind": "every_n_days", "every": 3, "times": ["07:30"], "start": "2026-11-02", "from": None,
     "until": "2027-01-01"},
    {"kind": "every_hours", "hours": 8, "start": "2026-11-21T06:00", "from": None, "until": None},
    {"kind": "every_hours", "hours": 1.5, "start": "2026-11-21T06:15", "from": "2026-11-21", "until": None},
    {"kind": "as_needed", "min_gap_hours": 4, "max_per_day": 4, "from": None, "until": None},
    {"kind": "as_needed", "min_gap_hours": None, "max_per_day": None, "from": None, "until": None},
]


def _load(profile: Any, schedules: list[dict[str, Any]]) -> None:
    from careorganiser.services import profiles as svc

    svc.import_into(profile, {
        "format": "careorganiser", "version": 1, "person": {"name": "Test Person"}, "timezone": "Europe/London",
        "medications": [{"id": "m1", "name": "Everything", "dose": "1 tablet", "units_per_dose": 1,
                         "schedules": schedules}],
    })


def test_stored_schedules_read_as_the_orm_rows_and_the_export_read_them(profile: Any) -> None:
    from sqlalchemy import select

    from careorganiser.services.medications import schedule_from_row
    from careorganiser.store import interchange, models as m

    _load(profile, SCHEDULES)
    columns = ", ".join(reads.SCHEDULE_COLUMNS)
    raw = reads.rows(profile.read(), f"SELECT {columns} FROM schedules ORDER BY position")
    with profile.session_factory() as s:
        orm = s.scalars(select(m.Schedule).order_by(m.Schedule.position)).all()
        exported = [interchange._schedule_out(row) for row in orm]
        from_rows = [schedule_from_row(row) for row in orm]
    assert [reads.schedule_document(*values) for values in raw] == exported == SCHEDULES
    assert [reads.stored_schedule(*values) for values in raw] == from_rows
    assert [s.to_interchange() for s in from_rows] == SCHEDULES


def test_a_stored_schedule_the_domain_refuses_is_left_out(profile: Any) -> None:
    from careorganiser.services import today

    _load(profile, SCHEDULES[:1])
    with profile.session_factory.begin() as s:
        s.connection().exec_driver_sql("UPDATE schedules SET times = '[\"25:00\"]'")
    with pytest.raises(ValueError):
        reads.stored_schedule("times", '["25:00"]', None, None, None, None, None, None, None, None, None)
    facts = today.load_medication_facts(profile.read())
    assert [(f.id, f.schedules) for f in facts.facts] == [("m1", ())]


# ---- connections and settings ---------------------------------------------------------------------------

def test_a_session_is_read_through_its_own_connection(profile: Any) -> None:
    from careorganiser.services import today
    from careorganiser.store import models as m

    with profile.session_factory() as s:
        s.add(m.Setting(key="reminder_window_minutes", value=20))  # pending: flushed before the read
        assert today.reminder_window(s) == timedelta(minutes=20)
        conn = reads.connection_of(s)
        assert conn is not profile.read()
        assert reads.setting(conn, "reminder_window_minutes") == 20
        s.rollback()
    assert today.reminder_window(profile.read()) == timedelta(minutes=60)
    with profile.engine.connect() as connection:
        assert reads.connection_of(connection) is connection.connection.dbapi_connection
    raw = profile.read()
    assert reads.connection_of(raw) is raw


def test_snapshot_always_ends_its_read_transaction(profile: Any) -> None:
    conn = profile.read()
    with reads.snapshot(conn):
        assert conn.in_transaction
        with reads.snapshot(conn):  # nested: the same view
            assert conn.in_transaction
    assert not conn.in_transaction
    with pytest.raises(RuntimeError), reads.snapshot(conn):
        raise RuntimeError("a failed read")
    assert not conn.in_transaction


def test_settings_and_zone(profile: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from careorganiser.store import models as m

    monkeypatch.setenv("TZ", "America/New_York")
    conn = profile.read()
    assert reads.setting(conn, "nothing here") is None
    assert reads.profile_zone(conn).key == "America/New_York"  # no setting: this computer's zone
    with profile.session_factory.begin() as s:
        s.merge(m.Setting(key="timezone", value="Asia/Tokyo"))
        s.merge(m.Setting(key="reminder_state", value={"missed": ["m1@2026-11-21T13:00:00+00:00"]}))
    assert reads.profile_zone(conn).key == "Asia/Tokyo"
    assert reads.setting(conn, "reminder_state") == {"missed": ["m1@2026-11-21T13:00:00+00:00"]}
    with profile.session_factory.begin() as s:
        s.merge(m.Setting(key="timezone", value="Nowhere/Atlantis"))
    assert reads.profile_zone(conn).key == "America/New_York"


# ---- the read connection sees what the services write ---------------------------------------------------

def test_today_overview_shows_a_write_through_the_services_at_once(demo_profile: Any) -> None:
    from careorganiser.services import reminders, today
    from careorganiser.services.overview import today_overview

    conn = demo_profile.read()
    now = LUNCH + timedelta(minutes=5)
    before = today_overview(demo_profile, now)
    assert [d.scheduled_for for d in before.due] == [LUNCH]
    lunch = next(d for d in before.plan.doses if d.scheduled_for == LUNCH)
    assert lunch.status == "due"

    reminders.take(demo_profile, lunch.medication_id, LUNCH, now=now)  # through the ORM and the engine
    after = today_overview(demo_profile, now)
    assert demo_profile.read() is conn  # the same long-lived connection
    assert next(d for d in after.plan.doses if d.scheduled_for == LUNCH).status == "taken"
    assert after.due == []
    stock = {s.name: s.stock for s in after.plan.low_stock}
    assert stock == {s.name: s.stock for s in before.plan.low_stock}  # pirfenidone is not low either way

    reminders.skip(demo_profile, lunch.medication_id, LUNCH)
    assert next(d for d in today.day_plan(demo_profile, now).doses if d.scheduled_for == LUNCH).status == "skipped"


def test_snoozes_settings_and_reminder_state_are_seen_at_once(demo_profile: Any) -> None:
    from careorganiser.services import reminders, today
    from careorganiser.services.overview import today_overview

    now = LUNCH + timedelta(minutes=5)
    dose = today_overview(demo_profile, now).due[0]
    until = reminders.snooze(demo_profile, dose.medication_id, dose.scheduled_for, 30, now=now)
    assert [d.snoozed_until for d in today_overview(demo_profile, now).due] == [until]

    reminders.set_reminder_settings(demo_profile, 15, 2, 5)
    settings = reminders.reminder_settings(demo_profile)
    assert (settings.window_minutes, settings.repeat_max, settings.repeat_minutes) == (15, 2, 5)
    assert today.day_plan(demo_profile, now).window == timedelta(minutes=15)

    # The app was closed from noon to 21:00: the check writes what it found, the screen shows it.
    reminders.check_reminders(demo_profile, utc(2026, 11, 21, 12))
    reminders.check_reminders(demo_profile, utc(2026, 11, 21, 21), starting=True)
    missed = today_overview(demo_profile, utc(2026, 11, 21, 21)).missed_while_closed
    assert [d.scheduled_for for d in missed] == [utc(2026, 11, 21, 19)]  # lunch was snoozed, not missed


def test_reads_through_a_session_and_the_read_connection_agree(demo_profile: Any) -> None:
    from careorganiser.domain.clock import day_bounds
    from careorganiser.services import today

    start, end = day_bounds(date(2026, 11, 21), ZoneInfo("Europe/London"))
    with demo_profile.session_factory() as s:
        by_session = today.load_medication_facts(s, date(2026, 11, 21))
        events_by_session = today.load_events(s, by_session, start - timedelta(days=30), end)
        window = today.reminder_window(s)
        plan = today.plan_for(s, DEMO_NOW)
    by_conn = today.load_medication_facts(demo_profile.read(), date(2026, 11, 21))
    assert by_session == by_conn
    assert events_by_session == today.load_events(demo_profile.read(), by_conn, start - timedelta(days=30), end)
    assert len(events_by_session) > 30
    assert window == timedelta(minutes=60)
    assert plan == today.day_plan(demo_profile, DEMO_NOW)
    some = [by_conn.row_id["m1"]]
    only = today.load_events(demo_profile.read(), by_conn, start - timedelta(days=30), end, medication_ids=some)
    assert only and {e.medication_id for e in only} == {"m1"}
    assert today.load_events(demo_profile.read(), by_conn, start, end, medication_ids=[]) == []


def test_appointments_carry_clinician_rides_and_drivers(demo_profile: Any) -> None:
    from careorganiser.store.queries import appointments as aq

    a5 = aq.appointment_by_uid(demo_profile.read(), "a5")
    assert a5 is not None and a5.uid == "a5"
    assert a5.clinician and a5.clinician_uid
    assert [r.uid for r in a5.rides] == ["r3"]
    ride = a5.rides[0]
    assert (ride.appointment_uid, ride.driver, ride.appointment_starts_at) == ("a5", "David Hale", a5.starts_at)
    assert ride.appointment_label == a5.what
