"""Gathering what the pack shows of the follow-up plans that are on (see domain.followup)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from careorganiser.domain import followup as fu
from careorganiser.domain.catalogue import MeasurementKind, format_value
from careorganiser.domain.formatting import format_date
from careorganiser.domain.readings import context_words
from careorganiser.i18n import translate
from careorganiser.pack.followup_model import PackFollowup, PackFollowupEvent, PackFollowupVisit
from careorganiser.store.queries import followup as fq
from careorganiser.store.queries import measurements as xq

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

MAX_EVENTS = 20  # the most recent; the pack section stays within two pages


def _short_name(kind: str, kinds: dict[str, MeasurementKind]) -> str:
    return fu.TEST_NAMES.get(kind) or (kinds[kind].label if kind in kinds else kind)


def _with_unit(kind: MeasurementKind | None, value: float) -> str:
    unit = kind.unit if kind else ""
    text = format_value(kind, value)
    return text + unit if unit == "%" else f"{text} {unit}".rstrip()


def _told(e: fq.Event) -> str:
    if not e.told and e.told_on is None:
        return translate("Pack", "not yet")
    parts = [e.told_whom, format_date(e.told_on) if e.told_on else ""]
    return ", ".join(p for p in parts if p) or translate("Pack", "yes")


def gather_followups(session: Session, appointment_id: int | None, today: date, zone: ZoneInfo,
                     only_trials: bool = False) -> tuple[PackFollowup, ...]:
    """Every follow-up plan that is on; the one whose visit is ``appointment_id`` comes first."""
    kinds = xq.kinds(session)
    out = []
    for p in fq.plans(session, active_only=True, live_subject_only=True):
        if only_trials and p.trial_id is None:
            continue
        visits = p.domain_visits()
        readings = fq.readings(session, p.followed_kinds, zone, kinds)
        matched = fu.match_readings(visits, readings)
        pack_visits = []
        for v, row, found in zip(visits, p.visits, matched, strict=True):
            values = "; ".join(f"{_short_name(k, kinds)} {_with_unit(kinds.get(k), found[k].value)}"
                               + (f" ({context_words(found[k].context)})" if found[k].context else "")
                               for k in v.tests if k in found)
            pack_visits.append(PackFollowupVisit(v.label, v.on, fu.tests_text(v.tests), values,
                                                 appointment_id is not None and row.appointment_id == appointment_id))
        all_changes = fu.changes_from_baseline(visits, readings)
        latest: dict[tuple[str, str], fu.ChangeFromBaseline] = {}  # of each kind, per way it was taken
        for c in all_changes:
            latest[(c.kind, c.reading.context or "")] = c
        changes, crossed, questions = [], [], []
        subject = p.subject_name
        for (kind, _), c in latest.items():
            k = kinds.get(kind)
            label, unit, decimals = (k.label, k.unit, k.decimals) if k else (kind, "", 2)
            changes.append(fu.change_text(c, label, unit, decimals))
            if c.crossed is not None:
                crossed.append(c.crossed.plain)
            q = fu.suggested_question(c, label, unit, decimals, subject.split(":")[0])
            if q:
                questions.append(q)
        events = p.events[-MAX_EVENTS:]
        out.append(PackFollowup(
            subject=subject, trial=p.trial_id is not None, baseline=p.baseline_date,
            visits_text=fu.offsets_text([v.offset for v in visits]), visits=tuple(pack_visits),
            changes=tuple(changes), crossed=tuple(dict.fromkeys(crossed)), questions=tuple(questions),
            due=tuple(r.text for r in fu.reminders(visits, readings, today)),
            events=tuple(PackFollowupEvent(e.occurred_on, e.what, e.severity, _told(e), e.outcome) for e in events),
            contact_name=p.contact_name, contact_phone=p.contact_phone, out_of_hours=p.out_of_hours,
        ))
    out.sort(key=lambda f: not any(v.this_visit for v in f.visits))
    return tuple(out)
