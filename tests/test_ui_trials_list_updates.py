"""The list of saved trials reads again only the trials a change names, and puts them in place: the other rows,
the selection and the scroll position stay. A change that does not say which trials reads them all again."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from test_ui_trials import cell, click, make_page, wait_idle

from careorganiser.services import trials
from careorganiser.services.base import notify
from careorganiser.services.medications import MedicationInput, create_medication
from careorganiser.store import models as m
from careorganiser.ui.trials.page import TrialsPage

SHARED = Path(__file__).resolve().parents[2] / "shared" / "ctgov-samples"
CYSTIC = "v2-single-study_NCT00763412_cystic-fibrosis.json"
OTHER = "v2-single-study_NCT02210780.json"
INTEREST_COLUMN = 4


def sample(name: str) -> str:
    path = SHARED / name
    assert path.is_file(), f"the shared samples are missing: {path} (../shared beside the project root)"
    return str(path)


class Watch:
    """What the list's model told its views: the rows repainted, and every insertion, removal or reset."""

    def __init__(self, page: TrialsPage) -> None:
        self.changed: list[int] = []
        self.other: list[str] = []
        model = page.model
        model.dataChanged.connect(lambda top, bottom, *_: self.changed.extend(range(top.row(), bottom.row() + 1)))
        model.rowsInserted.connect(lambda *_: self.other.append("inserted"))
        model.rowsRemoved.connect(lambda *_: self.other.append("removed"))
        model.modelReset.connect(lambda: self.other.append("reset"))
        model.layoutChanged.connect(lambda *_: self.other.append("layout"))

    def clear(self) -> None:
        self.changed.clear()
        self.other.clear()


def imported_page(qtbot: Any, profile: Any, prompter: Any) -> TrialsPage:
    """An empty profile; two trials imported through the page's file chooser."""
    page = make_page(qtbot, profile)
    assert page.model.rowCount() == 0
    prompter.answers["open_files"] = lambda _title: [sample(CYSTIC), sample(OTHER)]
    click(qtbot, page.import_button)
    assert page.message.text().startswith("2 trials: 2 added.")
    assert [cell(page.model, r, 0) for r in range(2)] == ["NCT00763412", "NCT02210780"]
    return page


def test_editing_one_trial_reads_only_its_row(qtbot: Any, profile: Any, prompter: Any, qtmodeltester: Any) -> None:
    page = imported_page(qtbot, profile, prompter)
    first, second = page.model.row_at(0), page.model.row_at(1)
    assert page.selected_id() == first.id  # the first imported trial is shown
    watch = Watch(page)

    # The interest changed in the detail: only its row is read again and repainted.
    combo = page.detail.interest_combo
    combo.setCurrentIndex(combo.findData("screening"))
    assert cell(page.model, 0, INTEREST_COLUMN) == "In screening"
    assert page.model.row_at(1) is second  # the other row was not read again
    assert watch.changed == [0] and watch.other == []
    assert page.selected_id() == first.id and page.detail.trial_id == first.id

    # Notes typed and saved: the same.
    watch.clear()
    page.detail.notes_edit.setFocus()
    qtbot.keyClicks(page.detail.notes_edit, "Ask about travel costs")
    page.detail.save_notes()
    assert trials.get_trial(profile, first.id).notes == "Ask about travel costs"
    assert page.model.row_at(0).notes == "Ask about travel costs"
    assert page.model.row_at(1) is second
    assert watch.changed == [0] and watch.other == []
    assert page.detail.notes_edit.toPlainText() == "Ask about travel costs"

    # The other trial changed elsewhere (the command line, another page): its row only; the selection and
    # the trial shown stay.
    watch.clear()
    kept = page.model.row_at(0)
    trials.set_interest(profile, second.id, "contacted")
    assert not page.detail.worker.is_busy()  # nothing the trial shown shows changed: it is not read again
    wait_idle(qtbot, page)
    assert cell(page.model, 1, INTEREST_COLUMN) == "Contacted the trial team"
    assert page.model.row_at(0) is kept
    assert watch.changed == [1] and watch.other == []
    assert page.selected_id() == first.id and page.detail.trial_id == first.id
    assert page.detail.title_label.text() == trials.get_trial(profile, first.id).title
    # A medication added: the list stays, the trial shown is read again (its pre-screen reads medications).
    watch.clear()
    create_medication(profile, MedicationInput(name="Nintedanib", strength="150 mg"))
    assert page.detail.worker.is_busy("detail")
    wait_idle(qtbot, page)
    assert watch.changed == [] and watch.other == [] and page.selected_id() == first.id
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.offers.model)


