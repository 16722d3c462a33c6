"""``careorganiser today --profile NAME [--at INSTANT] [--json]``: the day's care, headless.

``--at`` is ISO 8601 with or without an offset (without: local wall time in the profile's zone);
the default is now. The JSON document is the one of shared/spec/cli.md.
"""

from __future__ import annotations

import argparse
from datetime import UTC, datetime

from careorganiser.cli import UsageError, open_profile_from_args, print_json, require_profile_name
from careorganiser.domain.formatting import format_date, format_number, format_time
from careorganiser.services.today import DayPlan, day_plan

STATUS_WORDS = {
    "taken": "taken",
    "skipped": "skipped",
    "due": "DUE NOW",
    "missed": "missed",
    "upcoming": "upcoming",
}


def _check_at(text: str | None) -> str | None:
    """Refuse a malformed --at before anything is opened (a usage error)."""
    if text is None:
        return None
    try:
        datetime.fromisoformat(text.strip())
    except ValueError:
        raise UsageError(
            f"today: --at {text!r} is not an ISO 8601 instant (e.g. 2026-11-21T13:00 or 2026-11-21T13:00:00+00:00)"
        ) from None
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

        print(f"careorganiser: warning: {warning}", file=sys.stderr)
    if getattr(args, "as_json", False):
        print_json(plan.to_json())
    else:
        print(render_text(plan), end="")
    return 0


def render_text(plan: DayPlan) -> str:
    """The day as plain text for a terminal or a printout."""
    zone = plan.zone
    lines = [f"Today: {format_date(plan.day, weekday=True)} (at {format_time(plan.at, zone)}, {zone.key})", ""]
    lines.append("Doses")
    if not plan.doses:
        lines.append("  No doses scheduled for this day.")
    for dose in plan.doses:
        state = STATUS_WORDS.get(dose.status, dose.status)
        if dose.status == "taken" and dose.taken_at is not None:
            state += f" at {format_time(dose.taken_at, zone)}"
        if not dose.scheduled:
            state += " (as needed)"
        what = f"{dose.name} {dose.dose}".strip()
        lines.append(f"  {format_time(dose.scheduled_for, zone)}  {what:<36} {state}")
    lines.append("")
    lines.append("Appointments")
    if not plan.appointments:
        lines.append("  None on this day.")
    for appointment in plan.appointments:
        with_whom = f" with {appointment.clinician}" if appointment.clinician else ""
        place = f", {appointment.place}" if appointment.place else ""
        ride = appointment.ride_status or "no ride planned"
        lines.append(f"  {format_time(appointment.starts_at, zone)}  {appointment.what}{with_whom}{place}"
                     f" (ride: {ride})")
    lines.append("")
    lines.append("Rides")
    if not plan.rides:
        lines.append("  None on this day.")
    for ride in plan.rides:
        when = format_time(ride.pickup_at, zone) if ride.pickup_at else "--:--"
        driver = ride.driver or "no driver yet"
        to = f" to {ride.destination}" if ride.destination else ""
        back = f", return pickup {format_time(ride.return_pickup_at, zone)}" if ride.return_pickup_at else ""
        lines.append(f"  {when}  pickup{to}, {driver} ({ride.status}){back}")
    lines.append("")
    lines.append("Running low")
    if not plan.low_stock:
        lines.append("  No medication is running low.")
    for item in plan.low_stock:
        supply = (f", about {format_number(item.days_of_supply, 1)} days of supply"
                  if item.days_of_supply is not None else "")
        amount = " ".join(part for part in (format_number(item.stock), item.stock_unit) if part)
        lines.append(f"  {item.name}: {amount} left"
                     f" (refill at {format_number(item.refill_at)}){supply}")
    return "\n".join(lines) + "\n"
