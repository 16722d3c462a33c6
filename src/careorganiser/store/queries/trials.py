"""Saved trials and offers without an NCT number: the one read path (the Trials page, ``trials list|show``, the
pack, the eligibility pre-screen).

Three snapshot types: :class:`SavedTrial`, one row of the list of saved trials; :class:`TrialRecord`, one
trial with what was stored from its registry record (the mapped study, the record itself, what changed at
the last import) and the caregiver's own interest and notes; :class:`StoredOffer`, a treatment offered
outside a registered trial. Trials and offers in the trash are left out. The stored JSON is decoded here
and handed on as it is: turning the study into ``trials.model.Study`` and judging red flags is for the
layers above. :class:`Reading` is what the pre-screen holds a trial's criteria against.

``source`` is a DB-API connection (``Profile.read()``) or a session whose connection is used (a worker
thread reads through a session of its own). Plain SQL.
"""

from __future__ import annotations

import math
from collections.abc import Collection
from datetime import datetime
from typing import Any

from msgspec import Struct

from careorganiser.store import reads
from careorganiser.store.codec import instant_from_db, instant_to_db

__all__ = ["Reading", "SavedTrial", "StoredOffer", "TrialFacts", "TrialRecord", "offer", "offers", "readings",
           "saved", "saved_order", "trial", "trials"]


class TrialFacts(Struct, frozen=True):
    """What every snapshot of a saved trial has (the services' ``TrialDetail`` too): the registry's number,
    title, status and phases as stored, and the caregiver's own interest and notes."""

    id: int
    nct_id: str
    title: str
    status: str
    phases: tuple[str, ...]
    interest: str
    notes: str


class SavedTrial(TrialFacts, frozen=True):
    """A row of the list of saved trials."""

    imported_at: datetime | None
    has_study: bool  # a study is saved (from a record imported or looked up)
    has_changes: bool = False  # the last re-import changed something


class TrialRecord(TrialFacts, frozen=True):
    """One saved trial with its stored record. ``record`` is None when it was not asked for (``has_record``
    still tells whether there is one); ``last_changes``: the stored changes, each a dict with ``field``,
    ``label``, ``before`` and ``after``."""

    study: dict[str, Any] | None  # trials.model.Study.to_dict() of the record
    has_record: bool
    record: dict[str, Any] | None
    source_format: str
    imported_at: datetime | None
    last_changes: tuple[dict[str, Any], ...]
    #: The eligibility criteria as last read (trials.parsed), or None (none kept, or not valid JSON): derived
    #: data the layers above check before trusting it.
    criteria_parse: dict[str, Any] | None = None


class StoredOffer(Struct, frozen=True):
    id: int
    uid: str
    name: str
    provider: str
    offered: str
    cost: str
    heard_from: str
    notes: str


class Reading(Struct, frozen=True):
    """A measurement as the pre-screen uses it (the fields of ``trials.prescreen.MeasurementFact``)."""

    kind: str
    value: float
    taken_at: datetime
    range_low: float | None
    range_high: float | None
    context: str | None


def _json(value: Any) -> Any:
    """A stored JSON value; one that cannot be decoded counts as none (the row itself is still shown)."""
    try:
        return reads.json_value(value)
    except (TypeError, ValueError):
        return None


def _phases(value: Any) -> tuple[str, ...]:
    found = _json(value)
    return tuple(str(p) for p in found) if isinstance(found, list) else ()


# ---- trials ----------------------------------------------------------------------------------------------

_LIVE = " FROM trials WHERE deleted_at IS NULL"


_SAVED = """
        SELECT id, nct_id, title, status, phases, interest, notes, imported_at, study IS NOT NULL
               AND study != 'null', CASE WHEN json_valid(last_changes) THEN json_array_length(last_changes) END"""
_CHUNK = 500  # ids a statement asks for at most (SQLite's limit of parameters is far above)


def saved(source: Any, ids: Collection[int] | None = None) -> list[SavedTrial]:
    """Every saved trial, by NCT number (``ids``: only those of them, e.g. the trials a change notice named).
    Neither the study nor the record is read."""
    conn = reads.connection_of(source)
    if ids is None:
        found = reads.rows(conn, _SAVED + _LIVE + " ORDER BY nct_id, id")
    else:
        wanted = sorted({int(i) for i in ids})
        found = []
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start:start + _CHUNK]
            found += reads.rows(conn, _SAVED + _LIVE + f" AND id IN ({reads.placeholders(len(chunk))})", chunk)
        found.sort(key=lambda row: (row[1], row[0]))
    return [SavedTrial(id_, nct_id, title or "", status or "", _phases(phases), interest, notes or "",
                       instant_from_db(imported_at), bool(has_study), bool(changes))
            for id_, nct_id, title, status, phases, interest, notes, imported_at, has_study, changes in found]


