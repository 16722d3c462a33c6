"""The typed-date and typed-number readers every form shares."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from careorganiser.services.base import ValidationError
from careorganiser.services.cleaning import (
    DAY_FIRST,
    MONTH_FIRST,
    NoSuchDay,
    date_from_text,
    month_number,
    number_from_text,
    parse_date,
    parse_number,
    parse_time,
    split_unit,
    time_from_text,
)


@pytest.mark.parametrize("text, expected", [
    ("2026-12-03", date(2026, 12, 3)), ("2026/12/3", date(2026, 12, 3)), ("3 Dec 2026", date(2026, 12, 3)),
    ("Thu 3 December 2026", date(2026, 12, 3)), ("3 Sept 2026", date(2026, 9, 3)), ("  21   Nov  2026 ", date(2026, 11, 21)),
    ("3 dec. 2026", date(2026, 12, 3)),
])
def test_dates_as_people_type_them(text: str, expected: date) -> None:
    assert date_from_text(text) == expected


@pytest.mark.parametrize("text", ["30 Feb 2026", "2026-02-30", "31 Apr 2026", "2026-13-01"])
def test_date_shaped_text_that_is_no_day(text: str) -> None:
    with pytest.raises(NoSuchDay):
        date_from_text(text)


@pytest.mark.parametrize("text", ["", "next week", "3 Decem 2026", "3 Dec", "12/03", "2026-12-03T10:00",
                                  "14 Mar 1951 10:00"])
def test_text_that_is_not_a_date(text: str) -> None:
    with pytest.raises(ValueError) as info:
        date_from_text(text)
    assert not isinstance(info.value, NoSuchDay)


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31)))
def test_every_written_date_reads_back(day: date) -> None:
    assert date_from_text(day.isoformat()) == day
    assert date_from_text(f"{day.day} {day.strftime('%B')} {day.year}") == day
    assert date_from_text(f"{day.strftime('%a')} {day.day} {day.strftime('%b')} {day.year}") == day


def test_month_words() -> None:
    assert [month_number(w) for w in ("Jan", "january", "SEPT", "Sep", "may", "Decem", "")] == [1, 1, 9, 9, 5, None, None]


@pytest.mark.parametrize("text, expected", [("61.5", 61.5), ("61,5", 61.5), (" 62 ", 62.0), ("\u22122", -2.0),
                                            ("1\u00a0000", 1000.0), ("1e3", 1000.0)])
def test_numbers_as_people_type_them(text: str, expected: float) -> None:
    assert number_from_text(text) == expected


@pytest.mark.parametrize("text, english, spanish, polish", [
    ("1,050", 1050.0, 1.05, 1.05), ("4,500", 4500.0, 4.5, 4.5), ("1.050", 1.05, 1050.0, 1.05),
    ("1,050.5", 1050.5, 1050.5, 1050.5), ("1.050,5", 1050.5, 1050.5, 1050.5), ("1,000,000", 1e6, 1e6, 1e6),
    ("0,125", 0.125, 0.125, 0.125), ("12,5", 12.5, 12.5, 12.5), ("1 050", 1050.0, 1050.0, 1050.0)])
def test_thousands_are_read_as_each_language_groups_them(text: str, english: float, spanish: float,
                                                          polish: float) -> None:
    """A six-minute walk of "1,050" typed in English was stored as 1.05 m (the review of this round)."""
    assert [number_from_text(text, lang) for lang in ("en", "es", "pl")] == [english, spanish, polish]


def test_a_measurement_typed_with_a_thousands_comma_is_stored_whole(data_dir) -> None:
    from datetime import UTC, datetime

    from careorganiser.services import measurements
    from careorganiser.store import profiles

    p = profiles.create_profile("Gran")
    try:
        measurements.add_measurement(p, datetime(2026, 12, 1, 10, tzinfo=UTC), "six_minute_walk_m", "1,050",
                                     now=datetime(2026, 12, 1, 11, tzinfo=UTC))
        assert [m.value for m in measurements.list_measurements(p)] == [1050.0]
    finally:
        p.close()


@pytest.mark.parametrize("text", ["", "1,000.5.2", "twelve", "1,2,3", "1,000,5", "1.000.000,5.3"])
def test_text_that_is_not_a_number(text: str) -> None:
    with pytest.raises(ValueError):
        number_from_text(text)


def test_medication_dates_accept_what_appointments_accept() -> None:
    from careorganiser.services.medications import read_date

    assert read_date("Thu 3 Dec 2026", "start_date") == date(2026, 12, 3)


@pytest.mark.parametrize("text, order, expected", [
    ("14 Mar 1951", DAY_FIRST, date(1951, 3, 14)), ("14/03/1951", DAY_FIRST, date(1951, 3, 14)),
    ("14/03/1951", MONTH_FIRST, date(1951, 3, 14)),  # no 14th month: the other reading wins
    ("03/04/1951", DAY_FIRST, date(1951, 4, 3)), ("03/04/1951", MONTH_FIRST, date(1951, 3, 4)),
    ("14.3.1951", DAY_FIRST, date(1951, 3, 14)), ("14-03-1951", DAY_FIRST, date(1951, 3, 14)),
    ("1951-03-14", MONTH_FIRST, date(1951, 3, 14)), ("Wednesday, 14 March 1951", DAY_FIRST, date(1951, 3, 14)),
    ("March 14, 1951", DAY_FIRST, date(1951, 3, 14)), ("Wednesday, March 14, 1951", MONTH_FIRST, date(1951, 3, 14)),
    ("14/03/51", DAY_FIRST, date(1951, 3, 14)), ("3/12/26", DAY_FIRST, date(2026, 12, 3)),
])
def test_dates_in_the_locales_short_and_long_forms(text: str, order: str, expected: date) -> None:
    assert date_from_text(text, order=order, today=date(2026, 12, 3)) == expected


def test_locale_month_words() -> None:
    german = {"m\u00e4rz": 3, "m\u00e4r": 3}
    assert date_from_text("14. M\u00e4rz 1951", month_names=german) == date(1951, 3, 14)
    with pytest.raises(ValueError):
        date_from_text("14. M\u00e4rz 1951")


@pytest.mark.parametrize("text, expected", [
    ("1pm", (13, 0)), ("13", (13, 0)), ("13:00", (13, 0)), ("8.30", (8, 30)), ("8:30 a.m.", (8, 30)),
    ("12am", (0, 0)), ("12 pm", (12, 0)), ("0:05", (0, 5)), ("9h05", (9, 5)), (" 07:45 ", (7, 45)),
])
def test_times_as_people_type_them(text: str, expected: tuple[int, int]) -> None:
    value = time_from_text(text)
    assert (value.hour, value.minute) == expected


@pytest.mark.parametrize("text", ["", "25:00", "13pm", "8:60", "noon", "8:3", "1m"])
def test_text_that_is_not_a_time(text: str) -> None:
    with pytest.raises(ValueError):
        time_from_text(text)


@pytest.mark.parametrize("text, expected", [("92%", ("92", "%")), ("1.8 L", ("1.8", "L")), ("340 m", ("340", "m")),
                                            ("62", ("62", "")), ("1e3", ("1e3", "")), ("  61,5 % ", ("61,5", "%")),
                                            ("abc", ("abc", ""))])
def test_a_number_and_its_unit(text: str, expected: tuple[str, str]) -> None:
    assert split_unit(text) == expected


def test_refusals_name_the_field_and_show_an_example() -> None:
    with pytest.raises(ValidationError) as info:
        parse_date("yesterday-ish", "date_of_birth", "Date of birth")
    assert info.value.field == "date_of_birth"
    assert "Date of birth" in info.value.message and "14 Mar 1951" in info.value.message
    with pytest.raises(ValidationError) as info:
        parse_date("31 Feb 1951", "date_of_birth", "Date of birth")
    assert "Date of birth" in info.value.message and "no such day" in info.value.message
    with pytest.raises(ValidationError) as info:
        parse_time("25:00", "times", "Time to add")
    assert "Time to add" in info.value.message and "1pm" in info.value.message
    with pytest.raises(ValidationError) as info:
        parse_number("lots", "value", "Value", example="92")
    assert info.value.message == "Value: \u201clots\u201d is not a number. Type it like 92."
    assert parse_date("", "d", "D") is None and parse_date("14 Mar 1951", "d", "D") == date(1951, 3, 14)


def test_the_window_the_pack_and_the_forms_round_a_half_the_same_way() -> None:
    """FVC 62.5 % showed as 63 % in the window and as 62% in the pack (found using the pack this round); a
    measured value now keeps its recorded places everywhere (tests/test_measured_values.py), and other numbers
    round one way."""
    from careorganiser.domain.catalogue import builtin_kinds, format_value
    from careorganiser.domain.formatting import fixed, format_number, measured
    from careorganiser.pack.render import with_unit
    from careorganiser.pack.wording import fmt_number

    fvc = builtin_kinds()["fvc_percent_predicted"]
    assert format_value(fvc, 62.5) == measured(62.5, 0) == with_unit(62.5, "", 0) == "62.5"
    assert fmt_number(62.5, 0) == fixed(62.5, 0) == format_number(62.5, 0) == "63"
    assert [fixed(v, 1) for v in (60.25, 60.35, -0.04, 2.0)] == ["60.3", "60.4", "0", "2"]
