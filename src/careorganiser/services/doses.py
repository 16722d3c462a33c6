"""Dose events: what happened to each dose (taken, skipped, missed), editable afterwards.

A dose is identified by its medication and the instant it was scheduled for (``scheduled_for``, aware);
recording a dose again for the same slot updates the one event (an upsert), so a double click on
"Taken" never records two doses. An as-needed dose uses the moment it was taken as its slot.

Stock follows the events: a dose becoming *taken* lowers its medication's stock by ``units_per_dose``
(never below 0: then by what was left) and the event keeps what it removed; a taken dose becoming skipped or
missed, or deleted, gives exactly that back. A medication whose stock is not counted (``None``) is left alone.

Each change is one unit of work and then notifies ``doses`` (ids: the event) and, when the stock
changed, ``medications`` (ids: the medication). Reads return the one snapshot of a dose event,
``store.queries.medications.DoseEvent``, newest first, sorted and paged in SQL (the unique index on
(medication_id, scheduled_for) serves them).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any, Final

from msgspec import Struct
from sqlalchemy import func, select, update
from sqlalchemy.orm.attributes import set_committed_value

from careorganiser.domain.enums import DoseStatus
from careorganiser.i18n import translate
from careorganiser.services.base import NotFound, ValidationError, notify
from careorganiser.services.medications import read_field
from careorganiser.store import models as m
from careorganiser.store.profiles import Profile
from careorganiser.store.queries import medications as mq
from careorganiser.store.queries.medications import DoseEvent

PAGE_LIMIT_MAX = 10_000
EARLIEST_YEAR, LATEST_YEAR = 1900, 2200


class _Unset:
    """Marks an argument left out of :func:`update_dose_event` (None is a real value for ``taken_at``)."""

    _instance: _Unset | None = None

    def __new__(cls) -> _Unset:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Final = _Unset()


def _stored(source: Any, event_id: int) -> DoseEvent:
    """The event as stored now (``source``: a read connection, or a session whose connection is used)."""
    found = mq.dose_event(source, event_id)
    if found is None:
        raise NotFound(translate("Doses", "That dose record no longer exists."))
    return found


# ---- checks ---------------------------------------------------------------------------------------

def _instant(value: Any, field: str, *, required: bool, whole_seconds: bool = False) -> datetime | None:
    if value is None:
        if required:
            raise ValidationError(field, translate("Doses", "please give a date and time (it is required)"))
        return None
    if not isinstance(value, datetime):
        raise ValidationError(field, translate("Doses", "must be a date and time"))
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValidationError(field, translate("Doses", "must say which time zone it is in"))
    if not EARLIEST_YEAR <= value.year <= LATEST_YEAR:
        raise ValidationError(field, translate("Doses", "{year} is not a plausible year").format(year=value.year))
    value = value.astimezone(UTC)
    return value.replace(microsecond=0) if whole_seconds else value


def _status(value: Any) -> str:
    words = [s.value for s in DoseStatus]
    if not isinstance(value, str) or value not in words:
        raise ValidationError("status", translate("Doses", "must be taken, skipped or missed"))
    return value


def _check_taken_at(status: str, taken_at: datetime | None) -> None:
    if taken_at is not None and status != DoseStatus.TAKEN:
        raise ValidationError("taken_at", translate("Doses", "only a dose that was taken has a time taken"))


def _live_medication(s: Any, medication_id: Any) -> m.Medication:
    med = (s.get(m.Medication, medication_id)
           if isinstance(medication_id, int) and not isinstance(medication_id, bool) else None)
    if med is None or med.deleted_at is not None:
        raise NotFound(translate("Doses", "That medication no longer exists."))
    return med


def _get_event(s: Any, event_id: Any) -> m.DoseEvent:
    event = s.get(m.DoseEvent, event_id) if isinstance(event_id, int) and not isinstance(event_id, bool) else None
    if event is None:
        raise NotFound(translate("Doses", "That dose record no longer exists."))
    return event


def _move_stock(s: Any, med: m.Medication, event: m.DoseEvent, was_taken: bool, now_taken: bool) -> bool:
    """Adjust the stock for a dose changing between taken and not; True when the stock changed.

    Taking it removes a dose's units, or what is left when the stock holds less (never below 0), and the event
    keeps what it removed (``stock_used``); un-taking it gives back exactly that (an event recorded before this
    was kept: a dose's units), so taking and undoing never makes stock. The changes are made in SQL, never
    from a value read earlier in Python.
    """
    if was_taken == now_taken:
        return False
    s.flush()  # the event has its row
    stock = m.Medication.stock
    if now_taken:
        # What this dose removes: a dose's units, at most what is left (0 when the stock is not counted).
        left = select(func.coalesce(func.min(func.max(stock, 0.0), m.Medication.units_per_dose), 0.0)).where(
            m.Medication.id == med.id).scalar_subquery()
        used = s.execute(update(m.DoseEvent).where(m.DoseEvent.id == event.id).values(stock_used=left)
                         .returning(m.DoseEvent.stock_used).execution_options(synchronize_session=False)).scalar()
        set_committed_value(event, "stock_used", used)
        if not used:
            return False
        result = s.execute(update(m.Medication).where(m.Medication.id == med.id, stock.is_not(None))
                           .values(stock=func.max(0.0, stock - used)).execution_options(synchronize_session=False))
    else:
        used_before = select(m.DoseEvent.stock_used).where(m.DoseEvent.id == event.id).scalar_subquery()
        given = func.coalesce(used_before, m.Medication.units_per_dose)
        result = s.execute(update(m.Medication).where(m.Medication.id == med.id, stock.is_not(None), given > 0)
                           .values(stock=stock + given).execution_options(synchronize_session=False))
        event.stock_used = None
    s.expire(med, ["stock"])
    return bool(result.rowcount)


def _announce(profile: Profile, event_id: int, medication_id: int, stock_changed: bool) -> None:
    notify(profile, records={"dose_events": [event_id], **({"medications": [medication_id]} if stock_changed else {})})


# ---- changes --------------------------------------------------------------------------------------

def record_dose(profile: Profile, medication_id: int, scheduled_for: datetime, status: str,
                taken_at: datetime | None = None, amount: str = "", note: str = "") -> int:
    """Record what happened to the dose of ``medication_id`` scheduled for ``scheduled_for``. Returns the event id.

    ``status`` is ``taken``, ``skipped`` or ``missed``; ``taken_at`` (aware) is only for a taken dose.
    A taken dose with no ``amount`` gets the medication's dose text ("3 capsules"). If the slot already
    has an event it is updated (its note kept unless a new one is given), and the stock moves only by the
    difference: taking an already-taken dose again does not lower it twice.
    """
    status = _status(status)
    slot = _instant(scheduled_for, "scheduled_for", required=True)
    when = _instant(taken_at, "taken_at", required=False, whole_seconds=True)
    _check_taken_at(status, when)
    amount = read_field(amount, "amount", entity="dose_events")
    note = read_field(note, "note", entity="dose_events")
    with profile.session_factory.begin() as s:
        med = _live_medication(s, medication_id)
        if status == DoseStatus.TAKEN and not amount:
            amount = med.dose
        event = s.scalars(select(m.DoseEvent).where(
            m.DoseEvent.medication_id == med.id, m.DoseEvent.scheduled_for == slot)).one_or_none()
        was_taken = event is not None and event.status == DoseStatus.TAKEN
        if event is None:
            event = m.DoseEvent(medication_id=med.id, scheduled_for=slot, note=note)
            s.add(event)
        elif note:
            event.note = note
        event.status = status
        event.taken_at = when
        event.amount = amount
        event.recorded_at = m.utcnow()
        changed = _move_stock(s, med, event, was_taken, status == DoseStatus.TAKEN)
        s.flush()
        event_id, med_id = event.id, med.id
    _announce(profile, event_id, med_id, changed)
    return event_id


def update_dose_event(profile: Profile, event_id: int, *, taken_at: datetime | None | _Unset = UNSET,
                      note: str | _Unset = UNSET, status: str | _Unset = UNSET,
                      amount: str | _Unset = UNSET) -> DoseEvent:
    """Correct a recorded dose: any of its status, time taken, amount and note (left-out ones stay).

    Changing a taken dose to skipped or missed clears its time taken and gives its units back to the
    stock; changing it to taken takes them again. Returns the event as now stored.
    """
    with profile.session_factory.begin() as s:
        event = _get_event(s, event_id)
        med = _live_medication(s, event.medication_id)
        new_status = _status(status) if not isinstance(status, _Unset) else event.status
        if isinstance(taken_at, _Unset):
            new_taken_at = event.taken_at if new_status == DoseStatus.TAKEN else None
        else:
            new_taken_at = _instant(taken_at, "taken_at", required=False, whole_seconds=True)
        _check_taken_at(new_status, new_taken_at)
        new_note = (read_field(note, "note", entity="dose_events")
                    if not isinstance(note, _Unset) else event.note)
        new_amount = (read_field(amount, "amount", entity="dose_events")
                      if not isinstance(amount, _Unset) else event.amount)
        was_taken = event.status == DoseStatus.TAKEN
        if new_status == DoseStatus.TAKEN and not was_taken and not new_amount:
            new_amount = med.dose
        event.status = new_status
        event.taken_at = new_taken_at
        event.note = new_note
        event.amount = new_amount
        event.recorded_at = m.utcnow()
        changed = _move_stock(s, med, event, was_taken, new_status == DoseStatus.TAKEN)
        s.flush()
        row = _stored(s, event.id)
    _announce(profile, row.id, row.medication_id, changed)
    return row


def delete_dose_event(profile: Profile, event_id: int) -> DoseEvent:
    """Remove a dose record (a taken dose gives its units back to the stock). Returns what was removed.

    The dose itself is not forgotten: with no event it shows again as due or missed by its schedule.
    """
    with profile.session_factory.begin() as s:
        event = _get_event(s, event_id)
        row = _stored(s, event.id)
        med = s.get(m.Medication, event.medication_id)
        changed = med is not None and _move_stock(s, med, event, event.status == DoseStatus.TAKEN, False)
        s.delete(event)
    _announce(profile, row.id, row.medication_id, changed)
    return row


# ---- marking from a list, with undo ---------------------------------------------------------------

class DoseMark(Struct, frozen=True):
    """One answer given to a dose from a list (Taken, Skip, Leave as missed), and what was there before
    it (None: no record), so that it can be undone exactly."""

    event_id: int
    medication_id: int
    scheduled_for: datetime
    status: str
    taken_at: datetime | None
    before: DoseEvent | None


def event_for_slot(profile: Profile, medication_id: int, scheduled_for: datetime) -> DoseEvent | None:
    """The recorded event of one dose, or None."""
    slot = _instant(scheduled_for, "scheduled_for", required=True)
    assert slot is not None
    return mq.dose_event_at(profile.read(), medication_id, slot)


def mark_dose(profile: Profile, medication_id: int, scheduled_for: datetime, status: str,
              taken_at: datetime | None = None, note: str = "") -> DoseMark:
    """Record an answer to a dose like :func:`record_dose`, remembering what it replaced (for :func:`undo_mark`)."""
    before = event_for_slot(profile, medication_id, scheduled_for)
    event_id = record_dose(profile, medication_id, scheduled_for, status, taken_at=taken_at, note=note)
    slot = _instant(scheduled_for, "scheduled_for", required=True)
    assert slot is not None
    when = _instant(taken_at, "taken_at", required=False, whole_seconds=True)
    return DoseMark(event_id, medication_id, slot, status, when, before)


def undo_mark(profile: Profile, mark: DoseMark) -> DoseEvent | None:
    """Put a dose back as it was before ``mark``: no record again, or the record it had. The stock follows
    (a taken dose undone gives its units back). Returns the record as it is now (None when removed)."""
    if mark.before is None:
        try:
            delete_dose_event(profile, mark.event_id)
        except NotFound:
            pass  # removed already (in the history): nothing to undo
        return None
    before = mark.before
    return update_dose_event(profile, mark.event_id, status=before.status, taken_at=before.taken_at,
                             note=before.note, amount=before.amount)


# ---- reads ----------------------------------------------------------------------------------------

def _check_page(offset: Any, limit: Any) -> tuple[int, int]:
    for name, value in (("offset", offset), ("limit", limit)):
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise ValueError(f"{name} must be a whole number, 0 or more")
    return offset, min(limit, PAGE_LIMIT_MAX)


def dose_history(profile: Profile, medication_id: int | None = None, offset: int = 0,
                 limit: int = 200) -> list[DoseEvent]:
    """Recorded doses, newest scheduled time first; of one medication, or of all with ``None`` (the same
    time: by medication). Doses of a medication in the trash are left out."""
    offset, limit = _check_page(offset, limit)
    return mq.dose_events(profile.read(), medication_ids=None if medication_id is None else [medication_id],
                          newest_first=True, limit=limit, offset=offset)


def count_dose_history(profile: Profile, medication_id: int | None = None) -> int:
    """How many doses :func:`dose_history` holds for the same arguments."""
    return mq.count_dose_events(profile.read(), medication_id)


def get_dose_event(profile: Profile, event_id: int) -> DoseEvent:
    return _stored(profile.read(), event_id)


def dose_events_by_id(profile: Profile, event_ids: Iterable[int]) -> list[DoseEvent]:
    """The recorded doses of ``event_ids`` still there (a view puts changed rows in place with them)."""
    return mq.dose_events_by_id(profile.read(), list(event_ids))


def dose_events_between(profile: Profile, start: datetime, end: datetime,
                        medication_id: int | None = None) -> list[DoseEvent]:
    """Events whose scheduled time lies in ``[start, end)`` (aware instants), oldest first: what a day
    view (Today, reminders, adherence) needs to tell due doses from those already dealt with."""
    begin = _instant(start, "start", required=True)
    finish = _instant(end, "end", required=True)
    return mq.dose_events(profile.read(), start=begin, end=finish,
                          medication_ids=None if medication_id is None else [medication_id])


__all__ = [
    "UNSET", "DoseEvent", "DoseMark", "event_for_slot", "mark_dose", "undo_mark",
    "count_dose_history", "delete_dose_event", "dose_events_between", "dose_events_by_id", "dose_history",
    "get_dose_event", "record_dose", "update_dose_event",
]
