"""Medications and their schedules. A stopped medication is never deleted: its history is kept."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from careorganiser.store import models as m
from careorganiser.store.profiles import Profile


@dataclass(frozen=True, slots=True)
class MedicationRow:
    id: int
    uid: str
    name: str
    strength: str
    form: str
    dose: str
    route: str
    purpose: str
    instructions: str
    prescriber_id: int | None
    prescriber: str
    start_date: date | None
    stop_date: date | None
    stop_reason: str
    stock: float | None
    stock_unit: str
    refill_at: float | None
    units_per_dose: float
    schedule_text: str

    @property
    def active(self) -> bool:
        return self.stop_date is None or self.stop_date >= date.today()


def describe_schedules(med: m.Medication) -> str:
    from careorganiser.domain.schedules import describe

    parts = []
    for row in med.schedules:
        try:
            parts.append(describe(schedule_from_row(row)))
        except Exception:  # a schedule the describer cannot word is still shown by kind
            parts.append(row.kind.replace("_", " "))
    return "; ".join(parts)


def schedule_from_row(row: m.Schedule) -> object:
    """The domain Schedule for a stored schedule row."""
    from careorganiser.store.interchange import _schedule_out
    from careorganiser.domain.schedules import Schedule

    return Schedule.from_interchange(_schedule_out(row))


def medication_row(med: m.Medication) -> MedicationRow:
    return MedicationRow(
        med.id, med.uid, med.name, med.strength, med.form, med.dose, med.route, med.purpose, med.instructions,
        med.prescriber_id, med.prescriber.name if med.prescriber else "", med.start_date, med.stop_date,
        med.stop_reason, med.stock, med.stock_unit, med.refill_at, med.units_per_dose, describe_schedules(med),
    )


def list_medications(profile: Profile, include_stopped: bool = True) -> list[MedicationRow]:
    with profile.session_factory() as s:
        query = select(m.Medication).where(m.Medication.deleted_at.is_(None))
        if not include_stopped:
            query = query.where(m.Medication.stop_date.is_(None) | (m.Medication.stop_date >= date.today()))
        rows = s.scalars(query.order_by(m.Medication.name)).unique().all()
        return [medication_row(med) for med in rows]
