"""Gathering a profile into the pack: what "since the last appointment" means, what each section holds, and
the pack, card, ride sheet and calendar built from real profiles (the demo and edge cases)."""

from __future__ import annotations

import importlib.util
import os
import stat
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import fresh_imports
import pack_samples as samples
import pytest
from conftest import DEMO_NOW
from sqlalchemy import insert, select

from careorganiser.domain import doses as dd
from careorganiser.pack.model import PackOptions, chosen_trials
from careorganiser.services import packs
from careorganiser.services import profiles as svc
from careorganiser.services.base import NotFound, ServiceError
from careorganiser.store import models as m
from careorganiser.store import profiles

LONDON = ZoneInfo("Europe/London")
BENCH = Path(__file__).resolve().parent.parent / "benchmarks" / "bench_pack.py"


def local_day(moment: datetime) -> date:
    return moment.astimezone(LONDON).date()


def text_of(pdf: bytes) -> str:
    return samples.flat("\n".join(samples.page_texts(pdf)))


def assert_fonts_embedded(pdf: bytes) -> None:
    for fonts in samples.page_fonts(pdf):
        assert fonts
        for name, embedded in fonts.items():
            assert "DejaVu" in name and embedded, name


# These documents describe medications the app has followed for years (as an export from a profile in use
# says): without "added_at" an import starts them at the moment of the import (test_true_records.py).
FOLLOWED_SINCE = "2020-01-01T00:00:00+00:00"


def followed(medications: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"added_at": FOLLOWED_SINCE, **med} for med in medications]


def document(**parts: Any) -> dict[str, Any]:
    """A minimal interchange document in Europe/London; ``parts`` add or replace its lists."""
    doc: dict[str, Any] = {
        "format": "careorganiser", "version": 1, "timezone": "Europe/London",
        "person": {"name": "Test Person", "date_of_birth": "1950-01-02", "sex": "male"},
        "contacts": [
            {"id": "c1", "name": "Dr Rowan Price", "role": "rheumatologist", "phone": "020 1111 2222"},
            {"id": "c2", "name": "Dr Lee", "role": "GP", "phone": "020 3333 4444"},
            {"id": "c3", "name": "Ann Price", "role": "daughter", "phone": "07700 900999"},
        ],
    }
    doc.update(parts)
    return doc


def make_profile(name: str, doc: dict[str, Any]) -> Any:
    if doc.get("medications"):
        doc = {**doc, "medications": followed(doc["medications"])}
    profile = profiles.create_profile(name)
    svc.import_into(profile, doc)
    return profile


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat()


