"""Schedules: the interchange object, occurrences through daylight-saving changes, plain words, the clock."""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo

import fresh_imports
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from careorganiser import i18n
from careorganiser.domain import clock
from careorganiser.domain.clock import (
    day_bounds,
    day_start,
    iso_instant,
    local_zone,
    parse_instant,
    to_utc,
    wall_to_utc,
    zone_from_name,
)
from careorganiser.domain.schedules import Schedule, ScheduleError, describe, format_date, occurrences

LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")
LORD_HOWE = ZoneInfo("Australia/Lord_Howe")
APIA = ZoneInfo("Pacific/Apia")
ZONE_NAMES = ["UTC", "Europe/London", "America/New_York", "Australia/Lord_Howe", "Pacific/Apia", "Asia/Kolkata"]


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def local_day_range(first: date, last: date, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """[first local midnight, the local midnight after last)."""
    return day_start(first, zone), day_start(last + timedelta(days=1), zone)


def times(*clock_times: str, weekdays: tuple[str, ...] | None = None, **window: date) -> Schedule:
    return Schedule(kind="times", times=clock_times, weekdays=weekdays, **window)


def on_day(schedule: Schedule, day: date, zone: ZoneInfo) -> list[datetime]:
    return occurrences(schedule, *day_bounds(day, zone), zone)


def wall(instant: datetime, zone: ZoneInfo) -> str:
    return instant.astimezone(zone).strftime("%Y-%m-%d %H:%M %Z")


# ---- the interchange object ----------------------------------------------------------------------

SPEC_EXAMPLES = [
    {"kind": "times", "times": ["08:00", "13:00", "19:00"], "weekdays": None, "from": None, "until": None},
    {"kind": "every_n_days", "every": 2, "times": ["09:00"], "start": "2026-11-01"},
    {"kind": "every_hours", "hours": 6, "start": "2026-11-01T06:00"},
    {"kind": "as_needed", "min_gap_hours": 4, "max_per_day": 4},
]


@pytest.mark.parametrize("data", SPEC_EXAMPLES, ids=lambda d: d["kind"])
def test_spec_examples_read_and_write_back(data: dict) -> None:
    schedule = Schedule.from_interchange(data)
    written = schedule.to_interchange()
    for key, value in data.items():
        assert written[key] == value
    assert Schedule.from_interchange(written) == schedule
    assert Schedule.from_interchange(written).to_interchange() == written


def test_fields_are_read_into_the_dataclass() -> None:
    every_n = Schedule.from_interchange(SPEC_EXAMPLES[1])
    assert every_n == Schedule(kind="every_n_days", times=("09:00",), every=2, start_on=date(2026, 11, 1))
    every_hours = Schedule.from_interchange(SPEC_EXAMPLES[2])
    assert every_hours.start_at == datetime(2026, 11, 1, 6, 0)
    assert every_hours.hours == 6
    as_needed = Schedule.from_interchange(SPEC_EXAMPLES[3])
    assert (as_needed.min_gap_hours, as_needed.max_per_day) == (4, 4)
    windowed = Schedule.from_interchange(
        {"kind": "times", "times": ["08:00"], "weekdays": ["mon", "fri"], "from": "2026-12-01", "until": "2026-12-14"})
    assert windowed.weekdays == ("mon", "fri")
    assert (windowed.from_date, windowed.until_date) == (date(2026, 12, 1), date(2026, 12, 14))


def test_written_keys_per_kind() -> None:
    keys = [list(Schedule.from_interchange(d).to_interchange()) for d in SPEC_EXAMPLES]
    assert keys == [
        ["kind", "times", "weekdays", "from", "until"],
        ["kind", "every", "times", "start", "from", "until"],
        ["kind", "hours", "start", "from", "until"],
        ["kind", "min_gap_hours", "max_per_day", "from", "until"],
    ]


def test_reader_is_tolerant_of_spelling_and_missing_optional_fields() -> None:
    schedule = Schedule.from_interchange(
        {"kind": "times", "times": ["8:00", "21:30"], "weekdays": ["Mon", "Wednesday"], "unknown": 1})
    assert schedule.times == ("08:00", "21:30")
    assert schedule.weekdays == ("mon", "wed")
    assert Schedule.from_interchange({"kind": "as_needed"}) == Schedule(kind="as_needed")
    fractional = Schedule.from_interchange({"kind": "every_hours", "hours": 1.5, "start": "2026-01-01T00:00:00"})
    assert fractional.to_interchange()["hours"] == 1.5
    assert fractional.to_interchange()["start"] == "2026-01-01T00:00"
    whole_float = Schedule.from_interchange({"kind": "every_n_days", "every": 3.0, "times": ["09:00"],
                                             "start": "2026-01-01", "weekdays": None})
    assert whole_float.every == 3


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"kind": "times", "times": ["08:00", "25:00"]}, 'times[1]: "25:00" is not a time'),
        ({"kind": "times", "times": ["08:60"]}, 'times[0]: "08:60" is not a time'),
        ({"kind": "times", "times": ["8am"]}, 'times[0]: "8am" is not a time'),
        ({"kind": "times", "times": [800]}, "times[0]: 800 is not a time"),
        ({"kind": "times", "times": "08:00"}, 'times: "08:00" is not a list of HH:MM times'),
        ({"kind": "times", "times": []}, "times: at least one time is needed"),
        ({"kind": "times"}, "times: at least one time is needed"),
        ({"kind": "times", "times": ["08:00", "8:00"]}, 'times[1]: "08:00" is already times[0]'),
        ({"times": ["08:00"]}, "kind: missing"),
        ({"kind": "weekly", "times": ["08:00"]}, 'kind: "weekly" is not one of times, every_n_days'),
        ({"kind": "times", "times": ["08:00"], "weekdays": ["mon", "funday"]}, 'weekdays[1]: "funday" is not one of'),
        ({"kind": "times", "times": ["08:00"], "weekdays": []}, "weekdays: choose at least one day"),
        ({"kind": "times", "times": ["08:00"], "weekdays": ["mon", "mon"]}, 'weekdays[1]: "mon" is repeated'),
        ({"kind": "times", "times": ["08:00"], "weekdays": "mon"}, 'weekdays: "mon" is not a list of days'),
        ({"kind": "every_n_days", "times": ["09:00"], "start": "2026-11-01"}, "every: missing"),
        ({"kind": "every_n_days", "every": 0, "times": ["09:00"], "start": "2026-11-01"},
         "every: 0 is not a whole number of days, 1 or more"),
        ({"kind": "every_n_days", "every": 1.5, "times": ["09:00"], "start": "2026-11-01"},
         "every: 1.5 is not a whole number"),
        ({"kind": "every_n_days", "every": True, "times": ["09:00"], "start": "2026-11-01"},
         "every: true is not a whole number"),
        ({"kind": "every_n_days", "every": 2, "times": ["09:00"]}, "start: missing"),
        ({"kind": "every_n_days", "every": 2, "times": ["09:00"], "start": "2026-13-01"},
         'start: "2026-13-01" is not a date'),
        ({"kind": "every_n_days", "every": 2, "times": ["09:00"], "start": "2026-11-01", "weekdays": ["mon"]},
         "weekdays: not used by kind every_n_days"),
        ({"kind": "every_hours", "start": "2026-11-01T06:00"}, "hours: missing"),
        ({"kind": "every_hours", "hours": 0, "start": "2026-11-01T06:00"}, "hours: 0 is not a number of hours above 0"),
        ({"kind": "every_hours", "hours": -6, "start": "2026-11-01T06:00"}, "hours: -6 is not a number of hours"),
        ({"kind": "every_hours", "hours": "six", "start": "2026-11-01T06:00"}, 'hours: "six" is not a number'),
        ({"kind": "every_hours", "hours": 0.001, "start": "2026-11-01T06:00"}, "hours: 0.001 is less than a minute"),
        ({"kind": "every_hours", "hours": 1e300, "start": "2026-11-01T06:00"}, "hours: 1e+300 is more than a year"),
        ({"kind": "every_n_days", "every": 10**9, "times": ["09:00"], "start": "2026-11-01"},
         "every: 1000000000 days is more than ten years"),
        ({"kind": "as_needed", "min_gap_hours": 1e12}, "min_gap_hours: 1000000000000.0 is more than a year"),
        ({"kind": "every_hours", "hours": float("nan"), "start": "2026-11-01T06:00"}, "hours: NaN is not a number"),
        ({"kind": "every_hours", "hours": 6}, "start: missing"),
        ({"kind": "every_hours", "hours": 6, "start": "2026-11-01T06:00+01:00"},
         'start: "2026-11-01T06:00+01:00" must be a local time without an offset'),
        ({"kind": "every_hours", "hours": 6, "start": "soon"}, 'start: "soon" is not a local date and time'),
        ({"kind": "every_hours", "hours": 6, "start": "2026-11-01T06:00", "times": ["06:00"]},
         "times: not used by kind every_hours"),
        ({"kind": "times", "times": ["08:00"], "hours": 6}, "hours: not used by kind times"),
        ({"kind": "times", "times": ["08:00"], "start": "2026-11-01"}, "start: not used by kind times"),
        ({"kind": "as_needed", "min_gap_hours": -1}, "min_gap_hours: -1 is not a number of hours, 0 or more"),
        ({"kind": "as_needed", "max_per_day": 0}, "max_per_day: 0 is not a whole number, 1 or more"),
        ({"kind": "as_needed", "max_per_day": "four"}, 'max_per_day: "four" is not a whole number'),
        ({"kind": "times", "times": ["08:00"], "max_per_day": 4}, "max_per_day: not used by kind times"),
        ({"kind": "times", "times": ["08:00"], "from": "yesterday"}, 'from: "yesterday" is not a date'),
        ({"kind": "times", "times": ["08:00"], "from": "2026-12-14", "until": "2026-12-01"},
         "until: 2026-12-01 is before from 2026-12-14"),
    ],
)
def test_bad_schedules_are_refused_naming_the_field(data: dict, message: str) -> None:
    with pytest.raises(ScheduleError) as caught:
        Schedule.from_interchange(data)
    assert str(caught.value).startswith(message)
    assert str(caught.value).startswith(caught.value.field + ": ")
    assert isinstance(caught.value, ValueError)


