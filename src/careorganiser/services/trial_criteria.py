"""A trial's eligibility criteria read once and kept (trials.criteria_parse): derived data, written beside a
trial's save or import and again at print when what was kept is missing, of another version or damaged."""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from careorganiser.store import models as m
from careorganiser.store.errors import UserError
from careorganiser.store.profiles import Profile
from careorganiser.trials.model import Study
from careorganiser.trials.parsed import kept_items, kept_payment, read_study

log = logging.getLogger(__name__)


def study_of(study: dict[str, Any] | None) -> Study | None:
    if not study:
        return None
    try:
        return Study.from_dict(study)
    except (TypeError, ValueError):  # a damaged stored study: show what the row itself knows
        return None



def keep_criteria(s: Session, readings: dict[int, dict[str, Any]]) -> None:
    """Keep each trial's reading of its eligibility criteria (trials.parsed), by trial id. Derived data: the
    trial's history and its ``updated_at`` do not change."""
    for trial_id, reading in readings.items():
        s.execute(update(m.Trial).where(m.Trial.id == trial_id)
                  .values(criteria_parse=reading, updated_at=m.Trial.updated_at)
                  .execution_options(synchronize_session=False))


def keep_all_criteria(s: Session) -> None:
    """Read and keep the criteria of every trial with a stored study (after an interchange import)."""
    found = s.execute(select(m.Trial.id, m.Trial.study).where(m.Trial.study.is_not(None))).all()
    keep_criteria(s, {trial_id: reading_of(study)
                      for trial_id, study in ((i, study_of(d)) for i, d in found) if study is not None})


def reading_of(study: Study, kept: Any = None) -> dict[str, Any] | None:
    """What is kept of a study (trials.parsed), or None when its texts cannot be read (then they are read at
    print, where the problem is noted as before): saving the trial never fails on it. ``kept`` is the reading
    the trial has now: it is handed back as it is when it is of this reader's version and of the study's very
    texts (a trial imported again unchanged is not read again: ~0.1 s for a long eligibility text)."""
    try:
        if kept is not None and kept_items(kept, study.eligibility_criteria or "") is not None \
                and kept_payment(kept, study) is not None:
            return kept
        return read_study(study)
    except (ValueError, TypeError, KeyError, IndexError, AttributeError, ArithmeticError, RecursionError) as exc:
        log.info("a trial's criteria could not be read: %s", type(exc).__name__)
        return None


def keep_fresh_readings(profile: Profile, readings: dict[int, dict[str, Any]]) -> None:
    """After a pre-screen that had to read some trials' criteria again (none kept, an older version, damaged),
    keep the fresh readings, unless the profile is read-only or another process writes it (no waiting for
    it: a command beside the open window prints at once). Not keeping them loses nothing: they are read again
    next time, so a failure here is logged, not shown."""
    if not readings or profile.read_only:
        return
    took = False
    try:
        if not profile.holds_writer:
            profile.hold_writer(wait=0)
            took = True
        with profile.session_factory.begin() as s:
            keep_criteria(s, readings)
    except (SQLAlchemyError, UserError, OSError) as exc:  # another process writes the profile, a full disk...
        log.warning("the trials' criteria read again could not be kept: %s", type(exc).__name__)
    finally:
        if took:
            profile.release_writer()
