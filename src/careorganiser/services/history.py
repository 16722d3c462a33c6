"""The history of changes: every record's past versions, the profile's activity, and reverting a change.

``record_versions`` is written by the unit of work (store.history): one row per record changed, grouped by
``change_id`` (one user action). Reverting a change is itself a change, by the caregiver who is here.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import select

from careorganiser.domain.catalogue import MeasurementKind, builtin_kind, shown_by
from careorganiser.domain.enums import DoseStatus, HistoryAction, MeasurementSource, Priority, ScheduleKind
from careorganiser.domain.readings import context_words
from careorganiser.domain.status_words import status_text
from careorganiser.domain.formatting import format_measured
from careorganiser.i18n import translate
from careorganiser.services.base import AREA_OF_TABLE, NotFound, ServiceError, notify
from careorganiser.store import history as store_history
from careorganiser.store import models as m
from careorganiser.store import reads
from careorganiser.store.profiles import Profile
from careorganiser.store.queries import history as hq
from careorganiser.store.queries import measurements as mq

# The tables whose versions are told apart (named by the models, never typed again).
DOSE_EVENTS = m.DoseEvent.__tablename__
SCHEDULE_TABLES = (m.Schedule.__tablename__, m.SchedulePeriod.__tablename__)
MEASUREMENTS = m.Measurement.__tablename__
RIDES = m.Ride.__tablename__
QUESTIONS = m.Question.__tablename__


def kind_label(table: str) -> str:
    return {
        "person": translate("History", "Person"), "contacts": translate("History", "Contact"),
        "medications": translate("History", "Medication"), "schedules": translate("History", "Schedule"),
        "schedule_periods": translate("History", "Earlier schedule"),
        "dose_events": translate("History", "Dose"), "appointments": translate("History", "Appointment"),
        "rides": translate("History", "Ride"), "symptom_notes": translate("History", "Note"),
        "measurements": translate("History", "Measurement"), "trials": translate("History", "Trial"),
        "questions": translate("History", "Question"), "measurement_kinds": translate("History", "Measurement kind"),
        "offers": translate("History", "Offer"), "followup_plans": translate("History", "Follow-up plan"),
        "followup_visits": translate("History", "Follow-up visit"), "followup_events": translate("History", "Side effect or event"),
    }.get(table, table)


def field_words(field: str) -> str:
    """A changed field in words ("time taken", not "taken_at"); a field without words as stored, spaced."""
    return {
        "name": translate("History", "name"),
        "strength": translate("History", "strength"),
        "form": translate("History", "form"),
        "dose": translate("History", "dose"),
        "route": translate("History", "route"),
        "purpose": translate("History", "purpose"),
        "instructions": translate("History", "instructions"),
        "prescriber_id": translate("History", "prescriber"),
        "start_date": translate("History", "start date"),
        "stop_date": translate("History", "stop date"),
        "stop_reason": translate("History", "reason stopped"),
        "stock": translate("History", "stock"),
        "units_per_dose": translate("History", "units per dose"),
        "status": translate("History", "status"),
        "taken_at": translate("History", "time taken"),
        "amount": translate("History", "amount"),
        "note": translate("History", "note"),
        "notes": translate("History", "notes"),
        "value": translate("History", "value"),
        "unit": translate("History", "unit"),
        "source": translate("History", "where measured"),
        "context": translate("History", "what the person was doing"),
        "range_low": translate("History", "range from"),
        "range_high": translate("History", "range to"),
        "kind": translate("History", "kind"),
        "starts_at": translate("History", "date and time"),
        "duration_minutes": translate("History", "duration"),
        "place": translate("History", "place"),
        "clinician_id": translate("History", "clinician"),
        "pickup_at": translate("History", "pickup"),
        "return_pickup_at": translate("History", "pickup for the way back"),
        "pickup_address": translate("History", "pickup address"),
        "destination": translate("History", "destination"),
        "driver_id": translate("History", "driver"),
        "text": translate("History", "text"),
        "topic": translate("History", "topic"),
        "priority": translate("History", "priority"),
        "answer": translate("History", "answer"),
        "appointment_id": translate("History", "appointment"),
        "symptoms": translate("History", "symptoms"),
        "activity": translate("History", "activity and pacing"),
        "phone": translate("History", "phone"),
        "email": translate("History", "email"),
        "address": translate("History", "address"),
        "role": translate("History", "role"),
        "organisation": translate("History", "organisation"),
        "date_of_birth": translate("History", "date of birth"),
        "sex": translate("History", "sex"),
        "conditions": translate("History", "conditions"),
        "allergies": translate("History", "allergies"),
        "times": translate("History", "times of day"),
        "interest": translate("History", "interest"),
        "title": translate("History", "title"),
    }.get(field) or field.replace("_", " ")


def action_label(action: str, fields: list[str], before: dict[str, Any] | None,
                 after: dict[str, Any] | None) -> str:
    if action == HistoryAction.INSERT:
        return translate("History", "added")
    if action == HistoryAction.DELETE:
        return translate("History", "removed")
    if after and "deleted_at" in after:
        return translate("History", "moved to the trash") if after["deleted_at"] else translate("History", "restored")
    shown = [f for f in fields if f not in store_history.QUIET_FIELDS]
    return translate("History", "changed {fields}").format(fields=", ".join(field_words(f) for f in shown))


class Version(hq.VersionRow, frozen=True):
    """A version as the history read path gives it, with the words that name its record."""

    label: str  # the record, in a few words ("Pirfenidone", "FVC 2.1")
    measured: str = ""  # a measurement's kind key, to show its values as the lists do

    @property
    def changes(self) -> str:
        """A change's fields, each from its value before to after, in words ("context: at rest → on exertion")."""
        if self.action != HistoryAction.UPDATE:
            return ""
        before, after = self.before or {}, self.after or {}
        bits = []
        for field in self.fields:
            if field in store_history.QUIET_FIELDS:
                continue
            old, new = (value_words(self.table, field, v, measured=self.measured)
                        for v in (before.get(field), after.get(field)))
            bits.append(f"{field_words(field)}: {old:.40} \u2192 {new:.40}")
        return "; ".join(bits)

    @property
    def summary(self) -> str:
        return action_label(self.action, self.fields, self.before, self.after)

    @property
    def kind(self) -> str:
        return kind_label(self.table)


