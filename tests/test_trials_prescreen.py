"""Eligibility pre-screen on real criteria wordings (ILD, lupus and the sample records)."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from msgspec.structs import replace

from careorganiser import i18n
from careorganiser.trials.bounds import Bound, Window, WindowUnit, find_bounds, find_window
from careorganiser.trials.prescreen import (
    ASK_TRIAL_TEAM,
    CONFLICTS,
    FITS,
    NO_DATA,
    MeasurementFact,
    PersonFacts,
    PrescreenItem,
    prescreen,
    prescreen_caution,
    prescreen_record_limits,
    summarise,
)
from careorganiser.trials.readers import read_trial_file

FIXTURES = Path(__file__).parent / "fixtures" / "ctgov"
NOW = datetime(2026, 11, 21, 12, 0, tzinfo=timezone.utc)
MARGARET = PersonFacts(date_of_birth=date(1951, 4, 9), sex="female")  # 75 on NOW


def days_ago(days: float) -> datetime:
    return NOW - timedelta(days=days)


def m(kind: str, value: float, days: float = 30, high: float | None = None) -> MeasurementFact:
    return MeasurementFact(kind, value, days_ago(days), range_low=None, range_high=high)


def one(text: str, measurements: list[MeasurementFact] | None = None, person: PersonFacts = MARGARET,
        kind: str = "inclusion", **options: int) -> PrescreenItem:
    heading = "Inclusion Criteria:" if kind == "inclusion" else "Exclusion Criteria:"
    [item] = prescreen(f"{heading}\n\n* {text}", person, measurements or [], NOW, **options)
    assert item.kind == kind
    return item


def status(text: str, measurements: list[MeasurementFact] | None = None, person: PersonFacts = MARGARET,
           kind: str = "inclusion", **options: int) -> str:
    return one(text, measurements, person, kind, **options).status


def sample(name: str):
    path = FIXTURES / name
    return read_trial_file(path.read_bytes(), path.name)[0].study


# ---------------------------------------------------------------------------------------------
# Recognising the bounds in real wordings


@pytest.mark.parametrize("text, expected", [
    ("FVC ≥ 45% predicted", Bound("fvc_percent_predicted", 45, None)),
    ("FVC 40% to 70% of the estimated value (including 40% and 70%)", Bound("fvc_percent_predicted", 40, 70)),
    ("FVC between 50 and 90 % of predicted", Bound("fvc_percent_predicted", 50, 90)),
    ("Forced vital capacity (FVC) ≥50% of predicted value", Bound("fvc_percent_predicted", 50, None)),
    ("DLco (corrected for haemoglobin) 30-79% predicted", Bound("dlco_percent_predicted", 30, 79)),
    ("DLCO ≥ 30% and < 80% predicted", Bound("dlco_percent_predicted", 30, None)),
    ("FEV1/FVC<0.7", Bound("fev1_fvc_ratio", None, 0.7, high_inclusive=False)),
    ("FEV1/FVC ratio ≥ 0.70", Bound("fev1_fvc_ratio", 0.7, None)),
    ("FEV1/FVC > 70%", Bound("fev1_fvc_ratio", 0.7, None, low_inclusive=False)),
    ("Pre-bronchodilator FEV1/FVC ratio < 0.7 at screening", Bound("fev1_fvc_ratio", None, 0.7, high_inclusive=False)),
    ("6MWD ≥ 150 m", Bound("six_minute_walk_m", 150, None)),
    ("6-minute walk distance of at least 150 meters", Bound("six_minute_walk_m", 150, None)),
    ("Resting SpO2 < 88% on room air", Bound("spo2_percent", None, 88, high_inclusive=False)),
    ("ALT or AST > 3 × ULN", Bound("alt_u_l", 3, None, low_inclusive=False, uln=True)),
    ("AST or ALT ≤ 2.5 × ULN", Bound("alt_u_l", None, 2.5, uln=True)),
    ("total bilirubin > 1.5 x ULN", Bound("bilirubin_umol_l", 1.5, None, low_inclusive=False, uln=True)),
    ("creatinine > 1.5 times the upper limit of normal", Bound("creatinine_umol_l", 1.5, None, low_inclusive=False,
                                                               uln=True)),
    ("Aspartate aminotransferase (AST) less than 2 times upper limit of normal",
     Bound("ast_u_l", None, 2, high_inclusive=False, uln=True)),
    ("Bilirubin less than 1.5 mg/dL", Bound("bilirubin_umol_l", None, 25.656, high_inclusive=False,
                                                             stated_high=1.5, stated_unit="mg/dL")),
    ("Creatinine no greater than 2.0 mg/dL", Bound("creatinine_umol_l", None, 176.84, stated_high=2.0,
                                                                    stated_unit="mg/dL")),
    ("Hemoglobin < 8 g/dL", Bound("haemoglobin_g_l", None, 80, high_inclusive=False, stated_high=8,
                                                    stated_unit="g/dL")),
    ("Forced expiratory volume (FEV)_1 at least 1.0 L", Bound("fev1_litres", 1.0, None)),
    ("Age ≥ 40 years", Bound("age", 40, None)),
    ("aged 40 to 80", Bound("age", 40, 80)),
    ("Men and women 18 years of age or older", Bound("age", 18, None)),
    ("Patients' age must be >= 18 years", Bound("age", 18, None)),
    ("Patient over 18 years...", Bound("age", 18, None, low_inclusive=False)),
    ("Healthy adults under age 60", Bound("age", None, 60, high_inclusive=False)),
    ("Male or females 12 -24 years old", Bound("age", 12, 24)),
])
def test_bounds_in_real_wordings(text: str, expected: Bound) -> None:
    assert expected in find_bounds(text)


@pytest.mark.parametrize("text", [
    "Diagnosis of IPF according to ATS/ERS/JRS/ALAT 2018 guidelines",
    "Relative decline in FVC of ≥ 10% within the previous 24 months",
    "Urine protein to creatinine ratio ≥ 0.5 mg/mg",
    "Patients needing >10 mg of daily prednisone",
    "At least 5 years since prior chemotherapy",
    "Eczema Area and Severity Index (EASI) score ≥16 at the screening visit",
    "Women of childbearing potential must use effective contraception",
    "Patients with 3 or more prior therapies",
    "Weight must be stable within 5% for 3 months prior to initiation visit",
    "SLEDAI-2K score ≥ 6 at screening",
])
def test_items_without_measurable_bounds(text: str) -> None:
    assert find_bounds(text) == []


@pytest.mark.parametrize("text, count, unit", [
    ("FVC ≥ 45% within the previous 3 months", 3, "month"),
    ("DLCO measured within 6 months of screening", 6, "month"),
    ("6MWD ≥ 150 m in the last 12 weeks", 12, "week"),
    ("ALT > 3 x ULN within 30 days before randomisation", 30, "day"),
    ("SpO2 ≥ 88% during the past year", 1, "year"),
    ("FVC ≥ 45% within three months", 3, "month"),
])
def test_time_windows(text: str, count: int, unit: str) -> None:
    window = find_window(text)
    assert window is not None and (window.count, window.unit) == (count, unit)


def test_no_time_window() -> None:
    assert find_window("FVC ≥ 45% predicted") is None
    assert find_window("during the 16 week treatment period") is None


def test_a_window_is_a_plural_of_one_of_four_units() -> None:
    """A period in words is a catalogue plural; the unit is a closed set (no English "+s" for another word)."""
    found = find_window("SpO2 ≥ 88% within the previous 3 months")
    assert found is not None and found.unit is WindowUnit.MONTH and found.phrase() == "3 months"
    assert [Window(1, unit).phrase() for unit in WindowUnit] == ["1 day", "1 week", "1 month", "1 year"]
    assert Window(2, "week") == Window(2, WindowUnit.WEEK) and Window(2, "week").phrase() == "2 weeks"
    with pytest.raises(ValueError):
        Window(2, "fortnight")


# ---------------------------------------------------------------------------------------------
# Fits and conflicts, inclusion and exclusion


def test_fvc_range_inclusive_edges() -> None:
    text = "FVC 40% to 70% of the estimated value (including 40% and 70%)"
    assert status(text, [m("fvc_percent_predicted", 40)]) == FITS
    assert status(text, [m("fvc_percent_predicted", 70)]) == FITS
    assert status(text, [m("fvc_percent_predicted", 70.5)]) == CONFLICTS
    assert status(text, [m("fvc_percent_predicted", 39)]) == CONFLICTS


def test_fvc_lower_bound_reports_the_value_and_date() -> None:
    item = one("FVC ≥ 45% predicted", [m("fvc_percent_predicted", 62, days=50)])
    assert (item.status, item.measurement, item.value, item.taken_at) == (
        FITS, "fvc_percent_predicted", 62.0, days_ago(50))
    assert "62%" in item.reason and "2 Oct 2026" in item.reason
    assert status("FVC ≥ 45% predicted", [m("fvc_percent_predicted", 44)]) == CONFLICTS


def test_fvc_between_and_dlco_corrected() -> None:
    assert status("FVC between 50 and 90 % of predicted", [m("fvc_percent_predicted", 91)]) == CONFLICTS
    text = "DLco (corrected for haemoglobin) 30-79% predicted"
    assert status(text, [m("dlco_percent_predicted", 25)]) == CONFLICTS
    assert status(text, [m("dlco_percent_predicted", 45), m("haemoglobin_g_l", 120)]) == FITS


def test_fev1_fvc_ratio_as_exclusion_and_inclusion() -> None:
    # ILD trials exclude obstruction: the exclusion applies when the ratio is below 0.7.
    assert status("FEV1/FVC<0.7", [m("fev1_fvc_ratio", 0.65)], kind="exclusion") == CONFLICTS
    assert status("FEV1/FVC<0.7", [m("fev1_fvc_ratio", 0.82)], kind="exclusion") == FITS
    assert status("FEV1/FVC ratio ≥ 0.70", [m("fev1_fvc_ratio", 0.70)]) == FITS
    assert status("FEV1/FVC > 70%", [m("fev1_fvc_ratio", 0.70)]) == CONFLICTS
    assert status("FEV1/FVC > 70%", [m("fev1_fvc_ratio", 78)]) == FITS  # recorded as a percentage


def test_walk_distance_and_oxygen_saturation() -> None:
    assert status("6MWD ≥ 150 m", [m("six_minute_walk_m", 320)]) == FITS
    assert status("6MWD ≥ 150 m", [m("six_minute_walk_m", 120)]) == CONFLICTS
    at_rest = [replace(m("spo2_percent", 86), context="rest")]
    assert status("Resting SpO2 < 88% on room air", at_rest, kind="exclusion") == CONFLICTS
    assert status("Resting SpO2 < 88% on room air", [replace(at_rest[0], value=95)], kind="exclusion") == FITS
    # a reading that does not say it was taken at rest cannot answer "resting"
    assert status("Resting SpO2 < 88% on room air", [m("spo2_percent", 86)], kind="exclusion") == NO_DATA


def test_liver_tests_times_upper_limit_of_normal() -> None:
    text = "ALT or AST > 3 × ULN"
    both_normal = [m("alt_u_l", 35, high=40), m("ast_u_l", 30, high=35)]
    assert status(text, both_normal, kind="exclusion") == FITS
    alt_high = [m("alt_u_l", 130, high=40), m("ast_u_l", 30, high=35)]
    item = one(text, alt_high, kind="exclusion")
    assert (item.status, item.measurement, item.value) == (CONFLICTS, "alt_u_l", 130.0)
    assert "3.25 ×" in item.reason
    exactly_three = [m("alt_u_l", 120, high=40), m("ast_u_l", 30, high=35)]
    assert status(text, exactly_three, kind="exclusion") == FITS  # "> 3 x" is not met by exactly 3 x
    assert status("AST or ALT ≤ 2.5 × ULN", exactly_three) == CONFLICTS
    assert status("AST or ALT ≤ 2.5 × ULN", both_normal) == FITS


def test_bilirubin_and_creatinine_times_upper_limit_of_normal() -> None:
    assert status("total bilirubin > 1.5 x ULN", [m("bilirubin_umol_l", 40, high=21)], kind="exclusion") == CONFLICTS
    assert status("total bilirubin > 1.5 x ULN", [m("bilirubin_umol_l", 12, high=21)], kind="exclusion") == FITS
    text = "creatinine > 1.5 times the upper limit of normal"
    assert status(text, [m("creatinine_umol_l", 95, high=110)], kind="exclusion") == FITS
    assert status(text, [m("creatinine_umol_l", 200, high=110)], kind="exclusion") == CONFLICTS


def test_times_upper_limit_of_normal_needs_the_labs_range_high() -> None:
    item = one("ALT or AST > 3 × ULN", [m("alt_u_l", 130), m("ast_u_l", 30)], kind="exclusion")
    assert item.status == NO_DATA
    assert "upper limit of normal" in item.reason


def test_absolute_lab_units_are_converted() -> None:
    assert status("Bilirubin less than 1.5 mg/dL", [m("bilirubin_umol_l", 20)]) == FITS
    assert status("Bilirubin less than 1.5 mg/dL", [m("bilirubin_umol_l", 30)]) == CONFLICTS
    assert status("Creatinine no greater than 2.0 mg/dL", [m("creatinine_umol_l", 176)]) == FITS
    assert status("Hemoglobin < 8 g/dL", [m("haemoglobin_g_l", 75)], kind="exclusion") == CONFLICTS


def test_age_from_date_of_birth() -> None:
    assert status("Age ≥ 40 years") == FITS
    assert status("aged 40 to 80") == FITS
    assert status("aged 40 to 70") == CONFLICTS
    item = one("Age ≥ 40 years")
    assert (item.measurement, item.value, item.taken_at) == ("age", 75.0, None)
    # The JSON's "measurement" names a catalogue key or is null: age is no measurement.
    assert (item.to_json()["measurement"], item.to_json()["value"]) == (None, 75.0)
    turning_40_today = PersonFacts(date(1986, 11, 21), "male")
    turning_40_tomorrow = PersonFacts(date(1986, 11, 22), "male")
    assert status("Age ≥ 40 years", person=turning_40_today) == FITS
    assert status("Age ≥ 40 years", person=turning_40_tomorrow) == CONFLICTS
    assert status("Age < 18 years", kind="exclusion") == FITS
    assert status("Age ≥ 40 years", person=PersonFacts(None, "female")) == NO_DATA


def test_sex() -> None:
    assert status("Women aged 18 to 80") == FITS
    assert status("Women aged 18 to 80", person=PersonFacts(date(1951, 4, 9), "male")) == CONFLICTS
    assert status("Women aged 18 to 80", person=PersonFacts(date(1951, 4, 9), None)) == NO_DATA
    assert status("Male or female, aged 40 or older") == FITS
    assert status("Women of childbearing potential must use effective contraception") == ASK_TRIAL_TEAM


# ---------------------------------------------------------------------------------------------
# Missing and old data, windows, the latest value


def test_no_measurement_at_all() -> None:
    item = one("FVC ≥ 45% predicted", [m("dlco_percent_predicted", 50)])
    assert (item.status, item.measurement, item.value, item.taken_at) == (NO_DATA, "fvc_percent_predicted", None, None)
    assert "No FVC % predicted measurement" in item.reason


def test_too_old_for_the_default_window() -> None:
    item = one("FVC ≥ 45% predicted", [m("fvc_percent_predicted", 60, days=400)])
    assert (item.status, item.value, item.taken_at) == (NO_DATA, 60.0, days_ago(400))
    assert "older than 365 days" in item.reason
    assert status("FVC ≥ 45% predicted", [m("fvc_percent_predicted", 60, days=400)], default_window_days=500) == FITS


def test_stated_windows_narrow_what_counts() -> None:
    text = "FVC ≥ 45% predicted within the previous 3 months"
    assert status(text, [m("fvc_percent_predicted", 60, days=80)]) == FITS
    item = one(text, [m("fvc_percent_predicted", 60, days=100)])
    assert item.status == NO_DATA and "3 months" in item.reason
    assert status("6MWD ≥ 150 m in the last 12 weeks", [m("six_minute_walk_m", 300, days=7 * 13)]) == NO_DATA
    assert status("6MWD ≥ 150 m in the last 12 weeks", [m("six_minute_walk_m", 300, days=7 * 11)]) == FITS
    assert status("DLCO ≥ 30% predicted within 6 months of screening",
                  [m("dlco_percent_predicted", 50, days=200)]) == NO_DATA


def test_the_latest_measurement_counts() -> None:
    older_fits_newer_conflicts = [m("fvc_percent_predicted", 60, days=200), m("fvc_percent_predicted", 42, days=20)]
    item = one("FVC ≥ 45% predicted", older_fits_newer_conflicts)
    assert (item.status, item.value) == (CONFLICTS, 42.0)
    in_the_future = [m("fvc_percent_predicted", 60, days=20), m("fvc_percent_predicted", 30, days=-5)]
    assert status("FVC ≥ 45% predicted", in_the_future) == FITS


# ---------------------------------------------------------------------------------------------
# Several bounds in one item


def test_several_bounds_conflict_if_any_conflicts() -> None:
    text = "FEV1/FVC ratio ≥ 0.70 and DLCO 30-79% predicted"
    assert status(text, [m("fev1_fvc_ratio", 0.8), m("dlco_percent_predicted", 85)]) == CONFLICTS
    assert status(text, [m("fev1_fvc_ratio", 0.8), m("dlco_percent_predicted", 45)]) == FITS
    # One bound conflicting beats another without data.
    assert status(text, [m("dlco_percent_predicted", 20)]) == CONFLICTS


def test_several_bounds_some_fit_others_without_data() -> None:
    text = "FEV1/FVC ratio ≥ 0.70 and DLCO 30-79% predicted"
    item = one(text, [m("fev1_fvc_ratio", 0.8)])
    assert (item.status, item.measurement) == (NO_DATA, "dlco_percent_predicted")
    liver = "ALT or AST > 3 × ULN"
    assert status(liver, [m("alt_u_l", 30, high=40)], kind="exclusion") == NO_DATA


def test_sub_items_are_checked_with_their_parent() -> None:
    text = ("Exclusion Criteria:\n\n* Abnormal laboratory values at screening:\n"
            "  * ALT or AST > 3 × ULN\n  * total bilirubin > 1.5 x ULN\n")
    normal = [m("alt_u_l", 20, high=40), m("ast_u_l", 25, high=35), m("bilirubin_umol_l", 10, high=21)]
    [item] = prescreen(text, MARGARET, normal, NOW)
    assert item.status == FITS and "• total bilirubin" in item.text
    [item] = prescreen(text, MARGARET, normal[:2] + [m("bilirubin_umol_l", 50, high=21)], NOW)
    assert (item.status, item.measurement) == (CONFLICTS, "bilirubin_umol_l")


def test_inclusion_item_worded_as_an_exclusion() -> None:
    assert status("No ALT or AST > 3 × ULN", [m("alt_u_l", 200, high=40), m("ast_u_l", 20, high=35)]) == CONFLICTS
    assert status("No ALT or AST > 3 × ULN", [m("alt_u_l", 20, high=40), m("ast_u_l", 20, high=35)]) == FITS


def test_unrecognised_items_are_for_the_trial_team() -> None:
    item = one("Diagnosis of IPF according to ATS/ERS/JRS/ALAT 2018 guidelines")
    assert item.status == ASK_TRIAL_TEAM
    assert (item.measurement, item.value, item.taken_at) == (None, None, None)
    assert "ask the trial team" in item.reason
    [decline] = prescreen("Relative decline in FVC of ≥ 10% within the previous 24 months", MARGARET,
                          [m("fvc_percent_predicted", 60)], NOW)
    assert decline.status == NO_DATA and "two" in decline.reason  # a change needs two readings


# ---------------------------------------------------------------------------------------------
# The sample records


def test_sample_cystic_fibrosis_age_and_sex() -> None:
    study = sample("v2-single-study_NCT00763412_cystic-fibrosis.json")
    young = PersonFacts(date(2006, 5, 1), "male")  # 20
    items = prescreen(study, young, [], NOW)
    assert len(items) == 11
    assert items[0].text == "Male or females 12 -24 years old" and items[0].status == FITS
    assert prescreen(study, MARGARET, [], NOW)[0].status == CONFLICTS
    weight = items[3]
    assert weight.text.startswith("Weight must be stable within 5% for 3 months") and weight.status == NO_DATA
    assert {i.status for i in items[1:] if i is not weight} == {ASK_TRIAL_TEAM}


def test_sample_classic_liver_and_kidney_items() -> None:
    study = sample("classic-v1-fullstudies_NCT00023673_nsclc.json")
    labs = [m("bilirubin_umol_l", 15, high=21), m("ast_u_l", 90, high=35), m("creatinine_umol_l", 80, high=110)]
    by_text = {i.text: i for i in prescreen(study, MARGARET, labs, NOW)}
    assert by_text["Bilirubin less than 1.5 mg/dL"].status == FITS
    assert by_text["Aspartate aminotransferase (AST) less than 2 times upper limit of normal"].status == CONFLICTS
    assert by_text["Creatinine no greater than 2.0 mg/dL"].status == FITS
    assert by_text["Forced expiratory volume (FEV)_1 at least 1.0 L"].status == NO_DATA
    assert by_text["Zubrod 0-1"].status == ASK_TRIAL_TEAM
    assert by_text["At least 5 years since prior chemotherapy"].status == ASK_TRIAL_TEAM


def test_sample_age_wordings() -> None:
    assert prescreen(sample("v2-single-study_NCT06171568.json"), MARGARET, [], NOW)[0].status == FITS
    healthy = prescreen(sample("v2-single-study_NCT05594173.json"), MARGARET, [], NOW)
    assert healthy[0].status == CONFLICTS and healthy[0].value == 75.0
    recruiting = prescreen(sample("v2-search-response_NCT06388018_recruiting.json"), MARGARET, [], NOW)
    age_item = next(i for i in recruiting if i.text == "Patients' age must be >= 18 years")
    assert age_item.status == FITS
    assert sum(i.status == ASK_TRIAL_TEAM for i in recruiting) == len(recruiting) - 1


def test_sample_key_criteria() -> None:
    items = prescreen(sample("v2-single-study_NCT02210780.json"), MARGARET, [], NOW)
    assert items[0].status == CONFLICTS  # 18 to 64 years
    assert [i.status for i in items[1:]] == [ASK_TRIAL_TEAM] * 11
    assert not any(i.text.startswith("The information listed above") for i in items)  # a note, not a criterion


def test_record_limits() -> None:
    study = sample("v2-search-response_NCT06388018_recruiting.json")  # 18 Years, female only
    items = prescreen_record_limits(study, MARGARET, NOW)
    assert [(i.status, i.measurement) for i in items] == [(FITS, "age"), (FITS, "sex")]
    man = PersonFacts(date(1951, 4, 9), "male")
    assert [i.status for i in prescreen_record_limits(study, man, NOW)] == [FITS, CONFLICTS]
    limited = sample("v2-single-study_NCT02210780.json")  # 18 to 64 Years
    sixty_four = PersonFacts(date(1962, 1, 1), "female")
    assert prescreen_record_limits(limited, sixty_four, NOW)[0].status == FITS
    assert prescreen_record_limits(limited, MARGARET, NOW)[0].status == CONFLICTS
    baby_limits = sample("v2-single-study_NCT05594173.json")
    baby_limits.minimum_age, baby_limits.min_age_years = "6 Months", 0.5
    four_months = PersonFacts(NOW.date() - timedelta(days=122), "male")
    assert prescreen_record_limits(baby_limits, four_months, NOW)[0].status == CONFLICTS


# ---------------------------------------------------------------------------------------------
# Output


def test_json_has_the_spec_keys() -> None:
    items = prescreen("* FVC ≥ 45% predicted\n* Diagnosis of IPF", MARGARET,
                      [m("fvc_percent_predicted", 55, days=10)], NOW)
    first, second = (i.to_json() for i in items)
    assert set(first) == {"kind", "text", "status", "measurement", "value", "taken_at", "reason", "checks",
                          "section"}
    assert first["checks"] == [{"measurement": "fvc_percent_predicted", "bound": "FVC % predicted ≥ 45%",
                                "value": 55.0, "taken_at": "2026-11-11T12:00:00+00:00", "status": "fits",
                                "reason": first["reason"]}]
    assert first["taken_at"] == "2026-11-11T12:00:00+00:00"
    assert (first["measurement"], first["value"], first["status"]) == ("fvc_percent_predicted", 55.0, "fits")
    assert (second["measurement"], second["value"], second["taken_at"]) == (None, None, None)
    json.dumps([first, second])


def test_summary_and_caution() -> None:
    items = prescreen("* FVC ≥ 45% predicted\n* Age ≥ 80 years\n* Diagnosis of IPF\n* DLCO ≥ 30%", MARGARET,
                      [m("fvc_percent_predicted", 55)], NOW)
    assert summarise(items) == {FITS: 1, CONFLICTS: 1, NO_DATA: 1, ASK_TRIAL_TEAM: 1}
    assert summarise([]) == {FITS: 0, CONFLICTS: 0, NO_DATA: 0, ASK_TRIAL_TEAM: 0}
    assert prescreen_caution() == (
        "This is a pre-screen to discuss with the trial team, not a decision about eligibility.")


def test_caution_goes_through_translation(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n, "_translate", lambda context, text: f"[{context}] {text}")
    assert prescreen_caution().startswith("[Trials] This is a pre-screen")


def test_naive_datetimes_are_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        prescreen("* FVC ≥ 45%", MARGARET, [], datetime(2026, 11, 21, 12))
    with pytest.raises(ValueError, match="timezone-aware"):
        prescreen("* FVC ≥ 45%", MARGARET, [MeasurementFact("fvc_percent_predicted", 50, datetime(2026, 1, 1))], NOW)


def test_other_time_zones_compare_as_instants() -> None:
    tokyo = timezone(timedelta(hours=9))
    reading = MeasurementFact("fvc_percent_predicted", 50, datetime(2026, 8, 22, 20, 0, tzinfo=tokyo))
    text = "FVC ≥ 45% predicted within the previous 3 months"
    assert status(text, [reading]) == FITS  # 11:00 UTC on 22 August, inside the window starting 12:00 UTC 21 Aug


KINDS = ["fvc_percent_predicted", "dlco_percent_predicted", "fev1_fvc_ratio", "six_minute_walk_m", "spo2_percent",
         "alt_u_l", "ast_u_l", "bilirubin_umol_l", "creatinine_umol_l", "haemoglobin_g_l", "weight_kg"]
WORDS = st.sampled_from(["FVC", "DLCO", "FEV1/FVC", "6MWD", "SpO2", "ALT", "AST", "bilirubin", "creatinine",
                         "age", "aged", "women", "male or female", "≥", "≤", "<", ">", "=", "x ULN", "%", "to", "-",
                         "between", "and", "or", "within the previous", "months", "weeks", "years", "mg/dL",
                         "g/dL", "L", "m", "45", "0.7", "1.5", "3", "40", "80", "\n* ", "\nExclusion Criteria:\n",
                         "predicted", "of", "no", "(", ")", ".", ",", "1e9", "0"])


@settings(max_examples=200, deadline=None)
@given(words=st.lists(WORDS, max_size=40),
       measurements=st.lists(st.builds(
           MeasurementFact, kind=st.sampled_from(KINDS),
           value=st.floats(min_value=-1e6, max_value=1e6, allow_nan=False),
           taken_at=st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 1, 1),
                                 timezones=st.just(timezone.utc)),
           range_high=st.none() | st.floats(min_value=-10, max_value=1e4, allow_nan=False)), max_size=6),
       born=st.none() | st.dates(min_value=date(1900, 1, 1), max_value=date(2030, 1, 1)),
       sex=st.sampled_from([None, "female", "male", "other", "unknown"]))
def test_any_text_and_data_give_valid_items(words: list[str], measurements: list[MeasurementFact],
                                            born: date | None, sex: str | None) -> None:
    items = prescreen(" ".join(words), PersonFacts(born, sex), measurements, NOW)
    for item in items:
        assert item.status in (FITS, CONFLICTS, NO_DATA, ASK_TRIAL_TEAM)
        json.dumps(item.to_json(), allow_nan=False)


# ----------------------------------------------------------------- the value shown beside a verdict (review of this round)


def test_a_change_over_a_period_is_shown_as_a_change_not_as_a_reading() -> None:
    """The pack printed "Weight 5.5 kg" for a 5.5 % loss of a 60.5 kg weight."""
    from careorganiser.pack.gather import _value_text

    item = one("Weight loss of more than 10% in the last 3 months",
               [m("weight_kg", 64, days=70), m("weight_kg", 56, days=2)])
    assert item.value == 12.5 and item.measurement == "weight_kg"
    assert item.shown == "Weight loss of 12.5 % (64 kg \u2192 56 kg)"
    assert _value_text(item, NOW.tzinfo).startswith("Weight loss of 12.5 % (64 kg \u2192 56 kg) on ")
    from careorganiser.ui.trials.words import value_text  # the window's "Value used" column

    assert value_text(item) == item.shown
    fvc = one("Relative decline in FVC of at least 10% predicted within the past 24 months",
              [m("fvc_percent_predicted", 80, days=500), m("fvc_percent_predicted", 65, days=1)])
    assert fvc.shown == "FVC decline of 18.8 % (80% \u2192 65%)"


def test_a_value_is_never_rounded_onto_the_limit_it_is_held_against() -> None:
    """FVC 49.6 % printed "50%" beside "FVC >= 50% predicted: Conflicts"."""
    from careorganiser.pack.gather import _value_text

    item = one("FVC >= 50% predicted", [m("fvc_percent_predicted", 49.6)])
    assert item.status == "conflicts" and item.shown == ""
    assert _value_text(item, NOW.tzinfo).startswith("FVC % predicted 49.6% on ")
    from careorganiser.ui.trials.words import value_text

    assert value_text(item) == "49.6%"


def test_an_egfr_worked_out_from_creatinine_is_not_called_the_labs() -> None:
    """It printed "eGFR (from the lab) 31" for an eGFR the app worked out."""
    from careorganiser.pack.gather import _value_text

    item = one("eGFR >= 60 mL/min/1.73m2", [m("creatinine_umol_l", 150, days=5)])
    assert item.status == "conflicts"
    assert "from the lab" not in item.reason and "from the lab" not in _value_text(item, NOW.tzinfo)
    assert item.shown.startswith("eGFR 31") and item.shown.endswith("worked out from creatinine")


def test_an_egfr_worked_out_beyond_what_is_plausible_is_not_a_verdict() -> None:
    """Creatinine "1.3" typed in mg/dL as µmol/L gave an eGFR of 229 that read "Fits" (the review of this round);
    the form now refuses such a creatinine, and a worked-out value outside the catalogue's range is no verdict."""
    young = PersonFacts(date_of_birth=date(2006, 1, 9), sex="male")
    item = one("eGFR >= 60 mL/min/1.73m2", [m("creatinine_umol_l", 15, days=5)], person=young)
    assert item.status == "no_data" and "not plausible" in item.reason, item.reason
    assert one("eGFR >= 60 mL/min/1.73m2", [m("creatinine_umol_l", 80, days=5)], person=young).status == "fits"


