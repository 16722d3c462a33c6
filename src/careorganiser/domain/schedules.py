"""Medication schedules: the interchange ``schedules`` object, its occurrences and its plain words.

A schedule is one of four kinds (:class:`~careorganiser.domain.enums.ScheduleKind`):

* ``times``: local wall-clock times on every day, or on some weekdays;
* ``every_n_days``: local wall-clock times on every N-th day counted from a start date;
* ``every_hours``: every X hours, as absolute durations, from a local start time;
* ``as_needed``: no occurrences, only a minimum gap and a daily maximum.

Every kind may carry a date window (``from`` / ``until``, inclusive local dates) for tapering.
Wall-clock kinds follow local time through daylight-saving changes with the policy of
:func:`careorganiser.domain.clock.wall_to_utc`; the window applies to the local date.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

from msgspec import Struct
from msgspec.structs import replace

from careorganiser.domain import formatting
from careorganiser.domain.clock import UTC, day_start, is_aware, wall_to_utc
from careorganiser.domain.enums import WEEKDAYS, ScheduleKind
from careorganiser.i18n import translate
from careorganiser.lazy_re import lazy

__all__ = [
    "Schedule",
    "ScheduleError",
    "describe",
    "format_date",
    "hours_phrase",
    "occurrences",
]

_TIME = lazy(r"^(\d{1,2}):(\d{2})$")
_MIN_INTERVAL = timedelta(minutes=1)
_MAX_HOURS = 366 * 24  # a year: beyond that a number is a typing mistake (and overflows timedelta)
_MAX_EVERY_DAYS = 3660
_KINDS = tuple(kind.value for kind in ScheduleKind)
_WALL_CLOCK_KINDS = (ScheduleKind.TIMES, ScheduleKind.EVERY_N_DAYS)
_FULL_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


class ScheduleError(ValueError):
    """A schedule that cannot be used; ``str()`` is ``"<field>: <problem>"`` (``times[1]: "25:00" is not a time``)."""

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem


def _quote(value: Any) -> str:
    """A value as the user wrote it in the document, for error messages."""
    import json  # only for a message: not imported with the first window

    try:
        return json.dumps(value, ensure_ascii=False, default=str)
    except (TypeError, ValueError):
        return repr(value)


def _parse_time(text: Any, field: str) -> tuple[int, int]:
    match = _TIME.match(text) if isinstance(text, str) else None
    if match is None:
        raise ScheduleError(field, f"{_quote(text)} is not a time")
    hour, minute = int(match.group(1)), int(match.group(2))
    if hour > 23 or minute > 59:
        raise ScheduleError(field, f"{_quote(text)} is not a time")
    return hour, minute


class Schedule(Struct, frozen=True):
    """One entry of a medication's ``schedules`` (shared/spec/interchange.md)."""

    kind: str
    times: tuple[str, ...] = ()
    weekdays: tuple[str, ...] | None = None
    every: int | None = None
    hours: float | None = None
    start_on: date | None = None
    start_at: datetime | None = None
    from_date: date | None = None
    until_date: date | None = None
    min_gap_hours: float | None = None
    max_per_day: int | None = None

    # ---- construction -------------------------------------------------------------------------

    @classmethod
    def times_a_day(cls, *times: str, weekdays: Iterable[str] | None = None) -> Schedule:
        return cls(kind=ScheduleKind.TIMES.value, times=tuple(times),
                   weekdays=tuple(weekdays) if weekdays is not None else None)

    @classmethod
    def from_interchange(cls, data: Mapping[str, Any]) -> Schedule:
        """Read a schedule object, tolerant of missing optional fields; raises :class:`ScheduleError`.

        Times may be written ``8:00`` and weekdays ``Mon``; they are kept as ``08:00`` and ``mon``.
        A field that does not belong to the kind is refused rather than silently dropped, because
        it means the writer expected a behaviour this kind does not have.
        """
        if not isinstance(data, Mapping):
            raise ScheduleError("kind", "a schedule must be an object")
        kind = data.get("kind")
        if kind is None:
            raise ScheduleError("kind", f"missing (one of {', '.join(_KINDS)})")
        if kind not in _KINDS:
            raise ScheduleError("kind", f"{_quote(kind)} is not one of {', '.join(_KINDS)}")

        times = _read_times(data.get("times"))
        weekdays = _read_weekdays(data.get("weekdays"))
        start = data.get("start")
        start_on: date | None = None
        start_at: datetime | None = None
        if start is not None:
            if kind == ScheduleKind.EVERY_N_DAYS:
                start_on = _read_date(start, "start")
            elif kind == ScheduleKind.EVERY_HOURS:
                start_at = _read_local_datetime(start, "start")
            else:
                raise ScheduleError("start", f"not used by kind {kind}")
        schedule = cls(
            kind=kind,
            times=times,
            weekdays=weekdays,
            every=_read_int(data.get("every"), "every"),
            hours=_read_number(data.get("hours"), "hours"),
            start_on=start_on,
            start_at=start_at,
            from_date=_read_date(data.get("from"), "from"),
            until_date=_read_date(data.get("until"), "until"),
            min_gap_hours=_read_number(data.get("min_gap_hours"), "min_gap_hours"),
            max_per_day=_read_int(data.get("max_per_day"), "max_per_day"),
        )
        schedule.validate()
        return schedule

    def to_interchange(self) -> dict[str, Any]:
        """The schedule object as the interchange format writes it (only the kind's own fields)."""
        window = {
            "from": self.from_date.isoformat() if self.from_date else None,
            "until": self.until_date.isoformat() if self.until_date else None,
        }
        if self.kind == ScheduleKind.TIMES:
            return {"kind": self.kind, "times": list(self.times),
                    "weekdays": list(self.weekdays) if self.weekdays is not None else None, **window}
        if self.kind == ScheduleKind.EVERY_N_DAYS:
            return {"kind": self.kind, "every": self.every, "times": list(self.times),
                    "start": self.start_on.isoformat() if self.start_on else None, **window}
        if self.kind == ScheduleKind.EVERY_HOURS:
            return {"kind": self.kind, "hours": _plain_number(self.hours),
                    "start": self.start_at.isoformat(timespec="minutes") if self.start_at else None,
                    **window}
        return {"kind": self.kind, "min_gap_hours": _plain_number(self.min_gap_hours),
                "max_per_day": self.max_per_day, **window}

    # ---- checks -------------------------------------------------------------------------------

    def validate(self) -> None:
        """Raise :class:`ScheduleError` naming the first field that is wrong."""
        kind = self.kind
        if kind not in _KINDS:
            raise ScheduleError("kind", f"{_quote(kind)} is not one of {', '.join(_KINDS)}")
        wall_clock = kind in _WALL_CLOCK_KINDS

        if wall_clock:
            if not self.times:
                raise ScheduleError("times", "at least one time is needed")
            seen: dict[tuple[int, int], int] = {}
            for index, text in enumerate(self.times):
                field = f"times[{index}]"
                parsed = _parse_time(text, field)
                if not _is_canonical_time(text):
                    raise ScheduleError(field, f"{_quote(text)} must be written HH:MM")
                if parsed in seen:
                    raise ScheduleError(field, f"{_quote(text)} is already times[{seen[parsed]}]")
                seen[parsed] = index
        elif self.times:
            raise ScheduleError("times", f"not used by kind {kind}")

        if self.weekdays is not None:
            if kind != ScheduleKind.TIMES:
                raise ScheduleError("weekdays", f"not used by kind {kind}")
            if not self.weekdays:
                raise ScheduleError("weekdays", "choose at least one day, or null for every day")
            seen_days: set[str] = set()
            for index, day in enumerate(self.weekdays):
                if day not in WEEKDAYS:
                    raise ScheduleError(f"weekdays[{index}]",
                                        f"{_quote(day)} is not one of {', '.join(WEEKDAYS)}")
                if day in seen_days:
                    raise ScheduleError(f"weekdays[{index}]", f"{_quote(day)} is repeated")
                seen_days.add(day)

        if kind == ScheduleKind.EVERY_N_DAYS:
            if self.every is None:
                raise ScheduleError("every", "missing (how many days apart)")
            if _not_int(self.every) or self.every < 1:
                raise ScheduleError("every", f"{_quote(self.every)} is not a whole number of days, 1 or more")
            if self.every > _MAX_EVERY_DAYS:
                raise ScheduleError("every", f"{_quote(self.every)} days is more than ten years")
            if self.start_on is None:
                raise ScheduleError("start", "missing (the date of the first dose)")
            if not isinstance(self.start_on, date) or isinstance(self.start_on, datetime):
                raise ScheduleError("start", f"{_quote(self.start_on)} is not a date")
        elif self.every is not None:
            raise ScheduleError("every", f"not used by kind {kind}")

        if kind == ScheduleKind.EVERY_HOURS:
            if self.hours is None:
                raise ScheduleError("hours", "missing (how many hours apart)")
            if _not_number(self.hours) or not math.isfinite(self.hours) or self.hours <= 0:
                raise ScheduleError("hours", f"{_quote(self.hours)} is not a number of hours above 0")
            if self.hours > _MAX_HOURS:
                raise ScheduleError("hours", f"{_quote(self.hours)} is more than a year")
            if timedelta(hours=self.hours) < _MIN_INTERVAL:
                raise ScheduleError("hours", f"{_quote(self.hours)} is less than a minute")
            if self.start_at is None:
                raise ScheduleError("start", "missing (the local date and time of the first dose)")
            if not isinstance(self.start_at, datetime) or self.start_at.tzinfo is not None:
                raise ScheduleError("start", f"{_quote(self.start_at)} is not a local date and time")
        else:
            if self.hours is not None:
                raise ScheduleError("hours", f"not used by kind {kind}")
            if self.start_at is not None:
                raise ScheduleError("start", f"not used by kind {kind}")
        if kind != ScheduleKind.EVERY_N_DAYS and self.start_on is not None:
            raise ScheduleError("start", f"not used by kind {kind}")

        if kind == ScheduleKind.AS_NEEDED:
            gap = self.min_gap_hours
            if gap is not None and (_not_number(gap) or not math.isfinite(gap) or gap < 0):
                raise ScheduleError("min_gap_hours", f"{_quote(gap)} is not a number of hours, 0 or more")
            if gap is not None and gap > _MAX_HOURS:
                raise ScheduleError("min_gap_hours", f"{_quote(gap)} is more than a year")
            most = self.max_per_day
            if most is not None and (_not_int(most) or most < 1):
                raise ScheduleError("max_per_day", f"{_quote(most)} is not a whole number, 1 or more")
        else:
            if self.min_gap_hours is not None:
                raise ScheduleError("min_gap_hours", f"not used by kind {kind}")
            if self.max_per_day is not None:
                raise ScheduleError("max_per_day", f"not used by kind {kind}")

        for field, value in (("from", self.from_date), ("until", self.until_date)):
            if value is not None and (not isinstance(value, date) or isinstance(value, datetime)):
                raise ScheduleError(field, f"{_quote(value)} is not a date")
        if self.from_date and self.until_date and self.until_date < self.from_date:
            raise ScheduleError("until", f"{self.until_date.isoformat()} is before from "
                                         f"{self.from_date.isoformat()}")

    def in_window(self, day: date) -> bool:
        """Whether a local date lies inside the optional ``from``/``until`` window."""
        return (self.from_date is None or day >= self.from_date) and (
            self.until_date is None or day <= self.until_date)

    @property
    def is_as_needed(self) -> bool:
        return self.kind == ScheduleKind.AS_NEEDED


