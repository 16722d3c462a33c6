"""Every closed set of words the program stores, exports or shows a state by: lower-case words.

They are StrEnums, so a member *is* its word: it compares equal to the text stored in the database and
written to the interchange JSON (shared/spec/interchange.md), and ``json.dumps`` writes the word.
tests/test_enums.py checks each against the interchange schema and the database's CHECK constraints.
"""

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


class SlotStatus(StrEnum):
    """The state of a dose as shown (``today --json``): the three recorded ones plus two computed."""

    TAKEN = "taken"
    SKIPPED = "skipped"
    MISSED = "missed"
    DUE = "due"
    UPCOMING = "upcoming"


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


#: The enums whose words are a state or a kind the code branches on (scripts/count_enum_literals.py counts
#: the string constants equal to one of their words).
STATUS_ENUMS: tuple[str, ...] = (
    "DoseStatus", "SlotStatus", "ScheduleKind", "RideStatus", "MeasurementSource", "MeasurementContext",
    "TrialInterest", "Priority", "QuestionStatus", "OffsetUnit", "HistoryAction",
)

WEEKDAYS: tuple[str, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")

# Severity is one fixed scale, 0-4.
SEVERITY_LABELS: tuple[str, ...] = ("none", "mild", "moderate", "severe", "very severe")
SEVERITY_MIN = 0
SEVERITY_MAX = 4


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