def test_validate_checks_a_schedule_built_in_code() -> None:
    with pytest.raises(ScheduleError, match=r'^times\[0\]: "8:00" must be written HH:MM'):
        Schedule(kind="times", times=("8:00",)).validate()
    with pytest.raises(ScheduleError, match=r'^weekdays\[0\]: "Mon" is not one of'):
        times("08:00", weekdays=("Mon",)).validate()
    with pytest.raises(ScheduleError, match=r"^start: missing"):
        Schedule(kind="every_hours", hours=6).validate()
    with pytest.raises(ScheduleError, match=r"^start: .* is not a local date and time"):
        Schedule(kind="every_hours", hours=6, start_at=utc(2026, 1, 1)).validate()
    times("08:00", "20:00", weekdays=("mon", "thu")).validate()


def test_occurrences_refuse_an_invalid_schedule_and_naive_instants() -> None:
    with pytest.raises(ScheduleError, match=r"^times\[0\]"):
        occurrences(times("24:00"), utc(2026, 1, 1), utc(2026, 1, 2), LONDON)
    with pytest.raises(ValueError, match="aware"):
        occurrences(times("08:00"), datetime(2026, 1, 1), datetime(2026, 1, 2), LONDON)


# ---- occurrences: ordinary days ----------------------------------------------------------------------

