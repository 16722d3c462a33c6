"""The words and rich text the Today page shows, built without widgets.

Each function takes snapshots (a dose, an appointment, a notice...) and returns the text a label shows, in
the user's language and locale; the page's sections (``sections.py``) only put it in widgets. Tests call these
directly, with no window.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from msgspec import Struct
from PySide6.QtCore import QCoreApplication

from careorganiser.domain.enums import Priority, SlotStatus
from careorganiser.domain.status_words import ride_state, status_words
from careorganiser.services.reminders import (
    Announcement,
    AsNeededItem,
    DueDose,
    ride_to_arrange_now,
)
from careorganiser.services.today import DoseItem, LowStockItem
from careorganiser.store.queries.appointments import Appointment
from careorganiser.ui.dose_text import dose_html, dose_words
from careorganiser.ui.locale_text import (
    format_date,
    format_datetime,
    format_number,
    format_time,
)
from careorganiser.ui.markup import escape

# Colours only underline the words; each state is always written out too.
STATUS_COLOURS = {SlotStatus.TAKEN: "#1d6b32", SlotStatus.SKIPPED: "#5a5a5a", SlotStatus.DUE: "#0b4f9c",
                  SlotStatus.MISSED: "#a3261b", SlotStatus.UPCOMING: "#4a4a4a"}
RIDE_WARNING_COLOURS = ("#fde8e4", "#7a1a10")


def heading_words(now: datetime, zone: ZoneInfo) -> tuple[str, str]:
    """The heading's title and the line under it: ``Today: Sat 21 Nov 2026`` over ``As of 08:05``."""
    return ("{}: {}".format(QCoreApplication.translate("TodayPage", "Today"),
                            format_date(now.astimezone(zone).date(), weekday=True)),
            QCoreApplication.translate("TodayPage", "As of {time}").format(time=format_time(now, zone)))


def heading_error_words(message: str) -> tuple[str, str]:
    """The heading when the day could not be read: the title, and what went wrong under it."""
    return QCoreApplication.translate("TodayPage", "Today"), message


def notice_html(notice: Announcement) -> str:
    return f"<b>{escape(notice.title)}</b><br>{escape(notice.text)}"


class DoseLine(Struct, frozen=True):
    """A row of the day's doses in words: its time, what, its state (plain and coloured) and, for a screen
    reader, the row as one sentence."""

    when: str
    when_html: str
    what_html: str
    state: str
    state_html: str
    state_accessible: str
    subject: str  # "Pirfenidone at 13:00": what the row's buttons act on
    undo_accessible: str


def dose_line(dose: DoseItem, zone: ZoneInfo, answered_state: str | None = None) -> DoseLine:
    """``answered_state``: how the dose was answered from the page just now ("Skipped: Ran out"), if it was."""
    when = format_time(dose.scheduled_for, zone)
    what = dose_html(dose)
    if not dose.scheduled:
        what += " <i>(" + escape(QCoreApplication.translate("TodayPage", "as needed")) + ")</i>"
    state = status_words("dose_today").get(dose.status, dose.status)
    if dose.status == SlotStatus.TAKEN and dose.taken_at is not None:
        state = taken_state(dose.taken_at, zone)
    if dose.decided and answered_state is not None:
        state = answered_state
    colour, bold = state_style(dose)
    weight = "font-weight: bold;" if bold else ""
    subject = QCoreApplication.translate("TodayPage", "{what} at {time}").format(what=dose.name, time=when)
    return DoseLine(
        when, f"<b>{escape(when)}</b>", what, state,
        f'<span style="color: {colour}; {weight}">{escape(state)}</span>',
        QCoreApplication.translate("TodayPage", "{what} at {time}: {state}").format(what=dose.name, time=when,
                                                                                   state=state),
        subject,
        QCoreApplication.translate("TodayPage", "Undo: {subject} {state}").format(subject=subject, state=state))


def state_style(dose: DoseItem) -> tuple[str, bool]:
    """The colour of a dose's state and whether it is bold (due and missed), as ``DoseLine.state_html`` shows it."""
    return STATUS_COLOURS.get(dose.status, "#4a4a4a"), dose.status in (SlotStatus.DUE, SlotStatus.MISSED)


def taken_state(taken_at: datetime, zone: ZoneInfo) -> str:
    return QCoreApplication.translate("TodayPage", "Taken at {time}").format(time=format_time(taken_at, zone))


def skipped_state(reason: str) -> str:
    return (QCoreApplication.translate("TodayPage", "Skipped: {reason}").format(reason=reason) if reason
            else QCoreApplication.translate("TodayPage", "Skipped"))


