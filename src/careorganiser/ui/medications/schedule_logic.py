"""What the schedule editor means, without its widgets: the ways of taking a medication, which rows each way
shows, how the values filled in make a :class:`~careorganiser.domain.schedules.Schedule` (and back), and the
summary in words. The editor (``schedule.py``) only reads its boxes into :class:`ScheduleFields` and shows
what these functions answer; tests use them with plain values.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from msgspec import Struct
from PySide6.QtCore import QCoreApplication, QLocale

from careorganiser.domain.enums import WEEKDAYS, ScheduleKind
from careorganiser.domain.schedules import Schedule, describe
from careorganiser.services import medications as meds
from careorganiser.services.base import ValidationError
from careorganiser.services.cleaning import parse_time


class ScheduleWay(StrEnum):
    """The ways of taking a medication, as the caregiver thinks of them. ``WEEKDAYS`` is a times schedule
    with chosen days; the others are the schedule kinds (the same words)."""

    TIMES = ScheduleKind.TIMES.value
    WEEKDAYS = "weekdays"
    EVERY_N_DAYS = ScheduleKind.EVERY_N_DAYS.value
    EVERY_HOURS = ScheduleKind.EVERY_HOURS.value
    AS_NEEDED = ScheduleKind.AS_NEEDED.value


#: The ways whose doses fall at times of day typed in the list.
TIMES_OF_DAY_WAYS = frozenset({ScheduleWay.TIMES, ScheduleWay.WEEKDAYS, ScheduleWay.EVERY_N_DAYS})


class Row(StrEnum):
    """The editor's rows that come and go with the way chosen."""

    TIMES = "times"
    DAYS = "days"
    EVERY_DAYS = "every_days"
    START_ON = "start_on"
    EVERY_HOURS = "every_hours"
    START_AT = "start_at"
    MIN_GAP = "min_gap"
    MAX_PER_DAY = "max_per_day"


_ROWS_OF_WAY: dict[ScheduleWay, frozenset[Row]] = {
    ScheduleWay.TIMES: frozenset({Row.TIMES}),
    ScheduleWay.WEEKDAYS: frozenset({Row.TIMES, Row.DAYS}),
    ScheduleWay.EVERY_N_DAYS: frozenset({Row.TIMES, Row.EVERY_DAYS, Row.START_ON}),
    ScheduleWay.EVERY_HOURS: frozenset({Row.EVERY_HOURS, Row.START_AT}),
    ScheduleWay.AS_NEEDED: frozenset({Row.MIN_GAP, Row.MAX_PER_DAY}),
}


def rows_shown(way: str) -> frozenset[Row]:
    """The rows a way needs; the others are hidden."""
    return _ROWS_OF_WAY.get(ScheduleWay(way), frozenset())


def way_choices() -> list[tuple[str, str]]:
    return [
        (ScheduleWay.TIMES, QCoreApplication.translate("ScheduleEditor", "At set times each day")),
        (ScheduleWay.WEEKDAYS, QCoreApplication.translate("ScheduleEditor", "On chosen weekdays")),
        (ScheduleWay.EVERY_N_DAYS, QCoreApplication.translate("ScheduleEditor", "Every N days")),
        (ScheduleWay.EVERY_HOURS, QCoreApplication.translate("ScheduleEditor", "Every N hours")),
        (ScheduleWay.AS_NEEDED, QCoreApplication.translate("ScheduleEditor", "As needed")),
    ]


def way_of(schedule: Schedule) -> ScheduleWay:
    """The way a stored schedule is shown in the editor."""
    if schedule.kind == ScheduleKind.TIMES:
        return ScheduleWay.WEEKDAYS if schedule.weekdays is not None else ScheduleWay.TIMES
    return ScheduleWay(schedule.kind)


def weekday_names() -> dict[str, tuple[str, str]]:
    """Short label and full (accessible) name of each weekday, in the user's language (QLocale)."""
    locale = QLocale()
    return {key: (locale.dayName(number, QLocale.FormatType.ShortFormat), locale.dayName(number, QLocale.FormatType.LongFormat))
            for number, key in enumerate(WEEKDAYS, start=1)}