def test_reimporting_one_trial_reads_only_its_row(qtbot: Any, profile: Any, prompter: Any) -> None:
    page = imported_page(qtbot, profile, prompter)
    second = page.model.row_at(1)
    watch = Watch(page)
    page.import_paths([sample(CYSTIC)])
    wait_idle(qtbot, page)
    assert page.message.text().startswith("1 trial: 1 unchanged.")
    assert page.model.row_at(1) is second
    assert watch.other == [] and set(watch.changed) <= {0}


def test_a_deleted_selected_trial_hands_the_selection_on(qtbot: Any, profile: Any, prompter: Any) -> None:
    page = imported_page(qtbot, profile, prompter)
    second = page.model.row_at(1)
    page.table.selectRow(0)
    wait_idle(qtbot, page)
    click(qtbot, page.delete_button)
    assert page.model.rowCount() == 1 and page.model.row_at(0) is second
    assert page.selected_id() == second.id
    assert page.detail.trial_id == second.id
    assert page.detail.facts_label.text().startswith("NCT02210780")


def test_the_list_keeps_its_place_when_a_trial_in_view_changes(qtbot: Any, profile: Any, prompter: Any,
                                                                qtmodeltester: Any) -> None:
    page = imported_page(qtbot, profile, prompter)
    for number in range(40):
        trials.add_trial_manually(profile, f"NCT0990{number:04d}", f"Trial {number}")
    wait_idle(qtbot, page)
    assert page.model.rowCount() == 42
    table = page.table
    table.selectRow(3)
    wait_idle(qtbot, page)
    chosen = page.selected_id()
    bar = table.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum() // 2)
    value, top = bar.value(), table.rowAt(0)
    assert top > 3  # the selected row is scrolled out of view
    changed = page.model.row_at(top + 1)
    watch = Watch(page)
    trials.set_interest(profile, changed.id, "declined")
    wait_idle(qtbot, page)
    assert watch.changed == [top + 1] and watch.other == []
    assert cell(page.model, top + 1, INTEREST_COLUMN) == "Decided not to take part"
    assert bar.value() == value and table.rowAt(0) == top
    assert page.selected_id() == chosen
    # A trial added above the rows in view: the rows in view stay where they were on screen.
    shown = page.model.row_at(top).id
    trials.add_trial_manually(profile, "NCT00000001", "Added first")
    wait_idle(qtbot, page)
    assert watch.other == ["inserted"] and page.model.rowCount() == 43
    assert page.model.row_at(table.rowAt(0)).id == shown
    assert page.selected_id() == chosen
    qtmodeltester.check(page.model)


def test_a_change_without_ids_reads_every_trial_again(qtbot: Any, profile: Any, prompter: Any) -> None:
    page = imported_page(qtbot, profile, prompter)
    second = page.model.row_at(1)
    # Changed behind the list's back, then a notice that names no trial (as an import of a whole profile does).
    with profile.session_factory.begin() as s:
        s.get(m.Trial, second.id).interest = "enrolled"
    notify(profile, "trials")
    wait_idle(qtbot, page)
    assert cell(page.model, 1, INTEREST_COLUMN) == "Enrolled"


def test_offers_are_read_by_id_too(qtbot: Any, profile: Any, prompter: Any, qtmodeltester: Any) -> None:
    page = imported_page(qtbot, profile, prompter)
    rows = page.model.rows()
    assert page.offers.table.isHidden()
    first = trials.add_offer(profile, name="Stem cells", cost="£9,500")
    second = trials.add_offer(profile, name="Ozone", provider="A clinic")
    assert [page.offers.model.row_at(r).name for r in range(2)] == ["Stem cells", "Ozone"]
    assert not page.offers.table.isHidden()
    assert all(a is b for a, b in zip(page.model.rows(), rows, strict=True))  # the trials were not read
    kept = page.offers.model.row_at(1)
    trials.update_offer(profile, first.id, name="Stem cells", cost="£9,000")
    assert page.offers.model.row_at(0).cost == "£9,000" and page.offers.model.row_at(1) is kept
    trials.delete_offer(profile, first.id)
    assert [r.id for r in page.offers.model.rows()] == [second.id]
    qtmodeltester.check(page.offers.model)

