"""Medications and dose events: the one read path of Today, the reminders, adherence and the pack.

One snapshot type per entity: :class:`Medication` (every column, the prescriber's name and its schedules as
``domain.schedules.Schedule`` values) and :class:`DoseEvent`. Medications in the trash are left out (stopped ones
are kept: their start and stop dates bound their doses), and so are the dose events of medications in the trash.

``source`` is a DB-API connection (``Profile.read()``) or a session whose connection is used. Plain SQL, no
SQLAlchemy; instants and dates are decoded by ``store.codec``, as the ORM's column types decode them.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, datetime
from typing import Any

from msgspec import Struct

from careorganiser.store import reads
from careorganiser.store.codec import date_from_db, instant_from_db, instant_to_db, json_loads

__all__ = ["DoseEvent", "Medication", "RefusedSchedule", "count_dose_events", "dose_event", "dose_event_at",
           "dose_events", "medication", "medications"]

_CHUNK = 500


class RefusedSchedule(Struct, frozen=True):
    """A stored schedule the domain refuses: its row id, its place among the medication's schedules
    (an index of ``Medication.schedule_kinds``) and why."""

    id: int
    position: int
    error: Exception


class Medication(Struct, frozen=True):
    """A medication not in the trash. ``schedules``: its stored schedules the domain accepts, in order (a
    schedule it refuses cannot remind, count or be worded); ``schedule_kinds``: the kind of every stored one."""

    id: int
    uid: str
    name: str
    strength: str
    form: str
    dose: str
    route: str
    purpose: str
    instructions: str
    prescriber_id: int | None
    prescriber: str  # the prescriber's name, "" when none is named
    start_date: date | None
    stop_date: date | None
    stop_reason: str
    stock: float | None
    stock_unit: str
    refill_at: float | None
    units_per_dose: float
    scheduled_from: datetime | None  # since when its current schedules apply
    schedules: tuple[Any, ...] = ()  # domain.schedules.Schedule
    schedule_kinds: tuple[str, ...] = ()
    #: Each stored schedule left out of ``schedules``.
    refused_schedules: tuple[RefusedSchedule, ...] = ()  # left out of == and hash (they hold exceptions)
    #: The schedules it followed before, oldest first (``domain.doses.SchedulePeriodFact``).
    past_periods: tuple[Any, ...] = ()
    #: The instant it was stopped on its stop day itself (its doses end then), else None.
    stopped_at: datetime | None = None
    #: How each of ``past_periods`` ended: (stop date, stop reason, the day it was taken again) for a stop it
    #: was taken again after, (None, "", None) for a change of schedules.
    period_ends: tuple[tuple[date | None, str, date | None], ...] = ()
    #: When it was put in the record (the pack's "planned" for a past appointment: known by then).
    added_at: datetime | None = None

    def fact(self) -> Any:
        """The ``domain.doses.MedicationFact`` the reminder logic reads (its id is the interchange uid)."""
        from careorganiser.domain.doses import MedicationFact

        return MedicationFact(
            id=self.uid, name=self.name, schedules=self.schedules, start_date=self.start_date,
            stop_date=self.stop_date, units_per_dose=self.units_per_dose, stock=self.stock, refill_at=self.refill_at,
            stock_unit=self.stock_unit, dose=self.dose, scheduled_from=self.scheduled_from,
            past_periods=self.past_periods, stopped_at=self.stopped_at,
        )

    def taken_on(self, day: date) -> bool:
        """Started (or no start recorded) and not yet stopped on ``day`` (one stopped "from now" on ``day``
        itself is stopped)."""
        return (self.start_date is None or self.start_date <= day) and self.active_on(day)

    def active_on(self, day: date) -> bool:
        """Not stopped before ``day`` (a medication that starts later is still on the list of those taken).

        One stopped on ``day`` itself at a known instant (``stopped_at``: stopped "from now") is not: it is
        listed as stopped from then on."""
        if self.stop_date is None or self.stop_date > day:
            return True
        return self.stop_date == day and self.stopped_at is None

    @property
    def stopped(self) -> bool:
        """A stop date has been recorded (maybe in the future: a course that ends on a set day)."""
        return self.stop_date is not None

    @property
    def low_on_stock(self) -> bool:
        return self.stock is not None and self.refill_at is not None and self.stock <= self.refill_at

    @property
    def schedule_text(self) -> str:
        """Every stored schedule in plain words, in order ("Twice a day at 08:00, 19:00; As needed..."); one
        the domain refuses or cannot word is named by its kind ("every hours")."""
        from careorganiser.domain.schedules import describe

        refused = {r.position for r in self.refused_schedules}
        accepted = iter(self.schedules)
        parts = []
        for position, kind in enumerate(self.schedule_kinds):
            if position not in refused:
                try:
                    parts.append(describe(next(accepted)))
                    continue
                except (ValueError, TypeError, KeyError, AttributeError, StopIteration):
                    pass
            parts.append(kind.replace("_", " "))
        return "; ".join(parts)

    def _compared(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self.__struct_fields__ if name != "refused_schedules")

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self._compared() == other._compared()  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash(self._compared())


class DoseEvent(Struct, frozen=True):
    """What happened to one dose of a medication not in the trash (the dose history, Today, the reminders,
    adherence and the pack read the same snapshot)."""

    id: int
    medication_id: int
    scheduled_for: datetime  # aware UTC
    status: str  # taken | skipped | missed
    taken_at: datetime | None  # aware UTC
    amount: str
    note: str
    recorded_at: datetime | None  # when it was last recorded or corrected
    recorded_by_id: int | None = None  # the caregiver (a contact) who recorded it, when known

    @property
    def taken(self) -> bool:
        return self.status == "taken"


def _schedules(conn: Any, where: str, params: list[Any]) -> dict[int, tuple[list[Any], list[str],
                                                                          list[RefusedSchedule]]]:
    found: dict[int, tuple[list[Any], list[str], list[RefusedSchedule]]] = {}
    columns = ", ".join(f"s.{c}" for c in reads.SCHEDULE_COLUMNS)
    for medication_id, schedule_id, *values in reads.rows(conn, f"""
            SELECT s.medication_id, s.id, {columns} FROM schedules s JOIN medications m ON m.id = s.medication_id
            WHERE m.deleted_at IS NULL{where} ORDER BY s.medication_id, s.position, s.id""", params):
        accepted, kinds, refused = found.setdefault(medication_id, ([], [], []))
        kinds.append(values[0])
        try:
            accepted.append(reads.stored_schedule(*values))
        except ValueError as error:
            refused.append(RefusedSchedule(schedule_id, len(kinds) - 1, error))
    return found


def _periods(conn: Any, where: str, params: list[Any]) -> dict[int, list[tuple[Any, ...]]]:
    """Each medication's past schedule periods, oldest first: (SchedulePeriodFact, stop date, stop reason,
    restarted on). A stored schedule the domain refuses is left out of its period."""
    from careorganiser.domain.doses import SchedulePeriodFact
    from careorganiser.domain.schedules import Schedule

    found: dict[int, list[tuple[Any, ...]]] = {}
    for medication_id, began, ended, documents, stop, reason, restarted in reads.rows(conn, f"""
            SELECT p.medication_id, p.began_at, p.ended_at, p.schedules, p.stop_date, p.stop_reason, p.restarted_on
            FROM schedule_periods p JOIN medications m ON m.id = p.medication_id
            WHERE m.deleted_at IS NULL{where} ORDER BY p.medication_id, p.ended_at, p.id""", params):
        schedules = []
        try:
            loaded = json_loads(documents) if isinstance(documents, str) else documents
        except ValueError:
            loaded = []
        for document in loaded if isinstance(loaded, list) else []:
            try:
                schedules.append(Schedule.from_interchange(document))
            except (ValueError, TypeError, KeyError, AttributeError):
                continue
        period = SchedulePeriodFact(tuple(schedules), instant_from_db(began), instant_from_db(ended))
        found.setdefault(medication_id, []).append((period, date_from_db(stop), reason or "", date_from_db(restarted)))
    return found


def medication(source: Any, medication_id: int) -> Medication | None:
    """One medication by its row id, or None (also when it is in the trash)."""
    if isinstance(medication_id, bool) or not isinstance(medication_id, int):
        return None
    found = _medications(source, " AND m.id = ?", [medication_id])
    return found[0] if found else None


def medications(source: Any) -> list[Medication]:
    """Every medication not in the trash (stopped ones too), by name, then id."""
    return _medications(source, "", [])


def _medications(source: Any, where: str, params: list[Any]) -> list[Medication]:
    with reads.snapshot(reads.connection_of(source)) as conn:
        schedules = _schedules(conn, where, params)
        periods = _periods(conn, where, params)
        found = reads.rows(conn, f"""
            SELECT m.id, m.uid, m.name, m.strength, m.form, m.dose, m.route, m.purpose, m.instructions,
                   m.prescriber_id, c.name, m.start_date, m.stop_date, m.stop_reason, m.stock, m.stock_unit,
                   m.refill_at, m.units_per_dose, coalesce(m.schedules_since, m.added_at), m.stopped_at, m.added_at
            FROM medications m LEFT JOIN contacts c ON c.id = m.prescriber_id
            WHERE m.deleted_at IS NULL{where} ORDER BY m.name, m.id""", params)
    out = []
    for (id_, uid, name, strength, form, dose, route, purpose, instructions, prescriber_id, prescriber, start,
         stop, stop_reason, stock, stock_unit, refill_at, units_per_dose, scheduled_from, stopped_at, added_at) in found:
        accepted, kinds, refused = schedules.get(id_, ([], [], []))
        past = periods.get(id_, [])
        out.append(Medication(
            id_, uid, name, strength, form, dose, route, purpose, instructions, prescriber_id, prescriber or "",
            date_from_db(start), date_from_db(stop), stop_reason, stock, stock_unit, refill_at, units_per_dose,
            instant_from_db(scheduled_from), tuple(accepted), tuple(kinds), tuple(refused),
            tuple(p[0] for p in past), instant_from_db(stopped_at),
            tuple((p[1], p[2], p[3]) for p in past), instant_from_db(added_at),
        ))
    return out


_EVENTS = ("SELECT e.id, e.medication_id, e.scheduled_for, e.status, e.taken_at, e.amount, e.note, e.recorded_at,"
           " e.recorded_by_id FROM dose_events e JOIN medications m ON m.id = e.medication_id"
           " WHERE m.deleted_at IS NULL")


def _event(row: Any) -> DoseEvent:
    id_, medication_id, scheduled_for, status, taken_at, amount, note, recorded_at, recorded_by_id = row
    return DoseEvent(id_, medication_id, instant_from_db(scheduled_for), status,  # type: ignore[arg-type]
                     instant_from_db(taken_at), amount, note, instant_from_db(recorded_at), recorded_by_id)


def dose_event(source: Any, event_id: int) -> DoseEvent | None:
    """One dose event by its row id, or None (also when its medication is in the trash)."""
    if isinstance(event_id, bool) or not isinstance(event_id, int):
        return None
    found = reads.rows(reads.connection_of(source), _EVENTS + " AND e.id = ?", (event_id,))
    return _event(found[0]) if found else None


def dose_events_by_id(source: Any, event_ids: Collection[int]) -> list[DoseEvent]:
    """The dose events of ``event_ids`` that exist (and whose medication is not in the trash), in no set order."""
    ids = sorted({i for i in event_ids if isinstance(i, int) and not isinstance(i, bool)})
    conn = reads.connection_of(source)
    found: list[Any] = []
    for first in range(0, len(ids), _CHUNK):
        chunk = ids[first:first + _CHUNK]
        found += reads.rows(conn, _EVENTS + f" AND e.id IN ({reads.placeholders(len(chunk))})", chunk)
    return [_event(row) for row in found]


def dose_event_at(source: Any, medication_id: int, scheduled_for: datetime) -> DoseEvent | None:
    """The event of the dose of ``medication_id`` scheduled for ``scheduled_for`` (aware), or None."""
    found = reads.rows(reads.connection_of(source), _EVENTS + " AND e.medication_id = ? AND e.scheduled_for = ?",
                       (medication_id, instant_to_db(scheduled_for)))
    return _event(found[0]) if found else None


def count_dose_events(source: Any, medication_id: int | None = None) -> int:
    """How many dose events medications not in the trash have (of one medication, with ``medication_id``)."""
    sql = "SELECT count(*) FROM dose_events e JOIN medications m ON m.id = e.medication_id WHERE m.deleted_at IS NULL"
    params: list[Any] = []
    if medication_id is not None:
        sql += " AND e.medication_id = ?"
        params.append(medication_id)
    return int(reads.rows(reads.connection_of(source), sql, params)[0][0])


def dose_events(source: Any, *, start: datetime | None = None, end: datetime | None = None,
                medication_ids: Collection[int] | None = None, statuses: Collection[str] | None = None,
                with_amount: bool = False, newest_first: bool = False, limit: int | None = None,
                offset: int = 0) -> list[DoseEvent]:
    """Dose events of medications not in the trash, scheduled in ``[start, end)``, oldest first (then by
    medication; ``newest_first``: the other way round); only of ``medication_ids`` and in ``statuses`` when given;
    ``with_amount``: only those with an amount written; a page of at most ``limit`` from ``offset``."""
    sql = _EVENTS
    params: list[Any] = []
    if start is not None:
        sql += " AND e.scheduled_for >= ?"
        params.append(instant_to_db(start))
    if end is not None:
        sql += " AND e.scheduled_for < ?"
        params.append(instant_to_db(end))
    if statuses is not None:
        wanted = sorted(set(statuses))
        if not wanted:
            return []
        sql += f" AND e.status IN ({reads.placeholders(len(wanted))})"
        params += wanted
    if with_amount:
        sql += " AND e.amount != ''"
    order = (" ORDER BY e.scheduled_for DESC, e.medication_id DESC" if newest_first
             else " ORDER BY e.scheduled_for, e.medication_id")
    conn = reads.connection_of(source)
    ids = None if medication_ids is None else sorted(set(medication_ids))
    if ids is not None and not ids:
        return []
    if ids is None or len(ids) <= _CHUNK:
        where = "" if ids is None else f" AND e.medication_id IN ({reads.placeholders(len(ids))})"
        page: list[Any] = []
        if limit is not None or offset:
            order += " LIMIT ? OFFSET ?"
            page = [-1 if limit is None else int(limit), int(offset)]
        found = reads.rows(conn, sql + where + order, [*params, *(ids or []), *page])
    else:  # more ids than one statement takes: each chunk's first rows, merged, then the page
        most = [] if limit is None else [int(limit) + int(offset)]
        found = []
        for first in range(0, len(ids), _CHUNK):
            chunk = ids[first:first + _CHUNK]
            found += reads.rows(conn, sql + f" AND e.medication_id IN ({reads.placeholders(len(chunk))})" + order
                                + (" LIMIT ?" if most else ""), [*params, *chunk, *most])
        found.sort(key=lambda row: (row[2], row[1]), reverse=newest_first)
        found = found[offset:] if limit is None else found[offset:offset + limit]
    return [_event(row) for row in found]
