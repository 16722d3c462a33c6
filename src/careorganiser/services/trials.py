"""Saved clinical trials: the study as registered, and the caregiver's own status and notes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from careorganiser.store import models as m
from careorganiser.store.profiles import Profile


@dataclass(frozen=True, slots=True)
class TrialRow:
    id: int
    nct_id: str
    title: str
    status: str
    phases: tuple[str, ...]
    interest: str
    notes: str
    imported_at: datetime | None
    study: dict[str, Any] | None


def trial_row(t: m.Trial) -> TrialRow:
    return TrialRow(t.id, t.nct_id, t.title, t.status, tuple(t.phases or ()), t.interest, t.notes, t.imported_at,
                    t.study)


def list_trials(profile: Profile) -> list[TrialRow]:
    with profile.session_factory() as s:
        rows = s.scalars(select(m.Trial).where(m.Trial.deleted_at.is_(None)).order_by(m.Trial.nct_id)).all()
        return [trial_row(t) for t in rows]
