"""The trial detail is read in the Trials page's worker: from a new profile, through the real widgets, the newest
trial asked for is the one shown, and notes typed meanwhile are never lost or overwritten."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from careorganiser.services import measurements, trials
from careorganiser.ui.trials.detail import DetailTab
from careorganiser.ui.trials.tables import ShareColumns
from careorganiser.ui.trials.page import TrialsPage

from test_ui_trials import NOW, SEARCH, adding, check_models, click, make_page, wait_idle


def select(page: TrialsPage, nct_id: str) -> None:
    """Click the trial's row; its detail is being read when this returns (nothing was delivered yet)."""
    page.table.selectRow(page.model.row_of_id(trials.get_trial(page.ctx.profile, nct_id).id))
    assert page.detail.worker.is_busy("detail") and not page.is_idle()


def test_trials_are_read_in_the_worker_and_notes_typed_meanwhile_are_kept(qtbot: Any, profile: Any, prompter: Any,
                                                                           qtmodeltester: Any) -> None:
    page = make_page(qtbot, profile)
    prompter.answers["open_files"] = [str(SEARCH)]
    click(qtbot, page.import_button)
    prompter.answers["run_dialog"] = adding("NCT01234567", "A trial we heard of")
    page.on_add_clicked()
    wait_idle(qtbot, page)
    detail = page.detail
    assert detail.title_label.text() == "A trial we heard of"
    assert "no ClinicalTrials.gov record saved yet" in detail.facts_label.text()

    # Only the newest trial asked for is shown; the one asked for before it is dropped.
    select(page, "NCT06388018")
    select(page, "NCT01234567")
    select(page, "NCT06388018")
    wait_idle(qtbot, page)
    assert detail.title_label.text().startswith("Tailoring Therapy in Post-surgical Patients")
    assert "Women and Infants Hospital, Providence" in detail.about.toPlainText()
    assert detail.questions.model.rowCount() >= 9 and "Not planned yet" in detail.questions.intro.text()
    assert detail.prescreen.model.rowCount() > 0

    # Typed into the notes of the trial shown while another one is read: saved to the trial they were typed for.
    select(page, "NCT01234567")
    detail.notes_edit.insertPlainText("Asked the coordinator about travel costs.")
    wait_idle(qtbot, page)
    assert detail.title_label.text() == "A trial we heard of" and detail.notes_edit.toPlainText() == ""
    assert trials.get_trial(profile, "NCT06388018").notes == "Asked the coordinator about travel costs."
    assert trials.get_trial(profile, "NCT01234567").notes == ""

    # Typing while the same trial is read again (a new result recorded): what is typed stays, then is saved.
    detail.notes_edit.setFocus()
    qtbot.keyClicks(detail.notes_edit, "Jo rings back Monday")
    measurements.add_measurement(profile, NOW - timedelta(hours=2), "alt_u_l", 40, source="lab")
    assert not page.is_idle()  # the change notice read the trial again
    wait_idle(qtbot, page)
    assert detail.notes_edit.toPlainText() == "Jo rings back Monday"
    qtbot.waitUntil(lambda: trials.get_trial(profile, "NCT01234567").notes == "Jo rings back Monday", timeout=5000)

    # Saved while the trial is being read: the notes shown are those saved, not what the read found before.
    detail.show_trial(detail.trial_id)
    detail.notes_edit.setPlainText("The clinic asked us to pay for the infusions.")
    detail.save_notes()
    assert not detail.caution_label.isHidden()  # a mention of payment shows the caution at once
    wait_idle(qtbot, page)
    assert detail.notes_edit.toPlainText() == "The clinic asked us to pay for the infusions."
    assert detail.detail is not None and detail.detail.notes == "The clinic asked us to pay for the infusions."
    assert not detail.caution_label.isHidden() and detail.caution_label.text().startswith("\u26a0 This mentions paying")
    check_models(qtmodeltester, page)


def test_the_pre_screen_columns_are_fitted_when_its_tab_is_shown(qtbot: Any, profile: Any, prompter: Any) -> None:
    """Filled while its tab is hidden, the pre-screen table is measured when the tab is shown (a hidden table
    would measure every row, on every trial shown)."""
    page = make_page(qtbot, profile)
    prompter.answers["open_files"] = [str(SEARCH), str(SEARCH.parent / "classic-v1-fullstudies_NCT00023673_nsclc.json")]
    click(qtbot, page.import_button)
    detail = page.detail
    view, header = detail.prescreen.table, detail.prescreen.table.horizontalHeader()
    (sharer,) = [child for child in view.children() if isinstance(child, ShareColumns)]
    detail.tabs.setCurrentIndex(DetailTab.PRESCREEN)
    detail.tabs.setCurrentIndex(DetailTab.ABOUT)
    for nct_id in ("NCT00023673", "NCT06388018"):  # each filled with the tab hidden, then shown
        page.table.selectRow(page.model.row_of_id(trials.get_trial(profile, nct_id).id))
        wait_idle(qtbot, page)
        assert detail.tabs.currentIndex() == DetailTab.ABOUT and detail.prescreen.model.rowCount() > 0
        detail.tabs.setCurrentIndex(DetailTab.PRESCREEN)
        shown = [header.sectionSize(c) for c in range(header.count())]
        sharer.share()  # fitted again to the rows in view: nothing moves
        assert [header.sectionSize(c) for c in range(header.count())] == shown, nct_id
        for column in (0, 1, 4, 5):  # as wide as their title or their contents, at most
            wanted = max(header.sectionSizeHint(column), view.sizeHintForColumn(column))
            assert header.sectionSize(column) <= wanted + 1, (nct_id, column)
        assert sum(shown) <= view.viewport().width() + 1
        detail.tabs.setCurrentIndex(DetailTab.ABOUT)
