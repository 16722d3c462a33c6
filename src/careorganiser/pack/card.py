"""The one-page medication card: what a paramedic or an emergency department needs at a glance.

Who the person is, what they must not be given (allergies, printed first and boldly), what they take, and whom
to call. It must stay one page: with many medications the type shrinks step by step until it fits.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from careorganiser.i18n import translate
from careorganiser.pack.model import PackContact, PackData, PackOptions, PackSection
from careorganiser.pack.pdf import fonts
from careorganiser.pack.pdf.layout import (
    ACCENT,
    MUTED,
    Layout,
    Paragraph,
    Running,
    build_pdf_counted,
    esc,
    make_layout,
    para,
)
from careorganiser.pack.pdf.tables import data_tables, kv_table
from careorganiser.pack.wording import (
    age_on,
    fmt_date,
    join_nonempty,
    person_line,
    prepared_line,
)

MIN_BODY_SIZE = 5.5
"""The smallest type the card's lists shrink to; below this it spills onto a second page rather than lose a line."""

SIZE_STEP = 0.5


def render_medication_card(data: PackData, options: PackOptions) -> bytes:
    """The medication card as PDF bytes: one page, the type of the lists shrunk if that is what it takes.

    The person and the allergies keep their full size; only if the lists cannot fit even at the smallest
    size does everything shrink together.
    """
    page = make_layout(options)
    sizes = [page.body_size - SIZE_STEP * i for i in range(int((page.body_size - MIN_BODY_SIZE) / SIZE_STEP) + 1)]
    for shrink_head in (False, True):
        fitted = _largest_fitting(data, options, page, sizes, shrink_head)
        if fitted is not None:
            return fitted
    return _build(data, options, page, MIN_BODY_SIZE, shrink_head=True)[0]


def _largest_fitting(
    data: PackData, options: PackOptions, page: Layout, sizes: list[float], shrink_head: bool,
) -> bytes | None:
    """The card at the largest of ``sizes`` (largest first) that fits one page, found by bisection."""
    pdf, pages = _build(data, options, page, sizes[0], shrink_head)
    if pages <= 1:
        return pdf
    low, high = 1, len(sizes) - 1  # sizes[0] does not fit; look for the first index that does
    best: bytes | None = None
    while low <= high:
        middle = (low + high) // 2
        pdf, pages = _build(data, options, page, sizes[middle], shrink_head)
        if pages <= 1:
            best, high = pdf, middle - 1
        else:
            low = middle + 1
    return best


def _build(data: PackData, options: PackOptions, page: Layout, size: float, shrink_head: bool) -> tuple[bytes, int]:
    tables = make_layout(options, body_size=size)
    head = tables if shrink_head else page
    return build_pdf_counted(_card_story(data, head, tables), page, _running(data), _title(data))


def _title(data: PackData) -> str:
    return '{}: {}'.format(translate('Pack', 'Medication card'), data.person.name)


def _running(data: PackData) -> Running:
    return Running(person=person_line(data), title=translate("Pack", "Medication card"), prepared=prepared_line(data))


def _card_story(data: PackData, head: Layout, tables: Layout) -> list[Flowable]:
    """Who, allergies, medications, contacts. ``head`` styles the person and allergies, which keep their size
    as long as they can; ``tables`` styles the lists, which shrink first."""
    story: list[Flowable] = [
        para(translate("Pack", "Medication card"), head.style("title")),
        para(translate("Pack", "In an emergency, please show this to the ambulance crew or hospital staff."),
             head.style("intro")),
    ]
    story += _who(data, head)
    story += [Spacer(1, head.gap * 0.6), _allergies(data, head)]
    story += _medications(data, tables)
    story += _contacts(data, tables)
    story += _trial_contacts(data, tables)
    story += [Spacer(1, tables.gap), para(_validity(data), tables.style("small"))]
    return story


def _who(data: PackData, layout: Layout) -> list[Flowable]:
    person = data.person
    value = layout.style("value")
    rows: list[tuple[str, Flowable]] = []
    if person.date_of_birth:
        born = translate("Pack", "{date} (age {age})").format(
            date=fmt_date(person.date_of_birth), age=age_on(person.date_of_birth, data.prepared_on),
        )
        rows.append((translate("Pack", "Date of birth"), para(born, value)))
    for system, number in person.identifiers:
        rows.append((system, para(number, value)))
    if person.conditions:
        rows.append((translate("Pack", "Conditions"), para("; ".join(person.conditions), value)))
    story: list[Flowable] = [para(person.name, layout.style("value_big")), Spacer(1, layout.gap * 0.3)]
    if rows:
        story.append(kv_table(layout, rows, label_fraction=0.22))
    return story


