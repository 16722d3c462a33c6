"""The one read path for follow-up plans (store/queries/followup.py), from an empty profile through the services:
the plan's panel, Today, the pack and the export read the same snapshot, with the same rules (trash, order,
a visit's appointment, the readings a plan follows)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from careorganiser.domain import followup as fu
from careorganiser.services import followup, followup_today, measurements, packs, trash, trials
from careorganiser.services.base import NotFound, ValidationError
from careorganiser.services.medications import MedicationInput, create_medication
from careorganiser.services.profiles import export_profile, set_time_zone
from careorganiser.store.queries import followup as fq

LONDON = ZoneInfo("Europe/London")


def _at(day: date, hour: int = 9) -> datetime:
    return datetime.combine(day, time(hour), LONDON).astimezone(UTC)


def _in_london(profile: Any) -> Any:
    set_time_zone(profile, "Europe/London")
    return profile


def test_an_empty_profile_has_no_plans(profile: Any) -> None:
    london = _in_london(profile)
    conn = london.read()
    assert fq.plans(conn) == [] and fq.plan(conn, 1) is None
    assert fq.plan_for(conn, trial_id=1) is None and fq.plan_for(conn) is None
    assert fq.readings(conn, ["fvc_percent_predicted"], LONDON) == [] and fq.readings(conn, [], LONDON) == []
    assert followup.list_plans(london) == [] and followup.plan_for(london, medication_id=1) is None
    with pytest.raises(NotFound):
        followup.get_plan(london, 1)
    with pytest.raises(ValidationError):
        followup.get_plan(london, "1")  # type: ignore[arg-type]
    now = _at(date(2027, 1, 2))
    assert followup_today.today_items(london, now) == []
    assert packs.gather_pack(london, None, now).followups == ()
    assert "followups" not in export_profile(london)


def test_every_reader_gets_the_same_plan(profile: Any) -> None:
    london = _in_london(profile)
    trial_id = trials.add_trial_manually(london, "NCT09900001", "Inhaled antifibrotic in IPF")
    trials.set_interest(london, trial_id, "enrolled")
    plan_id = followup.create_plan(london, trial_id=trial_id, baseline=date(2027, 1, 4),
                                   tests=["fvc_percent_predicted", "six_minute_walk_m"], place="Royal Brompton",
                                   contact_name="Sam Patel", contact_phone="020 7946 0000")
    conn = london.read()
    plan = fq.plan(conn, plan_id)
    assert plan is not None and followup.get_plan(london, plan_id) == plan
    assert followup.list_plans(london) == [plan] == fq.plans(conn)
    assert followup.plan_for(london, trial_id=trial_id) == plan
    assert (plan.subject, plan.subject_name, plan.trial_id, plan.medication_id) == (
        "trial", "NCT09900001: Inhaled antifibrotic in IPF", trial_id, None)
    assert (plan.baseline_date, plan.tests, plan.place, plan.active, plan.subject_in_trash) == (
        date(2027, 1, 4), ("fvc_percent_predicted", "six_minute_walk_m"), "Royal Brompton", False, False)
    assert plan.has_contact_card and plan.events == ()
    assert [(v.position, v.label, v.on, v.appointment_id, v.moved) for v in plan.visits] == [
        (0, "Baseline", date(2027, 1, 4), None, False), (1, "3-month visit", date(2027, 4, 4), None, False),
        (2, "6-month visit", date(2027, 7, 4), None, False), (3, "9-month visit", date(2027, 10, 4), None, False),
        (4, "12-month visit", date(2028, 1, 4), None, False)]
    # not turned on: neither Today nor the pack shows it
    now = _at(date(2027, 1, 2))
    assert followup_today.today_items(london, now) == [] and packs.gather_pack(london, None, now).followups == ()

    made = followup.turn_on(london, plan_id, now)
    followup.move_visit(london, plan.visits[2].id, date(2027, 7, 12))
    plan = fq.plan(conn, plan_id)
    assert plan is not None and plan.active and [v.appointment_id for v in plan.visits] == made
    assert plan.visits[2].moved and plan.visits[2].on == date(2027, 7, 12)
    assert plan.visits[2].appointment_at == _at(date(2027, 7, 12), 9).replace(minute=30)
    # a visit's appointment in the trash is no longer its appointment
    trash.delete(london, "appointment", made[4])
    plan = fq.plan(conn, plan_id)
    assert plan is not None and plan.visits[4].appointment_id is None and plan.visits[4].appointment_at is None

    # the events log: by day then id, none in the trash
    late = followup.add_event(london, plan_id, occurred_on=date(2027, 2, 10), what="Rash on the arms", severity=2)
    early = followup.add_event(london, plan_id, occurred_on=date(2027, 2, 1), what="Cough worse", told_on="2 Feb 2027",
                               told_whom="Trial nurse")
    gone = followup.add_event(london, plan_id, occurred_on=date(2027, 2, 5), what="Headache")
    followup.delete_event(london, gone, now)
    plan = followup.get_plan(london, plan_id)
    assert [(e.id, e.told, e.told_on, e.told_whom) for e in plan.events] == [
        (early, True, date(2027, 2, 2), "Trial nurse"), (late, False, None, "")]

    # the readings a plan follows, on the local day they were taken
    measurements.add_measurement(london, _at(date(2027, 1, 4), 23), "fvc_percent_predicted", 62, source="clinic")
    measurements.add_measurement(london, _at(date(2027, 4, 4), 11), "fvc_percent_predicted", 55, source="clinic")
    measurements.add_measurement(london, _at(date(2027, 4, 4), 11), "weight_kg", 60)  # not followed
    readings = fq.readings(conn, plan.followed_kinds, LONDON)
    assert readings == [fu.Reading("fvc_percent_predicted", 62.0, date(2027, 1, 4), None),
                        fu.Reading("fvc_percent_predicted", 55.0, date(2027, 4, 4), None)]

    later = _at(date(2027, 4, 6))
    overview = followup.overview(london, plan_id, later)
    assert overview.plan == plan and overview.readings == {"fvc_percent_predicted": readings}
    assert overview.next_visit == plan.visits[2]
    [change] = overview.changes
    assert change.text == "FVC: 62% \u2192 55% predicted since baseline, a relative fall of 11%"
    [today] = followup_today.today_items(london, later)
    assert (today.plan_id, today.subject_name, today.next_visit) == (
        plan_id, plan.subject_name, followup_today.NextVisit("6-month visit", date(2027, 7, 12)))
    assert today.suggestions == overview.suggestions != ()
    [packed] = packs.gather_pack(london, None, later).followups
    assert (packed.subject, packed.baseline, packed.contact_phone) == (plan.subject_name, plan.baseline_date,
                                                                       "020 7946 0000")
    assert [e.what for e in packed.events] == ["Cough worse", "Rash on the arms"]
    assert [v.on for v in packed.visits] == [v.on for v in plan.visits]
    [exported] = export_profile(london)["followups"]
    assert exported["id"] == plan.uid and [v["id"] for v in exported["visits"]] == [v.uid for v in plan.visits]
    assert [e["id"] for e in exported["events"]] == [e.uid for e in plan.events]
    assert exported["visits"][2]["date"] == "2027-07-12" and exported["visits"][4]["appointment"] is None


def test_a_medication_plan_and_its_subject_in_the_trash(profile: Any) -> None:
    london = _in_london(profile)
    med_id = create_medication(london, MedicationInput(name="Nintedanib", strength="150 mg"))
    trial_id = trials.add_trial_manually(london, "NCT09900002")
    trials.set_interest(london, trial_id, "enrolled")
    now = _at(date(2027, 1, 2))
    first = followup.create_plan(london, medication_id=med_id, baseline=date(2027, 1, 4), visits="0, 1, 2",
                                 tests=["alt_u_l"], ride_needed=False, turn_on_at=now)
    second = followup.create_plan(london, trial_id=trial_id, baseline=date(2027, 1, 11), turn_on_at=now)
    conn = london.read()
    plans = fq.plans(conn)
    assert [p.id for p in plans] == [first, second]
    assert [(p.subject, p.subject_name) for p in plans] == [("medication", "Nintedanib 150 mg"),
                                                            ("trial", "NCT09900002")]
    assert followup.plan_for(london, medication_id=med_id) == plans[0] and not plans[0].ride_needed
    assert [len(p.visits) for p in plans] == [3, 5]
    assert [p.id for p in fq.plans(conn, active_only=True, live_subject_only=True)] == [first, second]
    assert [f.subject for f in packs.gather_pack(london, None, now).followups] == [
        "Nintedanib 150 mg", "NCT09900002"]

    trash.delete(london, "medication", med_id)
    plans = fq.plans(conn)
    assert [(p.id, p.subject_in_trash) for p in plans] == [(first, True), (second, False)]
    assert [p.id for p in fq.plans(conn, live_subject_only=True)] == [second]
    assert [f.subject for f in packs.gather_pack(london, None, now).followups] == ["NCT09900002"]
    assert [t.plan_id for t in followup_today.today_items(london, now)] == [second]
    followup.delete_plan(london, second, now)
    assert fq.plan(conn, second) is None and [p.id for p in followup.list_plans(london)] == [first]
