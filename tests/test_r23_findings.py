"""Defects a review of round 23 found and left: each test failed before its fix."""

from __future__ import annotations

import json
import sys
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from careorganiser import cli

FIXTURES = Path(__file__).parent / "fixtures" / "ctgov"
NSCLC = FIXTURES / "classic-v1-fullstudies_NCT00023673_nsclc.json"
NOW = datetime(2026, 11, 21, 10, 0, tzinfo=UTC)


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


# ------------------------------------------------------------------ 1. lab limits quoted as the trial wrote them

CREATININE = "the item states \u2264 2 mg/dL (177 \u00b5mol/L)."
BILIRUBIN = "the item states < 1.5 mg/dL (25.7 \u00b5mol/L)."


def _lab_results(profile: Any) -> None:
    from careorganiser.services import measurements

    taken = datetime(2026, 11, 18, 9, 0, tzinfo=UTC)
    measurements.add_measurement(profile, taken, "creatinine_umol_l", 90, source="lab")
    measurements.add_measurement(profile, taken, "bilirubin_umol_l", 12, source="lab")


def test_a_converted_lab_limit_is_quoted_as_written_in_the_trial_pane(qtbot: Any, profile: Any,
                                                                       prompter: Any) -> None:
    """Before, "Creatinine no greater than 2.0 mg/dL" read "the item states ≤ 176.84 µmol/L", and
    "Bilirubin less than 1.5 mg/dL" "< 25.656 µmol/L": numbers the trial never wrote."""
    from careorganiser.ui.trials.detail import DetailTab

    from test_ui_trials import cell, click, make_page

    _lab_results(profile)
    page = make_page(qtbot, profile)
    prompter.answers["open_files"] = lambda title: [str(NSCLC)]
    click(qtbot, page.import_button)
    page.detail.tabs.setCurrentIndex(DetailTab.PRESCREEN)
    model = page.detail.prescreen.model
    shown = {cell(model, r, 2): r for r in range(model.rowCount())}
    creatinine = shown["Creatinine no greater than 2.0 mg/dL"]
    bilirubin = shown["Bilirubin less than 1.5 mg/dL"]
    assert cell(model, creatinine, 0) == "\u2713 Fits" and cell(model, bilirubin, 0) == "\u2713 Fits"
    assert cell(model, creatinine, 3).endswith(CREATININE), cell(model, creatinine, 3)
    assert cell(model, bilirubin, 3).endswith(BILIRUBIN), cell(model, bilirubin, 3)
    assert "176.84" not in cell(model, creatinine, 0, Qt.ItemDataRole.ToolTipRole)


