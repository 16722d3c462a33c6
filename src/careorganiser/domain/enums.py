"""Every closed set of words the program stores, exports or shows a state by: lower-case words.

They are StrEnums, so a member *is* its word: it compares equal to the text stored in the database and
written to the interchange JSON (shared/spec/interchange.md), and ``json.dumps`` writes the word.
tests/test_enums.py checks each against the interchange schema and the database's CHECK constraints.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # for type checkers; at run time __getattr__ below reads them
    from careorganiser.domain.enums_later import (  # noqa: F401
        DocumentKind,
        HistoryAction,
        MeasurementContext,
        MeasurementSource,
        OffsetUnit,
        RecordKind,
        Sex,
        TrialInterest,
    )

#: The enums the first window does not use: defined in ``enums_later``, read from there on first use.
LATER = frozenset({"Sex", "MeasurementSource", "MeasurementContext", "TrialInterest", "OffsetUnit",
                   "HistoryAction", "DocumentKind", "RecordKind"})


def __getattr__(name: str) -> object:
    if name in LATER:
        from careorganiser.domain import enums_later

        found = getattr(enums_later, name)
        globals()[name] = found  # once: later reads find it here
        return found
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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


class Priority(StrEnum):
    HIGH = "high"
    NORMAL = "normal"
    LOW = "low"


class QuestionStatus(StrEnum):
    OPEN = "open"
    ASKED = "asked"
    ANSWERED = "answered"


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