def value_words(table: str, field: str, value: Any, kinds: Mapping[str, MeasurementKind] | None = None,
                measured: str = "") -> str:
    """A stored value as the history shows it in a change ("status: Asked, not confirmed → Confirmed"): a
    state, a kind or a context in words, a measurement's kind by its name, a measured value (of the kind
    ``measured``) as the lists show it; any other value as stored."""
    if value is None or value == "":
        return translate("History", "(empty)")
    if table == MEASUREMENTS and field in ("value", "range_low", "range_high") \
            and isinstance(value, (int, float)) and not isinstance(value, bool):
        return format_measured(value, *shown_by(measured or None))
    text = str(value)
    if field == "status":
        words = {RIDES: "ride", QUESTIONS: "question", DOSE_EVENTS: "dose_history"}.get(table)
        return status_text(words, text) if words else text  # type: ignore[arg-type]
    if table == MEASUREMENTS and field == "kind":
        kind = (kinds or {}).get(text) or builtin_kind(text)
        return kind.label if kind is not None else text
    if table == MEASUREMENTS and field == "context":
        return context_words(text)
    if table == MEASUREMENTS and field == "source":
        return _source_words().get(text, text)
    if table in SCHEDULE_TABLES and field == "kind":
        return _schedule_kind_words().get(text, text)
    if table == QUESTIONS and field == "priority":
        return _priority_words().get(text, text)
    return text


def _source_words() -> dict[str, str]:
    return {MeasurementSource.HOME: translate("History", "at home"), MeasurementSource.CLINIC: translate("History", "at the clinic"),
            MeasurementSource.LAB: translate("History", "by the lab")}