def saved_order(row: SavedTrial) -> tuple[str, int]:
    """Where a trial falls in :func:`saved`'s order (by NCT number, then id)."""
    return row.nct_id, row.id


def _columns(record: bool) -> str:
    return ("SELECT id, nct_id, title, status, phases, interest, notes, study, record IS NOT NULL AND record != "
            f"'null', {'record' if record else 'NULL'}, source_format, imported_at, last_changes, criteria_parse")


def _record(row: Any) -> TrialRecord:
    (id_, nct_id, title, status, phases, interest, notes, study, has_record, record, source_format, imported_at,
     changes, parse) = row
    study, record, changes, parse = _json(study), _json(record), _json(changes), _json(parse)
    return TrialRecord(id_, nct_id, title or "", status or "", _phases(phases), interest, notes or "",
                       study if isinstance(study, dict) else None, bool(has_record),
                       record if isinstance(record, dict) else None, source_format or "",
                       instant_from_db(imported_at),
                       tuple(c for c in changes if isinstance(c, dict)) if isinstance(changes, list) else (),
                       parse if isinstance(parse, dict) else None)


def trial(source: Any, key: int | str, *, record: bool = True) -> TrialRecord | None:
    """A saved trial by its row id or its NCT number (any case, spaces around ignored); None when there is
    none or it is in the trash. ``record``: decode the stored registry record too (it can be large)."""
    if isinstance(key, str):
        where, param = " AND nct_id = ?", key.strip().upper()
    else:
        where, param = " AND id = ?", int(key)
    found = reads.rows(reads.connection_of(source), _columns(record) + _LIVE + where, (param,))
    return _record(found[0]) if found else None


def trials(source: Any, *, record: bool = False) -> list[TrialRecord]:
    """Every saved trial with its study, by NCT number (``record``: with the registry record too)."""
    return [_record(row) for row in reads.rows(reads.connection_of(source),
                                               _columns(record) + _LIVE + " ORDER BY nct_id")]


# ---- offers ----------------------------------------------------------------------------------------------

_OFFERS = "SELECT id, uid, name, provider, offered, cost, heard_from, notes FROM offers WHERE deleted_at IS NULL"


def _offer(row: Any) -> StoredOffer:
    id_, uid, name, provider, offered, cost, heard_from, notes = row
    return StoredOffer(id_, uid, name or "", provider or "", offered or "", cost or "", heard_from or "", notes or "")


def offers(source: Any) -> list[StoredOffer]:
    """Every offer, in the order they were recorded."""
    return [_offer(row) for row in reads.rows(reads.connection_of(source), _OFFERS + " ORDER BY id")]


def offer(source: Any, offer_id: int) -> StoredOffer | None:
    """One offer by its row id, or None (also when it is in the trash)."""
    found = reads.rows(reads.connection_of(source), _OFFERS + " AND id = ?", (int(offer_id),))
    return _offer(found[0]) if found else None


# ---- what the pre-screen reads ---------------------------------------------------------------------------

def unconverted_units(source: Any, until: datetime) -> dict[str, str]:
    """Kind -> the unit of its readings taken up to ``until`` that :func:`readings` leaves out, stored in
    another unit than the kind's (an import before units were converted): the pre-screen says why it has no
    data for them rather than "none recorded"."""
    from careorganiser.domain.catalogue import unit_not_converted

    found = reads.rows(reads.connection_of(source), """
        SELECT DISTINCT kind, unit FROM measurements WHERE deleted_at IS NULL AND value IS NOT NULL AND taken_at <= ?""",
                       (instant_to_db(until),))
    return {kind: unit for kind, unit in found if unit_not_converted(kind, unit)}


def readings(source: Any, until: datetime) -> list[Reading]:
    """Every measurement taken up to ``until`` with a finite value, by kind, then as taken: the pre-screen
    picks the latest one a clause can use (by window and circumstances) and works out changes over a period.
    A reading stored in another unit than its kind's (an import before units were converted) is left out: its
    number would be held against limits in the kind's unit."""
    from careorganiser.domain.catalogue import unit_not_converted

    found = reads.rows(reads.connection_of(source), """
        SELECT kind, value, taken_at, range_low, range_high, context, unit FROM measurements
        WHERE deleted_at IS NULL AND value IS NOT NULL AND taken_at <= ? ORDER BY kind, taken_at, id""",
                       (instant_to_db(until),))
    return [Reading(kind, float(value), instant_from_db(taken_at), low, high, context)  # type: ignore[arg-type]
            for kind, value, taken_at, low, high, context, unit in found
            if math.isfinite(float(value)) and not unit_not_converted(kind, unit)]