def test_times_every_day_in_local_time() -> None:
    schedule = Schedule.from_interchange(SPEC_EXAMPLES[0])
    found = occurrences(schedule, *local_day_range(date(2026, 7, 1), date(2026, 7, 2), LONDON), LONDON)
    assert found == [utc(2026, 7, 1, 7), utc(2026, 7, 1, 12), utc(2026, 7, 1, 18),
                     utc(2026, 7, 2, 7), utc(2026, 7, 2, 12), utc(2026, 7, 2, 18)]
    assert all(instant.tzinfo is UTC for instant in found)


def test_range_is_start_inclusive_end_exclusive() -> None:
    schedule = times("08:00")
    assert occurrences(schedule, utc(2026, 1, 5, 8), utc(2026, 1, 6, 8), LONDON) == [utc(2026, 1, 5, 8)]
    assert occurrences(schedule, utc(2026, 1, 5, 8, 0, 1), utc(2026, 1, 6, 8), LONDON) == []
    assert occurrences(schedule, utc(2026, 1, 6), utc(2026, 1, 5), LONDON) == []


def test_range_given_in_another_zone_means_the_same_instants() -> None:
    schedule = times("08:00")
    start = datetime(2026, 1, 5, 3, 0, tzinfo=NEW_YORK)  # 08:00 UTC
    assert occurrences(schedule, start, start + timedelta(hours=1), LONDON) == [utc(2026, 1, 5, 8)]


def test_as_needed_has_no_occurrences() -> None:
    schedule = Schedule.from_interchange(SPEC_EXAMPLES[3])
    assert occurrences(schedule, utc(2026, 1, 1), utc(2027, 1, 1), LONDON) == []


def test_weekday_schedule() -> None:
    schedule = times("08:00", weekdays=("mon", "wed", "fri"))
    found = occurrences(schedule, *local_day_range(date(2026, 12, 7), date(2026, 12, 20), LONDON), LONDON)
    assert [instant.date() for instant in found] == [
        date(2026, 12, 7), date(2026, 12, 9), date(2026, 12, 11),
        date(2026, 12, 14), date(2026, 12, 16), date(2026, 12, 18)]
    assert {instant.strftime("%a") for instant in found} == {"Mon", "Wed", "Fri"}


def test_weekday_is_the_local_weekday() -> None:
    # 00:30 on a Monday in Auckland is still Sunday in UTC.
    auckland = ZoneInfo("Pacific/Auckland")
    found = occurrences(times("00:30", weekdays=("mon",)), utc(2026, 7, 1), utc(2026, 7, 15), auckland)
    assert [instant.astimezone(auckland).strftime("%a %H:%M") for instant in found] == ["Mon 00:30", "Mon 00:30"]
    assert all(instant.strftime("%a") == "Sun" for instant in found)


def test_date_window_is_inclusive_local_dates() -> None:
    schedule = times("08:00", "20:00", from_date=date(2026, 12, 1), until_date=date(2026, 12, 14))
    found = occurrences(schedule, *local_day_range(date(2026, 11, 25), date(2026, 12, 20), LONDON), LONDON)
    assert len(found) == 28
    assert found[0] == utc(2026, 12, 1, 8)
    assert found[-1] == utc(2026, 12, 14, 20)


def test_date_window_uses_the_local_date_not_utc() -> None:
    # 23:30 in New York on 14 Dec is 04:30 UTC on 15 Dec: still inside a window ending on the 14th.
    schedule = times("23:30", until_date=date(2026, 12, 14))
    found = occurrences(schedule, utc(2026, 12, 14, 12), utc(2026, 12, 20), NEW_YORK)
    assert found == [utc(2026, 12, 15, 4, 30)]


def test_open_ended_windows() -> None:
    only_from = times("09:00", from_date=date(2026, 5, 10))
    only_until = times("09:00", until_date=date(2026, 5, 10))
    start, end = local_day_range(date(2026, 5, 8), date(2026, 5, 12), LONDON)
    assert [i.day for i in occurrences(only_from, start, end, LONDON)] == [10, 11, 12]
    assert [i.day for i in occurrences(only_until, start, end, LONDON)] == [8, 9, 10]


def test_every_n_days_anchor_before_the_range() -> None:
    schedule = Schedule.from_interchange(SPEC_EXAMPLES[1])  # every 2 days at 09:00 from 1 Nov 2026
    found = occurrences(schedule, *local_day_range(date(2026, 11, 10), date(2026, 11, 15), LONDON), LONDON)
    assert found == [utc(2026, 11, 11, 9), utc(2026, 11, 13, 9), utc(2026, 11, 15, 9)]


def test_every_n_days_anchor_far_before_the_range() -> None:
    schedule = Schedule(kind="every_n_days", every=7, times=("09:00",), start_on=date(2001, 1, 1))  # a Monday
    found = occurrences(schedule, *local_day_range(date(2026, 12, 1), date(2026, 12, 31), LONDON), LONDON)
    assert [i.day for i in found] == [7, 14, 21, 28]
    assert all(i.strftime("%a") == "Mon" for i in found)


