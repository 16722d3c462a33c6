"""Interchange JSON, version 1 (shared/spec/interchange.md): export and import of a whole profile.

The reader is tolerant (missing optional fields take defaults, unknown fields are ignored) and strict about
what it does read: the first problem refuses the whole document with a message naming its path, e.g.
``medications[2].schedules[0].times[1]: "25:00" is not a time``. Import runs inside the caller's unit of
work, so a refused document leaves nothing behind.
"""

from __future__ import annotations

import json
import math
import re
import threading
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from msgspec import Struct, field
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from careorganiser.domain import enums, fields
from careorganiser.domain.catalogue import builtin_kinds, unit_key
from careorganiser.domain.clock import day_start, is_place_zone_key
from careorganiser.domain.formatting import in_kind_unit
from careorganiser.domain.followup import Offset, add_offset
from careorganiser.store import models as m
from careorganiser.store.queries import followup as fq
from careorganiser.store.queries import measurements as xq

FORMAT = "careorganiser"
VERSION = 1
MAX_TEXT = fields.OTHER_TEXT  # characters in a text field the table of field rules does not hold
MAX_DOCUMENT_BYTES = 200 * 1024 * 1024
MAX_RECORD_DEPTH = 100  # a ClinicalTrials.gov record nests about ten deep; far deeper cannot be stored safely
_TIME_RE = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
_NCT_RE = re.compile(r"^NCT\d{8}$")


class InterchangeError(ValueError):
    """A document refused whole; ``path`` names the first problem."""

    def __init__(self, path: str, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: {problem}" if path else problem)


# --------------------------------------------------------------------------------------------- export


def _instant(value: datetime | None) -> str | None:
    return value.astimezone(UTC).isoformat() if value else None


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _schedule_out(s: m.Schedule) -> dict[str, Any]:
    from careorganiser.store.reads import SCHEDULE_COLUMNS, schedule_document

    return schedule_document(*(getattr(s, column) for column in SCHEDULE_COLUMNS))


def _check_plausible(known: Any, row: m.Measurement, xp: str) -> None:
    """A value of a catalogue kind in the catalogue's unit must be within its plausible range, as when typed
    (an SpO2 of 920 % is a slip, and a trial pre-screen would read it as a fit)."""
    if known is None or (row.unit or known.unit) != known.unit:
        return
    low, high = known.min, known.max
    if (low is not None and row.value < low) or (high is not None and row.value > high):
        raise InterchangeError(_join(xp, "value"), f"{_number_out(row.value)} is not plausible for {known.label}: "
                                                   f"it should be from {_number_out(low)} to {_number_out(high)} "
                                                   f"{known.unit}".rstrip())


def _number_out(value: float | None) -> float | int | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value


def export_document(session: Session, exported_at: datetime | None = None) -> dict[str, Any]:
    """The whole profile as an interchange document. Records in the trash are left out.

    Contacts, appointments, dose events and questions are read through ``store.queries`` (their snapshots hold
    every field the format writes, as stored). The rest is read from the ORM's rows, because the document must
    carry each stored value exactly where the app's snapshots shape it: a medication's ``added_at`` and
    ``schedules_since`` as stored, and each schedule's own columns (also one the domain refuses, which the
    snapshot leaves out), in id order; the person's identifiers as stored (the snapshot keeps pairs); a ride of
    an appointment in the trash (the lists hide it; the document keeps it, without its appointment). A
    reference to a record in the trash is null.
    """
    from careorganiser.store.queries import appointments as aq
    from careorganiser.store.queries import contacts as cq
    from careorganiser.store.queries import medications as mq
    from careorganiser.store.queries import questions as qq

    person = session.get(m.Person, 1)
    if person is None:
        raise InterchangeError("person", "the profile has no person")
    contacts = cq.contacts(session, by_name=False)
    uid_of_contact = {c.id: c.uid for c in contacts}
    meds = _live(session, m.Medication, m.Medication.id)
    uid_of_med = {med.id: med.uid for med in meds}
    appointments = aq.appointments(session)  # soonest first, then by id
    uid_of_appt = {a.id: a.uid for a in appointments}
    trials = _live(session, m.Trial, m.Trial.id)
    nct_of_trial = {t.id: t.nct_id for t in trials}

    doc: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": _instant(exported_at or datetime.now(UTC)),
        "person": {
            "name": person.name,
            "date_of_birth": _day(person.date_of_birth),
            "sex": person.sex,
            "conditions": list(person.conditions or []),
            "allergies": list(person.allergies or []),
            "identifiers": [dict(i) for i in person.identifiers or []],
            "notes": person.notes,
        },
    }
    zone = session.get(m.Setting, "timezone")
    if zone is not None and zone.value:
        doc["timezone"] = zone.value
    carer = session.get(m.Setting, "caregiver")
    if carer is not None and isinstance(carer.value, dict) and carer.value.get("name"):
        doc["caregiver"] = {"name": str(carer.value.get("name", "")), "phone": str(carer.value.get("phone", ""))}
    custom = session.scalars(select(m.MeasurementKindRow).order_by(m.MeasurementKindRow.key)).all()
    if custom:
        doc["measurement_kinds"] = [{"key": k.key, "label": k.label, "unit": k.unit} for k in custom]
    doc["contacts"] = [
        {"id": c.uid, "name": c.name, "role": c.role, "organisation": c.organisation, "phone": c.phone,
         "email": c.email, "address": c.address, "notes": c.notes}
        | ({"caregiver": True} if c.is_caregiver else {})  # optional, added later in version 1
        for c in contacts
    ]
    history: dict[int, list[dict[str, Any]]] = {}
    for period in session.scalars(select(m.SchedulePeriod).order_by(m.SchedulePeriod.medication_id,
                                                                    m.SchedulePeriod.ended_at, m.SchedulePeriod.id)):
        history.setdefault(period.medication_id, []).append(
            {"began_at": _instant(period.began_at), "ended_at": _instant(period.ended_at),
             "schedules": list(period.schedules or [])}
            | ({"stop_date": _day(period.stop_date), "stop_reason": period.stop_reason,
                "restarted_on": _day(period.restarted_on)} if period.stop_date is not None else {}))
    stock_used = {event_id: used for event_id, used in session.execute(
        select(m.DoseEvent.id, m.DoseEvent.stock_used).where(m.DoseEvent.stock_used.is_not(None)))}
    doc["medications"] = [
        {"id": med.uid, "name": med.name, "strength": med.strength, "form": med.form, "dose": med.dose,
         "route": med.route, "purpose": med.purpose, "instructions": med.instructions,
         "prescriber": uid_of_contact.get(med.prescriber_id) if med.prescriber_id else None,
         "start_date": _day(med.start_date), "stop_date": _day(med.stop_date), "stop_reason": med.stop_reason,
         "stock": _number_out(med.stock), "stock_unit": med.stock_unit, "refill_at": _number_out(med.refill_at),
         "units_per_dose": _number_out(med.units_per_dose),
         "schedules": [_schedule_out(s) for s in med.schedules],
         "added_at": _instant(med.added_at), "schedules_since": _instant(med.schedules_since)}
        # optional, added later in version 1: the stop instant, and the schedules followed before
        | ({"stopped_at": _instant(med.stopped_at)} if med.stopped_at is not None else {})
        | ({"schedule_history": history[med.id]} if med.id in history else {})
        for med in meds
    ]
    events = mq.dose_events(session)  # of the medications exported, by scheduled time, then medication
    doc["dose_events"] = [
        {"medication": uid_of_med[e.medication_id], "scheduled_for": _instant(e.scheduled_for), "status": e.status,
         "taken_at": _instant(e.taken_at) if e.status == enums.DoseStatus.TAKEN else None,
         "amount": e.amount, "note": e.note}
        # who recorded it (optional, added later in version 1): a contact id, only when known
        | ({"recorded_by": uid_of_contact[e.recorded_by_id]} if e.recorded_by_id in uid_of_contact else {})
        # what a taken dose took from the stock (optional, added later in version 1)
        | ({"stock_used": _number_out(stock_used[e.id])} if e.id in stock_used else {})
        for e in events
    ]
    doc["appointments"] = [
        {"id": a.uid, "starts_at": _instant(a.starts_at), "duration_minutes": a.duration_minutes,
         "clinician": uid_of_contact.get(a.clinician_id) if a.clinician_id else None, "place": a.place,
         "purpose": a.purpose, "notes": a.notes, "outcome": a.outcome}
        for a in appointments
    ]
    doc["rides"] = [
        {"id": r.uid, "appointment": uid_of_appt.get(r.appointment_id) if r.appointment_id else None,
         "pickup_at": _instant(r.pickup_at), "pickup_address": r.pickup_address, "destination": r.destination,
         "driver": uid_of_contact.get(r.driver_id) if r.driver_id else None,
         "return_pickup_at": _instant(r.return_pickup_at), "status": r.status, "notes": r.notes}
        for r in _live(session, m.Ride, m.Ride.pickup_at, m.Ride.id)
    ]
    doc["symptom_notes"] = [
        {"id": n.uid, "recorded_at": _instant(n.recorded_at),
         "symptoms": [{"name": s["name"], "severity": s["severity"]} for s in n.symptoms or []],
         "text": n.text, "activity": n.activity, "tags": list(n.tags or [])}
        for n in _live(session, m.SymptomNote, m.SymptomNote.recorded_at, m.SymptomNote.id)
    ]
    measurements = []
    for x in xq.measurements(session):
        item: dict[str, Any] = {"id": x.uid, "taken_at": _instant(x.taken_at), "kind": x.kind,
                                "value": x.value, "unit": x.unit, "source": x.source, "note": x.note}
        if x.range_low is not None:
            item["range_low"] = x.range_low
        if x.range_high is not None:
            item["range_high"] = x.range_high
        if x.context:
            item["context"] = x.context
        measurements.append(item)
    doc["measurements"] = measurements
    doc["trials"] = [
        {"nct_id": t.nct_id, "title": t.title, "status": t.status, "phases": list(t.phases or []),
         "interest": t.interest, "notes": t.notes, "record": t.record}
        for t in trials
    ]
    doc["questions"] = [
        {"id": q.uid, "text": q.text, "topic": q.topic, "priority": q.priority,
         "appointment": uid_of_appt.get(q.appointment_id) if q.appointment_id else None,
         "trial": nct_of_trial.get(q.trial_id) if q.trial_id else None,
         "medication": uid_of_med.get(q.medication_id) if q.medication_id else None,
         "status": q.status, "answer": q.answer}
        for q in sorted(qq.questions(session), key=lambda q: q.id)
    ]
    offers = _live(session, m.Offer, m.Offer.id)
    if offers:
        doc["offers"] = [
            {"id": o.uid, "name": o.name, "provider": o.provider, "offered": o.offered, "cost": o.cost,
             "heard_from": o.heard_from, "notes": o.notes}
            for o in offers
        ]
    followups = _followups_out(session, nct_of_trial, uid_of_med, uid_of_appt)
    if followups:
        doc["followups"] = followups
    return doc


