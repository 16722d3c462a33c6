"""Readers of saved ClinicalTrials.gov records: every sample file, CSV downloads, refusals, re-import diffs."""

from __future__ import annotations

import copy
import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from careorganiser.trials.diff import StudyChange, diff_studies
from careorganiser.trials.eligibility import split_criteria
from careorganiser.trials.model import Contact, Site, Study, is_valid_nct_id
from careorganiser.trials.readers import (
    MAX_FILE_BYTES,
    ImportedStudy,
    TrialFileError,
    read_trial_file,
    read_trial_path,
)

FIXTURES = Path(__file__).parent / "fixtures" / "ctgov"
SAMPLES = sorted(FIXTURES.glob("*.json"))


def read(name: str) -> list[ImportedStudy]:
    path = FIXTURES / name
    return read_trial_file(path.read_bytes(), path.name)


def only(name: str) -> Study:
    imported = read(name)
    assert len(imported) == 1
    return imported[0].study


def assert_valid(imported: list[ImportedStudy]) -> None:
    """What every successful import guarantees, whatever the input."""
    assert imported
    for item in imported:
        study = item.study
        assert is_valid_nct_id(study.nct_id)
        assert isinstance(item.raw, dict)
        as_json = json.dumps(study.to_dict(), ensure_ascii=False, allow_nan=False)
        as_json.encode("utf-8")
        json.dumps(item.raw, ensure_ascii=False, allow_nan=False).encode("utf-8")
        assert Study.from_dict(json.loads(as_json)) == study
        assert study.source_format in ("v2", "classic", "csv")


# ---------------------------------------------------------------------------------------------
# The sample files


def test_fixtures_are_the_shared_samples_byte_for_byte() -> None:
    shared = Path(__file__).parents[2] / "shared" / "ctgov-samples"
    assert shared.is_dir(), f"the shared samples folder is missing: {shared} (../shared beside the project root)"
    samples = sorted(shared.glob("*.json"))
    assert samples, f"no samples in {shared}"
    for sample in samples:
        assert (FIXTURES / sample.name).read_bytes() == sample.read_bytes()


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_every_sample_imports_with_its_raw_record(path: Path) -> None:
    imported = read_trial_file(path.read_bytes(), path.name)
    assert_valid(imported)
    for item in imported:
        assert item.study.eligibility_criteria
        assert "\\" not in item.study.eligibility_criteria
        assert "\r" not in item.study.eligibility_criteria
        assert item.study.url == f"https://clinicaltrials.gov/study/{item.study.nct_id}"
        assert split_criteria(item.study.eligibility_criteria)


def test_v2_single_completed_study_with_results() -> None:
    imported = read("v2-single-study_NCT00763412_cystic-fibrosis.json")
    study, raw = imported[0].study, imported[0].raw
    assert raw["protocolSection"]["identificationModule"]["nctId"] == "NCT00763412"
    assert "resultsSection" in raw
    assert study.nct_id == "NCT00763412"
    assert study.brief_title == "Pilot and Feasibility Study for the Treatment of Pre-diabetes in Patients With Cystic Fibrosis"
    assert study.official_title == study.brief_title
    assert study.overall_status == "COMPLETED"
    assert study.status_label() == "Completed"
    assert study.phases == ["NA"]
    assert study.phase_label() == "Not applicable"
    assert study.study_type == "INTERVENTIONAL"
    assert (study.enrollment, study.enrollment_type) == (31, "ACTUAL")
    assert study.start_date == "2006-11"
    assert (study.primary_completion_date, study.primary_completion_date_type) == ("2013-01", "ACTUAL")
    assert study.first_posted == "2008-10-01"
    assert study.last_update_posted == "2017-06-05"
    assert study.conditions == ["Cystic Fibrosis Related Diabetes", "Pancreatic Insufficiency"]
    assert "Repaglinide" in study.keywords
    assert [(i.type, i.name, i.arm_group_labels) for i in study.interventions] == [
        ("DRUG", "placebo", ["1 Placebo"]), ("DRUG", "repaglinide", ["2. repaglinide"])]
    assert [(a.label, a.type, a.interventions) for a in study.arms] == [
        ("1 Placebo", "PLACEBO_COMPARATOR", ["Drug: placebo"]),
        ("2. repaglinide", "EXPERIMENTAL", ["Drug: repaglinide"])]
    assert len(study.primary_outcomes) == 3 and study.primary_outcomes[0].measure
    assert study.primary_outcomes[0].time_frame
    assert (study.minimum_age, study.maximum_age) == ("12 Years", "24 Years")
    assert (study.min_age_years, study.max_age_years) == (12.0, 24.0)
    assert study.sex == "ALL"
    assert study.healthy_volunteers is False
    assert study.sponsor == "Arbelaez, Ana Maria"
    assert "Novo Nordisk A/S" in study.collaborators
    assert len(study.sites) == 1
    assert study.sites[0].facility == "Washington University School of Medicine"
    assert (study.sites[0].city, study.sites[0].state, study.sites[0].zip) == ("Saint Louis", "Missouri", "63110")
    assert study.central_contacts == []
    assert study.overall_officials[0].role == "STUDY_CHAIR"
    # Unescaped: the record says "\\<126 mg/dl" and "\\>200 mg/dl".
    assert "fasting blood glucose <126 mg/dl" in study.eligibility_criteria
    assert ">200 mg/dl" in study.eligibility_criteria
    assert study.source_format == "v2"