def test_a_converted_lab_limit_is_quoted_as_written_in_trials_show_and_the_pack(
        data_dir: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    import pack_samples as samples

    from careorganiser.pack.model import PackOptions
    from careorganiser.services import appointments, packs
    from careorganiser.services import profiles as svc
    from careorganiser.services import trials
    from careorganiser.store import profiles

    profile = profiles.create_profile("Mum")
    try:
        svc.import_into(profile, {"format": "careorganiser", "version": 1, "person": {"name": "Margaret Hale"}})
        _lab_results(profile)
        trials.import_trial_files(profile, [NSCLC], NOW)
        appointment = appointments.create_appointment(profile, day=date(2026, 12, 10), at=time(10, 30),
                                                      purpose="Review")
        text = samples.flat("\n".join(samples.page_texts(packs.build_pack(profile, appointment, PackOptions(),
                                                                          NOW))))
    finally:
        profile.close()
    assert "\u2264 2 mg/dL (177 \u00b5mol/L)" in text and "176.84" not in text
    code, out, err = run_cli(capsys, "trials", "show", "NCT00023673", "--profile", "Mum")
    assert code == 0, err
    assert CREATININE in out and BILIRUBIN in out and "176.84" not in out and "25.656" not in out
    code, out, err = run_cli(capsys, "trials", "show", "NCT00023673", "--profile", "Mum", "--json")
    item = next(i for i in json.loads(out)["prescreen"] if i["text"].startswith("Creatinine no greater"))
    assert item["reason"].endswith(CREATININE) and item["checks"][0]["bound"] == (
        "Creatinine \u2264 2 mg/dL (177 \u00b5mol/L)"), item


def test_a_reading_kept_by_the_previous_version_is_read_again(profile: Any) -> None:
    """Readings kept before the limits were quoted as written carry version 1 and no stated limits: they are
    read again (and kept anew), never shown with the converted numbers only."""
    from sqlalchemy import select, text

    from careorganiser.services import trials
    from careorganiser.store import models as m
    from careorganiser.trials import parsed

    _lab_results(profile)
    trials.import_trial_files(profile, [NSCLC], NOW)
    with profile.session_factory() as s:
        kept = s.execute(select(m.Trial.criteria_parse)).scalar_one()
    assert kept["version"] == parsed.PARSER_VERSION >= 2
    old = json.loads(json.dumps(kept))
    old["version"] = 1
    for item in old["items"]:
        for clause in item["clauses"] or [c for a in item["alternatives"] for c in a]:
            for bound in clause["bounds"]:
                for key in ("stated_low", "stated_high", "stated_unit"):
                    del bound[key]
    assert parsed.kept_items(old, "") is None
    with profile.session_factory.begin() as s:
        s.execute(text("UPDATE trials SET criteria_parse = :v"), {"v": json.dumps(old)})
    items = trials.prescreen_trial(profile, "NCT00023673", NOW)
    creatinine = next(i for i in items if i.text.startswith("Creatinine no greater"))
    assert creatinine.reason.endswith(CREATININE), creatinine.reason
    with profile.session_factory() as s:
        again = s.execute(select(m.Trial.criteria_parse)).scalar_one()
    assert again["version"] == parsed.PARSER_VERSION


# ------------------------------------------------------------------ 2. a restart keeps the earlier course


def test_a_restart_on_a_given_day_keeps_the_earlier_course(profile: Any) -> None:
    """Before, ``restart_medication(..., start_date=28 Nov)`` wrote 28 Nov over the start date: the ten doses
    taken 13-22 Nov fell out of adherence ("50% taken, 3 of 6") and the pack's changes lost the first start."""
    from careorganiser.domain.schedules import Schedule
    from careorganiser.services import adherence, appointments, doses, packs
    from careorganiser.services import medications as meds
    from careorganiser.services.base import ValidationError

    def at(month: int, day: int, hour: int = 9) -> datetime:
        return datetime(2026, month, day, hour, 0, tzinfo=UTC)

    med = meds.create_medication(profile, meds.MedicationInput(name="Prednisolone", dose="1 tablet",
                                 start_date=date(2026, 11, 13)), [Schedule.times_a_day("09:00")], now=at(11, 13, 7))
    for day in range(13, 23):
        doses.record_dose(profile, med, at(11, day), "taken", taken_at=at(11, day))
    meds.stop_medication(profile, med, date(2026, 11, 22), "Course finished", now=at(11, 22, 12))
    with pytest.raises(ValidationError) as info:  # a course cannot start again before it stopped
        meds.restart_medication(profile, med, start_date=date(2026, 11, 20), now=at(11, 27, 10))
    assert info.value.field == "start_date"
    meds.restart_medication(profile, med, start_date=date(2026, 11, 28), now=at(11, 27, 10))
    assert meds.get_medication(profile, med).start_date == date(2026, 11, 13)
    for day in (28, 29, 30):
        doses.record_dose(profile, med, at(11, day), "taken", taken_at=at(11, day))
    now = at(12, 3, 10)
    counts = adherence.adherence_for_period(profile, at(11, 1, 0), now, now).for_medication(med).result
    # 13-22 Nov and 28 Nov-3 Dec: nothing due on 27 Nov, when the restart was recorded for the next day
    assert (counts.scheduled, counts.taken, counts.missed) == (16, 13, 3)
    appointments.create_appointment(profile, day="2026-12-12", at="10:30")
    pack = packs.gather_pack(profile, packs.next_appointment_id(profile, now), now)
    seen = [(c.change, c.on, c.reason, c.detail) for c in pack.changes if c.name == "Prednisolone"]
    assert seen == [
        ("started", date(2026, 11, 13), "", "1 tablet, Once a day at 09:00"),
        ("stopped", date(2026, 11, 22), "Course finished", ""),
        ("started", date(2026, 11, 28), "", "Taken again (stopped 22 Nov 2026)"),
    ]


# ------------------------------------------------------------------ 3. a backup the destination refuses


def _limited(limit: int) -> Any:
    def set_limit() -> None:
        import resource

        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.getrlimit(resource.RLIMIT_FSIZE)[1]))
    return set_limit


