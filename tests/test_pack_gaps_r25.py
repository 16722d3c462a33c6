"""What the caregiver recorded, the printed pack keeps: an unfiled question, doses recorded at times off the
schedule (before the app followed the medicine), the days the app was not following, a plain "None recorded"
for allergies, and medicines in natural order (round 25, a clinician's review)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pack_samples as samples
from test_pack_gather import document, edge, text_of  # noqa: F401  (edge: the fixture)

from careorganiser.domain.formatting import name_order
from careorganiser.pack.model import PackOptions
from careorganiser.services import medications as meds
from careorganiser.services import packs

NOW = datetime(2026, 12, 3, 10, 0, tzinfo=UTC)
ADDED = "2026-12-03T09:00:00+00:00"


def _fonts_of(pdf: bytes, words: str) -> set[str]:
    """The fonts the text runs holding ``words`` are set in."""
    found: set[str] = set()
    for page in samples.pdf_reader(pdf).pages:
        def visit(text: str, _cm: Any, _tm: Any, font: Any, _size: Any) -> None:
            if words in text and font is not None:
                found.add(str(font.get("/BaseFont")))
        page.extract_text(visitor_text=visit)
    return found


# ------------------------------------------------------------------------------------------------ questions

def _with_questions(edge: Any) -> Any:
    return edge(document(
        appointments=[
            {"id": "a1", "starts_at": "2026-12-10T10:30:00+00:00", "clinician": "c1", "purpose": "Review"},
            {"id": "a2", "starts_at": "2027-01-20T10:30:00+00:00", "clinician": "c2", "purpose": "GP check"},
            {"id": "a0", "starts_at": "2026-10-01T10:30:00+00:00", "clinician": "c1", "purpose": "First visit"}],
        questions=[
            {"id": "q1", "text": "Should the dose change after the fall?", "priority": "high", "status": "open"},
            {"id": "q2", "text": "Is the new rash a side effect?", "appointment": "a2", "status": "open"},
            {"id": "q3", "text": "Can she swim again?", "status": "answered", "answer": "Yes"},
            {"id": "q4", "text": "Which blood tests are due?", "appointment": "a1", "status": "open"}]))


def test_an_unfiled_open_question_prints_in_the_next_appointments_pack_and_the_summary(edge: Any) -> None:
    profile = _with_questions(edge)
    nxt = text_of(packs.build_pack(profile, "a1", PackOptions(), NOW))
    assert "Should the dose change after the fall?" in nxt
    assert "not filed under an appointment" in nxt
    assert "Which blood tests are due?" in nxt
    assert "Is the new rash a side effect?" not in nxt  # filed under another appointment
    assert "Can she swim again?" not in nxt  # answered
    summary = text_of(packs.build_pack(profile, None, PackOptions(), NOW))
    assert "Should the dose change after the fall?" in summary
    assert "Is the new rash a side effect?" not in summary
    later = text_of(packs.build_pack(profile, "a2", PackOptions(), NOW))
    assert "Is the new rash a side effect?" in later
    assert "Should the dose change after the fall?" not in later  # printed once: in the next one's pack
    past = text_of(packs.build_pack(profile, "a0", PackOptions(), NOW))
    assert "Should the dose change after the fall?" not in past


# ------------------------------------------------------------------------------------------------ allergies

def test_no_allergies_recorded_is_printed_plain_and_real_allergies_bold(edge: Any) -> None:
    none = packs.build_pack(edge(document()), None, PackOptions(), NOW)
    assert "None recorded" in text_of(none)
    assert not any("Bold" in font for font in _fonts_of(none, "None recorded")), _fonts_of(none, "None recorded")
    doc = document()
    doc["person"]["allergies"] = ["Penicillin"]
    some = packs.build_pack(edge(doc), None, PackOptions(), NOW)
    assert any("Bold" in font for font in _fonts_of(some, "Penicillin"))


# ------------------------------------------------------------------------------------------------ natural order

def test_name_order_is_natural_and_case_blind() -> None:
    names = ["Study medicine 10", "study medicine 2", "aspirin", "Aspirin 75", "Vit B12", "vit b6", "Zinc"]
    assert sorted(names, key=name_order) == [
        "aspirin", "Aspirin 75", "study medicine 2", "Study medicine 10", "vit b6", "Vit B12", "Zinc"]


def test_medicines_are_listed_in_natural_order_in_the_window_list_and_the_pack(edge: Any) -> None:
    profile = edge(document(medications=[
        {"id": f"m{n}", "name": name, "dose": "1 tablet", "start_date": "2026-01-01",
         "schedules": [{"kind": "times", "times": ["08:00"]}]}
        for n, name in enumerate(["Study medicine 10", "study medicine 2", "Aspirin"])]))
    assert [m.name for m in meds.list_active_medications(profile, NOW.date())] == [
        "Aspirin", "study medicine 2", "Study medicine 10"]
    data = packs.gather_pack(profile, None, NOW)
    assert [m.name for m in data.medications] == ["Aspirin", "study medicine 2", "Study medicine 10"]


# ------------------------------------------------------------------------------------------------ doses

def _history(first: date, last: date, at: str = "08:00:00+00:00") -> list[dict[str, Any]]:
    return [{"medication": "m1", "scheduled_for": f"{first + timedelta(days=n)}T{at}", "status": "taken",
             "taken_at": f"{first + timedelta(days=n)}T{at}"} for n in range((last - first).days + 1)]


def _imported_today(edge: Any, events: list[dict[str, Any]]) -> Any:
    """A medicine added today at 09:00, with its history: the app follows it from then."""
    return edge(document(medications=[
        {"id": "m1", "name": "Omeprazole", "dose": "1 capsule", "start_date": "2026-01-01",
         "added_at": ADDED, "schedules_since": ADDED,
         "schedules": [{"kind": "times", "times": ["08:00"]}]}], dose_events=events))


def test_doses_recorded_off_the_schedule_are_printed_not_dropped(edge: Any) -> None:
    """Before the app followed the medicine: a missed dose, a skip with a note and a late dose with a note at
    times of no schedule (a time zone change) were in no section of the pack."""
    events = _history(date(2026, 11, 1), date(2026, 11, 20)) + [
        {"medication": "m1", "scheduled_for": "2026-10-10T07:00:00+00:00", "status": "missed"},
        {"medication": "m1", "scheduled_for": "2026-10-12T06:30:00+00:00", "status": "skipped",
         "note": "Vomiting, held the dose"},
        {"medication": "m1", "scheduled_for": "2026-10-14T09:30:00+00:00", "status": "taken",
         "taken_at": "2026-10-14T09:30:00+00:00", "note": "Taken late after the flight"}]
    profile = _imported_today(edge, events)
    text = text_of(packs.build_pack(profile, None, PackOptions(), NOW))
    assert "Vomiting, held the dose" in text
    assert "Taken late after the flight" in text
    assert "Recorded at times off the schedule" in text
    assert "08:00 on 10 Oct missed" in text  # 07:00 UTC: 08:00 in London's summer time
    assert "07:30 on 12 Oct skipped" in text
    assert "not counted in the table" in text


def test_a_dose_taken_as_needed_is_not_called_off_the_schedule(edge: Any) -> None:
    profile = edge(document(medications=[
        {"id": "m1", "name": "Salbutamol", "dose": "2 puffs", "start_date": "2026-01-01",
         "schedules": [{"kind": "as_needed", "min_gap_hours": 4, "max_per_day": 4}]}],
        dose_events=[{"medication": "m1", "scheduled_for": "2026-11-20T10:40:00+00:00", "status": "taken",
                      "taken_at": "2026-11-20T10:40:00+00:00", "note": "after stairs"}]))
    data = packs.gather_pack(profile, None, NOW)
    assert data.adherence is None or (data.adherence.off_schedule == () and data.adherence.off_schedule_count == 0)


def test_the_days_the_app_was_not_following_are_said_not_counted(edge: Any) -> None:
    """History imported up to 20 Nov, the medicine added on 3 Dec: 21 Nov to 3 Dec were counted by nobody."""
    profile = _imported_today(edge, _history(date(2026, 9, 1), date(2026, 11, 20), at="08:00:00"))
    data = packs.gather_pack(profile, None, NOW)
    assert data.adherence is not None
    [line] = data.adherence.medications
    assert (line.gap_from, line.gap_until) == (date(2026, 11, 21), date(2026, 12, 3))
    text = text_of(packs.render_document("pack", data, PackOptions()))
    assert "not counted 21 Nov 2026 to 3 Dec 2026 (the app was not following it)" in text
    assert "skipped (since 4 Sep 2026); not counted 21 Nov 2026 to 3 Dec 2026" in text  # the first page


def test_one_day_not_counted_is_said_as_one_day(edge: Any) -> None:
    profile = _imported_today(edge, _history(date(2026, 11, 1), date(2026, 12, 2), at="08:00:00"))
    data = packs.gather_pack(profile, None, NOW)
    assert data.adherence is not None
    [line] = data.adherence.medications
    assert (line.gap_from, line.gap_until) == (date(2026, 12, 3), date(2026, 12, 3))
    assert "not counted on 3 Dec 2026 (the app was not following it)" in text_of(
        packs.render_document("pack", data, PackOptions()))
