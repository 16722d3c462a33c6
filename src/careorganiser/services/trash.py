"""Delete to the trash and restore: nothing a caregiver entered is ever hard-deleted by the app."""

from __future__ import annotations

from careorganiser.i18n import translate
from careorganiser.services.base import NotFound, notify
from careorganiser.store import models as m
from careorganiser.store.profiles import Profile
from careorganiser.store.queries import trash as tq
from careorganiser.store.queries.trash import TrashedRow
from careorganiser.store.search import RecordKind

__all__ = ["KINDS", "RecordKind", "TrashedRow", "delete", "list_trash", "restore"]

# kind -> (model, area notified, how to name a record); the table and the naming column are those of the trash's
# read path (store/queries/trash.TRASHABLE), checked by a test.
KINDS: dict[RecordKind, tuple[type, str, str]] = {
    RecordKind.CONTACT: (m.Contact, "contacts", "name"),
    RecordKind.MEDICATION: (m.Medication, "medications", "name"),
    RecordKind.APPOINTMENT: (m.Appointment, "appointments", "purpose"),
    RecordKind.RIDE: (m.Ride, "rides", "destination"),
    RecordKind.SYMPTOM_NOTE: (m.SymptomNote, "symptoms", "text"),
    RecordKind.MEASUREMENT: (m.Measurement, "measurements", "kind"),
    RecordKind.TRIAL: (m.Trial, "trials", "nct_id"),
    RecordKind.QUESTION: (m.Question, "questions", "text"),
}


def _label(row: object, attr: str) -> str:
    return tq.label(getattr(row, attr, ""))


def _records(row: object, record_id: int) -> dict[str, list[int]]:
    """What a change notice names for a record put in or taken out of the trash: the record, and the
    appointment a ride goes to (its row shows the ride)."""
    records = {type(row).__tablename__: [record_id]}
    if isinstance(row, m.Ride) and row.appointment_id is not None:
        records["appointments"] = [row.appointment_id]
    return records


def delete(profile: Profile, kind: RecordKind, record_id: int) -> str:
    """Move one record to the trash. Returns a short label for the "Undo" message."""
    model, _area, attr = KINDS[kind]
    with profile.session_factory.begin() as s:
        row = s.get(model, record_id)
        if row is None or row.deleted_at is not None:
            raise NotFound(translate("Trash", "That record no longer exists."))
        row.deleted_at = m.utcnow()
        label = _label(row, attr)
        records = _records(row, record_id)
    notify(profile, records=records)
    return label


def restore(profile: Profile, kind: RecordKind, record_id: int) -> None:
    model, _area, _ = KINDS[kind]
    with profile.session_factory.begin() as s:
        row = s.get(model, record_id)
        if row is None:
            raise NotFound(translate("Trash", "That record no longer exists."))
        row.deleted_at = None
        records = _records(row, record_id)
    notify(profile, records=records)


def list_trash(profile: Profile) -> list[TrashedRow]:
    """Every record in the trash, the most recently moved there first."""
    return tq.trashed(profile.read())
