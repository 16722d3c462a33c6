"""Reminder decisions, without Qt: what to announce now, what was missed while the app was closed.

The ui wakes up now and then (a timer, a resume, a clock change) and calls :func:`check_reminders`
with the wall-clock time. Everything is decided from that instant and from what was already announced,
which is kept in the profile (``settings`` table, key ``reminder_state``) so it survives a restart:

* a dose is announced once it is due, never before its time; while nobody answers it is announced
  again every ``reminder_repeat_minutes`` (default 10), at most ``reminder_repeat_max`` times (default 3);
* a snoozed dose is quiet until its snooze ends, then announced again (even if its window has passed:
  the caregiver asked to be reminded);
* when the app was closed or asleep (the last check is more than two wake-ups ago), the doses whose
  reminder window ran out meanwhile are listed as "missed while closed" until they are answered;
* a refill reminder when the stock reaches the refill threshold (again after the next crossing);
  an appointment the day before; a ride two hours before its pickup; a ride still "needed" or
  "asked" two days before its appointment.

Answering a dose goes through ``services.doses.record_dose`` (:func:`take`, :func:`skip`,
:func:`leave_missed`), so the stock and every view follow.

Reads are plain SQL (``store.reads``, ``services.today``) over the profile's read connection, or over the
session's own connection when a write follows; only the writes (the state, a snooze, the settings, a dose)
use the ORM, imported when they happen. So importing this module does not import SQLAlchemy.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from msgspec import Struct, field

from careorganiser.domain import doses as dd
from careorganiser.domain.clock import (
    UTC,
    day_bounds,
    iso_instant,
    local_date,
    parse_instant,
    to_utc,
)
from careorganiser.domain.enums import DoseStatus, RideStatus
from careorganiser.domain.formatting import format_date, format_number, format_time
from careorganiser.i18n import translate
from careorganiser.services.base import NotFound, ServiceError, ValidationError, notify
from careorganiser.services.today import (
    MAX_WINDOW_MINUTES,
    MIN_WINDOW_MINUTES,
    WINDOW_SETTING,
    DoseItem,
    MedicationFacts,
    load_events,
    load_medication_facts,
    reminder_window,
)
from careorganiser.store import reads
from careorganiser.store.profiles import Profile
from careorganiser.store.queries import appointments as aq
from careorganiser.store.queries import medications as mq
from careorganiser.store.queries.appointments import RIDE_UNSETTLED

__all__ = [
    "Announcement",
    "AsNeededItem",
    "AsNeededRefused",
    "DueDose",
    "ReminderCheck",
    "ReadContext",
    "ReminderSettings",
    "as_needed_overview",
    "as_needed_status",
    "check_reminders",
    "dose_key",
    "due_doses",
    "leave_missed",
    "pending_missed",
    "reminder_settings",
    "set_reminder_settings",
    "skip",
    "snooze",
    "take",
    "take_as_needed",
]

STATE_KEY = "reminder_state"
REPEAT_MAX_SETTING = "reminder_repeat_max"
REPEAT_MINUTES_SETTING = "reminder_repeat_minutes"
DEFAULT_REPEAT_MAX = 3
DEFAULT_REPEAT_MINUTES = 10
REPEAT_MAX_LIMIT = 20
REPEAT_MINUTES_RANGE = (1, 240)
SNOOZE_MINUTES_RANGE = (1, 24 * 60)
DEFAULT_WAKE_INTERVAL = timedelta(seconds=30)
#: How far back "missed while closed" looks, and how long such a dose stays listed unanswered.
MISSED_LOOKBACK = timedelta(days=7)
RIDE_PICKUP_NOTICE = timedelta(hours=2)
#: A ride not confirmed this long before its appointment is flagged (DESIGN.md), here and on Today.
RIDE_ARRANGE_NOTICE = timedelta(days=2)
_KEEP_NOTIFIED = timedelta(days=2)
_KEEP_ANNOUNCED = timedelta(days=45)


def ride_to_arrange_now(target: datetime, now: datetime) -> bool:
    """Whether an unconfirmed ride for ``target`` (its appointment, or its pickup) is flagged at ``now``:
    from :data:`RIDE_ARRANGE_NOTICE` before it until it starts."""
    return target - RIDE_ARRANGE_NOTICE <= now < target


# ---- snapshots -----------------------------------------------------------------------------------------

class ReminderSettings(Struct, frozen=True):
    window: timedelta
    repeat_max: int
    repeat_every: timedelta

    @property
    def window_minutes(self) -> int:
        return int(self.window.total_seconds() // 60)

    @property
    def repeat_minutes(self) -> int:
        return int(self.repeat_every.total_seconds() // 60)


class DueDose(Struct, frozen=True):
    """A dose waiting for an answer now (Taken / Skip / Snooze)."""

    medication_id: int
    medication_uid: str
    name: str
    dose: str
    scheduled_for: datetime  # aware UTC
    snoozed_until: datetime | None = None
    times_announced: int = 0

    @property
    def key(self) -> str:
        return dose_key(self.medication_uid, self.scheduled_for)

    def snoozed_at(self, now: datetime) -> bool:
        return self.snoozed_until is not None and now < self.snoozed_until


class Announcement(Struct, frozen=True):
    """A reminder that is not a dose: ``kind`` is refill, appointment, ride_pickup or ride_arrange."""

    key: str
    kind: str
    title: str
    text: str
    record_id: int | None = None  # the medication, appointment or ride it is about


class ReminderCheck(Struct, frozen=True):
    now: datetime
    since: datetime | None  # the previous check, if any
    woke_up: bool  # the app was closed or asleep since the previous check (or this is the first one)
    due: list[DueDose] = field(default_factory=list)  # every dose waiting now, snoozed ones included
    notify: list[DueDose] = field(default_factory=list)  # to announce now
    missed_while_closed: list[DoseItem] = field(default_factory=list)  # all still unanswered
    newly_missed: list[DoseItem] = field(default_factory=list)  # found by this check
    announcements: list[Announcement] = field(default_factory=list)  # new at this check
    # Listed as missed before, but not missed at all at ``now``: the clock had jumped forward and came back.
    withdrawn: list[DoseItem] = field(default_factory=list)


class AsNeededItem(Struct, frozen=True):
    medication_id: int
    medication_uid: str
    name: str
    dose: str
    allowed: bool
    reason: str
    next_allowed_at: datetime | None
    taken_today: int
    max_per_day: int | None
    min_gap_hours: float | None
    last_taken_at: datetime | None


class AsNeededRefused(ServiceError):
    """An as-needed dose inside the minimum gap or over the daily maximum; ``take_as_needed(..., override=True)``
    records it anyway. ``verdict.reason`` says why, ``verdict.next_allowed_at`` when it would be allowed."""

    def __init__(self, verdict: dd.AsNeededVerdict) -> None:
        super().__init__(verdict.reason)
        self.verdict = verdict


def dose_key(medication_uid: str, scheduled_for: datetime) -> str:
    """The stable name of a dose in the reminder state: ``m1@2026-11-21T13:00:00+00:00``."""
    return f"{medication_uid}@{iso_instant(scheduled_for)}"


def _split_key(key: str) -> tuple[str, datetime] | None:
    uid, _, when = key.rpartition("@")
    if not uid or not when:
        return None
    try:
        return uid, parse_instant(when, ZoneInfo("UTC"))
    except ValueError:
        return None


# ---- settings and state --------------------------------------------------------------------------------

def _int_setting(conn: Any, key: str, default: int, low: int, high: int) -> int:
    stored = reads.setting(conn, key)
    try:
        value = int(stored) if stored is not None else default
    except (TypeError, ValueError):
        value = default
    return max(low, min(high, value))


def _settings(conn: Any) -> ReminderSettings:
    return ReminderSettings(
        window=reminder_window(conn),
        repeat_max=_int_setting(conn, REPEAT_MAX_SETTING, DEFAULT_REPEAT_MAX, 1, REPEAT_MAX_LIMIT),
        repeat_every=timedelta(minutes=_int_setting(conn, REPEAT_MINUTES_SETTING, DEFAULT_REPEAT_MINUTES,
                                                    *REPEAT_MINUTES_RANGE)),
    )


def reminder_settings(profile: Profile) -> ReminderSettings:
    with reads.snapshot(profile.read()) as conn:
        return _settings(conn)


def _whole(value: Any, field_name: str, low: int, high: int) -> int:
    if isinstance(value, str):
        value = value.strip()
        if not value.isdigit():
            raise ValidationError(field_name, translate("Reminders", "must be a whole number"))
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(field_name, translate("Reminders", "must be a whole number"))
    if not low <= value <= high:
        raise ValidationError(field_name, translate("Reminders", "must be between {low} and {high}").format(low=low, high=high))
    return value


def set_reminder_settings(profile: Profile, window_minutes: int, repeat_max: int, repeat_minutes: int) -> None:
    """Change how long a dose counts as due, and how often and how many times it is announced."""
    window_minutes = _whole(window_minutes, WINDOW_SETTING, MIN_WINDOW_MINUTES, MAX_WINDOW_MINUTES)
    repeat_max = _whole(repeat_max, REPEAT_MAX_SETTING, 1, REPEAT_MAX_LIMIT)
    repeat_minutes = _whole(repeat_minutes, REPEAT_MINUTES_SETTING, *REPEAT_MINUTES_RANGE)
    from careorganiser.store import models as m

    with profile.session_factory.begin() as session:
        session.merge(m.Setting(key=WINDOW_SETTING, value=window_minutes))
        session.merge(m.Setting(key=REPEAT_MAX_SETTING, value=repeat_max))
        session.merge(m.Setting(key=REPEAT_MINUTES_SETTING, value=repeat_minutes))
    notify(profile, "settings")


class _State(Struct):
    """What was already announced; stored as JSON in the settings table."""

    last_check: datetime | None = None
    snoozes: dict[str, datetime] = field(default_factory=dict)
    notified: dict[str, tuple[int, datetime]] = field(default_factory=dict)
    announced: dict[str, datetime] = field(default_factory=dict)
    missed: list[str] = field(default_factory=list)

    @classmethod
    def load(cls, conn: Any) -> _State:
        """Read through a DB-API connection (or a session's, see ``store.reads.connection_of``)."""
        stored = reads.setting(reads.connection_of(conn), STATE_KEY)
        data = stored if isinstance(stored, dict) else {}
        utc = ZoneInfo("UTC")

        def instant(text: Any) -> datetime | None:
            if not isinstance(text, str):
                return None
            try:
                return parse_instant(text, utc)
            except ValueError:
                return None

        state = cls(last_check=instant(data.get("last_check")))
        for key, until in dict(data.get("snoozes") or {}).items():
            if (when := instant(until)) is not None:
                state.snoozes[str(key)] = when
        for key, value in dict(data.get("notified") or {}).items():
            if isinstance(value, list) and len(value) == 2 and isinstance(value[0], int):
                if (when := instant(value[1])) is not None:
                    state.notified[str(key)] = (value[0], when)
        for key, at in dict(data.get("announced") or {}).items():
            if (when := instant(at)) is not None:
                state.announced[str(key)] = when
        state.missed = [str(k) for k in data.get("missed") or [] if isinstance(k, str)]
        return state

    def save(self, session: Any) -> None:
        """Write through the ORM session of the unit of work."""
        from careorganiser.store import models as m

        session.merge(m.Setting(key=STATE_KEY, value={
            "last_check": iso_instant(self.last_check) if self.last_check else None,
            "snoozes": {k: iso_instant(v) for k, v in sorted(self.snoozes.items())},
            "notified": {k: [c, iso_instant(t)] for k, (c, t) in sorted(self.notified.items())},
            "announced": {k: iso_instant(v) for k, v in sorted(self.announced.items())},
            "missed": list(self.missed),
        }))


# ---- the check -----------------------------------------------------------------------------------------

def _answered(events: list[dd.DoseEventFact]) -> set[str]:
    return {dose_key(e.medication_id, e.scheduled_for) for e in events}


def _due_list(facts: MedicationFacts, events: list[dd.DoseEventFact], state: _State, now: datetime,
              zone: ZoneInfo, settings: ReminderSettings) -> list[DueDose]:
    """Doses inside their window with no answer, plus snoozed doses not yet answered (until a window
    after their snooze ends), soonest first."""
    answered = _answered(events)
    found: dict[str, DueDose] = {}
    for slot in dd.due_now(facts.facts, events, now, zone, settings.window):
        key = dose_key(slot.medication_id, slot.scheduled_for)
        found[key] = _due_dose(facts, slot.medication_id, slot.scheduled_for, state, key)
    for key, until in state.snoozes.items():
        if key in found or key in answered or now >= until + settings.window:
            continue
        parts = _split_key(key)
        if parts is None or parts[0] not in facts.row_id or parts[1] > now:
            continue
        found[key] = _due_dose(facts, parts[0], parts[1], state, key)
    return sorted(found.values(), key=lambda d: (d.scheduled_for, d.name.casefold(), d.medication_id))


def _due_dose(facts: MedicationFacts, uid: str, scheduled_for: datetime, state: _State, key: str) -> DueDose:
    fact = facts.by_uid(uid)
    count = state.notified.get(key, (0, scheduled_for))[0]
    return DueDose(
        medication_id=facts.row_id[uid], medication_uid=uid, name=fact.name if fact else uid,
        dose=facts.dose_text.get(uid, ""), scheduled_for=scheduled_for, snoozed_until=state.snoozes.get(key),
        times_announced=count,
    )


def _missed_items(facts: MedicationFacts, keys: list[str]) -> list[DoseItem]:
    items: list[DoseItem] = []
    for key in keys:
        parts = _split_key(key)
        if parts is None or parts[0] not in facts.row_id:
            continue
        uid, when = parts
        fact = facts.by_uid(uid)
        items.append(DoseItem(
            medication_id=facts.row_id[uid], medication_uid=uid, name=fact.name if fact else uid,
            dose=facts.dose_text.get(uid, ""), scheduled_for=when, status=dd.SlotStatus.MISSED.value,
        ))
    items.sort(key=lambda d: (d.scheduled_for, d.name.casefold()))
    return items


class ReadContext(Struct):
    """What every reminder read needs, loaded once: the zone, the settings, the medications, the dose
    events around ``now`` (and around an optional extra range), and the reminder state."""

    now: datetime
    zone: ZoneInfo
    settings: ReminderSettings
    facts: MedicationFacts
    events: list[dd.DoseEventFact]
    state: _State

    @classmethod
    def load(cls, source: Any, now: datetime, extra: tuple[datetime, datetime] | None = None,
             zone: ZoneInfo | None = None) -> ReadContext:
        """Read through ``source``: a DB-API connection (``Profile.read()``) or a session (its connection);
        ``zone``: the profile's zone when the caller has already read it."""
        conn = reads.connection_of(source)
        now = to_utc(now)
        zone = zone or reads.profile_zone(conn)
        settings = _settings(conn)
        facts = load_medication_facts(conn, local_date(now, zone))
        start = now - (MISSED_LOOKBACK + settings.window + timedelta(days=2))
        end = now + timedelta(days=1)
        if extra is not None:
            start, end = min(start, to_utc(extra[0])), max(end, to_utc(extra[1]))
        events = load_events(conn, facts, start, end)
        return cls(now, zone, settings, facts, events, _State.load(conn))

    def due(self) -> list[DueDose]:
        return _due_list(self.facts, self.events, self.state, self.now, self.zone, self.settings)

    def pending_missed(self) -> list[DoseItem]:
        answered = _answered(self.events)
        return _missed_items(self.facts, [k for k in self.state.missed if k not in answered and _recent(k, self.now)
                                          and _window_passed(k, self.now, self.settings.window)])

    def as_needed(self) -> list[AsNeededItem]:
        today = local_date(self.now, self.zone)
        items = []
        for fact in self.facts.facts:
            if (not self.facts.active.get(fact.id, True) or self.facts.as_needed_schedule(fact.id) is None
                    or (fact.start_date is not None and fact.start_date > today)):
                continue
            items.append(self.as_needed_item(self.facts.row_id[fact.id])[0])
        return items

    def as_needed_item(self, medication_id: int) -> tuple[AsNeededItem, dd.AsNeededVerdict]:
        uid = self.facts.uid.get(medication_id)
        fact = self.facts.by_uid(uid) if uid is not None else None
        if uid is None or fact is None:
            raise NotFound(translate("Reminders", "That medication no longer exists."))
        schedule = self.facts.as_needed_schedule(uid)
        if schedule is None:
            raise ServiceError(translate("Reminders", "{name} is not taken as needed.").format(name=fact.name))
        # The gap and the daily maximum look back a couple of days (or the gap, if longer).
        back = max(timedelta(days=2), timedelta(hours=(schedule.min_gap_hours or 0) + 24))
        taken = sorted(t for t in (e.taken_at or e.scheduled_for for e in self.events
                                   if e.medication_id == uid and e.status == DoseStatus.TAKEN.value)
                       if self.now - back <= t <= self.now)
        verdict = dd.as_needed_check(schedule, taken, self.now, self.zone)
        today = local_date(self.now, self.zone)
        item = AsNeededItem(
            medication_id=medication_id, medication_uid=uid, name=fact.name, dose=fact.dose,
            allowed=verdict.allowed, reason=verdict.reason, next_allowed_at=verdict.next_allowed_at,
            taken_today=sum(1 for t in taken if local_date(t, self.zone) == today),
            max_per_day=schedule.max_per_day, min_gap_hours=schedule.min_gap_hours,
            last_taken_at=taken[-1] if taken else None,
        )
        return item, verdict


def check_reminders(profile: Profile, now: datetime, *, wake_interval: timedelta = DEFAULT_WAKE_INTERVAL,
                    starting: bool = False) -> ReminderCheck:
    """Decide what to announce at ``now`` and remember it (one unit of work; no change notice: the
    bookkeeping is invisible). ``starting``: the app has just opened, so the time since the last check
    was spent closed. Calling it twice at the same instant announces nothing the second time."""
    now = to_utc(now)
    # read-only (a read-only disk, a file not brought up to date): read only, the state stays in memory
    unit = profile.session_factory() if profile.read_only else profile.session_factory.begin()
    with unit as session:
        conn = reads.connection_of(session)  # read in the same unit of work as the write of the state
        read = ReadContext.load(conn, now)
        zone, settings, facts, events, state = read.zone, read.settings, read.facts, read.events, read.state
        if profile.read_only:  # what was announced is remembered while it is open
            state = getattr(profile, "_reminder_state", state)
        since = state.last_check
        woke_up = starting or since is None or now - since > 2 * wake_interval or now < since
        answered = _answered(events)

        newly_missed: list[DoseItem] = []
        if woke_up and since is not None and now > since:
            start = max(since, now - MISSED_LOOKBACK)
            slots = dd.missed_between(facts.facts, events, start, now, zone, settings.window)
            new_keys = [dose_key(s.medication_id, s.scheduled_for) for s in slots]
            new_keys = [k for k in new_keys if k not in state.missed and k not in state.snoozes]
            state.missed.extend(new_keys)
            newly_missed = _missed_items(facts, new_keys)
        # A dose is missed only once its window has passed at ``now``: after the clock jumped forward
        # and came back, the doses listed meanwhile are withdrawn (they are due or upcoming again).
        withdrawn_keys = [k for k in state.missed if not _window_passed(k, now, settings.window)]
        state.missed = [k for k in state.missed
                        if k not in answered and _recent(k, now) and k not in withdrawn_keys]
        withdrawn = _missed_items(facts, withdrawn_keys)
        for key in withdrawn_keys:  # announce them again when they fall due
            state.notified.pop(key, None)

        due = _due_list(facts, events, state, now, zone, settings)
        to_notify: list[DueDose] = []
        for dose in due:
            key = dose.key
            until = state.snoozes.get(key)
            if until is not None and now < until:
                continue
            record = state.notified.get(key)
            if until is not None:  # the snooze is over: remind again, and count afresh
                del state.snoozes[key]
                state.notified[key] = (1, now)
            elif record is None:
                state.notified[key] = (1, now)
            elif record[0] < settings.repeat_max and now - record[1] >= settings.repeat_every:
                state.notified[key] = (record[0] + 1, now)
            else:
                continue
            to_notify.append(DueDose(dose.medication_id, dose.medication_uid, dose.name, dose.dose,
                                     dose.scheduled_for, None, state.notified[key][0]))
        due = [d if d.key not in state.notified else
               DueDose(d.medication_id, d.medication_uid, d.name, d.dose, d.scheduled_for,
                       state.snoozes.get(d.key), state.notified[d.key][0]) for d in due]

        announcements = _announcements(conn, facts, state, now, zone)
        _prune(state, answered, now, settings)
        state.last_check = now
        if profile.read_only:
            profile._reminder_state = state  # type: ignore[attr-defined]
        else:
            state.save(session)
        missed_items = _missed_items(facts, state.missed)
    return ReminderCheck(now=now, since=since, woke_up=woke_up, due=due, notify=to_notify,
                         missed_while_closed=missed_items, newly_missed=newly_missed, announcements=announcements,
                         withdrawn=withdrawn)


def _window_passed(key: str, now: datetime, window: timedelta) -> bool:
    parts = _split_key(key)
    return parts is not None and parts[1] + window <= now


def _recent(key: str, now: datetime) -> bool:
    parts = _split_key(key)
    return parts is not None and now - parts[1] <= MISSED_LOOKBACK


def _prune(state: _State, answered: set[str], now: datetime, settings: ReminderSettings) -> None:
    state.snoozes = {k: v for k, v in state.snoozes.items()
                     if k not in answered and now < v + settings.window + timedelta(days=1)}
    state.notified = {k: v for k, v in state.notified.items()
                      if (parts := _split_key(k)) is not None and now - parts[1] <= _KEEP_NOTIFIED
                      and k not in answered}
    state.announced = {k: v for k, v in state.announced.items()
                       if k.startswith("refill:") or now - v <= _KEEP_ANNOUNCED}


# ---- appointments, rides and refills -------------------------------------------------------------------

def _announce_once(state: _State, found: list[Announcement], item: Announcement, now: datetime) -> None:
    if item.key in state.announced:
        return
    state.announced[item.key] = now
    found.append(item)


def _announcements(conn: Any, facts: MedicationFacts, state: _State, now: datetime,
                   zone: ZoneInfo) -> list[Announcement]:
    found: list[Announcement] = []
    today = local_date(now, zone)

    # Refills: once each time the stock falls to the threshold (a refill above it re-arms the reminder).
    for fact in facts.facts:
        key = f"refill:{fact.id}"
        if not facts.active.get(fact.id, True) or not fact.needs_refill:
            state.announced.pop(key, None)
            continue
        supply = dd.medication_days_of_supply(fact, zone, today)
        text = translate("Reminders", "{stock} {unit} left (refill at {refill}).").format(
            stock=format_number(fact.stock), unit=fact.stock_unit, refill=format_number(fact.refill_at)).replace(
            "  ", " ")
        if supply is not None:
            text += " " + translate("Reminders", "About {days} days of supply.").format(days=format_number(supply, 1))
        text += " " + translate("Reminders", "Time to order a refill.")
        _announce_once(state, found, Announcement(key, "refill", translate("Reminders", "Running low: {name}").format(name=fact.name),
                                                  text, facts.row_id[fact.id]), now)

    # Appointments: the day before (any time that local day).
    tomorrow_start, tomorrow_end = day_bounds(today + timedelta(days=1), zone)
    appointments = aq.appointments(conn, starts_from=tomorrow_start, starts_before=tomorrow_end)
    for a in appointments:
        key = f"appointment:{a.uid}:{iso_instant(a.starts_at)}"
        text = translate("Reminders", "Tomorrow at {time}: {what}").format(time=format_time(a.starts_at, zone),
                                                       what=a.purpose or a.place or translate("Reminders", "appointment"))
        if a.clinician:
            text += " " + translate("Reminders", "with {name}").format(name=a.clinician)
        if a.place and a.purpose:
            text += ", " + a.place
        text += "."
        ride = a.ride  # the first ride not cancelled
        if ride is not None and ride.unsettled:
            text += " " + translate("Reminders", "The ride is not arranged yet.")
        elif ride is not None and ride.pickup_at is not None:
            text += " " + translate("Reminders", "Pickup at {time}.").format(time=format_time(ride.pickup_at, zone))
        _announce_once(state, found, Announcement(key, "appointment", translate("Reminders", "Appointment tomorrow"), text, a.id), now)

    live = [s.value for s in RideStatus if s not in (RideStatus.CANCELLED, RideStatus.DONE)]
    rides = aq.rides(conn, statuses=live, by_id=True)
    for r in rides:
        has_appointment = r.appointment_id is not None  # and not in the trash
        what = r.appointment_label if has_appointment else (r.destination or translate("Reminders", "the trip"))
        # Two hours before the pickup.
        if r.pickup_at is not None and r.pickup_at - RIDE_PICKUP_NOTICE <= now < r.pickup_at:
            key = f"ride_pickup:{r.uid}:{iso_instant(r.pickup_at)}"
            driver = r.driver if r.driver_uid is not None else translate("Reminders", "no driver yet")
            text = translate("Reminders", "Pickup at {time} for {what}. Driver: {driver}.").format(
                time=format_time(r.pickup_at, zone), what=what, driver=driver)
            if r.pickup_address:
                text += " " + translate("Reminders", "From {address}.").format(address=r.pickup_address)
            _announce_once(state, found, Announcement(key, "ride_pickup", translate("Reminders", "Ride in two hours"), text, r.id), now)
        # Still needed or asked two days before the appointment (or the pickup of a ride on its own).
        target = r.appointment_starts_at if has_appointment else r.pickup_at
        if r.status in RIDE_UNSETTLED and target is not None and ride_to_arrange_now(target, now):
            key = f"ride_arrange:{r.uid}:{iso_instant(target)}"
            state_word = translate("Reminders", "still needed") if r.status == RideStatus.NEEDED.value else translate("Reminders", "asked, not confirmed")
            text = translate("Reminders", "The ride for {what} on {date} at {time} is {state}. Arrange a driver.").format(
                what=what, date=format_date(target.astimezone(zone).date(), weekday=True),
                time=format_time(target, zone), state=state_word)
            _announce_once(state, found, Announcement(key, "ride_arrange", translate("Reminders", "Ride to arrange"), text, r.id), now)
    return found


# ---- reads for the screens -----------------------------------------------------------------------------

def due_doses(profile: Profile, now: datetime) -> list[DueDose]:
    """Every dose waiting for an answer at ``now`` (snoozed ones included), without changing anything."""
    with reads.snapshot(profile.read()) as conn:
        return ReadContext.load(conn, now).due()


def pending_missed(profile: Profile, now: datetime) -> list[DoseItem]:
    """Doses found missed while the app was closed that nobody has answered yet."""
    with reads.snapshot(profile.read()) as conn:
        return ReadContext.load(conn, now).pending_missed()


# ---- answering a dose ----------------------------------------------------------------------------------

def _now(now: datetime | None) -> datetime:
    return to_utc(now) if now is not None else datetime.now(UTC)


def take(profile: Profile, medication_id: int, scheduled_for: datetime, taken_at: datetime | None = None,
         now: datetime | None = None) -> int:
    """Record the dose as taken (at ``taken_at``, default now); the stock goes down. Returns the event id."""
    from careorganiser.services.doses import record_dose

    return record_dose(profile, medication_id, scheduled_for, DoseStatus.TAKEN.value,
                       taken_at=taken_at if taken_at is not None else _now(now))


def skip(profile: Profile, medication_id: int, scheduled_for: datetime, note: str = "") -> int:
    from careorganiser.services.doses import record_dose

    return record_dose(profile, medication_id, scheduled_for, DoseStatus.SKIPPED.value, note=note)


def leave_missed(profile: Profile, medication_id: int, scheduled_for: datetime) -> int:
    """Record that the dose was not taken (the answer "it was missed")."""
    from careorganiser.services.doses import record_dose

    return record_dose(profile, medication_id, scheduled_for, DoseStatus.MISSED.value)


def snooze(profile: Profile, medication_id: int, scheduled_for: datetime, minutes: int,
           now: datetime | None = None) -> datetime:
    """Quiet the dose's reminder for ``minutes``; it is announced again when they are over. Returns when."""
    minutes = _whole(minutes, "minutes", *SNOOZE_MINUTES_RANGE)
    scheduled_for = to_utc(scheduled_for)
    until = _now(now) + timedelta(minutes=minutes)
    with profile.session_factory.begin() as session:
        conn = reads.connection_of(session)
        uid = _live_medication_uid(conn, medication_id)
        state = _State.load(conn)
        key = dose_key(uid, scheduled_for)
        state.snoozes[key] = until
        if key in state.missed:
            state.missed.remove(key)
        state.save(session)
    notify(profile, records={"dose_events": []})  # no dose record changed; Today shows the snooze
    return until


# ---- as needed -----------------------------------------------------------------------------------------

def _live_medication_uid(conn: Any, medication_id: int) -> str:
    """The uid of a medication not in the trash; NotFound otherwise."""
    found = mq.medication(conn, medication_id)
    if found is None:
        raise NotFound(translate("Reminders", "That medication no longer exists."))
    return found.uid


def as_needed_status(profile: Profile, medication_id: int, now: datetime) -> AsNeededItem:
    """May an as-needed dose be taken at ``now``, and if not, why and from when."""
    with reads.snapshot(profile.read()) as conn:
        _live_medication_uid(conn, medication_id)
        return ReadContext.load(conn, now).as_needed_item(medication_id)[0]


def as_needed_overview(profile: Profile, now: datetime) -> list[AsNeededItem]:
    """Every medication still taken that has an as-needed schedule, by name."""
    with reads.snapshot(profile.read()) as conn:
        return ReadContext.load(conn, now).as_needed()


def take_as_needed(profile: Profile, medication_id: int, at: datetime, override: bool = False) -> int:
    """Record an as-needed dose taken at ``at`` (its own slot). Inside the minimum gap or over the daily
    maximum it raises :class:`AsNeededRefused` with the reason, unless ``override`` is set."""
    from careorganiser.services.doses import record_dose

    at = to_utc(at).replace(microsecond=0)
    with reads.snapshot(profile.read()) as conn:
        _live_medication_uid(conn, medication_id)
        _item, verdict = ReadContext.load(conn, at).as_needed_item(medication_id)
    if not verdict.allowed and not override:
        raise AsNeededRefused(verdict)
    return record_dose(profile, medication_id, at, DoseStatus.TAKEN.value, taken_at=at)
