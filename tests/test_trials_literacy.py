"""Trial literacy (issue 11): every case seen in real records, clause by clause, and the labelled corpus."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from careorganiser.trials.derived import creatinine_clearance_cockcroft_gault, egfr_ckd_epi_2021
from careorganiser.trials.eligibility import split_criteria
from careorganiser.trials.prescreen import (
    ASK_TRIAL_TEAM,
    CONFLICTS,
    FITS,
    NO_DATA,
    MeasurementFact,
    MedicationFact,
    PersonFacts,
    PrescreenItem,
    ask_questions,
    criteria_notes,
    prescreen,
)
from trials_corpus import person as corpus_person
from trials_corpus.corpus import score
from trials_corpus.records import RECORDS

NOW = datetime(2026, 12, 3, 12, 0, tzinfo=timezone.utc)
ARTHUR = PersonFacts(date(1951, 6, 15), "male", ("Idiopathic pulmonary fibrosis", "Hypertension"))  # 75


def m(kind: str, value: float, days: float = 20, high: float | None = None, context: str | None = None
      ) -> MeasurementFact:
    return MeasurementFact(kind, value, NOW - timedelta(days=days), None, high, context)


def one(text: str, measurements: list[MeasurementFact] | None = None, kind: str = "inclusion",
        medications: list[MedicationFact] | None = None, person: PersonFacts = ARTHUR) -> PrescreenItem:
    heading = "Inclusion Criteria:" if kind == "inclusion" else "Exclusion Criteria:"
    [item] = prescreen(f"{heading}\n\n* {text}", person, measurements or [], NOW, medications=medications or [])
    assert item.kind == kind
    return item


def check_of(item: PrescreenItem, measurement: str):
    [found] = [c for c in item.checks if c.measurement == measurement]
    return found


# ---------------------------------------------------------------------------------------------
# What was seen


def test_seed_trial_dlco_25_percent_conflicts_although_fvc_fits() -> None:
    items = prescreen(RECORDS["NCT06534528"], ARTHUR,
                      [m("dlco_percent_predicted", 25), m("fvc_percent_predicted", 62)], NOW)
    item = next(i for i in items if "diffusion capacity" in i.text)
    assert item.status == CONFLICTS
    assert check_of(item, "dlco_percent_predicted").status == CONFLICTS
    assert check_of(item, "fvc_percent_predicted").status == FITS
    assert (item.measurement, item.value) == ("dlco_percent_predicted", 25.0)  # the deciding check
    assert "25%" in item.reason and "30–80%" in item.reason


def test_dlco_window_belongs_to_its_own_clause() -> None:
    text = ("The DLCO within the previous 3 months is 30% to 80% of the expected value; "
            "FVC is 40% to 70% of the estimated value")
    item = one(text, [m("dlco_percent_predicted", 50, days=200), m("fvc_percent_predicted", 62, days=200)])
    assert check_of(item, "dlco_percent_predicted").status == NO_DATA  # older than 3 months
    assert check_of(item, "fvc_percent_predicted").status == FITS  # its clause has no window: one year


def test_direct_bilirubin_is_not_total_bilirubin() -> None:
    text = "total bilirubin (TBIL) ≤ 2 × ULN, direct bilirubin (DBIL) ≤ 1.5 × ULN"
    total_only = one(text, [m("bilirubin_umol_l", 12, high=21)])
    assert check_of(total_only, "bilirubin_umol_l").status == FITS
    assert check_of(total_only, "direct_bilirubin_umol_l").status == NO_DATA
    assert total_only.status == NO_DATA
    high_direct = one(text, [m("bilirubin_umol_l", 12, high=21), m("direct_bilirubin_umol_l", 9, high=5)])
    assert high_direct.status == CONFLICTS and high_direct.measurement == "direct_bilirubin_umol_l"


def test_a_month_window_stays_with_the_ventilation_clause() -> None:
    text = ("Individuals with a history of mechanical ventilation or concurrent infectious pneumonia or asthma "
            "within the previous month prior to screening; Patients with airway obstruction disease (FEV1/FVC<0.7)")
    item = one(text, [m("fev1_fvc_ratio", 0.84, days=30)], kind="exclusion")
    ratio = check_of(item, "fev1_fvc_ratio")
    assert (ratio.status, ratio.value) == (FITS, 0.84)  # 30 days old, used
    assert item.status == ASK_TRIAL_TEAM  # the ventilation history is for the trial team
    assert any(c.status == ASK_TRIAL_TEAM and "mechanical ventilation" in c.bound for c in item.checks)
    assert one(text, [m("fev1_fvc_ratio", 0.62, days=30)], kind="exclusion").status == CONFLICTS


@pytest.mark.parametrize("text", [
    "Disease-free for 5 years or more",
    "History of cancer within 3 years",
    "Patients with a history of cancer within the last 3 years",
    "Other malignancy diagnosed within 3 years prior to screening",
    "At least 5 years since prior chemotherapy",
    "Cigarette smoking history ≥20 years (COPD only)",
])
def test_durations_are_not_ages(text: str) -> None:
    for kind in ("inclusion", "exclusion"):
        item = one(text, kind=kind)
        assert item.status == ASK_TRIAL_TEAM
        assert not any(c.measurement == "age" for c in item.checks)


def test_exertional_spo2_only_from_exertion_readings() -> None:
    text = "SpO2 < 89% during the 6MWT"
    rest_only = one(text, [m("spo2_percent", 85, context="rest"), m("spo2_percent", 86, days=3)], kind="exclusion")
    assert rest_only.status == NO_DATA and "exertion" in rest_only.reason
    walked = one(text, [m("spo2_percent", 97, context="rest"), m("spo2_percent", 86, days=40, context="exertion")],
                 kind="exclusion")
    assert (walked.status, walked.value) == (CONFLICTS, 86.0)
    fine = one(text, [m("spo2_percent", 85, days=1), m("spo2_percent", 92, context="exertion")], kind="exclusion")
    assert (fine.status, fine.value) == (FITS, 92.0)


def test_resting_spo2_ignores_exertion_and_oxygen_readings() -> None:
    text = "SpO2 ≥90% at rest by pulse oximetry while breathing ambient air."
    readings = [m("spo2_percent", 93, days=10, context="rest"), m("spo2_percent", 84, days=1, context="exertion"),
                m("spo2_percent", 88, days=2, context="on_oxygen")]
    item = one(text, readings)
    assert (item.status, item.value) == (FITS, 93.0)


def test_spo2_on_exertion_with_oxygen_needs_such_a_reading() -> None:
    text = "SpO2 with effort less than 90% despite the use of 6 L of O2 per minute"
    item = one(text, [m("spo2_percent", 94, context="rest"), m("spo2_percent", 86, context="exertion")],
               kind="exclusion")
    assert item.status == NO_DATA


def test_alt_ast_or_and_and() -> None:
    labs = [m("alt_u_l", 150, high=40), m("ast_u_l", 30, high=40)]  # ALT 3.75 x ULN, AST 0.75 x ULN
    assert one("ALT or AST > 3 x ULN", labs, kind="exclusion").status == CONFLICTS
    both = one("ALT and AST > 3 x ULN", labs, kind="exclusion")
    assert both.status == FITS and "both" in both.reason
    assert one("ALT and AST > 3 x ULN", [m("alt_u_l", 150, high=40), m("ast_u_l", 130, high=40)],
               kind="exclusion").status == CONFLICTS


def test_absolute_and_percent_predicted_are_different_measurements() -> None:
    readings = [m("fev1_litres", 0.9), m("fev1_percent_predicted", 78)]
    assert one("FEV1 at least 1.0 L", readings).status == CONFLICTS
    assert one("FEV1 ≥50% of predicted.", readings).status == FITS
    assert one("FEV1 ≥50% of predicted.", [m("fev1_litres", 2.0)]).status == NO_DATA


# ---------------------------------------------------------------------------------------------
# Derived values


def test_egfr_ckd_epi_2021_reference_values() -> None:
    # 1.0 mg/dL = 88.42 µmol/L; the published equation gives 92 (man, 50) and 69 (woman, 50)
    assert round(egfr_ckd_epi_2021(88.42, 50, "male")) == 92
    assert round(egfr_ckd_epi_2021(88.42, 50, "female")) == 69
    assert egfr_ckd_epi_2021(88.42, 50, "unknown") is None


def test_cockcroft_gault_reference_value() -> None:
    # (140 - 75) x 72 / (72 x 1.0) = 65 mL/min for a man; x 0.85 for a woman
    assert creatinine_clearance_cockcroft_gault(88.42, 75, 72, "male") == pytest.approx(65.0)
    assert creatinine_clearance_cockcroft_gault(88.42, 75, 72, "female") == pytest.approx(55.25)


def test_egfr_worked_out_from_creatinine_when_no_lab_egfr() -> None:
    text = "Those with an estimated glomerular filtration rate (eGFR) ≤ 30 ml/min/1.73 m2 (CKD-EPI formula)"
    item = one(text, [m("creatinine_umol_l", 95, high=110)], kind="exclusion")
    check = check_of(item, "egfr_ml_min_1_73m2")
    assert check.status == FITS and check.value == pytest.approx(72.0, abs=1)
    assert "CKD-EPI 2021" in check.reason and "95" in check.reason and "age 75" in check.reason
    low = one(text, [m("creatinine_umol_l", 300)], kind="exclusion")
    assert low.status == CONFLICTS
    lab = one(text, [m("creatinine_umol_l", 300), m("egfr_ml_min_1_73m2", 45, days=5)], kind="exclusion")
    assert (lab.status, lab.value) == (FITS, 45.0)  # a lab's own eGFR wins
    assert one(text, [], kind="exclusion").status == NO_DATA


def test_creatinine_clearance_by_cockcroft_gault_with_the_latest_weight() -> None:
    text = "Creatinine clearance ≥ 60 mL/min (Cockcroft-Gault)"
    readings = [m("creatinine_umol_l", 88.42), m("weight_kg", 90, days=100), m("weight_kg", 72, days=5)]
    item = one(text, readings)
    assert item.status == FITS and item.value == pytest.approx(65.0)
    assert "Cockcroft-Gault" in item.reason and "72 kg" in item.reason
    assert one(text, [m("creatinine_umol_l", 88.42)]).status == NO_DATA  # no weight


def test_fvc_decline_over_a_stated_period() -> None:
    readings = [m("fvc_percent_predicted", 70, days=200), m("fvc_percent_predicted", 62, days=20)]
    relative = one("Relative decline in FVC of ≥ 10% within the previous 12 months", readings)
    assert relative.status == FITS and relative.value == pytest.approx(11.4)
    assert "70%" in relative.reason and "62%" in relative.reason
    absolute = one("Absolute decline in FVC % predicted of ≥ 10% within the previous 12 months", readings)
    assert absolute.status == NO_DATA and "do not cover" in absolute.reason  # 200 days of the 12 months
    covered = [m("fvc_percent_predicted", 70, days=350), m("fvc_percent_predicted", 62, days=20)]
    absolute = one("Absolute decline in FVC % predicted of ≥ 10% within the previous 12 months", covered)
    assert absolute.status == CONFLICTS and absolute.value == 8.0
    short = one("Relative decline in FVC of ≥ 10% within the previous 3 months", readings)
    assert short.status == NO_DATA  # only one reading inside three months


def test_weight_loss_over_six_months() -> None:
    text = "No weight loss greater than 5% in the past 6 months"
    lost = one(text, [m("weight_kg", 78, days=170), m("weight_kg", 72, days=10)])
    assert lost.status == CONFLICTS and lost.value == pytest.approx(7.7)
    steady = one(text, [m("weight_kg", 73, days=170), m("weight_kg", 72, days=10)])
    assert steady.status == FITS
    assert one(text, [m("weight_kg", 72, days=10)]).status == NO_DATA


def test_blood_counts_pressure_and_heart_rate() -> None:
    assert one("Platelet count at least 100,000/mm^3", [m("platelets_10e9_l", 210)]).status == FITS
    assert one("Platelets ≥ 100 x 10^9/L", [m("platelets_10e9_l", 80)]).status == CONFLICTS
    assert one("Absolute neutrophil count ≥ 1.5 x 10^9/L", [m("neutrophils_10e9_l", 3.8)]).status == FITS
    assert one("Haemoglobin ≥ 9 g/dL", [m("haemoglobin_g_l", 128)]).status == FITS
    bp = one("Uncontrolled blood pressure > 160/100 mmHg", [m("systolic_mmhg", 150), m("diastolic_mmhg", 104)],
             kind="exclusion")
    assert bp.status == CONFLICTS and bp.measurement == "diastolic_mmhg"
    assert one("Resting heart rate > 110 bpm", [m("heart_rate_bpm", 82, context="rest")],
               kind="exclusion").status == FITS


# ---------------------------------------------------------------------------------------------
# Medicines and conditions

PIRFENIDONE_LONG = MedicationFact("Pirfenidone 267 mg", date(2025, 2, 1))
PIRFENIDONE_NEW = MedicationFact("Esbriet", NOW.date() - timedelta(weeks=8))


def test_stable_dose_of_an_antifibrotic() -> None:
    text = "On a stable dose of pirfenidone or nintedanib for at least 12 weeks"
    long = one(text, medications=[PIRFENIDONE_LONG])
    assert long.status == FITS and "1 Feb 2025" in long.reason
    new = one(text, medications=[PIRFENIDONE_NEW])
    assert new.status == CONFLICTS and "Esbriet" in new.reason
    assert one(text, medications=[]).status == ASK_TRIAL_TEAM  # not on the list is not proof
    stopped = MedicationFact("Nintedanib", date(2024, 1, 1), date(2025, 1, 1))
    assert one(text, medications=[stopped]).status == ASK_TRIAL_TEAM
    by_class = one("If the patient is undergoing anti-fibrotic therapy, they must have received a stable dose for at "
                   "least 4 weeks", medications=[PIRFENIDONE_LONG])
    assert by_class.status == FITS


def test_current_use_exclusion() -> None:
    text = "Currently taking pirfenidone or nintedanib"
    assert one(text, kind="exclusion", medications=[PIRFENIDONE_LONG]).status == CONFLICTS
    assert one(text, kind="exclusion", medications=[]).status == ASK_TRIAL_TEAM
    steroid = MedicationFact("Prednisolone 5 mg", date(2026, 1, 1))
    assert one("Current treatment with systemic corticosteroids", kind="exclusion",
               medications=[steroid]).status == CONFLICTS


def test_diagnoses_against_the_conditions() -> None:
    assert one("Diagnosis of Idiopathic Pulmonary Fibrosis (IPF)").status == FITS
    assert one("Clinical diagnosis of interstitial lung disease;").status == FITS  # IPF is one
    assert one("Clinical diagnosis of COPD or ILD").status == FITS
    assert one("Diagnosis of pulmonary arterial hypertension").status == ASK_TRIAL_TEAM  # not "Hypertension"
    assert one("Diagnosis of systemic lupus erythematosus").status == ASK_TRIAL_TEAM  # not recorded: ask
    assert one("Diagnosis of IPF within 3 years from Screening").status == ASK_TRIAL_TEAM


# ---------------------------------------------------------------------------------------------
# Structure


def test_classic_labels_stay_with_their_items() -> None:
    from trials_corpus.corpus import corpus_texts

    items = prescreen(corpus_texts()["NCT00023673"], ARTHUR, [], NOW)
    texts = [i.text for i in items]
    assert "Not specified" not in texts
    assert {"Age: Not specified", "Life expectancy: Not specified", "Endocrine therapy: Not specified"} <= set(texts)
    assert next(i for i in items if i.text.startswith("Bilirubin")).section == "Hepatic"


def test_one_of_the_following_stays_a_group() -> None:
    items = prescreen(RECORDS["NCT05267418"], ARTHUR, [], NOW)
    group = items[0]
    assert group.text.startswith("One of them") and "• Moderate to severe COPD" in group.text
    assert not any(i.text.startswith("Moderate to severe COPD") for i in items)
    assert group.status == ASK_TRIAL_TEAM  # one alternative conflicts, the others are for the trial team
    text = "Inclusion Criteria:\n\nOne of the following:\n\n* FVC ≥ 80% predicted\n* DLCO ≥ 60% predicted\n"
    [either] = prescreen(text, ARTHUR, [m("fvc_percent_predicted", 62), m("dlco_percent_predicted", 65)], NOW)
    assert either.status == FITS
    [neither] = prescreen(text, ARTHUR, [m("fvc_percent_predicted", 62), m("dlco_percent_predicted", 25)], NOW)
    assert neither.status == CONFLICTS


def test_disclaimers_are_not_criteria() -> None:
    items = prescreen(RECORDS["NCT07284459"], ARTHUR, [], NOW)
    assert not any("Additional inclusion and exclusion criteria apply" in i.text for i in items)
    assert criteria_notes(RECORDS["NCT07284459"]) == ["Additional inclusion and exclusion criteria apply."]
    assert len(items) == len(split_criteria(RECORDS["NCT07284459"])) - 1


def test_cohort_only_items_are_for_the_trial_team() -> None:
    item = one("Cohort 1 (COPD): aged 45 to 70 years")
    assert item.status == ASK_TRIAL_TEAM and "Cohort 1" in item.reason
    assert check_of(item, "age").status == ASK_TRIAL_TEAM


def test_ask_items_become_questions() -> None:
    items = prescreen(RECORDS["NCT03706820"], ARTHUR, [m("fvc_percent_predicted", 62)], NOW)
    questions = ask_questions(items)
    assert len(questions) == sum(i.status == ASK_TRIAL_TEAM for i in items)
    assert questions[0].startswith("Does this apply to us: \u201cdiagnosis of pulmonary fibrosis")


# ---------------------------------------------------------------------------------------------
# The labelled corpus


def corpus_screen(text: str) -> list[tuple[str, str]]:
    p = corpus_person
    person = PersonFacts(p.DATE_OF_BIRTH, p.SEX, p.CONDITIONS)
    facts = [MeasurementFact(kind, value, at, None, high, context) for kind, value, at, high, context in
             p.MEASUREMENTS]
    meds = [MedicationFact(name, start, stop, dose) for name, dose, start, stop in p.MEDICATIONS]
    return [(i.text, i.status) for i in prescreen(text, person, facts, p.NOW, medications=meds)]


def test_corpus_has_no_wrong_measurable_verdict() -> None:
    result = score(corpus_screen)
    print(result.line())
    assert result.items >= 150
    assert result.wrong == []
    assert result.missing == []
    assert result.disclaimers_listed == []
    assert result.left_as_ask == []
    assert result.right == result.checked == result.measurable


# ---------------------------------------------------------------------------------------------
# Design in plain words


def test_design_in_plain_words() -> None:
    from pathlib import Path

    from careorganiser.services import trials
    from careorganiser.trials.readers import read_trial_file

    folder = Path(__file__).parent / "fixtures" / "ctgov"

    def study(name: str):
        return read_trial_file((folder / name).read_bytes(), name)[0].study

    blinded = study("v2-single-study_NCT00763412_cystic-fibrosis.json")
    facts = dict(trials.study_facts(blinded))
    assert facts["Design"].startswith("Randomised: chance decides")
    assert "Blinded: participants, their doctors and nurses, the researchers and the people who measure the " \
           "results do not know" in facts["Design"]
    lines = trials.outcome_lines(blinded.primary_outcomes)
    assert lines and all("(when: " in line for line in lines if blinded.primary_outcomes[0].time_frame)
    classic = study("classic-v1-fullstudies_NCT00023673_nsclc.json")
    design = dict(trials.study_facts(classic))["Design"]
    assert "Not randomised" in design and "One group" in design and "Open label" in design
    observational = study("v2-single-study_NCT05594173.json")
    assert "Design" not in dict(trials.study_facts(observational))  # the record says nothing of it


# ---------------------------------------------------------------------------------------------
# The trust check


@pytest.mark.parametrize("notes", [
    "$12,000 for the stem cell injections",
    "They charge £9,500 per infusion",
    "The stem cell treatment is not covered by insurance.",
    "Each session is €4.500.",
    "Price: 15 000 USD for the full protocol",
    "A deposit of $2,000 secures your place.",
    "They want us to pay to participate: 5,000 dollars.",
    "The clinic fee is CHF 8000, to be paid before the first visit.",
    "We were quoted ₹3,50,000 for the course of injections",
])
def test_payment_in_any_currency(notes: str) -> None:
    from careorganiser.trials.cautions import cautions
    from careorganiser.trials.model import Study

    found = cautions(Study("NCT01234567"), notes)
    assert len(found) == 1 and "paying to take part" in found[0], notes


@pytest.mark.parametrize("notes", [
    "Participants will be paid $50 per visit for their time.",
    "The study drug is given at no cost to you; you will not be charged.",
    "Travel costs up to £200 are reimbursed.",
    "The cost of the treatment is covered by the study.",
])
def test_money_to_participants_is_not_a_flag(notes: str) -> None:
    from careorganiser.trials.cautions import cautions
    from careorganiser.trials.model import Study

    assert cautions(Study("NCT01234567"), notes) == []


def test_record_red_flags() -> None:
    from careorganiser.trials.cautions import cautions
    from careorganiser.trials.model import Site, Study

    clinic = Study("NCT01234567", overall_status="NOT_YET_RECRUITING", completion_date="2024-06",
                   sponsor="Renew Stem Cell Clinic", sites=[Site(facility="Renew Stem Cell Clinic", city="Cancun")])
    found = cautions(clinic, "", today=date(2026, 12, 3))
    assert any("sponsor is the clinic that runs the study" in f for f in found)
    assert any("completion date (2024-06) has passed" in f for f in found)
    university = Study("NCT01234568", sponsor="University of Leeds", sites=[Site(facility="University of Leeds")])
    assert cautions(university, "", today=date(2026, 12, 3)) == []
    silent = Study("NCT01234569", overall_status="COMPLETED", study_type="INTERVENTIONAL", completion_date="2022-03",
                   has_results=False)
    assert any("no results are posted" in f for f in cautions(silent, "", today=date(2026, 12, 3)))
    first = Study("NCT01234570", phases=["PHASE1"], intervention_model="SINGLE_GROUP")
    assert any("single-group phase 1" in f for f in cautions(first, ""))


def test_offer_without_an_nct_number() -> None:
    from careorganiser.trials.cautions import Offer, offer_cautions

    offer = Offer(name="Stem cell therapy for lung fibrosis", provider="Renew Clinic, Cancun",
                  offered="Three infusions of umbilical stem cells", cost="USD 12,000",
                  heard_from="Facebook group")
    found = offer_cautions(offer)
    assert "no NCT number" in found[0]
    assert any("paying to take part" in f for f in found)
    assert any("Renew Clinic, Cancun" in f and "selling it" in f for f in found)
    assert len(offer_cautions(Offer(name="Breathing class", cost="free of charge"))) == 1


def test_an_unchecked_condition_joined_by_and_keeps_an_inclusion_from_fitting() -> None:
    item = one("FVC ≥ 50% predicted and a history of regular smoking", [m("fvc_percent_predicted", 62)])
    assert check_of(item, "fvc_percent_predicted").status == FITS
    assert item.status == ASK_TRIAL_TEAM and "history of regular smoking" in item.reason
    assert one("DLCO ≥ 30% and ≤ 90% predicted", [m("dlco_percent_predicted", 45)]).status == FITS