def _allergies(data: PackData, layout: Layout) -> Table:
    """A box with a thick accent frame: the one thing that must not be missed."""
    allergies = "; ".join(data.person.allergies) if data.person.allergies else translate("Pack", "None recorded")
    size = layout.body_size * 1.25
    text = '<font size="{:.1f}"><b>{}:</b> {}</font>'.format(size, esc(translate('Pack', 'Allergies')), esc(allergies))
    style = layout.style("value")
    cell = Paragraph(text, style.clone("allergy", leading=size * 1.3))
    box = Table([[cell]], colWidths=[layout.frame_width], hAlign="LEFT")
    pad = layout.body_size * 0.6
    box.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
        ("BOX", (0, 0), (-1, -1), 2, ACCENT),
        ("LEFTPADDING", (0, 0), (-1, -1), pad),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), pad),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
    ]))
    return box


def _medications(data: PackData, layout: Layout) -> list[Flowable]:
    heading = para(translate("Pack", "Medications taken now"), layout.style("h2"))
    if not data.medications:
        return [heading, para(translate("Pack", "None recorded."), layout.style("body"))]
    cell = layout.style("cell")
    muted = f'<font color="{MUTED.hexval()}" size="{layout.body_size * 0.85:.1f}">'
    rows = []
    for med in data.medications:
        # One line per medication where it fits: the extras follow in small muted type, not on lines of their own.
        name = f"<b>{esc(join_nonempty([med.name, med.strength], ' '))}</b>"
        extra = join_nonempty([med.form, med.route], ", ")
        if extra:
            name += f" {muted}{esc(extra)}</font>"
        when = esc(med.schedule_text)
        if med.until is not None:  # a course that ends on a set day: the person holding the card stops then
            until = translate("Pack", "Until {date}").format(date=fmt_date(med.until, short=True))
            when = join_nonempty([when, f"<b>{esc(until)}</b>"], " ")
        if med.instructions:
            when += f" {muted}{esc(med.instructions)}</font>"
        rows.append([Paragraph(name, cell), para(med.dose, cell), Paragraph(when, cell), para(med.purpose, cell)])
    header = [translate("Pack", "Medicine"), translate("Pack", "Dose"), translate("Pack", "When"), translate("Pack", "What for")]
    notes = [para(p.text, layout.style("alert")) for p in data.problems if p.section == PackSection.MEDICATIONS]
    return [heading, *data_tables(layout, header, rows, (0.32, 0.16, 0.32, 0.2)), *notes]


def _contacts(data: PackData, layout: Layout) -> list[Flowable]:
    contacts = _contact_list(data)
    if not contacts:
        return []
    cell, strong = layout.style("cell"), layout.style("cell_bold")
    rows = [[para(c.name, strong), para(c.role, cell), para(c.phone, strong)] for c in contacts]
    header = [translate("Pack", "Who to call"), translate("Pack", "Role"), translate("Pack", "Phone")]
    return [para(translate("Pack", "Contacts"), layout.style("h2")), *data_tables(layout, header, rows, (0.34, 0.38, 0.28))]


def _trial_contacts(data: PackData, layout: Layout) -> list[Flowable]:
    """For each trial the person is enrolled in: the trial team to call, and what to do out of hours."""
    cards = [f for f in data.followups if f.trial and f.has_contact_card]
    if not cards:
        return []
    cell, strong = layout.style("cell"), layout.style("cell_bold")
    rows = [[para(f.subject, cell), para(join_nonempty([f.contact_name, f.contact_phone], ", "), strong),
             para(f.out_of_hours, cell)] for f in cards]
    header = [translate("Pack", "Enrolled in trial"), translate("Pack", "Trial team"), translate("Pack", "Out of hours")]
    return [para(translate("Pack", "Clinical trial"), layout.style("h2")),
            *data_tables(layout, header, rows, (0.4, 0.3, 0.3))]


def _contact_list(data: PackData) -> list[PackContact]:
    """The emergency contacts, plus the appointment's clinician if their number is not already there."""
    contacts = list(data.emergency_contacts)
    appointment = data.appointment
    if appointment and appointment.clinician_phone and all(c.phone != appointment.clinician_phone for c in contacts):
        clinician = PackContact(appointment.clinician_name, appointment.clinician_role, appointment.clinician_phone)
        contacts.append(clinician)
    return contacts


def _validity(data: PackData) -> str:
    return translate(
        "Pack",
        "This list was correct on {date}. Medicines change: check it with the pharmacist or GP if it is older "
        "than a month.",
    ).format(date=fmt_date(data.prepared_on))
