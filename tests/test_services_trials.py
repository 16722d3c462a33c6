"""The trials service: import all or nothing, re-import changes, the caregiver's own fields, pre-screen,
template questions and the optional online look-up (against a local server only)."""

from __future__ import annotations

import copy
import json
import socket
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from careorganiser.domain import fields
from careorganiser.services import measurements, questions, trash, trials
from careorganiser.services.base import NotFound, ValidationError
from careorganiser.store import models as m
from careorganiser.trials.model import Study
from careorganiser.trials.readers import read_trial_path

from conftest import DEMO_NOW
from fake_registry import serve_registry

FIXTURES = Path(__file__).parent / "fixtures" / "ctgov"
SAMPLES = sorted(FIXTURES.iterdir())
SEARCH = FIXTURES / "v2-search-response_NCT06388018_recruiting.json"
SINGLE = FIXTURES / "v2-single-study_NCT00763412_cystic-fibrosis.json"
NOW = datetime(2026, 11, 21, 10, 0, tzinfo=UTC)


def snapshot(profile: Any) -> list[tuple[Any, ...]]:
    """Everything an import could touch, to check that a refused one changed nothing."""
    with profile.session_factory() as s:
        return [(t.id, t.nct_id, t.title, t.status, t.phases, t.interest, t.notes, t.study, t.record,
                 t.source_format, t.imported_at, t.last_changes, t.deleted_at)
                for t in s.scalars(select(m.Trial).order_by(m.Trial.id))]


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


# ---------------------------------------------------------------------------------------------- import


def test_every_sample_imports_with_its_study_and_raw_record(profile: Any) -> None:
    report = trials.import_trial_files(profile, SAMPLES, now=NOW)
    assert [f.name for f in report.files] == [p.name for p in SAMPLES]
    assert report.count("added") == len(report.trials) == 10
    assert report.describe() == "10 trials: 10 added."
    with profile.session_factory() as s:
        stored = {t.nct_id: t for t in s.scalars(select(m.Trial))}
        for path in SAMPLES:
            for imported in read_trial_path(path):
                t = stored[imported.study.nct_id]
                assert t.study == imported.study.to_dict()
                assert t.record == imported.raw
                assert t.title == imported.study.title
                assert t.status == imported.study.overall_status
                assert t.phases == imported.study.phases
                assert t.source_format == imported.study.source_format
                assert t.imported_at == NOW
                assert t.interest == "considering" and t.notes == "" and t.last_changes == []
    rows = {r.nct_id: r for r in trials.list_trials(profile)}
    assert list(rows) == sorted(rows)
    assert rows["NCT06388018"].status == "RECRUITING" and rows["NCT06388018"].phases == ("PHASE2",)
    assert rows["NCT00023673"].phases == ("PHASE1", "PHASE2")
    assert rows["NCT09000001"].phases == ("PHASE2", "PHASE3")
    assert rows["NCT05594173"].phases == ()
    detail = trials.get_trial(profile, "NCT00023673")
    assert detail.source_format == "classic" and detail.has_record
    assert detail.study.title.startswith("Radiation Therapy Combined With Paclitaxel")
    assert trials.get_trial(profile, "nct09000001").source_format == "csv"
    site = trials.get_trial(profile, "NCT06388018").study.sites[0]
    assert site.facility == "Women and Infants Hospital" and site.contacts[0].phone == "401-274-1122"


def test_import_tells_the_ui_once(profile: Any) -> None:
    from careorganiser.services.base import bus_of

    seen = []
    bus_of(profile).subscribe(seen.append)
    report = trials.import_trial_files(profile, [SEARCH, SINGLE])
    assert len(seen) == 1 and seen[0].areas == {"trials"} and seen[0].ids("trials") == set(report.trial_ids)


def changed_search_file(tmp_path: Path) -> Path:
    document = json.loads(SEARCH.read_text(encoding="utf-8"))
    ps = document["studies"][0]["protocolSection"]
    ps["statusModule"]["overallStatus"] = "ACTIVE_NOT_RECRUITING"
    ps["contactsLocationsModule"]["locations"].append(
        {"facility": "Example Cancer Centre", "city": "Leeds", "country": "United Kingdom", "status": "RECRUITING"})
    ps["eligibilityModule"]["eligibilityCriteria"] += "\n* A new criterion"
    return write(tmp_path, "changed.json", json.dumps(document))


