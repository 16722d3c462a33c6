"""Every limit in the shared ClinicalTrials.gov samples that a caregiver's records can be held against, read
from the real files (tests/fixtures/ctgov), each with a value on either side of it. The app never says "fits"
for a limit it did not read or could not judge: a change over a period that the records do not cover is
"no recent data", not "fits"."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from careorganiser.trials.parsed import kept_items, read_criteria
from careorganiser.trials.prescreen import (
    ASK_TRIAL_TEAM,
    CONFLICTS,
    FITS,
    NO_DATA,
    MeasurementFact,
    PersonFacts,
    PrescreenItem,
    prescreen,
    prescreen_parsed,
)
from careorganiser.trials.readers import read_trial_path

FIXTURES = Path(__file__).parent / "fixtures" / "ctgov"
NOW = datetime(2026, 12, 3, 12, 0, tzinfo=timezone.utc)
ARTHUR = PersonFacts(date(1951, 6, 15), "male", ("Idiopathic pulmonary fibrosis",))


def study(name: str):
    [imported] = read_trial_path(FIXTURES / name)
    return imported.study


CF = "v2-single-study_NCT00763412_cystic-fibrosis.json"
NSCLC = "classic-v1-fullstudies_NCT00023673_nsclc.json"
OVER_18 = "v2-single-study_NCT06171568.json"


def m(kind: str, value: float, days: float, high: float | None = None) -> MeasurementFact:
    return MeasurementFact(kind, value, NOW - timedelta(days=days), None, high)


def item_of(name: str, starts: str, readings: list[MeasurementFact], person: PersonFacts = ARTHUR,
            now: datetime = NOW) -> PrescreenItem:
    """The item of a sample that starts with ``starts``, pre-screened from the text and from the kept reading
    (the pack and the window use the kept one): both must agree."""
    record = study(name)
    from_text = [i for i in prescreen(record, person, readings, now) if i.text.startswith(starts)]
    kept = kept_items(read_criteria(record.eligibility_criteria), record.eligibility_criteria)
    assert kept is not None
    from_kept = [i for i in prescreen_parsed(kept, person, readings, now) if i.text.startswith(starts)]
    assert len(from_text) == 1 and from_text == from_kept
    return from_text[0]


# ---------------------------------------------------------------------------------------------- weight stability

STABLE = "Weight must be stable within 5% for 3 months"


def test_weight_stable_within_5_percent_for_3_months_is_read() -> None:
    steady = item_of(CF, STABLE, [m("weight_kg", 80, 95), m("weight_kg", 81.5, 40), m("weight_kg", 79, 4)])
    assert steady.status == FITS and steady.measurement == "weight_kg"
    assert steady.value == pytest.approx(1.9)  # 81.5 against 80: the largest change from the first reading
    assert "3 months" in steady.reason and "5%" in steady.reason
    [check] = steady.checks
    assert "weight change" in check.bound and "5%" in check.bound


@pytest.mark.parametrize("later", [75.0, 85.0])  # a loss or a gain of 6.25 %
def test_weight_not_stable_does_not_fit(later: float) -> None:
    item = item_of(CF, STABLE, [m("weight_kg", 80, 90), m("weight_kg", later, 30), m("weight_kg", 80, 3)])
    assert item.status == CONFLICTS and item.value == pytest.approx(6.2)


def test_weight_records_that_do_not_cover_the_three_months_say_so() -> None:
    late_start = item_of(CF, STABLE, [m("weight_kg", 80, 20), m("weight_kg", 80.5, 3)])
    assert late_start.status == NO_DATA
    assert "do not cover" in late_start.reason
    old_end = item_of(CF, STABLE, [m("weight_kg", 80, 92), m("weight_kg", 80.5, 50)])
    assert old_end.status == NO_DATA and "do not cover" in old_end.reason
    assert item_of(CF, STABLE, [m("weight_kg", 80, 3)]).status == NO_DATA
    assert item_of(CF, STABLE, []).status == NO_DATA
    # a change beyond the limit inside the period needs no more readings: the weight was not stable
    assert item_of(CF, STABLE, [m("weight_kg", 80, 20), m("weight_kg", 74, 3)]).status == CONFLICTS


# ---------------------------------------------------------------------------------------------- weight loss


LOSS = "No weight loss greater than 5% in the past 6 months"


def test_no_weight_loss_in_six_months_needs_readings_across_the_six_months() -> None:
    """Two readings three weeks apart read "fits" for "no weight loss > 5% in the past 6 months"."""
    assert item_of(NSCLC, LOSS, [m("weight_kg", 72, 25), m("weight_kg", 71.5, 4)]).status == NO_DATA
    assert item_of(NSCLC, LOSS, [m("weight_kg", 73, 175), m("weight_kg", 72, 10)]).status == FITS
    assert item_of(NSCLC, LOSS, [m("weight_kg", 78, 175), m("weight_kg", 72, 10)]).status == CONFLICTS
    assert item_of(NSCLC, LOSS, [m("weight_kg", 78, 25), m("weight_kg", 72, 4)]).status == CONFLICTS


# ---------------------------------------------------------------------------------------------- age


def test_over_18_years_holds_for_someone_18_and_a_few_months() -> None:
    """"Patient over 18 years": someone 18 years and 3 months old is over 18; "does not fit" was shown."""
    teen = PersonFacts(date(2008, 9, 1), "female")
    assert item_of(OVER_18, "Patient over 18 years", [], teen).status == FITS
    birthday = PersonFacts(date(2008, 12, 3), "female")  # 18 today: not over 18 yet
    assert item_of(OVER_18, "Patient over 18 years", [], birthday).status == CONFLICTS
    assert item_of(OVER_18, "Patient over 18 years", [], PersonFacts(date(2009, 1, 1), "female")).status == CONFLICTS


# ---------------------------------------------------------------------------------------------- the NSCLC labs


@pytest.mark.parametrize(("starts", "readings", "status"), [
    ("Platelet count at least 100,000", [m("platelets_10e9_l", 100, 10)], FITS),
    ("Platelet count at least 100,000", [m("platelets_10e9_l", 99, 10)], CONFLICTS),
    ("Bilirubin less than 1.5 mg/dL", [m("bilirubin_umol_l", 25.6, 10)], FITS),  # 1.497 mg/dL
    ("Bilirubin less than 1.5 mg/dL", [m("bilirubin_umol_l", 25.7, 10)], CONFLICTS),  # 1.503 mg/dL
    ("Aspartate aminotransferase (AST) less than 2 times", [m("ast_u_l", 79, 10, high=40)], FITS),
    ("Aspartate aminotransferase (AST) less than 2 times", [m("ast_u_l", 80, 10, high=40)], CONFLICTS),
    ("Aspartate aminotransferase (AST) less than 2 times", [m("ast_u_l", 30, 10)], NO_DATA),  # no ULN
    ("Creatinine no greater than 2.0 mg/dL", [m("creatinine_umol_l", 176, 10)], FITS),
    ("Creatinine no greater than 2.0 mg/dL", [m("creatinine_umol_l", 180, 10)], CONFLICTS),
    ("Forced expiratory volume (FEV)_1 at least 1.0 L", [m("fev1_litres", 1.0, 10)], FITS),
    ("Forced expiratory volume (FEV)_1 at least 1.0 L", [m("fev1_litres", 0.95, 10)], CONFLICTS),
    ("Forced expiratory volume (FEV)_1 at least 1.0 L", [m("fev1_percent_predicted", 80, 10)], NO_DATA),
    ("Granulocyte count at least 1,500", [m("neutrophils_10e9_l", 3.0, 10)], ASK_TRIAL_TEAM),
    ("Zubrod 0-1", [], ASK_TRIAL_TEAM),
    ("At least 5 years since prior chemotherapy", [], ASK_TRIAL_TEAM),
])
def test_each_lab_limit_of_the_lung_cancer_record(starts: str, readings: list[MeasurementFact], status: str) -> None:
    assert item_of(NSCLC, starts, readings).status == status


# ---------------------------------------------------------------------------------------------- "not" in the middle
# Beyond the samples: wordings of real records that put the "not" after the subject. Each read "fits" for a value
# the item rules out (the limit was read the other way round).

BAD_LABS = [m("alt_u_l", 200, 10, high=40), m("platelets_10e9_l", 50, 10), m("creatinine_umol_l", 300, 10, high=110),
            m("haemoglobin_g_l", 80, 10), m("fvc_percent_predicted", 35, 10), m("weight_kg", 70, 10)]


def screen(kind: str, text: str, readings: list[MeasurementFact] = BAD_LABS) -> PrescreenItem:
    heading = "Inclusion Criteria:" if kind == "inclusion" else "Exclusion Criteria:"
    from_text = prescreen(f"{heading}\n\n* {text}", ARTHUR, readings, NOW)
    kept = kept_items(read_criteria(f"{heading}\n\n* {text}"), f"{heading}\n\n* {text}")
    assert kept is not None
    assert prescreen_parsed(kept, ARTHUR, readings, NOW) == from_text
    [item] = from_text
    return item


@pytest.mark.parametrize(("text", "status"), [
    ("Patients must not have ALT > 3 x ULN", CONFLICTS),
    ("Patients should not have a platelet count below 100,000/mm3", CONFLICTS),
    ("Platelet count not below 100 x 10^9/L", CONFLICTS),
    ("Creatinine clearance must not be less than 30 mL/min", CONFLICTS),
    ("Serum creatinine must not exceed 1.5 mg/dL", CONFLICTS),
    ("Haemoglobin should not be under 9 g/dL", CONFLICTS),
    ("FVC ≥ 30% predicted and must not have ALT > 3 x ULN", CONFLICTS),
    ("FVC ≥ 40% predicted and must not have ALT > 10 x ULN", CONFLICTS),  # the FVC keeps its own reading
])
def test_a_not_after_the_subject_is_not_read_the_other_way_round(text: str, status: str) -> None:
    item = screen("inclusion", text)
    assert item.status == status, item.reason


def test_a_not_after_the_subject_with_good_values_fits() -> None:
    good = [m("alt_u_l", 30, 10, high=40), m("platelets_10e9_l", 210, 10), m("fvc_percent_predicted", 62, 10)]
    assert screen("inclusion", "Patients must not have ALT > 3 x ULN", good).status == FITS
    assert screen("inclusion", "Platelet count not below 100 x 10^9/L", good).status == FITS
    assert screen("inclusion", "FVC ≥ 30% predicted and must not have ALT > 3 x ULN", good).status == FITS


def test_a_not_in_an_exclusion_is_left_to_the_trial_team() -> None:
    """"Patients who do not have ..." in an exclusion list: not judged from the records."""
    item = screen("exclusion", "Patients who do not have a platelet count above 100,000/mm3")
    assert item.status == ASK_TRIAL_TEAM


def test_times_the_upper_limit_in_words_and_haemoglobin_in_mmol() -> None:
    assert screen("exclusion", "ALT or AST greater than three times the upper limit of normal").status == CONFLICTS
    assert screen("inclusion", "Hemoglobin ≥ 6.2 mmol/L").status == CONFLICTS  # 80 g/L is 5.0 mmol/L
    assert screen("inclusion", "Hemoglobin ≥ 6.2 mmol/L", [m("haemoglobin_g_l", 128, 10)]).status == FITS


# ---------------------------------------------------------------------------------------------- limits not read
# A limit the app cannot read (QTcF, INR, albumin, BMI...) beside one it reads: the item read "fits" on the
# limit it read alone.

GOOD = [m("alt_u_l", 20, 10, high=40), m("platelets_10e9_l", 250, 10), m("haemoglobin_g_l", 140, 10),
        m("creatinine_umol_l", 80, 10, high=110), m("fvc_percent_predicted", 65, 10), m("weight_kg", 70, 10),
        m("dlco_percent_predicted", 45, 10), m("neutrophils_10e9_l", 4, 10), m("fev1_fvc_ratio", 0.85, 10)]


@pytest.mark.parametrize(("kind", "text", "unread"), [
    ("inclusion", "Body weight > 50 kg and BMI < 35 kg/m2", "BMI < 35 kg/m2"),
    ("inclusion", "FVC ≥ 50% and QTcF < 450 ms", "QTcF < 450 ms"),
    ("inclusion", "Platelets ≥ 100 x 10^9/L and INR ≤ 1.5", "INR ≤ 1.5"),
    ("inclusion", "ALT ≤ 2.5 x ULN and alkaline phosphatase ≤ 2.5 x ULN", "alkaline phosphatase ≤ 2.5 x ULN"),
    ("inclusion", "ANC ≥ 1,500/mm3, INR ≤ 1.5, platelets ≥ 100,000/mm3", "INR ≤ 1.5"),
    ("inclusion", "ANC ≥ 1.5 x 10^9/L; WBC ≥ 3 x 10^9/L", "WBC ≥ 3 x 10^9/L"),
    ("inclusion", "FVC ≥ 50% predicted and haemoglobin ≥ 9", "haemoglobin ≥ 9"),  # no unit: not read
    ("exclusion", "Weight < 40 kg or BMI > 40", "BMI > 40"),
    ("exclusion", "FVC < 40% predicted or FEV1/FVC < 0.7 or TLC < 60%", "TLC < 60%"),
    ("exclusion", "Hemoglobin < 9 g/dL, platelets < 100 x 10^9/L, or INR > 1.5", "INR > 1.5"),
    ("inclusion", "FVC ≥ 50% predicted within 5% of the screening value", "within 5% of the screening value"),
])
def test_a_limit_not_read_beside_one_read_is_left_to_the_trial_team(kind: str, text: str, unread: str) -> None:
    item = screen(kind, text, GOOD)
    assert item.status == ASK_TRIAL_TEAM, item.reason
    assert any(c.status == ASK_TRIAL_TEAM and unread in c.bound for c in item.checks), [c.bound for c in item.checks]


@pytest.mark.parametrize(("kind", "text"), [
    ("inclusion", "FVC ≥ 45% predicted, DLCO ≥ 25% and ≤ 90% predicted"),
    ("inclusion", "Weight ≥ 40 kg and ≤ 120 kg"),
    ("inclusion", "Relative decline in FVC of ≥ 10% within the past 24 months and DLCO ≥ 25%"),
    ("exclusion", "ALT or AST > 3 x ULN"),
    ("inclusion", "Platelet count at least 100,000/mm^3"),
])
def test_limits_read_whole_are_not_left_to_the_trial_team(kind: str, text: str) -> None:
    readings = GOOD + [m("fvc_percent_predicted", 80, 700)]
    item = screen(kind, text, readings)
    assert item.status != ASK_TRIAL_TEAM and all(c.status != ASK_TRIAL_TEAM for c in item.checks), item.reason


def test_an_age_is_not_all_an_item_asks() -> None:
    """For a 30-year-old with atopic dermatitis, "ages 18 to 64 years with Chronic AD ... present for at least 3
    years" and "Healthy adults under age 60" read "fits" on the age alone."""
    young = PersonFacts(date(1996, 5, 1), "female", ("Atopic dermatitis",))
    chronic = item_of("v2-single-study_NCT02210780.json", "Male or female adults ages 18 to 64", [], young)
    assert chronic.status == ASK_TRIAL_TEAM
    assert any(c.status == ASK_TRIAL_TEAM and "at least 3 years" in c.bound for c in chronic.checks)
    assert item_of("v2-single-study_NCT02210780.json", "Male or female adults ages 18 to 64", []).status == CONFLICTS
    healthy = item_of("v2-single-study_NCT05594173.json", "Healthy adults under age 60", [], young)
    assert healthy.status == ASK_TRIAL_TEAM
    assert item_of("v2-single-study_NCT05594173.json", "Healthy adults under age 60", []).status == CONFLICTS  # 75
    assert item_of(OVER_18, "Patient over 18 years", [], young).status == FITS