def _schedule_kind_words() -> dict[str, str]:
    return {ScheduleKind.TIMES: translate("History", "at set times"),
            ScheduleKind.EVERY_N_DAYS: translate("History", "every few days"),
            ScheduleKind.EVERY_HOURS: translate("History", "every few hours"),
            ScheduleKind.AS_NEEDED: translate("History", "as needed")}


def _priority_words() -> dict[str, str]:
    return {Priority.HIGH: translate("History", "high"), Priority.NORMAL: translate("History", "normal"),
            Priority.LOW: translate("History", "low")}


def record_label(table: str, values: dict[str, Any] | None,
                 kinds: Mapping[str, MeasurementKind] | None = None) -> str:
    """The record in a few words: its name or text; a measurement by its kind's name and value ("Weight 74.8 kg",
    ``kinds`` naming the caregiver's own kinds)."""
    v = values or {}
    for key in ("name", "text", "purpose", "destination", "nct_id", "label"):
        if v.get(key):
            text = str(v[key])
            return text if len(text) <= 60 else text[:57] + "\u2026"
    if table == MEASUREMENTS and v.get("kind"):
        value = v.get("value", "")
        shown = format_measured(value, *shown_by(str(v["kind"]))) \
            if isinstance(value, (int, float)) and not isinstance(value, bool) else str(value)
        name = value_words(table, "kind", v["kind"], kinds)
        return f"{name} {shown} {v.get('unit', '')}".strip()
    return ""


def _versions(source: Any, rows: list[hq.VersionRow]) -> list[Version]:
    """The versions of ``rows`` with the words that name each record: a dose or a schedule by its medication,
    another record by its values (after, else before), else by what it is now."""
    meds = hq.medication_names(source, [(v.after or {}).get("medication_id") or (v.before or {}).get("medication_id")
                                        for v in rows if v.table in (DOSE_EVENTS, *SCHEDULE_TABLES)])
    kinds = mq.kinds(source) if any(v.table == MEASUREMENTS for v in rows) else {}
    out = []
    labels: dict[tuple[str, str], str] = {}
    measured_kinds: dict[tuple[str, str], str] = {}
    for v in rows:
        key = (v.table, v.record_key)
        if v.table in (DOSE_EVENTS, *SCHEDULE_TABLES):  # named by their medication
            med_id = (v.after or {}).get("medication_id") or (v.before or {}).get("medication_id")
            label = meds.get(med_id, "") if med_id else ""
        else:
            label = record_label(v.table, v.after, kinds) or record_label(v.table, v.before, kinds)
        if not label:
            label = labels.get(key) or _current_label(source, v.table, v.record_key, kinds)
        labels[key] = label
        measured = ""
        if v.table == MEASUREMENTS:
            measured = str((v.after or {}).get("kind") or (v.before or {}).get("kind") or measured_kinds.get(key)
                           or (hq.current_values(source, v.table, v.record_key) or {}).get("kind") or "")
            measured_kinds[key] = measured
        out.append(Version(v.id, v.change_id, v.changed_at, v.caregiver_id, v.who, v.table, v.record_key,
                           v.action, v.fields, v.before, v.after, label, measured))
    return out


def _current_label(source: Any, table: str, key: str, kinds: Mapping[str, MeasurementKind]) -> str:
    values = hq.current_values(source, table, key)
    if values is None:
        return ""
    if table in (DOSE_EVENTS, *SCHEDULE_TABLES):
        return hq.medication_names(source, [values.get("medication_id")]).get(values.get("medication_id"), "")
    return record_label(table, values, kinds)


def _pk(model: type, key: str) -> Any:
    column = list(model.__table__.primary_key.columns)[0]
    return int(key) if column.type.python_type is int else key


def record_history(profile: Profile, table: str, record_id: int | str) -> list[Version]:
    """Every version of one record, newest first (its History view)."""
    source = profile.read()
    with reads.snapshot(source):
        return _versions(source, hq.versions(source, table=table, record_key=str(record_id)))