def test_reimport_updates_the_facts_keeps_notes_and_interest_and_shows_what_changed(profile: Any,
                                                                                     tmp_path: Path) -> None:
    first = trials.import_trial_files(profile, [SEARCH], now=NOW)
    trial_id = first.trial_ids[0]
    trials.set_interest(profile, "NCT06388018", "contacted")
    trials.set_notes(profile, trial_id, "Rang the coordinator on Monday.")

    later = NOW + timedelta(days=30)
    report = trials.import_trial_files(profile, [changed_search_file(tmp_path)], now=later)
    (result,) = report.trials
    assert (result.trial_id, result.outcome) == (trial_id, "updated")
    labels = {c.label: c for c in result.changes}
    assert (labels["Status"].before, labels["Status"].after) == ("Recruiting", "Active, not recruiting")
    assert labels["Site added"].after == "Example Cancer Centre, Leeds, United Kingdom"
    assert "Eligibility criteria" in labels

    detail = trials.get_trial(profile, trial_id)
    assert detail.interest == "contacted" and detail.notes == "Rang the coordinator on Monday."
    assert detail.status == "ACTIVE_NOT_RECRUITING" and detail.imported_at == later
    assert len(detail.study.sites) == 2
    assert [c.label for c in detail.last_changes] == [c.label for c in result.changes]
    assert trials.list_trials(profile)[0].has_changes
    assert "Status: Recruiting \u2192 Active, not recruiting" in [trials.change_text(c) for c in detail.last_changes]
    assert trials.change_text(labels["Eligibility criteria"]) == "Eligibility criteria: changed"

    again = trials.import_trial_files(profile, [changed_search_file(tmp_path)], now=later)
    assert again.trials[0].outcome == "unchanged" and again.trials[0].changes == ()
    assert trials.get_trial(profile, trial_id).last_changes == ()
    assert trials.get_trial(profile, trial_id).interest == "contacted"


def test_a_trial_in_the_trash_is_restored_by_reimport(profile: Any) -> None:
    trial_id = trials.import_trial_files(profile, [SINGLE]).trial_ids[0]
    trials.set_notes(profile, trial_id, "kept")
    trash.delete(profile, "trial", trial_id)
    assert trials.list_trials(profile) == []
    with pytest.raises(NotFound):
        trials.get_trial(profile, trial_id)
    report = trials.import_trial_files(profile, [SINGLE])
    assert report.trials[0].outcome == "restored" and report.trial_ids == [trial_id]
    assert trials.get_trial(profile, trial_id).notes == "kept"


def test_the_same_study_in_two_files_of_one_import(profile: Any, tmp_path: Path) -> None:
    report = trials.import_trial_files(profile, [SEARCH, changed_search_file(tmp_path)])
    assert [t.outcome for t in report.trials] == ["added", "updated"]
    assert len(trials.list_trials(profile)) == 1


# ---------------------------------------------------------------------------------------------- refusals


