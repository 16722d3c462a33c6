"""The pack summarises: missed and skipped doses as runs on about a page, adherence counted only while each
medication was scheduled, and "At a glance" on the first page whose every figure matches the pages behind it.
Built from an empty profile through the services, and checked on the demo."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pack_samples as samples
import pytest

from careorganiser.domain.schedules import Schedule
from careorganiser.pack import render, wording
from careorganiser.pack.glance import build_glance, questions_in_print_order
from careorganiser.pack.model import PackOptions
from careorganiser.services import (
    appointments,
    contacts,
    measurements,
    packs,
    questions,
    reminders,
)
from careorganiser.services import medications as meds
from careorganiser.store import models as m

D = date(2026, 11, 24)  # a Tuesday


def utc(day: date, hour: int, minute: int = 0) -> datetime:
    """A London wall-clock time as an instant (summer time included)."""
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=ZoneInfo("Europe/London")).astimezone(UTC)


@pytest.fixture
def london(profile: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setenv("TZ", "Europe/London")
    with profile.session_factory.begin() as s:
        s.merge(m.Setting(key="timezone", value="Europe/London"))
    return profile


def text_of(pdf: bytes) -> list[str]:
    return [samples.flat(page) for page in samples.page_texts(pdf)]


# ---- runs of missed and skipped doses -------------------------------------------------------------------

def test_missed_and_skipped_doses_are_grouped_into_runs(london: Any) -> None:
    profile = london
    start = D - timedelta(days=14)
    med_id = meds.create_medication(
        profile, meds.MedicationInput(name="Pirfenidone", dose="3 capsules", units_per_dose="3"),
        [Schedule.times_a_day("08:00", "13:00", "19:00")], now=utc(start, 7))
    skipped = {(start + timedelta(days=9), 13): "Felt sick", (start + timedelta(days=9), 19): "Still nauseous"}
    for offset in range(14):
        day = start + timedelta(days=offset)
        if 3 <= offset <= 8:  # every dose of six days missed: nothing recorded
            continue
        for hour in (8, 13, 19):
            if (day, hour) in skipped:
                reminders.skip(profile, med_id, utc(day, hour), note=skipped[(day, hour)])
            elif not (offset == 11 and hour == 8):  # one morning dose forgotten
                reminders.take(profile, med_id, utc(day, hour), taken_at=utc(day, hour, 5))
    data = packs.gather_pack(profile, None, utc(D, 7))
    adherence = data.adherence
    assert adherence is not None and adherence.overall is not None
    assert (adherence.overall.scheduled, adherence.overall.missed, adherence.overall.skipped) == (42, 19, 2)
    runs = [(r.status, r.first, r.last, r.count, r.whole_days, r.notes) for r in adherence.runs]
    assert runs == [
        ("missed", utc(start + timedelta(days=3), 8), utc(start + timedelta(days=8), 19), 18, True, ()),
        ("skipped", utc(start + timedelta(days=9), 13), utc(start + timedelta(days=9), 19), 2, False,
         ("Felt sick", "Still nauseous")),
        ("missed", utc(start + timedelta(days=11), 8), utc(start + timedelta(days=11), 8), 1, False, ()),
    ]
    assert sum(r.count for r in adherence.runs) == adherence.overall.missed + adherence.overall.skipped
    pages = text_of(render.render_pack(data, PackOptions()))
    shown = " ".join(pages)
    assert "Pirfenidone every dose missed 13–18 Nov (18)" in shown
    assert "2 doses in a row skipped on 19 Nov, 13:00 to 19:00 Felt sick; Still nauseous" in shown
    assert "08:00 on 21 Nov missed" in shown


def test_hundreds_of_lapses_fit_on_about_a_page(london: Any) -> None:
    profile = london
    start = D - timedelta(days=80)
    med_id = meds.create_medication(profile, meds.MedicationInput(name="Omeprazole"),
                                    [Schedule.times_a_day("08:00", "20:00")], now=utc(start, 7))
    for offset in range(80):  # the evening dose missed every other day: 40 runs of one
        day = start + timedelta(days=offset)
        reminders.take(profile, med_id, utc(day, 8), taken_at=utc(day, 8))
        if offset % 2:
            reminders.take(profile, med_id, utc(day, 20), taken_at=utc(day, 20))
    data = packs.gather_pack(profile, None, utc(D, 7))
    assert data.adherence is not None and len(data.adherence.runs) == 40
    pages = text_of(render.render_pack(data, PackOptions()))
    heading = [i for i, page in enumerate(pages) if "Missed and skipped doses" in page]
    assert len(heading) == 1
    section = pages[heading[0]]
    rest = 40 - (render.RUN_ROWS - 1)  # the longest runs printed, one row left for the closing line
    assert f"{rest} shorter runs: {rest} missed, 0 skipped" in section
    assert section.count("20:00 on") == render.RUN_ROWS - 1


def test_adherence_counts_each_medication_only_while_it_was_scheduled(london: Any) -> None:
    profile = london
    meds.create_medication(profile, meds.MedicationInput(name="Omeprazole"), [Schedule.times_a_day("08:00")],
                           now=utc(D - timedelta(days=60), 7))
    late = meds.create_medication(profile, meds.MedicationInput(name="Nintedanib"),
                                  [Schedule.times_a_day("09:00", "21:00")], now=utc(D - timedelta(days=5), 12))
    data = packs.gather_pack(profile, None, utc(D, 10))
    lines = {line.name: line for line in data.adherence.medications}  # type: ignore[union-attr]
    assert lines["Nintedanib"].counted_from == D - timedelta(days=5)
    assert lines["Nintedanib"].scheduled == 10  # 21:00 that day, two a day for four days, 09:00 today
    assert lines["Omeprazole"].counted_from == D - timedelta(days=60)  # inside the 90 days: from when it was added
    text = " ".join(text_of(render.render_pack(data, PackOptions())))
    assert "Nintedanib counted from 19 Nov 2026" in text
    assert meds.get_medication(profile, late).start_date == D - timedelta(days=5)


# ---- at a glance ----------------------------------------------------------------------------------------

def test_at_a_glance_from_an_empty_profile_matches_the_pages_behind_it(london: Any) -> None:
    profile = london
    doctor = contacts.create_contact(profile, "Dr Anil Mehta", role="pulmonologist", phone="020 7946 0811").id
    past = appointments.create_appointment(profile, day=D - timedelta(days=30), at="10:30", clinician_id=doctor)
    appointments.record_outcome(profile, past, "Stable")
    coming = appointments.create_appointment(profile, day=D + timedelta(days=2), at="10:30", clinician_id=doctor,
                                             place="Chest clinic")
    now = utc(D, 12)
    for days, value in ((200, 70.0), (30, 66.0), (3, 61.0)):
        measurements.add_measurement(profile, utc(D - timedelta(days=days), 11), "fvc_percent_predicted", value,
                                     source="clinic", now=now)
    meds.create_medication(profile, meds.MedicationInput(name="Nintedanib", dose="150 mg"),
                           [Schedule.times_a_day("09:00", "21:00")], now=utc(D - timedelta(days=10), 8))
    questions.create_question(profile, text="Should the dose change?", priority="normal", appointment_id=coming)
    questions.create_question(profile, text="Is the FVC fall enough to change treatment?", priority="high",
                              appointment_id=coming)
    data = packs.gather_pack(profile, coming, now)
    glance = build_glance(data)

    # the figures, from the sections' own data
    assert [(c.name, c.change, c.on) for c in glance.changes] == [("Nintedanib", "started", D - timedelta(days=10))]
    assert glance.adherence == data.adherence.overall  # type: ignore[union-attr]
    # added 14 Nov 08:00: 09:00 and 21:00 that day and the nine days after, and 09:00 today = 21
    assert glance.adherence is not None and glance.adherence.scheduled == 21
    (fvc,) = glance.measurements
    assert fvc.latest == max(data.measurements[0].points)
    assert fvc.at_visit == (utc(D - timedelta(days=30), 11), 66.0)  # the reading on the last visit's day
    assert fvc.first == min(data.measurements[0].points)
    assert (fvc.change_since_visit, fvc.change_since_first) == (-5.0, -9.0)
    assert [(n, q.text) for n, q in glance.high_questions] == [
        (1, "Is the FVC fall enough to change treatment?")]
    assert questions_in_print_order(data.questions)[0].priority == "high"

    # the same figures, printed on page 1 and on the pages behind it
    pages = text_of(render.render_pack(data, PackOptions()))
    first, rest = pages[0], " ".join(pages[1:])
    for expected, behind in (
        ("Started Nintedanib · 14 Nov 2026", "Nintedanib Started 150 mg, Twice a day at 09:00, 21:00 14 Nov 2026"),
        (f"{wording.fmt_percent(glance.adherence.ratio)} taken: {glance.adherence.taken} of 21 doses",
         f"All medications 21 {glance.adherence.taken}"),
        # counted from when Nintedanib was added, not from the last visit a month ago
        ("21 missed, 0 skipped (since 14 Nov 2026)", "Nintedanib counted from 14 Nov 2026"),
        ("61% on 21 Nov", "Latest 61% on 21 Nov 2026"),
        ("−5 points (from 66% on 25 Oct)", None),
        ("−9 points (from 70% on 8 May)", "first shown 70% on 8 May 2026"),
        ("1. Is the FVC fall enough to change treatment?", "1. Important · Is the FVC fall enough to change treatment?"),
    ):
        assert expected in first, expected
        if behind is not None:
            assert behind in rest, behind
    assert "At a glance" in first and "Page 1 of" in first


def test_a_reading_months_before_the_last_visit_is_not_shown_as_since_that_visit(london: Any) -> None:
    """"Since 25 Nov: -3.5 kg (from 64 kg on 15 Jun)" read as 3.5 kg lost since the visit (review of this round)."""
    profile = london
    doctor = contacts.create_contact(profile, "Dr Patel").id
    past = appointments.create_appointment(profile, day=D - timedelta(days=10), at="15:00", clinician_id=doctor)
    appointments.record_outcome(profile, past, "seen")
    coming = appointments.create_appointment(profile, day=D + timedelta(days=5), at="10:30", clinician_id=doctor)
    now = utc(D, 12)
    measurements.add_measurement(profile, utc(D - timedelta(days=160), 9), "weight_kg", "64", now=now)
    measurements.add_measurement(profile, utc(D - timedelta(days=2), 9), "weight_kg", "60.5", now=now)
    (weight,) = build_glance(packs.gather_pack(profile, coming, now)).measurements
    assert weight.at_visit is None and weight.change_since_visit is None
    assert weight.first == (utc(D - timedelta(days=160), 9), 64.0) and weight.change_since_first == -3.5


def test_at_a_glance_on_the_demo_matches_every_section(demo_profile: Any) -> None:
    from conftest import DEMO_NOW

    appointment = packs.next_appointment_id(demo_profile, DEMO_NOW)
    data = packs.gather_pack(demo_profile, appointment, DEMO_NOW)
    glance = build_glance(data)
    groups = dict(render.glance_lines(data))
    rows, others = render.glance_measurement_rows(data)
    pages = text_of(render.render_pack(data, PackOptions()))
    first, rest = pages[0], " ".join(pages[1:])
    assert "At a glance" in first

    overall = data.adherence.overall  # type: ignore[union-attr]
    assert glance.adherence == overall
    line = groups["Adherence"][0]
    assert f"{wording.fmt_percent(overall.ratio)} taken: {overall.taken} of {overall.scheduled} doses" in line
    assert f"{overall.missed} missed, {overall.skipped} skipped" in line
    assert samples.flat(line)[:40] in first
    assert f"All medications {overall.scheduled} {overall.taken} {overall.skipped} {overall.missed} " \
           f"{wording.fmt_percent(overall.ratio)}" in rest

    by_label = {item.series.label: item for item in glance.measurements}
    assert len(rows) + len(others) == len(data.measurements)
    for label, latest, _since_visit, since_first in rows:
        item = by_label[label]
        series = item.series
        value = render.with_unit(item.latest[1], series.unit, series.decimals)
        assert latest.startswith(value) and f"{label} {latest}" in first
        day = wording.local(item.latest[0], data.timezone).date()
        assert f"Latest {value} on {wording.fmt_date(day, short=True)}" in rest  # the chart's own line
        if item.first is not None:
            first_value = render.with_unit(item.first[1], series.unit, series.decimals)
            first_day = wording.local(item.first[0], data.timezone).date()
            assert f"first shown {first_value} on {wording.fmt_date(first_day, short=True)}" in rest
            assert first_value in since_first

    numbered = questions_in_print_order(data.questions)
    for number, question in glance.high_questions:
        assert numbered[number - 1] is question
        assert f"{number}. Important · {question.text[:30]}" in rest
    for trial in glance.trials:
        assert trial.nct_id in first and trial.nct_id in rest
        if trial.prescreen is not None:
            assert f"{trial.prescreen.fits} fit, {trial.prescreen.conflicts} conflict" in rest
    for change in glance.changes:
        assert change.name in first and change.name in rest


def test_large_print_keeps_at_a_glance_whole_right_after_the_cover_facts(demo_profile: Any) -> None:
    from conftest import DEMO_NOW

    appointment = packs.next_appointment_id(demo_profile, DEMO_NOW)
    data = packs.gather_pack(demo_profile, appointment, DEMO_NOW)
    pages = text_of(render.render_pack(data, PackOptions(large_print=True)))
    where = [i for i, page in enumerate(pages) if "At a glance" in page]
    assert where in ([0], [1])
    glance_page = pages[where[0]]
    assert "Trials to discuss" in glance_page and "Adherence" in glance_page


def test_symptoms_that_got_worse_are_at_a_glance_with_the_table_figures(london: Any) -> None:
    from careorganiser.services import symptoms

    profile = london
    now = utc(D, 20)
    for offset, (breath, cough) in enumerate([(1, 2), (1, 2), (2, 2), (3, 2), (3, 2), (4, 2)]):
        symptoms.add_note(profile, utc(D - timedelta(days=12 - 2 * offset), 19),
                          [("breathlessness", breath), ("cough", cough)], now=now)
    data = packs.gather_pack(profile, None, now)
    glance = build_glance(data)
    assert [item.summary.name for item in glance.worse_symptoms] == ["Breathlessness"]  # the cough held steady
    (worse,) = glance.worse_symptoms
    assert worse.later > worse.earlier
    pages = text_of(render.render_pack(data, PackOptions()))
    summary = worse.summary
    average = f"{wording.fmt_number(summary.average_severity, 1)} ({wording.severity_label(summary.average_severity)})"
    worst = f"{summary.worst_severity} ({wording.severity_label(summary.worst_severity)})"
    assert f"Breathlessness: worse lately; average {average}, worst {worst}, noted 6 times" in pages[0]
    assert f"Breathlessness 6 {average} {worst}" in " ".join(pages[1:])
    assert "Cough: worse" not in pages[0]


def test_runs_with_long_notes_still_fit_on_about_a_page() -> None:
    """Every run a single skipped dose with a long note: the list stays within about a page."""
    import msgspec.structs

    from careorganiser.pack.model import PackDoseLapse

    base = samples.sample_pack()
    start = datetime(2026, 9, 1, 8, tzinfo=UTC)
    lapses = tuple(PackDoseLapse("Pirfenidone", start + timedelta(days=i), "skipped", f"Note {i} " + "word " * 300)
                   for i in range(60))
    assert base.adherence is not None
    data = msgspec.structs.replace(base, adherence=msgspec.structs.replace(base.adherence, lapses=lapses, runs=()))
    pages = text_of(render.render_pack(data, PackOptions()))
    start_page = next(i for i, page in enumerate(pages) if "Missed and skipped doses" in page)
    assert any("shorter runs" in page for page in pages[start_page:start_page + 2])
    assert "Symptoms" in " ".join(pages[start_page:start_page + 2])  # the next section follows within a page
