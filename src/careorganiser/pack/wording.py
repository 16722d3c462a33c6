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

from careorganiser.i18n import tr

if TYPE_CHECKING:
    from careorganiser.pack.model import PackData


def _months() -> tuple[str, ...]:
    return (
        tr("Pack", "January"), tr("Pack", "February"), tr("Pack", "March"), tr("Pack", "April"),
        tr("Pack", "May"), tr("Pack", "June"), tr("Pack", "July"), tr("Pack", "August"),
        tr("Pack", "September"), tr("Pack", "October"), tr("Pack", "November"), tr("Pack", "December"),
    )


def short_months() -> tuple[str, ...]:
    return (
        tr("Pack", "Jan"), tr("Pack", "Feb"), tr("Pack", "Mar"), tr("Pack", "Apr"), tr("Pack", "May"),
        tr("Pack", "Jun"), tr("Pack", "Jul"), tr("Pack", "Aug"), tr("Pack", "Sep"), tr("Pack", "Oct"),
        tr("Pack", "Nov"), tr("Pack", "Dec"),
    )


def _weekdays() -> tuple[str, ...]:
    return (
        tr("Pack", "Monday"), tr("Pack", "Tuesday"), tr("Pack", "Wednesday"), tr("Pack", "Thursday"),
        tr("Pack", "Friday"), tr("Pack", "Saturday"), tr("Pack", "Sunday"),
    )


def fmt_date(day: date | None, short: bool = False, weekday: bool = False) -> str:
    """``3 December 2026``; ``3 Dec 2026`` when short; ``Thursday 3 December 2026`` with the weekday."""
    if day is None:
        return ""
    month = (short_months() if short else _months())[day.month - 1]
    text = f"{day.day} {month} {day.year}"
    return f"{_weekdays()[day.weekday()]} {text}" if weekday else text


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
    text = f"{value:.{max(decimals, 0)}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def fmt_percent(ratio: float | None) -> str:
    return "—" if ratio is None else f"{round(ratio * 100):d}%"


def age_on(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def join_nonempty(parts: Iterable[str], sep: str = " · ") -> str:
    return sep.join(p for p in parts if p)


def severity_label(severity: float) -> str:
    labels = (
        tr("Pack", "none"), tr("Pack", "mild"), tr("Pack", "moderate"), tr("Pack", "severe"),
        tr("Pack", "very severe"),
    )
    return labels[min(max(round(severity), 0), len(labels) - 1)]


def ride_status_label(status: str) -> str:
    labels = {
        "needed": tr("Pack", "Needed, no driver yet"), "asked": tr("Pack", "Driver asked"),
        "confirmed": tr("Pack", "Confirmed"), "done": tr("Pack", "Done"), "cancelled": tr("Pack", "Cancelled"),
    }
    return labels.get(status, status)


def direction_label(direction: str) -> str:
    return tr("Pack", "There") if direction == "there" else tr("Pack", "Back home")


def person_line(data: PackData) -> str:
    """The header's "Margaret Hale · born 9 April 1951"."""
    person = data.person
    born = tr("Pack", "born {date}").format(date=fmt_date(person.date_of_birth)) if person.date_of_birth else ""
    return join_nonempty([person.name, born])


def prepared_line(data: PackData) -> str:
    return tr("Pack", "Prepared on {date} with Care Organiser").format(date=fmt_date(data.prepared_on))
