"""The study model, Markdown cleaning, question templates, cautions, and the layer's import rule."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from careorganiser import i18n
from careorganiser.trials.cautions import cautions
from careorganiser.trials.markdown import clean_markdown, markdown_to_plain, unescape_markdown
from careorganiser.trials.model import (
    Contact,
    Intervention,
    Site,
    Study,
    age_in_years,
    is_valid_nct_id,
    normalise_date,
    normalise_phases,
    normalise_sex,
    normalise_status,
    phase_label,
    status_label,
)
from careorganiser.trials.readers import read_trial_file
from careorganiser.trials.templates import (
    QuestionTemplate,
    fill_question,
    load_question_templates,
    trial_questions,
)

FIXTURES = Path(__file__).parent / "fixtures" / "ctgov"


def test_nct_ids() -> None:
    assert is_valid_nct_id("NCT01234567")
    for bad in ("NCT1234567", "nct01234567", "NCT012345678", " NCT01234567", "NCT0123456a", None, 12345678):
        assert not is_valid_nct_id(bad)


@pytest.mark.parametrize("raw, expected", [
    ("Recruiting", "RECRUITING"), ("Completed", "COMPLETED"), ("Not yet recruiting", "NOT_YET_RECRUITING"),
    ("Active, not recruiting", "ACTIVE_NOT_RECRUITING"), ("Enrolling by invitation", "ENROLLING_BY_INVITATION"),
    ("Unknown status", "UNKNOWN"), ("RECRUITING", "RECRUITING"), ("", ""), (None, ""),
])
def test_statuses(raw: object, expected: str) -> None:
    assert normalise_status(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    (["Phase 1", "Phase 2"], ["PHASE1", "PHASE2"]), ("Phase 1/Phase 2", ["PHASE1", "PHASE2"]),
    ("Phase 1/2", ["PHASE1", "PHASE2"]), ("PHASE2|PHASE3", ["PHASE2", "PHASE3"]), ("N/A", ["NA"]),
    (["NA"], ["NA"]), ("Not Applicable", ["NA"]), ("Early Phase 1", ["EARLY_PHASE1"]),
    (["EARLY_PHASE1"], ["EARLY_PHASE1"]), ("Phase II", ["PHASE2"]), ([], []), ("", []), (None, []),
    (["PHASE2", "PHASE1"], ["PHASE1", "PHASE2"]),
])
def test_phases(raw: object, expected: list[str]) -> None:
    assert normalise_phases(raw) == expected


@pytest.mark.parametrize("phases, label", [
    (["PHASE1", "PHASE2"], "Phase 1/2"), (["NA"], "Not applicable"), (["EARLY_PHASE1"], "Early phase 1"),
    (["PHASE3"], "Phase 3"), ([], ""),
])
def test_phase_labels(phases: list[str], label: str) -> None:
    assert phase_label(phases) == label


def test_status_labels() -> None:
    assert status_label("RECRUITING") == "Recruiting"
    assert status_label("ACTIVE_NOT_RECRUITING") == "Active, not recruiting"
    assert status_label("SOMETHING_NEW") == "Something new"


def test_labels_go_through_translation(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[tuple[str, str]] = []

    def translate(context: str, text: str) -> str:
        seen.append((context, text))
        return text.upper()

    monkeypatch.setattr(i18n, "_translate", translate)
    assert status_label("COMPLETED") == "COMPLETED"
    assert phase_label(["NA"]) == "NOT APPLICABLE"
    assert ("Trials", "Completed") in seen


@pytest.mark.parametrize("raw, expected", [
    ("2024-07", "2024-07"), ("2024-07-15", "2024-07-15"), ("July 2001", "2001-07"),
    ("December 22, 2017", "2017-12-22"), ("April 3, 2020", "2020-04-03"), ("sometime", "sometime"),
    ("February 30, 2020", "February 30, 2020"), (None, ""),
])
def test_dates(raw: object, expected: str) -> None:
    assert normalise_date(raw) == expected


@pytest.mark.parametrize("raw, years", [
    ("18 Years", 18.0), ("6 Months", 0.5), ("1 Year", 1.0), ("2 Weeks", round(14 / 365.25, 6)), ("N/A", None),
    ("", None), (None, None), ("18", None), ("12 Parsecs", None),
])
def test_ages(raw: object, years: float | None) -> None:
    assert age_in_years(raw) == years


def test_sexes() -> None:
    assert [normalise_sex(v) for v in ("All", "ALL", "Both", "Female", "MALE", "x", None)] == [
        "ALL", "ALL", "ALL", "FEMALE", "MALE", "", ""]


def test_round_trip_of_every_sample() -> None:
    for path in sorted(FIXTURES.glob("*")):
        for imported in read_trial_file(path.read_bytes(), path.name):
            data = imported.study.to_dict()
            text = json.dumps(data, ensure_ascii=False)
            again = Study.from_dict(json.loads(text))
            assert again == imported.study
            assert again.to_dict() == data


def test_from_dict_tolerates_missing_and_unknown_keys() -> None:
    study = Study.from_dict({"nct_id": "NCT01234567", "future_field": 1,
                             "sites": [{"facility": "A", "contacts": [{"name": "B", "pager": "1"}]}]})
    assert study.sites == [Site(facility="A", contacts=[Contact(name="B")])]
    assert study.interventions == [] and study.phases == []


def test_to_dict_has_the_documented_shape() -> None:
    study = Study("NCT01234567", interventions=[Intervention("DRUG", "X", "", ["A"])],
                  sites=[Site("F", "C", contacts=[Contact("N", "CONTACT", "1", "e@x")])])
    data = study.to_dict()
    assert data["interventions"] == [{"type": "DRUG", "name": "X", "description": "", "arm_group_labels": ["A"]}]
    assert set(data["sites"][0]) == {"facility", "city", "state", "zip", "country", "status", "contacts"}
    assert set(data["sites"][0]["contacts"][0]) >= {"name", "role", "phone", "email"}
    for key in ("nct_id", "brief_title", "official_title", "acronym", "overall_status", "phases", "study_type",
                "enrollment", "enrollment_type", "start_date", "primary_completion_date", "completion_date",
                "first_posted", "last_update_posted", "conditions", "keywords", "interventions", "arms",
                "primary_outcomes", "secondary_outcomes", "brief_summary", "detailed_description",
                "eligibility_criteria", "minimum_age", "maximum_age", "min_age_years", "max_age_years", "sex",
                "healthy_volunteers", "sponsor", "collaborators", "sites", "central_contacts", "url",
                "source_format"):
        assert key in data


# ---------------------------------------------------------------------------------------------
# Markdown


def test_unescape() -> None:
    assert unescape_markdown(r"glucose \<126 mg/dl and \>= 200, \*, \_x\_, \[ref\], C:\path") == (
        r"glucose <126 mg/dl and >= 200, *, _x_, [ref], C:\path")


def test_clean_markdown_handles_crlf() -> None:
    assert clean_markdown("Inclusion:\r\n\r\n* A \\>= 1   \r\n") == "Inclusion:\n\n* A >= 1"


def test_plain_text_rendering() -> None:
    text = ("## Criteria\r\n\r\n* **FVC** \\>= 45% *predicted*\r\n  * sub item\r\n- dash item\r\n"
            "* literal \\* star and NIH_HVX6\r\n[link](https://example.org)")
    assert markdown_to_plain(text) == ("Criteria\n\n• FVC >= 45% predicted\n  • sub item\n• dash item\n"
                                       "• literal * star and NIH_HVX6\nlink (https://example.org)")


def test_plain_text_of_a_sample_has_no_markdown() -> None:
    path = FIXTURES / "v2-search-response_NCT06388018_recruiting.json"
    study = read_trial_file(path.read_bytes(), path.name)[0].study
    plain = markdown_to_plain(study.eligibility_criteria)
    assert "\n• Patients' age must be >= 18 years" in plain
    assert "\n  • Cohort A1:" in plain
    assert "\\" not in plain and "\n* " not in plain


# ---------------------------------------------------------------------------------------------
# Question templates


def test_templates_load_and_cover_the_guidance() -> None:
    templates = load_question_templates()
    keys = {t.key for t in templates}
    assert {"registered", "phase", "safety_monitoring", "goals", "follow_up", "risks", "costs", "standard_care",
            "leaving", "after_trial", "who_to_call"} <= keys
    assert len(keys) == len(templates)
    assert all(t.priority in ("high", "normal", "low") and t.topic and t.text for t in templates)
    assert any("antifibrotic" in t.text for t in templates)


def test_templates_are_filled_from_the_study() -> None:
    study = Study("NCT06388018", brief_title="Tailoring Therapy")
    drafts = trial_questions(study, keys=["registered", "phase"])
    assert [d.key for d in drafts] == ["registered", "phase"]
    assert "NCT06388018" in drafts[0].text and "{" not in drafts[0].text
    assert "Tailoring Therapy" in drafts[1].text
    assert drafts[0].trial == "NCT06388018"
    json.dumps([d.to_dict() for d in drafts])
    unregistered = trial_questions(None, keys=["registered", "phase"])
    assert unregistered[0].trial is None and "its registration number" in unregistered[0].text
    assert "this trial" in unregistered[1].text


def test_fill_leaves_unknown_braces_alone() -> None:
    template = QuestionTemplate("k", "t", "normal", "About {title} and {other}")
    assert fill_question(template, Study("NCT01234567", brief_title="X")) == "About X and {other}"


def test_damaged_template_file(tmp_path: Path) -> None:
    bad = tmp_path / "trial_questions.json"
    bad.write_text('{"questions": [{"key": "a", "topic": "b", "priority": "urgent", "text": "c"}]}', encoding="utf-8")
    with pytest.raises(ValueError, match="priority"):
        load_question_templates(bad)
    bad.write_text("{", encoding="utf-8")
    with pytest.raises(ValueError, match="cannot be read"):
        load_question_templates(bad)


# ---------------------------------------------------------------------------------------------
# Cautions


def test_registered_samples_have_no_caution() -> None:
    for path in sorted(FIXTURES.glob("*")):
        for imported in read_trial_file(path.read_bytes(), path.name):
            assert cautions(imported.study, "") == []


def test_no_registration_number() -> None:
    [caution] = cautions(None, "Dr Smith's clinic in town")
    assert "no NCT number" in caution
    [caution] = cautions(None, "Look up NCT06388018 later")
    assert "look it up" in caution


@pytest.mark.parametrize("notes", [
    "They want us to pay to participate: 5,000 dollars.",
    "The treatment fee is due before the first visit.",
    "The cost of the stem cell treatment is $12,000.",
    "Patients pay for the stem cell injections themselves.",
    "It is self-funded by patients.",
])
def test_payment_to_take_part(notes: str) -> None:
    found = cautions(Study("NCT01234567"), notes)
    assert len(found) == 1 and "paying to take part" in found[0]


@pytest.mark.parametrize("notes", [
    "Travel costs are reimbursed by the sponsor.",
    "Participants will be paid 50 dollars per visit for their time.",
    "The study drug is given at no cost to you.",
    "The cost of the treatment is covered by the study.",
    "",
])
def test_payment_to_participants_is_not_a_caution(notes: str) -> None:
    assert cautions(Study("NCT01234567"), notes) == []


def test_payment_mentioned_in_the_record() -> None:
    study = Study("NCT01234567", brief_summary="Patients pay a treatment fee to receive stem cells.")
    assert len(cautions(study, "")) == 1
    both = cautions(None, "They ask for a participation fee.")
    assert len(both) == 2


# ---------------------------------------------------------------------------------------------
# The layer's rule: no Qt, no SQL


def test_trials_modules_import_without_qt_or_sqlalchemy() -> None:
    code = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('PySide6', 'shiboken6', 'sqlalchemy', 'alembic', 'sqlite3'):\n"
        "            raise ImportError('blocked: ' + name)\n"
        "sys.meta_path.insert(0, Block())\n"
        "import careorganiser.trials.model, careorganiser.trials.markdown, careorganiser.trials.readers\n"
        "import careorganiser.trials.diff, careorganiser.trials.eligibility, careorganiser.trials.bounds\n"
        "import careorganiser.trials.prescreen, careorganiser.trials.templates, careorganiser.trials.cautions\n"
        "import careorganiser.trials.online\n"
        "careorganiser.trials.templates.load_question_templates()\n"
    )
    src = Path(__file__).resolve().parent.parent / "src"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env={"PYTHONPATH": str(src), "PATH": "/usr/bin:/bin"}, timeout=60)
    assert result.returncode == 0, result.stderr