def _live(session: Session, model: Any, *order: Any) -> list[Any]:
    return list(session.scalars(select(model).where(model.deleted_at.is_(None)).order_by(*order)).all())


def dumps(doc: dict[str, Any]) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


# --------------------------------------------------------------------------------------------- import


class ImportSummary(Struct):
    counts: dict[str, int] = field(default_factory=dict)

    def describe(self) -> str:
        from careorganiser.domain.formatting import count_of

        parts = [count_of(n, key) for key, n in self.counts.items() if n]
        return ", ".join(parts) if parts else "nothing but the person"


class _Reader:
    """Reads one JSON value at a path, with the checks and defaults of the spec."""

    def __init__(self, zone: ZoneInfo) -> None:
        self.zone = zone

    # -- shapes
    @staticmethod
    def obj(value: Any, path: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise InterchangeError(path, f"{_show(value)} is not an object")
        return value

    @staticmethod
    def arr(parent: dict[str, Any], key: str, path: str) -> list[Any]:
        value = parent.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            raise InterchangeError(_join(path, key), f"{_show(value)} is not a list")
        return value

    # -- scalars
    @staticmethod
    def text(parent: dict[str, Any], key: str, path: str, required: bool = False, default: str = "") -> str:
        """Text by the rule of its field in the table of field rules (domain/fields.py), in the form the
        services store it, so that whatever imports can be saved again unchanged."""
        value = parent.get(key)
        where = _join(path, key)
        rule = fields.for_path(path, key)
        required = required or (rule is not None and rule.required)
        if value is None:
            if required:
                raise InterchangeError(where, "is required")
            return default
        if not isinstance(value, str):
            raise InterchangeError(where, f"{_show(value)} is not text")
        if len(value) > MAX_TEXT:
            raise InterchangeError(where, f"is longer than {MAX_TEXT} characters")
        if rule is None and "\x00" in value:  # an id or a key; typed text loses it as the services drop it
            raise InterchangeError(where, "contains a NUL character")
        _check_unicode(value, where)
        if rule is not None:
            value = _by_rule(value, rule, where)
        if required and not value.strip():
            raise InterchangeError(where, "is empty")
        return value

    @staticmethod
    def texts(parent: dict[str, Any], key: str, path: str) -> list[str]:
        items = _Reader.arr(parent, key, path)
        rule = fields.for_path(path, key)
        out = []
        seen: set[str] = set()
        for i, item in enumerate(items):
            where = f"{_join(path, key)}[{i}]"
            if not isinstance(item, str):
                raise InterchangeError(where, f"{_show(item)} is not text")
            if len(item) > MAX_TEXT:
                raise InterchangeError(where, f"is longer than {MAX_TEXT} characters")
            _check_unicode(item, where)
            if rule is not None:  # as the services keep a list: no empty items, no repeats ignoring case
                item = _by_rule(item.strip().lstrip("#") if key == "tags" else item, rule, where)
                if not item or item.casefold() in seen:
                    continue
                seen.add(item.casefold())
            out.append(item)
        if rule is not None and rule.max_items is not None and len(out) > rule.max_items:
            raise InterchangeError(_join(path, key), f"has {len(out)} items, more than {rule.max_items}")
        return out

    @staticmethod
    def enum(parent: dict[str, Any], key: str, path: str, allowed: type[enums.StrEnum], default: str) -> str:
        value = parent.get(key)
        if value is None:
            return default
        words = [e.value for e in allowed]
        if value not in words:
            raise InterchangeError(_join(path, key), f"{_show(value)} is not one of {', '.join(words)}")
        return str(value)

    @staticmethod
    def number(parent: dict[str, Any], key: str, path: str, required: bool = False,
               minimum: float | None = None, positive: bool = False) -> float | None:
        value = parent.get(key)
        where = _join(path, key)
        if value is None:
            if required:
                raise InterchangeError(where, "is required")
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise InterchangeError(where, f"{_show(value)} is not a number")
        # A whole number past a float's range (400 digits) would stop math.isfinite with OverflowError.
        if abs(value) > 1e12 if isinstance(value, int) else not math.isfinite(value) or abs(value) > 1e12:
            raise InterchangeError(where, f"{_show(value)} is not a usable number")
        if minimum is not None and value < minimum:
            raise InterchangeError(where, f"{_show(value)} is less than {_number_out(minimum)}")
        if positive and value <= 0:
            raise InterchangeError(where, f"{_show(value)} is not more than 0")
        return float(value)

    @staticmethod
    def integer(parent: dict[str, Any], key: str, path: str, minimum: int = 0, default: int | None = None) -> int | None:
        value = parent.get(key)
        where = _join(path, key)
        if value is None:
            return default
        if isinstance(value, bool) or not isinstance(value, int):
            if isinstance(value, float) and value.is_integer():
                value = int(value)
            else:
                raise InterchangeError(where, f"{_show(value)} is not a whole number")
        if value < minimum or value > 1_000_000:
            raise InterchangeError(where, f"{_show(value)} is out of range")
        return int(value)

    @staticmethod
    def day(parent: dict[str, Any], key: str, path: str) -> date | None:
        value = parent.get(key)
        if value is None:
            return None
        where = _join(path, key)
        if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            raise InterchangeError(where, f"{_show(value)} is not a date (YYYY-MM-DD)")
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise InterchangeError(where, f"{_show(value)} is not a real date") from None

    def instant(self, parent: dict[str, Any], key: str, path: str, required: bool = False) -> datetime | None:
        value = parent.get(key)
        where = _join(path, key)
        if value is None:
            if required:
                raise InterchangeError(where, "is required")
            return None
        if not isinstance(value, str) or len(value) > 40 or not re.match(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}", value):
            raise InterchangeError(where, f"{_show(value)} is not a date and time (ISO 8601)")
        try:
            parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            raise InterchangeError(where, f"{_show(value)} is not a real date and time") from None
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=self.zone)  # an instant without offset is local time
        if parsed.year < 1900 or parsed.year > 2200:
            raise InterchangeError(where, f"{_show(value)} is out of range")
        return parsed.astimezone(UTC)

    @staticmethod
    def clock_time(value: Any, where: str) -> str:
        if not isinstance(value, str) or not _TIME_RE.match(value):
            raise InterchangeError(where, f"{_show(value)} is not a time")
        return value

    @staticmethod
    def local_datetime(parent: dict[str, Any], key: str, path: str) -> str | None:
        value = parent.get(key)
        if value is None:
            return None
        where = _join(path, key)
        if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?", value):
            raise InterchangeError(where, f"{_show(value)} is not a local date and time (YYYY-MM-DDTHH:MM)")
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError:
            raise InterchangeError(where, f"{_show(value)} is not a real date and time") from None
        return parsed.strftime("%Y-%m-%dT%H:%M")