def answered_text(dose: DueDose | DoseItem, state: str, zone: ZoneInfo) -> str:
    """What the undo bar says after a dose was answered: ``Pirfenidone at 13:00: Skipped.``"""
    return QCoreApplication.translate("TodayPage", "{what} at {time}: {state}.").format(
        what=dose.name, time=format_time(dose.scheduled_for, zone), state=state)


def taken_at_question(dose: DueDose | DoseItem, now: datetime, zone: ZoneInfo) -> tuple[str, str]:
    """The question asked for a dose taken at another time, and the time it starts with (now)."""
    return (QCoreApplication.translate("TodayPage",
            "{what} was due at {time}. At what time was it taken? For example 10:15 or 9pm.").format(
            what=dose_words(dose), time=format_time(dose.scheduled_for, zone)), format_time(now, zone))


def as_needed_name_html(item: AsNeededItem) -> str:
    return f"<b>{escape(item.name)}</b>" + (f", {escape(item.dose)}" if item.dose else "")


def appointment_words(item: Appointment, zone: ZoneInfo) -> tuple[str, str]:
    """The appointment's time in words (shown in bold), and the plain lines under it: what, with whom and where."""
    when = format_datetime(item.starts_at, zone)
    details = ", ".join(x for x in (item.clinician, item.place if item.purpose else "") if x)
    return when, item.what + (f"\n{details}" if details else "")


class RideLine(Struct, frozen=True):
    """The line under an appointment about its ride: ``warning`` when a driver is still to be found."""

    html: str
    warning: bool = False
    accessible: str = ""


def ride_line(item: Appointment, when: str, zone: ZoneInfo, now: datetime) -> RideLine:
    """A ride still to arrange is a warning only from two days before the appointment (the reminder's rule,
    services/reminders.py); months ahead it is a plain line with the same words."""
    ride = item.ride
    if ride is None:
        return RideLine(escape(QCoreApplication.translate("TodayPage", "No ride planned.")))
    state = ride_state("ride_today", ride.status, ride.driver)
    if ride.unsettled and not ride_to_arrange_now(item.starts_at, now):
        return RideLine(escape(QCoreApplication.translate("TodayPage", "Ride {state}: arrange a driver.").format(state=state)))
    if ride.unsettled:
        return RideLine(
            "\u26a0 " + escape(QCoreApplication.translate("TodayPage", "Ride {state}: arrange a driver.").format(state=state)),
            True, QCoreApplication.translate("TodayPage", "Ride for {when} {state}").format(when=when, state=state))
    bits = [QCoreApplication.translate("TodayPage", "Ride {state}").format(state=state)]
    if ride.driver:
        bits.append(ride.driver)
    if ride.pickup_at is not None:
        bits.append(QCoreApplication.translate("TodayPage", "pickup {time}").format(time=format_time(ride.pickup_at, zone)))
    return RideLine(escape(", ".join(bits) + "."))


def question_html(text: str, priority: str) -> tuple[str, str]:
    """A question as a bullet (bold, with "(high priority)", when it is one); and what a screen reader says
    for a high-priority one ("" for the others)."""
    html = escape(question_words(text))
    if priority != Priority.HIGH:
        return html, ""
    html = f"<b>{html}</b> <i>(" + escape(QCoreApplication.translate("TodayPage", "high priority")) + ")</i>"
    return html, QCoreApplication.translate("TodayPage", "High priority: {text}").format(text=text)


def question_words(text: str) -> str:
    """A question as a bullet, in plain words (``question_html`` of a question that is not high priority)."""
    return "\u2022 " + text


def questions_empty_text(has_next_appointment: bool) -> str:
    if has_next_appointment:
        return QCoreApplication.translate("TodayPage", "No open questions for the next appointment. Add them under Questions.")
    return QCoreApplication.translate("TodayPage", "Questions appear here once an appointment is planned.")


def stock_html(item: LowStockItem) -> str:
    """``Omeprazole: 5 capsules left`` and, when known, ``About 5 days of supply``."""
    text = f"<b>{escape(item.name)}</b>: " + escape(QCoreApplication.translate("TodayPage", "{stock} {unit} left").format(
        stock=format_number(item.stock), unit=item.stock_unit).replace("  ", " "))
    if item.days_of_supply is not None:
        text += "<br>" + escape(QCoreApplication.translate("TodayPage", "About {days} days of supply").format(
            days=format_number(item.days_of_supply, 1)))
    return text