def test_v2_search_response_recruiting_with_site_contacts() -> None:
    imported = read("v2-search-response_NCT06388018_recruiting.json")
    assert len(imported) == 1
    study, raw = imported[0].study, imported[0].raw
    assert "protocolSection" in raw and "studies" not in raw  # the study, not the whole response
    assert study.nct_id == "NCT06388018"
    assert study.brief_title == "Tailoring Therapy in Post-surgical Patients With Low-risk Endometrial Cancer"
    assert study.official_title.startswith("A Phase II Study of Tailored Adjuvant Therapy")
    assert study.overall_status == "RECRUITING"
    assert study.status_label() == "Recruiting"
    assert study.phases == ["PHASE2"] and study.phase_label() == "Phase 2"
    assert (study.enrollment, study.enrollment_type) == (325, "ESTIMATED")
    assert (study.start_date, study.start_date_type) == ("2025-01-16", "ESTIMATED")
    assert (study.completion_date, study.completion_date_type) == ("2027-01-16", "ESTIMATED")
    assert (study.minimum_age, study.maximum_age, study.max_age_years) == ("18 Years", "", None)
    assert study.sex == "FEMALE"
    assert study.collaborators == ["National Cancer Institute (NCI)", "Canadian Cancer Trials Group (CCTG)"]
    assert len(study.arms) == 3
    site = study.sites[0]
    assert (site.facility, site.city, site.status) == ("Women and Infants Hospital", "Providence", "RECRUITING")
    assert [(c.name, c.role, c.phone) for c in site.contacts] == [
        ("Site Public Contact", "CONTACT", "401-274-1122"), ("Matthew T. Oliver", "PRINCIPAL_INVESTIGATOR", "")]
    assert "Patients' age must be >= 18 years" in study.eligibility_criteria
    assert "\\[sentinel or full lymphadenectomy\\]" not in study.eligibility_criteria
    assert "[sentinel or full lymphadenectomy]" in study.eligibility_criteria


def test_v2_single_study_with_42_locations() -> None:
    study = only("v2-single-study_NCT02210780.json")
    assert study.nct_id == "NCT02210780"
    assert study.brief_title == "Study of Dupilumab and Immune Responses in Adults With Atopic Dermatitis (AD)"
    assert study.overall_status == "COMPLETED" and study.phases == ["PHASE2"]
    assert (study.min_age_years, study.max_age_years) == (18.0, 64.0)
    assert len(study.sites) == 42
    assert study.sites[0].facility == "" and study.sites[0].city == "Birmingham"
    assert study.sponsor == "Regeneron Pharmaceuticals" and study.collaborators == ["Sanofi"]
    assert study.eligibility_criteria.startswith("Key Inclusion Criteria:")
    assert "[Eichenfeld 2004]" in study.eligibility_criteria
    assert "Patients needing >10 mg of daily prednisone" in study.eligibility_criteria