@pytest.fixture
def edge(isolated_dirs: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """A factory for profiles built from documents; closes them afterwards."""
    monkeypatch.setenv("TZ", "Europe/London")
    made: list[Any] = []

    def factory(doc: dict[str, Any], name: str = "Edge") -> Any:
        profile = make_profile(f"{name} {len(made)}", doc)
        made.append(profile)
        return profile

    yield factory
    for profile in made:
        profile.close()


# ------------------------------------------------------------------------------ the demo: the pack for a5


def test_next_appointment_is_the_ild_review(demo_profile: Any) -> None:
    assert packs.next_appointment_id(demo_profile, DEMO_NOW) == "a5"
    # During an appointment it is still "the next one"; after it ends, the following one is.
    with demo_profile.session_factory() as s:
        a5 = s.scalars(select(m.Appointment).where(m.Appointment.uid == "a5")).unique().one()
        starts = a5.starts_at
    assert packs.next_appointment_id(demo_profile, starts + timedelta(minutes=20)) == "a5"
    assert packs.next_appointment_id(demo_profile, starts + timedelta(minutes=46)) == "a6"
    assert packs.next_appointment_id(demo_profile, DEMO_NOW + timedelta(days=400)) is None


def test_cover_has_the_person_and_the_appointment(demo_profile: Any) -> None:
    data = packs.gather_pack(demo_profile, "a5", DEMO_NOW)
    person = data.person
    assert person.name == "Margaret Hale"
    assert person.date_of_birth == date(1951, 4, 9)
    assert person.sex == "female"
    assert person.conditions == ("Idiopathic pulmonary fibrosis", "Gastro-oesophageal reflux")
    assert person.allergies == ("Penicillin (rash)",)
    assert person.identifiers == (("NHS number", "943 476 5919"),)
    appointment = data.appointment
    assert appointment is not None
    assert appointment.clinician_name == "Dr Anil Mehta"
    assert appointment.clinician_role.startswith("pulmonologist")
    assert appointment.clinician_phone == "020 7946 0811"
    assert appointment.place == "Chest clinic, St Mary's Hospital"
    assert appointment.purpose == "ILD review: test results and treatment plan"
    assert appointment.duration_minutes == 45
    assert appointment.starts_at.astimezone(LONDON).strftime("%H:%M") == "10:30"
    assert data.prepared_on == date(2026, 11, 21)
    assert data.timezone == "Europe/London"


def test_since_means_the_previous_appointment_with_the_same_clinician(demo_profile: Any) -> None:
    # a5 is with Dr Mehta; his previous appointment is a4 (15 days ago), not the GP visit a3.
    data = packs.gather_pack(demo_profile, "a5", DEMO_NOW)
    assert data.since == date(2026, 11, 6)
    assert data.since_label == "Since the last appointment with Dr Anil Mehta on 6 November 2026"
    # a6 is with the GP: her previous one is a3, 74 days before now.
    gp = packs.gather_pack(demo_profile, "a6", DEMO_NOW)
    assert gp.since == date(2026, 9, 8)
    assert "Dr Sarah O'Neill" in gp.since_label
    # a1 has no earlier appointment with Dr Mehta: the last 90 days before it.
    first = packs.gather_pack(demo_profile, "a1", DEMO_NOW)
    assert first.appointment is not None
    assert first.since == local_day(first.appointment.starts_at) - timedelta(days=90)
    assert "90 days" in first.since_label and "Dr Anil Mehta" in first.since_label


def test_questions_are_the_open_ones_for_this_appointment_high_first(demo_profile: Any) -> None:
    data = packs.gather_pack(demo_profile, "a5", DEMO_NOW)
    texts = [q.text for q in data.questions]
    assert len(texts) == 5
    assert [q.priority for q in data.questions] == ["high", "high", "normal", "normal", "low"]
    assert texts[0].startswith("The last FVC was 61%")
    assert data.questions[1].medication == "Pirfenidone"
    assert data.questions[2].trial == "NCT09900001"
    assert data.questions[0].topic == "Lung function"
    assert not any("flu vaccine" in t for t in texts)  # another appointment's
    # a5 is the next appointment: the question filed under none prints here, marked so
    assert texts[4].startswith("Is there a support group") and data.questions[4].unfiled
    assert not any(q.unfiled for q in data.questions[:4])
    # An answered question (a3's) is not asked again.
    assert packs.gather_pack(demo_profile, "a3", DEMO_NOW).questions == ()


def test_current_medications_in_words(demo_profile: Any) -> None:
    data = packs.gather_pack(demo_profile, "a5", DEMO_NOW)
    names = [med.name for med in data.medications]
    assert names == ["Omeprazole", "Pirfenidone", "Vitamin D3", "Salbutamol"]  # regular first, reliever last
    assert "Prednisolone" not in names  # stopped two months ago
    pirfenidone = data.medications[1]
    assert pirfenidone.schedule_text == "3 times a day at 08:00, 13:00, 19:00"
    assert pirfenidone.dose == "3 capsules" and pirfenidone.strength == "267 mg"
    assert pirfenidone.prescriber == "Dr Anil Mehta"
    assert pirfenidone.since == date(2026, 11, 21) - timedelta(days=640)
    assert pirfenidone.stock_text == "198 capsules, about 22 days"
    assert data.medications[2].schedule_text == "Mon, Wed, Fri at 09:00"
    assert data.medications[3].schedule_text.startswith("As needed, at least 4 hours apart")
    assert data.medications[3].stock_text == "146 puffs"


def test_changes_since_the_gp_visit_list_the_stopped_course_with_its_reason(demo_profile: Any) -> None:
    assert packs.gather_pack(demo_profile, "a5", DEMO_NOW).changes == ()  # nothing changed in 15 days
    data = packs.gather_pack(demo_profile, "a6", DEMO_NOW)
    stopped = [c for c in data.changes if c.change == "stopped"]
    assert [c.name for c in stopped] == ["Prednisolone"]
    assert stopped[0].reason == "Course finished after the flare; no longer needed"
    assert stopped[0].on == date(2026, 11, 21) - timedelta(days=61)
    assert "6 tablets" in stopped[0].detail
    assert not [c for c in data.changes if c.change == "started"]  # started 75 days ago, the day before a3


def test_adherence_matches_the_domain_and_lists_lapses_with_notes(demo_profile: Any) -> None:
    data = packs.gather_pack(demo_profile, "a6", DEMO_NOW)
    adherence = data.adherence
    assert adherence is not None
    assert adherence.period_start == data.since and adherence.period_end == date(2026, 11, 21)
    lines = {line.name: line for line in adherence.medications}
    assert set(lines) == {"Omeprazole", "Pirfenidone", "Prednisolone", "Vitamin D3"}  # not the as-needed inhaler
    overall = adherence.overall
    assert overall is not None
    assert overall.scheduled == sum(line.scheduled for line in lines.values())
    assert overall.taken + overall.skipped + overall.missed == overall.scheduled
    lapses = adherence.lapses
    assert len(lapses) == overall.skipped + overall.missed
    assert all(lapse.status in ("missed", "skipped") for lapse in lapses)
    assert list(lapses) == sorted(lapses, key=lambda lapse: lapse.scheduled_for)
    # Every note recorded on a missed or skipped dose in the period is on its line.
    with demo_profile.session_factory() as s:
        since = datetime.combine(data.since, datetime.min.time(), tzinfo=LONDON)
        noted = s.execute(select(m.DoseEvent.scheduled_for, m.DoseEvent.note).where(
            m.DoseEvent.status.in_(("missed", "skipped")), m.DoseEvent.note != "",
            m.DoseEvent.scheduled_for >= since, m.DoseEvent.scheduled_for < DEMO_NOW)).all()
    assert noted
    shown = {(lapse.scheduled_for, lapse.note) for lapse in lapses}
    for when, note in noted:
        assert (when, note) in shown
    # The ratio is the domain's.
    assert lines["Pirfenidone"].ratio == pytest.approx(lines["Pirfenidone"].taken / lines["Pirfenidone"].scheduled)


def test_symptoms_are_summarised_per_symptom_and_the_worst_notes_quoted(demo_profile: Any) -> None:
    data = packs.gather_pack(demo_profile, "a6", DEMO_NOW)
    with demo_profile.session_factory() as s:
        since = datetime.combine(data.since, datetime.min.time(), tzinfo=LONDON)
        notes = s.scalars(select(m.SymptomNote).where(m.SymptomNote.recorded_at >= since,
                                                       m.SymptomNote.recorded_at < DEMO_NOW)).all()
        ratings = [(n.recorded_at, item["name"], item["severity"]) for n in notes for item in n.symptoms]
    by_name = {s.name: s for s in data.symptoms}
    assert set(by_name) == {"Breathlessness", "Cough", "Fatigue", "Nausea"}
    breath = [severity for _, name, severity in ratings if name == "breathlessness"]
    assert by_name["Breathlessness"].count == len(breath)
    assert by_name["Breathlessness"].worst_severity == max(breath)
    assert by_name["Breathlessness"].average_severity == pytest.approx(sum(breath) / len(breath), abs=0.01)
    series = by_name["Breathlessness"].series
    assert list(series) == sorted(series) and all(0 <= v <= 4 for _, v in series)
    assert 1 <= len(data.notes) <= 5
    assert list(data.notes) == sorted(data.notes, key=lambda n: n.at)
    worst_overall = max(severity for _, _, severity in ratings)
    assert max(max(s for _, s in note.symptoms) for note in data.notes) == worst_overall
    assert all(severity > 0 for note in data.notes for _, severity in note.symptoms)
    assert any("Activity:" in note.text for note in data.notes)


def test_measurements_use_the_catalogue_and_the_latest_reference_range(demo_profile: Any) -> None:
    data = packs.gather_pack(demo_profile, "a5", DEMO_NOW)
    series = {s.kind: s for s in data.measurements}
    assert list(series)[:5] == ["fvc_percent_predicted", "fvc_litres", "fev1_fvc_ratio", "dlco_percent_predicted",
                                "six_minute_walk_m"]  # lung function first, in catalogue order
    fvc = series["fvc_percent_predicted"]
    assert (fvc.label, fvc.unit, fvc.decimals) == ("FVC % predicted", "%", 0)
    assert [v for _, v in fvc.points] == [68.0, 66.0, 65.0, 62.0, 61.0]
    assert len(fvc.previous_tests) == 5 and fvc.previous_tests[-1] == date(2026, 11, 6)
    assert series["fvc_litres"].decimals == 2
    alt = series["alt_u_l"]
    assert (alt.range_low, alt.range_high) == (7.0, 56.0)
    assert len(alt.previous_tests) == 7
    spo2 = series["spo2_percent"]
    assert spo2.previous_tests == ()  # home readings are not tests
    assert spo2.range_low is None
    assert all(a <= b for (a, _), (b, _) in zip(spo2.points, spo2.points[1:]))


def test_saved_trials_with_a_prescreen_and_declined_ones_left_out(demo_profile: Any) -> None:
    data = packs.gather_pack(demo_profile, "a5", DEMO_NOW)
    assert [t.nct_id for t in data.trials] == ["NCT09900001", "NCT09900002"]  # the one a question asks about first
    trial = data.trials[0]
    assert trial.status_label == "Recruiting" and trial.phase_label == "Phase 2"
    assert trial.interest == "considering"
    assert trial.prescreen is not None and trial.prescreen.fits >= 3
    assert trial.key_items and all(item.status != "ask" for item in trial.key_items)
    fvc = next(item for item in trial.key_items if "FVC 45%" in item.text)
    assert fvc.status == "fits" and fvc.value_text == "FVC % predicted 61% on 6 Nov 2026"
    with demo_profile.session_factory.begin() as s:
        s.scalars(select(m.Trial).where(m.Trial.nct_id == "NCT09900001")).one().interest = "declined"
    gathered = packs.gather_pack(demo_profile, "a5", DEMO_NOW).trials
    assert [t.nct_id for t in gathered if t.chosen] == ["NCT09900002"]  # a declined trial is not printed by default
    assert [t.nct_id for t in chosen_trials(gathered, None)] == ["NCT09900002"]
    assert [t.nct_id for t in chosen_trials(gathered, frozenset({"NCT09900001"}))] == ["NCT09900001"]  # ticked


def test_rides_there_and_back_with_the_driver(demo_profile: Any) -> None:
    data = packs.gather_pack(demo_profile, "a5", DEMO_NOW)
    there, back = data.rides
    assert (there.direction, back.direction) == ("there", "back")
    assert there.driver_name == back.driver_name == "David Hale"
    assert there.driver_phone == "07700 900461"
    assert there.pickup_address == back.destination == "7 Brondesbury Villas, London NW6 6AA"
    assert there.destination.startswith("St Mary's Hospital") and back.pickup_address == there.destination
    assert "Portable oxygen" in there.notes
    # The driver can call the clinic: the appointment's clinician's number, on the way there only.
    assert (there.destination_phone, back.destination_phone) == ("020 7946 0811", "")
    assert there.appointment_at == data.appointment.starts_at  # type: ignore[union-attr]
    assert there.pickup_at.astimezone(LONDON).strftime("%H:%M") == "09:30"
    assert back.pickup_at.astimezone(LONDON).strftime("%H:%M") == "12:00"


def test_emergency_contacts_and_the_caregiver(demo_profile: Any) -> None:
    card = packs.gather_card(demo_profile, DEMO_NOW)
    names = [c.name for c in card.emergency_contacts]
    assert names[:2] == ["Dr Sarah O'Neill", "Dr Anil Mehta"]  # the GP, then the specialist
    assert "David Hale" in names and "Ruth Adebayo" in names and "Jean Porter" in names
    assert "Kilburn Pharmacy" not in names and "Trial information line" not in names
    assert card.caregiver is not None and card.caregiver.name == "David Hale"
    assert card.appointment is None
    assert [med.name for med in card.medications] == ["Omeprazole", "Pirfenidone", "Vitamin D3", "Salbutamol"]


def test_unknown_appointment_is_not_found(demo_profile: Any) -> None:
    with pytest.raises(NotFound, match="a99"):
        packs.build_pack(demo_profile, "a99", PackOptions(), DEMO_NOW)
    with pytest.raises(NotFound):
        packs.gather_ride_sheet(demo_profile, 10_000, DEMO_NOW)
    with pytest.raises(NotFound):
        packs.gather_pack(demo_profile, True, DEMO_NOW)  # type: ignore[arg-type]


def test_row_id_and_interchange_id_give_the_same_pack(demo_profile: Any) -> None:
    with demo_profile.session_factory() as s:
        row_id = s.scalars(select(m.Appointment.id).where(m.Appointment.uid == "a5")).one()
    assert packs.gather_pack(demo_profile, row_id, DEMO_NOW) == packs.gather_pack(demo_profile, "a5", DEMO_NOW)


def test_without_an_appointment_a_health_summary_of_90_days(demo_profile: Any) -> None:
    data = packs.gather_pack(demo_profile, None, DEMO_NOW)
    assert data.appointment is None and data.rides == ()
    assert [q.text for q in data.questions] == ["Is there a support group for families nearby?"]  # filed under none
    assert data.since == date(2026, 11, 21) - timedelta(days=90)
    assert {c.name for c in data.changes} == {"Prednisolone"}
    text = text_of(packs.render_document("pack", data, PackOptions()))
    assert "Health summary" in text and "Margaret Hale" in text


# ------------------------------------------------------------------------------ the demo: the PDFs


def test_demo_pack_pdf_has_everything_and_embedded_fonts(demo_profile: Any) -> None:
    pdf = packs.build_pack(demo_profile, "a5", PackOptions(), DEMO_NOW)
    pages = samples.page_texts(pdf)
    text = samples.flat("\n".join(pages))
    for expected in ("Margaret Hale", "9 April 1951", "943 476 5919", "Penicillin (rash)",
                     "Thursday 3 December 2026", "10:30 to 11:15", "Dr Anil Mehta",
                     "ILD review: test results and treatment plan", "Questions to ask",
                     "The last FVC was 61%", "Pirfenidone", "3 times a day at 08:00, 13:00, 19:00", "Omeprazole",
                     "Medication adherence", "Symptoms", "FVC % predicted", "NCT09900001", "Getting there and back",
                     "07700 900461", f"Page 1 of {len(pages)}"):
        assert expected in text, expected
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in samples.flat(page)
        assert "Margaret Hale" in page
    assert_fonts_embedded(pdf)


def test_demo_large_print_letter_pack(demo_profile: Any) -> None:
    normal = packs.build_pack(demo_profile, "a5", PackOptions(), DEMO_NOW)
    large = packs.build_pack(demo_profile, "a5", PackOptions(paper="letter", large_print=True), DEMO_NOW)
    box = samples.pdf_reader(large).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    assert len(samples.pdf_reader(large).pages) > len(samples.pdf_reader(normal).pages)
    assert "The last FVC was 61%" in text_of(large)


def test_demo_card_ride_sheet_and_calendar(demo_profile: Any) -> None:
    from icalendar import Calendar

    card = packs.build_card(demo_profile, PackOptions(), DEMO_NOW)
    assert len(samples.pdf_reader(card).pages) == 1
    card_text = text_of(card)
    for expected in ("Medication card", "Penicillin (rash)", "Pirfenidone 267 mg", "Dr Sarah O'Neill", "07700 900461"):
        assert expected in card_text, expected
    assert "Prednisolone" not in card_text
    assert_fonts_embedded(card)
    sheet = packs.build_ride_sheet(demo_profile, "a5", PackOptions(), DEMO_NOW)
    sheet_text = text_of(sheet)
    for expected in ("Ride sheet for Margaret Hale", "Appointment at 10:30", "pick up at 09:30", "pick up at 12:00",
                     "7 Brondesbury Villas", "David Hale, 07700 900461", "020 7946 0811"):
        assert expected in sheet_text, expected
    # Without an appointment: every ride from today on (a5's and a6's), one trip a page.
    every = packs.build_ride_sheet(demo_profile, None, PackOptions(), DEMO_NOW)
    assert len(samples.pdf_reader(every).pages) == 2
    calendar = Calendar.from_ical(packs.build_calendar(demo_profile, DEMO_NOW))
    events = calendar.walk("VEVENT")
    uids = [str(e["UID"]) for e in events]
    assert len(uids) == len(set(uids)) == 6 + 7  # six appointments; r1-r3 there and back, r4 one way
    review = next(e for e in events if "ILD review: test results" in str(e["SUMMARY"]))
    assert review.decoded("DTSTART") == datetime(2026, 12, 3, 10, 30, tzinfo=UTC)
    assert str(review["LOCATION"]) == "Chest clinic, St Mary's Hospital"
    assert packs.build_calendar(demo_profile, DEMO_NOW) == packs.build_calendar(demo_profile, DEMO_NOW)


def test_suggested_file_names(demo_profile: Any) -> None:
    data = packs.gather_pack(demo_profile, "a5", DEMO_NOW)
    assert packs.suggested_file_name("pack", data) == "Appointment pack 2026-12-03 - Margaret Hale.pdf"
    assert packs.suggested_file_name("card", data) == "Medication card - Margaret Hale.pdf"
    assert packs.safe_file_name('a/b\\c:d*"e"?') == "a_b_c_d__e__"


# ------------------------------------------------------------------------------ edge cases


def test_no_appointment_history_and_nothing_stopped(edge: Any) -> None:
    now = DEMO_NOW
    doc = document(
        medications=[{"id": "m1", "name": "Hydroxychloroquine", "strength": "200 mg", "dose": "1 tablet",
                      "start_date": "2024-01-01", "schedules": [{"kind": "times", "times": ["08:00"]}]}],
        appointments=[{"id": "a1", "starts_at": iso(now + timedelta(days=7)), "clinician": "c1",
                       "purpose": "Lupus review"}],
    )
    profile = edge(doc)
    data = packs.gather_pack(profile, "a1", now)
    assert data.since == date(2026, 11, 21) - timedelta(days=90)
    assert data.since_label == "The last 90 days (no earlier appointment with Dr Rowan Price is recorded)"
    assert data.changes == ()
    assert data.questions == () and data.rides == () and data.trials == () and data.measurements == ()
    adherence = data.adherence
    assert adherence is not None
    assert adherence.overall is not None and adherence.overall.missed == adherence.overall.scheduled == 91
    pdf = packs.render_document("pack", data, PackOptions())
    text = text_of(pdf)
    assert "Hydroxychloroquine" in text and "Page 1 of" in text
    assert "Started, stopped or changed" not in text and "Questions to ask" not in text


def test_an_empty_profile_still_makes_every_document(edge: Any) -> None:
    profile = edge(document(contacts=[]))
    for kind in packs.DOCUMENT_KINDS:
        data = packs.gather_document(kind, profile, None, DEMO_NOW)
        pdf = packs.render_document(kind, data, PackOptions())
        assert pdf.startswith(b"%PDF") and "Test Person" in text_of(pdf)
    assert packs.next_appointment_id(profile, DEMO_NOW) is None
    assert b"BEGIN:VCALENDAR" in packs.build_calendar(profile, DEMO_NOW)


def test_started_changed_and_dose_amount_changes_are_found(edge: Any) -> None:
    now = DEMO_NOW
    previous = now - timedelta(days=40)
    events = [
        {"medication": "m1", "scheduled_for": iso(datetime(2026, 9, day, 8, 0, tzinfo=LONDON)), "status": "taken",
         "taken_at": iso(datetime(2026, 9, day, 8, 5, tzinfo=LONDON)), "amount": "2 capsules"}
        for day in range(1, 21)
    ] + [
        {"medication": "m1", "scheduled_for": iso(datetime(2026, 11, day, 8, 0, tzinfo=LONDON)), "status": "taken",
         "taken_at": iso(datetime(2026, 11, day, 8, 5, tzinfo=LONDON)), "amount": "3 Capsules "}
        for day in range(1, 20)
    ]
    doc = document(
        medications=[
            {"id": "m1", "name": "Mycophenolate", "dose": "3 capsules", "start_date": "2025-01-01",
             "schedules": [{"kind": "times", "times": ["08:00"]}]},
            {"id": "m2", "name": "Prednisolone", "dose": "varies", "start_date": "2025-01-01",
             "schedules": [{"kind": "times", "times": ["08:00"], "until": "2026-10-31"},
                           {"kind": "times", "times": ["08:00", "20:00"], "from": "2026-11-01"}]},
            {"id": "m3", "name": "Alendronic acid", "dose": "70 mg", "start_date": "2026-11-02",
             "purpose": "bone protection", "schedules": [{"kind": "times", "times": ["07:00"], "weekdays": ["mon"]}]},
        ],
        dose_events=events,
        appointments=[
            {"id": "a0", "starts_at": iso(previous), "clinician": "c1", "purpose": "Review"},
            {"id": "a1", "starts_at": iso(now + timedelta(days=3)), "clinician": "c1", "purpose": "Review"},
        ],
    )
    data = packs.gather_pack(edge(doc), "a1", now)
    assert data.since == local_day(previous)
    changes = {(c.name, c.change, c.on): c for c in data.changes}
    amount = changes[("Mycophenolate", "changed", date(2026, 11, 1))]
    assert amount.detail == "Dose taken: 2 capsules \u2192 3 Capsules"
    assert ("Prednisolone", "changed", date(2026, 11, 1)) in changes
    assert "Twice a day at 08:00, 20:00" in changes[("Prednisolone", "changed", date(2026, 11, 1))].detail
    assert ("Prednisolone", "changed", date(2026, 10, 31)) in changes
    started = changes[("Alendronic acid", "started", date(2026, 11, 2))]
    assert started.reason == "bone protection"
    assert [c.on for c in data.changes] == sorted(c.on for c in data.changes)


def test_very_long_notes_are_kept_whole_and_the_ones_that_matter_chosen(edge: Any) -> None:
    now = DEMO_NOW
    # As long as a note may be (domain/fields.py: 20,000 characters).
    long_text = " ".join(f"Sentence {i} about a very long and difficult week." for i in range(390)) + " THE END."
    notes = [
        {"id": f"s{i}", "recorded_at": iso(now - timedelta(days=i + 1)), "text": f"Short note {i}.",
         "symptoms": [{"name": "joint pain", "severity": 1}, {"name": "rash", "severity": 0}]}
        for i in range(20)
    ]
    notes.append({"id": "worst", "recorded_at": iso(now - timedelta(days=30)), "text": "Could not get up.",
                  "symptoms": [{"name": "Joint pain", "severity": 4}]})
    notes.append({"id": "long", "recorded_at": iso(now - timedelta(days=25)), "text": long_text,
                  "symptoms": [{"name": "fatigue", "severity": 2}]})
    data = packs.gather_pack(edge(document(symptom_notes=notes)), None, now)
    quoted = {note.text for note in data.notes}
    assert "Could not get up." in quoted and long_text in quoted and len(data.notes) == 5
    by_name = {s.name: s for s in data.symptoms}
    assert set(by_name) == {"Joint pain", "Fatigue"}  # one name whatever its case; "rash" was always 0
    assert by_name["Joint pain"].count == 21 and by_name["Joint pain"].worst_severity == 4
    text = text_of(packs.render_document("pack", data, PackOptions()))
    assert "Sentence 389 about a very long" in text and "THE END." in text


def test_names_in_many_scripts_print_with_embedded_fonts(edge: Any) -> None:
    name = "Łucja Ó'Brien-Müller"
    doc = document(
        person={"name": name, "allergies": ["Pénicilline “all forms”"], "conditions": ["Системная красная волчанка"]},
        contacts=[{"id": "c1", "name": "Dr Σοφία Παπαδοπούλου", "role": "rheumatologist", "phone": "+30 210 000"},
                  {"id": "c2", "name": "Zoë O’Connor", "role": "daughter (driver)", "phone": "07700 900777"}],
        medications=[{"id": "m1", "name": "Méthotrexate “weekly”", "dose": "15 mg", "start_date": "2024-01-01",
                      "schedules": [{"kind": "times", "times": ["09:00"], "weekdays": ["sat"]}]}],
        appointments=[{"id": "a1", "starts_at": iso(DEMO_NOW + timedelta(days=5)), "clinician": "c1",
                       "place": "Κλινική Ρευματολογίας", "purpose": "Révision ‘annuelle’"}],
        questions=[{"id": "q1", "text": "Ist die Dosis für Łucja noch richtig? „Ja“ oder ‚nein‘?",
                    "appointment": "a1", "priority": "high"}],
        rides=[{"id": "r1", "appointment": "a1", "pickup_at": iso(DEMO_NOW + timedelta(days=5, hours=-1)),
                "driver": "c2", "status": "confirmed"}],
    )
    profile = edge(doc)
    pdf = packs.build_pack(profile, "a1", PackOptions(), DEMO_NOW)
    text = text_of(pdf)
    for expected in (name, "Pénicilline “all forms”", "Системная красная волчанка", "Dr Σοφία Παπαδοπούλου",
                     "Méthotrexate “weekly”", "„Ja“ oder ‚nein‘", "Zoë O’Connor", "Κλινική Ρευματολογίας",
                     "Page 1 of"):
        assert expected in text, expected
    assert_fonts_embedded(pdf)
    card = packs.build_card(profile, PackOptions(), DEMO_NOW)
    assert name in text_of(card) and "Zoë O’Connor" in text_of(card)
    assert_fonts_embedded(card)
    assert "Zoë O’Connor" in text_of(packs.build_ride_sheet(profile, "a1", PackOptions(), DEMO_NOW))
    assert packs.suggested_file_name("pack", packs.gather_pack(profile, "a1", DEMO_NOW)).endswith(f"{name}.pdf")


def _bench() -> Any:
    spec = importlib.util.spec_from_file_location("bench_pack", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def with_dose_events_in_bulk(profile: Any, doc: dict[str, Any]) -> None:
    """The document's dose events (as the import stores them) in one insert: importing 16,000 of them one
    ORM object each, with a history row each, was three quarters of the five-year test's time. What the test
    reads (the pack, the card, the calendar) does not read the history; test_interchange.py imports."""
    names = {med["id"]: med["name"] for med in doc["medications"]}
    with profile.session_factory.begin() as s:
        ids = {name: med_id for name, med_id in s.execute(select(m.Medication.name, m.Medication.id))}
        assert len(ids) == len(names) == len(set(names.values()))
        s.execute(insert(m.DoseEvent), [
            {"medication_id": ids[names[e["medication"]]],
             "scheduled_for": datetime.fromisoformat(e["scheduled_for"]).astimezone(UTC), "status": e["status"],
             "taken_at": datetime.fromisoformat(e["taken_at"]).astimezone(UTC) if e.get("taken_at") else None,
             "amount": e.get("amount", ""), "note": e.get("note", "")}
            for e in doc["dose_events"]])


def test_five_years_of_data(edge: Any) -> None:
    doc = _bench().generated_document(5, DEMO_NOW)
    assert len(doc["dose_events"]) > 16_000
    profile = edge({**doc, "dose_events": []}, "Five years")
    with_dose_events_in_bulk(profile, doc)
    data = packs.gather_pack(profile, "next", DEMO_NOW)
    # The period is since the last quarterly review, not five years.
    assert data.since is not None and (date(2026, 11, 21) - data.since).days <= 91
    adherence = data.adherence
    assert adherence is not None and adherence.overall is not None
    assert 0 < adherence.overall.scheduled <= 3 * 3 * 92
    assert len(adherence.lapses) == adherence.overall.missed + adherence.overall.skipped
    fvc = next(s for s in data.measurements if s.kind == "fvc_percent_predicted")
    assert min(when for when, _ in fvc.points) >= DEMO_NOW - timedelta(days=731)  # two years of trend
    assert min(fvc.previous_tests) < date(2022, 3, 1)  # but every test date since the start
    pdf = packs.render_document("pack", data, PackOptions())
    text = text_of(pdf)
    assert "Page 1 of" in text and "Pirfenidone" in text and "Is the decline in FVC" in text
    # A health summary, the card and the calendar work on the big profile too.
    assert packs.gather_pack(profile, None, DEMO_NOW).since == date(2026, 11, 21) - timedelta(days=90)
    assert len(samples.pdf_reader(packs.build_card(profile, PackOptions(), DEMO_NOW)).pages) == 1
    assert packs.build_calendar(profile, DEMO_NOW).count(b"BEGIN:VEVENT") == 21 + 2


# ------------------------------------------------------------------------------ writing files


def test_write_atomically_replaces_whole_files_only(tmp_path: Path) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    target = tmp_path / "pack.pdf"
    packs.write_atomically(target, b"first")
    assert target.read_bytes() == b"first"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    packs.write_atomically(str(target), b"second")
    assert target.read_bytes() == b"second"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pack.pdf"]  # no temporary file left
    with pytest.raises(ServiceError, match="does not exist"):
        packs.write_atomically(tmp_path / "missing" / "x.pdf", b"x")
    with pytest.raises(ServiceError, match="folder"):
        packs.write_atomically(tmp_path, b"x")


def test_a_failed_write_leaves_the_old_file_and_no_temporary_file(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "pack.pdf"
    target.write_bytes(b"old")

    def disk_full(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(ServiceError) as info:
        packs.write_atomically(target, b"new")
    assert str(info.value) == f"Cannot write {target}: the disk is full."  # plain, nothing about typed text
    assert target.read_bytes() == b"old"
    assert [p.name for p in folder.iterdir()] == ["pack.pdf"]


def test_gather_modules_do_not_import_qt() -> None:
    assert fresh_imports.GROUPS["pack gathering"][:2] == (
        ("careorganiser.pack.gather", "careorganiser.services.packs"), ("PySide6", "shiboken6"))
    assert fresh_imports.forbidden_loaded("pack gathering") == []


def test_gather_is_deterministic_for_the_same_now(demo_profile: Any) -> None:
    first = packs.gather_pack(demo_profile, "a5", DEMO_NOW)
    assert packs.gather_pack(demo_profile, "a5", DEMO_NOW) == first
    assert dd.DEFAULT_WINDOW == timedelta(minutes=60)
