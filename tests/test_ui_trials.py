"""The Trials page, driven through its real widgets (pytest-qt, offscreen)."""

from __future__ import annotations

import json
import socket
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLabel, QLineEdit, QPlainTextEdit

from careorganiser.services import questions, trials
from careorganiser.ui.context import AppContext
from careorganiser.ui.trials.detail import DetailTab
from careorganiser.ui.trials.dialogs import AddTrialDialog
from careorganiser.ui.trials.page import TrialsPage

from conftest import DEMO_NOW
from fake_registry import serve_registry
from ui_helpers import show

FIXTURES = Path(__file__).parent / "fixtures" / "ctgov"
SEARCH = FIXTURES / "v2-search-response_NCT06388018_recruiting.json"
SINGLE = FIXTURES / "v2-single-study_NCT00763412_cystic-fibrosis.json"
NOW = datetime(2026, 11, 21, 10, 0, tzinfo=UTC)


def make_page(qtbot: Any, profile: Any, now: datetime = NOW) -> TrialsPage:
    ctx = AppContext(profile, clock=lambda: now)
    page = TrialsPage(ctx)
    show(qtbot, page, 1200, 900)
    wait_idle(qtbot, page)
    return page


def wait_idle(qtbot: Any, page: TrialsPage) -> None:
    """Until an import and the pre-screen (both in a worker) are done."""
    qtbot.waitUntil(page.is_idle, timeout=20_000)


def check_models(qtmodeltester: Any, page: TrialsPage) -> None:
    for model in (page.model, page.detail.prescreen.model, page.detail.changes.model, page.detail.questions.model):
        qtmodeltester.check(model)


def cell(model: Any, row: int, column: int, role: Qt.ItemDataRole = Qt.ItemDataRole.DisplayRole) -> Any:
    return model.data(model.index(row, column), role)


def click(qtbot: Any, button: QAbstractButton) -> None:
    """Click, then wait for what the click started in a worker (an import, a pre-screen) to be shown."""
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    page = button.parentWidget()
    while page is not None and not isinstance(page, TrialsPage):
        page = page.parentWidget()
    if page is not None:
        wait_idle(qtbot, page)


# ---------------------------------------------------------------------------------------------- import


def test_empty_page_explains_what_to_do(qtbot: Any, profile: Any, qtmodeltester: Any) -> None:
    page = make_page(qtbot, profile)
    assert page.model.rowCount() == 0 and not page.empty_label.isHidden()
    assert "import it here" in page.empty_label.text()
    assert page.detail.scroll.isHidden() and not page.delete_button.isEnabled()
    check_models(qtmodeltester, page)


def test_import_through_the_file_chooser(qtbot: Any, profile: Any, qtmodeltester: Any, prompter: Any) -> None:
    page = make_page(qtbot, profile)
    asked: list[str] = []
    prompter.answers["open_files"] = lambda title: asked.append(title) or [str(SEARCH), str(SINGLE)]
    click(qtbot, page.import_button)
    assert asked == ["Import trial records saved from ClinicalTrials.gov"]
    assert page.message.text().startswith("2 trials: 2 added.")
    assert "\u201cv2-search-response_NCT06388018_recruiting.json\u201d: NCT06388018 added" in page.message.text()
    assert page.model.rowCount() == 2
    assert [cell(page.model, r, 0) for r in range(2)] == ["NCT00763412", "NCT06388018"]
    row = page.model.row_of_id(trials.get_trial(profile, "NCT06388018").id)
    assert cell(page.model, row, 2) == "Recruiting" and cell(page.model, row, 3) == "Phase 2"
    assert cell(page.model, row, 4) == "Considering" and cell(page.model, row, 5) == "21 Nov 2026"
    assert page.model.headerData(5, Qt.Orientation.Horizontal) == "Imported"
    # The first imported trial is shown in detail.
    detail = page.detail
    assert page.selected_id() == trials.get_trial(profile, "NCT06388018").id
    assert detail.title_label.text().startswith("Tailoring Therapy in Post-surgical Patients")
    assert detail.facts_label.text().startswith("NCT06388018 \u00b7 Recruiting \u00b7 Phase 2")
    about = detail.about.toPlainText()
    for expected in ("Official title", "A larger group, to see whether the treatment works", "NRG Oncology",
                     "start 2025-01-16 (estimated)", "Women and Infants Hospital, Providence",
                     "Site Public Contact, 401-274-1122", "Interventions"):
        assert expected in about, expected
    check_models(qtmodeltester, page)