def test_v2_observational_study_without_phases() -> None:
    study = only("v2-single-study_NCT05594173.json")
    assert study.study_type == "OBSERVATIONAL"
    assert study.phases == [] and study.phase_label() == ""
    assert study.acronym == "NIH_HVX6"
    assert (study.minimum_age, study.maximum_age) == ("18 Years", "60 Years")
    assert study.healthy_volunteers is True
    assert study.interventions[0].name == "Food texture modification"
    assert study.arms == []
    assert len(study.sites) == 1


def test_v2_crlf_file_not_yet_recruiting_with_central_contacts() -> None:
    path = FIXTURES / "v2-single-study_NCT06171568.json"
    assert b"\r\n" in path.read_bytes()
    study = only(path.name)
    assert study.overall_status == "NOT_YET_RECRUITING"
    assert study.status_label() == "Not yet recruiting"
    assert study.brief_title == "Lariboisière Cognitive Assessment: Evaluation of the 1-year Outcomes"
    assert study.acronym == "ECOG"
    assert (study.minimum_age, study.maximum_age) == ("18 Years", "")
    assert (study.min_age_years, study.max_age_years) == (18.0, None)
    assert [(c.name, c.email) for c in study.central_contacts] == [
        ("Camille Heslot, MD", "camille.heslot@aphp.fr"), ("Alexis Schnitzler, MD, PhD", "alexis.schnitzler@aphp.fr")]
    assert study.central_contacts[0].phone == "01.49.95.81.69"
    assert len(study.sites) == 1 and len(study.sites[0].contacts) == 2
    assert study.eligibility_criteria == "Inclusion Criteria:\n\n* Patient over 18 years..."
    assert study.sponsor == "Assistance Publique - Hôpitaux de Paris"


def test_classic_full_studies_response() -> None:
    imported = read("classic-v1-fullstudies_NCT00023673_nsclc.json")
    study, raw = imported[0].study, imported[0].raw
    assert "ProtocolSection" in raw
    assert study.source_format == "classic"
    assert study.nct_id == "NCT00023673"
    assert study.brief_title.startswith("Radiation Therapy Combined With Paclitaxel and Carboplatin")
    assert study.official_title.startswith("A Phase I/II Dose Intensification Study")
    assert study.overall_status == "COMPLETED"
    assert study.phases == ["PHASE1", "PHASE2"]
    assert study.phase_label() == "Phase 1/2"
    assert study.study_type == "INTERVENTIONAL"
    assert (study.enrollment, study.enrollment_type) == (63, "ACTUAL")
    assert study.start_date == "2001-07"  # "July 2001"
    assert study.last_update_posted == "2017-12-22"  # "December 22, 2017"
    assert study.first_posted == "2003-04-09"
    assert (study.minimum_age, study.min_age_years) == ("", None)  # no MinimumAge in this record
    assert study.sex == "ALL" and study.healthy_volunteers is False
    assert study.conditions == ["Lung Cancer"] and len(study.keywords) == 6
    assert [i.type for i in study.interventions] == ["DRUG", "DRUG", "RADIATION"]
    assert study.interventions[0].arm_group_labels
    assert len(study.arms) == 4 and study.arms[0].type == "EXPERIMENTAL"
    assert study.arms[0].interventions[0] == "Drug: carboplatin"
    assert len(study.primary_outcomes) == 2 and study.primary_outcomes[0].time_frame
    assert len(study.secondary_outcomes) == 4
    assert study.sponsor == "Radiation Therapy Oncology Group"
    assert study.collaborators == ["National Cancer Institute (NCI)"]
    assert len(study.sites) > 40
    assert study.sites[0].facility == "Mobile Infirmary Medical Center"
    assert study.overall_officials[0].role == "STUDY_CHAIR"
    assert "Bilirubin less than 1.5 mg/dL" in study.eligibility_criteria