def _nesting_depth(value: Any) -> int:
    """How deeply lists and objects nest in ``value`` (counted without recursion)."""
    deepest = 0
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            item = list(item.values())
        if isinstance(item, list):
            deepest = max(deepest, depth)
            stack.extend((child, depth + 1) for child in item)
    return deepest


def _check_unicode(value: str, where: str) -> None:
    """Refuse text that cannot be stored or written as UTF-8 (a lone surrogate, from an escape like \\ud800)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise InterchangeError(where, "contains a character that is not valid Unicode") from None


def _by_rule(value: str, rule: fields.FieldRule, where: str) -> str:
    """``value`` in the form the services store it (control characters dropped as they drop them: see
    domain/fields.canonical_text), or refused naming the path: too long, not a phone number or an email
    address where the field wants one."""
    text = fields.canonical_text(value, rule.multiline)
    if len(text) > rule.max_length:
        raise InterchangeError(where, f"is {len(text)} characters long, more than {rule.max_length}")
    if text and not fields.format_ok(rule, text):
        wanted = "an email address" if rule.kind == fields.FieldKind.EMAIL else "a phone number"
        raise InterchangeError(where, f"{_show(text)} is not {wanted}")
    return text


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _show(value: Any) -> str:
    try:
        text = json.dumps(value, ensure_ascii=False) if not isinstance(value, (bytes, bytearray)) else repr(value)
    except (RecursionError, ValueError, TypeError):  # nested too deeply to print: its shape will do
        text = "[...]" if isinstance(value, list) else "{...}" if isinstance(value, dict) else repr(value)[:40]
    return text if len(text) <= 40 else text[:37] + "..."


class _Ids:
    """Ids unique within their list, and references resolved to them."""

    def __init__(self, list_name: str) -> None:
        self.list_name = list_name
        self.by_id: dict[str, Any] = {}

    def claim(self, item: dict[str, Any], path: str, obj: Any) -> str | None:
        value = item.get("id")
        if value is None:
            self.by_id[f"\x00{len(self.by_id)}"] = obj
            return None
        if not isinstance(value, str) or not value.strip() or len(value) > 64:
            raise InterchangeError(_join(path, "id"), f"{_show(value)} is not a usable id")
        _check_unicode(value, _join(path, "id"))
        if value in self.by_id:
            raise InterchangeError(_join(path, "id"), f"{_show(value)} is used twice in {self.list_name}")
        self.by_id[value] = obj
        obj.uid = value  # the record keeps the id the document gave it
        return value

    def resolve(self, parent: dict[str, Any], key: str, path: str) -> Any:
        value = parent.get(key)
        if value is None:
            return None
        if not isinstance(value, str) or value.startswith("\x00") or value not in self.by_id:
            raise InterchangeError(_join(path, key), f"{_show(value)} is not an id in {self.list_name}")
        return self.by_id[value]


def _caregiver_flag(contact: dict[str, Any], path: str) -> bool:
    """A contact's optional ``caregiver`` (true, false or null)."""
    value = contact.get("caregiver")
    if value is None:
        return False
    if not isinstance(value, bool):
        raise InterchangeError(_join(path, "caregiver"), f"{_show(value)} is not true or false")
    return value


def profile_is_empty(session: Session) -> bool:
    for model in (m.Contact, m.Medication, m.Appointment, m.Ride, m.SymptomNote, m.Measurement, m.Trial, m.Question):
        if session.scalar(select(func.count()).select_from(model)):
            return False
    return True