def test_every_n_days_anchor_after_the_range_and_inside_it() -> None:
    schedule = Schedule.from_interchange(SPEC_EXAMPLES[1])
    before = local_day_range(date(2026, 10, 20), date(2026, 10, 31), LONDON)
    assert occurrences(schedule, *before, LONDON) == []
    across = local_day_range(date(2026, 10, 25), date(2026, 11, 4), LONDON)
    assert occurrences(schedule, *across, LONDON) == [utc(2026, 11, 1, 9), utc(2026, 11, 3, 9)]


def test_every_n_days_with_a_window() -> None:
    schedule = Schedule(kind="every_n_days", every=3, times=("09:00", "21:00"), start_on=date(2026, 1, 1),
                        from_date=date(2026, 1, 5), until_date=date(2026, 1, 10))
    found = occurrences(schedule, utc(2026, 1, 1), utc(2026, 2, 1), LONDON)
    assert found == [utc(2026, 1, 7, 9), utc(2026, 1, 7, 21), utc(2026, 1, 10, 9), utc(2026, 1, 10, 21)]


def test_every_hours_counts_from_its_anchor() -> None:
    schedule = Schedule.from_interchange(SPEC_EXAMPLES[2])  # every 6 hours from 06:00 on 1 Nov 2026
    found = occurrences(schedule, utc(2026, 10, 31), utc(2026, 11, 2, 1), LONDON)
    assert found == [utc(2026, 11, 1, 6), utc(2026, 11, 1, 12), utc(2026, 11, 1, 18), utc(2026, 11, 2, 0)]
    later = occurrences(schedule, utc(2027, 3, 1, 1), utc(2027, 3, 1, 13), LONDON)
    assert later == [utc(2027, 3, 1, 6), utc(2027, 3, 1, 12)]


def test_every_hours_with_a_fraction_and_a_window() -> None:
    schedule = Schedule(kind="every_hours", hours=1.5, start_at=datetime(2026, 6, 1, 0, 0),
                        until_date=date(2026, 6, 1))
    found = occurrences(schedule, utc(2026, 5, 1), utc(2026, 7, 1), LONDON)
    assert len(found) == 16  # 00:00 to 22:30 local
    assert wall(found[0], LONDON) == "2026-06-01 00:00 BST"
    assert wall(found[-1], LONDON) == "2026-06-01 22:30 BST"


# ---- occurrences: the daylight-saving days ----------------------------------------------------------

@pytest.mark.parametrize(
    ("zone", "day", "clock_time", "expected"),
    [
        # London spring forward: 01:00 GMT -> 02:00 BST on 29 Mar 2026 (at 01:00 UTC).
        (LONDON, date(2026, 3, 29), "00:30", utc(2026, 3, 29, 0, 30)),
        (LONDON, date(2026, 3, 29), "01:00", utc(2026, 3, 29, 1, 0)),
        (LONDON, date(2026, 3, 29), "01:30", utc(2026, 3, 29, 1, 0)),  # missing: 02:00 BST
        (LONDON, date(2026, 3, 29), "02:30", utc(2026, 3, 29, 1, 30)),
        (LONDON, date(2026, 3, 29), "08:00", utc(2026, 3, 29, 7, 0)),
        # London fall back: 02:00 BST -> 01:00 GMT on 25 Oct 2026 (at 01:00 UTC).
        (LONDON, date(2026, 10, 25), "00:30", utc(2026, 10, 24, 23, 30)),
        (LONDON, date(2026, 10, 25), "01:30", utc(2026, 10, 25, 0, 30)),  # repeated: the first one (BST)
        (LONDON, date(2026, 10, 25), "02:30", utc(2026, 10, 25, 2, 30)),
        (LONDON, date(2026, 10, 25), "08:00", utc(2026, 10, 25, 8, 0)),
        # New York spring forward: 02:00 EST -> 03:00 EDT on 8 Mar 2026 (at 07:00 UTC).
        (NEW_YORK, date(2026, 3, 8), "01:30", utc(2026, 3, 8, 6, 30)),
        (NEW_YORK, date(2026, 3, 8), "02:00", utc(2026, 3, 8, 7, 0)),
        (NEW_YORK, date(2026, 3, 8), "02:30", utc(2026, 3, 8, 7, 0)),  # missing: 03:00 EDT
        (NEW_YORK, date(2026, 3, 8), "03:30", utc(2026, 3, 8, 7, 30)),
        # New York fall back: 02:00 EDT -> 01:00 EST on 1 Nov 2026 (at 06:00 UTC).
        (NEW_YORK, date(2026, 11, 1), "01:30", utc(2026, 11, 1, 5, 30)),  # repeated: the first one (EDT)
        (NEW_YORK, date(2026, 11, 1), "02:30", utc(2026, 11, 1, 7, 30)),
        # Lord Howe moves by 30 minutes: 02:00 -> 02:30 on 4 Oct 2026, 02:00 -> 01:30 on 5 Apr 2026.
        (LORD_HOWE, date(2026, 10, 4), "02:15", utc(2026, 10, 3, 15, 30)),  # missing: 02:30 +11
        (LORD_HOWE, date(2026, 4, 5), "01:45", utc(2026, 4, 4, 14, 45)),  # repeated: the first one (+11)
    ],
)
def test_a_dose_on_a_daylight_saving_day_happens_once(
    zone: ZoneInfo, day: date, clock_time: str, expected: datetime
) -> None:
    assert on_day(times(clock_time), day, zone) == [expected]


