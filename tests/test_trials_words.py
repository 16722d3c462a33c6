"""What the Trials screen says and how it sizes its columns, worked out without widgets (ui/trials/words.py,
about.py, columns.py, widths.py), from an empty profile."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import fresh_imports
from hypothesis import given
from hypothesis import strategies as st

from careorganiser.services import measurements, trials
from careorganiser.services.trials import (
    FileReport,
    ImportedTrial,
    ImportOutcome,
    ImportReport,
)
from careorganiser.trials.prescreen import PrescreenStatus
from careorganiser.ui.context import AppContext
from careorganiser.ui.trials import about, columns, widths, words

FIXTURES = Path(__file__).parent / "fixtures" / "ctgov"
SEARCH = FIXTURES / "v2-search-response_NCT06388018_recruiting.json"
NOW = datetime(2026, 11, 21, 10, 0, tzinfo=UTC)


def texts(cols: list[Any], row: Any) -> list[str]:
    return [c.text(row) for c in cols]


def test_the_builders_need_no_widgets() -> None:
    assert set(fresh_imports.GROUPS["trials words"][0]) == {
        "careorganiser.ui.trials.words", "careorganiser.ui.trials.about", "careorganiser.ui.trials.columns",
        "careorganiser.ui.trials.widths"}
    assert fresh_imports.forbidden_loaded("trials words") == []  # no PySide6.QtWidgets


def test_the_list_from_an_empty_profile(profile: Any) -> None:
    ctx = AppContext(profile, clock=lambda: NOW)
    cols = columns.trial_columns(ctx)
    assert [c.title for c in cols] == ["NCT number", "Title", "Status", "Phase", "Interest", "Imported"]
    manual = trials.add_trial_manually(profile, "NCT01234567", "A trial we heard of")
    imported = trials.import_trial_files(profile, [SEARCH], now=NOW).trial_ids[0]
    rows = {r.id: r for r in trials.list_trials(profile)}
    assert texts(cols, rows[manual]) == ["NCT01234567", "A trial we heard of", "not known", "none given",
                                         "Considering", "no record yet"]
    assert texts(cols, rows[imported])[2:] == ["Recruiting", "Phase 2", "Considering", "21 Nov 2026"]
    trials.set_interest(profile, manual, "not_eligible")
    assert texts(cols, trials.trials_by_ids(profile, [manual])[0])[4] == "Not eligible"
    # Offers: their warnings, each marked with a sign.
    offer = trials.add_offer(profile, name="Stem cells", cost="£9,500")
    offer_texts = texts(columns.offer_columns(), offer)
    assert offer_texts[:3] == ["Stem cells", "", "£9,500"]
    assert offer_texts[3].startswith("\u26a0 ") and offer_texts[3].count("\u26a0") == len(offer.flags)
    assert words.offer_saved(offer).startswith("Saved the offer \u201cStem cells\u201d. \u26a0 ")


def test_what_an_import_says() -> None:
    one = ImportedTrial(1, "NCT00000001", "One", ImportOutcome.ADDED)
    two = ImportedTrial(2, "NCT00000002", "Two", ImportOutcome.UPDATED, changes=())
    report = ImportReport((FileReport("a.json", (one,)), FileReport("b.json", (two,))))
    assert words.import_message(report) == ("2 trials: 1 added, 1 updated.\n"
                                            "\u201ca.json\u201d: NCT00000001 added\n"
                                            "\u201cb.json\u201d: NCT00000002 updated")
    many = ImportReport(tuple(FileReport(f"{n}.json", (ImportedTrial(n, f"NCT{n:08d}", "", ImportOutcome.UNCHANGED),))
                              for n in range(12)))
    lines = words.import_message(many).split("\n")
    assert lines[0] == "12 trials: 12 unchanged." and len(lines) == 1 + words.MAX_MESSAGE_LINES
    assert lines[1] == "\u201c0.json\u201d: NCT00000000 already saved, nothing changed"
    assert lines[-1] == "\u2026 and 5 more"
    assert words.importing_text(1) == "Importing\u2026" and words.importing_text(3) == "Importing 3 files\u2026"
    assert words.import_progress_text(1, 3) == "Importing: file 2 of 3\u2026"
    assert words.import_progress_text(0, 1) == "" and words.import_progress_text(3, 3) == ""
    assert words.lookup_error(trials.TrialLookupFailed("You are offline.")) == "You are offline."
    assert words.lookup_error(OSError("socket")) == words.lookup_failed()
    assert words.typed_nct_id("  nct0123  4567 ") == "NCT0123 4567"
    assert words.not_an_nct_number("X" * 60) == ("\u201c" + "X" * 40 + "\u201d is not an NCT number. It must be "
                                                 "\u201cNCT\u201d followed by 8 digits, for example NCT01234567.")


def test_the_prescreen_in_words(profile: Any) -> None:
    ctx = AppContext(profile, clock=lambda: NOW)
    trial_id = trials.import_trial_files(profile, [SEARCH], now=NOW).trial_ids[0]
    measurements.add_measurement(profile, NOW, "fvc_percent_predicted", 61)
    items = trials.prescreen_trial(profile, trial_id, NOW)
    limits = trials.record_limits_trial(profile, trial_id, NOW)
    rows = words.prescreen_rows(items, limits, ctx)
    assert len(rows) == len(items) + len(limits) and [r.id for r in rows] == list(range(len(rows)))
    assert all(not r.from_record for r in rows[:len(items)]) and all(r.from_record for r in rows[len(items):])
    assert {r.item.status for r in rows} <= set(PrescreenStatus)
    for row in rows:
        shown = texts(columns.prescreen_columns(), row)
        assert shown[0] == trials.prescreen_status_label(row.item.status)
        assert shown[0][0] in "\u2713\u2717\u25cb?"  # a symbol, never colour alone
        assert shown[1] == ("Record's limits" if row.from_record else words.kind_text(row))
        assert shown[1].split(" (")[0] in ("Inclusion", "Exclusion", "Record's limits")
        assert shown[3] == words.reason_text(row.item) != ""
        how = words.how_checked_text(row.item)
        assert how.startswith(trials.prescreen_status_label(row.item.status) + ": ")
        assert (("\n\u2022 " in how) == (len(row.item.checks) > 1))
    assert columns.STATUS_BACKGROUND[rows[0].item.status] is not None
    assert words.prescreen_statement().startswith("This is a pre-screen to discuss with the trial team")


def test_the_study_as_rich_text_is_escaped(profile: Any) -> None:
    trial_id = trials.import_trial_files(profile, [SEARCH], now=NOW).trial_ids[0]
    html = about.about_html(trials.get_trial(profile, trial_id))
    for expected in ("<h4>Interventions</h4><ul><li><b>", "<h4>Summary</h4><p>", "Women and Infants Hospital",
                     "<table cellspacing='2'>", "<td style='padding-right:12px'><b>Official title</b></td>"):
        assert expected in html, expected
    # A record's text is shown as text, never read as markup.
    manual = trials.add_trial_manually(profile, "NCT01234567", "<b>Bold</b> & co")
    html = about.about_html(trials.get_trial(profile, manual))
    assert html.startswith("<p>No ClinicalTrials.gov record is saved for NCT01234567 yet.")
    assert about.paragraphs("<i>a</i>\n\nb & c") == "<p>&lt;i&gt;a&lt;/i&gt;</p><p>b &amp; c</p>"
    assert about.section("Sites", "") == "" and about.bullets([]) == "" and about.facts_table([("a", "")]) == ""
    assert words.short("a  b\nc") == "a b c" and words.short("x" * 200, 10) == "x" * 9 + "\u2026"
    assert words.heading_html("Trials & offers") == "<h2>Trials &amp; offers</h2>"


def test_column_widths_on_a_wide_and_a_narrow_list() -> None:
    titles = [90, 40, 50, 50, 60, 70]
    wanted = [110, 600, 120, 80, 180, 100]
    wide = widths.list_widths(1300, wanted, titles, 0, 1)
    assert wide[0] == 110 and wide[2:] == [120, 80, 180, 100]  # room for every column whole
    assert sum(wide) == 1300 and wide[1] >= 1300 // 3
    narrow = widths.list_widths(700, wanted, titles, 0, 1)
    assert narrow[0] == 110 and all(narrow[c] >= titles[c] for c in range(2, 6))  # titles stay whole
    assert all(narrow[c] < wanted[c] for c in (2, 4)) and sum(narrow) == 700
    assert widths.capped_widths(1000, [100, 100], [(500, 60), (90, 80), (30, 70)]) == [200, 90, 70]
    assert widths.lines_height(17, 3, frame=1, margin=10) == 63 and widths.lines_height(17, widths.TABS_LINES) == 238
    assert words.error_text("Too long") == "\u26a0 Too long"


@given(available=st.integers(1, 4000), wanted=st.lists(st.integers(1, 800), min_size=3, max_size=8),
       data=st.data())
def test_list_widths_keep_the_number_whole_and_never_go_negative(available: int, wanted: list[int],
                                                                 data: st.DataObject) -> None:
    titles = [data.draw(st.integers(1, w)) for w in wanted]
    out = widths.list_widths(available, wanted, titles, 0, 1)
    assert len(out) == len(wanted) and out[0] == wanted[0] and min(out) >= 0
    if sum(out) - out[1] <= available:  # the title column takes what is left, and the list fills the width
        assert sum(out) == available


def test_closed_sets_keep_their_words(profile: Any) -> None:
    """The enums stand for the words stored and written before them: the file and the JSON do not change."""
    from careorganiser.trials.eligibility import CriterionKind
    from careorganiser.trials.model import DateType, Phase, RegistryStatus, StudyType

    assert list(PrescreenStatus) == ["fits", "conflicts", "no_data", "ask_trial_team"]
    assert list(CriterionKind) == ["inclusion", "exclusion"] and list(DateType) == ["ACTUAL", "ESTIMATED"]
    assert list(ImportOutcome) == ["added", "updated", "unchanged", "restored"]
    assert list(Phase) == ["EARLY_PHASE1", "PHASE1", "PHASE2", "PHASE3", "PHASE4", "NA"]
    assert list(StudyType) == ["INTERVENTIONAL", "OBSERVATIONAL", "EXPANDED_ACCESS"]
    assert RegistryStatus.ACTIVE_NOT_RECRUITING == "ACTIVE_NOT_RECRUITING"
    report = trials.import_trial_files(profile, [SEARCH], now=NOW)
    assert report.trials[0].outcome == "added" and f"{report.trials[0].outcome}" == "added"
    stored = profile.read().execute("SELECT status, phases, interest FROM trials").fetchall()
    assert stored == [("RECRUITING", '["PHASE2"]', "considering")]
    study = trials.get_trial(profile, report.trial_ids[0]).study
    assert type(study.phases[0]) is str and type(study.to_dict()["overall_status"]) is str
