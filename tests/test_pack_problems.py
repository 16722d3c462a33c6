"""A part of the profile the pack cannot read is a visible note in the printed pack, and a log line naming the
record by its id (never a silent gap, never personal data in the log); gathering loads no ReportLab."""

from __future__ import annotations

import logging
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pack_samples as samples
import pytest
from sqlalchemy import select

from careorganiser.domain.schedules import Schedule
from careorganiser.pack.model import PackOptions
from careorganiser.services import packs, person, trials
from careorganiser.services.medications import MedicationInput, create_medication
from careorganiser.store import models as m

FIXTURES = Path(__file__).parent / "fixtures" / "ctgov"
NOW = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)


def text_of(pdf: bytes) -> str:
    return samples.flat("\n".join(samples.page_texts(pdf)))


@pytest.fixture
def stored(profile: Any) -> Any:
    """An empty profile filled through the services: a person, a medication taken twice a day, two trials."""
    person.update_person(profile, "Arthur Bell", date(1951, 6, 15), "male", conditions=["Cystic fibrosis"])
    create_medication(profile, MedicationInput(name="Pirfenidone", dose="1 tablet", start_date=date(2025, 2, 1),
                                               stock=60, stock_unit="tablets"),
                      [Schedule.from_interchange({"kind": "times", "times": ["08:00", "20:00"]})],
                      now=NOW - timedelta(days=400))
    trials.import_trial_files(profile, [FIXTURES / "v2-single-study_NCT00763412_cystic-fibrosis.json",
                                        FIXTURES / "classic-v1-fullstudies_NCT00023673_nsclc.json"])
    trials.set_interest(profile, "NCT00763412", "contacted")
    trials.set_interest(profile, "NCT00023673", "contacted")
    return profile


def damage(profile: Any, change: Any) -> None:
    """Change stored rows the way an older version or a damaged file could leave them (no form allows it)."""
    with profile.session_factory() as session, session.begin():
        change(session)


def test_a_pack_without_damage_has_no_notes(stored: Any) -> None:
    data = packs.gather_pack(stored, None, NOW)
    assert data.problems == ()
    text = text_of(packs.render_document("pack", data, PackOptions()))
    assert "Could not read" not in text
    assert "NCT00763412" in text and "Pirfenidone" in text


def test_an_unreadable_trial_record_is_a_note_in_the_trials_section(stored: Any,
                                                                     caplog: pytest.LogCaptureFixture) -> None:
    def break_record(session: Any) -> None:
        trial = session.scalars(select(m.Trial).where(m.Trial.nct_id == "NCT00763412")).one()
        trial.study = {**trial.study, "arms": ["not an arm"]}

    damage(stored, break_record)
    with caplog.at_level(logging.WARNING, logger="careorganiser.pack.gather"):
        data = packs.gather_pack(stored, None, NOW)
    text = text_of(packs.render_document("pack", data, PackOptions()))
    assert ("Could not read the saved record of trial NCT00763412: it is printed without its design, results and "
            "pre-screen.") in text
    section = text.split("Clinical trials to discuss")[-1]
    assert "Could not read the saved record of trial NCT00763412" in section  # in its own section
    assert "NCT00023673" in section  # the other trial is printed whole
    logged = [r.getMessage() for r in caplog.records]
    assert any(msg.startswith("pack: could not read record of trial ") for msg in logged)
    assert not any("NCT00763412" in msg or "Arthur" in msg for msg in logged)


def test_criteria_the_pre_screen_cannot_read_are_a_note(stored: Any) -> None:
    def break_age(session: Any) -> None:
        trial = session.scalars(select(m.Trial).where(m.Trial.nct_id == "NCT00023673")).one()
        trial.study = {**trial.study, "min_age_years": "eighteen"}

    damage(stored, break_age)
    data = packs.gather_pack(stored, None, NOW)
    text = text_of(packs.render_document("pack", data, PackOptions()))
    assert "Could not read the criteria of trial NCT00023673: it is printed without a pre-screen." in text


def test_an_unreadable_schedule_is_a_note_in_the_medications_and_the_card(
        stored: Any, caplog: pytest.LogCaptureFixture) -> None:
    def break_schedule(session: Any) -> None:
        session.scalars(select(m.Schedule)).one().times = ["25:99"]

    damage(stored, break_schedule)
    with caplog.at_level(logging.WARNING, logger="careorganiser.pack.gather"):
        data = packs.gather_pack(stored, None, NOW)
    pack = text_of(packs.render_document("pack", data, PackOptions(sections=frozenset({"cover", "medications"}))))
    assert ("Could not read a schedule of Pirfenidone: its times are not shown and its doses are not counted."
            in pack)
    card = text_of(packs.build_card(stored, PackOptions(), NOW))
    assert "Could not read a schedule of Pirfenidone" in card
    logged = [r.getMessage() for r in caplog.records]
    assert any(msg.startswith("pack: could not read schedule ") for msg in logged)
    assert not any("Pirfenidone" in msg for msg in logged)


def test_a_note_keeps_its_section_when_nothing_else_of_it_prints(stored: Any) -> None:
    def break_schedule(session: Any) -> None:
        session.scalars(select(m.Schedule)).one().times = ["25:99"]

    damage(stored, break_schedule)
    data = packs.gather_pack(stored, None, NOW)
    # With its only schedule unreadable, no dose is counted: the adherence section has no table, only the note.
    text = text_of(packs.render_document("pack", data, PackOptions(sections=frozenset({"adherence"}))))
    assert text.startswith("Arthur Bell")
    assert "Medication adherence" in text
    assert "Could not read a schedule of Pirfenidone: its doses are not counted." in text


def test_gathering_imports_no_reportlab() -> None:
    code = (
        "import sys\n"
        "import careorganiser.pack.gather, careorganiser.pack.followup_gather, careorganiser.pack.glance, "
        "careorganiser.pack.wording, careorganiser.services.packs\n"
        "bad = [name for name in sys.modules if name.split('.')[0] == 'reportlab']\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
