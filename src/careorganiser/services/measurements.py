"""Measurements: test results and home readings, by kind from the catalogue or a custom kind."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from careorganiser.domain.catalogue import MeasurementKind, builtin_kinds
from careorganiser.store import models as m
from careorganiser.store.profiles import Profile


@dataclass(frozen=True, slots=True)
class MeasurementRow:
    id: int
    uid: str
    taken_at: datetime
    kind: str
    label: str
    value: float
    unit: str
    source: str
    note: str
    range_low: float | None
    range_high: float | None


def all_kinds(profile: Profile) -> dict[str, MeasurementKind]:
    kinds = dict(builtin_kinds())
    with profile.session_factory() as s:
        for row in s.scalars(select(m.MeasurementKindRow)).all():
            kinds[row.key] = MeasurementKind(row.key, row.label, row.unit, custom=True)
    return kinds


def measurement_row(x: m.Measurement, kinds: dict[str, MeasurementKind]) -> MeasurementRow:
    kind = kinds.get(x.kind)
    return MeasurementRow(x.id, x.uid, x.taken_at, x.kind, kind.label if kind else x.kind, x.value, x.unit,
                          x.source, x.note, x.range_low, x.range_high)


def list_measurements(profile: Profile, kind: str | None = None) -> list[MeasurementRow]:
    kinds = all_kinds(profile)
    with profile.session_factory() as s:
        query = select(m.Measurement).where(m.Measurement.deleted_at.is_(None))
        if kind:
            query = query.where(m.Measurement.kind == kind)
        rows = s.scalars(query.order_by(m.Measurement.taken_at.desc(), m.Measurement.id.desc())).all()
        return [measurement_row(x, kinds) for x in rows]
