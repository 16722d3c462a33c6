"""The ride sheet: one page per trip for the driver.

A trip is the ride there and the ride back for one appointment (rides with no appointment are trips of
their own). The driver needs, in this order: when to be where (large), where to go, when the appointment
is, the way home, and whom to call if something goes wrong.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from msgspec import Struct
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer

from careorganiser.i18n import translate
from careorganiser.pack.model import (
    PackContact,
    PackData,
    PackOptions,
    PackRide,
    RideDirection,
)
from careorganiser.pack.pdf import fonts
from careorganiser.pack.pdf.layout import (
    ACCENT,
    Layout,
    Paragraph,
    Running,
    build_pdf,
    esc,
    make_layout,
    para,
)
from careorganiser.pack.pdf.tables import boxed, data_tables, kv_table
from careorganiser.pack.wording import (
    direction_label,
    fmt_date,
    fmt_time,
    join_nonempty,
    local,
    person_line,
    prepared_line,
    ride_status_label,
)


class Trip(Struct, frozen=True):
    """The legs of one outing, in pick-up order, and the appointment time they serve (if known)."""

    day: date
    appointment_at: datetime | None
    legs: tuple[PackRide, ...]


def group_trips(rides: Sequence[PackRide], tz: str) -> list[Trip]:
    """Rides grouped by their appointment (or, without one, by the local day of pick-up)."""
    groups: dict[tuple[str, str], list[PackRide]] = {}
    for ride in sorted((r for r in rides if r.pickup_at is not None), key=PackRide.when):  # a sheet has times
        if ride.appointment_at is not None:
            key = ("appointment", ride.appointment_at.isoformat())
        else:
            key = ("day", local(ride.pickup_at, tz).date().isoformat())
        groups.setdefault(key, []).append(ride)
    trips = [
        Trip(
            day=local(legs[0].appointment_at or legs[0].pickup_at, tz).date(),
            appointment_at=legs[0].appointment_at,
            legs=tuple(legs),
        )
        for legs in groups.values()
    ]
    return sorted(trips, key=lambda t: t.legs[0].pickup_at)


def render_ride_sheet(data: PackData, options: PackOptions) -> bytes:
    """The driver's ride sheet as PDF bytes: one page (or more) per trip."""
    layout = make_layout(options)
    story: list[Flowable] = []
    trips = group_trips(data.rides, data.timezone)
    for index, trip in enumerate(trips):
        if index:
            story.append(PageBreak())
        story += _trip(data, trip, layout)
    if not trips:
        story = [
            para(translate("Pack", "Ride sheet"), layout.style("title")),
            para(translate("Pack", "No rides are arranged."), layout.style("body")),
        ]
    running = Running(person=person_line(data), title=translate("Pack", "Ride sheet"), prepared=prepared_line(data))
    return build_pdf(story, layout, running, '{}: {}'.format(translate('Pack', 'Ride sheet'), data.person.name))


def _trip(data: PackData, trip: Trip, layout: Layout) -> list[Flowable]:
    title = translate("Pack", "Ride sheet for {name}").format(name=data.person.name)
    size = layout.body_size * 1.9
    title_style = ParagraphStyle("ride_title", parent=layout.style("title"), fontSize=size, leading=size * 1.2)
    story: list[Flowable] = [
        para(title, title_style),
        para(fmt_date(trip.day, weekday=True), layout.style("subtitle")),
    ]
    appointment = _appointment_text(data, trip)
    if appointment:
        story.append(boxed(layout, [para(appointment, layout.style("lead"), markup=True)], accent=True))
    for leg in trip.legs:
        story.append(KeepTogether(_leg(data, leg, layout)))
    story += _who_to_call(data, trip, layout)
    return story


def _appointment_text(data: PackData, trip: Trip) -> str:
    """"Appointment at 10:30 with Dr Mehta, Chest clinic" for the trip's appointment, if we know it."""
    appointment = data.appointment
    if appointment is not None and (trip.appointment_at is None or trip.appointment_at == appointment.starts_at):
        if trip.appointment_at is None and local(appointment.starts_at, data.timezone).date() != trip.day:
            return ""
        when = fmt_time(appointment.starts_at, data.timezone)
        head = translate("Pack", "Appointment at {time}").format(time=when)
        detail = join_nonempty([appointment.clinician_name, appointment.place], ", ")
        return f"<b>{esc(head)}</b>" + (f"<br/>{esc(detail)}" if detail else "")
    if trip.appointment_at is not None:
        head = translate("Pack", "Appointment at {time}").format(time=fmt_time(trip.appointment_at, data.timezone))
        return f"<b>{esc(head)}</b>"
    return ""


