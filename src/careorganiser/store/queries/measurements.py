"""Measurements: the one read path (the journal's list and chart, follow-up plans, Today, the pack, the pre-screen).

One snapshot type, :class:`Measurement`, with the label of its kind. The kinds are the catalogue's and the
caregiver's own (:func:`kinds`: the built-in ones in catalogue order, then the custom ones by label; a custom
kind with a built-in key replaces it). Rules every reader shares:

* measurements in the trash are left out;
* a list is in time order, then by id (``newest_first``: the other way round);
* a time window is ``since <= taken_at <= until`` (both ends in).

``source`` is a DB-API connection (``Profile.read()``) or a session whose connection is used (so a read sees
what that session wrote). Plain SQL, no SQLAlchemy.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import datetime
from typing import Any

from msgspec import Struct

from careorganiser.domain.catalogue import (
    MeasurementGroup,
    MeasurementKind,
    builtin_kinds,
    unit_not_converted,
)
from careorganiser.store import reads
from careorganiser.store.codec import instant_from_db, instant_to_db

__all__ = ["Measurement", "count", "custom_kinds", "kind_keys_in_use", "kinds", "measurement", "measurements",
           "reference_range", "series"]


class Measurement(Struct, frozen=True):
    id: int
    uid: str
    taken_at: datetime
    kind: str
    label: str  # the kind's label; its key when the kind is unknown
    value: float
    unit: str
    source: str  # "home" | "clinic" | "lab"
    note: str
    range_low: float | None
    range_high: float | None
    context: str | None = None  # "rest" | "exertion" | "sleep" | "on_oxygen"

    @property
    def unit_not_converted(self) -> bool:
        """Stored in a unit other than its catalogue kind's (an import before units were converted)."""
        return unit_not_converted(self.kind, self.unit)

    @property
    def out_of_range(self) -> bool:
        return ((self.range_low is not None and self.value < self.range_low)
                or (self.range_high is not None and self.value > self.range_high))


def custom_kinds(source: Any) -> dict[str, MeasurementKind]:
    """The caregiver's own kinds, by label."""
    return {key: MeasurementKind(key, label, unit or "", group=MeasurementGroup.CUSTOM, decimals=2, custom=True)
            for key, label, unit in reads.rows(reads.connection_of(source),
                                               "SELECT key, label, unit FROM measurement_kinds ORDER BY label, key")}


def kinds(source: Any) -> dict[str, MeasurementKind]:
    """Every kind: the catalogue's (labels in the user's language), then the caregiver's own."""
    found = dict(builtin_kinds())
    found.update(custom_kinds(source))
    return found


_COLUMNS = "id, uid, taken_at, kind, value, unit, source, note, range_low, range_high, context"


def _measurement(row: Sequence[Any], known: dict[str, MeasurementKind]) -> Measurement:
    id_, uid, taken_at, kind, value, unit, source, note, low, high, context = row
    found = known.get(kind)
    return Measurement(id_, uid, instant_from_db(taken_at), kind, found.label if found else kind,  # type: ignore[arg-type]
                       value, unit or "", source, note or "", low, high, context)


def _where(kind: str | None, of_kinds: Collection[str] | None, since: datetime | None, until: datetime | None,
           sources: Collection[str] | None) -> tuple[str, list[Any]]:
    sql, params = " WHERE deleted_at IS NULL", []
    for condition, value in (("kind = ?", kind), ("taken_at >= ?", since), ("taken_at <= ?", until)):
        if value is not None:
            sql += f" AND {condition}"
            params.append(instant_to_db(value) if isinstance(value, datetime) else value)
    for column, values in (("kind", of_kinds), ("source", sources)):
        if values is not None:
            wanted = sorted(set(values))
            sql += f" AND {column} IN ({reads.placeholders(len(wanted))})"
            params += wanted
    return sql, params