def test_single_classic_full_study_and_bare_study() -> None:
    document = json.loads((FIXTURES / "classic-v1-fullstudies_NCT00023673_nsclc.json").read_text(encoding="utf-8"))
    full_study = document["FullStudiesResponse"]["FullStudies"][0]
    for shape in ({"FullStudy": full_study}, {"Study": full_study["Study"]}, full_study["Study"]):
        imported = read_trial_file(json.dumps(shape).encode(), "saved.json")
        assert [i.study.nct_id for i in imported] == ["NCT00023673"]
        assert imported[0].study.source_format == "classic"


def test_a_list_of_v2_studies_and_duplicates_kept_once() -> None:
    study = json.loads((FIXTURES / "v2-single-study_NCT05594173.json").read_text(encoding="utf-8"))
    other = json.loads((FIXTURES / "v2-single-study_NCT02210780.json").read_text(encoding="utf-8"))
    imported = read_trial_file(json.dumps({"studies": [study, other, study]}).encode(), "search.json")
    assert [i.study.nct_id for i in imported] == ["NCT05594173", "NCT02210780"]
    imported = read_trial_file(json.dumps([study, other]).encode(), "list.json")
    assert len(imported) == 2


def test_missing_modules_and_fields_are_tolerated() -> None:
    minimal = {"protocolSection": {"identificationModule": {"nctId": "NCT01234567"}}}
    [imported] = read_trial_file(json.dumps(minimal).encode(), "minimal.json")
    study = imported.study
    assert study.nct_id == "NCT01234567"
    assert study.brief_title == "" and study.phases == [] and study.sites == [] and study.enrollment is None
    assert study.title == "NCT01234567"
    retyped = {"protocolSection": {"identificationModule": {"nctId": "NCT01234567", "briefTitle": ["x"]},
                                   "statusModule": "RECRUITING", "designModule": {"phases": "PHASE3",
                                   "enrollmentInfo": {"count": "12"}},
                                   "contactsLocationsModule": {"locations": [None, 3, {"city": 7}]}}}
    [imported] = read_trial_file(json.dumps(retyped).encode(), "retyped.json")
    assert imported.study.brief_title == "" and imported.study.overall_status == ""
    assert imported.study.phases == ["PHASE3"] and imported.study.enrollment == 12
    assert [s.city for s in imported.study.sites] == ["7"]


def test_lower_case_nct_id_is_normalised() -> None:
    record = {"protocolSection": {"identificationModule": {"nctId": " nct01234567 "}}}
    assert read_trial_file(json.dumps(record).encode())[0].study.nct_id == "NCT01234567"


def test_byte_order_mark_is_accepted() -> None:
    data = "\ufeff".encode() + (FIXTURES / "v2-single-study_NCT05594173.json").read_bytes()
    assert read_trial_file(data, "bom.json")[0].study.nct_id == "NCT05594173"


def test_read_trial_path_reads_a_file(tmp_path: Path) -> None:
    target = tmp_path / "saved.json"
    target.write_bytes((FIXTURES / "v2-single-study_NCT05594173.json").read_bytes())
    assert read_trial_path(target)[0].study.nct_id == "NCT05594173"


# ---------------------------------------------------------------------------------------------
# CSV downloads


