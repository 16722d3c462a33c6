"""Dates, times and quantities in the words a caregiver reads (no Qt; the pack and cli use them too)."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def format_date(d: date | None, weekday: bool = False) -> str:
    if d is None:
        return ""
    text = f"{d.day} {_MONTHS[d.month - 1]} {d.year}"
    return f"{_DAYS[d.weekday()]} {text}" if weekday else text


def format_time(dt: datetime, zone: ZoneInfo | None = None) -> str:
    local = dt.astimezone(zone) if zone else dt
    return local.strftime("%H:%M")


def format_datetime(dt: datetime | None, zone: ZoneInfo | None = None, weekday: bool = True) -> str:
    if dt is None:
        return ""
    local = dt.astimezone(zone) if zone else dt
    return f"{format_date(local.date(), weekday)} {local.strftime('%H:%M')}"


def format_number(value: float | None, decimals: int = 2) -> str:
    if value is None:
        return ""
    text = f"{value:.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def age_on(born: date | None, on: date) -> int | None:
    if born is None:
        return None
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))