def hostile_files(tmp_path: Path) -> dict[str, Path]:
    valid = SEARCH.read_text(encoding="utf-8")
    nested: Any = "deep"
    for _ in range(150):
        nested = [nested]
    deep = json.loads(SINGLE.read_text(encoding="utf-8"))
    deep["extra"] = nested
    huge = tmp_path / "huge.json"
    with huge.open("wb") as f:
        f.truncate(51 * 1024 * 1024)
    return {
        "truncated": write(tmp_path, "truncated.json", valid[: len(valid) // 2]),
        "binary": write(tmp_path, "binary.json", bytes(range(256)) * 4),
        "pdf": write(tmp_path, "record.json", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"),
        "huge": huge,
        "csv": write(tmp_path, "export.csv", "Study Title,Study Status\nA trial,RECRUITING\n"),
        "empty": write(tmp_path, "empty.json", b""),
        "other json": write(tmp_path, "other.json", '{"format": "careorganiser", "version": 1}'),
        "bad nct": write(tmp_path, "bad.json", valid.replace("NCT06388018", "NCT0638801X")),
        "too deep": write(tmp_path, "deep.json", json.dumps(deep)),
        "missing": tmp_path / "not-there.json",
        "folder": tmp_path,
    }


@pytest.mark.parametrize("kind", ["truncated", "binary", "pdf", "huge", "csv", "empty", "other json", "bad nct",
                                  "too deep", "missing", "folder"])
def test_bad_files_are_refused_whole_with_one_clear_sentence(profile: Any, tmp_path: Path, kind: str) -> None:
    trials.import_trial_files(profile, [SINGLE])
    trials.set_notes(profile, "NCT00763412", "before")
    before = snapshot(profile)
    bad = hostile_files(tmp_path)[kind]
    with pytest.raises(trials.TrialImportError) as caught:
        trials.import_trial_files(profile, [SEARCH, bad])
    message = str(caught.value)
    assert "\n" not in message and message.endswith("Nothing was imported.")
    assert bad.name in message and len(message) < 300
    assert snapshot(profile) == before


def test_messages_say_what_is_wrong(profile: Any, tmp_path: Path) -> None:
    files = hostile_files(tmp_path)

    def refusal(kind: str) -> str:
        with pytest.raises(trials.TrialImportError) as caught:
            trials.import_trial_files(profile, [files[kind]])
        return str(caught.value)

    assert "not complete, valid JSON" in refusal("truncated")
    assert "is not a text file in UTF-8" in refusal("binary")
    assert refusal("pdf").startswith("“record.json” is not a text file in UTF-8")
    assert "larger than 50 MB" in refusal("huge")
    assert "“NCT Number” column" in refusal("csv")
    assert "nested too deeply" in refusal("too deep")
    assert refusal("csv").endswith("Nothing was imported from it.")
    with pytest.raises(trials.TrialImportError, match="at least one file"):
        trials.import_trial_files(profile, [])
    assert snapshot(profile) == []


MUTATIONS = st.sampled_from(["", " ", "\x00", "\ud800", "NCT0123", "N/A", "RECRUITING", "-1", "x" * 5000]) \
    | st.none() | st.integers() | st.booleans() | st.just([]) | st.just({})


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow])
@given(data=st.binary(max_size=3000), name=st.sampled_from(["x.json", "x.csv", "x.txt"]))
def test_random_bytes_are_imported_or_refused_cleanly(profile: Any, data: bytes, name: str) -> None:
    check_import_or_clean_refusal(profile, data, name)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow])
@given(sample=st.sampled_from([SEARCH, SINGLE, FIXTURES / "classic-v1-fullstudies_NCT00023673_nsclc.json"]),
       data=st.data())
def test_mutated_samples_are_imported_or_refused_cleanly(profile: Any, sample: Path, data: st.DataObject) -> None:
    document = json.loads(sample.read_text(encoding="utf-8"))
    for _ in range(data.draw(st.integers(1, 5))):
        paths = []
        stack = [document]
        while stack:
            node = stack.pop()
            keys = list(node) if isinstance(node, dict) else range(len(node)) if isinstance(node, list) else []
            for key in keys:
                paths.append((node, key))
                stack.append(node[key])
        if not paths:
            break
        # An index rather than sampled_from(paths): the same choice, without hypothesis labelling a new
        # strategy over thousands of (node, key) pairs at every step.
        container, key = paths[data.draw(st.integers(0, len(paths) - 1))]
        if data.draw(st.booleans()):
            del container[key]
        else:
            container[key] = data.draw(MUTATIONS)
    text = json.dumps(document)
    if data.draw(st.booleans()):
        cut = data.draw(st.integers(0, len(text)))
        text = text[:cut]
    check_import_or_clean_refusal(profile, text.encode("utf-8", "surrogatepass"), sample.name)


def check_import_or_clean_refusal(profile: Any, data: bytes, name: str) -> None:
    before = snapshot(profile)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        try:
            report = trials.import_trial_files(profile, [path])
        except trials.TrialImportError as exc:
            assert str(exc) and "\n" not in str(exc)
            assert snapshot(profile) == before
            return
    for t in report.trials:
        detail = trials.get_trial(profile, t.trial_id)
        assert detail.has_record and detail.study.nct_id == t.nct_id
        json.dumps(detail.interchange(), ensure_ascii=False).encode("utf-8")
        trials.prescreen_trial(profile, t.trial_id, NOW)


# ---------------------------------------------------------------------------------------------- the caregiver's own


