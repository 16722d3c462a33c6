"""The one read path for symptom notes (store/queries/symptoms.py), from an empty profile through the services:
the journal, its trends and suggestions, and the pack read the same snapshot."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from careorganiser.services import packs, symptoms, trash
from careorganiser.store.queries import symptoms as sq

NOW = datetime(2026, 12, 1, 18, 0, tzinfo=UTC)


def test_an_empty_journal(profile: Any) -> None:
    assert sq.notes(profile.read()) == [] and sq.count(profile.read()) == 0 and sq.note(profile.read(), 1) is None
    assert sq.symptom_names(profile.read(), 1000) == [] and sq.tags(profile.read()) == []
    assert symptoms.list_notes(profile) == [] and symptoms.symptom_series(profile, "cough") == []
    assert packs.gather_pack(profile, None, NOW).symptoms == ()


def test_every_reader_gets_the_same_note(profile: Any) -> None:
    first = symptoms.add_note(profile, NOW - timedelta(days=2), [("Cough", 2)], "Dry cough at night", tags=["night"],
                              now=NOW)
    second = symptoms.add_note(profile, NOW - timedelta(days=1, microseconds=5), [("cough", 3), ("fatigue", 0)],
                               activity="Short walk", tags=["night", "walk"], now=NOW)
    assert type(first) is sq.SymptomNote and sq.note(profile.read(), first.id) == first
    assert second.recorded_at == NOW - timedelta(days=1, microseconds=5)
    assert symptoms.list_notes(profile) == [second, first] == sq.notes(profile.read(), newest_first=True)
    assert symptoms.list_notes(profile, limit=1, offset=1) == [first]
    assert sq.notes(profile.read(), start=NOW - timedelta(days=1, microseconds=5)) == [second]
    assert sq.notes(profile.read(), end=NOW - timedelta(days=1, microseconds=5)) == [first]
    assert symptoms.get_note(profile, second.id).worst == 3
    assert symptoms.symptom_series(profile, "COUGH") == [(first.recorded_at, 2), (second.recorded_at, 3)]
    assert symptoms.noted_symptom_names(profile)[0].casefold() == "cough"
    assert symptoms.known_tags(profile) == ["night", "walk"]
    pack = packs.gather_pack(profile, None, NOW)
    assert [(s.name, s.count, s.worst_severity) for s in pack.symptoms] == [("Cough", 2, 3)]
    trash.delete(profile, "symptom_note", first.id)
    assert sq.count(profile.read()) == 1 and sq.note(profile.read(), first.id) is None


def test_a_stored_item_that_is_not_a_symptom_is_left_out(profile: Any) -> None:
    from careorganiser.store import models as m

    with profile.session_factory.begin() as s:
        s.add(m.SymptomNote(recorded_at=NOW, symptoms=[{"name": "cough", "severity": 2}, {"severity": 1},
                                                      {"name": "itch", "severity": "bad"}], text="x"))
    (found,) = sq.notes(profile.read())
    assert found.symptoms == (("cough", 2),)