@pytest.mark.parametrize(
    ("zone", "day"),
    [(LONDON, date(2026, 3, 29)), (LONDON, date(2026, 10, 25)),
     (NEW_YORK, date(2026, 3, 8)), (NEW_YORK, date(2026, 11, 1))],
)
def test_every_wall_time_of_a_daylight_saving_day_fires_exactly_once(zone: ZoneInfo, day: date) -> None:
    schedule = times("00:30", "01:00", "01:30", "02:30", "03:00", "08:00", "23:30")
    found = on_day(schedule, day, zone)
    # On the spring days a missing time lands on the first time after the gap, which is also a
    # dose (London's 01:30 -> 02:00 BST, like 01:00; New York's 02:30 -> 03:00): one dose, never two.
    expected = 6 if day.month == 3 else 7
    assert len(found) == expected == len(set(found))
    assert found == sorted(found)
    start, end = day_bounds(day, zone)
    assert all(start <= instant < end for instant in found)
    # The days around it have every dose too.
    for other in (day - timedelta(days=1), day + timedelta(days=1)):
        assert len(on_day(schedule, other, zone)) == 7


def test_missing_hour_dose_fires_at_the_first_valid_time_after_the_gap() -> None:
    found = on_day(times("01:30"), date(2026, 3, 29), LONDON)
    assert [wall(i, LONDON) for i in found] == ["2026-03-29 02:00 BST"]
    found = on_day(times("02:30"), date(2026, 3, 8), NEW_YORK)
    assert [wall(i, NEW_YORK) for i in found] == ["2026-03-08 03:00 EDT"]


def test_every_n_days_on_daylight_saving_days() -> None:
    schedule = Schedule(kind="every_n_days", every=7, times=("01:30",), start_on=date(2026, 3, 1))
    found = occurrences(schedule, utc(2026, 3, 1), utc(2026, 4, 1), LONDON)
    assert [wall(i, LONDON) for i in found] == [
        "2026-03-01 01:30 GMT", "2026-03-08 01:30 GMT", "2026-03-15 01:30 GMT", "2026-03-22 01:30 GMT",
        "2026-03-29 02:00 BST"]


def test_every_hours_keeps_absolute_spacing_across_fall_back() -> None:
    schedule = Schedule(kind="every_hours", hours=6, start_at=datetime(2026, 10, 24, 20, 0))
    found = occurrences(schedule, utc(2026, 10, 24), utc(2026, 10, 25, 14), LONDON)
    assert found == [utc(2026, 10, 24, 19), utc(2026, 10, 25, 1), utc(2026, 10, 25, 7), utc(2026, 10, 25, 13)]
    assert [wall(i, LONDON) for i in found] == [
        "2026-10-24 20:00 BST", "2026-10-25 01:00 GMT", "2026-10-25 07:00 GMT", "2026-10-25 13:00 GMT"]


def test_every_hours_keeps_absolute_spacing_across_spring_forward() -> None:
    schedule = Schedule(kind="every_hours", hours=8, start_at=datetime(2026, 3, 7, 22, 0))
    found = occurrences(schedule, utc(2026, 3, 7), utc(2026, 3, 9, 4), NEW_YORK)
    assert [wall(i, NEW_YORK) for i in found] == [
        "2026-03-07 22:00 EST", "2026-03-08 07:00 EDT", "2026-03-08 15:00 EDT", "2026-03-08 23:00 EDT"]
    assert all(b - a == timedelta(hours=8) for a, b in zip(found, found[1:], strict=False))


def test_every_hours_anchor_in_the_missing_hour() -> None:
    schedule = Schedule(kind="every_hours", hours=12, start_at=datetime(2026, 3, 29, 1, 30))
    found = occurrences(schedule, utc(2026, 3, 28), utc(2026, 3, 30), LONDON)
    assert found == [utc(2026, 3, 29, 1), utc(2026, 3, 29, 13)]


def test_a_skipped_calendar_day_loses_no_dose() -> None:
    # Samoa skipped 30 Dec 2011 entirely; its doses fire once, at the first instant of the 31st.
    schedule = times("08:00", "20:00")
    found = occurrences(schedule, *local_day_range(date(2011, 12, 29), date(2011, 12, 31), APIA), APIA)
    assert [wall(i, APIA) for i in found] == [
        "2011-12-29 08:00 -10", "2011-12-29 20:00 -10", "2011-12-31 00:00 +14",
        "2011-12-31 08:00 +14", "2011-12-31 20:00 +14"]


def test_a_year_of_doses() -> None:
    schedule = Schedule.from_interchange(SPEC_EXAMPLES[0])
    for zone in (LONDON, NEW_YORK):
        found = occurrences(schedule, *local_day_range(date(2026, 1, 1), date(2026, 12, 31), zone), zone)
        assert len(found) == 365 * 3
        local_times = {(i.astimezone(zone).strftime("%H:%M")) for i in found}
        assert local_times == {"08:00", "13:00", "19:00"}


# ---- property tests -----------------------------------------------------------------------------

@cache
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


@cache
def _transition_days(name: str) -> tuple[date, ...]:
    """Local dates in 2000-2040 on which the zone's UTC offset changes (found by daily sampling)."""
    zone = _zone(name)
    days = []
    moment = datetime(2000, 1, 1, 12, tzinfo=UTC)
    previous = moment.astimezone(zone).utcoffset()
    while moment.year <= 2040:
        moment += timedelta(days=1)
        offset = moment.astimezone(zone).utcoffset()
        if offset != previous:
            days.append((moment - timedelta(days=1)).astimezone(zone).date())
            days.append(moment.astimezone(zone).date())
        previous = offset
    return tuple(days) or (date(2026, 3, 29),)


def _offsets_near(wall_time: datetime, zone: ZoneInfo) -> set[timedelta]:
    guess = wall_time.replace(tzinfo=UTC)
    return {(guess + timedelta(hours=h)).astimezone(zone).utcoffset() for h in range(-48, 49)}