def test_add_by_nct_number_checks_the_number_and_refuses_a_duplicate(profile: Any) -> None:
    for bad, words in (("", "Enter the trial's NCT number"), ("NCT123", "is not an NCT number"),
                       ("12345678", "is not an NCT number"), ("NCT1234567X", "is not an NCT number")):
        with pytest.raises(ValidationError) as caught:
            trials.add_trial_manually(profile, bad)
        assert caught.value.field == "nct_id" and words in caught.value.message
    assert snapshot(profile) == []
    trial_id = trials.add_trial_manually(profile, " nct01234567 ", "Inhaled  drug\ttrial")
    detail = trials.get_trial(profile, trial_id)
    assert (detail.nct_id, detail.title, detail.has_record, detail.record) == (
        "NCT01234567", "Inhaled drug trial", False, None)
    assert detail.cautions == ()  # registered: it has an NCT number
    with pytest.raises(ValidationError, match="already saved") as caught:
        trials.add_trial_manually(profile, "NCT01234567")
    assert caught.value.field == "nct_id"
    with pytest.raises(ValidationError) as caught:
        trials.add_trial_manually(profile, "NCT01234568", "x" * (fields.limit("trials", "title") + 1))
    assert caught.value.field == "title"
    assert len(trials.list_trials(profile)) == 1
    assert trials.prescreen_trial(profile, trial_id, NOW) == []


def test_a_manual_trial_gets_its_record_on_import_and_keeps_the_caregivers_fields(profile: Any) -> None:
    trial_id = trials.add_trial_manually(profile, "NCT00763412")
    trials.set_interest(profile, trial_id, "screening")
    report = trials.import_trial_files(profile, [SINGLE])
    assert report.trials[0].outcome == "updated" and report.trials[0].changes == ()
    detail = trials.get_trial(profile, trial_id)
    assert detail.has_record and detail.interest == "screening" and detail.title.startswith("Pilot and Feasibility")


def test_interest_and_notes(profile: Any) -> None:
    trial_id = trials.import_trial_files(profile, [SINGLE]).trial_ids[0]
    with pytest.raises(ValidationError) as caught:
        trials.set_interest(profile, trial_id, "keen")
    assert caught.value.field == "interest" and "Considering" in caught.value.message
    for interest in trials.INTERESTS:
        trials.set_interest(profile, "NCT00763412", interest)
        assert trials.get_trial(profile, trial_id).interest == interest
    trials.set_notes(profile, trial_id, "  Line one\r\nLine two  ")
    assert trials.get_trial(profile, trial_id).notes == "Line one\nLine two"
    with pytest.raises(ValidationError) as caught:
        trials.set_notes(profile, trial_id, "bad \ud800 char")
    assert caught.value.field == "notes"
    with pytest.raises(NotFound, match="NCT99999999"):
        trials.set_notes(profile, "NCT99999999", "x")
    with pytest.raises(NotFound):
        trials.set_interest(profile, 9999, "declined")


def test_a_clinic_asking_for_payment_in_the_notes_shows_a_caution(profile: Any) -> None:
    trial_id = trials.import_trial_files(profile, [SINGLE]).trial_ids[0]
    assert trials.get_trial(profile, trial_id).cautions == ()
    trials.set_notes(profile, trial_id, "The clinic wants us to pay for the stem cell treatment up front.")
    (caution,) = trials.get_trial(profile, trial_id).cautions
    assert "paying to take part" in caution


def test_words_for_people() -> None:
    assert trials.interest_label("not_eligible") == "Not eligible"
    assert trials.phase_explained(["PHASE2"]).startswith("A larger group")
    assert trials.phase_explained(["PHASE1", "PHASE2"]).startswith("Phase 1: ")
    assert trials.phase_explained([]) == "The record does not give a phase."
    assert trials.prescreen_status_label("fits") == "\u2713 Fits"
    assert trials.prescreen_status_label("conflicts") == "\u2717 Conflicts"
    assert trials.status_explained("RECRUITING") == "It is looking for participants now."


# ---------------------------------------------------------------------------------------------- pre-screen


def by_text(items: list[Any]) -> dict[str, Any]:
    return {item.text: item for item in items}


