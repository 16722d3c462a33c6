"""Questions services: add and change with validation, asked and answered, moved, grouped by appointment."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import func, select

from careorganiser.services import appointments as ap
from careorganiser.services import questions as qs
from careorganiser.services import trash
from careorganiser.services.base import NotFound, ServiceError, ValidationError, bus_of
from careorganiser.store import models as m

from conftest import DEMO_NOW

NOW = datetime(2026, 11, 21, 10, 0, tzinfo=UTC)


@pytest.fixture
def london(profile: Any) -> Any:
    with profile.session_factory.begin() as s:
        s.merge(m.Setting(key="timezone", value="Europe/London"))
    return profile


@pytest.fixture
def links(london: Any) -> dict[str, int]:
    with london.session_factory.begin() as s:
        trial = m.Trial(nct_id="NCT09900001", title="Inhaled antifibrotic")
        med = m.Medication(name="Pirfenidone", strength="267 mg")
        s.add_all([trial, med])
        s.flush()
        return {"trial": trial.id, "medication": med.id}


def count_questions(profile: Any) -> int:
    with profile.session_factory() as s:
        return s.scalar(select(func.count()).select_from(m.Question)) or 0


def test_create_question_with_links(london: Any, links: dict[str, int]) -> None:
    a = ap.create_appointment(london, day="2026-12-03", at="10:30", purpose="ILD review")
    seen: list[Any] = []
    bus_of(london).subscribe(seen.append)
    q = qs.create_question(london, text="  Would she qualify for the trial?  ", topic="trials", priority="high",
                           appointment_id=a, trial_id=links["trial"], medication_id=links["medication"])
    row = qs.get_question(london, q)
    assert row.text == "Would she qualify for the trial?"
    assert (row.topic, row.priority, row.status, row.answer) == ("trials", "high", "open", "")
    assert (row.appointment_id, row.appointment_label) == (a, "ILD review")
    assert (row.trial_nct_id, row.trial_title, row.medication_name) == ("NCT09900001", "Inhaled antifibrotic",
                                                                        "Pirfenidone")
    assert seen[-1].areas == frozenset({"questions"}) and seen[-1].ids("questions") == {q}
    assert qs.topics(london) == ["trials"]


@pytest.mark.parametrize("field,values,words", [
    ("text", {"text": ""}, "Question is required"),
    ("text", {"text": "   \n\t \x1b"}, "Question is required"),
    ("text", {"text": None}, "Question is required"),
    ("text", {"text": 12}, "must be text"),
    ("text", {"text": "q" * 2001}, "too long"),
    ("text", {"text": "lone \ud800 surrogate"}, "cannot be saved"),
    ("topic", {"topic": "t" * 101}, "too long"),
    ("priority", {"priority": "urgent"}, "Choose the priority"),
    ("priority", {"priority": None}, "Choose the priority"),
    ("appointment", {"appointment_id": 999}, "no longer exists"),
    ("appointment", {"appointment_id": "next"}, "Choose one"),
    ("trial", {"trial_id": 999}, "no longer saved"),
    ("medication", {"medication_id": 999}, "no longer in the list"),
])
def test_bad_question_input_names_the_field_and_stores_nothing(london: Any, field: str, values: dict[str, Any],
                                                               words: str) -> None:
    args: dict[str, Any] = {"text": "Is it safe?", "priority": "normal"}
    args.update(values)
    with pytest.raises(ValidationError) as caught:
        qs.create_question(london, **args)
    assert caught.value.field == field
    assert words in caught.value.message
    assert count_questions(london) == 0


def test_unicode_text_is_kept(london: Any) -> None:
    text = "Can she take \u00bd a tablet? \u2014 \u0643\u0645 \u062c\u0631\u0639\u0629\u061f \U0001f48a"
    q = qs.create_question(london, text=text)
    assert qs.get_question(london, q).text == text


def test_update_question_changes_everything_or_nothing(london: Any, links: dict[str, int]) -> None:
    a = ap.create_appointment(london, day="2026-12-03", at="10:30")
    q = qs.create_question(london, text="Old text")
    qs.update_question(london, q, text="New text", topic="oxygen", priority="low", appointment_id=a,
                       trial_id=None, medication_id=links["medication"])
    row = qs.get_question(london, q)
    assert (row.text, row.topic, row.priority, row.appointment_id, row.medication_id) == (
        "New text", "oxygen", "low", a, links["medication"])
    with pytest.raises(ValidationError):
        qs.update_question(london, q, text="Newer", topic="", priority="high", appointment_id=None, trial_id=None,
                           medication_id=12345)
    assert qs.get_question(london, q).text == "New text"
    with pytest.raises(NotFound):
        qs.update_question(london, 999, text="x", topic="", priority="high", appointment_id=None, trial_id=None,
                           medication_id=None)


def test_asked_answered_and_back(london: Any) -> None:
    q = qs.create_question(london, text="Oxygen?")
    qs.mark_asked(london, q)
    assert qs.get_question(london, q).status == "asked"
    qs.mark_asked(london, q, asked=False)
    assert qs.get_question(london, q).status == "open"
    with pytest.raises(ValidationError) as caught:
        qs.answer_question(london, q, "   ")
    assert caught.value.field == "answer"
    assert qs.get_question(london, q).status == "open"
    qs.answer_question(london, q, "Yes, a walking assessment first.")
    row = qs.get_question(london, q)
    assert (row.status, row.answer) == ("answered", "Yes, a walking assessment first.")
    qs.mark_asked(london, q)  # an answered question stays answered
    assert qs.get_question(london, q).status == "answered"
    with pytest.raises(ServiceError):
        qs.mark_asked(london, q, asked=False)
    qs.answer_question(london, q, "")  # clearing the answer leaves it asked
    row = qs.get_question(london, q)
    assert (row.status, row.answer) == ("asked", "")
    with pytest.raises(ValidationError) as caught:
        qs.answer_question(london, q, "a" * 20_001)
    assert caught.value.field == "answer"


def test_move_question(london: Any) -> None:
    a = ap.create_appointment(london, day="2026-12-03", at="10:30")
    b = ap.create_appointment(london, day="2026-12-17", at="14:00")
    q = qs.create_question(london, text="Flu vaccine?", appointment_id=a)
    qs.move_question(london, q, b)
    assert qs.get_question(london, q).appointment_id == b
    qs.move_question(london, q, None)
    assert qs.get_question(london, q).appointment_id is None
    with pytest.raises(ValidationError) as caught:
        qs.move_question(london, q, 4040)
    assert caught.value.field == "appointment"
    trash.delete(london, "question", q)
    with pytest.raises(NotFound):
        qs.move_question(london, q, a)


def test_grouped_coming_soonest_then_unplanned_then_past(london: Any) -> None:
    past = ap.create_appointment(london, day="2026-11-01", at="10:00", purpose="past")
    later = ap.create_appointment(london, day="2026-12-17", at="14:00", purpose="later")
    soon = ap.create_appointment(london, day="2026-12-03", at="10:30", purpose="soon")
    empty_past = ap.create_appointment(london, day="2026-10-01", at="10:00", purpose="empty past")
    low = qs.create_question(london, text="low", priority="low", appointment_id=soon)
    high = qs.create_question(london, text="high", priority="high", appointment_id=soon)
    done = qs.create_question(london, text="done", priority="high", appointment_id=soon)
    qs.answer_question(london, done, "ok")
    asked = qs.create_question(london, text="asked", priority="high", appointment_id=soon)
    qs.mark_asked(london, asked)
    unplanned = qs.create_question(london, text="unplanned")
    old = qs.create_question(london, text="old", appointment_id=past)
    groups = qs.questions_by_appointment(london, NOW)
    assert [(g.kind, g.appointment.purpose if g.appointment else None) for g in groups] == [
        ("coming", "soon"), ("coming", "later"), ("unplanned", None), ("past", "past")]
    assert [q.id for q in groups[0].questions] == [high, low, asked, done]
    assert groups[0].open_count == 2 and groups[0].key == f"appointment:{soon}"
    assert groups[1].questions == () and groups[1].appointment.id == later  # type: ignore[union-attr]
    assert [q.id for q in groups[2].questions] == [unplanned] and groups[2].key == "unplanned"
    assert [q.id for q in groups[3].questions] == [old]
    assert empty_past not in [g.appointment.id for g in groups if g.appointment]
    without_empty = qs.questions_by_appointment(london, NOW, include_empty_coming=False)
    assert [g.kind for g in without_empty] == ["coming", "unplanned", "past"]
    # A question whose appointment is in the trash is shown as not planned yet.
    trash.delete(london, "appointment", past)
    groups = qs.questions_by_appointment(london, NOW)
    assert [q.id for q in groups[-1].questions] == [unplanned, old]


def test_demo_groups(demo_profile: Any) -> None:
    groups = qs.questions_by_appointment(demo_profile, DEMO_NOW)
    assert [g.kind for g in groups] == ["coming", "coming", "unplanned", "past", "past"]
    assert groups[0].open_count == 4
    assert [q.priority for q in groups[0].questions] == ["high", "high", "normal", "normal"]
    next_one = ap.next_appointment(demo_profile, DEMO_NOW)
    assert next_one is not None and next_one.id == groups[0].appointment.id  # type: ignore[union-attr]


def test_list_questions_keeps_its_order(london: Any) -> None:
    a = qs.create_question(london, text="a", priority="low")
    b = qs.create_question(london, text="b", priority="high")
    c = qs.create_question(london, text="c", priority="high")
    qs.mark_asked(london, b)
    assert [q.id for q in qs.list_questions(london)] == [c, a, b]