def _local(instant: datetime, zone: ZoneInfo) -> datetime:
    return instant.astimezone(zone).replace(tzinfo=None)


def expected_instant(wall_time: datetime, zone: ZoneInfo) -> datetime:
    """An independent oracle for the policy: the first instant showing ``wall_time`` on the clock,
    else (a gap) the first whole minute whose clock reads later than it."""
    offsets = sorted(_offsets_near(wall_time, zone))
    showing = [
        (wall_time - offset).replace(tzinfo=UTC) for offset in offsets
        if _local((wall_time - offset).replace(tzinfo=UTC), zone) == wall_time
    ]
    if showing:
        return min(showing)
    moment = (wall_time - offsets[-1]).replace(tzinfo=UTC)
    while _local(moment, zone) <= wall_time:
        moment += timedelta(minutes=1)
    assert _local(moment - timedelta(minutes=1), zone) < wall_time
    return moment


zone_names = st.sampled_from(ZONE_NAMES)
clock_times = st.tuples(
    st.one_of(st.integers(0, 23), st.sampled_from([0, 1, 2, 3, 23])),
    st.one_of(st.sampled_from([0, 15, 30, 45, 59]), st.integers(0, 59)),
)


@st.composite
def zone_and_day(draw: st.DrawFn) -> tuple[str, date]:
    name = draw(zone_names)
    if draw(st.booleans()):
        return name, draw(st.dates(date(2000, 1, 1), date(2040, 12, 31)))
    day = draw(st.sampled_from(_transition_days(name))) + timedelta(days=draw(st.integers(-2, 0)))
    return name, day


@st.composite
def instant_range(draw: st.DrawFn, zone: ZoneInfo, day: date, max_days: int = 6) -> tuple[datetime, datetime]:
    if draw(st.booleans()):  # whole local days
        return local_day_range(day, day + timedelta(days=draw(st.integers(0, max_days - 1))), zone)
    start = day_start(day, zone) + timedelta(minutes=draw(st.integers(-1440, 1440)))
    return start, start + timedelta(minutes=draw(st.integers(0, max_days * 1440)))


def _check_basic(found: list[datetime], start: datetime, end: datetime) -> None:
    assert found == sorted(found)
    assert len(found) == len(set(found))
    assert all(instant.tzinfo is UTC and start <= instant < end for instant in found)


def _wall_clock_expected(schedule: Schedule, start: datetime, end: datetime, zone: ZoneInfo,
                         day_matches: Callable[[date], bool]) -> list[datetime]:
    first = start.astimezone(zone).date() - timedelta(days=3)
    last = end.astimezone(zone).date() + timedelta(days=3)
    expected = set()
    day = first
    while day <= last:
        if day_matches(day) and schedule.in_window(day):
            for text in schedule.times:
                hour, minute = map(int, text.split(":"))
                instant = expected_instant(datetime(day.year, day.month, day.day, hour, minute), zone)
                if start <= instant < end:
                    expected.add(instant)
        day += timedelta(days=1)
    return sorted(expected)


PROPERTY_SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY_SETTINGS
@given(data=st.data(), where=zone_and_day(),
       clock=st.lists(clock_times, min_size=1, max_size=5, unique=True))
def test_property_times_every_day(data: st.DataObject, where: tuple[str, date],
                                  clock: list[tuple[int, int]]) -> None:
    zone = _zone(where[0])
    schedule = times(*(f"{h:02d}:{m:02d}" for h, m in clock))
    start, end = data.draw(instant_range(zone, where[1]))
    found = occurrences(schedule, start, end, zone)
    _check_basic(found, start, end)
    assert found == _wall_clock_expected(schedule, start, end, zone, lambda day: True)


@PROPERTY_SETTINGS
@given(data=st.data(), where=zone_and_day(),
       clock=st.lists(clock_times, min_size=1, max_size=3, unique=True))
def test_property_each_whole_day_has_each_time_once(data: st.DataObject, where: tuple[str, date],
                                                     clock: list[tuple[int, int]]) -> None:
    zone = _zone(where[0])
    schedule = times(*(f"{h:02d}:{m:02d}" for h, m in clock))
    first = where[1]
    count = data.draw(st.integers(1, 5))
    found = occurrences(schedule, *local_day_range(first, first + timedelta(days=count - 1), zone), zone)
    for offset in range(count):
        day = first + timedelta(days=offset)
        day_from, day_to = day_bounds(day, zone)
        for h, m in clock:
            wanted = expected_instant(datetime(day.year, day.month, day.day, h, m), zone)
            if day_from <= wanted < day_to:
                assert found.count(wanted) == 1, (day, h, m)
            else:
                # Only a gap running to the end of the day (Samoa's lost 30 Dec 2011) moves a
                # dose out of its day: to the first instant of the next one, still exactly once.
                assert wanted == day_to, (day, h, m)
                assert found.count(wanted) == (1 if offset < count - 1 else 0)
        # Each whole day gets exactly its own doses.
        assert on_day(schedule, day, zone) == [i for i in found if day_from <= i < day_to]


@PROPERTY_SETTINGS
@given(data=st.data(), where=zone_and_day(),
       clock=st.lists(clock_times, min_size=1, max_size=3, unique=True),
       weekdays=st.lists(st.sampled_from(["mon", "tue", "wed", "thu", "fri", "sat", "sun"]),
                         min_size=1, max_size=7, unique=True),
       window=st.tuples(st.integers(-3, 8), st.integers(0, 8)))
