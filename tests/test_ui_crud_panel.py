"""The one CRUD panel under the symptom journal and the measurements tab: the same list, form, edit, delete and
undo, driven through both real panels from an empty profile."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt

from careorganiser.domain.enums import DoseStatus, QuestionStatus, RideStatus
from careorganiser.services import measurements, symptoms, trash
from careorganiser.ui.context import AppContext
from careorganiser.ui.pages.crud_panel import CrudPanel
from careorganiser.ui.journal.page import JournalPage
from careorganiser.domain.status_words import status_text, status_words

from ui_helpers import show

NOW = datetime(2026, 11, 21, 10, 0, tzinfo=UTC)


def add_note(qtbot, page: JournalPage) -> CrudPanel:
    notes = page.notes
    row = notes.rows[0]
    row.name.lineEdit().clear()
    qtbot.keyClicks(row.name.lineEdit(), "cough")
    row.severity.setCurrentIndex(row.severity.findData(2))
    qtbot.mouseClick(notes.save_button, Qt.MouseButton.LeftButton)
    return notes


def add_measurement(qtbot, page: JournalPage) -> CrudPanel:
    page.tabs.setCurrentWidget(page.measures)
    panel = page.measures
    panel.kind_combo.setCurrentIndex(panel.kind_combo.findData("weight_kg"))
    qtbot.keyClicks(panel.value_edit, "61.5")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    return panel


PANELS = {
    # how to add one record through the form, how many are stored, the trash kind, words of the undo bar
    "notes": (add_note, symptoms.count_notes, "symptom_note", "Deleted the note of Sat 21 Nov 2026 10:00."),
    "measurements": (add_measurement, measurements.count_measurements, "measurement",
                     "Deleted Weight 61.5 kg of Sat 21 Nov 2026 10:00."),
}


@pytest.fixture
def page(qtbot, profile) -> JournalPage:
    return show(qtbot, JournalPage(AppContext(profile, clock=lambda: NOW)), 1100, 760)


@pytest.mark.parametrize("which", PANELS)
def test_add_edit_delete_and_undo_the_same_way_in_both_panels(qtbot, qtmodeltester, prompter, profile, page, which):
    add, stored, _kind, deleted = PANELS[which]
    panel = add(qtbot, page)
    assert isinstance(panel, CrudPanel)
    assert stored(profile) == 1
    assert panel.model.rowCount() == 1 and panel.table.isVisible() and not panel.empty_label.isVisible()
    qtmodeltester.check(panel.model)
    record = panel.model.row_at(0)
    assert panel.selected_item().id == record.id  # the saved record is selected in the list
    assert panel.edit_button.isEnabled() and panel.delete_button.isEnabled()

    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    assert panel.editing == record
    assert panel.save_button.text() == "&Save changes" and panel.clear_button.text() == "Cance&l edit"

    asked: list[str] = []
    prompter.answers["confirm"] = lambda title, text: asked.append(text) or False
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert stored(profile) == 1 and panel.editing == record  # "no" keeps it, and the edit
    prompter.answers["confirm"] = True
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert "You can undo this." in asked[0]
    assert stored(profile) == 0
    assert panel.model.rowCount() == 0 and panel.empty_label.isVisible()
    assert panel.editing is None  # the record being edited went: the form is a new one again
    assert panel.save_button.text() != "&Save changes"
    assert page.undo_bar.label.text() == deleted

    qtbot.mouseClick(page.undo_bar.undo_button, Qt.MouseButton.LeftButton)
    assert stored(profile) == 1
    assert panel.model.rowCount() == 1 and panel.selected_item().id == record.id
    qtmodeltester.check(panel.model)


@pytest.mark.parametrize("which", PANELS)
def test_deleting_what_is_already_gone_says_so(qtbot, prompter, profile, page, which):
    add, stored, kind, _deleted = PANELS[which]
    panel = add(qtbot, page)
    record = panel.selected_item()
    model = trash.KINDS[kind][0]
    with profile.session_factory.begin() as s:  # gone behind the list's back (the command line, another computer)
        s.get(model, record.id).deleted_at = datetime.now(UTC)
    warned: list[tuple[str, str]] = []
    prompter.answers["confirm"] = True
    prompter.answers["warn"] = lambda title, text: warned.append((title, text))
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert warned == [("Cannot delete", "That record no longer exists.")]
    assert stored(profile) == 0 and not page.undo_bar.isVisible()


def test_a_save_refused_names_the_field_in_both_panels(qtbot, profile, page):
    notes = page.notes
    notes.rows[0].name.lineEdit().clear()
    notes.rows[0].severity.setCurrentIndex(1)  # rated, with no name
    qtbot.mouseClick(notes.save_button, Qt.MouseButton.LeftButton)
    assert "has a severity but no name" in notes.symptoms_error.text() and symptoms.count_notes(profile) == 0
    page.tabs.setCurrentWidget(page.measures)
    panel = page.measures
    qtbot.keyClicks(panel.value_edit, "lots")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert panel.errors.message("value") and measurements.count_measurements(profile) == 0


def test_one_table_of_status_words_covers_every_status(qapp):
    assert list(status_words("ride")) == [s.value for s in RideStatus]
    assert list(status_words("question")) == [s.value for s in QuestionStatus]
    assert set(status_words("dose_history")) == {s.value for s in DoseStatus}
    assert set(status_words("dose_today")) == {s.value for s in DoseStatus} | {"due", "upcoming"}
    assert status_words("dose_today")["due"] == "Due now"
    assert status_text("ride", "needed") == "Needed: nobody asked yet"
    assert list(status_words("ride_printed")) == [s.value for s in RideStatus]  # the pack and the ride sheet
    assert status_text("ride_printed", "needed") == "Needed, no driver yet"
    assert status_text("question", "someday") == "someday"  # unknown: shown as stored


def test_the_command_line_and_the_window_share_one_table_of_status_words():
    """The words live below the ui (no Qt), so ``careorganiser today`` and the Today page read the same table."""
    import subprocess
    import sys

    from careorganiser.commands import today as today_command

    assert set(status_words("dose_command")) == set(status_words("dose_today"))
    assert status_text("dose_command", "due") == "DUE NOW"
    assert not hasattr(today_command, "status_words") or today_command.status_words is status_words
    code = ("import sys; import careorganiser.domain.status_words as w; "
            "print(w.status_text('ride_today', 'needed')); print('PySide6' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out[-1] == "False" and "needed" in " ".join(out)