def test_csv_download_with_all_columns_and_multi_values() -> None:
    imported = read("csv-download_two-studies.csv")
    assert_valid(imported)
    first, second = (i.study for i in imported)
    assert imported[0].raw["NCT Number"] == "NCT09000001"
    assert imported[0].raw["Study Design"].startswith("Allocation: RANDOMIZED")
    assert first.source_format == "csv"
    assert first.brief_title == "Example Study of an Inhaled Antifibrotic in Idiopathic Pulmonary Fibrosis"
    assert first.acronym == "EXAMPLE-IPF"
    assert first.overall_status == "RECRUITING"
    assert first.phases == ["PHASE2", "PHASE3"] and first.phase_label() == "Phase 2/3"
    assert first.conditions == ["Idiopathic Pulmonary Fibrosis", "Interstitial Lung Disease"]
    assert [(i.type, i.name) for i in first.interventions] == [("DRUG", "Example inhaled drug"), ("DRUG", "Placebo")]
    assert len(first.primary_outcomes) == 2
    assert first.sponsor == "Example Sponsor Ltd"
    assert first.collaborators == ["Example University", "Example Research Network"]
    assert (first.minimum_age, first.maximum_age) == ("40 Years", "80 Years")
    assert (first.min_age_years, first.max_age_years) == (40.0, 80.0)
    assert first.sex == "ALL" and first.enrollment == 320 and first.study_type == "INTERVENTIONAL"
    assert (first.start_date, first.primary_completion_date) == ("2026-01-15", "2027-12")
    assert first.last_update_posted == "2026-10-20"
    assert "a line break and >= escapes" in first.brief_summary
    assert [(s.facility, s.city, s.state, s.zip, s.country) for s in first.sites] == [
        ("Royal Example Hospital", "London", "", "SW3 6NP", "United Kingdom"),
        ("Example University Medical Center", "Boston", "Massachusetts", "02115", "United States"),
        ("", "Toronto", "Ontario", "", "Canada")]
    assert first.eligibility_criteria == "" and first.central_contacts == []
    assert second.sex == "FEMALE" and second.phases == [] and second.study_type == "OBSERVATIONAL"
    assert (second.minimum_age, second.maximum_age) == ("18 Years", "")
    assert second.sites[0].facility == "Example Lupus Clinic"


def test_csv_download_with_few_columns() -> None:
    imported = read_trial_file((FIXTURES / "csv-download_few-columns.csv").read_bytes(), "few.csv")
    assert_valid(imported)
    assert [(i.study.nct_id, i.study.overall_status, i.study.phases) for i in imported] == [
        ("NCT09000003", "NOT_YET_RECRUITING", ["EARLY_PHASE1"]),
        ("NCT09000004", "ACTIVE_NOT_RECRUITING", ["NA"])]
    assert imported[0].study.phase_label() == "Early phase 1"
    assert imported[1].study.conditions == ["Sarcoidosis", "Pulmonary Hypertension"]
    assert imported[1].raw == {"NCT Number": "NCT09000004", "Study Title": "Example Device Study",
                               "Study Status": "ACTIVE_NOT_RECRUITING",
                               "Conditions": "Sarcoidosis|Pulmonary Hypertension", "Phases": "NA"}


def test_old_style_csv_with_readable_values_and_semicolons() -> None:
    text = ("Rank;NCT Number;Title;Status;Phases;Gender;Age;Sponsor/Collaborators;Start Date\n"
            "1;NCT04333550;Application of Desferal;Recruiting;Phase 1|Phase 2;All;"
            "3 Years to 99 Years   (Child, Adult, Older Adult);Kermanshah University|Another Org;April 2020\n")
    [imported] = read_trial_file(text.encode(), None)
    study = imported.study
    assert (study.brief_title, study.overall_status, study.phases) == (
        "Application of Desferal", "RECRUITING", ["PHASE1", "PHASE2"])
    assert (study.sex, study.minimum_age, study.maximum_age) == ("ALL", "3 Years", "99 Years")
    assert (study.sponsor, study.collaborators) == ("Kermanshah University", ["Another Org"])
    assert study.start_date == "2020-04"


# ---------------------------------------------------------------------------------------------
# Refusals: clear, naming the file, nothing imported


def refused(data: bytes, filename: str | None = "saved.json") -> str:
    with pytest.raises(TrialFileError) as info:
        read_trial_file(data, filename)
    message = str(info.value)
    assert message.endswith(".") and "\n" not in message
    if filename:
        assert Path(filename).name in message
    return message


def test_refuses_binary_and_non_utf8() -> None:
    assert "UTF-8" in refused(b"\x89PNG\r\n\x1a\n\xff\xfe\x00\x00", "photo.png")
    assert "binary" in refused(b"{\"a\": 1}\x00\x00", "odd.json")
    assert "UTF-8" in refused("NCT Number\nNCT01234567\n".encode("utf-16"), "utf16.csv")