def activity(profile: Profile, limit: int = 200, offset: int = 0, since: datetime | None = None) -> list[Version]:
    """The profile's changes, newest first (the activity list)."""
    source = profile.read()
    with reads.snapshot(source):
        return _versions(source, hq.versions(source, since=since, limit=limit, offset=offset))


def count_versions(profile: Profile) -> int:
    return hq.count(profile.read())


def revert_change(profile: Profile, change_id: str) -> list[str]:
    """Undo one change (every record it touched), newest step first: changed fields get their values back,
    an added record goes to the trash (or away, for a dose), a removed one comes back. Returns the areas."""
    from careorganiser.services.doses import _move_stock

    areas: set[str] = set()
    records: dict[str, set[int]] = {}
    vague: set[str] = set()
    with profile.session_factory.begin() as s:
        steps = s.scalars(select(m.RecordVersion).where(m.RecordVersion.change_id == change_id)
                          .order_by(m.RecordVersion.id.desc())).all()
        if not steps:
            raise NotFound(translate("History", "That change is no longer in the history."))
        for step in steps:
            model = store_history.model_for(step.table_name)
            key = _pk(model, step.record_key)
            obj = s.get(model, key)
            stock = _stock_move(s, step, obj) if step.table_name == DOSE_EVENTS else None
            if stock is not None and not stock[2]:  # a dose no longer taken gives back what it took, first
                _move_stock(s, stock[0], obj, stock[1], stock[2])
            if step.action == HistoryAction.UPDATE:
                if obj is None:
                    raise ServiceError(translate("History", "The record this change was made to no longer exists."))
                for field, value in (step.before or {}).items():
                    setattr(obj, field, store_history.from_json(model, field, value))
            elif step.action == HistoryAction.INSERT:
                if obj is None:
                    continue
                if hasattr(obj, "deleted_at"):
                    obj.deleted_at = m.utcnow()
                else:
                    s.delete(obj)
            else:
                if obj is not None:
                    continue
                values = {k: store_history.from_json(model, k, v) for k, v in (step.before or {}).items()}
                s.add(model(**values))
            s.flush()
            if stock is not None and stock[2]:  # a dose taken again takes from the stock as it is now
                _move_stock(s, stock[0], s.get(model, key), stock[1], stock[2])
            area = AREA_OF_TABLE.get(step.table_name, "settings")
            areas.add(area)
            if step.table_name in AREA_OF_TABLE and isinstance(key, int):
                records.setdefault(step.table_name, set()).add(key)
            else:  # a record without a row id (a setting): its area is "not known which"
                vague.add(area)
            # What other rows show of it: a dose moves its medication's stock, a ride shows on its appointment.
            vague |= {"dose_events": {"medications"}, "rides": {"appointments"}}.get(step.table_name, set())
    if areas:
        notify(profile, *sorted(vague), records=records)
    return sorted(areas)


def _stock_move(s: Any, step: Any, event: Any) -> tuple[Any, bool, bool] | None:
    """How the stock follows a dose record brought back, removed or changed by a revert (stock moves in SQL, so
    the history holds no medication step for it): (medication, was taken, taken after), or None."""
    taken = DoseStatus.TAKEN.value
    before = step.before or {}
    if step.action == HistoryAction.UPDATE:
        if event is None or "status" not in before:
            return None
        was, now = event.status == taken, before["status"] == taken
        medication_id = event.medication_id
    elif step.action == HistoryAction.INSERT:
        if event is None:
            return None
        was, now, medication_id = event.status == taken, False, event.medication_id
    else:
        if event is not None:
            return None
        was, now, medication_id = False, before.get("status") == taken, before.get("medication_id")
    med = s.get(m.Medication, medication_id) if medication_id is not None else None
    return None if med is None or was == now else (med, was, now)


def storage_bytes(profile: Profile) -> int:
    """What the history takes in the file (bytes of its rows' JSON and text, roughly)."""
    return hq.storage_bytes(profile.read())
