"""The questions page's words without a window: a group's heading, the line under a question, what it is
about, when it is for, and a question cut short for a message."""

from __future__ import annotations

from datetime import UTC, datetime

from careorganiser.services.questions import GroupKind, QuestionGroup
from careorganiser.store.queries.appointments import Appointment
from careorganiser.store.queries.questions import Question
from careorganiser.ui.questions.words import appointment_words, detail_line, group_title, linked_text, short_text

VISIT = datetime(2026, 12, 3, 10, 30, tzinfo=UTC)


def question(qid: int, status: str = "open", **more: object) -> Question:
    values = dict(id=qid, uid=f"q{qid}", text="Is the decline in FVC enough to change treatment?", topic="",
                  priority="normal", appointment_id=None, appointment_starts_at=None, appointment_label="",
                  trial_id=None, trial_nct_id="", medication_id=None, medication_name="", status=status, answer="")
    values.update(more)
    return Question(**values)  # type: ignore[arg-type]


def test_a_group_heading_names_its_appointment_and_counts_the_open_questions(qapp) -> None:
    visit = Appointment(id=1, uid="a1", starts_at=VISIT, duration_minutes=45, clinician="Dr Anil Mehta")
    coming = QuestionGroup(GroupKind.COMING, visit, (question(1), question(2, "answered"), question(3, "asked")))
    assert group_title(coming, "Thu 3 Dec 2026 10:30") == "Thu 3 Dec 2026 10:30, with Dr Anil Mehta  (1 open)"
    past = QuestionGroup(GroupKind.PAST, visit, (question(4, "answered"),))
    assert group_title(past, "Thu 3 Dec 2026 10:30") == "Past: Thu 3 Dec 2026 10:30, with Dr Anil Mehta  (none open)"
    assert group_title(QuestionGroup(GroupKind.UNPLANNED, None, ()), "") == "Not planned yet  (no questions yet)"


def test_the_line_under_a_question(qapp) -> None:
    q = question(1, topic="oxygen", priority="high", medication_name="Pirfenidone", trial_nct_id="NCT06534528")
    assert linked_text(q) == "Pirfenidone, trial NCT06534528"
    line = detail_line(q, "not planned yet", {"high": "High"}, {"open": "Not asked yet"})
    assert line == ("For: not planned yet \u00b7 Topic: oxygen \u00b7 Priority: High \u00b7 Status: Not asked yet"
                    " \u00b7 About: Pirfenidone, trial NCT06534528")
    assert detail_line(question(2), "x", {}, {}) == "For: x \u00b7 Priority: normal \u00b7 Status: open"


def test_when_a_question_is_for(qapp) -> None:
    assert appointment_words(question(1), lambda q: "never called") == \
        "not planned yet (printed in the next appointment\u2019s pack)"
    planned = question(2, appointment_id=1, appointment_starts_at=VISIT, appointment_label="ILD review")
    assert appointment_words(planned, lambda q: "Thu 3 Dec 2026") == "Thu 3 Dec 2026 \u00b7 ILD review"
    plain = question(3, appointment_id=1, appointment_starts_at=VISIT)
    assert appointment_words(plain, lambda q: "Thu 3 Dec 2026") == "Thu 3 Dec 2026"


def test_a_long_question_is_cut_with_an_ellipsis() -> None:
    assert short_text("Short?") == "Short?"
    cut = short_text("x" * 200)
    assert len(cut) == 80 and cut.endswith("\u2026")
    assert short_text("y" * 80) == "y" * 80
