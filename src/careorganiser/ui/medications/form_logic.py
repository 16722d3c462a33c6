"""What the medication form does, without its widgets: the schedules being edited (added, changed, removed,
each in words), the texts a stored medication puts in the boxes, where a refusal from the services is shown,
and the save itself. The dialog (``form.py``) holds the boxes and shows what this answers.
"""

from __future__ import annotations

import re
from datetime import datetime

from msgspec import Struct
from PySide6.QtCore import QCoreApplication

from careorganiser.domain.enums import ScheduleKind
from careorganiser.domain.formatting import format_number
from careorganiser.domain.schedules import Schedule, describe
from careorganiser.services import medications as meds
from careorganiser.services.base import ValidationError
from careorganiser.services.medications import Medication
from careorganiser.ui.medications.schedule_logic import schedule_field_label

_SCHEDULE_FIELD = re.compile(r"^schedules\[(\d+)\](?:\.(.+))?$")


def field_labels() -> dict[str, str]:
    """The words for each field a ValidationError can name."""
    return {
        "name": QCoreApplication.translate("MedicationForm", "Name"), "strength": QCoreApplication.translate("MedicationForm", "Strength"), "form": QCoreApplication.translate("MedicationForm", "Form"), "dose": QCoreApplication.translate("MedicationForm", "Dose"),
        "route": QCoreApplication.translate("MedicationForm", "Route"), "purpose": QCoreApplication.translate("MedicationForm", "Purpose"), "instructions": QCoreApplication.translate("MedicationForm", "Instructions"),
        "prescriber": QCoreApplication.translate("MedicationForm", "Prescriber"), "start_date": QCoreApplication.translate("MedicationForm", "Start date"), "stock": QCoreApplication.translate("MedicationForm", "Stock now"),
        "stock_unit": QCoreApplication.translate("MedicationForm", "Stock counted in"), "refill_at": QCoreApplication.translate("MedicationForm", "Refill when down to"),
        "units_per_dose": QCoreApplication.translate("MedicationForm", "Units per dose"), "schedules": QCoreApplication.translate("MedicationForm", "Schedules"),
    }


def schedule_words(schedule: Schedule) -> str:
    """A schedule in the form's list: in words, or "New schedule (not finished)"."""
    try:
        return describe(meds.check_schedule(schedule))
    except ValidationError:
        return QCoreApplication.translate("MedicationForm", "New schedule (not finished)")


class ScheduleDrafts:
    """The schedules of the medication being edited, in order; each change answers the list's words."""

    def __init__(self, schedules: list[Schedule] | None = None) -> None:
        self._schedules = list(schedules or [])

    def __len__(self) -> int:
        return len(self._schedules)

    def __getitem__(self, row: int) -> Schedule:
        return self._schedules[row]

    def has(self, row: int) -> bool:
        return 0 <= row < len(self._schedules)

    def all(self) -> list[Schedule]:
        return list(self._schedules)

    def words(self) -> list[str]:
        return [schedule_words(s) for s in self._schedules]

    def replace(self, row: int, schedule: Schedule) -> str:
        self._schedules[row] = schedule
        return schedule_words(schedule)

    def add(self) -> str:
        """A new schedule at set times (no time yet) at the end; its words."""
        self._schedules.append(Schedule(kind=ScheduleKind.TIMES))
        return schedule_words(self._schedules[-1])

    def remove(self, row: int) -> int:
        """Remove the schedule at ``row``; the row chosen next (-1: none left)."""
        del self._schedules[row]
        return min(row, len(self._schedules) - 1)


def box_texts(row: Medication) -> dict[str, str]:
    """The text each box of the form shows for a stored medication (numbers with plain digits, as typed)."""
    return {
        "name": row.name, "strength": row.strength, "form": row.form, "dose": row.dose, "route": row.route,
        "purpose": row.purpose, "instructions": row.instructions, "stock": format_number(row.stock),
        "stock_unit": row.stock_unit, "refill_at": format_number(row.refill_at),
        "units_per_dose": format_number(row.units_per_dose),
    }


def window_title(row: Medication | None) -> str:
    if row is None:
        return QCoreApplication.translate("MedicationForm", "New medication")
    return QCoreApplication.translate("MedicationForm", "Change {name}").format(name=row.name)


class ErrorPlace(Struct, frozen=True):
    """Where a refusal is shown: at a field (``field``), or at the schedules with the schedule to choose
    (``schedule_row``) and the editor's field to focus (``schedule_field``)."""

    field: str
    message: str
    schedule_row: int | None = None
    schedule_field: str = ""


def error_place(exc: ValidationError, schedules: int) -> ErrorPlace:
    """Where the form shows ``exc`` and in what words; ``schedules``: how many schedules the form holds."""
    match = _SCHEDULE_FIELD.match(exc.field)
    if match:
        index, sub = int(match.group(1)), match.group(2) or "kind"
        message = QCoreApplication.translate("MedicationForm", "Schedule {number}, {field}: {problem}").format(
            number=index + 1, field=schedule_field_label(sub).lower(), problem=exc.message)
        return ErrorPlace("schedules", message, index if 0 <= index < schedules else None, sub)
    if exc.names_field:
        return ErrorPlace(exc.field, exc.message)
    label = field_labels().get(exc.field, exc.field)
    return ErrorPlace(exc.field, QCoreApplication.translate("MedicationForm", "{field}: {problem}").format(
        field=label, problem=exc.message))


def save(profile: object, medication_id: int | None, fields: meds.MedicationInput, schedules: list[Schedule],
         now: datetime | None) -> int:
    """Add the medication (``medication_id`` None) or change it, with its schedules; its id."""
    if medication_id is None:
        return meds.create_medication(profile, fields, schedules, now=now)  # type: ignore[arg-type]
    meds.update_medication(profile, medication_id, fields, schedules, now=now)  # type: ignore[arg-type]
    return medication_id
