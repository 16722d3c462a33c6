"""Cleaning and checking what a caregiver typed, shared by the journal, measurement, contact and person services.

Each helper either returns the cleaned value or raises ``ValidationError(field, message)`` with plain words.
Text is normalised (NFC), control characters other than newlines and tabs are dropped, and text that cannot be
stored (lone surrogates from a broken paste) is refused rather than half-saved.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable
from datetime import date, datetime, timedelta

from careorganiser.i18n import tr
from careorganiser.services.base import ValidationError

# Generous limits: long enough for any real note, short enough that a stray paste of a whole file is caught.
SHORT_TEXT = 200
LONG_TEXT = 20_000

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACES = re.compile(r"\s+")

EARLIEST_YEAR = 1900
# An instant may be a little ahead of "now" (a clock a few minutes fast) but not in the future.
FUTURE_GRACE = timedelta(minutes=10)


def clean_text(value: object, field: str, label: str, *, max_length: int = LONG_TEXT, multiline: bool = True,
               required: bool = False) -> str:
    """Normalised, trimmed text; refused when it is not text, too long, unstorable, or required and empty."""
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ValidationError(field, tr("Validation", "{label} must be text.").format(label=label))
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValidationError(
            field, tr("Validation", "{label} contains characters that cannot be saved. Please type it again.")
            .format(label=label)) from None
    text = unicodedata.normalize("NFC", value)
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = text.strip() if multiline else _SPACES.sub(" ", text).strip()
    if required and not text:
        raise ValidationError(field, tr("Validation", "{label} is required.").format(label=label))
    if len(text) > max_length:
        raise ValidationError(field, tr("Validation", "{label} is too long: {length} characters, at most {limit}.")
                              .format(label=label, length=len(text), limit=max_length))
    return text


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
        raise ValidationError(field, tr("Validation", "{label} must be a list.").format(label=label))
    out: list[str] = []
    seen: set[str] = set()
    for item in values:
        text = clean_text(item, field, label, max_length=max_length, multiline=False)
        if text and text.casefold() not in seen:
            seen.add(text.casefold())
            out.append(text)
    if len(out) > max_items:
        raise ValidationError(field, tr("Validation", "{label}: too many entries ({count}), at most {limit}.")
                              .format(label=label, count=len(out), limit=max_items))
    return out


_ISO_DATE = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$")
_WORDY_DATE = re.compile(r"^(?:[A-Za-z]+,?\s+)?(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})$")
_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december")


class NoSuchDay(ValueError):
    """Typed text shaped like a date that is not in the calendar (30 Feb 2026)."""


def date_from_text(text: str) -> date:
    """A date typed as ``2026-12-03`` (or with / or .) or ``3 Dec 2026`` / ``Thu 3 December 2026``.

    Raises NoSuchDay for a date-shaped text that is not a real day, ValueError for anything else.
    The services word their own messages.
    """
    text = " ".join(text.split())
    shape = _ISO_DATE.match(text)
    if shape:
        year, month, day = (int(g) for g in shape.groups())
    else:
        shape = _WORDY_DATE.match(text)
        month = month_number(shape.group(2)) if shape else None
        if shape is None or month is None:
            raise ValueError(f"not a date: {text[:40]!r}")
        day, year = int(shape.group(1)), int(shape.group(3))
    try:
        return date(year, month, day)
    except ValueError:
        raise NoSuchDay(f"no such day: {text[:40]!r}") from None


def month_number(word: str) -> int | None:
    """1-12 for an English month name or its abbreviation (``Dec``, ``December``, ``Sept``)."""
    word = word.lower().rstrip(".")
    for number, name in enumerate(_MONTH_NAMES, start=1):
        if word == name or word == name[:3] or (number == 9 and word == "sept"):
            return number
    return None


def number_from_text(text: str) -> float:
    """A number typed as "61.5", "61,5", " 62 ", "−2" (thin and no-break spaces ignored); ValueError if not."""
    cleaned = text.strip().replace("\u2212", "-")
    for space in (" ", "\u00a0", "\u202f", "\u2009"):
        cleaned = cleaned.replace(space, "")
    if cleaned.count(",") == 1 and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    return float(cleaned)


def parse_number(value: object, field: str, label: str, *, required: bool = True) -> float | None:
    """A finite number from a number or from text ("61.5", "61,5", " 62 "); None when optional and empty."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise ValidationError(field, tr("Validation", "{label} is required: type a number.").format(label=label))
        return None
    if isinstance(value, bool):
        raise ValidationError(field, tr("Validation", "{label} must be a number.").format(label=label))
    if isinstance(value, int | float):
        number = float(value)
    elif isinstance(value, str):
        try:
            number = number_from_text(value)
        except ValueError:
            raise ValidationError(field, tr("Validation", "{label}: \u201c{text}\u201d is not a number.")
                                  .format(label=label, text=value.strip()[:40])) from None
    else:
        raise ValidationError(field, tr("Validation", "{label} must be a number.").format(label=label))
    if not math.isfinite(number):
        raise ValidationError(field, tr("Validation", "{label} must be an ordinary number.").format(label=label))
    return number


def check_instant(value: object, field: str, label: str, now: datetime | None = None) -> datetime:
    """An aware instant from 1900 on and, when ``now`` is given, not in the future."""
    if not isinstance(value, datetime):
        raise ValidationError(field, tr("Validation", "{label}: choose a date and time.").format(label=label))
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValidationError(field, tr("Validation", "{label}: the time zone is missing.").format(label=label))
    if value.year < EARLIEST_YEAR:
        raise ValidationError(field, tr("Validation", "{label} cannot be before {year}.")
                              .format(label=label, year=EARLIEST_YEAR))
    if now is not None and value > now + FUTURE_GRACE:
        raise ValidationError(field, tr("Validation", "{label} is in the future. Choose a time up to now.")
                              .format(label=label))
    return value


def check_date(value: object, field: str, label: str, today: date | None = None) -> date:
    if not isinstance(value, date) or isinstance(value, datetime):
        raise ValidationError(field, tr("Validation", "{label}: choose a date.").format(label=label))
    if value.year < EARLIEST_YEAR:
        raise ValidationError(field, tr("Validation", "{label} cannot be before {year}.")
                              .format(label=label, year=EARLIEST_YEAR))
    if today is not None and value > today:
        raise ValidationError(field, tr("Validation", "{label} cannot be in the future.").format(label=label))
    return value
