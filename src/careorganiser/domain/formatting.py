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
    from careorganiser.i18n import translate

    return {
        "person": (translate("Records", "person"), translate("Records", "people")),
        "contacts": (translate("Records", "contact"), translate("Records", "contacts")),
        "measurement_kinds": (translate("Records", "measurement kind"), translate("Records", "measurement kinds")),
        "medications": (translate("Records", "medication"), translate("Records", "medications")),
        "schedules": (translate("Records", "schedule"), translate("Records", "schedules")),
        "dose_events": (translate("Records", "dose recorded"), translate("Records", "doses recorded")),
        "appointments": (translate("Records", "appointment"), translate("Records", "appointments")),
        "rides": (translate("Records", "ride"), translate("Records", "rides")),
        "symptom_notes": (translate("Records", "symptom note"), translate("Records", "symptom notes")),
        "measurements": (translate("Records", "measurement"), translate("Records", "measurements")),
        "trials": (translate("Records", "saved trial"), translate("Records", "saved trials")),
        "questions": (translate("Records", "question"), translate("Records", "questions")),
        "offers": (translate("Records", "offer"), translate("Records", "offers")),
        "followups": (translate("Records", "follow-up plan"), translate("Records", "follow-up plans")),
        "followup_plans": (translate("Records", "follow-up plan"), translate("Records", "follow-up plans")),
        "followup_visits": (translate("Records", "follow-up visit"), translate("Records", "follow-up visits")),
        "followup_events": (translate("Records", "side effect or event"), translate("Records", "side effects or events")),
        "settings": (translate("Records", "setting"), translate("Records", "settings")),
        "record_versions": (translate("Records", "past version"), translate("Records", "past versions")),
    }


def count_of(n: int, kind: str) -> str:
    """``n`` records of ``kind`` (a table or interchange key) in words: "1 medication", "3 medications"."""
    plain = kind.replace("_", " ")
    one, many = _record_nouns().get(kind, (plain, plain))
    return f"{n} {one if n == 1 else many}"
