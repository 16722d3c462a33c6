"""The pure follow-up plan: visit offsets from time frames, visit days, change from baseline, thresholds."""

from __future__ import annotations

from datetime import date

import pytest

from careorganiser.domain import followup as fu
from careorganiser.domain.followup import Offset, Reading

M = "month"


@pytest.mark.parametrize(("frame", "expected"), [
    ("Baseline, 3, 6, 9, 12 months", [Offset(0), Offset(3), Offset(6), Offset(9), Offset(12)]),
    ("Week 52", [Offset(0), Offset(52, "week")]),
    ("Baseline and Week 52", [Offset(0), Offset(52, "week")]),
    ("Change from baseline to week 4, 12, 24 and 52",
     [Offset(0), Offset(4, "week"), Offset(12, "week"), Offset(24, "week"), Offset(52, "week")]),
    ("Day 1 to Month 12", [Offset(0), Offset(12)]),
    ("2 year/end of study", [Offset(0), Offset(24)]),
    ("12-month", [Offset(0), Offset(12)]),
    ("up to 2 years", []),
    ("Time from enrollment to death, assessed up to 2 years", []),
    ("Throughout the study", []),
])
def test_offsets_from_a_time_frame(frame: str, expected: list[Offset]) -> None:
    assert fu.offsets_from_time_frames([frame]) == expected


def test_time_frames_of_several_outcomes_are_joined_once() -> None:
    frames = ["Baseline, 6 and 12 months", "Week 52", "Months 3 and 9", "up to 2 years"]
    assert fu.offsets_from_time_frames(frames) == [
        Offset(0), Offset(3), Offset(6), Offset(9), Offset(12)]  # week 52 is about 12 months: kept once


def test_offsets_typed_by_hand() -> None:
    assert fu.parse_offsets("0, 3, 6, 9, 12") == [Offset(0), Offset(3), Offset(6), Offset(9), Offset(12)]
    assert fu.parse_offsets("3 6") == [Offset(0), Offset(3), Offset(6)]  # baseline is always a visit
    assert fu.parse_offsets("baseline, 4, 12", "week") == [Offset(0, "week"), Offset(4, "week"), Offset(12, "week")]
    for bad, word in (("", "Enter"), ("3, six", "six"), ("-3", "-3"), ("999", "ten years")):
        with pytest.raises(ValueError, match=word):
            fu.parse_offsets(bad)
    assert fu.offsets_text(fu.parse_offsets("0,3,6,9,12")) == "Baseline, 3, 6, 9, 12 months"


def test_visit_days_follow_the_calendar() -> None:
    visits = fu.build_visits(date(2026, 11, 30), fu.parse_offsets("0,3,6,9,12"), ["fvc_percent_predicted"])
    # 30 November + 3 months is the last day of February
    assert [v.on for v in visits] == [date(2026, 11, 30), date(2027, 2, 28), date(2027, 5, 30),
                                     date(2027, 8, 30), date(2027, 11, 30)]
    assert [v.label for v in visits] == ["Baseline", "3-month visit", "6-month visit", "9-month visit",
                                         "12-month visit"]
    assert Offset(52, "week").date_from(date(2027, 1, 1)) == date(2027, 12, 31)


def _year(baseline: date = date(2027, 1, 4)) -> list[fu.Visit]:
    return fu.build_visits(baseline, fu.parse_offsets("0,3,6,9,12"), list(fu.STANDARD_TESTS))


def test_change_from_baseline_absolute_and_relative() -> None:
    visits = _year()
    readings = [Reading("fvc_percent_predicted", 62, date(2026, 12, 20)),   # at screening, before baseline
                Reading("fvc_percent_predicted", 57, date(2027, 7, 1)),
                Reading("six_minute_walk_m", 400, date(2027, 1, 4)),
                Reading("six_minute_walk_m", 345, date(2027, 4, 4))]
    changes = fu.changes_from_baseline(visits, readings)
    fvc = next(c for c in changes if c.kind == "fvc_percent_predicted")
    assert fvc.visit.label == "6-month visit"
    assert fvc.absolute == -5
    assert fvc.relative == pytest.approx(-5 / 62)
    assert fvc.crossed is None  # 8% is under the 10% threshold
    assert fu.change_text(fvc, "FVC % predicted", "%") == \
        "FVC: 62% \u2192 57% predicted since baseline, a relative fall of 8%"
    walk = next(c for c in changes if c.kind == "six_minute_walk_m")
    assert walk.absolute == -55 and walk.crossed is fu.THRESHOLDS["six_minute_walk_m"]
    assert fu.change_text(walk, "Six-minute walk distance", "m") == \
        "Six-minute walk distance: 400 m \u2192 345 m since baseline, a fall of 55 m"
    spo2 = fu.changes_from_baseline(visits, [Reading("spo2_percent", 96, visits[0].on),
                                             Reading("spo2_percent", 93, visits[1].on)])[0]
    assert fu.change_text(spo2, "SpO2", "%") == "SpO2: 96% \u2192 93% since baseline, a fall of 3 points"
    one = fu.changes_from_baseline(visits, [Reading("spo2_percent", 96, visits[0].on),
                                            Reading("spo2_percent", 95, visits[1].on)])[0]
    assert fu.change_text(one, "SpO2", "%") == "SpO2: 96% \u2192 95% since baseline, a fall of 1 point"
    up = fu.changes_from_baseline(visits, [Reading("spo2_percent", 94, visits[0].on),
                                           Reading("spo2_percent", 95, visits[1].on)])[0]
    assert fu.change_text(up, "SpO2", "%") == "SpO2: 94% \u2192 95% since baseline, a rise of 1 point"
    question = fu.suggested_question(walk, "Six-minute walk distance", "m", subject="NCT09900001")
    assert question is not None and "50 m or more" in question and "3-month visit" in question