# ---- reading helpers ----------------------------------------------------------------------------

def _not_int(value: Any) -> bool:
    return isinstance(value, bool) or not isinstance(value, int)


def _not_number(value: Any) -> bool:
    return isinstance(value, bool) or not isinstance(value, (int, float))


def _is_canonical_time(text: str) -> bool:
    return len(text) == 5


def _plain_number(value: float | None) -> float | int | None:
    """6.0 -> 6, so an exported document reads like the one imported."""
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value


def _read_times(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list | tuple):
        raise ScheduleError("times", f"{_quote(value)} is not a list of HH:MM times")
    times = []
    for index, text in enumerate(value):
        hour, minute = _parse_time(text, f"times[{index}]")
        times.append(f"{hour:02d}:{minute:02d}")
    return tuple(times)


def _read_weekdays(value: Any) -> tuple[str, ...] | None:
    if value is None:
        return None
    if not isinstance(value, list | tuple):
        raise ScheduleError("weekdays", f"{_quote(value)} is not a list of days (\"mon\", \"tue\", ...)")
    days = []
    for index, day in enumerate(value):
        name = day.strip().lower() if isinstance(day, str) else None
        if name in _FULL_WEEKDAY_NAMES:
            name = name[:3]
        if name not in WEEKDAYS:
            raise ScheduleError(f"weekdays[{index}]", f"{_quote(day)} is not one of {', '.join(WEEKDAYS)}")
        days.append(name)
    return tuple(days)


