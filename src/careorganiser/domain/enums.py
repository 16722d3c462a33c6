"""The enumerations of the interchange format (shared/spec/interchange.md): lower-case words."""

from __future__ import annotations

from enum import StrEnum


class Sex(StrEnum):
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"
    UNKNOWN = "unknown"


class DoseStatus(StrEnum):
    """What a dose event records. ``due`` and ``upcoming`` are computed, never stored."""

    TAKEN = "taken"
    SKIPPED = "skipped"
    MISSED = "missed"


class ScheduleKind(StrEnum):
    TIMES = "times"
    EVERY_N_DAYS = "every_n_days"
    EVERY_HOURS = "every_hours"
    AS_NEEDED = "as_needed"


class RideStatus(StrEnum):
    NEEDED = "needed"
    ASKED = "asked"
    CONFIRMED = "confirmed"
    DONE = "done"
    CANCELLED = "cancelled"


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


class Priority(StrEnum):
    HIGH = "high"
    NORMAL = "normal"
    LOW = "low"


class QuestionStatus(StrEnum):
    OPEN = "open"
    ASKED = "asked"
    ANSWERED = "answered"


WEEKDAYS: tuple[str, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")

# Severity is one fixed scale, 0-4.
SEVERITY_LABELS: tuple[str, ...] = ("none", "mild", "moderate", "severe", "very severe")
SEVERITY_MIN = 0
SEVERITY_MAX = 4
