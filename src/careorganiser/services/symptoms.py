"""The symptom journal: symptoms on the 0-4 scale, free text, activity and pacing, tags."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from careorganiser.store import models as m
from careorganiser.store.profiles import Profile


@dataclass(frozen=True, slots=True)
class SymptomNoteRow:
    id: int
    uid: str
    recorded_at: datetime
    symptoms: tuple[tuple[str, int], ...]
    text: str
    activity: str
    tags: tuple[str, ...]

    @property
    def worst(self) -> int:
        return max((sev for _, sev in self.symptoms), default=0)


def note_row(n: m.SymptomNote) -> SymptomNoteRow:
    return SymptomNoteRow(
        n.id, n.uid, n.recorded_at, tuple((s["name"], int(s["severity"])) for s in n.symptoms or ()),
        n.text, n.activity, tuple(n.tags or ()),
    )


def list_notes(profile: Profile, limit: int | None = None, offset: int = 0) -> list[SymptomNoteRow]:
    with profile.session_factory() as s:
        query = (select(m.SymptomNote).where(m.SymptomNote.deleted_at.is_(None))
                 .order_by(m.SymptomNote.recorded_at.desc(), m.SymptomNote.id.desc()).offset(offset))
        if limit is not None:
            query = query.limit(limit)
        return [note_row(n) for n in s.scalars(query).all()]
