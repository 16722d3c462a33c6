"""The journal tab's decisions and words about a symptom note, without a window."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from careorganiser.services.base import ValidationError
from careorganiser.services.symptoms import SymptomNote
from careorganiser.ui.journal.note_words import quick_rows, rated_symptoms, symptoms_text, symptoms_tooltip


def test_only_rated_rows_are_saved_and_a_rated_row_needs_a_name(qapp) -> None:
    rows = [("breathlessness", 3), ("cough", None), ("", None), ("fatigue", 0)]
    assert rated_symptoms(rows) == [("breathlessness", 3), ("fatigue", 0)]
    with pytest.raises(ValidationError) as refused:
        rated_symptoms([("cough", 1), ("", 2)])
    assert refused.value.field == "symptoms"
    assert refused.value.message.startswith("Symptom 2 has a severity but no name.")
    assert rated_symptoms([]) == []


def test_a_new_note_offers_the_usual_symptoms() -> None:
    assert quick_rows(["breathlessness", "cough", "fatigue", "chest tightness"]) == [
        ("breathlessness", None), ("cough", None), ("fatigue", None)]
    assert quick_rows([]) == [("", None)]


def test_a_notes_symptoms_in_words(qapp) -> None:
    note = SymptomNote(id=1, uid="s1", recorded_at=datetime(2026, 11, 18, 19, 0, tzinfo=UTC),
                       symptoms=(("breathlessness", 3), ("cough", 1)), text="", activity="", tags=())
    assert symptoms_text(note) == "breathlessness: severe, cough: mild"
    assert symptoms_tooltip(note) == "breathlessness: 3 \u2013 severe\ncough: 1 \u2013 mild"
