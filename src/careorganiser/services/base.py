"""What every service shares: change notices, validation errors, and the unit of work.

A service function is one user action: it opens one session (``with profile.session_factory.begin()``),
does its work, commits, and then tells subscribers what changed so that only affected views refresh.
Functions below services take a session and never make one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING

from msgspec import Struct, field

from careorganiser.store.errors import UserError

if TYPE_CHECKING:
    from careorganiser.store.profiles import Profile

# The areas a change can touch; views subscribe to the ones they show.
AREAS = frozenset({
    "person", "contacts", "medications", "doses", "appointments", "rides", "symptoms", "measurements",
    "trials", "questions", "settings",
})

#: The kinds of record a change names (their tables), and the area each belongs to.
AREA_OF_TABLE: Mapping[str, str] = MappingProxyType({
    "person": "person", "contacts": "contacts", "medications": "medications", "schedules": "medications",
    "schedule_periods": "medications",
    "dose_events": "doses", "appointments": "appointments", "rides": "rides", "symptom_notes": "symptoms",
    "measurements": "measurements", "trials": "trials", "questions": "questions",
    "measurement_kinds": "measurements", "offers": "trials", "followup_plans": "trials",
    "followup_visits": "appointments", "followup_events": "trials",
})


class Change(Struct, frozen=True):
    """What one action changed: the areas it touched and, per kind of record (table), the ids of the records
    it added, changed or removed.

    ``vague`` are the areas touched without saying which records (an import, a restore, a revert): a view of
    a table there that ``records`` does not name reads everything again. ``ids(table)`` tells the three
    cases apart: these ids, none, or not known which.
    """

    areas: frozenset[str]
    records: Mapping[str, frozenset[int]] = field(default_factory=lambda: MappingProxyType({}))
    vague: frozenset[str] = frozenset()

    def touches(self, *areas: str) -> bool:
        return bool(self.areas.intersection(areas))

    def ids(self, table: str) -> frozenset[int] | None:
        """The ids of ``table``'s records this change touched: empty when it touched none of them, None when
        it touched the table's area without saying which (read them all again)."""
        if table in self.records:
            return self.records[table]
        return None if AREA_OF_TABLE[table] in self.vague else frozenset()

    def only_ids(self, *tables: str) -> dict[str, frozenset[int]] | None:
        """The ids per table when the change names which records of every one of ``tables`` it touched, and
        touched nothing else of their areas; None when a view of them must read everything again."""
        out: dict[str, frozenset[int]] = {}
        for table in tables:
            found = self.ids(table)
            if found is None:
                return None
            out[table] = found
        return out


class ChangeBus:
    """Plain-Python publish/subscribe; the ui bridges it to a Qt signal."""

    def __init__(self) -> None:
        self._subscribers: list[Callable[[Change], None]] = []

    def subscribe(self, callback: Callable[[Change], None]) -> Callable[[], None]:
        self._subscribers.append(callback)
        return lambda: self._subscribers.remove(callback) if callback in self._subscribers else None

    def publish(self, change: Change) -> None:
        for callback in list(self._subscribers):
            callback(change)


def bus_of(profile: Profile) -> ChangeBus:
    bus = getattr(profile, "_change_bus", None)
    if bus is None:
        bus = ChangeBus()
        profile._change_bus = bus  # type: ignore[attr-defined]
    return bus


def notify(profile: Profile, *areas: str, records: Mapping[str, Iterable[int]] | None = None) -> Change:
    """Tell the subscribers what changed: ``records`` maps a table to the ids of its records that were added,
    changed or removed (their areas are touched too); ``areas`` are touched without saying which records, so
    their tables that ``records`` does not name are "not known which"."""
    named = {table: frozenset(ids) for table, ids in (records or {}).items()}
    unknown = (set(areas) - AREAS) | {t for t in named if t not in AREA_OF_TABLE}
    if unknown:
        raise ValueError(f"unknown areas or tables {unknown}")
    touched = frozenset(areas) | {AREA_OF_TABLE[t] for t in named}
    change = Change(touched, MappingProxyType(named), frozenset(areas))
    bus_of(profile).publish(change)
    return change


def everything(profile: Profile) -> Change:
    """Tell the subscribers that anything may have changed (an import, a restore)."""
    return notify(profile, *sorted(AREAS))


# The root of every error with a message for the user lives in the store, so that a save the database or
# the disk refused (store.errors.SaveFailed) reaches every page that shows a ServiceError.
ServiceError = UserError


class ValidationError(ServiceError):
    """Bad input in a form: ``field`` names the field, the message says what is wrong. ``names_field``: the
    message names the field itself (the text reader's do: "Name is required."), so a form shows it as it is
    rather than after the field's label."""

    def __init__(self, field_name: str, message: str, *, names_field: bool = False) -> None:
        self.field = field_name
        self.message = message
        self.names_field = names_field
        super().__init__(f"{field_name}: {message}")


class NotFound(ServiceError):
    pass
