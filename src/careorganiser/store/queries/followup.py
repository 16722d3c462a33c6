"""Follow-up plans: the one read path (the plan's panel, Today, the pack, the export).

One snapshot type per entity: :class:`Plan` (with its subject's name, its visits and its events),
:class:`Visit` and :class:`Event`. Rules every reader shares:

* plans and events in the trash are left out;
* plans are in the order they were made (by id); a plan's visits by position; its events by day, then by id;
* a visit's appointment counts only while it is not in the trash;
* the readings a plan follows are the measurements of its tests (``queries.measurements``), oldest first.

``source`` is a DB-API connection (``Profile.read()``) or a session whose connection is used. Plain SQL, no
SQLAlchemy. The visit plan's arithmetic (``domain.followup``) loads only when a plan is read, not with Today.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from msgspec import Struct

from careorganiser.store import reads
from careorganiser.store.codec import instant_from_db
from careorganiser.store.queries import measurements as xq

if TYPE_CHECKING:
    from careorganiser.domain import followup as fu
    from careorganiser.domain.catalogue import MeasurementKind

__all__ = ["Event", "LoggedEvent", "Plan", "Visit", "events", "logged_event", "plan", "plan_for", "plans", "readings"]

#: Ids per ``IN (...)`` list, well under SQLite's limit on parameters.
_CHUNK = 500


class Visit(Struct, frozen=True):
    """A visit of a plan: its day (baseline + offset, or the day it was moved to), its tests, its appointment."""

    id: int
    uid: str
    position: int
    offset: fu.Offset
    on: date
    tests: tuple[str, ...]
    appointment_id: int | None      # None when it has none, or its appointment is in the trash
    appointment_at: datetime | None
    moved: bool                     # the day differs from baseline + offset

    @property
    def label(self) -> str:
        return self.offset.label()

    def as_visit(self) -> fu.Visit:
        from careorganiser.domain import followup as fu

        return fu.Visit(self.offset, self.on, self.tests)


class Event(Struct, frozen=True):
    """A side effect or event in the plan's log, and whether (when, whom) the team was told."""

    id: int
    uid: str
    occurred_on: date
    what: str
    severity: int
    told: bool
    told_on: date | None
    told_whom: str
    outcome: str


class Plan(Struct, frozen=True):
    """A plan with its subject's name, its visits (by position) and its events (by day)."""

    id: int
    uid: str
    subject: str                    # "trial" or "medication"
    trial_id: int | None
    medication_id: int | None
    subject_name: str               # "NCT09900001: Inhaled ..." or "Nintedanib 150 mg"
    baseline_date: date
    tests: tuple[str, ...]
    visit_time: str
    place: str
    ride_needed: bool
    active: bool
    contact_name: str
    contact_phone: str
    out_of_hours: str
    notes: str
    visits: tuple[Visit, ...]
    events: tuple[Event, ...]
    subject_in_trash: bool = False  # its trial or medication is in the trash

    def domain_visits(self) -> list[fu.Visit]:
        return [v.as_visit() for v in self.visits]

    @property
    def has_contact_card(self) -> bool:
        return bool(self.contact_name or self.contact_phone or self.out_of_hours)

    @property
    def followed_kinds(self) -> list[str]:
        """The measurements the plan follows: the plan's tests, then any more a visit asks for."""
        out = list(self.tests)
        for v in self.visits:
            out.extend(t for t in v.tests if t not in out)
        return out


def _subject_name(nct_id: str | None, title: str | None, name: str | None, strength: str | None) -> str:
    if nct_id is not None:
        return f"{nct_id}: {title}" if title else nct_id
    if name is not None:
        return " ".join(x for x in (name, strength) if x)
    return ""


def _texts(value: Any) -> tuple[str, ...]:
    found = reads.json_value(value) or ()
    return tuple(found) if isinstance(found, (list, tuple)) else ()


def _chunks(ids: Sequence[int]) -> list[Sequence[int]]:
    return [ids[i:i + _CHUNK] for i in range(0, len(ids), _CHUNK)]


