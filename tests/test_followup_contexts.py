"""The change from baseline compares readings taken the same way: SpO2 at rest at baseline against SpO2 on
exertion at a visit is not a fall, and says so."""

from __future__ import annotations

from datetime import date

from careorganiser.domain import followup as fu
from careorganiser.domain.followup import Reading


def _visits() -> list[fu.Visit]:
    return fu.build_visits(date(2027, 1, 4), fu.parse_offsets("0,3,6"), ["spo2_percent", "six_minute_walk_m"])


def test_a_baseline_at_rest_is_not_compared_with_a_visit_on_exertion() -> None:
    visits = _visits()
    readings = [Reading("spo2_percent", 96, visits[0].on, context="rest"),
                Reading("spo2_percent", 86, visits[1].on, context="exertion")]
    [change] = fu.changes_from_baseline(visits, readings)
    # before: "SpO2: 96% -> 86% since baseline, a fall of 10 points"
    assert not change.comparable and change.absolute == 0 and change.crossed is None
    assert fu.change_text(change, "SpO2", "%") == ("SpO2: 96% at rest at baseline, 86% on exertion at the 3-month "
                                                   "visit: taken differently, so not compared")
    assert fu.suggested_question(change, "SpO2", "%") is None


def test_like_is_compared_with_like_when_both_ways_are_recorded() -> None:
    visits = _visits()
    readings = [Reading("spo2_percent", 96, visits[0].on, context="rest"),
                Reading("spo2_percent", 90, visits[0].on, context="exertion"),
                Reading("spo2_percent", 95, visits[1].on, context="rest"),
                Reading("spo2_percent", 84, visits[1].on, context="exertion")]
    changes = fu.changes_from_baseline(visits, readings)
    assert [(c.baseline.value, c.reading.value, c.comparable) for c in changes] == [(96, 95, True), (90, 84, True)]
    assert [fu.change_text(c, "SpO2", "%") for c in changes] == [
        "SpO2, at rest: 96% \u2192 95% since baseline, a fall of 1 point",
        "SpO2, on exertion: 90% \u2192 84% since baseline, a fall of 6 points"]


def test_a_reading_that_does_not_say_is_not_compared_with_one_at_rest() -> None:
    visits = _visits()
    readings = [Reading("spo2_percent", 96, visits[0].on, context="rest"), Reading("spo2_percent", 92, visits[1].on)]
    [change] = fu.changes_from_baseline(visits, readings)
    assert not change.comparable
    assert "96% at rest at baseline, 92% activity not stated at the 3-month visit" in fu.change_text(change, "SpO2", "%")


def test_readings_that_never_say_are_compared_as_before() -> None:
    visits = _visits()
    [change] = fu.changes_from_baseline(visits, [Reading("six_minute_walk_m", 400, visits[0].on),
                                                 Reading("six_minute_walk_m", 340, visits[1].on)])
    assert change.comparable and change.crossed is fu.THRESHOLDS["six_minute_walk_m"]
    assert fu.change_text(change, "Six-minute walk distance", "m") == \
        "Six-minute walk distance: 400 m \u2192 340 m since baseline, a fall of 60 m"