def test_prescreen_on_the_demo_trial(demo_profile: Any) -> None:
    items = trials.prescreen_trial(demo_profile, "NCT09900001", DEMO_NOW)
    study = trials.get_trial(demo_profile, "NCT09900001").study
    from careorganiser.trials.eligibility import split_criteria

    assert [i.text for i in items] == [c.full_text for c in split_criteria(study.eligibility_criteria)]
    found = by_text(items)
    fvc = found["FVC 45% to 90% of predicted value (including 45% and 90%) at screening"]
    assert (fvc.kind, fvc.status, fvc.measurement, fvc.value) == ("inclusion", "fits", "fvc_percent_predicted", 61.0)
    assert fvc.taken_at is not None and fvc.taken_at < DEMO_NOW
    dlco = found["DLCO (corrected for haemoglobin) 25-79% predicted within the previous 3 months"]
    assert (dlco.status, dlco.measurement, dlco.value) == ("fits", "dlco_percent_predicted", 42.0)
    assert found["FEV1/FVC ratio >= 0.70"].status == "fits"
    alt = found["ALT or AST > 3 x ULN"]
    assert (alt.kind, alt.status) == ("exclusion", "fits")
    assert found["Total bilirubin > 1.5 x ULN"].status == "fits"
    assert found["Six-minute walk distance < 150 m"].status == "fits"
    assert found["Age 40 years or older"].status == "fits" and found["Age 40 years or older"].value == 75.0
    assert found["Current smoker"].status == "ask_trial_team"
    assert found["Diagnosis of IPF according to current ATS/ERS/JRS/ALAT guidelines"].status == "fits"  # conditions
    limits = trials.record_limits_trial(demo_profile, "NCT09900001", DEMO_NOW)
    assert [i.status for i in limits] == ["fits"]


def test_prescreen_conflicts_and_no_data_follow_the_measurements(demo_profile: Any) -> None:
    measurements.add_measurement(demo_profile, DEMO_NOW - timedelta(days=1), "alt_u_l", 200,
                                 source="lab", range_low=7, range_high=56)
    found = by_text(trials.prescreen_trial(demo_profile, "NCT09900001", DEMO_NOW))
    alt = found["ALT or AST > 3 x ULN"]
    assert (alt.status, alt.measurement, alt.value) == ("conflicts", "alt_u_l", 200.0)
    # Four months on, the DLCO from November is older than the item's 3 months: no recent data.
    later = by_text(trials.prescreen_trial(demo_profile, "NCT09900001", DEMO_NOW + timedelta(days=120)))
    assert later["DLCO (corrected for haemoglobin) 25-79% predicted within the previous 3 months"].status == "no_data"
    # A measurement in the trash does not count.
    with demo_profile.session_factory() as s:
        dlco_ids = s.scalars(select(m.Measurement.id).where(m.Measurement.kind == "dlco_percent_predicted")).all()
    for x in dlco_ids:
        trash.delete(demo_profile, "measurement", x)
    now = by_text(trials.prescreen_trial(demo_profile, "NCT09900001", DEMO_NOW))
    item = now["DLCO (corrected for haemoglobin) 25-79% predicted within the previous 3 months"]
    assert (item.status, item.value) == ("no_data", None)


def test_prescreen_without_a_person_date_of_birth(profile: Any) -> None:
    trials.import_trial_files(profile, [SEARCH])
    items = trials.record_limits_trial(profile, "NCT06388018", NOW)
    assert items and items[0].status == "no_data"


# ---------------------------------------------------------------------------------------------- questions


def test_template_questions_are_linked_to_the_trial_and_the_next_appointment(demo_profile: Any) -> None:
    trial_id = trials.get_trial(demo_profile, "NCT09900001").id
    choices = trials.template_choices(demo_profile, trial_id)
    assert {"registered", "phase", "risks", "standard_care", "leaving"} <= {c.key for c in choices}
    assert not any(c.already_added for c in choices)
    assert "NCT09900001" in next(c.text for c in choices if c.key == "registered")
    before = len(questions.list_questions(demo_profile))
    added = trials.add_trial_questions(demo_profile, trial_id, ["registered", "risks"], DEMO_NOW)
    assert len(added.question_ids) == 2 and added.skipped == ()
    rows = {q.id: q for q in questions.list_questions(demo_profile)}
    assert len(rows) == before + 2
    for qid in added.question_ids:
        q = rows[qid]
        assert q.trial_id == trial_id and q.trial_nct_id == "NCT09900001"
        assert q.appointment_id == added.appointment_id is not None
        assert q.priority == "high" and q.status == "open"
    assert added.appointment_label.startswith("ILD review")
    again = trials.add_trial_questions(demo_profile, trial_id, ["registered", "phase"], DEMO_NOW)
    assert again.skipped == ("registered",) and len(again.question_ids) == 1
    marked = {c.key: c.already_added for c in trials.template_choices(demo_profile, trial_id)}
    assert marked["registered"] and marked["risks"] and marked["phase"] and not marked["leaving"]


