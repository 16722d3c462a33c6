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


def _record_nouns() -> dict[str, tuple[str, str]]:
    """One and more of each kind of record, for counts said in words ("1 medication", "3 medications")."""
    from careorganiser.i18n import tr

    return {
        "person": (tr("Records", "person"), tr("Records", "people")),
        "contacts": (tr("Records", "contact"), tr("Records", "contacts")),
        "measurement_kinds": (tr("Records", "measurement kind"), tr("Records", "measurement kinds")),
        "medications": (tr("Records", "medication"), tr("Records", "medications")),
        "schedules": (tr("Records", "schedule"), tr("Records", "schedules")),
        "dose_events": (tr("Records", "dose recorded"), tr("Records", "doses recorded")),
        "appointments": (tr("Records", "appointment"), tr("Records", "appointments")),
        "rides": (tr("Records", "ride"), tr("Records", "rides")),
        "symptom_notes": (tr("Records", "symptom note"), tr("Records", "symptom notes")),
        "measurements": (tr("Records", "measurement"), tr("Records", "measurements")),
        "trials": (tr("Records", "saved trial"), tr("Records", "saved trials")),
        "questions": (tr("Records", "question"), tr("Records", "questions")),
        "offers": (tr("Records", "offer"), tr("Records", "offers")),
        "followups": (tr("Records", "follow-up plan"), tr("Records", "follow-up plans")),
        "followup_plans": (tr("Records", "follow-up plan"), tr("Records", "follow-up plans")),
        "followup_visits": (tr("Records", "follow-up visit"), tr("Records", "follow-up visits")),
        "followup_events": (tr("Records", "side effect or event"), tr("Records", "side effects or events")),
        "settings": (tr("Records", "setting"), tr("Records", "settings")),
        "record_versions": (tr("Records", "past version"), tr("Records", "past versions")),
    }


def count_of(n: int, kind: str) -> str:
    """``n`` records of ``kind`` (a table or interchange key) in words: "1 medication", "3 medications"."""
    plain = kind.replace("_", " ")
    one, many = _record_nouns().get(kind, (plain, plain))
    return f"{n} {one if n == 1 else many}"
