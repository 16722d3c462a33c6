"""Medications and their schedules. A stopped medication is never deleted: its history is kept.

Reads return the one snapshot of a medication, ``store.queries.medications.Medication``. Every change is one
unit of work that checks all of its input first (raising :class:`~careorganiser.services.base.ValidationError`
naming the field), then commits, then notifies the ``medications`` area.

Forms and the command line hand in text as typed: numbers and dates may be given either as values or
as text (``"2.5"``, ``"2026-11-21"``), and are read here so every caller gets the same messages.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from msgspec import Struct
from sqlalchemy import func, update

from careorganiser.domain.doses import days_of_supply, doses_per_day
from careorganiser.domain.enums import WEEKDAYS, ScheduleKind
from careorganiser.domain.fields import FIELDS
from careorganiser.domain.formatting import name_order
from careorganiser.domain.schedules import Schedule, ScheduleError
from careorganiser.i18n import translate
from careorganiser.services.base import NotFound, ServiceError, ValidationError, notify
from careorganiser.services.cleaning import clean_text, date_from_text, number_from_text
from careorganiser.services.trash import RecordKind
from careorganiser.store import models as m
from careorganiser.store.profiles import Profile
from careorganiser.store.queries import medications as mq
from careorganiser.store.queries.medications import Medication

# Longest text each field takes (the one table of field rules, domain/fields.py); past these a message says so
# instead of storing a novel in a name.
NAME_MAX = FIELDS["medications"]["name"].max_length
SHORT_TEXT_MAX = FIELDS["medications"]["strength"].max_length
LONG_TEXT_MAX = FIELDS["medications"]["instructions"].max_length
STOCK_MAX = 1_000_000.0
UNITS_PER_DOSE_MAX = 1000.0
# Every-hours schedules: the interchange format accepts 0.25 to 336 hours apart (2 weeks).
HOURS_MIN, HOURS_MAX = 0.25, 336.0
MIN_GAP_MAX = 168.0
MAX_PER_DAY_MAX = 48
EVERY_DAYS_MAX = 366
EARLIEST_DATE = date(1900, 1, 1)
LATEST_DATE = date(2200, 12, 31)


# ---- reads --------------------------------------------------------------------------------------
# One snapshot per medication: ``store.queries.medications.Medication`` (the same one Today, the reminders and
# the pack read), with its schedules as domain values and ``schedule_text`` in plain words.



def supply_days(med: Medication, zone: ZoneInfo, today: date) -> int | None:
    """Whole days the stock lasts at the medication's schedules, for one still taken on ``today``.

    None when it cannot be known: stopped, no stock recorded, no scheduled doses (as needed only), or stored
    schedules the supply arithmetic cannot count (the stock is then shown alone).
    """
    if med.stock is None or not med.active_on(today):
        return None
    try:
        days = days_of_supply(med.stock, med.units_per_dose, doses_per_day(med.schedules, zone, today))
        return None if days is None else int(days)
    except (ValueError, TypeError, KeyError, IndexError, AttributeError, ArithmeticError):
        return None


class MedicationInput(Struct, frozen=True):
    """What the medication form (or the command line) hands in.

    Numbers may be numbers or text as typed (empty text means "not recorded"); ``start_date`` may be a
    date or text (``2026-11-21`` or ``21 Nov 2026``). Stopping and restarting are separate actions.
    """

    name: str
    strength: str = ""
    form: str = ""
    dose: str = ""
    route: str = ""
    purpose: str = ""
    instructions: str = ""
    prescriber_id: int | None = None
    start_date: date | str | None = None
    stock: float | str | None = None
    stock_unit: str = ""
    refill_at: float | str | None = None
    units_per_dose: float | str = 1.0


def schedule_from_row(row: m.Schedule) -> object:
    """The domain Schedule for a stored schedule row (the same reading as the plain-SQL reads)."""
    from careorganiser.store.reads import SCHEDULE_COLUMNS, stored_schedule

    return stored_schedule(*(getattr(row, column) for column in SCHEDULE_COLUMNS))


def list_medications(profile: Profile, include_stopped: bool = True, on: date | None = None) -> list[Medication]:
    """Medications by name. Without ``include_stopped``, only those still taken on ``on`` (default today)."""
    on = on or date.today()
    found = mq.medications(profile.read())
    if not include_stopped:
        found = [med for med in found if med.active_on(on)]
    return sorted(found, key=active_order)


def list_active_medications(profile: Profile, on: date) -> list[Medication]:
    """Medications still taken on local date ``on``, by name."""
    return list_medications(profile, include_stopped=False, on=on)


def list_stopped_medications(profile: Profile, on: date) -> list[Medication]:
    """Medications stopped before local date ``on``, most recently stopped first (then by name)."""
    stopped = sorted((med for med in mq.medications(profile.read()) if not med.active_on(on)), key=active_order)
    return sorted(stopped, key=lambda med: med.stop_date, reverse=True)  # type: ignore[arg-type,return-value]


def active_order(row: Medication) -> tuple[tuple[str | int, ...], int]:
    """Where a medication falls in :func:`list_active_medications`: by name (:func:`name_order`: case aside,
    numbers by value, as the pack lists them), then by id."""
    return name_order(row.name), row.id


def stopped_order(row: Medication) -> tuple[int, tuple[str | int, ...], int]:
    """Where a medication falls in :func:`list_stopped_medications`: most recently stopped first, then as
    :func:`active_order`."""
    return -(row.stop_date.toordinal() if row.stop_date else 0), name_order(row.name), row.id


def get_medication(profile: Profile, medication_id: int) -> Medication:
    """One medication with its schedules; raises NotFound when it does not exist or is in the trash."""
    found = mq.medication(profile.read(), medication_id)
    if found is None:
        raise NotFound(translate("Medications", "That medication no longer exists."))
    return found


def _get_live(s: Any, medication_id: int) -> m.Medication:
    med = s.get(m.Medication, medication_id) if isinstance(medication_id, int) else None
    if med is None or med.deleted_at is not None:
        raise NotFound(translate("Medications", "That medication no longer exists."))
    return med


# ---- reading what the user typed ------------------------------------------------------------------

def _labels() -> dict[str, str]:
    """The words that name each text field of a medication or a dose record in a message."""
    return {
        "name": translate("Medications", "Name"), "strength": translate("Medications", "Strength"),
        "form": translate("Medications", "Form"), "dose": translate("Medications", "Dose"),
        "route": translate("Medications", "Route"), "purpose": translate("Medications", "Purpose"),
        "instructions": translate("Medications", "Instructions"),
        "stop_reason": translate("Medications", "Why it was stopped"),
        "stock_unit": translate("Medications", "Stock counted in"),
        "amount": translate("Medications", "Amount"), "note": translate("Medications", "Note"),
    }


def read_field(value: Any, name: str, *, entity: str = "medications", required: bool = False) -> str:
    """Typed text by the rule of one field in the table of field rules, read by the one text reader
    (services/cleaning.clean_text: control characters dropped, the message names the field)."""
    rule = FIELDS[entity][name]
    return clean_text(value, name, _labels().get(name, name), max_length=rule.max_length,
                      required=required or rule.required, multiline=rule.multiline)


def read_number(value: Any, field: str, *, required: bool = False, minimum: float | None = 0.0,
                above: float | None = None, maximum: float | None = None) -> float | None:
    """A number given as a number or as typed text ("2.5", "2,5"); empty means None unless required."""
    if isinstance(value, str):
        if not value.strip():
            value = None
        else:
            try:
                value = number_from_text(value)
            except ValueError:
                raise ValidationError(field, translate("Medications", "\u201c{text}\u201d is not a number").format(
                    text=value.strip()[:40])) from None
    if value is None:
        if required:
            raise ValidationError(field, translate("Medications", "please enter a number (it is required)"))
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValidationError(field, translate("Medications", "must be a number"))
    number = float(value)
    if not math.isfinite(number):
        raise ValidationError(field, translate("Medications", "must be an ordinary number"))
    if above is not None and number <= above:
        raise ValidationError(field, translate("Medications", "must be more than {value}").format(value=_plain(above)))
    if minimum is not None and number < minimum:
        raise ValidationError(field, translate("Medications", "cannot be less than {value}").format(value=_plain(minimum)))
    if maximum is not None and number > maximum:
        raise ValidationError(field, translate("Medications", "too large (at most {value})").format(value=_plain(maximum)))
    return number


def read_date(value: Any, field: str, *, required: bool = False) -> date | None:
    """A real calendar date, given as a date or as text: ``2026-11-21`` or ``21 Nov 2026``."""
    if isinstance(value, datetime):
        raise ValidationError(field, translate("Medications", "must be a date without a time"))
    if isinstance(value, str):
        text = value.strip()
        if not text:
            value = None
        else:
            value = _parse_date_text(text, field)
    if value is None:
        if required:
            raise ValidationError(field, translate("Medications", "please choose a date (it is required)"))
        return None
    if not isinstance(value, date):
        raise ValidationError(field, translate("Medications", "must be a date"))
    if not (EARLIEST_DATE <= value <= LATEST_DATE):
        raise ValidationError(field, translate("Medications", "{date} is not a plausible date").format(date=value.isoformat()))
    return value


def _parse_date_text(text: str, field: str) -> date:
    try:
        return date_from_text(text)
    except ValueError:
        raise ValidationError(field, translate("Medications", "\u201c{text}\u201d is not a real date (write it like 2026-11-21)").format(
            text=text[:40])) from None


def _plain(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


# ---- checking a medication's fields ----------------------------------------------------------------

class _CleanMedication(Struct, frozen=True):
    name: str
    strength: str
    form: str
    dose: str
    route: str
    purpose: str
    instructions: str
    prescriber_id: int | None
    start_date: date | None
    stock: float | None
    stock_unit: str
    refill_at: float | None
    units_per_dose: float


def _check_fields(s: Any, fields: MedicationInput) -> _CleanMedication:
    if not isinstance(fields, MedicationInput):
        raise ServiceError(translate("Medications", "Medication details were given in a form this version cannot read."))
    name = read_field(fields.name, "name")
    strength = read_field(fields.strength, "strength")
    form = read_field(fields.form, "form")
    dose = read_field(fields.dose, "dose")
    route = read_field(fields.route, "route")
    purpose = read_field(fields.purpose, "purpose")
    instructions = read_field(fields.instructions, "instructions")
    prescriber_id = fields.prescriber_id
    if prescriber_id is not None:
        contact = s.get(m.Contact, prescriber_id) if isinstance(prescriber_id, int) and not isinstance(
            prescriber_id, bool) else None
        if contact is None or contact.deleted_at is not None:
            raise ValidationError("prescriber", translate("Medications", "not one of your contacts; choose one from the list, or none"))
    start_date = read_date(fields.start_date, "start_date")
    stock = read_number(fields.stock, "stock", maximum=STOCK_MAX)
    stock_unit = read_field(fields.stock_unit, "stock_unit")
    refill_at = read_number(fields.refill_at, "refill_at", maximum=STOCK_MAX)
    units = read_number(fields.units_per_dose, "units_per_dose", required=True, minimum=None, above=0.0,
                        maximum=UNITS_PER_DOSE_MAX)
    assert units is not None
    return _CleanMedication(name, strength, form, dose, route, purpose, instructions, prescriber_id, start_date,
                            stock, stock_unit, refill_at, units)


def _apply(med: m.Medication, clean: _CleanMedication) -> None:
    med.name = clean.name
    med.strength = clean.strength
    med.form = clean.form
    med.dose = clean.dose
    med.route = clean.route
    med.purpose = clean.purpose
    med.instructions = clean.instructions
    med.prescriber_id = clean.prescriber_id
    med.start_date = clean.start_date
    med.stock = clean.stock
    med.stock_unit = clean.stock_unit
    med.refill_at = clean.refill_at
    med.units_per_dose = clean.units_per_dose


# ---- checking schedules ----------------------------------------------------------------------------


def check_schedule(schedule: Any, field: str = "schedule") -> Schedule:
    """A schedule ready to store, with times sorted and weekdays in week order.

    Raises ValidationError naming ``<field>.<schedule field>`` (``schedules[0].times``) and the problem.
    """
    if not isinstance(schedule, Schedule):
        raise ValidationError(field, translate("Medications", "is not a schedule"))
    kind = schedule.kind
    if kind not in tuple(k.value for k in ScheduleKind):
        raise ValidationError(f"{field}.kind", translate("Medications", "choose how often it is taken"))
    sub = f"{field}."
    # The common mistakes first, in plain words; Schedule.validate() is the final word.
    if kind in (ScheduleKind.TIMES, ScheduleKind.EVERY_N_DAYS) and not schedule.times:
        raise ValidationError(sub + "times", translate("Medications", "add at least one time of day"))
    if kind == ScheduleKind.TIMES and schedule.weekdays is not None and not schedule.weekdays:
        raise ValidationError(sub + "weekdays", translate("Medications", "tick at least one day of the week"))
    if kind == ScheduleKind.EVERY_N_DAYS:
        if schedule.every is None or isinstance(schedule.every, bool) or not isinstance(schedule.every, int) \
                or not 1 <= schedule.every <= EVERY_DAYS_MAX:
            raise ValidationError(sub + "every", translate("Medications", "must be a whole number of days from 1 to {max}").format(
                max=EVERY_DAYS_MAX))
        if schedule.start_on is None:
            raise ValidationError(sub + "start", translate("Medications", "choose the date of the first dose"))
    if kind == ScheduleKind.EVERY_HOURS:
        hours = schedule.hours
        if hours is None or isinstance(hours, bool) or not isinstance(hours, (int, float)) \
                or not math.isfinite(hours) or not HOURS_MIN <= hours <= HOURS_MAX:
            raise ValidationError(sub + "hours", translate("Medications", "must be a number of hours from {low} to {high}").format(
                low=_plain(HOURS_MIN), high=_plain(HOURS_MAX)))
        if schedule.start_at is None:
            raise ValidationError(sub + "start", translate("Medications", "choose the date and time of the first dose"))
    if kind == ScheduleKind.AS_NEEDED:
        gap = schedule.min_gap_hours
        if gap is not None and (isinstance(gap, bool) or not isinstance(gap, (int, float))
                                or not math.isfinite(gap) or not 0 <= gap <= MIN_GAP_MAX):
            raise ValidationError(sub + "min_gap_hours", translate("Medications", "must be a number of hours from 0 to {max}").format(
                max=_plain(MIN_GAP_MAX)))
        most = schedule.max_per_day
        if most is not None and (isinstance(most, bool) or not isinstance(most, int)
                                 or not 1 <= most <= MAX_PER_DAY_MAX):
            raise ValidationError(sub + "max_per_day", translate("Medications", "must be a whole number from 1 to {max}").format(
                max=MAX_PER_DAY_MAX))
    for name, value in (("from", schedule.from_date), ("until", schedule.until_date),
                        ("start", schedule.start_on), ("start", schedule.start_at)):
        if isinstance(value, date) and not (EARLIEST_DATE <= (value.date() if isinstance(value, datetime)
                                                              else value) <= LATEST_DATE):
            raise ValidationError(sub + name, translate("Medications", "{date} is not a plausible date").format(date=value.isoformat()))
    if schedule.from_date and schedule.until_date and schedule.until_date < schedule.from_date:
        raise ValidationError(sub + "until", translate("Medications", "the last day cannot be before the first day"))
    try:
        schedule.validate()
    except ScheduleError as exc:
        raise ValidationError(sub + exc.field, exc.problem) from None
    times = tuple(sorted(schedule.times))
    weekdays = (tuple(d for d in WEEKDAYS if d in schedule.weekdays)
                if schedule.weekdays is not None else None)
    from msgspec.structs import replace

    return replace(schedule, times=times, weekdays=weekdays)


def _check_schedules(schedules: Any) -> list[Schedule]:
    if schedules is None:
        return []
    if not isinstance(schedules, Sequence) or isinstance(schedules, str):
        raise ValidationError("schedules", translate("Medications", "must be a list of schedules"))
    if len(schedules) > 20:
        raise ValidationError("schedules", translate("Medications", "at most 20 schedules per medication"))
    return [check_schedule(s, f"schedules[{i}]") for i, s in enumerate(schedules)]


def _schedule_row(schedule: Schedule, position: int) -> m.Schedule:
    return m.Schedule(
        position=position,
        kind=schedule.kind,
        times=list(schedule.times),
        weekdays=list(schedule.weekdays) if schedule.weekdays is not None else None,
        every=schedule.every,
        hours=float(schedule.hours) if schedule.hours is not None else None,
        start_on=schedule.start_on,
        start_at_local=schedule.start_at.strftime("%Y-%m-%dT%H:%M") if schedule.start_at else None,
        from_date=schedule.from_date,
        until_date=schedule.until_date,
        min_gap_hours=float(schedule.min_gap_hours) if schedule.min_gap_hours is not None else None,
        max_per_day=schedule.max_per_day,
    )


def _replace_schedules(s: Any, med: m.Medication, schedules: list[Schedule], now: datetime) -> None:
    """Store new schedules. When they differ from the old ones, they apply from ``now``, and the old ones are
    kept as a past period up to now: the doses before now still count against the schedule that applied then
    (with their slots, notes and undo), and no dose of the new ones before now is called missed."""
    old = [_schedule_document(row) for row in med.schedules]
    new = [sch.to_interchange() for sch in schedules]
    if old == new:
        return
    s.add(m.SchedulePeriod(medication_id=med.id, began_at=med.schedules_since or med.added_at, ended_at=now,
                           schedules=[doc for doc in old if doc is not None]))
    for row in list(med.schedules):
        s.delete(row)  # deleted as such (not only orphaned), so the record's history keeps them for a revert
    med.schedules.clear()
    s.flush()  # delete the old rows before the new ones take their positions
    med.schedules.extend(_schedule_row(sch, i) for i, sch in enumerate(schedules))
    med.schedules_since = now


def _schedule_document(row: m.Schedule) -> dict[str, Any] | None:
    try:
        return schedule_from_row(row).to_interchange()  # type: ignore[attr-defined]
    except ScheduleError:
        return None


def _now(now: datetime | None) -> datetime:
    """The instant a change is made (``now`` is for tests and imports that know better), aware UTC."""
    from careorganiser.domain.clock import now_utc, to_utc

    return now_utc() if now is None else to_utc(now)


def _local_today(s: Any, now: datetime) -> date:
    from careorganiser.domain.clock import local_date
    from careorganiser.services.profiles import profile_zone

    return local_date(now, profile_zone(s))


# ---- changes ---------------------------------------------------------------------------------------

def create_medication(profile: Profile, fields: MedicationInput, schedules: Sequence[Schedule] | None = None,
                      now: datetime | None = None) -> int:
    """Add a medication (with its schedules, in the same unit of work). Returns its id.

    Its schedules begin now: a dose earlier today, or before a start date in the past, is never called
    missed. Without a start date, today (the profile's local day) is recorded as its start.
    """
    now = _now(now)
    with profile.session_factory.begin() as s:
        clean = _check_fields(s, fields)
        checked = _check_schedules(schedules)
        med = m.Medication(name=clean.name)
        _apply(med, clean)
        if med.start_date is None:
            med.start_date = _local_today(s, now)
        med.added_at = now
        med.schedules_since = now
        med.schedules = [_schedule_row(sch, i) for i, sch in enumerate(checked)]
        s.add(med)
        s.flush()
        new_id = med.id
    notify(profile, records={"medications": [new_id]})
    return new_id


def update_medication(profile: Profile, medication_id: int, fields: MedicationInput,
                      schedules: Sequence[Schedule] | None = None, now: datetime | None = None) -> None:
    """Change a medication's details; with ``schedules``, replace its schedules too (one unit of work).

    The stop date and reason are left as they are (see :func:`stop_medication`). Changed schedules apply
    from now. A start date left empty keeps the one recorded.
    """
    now = _now(now)
    with profile.session_factory.begin() as s:
        med = _get_live(s, medication_id)
        clean = _check_fields(s, fields)
        checked = _check_schedules(schedules) if schedules is not None else None
        if med.stop_date is not None and clean.start_date is not None and clean.start_date > med.stop_date:
            raise ValidationError("start_date", translate("Medications", "cannot be after the day it was stopped ({date})").format(
                date=med.stop_date.isoformat()))
        kept_start = med.start_date
        _apply(med, clean)
        if med.start_date is None:
            med.start_date = kept_start or _local_today(s, now)
        if checked is not None:
            _replace_schedules(s, med, checked, now)
    notify(profile, records={"medications": [medication_id]})


def set_schedules(profile: Profile, medication_id: int, schedules: Sequence[Schedule],
                  now: datetime | None = None) -> None:
    """Replace a medication's schedules (they apply from now). An error names the schedule and its field
    (``schedules[1].times``)."""
    now = _now(now)
    with profile.session_factory.begin() as s:
        med = _get_live(s, medication_id)
        checked = _check_schedules(list(schedules))
        _replace_schedules(s, med, checked, now)
    notify(profile, records={"medications": [medication_id]})


def stop_medication(profile: Profile, medication_id: int, stop_date: date | str, reason: str,
                    now: datetime | None = None) -> None:
    """Record that a medication was (or will be) stopped on ``stop_date``, and why.

    A stop dated today (the profile's local day) takes effect now: it is listed as stopped from now on and
    none of its later doses today is reminded or counted; the doses recorded earlier today still count. A
    stop dated another day means that day was the last one taken (a course that ends on a set day).
    Nothing is deleted: its schedules and dose history stay for the record. Stopping an already
    stopped medication corrects the date and reason.
    """
    now = _now(now)
    with profile.session_factory.begin() as s:
        med = _get_live(s, medication_id)
        day = read_date(stop_date, "stop_date", required=True)
        assert day is not None
        why = read_field(reason, "stop_reason", required=True)
        if med.start_date is not None and day < med.start_date:
            raise ValidationError("stop_date", translate("Medications", "cannot be before it was started ({date})").format(
                date=med.start_date.isoformat()))
        med.stop_date = day
        med.stop_reason = why
        med.stopped_at = now if day == _local_today(s, now) else None
    notify(profile, records={"medications": [medication_id]})


def restart_medication(profile: Profile, medication_id: int, start_date: date | str | None = None,
                       now: datetime | None = None) -> None:
    """Take a stopped medication again: the stop date and reason are cleared; ``start_date`` is the day it is
    taken again (default today), not before the day it was stopped. The earlier course keeps its start date,
    its doses and its stop (kept as a past period, which the changes list reads); its schedules apply again
    from now, or from the start of ``start_date`` when that is later (the days it was stopped are not missed
    doses)."""
    now = _now(now)
    with profile.session_factory.begin() as s:
        med = _get_live(s, medication_id)
        if med.stop_date is None:
            raise ServiceError(translate("Medications", "{name} has not been stopped.").format(name=med.name))
        day = read_date(start_date, "start_date")
        if day is not None and day < med.stop_date:
            raise ValidationError("start_date", translate(
                "Medications", "cannot be before the day it was stopped ({date})").format(
                date=med.stop_date.isoformat()))
        # The days before the stop keep counting against the schedules then: a past period up to the stop.
        from careorganiser.domain.clock import day_start
        from careorganiser.services.profiles import profile_zone

        ended = day_start(med.stop_date + timedelta(days=1), profile_zone(s))
        if med.stopped_at is not None:
            ended = min(ended, med.stopped_at)
        ended = min(ended, now)
        s.add(m.SchedulePeriod(
            medication_id=med.id, began_at=med.schedules_since or med.added_at, ended_at=ended,
            schedules=[doc for doc in (_schedule_document(row) for row in med.schedules) if doc is not None],
            stop_date=med.stop_date, stop_reason=med.stop_reason, restarted_on=day or _local_today(s, now)))
        med.stop_date = None
        med.stop_reason = ""
        med.stopped_at = None
        med.schedules_since = max(now, ended, day_start(day, profile_zone(s))) if day is not None else now
    notify(profile, records={"medications": [medication_id]})


def record_refill(profile: Profile, medication_id: int, amount: float | str) -> float:
    """Add a refill to the stock (a stock not counted before starts at the refill). Returns the new stock."""
    with profile.session_factory.begin() as s:
        med = _get_live(s, medication_id)
        added = read_number(amount, "amount", required=True, minimum=None, above=0.0, maximum=STOCK_MAX)
        assert added is not None
        # In SQL, from the stored value: never a stock read earlier in Python.
        raised = func.coalesce(m.Medication.stock, 0.0) + added
        new_stock = s.execute(update(m.Medication).where(m.Medication.id == med.id, raised <= STOCK_MAX)
                              .values(stock=raised).returning(m.Medication.stock)
                              .execution_options(synchronize_session=False)).scalar()
        if new_stock is None:
            raise ValidationError("amount", translate("Medications", "would make the stock more than {max}").format(max=_plain(STOCK_MAX)))
        s.expire(med, ["stock"])
    notify(profile, records={"medications": [medication_id]})
    return new_stock


def delete_medication(profile: Profile, medication_id: int) -> str:
    """Move a medication entered by mistake to the trash (it can be restored with ``trash.restore``).

    A stopped medication is never deleted: it is part of the person's history. Returns a short label.
    """
    from careorganiser.services import trash

    with profile.session_factory() as s:
        med = _get_live(s, medication_id)
        if med.stop_date is not None:
            raise ServiceError(translate("Medications", "A stopped medication is kept as part of the history and cannot be deleted."))
    return trash.delete(profile, RecordKind.MEDICATION, medication_id)


__all__ = [
    "Medication", "MedicationInput", "check_schedule", "create_medication", "delete_medication",
    "get_medication", "list_active_medications", "list_medications", "list_stopped_medications", "read_date",
    "read_number", "record_refill", "restart_medication", "schedule_from_row", "set_schedules", "stop_medication",
    "supply_days", "update_medication",
]