def measurements(source: Any, *, kind: str | None = None, of_kinds: Collection[str] | None = None,
                 since: datetime | None = None, until: datetime | None = None,
                 sources: Collection[str] | None = None, newest_first: bool = False, by_kind: bool = False,
                 limit: int | None = None, offset: int = 0,
                 known: dict[str, MeasurementKind] | None = None) -> list[Measurement]:
    """Measurements of one ``kind`` or of ``of_kinds`` (all when neither), taken in ``[since, until]``, from
    ``sources``; oldest first, then by id (``newest_first``: the other way round; ``by_kind``: grouped by kind
    first). A page of at most ``limit`` from ``offset`` (the index on kind and time keeps a kind's page cheap).
    ``known``: the kinds the caller has already read with :func:`kinds`, to label the rows without reading
    them again."""
    if of_kinds is not None and not of_kinds:
        return []
    conn = reads.connection_of(source)
    where, params = _where(kind, of_kinds, since, until, sources)
    order = "taken_at DESC, id DESC" if newest_first else "taken_at, id"
    sql = f"SELECT {_COLUMNS} FROM measurements{where} ORDER BY {'kind, ' if by_kind else ''}{order}"
    if limit is not None or offset:
        sql += " LIMIT ? OFFSET ?"
        params += [-1 if limit is None else int(limit), int(offset)]
    with reads.snapshot(conn):
        found = reads.rows(conn, sql, params)
        if not found:
            return []
        labels = kinds(conn) if known is None else known
        return [_measurement(row, labels) for row in found]


def measurement(source: Any, measurement_id: int) -> Measurement | None:
    """One measurement by its row id, or None (also when it is in the trash)."""
    conn = reads.connection_of(source)
    with reads.snapshot(conn):
        found = reads.rows(conn, f"SELECT {_COLUMNS} FROM measurements WHERE deleted_at IS NULL AND id = ?",
                           (measurement_id,))
        return _measurement(found[0], kinds(conn)) if found else None


def count(source: Any, kind: str | None = None) -> int:
    """How many measurements there are (of one ``kind``), not in the trash."""
    where, params = _where(kind, None, None, None, None)
    return int(reads.rows(reads.connection_of(source), f"SELECT count(*) FROM measurements{where}", params)[0][0])


def series(source: Any, kind: str) -> list[tuple[datetime, float, str | None]]:
    """(taken_at, value, context) of one kind, oldest first: the points of a trend chart (without a reading
    stored in another unit than the kind's, which would be drawn on the wrong scale)."""
    return [(instant_from_db(taken_at), value, context) for taken_at, value, unit, context in reads.rows(  # type: ignore[misc]
        reads.connection_of(source), "SELECT taken_at, value, unit, context FROM measurements WHERE deleted_at IS NULL "
                                     "AND kind = ? ORDER BY taken_at, id", (kind,))
            if not unit_not_converted(kind, unit)]


def reference_range(source: Any, kind: str, until: datetime | None = None) -> tuple[float | None, float | None]:
    """The reference range of the latest measurement of ``kind`` (taken up to ``until``) that gave one;
    (None, None) when none did."""
    sql, params = ("SELECT range_low, range_high FROM measurements WHERE deleted_at IS NULL AND kind = ? "
                   "AND (range_low IS NOT NULL OR range_high IS NOT NULL)"), [kind]
    if until is not None:
        sql += " AND taken_at <= ?"
        params.append(instant_to_db(until))
    found = reads.rows(reads.connection_of(source), sql + " ORDER BY taken_at DESC, id DESC LIMIT 1", params)
    return (found[0][0], found[0][1]) if found else (None, None)


def kind_keys_in_use(source: Any) -> set[str]:
    """The keys of the kinds that have at least one measurement."""
    return {kind for (kind,) in reads.rows(reads.connection_of(source),
                                           "SELECT DISTINCT kind FROM measurements WHERE deleted_at IS NULL")}
