"""The typed-date and typed-number readers every form shares."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from careorganiser.services.cleaning import NoSuchDay, date_from_text, month_number, number_from_text


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


@pytest.mark.parametrize("text", ["", "tomorrow", "3 Decem 2026", "3 Dec", "12/03/2026", "2026-12-03T10:00"])
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


@pytest.mark.parametrize("text", ["", "1,000.5.2", "twelve", "1,2,3"])
def test_text_that_is_not_a_number(text: str) -> None:
    with pytest.raises(ValueError):
        number_from_text(text)


def test_medication_dates_accept_what_appointments_accept() -> None:
    from careorganiser.services.medications import read_date

    assert read_date("Thu 3 Dec 2026", "start_date") == date(2026, 12, 3)