@pytest.mark.skipif(sys.platform == "win32", reason="no file size limit on Windows")
def test_a_backup_over_the_file_size_limit_blames_the_destination(data_dir: Path, tmp_path: Path) -> None:
    """Before, "careorganiser: Not saved: the profile file could not be read or written (a disk or file
    problem)": the profile was fine, the copy hit the file size limit (ulimit -f)."""
    import os
    import subprocess

    from careorganiser.store import profiles

    profiles.create_profile("Mum").close()
    size = profiles.find_profile("Mum").path.stat().st_size
    dest = tmp_path / "out" / "Mum copy.careprofile"
    dest.parent.mkdir()
    env = {**os.environ, "CAREORGANISER_DATA_DIR": str(data_dir),
           "PYTHONPATH": os.pathsep.join([str(Path(cli.__file__).parents[1]), os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run([sys.executable, "-m", "careorganiser", "backup", "--profile", "Mum", "-o", str(dest)],
                          env=env, capture_output=True, text=True, preexec_fn=_limited(size // 2), timeout=120)
    assert done.returncode == 1, done.stderr
    assert done.stderr.strip() == (f"careorganiser: Cannot write {dest}: the file would be larger than this system "
                                   "lets the program write (a file size limit)."), done.stderr
    assert list(dest.parent.iterdir()) == []  # no partial file
    done = subprocess.run([sys.executable, "-m", "careorganiser", "backup", "--profile", "Mum", "-o", str(dest)],
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and dest.exists(), done.stderr


@pytest.mark.skipif(sys.platform == "win32", reason="no file size limit on Windows")
def test_an_encrypted_backup_from_the_window_over_the_file_size_limit_blames_the_destination(
        qtbot: Any, data_dir: Path, tmp_path: Path, prompter: Any) -> None:
    import resource

    from careorganiser.store import profiles
    from careorganiser.ui.context import AppContext
    from careorganiser.ui.privacy import export_json

    profile = profiles.create_profile("Locked", "secret words")
    try:
        dest = tmp_path / "Locked copy.careprofile"
        prompter.answer("choose", "backup")
        prompter.answer("save_file", str(dest))
        warned: list[str] = []
        prompter.answer("warn", lambda title, text: warned.append(text))
        ctx = AppContext(profile)
        was = resource.getrlimit(resource.RLIMIT_FSIZE)
        resource.setrlimit(resource.RLIMIT_FSIZE, (profile.info.path.stat().st_size // 2, was[1]))
        try:
            assert export_json(None, ctx) is None
        finally:
            resource.setrlimit(resource.RLIMIT_FSIZE, was)
    finally:
        profile.close()
    assert warned == [f"Cannot write {dest}: the file would be larger than this system lets the program write "
                      "(a file size limit)."]
    assert not dest.exists() and list(tmp_path.glob("*.careprofile*")) == []


# ------------------------------------------------------------------ 4. a day the calendar does not have


@pytest.mark.parametrize(("at", "why"), [
    ("2026-02-29", "2026 has no 29 February"),
    ("2026-02-29T10:00", "2026 has no 29 February"),
    ("2026-04-31T09:00+01:00", "2026 has no 31 April"),
    ("2026-13-01", "there is no month 13"),
    ("2026-01-32", "no month has a day 32"),
])
def test_today_at_a_day_that_does_not_exist_says_so(data_dir: Path, capsys: pytest.CaptureFixture[str],
                                                     at: str, why: str) -> None:
    """Before, "--at 2026-02-29" was "not an ISO 8601 instant", which it is in form."""
    from careorganiser.store import profiles

    profiles.create_profile("Mum").close()
    code, _out, err = run_cli(capsys, "today", "--profile", "Mum", "--at", at)
    assert code == 2
    assert err.splitlines()[-1] == f"careorganiser: error: today: --at {at!r} is not a date ({why})"
    assert run_cli(capsys, "today", "--profile", "Mum", "--at", "2028-02-29T10:00")[0] == 0  # a leap year has it


# ------------------------------------------------------------------ 5. a skipped dose has no time taken


SMALL = {
    "format": "careorganiser", "version": 1, "person": {"name": "Margaret Hale"},
    "medications": [{"id": "m1", "name": "Pirfenidone", "start_date": "2026-11-01",
                     "schedules": [{"kind": "times", "times": ["08:00"]}]}],
}


@pytest.mark.parametrize("status", ["skipped", "missed"])
def test_an_imported_dose_not_taken_keeps_no_time_taken(
        data_dir: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path, status: str) -> None:
    """Before, a dose marked skipped kept its taken_at: the window cannot record that, and the history showed
    a skipped dose with a time it was taken. Such documents (exports of profiles that imported one) still
    import: the dose is kept, its time is not, and the export writes none."""
    from careorganiser.store import profiles

    events = [{"medication": "m1", "scheduled_for": "2026-11-19T08:00:00+00:00", "status": "taken",
               "taken_at": "2026-11-19T08:10:00+00:00"},
              {"medication": "m1", "scheduled_for": "2026-11-20T08:00:00+00:00", "status": status,
               "taken_at": "2026-11-20T08:10:00+00:00", "note": "asleep"}]
    source = tmp_path / "doses.json"
    source.write_text(json.dumps({**SMALL, "dose_events": events}), encoding="utf-8")
    code, out, err = run_cli(capsys, "import", str(source), "--profile", "Mum")
    assert code == 0, err
    assert "Mum" in [i.name for i in profiles.list_profiles()]
    code, out, err = run_cli(capsys, "export", "--profile", "Mum")
    assert [(e["status"], e["taken_at"], e["note"]) for e in json.loads(out)["dose_events"]] == [
        ("taken", "2026-11-19T08:10:00+00:00", ""), (status, None, "asleep")]


# ------------------------------------------------------------------ 6. a body weight limit against the weight recorded


def test_a_body_weight_limit_is_held_against_the_latest_weight(qtbot: Any, profile: Any, prompter: Any,
                                                               tmp_path: Path) -> None:
    """Before, "Body weight >= 50 kg" always went to "ask the trial team", with a weight recorded."""
    from careorganiser.services import measurements, trials
    from careorganiser.ui.trials.detail import DetailTab

    from test_ui_trials import cell, click, make_page

    record = json.loads((FIXTURES / "v2-single-study_NCT00763412_cystic-fibrosis.json").read_text("utf-8"))
    record["protocolSection"]["eligibilityModule"]["eligibilityCriteria"] = (
        "Inclusion Criteria:\n\n* Body weight >= 50 kg\n\nExclusion Criteria:\n\n* Weight more than 330 lbs\n"
        "* Weight loss greater than 5% in the past 6 months\n")
    source = tmp_path / "weight.json"
    source.write_text(json.dumps(record), encoding="utf-8")
    page = make_page(qtbot, profile)
    prompter.answers["open_files"] = lambda title: [str(source)]
    click(qtbot, page.import_button)
    page.detail.tabs.setCurrentIndex(DetailTab.PRESCREEN)
    model = page.detail.prescreen.model

    def row(text: str) -> list[str]:
        [r] = [r for r in range(model.rowCount()) if cell(model, r, 2) == text]
        return [cell(model, r, c) for c in (0, 3, 4)]

    assert row("Body weight >= 50 kg")[0] == "\u25cb No recent data"
    measurements.add_measurement(profile, datetime(2026, 11, 18, 9, 0, tzinfo=UTC), "weight_kg", 47.5)
    items = trials.prescreen_trial(profile, "NCT00763412", NOW)
    assert [(i.status, i.measurement) for i in items] == [
        ("conflicts", "weight_kg"), ("fits", "weight_kg"), ("no_data", "weight_kg")]  # one weight: no change yet
    page.close()
    page = make_page(qtbot, profile)
    page.detail.tabs.setCurrentIndex(DetailTab.PRESCREEN)
    model = page.detail.prescreen.model
    assert row("Body weight >= 50 kg") == [
        "\u2717 Conflicts", "Weight 47.5 kg on 18 Nov 2026; the item states \u2265 50 kg.", "47.5 kg"]
    assert row("Weight more than 330 lbs")[:2] == [
        "\u2713 Fits", "Weight 47.5 kg on 18 Nov 2026; the item states > 330 lb (150 kg)."]
