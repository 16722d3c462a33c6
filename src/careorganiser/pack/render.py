"""The appointment pack as a PDF: ``render_pack(data, options) -> bytes``.

A story built by one small function per section on the shared page layout (:mod:`careorganiser.pack.pdf`).
A section with nothing to say returns no flowables, so it leaves no empty heading behind.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from typing import Any

import msgspec.structs
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    PageBreak,
    Spacer,
    Table,
    TableStyle,
)

from careorganiser.domain.catalogue import names_its_unit
from careorganiser.domain.enums import DoseStatus, Priority, Sex
from careorganiser.domain.formatting import format_measured, format_number, measured_change
from careorganiser.i18n import translate
from careorganiser.pack.followup_model import PackFollowup
from careorganiser.pack.glance import GLANCE_ITEMS, build_glance
from careorganiser.pack.model import (
    SECTION_KEYS,
    PackAdherence,
    PackAdherenceLine,
    PackData,
    PackLapseRun,
    PackMeasurementSeries,
    PackMedication,
    PackNote,
    PackOffer,
    PackOptions,
    PackPrescreenItem,
    PackQuestion,
    PackRide,
    PackSection,
    PackSymptomSummary,
    PackTrial,
    PrintedVerdict,
    chosen_offers,
    chosen_trials,
)
from careorganiser.pack.pdf import fonts, rtl
from careorganiser.pack.pdf.charts import sparkline, trend_chart
from careorganiser.pack.pdf.layout import (
    ACCENT,
    GRID,
    MUTED,
    AnswerLines,
    Layout,
    Paragraph,
    Running,
    build_pdf,
    esc,
    heading,
    make_layout,
    open_section,
    para,
)
from careorganiser.pack.pdf.tables import boxed, data_tables, kv_table
from careorganiser.pack.wording import (
    age_on,
    context_heading,
    direction_label,
    fmt_date,
    fmt_datetime,
    fmt_number,
    fmt_percent,
    join_nonempty,
    local,
    person_line,
    prepared_line,
    ride_status_label,
    severity_label,
    short_months,
)

# --------------------------------------------------------------------------------------------- sections


def section_title(key: PackSection) -> str:
    titles = {
        PackSection.COVER: translate("Pack", "Appointment pack"),
        PackSection.QUESTIONS: translate("Pack", "Questions to ask"),
        PackSection.MEDICATIONS: translate("Pack", "Medications"),
        PackSection.ADHERENCE: translate("Pack", "Medication adherence"),
        PackSection.SYMPTOMS: translate("Pack", "Symptoms"),
        PackSection.MEASUREMENTS: translate("Pack", "Measurements and tests"),
        PackSection.FOLLOWUP: translate("Pack", "Trial and treatment follow-up"),
        PackSection.TRIALS: translate("Pack", "Clinical trials to discuss"),
        PackSection.RIDES: translate("Pack", "Getting there and back"),
    }
    return titles[key]


def since_intro(data: PackData, layout: Layout) -> list[Flowable]:
    if data.since_label:
        text = data.since_label
    elif data.since:
        text = translate("Pack", "Since {date}").format(date=fmt_date(data.since))
    else:
        return []
    return [para(text, layout.style("intro"))]


# ----- at a glance


def _shorten(text: str, limit: int = 110) -> str:
    """At most ``limit`` characters, cut at a word."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:(")
    return cut + "\u2026"


def _adherence_counted_since(data: PackData) -> str:
    """The day the first page's adherence line is counted from: the pack's "since" day, or the first day any of
    its medicines was counted, if later (a medicine followed since 25 Nov is not "since 4 Sep")."""
    since = data.since
    if data.adherence is not None and data.adherence.medications:
        starts = [line.counted_from for line in data.adherence.medications]
        if all(start is not None for start in starts):
            first = min(starts)  # type: ignore[type-var]
            if since is None or first > since:
                since = first
    return fmt_date(since, short=True) if since else ""


def glance_lines(data: PackData, sections: frozenset[str] = frozenset(SECTION_KEYS)) -> list[tuple[str, list[str]]]:
    """The first page's summary as (group, lines) in plain text; every figure comes from the sections' data
    (:func:`careorganiser.pack.glance.build_glance`). Only groups whose section is printed are shown."""
    glance = build_glance(data)
    since = fmt_date(data.since, short=True) if data.since else ""
    groups: list[tuple[str, list[str]]] = []

    def capped(lines: list[str], limit: int = GLANCE_ITEMS) -> list[str]:
        if len(lines) <= limit:
            return lines
        more = len(lines) - (limit - 1)
        return [*lines[: limit - 1], translate("Pack", "and {count} more").format(count=more)]

    words = {"started": translate("Pack", "Started"), "stopped": translate("Pack", "Stopped"), "changed": translate("Pack", "Changed")}
    changes = [join_nonempty([f"{words[c.change]} {c.name}", fmt_date(c.on, short=True), _shorten(c.detail, 60)])
               for c in glance.changes]
    if not changes and not data.medications and not data.planned:
        changes = [translate("Pack", "No current medicines recorded")]
    elif not changes and since:
        changes = [translate("Pack", "No medicine started, stopped or changed since {date}").format(date=since)]
    if glance.planned:  # one line, kept whatever the number of changes: a decision the clinician may question
        planned = ", ".join(f"{med.name} {fmt_date(med.since, short=True)}" for med in glance.planned)
        changes = [*capped(changes, GLANCE_ITEMS - 1),
                   _shorten(translate("Pack", "To start: {list}").format(list=planned))]
    else:
        changes = capped(changes)
    if changes and PackSection.MEDICATIONS in sections:
        groups.append((translate("Pack", "Medicines"), changes))

    if glance.adherence is not None:
        line = glance.adherence
        text = translate("Pack", "{percent} taken: {taken} of {scheduled} doses; {missed} missed, {skipped} skipped").format(
            percent=fmt_percent(line.ratio), taken=line.taken, scheduled=line.scheduled, missed=line.missed,
            skipped=line.skipped)
        counted_since = _adherence_counted_since(data)
        if counted_since:
            text = translate("Pack", "{text} (since {date})").format(text=text, date=counted_since)
        gaps = {(m.gap_from, m.gap_until) for m in data.adherence.medications} if data.adherence else set()
        if len(gaps) == 1 and None not in next(iter(gaps)):
            first, last = next(iter(gaps))
            text = f"{text}; {not_counted_days(first, last)}"  # type: ignore[arg-type]
        elif any(first is not None for first, _ in gaps):
            text = translate("Pack", "{text}; some days not counted (see Medication adherence)").format(text=text)
        lines = [text]
        if glance.low_adherence:
            lines.append(translate("Pack", "Least taken: {list}").format(list=", ".join(
                f"{low.name} {fmt_percent(low.ratio)}" for low in glance.low_adherence[:3])))
        if PackSection.ADHERENCE in sections:
            groups.append((translate("Pack", "Adherence"), lines))

    if glance.measurements and PackSection.MEASUREMENTS in sections:
        groups.append((translate("Pack", "Measurements"), []))  # laid out as the rows of glance_measurement_rows

    worse = [translate("Pack", "{name}: worse lately; average {average}, worst {worst}, noted {count} times").format(
        name=item.summary.name,
        average=f"{fmt_number(item.summary.average_severity, 1)} ({severity_label(item.summary.average_severity)})",
        worst=f"{item.summary.worst_severity} ({severity_label(item.summary.worst_severity)})",
        count=item.summary.count) for item in glance.worse_symptoms]
    if worse and PackSection.SYMPTOMS in sections:
        groups.append((translate("Pack", "Symptoms"), capped(worse)))

    questions = [f"{number}. {_shorten(q.text)}" for number, q in glance.high_questions]
    if questions and PackSection.QUESTIONS in sections:
        groups.append((translate("Pack", "Important questions"), capped(questions)))

    trials = []
    for trial in glance.trials:
        parts = [f"{trial.nct_id} {_shorten(trial.title, 50)}".strip(), trial.status_label,
                 interest_label(trial.interest) if trial.interest else ""]
        if trial.prescreen is not None:
            counts = trial.prescreen
            parts.append(translate("Pack", "pre-screen {fits} fit, {conflicts} conflict").format(
                fits=counts.fits, conflicts=counts.conflicts))
        trials.append(join_nonempty(parts))
    if trials and PackSection.TRIALS in sections:
        groups.append((translate("Pack", "Trials to discuss"), capped(trials)))
    return groups


