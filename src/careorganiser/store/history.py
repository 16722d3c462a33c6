"""The history of every record, written by the unit of work.

Every flush of a session made by ``engine.make_session_factory`` adds one ``record_versions`` row per record
it inserted, changed or deleted: the caregiver who is here (``session.info["who"]``), the time, the fields
changed, and their values before and after (the whole row for an insert or a delete). All rows of one
session share a ``change_id``: one user action is one change, reverted as a whole. A new or changed dose
event gets the caregiver as ``recorded_by_id``.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import Date, event, inspect
from sqlalchemy.orm import Session, sessionmaker

from careorganiser.domain.enums import HistoryAction
from careorganiser.store import models as m

#: The tables whose records keep their history (reminder bookkeeping in ``settings`` does not).
TRACKED = frozenset({
    "person", "contacts", "medications", "schedules", "schedule_periods", "dose_events", "appointments", "rides", "symptom_notes",
    "measurements", "trials", "questions", "measurement_kinds", "offers", "followup_plans", "followup_visits",
    "followup_events",
})
#: Fields that change with every edit and say nothing on their own.
QUIET_FIELDS = frozenset({"updated_at", "recorded_at"})


def new_who() -> dict[str, Any]:
    """The mutable holder a profile shares with its sessions: ``{"caregiver_id": int | None}``."""
    return {"caregiver_id": None}


def to_json(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def from_json(model: type[m.Base], key: str, value: Any) -> Any:
    """A value stored by :func:`to_json` back in the column's own type."""
    if value is None:
        return None
    column = model.__table__.columns[key]
    if isinstance(column.type, m.UTCDateTime):
        return datetime.fromisoformat(value)
    if isinstance(column.type, (Date, m.StoredDate)):
        return date.fromisoformat(value)
    return value


def model_for(table_name: str) -> type[m.Base]:
    for mapper in m.Base.registry.mappers:
        if mapper.local_table.name == table_name:
            return mapper.class_  # type: ignore[no-any-return]
    raise KeyError(table_name)


def _row(state: Any, attribute: str = "value") -> dict[str, Any]:
    return {attr.key: to_json(getattr(state.obj(), attr.key)) for attr in state.mapper.column_attrs}


def _key(state: Any) -> str:
    identity = state.identity or inspect(state.obj()).mapper.primary_key_from_instance(state.obj())
    return ",".join(str(part) for part in identity)


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    who = (session.info.get("who") or {}).get("caregiver_id")
    if who is None:
        return
    for obj in session.new:  # a new dose event: by the caregiver here, unless it says who (an import)
        if isinstance(obj, m.DoseEvent) and obj.recorded_by_id is None and obj.recorded_by is None:
            obj.recorded_by_id = who
    for obj in session.dirty:  # a changed one: by whoever changed it
        if isinstance(obj, m.DoseEvent) and session.is_modified(obj):
            obj.recorded_by_id = who


def _after_flush(session: Session, _context: Any) -> None:
    rows: list[dict[str, Any]] = []
    change_id = session.info.get("change_id")
    if change_id is None:
        change_id = session.info["change_id"] = uuid.uuid4().hex[:16]
    who = (session.info.get("who") or {}).get("caregiver_id")
    now = m.utcnow()
    for objs, action in ((session.new, HistoryAction.INSERT), (session.dirty, HistoryAction.UPDATE),
                         (session.deleted, HistoryAction.DELETE)):
        for obj in objs:
            state = inspect(obj)
            table = state.mapper.local_table.name
            if table not in TRACKED:
                continue
            if action == HistoryAction.UPDATE:
                before: dict[str, Any] = {}
                after: dict[str, Any] = {}
                for attr in state.mapper.column_attrs:
                    hist = state.attrs[attr.key].history
                    if not hist.has_changes():
                        continue
                    old = hist.deleted[0] if hist.deleted else None
                    new = hist.added[0] if hist.added else None
                    if to_json(old) == to_json(new) and hist.deleted:
                        continue
                    before[attr.key], after[attr.key] = to_json(old), to_json(new)
                if not set(after) - QUIET_FIELDS:
                    continue
                rows.append(dict(table_name=table, record_key=_key(state), action=HistoryAction.UPDATE,
                                 fields=sorted(after), before=before, after=after))
            elif action == HistoryAction.INSERT:
                rows.append(dict(table_name=table, record_key=_key(state), action=HistoryAction.INSERT, fields=[],
                                 before=None, after=_row(state)))
            else:
                rows.append(dict(table_name=table, record_key=_key(state), action=HistoryAction.DELETE, fields=[],
                                 before=_row(state), after=None))
    if not rows:
        return
    for row in rows:
        row.update(change_id=change_id, changed_at=now, caregiver_id=who)
    session.connection().execute(m.RecordVersion.__table__.insert(), rows)


def install(factory: sessionmaker[Session]) -> None:
    """Write the history for every session this factory makes."""
    event.listen(factory, "before_flush", _before_flush)
    event.listen(factory, "after_flush", _after_flush)
