"""The follow-up panel's controller alone, with no widget: what the panel shows, worked out from an empty
profile through the services."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import fresh_imports

from careorganiser.services import followup as svc
from careorganiser.services import measurements, trials
from careorganiser.store import models as m
from careorganiser.ui.context import AppContext
from careorganiser.ui.followup.controller import FollowupController

LONDON = ZoneInfo("Europe/London")
BASELINE = date(2027, 1, 4)


def at(day: date, hour: int = 12) -> datetime:
    return datetime.combine(day, time(hour), LONDON).astimezone(UTC)


def london(profile) -> None:  # noqa: ANN001
    with profile.session_factory.begin() as s:
        s.merge(m.Setting(key="timezone", value="Europe/London"))


def test_the_controller_needs_no_widgets() -> None:
    assert fresh_imports.GROUPS["followup controller"][0] == ("careorganiser.ui.followup.controller",)
    assert fresh_imports.forbidden_loaded("followup controller") == []  # no PySide6.QtWidgets


def test_a_trial_plan_from_setup_to_the_chart(profile) -> None:  # noqa: ANN001
    london(profile)
    trial_id = trials.add_trial_manually(profile, "NCT09900001", "Inhaled antifibrotic in IPF")
    trials.set_interest(profile, trial_id, "enrolled")
    now = at(date(2027, 5, 1))
    controller = FollowupController(AppContext(profile, clock=lambda: now), trial_id=trial_id)

    assert controller.load() is None and controller.overview is None
    hint = controller.setup_hint()
    assert hint.unit is None and hint.visits is None  # the record states no visits: the form keeps its own
    assert hint.source.startswith("The trial record states no visit times")
    assert controller.kinds() == [] and controller.chart("fvc_percent_predicted") is None

    plan_id = svc.create_plan(profile, trial_id=trial_id, baseline=BASELINE, visits="0, 3, 6", visit_time="10:00",
                              tests=["fvc_percent_predicted", "alt_u_l"])
    plan = controller.load()
    assert plan is not None and plan.id == plan_id
    assert controller.needs_appointments()
    header = controller.header_text()
    assert "Baseline 4 Jan 2027" in header and "No appointments yet." in header
    assert "Next: 6-month visit on 4 Jul 2027." in header
    baseline_visit = plan.visits[0]
    assert controller.appointment_text(baseline_visit) == "none yet"

    svc.turn_on(profile, plan_id, now=at(date(2026, 12, 1)))
    plan = controller.load()
    assert not controller.needs_appointments()
    assert "Appointments made." in controller.header_text()
    assert controller.appointment_text(plan.visits[1]) == "4 Apr 2027 10:00"  # local time, summer time
    assert controller.visit(plan.visits[1].id) == plan.visits[1] and controller.visit(None) is None

    measurements.add_measurement(profile, at(BASELINE, 11), "fvc_percent_predicted", 80, source="clinic")
    measurements.add_measurement(profile, at(date(2027, 4, 4), 11), "fvc_percent_predicted", 70, source="clinic")
    plan = controller.load()
    assert [key for key, _label in controller.kinds()] == ["fvc_percent_predicted", "alt_u_l"]
    assert controller.results_text(plan.visits[0]) == "FVC; not yet: ALT"
    assert controller.results_text(plan.visits[2]) == "none"

    chart = controller.chart("fvc_percent_predicted")
    assert chart is not None
    assert chart.title == "FVC % predicted"
    assert chart.points == [(BASELINE, 80.0), (date(2027, 4, 4), 70.0)]
    assert chart.baseline == 80.0 and chart.threshold == 72.0  # a relative fall of 10% from 80
    assert [label for label, _day in chart.visits] == [v.label for v in plan.visits]
    assert chart.summary == "FVC: 80% \u2192 70% predicted since baseline, a relative fall of 12%"
    empty = controller.chart("alt_u_l")
    assert empty is not None and empty.points == [] and empty.summary == "No results to compare with baseline yet."


def test_a_medication_plan_suggests_the_usual_visits(profile) -> None:  # noqa: ANN001
    controller = FollowupController(AppContext(profile), medication_id=1)
    hint = controller.setup_hint()
    assert (hint.unit, hint.visits, hint.contact_name) == (None, None, "")
    assert hint.source.startswith("Enter the visits the clinic planned")


def test_the_words_of_the_log_and_which_changes_read_only_its_rows(profile) -> None:  # noqa: ANN001
    from careorganiser.services.base import Change, bus_of, notify
    from careorganiser.ui.followup.controller import (
        event_told_text,
        events_only,
        number_text,
        severity_text,
    )

    london(profile)
    trial_id = trials.add_trial_manually(profile, "NCT09900001", "Inhaled antifibrotic in IPF")
    trials.set_interest(profile, trial_id, "enrolled")
    plan_id = svc.create_plan(profile, trial_id=trial_id, baseline=BASELINE, visits="0, 3")
    seen: list[Change] = []
    bus_of(profile).subscribe(seen.append)
    told = svc.add_event(profile, plan_id, occurred_on=date(2027, 2, 10), what="Cough", severity=2,
                         told_on=date(2027, 2, 11), told_whom="Trial nurse")
    quiet = svc.add_event(profile, plan_id, occurred_on=date(2027, 2, 1), what="Nausea", severity=1)
    assert [events_only(c) for c in seen] == [frozenset({told}), frozenset({quiet})]
    events = {e.id: e for e in svc.get_plan(profile, plan_id).events}
    assert event_told_text(events[told]) == "yes, 11 Feb 2027 (Trial nurse)"
    assert event_told_text(events[quiet]) == "not yet"
    assert severity_text(2).startswith("2 \u2013 ")
    assert (number_text(62.5, 1), number_text(57.0, 1), number_text(56.6)) == ("62.5", "57", "57")
    # Anything else the panel shows reads the plan again: a measurement, the plan itself, an import.
    assert events_only(notify(profile, records={"measurements": [1]})) is None
    assert events_only(notify(profile, records={"followup_events": [told], "followup_plans": [plan_id]})) is None
    assert events_only(notify(profile, "trials", records={"followup_events": [told]})) is None

    controller = FollowupController(AppContext(profile, clock=lambda: at(date(2027, 3, 1))), trial_id=trial_id)
    controller.load()
    svc.delete_event(profile, quiet, at(date(2027, 3, 1)))
    assert controller.events(frozenset({quiet, told})) == [events[told]]
    assert [e.id for e in controller.plan.events] == [told]  # the plan held follows
    assert svc.events(profile, plan_id + 1, {told}) == []  # another plan's ids are not this plan's


def test_the_chart_scale_without_a_widget() -> None:
    from careorganiser.ui.followup.controller import chart_scale, short_visit_label

    visits = [("Baseline", date(2027, 1, 4)), ("3-month visit", date(2027, 4, 4))]
    scale = chart_scale(visits, [(date(2027, 1, 4), 62.0), (date(2027, 5, 4), 57.0)], 62.0, 55.8)
    assert (scale.first, scale.span) == (date(2027, 1, 4), 120)  # a reading after the last visit widens it
    assert scale.pad == 1.0 and (scale.low, scale.high) == (54.8, 63.0)  # 15% of 6.2 is under 1: at least 1
    assert scale.x(date(2027, 1, 4), 10, 130) == 10 and scale.x(date(2027, 5, 4), 10, 130) == 130
    assert scale.y(scale.low, 20, 220) == 220 and scale.y(scale.high, 20, 220) == 20
    assert chart_scale(visits, [], None, None).low == -1.0  # nothing to show: 0 to 1, padded
    assert short_visit_label("3-month visit") == "3 mo" and short_visit_label("Baseline") == "Baseline"
