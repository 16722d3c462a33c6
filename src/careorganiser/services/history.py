"""The history of changes: every record's past versions, the profile's activity, and reverting a change.

``record_versions`` is written by the unit of work (store.history): one row per record changed, grouped by
``change_id`` (one user action). Reverting a change is itself a change, by the caregiver who is here.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select

from careorganiser.domain.catalogue import shown_by
from careorganiser.domain.enums import DoseStatus, HistoryAction
from careorganiser.domain.formatting import format_measured
from careorganiser.i18n import translate
from careorganiser.services.base import AREA_OF_TABLE, NotFound, ServiceError, notify
from careorganiser.store import history as store_history
from careorganiser.store import models as m
from careorganiser.store import reads
from careorganiser.store.profiles import Profile
from careorganiser.store.queries import history as hq

# The tables whose versions are told apart (named by the models, never typed again).
DOSE_EVENTS = m.DoseEvent.__tablename__
SCHEDULE_TABLES = (m.Schedule.__tablename__, m.SchedulePeriod.__tablename__)
MEASUREMENTS = m.Measurement.__tablename__


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


def action_label(action: str, fields: list[str], before: dict[str, Any] | None,
                 after: dict[str, Any] | None) -> str:
    if action == HistoryAction.INSERT:
        return translate("History", "added")
    if action == HistoryAction.DELETE:
        return translate("History", "removed")
    if after and "deleted_at" in after:
        return translate("History", "moved to the trash") if after["deleted_at"] else translate("History", "restored")
    shown = [f for f in fields if f not in store_history.QUIET_FIELDS]
    return translate("History", "changed {fields}").format(fields=", ".join(f.replace("_", " ") for f in shown))


class Version(hq.VersionRow, frozen=True):
    """A version as the history read path gives it, with the words that name its record."""

    label: str  # the record, in a few words ("Pirfenidone", "FVC 2.1")

    @property
    def summary(self) -> str:
        return action_label(self.action, self.fields, self.before, self.after)

    @property
    def kind(self) -> str:
        return kind_label(self.table)


def record_label(table: str, values: dict[str, Any] | None) -> str:
    v = values or {}
    for key in ("name", "text", "purpose", "destination", "nct_id", "label"):
        if v.get(key):
            text = str(v[key])
            return text if len(text) <= 60 else text[:57] + "\u2026"
    if table == MEASUREMENTS and v.get("kind"):
        value = v.get("value", "")
        shown = format_measured(value, *shown_by(str(v["kind"]))) \
            if isinstance(value, (int, float)) and not isinstance(value, bool) else str(value)
        return f"{v['kind']} {shown} {v.get('unit', '')}".strip()
    return ""


def _versions(source: Any, rows: list[hq.VersionRow]) -> list[Version]:
    """The versions of ``rows`` with the words that name each record: a dose or a schedule by its medication,
    another record by its values (after, else before), else by what it is now."""
    meds = hq.medication_names(source, [(v.after or {}).get("medication_id") or (v.before or {}).get("medication_id")
                                        for v in rows if v.table in (DOSE_EVENTS, *SCHEDULE_TABLES)])
    out = []
    labels: dict[tuple[str, str], str] = {}
    for v in rows:
        key = (v.table, v.record_key)
        if v.table in (DOSE_EVENTS, *SCHEDULE_TABLES):  # named by their medication
            med_id = (v.after or {}).get("medication_id") or (v.before or {}).get("medication_id")
            label = meds.get(med_id, "") if med_id else ""
        else:
            label = record_label(v.table, v.after) or record_label(v.table, v.before)
        if not label:
            label = labels.get(key) or _current_label(source, v.table, v.record_key)
        labels[key] = label
        out.append(Version(v.id, v.change_id, v.changed_at, v.caregiver_id, v.who, v.table, v.record_key,
                           v.action, v.fields, v.before, v.after, label))
    return out


def _current_label(source: Any, table: str, key: str) -> str:
    values = hq.current_values(source, table, key)
    if values is None:
        return ""
    if table in (DOSE_EVENTS, *SCHEDULE_TABLES):
        return hq.medication_names(source, [values.get("medication_id")]).get(values.get("medication_id"), "")
    return record_label(table, values)


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