def _glance_date(day: date | None, today: date) -> str:
    """``18 Nov`` in the year the pack is made, ``4 Dec 2025`` otherwise: short enough for one line."""
    if day is None:
        return ""
    if day.year == today.year:
        return f"{day.day} {short_months()[day.month - 1]}"
    return fmt_date(day, short=True)


GLANCE_MEASUREMENTS = 6
"""At most this many measurements get a row at a glance; the others are named after them."""


def _signed_change(before: float, after: float, series: PackMeasurementSeries) -> str:
    """The change from ``before`` to ``after`` as worked out from the two figures printed, to their places."""
    delta, places = measured_change(before, after, series.decimals, series.convert)
    size = format_number(abs(delta), places)
    if delta == 0:
        return translate("Pack", "no change")
    amount = translate("Pack", "{number} points").format(number=size) if series.unit == "%" else \
        _number_with_unit(size, series.unit)
    return ("+" if delta > 0 else "\u2212") + amount


def glance_measurement_rows(data: PackData) -> tuple[list[list[str]], list[str]]:
    """Rows of (measurement, latest, since the last visit, since first shown) for the followed
    measurements with a reading in the period first, and the names of those left out."""
    tz = data.timezone
    items = list(build_glance(data).measurements)
    start = data.since

    def recent(item: Any) -> bool:
        return start is not None and local(item.latest[0], tz).date() >= start

    items.sort(key=lambda item: not recent(item))  # stable: the pack's own order otherwise
    rows = []
    for item in items[:GLANCE_MEASUREMENTS]:
        series = item.series

        def at(point: tuple[datetime, float]) -> str:
            return translate("Pack", "{value} on {date}").format(
                value=with_unit(point[1], series.unit, series.decimals, series.convert),
                date=_glance_date(local(point[0], tz).date(), data.prepared_on))

        def change(point: tuple[datetime, float] | None) -> str:
            if point is None:
                if start is not None and local(item.latest[0], tz).date() == start:
                    return translate("Pack", "measured that day")
                return "\u2014"
            return translate("Pack", "{change} (from {value})").format(
                change=_signed_change(point[1], item.latest[1], series), value=at(point))

        rows.append([series.label, at(item.latest), change(item.at_visit), change(item.first)])
    return rows, [item.series.label for item in items[GLANCE_MEASUREMENTS:]]


def _at_a_glance(data: PackData, layout: Layout, sections: frozenset[str]) -> list[Flowable]:
    """"At a glance" for the cover: a few lines per group, each figure with its number and date."""
    groups = glance_lines(data, sections)
    if not groups:
        return []
    label, cell, small = layout.style("cell_bold"), layout.style("cell"), layout.style("cell_small")
    inner = layout.frame_width - layout.body_size * 1.6
    rows: list[list[Any]] = []
    for group, lines in groups:
        if lines:
            rows.append([para(group, label), [para(line, cell) for line in lines]])
            continue
        measured, others = glance_measurement_rows(data)
        since_head = translate("Pack", "Since {date}").format(date=_glance_date(data.since, data.prepared_on)) \
            if data.since else translate("Pack", "Since the last visit")
        head = ["", translate("Pack", "Latest"), since_head,
                translate("Pack", "Since first shown")]
        cells = [[para(h, small) for h in head]] + [
            [para(row[0], cell), para(row[1], cell), para(row[2], small), para(row[3], small)] for row in measured]
        content_width = inner * (1 - (0.26 if layout.large_print else 0.2)) - layout.body_size * 0.2
        sub = Table(cells, colWidths=[content_width * f for f in (0.23, 0.25, 0.26, 0.26)], hAlign="LEFT")
        sub.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR), ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), layout.body_size * 0.3),
            ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ]))
        content: list[Flowable] = [sub]
        if others:
            content.append(para(translate("Pack", "Also charted: {names}").format(names=", ".join(others)), small))
        rows.append([para(group, label), content])
    # One framed table whose rows may split across a page (a single framed cell could not).
    pad = layout.body_size * 0.8
    rows.insert(0, [para(translate("Pack", "At a glance"), layout.style("h3")), ""])
    label_share = 0.26 if layout.large_print else 0.2
    table = Table(rows, colWidths=[pad + inner * label_share, inner * (1 - label_share) + pad], hAlign="LEFT",
                  repeatRows=1)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("SPAN", (0, 0), (-1, 0)),
        ("BOX", (0, 0), (-1, -1), 0.6, GRID),
        ("LEFTPADDING", (0, 0), (0, -1), pad),
        ("LEFTPADDING", (1, 0), (1, -1), 0),
        ("RIGHTPADDING", (0, 0), (0, -1), layout.body_size * 0.4),
        ("RIGHTPADDING", (1, 0), (1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), layout.body_size * 0.25),
        ("BOTTOMPADDING", (0, 0), (-1, -1), layout.body_size * 0.25),
        ("TOPPADDING", (0, 0), (-1, 0), pad * 0.7),
        ("BOTTOMPADDING", (0, -1), (-1, -1), pad * 0.7),
        ("LINEBELOW", (0, 1), (-1, -2), 0.4, GRID),
    ]))
    return [Spacer(1, layout.gap), table]


# ----- cover


def _cover(data: PackData, layout: Layout, contents: Sequence[str],
           sections: frozenset[str] = frozenset(SECTION_KEYS)) -> list[Flowable]:
    title = section_title(PackSection.COVER) if data.appointment else translate("Pack", "Health summary")
    story: list[Flowable] = [para(title, layout.style("title"))]
    if data.appointment:
        when = local(data.appointment.starts_at, data.timezone)
        subtitle = translate("Pack", "{date} at {time}").format(
            date=fmt_date(when.date(), weekday=True), time=when.strftime("%H:%M"),
        )
        story.append(para(subtitle, layout.style("subtitle")))
    else:
        story.append(Spacer(1, layout.gap))
    story.append(boxed(layout, _cover_person(data, layout), accent=True))
    if data.appointment:
        story += [Spacer(1, layout.gap), boxed(layout, _cover_appointment(data, layout))]
    glance = _at_a_glance(data, layout, sections)
    listed: list[Flowable] = [
        Spacer(1, layout.gap),
        para(translate("Pack", "In this pack"), layout.style("h3")),
        para(" · ".join(contents), layout.style("body")),
    ] if contents else []
    if not glance:
        return [*story, Spacer(1, layout.gap * 1.5), para(prepared_line(data), layout.style("small")), *listed]
    # At a glance belongs on the first page, under the cover facts (the footer says when it was prepared).
    # The list of sections goes if there is no room for both; when even the summary cannot fit under the
    # facts (large print), it takes the next page whole, right after them.
    if _height(story + glance + listed, layout) <= layout.frame_height:
        return [*story, *glance, *listed]
    if _height(story + glance, layout) <= layout.frame_height:
        return [*story, *glance]
    return [*story, *listed, PageBreak(), *glance[1:]]


