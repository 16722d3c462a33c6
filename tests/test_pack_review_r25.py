"""What the printed pack claims, read as a clinician and a caregiver would: no line says more than the
records know (an empty profile, a summary without an appointment), and a heading never sits alone at the foot
of a page."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pack_samples as samples
from conftest import DEMO_NOW
from test_pack_gather import document, edge, text_of  # noqa: F401  (edge: the fixture)

from careorganiser.pack.model import PackOptions
from careorganiser.services import packs


def test_an_empty_profiles_summary_says_no_medicines_are_recorded_not_that_none_changed(edge: Any) -> None:
    profile = edge(document(contacts=[]))
    text = text_of(packs.build_pack(profile, None, PackOptions(), DEMO_NOW))
    assert "No current medicines recorded" in text
    assert "No medicine started, stopped or changed" not in text


def test_a_summary_without_an_appointment_says_from_when_medicine_changes_are_listed(edge: Any) -> None:
    started = DEMO_NOW.date() - timedelta(days=10)
    profile = edge(document(medications=[
        {"id": "m1", "name": "Amoxicillin", "dose": "1 capsule", "start_date": started.isoformat(),
         "schedules": [{"kind": "times", "times": ["08:00"]}]}]))
    data = packs.gather_pack(profile, None, DEMO_NOW)
    assert data.appointment is None and data.since == date(2026, 8, 23)
    text = text_of(packs.render_document("pack", data, PackOptions()))
    assert "Started, stopped or changed since 23 August 2026" in text
    assert "since the last appointment" not in text


def test_the_trial_teams_questions_start_on_the_page_of_their_heading(demo_profile: Any) -> None:
    appointment = packs.next_appointment_id(demo_profile, DEMO_NOW)
    pages = [samples.flat(page) for page in samples.page_texts(
        packs.build_pack(demo_profile, appointment, PackOptions(), DEMO_NOW))]
    headed = [page for page in pages if "To ask the trial team" in page]
    assert headed
    for page in headed:
        for part in page.split("To ask the trial team:")[1:]:
            assert "Does this apply to us" in part or "\u2610" in part, part[:200]


def test_a_medicine_counted_from_the_periods_first_day_is_not_noted_as_counted_from_it(edge: Any) -> None:
    """The profile learned of the medicine today, with its history: its first dose of the period, at 08:00 on
    the period's first day, is the period's start, not a later one to point out."""
    first = date(2026, 6, 1)
    events = [{"medication": "m1", "scheduled_for": f"{first + timedelta(days=n)}T08:00:00+01:00", "status": "taken",
               "taken_at": f"{first + timedelta(days=n)}T08:05:00+01:00"} for n in range(170)]
    profile = edge(document(medications=[
        {"id": "m1", "name": "Omeprazole", "dose": "1 capsule", "start_date": "2026-01-01",
         "added_at": "2026-11-21T09:00:00+00:00", "schedules_since": "2026-11-21T09:00:00+00:00",
         "schedules": [{"kind": "times", "times": ["08:00"]}]}], dose_events=events))
    data = packs.gather_pack(profile, None, DEMO_NOW)
    assert data.adherence is not None and data.since is not None
    [line] = data.adherence.medications
    assert line.counted_from is None, (line.counted_from, data.since)
    text = text_of(packs.render_document("pack", data, PackOptions()))
    assert "counted from" not in text


def test_clinic_tests_older_than_the_chart_are_said_to_be_before_it(edge: Any) -> None:
    """The chart shows two years ("lowest, highest in 2 readings"); the test days listed under it went back to
    2022 as if charted."""
    readings = [("2022-03-01", 78.0), ("2023-06-01", 75.0), ("2025-09-10", 71.0), ("2026-10-01", 68.0)]
    profile = edge(document(measurements=[
        {"id": f"x{n}", "taken_at": f"{day}T10:00:00+00:00", "kind": "fvc_percent_predicted", "value": value,
         "unit": "%", "source": "clinic"} for n, (day, value) in enumerate(readings)]))
    text = text_of(packs.build_pack(profile, None, PackOptions(), DEMO_NOW))
    assert "in 2 readings" in text
    assert "Tested on 1 Oct 2026, 10 Sep 2025 · Tested before the chart on 1 Jun 2023, 1 Mar 2022" in text