def _visits(conn: Any, baselines: dict[int, date]) -> dict[int, list[Visit]]:
    from careorganiser.domain import followup as fu

    out: dict[int, list[Visit]] = {plan_id: [] for plan_id in baselines}
    for ids in _chunks(list(baselines)):
        for (id_, uid, plan_id, position, value, unit, on, tests, appointment_id,
             starts_at) in reads.rows(conn, f"""
                SELECT v.id, v.uid, v.plan_id, v.position, v.offset_value, v.offset_unit, v.visit_date, v.tests,
                       a.id, a.starts_at
                FROM followup_visits AS v
                LEFT JOIN appointments AS a ON a.id = v.appointment_id AND a.deleted_at IS NULL
                WHERE v.plan_id IN ({reads.placeholders(len(ids))})
                ORDER BY v.plan_id, v.position, v.id""", ids):
            offset = fu.Offset(value, unit)
            day = reads.day(on)
            assert day is not None
            out[plan_id].append(Visit(id_, uid, position, offset, day, _texts(tests), appointment_id,
                                      instant_from_db(starts_at), day != offset.date_from(baselines[plan_id])))
    return out


def _events(conn: Any, plan_ids: Sequence[int], event_ids: Sequence[int] | None = None) -> dict[int, list[Event]]:
    """The events of ``plan_ids`` (only ``event_ids`` of them, when given: at most one plan then)."""
    out: dict[int, list[Event]] = {plan_id: [] for plan_id in plan_ids}
    column, keys, params = ("plan_id", list(plan_ids), []) if event_ids is None else ("id", list(event_ids), list(plan_ids))
    only_plan = "" if event_ids is None else " AND plan_id = ?"
    for ids in _chunks(keys):
        for (id_, uid, plan_id, occurred_on, what, severity, told, told_on, told_whom,
             outcome) in reads.rows(conn, f"""
                SELECT id, uid, plan_id, occurred_on, what, severity, told, told_on, told_whom, outcome
                FROM followup_events WHERE deleted_at IS NULL{only_plan} AND {column} IN ({reads.placeholders(len(ids))})
                ORDER BY plan_id, occurred_on, id""", [*params, *ids]):
            out[plan_id].append(Event(id_, uid, reads.day(occurred_on), what, severity,  # type: ignore[arg-type]
                                      bool(told), reads.day(told_on), told_whom or "", outcome or ""))
    return out


def events(source: Any, plan_id: int, ids: Collection[int]) -> list[Event]:
    """The events ``ids`` of a plan that are not in the trash, by day then id (the rows of its log read
    again after a change named them)."""
    if not ids:
        return []
    return _events(reads.connection_of(source), [plan_id], sorted(ids))[plan_id]