def test_a_bad_file_shows_one_message_and_stores_nothing(qtbot: Any, profile: Any, tmp_path: Path, prompter: Any) -> None:
    page = make_page(qtbot, profile)
    bad = tmp_path / "half.json"
    bad.write_text(SEARCH.read_text(encoding="utf-8")[:300], encoding="utf-8")
    prompter.answers["open_files"] = [str(SINGLE), str(bad)]
    click(qtbot, page.import_button)
    text = page.message.text()
    assert text.startswith("\u26a0 \u201chalf.json\u201d is not complete, valid JSON") and "Nothing was imported" in text
    assert page.message.styleSheet() == "color: #b00020"
    assert trials.list_trials(profile) == [] and page.model.rowCount() == 0
    prompter.answers["open_files"] = []  # the chooser cancelled: nothing happens
    click(qtbot, page.import_button)
    assert trials.list_trials(profile) == []


def drop(qtbot: Any, page: TrialsPage, paths: list[Path]) -> QDropEvent:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(page, enter)
    assert enter.isAccepted()
    event = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(page, event)
    qtbot.waitUntil(page.is_idle, timeout=20_000)
    return event


def test_drag_and_drop_files_onto_the_page(qtbot: Any, profile: Any, tmp_path: Path) -> None:
    page = make_page(qtbot, profile)
    assert page.acceptDrops()
    event = drop(qtbot, page, [FIXTURES / "csv-download_two-studies.csv"])
    assert event.isAccepted()
    assert [r.nct_id for r in trials.list_trials(profile)] == ["NCT09000001", "NCT09000002"]
    assert page.model.rowCount() == 2 and page.message.text().startswith("2 trials: 2 added.")
    pdf = tmp_path / "leaflet.json"
    pdf.write_bytes(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
    drop(qtbot, page, [pdf])
    assert "\u201cleaflet.json\u201d is not a text file in UTF-8" in page.message.text()
    assert len(trials.list_trials(profile)) == 2
    text_only = QMimeData()
    text_only.setText("hello")
    enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, text_only, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(page, enter)
    assert not enter.isAccepted()


def changed_copy(tmp_path: Path) -> Path:
    document = json.loads(SEARCH.read_text(encoding="utf-8"))
    ps = document["studies"][0]["protocolSection"]
    ps["statusModule"]["overallStatus"] = "COMPLETED"
    ps["contactsLocationsModule"]["locations"].append({"facility": "Leeds Cancer Centre", "city": "Leeds",
                                                       "country": "United Kingdom", "status": "RECRUITING"})
    path = tmp_path / "later.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def test_reimport_shows_what_changed_and_keeps_notes(qtbot: Any, profile: Any, tmp_path: Path,
                                                    qtmodeltester: Any) -> None:
    trials.import_trial_files(profile, [SEARCH])
    trials.set_notes(profile, "NCT06388018", "Asked about travel costs.")
    page = make_page(qtbot, profile)
    detail = page.detail
    assert detail.changed_label.isHidden() and detail.changes.model.rowCount() == 0
    assert "Nothing changed at the last import" in detail.changes.intro.text()
    drop(qtbot, page, [changed_copy(tmp_path)])
    assert "NCT06388018 updated (2 changes: see \u201cWhat changed\u201d)" in page.message.text()
    assert not detail.changed_label.isHidden() and "(2 changes)" in detail.changed_label.text()
    assert detail.tabs.widget(DetailTab.CHANGES) is detail.changes
    assert detail.tabs.tabText(DetailTab.CHANGES) == "&What changed (2)"
    rows = {cell(detail.changes.model, r, 0): r for r in range(detail.changes.model.rowCount())}
    assert cell(detail.changes.model, rows["Status"], 1) == "Recruiting"
    assert cell(detail.changes.model, rows["Status"], 2) == "Completed"
    assert cell(detail.changes.model, rows["Site added"], 2) == "Leeds Cancer Centre, Leeds, United Kingdom"
    assert detail.notes_edit.toPlainText() == "Asked about travel costs."
    assert "changed" in cell(page.model, 0, 5)
    check_models(qtmodeltester, page)