class _NotInSteps(Exception):
    """The text is not an object of lists that :func:`_loads_in_steps` reads a value at a time."""


def _loads_in_steps(text: str) -> Any:
    """``json.loads(text)``, with each value of the top object's lists parsed by a call of its own.

    ``json.loads`` is one call that keeps the interpreter for all of its work (18 ms for a year's export,
    90 ms for five years), and a window waiting for the interpreter cannot paint meanwhile. Between values
    here the interpreter passes to other threads as usual. The result is the same; a text that is not an
    object of lists, or not valid JSON, is given to ``json.loads`` whole (so its errors are json's own)."""
    try:
        return _object_of_lists(text)
    except (_NotInSteps, ValueError, IndexError):
        return json.loads(text)


def _object_of_lists(text: str) -> dict[str, Any]:
    space = json.decoder.WHITESPACE.match
    scan = json.scanner.make_scanner(json.JSONDecoder())

    def value_at(text: str, i: int) -> tuple[Any, int]:
        try:
            return scan(text, i)
        except StopIteration:
            raise _NotInSteps from None

    i = space(text, 0).end()
    if text[i] != "{":
        raise _NotInSteps
    result: dict[str, Any] = {}
    i = space(text, i + 1).end()
    if text[i] == "}":
        i += 1
    else:
        while True:
            key, i = value_at(text, i)
            i = space(text, i).end()
            if not isinstance(key, str) or text[i] != ":":
                raise _NotInSteps
            i = space(text, i + 1).end()
            if text[i] == "[":
                items: list[Any] = []
                i = space(text, i + 1).end()
                if text[i] != "]":
                    while True:
                        item, i = value_at(text, i)
                        items.append(item)
                        i = space(text, i).end()
                        if text[i] == "]":
                            break
                        if text[i] != ",":
                            raise _NotInSteps
                        i = space(text, i + 1).end()
                value: Any = items
                i += 1
            else:
                value, i = value_at(text, i)
            result[key] = value
            i = space(text, i).end()
            if text[i] == "}":
                i += 1
                break
            if text[i] != ",":
                raise _NotInSteps
            i = space(text, i + 1).end()
    if space(text, i).end() != len(text):
        raise _NotInSteps
    return result


def _loads_from_a_fresh_stack(text: str) -> Any:
    """``json.loads`` in a new thread: how deep a document may nest must not depend on how deep the caller's
    stack is (the window's worker, the command line and the tests call from different depths)."""
    outcome: list[Any] = []

    def parse() -> None:
        try:
            outcome.append((True, _loads_in_steps(text)))
        except BaseException as exc:  # noqa: BLE001 - handed to the caller as it is
            outcome.append((False, exc))

    thread = threading.Thread(target=parse, name="json-parse")
    thread.start()
    thread.join()
    ok, value = outcome[0]
    if not ok:
        raise value
    return value


def parse_json_bytes(data: bytes) -> Any:
    if len(data) > MAX_DOCUMENT_BYTES:
        raise InterchangeError("", "the file is too large to be a Care Organiser export")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InterchangeError("", "the file is not UTF-8 text") from None
    try:
        return _loads_from_a_fresh_stack(text)
    except json.JSONDecodeError as exc:
        raise InterchangeError("", f"the file is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") from None
    except RecursionError:
        raise InterchangeError("", "the file is nested too deeply") from None
    except ValueError:  # Python reads no whole number of more than 4,300 digits
        raise InterchangeError("", "the file holds a number too long to read") from None


def _known_from_records(objects: list[Any], learned_at_import: list[m.Medication],
                        started_at_import: list[m.Medication], zone: ZoneInfo) -> None:
    """What the records themselves show, for a medication the document does not date. It was in the record
    (``added_at``) no later than its start date or its first recorded dose, whichever is earliest. Its start
    date, when the document has none, stays the day of the import (the interchange contract says so), and its
    schedules still apply only from the import (``schedules_since``): no dose before it is called missed."""
    first_dose: dict[int, datetime] = {}
    for obj in objects:
        if isinstance(obj, m.DoseEvent):
            when = min(t for t in (obj.scheduled_for, obj.taken_at) if t is not None)
            key = id(obj.medication)
            first_dose[key] = min(first_dose.get(key, when), when)
    undated = {id(row) for row in started_at_import}
    for row in learned_at_import:
        candidates = [row.added_at]
        if row.start_date is not None and id(row) not in undated:
            candidates.append(day_start(row.start_date, zone))
        if id(row) in first_dose:
            candidates.append(first_dose[id(row)])
        row.added_at = min(candidates)


