"""The person cared for: the one read path (the Person page, the pack, the pre-screen, the handover sheet).

One snapshot type, :class:`Person`. ``source`` is a DB-API connection (``Profile.read()``) or a session whose
connection is used. Plain SQL.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from msgspec import Struct

from careorganiser.store import reads
from careorganiser.store.codec import date_from_db

__all__ = ["Person", "person"]


class Person(Struct, frozen=True):
    """``conditions`` and ``allergies``: the stored texts; ``identifiers``: (system, value) pairs as stored."""

    name: str
    date_of_birth: date | None = None
    sex: str = "unknown"
    conditions: tuple[str, ...] = ()
    allergies: tuple[str, ...] = ()
    identifiers: tuple[tuple[str, str], ...] = ()
    notes: str = ""


def _texts(value: Any) -> tuple[str, ...]:
    found = reads.json_value(value) or []
    return tuple(item for item in found if isinstance(item, str)) if isinstance(found, list) else ()


def _identifiers(value: Any) -> tuple[tuple[str, str], ...]:
    found = reads.json_value(value) or []
    if not isinstance(found, list):
        return ()
    return tuple((str(item.get("system") or ""), str(item.get("value") or "")) for item in found
                 if isinstance(item, dict))


def person(source: Any) -> Person | None:
    """The person this profile is for, or None when none is recorded yet."""
    found = reads.rows(reads.connection_of(source), """
        SELECT name, date_of_birth, sex, conditions, allergies, identifiers, notes FROM person ORDER BY id LIMIT 1""")
    if not found:
        return None
    name, born, sex, conditions, allergies, identifiers, notes = found[0]
    return Person(name, date_from_db(born), sex or "unknown", _texts(conditions), _texts(allergies),
                  _identifiers(identifiers), notes or "")