def test_property_weekdays_and_window(data: st.DataObject, where: tuple[str, date], clock: list[tuple[int, int]],
                                      weekdays: list[str], window: tuple[int, int]) -> None:
    zone = _zone(where[0])
    window_from = where[1] + timedelta(days=window[0])
    schedule = times(*(f"{h:02d}:{m:02d}" for h, m in clock), weekdays=tuple(weekdays),
                     from_date=window_from, until_date=window_from + timedelta(days=window[1]))
    start, end = data.draw(instant_range(zone, where[1], max_days=10))
    found = occurrences(schedule, start, end, zone)
    _check_basic(found, start, end)
    wanted_days = {["mon", "tue", "wed", "thu", "fri", "sat", "sun"].index(d) for d in weekdays}
    assert found == _wall_clock_expected(schedule, start, end, zone, lambda day: day.weekday() in wanted_days)


@PROPERTY_SETTINGS
@given(data=st.data(), where=zone_and_day(),
       clock=st.lists(clock_times, min_size=1, max_size=3, unique=True),
       every=st.integers(1, 10), anchor_shift=st.integers(-400, 12))
def test_property_every_n_days(data: st.DataObject, where: tuple[str, date], clock: list[tuple[int, int]],
                               every: int, anchor_shift: int) -> None:
    zone = _zone(where[0])
    anchor = where[1] + timedelta(days=anchor_shift)
    schedule = Schedule(kind="every_n_days", every=every, start_on=anchor,
                        times=tuple(f"{h:02d}:{m:02d}" for h, m in clock))
    start, end = data.draw(instant_range(zone, where[1], max_days=10))
    found = occurrences(schedule, start, end, zone)
    _check_basic(found, start, end)
    expected = _wall_clock_expected(
        schedule, start, end, zone, lambda day: day >= anchor and (day - anchor).days % every == 0)
    assert found == expected


@PROPERTY_SETTINGS
@given(data=st.data(), where=zone_and_day(),
       hours=st.one_of(st.sampled_from([0.5, 1, 1.5, 4, 6, 8, 12, 24, 36, 72]),
                       st.floats(0.25, 50, allow_nan=False, allow_infinity=False)),
       anchor_minute=st.integers(0, 1439))
def test_property_every_hours_is_exactly_spaced_in_utc(data: st.DataObject, where: tuple[str, date],
                                                       hours: float, anchor_minute: int) -> None:
    zone = _zone(where[0])
    day = where[1]
    anchor_wall = datetime(day.year, day.month, day.day) + timedelta(minutes=anchor_minute)
    schedule = Schedule(kind="every_hours", hours=hours, start_at=anchor_wall)
    anchor = expected_instant(anchor_wall, zone)
    start = anchor + timedelta(minutes=data.draw(st.integers(-3 * 1440, 10 * 1440)))
    end = start + timedelta(minutes=data.draw(st.integers(0, 6 * 1440)))
    found = occurrences(schedule, start, end, zone)
    _check_basic(found, start, end)
    step = timedelta(hours=hours)
    assert all(later - earlier == step for earlier, later in zip(found, found[1:], strict=False))
    assert all((instant - anchor) % step == timedelta(0) and instant >= anchor for instant in found)
    if found:
        assert found[0] == anchor or found[0] - step < start
        assert found[-1] + step >= end
    else:
        # Nothing found: no multiple of the step from the anchor lands in the range.
        first = anchor if start <= anchor else anchor + math.ceil((start - anchor) / step) * step
        assert first >= end


# ---- plain words ---------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("schedule", "words"),
    [
        (Schedule.from_interchange(SPEC_EXAMPLES[0]), "3 times a day at 08:00, 13:00, 19:00"),
        (times("09:00"), "Once a day at 09:00"),
        (times("20:00", "08:00"), "Twice a day at 08:00, 20:00"),
        (times("08:00", weekdays=("fri", "mon", "wed")), "Mon, Wed, Fri at 08:00"),
        (times("08:00", weekdays=("mon", "tue", "wed", "thu", "fri", "sat", "sun")), "Once a day at 08:00"),
        (Schedule.from_interchange(SPEC_EXAMPLES[1]), "Every 2 days at 09:00 from 1 Nov 2026"),
        (Schedule(kind="every_n_days", every=1, times=("09:00",), start_on=date(2026, 1, 5)),
         "Every day at 09:00 from 5 Jan 2026"),
        (Schedule.from_interchange(SPEC_EXAMPLES[2]), "Every 6 hours from 06:00 on 1 Nov 2026"),
        (Schedule(kind="every_hours", hours=1, start_at=datetime(2026, 2, 3, 7, 15)),
         "Every hour from 07:15 on 3 Feb 2026"),
        (Schedule(kind="every_hours", hours=1.5, start_at=datetime(2026, 2, 3, 7, 15)),
         "Every 1.5 hours from 07:15 on 3 Feb 2026"),
        (Schedule(kind="every_hours", hours=0.5, start_at=datetime(2026, 2, 3, 7, 15)),
         "Every 30 minutes from 07:15 on 3 Feb 2026"),
        (Schedule.from_interchange(SPEC_EXAMPLES[3]), "As needed, at least 4 hours apart, at most 4 a day"),
        (Schedule(kind="as_needed"), "As needed"),
        (Schedule(kind="as_needed", min_gap_hours=1), "As needed, at least 1 hour apart"),
        (Schedule(kind="as_needed", max_per_day=1), "As needed, at most once a day"),
        (times("08:00", from_date=date(2026, 12, 1), until_date=date(2026, 12, 14)),
         "Once a day at 08:00, from 1 Dec 2026 until 14 Dec 2026"),
        (times("08:00", from_date=date(2026, 12, 1)), "Once a day at 08:00, from 1 Dec 2026"),
        (times("08:00", until_date=date(2026, 12, 14)), "Once a day at 08:00, until 14 Dec 2026"),
        (Schedule(kind="every_n_days", every=2, times=("09:00",), start_on=date(2026, 11, 1),
                  from_date=date(2026, 11, 1), until_date=date(2026, 11, 30)),
         "Every 2 days at 09:00 from 1 Nov 2026, until 30 Nov 2026"),
    ],
)
def test_describe(schedule: Schedule, words: str) -> None:
    assert describe(schedule) == words