def import_document(session: Session, doc: Any, zone: ZoneInfo | None = None,
                    study_mapper: Callable[[dict[str, Any]], dict[str, Any] | None] | None = None,
                    now: datetime | None = None) -> ImportSummary:
    """Fill an empty profile from ``doc``. Raises InterchangeError before anything is flushed.

    ``now`` is the moment of the import (default: the clock). A medication the document does not say
    when the app learned of (``added_at``) is learned of now: no dose before the import is called missed,
    and one without a start date starts on the day of the import (the document's zone).
    """
    imported_at = (now or datetime.now(UTC)).astimezone(UTC)
    doc_zone = zone or ZoneInfo("UTC")
    r = _Reader(doc_zone)
    doc = r.obj(doc, "")
    if doc.get("format") != FORMAT:
        raise InterchangeError("format", f"{_show(doc.get('format'))} is not \"{FORMAT}\"" if "format" in doc else "is required")
    version = doc.get("version")
    if version is None:
        raise InterchangeError("version", "is required")
    if isinstance(version, bool) or not isinstance(version, int):
        raise InterchangeError("version", f"{_show(version)} is not a whole number")
    if version > VERSION:
        raise InterchangeError("version", f"{version} is newer than this version of Care Organiser reads ({VERSION})")
    if version < 1:
        raise InterchangeError("version", f"{version} is not a known version")
    if "timezone" in doc and doc["timezone"] is not None:
        tz_name = r.text(doc, "timezone", "")
        try:
            doc_zone = ZoneInfo(tz_name)
        except (ZoneInfoNotFoundError, ValueError):
            raise InterchangeError("timezone", f"{_show(tz_name)} is not a known time zone") from None
        if not is_place_zone_key(tz_name):  # "localtime" means each computer's own zone; "Factory" no place
            raise InterchangeError("timezone", f"{_show(tz_name)} is not a place's time zone; use a name such as "
                                   "Europe/London or America/New_York")
        r = _Reader(doc_zone)
    else:
        tz_name = None
    if not profile_is_empty(session):
        raise InterchangeError("", "the profile already holds records; import into a new or empty profile")

    objects: list[Any] = []
    summary = ImportSummary()

    # person
    if "person" not in doc:
        raise InterchangeError("person", "is required")
    p = r.obj(doc["person"], "person")
    person_fields = dict(
        name=r.text(p, "name", "person", required=True),
        date_of_birth=r.day(p, "date_of_birth", "person"),
        sex=r.enum(p, "sex", "person", enums.Sex, enums.Sex.UNKNOWN),
        conditions=r.texts(p, "conditions", "person"),
        allergies=r.texts(p, "allergies", "person"),
        identifiers=[],
        notes=r.text(p, "notes", "person"),
    )
    caregiver_fields = None
    if doc.get("caregiver") is not None:
        cg = r.obj(doc["caregiver"], "caregiver")
        caregiver_fields = {"name": r.text(cg, "name", "caregiver"), "phone": r.text(cg, "phone", "caregiver")}
        if not caregiver_fields["name"].strip():
            caregiver_fields = None
    if person_fields["date_of_birth"] and person_fields["date_of_birth"] > date.today():
        raise InterchangeError("person.date_of_birth", "is in the future")
    seen_identifiers: set[tuple[str, str]] = set()
    for i, ident in enumerate(r.arr(p, "identifiers", "person")):
        ip = f"person.identifiers[{i}]"
        ident = r.obj(ident, ip)
        pair = {"system": r.text(ident, "system", ip), "value": r.text(ident, "value", ip, required=True)}
        if (pair["system"].casefold(), pair["value"].casefold()) not in seen_identifiers:  # as the services keep it
            seen_identifiers.add((pair["system"].casefold(), pair["value"].casefold()))
            person_fields["identifiers"].append(pair)
    if len(person_fields["identifiers"]) > fields.LISTS["person.identifiers"]:
        raise InterchangeError("person.identifiers", f"has {len(person_fields['identifiers'])} items, "
                                                     f"more than {fields.LISTS['person.identifiers']}")

    # custom measurement kinds
    kinds = dict.fromkeys(builtin_kinds())
    for i, k in enumerate(r.arr(doc, "measurement_kinds", "")):
        kp = f"measurement_kinds[{i}]"
        k = r.obj(k, kp)
        key = r.text(k, "key", kp, required=True)
        if not re.fullmatch(r"[a-z0-9_]{1,64}", key):
            raise InterchangeError(_join(kp, "key"), f"{_show(key)} is not a key (lower-case letters, digits, _)")
        if key in kinds:
            raise InterchangeError(_join(kp, "key"), f"{_show(key)} is already a measurement kind")
        kinds[key] = None
        objects.append(m.MeasurementKindRow(key=key, label=r.text(k, "label", kp) or key, unit=r.text(k, "unit", kp)))

    contacts = _Ids("contacts")
    for i, c in enumerate(r.arr(doc, "contacts", "")):
        cp = f"contacts[{i}]"
        c = r.obj(c, cp)
        row = m.Contact(
            name=r.text(c, "name", cp, required=True), role=r.text(c, "role", cp),
            organisation=r.text(c, "organisation", cp), phone=r.text(c, "phone", cp), email=r.text(c, "email", cp),
            address=r.text(c, "address", cp), notes=r.text(c, "notes", cp),
            is_caregiver=_caregiver_flag(c, cp),
        )
        contacts.claim(c, cp, row)
        objects.append(row)

    # Nothing was measured, taken or learned of after the document was made (as it says), nor after now:
    # whichever is later.
    try:
        made = r.instant(doc, "exported_at", "")
    except InterchangeError:
        made = None
    latest_true = max(imported_at, made) if made is not None else imported_at

    def not_future(obj: dict[str, Any], key: str, path: str) -> datetime | None:
        """``obj[key]`` as an instant, refused when it is more than a day after ``latest_true`` (a slip of the year)."""
        when = r.instant(obj, key, path)
        if when is not None and when > latest_true + timedelta(days=1):
            raise InterchangeError(_join(path, key), f"{_show(obj.get(key))} is in the future")
        return when

    meds = _Ids("medications")
    learned_at_import: list[m.Medication] = []  # no "added_at" in the document
    started_at_import: list[m.Medication] = []  # no "start_date" in the document
    for i, md in enumerate(r.arr(doc, "medications", "")):
        mp = f"medications[{i}]"
        md = r.obj(md, mp)
        row = m.Medication(
            name=r.text(md, "name", mp, required=True), strength=r.text(md, "strength", mp),
            form=r.text(md, "form", mp), dose=r.text(md, "dose", mp), route=r.text(md, "route", mp),
            purpose=r.text(md, "purpose", mp), instructions=r.text(md, "instructions", mp),
            prescriber=contacts.resolve(md, "prescriber", mp),
            start_date=r.day(md, "start_date", mp), stop_date=r.day(md, "stop_date", mp),
            stop_reason=r.text(md, "stop_reason", mp),
            stock=r.number(md, "stock", mp, minimum=0), stock_unit=r.text(md, "stock_unit", mp),
            refill_at=r.number(md, "refill_at", mp, minimum=0),
            units_per_dose=r.number(md, "units_per_dose", mp, positive=True) or 1.0,
        )
        if row.start_date and row.stop_date and row.stop_date < row.start_date:
            raise InterchangeError(_join(mp, "stop_date"), "is before start_date")
        # Learned of no later than now here: a time to come (a clock that ran ahead where it was exported)
        # would leave every dose until then off Today.
        row.added_at = min(not_future(md, "added_at", mp) or imported_at, imported_at)
        row.schedules_since = min(max(not_future(md, "schedules_since", mp) or row.added_at, row.added_at),
                                  imported_at)
        if md.get("added_at") is None:
            learned_at_import.append(row)
        if row.start_date is None:
            started_at_import.append(row)
            row.start_date = row.added_at.astimezone(r.zone).date()
            if row.stop_date is not None and row.stop_date < row.start_date:
                row.start_date = row.stop_date
        row.schedules = [
            _read_schedule(r, s, f"{mp}.schedules[{j}]", j) for j, s in enumerate(r.arr(md, "schedules", mp))
        ]
        row.stopped_at = r.instant(md, "stopped_at", mp)
        if row.stopped_at is not None and row.stop_date is None:
            raise InterchangeError(_join(mp, "stopped_at"), "is given without stop_date")
        for j, h in enumerate(r.arr(md, "schedule_history", mp)):
            hp = f"{mp}.schedule_history[{j}]"
            h = r.obj(h, hp)
            ended = r.instant(h, "ended_at", hp, required=True)
            objects.append(m.SchedulePeriod(
                medication=row, began_at=r.instant(h, "began_at", hp), ended_at=ended,
                schedules=[_schedule_out(_read_schedule(r, x, f"{hp}.schedules[{k}]", k))
                           for k, x in enumerate(r.arr(h, "schedules", hp))],
                stop_date=r.day(h, "stop_date", hp), stop_reason=r.text(h, "stop_reason", hp),
                restarted_on=r.day(h, "restarted_on", hp)))
        meds.claim(md, mp, row)
        objects.append(row)

    seen_slots: set[tuple[int, datetime]] = set()
    for i, e in enumerate(r.arr(doc, "dose_events", "")):
        ep = f"dose_events[{i}]"
        e = r.obj(e, ep)
        if e.get("medication") is None:
            raise InterchangeError(_join(ep, "medication"), "is required")
        med = meds.resolve(e, "medication", ep)
        scheduled = r.instant(e, "scheduled_for", ep, required=True)
        assert scheduled is not None
        slot = (id(med), scheduled)
        if slot in seen_slots:
            raise InterchangeError(_join(ep, "scheduled_for"), "the same dose is recorded twice")
        seen_slots.add(slot)
        status = r.enum(e, "status", ep, enums.DoseStatus, enums.DoseStatus.TAKEN)
        taken_at = not_future(e, "taken_at", ep)
        if status != enums.DoseStatus.TAKEN:
            # A time taken belongs to a taken dose only, as the window and the services hold. Imports before
            # this rule kept one on a skipped or missed dose, and their exports carry it: such a document still
            # imports (older exports must), and the time is left out rather than shown beside "skipped".
            taken_at = None
        objects.append(m.DoseEvent(
            medication=med, scheduled_for=scheduled, status=status,
            taken_at=taken_at, amount=r.text(e, "amount", ep), note=r.text(e, "note", ep),
            recorded_by=contacts.resolve(e, "recorded_by", ep),
            stock_used=r.number(e, "stock_used", ep, minimum=0),
        ))

    _known_from_records(objects, learned_at_import, started_at_import, r.zone)

    appts = _Ids("appointments")
    for i, a in enumerate(r.arr(doc, "appointments", "")):
        ap = f"appointments[{i}]"
        a = r.obj(a, ap)
        row = m.Appointment(
            starts_at=r.instant(a, "starts_at", ap, required=True),
            duration_minutes=r.integer(a, "duration_minutes", ap, default=30),
            clinician=contacts.resolve(a, "clinician", ap), place=r.text(a, "place", ap),
            purpose=r.text(a, "purpose", ap), notes=r.text(a, "notes", ap), outcome=r.text(a, "outcome", ap),
        )
        appts.claim(a, ap, row)
        objects.append(row)

    rides = _Ids("rides")
    for i, rd in enumerate(r.arr(doc, "rides", "")):
        rp = f"rides[{i}]"
        rd = r.obj(rd, rp)
        row = m.Ride(
            appointment=appts.resolve(rd, "appointment", rp), pickup_at=r.instant(rd, "pickup_at", rp),
            pickup_address=r.text(rd, "pickup_address", rp), destination=r.text(rd, "destination", rp),
            driver=contacts.resolve(rd, "driver", rp), return_pickup_at=r.instant(rd, "return_pickup_at", rp),
            status=r.enum(rd, "status", rp, enums.RideStatus, enums.RideStatus.NEEDED), notes=r.text(rd, "notes", rp),
        )
        # As the window refuses: a way back picked up before the way there, or before the appointment starts,
        # printed a "Back home" pickup hours before the clinic on the driver's sheet.
        if row.return_pickup_at is not None:
            if row.pickup_at is not None and row.return_pickup_at <= row.pickup_at:
                raise InterchangeError(_join(rp, "return_pickup_at"),
                                       f"{_show(rd.get('return_pickup_at'))} is not after pickup_at")
            if row.appointment is not None and row.return_pickup_at <= row.appointment.starts_at:
                raise InterchangeError(_join(rp, "return_pickup_at"),
                                       f"{_show(rd.get('return_pickup_at'))} is not after the appointment starts")
        rides.claim(rd, rp, row)
        objects.append(row)

    notes = _Ids("symptom_notes")
    for i, n in enumerate(r.arr(doc, "symptom_notes", "")):
        np_ = f"symptom_notes[{i}]"
        n = r.obj(n, np_)
        symptoms = []
        for j, s in enumerate(r.arr(n, "symptoms", np_)):
            sp = f"{np_}.symptoms[{j}]"
            s = r.obj(s, sp)
            severity = r.integer(s, "severity", sp, minimum=0)
            if severity is None:
                raise InterchangeError(_join(sp, "severity"), "is required")
            if severity > enums.SEVERITY_MAX:
                raise InterchangeError(_join(sp, "severity"), f"{severity} is not on the 0-4 scale")
            name = r.text(s, "name", sp, required=True)
            same = [x for x in symptoms if x["name"].casefold() == name.casefold()]
            if same and same[0]["severity"] != severity:
                raise InterchangeError(sp, f"{_show(name)} is listed twice with different severities")
            if not same:  # listed twice alike: kept once, as the services keep it
                symptoms.append({"name": name, "severity": severity})
        if len(symptoms) > fields.LISTS["symptom_notes.symptoms"]:
            raise InterchangeError(_join(np_, "symptoms"), f"has {len(symptoms)} items, "
                                                           f"more than {fields.LISTS['symptom_notes.symptoms']}")
        row = m.SymptomNote(
            recorded_at=r.instant(n, "recorded_at", np_, required=True), symptoms=symptoms,
            text=r.text(n, "text", np_), activity=r.text(n, "activity", np_), tags=r.texts(n, "tags", np_),
        )
        notes.claim(n, np_, row)
        objects.append(row)

    measurements = _Ids("measurements")
    catalogue = builtin_kinds()
    for i, x in enumerate(r.arr(doc, "measurements", "")):
        xp = f"measurements[{i}]"
        x = r.obj(x, xp)
        kind = r.text(x, "kind", xp, required=True)
        if kind not in kinds:
            raise InterchangeError(_join(xp, "kind"), f"{_show(kind)} is not a measurement kind of the catalogue or of measurement_kinds")
        known = catalogue.get(kind)
        taken_at = r.instant(x, "taken_at", xp, required=True)
        if taken_at is not None and taken_at > latest_true + timedelta(days=1):  # a slip of the year, say
            raise InterchangeError(_join(xp, "taken_at"), f"{_show(x.get('taken_at'))} is in the future")
        value = r.number(x, "value", xp, required=True)
        unit = r.text(x, "unit", xp, default=known.unit if known else "")
        low, high = r.number(x, "range_low", xp), r.number(x, "range_high", xp)
        if known is not None and unit and unit_key(unit) != unit_key(known.unit):
            # A catalogue kind is kept in the catalogue's unit, as when typed: the pre-screen and the pack's
            # charts read its numbers in that unit (an FEV1 of "800 mL" read as 800 L fitted "at least 1.0 L").
            factor = next((f for other, f in known.convert if unit_key(other) == unit_key(unit)), None)
            if factor is None:
                raise InterchangeError(_join(xp, "unit"), f"{_show(unit)} is not the unit of {known.label}: "
                                                          f"give the value in {known.unit or 'plain numbers'}")
            value, low, high = (None if v is None else in_kind_unit(v, factor, known.decimals)
                                for v in (value, low, high))
            unit = known.unit
        if low is not None and high is not None and low > high:
            raise InterchangeError(_join(xp, "range_high"), f"{_number_out(high)} is below range_low "
                                                            f"({_number_out(low)})")
        row = m.Measurement(
            taken_at=taken_at, kind=kind, value=value, unit=unit,
            source=r.enum(x, "source", xp, enums.MeasurementSource, enums.MeasurementSource.HOME), note=r.text(x, "note", xp),
            range_low=low, range_high=high,
            context=r.enum(x, "context", xp, enums.MeasurementContext, "") or None,
        )
        _check_plausible(known, row, xp)
        measurements.claim(x, xp, row)
        objects.append(row)

    trials: dict[str, m.Trial] = {}
    for i, t in enumerate(r.arr(doc, "trials", "")):
        tp = f"trials[{i}]"
        t = r.obj(t, tp)
        nct = r.text(t, "nct_id", tp, required=True).strip().upper()
        if not _NCT_RE.match(nct):
            raise InterchangeError(_join(tp, "nct_id"), f"{_show(t.get('nct_id'))} is not an NCT number (NCT and 8 digits)")
        if nct in trials:
            raise InterchangeError(_join(tp, "nct_id"), f"{nct} is listed twice")
        record = t.get("record")
        if record is not None and not isinstance(record, dict):
            raise InterchangeError(_join(tp, "record"), f"{_show(record)} is not an object")
        if record:
            if _nesting_depth(record) > MAX_RECORD_DEPTH:
                raise InterchangeError(_join(tp, "record"), "is nested too deeply")
            try:
                json.dumps(record, ensure_ascii=False).encode("utf-8")
            except UnicodeEncodeError:
                raise InterchangeError(_join(tp, "record"), "contains a character that is not valid Unicode") from None
            except RecursionError:
                raise InterchangeError(_join(tp, "record"), "is nested too deeply") from None
        phases = r.texts(t, "phases", tp)
        row = m.Trial(
            nct_id=nct, title=r.text(t, "title", tp), status=r.text(t, "status", tp), phases=phases,
            interest=r.enum(t, "interest", tp, enums.TrialInterest, enums.TrialInterest.CONSIDERING), notes=r.text(t, "notes", tp),
            record=record or None,
        )
        if record and study_mapper is not None:
            row.study = study_mapper(record)
        trials[nct] = row
        objects.append(row)

    questions = _Ids("questions")
    for i, q in enumerate(r.arr(doc, "questions", "")):
        qp = f"questions[{i}]"
        q = r.obj(q, qp)
        trial_ref = q.get("trial")
        trial = None
        if trial_ref is not None:
            if not isinstance(trial_ref, str) or trial_ref.strip().upper() not in trials:
                raise InterchangeError(_join(qp, "trial"), f"{_show(trial_ref)} is not an nct_id in trials")
            trial = trials[trial_ref.strip().upper()]
        row = m.Question(
            text=r.text(q, "text", qp, required=True), topic=r.text(q, "topic", qp),
            priority=r.enum(q, "priority", qp, enums.Priority, enums.Priority.NORMAL),
            appointment=appts.resolve(q, "appointment", qp), trial=trial,
            medication=meds.resolve(q, "medication", qp),
            status=r.enum(q, "status", qp, enums.QuestionStatus, enums.QuestionStatus.OPEN), answer=r.text(q, "answer", qp),
        )
        questions.claim(q, qp, row)
        objects.append(row)

    offers = _Ids("offers")
    for i, o in enumerate(r.arr(doc, "offers", "")):
        op_ = f"offers[{i}]"
        o = r.obj(o, op_)
        row = m.Offer(name=r.text(o, "name", op_, required=True), provider=r.text(o, "provider", op_),
                      offered=r.text(o, "offered", op_), cost=r.text(o, "cost", op_),
                      heard_from=r.text(o, "heard_from", op_), notes=r.text(o, "notes", op_))
        offers.claim(o, op_, row)
        objects.append(row)
    followup_plans = _read_followups(r, doc, trials, meds, appts, kinds)
    objects.extend(followup_plans)

    # Everything read: only now touch the session.
    person = session.get(m.Person, 1)
    if person is None:
        person = m.Person(id=1, **person_fields)
        session.add(person)
    else:
        for key, value in person_fields.items():
            setattr(person, key, value)
    if tz_name:
        session.merge(m.Setting(key="timezone", value=tz_name))
    if caregiver_fields:
        session.merge(m.Setting(key="caregiver", value=caregiver_fields))
    session.add_all(objects)
    session.flush()
    for name, ids in (("contacts", contacts), ("medications", meds), ("appointments", appts), ("rides", rides),
                      ("symptom_notes", notes), ("measurements", measurements), ("questions", questions)):
        summary.counts[name] = len(ids.by_id)
    summary.counts["dose_events"] = len(seen_slots)
    summary.counts["trials"] = len(trials)
    if offers.by_id:
        summary.counts["offers"] = len(offers.by_id)
    if followup_plans:
        summary.counts["followups"] = len(followup_plans)
    return summary


