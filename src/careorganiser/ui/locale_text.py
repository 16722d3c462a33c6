"""Dates, times and numbers as the ui shows them: through QLocale, so month and day names and digits follow
the user's language (careorganiser.domain.formatting does the same for code without Qt, from the catalogue).

The same names and arguments as domain.formatting, so a page switches by its import. Text put back into an
editable field keeps domain.formatting's plain digits (the form reads it back).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QLocale, QTime

if TYPE_CHECKING:
    from collections.abc import Sequence

    from careorganiser.domain.catalogue import MeasurementKind

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


def with_locale_point(text: str) -> str:
    """A number written with a point (domain.formatting's digits, kept as recorded) with the locale's decimal
    separator instead (``62,5`` in Spanish and Polish). Only the separator changes, never the digits."""
    point = QLocale().decimalPoint()
    return text if point == "." else text.replace(".", point)


def format_measured(value: float | None, decimals: int, convert: Sequence[tuple[str, float]] = ()) -> str:
    """domain.formatting.measured (the rule of every measured value shown) with the locale's decimal separator."""
    from careorganiser.domain.formatting import measured

    return "" if value is None else with_locale_point(measured(value, decimals, convert))


def format_value(kind: MeasurementKind | None, value: float, *, exact: bool = False) -> str:
    """domain.catalogue.format_value as read in a list, a card or a chart: the locale's decimal separator."""
    from careorganiser.domain.catalogue import format_value as plain

    return with_locale_point(plain(kind, value, exact=exact))
