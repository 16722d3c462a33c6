"""Dates, times and numbers as the ui shows them: through QLocale, so month and day names and digits follow
the user's language (careorganiser.domain.formatting does the same for code without Qt, from the catalogue).

The same names and arguments as domain.formatting, so a page switches by its import. Text put back into an
editable field keeps domain.formatting's plain digits (the form reads it back).
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QLocale, QTime

DATE = "d MMM yyyy"
DATE_WITH_WEEKDAY = "ddd d MMM yyyy"
TIME = "HH:mm"


def format_date(d: date | None, weekday: bool = False) -> str:
    """``3 Dec 2026`` (``3 dic 2026``, ``3 gru 2026``); ``Thu 3 Dec 2026`` with the weekday."""
    if d is None:
        return ""
    return QLocale().toString(QDate(d.year, d.month, d.day), DATE_WITH_WEEKDAY if weekday else DATE)


def format_time(dt: datetime, zone: ZoneInfo | None = None) -> str:
    local = dt.astimezone(zone) if zone else dt
    return QLocale().toString(QTime(local.hour, local.minute), TIME)


def format_datetime(dt: datetime | None, zone: ZoneInfo | None = None, weekday: bool = True) -> str:
    if dt is None:
        return ""
    local = dt.astimezone(zone) if zone else dt
    return f"{format_date(local.date(), weekday)} {format_time(local)}"


def format_number(value: float | None, decimals: int = 2) -> str:
    """``1234.5`` in the locale's digits (``1234,5`` in Spanish and Polish), without trailing zeros."""
    if value is None:
        return ""
    locale = QLocale()
    text = locale.toString(float(value), "f", decimals)
    point = locale.decimalPoint()
    if decimals > 0 and point in text:
        text = text.rstrip("0").rstrip(point)
    return text
