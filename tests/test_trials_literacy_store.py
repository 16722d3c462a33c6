"""Trial literacy through the store, the services and the command line, from an empty profile."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from careorganiser.services import measurements, person, trials
from careorganiser.services import profiles as profile_service
from careorganiser.services.base import ValidationError
from careorganiser.services.medications import MedicationInput, create_medication
from careorganiser.store import interchange, profiles
from careorganiser.store.migrations import HEAD
from test_migrations import install_fixture, read_rows
from test_trials_cli import ok
from trials_corpus.records import RECORDS

NOW = datetime.now(UTC)


def seed_record(tmp_path: Path) -> Path:
    """The seed trial's record as a v2 single-study file (its real eligibility text)."""
    document = {"protocolSection": {
        "identificationModule": {"nctId": "NCT06534528", "briefTitle": "Treatment for interstitial lung disease"},
        "statusModule": {"overallStatus": "NOT_YET_RECRUITING"},
        "eligibilityModule": {"eligibilityCriteria": RECORDS["NCT06534528"] + "\n* SpO2 < 89% during the 6MWT\n"},
    }}
    path = tmp_path / "NCT06534528.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def fill(profile: Any, tmp_path: Path) -> None:
    person.update_person(profile, "Arthur Bell", date(1951, 6, 15), "male",
                         conditions=["Idiopathic pulmonary fibrosis"])
    when = NOW - timedelta(days=20)
    measurements.add_measurement(profile, when, "dlco_percent_predicted", 25, source="clinic")
    measurements.add_measurement(profile, when, "fvc_percent_predicted", 62, source="clinic")
    measurements.add_measurement(profile, when, "spo2_percent", 95, context="rest")
    measurements.add_measurement(profile, when - timedelta(days=10), "spo2_percent", 86, source="clinic",
                                 context="exertion")
    create_medication(profile, MedicationInput(name="Pirfenidone", start_date=date(2025, 2, 1)))
    trials.import_trial_files(profile, [seed_record(tmp_path)])


def test_0001_fixture_upgrades_with_an_empty_measurement_context(data_dir: Path) -> None:
    path = install_fixture(data_dir)
    with profiles.opened("Old") as p:
        assert profiles.schema_revision(p.engine) == HEAD
        row = measurements.add_measurement(p, NOW - timedelta(hours=1), "spo2_percent", 88, context="exertion")
        assert row.context == "exertion"
    after = read_rows(path)
    assert all(r["context"] is None for r in after["measurements"] if r["id"] != row.id)
    assert [r["context"] for r in after["measurements"] if r["id"] == row.id] == ["exertion"]


def test_context_is_checked_and_travels_in_the_interchange(profile: Any) -> None:
    with pytest.raises(ValidationError) as refused:
        measurements.add_measurement(profile, NOW - timedelta(hours=1), "spo2_percent", 88, context="jogging")
    assert refused.value.field == "context"
    row = measurements.add_measurement(profile, NOW - timedelta(hours=1), "spo2_percent", 88, context="on_oxygen")
    measurements.update_measurement(profile, row.id, row.taken_at, "spo2_percent", 87)  # the context stays
    doc = profile_service.export_profile(profile)
    assert [x.get("context") for x in doc["measurements"]] == ["on_oxygen"]
    doc["measurements"][0]["context"] = "jogging"
    other = profiles.create_profile("Other")
    try:
        with pytest.raises(interchange.InterchangeError) as bad:
            profile_service.import_into(other, doc)
        assert bad.value.path == "measurements[0].context"
        del doc["measurements"][0]["context"]  # an older export, without the field, still imports
        profile_service.import_into(other, doc)
        assert [r.context for r in measurements.list_measurements(other)] == [None]
    finally:
        other.close()


def test_prescreen_from_an_empty_profile(profile: Any, tmp_path: Path) -> None:
    fill(profile, tmp_path)
    items = trials.prescreen_trial(profile, "NCT06534528", NOW)
    lung = next(i for i in items if "diffusion capacity" in i.text)
    assert lung.status == "conflicts" and lung.measurement == "dlco_percent_predicted"
    diagnosis = next(i for i in items if i.text.startswith("Clinical diagnosis of interstitial lung disease"))
    assert diagnosis.status == "fits"
    walk = next(i for i in items if i.text.startswith("SpO2 < 89% during the 6MWT"))
    assert walk.kind == "inclusion" or walk.kind == "exclusion"
    assert walk.value == 86.0  # the exertion reading, never the resting one


def test_trials_show_json_carries_checks_and_reason(data_dir: Path, tmp_path: Path) -> None:
    ok("profile", "create", "T")
    with profiles.opened("T") as p:
        fill(p, tmp_path)
    shown = json.loads(ok("trials", "show", "NCT06534528", "--profile", "T", "--json"))
    lung = next(i for i in shown["prescreen"] if "diffusion capacity" in i["text"])
    assert lung["status"] == "conflicts" and "25%" in lung["reason"]
    assert [(c["measurement"], c["status"]) for c in lung["checks"]] == [
        ("dlco_percent_predicted", "conflicts"), ("fvc_percent_predicted", "fits")]  # in the text's order
    assert set(lung["checks"][0]) == {"measurement", "bound", "value", "taken_at", "status"}
    for item in shown["prescreen"]:
        assert item["reason"]
        deciding = [c for c in item["checks"] if c["status"] == item["status"]]
        if item["checks"] and item["status"] != "ask_trial_team":
            assert (item["measurement"], item["value"]) == (deciding[0]["measurement"], deciding[0]["value"])


def test_a_past_appointments_pack_pre_screens_with_what_was_known_then(data_dir: Path, tmp_path: Path) -> None:
    """A pack for a visit on 25 Nov used a weight taken on 1 Dec (the review of this round)."""
    from careorganiser.services import appointments, packs

    document = {"protocolSection": {
        "identificationModule": {"nctId": "NCT09999905", "briefTitle": "A lung trial"},
        "statusModule": {"overallStatus": "RECRUITING"},
        "eligibilityModule": {"eligibilityCriteria": "Inclusion Criteria:\n\n* FVC >= 50% predicted\n"},
    }}
    record = tmp_path / "NCT09999905.json"
    record.write_text(json.dumps(document), encoding="utf-8")
    p = profile_service.create_profile("Mum")
    try:
        visit = appointments.create_appointment(p, day=(NOW - timedelta(days=8)).date(), at="10:00", purpose="Clinic")
        measurements.add_measurement(p, NOW - timedelta(days=30), "fvc_percent_predicted", 55, source="clinic")
        measurements.add_measurement(p, NOW - timedelta(days=2), "fvc_percent_predicted", 45, source="clinic")
        trials.import_trial_files(p, [record])
        (trial,) = packs.gather_pack(p, visit, NOW).trials
        (item,) = [i for i in trial.key_items if "FVC" in i.text]
        assert item.status == "fits" and "55%" in item.value_text  # the reading known at the visit
        now_trial = next(t for t in packs.gather_pack(p, None, NOW).trials)
        (now_item,) = [i for i in now_trial.key_items if "FVC" in i.text]
        assert now_item.status == "conflicts" and "45%" in now_item.value_text
    finally:
        p.close()