def test_refuses_empty_and_truncated_json() -> None:
    assert "empty" in refused(b"   \n", "empty.json")
    data = (FIXTURES / "v2-single-study_NCT00763412_cystic-fibrosis.json").read_bytes()
    message = refused(data[: len(data) // 2], "cut.json")
    assert "not complete" in message and "line" in message


def test_refuses_json_of_another_shape() -> None:
    for document in ({"format": "careorganiser", "version": 1}, [1, 2, 3], "text", 42, None, {"studies": "x"},
                     {"FullStudiesResponse": []}):
        assert "not a ClinicalTrials.gov record" in refused(json.dumps(document).encode(), "other.json")


def test_refuses_nan_and_deep_nesting() -> None:
    refused(b'{"protocolSection": {"identificationModule": {"nctId": "NCT01234567", "x": NaN}}}', "nan.json")
    refused(b"[" * 100_000 + b"]" * 100_000, "deep.json")


def test_refuses_csv_without_nct_number_column() -> None:
    message = refused(b"Title,Status\nSomething,RECRUITING\n", "export.csv")
    assert "NCT Number" in message


def test_refuses_bad_nct_ids_all_or_nothing() -> None:
    good = {"protocolSection": {"identificationModule": {"nctId": "NCT01234567"}}}
    for bad_id in ("NCT1234567", "NCT012345678", "ISRCTN12345678", "NCT0123456X", 1234):
        bad = {"protocolSection": {"identificationModule": {"nctId": bad_id}}}
        message = refused(json.dumps({"studies": [good, bad]}).encode(), "search.json")
        assert "study 2" in message and "NCT" in message
    missing = {"protocolSection": {"identificationModule": {}}}
    assert "no NCT number" in refused(json.dumps({"studies": [good, missing]}).encode(), "search.json")
    assert "not a study record" in refused(json.dumps({"studies": [good, "NCT01234567"]}).encode(), "s.json")
    csv_text = "NCT Number,Study Title\nNCT01234567,Fine\nNCT123,Not fine\n"
    assert "“NCT123”" in refused(csv_text.encode(), "export.csv")


def test_refuses_files_without_studies() -> None:
    assert "no studies" in refused(b'{"studies": []}', "none.json")
    assert "no studies" in refused(b"NCT Number,Study Title\n", "none.csv")


def test_refuses_files_over_50_mb_before_parsing(tmp_path: Path) -> None:
    message = refused(b"{" + b" " * MAX_FILE_BYTES + b"}", "huge.json")
    assert "50 MB" in message
    sparse = tmp_path / "sparse.json"
    with sparse.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)
    with pytest.raises(TrialFileError, match="50 MB"):
        read_trial_path(sparse)


def test_refuses_more_than_10000_studies() -> None:
    studies = [{"protocolSection": {"identificationModule": {"nctId": f"NCT{n:08d}"}}} for n in range(10_001)]
    assert "10,000" in refused(json.dumps({"studies": studies}).encode(), "big.json")
    rows = "".join(f"NCT{n:08d},Title\n" for n in range(10_001))
    assert "10,000" in refused(("NCT Number,Study Title\n" + rows).encode(), "big.csv")
    assert len(read_trial_file(json.dumps({"studies": studies[:10_000]}).encode(), "ok.json")) == 10_000


def test_message_without_filename_says_the_file() -> None:
    assert refused(b"", None).startswith("The file is empty")


def test_unreadable_path_is_a_trial_file_error(tmp_path: Path) -> None:
    with pytest.raises(TrialFileError, match="could not be read"):
        read_trial_path(tmp_path / "missing.json")


# ---------------------------------------------------------------------------------------------
# Re-import: what changed


def test_diff_of_identical_studies_is_empty() -> None:
    study = only("v2-search-response_NCT06388018_recruiting.json")
    assert diff_studies(study, copy.deepcopy(study)) == []


def test_diff_reports_status_sites_contacts_dates_and_eligibility() -> None:
    old = only("v2-search-response_NCT06388018_recruiting.json")
    new = copy.deepcopy(old)
    new.overall_status = "ACTIVE_NOT_RECRUITING"
    new.completion_date, new.completion_date_type = "2028-03-01", "ESTIMATED"
    new.last_update_posted = "2025-02-01"
    new.enrollment, new.enrollment_type = 300, "ACTUAL"
    new.eligibility_criteria += "\n* New criterion"
    new.maximum_age = "80 Years"
    new.sites[0].status = "COMPLETED"
    new.sites[0].contacts[0].phone = "401-555-0100"
    new.sites.append(Site(facility="Example Cancer Centre", city="Leeds", country="United Kingdom", status="RECRUITING",
                          contacts=[Contact(name="Research Nurse", phone="0113 000 0000")]))
    new.central_contacts.append(Contact(name="Trial Office", email="office@example.org"))
    changes = diff_studies(old, new)
    by_label = {c.label: c for c in changes}
    assert by_label["Status"] == StudyChange("overall_status", "Status", "Recruiting", "Active, not recruiting")
    assert by_label["Completion date"].before == "2027-01-16 (estimated)"
    assert by_label["Completion date"].after == "2028-03-01 (estimated)"
    assert by_label["Enrollment"].before == "325 (estimated)" and by_label["Enrollment"].after == "300"
    assert by_label["Last update posted"].after == "2025-02-01"
    assert by_label["Eligibility criteria"].after.endswith("New criterion")
    assert by_label["Maximum age"] == StudyChange("maximum_age", "Maximum age", None, "80 Years")
    assert by_label["Site added"].after == "Example Cancer Centre, Leeds, United Kingdom"
    status_change = next(c for c in changes if c.label.startswith("Site status changed"))
    assert "Women and Infants Hospital" in status_change.label
    assert (status_change.before, status_change.after) == ("Recruiting", "Completed")
    details = by_label["Contact details changed"]
    assert "401-274-1122" in details.before and "401-555-0100" in details.after
    added_contacts = [c.after for c in changes if c.label == "Contact added"]
    assert any("Trial Office" in a for a in added_contacts) and any("Research Nurse" in a for a in added_contacts)
    json.dumps([c.to_dict() for c in changes])


def test_diff_reports_removed_sites_titles_and_phases() -> None:
    old = only("v2-single-study_NCT02210780.json")
    new = copy.deepcopy(old)
    removed = new.sites.pop(3)
    new.brief_title = "A new title"
    new.phases = ["PHASE2", "PHASE3"]
    changes = diff_studies(old, new)
    labels = [c.label for c in changes]
    assert labels.count("Site removed") == 1
    assert next(c for c in changes if c.label == "Site removed").before == removed.place()
    assert next(c for c in changes if c.field == "phases").after == "Phase 2/3"
    assert next(c for c in changes if c.field == "brief_title").after == "A new title"


def test_diff_between_formats_of_the_same_study() -> None:
    """A classic record re-imported as v2 differs only where the registry's content differs."""
    classic = only("classic-v1-fullstudies_NCT00023673_nsclc.json")
    assert diff_studies(classic, copy.deepcopy(classic)) == []


# ---------------------------------------------------------------------------------------------
# Hostile input: a list of valid studies or TrialFileError, never another exception


def outcome(data: bytes, filename: str | None) -> None:
    try:
        imported = read_trial_file(data, filename)
    except TrialFileError as error:
        assert str(error)
        return
    assert_valid(imported)


@settings(max_examples=200, deadline=None)
@given(data=st.binary(max_size=2000), name=st.sampled_from([None, "x.json", "x.csv", "x.bin"]))
def test_random_bytes(data: bytes, name: str | None) -> None:
    outcome(data, name)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda children: st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=20), children, max_size=5),
    max_leaves=30)

