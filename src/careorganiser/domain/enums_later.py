"""The closed sets of words that the first window does not use (they load when first named).

Import them from :mod:`careorganiser.domain.enums`, as every other enum: it reads them from here on first use,
so the start does not build eight enum classes it never shows (~0.6 M instructions each).
"""

from __future__ import annotations

from enum import StrEnum


class Sex(StrEnum):
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"
    UNKNOWN = "unknown"


class MeasurementSource(StrEnum):
    HOME = "home"
    CLINIC = "clinic"
    LAB = "lab"


class MeasurementContext(StrEnum):
    """What the person was doing when a reading was taken (SpO2 and heart rate differ at rest and walking)."""

    REST = "rest"
    EXERTION = "exertion"
    SLEEP = "sleep"
    ON_OXYGEN = "on_oxygen"


class TrialInterest(StrEnum):
    CONSIDERING = "considering"
    CONTACTED = "contacted"
    SCREENING = "screening"
    ENROLLED = "enrolled"
    NOT_ELIGIBLE = "not_eligible"
    DECLINED = "declined"


class OffsetUnit(StrEnum):
    """The unit of a follow-up visit's offset from the baseline ("6-month visit")."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"


class HistoryAction(StrEnum):
    """What a row of the change history records (store.history)."""

    INSERT = "insert"
    UPDATE = "update"
    DELETE = "delete"


class DocumentKind(StrEnum):
    """The printable documents: the appointment pack, the one-page medication card, the driver's ride sheet
    (the words of the pack dialog's choice and of the services' dispatch)."""

    PACK = "pack"
    CARD = "card"
    RIDES = "rides"


class RecordKind(StrEnum):
    """The kinds of record search finds and the trash holds (the words a hit and a trashed row carry)."""

    SYMPTOM_NOTE = "symptom_note"
    QUESTION = "question"
    TRIAL = "trial"
    MEDICATION = "medication"
    CONTACT = "contact"
    APPOINTMENT = "appointment"
    RIDE = "ride"
    PERSON = "person"
    MEASUREMENT = "measurement"
    DOSE_EVENT = "dose_event"