def _read_schedule(r: _Reader, s: Any, sp: str, position: int) -> m.Schedule:
    s = r.obj(s, sp)
    kind = s.get("kind")
    words = [k.value for k in enums.ScheduleKind]
    if kind is None:
        raise InterchangeError(_join(sp, "kind"), "is required")
    if kind not in words:
        raise InterchangeError(_join(sp, "kind"), f"{_show(kind)} is not one of {', '.join(words)}")
    row = m.Schedule(kind=kind, position=position)
    times = r.arr(s, "times", sp)
    row.times = sorted({r.clock_time(t, f"{sp}.times[{k}]") for k, t in enumerate(times)})
    if kind in (enums.ScheduleKind.TIMES, enums.ScheduleKind.EVERY_N_DAYS) and not row.times:
        raise InterchangeError(_join(sp, "times"), "needs at least one time")
    weekdays = s.get("weekdays")
    if weekdays is not None:
        if not isinstance(weekdays, list):
            raise InterchangeError(_join(sp, "weekdays"), f"{_show(weekdays)} is not a list")
        for k, w in enumerate(weekdays):
            if w not in enums.WEEKDAYS:
                raise InterchangeError(f"{sp}.weekdays[{k}]", f"{_show(w)} is not a weekday (mon, tue, ...)")
        if not weekdays:
            raise InterchangeError(_join(sp, "weekdays"), "is empty; use null for every day")
        row.weekdays = [w for w in enums.WEEKDAYS if w in weekdays]
    row.from_date = r.day(s, "from", sp)
    row.until_date = r.day(s, "until", sp)
    if row.from_date and row.until_date and row.until_date < row.from_date:
        raise InterchangeError(_join(sp, "until"), "is before from")
    if kind == enums.ScheduleKind.EVERY_N_DAYS:
        row.every = r.integer(s, "every", sp, minimum=1)
        if row.every is None:
            raise InterchangeError(_join(sp, "every"), "is required")
        row.start_on = r.day(s, "start", sp)
    elif kind == enums.ScheduleKind.EVERY_HOURS:
        hours = r.number(s, "hours", sp, required=True, positive=True)
        assert hours is not None
        if hours < 0.25 or hours > 24 * 14:
            raise InterchangeError(_join(sp, "hours"), f"{_number_out(hours)} is not between 0.25 and 336")
        row.hours = hours
        row.start_at_local = r.local_datetime(s, "start", sp)
        if row.start_at_local is None:
            raise InterchangeError(_join(sp, "start"), "is required")
    elif kind == enums.ScheduleKind.AS_NEEDED:
        row.min_gap_hours = r.number(s, "min_gap_hours", sp, minimum=0)
        row.max_per_day = r.integer(s, "max_per_day", sp, minimum=1)
    return row


