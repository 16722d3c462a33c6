"""Dates, times and quantities in the words a caregiver reads (no Qt; the pack and cli use them too)."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from zoneinfo import ZoneInfo

from careorganiser.i18n import translate


# Each name is translated only when it is asked for (a pack writes hundreds of dates); the calls stay
# literal so the catalogue tools find them.
_SHORT_MONTHS = (
    lambda: translate("Dates", "Jan"), lambda: translate("Dates", "Feb"), lambda: translate("Dates", "Mar"),
    lambda: translate("Dates", "Apr"), lambda: translate("Dates", "May"), lambda: translate("Dates", "Jun"),
    lambda: translate("Dates", "Jul"), lambda: translate("Dates", "Aug"), lambda: translate("Dates", "Sep"),
    lambda: translate("Dates", "Oct"), lambda: translate("Dates", "Nov"), lambda: translate("Dates", "Dec"))
# Full names have a context of their own: "May" is both the short and the full name in English.
_MONTHS = (
    lambda: translate("Months", "January"), lambda: translate("Months", "February"),
    lambda: translate("Months", "March"), lambda: translate("Months", "April"), lambda: translate("Months", "May"),
    lambda: translate("Months", "June"), lambda: translate("Months", "July"), lambda: translate("Months", "August"),
    lambda: translate("Months", "September"), lambda: translate("Months", "October"),
    lambda: translate("Months", "November"), lambda: translate("Months", "December"))
_SHORT_WEEKDAYS = (
    lambda: translate("Dates", "Mon"), lambda: translate("Dates", "Tue"), lambda: translate("Dates", "Wed"),
    lambda: translate("Dates", "Thu"), lambda: translate("Dates", "Fri"), lambda: translate("Dates", "Sat"),
    lambda: translate("Dates", "Sun"))
_WEEKDAYS = (
    lambda: translate("Dates", "Monday"), lambda: translate("Dates", "Tuesday"),
    lambda: translate("Dates", "Wednesday"), lambda: translate("Dates", "Thursday"),
    lambda: translate("Dates", "Friday"), lambda: translate("Dates", "Saturday"), lambda: translate("Dates", "Sunday"))


def month_name(month: int, short: bool = False) -> str:
    """The month (1-12) as written in a date, "December" or "Dec" (translators give the form a date needs,
    e.g. the Polish genitive)."""
    return (_SHORT_MONTHS if short else _MONTHS)[month - 1]()


def why_not_a_day(text: str) -> str | None:
    """Why text that starts like a day (YYYY-MM-DD) names none: "2026 has no 29 February", "there is no month 13";
    None when it names a real day or does not look like one."""
    import calendar
    import re

    found = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", text)
    if found is None:
        return None
    year, month, day = (int(g) for g in found.groups())
    if not 1 <= month <= 12:
        return translate("Dates", "there is no month {month}").format(month=month)
    if year >= 1 and 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    if 1 <= day <= 31 and year >= 1:
        return translate("Dates", "{year} has no {day} {month}").format(year=year, day=day, month=month_name(month))
    return translate("Dates", "no month has a day {day}").format(day=day)


def weekday_name(weekday: int, short: bool = False) -> str:
    """The day of the week (0 = Monday), "Thursday" or "Thu"."""
    return (_SHORT_WEEKDAYS if short else _WEEKDAYS)[weekday]()


def format_date(d: date | None, weekday: bool = False, *, full_month: bool = False,
                full_weekday: bool = False) -> str:
    """``3 Dec 2026``; ``Thu 3 Dec 2026`` with the weekday; full names on request. The order and the
    words come from the catalogue (code without Qt; the ui writes dates with QLocale)."""
    if d is None:
        return ""
    month = month_name(d.month, short=not full_month)
    if not weekday:
        return translate("Dates", "{day} {month} {year}").format(day=d.day, month=month, year=d.year)
    return translate("Dates", "{weekday} {day} {month} {year}").format(
        weekday=weekday_name(d.weekday(), short=not full_weekday), day=d.day, month=month, year=d.year)


def format_time(dt: datetime, zone: ZoneInfo | None = None) -> str:
    local = dt.astimezone(zone) if zone else dt
    return local.strftime("%H:%M")


def format_datetime(dt: datetime | None, zone: ZoneInfo | None = None, weekday: bool = True) -> str:
    if dt is None:
        return ""
    local = dt.astimezone(zone) if zone else dt
    return f"{format_date(local.date(), weekday)} {local.strftime('%H:%M')}"


def fixed(value: float, decimals: int) -> str:
    """``value`` to ``decimals`` places with a point, halves away from zero (62.5 -> "63", as 63.5 -> "64"; a
    float's own formatting rounds to even), no trailing zeros, never "-0". The one rounding of numbers shown:
    the window, the pack and the card print the same figure for a record."""
    decimals = max(decimals, 0)
    written = repr(float(value))
    point = written.find(".")
    if "e" not in written and point >= 0 and len(written) - point - 2 == decimals and written[-1] == "5":
        text = str(Decimal(written).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP))
    else:
        text = f"{value:.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


MEASURED_MOST_DECIMALS = 6
"""A measured value keeps up to this many places it was recorded with; past them is a float's noise."""

CONVERTED_EXTRA_PLACES = 2
"""A value typed in another unit is stored to its kind's places and this many more (165 lb is kept as
74.843 kg): nothing of the figure typed is lost, and :func:`measured_places` can tell it was converted."""


def in_kind_unit(value: float, factor: float, decimals: int) -> float:
    """``value`` typed in another unit, in its kind's unit (times ``factor``, the kind's ``decimals`` and
    :data:`CONVERTED_EXTRA_PLACES` more): what typing and importing store."""
    return round(value * factor, decimals + CONVERTED_EXTRA_PLACES)


def _recorded_places(value: float) -> int:
    written = repr(float(value))
    point = written.find(".")
    return len(written) - point - 1 if point >= 0 and "e" not in written and not written.endswith(".0") else 0


def _typed_places(value: float, decimals: int, convert: Sequence[tuple[str, float]]) -> int | None:
    """The places a value converted from another unit carries of the figure typed, or None when ``value`` is
    no conversion of a figure in one of the ``convert`` units. 165 lb is typed to the pound, 0.45 kg, so its
    74.843 kg carries one place (74.8); 1.3 mg/dL of creatinine, to 8.8 µmol/L, carries none (115)."""
    found = None
    for _unit, factor in convert:
        if factor <= 0:
            continue
        for typed in range(MEASURED_MOST_DECIMALS + 1):  # the fewest places that give back the value stored
            if in_kind_unit(round(value / factor, typed), factor, decimals) == value:
                places = max(0, math.ceil(-math.log10(factor * 10.0 ** -typed) - 1e-9))
                found = places if found is None else max(found, places)
                break
    return found


def measured_places(value: float, decimals: int, convert: Sequence[tuple[str, float]] = ()) -> int:
    """The places a measured value is shown to, everywhere (the rule of :func:`measured`): the kind's
    ``decimals``, or the places it was recorded with when it has more (FVC 62.5 % of a whole-percent kind
    reads "62.5", never "63": beside a limit of 63 % the rounded figure would meet a limit the reading does
    not). A value typed in another of its kind's units (``convert``: each unit with its factor) is shown to
    the precision of the figure typed, never to the extra places it is stored with: 165 lb reads "74.8 kg"."""
    places = _recorded_places(value)
    shown = max(decimals, min(places, MEASURED_MOST_DECIMALS))
    if convert and places > decimals:
        typed = _typed_places(value, decimals, convert)
        if typed is not None:
            shown = min(shown, typed)
    return shown


def measured_beside(value: float, decimals: int, convert: Sequence[tuple[str, float]],
                    holds: Callable[[float], bool]) -> int:
    """:func:`measured_places` of a value shown beside a limit (``holds``: whether a number meets it), with more
    places while the figure shown would meet the limit otherwise than the value does: a weight typed as
    165 lb (74.843 kg, shown 74.8) reads 74.84 beside "> 74.82 kg" (never rounded onto a limit)."""
    places = measured_places(value, decimals, convert)
    verdict = holds(value)
    while places < MEASURED_MOST_DECIMALS and holds(float(fixed(value, places))) != verdict:
        places += 1
    return places


def measured(value: float, decimals: int, convert: Sequence[tuple[str, float]] = ()) -> str:
    """A measured value as every place shows it (the measurements list, Today, the pack, the pre-screen), to
    :func:`measured_places`, halves away from zero."""
    return fixed(value, measured_places(value, decimals, convert))


def format_measured(value: float | None, decimals: int, convert: Sequence[tuple[str, float]] = ()) -> str:
    """:func:`measured` with the decimal comma in Spanish and Polish (text read, not typed back)."""
    if value is None:
        return ""
    return measured(value, decimals, convert).replace(".", decimal_point())


def measured_change(before: float, after: float, decimals: int,
                    convert: Sequence[tuple[str, float]] = ()) -> tuple[float, int]:
    """``after - before`` as a reader works it out from the two figures shown, and the places to show it to:
    those of the finer reading. 75.2 kg then 165 lb (shown 74.8 kg) is a change of -0.4 kg, not -0.357;
    64 % then 62.5 % is -1.5 points."""
    first, second = measured_places(before, decimals, convert), measured_places(after, decimals, convert)
    change = Decimal(fixed(after, second)) - Decimal(fixed(before, first))
    return float(change), max(first, second)


def format_number(value: float | None, decimals: int = 2) -> str:
    """``61.5`` without trailing zeros, with the decimal comma in Spanish and Polish (the number readers take
    both back). No digit grouping: the text may go back into a form."""
    if value is None:
        return ""
    return fixed(value, decimals).replace(".", decimal_point())


_SUPERSCRIPT = dict(zip("-0123456789", "\u207b\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079", strict=True))


def compact_number(value: float, shown: str) -> str:
    """``shown`` (``value`` as written elsewhere) for a message, unless it runs past 12 characters: then in
    powers of ten, "1 \u00d7 10\u00b3\u2070\u2078" rather than 309 digits."""
    if len(shown) <= 12 or not math.isfinite(value):
        return shown
    mantissa, exponent = f"{value:.2e}".split("e")
    mantissa = mantissa.rstrip("0").rstrip(".").replace(".", decimal_point())
    power = "".join(_SUPERSCRIPT[c] for c in str(int(exponent)))
    return f"{mantissa} \u00d7 10{power}"


def decimal_point() -> str:
    from careorganiser import i18n

    return "," if i18n.language() in ("es", "pl") else "."


def age_on(born: date | None, on: date) -> int | None:
    if born is None:
        return None
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _counted(n: int, kind: str) -> str | None:
    """``n`` records of ``kind`` as a plural the catalogue translates ("%n medication(s)"), None if unknown."""
    from careorganiser.i18n import translate

    match kind:
        case "person":
            return translate("Records", "%n person(s)", None, n)
        case "contacts":
            return translate("Records", "%n contact(s)", None, n)
        case "measurement_kinds":
            return translate("Records", "%n measurement kind(s)", None, n)
        case "medications":
            return translate("Records", "%n medication(s)", None, n)
        case "schedules":
            return translate("Records", "%n schedule(s)", None, n)
        case "dose_events":
            return translate("Records", "%n dose(s) recorded", None, n)
        case "appointments":
            return translate("Records", "%n appointment(s)", None, n)
        case "rides":
            return translate("Records", "%n ride(s)", None, n)
        case "symptom_notes":
            return translate("Records", "%n symptom note(s)", None, n)
        case "measurements":
            return translate("Records", "%n measurement(s)", None, n)
        case "trials":
            return translate("Records", "%n saved trial(s)", None, n)
        case "questions":
            return translate("Records", "%n question(s)", None, n)
        case "offers":
            return translate("Records", "%n offer(s)", None, n)
        case "followups" | "followup_plans":
            return translate("Records", "%n follow-up plan(s)", None, n)
        case "followup_visits":
            return translate("Records", "%n follow-up visit(s)", None, n)
        case "followup_events":
            return translate("Records", "%n side effect(s) or event(s)", None, n)
        case "settings":
            return translate("Records", "%n setting(s)", None, n)
        case "record_versions":
            return translate("Records", "%n past version(s)", None, n)
    return None


def count_of(n: int, kind: str) -> str:
    """``n`` records of ``kind`` (a table or interchange key) in words: "1 medication", "3 medications"."""
    counted = _counted(n, kind)
    return f"{n} {kind.replace('_', ' ')}" if counted is None else counted


def name_order(name: str) -> tuple[str | int, ...]:
    """How names (of medicines) sort everywhere they are listed: case aside, and numbers by their value, so
    "Study medicine 2" comes before "Study medicine 10". Text and numbers alternate, text first."""
    parts: list[str | int] = []
    text, digits = [], []
    for ch in name.casefold():
        if "0" <= ch <= "9":
            if not digits:
                parts.append("".join(text))
                text = []
            digits.append(ch)
        else:
            if digits:
                parts.append(int("".join(digits)))
                digits = []
            text.append(ch)
    parts.append(int("".join(digits)) if digits else "".join(text))
    return tuple(parts)
