"""Questions for the doctor: the one read path (the Questions page, an appointment's outcome panel, Today, the pack).

One snapshot type, :class:`Question`, with what it is linked to: its appointment, trial and medication, each
left out (None / "") when that record is in the trash. Questions in the trash are left out. The order is the
one every list shows: open before asked before answered, high priority first, then the order they were added.

``source`` is a DB-API connection (``Profile.read()``) or a session whose connection is used. Plain SQL.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from msgspec import Struct

from careorganiser.domain.enums import Priority, QuestionStatus
from careorganiser.store import reads
from careorganiser.store.codec import instant_from_db

__all__ = ["PRIORITY_ORDER", "STATUS_ORDER", "Question", "question", "questions", "texts", "topics", "with_text"]

PRIORITY_ORDER = {Priority.HIGH: 0, Priority.NORMAL: 1, Priority.LOW: 2}
STATUS_ORDER = {QuestionStatus.OPEN: 0, QuestionStatus.ASKED: 1, QuestionStatus.ANSWERED: 2}


class Question(Struct, frozen=True):
    id: int
    uid: str
    text: str
    topic: str
    priority: str
    appointment_id: int | None  # None also when its appointment is in the trash
    appointment_starts_at: datetime | None
    appointment_label: str  # the appointment's purpose, else its place
    trial_id: int | None
    trial_nct_id: str
    medication_id: int | None
    medication_name: str
    status: str
    answer: str
    trial_title: str = ""
    created_at: datetime | None = None


_SQL = """
    SELECT q.id, q.uid, q.text, q.topic, q.priority, a.id, a.starts_at, a.purpose, a.place, t.id, t.nct_id,
           md.id, md.name, q.status, q.answer, t.title, q.created_at
    FROM questions q
    LEFT JOIN appointments a ON a.id = q.appointment_id AND a.deleted_at IS NULL
    LEFT JOIN trials t ON t.id = q.trial_id AND t.deleted_at IS NULL
    LEFT JOIN medications md ON md.id = q.medication_id AND md.deleted_at IS NULL
    WHERE q.deleted_at IS NULL"""
_ORDER = (" ORDER BY CASE q.status WHEN 'open' THEN 0 WHEN 'asked' THEN 1 WHEN 'answered' THEN 2 ELSE 3 END,"
          " CASE q.priority WHEN 'high' THEN 0 WHEN 'normal' THEN 1 WHEN 'low' THEN 2 ELSE 1 END, q.id")


def _question(row: Any) -> Question:
    (id_, uid, text, topic, priority, appointment_id, starts_at, purpose, place, trial_id, nct_id, medication_id,
     medication_name, status, answer, trial_title, created_at) = row
    return Question(
        id_, uid, text, topic, priority, appointment_id, instant_from_db(starts_at),
        (purpose or place) if appointment_id is not None else "", trial_id, nct_id or "", medication_id,
        medication_name or "", status, answer, trial_title or "", instant_from_db(created_at),
    )


def questions(source: Any, *, appointment_id: int | None = None, open_only: bool = False,
              with_unfiled: bool = False) -> list[Question]:
    """Questions not in the trash, in the lists' order; only those for one appointment (``appointment_id``) and
    only open ones (``open_only``) when asked. ``with_unfiled`` adds, to one appointment's, the questions filed
    under no appointment (or under one in the trash): the next appointment is where those are asked, on Today
    and in its pack alike."""
    sql = _SQL
    params: list[Any] = []
    if appointment_id is not None:
        sql += " AND (q.appointment_id = ? OR a.id IS NULL)" if with_unfiled else " AND q.appointment_id = ?"
        params.append(appointment_id)
    if open_only:
        sql += " AND q.status = 'open'"
    return [_question(row) for row in reads.rows(reads.connection_of(source), sql + _ORDER, params)]


def question(source: Any, question_id: int) -> Question | None:
    """One question by its row id, or None (also when it is in the trash)."""
    found = reads.rows(reads.connection_of(source), _SQL + " AND q.id = ?", (question_id,))
    return _question(found[0]) if found else None


def texts(source: Any, *, trial_id: int | None = None) -> set[str]:
    """The text of every question not in the trash (only those linked to ``trial_id`` when given)."""
    sql, params = "SELECT text FROM questions WHERE deleted_at IS NULL", []
    if trial_id is not None:
        sql += " AND trial_id = ?"
        params.append(trial_id)
    return {text for (text,) in reads.rows(reads.connection_of(source), sql, params)}


def with_text(source: Any, text: str) -> Question | None:
    """The first question not in the trash with exactly this text, or None."""
    found = reads.rows(reads.connection_of(source), _SQL + " AND q.text = ? ORDER BY q.id LIMIT 1", (text,))
    return _question(found[0]) if found else None


def topics(source: Any) -> list[str]:
    """The topics in use by questions not in the trash, in order."""
    return [topic for (topic,) in reads.rows(reads.connection_of(source), """
        SELECT DISTINCT topic FROM questions WHERE deleted_at IS NULL AND topic != '' ORDER BY topic""")]