# ---------------------------------------------------------------------------------------------- pre-screen


def test_the_prescreen_item_by_item_on_the_demo(qtbot: Any, demo_profile: Any, qtmodeltester: Any) -> None:
    page = make_page(qtbot, demo_profile, DEMO_NOW)
    assert cell(page.model, 0, 0) == "NCT09900001"
    detail = page.detail
    detail.tabs.setCurrentIndex(DetailTab.PRESCREEN)
    assert detail.prescreen.statement.text().startswith(
        "This is a pre-screen to discuss with the trial team, not a decision about eligibility.")
    assert detail.prescreen.summary.text() == (
        "9 fit \u00b7 0 conflict \u00b7 0 without recent data \u00b7 2 to ask the trial team")  # IPF, pirfenidone
    model = detail.prescreen.model
    items = trials.prescreen_trial(demo_profile, "NCT09900001", DEMO_NOW)
    assert model.rowCount() == len(items) + 1  # and the record's own age limits
    assert [cell(model, r, 2) for r in range(len(items))] == [i.text for i in items]
    shown = {cell(model, r, 2): r for r in range(model.rowCount())}
    fvc = shown["FVC 45% to 90% of predicted value (including 45% and 90%) at screening"]
    fvc_item = items[fvc]
    assert [cell(model, fvc, c) for c in range(6)] == [
        "\u2713 Fits", "Inclusion", fvc_item.text, fvc_item.reason, "61%",
        f"{fvc_item.taken_at.astimezone(page.ctx.zone).day} Nov 2026"]
    assert "the item states 45\u201390%" in cell(model, fvc, 3)  # the reason of each item is on the page
    assert "the item states 45\u201390%" in cell(model, fvc, 0, Qt.ItemDataRole.ToolTipRole)
    smoker = shown["Current smoker"]
    assert [cell(model, smoker, c) for c in (0, 1, 4, 5)] == ["? Ask the trial team", "Exclusion", "", ""]
    assert "ask the trial team" in cell(model, smoker, 3)
    alt = shown["ALT or AST > 3 x ULN"]
    assert (cell(model, alt, 0), cell(model, alt, 1), cell(model, alt, 4)) == ("\u2713 Fits", "Exclusion",
                                                                              value_of(items[alt], "U/L"))
    assert cell(model, shown["Six-minute walk distance < 150 m"], 4) == "372 m"
    assert cell(model, shown["Age 40 years or older"], 4) == "75 years"
    assert cell(model, model.rowCount() - 1, 1) == "Record's limits"
    for r in range(model.rowCount()):  # never colour alone: a symbol and a word on every row
        status = cell(model, r, 0)
        assert status[0] in "\u2713\u2717\u25cb?" and len(status) > 3
    page.detail.prescreen.table.selectRow(fvc)
    assert detail.prescreen.reason.text().startswith("\u2713 Fits: FVC % predicted 61% on ")
    check_models(qtmodeltester, page)


def value_of(item: trials.PrescreenItem, unit: str) -> str:
    return f"{item.value:g} {unit}"


def test_the_prescreen_follows_new_results(qtbot: Any, demo_profile: Any) -> None:
    from careorganiser.services import measurements

    page = make_page(qtbot, demo_profile, DEMO_NOW)
    measurements.add_measurement(demo_profile, DEMO_NOW - timedelta(hours=3), "alt_u_l", 250, source="lab",
                                 range_low=7, range_high=56)
    model = page.detail.prescreen.model
    qtbot.waitUntil(lambda: "1 conflict" in page.detail.prescreen.summary.text(), timeout=20_000)
    shown = {cell(model, r, 2): r for r in range(model.rowCount())}
    alt = shown["ALT or AST > 3 x ULN"]
    assert (cell(model, alt, 0), cell(model, alt, 4)) == ("\u2717 Conflicts", "250 U/L")
    assert "1 conflict" in page.detail.prescreen.summary.text()


# ---------------------------------------------------------------------------------------------- interest and notes


