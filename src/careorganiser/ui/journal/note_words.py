"""What the journal tab decides and says about a symptom note, without widgets: the symptoms a form's rows
hold, and a note's symptoms in words. Tested without a window (tests/test_note_words.py)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from careorganiser.services import symptoms
from careorganiser.services.base import ValidationError
from careorganiser.services.symptoms import SymptomNote

QUICK_ROWS = 3
"""A new note offers a row for each of this many symptoms noted most often."""


def severity_text(severity: int) -> str:
    return QCoreApplication.translate("JournalPage", "{number} \u2013 {words}").format(number=severity, words=symptoms.severity_words(severity))


def symptoms_text(row: SymptomNote) -> str:
    return ", ".join(f"{name}: {symptoms.severity_words(sev)}" for name, sev in row.symptoms)


def symptoms_tooltip(row: SymptomNote) -> str:
    return "\n".join(f"{name}: {severity_text(sev)}" for name, sev in row.symptoms)


def quick_rows(names: list[str]) -> list[tuple[str, int | None]]:
    """The rows of a new note: the symptoms noted most often, not yet rated (one empty row when none)."""
    return [(n, None) for n in names[:QUICK_ROWS]] or [("", None)]


def rated_symptoms(rows: Iterable[tuple[str, int | None]]) -> list[tuple[str, int]]:
    """The symptoms to save from the form's rows (name, severity): rows without a severity are left out; a
    rated row without a name is refused, naming its number."""
    out: list[tuple[str, int]] = []
    for number, (name, severity) in enumerate(rows, start=1):
        if severity is None:
            continue
        if not name:
            raise ValidationError("symptoms", QCoreApplication.translate("JournalPage", "Symptom {number} has a severity but no name. Type a name "
                                                                                        "or remove it.").format(number=number))
        out.append((name, severity))
    return out
