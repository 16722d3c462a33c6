"""``careorganiser today --profile NAME [--at INSTANT] [--json]``: the day's care, headless.

``--at`` is ISO 8601 with or without an offset (without: local wall time in the profile's zone);
the default is now. The JSON document is the one of shared/spec/cli.md.
"""

from __future__ import annotations

import argparse
from datetime import UTC, datetime

from careorganiser.commands.common import UsageError, open_profile_from_args, print_json, require_profile_name
from careorganiser.domain.enums import SlotStatus
from careorganiser.domain.formatting import format_date, format_number, format_time, why_not_a_day
from careorganiser.domain.status_words import status_words
from careorganiser.i18n import translate
from careorganiser.services.today import DayPlan, day_plan


def _check_at(text: str | None) -> str | None:
    """Refuse a malformed --at before anything is opened (a usage error)."""
    if text is None:
        return None
    try:
        parsed = datetime.fromisoformat(text.strip())
    except ValueError:
        why = why_not_a_day(text)
        if why is not None:
            raise UsageError(translate("TodayCommand", "today: --at {text} is not a date ({why})").format(
                text=repr(text), why=why)) from None
        raise UsageError(translate(
            "TodayCommand", "today: --at {text} is not an ISO 8601 instant (e.g. 2026-11-21T13:00 or 2026-11-21T13:00:00+00:00)"
        ).format(text=repr(text))) from None
    if not 1900 <= parsed.year <= 9000:  # the day around it must be a day the calendar can hold, in any zone
        raise UsageError(translate("TodayCommand", "today: --at {text} is out of range (years 1900 to 9000)")
                         .format(text=repr(text)))
    return text


def run(args: argparse.Namespace) -> int:
    require_profile_name(args)
    at_text = _check_at(getattr(args, "at", None))
    with open_profile_from_args(args) as profile:
        if at_text is None:
            at = datetime.now(UTC)
        else:
            from careorganiser.domain.clock import parse_instant
            from careorganiser.services.profiles import profile_zone

            with profile.session_factory() as session:
                zone = profile_zone(session)
            at = parse_instant(at_text, zone)
        plan = day_plan(profile, at)
        from careorganiser.services.profiles import time_zone_warning

        warning = time_zone_warning(profile.read())
    if warning:  # visible, never a silent fall-back (on stderr: the JSON on stdout stays as specified)
        import sys

        print("careorganiser: " + translate("TodayCommand", "warning: {message}").format(message=warning), file=sys.stderr)
    if getattr(args, "as_json", False):
        print_json(plan.to_json())
    else:
        print(render_text(plan), end="")
    return 0


def render_text(plan: DayPlan) -> str:
    """The day as plain text for a terminal or a printout."""
    zone = plan.zone
    words = status_words("dose_command")
    lines = [translate("TodayCommand", "Today: {day} (at {time}, {zone})").format(
        day=format_date(plan.day, weekday=True), time=format_time(plan.at, zone), zone=zone.key), ""]
    lines.append(translate("TodayCommand", "Doses"))
    if not plan.doses:
        lines.append("  " + translate("TodayCommand", "No doses scheduled for this day."))
    for dose in plan.doses:
        state = words.get(dose.status, dose.status)
        if dose.status == SlotStatus.TAKEN and dose.taken_at is not None:
            state += " " + translate("TodayCommand", "at {time}").format(time=format_time(dose.taken_at, zone))
        if not dose.scheduled:
            state += " " + translate("TodayCommand", "(as needed)")
        what = f"{dose.name} {dose.dose}".strip()
        lines.append(f"  {format_time(dose.scheduled_for, zone)}  {what:<36} {state}")
    lines.append("")
    lines.append(translate("TodayCommand", "Appointments"))
    if not plan.appointments:
        lines.append("  " + translate("TodayCommand", "None on this day."))
    for appointment in plan.appointments:
        with_whom = (" " + translate("TodayCommand", "with {clinician}").format(clinician=appointment.clinician)
                     if appointment.clinician else "")
        place = f", {appointment.place}" if appointment.place and appointment.place != appointment.what else ""
        ride = appointment.ride_status or translate("TodayCommand", "no ride planned")
        lines.append(f"  {format_time(appointment.starts_at, zone)}  {appointment.what}{with_whom}{place} "
                     + translate("TodayCommand", "(ride: {ride})").format(ride=ride))
    lines.append("")
    lines.append(translate("TodayCommand", "Rides"))
    if not plan.rides:
        lines.append("  " + translate("TodayCommand", "None on this day."))
    for ride in plan.rides:
        when = format_time(ride.pickup_at, zone) if ride.pickup_at else "--:--"
        driver = ride.driver or translate("TodayCommand", "no driver yet")
        pickup = (translate("TodayCommand", "pickup to {place}").format(place=ride.destination) if ride.destination
                  else translate("TodayCommand", "pickup"))
        back = (", " + translate("TodayCommand", "return pickup {time}").format(
            time=format_time(ride.return_pickup_at, zone)) if ride.return_pickup_at else "")
        lines.append(f"  {when}  {pickup}, {driver} ({ride.status}){back}")
    lines.append("")
    lines.append(translate("TodayCommand", "Running low"))
    if not plan.low_stock:
        lines.append("  " + translate("TodayCommand", "No medication is running low."))
    for item in plan.low_stock:
        supply = (", " + translate("TodayCommand", "about {days} days of supply").format(
            days=format_number(item.days_of_supply, 1)) if item.days_of_supply is not None else "")
        amount = " ".join(part for part in (format_number(item.stock), item.stock_unit) if part)
        lines.append(f"  {item.name}: " + translate("TodayCommand", "{amount} left (refill at {refill})").format(
            amount=amount, refill=format_number(item.refill_at)) + supply)
    return "\n".join(lines) + "\n"
