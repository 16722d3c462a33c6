"""Follow-up plans, visits and events in the interchange document: optional, round-tripped, checked."""

from __future__ import annotations

import copy
import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from careorganiser.services import followup as svc
from careorganiser.services import profiles as profile_svc
from careorganiser.services import trials
from careorganiser.services.medications import MedicationInput, create_medication
from careorganiser.store import interchange, profiles
from careorganiser.store import models as m

SCHEMA = json.loads(Path(interchange.__file__).with_name("interchange.schema.json").read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)
NOW = datetime(2027, 1, 2, 9, 0, tzinfo=UTC)


def _filled(profile: Any) -> None:
    trial_id = trials.add_trial_manually(profile, "NCT09900001", "Inhaled antifibrotic in IPF")
    trials.set_interest(profile, trial_id, "enrolled")
    plan_id = svc.create_plan(profile, trial_id=trial_id, baseline=date(2027, 1, 4), visits="0, 3, 6, 9, 12",
                              place="St Mary's", contact_name="Sam Patel", contact_phone="020 7946 0000",
                              out_of_hours="Ring the switchboard", turn_on_at=NOW)
    svc.move_visit(profile, svc.get_plan(profile, plan_id).visits[2].id, "12 Jul 2027")
    svc.add_event(profile, plan_id, occurred_on="10 Feb 2027", what="Cough after the inhaler", severity=2,
                  told_on="11 Feb 2027", told_whom="Trial nurse", outcome="Technique checked")
    med_id = create_medication(profile, MedicationInput(name="Nintedanib", strength="150 mg"))
    svc.create_plan(profile, medication_id=med_id, baseline=date(2027, 2, 1), visits="0, 1, 3", ride_needed=False,
                    tests=["alt_u_l", "ast_u_l"])


def test_export_import_export_is_equal(profile: Any) -> None:
    _filled(profile)
    first = profile_svc.export_profile(profile)
    VALIDATOR.validate(first)
    [trial_plan, med_plan] = first["followups"]
    assert trial_plan["trial"] == "NCT09900001" and trial_plan["medication"] is None
    assert [v["date"] for v in trial_plan["visits"]] == ["2027-01-04", "2027-04-04", "2027-07-12", "2027-10-04",
                                                         "2028-01-04"]
    assert all(v["appointment"] for v in trial_plan["visits"]) and trial_plan["active"] is True
    assert trial_plan["events"][0]["told_on"] == "2027-02-11"
    assert med_plan["medication"] and med_plan["active"] is False and med_plan["ride_needed"] is False

    copy_profile = profiles.create_profile("Copy", person_name="Someone")
    try:
        summary = profile_svc.import_into(copy_profile, first)
        assert summary.counts["followups"] == 2
        second = profile_svc.export_profile(copy_profile)
        assert interchange.comparable(second) == interchange.comparable(first)
        again = svc.plan_for(copy_profile, trial_id=trials.list_trials(copy_profile)[0].id)
        assert again is not None and again.visits[2].moved and again.events[0].what == "Cough after the inhaler"
    finally:
        copy_profile.close()


def test_a_document_without_followups_still_imports_and_exports_without_them(profile: Any) -> None:
    doc = {"format": "careorganiser", "version": 1, "person": {"name": "Margaret"}}
    profile_svc.import_into(profile, doc)
    assert "followups" not in profile_svc.export_profile(profile)


def _bad(doc: dict[str, Any], change: Any) -> dict[str, Any]:
    bad = copy.deepcopy(doc)
    change(bad["followups"][0])
    return bad


@pytest.mark.parametrize(("change", "path", "words"), [
    (lambda f: f.update(trial="NCT00000000"), "followups[0].trial", "not an nct_id"),
    (lambda f: f.update(medication="m-nowhere"), "followups[0].medication", "not an id"),
    (lambda f: f.pop("baseline_date"), "followups[0].baseline_date", "required"),
    (lambda f: f.update(visit_time="25:00"), "followups[0].visit_time", "not a time"),
    (lambda f: f.update(tests=["made_up"]), "followups[0].tests[0]", "not a measurement kind"),
    (lambda f: f["visits"][1].update(unit="year"), "followups[0].visits[1].unit", "not one of"),
    (lambda f: f["visits"][1].update(appointment="a-nowhere"), "followups[0].visits[1].appointment", "not an id"),
    (lambda f: f["events"][0].update(severity=7), "followups[0].events[0].severity", "0-4"),
    (lambda f: f["events"][0].update(what=" "), "followups[0].events[0].what", "empty"),
    (lambda f: f.update(active="yes"), "followups[0].active", "not true or false"),
])
def test_bad_followups_are_refused_whole_with_their_path(profile: Any, data_dir: Path, change: Any, path: str,
                                                         words: str) -> None:
    _filled(profile)
    doc = profile_svc.export_profile(profile)
    target = profiles.create_profile("Target", person_name="Someone")
    try:
        with pytest.raises(interchange.InterchangeError) as exc:
            profile_svc.import_into(target, _bad(doc, change))
        assert exc.value.path == path and words in exc.value.problem
        with target.session_factory() as s:
            assert s.query(m.FollowupPlan).count() == 0 and s.query(m.Trial).count() == 0
    finally:
        target.close()


def test_two_plans_for_one_trial_are_refused(profile: Any) -> None:
    _filled(profile)
    doc = profile_svc.export_profile(profile)
    doc["followups"][1] = dict(copy.deepcopy(doc["followups"][0]), id="f-two")
    for item in doc["followups"][1]["visits"] + doc["followups"][1]["events"]:
        item["id"] += "-2"
    target = profiles.create_profile("Target", person_name="Someone")
    try:
        with pytest.raises(interchange.InterchangeError, match="already has a plan"):
            profile_svc.import_into(target, doc)
    finally:
        target.close()
