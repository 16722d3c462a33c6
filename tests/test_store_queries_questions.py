"""The one read path for questions (store/queries/questions.py), built from an empty profile through the
services: the Questions page, an appointment's outcome panel, Today and the pack read the same snapshot."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import Any

import pytest

from careorganiser.services import appointments as ap
from careorganiser.services import overview, packs, questions, trash
from careorganiser.services.medications import MedicationInput, create_medication
from careorganiser.services.profiles import set_time_zone
from careorganiser.store.queries import questions as qq

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def london(profile: Any) -> Any:
    set_time_zone(profile, "Europe/London")
    return profile


def test_an_empty_profile_has_no_questions(london: Any) -> None:
    assert qq.questions(london.read()) == [] and qq.question(london.read(), 1) is None
    assert questions.list_questions(london) == []
    assert overview.today_overview(london, NOW).questions == []


def test_every_reader_gets_the_same_question(london: Any) -> None:
    a = ap.create_appointment(london, day=date(2026, 12, 3), at=time(10, 30), purpose="ILD review")
    med = create_medication(london, MedicationInput(name="Pirfenidone"))
    low = questions.create_question(london, text="Can I travel?", priority="low", appointment_id=a)
    high = questions.create_question(london, text="Is the cough a side effect?", topic="side effects",
                                     priority="high", appointment_id=a, medication_id=med)
    asked = questions.create_question(london, text="Bloods again?", appointment_id=a)
    questions.mark_asked(london, asked)
    later = questions.create_question(london, text="Oxygen at night?")

    found = qq.question(london.read(), high)
    assert found is not None and type(found) is qq.Question
    assert (found.appointment_id, found.appointment_label, found.medication_name, found.status) == (
        a, "ILD review", "Pirfenidone", "open")
    assert found.appointment_starts_at == datetime(2026, 12, 3, 10, 30, tzinfo=UTC)
    # One order everywhere: open before asked, high priority first, then the order they were added.
    assert [q.id for q in qq.questions(london.read())] == [high, later, low, asked]
    assert [q.id for q in questions.appointment_questions(london, a)] == [high, low, asked]
    # Today: the next appointment's open questions and those filed under none (its pack prints them too)
    assert overview.today_overview(london, NOW).questions == [found, qq.question(london.read(), later),
                                                              qq.question(london.read(), low)]
    assert questions.get_question(london, high) == found
    pack = packs.gather_pack(london, a, NOW)
    assert [(q.text, q.medication, q.priority) for q in pack.questions] == [
        ("Is the cough a side effect?", "Pirfenidone", "high"), ("Oxygen at night?", "", "normal"),
        ("Can I travel?", "", "low")]  # the next appointment's pack holds the question filed under none

    trash.delete(london, "medication", med)  # a link to a record in the trash is shown as none
    assert qq.question(london.read(), high).medication_name == ""  # type: ignore[union-attr]
    trash.delete(london, "appointment", a)
    assert qq.question(london.read(), high).appointment_id is None  # type: ignore[union-attr]
    trash.delete(london, "question", later)
    assert qq.question(london.read(), later) is None


def test_texts_and_topics(london: Any) -> None:
    first = questions.create_question(london, text="Is the trial registered?", topic="trial")
    questions.create_question(london, text="What are the risks?", topic="safety")
    questions.create_question(london, text="What phase is it?", topic="trial")
    assert qq.topics(london.read()) == questions.topics(london) == ["safety", "trial"]
    assert qq.texts(london.read()) == {"Is the trial registered?", "What are the risks?", "What phase is it?"}
    assert qq.with_text(london.read(), "Is the trial registered?").id == first  # type: ignore[union-attr]
    assert qq.with_text(london.read(), "is the trial registered?") is None
    trash.delete(london, "question", first)
    assert "Is the trial registered?" not in qq.texts(london.read())
