"""What the Today screen shows, read in one go: the day plan (``services.today``) and the doses waiting for
an answer (``services.reminders``). It sits above both so that neither imports the other's caller."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from careorganiser.domain.clock import day_bounds, local_date, to_utc
from careorganiser.services.reminders import AsNeededItem, DueDose, ReadContext
from careorganiser.services.today import DayPlan, DoseItem, plan_for
from careorganiser.store import reads
from careorganiser.store.profiles import Profile
from careorganiser.store.queries import appointments as aq
from careorganiser.store.queries import questions as qq
from careorganiser.store.queries.appointments import Appointment
from careorganiser.store.queries.questions import Question

__all__ = ["TodayOverview", "today_overview"]


@dataclass(frozen=True)
class TodayOverview:
    """Everything the Today screen shows at ``now``, read from one view of the file."""

    now: datetime
    plan: DayPlan
    due: list[DueDose] = field(default_factory=list)
    missed_while_closed: list[DoseItem] = field(default_factory=list)
    as_needed: list[AsNeededItem] = field(default_factory=list)
    appointments: list[Appointment] = field(default_factory=list)
    questions: list[Question] = field(default_factory=list)  # open, for the next appointment


def today_overview(profile: Profile, now: datetime, appointments: int = 3) -> TodayOverview:
    """The day plan, the doses waiting for an answer (due, snoozed, missed while closed), the as-needed
    medications, the next appointments and the open questions for the first of them."""
    now = to_utc(now)
    with reads.snapshot(profile.read()) as conn:
        zone = reads.profile_zone(conn)
        read = ReadContext.load(conn, now, extra=day_bounds(local_date(now, zone), zone), zone=zone)
        plan = plan_for(conn, now, zone=read.zone, window=read.settings.window, facts=read.facts,
                        events=read.events)
        coming = aq.coming_appointments(conn, now, appointments)
        return TodayOverview(
            now=now, plan=plan, due=read.due(), missed_while_closed=read.pending_missed(),
            as_needed=read.as_needed(), appointments=coming,
            questions=qq.questions(conn, appointment_id=coming[0].id, open_only=True) if coming else [],
        )