def schedule_field_label(field: str) -> str:
    """The words for a schedule field named in a ValidationError (``times[1]`` -> "Times of day")."""
    base = field.split("[", 1)[0]
    return {
        "kind": QCoreApplication.translate("ScheduleEditor", "How often"), "times": QCoreApplication.translate("ScheduleEditor", "Times of day"), "weekdays": QCoreApplication.translate("ScheduleEditor", "Days"), "every": QCoreApplication.translate("ScheduleEditor", "Every"),
        "hours": QCoreApplication.translate("ScheduleEditor", "Every"), "start": QCoreApplication.translate("ScheduleEditor", "First dose"), "from": QCoreApplication.translate("ScheduleEditor", "From"), "until": QCoreApplication.translate("ScheduleEditor", "Until"),
        "min_gap_hours": QCoreApplication.translate("ScheduleEditor", "At least"), "max_per_day": QCoreApplication.translate("ScheduleEditor", "At most"),
    }.get(base, QCoreApplication.translate("ScheduleEditor", "Schedule"))


def typed_time(text: str) -> str | None:
    """A time typed in the "time to add" box as ``HH:MM`` (None when the box is empty).

    Raises ValidationError (field ``new_time``) when the box holds something that is not a time of day.
    """
    value = parse_time(text, "new_time", QCoreApplication.translate("ScheduleEditor", "Time to add"), required=False)
    return None if value is None else value.strftime("%H:%M")


def times_with_typed(listed: list[str], typed_text: str, way: str) -> list[str]:
    """The times in the list, and the one typed in the box when it is a time of day (a way with times)."""
    try:
        typed = typed_time(typed_text)
    except ValidationError:
        typed = None
    if typed is not None and typed not in listed and way in TIMES_OF_DAY_WAYS:
        return sorted([*listed, typed])
    return list(listed)


class ScheduleFields(Struct, frozen=True):
    """What the editor's boxes hold, as plain values."""

    way: str
    times: tuple[str, ...] = ()            # the listed times, with a typed one (:func:`times_with_typed`)
    weekdays: frozenset[str] = frozenset()  # the days ticked
    every_days: int = 2
    start_on: date | None = None
    every_hours: float = 6.0
    start_at: datetime | None = None       # a naive wall-clock time
    min_gap_hours: float = 0.0
    max_per_day: int = 0
    from_date: date | None = None          # None: the box is not ticked
    until_date: date | None = None


def build_schedule(fields: ScheduleFields) -> Schedule:
    """The schedule as filled in; it may be unfinished (``services.medications.check_schedule`` says why)."""
    window = {"from_date": fields.from_date, "until_date": fields.until_date}
    way = fields.way
    if way == ScheduleWay.TIMES:
        return Schedule(kind=ScheduleKind.TIMES.value, times=fields.times, **window)
    if way == ScheduleWay.WEEKDAYS:
        days = tuple(d for d in WEEKDAYS if d in fields.weekdays)
        return Schedule(kind=ScheduleKind.TIMES.value, times=fields.times, weekdays=days, **window)
    if way == ScheduleWay.EVERY_N_DAYS:
        return Schedule(kind=ScheduleKind.EVERY_N_DAYS.value, times=fields.times, every=fields.every_days,
                        start_on=fields.start_on, **window)
    if way == ScheduleWay.EVERY_HOURS:
        return Schedule(kind=ScheduleKind.EVERY_HOURS.value, hours=round(fields.every_hours, 2),
                        start_at=fields.start_at, **window)
    gap = round(fields.min_gap_hours, 1)
    most = fields.max_per_day
    return Schedule(kind=ScheduleKind.AS_NEEDED.value, min_gap_hours=gap or None, max_per_day=most or None,
                    **window)


def schedule_problem(schedule: Schedule) -> ValidationError | None:
    """Why a schedule cannot be saved yet, or None."""
    try:
        meds.check_schedule(schedule, "schedule")
    except ValidationError as exc:
        return exc
    return None


def summary(schedule: Schedule, problem: ValidationError | None) -> tuple[str, bool]:
    """The schedule in words and whether it is finished: "3 times a day at 08:00, 13:00, 19:00", or
    "Not finished: Times of day: add at least one time of day"."""
    if problem is None:
        return describe(schedule), True
    field = problem.field.removeprefix("schedule.")
    if field == "new_time" or field.startswith("typed."):  # the message names the box already
        return QCoreApplication.translate("ScheduleEditor", "Not finished: {problem}").format(problem=problem.message), False
    return QCoreApplication.translate("ScheduleEditor", "Not finished: {field}: {problem}").format(
        field=schedule_field_label(field), problem=problem.message), False
