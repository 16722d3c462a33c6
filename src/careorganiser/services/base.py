"""What every service shares: change notices, validation errors, and the unit of work.

A service function is one user action: it opens one session (``with profile.session_factory.begin()``),
does its work, commits, and then tells subscribers what changed so that only affected views refresh.
Functions below services take a session and never make one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from careorganiser.store.errors import UserError

if TYPE_CHECKING:
    from careorganiser.store.profiles import Profile

# The areas a change can touch; views subscribe to the ones they show.
AREAS = frozenset({
    "person", "contacts", "medications", "doses", "appointments", "rides", "symptoms", "measurements",
    "trials", "questions", "settings",
})


@dataclass(frozen=True)
class Change:
    areas: frozenset[str]
    ids: frozenset[int] = field(default_factory=frozenset)

    def touches(self, *areas: str) -> bool:
        return bool(self.areas.intersection(areas))


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


def notify(profile: Profile, *areas: str, ids: Iterable[int] = ()) -> Change:
    unknown = set(areas) - AREAS
    if unknown:
        raise ValueError(f"unknown areas {unknown}")
    change = Change(frozenset(areas), frozenset(ids))
    bus_of(profile).publish(change)
    return change


# The root of every error with a message for the user lives in the store, so that a save the database or
# the disk refused (store.errors.SaveFailed) reaches every page that shows a ServiceError.
ServiceError = UserError


class ValidationError(ServiceError):
    """Bad input in a form: ``field`` names the field, the message says what is wrong."""

    def __init__(self, field_name: str, message: str) -> None:
        self.field = field_name
        self.message = message
        super().__init__(f"{field_name}: {message}")


class NotFound(ServiceError):
    pass
