"""What the Today page shows and remembers, worked out without widgets.

``TodayController`` reads the day, words the lines that are more than one value (the next dose, an as-needed
medication's count and next time, a time relative to today), keeps the doses answered from the page (so their
rows stay, with an Undo, for a while) and works out when a dose was taken from a typed clock time.
``TodayPage`` (today.py) only builds widgets over it.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from msgspec import Struct
from msgspec.structs import replace
from PySide6.QtCore import QCoreApplication

from careorganiser.domain.enums import SlotStatus
from careorganiser.services import overview as overview_svc
from careorganiser.services.reminders import AsNeededItem, DueDose
from careorganiser.services.today import DoseItem
from careorganiser.ui.context import AppContext
from careorganiser.ui.locale_text import format_datetime, format_time

if TYPE_CHECKING:
    from careorganiser.services.doses import DoseMark

TodayData = overview_svc.TodayOverview

#: The follow-up plans' part of the page (read by its own section).
FOLLOWUP = "followup"
#: What each part of the page is read from: a change to one of these areas reads the part again.
PART_AREAS = {
    overview_svc.DOSES: frozenset({"medications", "doses", "settings"}),
    overview_svc.APPOINTMENTS: frozenset({"appointments", "rides", "questions", "settings"}),
    FOLLOWUP: frozenset({"trials", "appointments", "measurements", "questions", "medications", "settings"}),
}
EVERY_PART = frozenset(PART_AREAS)


def parts_touched(areas: frozenset[str]) -> frozenset[str]:
    """The parts of the page a change to ``areas`` asks to read again (a dose marked: the doses only)."""
    return frozenset(part for part, read_from in PART_AREAS.items() if read_from & areas)


class AnsweredDose(Struct, frozen=True):
    """A dose answered from this page: what was done (``mark``, None while being saved), where (``due``,
    ``missed`` or ``list``) and in words ("Taken at 08:00")."""

    mark: DoseMark | None
    dose: DueDose | DoseItem
    where: str
    state: str


def snooze_minutes(typed: str) -> int:
    """The minutes typed for a snooze; raises ValueError with the message to show when it is not a whole number."""
    try:
        return int(typed.strip())
    except ValueError:
        raise ValueError(QCoreApplication.translate("TodayPage", "\u201c{text}\u201d is not a whole number of minutes.").format(
            text=typed.strip()[:20])) from None


def taken_on_clock(scheduled_for: datetime, clock: time, zone: ZoneInfo) -> datetime:
    """The instant a dose due at ``scheduled_for`` was taken, from the clock time typed: on the dose's local day,
    or the day before or after when that is within 12 hours (23:30 typed for a dose due at 00:30)."""
    taken = datetime.combine(scheduled_for.astimezone(zone).date(), clock, tzinfo=zone)
    if taken - scheduled_for > timedelta(hours=12):
        taken -= timedelta(days=1)
    elif scheduled_for - taken > timedelta(hours=12):
        taken += timedelta(days=1)
    return taken


def typed_taken_at(scheduled_for: datetime, typed: str, now: datetime, zone: ZoneInfo) -> datetime:
    """When a dose due at ``scheduled_for`` was taken, from the clock time typed (see ``taken_on_clock``);
    raises ValidationError with the message to show when the text is no time or the time is still to come."""
    from careorganiser.services.base import ValidationError
    from careorganiser.services.cleaning import (  # its patterns: only when used
        FUTURE_GRACE,
        parse_time,
    )

    label = QCoreApplication.translate("TodayPage", "Taken at")
    clock = parse_time(typed, "taken_at", label)
    assert clock is not None
    taken = taken_on_clock(scheduled_for, clock, zone)
    if taken > now + FUTURE_GRACE:
        raise ValidationError("taken_at", QCoreApplication.translate(
            "TodayPage", "{label}: {time} is still to come. Type a time up to now.").format(
            label=label, time=format_time(taken, zone)))
    return taken


class TodayController:
    """The day shown (``data``) and the doses answered from the page (``answered``, by dose key)."""

    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self.data: TodayData | None = None
        self.answered: dict[str, AnsweredDose] = {}

    def load(self, now: datetime, parts: frozenset[str] = EVERY_PART) -> TodayData:
        """Read the day as of ``now`` (only ``parts`` of it again when a day was read already); raises
        ServiceError and then keeps the day it had."""
        self.data = overview_svc.today_overview(self.ctx.profile, now, previous=self.data,
                                                parts=parts & overview_svc.PARTS)
        return self.data

    # -- words
    def next_dose_text(self, data: TodayData) -> str:
        upcoming = [d for d in data.plan.doses if d.status == SlotStatus.UPCOMING and d.scheduled]
        if not data.plan.doses:
            return QCoreApplication.translate("TodayPage", "Nothing is due right now, and no doses are scheduled today.")
        if not upcoming:
            return QCoreApplication.translate("TodayPage", "Nothing is due right now. No more doses are scheduled today.")
        from careorganiser.ui.dose_text import dose_words

        first = upcoming[0]
        same = [d for d in upcoming if d.scheduled_for == first.scheduled_for]
        names = ", ".join(dose_words(d) for d in same)
        return QCoreApplication.translate("TodayPage", "Nothing is due right now. Next: {what} at {time}.").format(
            what=names, time=format_time(first.scheduled_for, self.ctx.zone))

    def as_needed_text(self, item: AsNeededItem, now: datetime) -> str:
        parts = []
        if item.max_per_day is not None:
            parts.append(QCoreApplication.translate("TodayPage", "{count} of at most {most} today.").format(count=item.taken_today, most=item.max_per_day))
        else:
            parts.append(QCoreApplication.translate("TodayPage", "{count} today.").format(count=item.taken_today))
        if item.last_taken_at is not None:
            parts.append(QCoreApplication.translate("TodayPage", "Last: {when}.").format(when=self.when_text(item.last_taken_at, now)))
        if item.allowed:
            parts.append(QCoreApplication.translate("TodayPage", "Can be taken now."))
        elif item.next_allowed_at is not None:
            parts.append(QCoreApplication.translate("TodayPage", "Next allowed at {when}.").format(when=self.when_text(item.next_allowed_at, now)))
        else:
            parts.append(QCoreApplication.translate("TodayPage", "Not allowed by its schedule."))
        return " ".join(parts)

    def when_text(self, instant: datetime, now: datetime) -> str:
        """A time today; "yesterday at" or "tomorrow at" a time; else the date and time."""
        zone = self.ctx.zone
        days = (instant.astimezone(zone).date() - now.astimezone(zone).date()).days
        if days == 0:
            return format_time(instant, zone)
        if days == -1:
            return QCoreApplication.translate("TodayPage", "yesterday at {time}").format(time=format_time(instant, zone))
        if days == 1:
            return QCoreApplication.translate("TodayPage", "tomorrow at {time}").format(time=format_time(instant, zone))
        return format_datetime(instant, zone)

    # -- doses answered from the page
    def answered_in(self, where: str) -> dict[str, tuple[DueDose | DoseItem, str]]:
        return {key: (a.dose, a.state) for key, a in self.answered.items() if a.where == where}

    def answered_states(self) -> dict[str, tuple[str, str]]:
        """Every dose answered here: key -> (where it was answered, how in words)."""
        return {key: (a.where, a.state) for key, a in self.answered.items()}

    def hold(self, key: str, dose: DueDose | DoseItem, where: str, state: str) -> AnsweredDose | None:
        """Keep the dose's row while its answer is saved (the refresh the save causes keeps it already);
        returns what was kept before, for ``settle``."""
        previous = self.answered.get(key)
        self.answered[key] = AnsweredDose(None, dose, where, state)
        return previous

    def settle(self, key: str, previous: AnsweredDose | None, mark: DoseMark | None) -> None:
        """The save is over: ``mark`` when it was saved (an answer given twice undoes to the first one's start),
        None when it was refused (what was kept before comes back)."""
        held = self.answered[key]
        if mark is None:
            if previous is None:
                self.answered.pop(key, None)
            else:
                self.answered[key] = previous
            return
        if previous is not None and previous.mark is not None:
            mark = replace(mark, before=previous.mark.before)
        self.answered[key] = replace(held, mark=mark)

    def take_back(self, key: str) -> DoseMark | None:
        """Forget the answer to a dose; its mark, to undo it (None when it was not saved)."""
        answered = self.answered.pop(key, None)
        return answered.mark if answered is not None else None

    def forget(self) -> bool:
        """Answered doses give up their kept rows; False when there were none."""
        if not self.answered:
            return False
        self.answered.clear()
        return True
