"""Cleaning and checking what a caregiver typed, shared by every service (the importer keeps the same stored
form through domain/fields.canonical_text).

Each helper either returns the cleaned value or raises ``ValidationError(field, message)`` with plain words that
name the field. :func:`clean_text` (and :func:`clean_field`, by the field's rule in domain/fields.py) is the one
reader of typed text: see its docstring for what it changes and what it refuses.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from datetime import date, datetime, time, timedelta

from careorganiser.domain import fields
from careorganiser.i18n import language as current_language
from careorganiser.i18n import translate
from careorganiser.services.base import ValidationError

# The limits are those of the one table of field rules (domain/fields.py), which the importer reads too.
SHORT_TEXT = fields.LINE
LONG_TEXT = fields.NOTE

EARLIEST_YEAR = 1900
LATEST_YEAR = 2200  # a day of care (an appointment, a ride, a visit) is between these years
# An instant may be a little ahead of "now" (a clock a few minutes fast) but not in the future.
FUTURE_GRACE = timedelta(minutes=10)


def clean_text(value: object, field: str, label: str, *, max_length: int = LONG_TEXT, multiline: bool = True,
               required: bool = False) -> str:
    """Text in its one stored form (domain/fields.canonical_text): NFC, trimmed, on one line unless ``multiline``.

    Control characters other than tab and line break (a bell, an escape, a NUL from a paste) are dropped, not
    refused: they show as nothing in a form, so a caregiver could not find them to remove them, and dropping them
    leaves every character they can see as it was. A pasted tab is kept in a note and is a space on one line.
    Refused, with a message naming ``label``: a value that is not text, text that cannot be stored (a lone
    surrogate from a broken paste), text longer than ``max_length``, and empty text when ``required``.
    """
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ValidationError(field, names_field=True, message=translate("Validation", "{label} must be text.").format(label=label))
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValidationError(
            field, names_field=True, message=translate("Validation", "{label} contains characters that cannot be saved. Please type it again.")
            .format(label=label)) from None
    text = fields.canonical_text(value, multiline)
    if required and not text:
        raise ValidationError(field, names_field=True, message=translate("Validation", "{label} is required.").format(label=label))
    if len(text) > max_length:
        raise ValidationError(field, names_field=True, message=translate("Validation", "{label} is too long: {length} characters, at most {limit}.")
                              .format(label=label, length=len(text), limit=max_length))
    return text


def clean_field(value: object, entity: str, name: str, label: str, *, field: str | None = None) -> str:
    """:func:`clean_text` by the rule of ``entity``/``name`` in the table of field rules; ``field`` names the
    field in the message when it differs from ``name``."""
    rule = fields.rule(entity, name)
    return clean_text(value, field or name, label, max_length=rule.max_length, multiline=rule.multiline,
                      required=rule.required)


def clean_field_list(values: object, entity: str, name: str, label: str) -> list[str]:
    """:func:`clean_list` by the rule of ``entity``/``name`` in the table of field rules."""
    rule = fields.rule(entity, name)
    return clean_list(values, name, label, max_items=rule.max_items or 100, max_length=rule.max_length)


def clean_list(values: object, field: str, label: str, *, max_items: int = 100,
               max_length: int = SHORT_TEXT) -> list[str]:
    """A list of short texts: each trimmed, empty ones dropped, duplicates (ignoring case) removed, order kept.

    A single string is read as one item per line.
    """
    if values is None:
        return []
    if isinstance(values, str):
        values = values.splitlines()
    if not isinstance(values, Iterable):
        raise ValidationError(field, translate("Validation", "{label} must be a list.").format(label=label))
    out: list[str] = []
    seen: set[str] = set()
    for item in values:
        text = clean_text(item, field, label, max_length=max_length, multiline=False)
        if text and text.casefold() not in seen:
            seen.add(text.casefold())
            out.append(text)
    if len(out) > max_items:
        raise ValidationError(field, translate("Validation", "{label}: too many entries ({count}), at most {limit}.")
                              .format(label=label, count=len(out), limit=max_items))
    return out


_ISO_DATE = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$")
_NUMERIC_DATE = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})$")
_WORD = r"([^\W\d_]+)"
# "14 Mar 1951", "Wed 14 March 1951", "Wednesday, 14 March 1951", "14. März 1951"
_DAY_MONTH_YEAR = re.compile(r"^(?:[^\W\d_]+\.?,?\s+)?(\d{1,2})\.?\s+" + _WORD + r"\.?,?\s+(\d{4})$")
# "March 14, 1951", "Wednesday, March 14, 1951", "Mar 14 1951"
_MONTH_DAY_YEAR = re.compile(r"^(?:[^\W\d_]+\.?,?\s+)?" + _WORD + r"\.?\s+(\d{1,2}),?\s+(\d{4})$")
_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december")

# How a locale writes an all-number date: day first (14/03/1951), month first (03/14/1951), year first.
DAY_FIRST, MONTH_FIRST, YEAR_FIRST = "dmy", "mdy", "ymd"


class NoSuchDay(ValueError):
    """Typed text shaped like a date that is not in the calendar (30 Feb 2026)."""


def date_from_text(text: str, *, order: str = DAY_FIRST, month_names: Mapping[str, int] | None = None,
                   today: date | None = None) -> date:
    """A date as people type it: ``2026-12-03`` (or with / or .), ``3 Dec 2026``, ``Thu 3 December 2026``,
    ``December 3, 2026``, or all numbers ``03/12/2026`` / ``3.12.26``; or ``today``, ``tomorrow``, ``yesterday``
    (from ``today``, by default this computer's date).

    ``order`` says how the locale writes an all-number date (``DAY_FIRST``, ``MONTH_FIRST``); a reading that
    cannot be a date (a 14th month) gives way to the other one. ``month_names`` adds the locale's own month
    words (lower case, 1-12) to the English ones. A two-digit year is the nearest one not more than ten
    years after ``today``. Raises NoSuchDay for a date-shaped text that is not a real day, ValueError for
    anything else. The services word their own messages.
    """
    text = " ".join(text.split())
    shape = _ISO_DATE.match(text)
    if shape:
        year, month, day = (int(g) for g in shape.groups())
        return _day(year, month, day, text)
    said = text.casefold()
    words = ((0, "today", translate("Validation", "today")), (1, "tomorrow", translate("Validation", "tomorrow")),
             (-1, "yesterday", translate("Validation", "yesterday")))
    for offset, english, own in words:
        if said in (english, own.casefold()):  # in English or the user's language
            return (today or date.today()) + timedelta(days=offset)
    shape = _NUMERIC_DATE.match(text)
    if shape:
        first, second, year = int(shape.group(1)), int(shape.group(2)), _full_year(shape.group(3), today)
        day, month = (second, first) if order == MONTH_FIRST else (first, second)
        if month > 12 >= day:
            day, month = month, day
        return _day(year, month, day, text)
    for pattern, day_group, month_group in ((_DAY_MONTH_YEAR, 1, 2), (_MONTH_DAY_YEAR, 2, 1)):
        shape = pattern.match(text)
        if shape:
            month = month_number(shape.group(month_group), month_names)
            if month is not None:
                return _day(int(shape.group(3)), month, int(shape.group(day_group)), text)
    raise ValueError(f"not a date: {text[:40]!r}")


def _day(year: int, month: int, day: int, text: str) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise NoSuchDay(f"no such day: {text[:40]!r}") from None


def _full_year(digits: str, today: date | None) -> int:
    if len(digits) == 4:
        return int(digits)
    this_year = (today or date.today()).year
    year = this_year - this_year % 100 + int(digits)
    return year - 100 if year > this_year + 10 else year


def month_number(word: str, month_names: Mapping[str, int] | None = None) -> int | None:
    """1-12 for an English month name or its abbreviation (``Dec``, ``December``, ``Sept``), or one of
    ``month_names`` (the locale's words, lower case)."""
    word = word.lower().rstrip(".")
    if month_names and word in month_names:
        return month_names[word]
    for number, name in enumerate(_MONTH_NAMES, start=1):
        if word == name or word == name[:3] or (number == 9 and word == "sept"):
            return number
    return None


_TIME = re.compile(r"^(\d{1,2})(?:\s*[:.h]\s*(\d{2}))?\s*([ap])?\.?\s*(m\.?)?$", re.IGNORECASE)


def time_from_text(text: str) -> time:
    """A time of day as people type it: ``13:00``, ``13``, ``8.30``, ``1pm``, ``1:30 p.m.``, ``9h05``.

    Raises ValueError for anything else (``25:00``, ``13pm``, ``noonish``).
    """
    cleaned = " ".join(text.split())
    shape = _TIME.match(cleaned)
    if not shape or (shape.group(4) and not shape.group(3)):
        raise ValueError(f"not a time: {text[:40]!r}")
    hour, minute = int(shape.group(1)), int(shape.group(2) or 0)
    if shape.group(3):
        if not 1 <= hour <= 12:
            raise ValueError(f"not a time: {text[:40]!r}")
        hour = hour % 12 + (12 if shape.group(3).lower() == "p" else 0)
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        raise ValueError(f"not a time: {text[:40]!r}")
    return time(hour, minute)


#: The separator each language groups thousands with when it is typed (Polish groups with a space).
_GROUPING = {"en": ",", "es": "."}
_GROUPED = re.compile(r"^([-+]?[1-9]\d{0,2})([.,])(\d{3}(?:\2\d{3})*)(?:([.,])(\d+))?$")


def number_from_text(text: str, language: str | None = None) -> float:
    """A number typed as "61.5", "61,5", " 62 ", "−2", "1,050", "1.050,5" (spaces ignored); ValueError if not.

    A comma or a point is a decimal mark, except where it groups thousands: "1,050.5" and "1.050,5" are both
    1050.5, "1,000,000" is a million. Alone, "1,050" is read as the language groups its thousands: 1050 in
    English, 1.05 in Spanish and Polish (where "1.050" is 1050 in Spanish). A six-minute walk typed "1,050" is
    never stored as 1.05 m.
    """
    cleaned = text.strip().replace("\u2212", "-")
    for space in (" ", "\u00a0", "\u202f", "\u2009"):
        cleaned = cleaned.replace(space, "")
    grouped = _GROUPED.match(cleaned)
    if grouped:
        head, mark, groups, decimal, fraction = grouped.groups()
        whole = head + groups.replace(mark, "")
        if decimal is not None and decimal != mark:  # "1,050.5" / "1.050,5"
            return float(whole + "." + fraction)
        if decimal is None and (groups.count(mark) or mark == _GROUPING.get(language or current_language(), "")):
            return float(whole)  # "1,000,000" anywhere; "1,050" in English, "1.050" in Spanish
    if cleaned.count(",") == 1 and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    return float(cleaned)


_NUMBER_THEN_UNIT = re.compile(r"^\s*([-+\u2212]?[\d\s\u00a0\u202f\u2009.,]*\d)\s*([^\d\s].*?)?\s*$")


def split_unit(text: str) -> tuple[str, str]:
    """``"92%"`` -> ``("92", "%")``, ``"1.8 L"`` -> ``("1.8", "L")``, ``"62"`` -> ``("62", "")``.

    Text that does not start with a number comes back whole with no unit (the number reader refuses it).
    """
    shape = _NUMBER_THEN_UNIT.match(text)
    if not shape or (shape.group(2) or "").lower().startswith("e"):
        return text, ""
    return shape.group(1), (shape.group(2) or "").strip()


def parse_date(value: object, field: str, label: str, *, example: str = "", required: bool = False,
               order: str = DAY_FIRST, month_names: Mapping[str, int] | None = None,
               today: date | None = None) -> date | None:
    """A date from a ``date`` or typed text (see :func:`date_from_text`); None when optional and empty.

    A refusal names the field (``label``) and shows how to write it (``example``, by default three ways).
    """
    example = example or translate("Validation", "14 Mar 1951, 14/03/1951 or 1951-03-14")
    if isinstance(value, datetime):
        raise ValidationError(field, translate("Validation", "{label}: give a date without a time.").format(label=label))
    if isinstance(value, date):
        return value
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise ValidationError(field, translate("Validation", "{label} is required: type it like {example}.")
                                  .format(label=label, example=example))
        return None
    if not isinstance(value, str):
        raise ValidationError(field, translate("Validation", "{label} must be a date, for example {example}.")
                              .format(label=label, example=example))
    text = " ".join(value.split())
    try:
        return date_from_text(text, order=order, month_names=month_names, today=today)
    except NoSuchDay:
        raise ValidationError(field, translate("Validation", "{label}: there is no such day as \u201c{text}\u201d.")
                              .format(label=label, text=text[:40])) from None
    except ValueError:
        raise ValidationError(field, translate("Validation", "{label}: \u201c{text}\u201d is not a date. Type it like "
                                                      "{example}.").format(label=label, text=text[:40],
                                                                           example=example)) from None


def parse_time(value: object, field: str, label: str, *, example: str = "", required: bool = True) -> time | None:
    """A time of day from a ``time`` or typed text (see :func:`time_from_text`); None when optional and empty."""
    example = example or translate("Validation", "08:00, 13:30 or 1pm")
    if isinstance(value, time):
        return value.replace(second=0, microsecond=0, tzinfo=None)
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise ValidationError(field, translate("Validation", "{label} is required: type it like {example}.")
                                  .format(label=label, example=example))
        return None
    text = value.strip() if isinstance(value, str) else ""
    try:
        return time_from_text(text)
    except ValueError:
        raise ValidationError(field, translate("Validation", "{label}: \u201c{text}\u201d is not a time of day. Type it "
                                                      "like {example}.").format(label=label, text=text[:40],
                                                                                example=example)) from None


def parse_number(value: object, field: str, label: str, *, required: bool = True,
                 example: str = "") -> float | None:
    """A finite number from a number or from text ("61.5", "61,5", " 62 "); None when optional and empty."""
    example = example or "61.5"
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise ValidationError(field, translate("Validation", "{label} is required: type a number, for example "
                                                          "{example}.").format(label=label, example=example))
        return None
    if isinstance(value, bool):
        raise ValidationError(field, translate("Validation", "{label} must be a number.").format(label=label))
    if isinstance(value, int | float):
        number = float(value)
    elif isinstance(value, str):
        try:
            number = number_from_text(value)
        except ValueError:
            raise ValidationError(field, translate("Validation", "{label}: \u201c{text}\u201d is not a number. Type it like "
                                                          "{example}.")
                                  .format(label=label, text=value.strip()[:40], example=example)) from None
    else:
        raise ValidationError(field, translate("Validation", "{label} must be a number.").format(label=label))
    if not math.isfinite(number):
        raise ValidationError(field, translate("Validation", "{label} must be an ordinary number.").format(label=label))
    return number


def check_instant(value: object, field: str, label: str, now: datetime | None = None) -> datetime:
    """An aware instant from 1900 on and, when ``now`` is given, not in the future."""
    if not isinstance(value, datetime):
        raise ValidationError(field, translate("Validation", "{label}: choose a date and time.").format(label=label))
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValidationError(field, translate("Validation", "{label}: the time zone is missing.").format(label=label))
    if value.year < EARLIEST_YEAR:
        raise ValidationError(field, translate("Validation", "{label} cannot be before {year}.")
                              .format(label=label, year=EARLIEST_YEAR))
    if now is not None and value > now + FUTURE_GRACE:
        raise ValidationError(field, translate("Validation", "{label} is in the future. Choose a time up to now.")
                              .format(label=label))
    return value


def check_year(day: date, field: str, label: str = "") -> date:
    """``day`` when its year is from 1900 to 2200; a year 1 or 9999 is a slip of the keyboard, and such a day
    cannot be turned into an instant in every time zone."""
    if not EARLIEST_YEAR <= day.year <= LATEST_YEAR:
        raise ValidationError(field, (label + ": " if label else "") + translate(
            "Validation", "the year {year} is not plausible; use a year from {first} to {last}.").format(
            year=day.year, first=EARLIEST_YEAR, last=LATEST_YEAR))
    return day


def check_date(value: object, field: str, label: str, today: date | None = None) -> date:
    if not isinstance(value, date) or isinstance(value, datetime):
        raise ValidationError(field, translate("Validation", "{label}: choose a date.").format(label=label))
    if value.year < EARLIEST_YEAR:
        raise ValidationError(field, translate("Validation", "{label} cannot be before {year}.")
                              .format(label=label, year=EARLIEST_YEAR))
    if today is not None and value > today:
        raise ValidationError(field, translate("Validation", "{label} cannot be in the future.").format(label=label))
    return value