# --------------------------------------------------------------------------------------------- follow-up plans

_OFFSET_UNITS = tuple(enums.OffsetUnit)  # day, week, month
_CLOCK_RE = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


def _followups_out(session: Session, nct_of_trial: dict[int, str], uid_of_med: dict[int, str],
                   uid_of_appt: dict[int, str]) -> list[dict[str, Any]]:
    """Follow-up plans of trials and medications that are exported, with their visits and events."""
    out = []
    for p in fq.plans(session):
        if p.trial_id not in nct_of_trial and p.medication_id not in uid_of_med:
            continue
        out.append({
            "id": p.uid, "trial": nct_of_trial.get(p.trial_id) if p.trial_id else None,
            "medication": uid_of_med.get(p.medication_id) if p.medication_id else None,
            "baseline_date": _day(p.baseline_date), "tests": list(p.tests), "visit_time": p.visit_time,
            "place": p.place, "ride_needed": p.ride_needed, "active": p.active, "contact_name": p.contact_name,
            "contact_phone": p.contact_phone, "out_of_hours": p.out_of_hours, "notes": p.notes,
            "visits": [{"id": v.uid, "offset": v.offset.value, "unit": v.offset.unit, "date": _day(v.on),
                        "tests": list(v.tests),
                        "appointment": uid_of_appt.get(v.appointment_id) if v.appointment_id else None}
                       for v in p.visits],
            "events": [{"id": e.uid, "date": _day(e.occurred_on), "what": e.what, "severity": e.severity,
                        "told": e.told, "told_on": _day(e.told_on), "told_whom": e.told_whom, "outcome": e.outcome}
                       for e in p.events],
        })
    return out


