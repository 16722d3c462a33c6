"""The state of each dose, as-needed checks, supply and adherence, from plain facts (no Qt, no session).

A dose is one occurrence of a medication's schedules, keyed by ``(medication id, scheduled_for)``
with ``scheduled_for`` an aware instant. Its state comes from the dose events recorded for it
(taken, skipped, missed) or, without an event, from the clock: ``upcoming`` before its time,
``due`` inside the reminder window after it, ``missed`` once the window has passed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from msgspec import Struct, field

from careorganiser.domain.clock import (
    day_bounds,
    day_start,
    local_date,
    local_zone,
    now_utc,
    to_utc,
)
from careorganiser.domain.enums import DoseStatus, ScheduleKind, SlotStatus
from careorganiser.domain.schedules import (
    Schedule,
    format_date,
    hours_phrase,
    occurrences,
)
from careorganiser.i18n import translate

__all__ = [
    "DEFAULT_WINDOW",
    "AdherenceReport",
    "AdherenceResult",
    "AsNeededVerdict",
    "DoseEventFact",
    "DoseSlot",
    "MedicationFact",
    "SchedulePeriodFact",
    "SlotStatus",
    "adherence",
    "answered_ahead",
    "as_needed_check",
    "day_doses",
    "days_of_supply",
    "doses_between",
    "doses_per_day",
    "due_now",
    "medication_days_of_supply",
    "medication_occurrences",
    "missed_between",
]

DEFAULT_WINDOW = timedelta(minutes=60)
SUPPLY_HORIZON_DAYS = 28

# When a dose has more than one event, the one that records a decision wins.
_EVENT_RANK = {DoseStatus.TAKEN: 3, DoseStatus.SKIPPED: 2, DoseStatus.MISSED: 1}


class DoseEventFact(Struct, frozen=True):
    """A recorded dose event: what happened to the dose scheduled for ``scheduled_for``."""

    medication_id: str
    scheduled_for: datetime  # aware
    status: str  # taken | skipped | missed
    taken_at: datetime | None = None


class SchedulePeriodFact(Struct, frozen=True):
    """Schedules a medication followed in ``[began, ended)`` before they were changed (or before a stop it was
    later taken again after). ``began`` None: from its start."""

    schedules: Sequence[Schedule]
    began: datetime | None
    ended: datetime


class MedicationFact(Struct, frozen=True):
    """What the reminder logic needs to know about one medication."""

    id: str
    name: str
    schedules: Sequence[Schedule] = ()
    start_date: date | None = None  # inclusive local date; None: no start limit
    stop_date: date | None = None  # inclusive local date; None: still taken
    units_per_dose: float | None = None
    stock: float | None = None
    refill_at: float | None = None
    stock_unit: str = ""
    dose: str = ""
    # The instant its current schedules began to apply (when the app learned of it, or was told of a new
    # schedule or a restart): no dose before it is listed, due or missed. None: no such limit.
    scheduled_from: datetime | None = None
    # The schedules it followed before the current ones, oldest first: their doses keep counting.
    past_periods: Sequence[SchedulePeriodFact] = ()
    # The instant it was stopped on its stop day; None: its doses run to the end of ``stop_date``.
    stopped_at: datetime | None = None

    @property
    def counted_from(self) -> datetime | None:
        """The first instant any of its schedules (past or current) applied; None: no such limit."""
        starts = [p.began for p in self.past_periods] + [self.scheduled_from]
        if not self.past_periods:
            return self.scheduled_from
        if any(start is None for start in starts):
            return None
        return min(to_utc(start) for start in starts if start is not None)

    @property
    def needs_refill(self) -> bool:
        return self.stock is not None and self.refill_at is not None and self.stock <= self.refill_at


class DoseSlot(Struct, frozen=True):
    """One dose of one medication as shown on a day or in a reminder.

    ``scheduled`` is False for an event that matches no current occurrence: an as-needed dose
    taken, or a dose recorded under a schedule that has since changed. It is still shown, because
    what was taken is never hidden.
    """

    medication_id: str
    name: str
    scheduled_for: datetime  # aware UTC
    status: SlotStatus
    taken_at: datetime | None = None
    scheduled: bool = True


class AsNeededVerdict(Struct, frozen=True):
    """May an as-needed dose be taken now? ``next_allowed_at`` is ``now`` when allowed, None when never
    (the schedule's window is over). ``reason`` is empty when allowed, else a sentence to show."""

    allowed: bool
    reason: str
    next_allowed_at: datetime | None


class AdherenceResult(Struct, frozen=True):
    """Counts over decided doses: ``scheduled = taken + skipped + missed``; ``ratio = taken / scheduled``."""

    scheduled: int = 0
    taken: int = 0
    skipped: int = 0
    missed: int = 0

    @property
    def ratio(self) -> float | None:
        return self.taken / self.scheduled if self.scheduled else None

    def __add__(self, other: AdherenceResult) -> AdherenceResult:
        return AdherenceResult(self.scheduled + other.scheduled, self.taken + other.taken,
                               self.skipped + other.skipped, self.missed + other.missed)


class AdherenceReport(Struct, frozen=True):
    overall: AdherenceResult
    by_medication: dict[str, AdherenceResult] = field(default_factory=dict)


# ---- occurrences of a medication ------------------------------------------------------------------

def _ends(medication: MedicationFact, zone: ZoneInfo) -> tuple[datetime | None, datetime | None]:
    """The first and the end instant of a medication's doses: its start day, its stop day or stop instant."""
    first = day_start(medication.start_date, zone) if medication.start_date is not None else None
    last = (day_start(medication.stop_date + timedelta(days=1), zone)
            if medication.stop_date is not None else None)
    if medication.stopped_at is not None:
        last = to_utc(medication.stopped_at) if last is None else min(last, to_utc(medication.stopped_at))
    return first, last


def _occurrences(schedules: Iterable[Schedule], start: datetime, end: datetime, zone: ZoneInfo) -> set[datetime]:
    found: set[datetime] = set()
    if end > start:
        for schedule in schedules:
            found.update(occurrences(schedule, start, end, zone))
    return found


def medication_occurrences(
    medication: MedicationFact, start: datetime, end: datetime, zone: ZoneInfo,
    recorded: Iterable[datetime] = (), window: timedelta = DEFAULT_WINDOW,
) -> list[datetime]:
    """All dose instants of a medication in ``[start, end)``, inside its start and stop dates (or stop
    instant), each counted against the schedules that applied at the time: the past periods' schedules over
    their own spans, the current ones from ``scheduled_from`` (a dose nobody could have been reminded of is no
    dose). Two schedules asking for the same instant make one dose (a dose is keyed by its instant).

    ``recorded``: the instants of this medication that have a dose event. A dose of a past period's schedule
    that lies after the change but was recorded before it (taken early, or a skip said ahead) stays a dose
    with its slot. Such a dose, or one recorded whose reminder ``window`` was still open at the change (the
    13:00 dose taken at 13:05, then the times changed at 13:10), is the same dose as the new schedule's dose
    nearest to it on the same local day (one that is not at the same time in both): that one is not listed,
    asked for or counted. Undoing the old dose brings it back.
    """
    start, end = to_utc(start), to_utc(end)
    first, last = _ends(medication, zone)
    if last is not None:
        end = min(end, last)
    recorded = {to_utc(t) for t in recorded}
    periods = sorted(medication.past_periods, key=lambda p: to_utc(p.ended))
    current_from = to_utc(medication.scheduled_from) if medication.scheduled_from is not None else None
    early = _recorded_before_following(medication, periods, current_from, first, start, end, zone, recorded)
    if first is not None:
        start = max(start, first)
    if end <= start:
        return sorted(early)
    found: set[datetime] = set(early)
    replaced: set[datetime] = set()
    found |= _occurrences(medication.schedules, max(start, current_from) if current_from else start, end, zone)
    for index, period in enumerate(periods):
        began = to_utc(period.began) if period.began is not None else None
        ended = to_utc(period.ended)
        found |= _occurrences(period.schedules, max(start, began) if began else start, min(end, ended), zone)
        # What follows the period: the next one, or the current schedules (only when it follows at once:
        # after a stop nothing was due, so nothing was recorded ahead).
        if index + 1 < len(periods):
            after, after_from = periods[index + 1].schedules, periods[index + 1].began
        else:
            after, after_from = medication.schedules, current_from
        if after_from is None or to_utc(after_from) != ended or not recorded:
            continue
        horizon = day_start(local_date(ended, zone) + timedelta(days=2), zone)
        if last is not None:
            horizon = min(horizon, last)
        if horizon <= start or end <= ended - window:
            continue  # nothing it stands for lies in the range
        new = _occurrences(after, ended, horizon, zone)
        ahead = sorted(t for t in _occurrences(period.schedules, ended - window, horizon, zone)
                       if t in recorded and t not in new)
        free = sorted(t for t in new if t not in recorded)
        for old in ahead:
            if ended <= old and start <= old < end:
                found.add(old)
            day = local_date(old, zone)
            same_day = [t for t in free if local_date(t, zone) == day]
            if same_day:
                nearest = min(same_day, key=lambda t: (abs(t - old), t))
                free.remove(nearest)
                replaced.add(nearest)
    return sorted(found - replaced)


def _recorded_before_following(medication: MedicationFact, periods: Sequence[SchedulePeriodFact],
                               current_from: datetime | None, first_day: datetime | None, start: datetime,
                               end: datetime, zone: ZoneInfo, recorded: set[datetime]) -> set[datetime]:
    """Recorded doses from before the app followed the medication, or from before its start date (an import
    of older records whose start date was unknown, or a dose entered afterwards), that fall at a time of the
    first schedules it followed: they are those scheduled doses. The limits only keep doses nobody recorded
    from being called missed; they never turn a dose given at its scheduled time into an as-needed one."""
    if not recorded:
        return set()
    if periods:
        first = periods[0]
        limit, schedules = (to_utc(first.began) if first.began is not None else None), first.schedules
    else:
        limit, schedules = current_from, medication.schedules
    limits = [t for t in (limit, first_day) if t is not None]
    if not limits:
        return set()
    limit = max(limits)
    tick = timedelta(microseconds=1)
    return {instant for instant in recorded
            if start <= instant < min(end, limit) and instant in _occurrences(schedules, instant, instant + tick, zone)}


# ---- dose states ------------------------------------------------------------------------------------

_EventKey = tuple[str, datetime]


def _index_events(events: Iterable[DoseEventFact]) -> dict[_EventKey, DoseEventFact]:
    index: dict[_EventKey, DoseEventFact] = {}
    for event in events:
        status = DoseStatus(event.status)
        key = (event.medication_id, to_utc(event.scheduled_for))
        held = index.get(key)
        if held is None or _EVENT_RANK[status] >= _EVENT_RANK[DoseStatus(held.status)]:
            index[key] = event
    return index


def _status(scheduled_for: datetime, event: DoseEventFact | None, now: datetime,
            window: timedelta) -> SlotStatus:
    if event is not None:
        return SlotStatus(DoseStatus(event.status).value)
    if now < scheduled_for:
        return SlotStatus.UPCOMING
    if now < scheduled_for + window:
        return SlotStatus.DUE
    return SlotStatus.MISSED


def _slot(medication: MedicationFact, scheduled_for: datetime, event: DoseEventFact | None,
          now: datetime, window: timedelta) -> DoseSlot:
    return DoseSlot(
        medication_id=medication.id,
        name=medication.name,
        scheduled_for=scheduled_for,
        status=_status(scheduled_for, event, now, window),
        taken_at=to_utc(event.taken_at) if event is not None and event.taken_at is not None else None,
    )


def _slot_order(slot: DoseSlot) -> tuple[datetime, str, str]:
    return slot.scheduled_for, slot.name.casefold(), slot.medication_id


def doses_between(
    medications: Iterable[MedicationFact],
    events: Iterable[DoseEventFact],
    start: datetime,
    end: datetime,
    zone: ZoneInfo,
    now: datetime,
    window: timedelta = DEFAULT_WINDOW,
    include_unscheduled: bool = True,
) -> list[DoseSlot]:
    """Every dose in ``[start, end)`` with its state at ``now``, sorted by time then name.

    Events inside the range that match no occurrence (as-needed doses, changed schedules) are added
    as ``scheduled=False`` slots unless ``include_unscheduled`` is False.
    """
    start, end, now = to_utc(start), to_utc(end), to_utc(now)
    index = _index_events(events)
    recorded: dict[str, set[datetime]] = {}
    for medication_id, instant in index:
        recorded.setdefault(medication_id, set()).add(instant)
    used: set[_EventKey] = set()
    slots: list[DoseSlot] = []
    names: dict[str, str] = {}
    for medication in medications:
        names[medication.id] = medication.name
        for instant in medication_occurrences(medication, start, end, zone, recorded.get(medication.id, ()),
                                              window):
            key = (medication.id, instant)
            event = index.get(key)
            if event is not None:
                used.add(key)
            slots.append(_slot(medication, instant, event, now, window))
    if include_unscheduled:
        for key, event in index.items():
            medication_id, instant = key
            if key in used or not (start <= instant < end) or medication_id not in names:
                continue
            slots.append(DoseSlot(
                medication_id=medication_id, name=names[medication_id], scheduled_for=instant,
                status=SlotStatus(DoseStatus(event.status).value),
                taken_at=to_utc(event.taken_at) if event.taken_at is not None else None,
                scheduled=False,
            ))
    slots.sort(key=_slot_order)
    return slots


def day_doses(
    medications: Iterable[MedicationFact],
    events: Iterable[DoseEventFact],
    day: date,
    zone: ZoneInfo,
    now: datetime,
    window: timedelta = DEFAULT_WINDOW,
    include_unscheduled: bool = True,
) -> list[DoseSlot]:
    """The doses of one local calendar day with their state at ``now`` (``careorganiser today``).

    The day runs from its first instant to the next day's first instant, so consecutive days share
    no dose and miss none, daylight-saving days included.
    """
    start, end = day_bounds(day, zone)
    return doses_between(medications, events, start, end, zone, now, window, include_unscheduled)


def due_now(
    medications: Iterable[MedicationFact],
    events: Iterable[DoseEventFact],
    now: datetime,
    zone: ZoneInfo,
    window: timedelta = DEFAULT_WINDOW,
) -> list[DoseSlot]:
    """Doses inside their reminder window at ``now`` with no event, whatever day they belong to."""
    now = to_utc(now)
    tick = timedelta(microseconds=1)
    slots = doses_between(medications, events, now - window + tick, now + tick, zone, now, window,
                          include_unscheduled=False)
    return [slot for slot in slots if slot.status == SlotStatus.DUE]


def missed_between(
    medications: Iterable[MedicationFact],
    events: Iterable[DoseEventFact],
    since: datetime,
    until: datetime,
    zone: ZoneInfo,
    window: timedelta = DEFAULT_WINDOW,
) -> list[DoseSlot]:
    """Doses whose reminder window ran out after ``since`` and by ``until`` with no event at all.

    With ``since`` the last moment the app was seen running and ``until`` now, these are the doses
    missed while it was closed or asleep. A dose that fell due while closed but is still inside its
    window is not here: it is due now (:func:`due_now`).
    """
    since, until = to_utc(since), to_utc(until)
    if until <= since:
        return []
    events = list(events)
    # A slot's status comes from its event when there is one, so a recorded "missed" event also
    # reads MISSED: such a dose was dealt with before and is left out.
    answered = set(_index_events(events))
    tick = timedelta(microseconds=1)
    slots = doses_between(medications, events, since - window + tick, until - window + tick, zone,
                          until, window, include_unscheduled=False)
    return [slot for slot in slots
            if slot.status == SlotStatus.MISSED and (slot.medication_id, slot.scheduled_for) not in answered]


# ---- as needed --------------------------------------------------------------------------------------

def _clock_text(moment: datetime, now: datetime, zone: ZoneInfo) -> str:
    local = moment.astimezone(zone)
    if local.date() == now.astimezone(zone).date():
        return local.strftime("%H:%M")
    return translate("Doses", "{time} on {date}").format(time=local.strftime("%H:%M"), date=format_date(local.date()))


def as_needed_check(
    schedule: Schedule,
    taken_times: Iterable[datetime],
    now: datetime,
    zone: ZoneInfo | None = None,
) -> AsNeededVerdict:
    """Whether an as-needed dose may be taken at ``now``: the minimum gap since the last dose, the
    daily maximum counted in the local day of ``zone`` (default: the local zone), and the date window.

    A refusal is advice with a reason; the user may override it.
    """
    if schedule.kind != ScheduleKind.AS_NEEDED:
        raise ValueError(f"as_needed_check needs an as_needed schedule, not {schedule.kind}")
    schedule.validate()
    if zone is None:
        zone = local_zone()
    now = to_utc(now)
    taken = sorted(to_utc(t) for t in taken_times)
    today = local_date(now, zone)

    if schedule.until_date is not None and today > schedule.until_date:
        return AsNeededVerdict(False, translate("Doses", "This schedule ended on {date}.").format(
            date=format_date(schedule.until_date)), None)

    gap = timedelta(hours=schedule.min_gap_hours) if schedule.min_gap_hours else None
    most = schedule.max_per_day
    last = taken[-1] if taken else None
    candidate = now
    if schedule.from_date is not None and today < schedule.from_date:
        candidate = day_start(schedule.from_date, zone)
    if gap is not None and last is not None:
        candidate = max(candidate, last + gap)
    if most is not None:
        # Push past full local days (the gap stays kept: each step only moves later). There are
        # at most len(taken) // most full days, so the loop always ends on a day with room.
        for _ in range(len(taken) + 2):
            day = local_date(candidate, zone)
            if sum(1 for t in taken if local_date(t, zone) == day) < most:
                break
            candidate = day_start(day + timedelta(days=1), zone)
    if schedule.until_date is not None and local_date(candidate, zone) > schedule.until_date:
        next_allowed: datetime | None = None
    else:
        next_allowed = candidate
    if candidate == now:
        return AsNeededVerdict(True, "", now)

    if schedule.from_date is not None and today < schedule.from_date:
        reason = translate("Doses", "This schedule starts on {date}.").format(date=format_date(schedule.from_date))
    elif most is not None and sum(1 for t in taken if local_date(t, zone) == today) >= most:
        reason = translate("Doses", "Already {count} today; at most {most} a day.").format(
            count=sum(1 for t in taken if local_date(t, zone) == today), most=most)
    else:
        assert last is not None and gap is not None
        reason = translate("Doses", "Too soon: the last dose was at {last}; keep at least {interval} between doses.").format(
            last=_clock_text(last, now, zone), interval=hours_phrase(schedule.min_gap_hours or 0))
    if next_allowed is not None:
        reason += " " + translate("Doses", "Next allowed at {time}.").format(time=_clock_text(next_allowed, now, zone))
    else:
        reason += " " + translate("Doses", "No more doses in this schedule.")
    return AsNeededVerdict(False, reason, next_allowed)


# ---- supply -----------------------------------------------------------------------------------------

def days_of_supply(stock: float | None, units_per_dose: float | None, doses_per_day: float | None) -> float | None:
    """How many days the stock lasts; None when it cannot be known (no stock, no dose size, no
    scheduled doses: an as-needed medication has no rate to divide by)."""
    if stock is None or units_per_dose is None or doses_per_day is None:
        return None
    if units_per_dose <= 0 or doses_per_day <= 0:
        return None
    return max(stock, 0) / (units_per_dose * doses_per_day)


def doses_per_day(schedules: Iterable[Schedule], zone: ZoneInfo, today: date | None = None) -> float:
    """Scheduled doses per day, averaged over the 28 local days from ``today`` (default: now).

    Averaging catches every-N-days, weekday and tapering schedules; as-needed doses are not counted.
    """
    if today is None:
        today = local_date(now_utc(), zone)
    start = day_start(today, zone)
    end = day_start(today + timedelta(days=SUPPLY_HORIZON_DAYS), zone)
    found: set[datetime] = set()
    for schedule in schedules:
        found.update(occurrences(schedule, start, end, zone))
    return len(found) / SUPPLY_HORIZON_DAYS


def medication_days_of_supply(medication: MedicationFact, zone: ZoneInfo, today: date | None = None) -> float | None:
    """Days of supply left for a medication at its current schedules."""
    rate = doses_per_day(medication.schedules, zone, today)
    return days_of_supply(medication.stock, medication.units_per_dose, rate)


# ---- adherence --------------------------------------------------------------------------------------

def answered_ahead(medications: Iterable[MedicationFact], events: Iterable[DoseEventFact], start: datetime,
                   end: datetime, zone: ZoneInfo, now: datetime, window: timedelta = DEFAULT_WINDOW) -> list[DoseSlot]:
    """The scheduled doses in ``[start, end)`` not yet due at ``now`` that already have an answer (taken or
    skipped ahead of their time); the others there are only still to come."""
    now = to_utc(now)
    return [slot for slot in doses_between(medications, events, max(to_utc(start), now), end, zone, now, window,
                                           include_unscheduled=False)
            if slot.status in _ANSWERED_AHEAD]


_ANSWERED_AHEAD = (SlotStatus.TAKEN, SlotStatus.SKIPPED)


def adherence(
    medications: Iterable[MedicationFact],
    events: Iterable[DoseEventFact],
    start: datetime,
    end: datetime,
    zone: ZoneInfo,
    now: datetime,
    window: timedelta = DEFAULT_WINDOW,
    answered_until: datetime | None = None,
) -> AdherenceReport:
    """Taken / scheduled per medication and overall, over the doses in ``[start, end)`` before ``now``.

    A dose before ``now`` that is still inside its window with no event is not decided yet and is
    left out; as-needed doses have no schedule to adhere to and are left out too. ``answered_until``: doses
    from ``now`` until then count too when already answered ahead of their time (taken, or skipped: a dose
    skipped is a dose not taken, said once, as skipped); one not answered yet is never counted, let alone missed.
    """
    start, end, now = to_utc(start), to_utc(end), to_utc(now)
    end = min(end, now)
    medications = list(medications)
    events = list(events)
    by_medication: dict[str, AdherenceResult] = {m.id: AdherenceResult() for m in medications}
    slots: list[DoseSlot] = []
    if end > start:
        slots += doses_between(medications, events, start, end, zone, now, window, include_unscheduled=False)
    if answered_until is not None and to_utc(answered_until) > max(start, end):
        slots += answered_ahead(medications, events, max(start, end), to_utc(answered_until), zone, now, window)
    if slots:
        for slot in slots:
            counts = by_medication[slot.medication_id]
            if slot.status == SlotStatus.TAKEN:
                counts += AdherenceResult(1, 1, 0, 0)
            elif slot.status == SlotStatus.SKIPPED:
                counts += AdherenceResult(1, 0, 1, 0)
            elif slot.status == SlotStatus.MISSED:
                counts += AdherenceResult(1, 0, 0, 1)
            by_medication[slot.medication_id] = counts
    overall = AdherenceResult()
    for counts in by_medication.values():
        overall += counts
    return AdherenceReport(overall=overall, by_medication=by_medication)