def test_describe_goes_through_the_translation_hook(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[tuple[str, str]] = []

    def translate(context: str, text: str) -> str:
        seen.append((context, text))
        return {"Once a day at {times}": "Une fois par jour à {times}"}.get(text, text)

    monkeypatch.setattr(i18n, "_translate", translate)
    assert describe(times("09:00")) == "Une fois par jour à 09:00"
    assert ("Schedule", "Once a day at {times}") in seen
    assert format_date(date(2026, 5, 1)) == "1 May 2026"
    assert ("Dates", "May") in seen  # month names live in one place for every date


# ---- the clock -------------------------------------------------------------------------------------

def test_local_zone_follows_tz(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Europe/London")
    assert local_zone().key == "Europe/London"
    monkeypatch.setenv("TZ", ":America/New_York")
    assert local_zone().key == "America/New_York"
    monkeypatch.setenv("TZ", "/usr/share/zoneinfo/Asia/Kolkata")
    assert local_zone().key == "Asia/Kolkata"


def test_local_zone_falls_back_to_etc_localtime(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    link = tmp_path / "localtime"
    link.symlink_to("/usr/share/zoneinfo/Australia/Lord_Howe")  # need not exist: the key is in the path
    monkeypatch.setattr(clock, "_LOCALTIME", link)
    monkeypatch.setenv("TZ", "Nowhere/Atlantis")
    assert local_zone().key == "Australia/Lord_Howe"
    monkeypatch.delenv("TZ")
    assert local_zone().key == "Australia/Lord_Howe"


def test_local_zone_falls_back_to_etc_timezone_then_something(monkeypatch: pytest.MonkeyPatch,
                                                              tmp_path: Path) -> None:
    monkeypatch.delenv("TZ", raising=False)
    monkeypatch.setattr(clock, "_LOCALTIME", tmp_path / "missing")
    named = tmp_path / "timezone"
    named.write_text("Pacific/Apia\n", encoding="utf-8")
    monkeypatch.setattr(clock, "_TIMEZONE_FILE", named)
    assert local_zone().key == "Pacific/Apia"
    monkeypatch.setattr(clock, "_TIMEZONE_FILE", tmp_path / "missing-too")
    assert isinstance(local_zone(), ZoneInfo)


def test_zone_from_name() -> None:
    assert zone_from_name("Europe/London") == LONDON
    assert zone_from_name("") is None
    assert zone_from_name(None) is None
    assert zone_from_name("Not/AZone") is None
    assert zone_from_name("../etc/passwd") is None
    assert zone_from_name("/var/db/timezone/zoneinfo/America/New_York") == NEW_YORK


def test_wall_to_utc_policy() -> None:
    assert wall_to_utc(datetime(2026, 3, 29, 1, 30), LONDON) == utc(2026, 3, 29, 1)
    assert wall_to_utc(datetime(2026, 10, 25, 1, 30), LONDON) == utc(2026, 10, 25, 0, 30)
    assert wall_to_utc(datetime(2026, 10, 25, 1, 30, fold=1), LONDON) == utc(2026, 10, 25, 0, 30)
    assert wall_to_utc(datetime(2011, 12, 30, 12, 0), APIA) == utc(2011, 12, 30, 10)
    with pytest.raises(ValueError):
        wall_to_utc(utc(2026, 1, 1), LONDON)


def test_day_bounds_on_daylight_saving_days() -> None:
    def hours(day: date, zone: ZoneInfo) -> float:
        start, end = day_bounds(day, zone)
        return (end - start) / timedelta(hours=1)

    assert hours(date(2026, 3, 29), LONDON) == 23
    assert hours(date(2026, 10, 25), LONDON) == 25
    assert hours(date(2026, 3, 8), NEW_YORK) == 23
    assert hours(date(2026, 11, 1), NEW_YORK) == 25
    assert hours(date(2026, 10, 4), LORD_HOWE) == 23.5
    assert hours(date(2011, 12, 30), APIA) == 0


def test_instants_in_and_out() -> None:
    assert parse_instant("2026-12-03T10:30:00+00:00", LONDON) == utc(2026, 12, 3, 10, 30)
    assert parse_instant("2026-07-03T10:30:00Z", LONDON) == utc(2026, 7, 3, 10, 30)
    assert parse_instant("2026-07-03T10:30", LONDON) == utc(2026, 7, 3, 9, 30)  # no offset: local time
    assert iso_instant(datetime(2026, 7, 3, 10, 30, tzinfo=LONDON)) == "2026-07-03T09:30:00+00:00"
    with pytest.raises(ValueError):
        to_utc(datetime(2026, 1, 1))


def test_domain_imports_without_qt_or_sqlalchemy() -> None:
    modules, packages, _ = fresh_imports.GROUPS["domain"]  # every module of careorganiser.domain
    assert set(packages) == {"PySide6", "sqlalchemy", "shiboken6"}
    assert fresh_imports.forbidden_loaded("domain") == []
    assert "careorganiser.domain.doses" in modules and "careorganiser.domain.doses" in fresh_imports.loaded_by("domain")