def test_interest_and_notes_are_saved_as_they_are_edited(qtbot: Any, profile: Any) -> None:
    trial_id = trials.import_trial_files(profile, [SINGLE]).trial_ids[0]
    page = make_page(qtbot, profile)
    detail = page.detail
    combo = detail.interest_combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Considering", "Contacted the trial team", "In screening", "Enrolled", "Not eligible",
        "Decided not to take part"]
    combo.setCurrentIndex(combo.findData("contacted"))
    assert trials.get_trial(profile, trial_id).interest == "contacted"
    assert cell(page.model, 0, 4) == "Contacted the trial team"
    assert detail.notes_status.text() == "Interest saved: Contacted the trial team."

    detail.notes_edit.setFocus()
    qtbot.keyClicks(detail.notes_edit, "Coordinator: Jo, 0161 000 0000")
    assert detail.notes_status.text() == "Saving\u2026"
    qtbot.waitUntil(lambda: trials.get_trial(profile, trial_id).notes == "Coordinator: Jo, 0161 000 0000",
                    timeout=5000)
    assert detail.notes_status.text() == "Notes saved."
    assert detail.notes_edit.toPlainText() == "Coordinator: Jo, 0161 000 0000"  # not reset while typing
    assert cell(page.model, 0, 1).startswith("Pilot and Feasibility")

    # Leaving the box saves at once; a clinic asking for payment shows the caution straight away.
    detail.notes_edit.setPlainText("The clinic asked us to pay for the stem cell treatment.")
    assert detail.caution_label.isHidden()
    detail.save_notes()
    assert trials.get_trial(profile, trial_id).notes == "The clinic asked us to pay for the stem cell treatment."
    assert not detail.caution_label.isHidden() and detail.caution_label.text().startswith("\u26a0 This mentions paying")


def test_notes_too_long_are_refused_in_words(qtbot: Any, profile: Any) -> None:
    trial_id = trials.import_trial_files(profile, [SINGLE]).trial_ids[0]
    page = make_page(qtbot, profile)
    page.detail.notes_edit.setPlainText("x" * 20_001)
    page.detail.save_notes()
    assert page.detail.notes_status.text() == "\u26a0 Notes is too long: 20001 characters, at most 20000."
    assert trials.get_trial(profile, trial_id).notes == ""


# ---------------------------------------------------------------------------------------------- questions


def test_add_template_questions_for_the_next_appointment(qtbot: Any, demo_profile: Any,
                                                         qtmodeltester: Any) -> None:
    page = make_page(qtbot, demo_profile, DEMO_NOW)
    detail = page.detail
    detail.tabs.setCurrentIndex(DetailTab.QUESTIONS)
    assert "for the next appointment" in detail.questions.intro.text() and "ILD review" in detail.questions.intro.text()
    templates = detail.questions.model
    assert templates.rowCount() >= 9 and not detail.questions.add_button.isEnabled()
    keys = [templates.item(i).data(Qt.ItemDataRole.UserRole) for i in range(templates.rowCount())]
    for key in ("registered", "standard_care"):
        templates.item(keys.index(key)).setCheckState(Qt.CheckState.Checked)
    assert detail.questions.ticked_keys() == ["registered", "standard_care"]
    before = len(questions.list_questions(demo_profile))
    click(qtbot, detail.questions.add_button)
    added = [q for q in questions.list_questions(demo_profile) if q.trial_nct_id == "NCT09900001"
             and q.topic in ("Registration", "Current treatment")]
    assert len(questions.list_questions(demo_profile)) == before + 2 and len(added) == 2
    assert all(q.appointment_id is not None and q.appointment_label.startswith("ILD review") for q in added)
    assert detail.questions.result.text().startswith("Added 2 questions for the next appointment (ILD review")
    item = templates.item(keys.index("registered"))
    assert item.text().endswith("(already in your questions)")
    assert not item.flags() & Qt.ItemFlag.ItemIsUserCheckable
    click(qtbot, detail.questions.tick_all_button)
    assert "registered" not in detail.questions.ticked_keys() and "leaving" in detail.questions.ticked_keys()
    check_models(qtmodeltester, page)


# ---------------------------------------------------------------------------------------------- add, look up, delete