def _height(flowables: Sequence[Flowable], layout: Layout) -> float:
    """The height a run of flowables takes in the frame (with the space around paragraphs)."""
    total = 0.0
    for flowable in flowables:
        _, height = flowable.wrap(layout.frame_width, layout.frame_height)
        total += height + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total


def _cover_person(data: PackData, layout: Layout) -> list[Flowable]:
    person = data.person
    inner = layout.frame_width - layout.body_size * 1.6
    reference = local(data.appointment.starts_at, data.timezone).date() if data.appointment else data.prepared_on
    rows: list[tuple[str, Flowable]] = []
    if person.date_of_birth:
        born = translate("Pack", "{date} (age {age})").format(
            date=fmt_date(person.date_of_birth), age=age_on(person.date_of_birth, reference),
        )
        rows.append((translate("Pack", "Date of birth"), para(born, layout.style("value"))))
    if person.sex and person.sex != Sex.UNKNOWN:
        rows.append((translate("Pack", "Sex"), para(_sex_label(person.sex), layout.style("value"))))
    for system, value in person.identifiers:
        rows.append((system, para(value, layout.style("value"))))
    if person.conditions:
        rows.append((translate("Pack", "Conditions"), para("; ".join(person.conditions), layout.style("value"))))
    # Real allergies stand out; "None recorded" is no alert and is printed plain.
    allergies = "; ".join(person.allergies) if person.allergies else translate("Pack", "None recorded")
    rows.append((translate("Pack", "Allergies"),
                 para(allergies, layout.style("alert" if person.allergies else "value"))))
    name = para(person.name, layout.style("value_big"))
    return [name, Spacer(1, layout.gap * 0.4), kv_table(layout, rows, width=inner)]


def _sex_label(sex: str) -> str:
    labels = {"female": translate("Pack", "Female"), "male": translate("Pack", "Male"), "other": translate("Pack", "Other")}
    return labels.get(sex, sex)


def _cover_appointment(data: PackData, layout: Layout) -> list[Flowable]:
    appointment = data.appointment
    assert appointment is not None
    inner = layout.frame_width - layout.body_size * 1.6
    start = local(appointment.starts_at, data.timezone)
    time_text = start.strftime("%H:%M")
    if appointment.duration_minutes > 0:
        end = start + timedelta(minutes=appointment.duration_minutes)
        time_text = translate("Pack", "{start} to {end} ({minutes} minutes)").format(
            start=time_text, end=end.strftime("%H:%M"), minutes=appointment.duration_minutes,
        )
    value = layout.style("value")
    rows: list[tuple[str, Flowable]] = [
        (translate("Pack", "Date"), para(fmt_date(start.date(), weekday=True), value)),
        (translate("Pack", "Time"), para(time_text, value)),
    ]
    clinician = join_nonempty([appointment.clinician_name, appointment.clinician_role], ", ")
    if clinician:
        rows.append((translate("Pack", "Clinician"), para(clinician, value)))
    if appointment.clinician_phone:
        rows.append((translate("Pack", "Phone"), para(appointment.clinician_phone, value)))
    if appointment.place:
        rows.append((translate("Pack", "Place"), para(appointment.place, value)))
    if appointment.purpose:
        rows.append((translate("Pack", "Purpose"), para(appointment.purpose, value)))
    return [para(translate("Pack", "Appointment"), layout.style("h3")), kv_table(layout, rows, width=inner)]


# ----- questions


def _questions(data: PackData, layout: Layout) -> list[Flowable]:
    if not data.questions:
        return []
    order = {"high": 0, "normal": 1, "low": 2}
    questions = sorted(data.questions, key=lambda q: order[q.priority])
    intro = para(translate("Pack", "Most important first, with room to write the answers."), layout.style("intro"))
    blocks = [_question_block(number, question, layout) for number, question in enumerate(questions, start=1)]
    return open_section(layout, section_title(PackSection.QUESTIONS), [intro], blocks)


def _question_block(number: int, question: PackQuestion, layout: Layout) -> list[Flowable]:
    marker = ""
    if question.priority == Priority.HIGH:
        marker = '<font color="{}"><b>{}</b></font> · '.format(ACCENT.hexval(), esc(translate('Pack', 'Important')))
    text = f"<b>{number}.</b> {marker}{esc(rtl.closed(question.text) if marker else question.text)}"
    style = ParagraphStyle("q", parent=layout.style("body"), spaceBefore=layout.gap * 0.6, spaceAfter=layout.gap * 0.15)
    meta = join_nonempty([
        translate("Pack", "not filed under an appointment") if question.unfiled else "",
        question.topic,
        translate("Pack", "about {name}").format(name=question.medication) if question.medication else "",
        translate("Pack", "about trial {name}").format(name=question.trial) if question.trial else "",
    ])
    block: list[Flowable] = [Paragraph(text, style)]
    if meta:
        block.append(para(meta, ParagraphStyle("qm", parent=layout.style("small"), spaceAfter=0)))
    lines = 3 if question.priority == Priority.HIGH else 2
    block.append(AnswerLines(lines, layout.body_size * 2.1))
    return block


# ----- medications


def _medications(data: PackData, layout: Layout) -> list[Flowable]:
    if not data.medications and not data.planned and not data.changes:
        return []
    story = heading(layout, section_title(PackSection.MEDICATIONS))
    if data.medications:
        story.append(para(translate("Pack", "Taking now"), layout.style("h2")))
        story += _medication_table(data.medications, layout)
    if data.planned:
        story.append(para(translate("Pack", "Planned to start"), layout.style("h2")))
        story += _medication_table(data.planned, layout, translate("Pack", "Starts"))
    if data.changes:
        # Since the period's first day: a summary without an appointment, or one with none before it, has
        # no "last appointment" to count from.
        title = (translate("Pack", "Started, stopped or changed since {date}").format(date=fmt_date(data.since))
                 if data.since else translate("Pack", "Started, stopped or changed"))
        story.append(para(title, layout.style("h2")))
        story += _changes_table(data, layout)
    return story