def _read_date(value: Any, field: str) -> date | None:
    if value is None:
        return None
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise ScheduleError(field, f"{_quote(value)} is not a date (YYYY-MM-DD)")


def _read_local_datetime(value: Any, field: str) -> datetime:
    if isinstance(value, str):
        try:
            moment = datetime.fromisoformat(value.strip())
        except ValueError:
            moment = None
        if moment is not None:
            if moment.tzinfo is not None:
                raise ScheduleError(field, f"{_quote(value)} must be a local time without an offset "
                                           "(YYYY-MM-DDTHH:MM)")
            return moment.replace(second=0, microsecond=0)
    raise ScheduleError(field, f"{_quote(value)} is not a local date and time (YYYY-MM-DDTHH:MM)")


def _read_int(value: Any, field: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if _not_int(value):
        raise ScheduleError(field, f"{_quote(value)} is not a whole number")
    return int(value)


def _read_number(value: Any, field: str) -> float | None:
    if value is None:
        return None
    if _not_number(value):
        raise ScheduleError(field, f"{_quote(value)} is not a number")
    return value


# ---- occurrences ----------------------------------------------------------------------------------

class _Compiled(Struct, frozen=True):
    """What occurrences() needs, parsed once per schedule."""

    clock_times: tuple[tuple[int, int], ...]  # sorted (hour, minute)
    weekday_numbers: frozenset[int] | None  # date.weekday() numbers


def _compile(schedule: Schedule) -> _Compiled:
    try:
        return _compile_cached(schedule)
    except TypeError:  # built by hand with a list somewhere: unhashable, so parse it every time
        return _compile_cached.__wrapped__(schedule)


@lru_cache(maxsize=512)
def _compile_cached(schedule: Schedule) -> _Compiled:
    schedule.validate()
    clock_times = tuple(sorted(_parse_time(t, f"times[{i}]") for i, t in enumerate(schedule.times)))
    weekday_numbers = (frozenset(WEEKDAYS.index(d) for d in schedule.weekdays)
                       if schedule.weekdays is not None else None)
    return _Compiled(clock_times, weekday_numbers)


def occurrences(schedule: Schedule, start: datetime, end: datetime, zone: ZoneInfo) -> list[datetime]:
    """The instants a schedule asks for a dose in ``[start, end)``: aware UTC, sorted, no duplicates.

    ``times`` and ``every_n_days`` are local wall-clock times (see ``wall_to_utc`` for the
    daylight-saving policy; two times that fall into the same gap become one dose, never a double
    dose). ``every_hours`` counts absolute durations from its start, read in ``zone``.
    ``as_needed`` has none. Raises :class:`ScheduleError` for an invalid schedule.
    """
    if not (is_aware(start) and is_aware(end)):
        raise ValueError("occurrences needs aware start and end instants")
    compiled = _compile(schedule)
    start, end = start.astimezone(UTC), end.astimezone(UTC)
    if end <= start or schedule.kind == ScheduleKind.AS_NEEDED:
        return []
    if schedule.kind == ScheduleKind.EVERY_HOURS:
        return _interval_occurrences(schedule, start, end, zone)
    return _wall_clock_occurrences(schedule, compiled, start, end, zone)


def _wall_clock_occurrences(
    schedule: Schedule, compiled: _Compiled, start: datetime, end: datetime, zone: ZoneInfo
) -> list[datetime]:
    # A day's doses can land a little outside its own local date only when a gap swallows the rest
    # of it (Samoa skipped 30 Dec 2011 whole), so two days of margin on each side cover every case.
    first_day = start.astimezone(zone).date() - timedelta(days=2)
    last_day = end.astimezone(zone).date() + timedelta(days=2)
    if schedule.from_date is not None:
        first_day = max(first_day, schedule.from_date)
    if schedule.until_date is not None:
        last_day = min(last_day, schedule.until_date)
    step = 1
    if schedule.kind == ScheduleKind.EVERY_N_DAYS:
        assert schedule.start_on is not None and schedule.every is not None
        step = schedule.every
        anchor = schedule.start_on
        if first_day < anchor:
            first_day = anchor
        else:
            first_day += timedelta(days=(-(first_day - anchor).days) % step)
    weekdays = compiled.weekday_numbers
    found: list[datetime] = []
    day = first_day
    one_step = timedelta(days=step)
    while day <= last_day:
        if weekdays is None or day.weekday() in weekdays:
            for hour, minute in compiled.clock_times:
                instant = wall_to_utc(datetime(day.year, day.month, day.day, hour, minute), zone)
                if start <= instant < end:
                    found.append(instant)
        day += one_step
    return _sorted_unique(found)


def _interval_occurrences(schedule: Schedule, start: datetime, end: datetime, zone: ZoneInfo) -> list[datetime]:
    assert schedule.start_at is not None and schedule.hours is not None
    anchor = wall_to_utc(schedule.start_at, zone)
    step = timedelta(hours=schedule.hours)
    # Trim the range to the window first (with a day's margin: local dates are not monotonic in
    # zones that fall back across midnight), then test each instant's own local date.
    if schedule.from_date is not None:
        start = max(start, day_start(schedule.from_date - timedelta(days=1), zone))
    if schedule.until_date is not None:
        end = min(end, day_start(schedule.until_date + timedelta(days=2), zone))
    first = 0 if start <= anchor else -((anchor - start) // step)
    found: list[datetime] = []
    index = first
    instant = anchor + index * step
    while instant < end:
        if instant >= start and schedule.in_window(instant.astimezone(zone).date()):
            found.append(instant)
        index += 1
        instant = anchor + index * step
    return found


def _sorted_unique(instants: list[datetime]) -> list[datetime]:
    instants.sort()
    unique: list[datetime] = []
    for instant in instants:
        if not unique or unique[-1] != instant:
            unique.append(instant)
    return unique


# ---- plain words ----------------------------------------------------------------------------------

def _weekday_abbreviations() -> dict[str, str]:
    return {key: formatting.weekday_name(i, short=True) for i, key in enumerate(("mon", "tue", "wed", "thu", "fri", "sat", "sun"))}


def format_date(day: date) -> str:
    """``1 Nov 2026``: unambiguous in every English-speaking country, and translatable."""
    return formatting.format_date(day)


def _format_number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def hours_phrase(hours: float) -> str:
    """``1 hour``, ``4 hours``, ``1.5 hours``, ``30 minutes``."""
    whole_hours, minutes = int(hours), int(hours * 60)  # a plain name: lupdate reads no expression there
    if float(hours).is_integer():
        return translate("Schedule", "%n hour(s)", None, whole_hours)
    if hours < 1 and float(hours * 60).is_integer():
        return translate("Schedule", "%n minute(s)", None, minutes)
    return translate("Schedule", "{hours} hours").format(hours=_format_number(hours))


def _window_phrase(schedule: Schedule) -> str:
    first_day = schedule.start_on or (schedule.start_at.date() if schedule.start_at else None)
    if schedule.from_date and first_day and schedule.from_date <= first_day:
        # Nothing happens before the start anyway: "from 1 Nov 2026, from 1 Nov 2026" says nothing.
        schedule = replace(schedule, from_date=None)
    if schedule.from_date and schedule.until_date:
        return translate("Schedule", "from {start} until {end}").format(
            start=format_date(schedule.from_date), end=format_date(schedule.until_date))
    if schedule.from_date:
        return translate("Schedule", "from {start}").format(start=format_date(schedule.from_date))
    if schedule.until_date:
        return translate("Schedule", "until {end}").format(end=format_date(schedule.until_date))
    return ""


def describe(schedule: Schedule) -> str:
    """The schedule in plain words: ``3 times a day at 08:00, 13:00, 19:00``, ``Mon, Wed, Fri at
    08:00``, ``Every 6 hours from 06:00 on 1 Nov 2026``, ``As needed, at least 4 hours apart``..."""
    kind = schedule.kind
    times = ", ".join(sorted(schedule.times))
    if kind == ScheduleKind.TIMES:
        days = schedule.weekdays
        if days is not None and set(days) != set(WEEKDAYS):
            names = _weekday_abbreviations()
            ordered = [d for d in WEEKDAYS if d in days]
            text = translate("Schedule", "{days} at {times}").format(
                days=", ".join(names[d] for d in ordered), times=times)
        elif len(schedule.times) == 1:
            text = translate("Schedule", "Once a day at {times}").format(times=times)
        elif len(schedule.times) == 2:
            text = translate("Schedule", "Twice a day at {times}").format(times=times)
        else:
            text = translate("Schedule", "{count} times a day at {times}").format(
                count=len(schedule.times), times=times)
    elif kind == ScheduleKind.EVERY_N_DAYS:
        start = format_date(schedule.start_on) if schedule.start_on else "?"
        if schedule.every == 1:
            text = translate("Schedule", "Every day at {times} from {start}").format(times=times, start=start)
        else:
            text = translate("Schedule", "Every {every} days at {times} from {start}").format(
                every=schedule.every, times=times, start=start)
    elif kind == ScheduleKind.EVERY_HOURS:
        hours = schedule.hours or 0
        if schedule.start_at is not None:
            clock, on = schedule.start_at.strftime("%H:%M"), format_date(schedule.start_at.date())
        else:
            clock, on = "?", "?"
        if hours == 1:
            text = translate("Schedule", "Every hour from {time} on {date}").format(time=clock, date=on)
        else:
            text = translate("Schedule", "Every {interval} from {time} on {date}").format(
                interval=hours_phrase(hours), time=clock, date=on)
    else:
        parts = [translate("Schedule", "As needed")]
        if schedule.min_gap_hours:
            parts.append(translate("Schedule", "at least {interval} apart").format(
                interval=hours_phrase(schedule.min_gap_hours)))
        if schedule.max_per_day is not None:
            if schedule.max_per_day == 1:
                parts.append(translate("Schedule", "at most once a day"))
            else:
                parts.append(translate("Schedule", "at most {count} a day").format(count=schedule.max_per_day))
        text = ", ".join(parts)
    window = _window_phrase(schedule)
    if window:
        text = translate("Schedule", "{schedule}, {window}").format(schedule=text, window=window)
    return text
