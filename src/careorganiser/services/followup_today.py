"""What Today shows of the follow-up plans that are on: the next visit, tests due before it, results not
recorded after it, and questions suggested by a change from baseline.

Read through store/queries/followup.py over the profile's plain connection like the rest of Today: nothing here
imports SQLAlchemy, so the Today screen still paints before the ORM loads. The arithmetic is domain.followup's.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from msgspec import Struct

from careorganiser.domain.clock import local_date, to_utc
from careorganiser.store import reads
from careorganiser.store.profiles import Profile

if TYPE_CHECKING:
    from careorganiser.domain import followup as fu


class NextVisit(Struct, frozen=True):
    label: str
    on: date


class TodayFollowup(Struct, frozen=True):
    plan_id: int
    subject_name: str
    next_visit: NextVisit | None
    reminders: tuple[fu.Reminder, ...]
    suggestions: tuple[str, ...]   # suggested questions not yet in the questions list


#: Is any plan on (turned on, not in the trash)? Cheap, and all Today asks of a profile that has none.
ANY_PLAN_ON = "SELECT 1 FROM followup_plans WHERE deleted_at IS NULL AND active = 1 LIMIT 1"


def today_items(profile: Profile, now: datetime) -> list[TodayFollowup]:
    """Each plan that is on, with what it asks of the caregiver on the local day of ``now``."""
    now = to_utc(now)
    with reads.snapshot(profile.read()) as conn:
        if not reads.rows(conn, ANY_PLAN_ON):  # most profiles have none: the plans' modules are not even loaded
            return []
        from careorganiser.store.queries import followup as fq
        from careorganiser.store.queries import measurements as xq
        from careorganiser.store.queries import questions as qq

        zone = reads.profile_zone(conn)
        today = local_date(now, zone)
        plans = fq.plans(conn, active_only=True, live_subject_only=True)
        if not plans:
            return []
        from careorganiser.domain import (
            followup as fu,  # the visit plan: only with a plan on (not at start-up)
        )

        followed = sorted({t for p in plans for t in p.followed_kinds})
        kinds = xq.kinds(conn)
        readings = fq.readings(conn, followed, zone, kinds)
        asked = qq.texts(conn)
    out = []
    for plan in plans:
        plan_visits = plan.domain_visits()
        suggestions: list[str] = []
        for c in fu.changes_from_baseline(plan_visits, readings):
            k = kinds.get(c.kind)
            label, unit, decimals = (k.label, k.unit, k.decimals) if k else (c.kind, "", 2)
            question = fu.suggested_question(c, label, unit, decimals, plan.subject_name.split(":")[0])
            if question and question not in asked and question not in suggestions:
                suggestions.append(question)
        index = fu.next_visit(plan_visits, today)
        nxt = NextVisit(plan_visits[index].label, plan_visits[index].on) if index is not None else None
        reminders = tuple(fu.reminders(plan_visits, readings, today))
        if reminders or suggestions or nxt:
            out.append(TodayFollowup(plan.id, plan.subject_name, nxt, reminders, tuple(suggestions)))
    return out
