"""What Today shows of the follow-up plans that are on: the next visit, tests due before it, results not
recorded after it, and questions suggested by a change from baseline.

Read through the profile's plain connection like the rest of Today: nothing here imports SQLAlchemy, so the
Today screen still paints before the ORM loads. The arithmetic is domain.followup's.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from careorganiser.domain.catalogue import MeasurementKind, builtin_kinds
from careorganiser.domain.clock import local_date, to_utc
from careorganiser.store import reads
from careorganiser.store.profiles import Profile
from careorganiser.store.queries import questions as qq
from careorganiser.store.reads import rows

if TYPE_CHECKING:
    from careorganiser.domain import followup as fu


@dataclass(frozen=True, slots=True)
class NextVisit:
    label: str
    on: date


@dataclass(frozen=True, slots=True)
class TodayFollowup:
    plan_id: int
    subject_name: str
    next_visit: NextVisit | None
    reminders: tuple[fu.Reminder, ...]
    suggestions: tuple[str, ...]   # suggested questions not yet in the questions list


def _kinds(conn: Any) -> dict[str, MeasurementKind]:
    kinds = dict(builtin_kinds())
    for key, label, unit in rows(conn, "SELECT key, label, unit FROM measurement_kinds"):
        kinds.setdefault(key, MeasurementKind(key, label, unit, group="custom", decimals=2, custom=True))
    return kinds


def _subject(nct_id: str | None, title: str | None, name: str | None, strength: str | None) -> str:
    if nct_id:
        return f"{nct_id}: {title}" if title else nct_id
    return " ".join(x for x in (name, strength) if x)


def today_items(profile: Profile, now: datetime) -> list[TodayFollowup]:
    """Each plan that is on, with what it asks of the caregiver on the local day of ``now``."""
    now = to_utc(now)
    with reads.snapshot(profile.read()) as conn:
        zone = reads.profile_zone(conn)
        today = local_date(now, zone)
        plans = rows(conn, """
            SELECT p.id, p.tests, t.nct_id, t.title, md.name, md.strength
            FROM followup_plans AS p
            LEFT JOIN trials AS t ON t.id = p.trial_id
            LEFT JOIN medications AS md ON md.id = p.medication_id
            WHERE p.deleted_at IS NULL AND p.active = 1
              AND (t.id IS NULL OR t.deleted_at IS NULL) AND (md.id IS NULL OR md.deleted_at IS NULL)
            ORDER BY p.id""")
        if not plans:
            return []
        from careorganiser.domain import followup as fu  # the visit plan: only with a plan on (not at start-up)

        ids = [p[0] for p in plans]
        visits: dict[int, list[fu.Visit]] = {i: [] for i in ids}
        for plan_id, value, unit, on, tests in rows(conn, f"""
                SELECT plan_id, offset_value, offset_unit, visit_date, tests FROM followup_visits
                WHERE plan_id IN ({reads.placeholders(len(ids))}) ORDER BY plan_id, position""", ids):
            visit_day = reads.day(on)
            assert visit_day is not None
            visits[plan_id].append(fu.Visit(fu.Offset(value, unit), visit_day, tuple(reads.json_value(tests) or ())))
        followed = sorted({t for vs in visits.values() for v in vs for t in v.tests}
                          | {t for p in plans for t in reads.json_value(p[1]) or ()})
        readings = [fu.Reading(kind, value, (reads.instant(taken_at) or now).astimezone(zone).date(), high)
                    for kind, value, taken_at, high in rows(conn, f"""
                        SELECT kind, value, taken_at, range_high FROM measurements
                        WHERE deleted_at IS NULL AND kind IN ({reads.placeholders(len(followed))})
                        ORDER BY taken_at""", followed)] if followed else []
        asked = qq.texts(conn)
        kinds = _kinds(conn)
    out = []
    for plan_id, _tests, nct_id, title, name, strength in plans:
        plan_visits = visits[plan_id]
        subject = _subject(nct_id, title, name, strength)
        suggestions: list[str] = []
        for c in fu.changes_from_baseline(plan_visits, readings):
            k = kinds.get(c.kind)
            label, unit, decimals = (k.label, k.unit, k.decimals) if k else (c.kind, "", 2)
            question = fu.suggested_question(c, label, unit, decimals, subject.split(":")[0])
            if question and question not in asked and question not in suggestions:
                suggestions.append(question)
        index = fu.next_visit(plan_visits, today)
        nxt = NextVisit(plan_visits[index].label, plan_visits[index].on) if index is not None else None
        reminders = tuple(fu.reminders(plan_visits, readings, today))
        if reminders or suggestions or nxt:
            out.append(TodayFollowup(plan_id, subject, nxt, reminders, tuple(suggestions)))
    return out
