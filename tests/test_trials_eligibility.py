"""Splitting eligibility text into ordered inclusion and exclusion items."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from careorganiser.trials.eligibility import CriterionItem, split_criteria
from careorganiser.trials.readers import read_trial_file

FIXTURES = Path(__file__).parent / "fixtures" / "ctgov"


def sample_text(name: str) -> str:
    path = FIXTURES / name
    return read_trial_file(path.read_bytes(), path.name)[0].study.eligibility_criteria


def kinds_and_texts(text: str) -> list[tuple[str, str]]:
    return [(item.kind, item.text) for item in split_criteria(text)]


def test_markdown_headings_and_bullets() -> None:
    text = "Inclusion Criteria:\n\n* Age 40 to 80\n* FVC ≥ 45% predicted\n\nExclusion Criteria:\n\n* Smoker\n"
    assert kinds_and_texts(text) == [
        ("inclusion", "Age 40 to 80"), ("inclusion", "FVC ≥ 45% predicted"), ("exclusion", "Smoker")]


@pytest.mark.parametrize("inclusion, exclusion", [
    ("Inclusion Criteria:", "Exclusion Criteria:"),
    ("INCLUSION CRITERIA", "EXCLUSION CRITERIA"),
    ("inclusion criteria", "exclusion criteria:"),
    ("**Inclusion Criteria:**", "**Exclusion Criteria:**"),
    ("## Inclusion criteria", "## Exclusion criteria"),
    ("Key Inclusion Criteria:", "Key Exclusion Criteria:"),
    ("Main inclusion criteria", "Main exclusion criteria"),
    ("Inclusion:", "Exclusion:"),
    ("Inclusion Criteria for Part A:", "Exclusion Criteria (all parts):"),
    ("Participants are eligible to be included in the study only if all of the following criteria apply:",
     "Participants are excluded from the study if any of the following criteria apply:"),
    ("* Inclusion Criteria:", "* Exclusion Criteria:"),
])
def test_heading_variants(inclusion: str, exclusion: str) -> None:
    text = f"{inclusion}\n\n- First\n- Second\n\n{exclusion}\n\n- Third\n"
    assert kinds_and_texts(text) == [("inclusion", "First"), ("inclusion", "Second"), ("exclusion", "Third")]


def test_heading_with_the_item_on_the_same_line() -> None:
    assert kinds_and_texts("Inclusion criteria: adults with IPF\nExclusion criteria: current smokers") == [
        ("inclusion", "adults with IPF"), ("exclusion", "current smokers")]


def test_items_that_only_mention_criteria_are_not_headings() -> None:
    text = "Exclusion Criteria:\n* Exclusion criteria of the parent study apply\n* Inclusion in another trial"
    assert kinds_and_texts(text) == [
        ("exclusion", "Exclusion criteria of the parent study apply"), ("exclusion", "Inclusion in another trial")]


@pytest.mark.parametrize("marker", ["*", "-", "•", "+", "1.", "1)", "a)", "a.", "(1)", "(a)", "i."])
def test_bullet_styles(marker: str) -> None:
    text = f"Inclusion Criteria:\n{marker} First item\n{marker} Second item"
    assert [item.text for item in split_criteria(text)] == ["First item", "Second item"]


def test_numbered_items_keep_their_numbers_out_and_decimals_in() -> None:
    text = "1. FEV1/FVC ratio ≥ 0.70\n2. Bilirubin < 1.5 mg/dL\n10. Last"
    assert [item.text for item in split_criteria(text)] == ["FEV1/FVC ratio ≥ 0.70", "Bilirubin < 1.5 mg/dL", "Last"]


def test_nested_sub_bullets_stay_with_their_parent() -> None:
    text = ("Exclusion Criteria:\n\n* Abnormal laboratory values:\n\n  * ALT or AST > 3 × ULN\n"
            "  * Total bilirubin > 1.5 x ULN\n    * unless Gilbert's syndrome\n* Current smoker")
    items = split_criteria(text)
    assert [(i.kind, i.text) for i in items] == [("exclusion", "Abnormal laboratory values:"),
                                                 ("exclusion", "Current smoker")]
    assert items[0].sub_items == ("ALT or AST > 3 × ULN", "Total bilirubin > 1.5 x ULN", "  unless Gilbert's syndrome")
    assert items[0].full_text == ("Abnormal laboratory values:\n  • ALT or AST > 3 × ULN\n"
                                  "  • Total bilirubin > 1.5 x ULN\n    • unless Gilbert's syndrome")


def test_lettered_sub_items_under_a_numbered_item_without_indent() -> None:
    text = "1. Lab values:\na) ALT ≤ 2.5 × ULN\nb) creatinine ≤ 1.5 × ULN\n2. Able to walk"
    items = split_criteria(text)
    assert [i.text for i in items] == ["Lab values:", "Able to walk"]
    assert items[0].sub_items == ("ALT ≤ 2.5 × ULN", "creatinine ≤ 1.5 × ULN")


def test_continuation_lines_join_their_item() -> None:
    text = "1. FVC between 50 and 90 %\n   of predicted at screening\n2. Next"
    assert [i.text for i in split_criteria(text)] == ["FVC between 50 and 90 % of predicted at screening", "Next"]


def test_text_without_headings_is_all_inclusion() -> None:
    assert kinds_and_texts("Adults with lupus\nAble to give consent") == [
        ("inclusion", "Adults with lupus"), ("inclusion", "Able to give consent")]
    assert kinds_and_texts("One paragraph only.") == [("inclusion", "One paragraph only.")]


def test_empty_text_gives_no_items() -> None:
    assert split_criteria("") == []
    assert split_criteria("\n\r\n  \n") == []


def test_crlf_and_escapes() -> None:
    text = "Inclusion Criteria:\r\n\r\n* Age \\>= 18 years\r\n* FEV1/FVC \\< 0.7\r\n\r\nExclusion Criteria:\r\n\r\n* None"
    assert kinds_and_texts(text) == [
        ("inclusion", "Age >= 18 years"), ("inclusion", "FEV1/FVC < 0.7"), ("exclusion", "None")]


def test_markdown_emphasis_is_removed_from_items() -> None:
    assert split_criteria("* **FVC** ≥ 45% *predicted*")[0].text == "FVC ≥ 45% predicted"
    assert split_criteria("* pN0\\*, without LVI")[0].text == "pN0*, without LVI"


def test_classic_layout_with_labels() -> None:
    items = split_criteria(sample_text("classic-v1-fullstudies_NCT00023673_nsclc.json"))
    assert all(i.kind == "inclusion" for i in items)
    assert items[0].section == "DISEASE CHARACTERISTICS"
    hepatic = [i.text for i in items if i.section == "Hepatic"]
    assert hepatic == ["Bilirubin less than 1.5 mg/dL",
                       "Aspartate aminotransferase (AST) less than 2 times upper limit of normal"]
    assert not any(i.text.endswith(":") and len(i.text.split()) <= 3 for i in items)
    assert CriterionItem("inclusion", "Not specified", section="Age") in items


def test_sample_cystic_fibrosis_in_order() -> None:
    items = split_criteria(sample_text("v2-single-study_NCT00763412_cystic-fibrosis.json"))
    assert [i.kind for i in items] == ["inclusion"] * 5 + ["exclusion"] * 6
    assert items[0].text == "Male or females 12 -24 years old"
    assert "fasting blood glucose <126 mg/dl" in items[2].text
    assert items[-1].text == "Patients taking medications that affect glucose metabolism or contraindicated with repaglinide"


def test_sample_key_criteria_numbered() -> None:
    items = split_criteria(sample_text("v2-single-study_NCT02210780.json"))
    inclusion = [i for i in items if i.kind == "inclusion"]
    exclusion = [i for i in items if i.kind == "exclusion"]
    assert len(inclusion) == 5 and len(exclusion) == 8  # 7 numbered items and the closing note
    assert inclusion[0].text.startswith("Male or female adults ages 18 to 64 years")
    assert exclusion[1].text.startswith("Patients needing >10 mg of daily prednisone")
    assert exclusion[-1].text.startswith("The information listed above")


def test_sample_nested_cohorts() -> None:
    items = split_criteria(sample_text("v2-search-response_NCT06388018_recruiting.json"))
    assert sum(i.kind == "inclusion" for i in items) == 14
    assert sum(i.kind == "exclusion" for i in items) == 9
    sub_study_a = items[9]
    assert sub_study_a.text.startswith("SUB-STUDY A: Patients with endometrial carcinoma")
    assert sub_study_a.sub_items[0] == "Cohort A1:"
    assert sub_study_a.sub_items[1].startswith("  Stage IA (not confined to polyp)")
    assert "Cohort A2:" in sub_study_a.sub_items
    assert len(sub_study_a.sub_items) == 15
    assert items[3].text == "Patients' age must be >= 18 years"


def test_sample_short_texts() -> None:
    assert kinds_and_texts(sample_text("v2-single-study_NCT06171568.json")) == [
        ("inclusion", "Patient over 18 years...")]
    items = split_criteria(sample_text("v2-single-study_NCT05594173.json"))
    assert items[0] == CriterionItem("inclusion", "Healthy adults under age 60")
    assert [i.kind for i in items[1:]] == ["exclusion"] * 7


def test_items_serialise() -> None:
    item = split_criteria("* Parent:\n  * child")[0]
    assert item.to_dict() == {"kind": "inclusion", "text": "Parent:", "sub_items": ["child"], "section": ""}


PIECES = st.sampled_from(list("abc *-•1.)\n\r\t:#\\>=") + [
    "Inclusion Criteria:", "Exclusion criteria", "\n  * ", "\n1. ", "**", "a) ", "Key ", "FVC ≥ 45%"])


@settings(max_examples=200, deadline=None)
@given(st.lists(PIECES, max_size=80).map("".join) | st.text(max_size=200))
def test_any_text_splits_without_error(text: str) -> None:
    items = split_criteria(text)
    for item in items:
        assert item.kind in ("inclusion", "exclusion")
        assert item.text.strip() == item.text and item.text
        assert "\r" not in item.full_text