def adding(nct_id: str, title: str) -> Callable[[AddTrialDialog], int]:
    """The caregiver's answer to the "Add by NCT number" dialog: the number and title typed, then Add."""

    def fill(dialog: AddTrialDialog) -> int:
        dialog.nct_edit.setText(nct_id)
        dialog.title_edit.setText(title)
        dialog.add_button.click()
        return dialog.result()

    return fill


def test_add_by_nct_number_validates_and_stores_nothing_on_error(qtbot: Any, profile: Any, prompter: Any) -> None:
    page = make_page(qtbot, profile)
    seen: dict[str, Any] = {}

    def fill_bad(dialog: AddTrialDialog) -> int:
        dialog.nct_edit.setText("NCT123")
        dialog.add_button.click()
        seen["error"] = dialog.errors.message("nct_id")
        seen["caution"] = dialog.caution.text() if not dialog.caution.isHidden() else ""
        return 0

    prompter.answers["run_dialog"] = fill_bad
    click(qtbot, page.add_button)
    assert seen["error"] == ("\u201cNCT123\u201d is not an NCT number. It must be \u201cNCT\u201d followed by 8 digits, "
                             "for example NCT01234567.")
    assert seen["caution"].startswith("\u26a0 This trial has no NCT number, so it may not be registered.")
    assert trials.list_trials(profile) == [] and page.model.rowCount() == 0

    prompter.answers["run_dialog"] = adding("nct01234567", "Inhaled treprostinil in ILD")
    page.on_new()  # Ctrl+N on this page
    wait_idle(qtbot, page)  # the trial is read in the worker
    (row,) = trials.list_trials(profile)
    assert (row.nct_id, row.title) == ("NCT01234567", "Inhaled treprostinil in ILD")
    assert page.selected_id() == row.id and "Saved NCT01234567" in page.message.text()
    assert "no ClinicalTrials.gov record saved yet" in page.detail.facts_label.text()
    assert "No ClinicalTrials.gov record is saved for NCT01234567 yet" in page.detail.about.toPlainText()
    assert cell(page.model, 0, 3) == "none given" and cell(page.model, 0, 5) == "no record yet"

    def fill_duplicate(dialog: AddTrialDialog) -> int:
        dialog.nct_edit.setText("NCT01234567")
        dialog.add_button.click()
        seen["duplicate"] = dialog.errors.message("nct_id")
        seen["caution"] = dialog.caution.isHidden()
        return 0

    prompter.answers["run_dialog"] = fill_duplicate
    click(qtbot, page.add_button)
    assert seen["duplicate"] == "NCT01234567 is already saved." and seen["caution"]
    assert len(trials.list_trials(profile)) == 1


@pytest.fixture
def registry() -> Iterator[str]:
    with serve_registry() as url:
        yield url


def test_look_up_online_only_when_asked(qtbot: Any, profile: Any, registry: str, prompter: Any) -> None:
    trials.set_ctgov_base_url(profile, registry)
    trials.add_trial_manually(profile, "NCT00763412")
    page = make_page(qtbot, profile)
    asked: list[tuple[str, str]] = []
    prompter.answers["ask_text"] = lambda title, label: asked.append((title, label)) or None
    click(qtbot, page.lookup_button)  # cancelled: nothing happens
    assert asked and "goes online" in asked[0][1] and not page.detail.detail.has_record

    prompter.answers["ask_text"] = "NCT00763412"
    qtbot.mouseClick(page.lookup_button, Qt.MouseButton.LeftButton)  # the look-up runs in a worker
    assert page.message.text() == "Looking up NCT00763412 on ClinicalTrials.gov\u2026"
    assert not page.lookup_button.isEnabled()
    qtbot.waitUntil(lambda: page.lookup_button.isEnabled(), timeout=10_000)
    wait_idle(qtbot, page)  # the trial is read again in the worker
    assert "NCT00763412 updated" in page.message.text()
    detail = trials.get_trial(profile, "NCT00763412")
    assert detail.has_record and detail.title.startswith("Pilot and Feasibility")
    assert page.detail.title_label.text().startswith("Pilot and Feasibility")

    prompter.answers["ask_text"] = "NCT00000001"
    click(qtbot, page.lookup_button)
    qtbot.waitUntil(lambda: page.lookup_button.isEnabled(), timeout=10_000)
    assert page.message.text() == "\u26a0 ClinicalTrials.gov has no study NCT00000001; check the number."

    prompter.answers["ask_text"] = "not a number"
    click(qtbot, page.lookup_button)
    assert page.message.text().startswith("\u26a0 \u201cNOT A NUMBER\u201d is not an NCT number.")
    assert len(trials.list_trials(profile)) == 1