study_keys = st.sampled_from(["protocolSection", "studies", "FullStudiesResponse", "FullStudies", "Study",
                              "identificationModule", "nctId", "NCT01234567", "FullStudy", "ProtocolSection"])
shaped_values = st.recursive(
    st.none() | st.integers() | st.text(max_size=30) | st.just("NCT01234567"),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(study_keys, children, max_size=4),
    max_leaves=25)


@settings(max_examples=200, deadline=None)
@given(document=json_values | shaped_values, name=st.sampled_from([None, "x.json"]))
def test_random_json(document: Any, name: str | None) -> None:
    outcome(json.dumps(document).encode(), name)


@settings(max_examples=100, deadline=None)
@given(rows=st.lists(st.lists(st.text(max_size=30), max_size=6), max_size=6),
       header=st.lists(st.sampled_from(["NCT Number", "Study Title", "Phases", "Locations", "Age", "Enrollment",
                                        "Study Status", "Sex", "Interventions", ""]), min_size=1, max_size=8))
def test_random_csv(rows: list[list[str]], header: list[str]) -> None:
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    writer.writerows(rows)
    outcome(buffer.getvalue().encode("utf-8", "surrogatepass"), "x.csv")


ODD_STRINGS = st.sampled_from([
    "", " ", "\x00", "\ud800", "\udfff lone", "\u202eevil", "🫁" * 50, "x" * 200_000, "NCT01234567",
    "NCT0123", "\\>= 18", "Phase 1/Phase 2", "N/A", "RECRUITING", "-1", "1e308", "\r\n\r\n", "\ufeff",
]) | st.text()
REPLACEMENTS = ODD_STRINGS | st.none() | st.integers() | st.booleans() | st.floats(allow_nan=False) \
    | st.just([]) | st.just({}) | st.lists(ODD_STRINGS, max_size=3)