@pytest.mark.parametrize(("kind", "baseline", "later", "crossed"), [
    ("fvc_percent_predicted", 70, 63, True),     # exactly 10% relative
    ("fvc_percent_predicted", 70, 63.1, False),
    ("dlco_percent_predicted", 60, 51, True),    # exactly 15%
    ("dlco_percent_predicted", 60, 52, False),
    ("six_minute_walk_m", 420, 370, True),       # exactly 50 m
    ("six_minute_walk_m", 420, 371, False),
    ("spo2_percent", 96, 80, False),             # no threshold stated for SpO2
])
def test_thresholds_at_their_edges(kind: str, baseline: float, later: float, crossed: bool) -> None:
    visits = _year()
    changes = fu.changes_from_baseline(visits, [Reading(kind, baseline, visits[0].on),
                                                Reading(kind, later, visits[4].on)])
    assert len(changes) == 1
    assert (changes[0].crossed is not None) is crossed


def test_a_fall_found_long_after_12_months_is_not_called_a_12_month_fall() -> None:
    visits = fu.build_visits(date(2027, 1, 4), fu.parse_offsets("0, 12, 24"), ["fvc_percent_predicted"])
    changes = fu.changes_from_baseline(visits, [Reading("fvc_percent_predicted", 70, visits[0].on),
                                                Reading("fvc_percent_predicted", 60, visits[2].on)])
    assert changes[0].crossed is None


def test_liver_enzyme_above_three_times_the_upper_limit() -> None:
    visits = _year()
    changes = fu.changes_from_baseline(visits, [Reading("alt_u_l", 30, visits[0].on, 40),
                                                Reading("alt_u_l", 121, visits[1].on, 40)])
    assert changes[0].above_uln
    assert "3 times the upper limit" in (fu.suggested_question(changes[0], "ALT", "U/L") or "")


def test_results_belong_to_the_nearest_visit_within_its_window() -> None:
    visits = fu.build_visits(date(2027, 1, 4), fu.parse_offsets("0, 4, 8", "week"), ["spo2_percent"])
    matched = fu.match_readings(visits, [Reading("spo2_percent", 95, date(2027, 1, 17)),   # day 13: week 0 side
                                         Reading("spo2_percent", 94, date(2027, 1, 19)),   # day 15: week 4 side
                                         Reading("spo2_percent", 93, date(2027, 5, 1))])   # far after: none
    assert matched[0]["spo2_percent"].value == 95
    assert matched[1]["spo2_percent"].value == 94
    assert "spo2_percent" not in matched[2]


def test_tests_due_before_and_not_recorded_after() -> None:
    visits = fu.build_visits(date(2026, 12, 3), fu.parse_offsets("0,3,6,9,12"),
                             ["fvc_percent_predicted", "dlco_percent_predicted"])
    six = visits[2]
    assert six.on == date(2027, 6, 3)
    # 22 days before: nothing yet; 21 days before up to the day: due
    assert [r.text for r in fu.reminders(visits, [], date(2027, 5, 12))] == \
        ["No 3-month FVC and DLCO recorded yet"]
    due = [r.text for r in fu.reminders(visits, [], date(2027, 5, 13)) if r.kind == "due"]
    assert due == ["FVC and DLCO due at the 6-month visit on 3 Jun: book the lung function lab"]
    # the day after, with FVC recorded at the visit
    after = fu.reminders(visits, [Reading("fvc_percent_predicted", 60, six.on)], date(2027, 6, 4))
    assert [r.text for r in after] == ["No 6-month DLCO recorded yet"]
    # a result recorded a week late clears it
    late = [Reading("fvc_percent_predicted", 60, six.on), Reading("dlco_percent_predicted", 45, date(2027, 6, 10))]
    assert fu.reminders(visits, late, date(2027, 6, 11)) == []
    # the last visit's reminder stops after MISSING_NOTICE_DAYS
    last = visits[-1].on
    assert fu.reminders(visits, [], last.fromordinal(last.toordinal() + fu.MISSING_NOTICE_DAYS))
    assert not fu.reminders(visits, [], last.fromordinal(last.toordinal() + fu.MISSING_NOTICE_DAYS + 1))


def test_booking_hints_name_the_place() -> None:
    assert fu.booking_hint(["alt_u_l"]) == "book the blood test"
    assert fu.booking_hint(["fvc_percent_predicted", "ast_u_l"]) == "book the lung function lab and the blood test"
    assert fu.booking_hint(["spo2_percent"]) == "check the visit is booked"
    assert fu.tests_text(["fvc_percent_predicted", "dlco_percent_predicted", "six_minute_walk_m"]) == \
        "FVC, DLCO and 6MWD"
