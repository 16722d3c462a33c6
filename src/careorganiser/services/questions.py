"""Questions for the doctor, grouped by the appointment they are for."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from careorganiser.store import models as m
from careorganiser.store.profiles import Profile

PRIORITY_ORDER = {"high": 0, "normal": 1, "low": 2}


@dataclass(frozen=True, slots=True)
class QuestionRow:
    id: int
    uid: str
    text: str
    topic: str
    priority: str
    appointment_id: int | None
    appointment_starts_at: datetime | None
    appointment_label: str
    trial_id: int | None
    trial_nct_id: str
    medication_id: int | None
    medication_name: str
    status: str
    answer: str


def question_row(q: m.Question) -> QuestionRow:
    a = q.appointment if q.appointment is not None and q.appointment.deleted_at is None else None
    return QuestionRow(
        q.id, q.uid, q.text, q.topic, q.priority, a.id if a else None, a.starts_at if a else None,
        (a.purpose or a.place) if a else "", q.trial_id, q.trial.nct_id if q.trial else "", q.medication_id,
        q.medication.name if q.medication else "", q.status, q.answer,
    )


def list_questions(profile: Profile) -> list[QuestionRow]:
    with profile.session_factory() as s:
        rows = s.scalars(select(m.Question).where(m.Question.deleted_at.is_(None)).order_by(m.Question.id)).unique().all()
        out = [question_row(q) for q in rows]
    return sorted(out, key=lambda q: (q.status != "open", PRIORITY_ORDER.get(q.priority, 1), q.id))