def test_look_up_offline_says_so(qtbot: Any, profile: Any, prompter: Any) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    trials.set_ctgov_base_url(profile, f"http://127.0.0.1:{port}/api/v2")
    page = make_page(qtbot, profile)
    prompter.answers["ask_text"] = "NCT00763412"
    click(qtbot, page.lookup_button)
    qtbot.waitUntil(lambda: page.lookup_button.isEnabled(), timeout=15_000)
    assert page.message.text().startswith("\u26a0 ClinicalTrials.gov could not be reached, so the computer may be "
                                          "offline")
    assert trials.list_trials(profile) == []


def test_delete_with_undo(qtbot: Any, profile: Any) -> None:
    trials.import_trial_files(profile, [SEARCH, SINGLE])
    page = make_page(qtbot, profile)
    page.table.selectRow(1)
    nct = cell(page.model, 1, 0)
    click(qtbot, page.delete_button)
    assert [r.nct_id for r in trials.list_trials(profile)] == [cell(page.model, 0, 0)]
    assert page.model.rowCount() == 1 and not page.undo_bar.isHidden()
    assert nct not in page.detail.facts_label.text()
    click(qtbot, page.undo_bar.undo_button)
    assert page.model.rowCount() == 2 and cell(page.model, page.model.row_of_id(page.selected_id()), 0) == nct


def test_every_control_has_a_name_and_labels_have_buddies(qtbot: Any, demo_profile: Any) -> None:
    from PySide6.QtWidgets import QTabBar

    page = make_page(qtbot, demo_profile, DEMO_NOW)
    for button in page.findChildren(QAbstractButton):
        if button.objectName().startswith("qt_") or isinstance(button.parent(), QTabBar):
            continue  # Qt's own corner and scroll buttons
        assert button.accessibleName() and button.text().replace("&", "").strip(), button
    for widget in page.findChildren(QComboBox) + page.findChildren(QPlainTextEdit) + page.findChildren(QLineEdit):
        assert widget.accessibleName(), widget
    buddies = {label.buddy().accessibleName() for label in page.findChildren(QLabel) if label.buddy() is not None}
    assert {"Saved trials", "Your interest in this trial", "Your notes about this trial"} <= buddies
    assert page.detail.prescreen.table.accessibleName() == "Eligibility pre-screen, item by item"
    tabs = page.detail.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "&About the study", "&Pre-screen", "&What changed", "&Questions"]


def test_a_narrow_list_keeps_the_nct_number_whole_and_room_for_the_title(qtbot: Any, demo_profile: Any) -> None:
    page = make_page(qtbot, demo_profile, DEMO_NOW)
    page.resize(640, 700)
    qtbot.waitUntil(lambda: page.table.viewport().width() < 640)
    header = page.table.horizontalHeader()
    available = page.table.viewport().width()
    assert header.sectionSize(0) >= page.table.sizeHintForColumn(0)
    assert header.sectionSize(1) >= available // 3 - 1
    assert sum(header.sectionSize(c) for c in range(page.model.columnCount())) <= available + 1


def test_the_title_follows_a_larger_text_size(qtbot: Any, profile: Any, qapp: QApplication) -> None:
    """View > Larger text left the trial's title at the size it had when the page was made."""
    from careorganiser.ui.application import apply_text_scale

    trials.add_trial_manually(profile, "NCT01234567", "A trial we heard of")
    page = make_page(qtbot, profile)
    detail = page.detail
    assert detail.title_label.text() == "A trial we heard of"
    try:
        for scale in (200, 100):
            apply_text_scale(qapp, scale, remember=False)
            QApplication.processEvents()
            assert detail.title_label.font().pointSizeF() == pytest.approx(detail.font().pointSizeF() * 1.2)
            assert detail.title_label.font().bold()
            assert detail.facts_label.font().pointSizeF() == pytest.approx(detail.font().pointSizeF())
    finally:
        apply_text_scale(qapp, 100, remember=False)