def _medication_table(medications: Sequence[PackMedication], layout: Layout,
                      date_head: str | None = None) -> list[Flowable]:
    """Medicine (name, strength, form, stock) | Dose and when (and a planned last day) | What for |
    Prescribed by | Since (``date_head`` names that column otherwise: "Starts" for planned ones)."""
    cell, small, strong = layout.style("cell"), layout.style("cell_small"), layout.style("cell_bold")
    rows = []
    for med in medications:
        name_cell: list[Flowable] = [para(med.name, strong)]
        if med.strength:
            name_cell.append(para(med.strength, cell))
        extra = join_nonempty([med.form, med.route], ", ")
        if extra:
            name_cell.append(para(extra, small))
        if med.stock_text:
            name_cell.append(para(translate("Pack", "Stock: {stock}").format(stock=med.stock_text), small))
        when_cell: list[Flowable] = []
        if med.dose:
            when_cell.append(para(med.dose, strong))
        if med.schedule_text:
            when_cell.append(para(med.schedule_text, cell))
        if med.instructions:
            when_cell.append(para(med.instructions, small))
        if med.until is not None:
            when_cell.append(para(translate("Pack", "Until {date}").format(date=fmt_date(med.until, short=True)),
                                  strong))
        rows.append([
            name_cell, when_cell, para(med.purpose, cell), para(med.prescriber, cell),
            para(fmt_date(med.since, short=True), cell),
        ])
    header = [
        translate("Pack", "Medicine"), translate("Pack", "Dose and when"), translate("Pack", "What for"), translate("Pack", "Prescribed by"),
        date_head or translate("Pack", "Since"),
    ]
    return data_tables(layout, header, rows, (0.25, 0.32, 0.15, 0.16, 0.12))


def change_label(change: str) -> str:
    labels = {"started": translate("Pack", "Started"), "stopped": translate("Pack", "Stopped"), "changed": translate("Pack", "Changed")}
    return labels.get(change, change)


def _changes_table(data: PackData, layout: Layout) -> list[Flowable]:
    cell, strong, small = layout.style("cell"), layout.style("cell_bold"), layout.style("cell_small")
    rows = []
    for change in sorted(data.changes, key=lambda c: (c.on or date.min)):
        what: list[Flowable] = [para(change_label(change.change), strong)]
        if change.detail:
            what.append(para(change.detail, small))
        when = para(fmt_date(change.on, short=True), cell)
        rows.append([para(change.name, strong), what, when, para(change.reason, cell)])
    header = [translate("Pack", "Medicine"), translate("Pack", "What changed"), translate("Pack", "Date"), translate("Pack", "Why")]
    return data_tables(layout, header, rows, (0.22, 0.26, 0.15, 0.37))


# ----- adherence


def _adherence(data: PackData, layout: Layout) -> list[Flowable]:
    adherence = data.adherence
    if adherence is None or not (adherence.medications or adherence.lapses or adherence.off_schedule
                                 or adherence.dose_notes):
        return []
    story = heading(layout, section_title(PackSection.ADHERENCE))
    period = translate("Pack", "From {start} to {end}").format(
        start=fmt_date(adherence.period_start), end=fmt_date(adherence.period_end),
    )
    story.append(para(join_nonempty([data.since_label, period], " · "), layout.style("intro")))
    if adherence.medications:
        story += _adherence_table(adherence, layout)
    if adherence.lapses or adherence.runs:
        story.append(para(translate("Pack", "Missed and skipped doses"), layout.style("h2")))
        story += _lapses_table(adherence, data.timezone, layout)
    if adherence.off_schedule_count or adherence.off_schedule:
        story += _off_schedule(adherence, data.timezone, layout)
    if adherence.dose_notes:
        story += _dose_notes(adherence, data.timezone, layout)
    return story


def _recorded_text(at: datetime, status: str, as_needed: bool, tz: str) -> str:
    """"08:00 on 3 Dec taken", "(as needed)" after it for a medicine taken only as needed."""
    words = {DoseStatus.MISSED: translate("Pack", "{time} on {day} missed"),
             DoseStatus.SKIPPED: translate("Pack", "{time} on {day} skipped"),
             DoseStatus.TAKEN: translate("Pack", "{time} on {day} taken")}
    when = local(at, tz)
    text = words.get(status, words[DoseStatus.TAKEN]).format(
        time=when.strftime("%H:%M"), day=_day_range(when.date(), when.date()))
    return translate("Pack", "{text} (as needed)").format(text=text) if as_needed else text


