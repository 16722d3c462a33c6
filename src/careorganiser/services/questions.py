"""Questions for the doctor, grouped by the appointment they are for.

A question is for one appointment or "not planned yet". It is open, then asked, then answered; open ones
come first, the most important first. Each write is one unit of work and tells the ui what changed.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from msgspec import Struct
from sqlalchemy.orm import Session

from careorganiser.domain import fields
from careorganiser.domain.enums import Priority, QuestionStatus
from careorganiser.i18n import translate
from careorganiser.services.appointments import Appointment, agenda, clean_field
from careorganiser.services.base import NotFound, ServiceError, ValidationError, notify
from careorganiser.store import models as m
from careorganiser.store.profiles import Profile
from careorganiser.store.queries import questions as qq
from careorganiser.store.queries.questions import Question

PRIORITIES: tuple[str, ...] = tuple(p.value for p in Priority)
STATUSES: tuple[str, ...] = tuple(s.value for s in QuestionStatus)

TEXT_LIMIT = fields.limit("questions", "text")
TOPIC_LIMIT = fields.limit("questions", "topic")
ANSWER_LIMIT = fields.limit("questions", "answer")


class GroupKind(StrEnum):
    """Where a group of questions stands: for an appointment to come, not planned yet, or asked at a past one."""

    COMING = "coming"
    UNPLANNED = "unplanned"
    PAST = "past"


class QuestionGroup(Struct, frozen=True):
    """The questions for one appointment, or those not planned yet (``appointment`` None)."""

    kind: GroupKind
    appointment: Appointment | None
    questions: tuple[Question, ...]

    @property
    def key(self) -> str:
        return f"appointment:{self.appointment.id}" if self.appointment is not None else "unplanned"

    @property
    def open_count(self) -> int:
        return sum(1 for q in self.questions if q.status == QuestionStatus.OPEN)


def appointment_questions(profile: Profile, appointment_id: int) -> list[Question]:
    """The questions for one appointment: open first, most important first."""
    return qq.questions(profile.read(), appointment_id=appointment_id)


# ---------------------------------------------------------------------------------------------- read


def list_questions(profile: Profile) -> list[Question]:
    """Every question (not in the trash): open first, high priority first."""
    return qq.questions(profile.read())


def questions_by_ids(profile: Profile, ids: Iterable[int]) -> list[Question]:
    """The questions among ``ids`` that still exist (a change notice's ids, read again)."""
    source = profile.read()
    return [found for found in (qq.question(source, question_id) for question_id in ids) if found is not None]


def list_order(q: Question) -> tuple[int, int, int]:
    """Where a question falls inside its group: open first, then asked, then answered; high priority first;
    then by id (the order :func:`questions_by_appointment` reads them in)."""
    return qq.STATUS_ORDER.get(q.status, 3), qq.PRIORITY_ORDER.get(q.priority, 1), q.id


def group_key(q: Question) -> str:
    """The key of the group a question is listed in (:attr:`QuestionGroup.key`)."""
    return f"appointment:{q.appointment_id}" if q.appointment_id is not None else "unplanned"


def get_question(profile: Profile, question_id: int) -> Question:
    found = qq.question(profile.read(), question_id)
    if found is None:
        raise NotFound(translate("Questions", "That question no longer exists."))
    return found


def questions_by_appointment(profile: Profile, now: datetime | None = None,
                             include_empty_coming: bool = True) -> list[QuestionGroup]:
    """Questions in groups: coming appointments soonest first, then "not planned yet", then past appointments
    newest first. Inside a group: open first, high priority first. Coming appointments without questions are
    listed too (``include_empty_coming``), so a question can be planned for them; past ones only with questions.
    """
    now = now or datetime.now(UTC)
    plan = agenda(profile, now)
    rows = qq.questions(profile.read())
    by_appointment: dict[int | None, list[Question]] = {}
    for q in rows:
        by_appointment.setdefault(q.appointment_id, []).append(q)
    groups: list[QuestionGroup] = []
    for a in plan.coming:
        found = by_appointment.pop(a.id, [])
        if found or include_empty_coming:
            groups.append(QuestionGroup(GroupKind.COMING, a, tuple(found)))
    groups.append(QuestionGroup(GroupKind.UNPLANNED, None, tuple(by_appointment.pop(None, []))))
    for a in plan.past:
        found = by_appointment.pop(a.id, [])
        if found:
            groups.append(QuestionGroup(GroupKind.PAST, a, tuple(found)))
    return groups


def topics(profile: Profile) -> list[str]:
    """The topics already in use, for suggestions."""
    return qq.topics(profile.read())


# ---------------------------------------------------------------------------------------------- write


def _read_id(value: Any, field: str) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(field, translate("Validation", "Choose one from the list."))
    return value


def _linked(s: Session, model: type, value: Any, field: str, gone: str) -> int | None:
    record_id = _read_id(value, field)
    if record_id is None:
        return None
    row = s.get(model, record_id)
    if row is None or row.deleted_at is not None:
        raise ValidationError(field, gone)
    return record_id


def _appointment_id(s: Session, value: Any) -> int | None:
    return _linked(s, m.Appointment, value, "appointment",
                   translate("Questions", "That appointment no longer exists. Choose another, or \u201cNot planned yet\u201d."))


class _QuestionInput(Struct, frozen=True):
    text: str
    topic: str
    priority: str
    appointment_id: int | None
    trial_id: int | None
    medication_id: int | None


def _read_question(s: Session, text: Any, topic: Any, priority: Any, appointment_id: Any, trial_id: Any,
                   medication_id: Any) -> _QuestionInput:
    body = clean_field(text, "questions", "text")
    topic_text = clean_field(topic, "questions", "topic")
    if priority not in PRIORITIES:
        raise ValidationError("priority", translate("Questions", "Choose the priority: high, normal or low."))
    return _QuestionInput(
        body, topic_text, str(priority), _appointment_id(s, appointment_id),
        _linked(s, m.Trial, trial_id, "trial", translate("Questions", "That trial is no longer saved. Choose another, or none.")),
        _linked(s, m.Medication, medication_id, "medication",
                translate("Questions", "That medication is no longer in the list. Choose another, or none.")),
    )


def _get(s: Session, question_id: Any) -> m.Question:
    q = s.get(m.Question, question_id) if isinstance(question_id, int) and not isinstance(question_id, bool) else None
    if q is None or q.deleted_at is not None:
        raise NotFound(translate("Questions", "That question no longer exists."))
    return q


def create_question(profile: Profile, *, text: str, topic: str = "", priority: str = Priority.NORMAL,
                    appointment_id: int | None = None, trial_id: int | None = None,
                    medication_id: int | None = None) -> int:
    """Add an open question, for an appointment or not planned yet. Returns its id."""
    with profile.session_factory.begin() as s:
        data = _read_question(s, text, topic, priority, appointment_id, trial_id, medication_id)
        q = m.Question(text=data.text, topic=data.topic, priority=data.priority, appointment_id=data.appointment_id,
                       trial_id=data.trial_id, medication_id=data.medication_id, status=QuestionStatus.OPEN, answer="")
        s.add(q)
        s.flush()
        new_id = q.id
    notify(profile, records={"questions": [new_id]})
    return new_id


def update_question(profile: Profile, question_id: int, *, text: str, topic: str, priority: str,
                    appointment_id: int | None, trial_id: int | None, medication_id: int | None) -> None:
    with profile.session_factory.begin() as s:
        q = _get(s, question_id)
        data = _read_question(s, text, topic, priority, appointment_id, trial_id, medication_id)
        q.text, q.topic, q.priority = data.text, data.topic, data.priority
        q.appointment_id, q.trial_id, q.medication_id = data.appointment_id, data.trial_id, data.medication_id
    notify(profile, records={"questions": [question_id]})


def mark_asked(profile: Profile, question_id: int, asked: bool = True) -> None:
    """Mark a question asked (or open again). An answered question stays answered."""
    with profile.session_factory.begin() as s:
        q = _get(s, question_id)
        if q.status == QuestionStatus.ANSWERED:
            if not asked:
                raise ServiceError(translate("Questions", "This question has an answer. Clear the answer first."))
        else:
            q.status = QuestionStatus.ASKED if asked else QuestionStatus.OPEN
    notify(profile, records={"questions": [question_id]})


def answer_question(profile: Profile, question_id: int, answer: str) -> None:
    """Record the answer; the question becomes "answered". A blank answer clears an earlier one ("asked")."""
    with profile.session_factory.begin() as s:
        q = _get(s, question_id)
        text = clean_field(answer, "questions", "answer")
        if text:
            q.answer, q.status = text, QuestionStatus.ANSWERED
        elif q.answer or q.status == QuestionStatus.ANSWERED:
            q.answer, q.status = "", QuestionStatus.ASKED
        else:
            raise ValidationError("answer", translate("Questions", "Write the answer first."))
    notify(profile, records={"questions": [question_id]})


def move_question(profile: Profile, question_id: int, appointment_id: int | None) -> None:
    """File a question under another appointment, or under "not planned yet" (None)."""
    with profile.session_factory.begin() as s:
        q = _get(s, question_id)
        q.appointment_id = _appointment_id(s, appointment_id)
    notify(profile, records={"questions": [question_id]})
