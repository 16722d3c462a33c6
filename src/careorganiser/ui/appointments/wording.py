"""What the Appointments page says, in words: the agenda's cells (when, what and where, the ride), its group
titles, the filter and empty-list lines, the month view's marks and the range of days they cover.

Plain functions of the appointment snapshot, the clock and the zone, so they are tested without a widget;
the page only puts their text in its tree, labels and calendar.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from enum import StrEnum
from html import escape
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication

from careorganiser.domain.enums import RideStatus
from careorganiser.domain.status_words import ride_state
from careorganiser.services.appointments import RIDE_UNSETTLED, Appointment, DayMarks
from careorganiser.ui.locale_text import format_date, format_time


class AgendaGroup(StrEnum):
    """The agenda's two groups: coming (soonest first) and past (newest first)."""

    COMING = "coming"
    PAST = "past"


def default_pickup(starts_at: datetime) -> datetime:
    """A new ride's pick-up: an hour before the appointment, on a five-minute mark (rounded down)."""
    pickup = starts_at - timedelta(hours=1)
    return pickup.replace(minute=pickup.minute - pickup.minute % 5, second=0, microsecond=0)


def heading_html(title: str) -> str:
    return f"<h2>{escape(title)}</h2>"


def group_title(key: AgendaGroup | str, count: int) -> str:
    if key == AgendaGroup.COMING:
        return QCoreApplication.translate("AppointmentsPage", "Coming ({count})").format(count=count)
    return QCoreApplication.translate("AppointmentsPage", "Past ({count})").format(count=count)


def agenda_order(key: AgendaGroup | str, a: Appointment) -> tuple[float | datetime, int]:
    """Where ``a`` falls in its group: coming ones soonest first, past ones newest first."""
    if key == AgendaGroup.COMING:
        return (a.starts_at, a.id)
    return (-a.starts_at.timestamp(), -a.id)


def shown_on(a: Appointment, day: date | None, zone: ZoneInfo) -> bool:
    """Whether the agenda filtered to ``day`` (None: every day) lists ``a``: it starts on that local day."""
    return day is None or a.starts_at.astimezone(zone).date() == day


def what_text(a: Appointment) -> str:
    where = a.place
    if a.clinician:
        where = QCoreApplication.translate("AppointmentsPage", "{place}, with {clinician}").format(place=where, clinician=a.clinician) if where \
            else QCoreApplication.translate("AppointmentsPage", "with {clinician}").format(clinician=a.clinician)
    return "\n".join(p for p in (a.purpose, where) if p) or QCoreApplication.translate("AppointmentsPage", "(no details)")


def when_text(a: Appointment, coming: bool, now: datetime, zone: ZoneInfo) -> str:
    """The day and time; for a coming appointment also how soon (now, today, tomorrow, in N days)."""
    local = a.starts_at.astimezone(zone)
    day, clock = format_date(local.date(), weekday=True), format_time(local)
    if not coming:
        return f"{day}\n{clock}"
    days = (local.date() - now.astimezone(zone).date()).days
    if a.starts_at <= now:
        soon = QCoreApplication.translate("AppointmentsPage", "now")
    elif days == 0:
        soon = QCoreApplication.translate("AppointmentsPage", "today")
    elif days == 1:
        soon = QCoreApplication.translate("AppointmentsPage", "tomorrow")
    else:
        soon = QCoreApplication.translate("AppointmentsPage", "in {days} days").format(days=days)
    return f"{day}\n{clock} \u00b7 {soon}"


def ride_alert(a: Appointment, coming: bool) -> bool:
    """A coming appointment whose ride is not settled (needed, or asked and not confirmed)."""
    return coming and a.ride_status in RIDE_UNSETTLED


def ride_text(a: Appointment, coming: bool) -> str:
    status = a.ride_status
    driver = a.ride_driver
    if status == "":
        return QCoreApplication.translate("AppointmentsPage", "No ride planned")
    if status == RideStatus.NEEDED:
        text = QCoreApplication.translate("AppointmentsPage", "Ride needed")
    elif status == RideStatus.ASKED:
        text = (QCoreApplication.translate("AppointmentsPage", "Asked {driver}, not confirmed").format(driver=driver) if driver
                else QCoreApplication.translate("AppointmentsPage", "Asked, not confirmed"))
    elif status == RideStatus.CONFIRMED:
        text = QCoreApplication.translate("AppointmentsPage", "Confirmed: {driver}").format(driver=driver) if driver else ride_state("ride", status, driver)
    elif status == RideStatus.DONE:
        text = QCoreApplication.translate("AppointmentsPage", "Done")
    else:
        text = status
    return f"\u26a0 {text}" if ride_alert(a, coming) else text


def ride_tooltip(a: Appointment, coming: bool) -> str:
    if a.ride_status == RideStatus.NEEDED:
        return QCoreApplication.translate("AppointmentsPage", "A ride is needed and nobody has been asked yet.")
    if a.ride_status == RideStatus.ASKED:
        return QCoreApplication.translate("AppointmentsPage", "Someone was asked to drive but has not confirmed yet.")
    return ride_text(a, coming)


def filter_text(day: date | None) -> str:
    if day is None:
        return QCoreApplication.translate("AppointmentsPage", "Showing all dates.")
    return QCoreApplication.translate("AppointmentsPage", "Showing {day} only.").format(day=format_date(day, weekday=True))


def empty_text(day: date | None) -> str:
    if day is None:
        return QCoreApplication.translate("AppointmentsPage", "No appointments yet. Use \u201cNew appointment\u201d (Ctrl+N) to add "
                                                              "the next one, with its date, time and place.")
    return QCoreApplication.translate("AppointmentsPage", "No appointments on {day}. Pick another day, or use \u201cNew "
                                                          "appointment\u201d to add one on this day.").format(
        day=format_date(day, weekday=True))


def legend_html() -> str:
    return QCoreApplication.translate("AppointmentsPage", "<b>Bold on blue</b>: an appointment. <u>Underlined</u>: a ride.")


def month_span(year: int, month: int) -> tuple[date, date]:
    """The days a month page of the calendar can show: a week before the 1st to two weeks after the month."""
    first = date(year, month, 1) - timedelta(days=7)
    last = date(year + (month == 12), month % 12 + 1, 1) + timedelta(days=14)
    return first, last


def marks_tooltip(marks: DayMarks) -> str:
    """"2 appointments, 1 ride" for a day of the month view."""
    tips = []
    appointment_count, ride_count = marks.appointments, marks.rides  # lupdate reads a plain name as the count
    if appointment_count:
        tips.append(QCoreApplication.translate("AppointmentsPage", "%n appointment(s)", None, appointment_count))
    if ride_count:
        tips.append(QCoreApplication.translate("AppointmentsPage", "%n ride(s)", None, ride_count))
    return ", ".join(tips)


def delete_question(what: str, has_rides: bool, has_questions: bool) -> str:
    details = []
    if has_rides:
        details.append(QCoreApplication.translate("AppointmentsPage", "Its rides go with it."))
    if has_questions:
        details.append(QCoreApplication.translate("AppointmentsPage", "Its questions will show under \u201cNot planned yet\u201d."))
    text = QCoreApplication.translate("AppointmentsPage", "Delete the appointment on {what}?").format(what=what)
    return " ".join([text, *details, QCoreApplication.translate("AppointmentsPage", "You can undo this.")])


def moved_rides_text() -> str:
    return QCoreApplication.translate(
        "AppointmentsPage",
        "The rides for this appointment moved with it to the new time. A ride that was confirmed is now "
        "\u201casked\u201d again: let the driver know the new time, then mark it confirmed.")