def _flag(parent: dict[str, Any], key: str, path: str, default: bool) -> bool:
    value = parent.get(key)
    if value is None:
        return default
    if not isinstance(value, bool):
        raise InterchangeError(_join(path, key), f"{_show(value)} is not true or false")
    return value


def _kinds_list(r: _Reader, parent: dict[str, Any], key: str, path: str, kinds: dict[str, Any]) -> list[str]:
    out: list[str] = []
    for k, kind in enumerate(r.texts(parent, key, path)):
        if kind not in kinds:
            raise InterchangeError(f"{_join(path, key)}[{k}]", f"{_show(kind)} is not a measurement kind of the "
                                   "catalogue or of measurement_kinds")
        if kind not in out:
            out.append(kind)
    return out


def _read_followups(r: _Reader, doc: dict[str, Any], trials: dict[str, m.Trial], meds: _Ids, appts: _Ids,
                    kinds: dict[str, Any]) -> list[m.FollowupPlan]:
    plans: list[m.FollowupPlan] = []
    ids = _Ids("followups")
    visit_ids = _Ids("visits")
    event_ids = _Ids("events")
    followed: set[int] = set()
    for i, f in enumerate(r.arr(doc, "followups", "")):
        fp = f"followups[{i}]"
        f = r.obj(f, fp)
        trial_ref = f.get("trial")
        trial = None
        if trial_ref is not None:
            if not isinstance(trial_ref, str) or trial_ref.strip().upper() not in trials:
                raise InterchangeError(_join(fp, "trial"), f"{_show(trial_ref)} is not an nct_id in trials")
            trial = trials[trial_ref.strip().upper()]
        med = meds.resolve(f, "medication", fp)
        if (trial is None) == (med is None):
            raise InterchangeError(fp, "needs exactly one of trial and medication")
        subject = id(trial if trial is not None else med)
        if subject in followed:
            raise InterchangeError(fp, "follows a trial or medication that already has a plan")
        followed.add(subject)
        baseline = r.day(f, "baseline_date", fp)
        if baseline is None:
            raise InterchangeError(_join(fp, "baseline_date"), "is required")
        clock = r.text(f, "visit_time", fp, default="09:30")
        if not _CLOCK_RE.match(clock):
            raise InterchangeError(_join(fp, "visit_time"), f"{_show(clock)} is not a time (HH:MM)")
        plan = m.FollowupPlan(
            trial=trial, medication=med, baseline_date=baseline, tests=_kinds_list(r, f, "tests", fp, kinds),
            visit_time=clock, place=r.text(f, "place", fp), ride_needed=_flag(f, "ride_needed", fp, True),
            active=_flag(f, "active", fp, False), contact_name=r.text(f, "contact_name", fp),
            contact_phone=r.text(f, "contact_phone", fp), out_of_hours=r.text(f, "out_of_hours", fp),
            notes=r.text(f, "notes", fp),
        )
        ids.claim(f, fp, plan)
        for j, v in enumerate(r.arr(f, "visits", fp)):
            vp = f"{fp}.visits[{j}]"
            v = r.obj(v, vp)
            unit = v.get("unit", enums.OffsetUnit.MONTH)
            if unit not in _OFFSET_UNITS:
                raise InterchangeError(_join(vp, "unit"), f"{_show(unit)} is not one of {', '.join(_OFFSET_UNITS)}")
            offset = r.integer(v, "offset", vp, default=0)
            assert offset is not None
            on = r.day(v, "date", vp)
            if on is None:
                on = add_offset(baseline, Offset(min(offset, 10_000), unit))
            visit = m.FollowupVisit(position=j, offset_value=offset, offset_unit=unit, visit_date=on,
                                    tests=_kinds_list(r, v, "tests", vp, kinds),
                                    appointment=appts.resolve(v, "appointment", vp))
            visit_ids.claim(v, vp, visit)
            plan.visits.append(visit)
        for j, e in enumerate(r.arr(f, "events", fp)):
            ep = f"{fp}.events[{j}]"
            e = r.obj(e, ep)
            occurred = r.day(e, "date", ep)
            if occurred is None:
                raise InterchangeError(_join(ep, "date"), "is required")
            severity = r.integer(e, "severity", ep, default=1)
            assert severity is not None
            if severity > 4:
                raise InterchangeError(_join(ep, "severity"), f"{severity} is not on the 0-4 scale")
            told_on = r.day(e, "told_on", ep)
            event = m.FollowupEvent(occurred_on=occurred, what=r.text(e, "what", ep, required=True),
                                    severity=severity, told=_flag(e, "told", ep, told_on is not None),
                                    told_on=told_on, told_whom=r.text(e, "told_whom", ep),
                                    outcome=r.text(e, "outcome", ep))
            event_ids.claim(e, ep, event)
            plan.events.append(event)
        plans.append(plan)
    return plans


def comparable(doc: dict[str, Any]) -> dict[str, Any]:
    """A document without the fields that legitimately differ between two exports of the same data."""
    out = dict(doc)
    out.pop("exported_at", None)
    return out


__all__ = [
    "FORMAT", "VERSION", "InterchangeError", "ImportSummary", "export_document", "import_document",
    "parse_json_bytes", "dumps", "comparable", "profile_is_empty",
]