def _leg(data: PackData, leg: PackRide, layout: Layout) -> list[Flowable]:
    size = layout.body_size * 1.6
    big = ParagraphStyle(
        "when", parent=layout.style("body"), fontName=fonts.BOLD, fontSize=size, leading=size * 1.25,
        textColor=ACCENT, spaceBefore=layout.gap * 1.4, spaceAfter=layout.gap * 0.5, keepWithNext=1,
    )
    when = translate("Pack", "{direction}: pick up at {time}").format(
        direction=direction_label(leg.direction), time=fmt_time(leg.pickup_at, data.timezone),
    )
    value, strong = layout.style("value"), layout.style("alert")
    destination = leg.destination or (data.appointment.place if data.appointment and leg.direction == RideDirection.THERE else "")
    rows: list[tuple[str, Flowable]] = []
    if leg.pickup_address:
        rows.append((translate("Pack", "Pick up from"), para(leg.pickup_address, strong)))
    if destination:
        rows.append((translate("Pack", "Take to"), para(destination, strong)))
    if leg.driver_name or leg.driver_phone:
        rows.append((translate("Pack", "Driver"), para(join_nonempty([leg.driver_name, leg.driver_phone], ", "), value)))
    if leg.status:
        rows.append((translate("Pack", "Status"), para(ride_status_label(leg.status, leg.driver_name), value)))
    if leg.notes:
        rows.append((translate("Pack", "Notes"), para(leg.notes, value)))
    return [Paragraph(esc(when), big), kv_table(layout, rows, label_fraction=0.24)]


def _who_to_call(data: PackData, trip: Trip, layout: Layout) -> list[Flowable]:
    contacts = _call_list(data, trip)
    if not contacts:
        return []
    cell, strong = layout.style("cell"), layout.style("cell_bold")
    rows = [[para(c.name, strong), para(c.role, cell), para(c.phone, strong)] for c in contacts]
    header = [translate("Pack", "Who to call"), translate("Pack", "Why"), translate("Pack", "Phone")]
    heading = Paragraph(esc(translate("Pack", "If something goes wrong")), layout.style("h2"))
    return [Spacer(1, layout.gap), heading, *data_tables(layout, header, rows, (0.34, 0.36, 0.3))]


def _digits(phone: str) -> str:
    return "".join(ch for ch in phone if ch.isdigit())


def _call_list(data: PackData, trip: Trip) -> list[PackContact]:
    """The clinic, the person, the caregiver and the other drivers: each number once."""
    contacts: list[PackContact] = []
    clinic_phone = next((leg.destination_phone for leg in trip.legs if leg.destination_phone), "")
    appointment = data.appointment
    if appointment is not None and appointment.clinician_phone and trip.appointment_at in (None, appointment.starts_at):
        contacts.append(PackContact(
            appointment.clinician_name or translate("Pack", "The clinic"),
            translate("Pack", "The clinic: running late, or cannot come"), appointment.clinician_phone,
        ))
    if clinic_phone:
        why = translate("Pack", "The clinic: running late, or cannot come")
        contacts.append(PackContact(translate("Pack", "Clinic reception"), why, clinic_phone))
    if data.person.phone:
        contacts.append(PackContact(data.person.name, translate("Pack", "Passenger"), data.person.phone))
    driver_phones = {_digits(leg.driver_phone) for leg in trip.legs if leg.driver_phone}
    # The driver is never told to call the driver: the caregiver is listed when it is someone else.
    if data.caregiver is not None and data.caregiver.phone and _digits(data.caregiver.phone) not in driver_phones:
        role = data.caregiver.role if "caregiver" in data.caregiver.role.casefold() else join_nonempty(
            [data.caregiver.role, translate("Pack", "caregiver")], ", ")
        contacts.append(PackContact(data.caregiver.name, role, data.caregiver.phone))
    for leg in trip.legs:
        if leg.driver_phone:
            role = translate("Pack", "Driver: {direction}").format(direction=direction_label(leg.direction).lower())
            contacts.append(PackContact(leg.driver_name or translate("Pack", "Driver"), role, leg.driver_phone))
    unique: list[PackContact] = []
    for contact in contacts:
        if all(contact.phone != seen.phone for seen in unique):
            unique.append(contact)
    return unique
