"""What the Today screen shows, read in one go: the day plan (``services.today``) and the doses waiting for
an answer (``services.reminders``). It sits above both so that neither imports the other's caller."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from msgspec import Struct, field
from msgspec.structs import replace

from careorganiser.domain.clock import day_bounds, local_date, to_utc
from careorganiser.services.reminders import AsNeededItem, DueDose, ReadContext
from careorganiser.services.today import DayPlan, DoseItem, plan_for
from careorganiser.store import reads
from careorganiser.store.profiles import Profile
from careorganiser.store.queries import appointments as aq
from careorganiser.store.queries import questions as qq
from careorganiser.store.queries.appointments import Appointment
from careorganiser.store.queries.questions import Question

__all__ = ["APPOINTMENTS", "DOSES", "PARTS", "TodayOverview", "today_overview"]

#: The parts of the overview read on their own: the doses (the day plan, what is due, as-needed, running
#: low) and the appointments (the next ones, their rides, the questions for the first).
DOSES, APPOINTMENTS = "doses", "appointments"
PARTS = frozenset({DOSES, APPOINTMENTS})


class TodayOverview(Struct, frozen=True):
    """Everything the Today screen shows at ``now``, read from one view of the file."""

    now: datetime
    plan: DayPlan
    due: list[DueDose] = field(default_factory=list)
    missed_while_closed: list[DoseItem] = field(default_factory=list)
    as_needed: list[AsNeededItem] = field(default_factory=list)
    appointments: list[Appointment] = field(default_factory=list)
    questions: list[Question] = field(default_factory=list)  # open, for the next appointment


def today_overview(profile: Profile, now: datetime, appointments: int = 3, *,
                   previous: TodayOverview | None = None, parts: frozenset[str] = PARTS) -> TodayOverview:
    """The day plan, the doses waiting for an answer (due, snoozed, missed while closed), the as-needed
    medications, the next appointments and the open questions for the first of them.

    With ``previous``, only ``parts`` (``DOSES``, ``APPOINTMENTS``) are read again and the rest is kept (a
    change that touched only appointments leaves the doses as they were read)."""
    now = to_utc(now)
    if previous is None:
        parts = PARTS
    fresh: dict[str, Any] = {}
    with reads.snapshot(profile.read()) as conn:
        zone = reads.profile_zone(conn)
        if DOSES in parts:
            read = ReadContext.load(conn, now, extra=day_bounds(local_date(now, zone), zone), zone=zone)
            plan = plan_for(conn, now, zone=read.zone, window=read.settings.window, facts=read.facts,
                            events=read.events)
            fresh.update(now=now, plan=plan, due=read.due(), missed_while_closed=read.pending_missed(),
                         as_needed=read.as_needed())
        if APPOINTMENTS in parts:
            coming = aq.coming_appointments(conn, now, appointments)
            fresh.update(appointments=coming,
                         questions=qq.questions(conn, appointment_id=coming[0].id, open_only=True, with_unfiled=True)
                         if coming else [])
    return TodayOverview(**fresh) if previous is None else replace(previous, **fresh)