def _dose_notes(adherence: PackAdherence, tz: str, layout: Layout) -> list[Flowable]:
    """The notes written on doses that the tables above do not print: the newest (half as many in large print), in
    date order."""
    cell, strong, small = layout.style("cell"), layout.style("cell_bold"), layout.style("cell_small")
    shown = adherence.dose_notes[len(adherence.dose_notes) // 2:] if layout.large_print else adherence.dose_notes
    rows: list[list[Any]] = [
        [para(item.medication, strong),
         para(_recorded_text(item.at, item.status, item.as_needed, tz),
              strong if item.status == DoseStatus.MISSED else cell),
         para(_shorten(item.note, 160), small)]
        for item in shown]
    earlier = adherence.dose_notes_count - len(shown)
    if earlier > 0:
        rows.insert(0, [para("", cell), para(translate("Pack", "\u2026 and {count} more, earlier").format(
            count=earlier), cell), para("", small)])
    header = [translate("Pack", "Medicine"), translate("Pack", "What was recorded"), translate("Pack", "Notes")]
    return [para(translate("Pack", "Notes on doses"), layout.style("h2")),
            *data_tables(layout, header, rows, (0.22, 0.46, 0.32))]


def _off_schedule(adherence: PackAdherence, tz: str, layout: Layout) -> list[Flowable]:
    """Doses recorded at times no schedule had: said as not counted, and listed when missed, skipped or noted."""
    story: list[Flowable] = [para(translate("Pack", "Recorded at times off the schedule"), layout.style("h2"))]
    story.append(para(translate(
        "Pack", "{count} doses were recorded at times none of the schedules had (for example before the app followed "
                "the medicine, or after a change of time zone); they are not counted in the table above.").format(
        count=adherence.off_schedule_count), layout.style("small")))
    if not adherence.off_schedule:
        return story
    cell, strong, small = layout.style("cell"), layout.style("cell_bold"), layout.style("cell_small")
    rows = []
    for item in adherence.off_schedule:
        text = _recorded_text(item.at, item.status, item.as_needed, tz)
        rows.append([para(item.medication, strong), para(text, strong if item.status == DoseStatus.MISSED else cell),
                     para(_shorten(item.note, 160), small)])
    header = [translate("Pack", "Medicine"), translate("Pack", "What was recorded"), translate("Pack", "Notes")]
    return story + data_tables(layout, header, rows, (0.22, 0.46, 0.32))


def not_counted_days(first: date, last: date) -> str:
    """"not counted 21 Nov 2026 to 3 Dec 2026", or "not counted on 3 Dec 2026" for one day."""
    if first == last:
        return translate("Pack", "not counted on {date}").format(date=fmt_date(first, short=True))
    return translate("Pack", "not counted {start} to {end}").format(start=fmt_date(first, short=True),
                                                                    end=fmt_date(last, short=True))


def counted_text(line: PackAdherenceLine) -> str:
    """"counted from 24 Nov 2026": the days a medication's doses count over, when not the whole period."""
    start, end = line.counted_from, line.counted_until
    text = ""
    if start and end:
        text = translate("Pack", "counted {start} to {end}").format(start=fmt_date(start, short=True),
                                                            end=fmt_date(end, short=True))
    elif start:
        text = translate("Pack", "counted from {date}").format(date=fmt_date(start, short=True))
    elif end:
        text = translate("Pack", "counted until {date}").format(date=fmt_date(end, short=True))
    if line.gap_from and line.gap_until:
        gap = translate("Pack", "{days} (the app was not following it)").format(
            days=not_counted_days(line.gap_from, line.gap_until))
        text = f"{text}; {gap}" if text else gap
    return text


def _adherence_row(line: PackAdherenceLine, layout: Layout, strong: bool = False) -> list[Flowable]:
    name_style = layout.style("cell_bold") if strong else layout.style("cell")
    right = layout.style("cell_right")
    numbers = [str(line.scheduled), str(line.taken), str(line.skipped), str(line.missed), fmt_percent(line.ratio)]
    cells = [f"<b>{n}</b>" if strong else n for n in numbers]
    name: Flowable | list[Flowable] = para(line.name, name_style)
    if counted_text(line):
        name = [name, para(counted_text(line), layout.style("cell_small"))]
    return [name, *[Paragraph(c, right) for c in cells]]


def _adherence_table(adherence: PackAdherence, layout: Layout) -> list[Flowable]:
    rows = [_adherence_row(line, layout) for line in adherence.medications]
    extra: list[tuple[Any, ...]] = []
    if adherence.overall is not None:
        overall = PackAdherenceLine(
            name=translate("Pack", "All medications"), scheduled=adherence.overall.scheduled, taken=adherence.overall.taken,
            skipped=adherence.overall.skipped, missed=adherence.overall.missed, ratio=adherence.overall.ratio,
        )
        rows.append(_adherence_row(overall, layout, strong=True))
    header = [
        translate("Pack", "Medicine"), translate("Pack", "Scheduled"), translate("Pack", "Taken"), translate("Pack", "Skipped"),
        translate("Pack", "Missed"), translate("Pack", "Taken %"),
    ]
    tables = data_tables(layout, header, rows, (0.35, 0.13, 0.13, 0.13, 0.13, 0.13), right_aligned=(1, 2, 3, 4, 5))
    if adherence.overall is not None:
        extra = [("LINEABOVE", (0, -1), (-1, -1), 0.9, ACCENT)]
        tables[-1].setStyle(TableStyle(extra))
    return tables


RUN_ROWS = 18
"""At most this many runs of missed or skipped doses are printed (fewer in large print): about a page."""


def _day_range(first: date, last: date) -> str:
    """``14 Sep``, ``3–14 Sep``, ``28 Aug – 3 Sep``, ``28 Dec 2025 – 3 Jan 2026``."""
    months = short_months()
    if first == last:
        return f"{first.day} {months[first.month - 1]}"
    if first.year != last.year:
        return f"{fmt_date(first, short=True)} \u2013 {fmt_date(last, short=True)}"
    if first.month != last.month:
        return f"{first.day} {months[first.month - 1]} \u2013 {last.day} {months[last.month - 1]}"
    return f"{first.day}\u2013{last.day} {months[last.month - 1]}"


def run_text(run: PackLapseRun, tz: str) -> str:
    """What happened, in a few words: "every dose missed 3–14 Sep (36)", "13:00 on 14 Sep skipped"."""
    first, last = local(run.first, tz), local(run.last, tz)
    days = _day_range(first.date(), last.date())
    missed = run.status == DoseStatus.MISSED
    if run.count == 1:
        text = translate("Pack", "{time} on {day} missed") if missed else translate("Pack", "{time} on {day} skipped")
        return text.format(time=first.strftime("%H:%M"), day=days)
    if run.whole_days:
        text = (translate("Pack", "every dose missed {days} ({count})") if missed
                else translate("Pack", "every dose skipped {days} ({count})"))
        return text.format(days=days if first.date() != last.date() else translate("Pack", "on {day}").format(day=days),
                           count=run.count)
    if first.date() == last.date():
        text = (translate("Pack", "{count} doses in a row missed on {day}, {start} to {end}") if missed
                else translate("Pack", "{count} doses in a row skipped on {day}, {start} to {end}"))
        return text.format(count=run.count, day=days, start=first.strftime("%H:%M"), end=last.strftime("%H:%M"))
    text = (translate("Pack", "{count} doses in a row missed, {start} to {end}") if missed
            else translate("Pack", "{count} doses in a row skipped, {start} to {end}"))
    return text.format(
        count=run.count,
        start=translate("Pack", "{time} on {day}").format(time=first.strftime("%H:%M"), day=_day_range(first.date(), first.date())),
        end=translate("Pack", "{time} on {day}").format(time=last.strftime("%H:%M"), day=_day_range(last.date(), last.date())),
    )


def shown_runs(adherence: PackAdherence, large_print: bool) -> tuple[list[PackLapseRun], list[PackLapseRun]]:
    """The runs printed (the longest, in date order) and those only counted in the closing line."""
    runs = list(adherence.lapse_runs())
    limit = RUN_ROWS // 2 if large_print else RUN_ROWS
    if len(runs) <= limit:
        return runs, []
    longest = sorted(range(len(runs)), key=lambda i: (-runs[i].count, i))
    keep = set(longest[:limit - 1])  # one row left for the closing line
    return [r for i, r in enumerate(runs) if i in keep], [r for i, r in enumerate(runs) if i not in keep]


def _lapses_table(adherence: PackAdherence, tz: str, layout: Layout) -> list[Flowable]:
    cell, strong, small = layout.style("cell"), layout.style("cell_bold"), layout.style("cell_small")
    shown, rest = shown_runs(adherence, layout.large_print)
    rows: list[list[Any]] = []
    for run in shown:
        notes = "; ".join(_shorten(note, 80) for note in run.notes[:3]) + ("; \u2026" if len(run.notes) > 3 else "")
        rows.append([para(run.medication, strong), para(run_text(run, tz), strong if run.status == DoseStatus.MISSED else cell),
                     para(notes, small)])
    if rest:
        missed = sum(r.count for r in rest if r.status == DoseStatus.MISSED)
        skipped = sum(r.count for r in rest if r.status == DoseStatus.SKIPPED)
        rows.append([para(translate("Pack", "Others"), cell), para(translate(
            "Pack", "{runs} shorter runs: {missed} missed, {skipped} skipped (counted in the table above)").format(
                runs=len(rest), missed=missed, skipped=skipped), cell), para("", small)])
    header = [translate("Pack", "Medicine"), translate("Pack", "What happened"), translate("Pack", "Notes")]
    return data_tables(layout, header, rows, (0.22, 0.46, 0.32))


# ----- symptoms


def _symptoms(data: PackData, layout: Layout) -> list[Flowable]:
    if not data.symptoms and not data.notes:
        return []
    story = heading(layout, section_title(PackSection.SYMPTOMS))
    story += since_intro(data, layout)
    if data.symptoms:
        story += _symptom_table(data.symptoms, layout)
        scale = translate("Pack", "Severity is on one scale from 0 to 4: 0 none, 1 mild, 2 moderate, 3 severe, 4 very severe.")
        story.append(para(scale, layout.style("small")))
    if data.notes:
        story.append(para(translate("Pack", "Notes"), layout.style("h2")))
        if data.notes_total > len(data.notes):  # a choice, said as one: the clinician must not take it for all
            story.append(para(translate("Pack", "Notes shown: {shown} of {total}, those with the worst symptoms and "
                                                "the most written.").format(shown=len(data.notes),
                                                                            total=data.notes_total),
                              layout.style("small")))
        for note in sorted(data.notes, key=lambda n: n.at):
            story += _note_block(note, data.timezone, layout)
    return story


def _symptom_table(symptoms: Sequence[PackSymptomSummary], layout: Layout) -> list[Flowable]:
    cell, strong, right = layout.style("cell"), layout.style("cell_bold"), layout.style("cell_right")
    fractions = (0.28, 0.13, 0.2, 0.19, 0.2)
    spark_w = layout.frame_width * fractions[4] - layout.body_size * 0.7
    rows = []
    for symptom in sorted(symptoms, key=lambda s: (-s.count, s.name)):
        average = f"{fmt_number(symptom.average_severity, 1)} ({severity_label(symptom.average_severity)})"
        worst = f"{symptom.worst_severity} ({severity_label(symptom.worst_severity)})"
        rows.append([
            para(symptom.name, strong), para(str(symptom.count), right), para(average, cell), para(worst, cell),
            sparkline(symptom.series, spark_w, layout.body_size * 1.7),
        ])
    header = [
        translate("Pack", "Symptom"), translate("Pack", "Times noted"), translate("Pack", "Average severity"),
        translate("Pack", "Worst"), translate("Pack", "Trend"),
    ]
    middle = [("VALIGN", (4, 1), (4, -1), "MIDDLE")]
    return data_tables(layout, header, rows, fractions, right_aligned=(1,), extra_style=middle)


def _note_block(note: PackNote, tz: str, layout: Layout) -> list[Flowable]:
    """One paragraph per note (its time and symptoms, then its text), so a very long note splits across
    pages where it falls instead of jumping to a fresh page."""
    symptoms = ", ".join(f"{esc(name)} {severity}" for name, severity in note.symptoms)
    text = f"<b>{esc(fmt_datetime(note.at, tz))}</b>"
    if symptoms:
        text += f' <font color="{MUTED.hexval()}">· {symptoms}</font>'
    if note.text:
        text += f"<br/>{esc(note.text)}"
    style = ParagraphStyle("note", parent=layout.style("body"), spaceBefore=layout.gap * 0.3)
    return [Paragraph(text, style)]


# ----- measurements


def _measurements(data: PackData, layout: Layout) -> list[Flowable]:
    series = [s for s in data.measurements if any(math.isfinite(v) for _, v in s.points) or s.previous_tests]
    if not series:
        return []
    day = local(data.appointment.starts_at, data.timezone).date() if data.appointment else data.prepared_on
    charted_from: dict[str, date] = {}  # per kind, the first day its charts show
    for one in series:
        for when, value in one.points:
            if math.isfinite(value):
                first = local(when, data.timezone).date()
                charted_from[one.kind] = min(first, charted_from.get(one.kind, first))
    blocks = [_measurement_block(one, data.timezone, layout, day, charted_from.get(one.kind)) for one in series]
    return open_section(layout, section_title(PackSection.MEASUREMENTS), [], blocks)


def _measurement_block(series: PackMeasurementSeries, tz: str, layout: Layout, day: date,
                       charted_from: date | None = None) -> list[Flowable]:
    title = f"{esc(series.label)}"
    if not names_its_unit(series.label, series.unit):
        title += f' <font color="{MUTED.hexval()}" size="{layout.body_size:.1f}">({esc(series.unit)})</font>'
    block: list[Flowable] = [Paragraph(title, layout.style("h2"))]
    points = sorted(((when, v) for when, v in series.points if math.isfinite(v)), key=lambda p: p[0])
    if points:
        series = msgspec.structs.replace(series, points=tuple(points))
        height = layout.frame_width * (0.3 if layout.large_print else 0.26)
        block.append(trend_chart(series, layout, tz, layout.frame_width, height, until=day))
        block.append(Spacer(1, layout.gap * 0.4))
        block.append(para(_measurement_summary(series, points, tz), layout.style("body"), markup=True))
    if series.previous_tests:
        block.append(para(_previous_tests_text(series.previous_tests, charted_from), layout.style("small"), markup=True))
    return block


def with_unit(value: float, unit: str, decimals: int, convert: Sequence[tuple[str, float]] = ()) -> str:
    """``62%``, ``62.5%``, ``331 m``, ``0.78`` (a ratio has no unit to print): a measured value, never rounded
    past the places it was recorded with; one typed in another unit to the precision typed (``74.8 kg``)."""
    return _number_with_unit(format_measured(value, decimals, convert), unit)


def _number_with_unit(number: str, unit: str) -> str:
    if not unit or unit == "ratio":
        return number
    return f"{number}{unit}" if unit == "%" else f"{number} {unit}"


def _measurement_summary(series: PackMeasurementSeries, points: list[tuple[datetime, float]], tz: str) -> str:
    def value(v: float) -> str:
        return esc(with_unit(v, series.unit, series.decimals, series.convert))

    def day(when: datetime) -> str:
        return esc(fmt_date(local(when, tz).date(), short=True))

    last_at, last = points[-1]
    parts = [translate("Pack", "Latest {value} on {date}").format(value=f"<b>{value(last)}</b>", date=day(last_at))]
    if series.context:
        # readings of one context: the line says which, so "lowest" is never read as of them all
        parts[0] = translate("Pack", "{context}: {summary}").format(context=esc(context_heading(series.context)),
                                                                     summary=parts[0])
    if len(points) > 1:
        first_at, first = points[0]
        parts.append(translate("Pack", "first shown {value} on {date}").format(value=value(first), date=day(first_at)))
        values = [v for _, v in points]
        parts.append(translate("Pack", "lowest {low}, highest {high} in {count} readings").format(
            low=value(min(values)), high=value(max(values)), count=len(points),
        ))
    reference = _reference_text(series)
    if reference:
        parts.append(esc(reference))
    return " · ".join(parts)


def _reference_text(series: PackMeasurementSeries) -> str:
    low, high = series.range_low, series.range_high
    if low is not None and high is not None:
        return translate("Pack", "reference range {low} to {high}").format(
            low=format_measured(low, series.decimals, series.convert),
            high=with_unit(high, series.unit, series.decimals, series.convert),
        )
    if low is not None:
        return translate("Pack", "reference {low} or more").format(
            low=with_unit(low, series.unit, series.decimals, series.convert))
    if high is not None:
        return translate("Pack", "reference up to {high}").format(
            high=with_unit(high, series.unit, series.decimals, series.convert))
    return ""


def _previous_tests_text(days: Sequence[date], charted_from: date | None = None, shown: int = 24) -> str:
    """The clinic and lab test days, latest first; those before ``charted_from`` (the chart's first reading)
    said to be earlier than the chart, whose "lowest, highest in N readings" does not count them."""
    ordered = sorted(set(days), reverse=True)
    charted = [d for d in ordered[:shown] if charted_from is None or d >= charted_from]
    earlier = [d for d in ordered[:shown] if charted_from is not None and d < charted_from]
    parts = []
    if charted:
        parts.append('<b>{}</b> {}'.format(esc(translate('Pack', 'Tested on')),
                                           esc(", ".join(fmt_date(d, short=True) for d in charted))))
    if earlier:
        parts.append('<b>{}</b> {}'.format(esc(translate('Pack', 'Tested before the chart on')),
                                           esc(", ".join(fmt_date(d, short=True) for d in earlier))))
    text = " · ".join(parts)
    if len(ordered) > shown:
        more = translate("Pack", "and {count} earlier, the first on {date}").format(
            count=len(ordered) - shown, date=fmt_date(ordered[-1], short=True),
        )
        text += f" {esc(more)}"
    return text


# ----- trials


def prescreen_label(status: str) -> str:
    labels = {
        "fits": translate("Pack", "Fits"), "conflicts": translate("Pack", "Conflicts"),
        "no_data": translate("Pack", "No recent data"), "ask": translate("Pack", "Ask the trial team"),
    }
    return labels.get(status, status)


def interest_label(interest: str) -> str:
    labels = {
        "considering": translate("Pack", "Considering"), "contacted": translate("Pack", "Contacted the team"),
        "screening": translate("Pack", "In screening"), "enrolled": translate("Pack", "Enrolled"),
        "not_eligible": translate("Pack", "Not eligible"), "declined": translate("Pack", "Declined"),
    }
    return labels.get(interest, interest)


def _trials(data: PackData, layout: Layout) -> list[Flowable]:
    if not data.trials and not data.offers:
        return []
    disclaimer = translate(
        "Pack",
        "The pre-screen holds each trial's published criteria against the latest measurements. It is something "
        "to discuss with the clinician and the trial team, never a verdict.",
    )
    blocks = [_trial_block(trial, layout) for trial in data.trials]
    blocks += [_offer_block(offer, layout) for offer in data.offers]
    return open_section(layout, section_title(PackSection.TRIALS), [para(disclaimer, layout.style("intro"))], blocks)


def _trial_block(trial: PackTrial, layout: Layout) -> list[Flowable]:
    title = f"{esc(trial.nct_id)}  {esc(trial.title)}" if trial.title else esc(trial.nct_id)
    meta = join_nonempty([
        trial.status_label, trial.phase_label,
        translate("Pack", "Our interest: {what}").format(what=interest_label(trial.interest)) if trial.interest else "",
    ])
    head: list[Flowable] = [Paragraph(title, layout.style("h2"))]
    if meta:
        head.append(para(meta, layout.style("small")))
    if trial.notes:
        head.append(para(trial.notes, layout.style("body")))
    for flag in trial.flags:
        head.append(para('<b>{}:</b> {}'.format(esc(translate('Pack', 'Warning')), esc(flag)), layout.style("body"), markup=True))
    if trial.design:
        head.append(para('<b>{}:</b> {}'.format(esc(translate('Pack', 'Design')), esc(trial.design)), layout.style("body"),
                         markup=True))
    if trial.outcomes:
        head.append(para('<b>{}:</b> {}'.format(esc(translate('Pack', 'Main results measured')), esc('; '.join(trial.outcomes))), layout.style("body"), markup=True))
    if trial.prescreen is not None:
        head.append(para(_prescreen_counts(trial), layout.style("body"), markup=True))
    if trial.key_items:
        head += _prescreen_table(trial.key_items, layout)
    if trial.questions:
        # Its own heading style: kept with the first question, never alone at the foot of a page.
        head.append(para(translate("Pack", "To ask the trial team") + ":", layout.style("h3")))
        shown = trial.questions[:PACK_TRIAL_QUESTIONS]
        head += [para(f"\u2610 {esc(q)}", layout.style("body"), markup=True) for q in shown]
        if len(trial.questions) > len(shown):
            head.append(para(translate("Pack", "\u2026 and {count} more items of the record for the trial team.").format(
                count=len(trial.questions) - len(shown)), layout.style("small")))
    return head


PACK_TRIAL_QUESTIONS = 12
"""At most this many "ask the trial team" questions per trial; the rest are counted."""


def _adds_to(reason: str, value_text: str) -> bool:
    """Whether the reason says more than the value shown ("No AST recorded" says it already)."""
    if not reason or reason == value_text:
        return False
    return not (value_text.startswith(translate("Pack", "No ")) and reason.startswith("No ") and "older" not in reason
                and "two" not in reason)


def _offer_block(offer: PackOffer, layout: Layout) -> list[Flowable]:
    head: list[Flowable] = [Paragraph(esc(translate("Pack", "Offer without an NCT number: {name}").format(name=offer.name)),
                                      layout.style("h2"))]
    for label, value in ((translate("Pack", "Who offers it"), offer.provider), (translate("Pack", "What is offered"), offer.offered),
                         (translate("Pack", "Cost"), offer.cost), (translate("Pack", "Where we heard of it"), offer.heard_from),
                         (translate("Pack", "Notes"), offer.notes)):
        if value:
            head.append(para(f"<b>{esc(label)}:</b> {esc(value)}", layout.style("body"), markup=True))
    for flag in offer.flags:
        head.append(para('<b>{}:</b> {}'.format(esc(translate('Pack', 'Warning')), esc(flag)), layout.style("body"), markup=True))
    return head


def _prescreen_counts(trial: PackTrial) -> str:
    counts = trial.prescreen
    assert counts is not None
    summary = translate("Pack", "{fits} fit, {conflicts} conflict, {no_data} without recent data, {ask} for the trial team")
    text = summary.format(fits=counts.fits, conflicts=counts.conflicts, no_data=counts.no_data, ask=counts.ask)
    return '<b>{}:</b> {}'.format(esc(translate('Pack', 'Pre-screen')), esc(text))


def _prescreen_table(items: Sequence[PackPrescreenItem], layout: Layout) -> list[Flowable]:
    cell, small, strong = layout.style("cell"), layout.style("cell_small"), layout.style("cell_bold")
    kinds = {"inclusion": translate("Pack", "Must have"), "exclusion": translate("Pack", "Must not have")}
    rows = [
        [
            [para(kinds[item.kind], small), para(item.text, cell)],
            para(prescreen_label(item.status), strong if item.status == PrintedVerdict.CONFLICTS else cell),
            [para(item.value_text, cell)] + ([para(item.reason, small)] if _adds_to(item.reason, item.value_text)
                                             else []),
        ]
        for item in items
    ]
    header = [translate("Pack", "Criterion"), translate("Pack", "Pre-screen"), translate("Pack", "Our latest data")]
    return data_tables(layout, header, rows, (0.54, 0.18, 0.28))


# ----- rides


def _rides(data: PackData, layout: Layout) -> list[Flowable]:
    if not data.rides:
        return []
    # There and back belong on one page: one block for all legs (it splits only if it cannot fit a page).
    rides = sorted(data.rides, key=PackRide.when)
    legs = [flow for ride in rides for flow in _ride_block(ride, data.timezone, layout)]
    return open_section(layout, section_title(PackSection.RIDES), [], [legs])


def _ride_block(ride: PackRide, tz: str, layout: Layout) -> list[Flowable]:
    value, strong = layout.style("value"), layout.style("alert")
    if ride.pickup_at is None:  # nothing arranged yet: said as plainly as Today says it
        title = translate("Pack", "{direction}: no pick-up arranged yet").format(direction=direction_label(ride.direction))
    else:
        moment = local(ride.pickup_at, tz)
        title = translate("Pack", "{direction}: pick-up at {time} on {date}").format(
            direction=direction_label(ride.direction), time=moment.strftime("%H:%M"),
            date=fmt_date(moment.date(), weekday=True),
        )
    rows: list[tuple[str, Flowable]] = []
    if ride.pickup_address:
        rows.append((translate("Pack", "From"), para(ride.pickup_address, value)))
    if ride.destination:
        rows.append((translate("Pack", "To"), para(ride.destination, value)))
    if ride.driver_name:
        rows.append((translate("Pack", "Driver"), para(ride.driver_name, value)))
    if ride.driver_phone:
        rows.append((translate("Pack", "Driver's phone"), para(ride.driver_phone, strong)))
    if ride.status:
        rows.append((translate("Pack", "Status"), para(ride_status_label(ride.status, ride.driver_name), value)))
    if ride.notes:
        rows.append((translate("Pack", "Notes"), para(ride.notes, value)))
    block: list[Flowable] = [para(title, layout.style("h2"))]
    if rows:
        block.append(kv_table(layout, rows))
    return block


# ----- follow-up of an enrolled trial or a treatment


def _followup(data: PackData, layout: Layout) -> list[Flowable]:
    """Each follow-up plan that is on: the visits (this one marked), the change since baseline, suggested
    questions, tests still due, and the side effects and events log."""
    if not data.followups:
        return []
    intro = translate("Pack", "Changes are from the baseline visit. A relative fall in FVC of 10% or more, in DLCO of 15% "
                       "or more, or a fall in six-minute walk distance of 50 m or more within a year is what IPF "
                       "clinicians count as a sign of progression.")
    blocks = []
    for f in data.followups:
        blocks.append(_followup_plan(f, layout))
        if f.events:
            blocks.append(_followup_events(f, layout))
    return open_section(layout, section_title(PackSection.FOLLOWUP), [para(intro, layout.style("intro"))], blocks)


def _followup_plan(f: PackFollowup, layout: Layout) -> list[Flowable]:
    cell, bold = layout.style("cell"), layout.style("cell_bold")
    story: list[Flowable] = [para(f.subject, layout.style("h2"))]
    story.append(para(translate("Pack", "Baseline {date}; visits: {visits}.").format(
        date=fmt_date(f.baseline), visits=f.visits_text), layout.style("small")))
    rows = []
    for v in f.visits:
        style = bold if v.this_visit else cell
        label = v.label + (" " + translate("Pack", "(this visit)") if v.this_visit else "")
        rows.append([para(label, style), para(fmt_date(v.on, short=True), style), para(v.tests, cell),
                     para(v.values or "\u2013", cell)])
    header = [translate("Pack", "Visit"), translate("Pack", "Day"), translate("Pack", "Tests"), translate("Pack", "Results")]
    story += data_tables(layout, header, rows, (0.18, 0.13, 0.27, 0.42))
    if f.changes:
        story.append(para(translate("Pack", "Change since baseline"), layout.style("h3")))
        story += [para("\u2022 " + text, layout.style("body")) for text in f.changes]
    if f.crossed:
        story.append(para(translate("Pack", "Threshold crossed: {rules}.").format(rules="; ".join(f.crossed)),
                          layout.style("alert")))
    if f.questions:
        story.append(para(translate("Pack", "Suggested questions"), layout.style("h3")))
        story += [para("\u2022 " + q, layout.style("body")) for q in f.questions]
    if f.due:
        story.append(para(translate("Pack", "Still to do"), layout.style("h3")))
        story += [para("\u2022 " + d, layout.style("body")) for d in f.due]
    if f.has_contact_card:
        contact = join_nonempty([f.contact_name, f.contact_phone])
        text = translate("Pack", "Trial team: {contact}").format(contact=contact) if f.trial else \
            translate("Pack", "Clinic contact: {contact}").format(contact=contact)
        if f.out_of_hours:
            text += ". " + translate("Pack", "Out of hours: {what}").format(what=f.out_of_hours)
        story.append(para(text, layout.style("small")))
    return story


FOLLOWUP_EVENTS_LARGE_PRINT = 6  # large print shows the most recent few, so the section stays short


def _followup_events(f: PackFollowup, layout: Layout) -> list[Flowable]:
    cell = layout.style("cell")
    events = f.events[-FOLLOWUP_EVENTS_LARGE_PRINT:] if layout.large_print else f.events
    rows = [[para(fmt_date(e.on, short=True), cell), para(e.what, cell), para(severity_label(e.severity), cell),
             para(e.told, cell), para(e.outcome, cell)] for e in events]
    header = [translate("Pack", "Date"), translate("Pack", "Side effect or event"), translate("Pack", "Severity"),
              translate("Pack", "Team told"), translate("Pack", "Outcome")]
    story = [para(translate("Pack", "Side effects and events"), layout.style("h3")),
             *data_tables(layout, header, rows, (0.15, 0.3, 0.13, 0.2, 0.22))]
    if len(events) < len(f.events):
        story.append(para(translate("Pack", "The most recent {shown} of {count}; all of them are in the app.").format(
            shown=len(events), count=len(f.events)), layout.style("small")))
    return story


# --------------------------------------------------------------------------------------------- the pack

SectionBuilder = Callable[[PackData, Layout], list[Flowable]]

_SECTIONS: tuple[tuple[PackSection, SectionBuilder], ...] = (
    (PackSection.QUESTIONS, _questions),
    (PackSection.MEDICATIONS, _medications),
    (PackSection.ADHERENCE, _adherence),
    (PackSection.SYMPTOMS, _symptoms),
    (PackSection.MEASUREMENTS, _measurements),
    (PackSection.FOLLOWUP, _followup),
    (PackSection.TRIALS, _trials),
    (PackSection.RIDES, _rides),
)


def problem_notes(data: PackData, section: str, layout: Layout) -> list[Flowable]:
    """What the gathering could not read for ``section``, as notes where that part would have been."""
    return [para(problem.text, layout.style("alert")) for problem in data.problems if problem.section == section]


def _with_problems(key: str, flows: list[Flowable], data: PackData, layout: Layout) -> list[Flowable]:
    """A section's flowables followed by its notes of what could not be read (under its own heading when
    nothing else of the section could be printed): a failure shows, it never leaves a silent gap."""
    notes = problem_notes(data, key, layout)
    if not notes:
        return flows
    return [*(flows or heading(layout, section_title(key))), Spacer(1, layout.gap * 0.5), *notes]


def pack_title(data: PackData) -> str:
    if data.appointment is None:
        return translate("Pack", "Health summary")
    day = local(data.appointment.starts_at, data.timezone).date()
    return translate("Pack", "Appointment pack · {date}").format(date=fmt_date(day, short=True))


def render_pack(data: PackData, options: PackOptions) -> bytes:
    """The appointment pack as PDF bytes; identical input gives identical bytes."""
    layout = make_layout(options)
    data = msgspec.structs.replace(data, trials=chosen_trials(data.trials, options.trials),
                               offers=chosen_offers(data.offers, options.trials))
    built = [(key, _with_problems(key, build(data, layout), data, layout))
             for key, build in _SECTIONS if key in options.sections]
    built = [(key, flows) for key, flows in built if flows]
    story: list[Flowable] = []
    if PackSection.COVER in options.sections:
        story += _cover(data, layout, [section_title(key) for key, _ in built], options.sections)
        if built:
            story.append(PageBreak())
    for _, flows in built:
        story += flows
    if story and isinstance(story[0], CondPageBreak):
        story = story[1:]
    running = Running(person=person_line(data), title=pack_title(data), prepared=prepared_line(data))
    title = f"{pack_title(data)}: {data.person.name}"
    return build_pdf(story, layout, running, title)
