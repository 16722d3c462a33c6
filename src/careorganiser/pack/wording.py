"""The words and numbers the printed documents use: dates with translated month names, times in the
pack's zone, numbers, and the labels of severities, ride states and directions.

No ReportLab here: gathering uses these too, and must not load the PDF library.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from functools import cache
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from careorganiser.domain.formatting import format_date, format_number, month_name
from careorganiser.domain.readings import CONTEXT_ORDER, context_heading, context_words  # noqa: F401 (the pack's words)
from careorganiser.domain.status_words import ride_state
from careorganiser.i18n import translate
from careorganiser.pack.model import RideDirection
from careorganiser.pack import direction as text_direction

if TYPE_CHECKING:
    from careorganiser.pack.model import PackData


def short_months() -> tuple[str, ...]:
    return tuple(month_name(month, short=True) for month in range(1, 13))


def fmt_date(day: date | None, short: bool = False, weekday: bool = False) -> str:
    """``3 December 2026``; ``3 Dec 2026`` when short; ``Thursday 3 December 2026`` with the weekday."""
    return format_date(day, weekday, full_month=not short, full_weekday=True)


@cache
def zone_of(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def local(when: datetime, tz: str) -> datetime:
    """An aware instant in the pack's time zone (an unknown zone name falls back to UTC)."""
    return when.astimezone(zone_of(tz))


def fmt_time(when: datetime, tz: str) -> str:
    return local(when, tz).strftime("%H:%M")


def fmt_datetime(when: datetime, tz: str, short: bool = True, weekday: bool = False) -> str:
    moment = local(when, tz)
    return f"{fmt_date(moment.date(), short=short, weekday=weekday)}, {moment.strftime('%H:%M')}"


def fmt_number(value: float, decimals: int = 1) -> str:
    """Rounded to ``decimals`` places, with the pack language's decimal separator (``2,5`` in Spanish)."""
    return format_number(value, decimals)


def fmt_percent(ratio: float | None) -> str:
    return "—" if ratio is None else f"{round(ratio * 100):d}%"


def age_on(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def join_nonempty(parts: Iterable[str], sep: str = " · ") -> str:
    """The parts that are not empty, one after another. In a line that reads left to right, each part with
    right-to-left letters is closed (``direction.closed``) so the next one keeps its own order; a line that
    reads right to left is left to the algorithm, which orders its parts as a right-to-left reader expects."""
    kept = [p for p in parts if p]
    joined = sep.join(kept)
    if len(kept) < 2 or not text_direction.has_rtl(joined) or text_direction.base_level(joined):
        return joined
    return sep.join([*map(text_direction.closed, kept[:-1]), kept[-1]])


def severity_label(severity: float) -> str:
    labels = (
        translate("Pack", "none"), translate("Pack", "mild"), translate("Pack", "moderate"), translate("Pack", "severe"),
        translate("Pack", "very severe"),
    )
    return labels[min(max(round(severity), 0), len(labels) - 1)]


def ride_status_label(status: str, driver: str) -> str:
    """A ride's status as the pack and the ride sheet print it (domain.status_words holds every status's words)."""
    return ride_state("ride_printed", status, driver)


def direction_label(direction: str) -> str:
    return translate("Pack", "There") if direction == RideDirection.THERE else translate("Pack", "Back home")


def person_line(data: PackData) -> str:
    """The header's "Margaret Hale · born 9 April 1951"."""
    person = data.person
    born = translate("Pack", "born {date}").format(date=fmt_date(person.date_of_birth)) if person.date_of_birth else ""
    return join_nonempty([person.name, born])


def prepared_line(data: PackData) -> str:
    return translate("Pack", "Prepared on {date} with Care Organiser").format(date=fmt_date(data.prepared_on))


