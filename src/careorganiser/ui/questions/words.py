"""What the questions page says, without widgets: a group's heading, the line under a question, what it is
about, when it is for, and a question cut short for a message. Tested without a window
(tests/test_question_words.py)."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication

from careorganiser.services.questions import GroupKind, QuestionGroup
from careorganiser.store.queries.questions import Question


def linked_text(q: Question) -> str:
    """What a question is about: "Pirfenidone, trial NCT06534528"."""
    parts = []
    if q.medication_name:
        parts.append(q.medication_name)
    if q.trial_nct_id:
        parts.append(QCoreApplication.translate("QuestionsPage", "trial {nct}").format(nct=q.trial_nct_id))
    return ", ".join(parts)


def group_title(g: QuestionGroup, appointment: str) -> str:
    """A group's heading: its appointment (``appointment``: the appointment in words) and how many are open."""
    open_count = g.open_count
    if g.appointment is None:
        title = QCoreApplication.translate("QuestionsPage", "Not planned yet")
    else:
        title = appointment
        if g.appointment.clinician:
            title += QCoreApplication.translate("QuestionsPage", ", with {clinician}").format(clinician=g.appointment.clinician)
        if g.kind == GroupKind.PAST:
            title = QCoreApplication.translate("QuestionsPage", "Past: {appointment}").format(appointment=title)
    if not g.questions:
        count = QCoreApplication.translate("QuestionsPage", "no questions yet")
    elif open_count:
        count = QCoreApplication.translate("QuestionsPage", "{count} open").format(count=open_count)
    else:
        count = QCoreApplication.translate("QuestionsPage", "none open")
    return f"{title}  ({count})"


def appointment_words(q: Question, day_words: Callable[[Question], str]) -> str:
    """When a question is for: "Thu 3 Dec 2026 · ILD review", or "not planned yet", with where it prints (the
    pack for the next appointment, as pack.gather chooses). ``day_words`` says the day of its appointment in the
    window's zone and locale."""
    if q.appointment_id is None or q.appointment_starts_at is None:
        return QCoreApplication.translate("QuestionsPage", "not planned yet (printed in the next appointment\u2019s pack)")
    day = day_words(q)
    return f"{day} \u00b7 {q.appointment_label}" if q.appointment_label else day


def detail_line(q: Question, appointment: str, priorities: Mapping[str, str], statuses: Mapping[str, str]) -> str:
    """The line under a question: when it is for, its topic, priority and status, and what it is about."""
    parts = [QCoreApplication.translate("QuestionsPage", "For: {appointment}").format(appointment=appointment),
             QCoreApplication.translate("QuestionsPage", "Priority: {priority}").format(priority=priorities.get(q.priority, q.priority)),
             QCoreApplication.translate("QuestionsPage", "Status: {status}").format(status=statuses.get(q.status, q.status))]
    if q.topic:
        parts.insert(1, QCoreApplication.translate("QuestionsPage", "Topic: {topic}").format(topic=q.topic))
    about = linked_text(q)
    if about:
        parts.append(QCoreApplication.translate("QuestionsPage", "About: {what}").format(what=about))
    return " \u00b7 ".join(parts)


def short_text(text: str, limit: int = 80) -> str:
    """A question as a message quotes it: at most ``limit`` characters, an ellipsis where it was cut."""
    return text if len(text) <= limit else text[:limit - 1] + "\u2026"