def paths_of(document: Any) -> list[tuple[Any, Any]]:
    found: list[tuple[Any, Any]] = []
    stack = [document]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            pairs: Any = node.items()
        elif isinstance(node, list):
            pairs = enumerate(node)
        else:
            continue
        for key, child in pairs:
            found.append((node, key))
            stack.append(child)
    return found


SAMPLE_TEXTS = {p.name: p.read_text(encoding="utf-8") for p in SAMPLES}  # parsed anew for each example


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=st.sampled_from(sorted(SAMPLE_TEXTS)), data=st.data())
def test_mutated_samples(name: str, data: st.DataObject) -> None:
    document = json.loads(SAMPLE_TEXTS[name])
    for _ in range(data.draw(st.integers(1, 6))):
        paths = paths_of(document)
        if not paths:
            break
        # An index rather than sampled_from(paths): the same choice, without hypothesis labelling a new
        # strategy over thousands of (node, key) pairs at every step (a third of this test's time).
        container, key = paths[data.draw(st.integers(0, len(paths) - 1))]
        if data.draw(st.booleans()):
            del container[key]
        else:
            container[key] = data.draw(REPLACEMENTS)
    outcome(json.dumps(document).encode(), name)


def test_lone_surrogates_are_replaced_so_the_record_can_be_stored() -> None:
    record = ('{"protocolSection": {"identificationModule": {"nctId": "NCT01234567", "briefTitle": "a\\ud800b"},'
              '"eligibilityModule": {"eligibilityCriteria": "\\udfff"}}}')
    [imported] = read_trial_file(record.encode(), "odd.json")
    assert imported.study.brief_title == "a\ufffdb"
    json.dumps(imported.raw, ensure_ascii=False).encode("utf-8")


@pytest.mark.skipif(not Path("/dev/zero").exists() or not hasattr(os, "mkfifo"), reason="needs /dev/zero and FIFOs")
def test_a_device_or_a_pipe_is_refused_without_reading_it(tmp_path: Path) -> None:
    """``trials import /dev/zero`` read until memory ran out (a device says it is 0 bytes long)."""
    fifo = tmp_path / "study.json"
    os.mkfifo(fifo)
    for source in (Path("/dev/zero"), fifo, tmp_path):
        with pytest.raises(TrialFileError, match="is not a file \\(a folder, a device or a pipe\\)"):
            read_trial_path(source)