def plans(source: Any, *, active_only: bool = False, live_subject_only: bool = False, plan_id: int | None = None,
          trial_id: int | None = None, medication_id: int | None = None) -> list[Plan]:
    """Plans not in the trash, in the order they were made: only those turned on (``active_only``), only those
    whose trial or medication is not in the trash (``live_subject_only``), or the one of an id, trial or
    medication."""
    sql, params = """
        SELECT p.id, p.uid, p.trial_id, p.medication_id, p.baseline_date, p.tests, p.visit_time, p.place,
               p.ride_needed, p.active, p.contact_name, p.contact_phone, p.out_of_hours, p.notes,
               t.nct_id, t.title, t.deleted_at, md.name, md.strength, md.deleted_at
        FROM followup_plans AS p
        LEFT JOIN trials AS t ON t.id = p.trial_id
        LEFT JOIN medications AS md ON md.id = p.medication_id
        WHERE p.deleted_at IS NULL""", []
    if active_only:
        sql += " AND p.active = 1"
    if live_subject_only:
        sql += (" AND ((t.id IS NOT NULL AND t.deleted_at IS NULL)"
                " OR (md.id IS NOT NULL AND md.deleted_at IS NULL))")
    for column, value in (("p.id", plan_id), ("p.trial_id", trial_id), ("p.medication_id", medication_id)):
        if value is not None:
            sql += f" AND {column} = ?"
            params.append(value)
    conn = reads.connection_of(source)
    with reads.snapshot(conn):
        found = reads.rows(conn, sql + " ORDER BY p.id", params)
        if not found:
            return []
        baselines = {row[0]: reads.day(row[4]) for row in found}
        visits = _visits(conn, baselines)  # type: ignore[arg-type]
        events = _events(conn, list(baselines))
    out = []
    for (id_, uid, trial, medication, baseline, tests, visit_time, place, ride_needed, active, contact_name,
         contact_phone, out_of_hours, notes, nct_id, title, trial_gone, name, strength, medication_gone) in found:
        in_trash = (trial_gone is not None) if trial is not None else (medication_gone is not None)
        out.append(Plan(
            id_, uid, "trial" if trial is not None else "medication", trial, medication,
            _subject_name(nct_id, title, name, strength), baselines[id_], _texts(tests), visit_time, place or "",  # type: ignore[arg-type]
            bool(ride_needed), bool(active), contact_name or "", contact_phone or "", out_of_hours or "",
            notes or "", tuple(visits[id_]), tuple(events[id_]), in_trash))
    return out


def plan(source: Any, plan_id: int) -> Plan | None:
    """One plan by its row id, or None (also when it is in the trash)."""
    found = plans(source, plan_id=plan_id)
    return found[0] if found else None


def plan_for(source: Any, *, trial_id: int | None = None, medication_id: int | None = None) -> Plan | None:
    """The plan of a trial (or else of a medication), if it has one; None when neither is given."""
    if trial_id is not None:
        found = plans(source, trial_id=trial_id)
    elif medication_id is not None:
        found = plans(source, medication_id=medication_id)
    else:
        return None
    return found[0] if found else None


def readings(source: Any, kinds: Collection[str], zone: ZoneInfo,
             known: dict[str, MeasurementKind] | None = None) -> list[fu.Reading]:
    """The measurements of ``kinds``, oldest first, as the visit plan reads them (on the local day taken).
    ``known``: the kinds already read (``measurements.kinds``), passed on so they are not read again."""
    from careorganiser.domain import followup as fu

    return [fu.Reading(x.kind, x.value, x.taken_at.astimezone(zone).date(), x.range_high, x.context)
            for x in xq.measurements(source, of_kinds=kinds, known=known)
            if not x.unit_not_converted] if kinds else []  # another unit than the kind's: not comparable


class LoggedEvent(Struct, frozen=True):
    """A side effect or event with what its plan follows, as a one-line report (the handover) names it."""

    event: Event
    plan_id: int
    subject: str  # the trial's NCT id, or the medication's name; "" when the plan has neither


def logged_event(source: Any, event_id: int) -> LoggedEvent | None:
    """One event of a plan's log by its row id, with its plan's trial or medication; None when it is gone
    (also when it is in the trash)."""
    found = reads.rows(reads.connection_of(source), """
        SELECT e.id, e.uid, e.plan_id, e.occurred_on, e.what, e.severity, e.told, e.told_on, e.told_whom, e.outcome,
               t.nct_id, md.name
        FROM followup_events AS e
        JOIN followup_plans AS p ON p.id = e.plan_id
        LEFT JOIN trials AS t ON t.id = p.trial_id
        LEFT JOIN medications AS md ON md.id = p.medication_id
        WHERE e.id = ? AND e.deleted_at IS NULL""", (event_id,))
    if not found:
        return None
    id_, uid, plan_id, occurred_on, what, severity, told, told_on, told_whom, outcome, nct_id, name = found[0]
    event = Event(id_, uid, reads.day(occurred_on), what, severity,  # type: ignore[arg-type]
                  bool(told), reads.day(told_on), told_whom or "", outcome or "")
    return LoggedEvent(event, plan_id, nct_id or name or "")