def test_template_questions_without_an_appointment_and_bad_choices(profile: Any) -> None:
    trial_id = trials.import_trial_files(profile, [SINGLE]).trial_ids[0]
    added = trials.add_trial_questions(profile, trial_id, ["goals"], NOW)
    assert added.appointment_id is None
    (q,) = questions.list_questions(profile)
    assert q.appointment_id is None and q.trial_id == trial_id
    with pytest.raises(ValidationError) as caught:
        trials.add_trial_questions(profile, trial_id, [], NOW)
    assert caught.value.field == "templates"
    with pytest.raises(ValidationError, match="no question template"):
        trials.add_trial_questions(profile, trial_id, ["goals", "nonsense"], NOW)
    with pytest.raises(NotFound):
        trials.add_trial_questions(profile, 999, ["goals"], NOW)
    assert len(questions.list_questions(profile)) == 1


# ---------------------------------------------------------------------------------------------- interchange


def test_csv_trials_keep_their_study_through_export_and_import(profile: Any) -> None:
    from careorganiser.services import profiles as svc
    from careorganiser.store import profiles

    trials.import_trial_files(profile, [FIXTURES / "csv-download_two-studies.csv", SEARCH])
    document = svc.export_profile(profile)
    other = profiles.create_profile("Other")
    try:
        svc.import_into(other, copy.deepcopy(document))
        for nct_id in ("NCT09000001", "NCT06388018"):
            assert trials.get_trial(other, nct_id).study == trials.get_trial(profile, nct_id).study
    finally:
        other.close()


def test_study_from_record() -> None:
    (imported,) = read_trial_path(SINGLE)
    assert trials.study_from_record(imported.raw) == imported.study
    assert trials.study_from_record({}) is None
    assert trials.study_from_record({"something": "else"}) is None
    assert isinstance(trials.study_from_record({"NCT Number": "NCT01234567", "Study Title": "T"}), Study)


# ---------------------------------------------------------------------------------------------- online


@pytest.fixture
def registry() -> Iterator[str]:
    with serve_registry() as url:
        yield url


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_online_look_up_uses_the_profile_address_and_saves_like_an_import(profile: Any, registry: str) -> None:
    assert trials.ctgov_base_url(profile) == "https://clinicaltrials.gov/api/v2"
    with pytest.raises(ValidationError):
        trials.set_ctgov_base_url(profile, "ftp://example.org")
    trials.set_ctgov_base_url(profile, registry)
    assert trials.ctgov_base_url(profile) == registry
    imported = trials.lookup_online("nct00763412", trials.ctgov_base_url(profile))
    assert imported.study.nct_id == "NCT00763412"
    assert snapshot(profile) == []  # looking up stores nothing by itself
    report = trials.save_looked_up(profile, imported, now=NOW)
    assert report.trials[0].outcome == "added"
    assert trials.get_trial(profile, "NCT00763412").record == imported.raw
    with pytest.raises(trials.TrialLookupFailed, match="no study NCT00000001"):
        trials.lookup_online("NCT00000001", registry)
    trials.set_ctgov_base_url(profile, "")
    assert trials.ctgov_base_url(profile) == "https://clinicaltrials.gov/api/v2"


def test_online_look_up_offline_is_one_clear_sentence() -> None:
    with pytest.raises(trials.TrialLookupFailed) as caught:
        trials.lookup_online("NCT00763412", f"http://127.0.0.1:{closed_port()}/api/v2", timeout=5)
    assert "could not be reached" in str(caught.value) and "offline" in str(caught.value)
    with pytest.raises(trials.TrialLookupFailed, match="not an NCT number"):
        trials.lookup_online("hello", "http://127.0.0.1:1/api/v2")