@pytest.mark.parametrize("born, minimum", [(date(2008, 11, 21), 18), (date(1961, 11, 21), 65), (date(1976, 11, 21), 50)])
def test_a_record_minimum_age_admits_the_person_on_that_birthday(born: date, minimum: int) -> None:
    """Before, the record's minimum was held against days / 365.25: on an 18th birthday with four leap days
    behind it that is 17.9986, and the line said "conflicts" beside "Age 18 from the date of birth"."""
    study = sample("v2-search-response_NCT06388018_recruiting.json")
    study.minimum_age, study.min_age_years = f"{minimum} Years", float(minimum)
    on_the_day = PersonFacts(born, "female")
    [age_item] = [i for i in prescreen_record_limits(study, on_the_day, NOW) if i.measurement == "age"]
    assert (age_item.status, age_item.value) == (FITS, float(minimum))
    day_before = PersonFacts(born + timedelta(days=1), "female")
    [age_item] = [i for i in prescreen_record_limits(study, day_before, NOW) if i.measurement == "age"]
    assert (age_item.status, age_item.value) == (CONFLICTS, float(minimum - 1))


def test_a_reasons_date_is_the_persons_own_day_not_the_utc_one() -> None:
    """A reading taken at 09:15 on 19 Nov in Auckland is stored at 20:15 UTC on 18 Nov: the reason said
    "on 2026-11-18" beside the pack's "19 Nov 2026" for the same reading."""
    from zoneinfo import ZoneInfo

    now = NOW.astimezone(ZoneInfo("Pacific/Auckland"))  # the services hand the profile's zone in ``now``
    evening_utc = datetime(2026, 11, 18, 20, 15, tzinfo=timezone.utc)
    fvc = MeasurementFact("fvc_percent_predicted", 61, evening_utc)
    [item] = prescreen("Inclusion Criteria:\n\n* FVC ≥ 45% predicted", MARGARET, [fvc], now)
    assert item.status == FITS and "on 19 Nov 2026;" in item.reason
    weights = [MeasurementFact("weight_kg", 64, evening_utc - timedelta(days=60)),
               MeasurementFact("weight_kg", 56, evening_utc)]
    [item] = prescreen("Exclusion Criteria:\n\n* Weight loss > 10% in the last 3 months", MARGARET, weights, now)
    assert item.status == CONFLICTS and "64 kg on 20 Sep 2026, 56 kg on 19 Nov 2026:" in item.reason
    [item] = prescreen("Inclusion Criteria:\n\n* FVC ≥ 45% predicted", MARGARET, [fvc], NOW)
    assert "on 18 Nov 2026;" in item.reason  # in UTC it is the 18th
