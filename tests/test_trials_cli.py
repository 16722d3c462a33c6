"""``careorganiser trials import|list|show`` in-process (shared/spec/cli.md; test_cli.py runs the real process)."""

from __future__ import annotations

import json
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from cli_runner import run_cli

FIXTURES = Path(__file__).parent / "fixtures" / "ctgov"
SAMPLES = sorted(FIXTURES.iterdir())
SEARCH = FIXTURES / "v2-search-response_NCT06388018_recruiting.json"
SPEC_KEYS = ["kind", "text", "status", "measurement", "value", "taken_at", "reason", "checks"]
TRIAL_KEYS = ["nct_id", "title", "status", "phases", "interest", "notes", "record", "prescreen"]


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return run_cli(*args)  # conftest points HOME, XDG dirs and CAREORGANISER_DATA_DIR at tmp


def ok(*args: str | Path) -> str:
    result = run(*args)
    assert result.returncode == 0, (args, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    return result.stdout


def fails(*args: str | Path) -> str:
    """Run a command that must fail with exit 1; return its one line on standard error."""
    result = run(*args)
    assert result.returncode == 1, (args, result.returncode, result.stdout, result.stderr)
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("careorganiser: "), result.stderr
    assert result.stdout == ""
    return lines[0]


def listed(profile: str = "T") -> list[dict[str, Any]]:
    return json.loads(ok("trials", "list", "--profile", profile, "--json"))


@pytest.fixture
def empty(data_dir: Path) -> str:
    ok("profile", "create", "T")
    return "T"


def test_import_every_sample_then_list_and_show(empty: str) -> None:
    out = ok("trials", "import", *SAMPLES, "--profile", empty)
    for path in SAMPLES:
        assert f"\u201c{path.name}\u201d: NCT" in out
    assert out.rstrip().endswith("10 trials: 10 added.")
    assert "\u201cv2-search-response_NCT06388018_recruiting.json\u201d: NCT06388018 added \u2014 Tailoring Therapy" in out
    rows = {r["nct_id"]: r for r in listed()}
    assert len(rows) == 10
    assert rows["NCT06388018"]["status"] == "RECRUITING" and rows["NCT06388018"]["phases"] == ["PHASE2"]
    assert rows["NCT00023673"]["phases"] == ["PHASE1", "PHASE2"]
    assert rows["NCT09000004"]["phases"] == ["NA"] and rows["NCT09000004"]["interest"] == "considering"
    assert all(r["imported_at"] for r in rows.values())

    from careorganiser.services import trials
    from careorganiser.store import profiles
    from careorganiser.trials.readers import read_trial_path

    profile = profiles.open_profile(empty)
    try:
        for path in SAMPLES:
            for imported in read_trial_path(path):
                detail = trials.get_trial(profile, imported.study.nct_id)
                assert detail.record == imported.raw and detail.study == imported.study
    finally:
        profile.close()

    text = ok("trials", "list", "--profile", empty)
    assert "NCT06388018  Tailoring Therapy" in text and "Recruiting \u00b7 Phase 2 \u00b7 Considering" in text
    shown = json.loads(ok("trials", "show", "nct06388018", "--profile", empty, "--json"))
    assert list(shown) == TRIAL_KEYS
    assert shown["record"] == json.loads(SEARCH.read_text(encoding="utf-8"))["studies"][0]
    assert all(list(item) == SPEC_KEYS for item in shown["prescreen"]) and shown["prescreen"]


def test_reimport_prints_what_changed_and_keeps_notes_and_interest(empty: str, tmp_path: Path) -> None:
    ok("trials", "import", SEARCH, "--profile", empty)
    from careorganiser.services import trials
    from careorganiser.store import profiles

    profile = profiles.open_profile(empty)
    try:
        trials.set_interest(profile, "NCT06388018", "screening")
        trials.set_notes(profile, "NCT06388018", "Screening visit booked.")
    finally:
        profile.close()
    document = json.loads(SEARCH.read_text(encoding="utf-8"))
    ps = document["studies"][0]["protocolSection"]
    ps["statusModule"]["overallStatus"] = "COMPLETED"
    ps["contactsLocationsModule"]["locations"][0]["status"] = "COMPLETED"
    ps["contactsLocationsModule"]["locations"].append({"facility": "Leeds Cancer Centre", "city": "Leeds",
                                                       "country": "United Kingdom", "status": "RECRUITING"})
    changed = tmp_path / "NCT06388018-later.json"
    changed.write_text(json.dumps(document), encoding="utf-8")
    out = ok("trials", "import", changed, "--profile", empty)
    assert "\u201cNCT06388018-later.json\u201d: NCT06388018 updated" in out
    assert "    Status: Recruiting \u2192 Completed" in out
    assert "    Site added: Leeds Cancer Centre, Leeds, United Kingdom" in out
    assert "Site status changed: Women and Infants Hospital" in out
    assert out.rstrip().endswith("1 trial: 1 updated.")
    (row,) = listed()
    assert (row["status"], row["interest"], row["notes"]) == ("COMPLETED", "screening", "Screening visit booked.")
    text = ok("trials", "show", "NCT06388018", "--profile", empty)
    assert "What changed at the last import:" in text and "Status: Recruiting \u2192 Completed" in text
    assert "Your interest: In screening" in text and "Screening visit booked." in text
    again = ok("trials", "import", changed, "--profile", empty)
    assert "already saved, nothing changed" in again


BAD_FILES = [
    ("truncated.json", SEARCH.read_bytes()[:500], "is not complete, valid JSON"),
    ("binary.json", bytes(range(256)) * 8, "is not a text file in UTF-8"),
    ("leaflet.json", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj << >> endobj\n", "is not a text file in UTF-8"),
    ("export.csv", b"Study Title,Conditions\nA study,IPF\n", "has no \u201cNCT Number\u201d column"),
    ("other.json", b'{"hello": "world"}', "is JSON but not a ClinicalTrials.gov record"),
    ("huge.json", None, "is larger than 50 MB"),
]


def test_bad_files_fail_with_one_line_and_store_nothing(empty: str, tmp_path: Path) -> None:
    ok("trials", "import", FIXTURES / "v2-single-study_NCT02210780.json", "--profile", empty)
    before = listed()
    for name, data, words in BAD_FILES:
        bad = tmp_path / name
        if data is None:
            with bad.open("wb") as f:
                f.truncate(60 * 1024 * 1024)
        else:
            bad.write_bytes(data)
        line = fails("trials", "import", SEARCH, bad, "--profile", empty)
        assert f"\u201c{name}\u201d {words}" in line and line.endswith("Nothing was imported."), line
    assert listed() == before


def test_unknown_trial_missing_file_and_usage_errors(empty: str, tmp_path: Path) -> None:
    assert fails("trials", "show", "NCT12345678", "--profile", empty) == (
        "careorganiser: No saved trial has the NCT number NCT12345678.")
    assert "could not be read" in fails("trials", "import", tmp_path / "nope.json", "--profile", empty)
    assert "No trials are saved yet" in ok("trials", "list", "--profile", empty)
    assert listed() == []
    result = run("trials", "show", "NCT12345678")
    assert result.returncode == 2 and "--profile NAME is required" in result.stderr
    assert run("trials", "import", "--profile", empty).returncode == 2
    assert "There is no profile named" in fails("trials", "list", "--profile", "Nobody")


# ---------------------------------------------------------------------------------------------- the demo


def demo_items(profile: str = "Demo") -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
    shown = json.loads(ok("trials", "show", "NCT09900001", "--profile", profile, "--json"))
    return shown, {item["text"]: item for item in shown["prescreen"]}


FVC = "FVC 45% to 90% of predicted value (including 45% and 90%) at screening"
DLCO = "DLCO (corrected for haemoglobin) 25-79% predicted within the previous 3 months"


def test_show_json_on_the_demo_is_the_spec_shape_with_the_expected_prescreen(data_dir: Path) -> None:
    ok("demo")
    shown, items = demo_items()
    assert list(shown) == TRIAL_KEYS
    assert (shown["nct_id"], shown["status"], shown["phases"], shown["interest"]) == (
        "NCT09900001", "RECRUITING", ["PHASE2"], "considering")
    assert shown["notes"] == "Mentioned by the ILD nurse. Site at St Mary's."
    assert shown["record"]["protocolSection"]["identificationModule"]["nctId"] == "NCT09900001"
    assert [i["kind"] for i in shown["prescreen"]] == ["inclusion"] * 6 + ["exclusion"] * 5
    for item in shown["prescreen"]:
        assert list(item) == SPEC_KEYS
        assert item["status"] in ("fits", "conflicts", "no_data", "ask_trial_team")
        if item["status"] == "ask_trial_team":
            assert (item["measurement"], item["value"], item["taken_at"]) == (None, None, None)
    assert (items[FVC]["status"], items[FVC]["measurement"], items[FVC]["value"]) == (
        "fits", "fvc_percent_predicted", 61.0)
    assert datetime.fromisoformat(items[FVC]["taken_at"]).utcoffset() is not None
    assert (items[DLCO]["status"], items[DLCO]["measurement"], items[DLCO]["value"]) == (
        "fits", "dlco_percent_predicted", 42.0)
    assert items["FEV1/FVC ratio >= 0.70"]["status"] == "fits"
    assert items["FEV1/FVC ratio >= 0.70"]["measurement"] == "fev1_fvc_ratio"
    for exclusion in ("ALT or AST > 3 x ULN", "Total bilirubin > 1.5 x ULN", "Six-minute walk distance < 150 m"):
        assert items[exclusion]["kind"] == "exclusion" and items[exclusion]["status"] == "fits", exclusion
    assert items["Six-minute walk distance < 150 m"]["measurement"] == "six_minute_walk_m"
    assert items["Age 40 years or older"]["status"] == "fits"
    diagnosis = items["Diagnosis of IPF according to current ATS/ERS/JRS/ALAT guidelines"]
    assert diagnosis["status"] == "fits" and "conditions include" in diagnosis["reason"]  # the person's IPF
    stable = items["On a stable dose of pirfenidone or nintedanib for at least 12 weeks"]
    assert stable["status"] == "fits" and stable["checks"][0]["bound"].startswith("Pirfenidone")  # the list's dates
    for ask in ("Current smoker",
                "Acute exacerbation of IPF within 3 months of screening"):
        assert items[ask]["status"] == "ask_trial_team", ask


def test_show_json_follows_new_lab_results_and_missing_tests(data_dir: Path) -> None:
    ok("demo")
    from sqlalchemy import select

    from careorganiser.services import measurements, trash
    from careorganiser.store import models as m
    from careorganiser.store import profiles

    profile = profiles.open_profile("Demo")
    try:
        now = datetime.now(UTC)
        measurements.add_measurement(profile, now - timedelta(hours=2), "alt_u_l", 190, source="lab",
                                     range_low=7, range_high=56)
        measurements.add_measurement(profile, now - timedelta(hours=2), "bilirubin_umol_l", 20, source="lab",
                                     range_high=21)
        with profile.session_factory() as s:
            dlco = s.scalars(select(m.Measurement.id).where(m.Measurement.kind == "dlco_percent_predicted")).all()
        for x in dlco:
            trash.delete(profile, "measurement", x)
    finally:
        profile.close()
    _, items = demo_items()
    alt = items["ALT or AST > 3 x ULN"]
    assert (alt["status"], alt["measurement"], alt["value"]) == ("conflicts", "alt_u_l", 190.0)
    assert items["Total bilirubin > 1.5 x ULN"]["status"] == "fits"
    assert (items[DLCO]["status"], items[DLCO]["value"], items[DLCO]["taken_at"]) == ("no_data", None, None)
    assert items[FVC]["status"] == "fits"


def test_show_text_is_a_readable_summary_with_the_prescreen(data_dir: Path) -> None:
    ok("demo")
    text = ok("trials", "show", "NCT09900001", "--profile", "Demo")
    assert text.startswith("NCT09900001 \u2014 Inhaled Antifibrotic Added to Standard Care in IPF")
    for expected in (
        "Status: Recruiting. It is looking for participants now.",
        "Phase: Phase 2. A larger group, to see whether the treatment works",
        "Sponsor: Demo Respiratory Therapeutics",
        "St Mary's Hospital Chest Clinic, London, United Kingdom (Recruiting)",
        "Trial information line, 0800 555 0199, trials@example.org",
        "Your interest: Considering",
        "Mentioned by the ILD nurse. Site at St Mary's.",
        "This is a pre-screen to discuss with the trial team, not a decision about eligibility.",
        " 3. Inclusion \u2014 \u2713 Fits",
        "Used: FVC % predicted 61% on ",
        "11. Exclusion \u2014 ? Ask the trial team",
        "From the record's age and sex limits:",
    ):
        assert expected in text, expected
    other = ok("trials", "show", "NCT09900002", "--profile", "Demo")
    assert "Not yet recruiting" in other and "Contacted the trial team" in other
