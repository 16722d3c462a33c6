"""The Symptoms & measurements page, driven through its real widgets."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from careorganiser.services import measurements, symptoms
from careorganiser.store import models as m
from careorganiser.ui.context import AppContext
from careorganiser.ui.journal.page import JournalPage
from careorganiser.ui.journal.measurements import CustomKindDialog

from ui_helpers import show, wait_chart

NOW = datetime(2026, 11, 21, 10, 0, tzinfo=UTC)  # the demo's "now" (conftest.DEMO_NOW)


def make_page(qtbot, profile) -> JournalPage:
    ctx = AppContext(profile, clock=lambda: NOW)
    page = JournalPage(ctx)
    show(qtbot, page, 1100, 760)
    return page


def open_measurements(page: JournalPage):
    """Switch to the measurements tab (built and filled when first shown)."""
    page.tabs.setCurrentWidget(page.measures)
    assert page.measures.built
    return page.measures


def cell(model, row: int, column: int) -> str:
    return model.data(model.index(row, column))


def set_severity(row, severity: int) -> None:
    row.severity.setCurrentIndex(row.severity.findData(severity))


def type_name(qtbot, row, name: str) -> None:
    row.name.lineEdit().clear()
    qtbot.keyClicks(row.name.lineEdit(), name)


# -- the journal

def test_journal_models_pass_the_model_tester(qtbot, qtmodeltester, demo_profile):
    page = make_page(qtbot, demo_profile)
    qtmodeltester.check(page.notes.model)
    page.tabs.setCurrentWidget(page.measures)
    qtmodeltester.check(page.measures.model)
    page.measures.filter_combo.setCurrentIndex(page.measures.filter_combo.findData("alt_u_l"))
    qtmodeltester.check(page.measures.model)


def test_measurements_tab_is_built_when_first_shown(qtbot, profile):
    page = make_page(qtbot, profile)
    assert not page.measures.built
    open_measurements(page)
    assert page.measures.kind_combo.currentData() == "fvc_percent_predicted"


def test_empty_journal_says_what_to_do(qtbot, profile):
    page = make_page(qtbot, profile)
    assert page.notes.empty_label.isVisible()
    assert "Save note" in page.notes.empty_label.text()
    assert not page.notes.table.isVisible()
    page.tabs.setCurrentWidget(page.measures)
    assert page.measures.empty_label.isVisible()
    assert page.measures.chart.stack.currentWidget() is page.measures.chart.empty


def test_quick_entry_of_a_note_with_two_symptoms(qtbot, profile):
    page = make_page(qtbot, profile)
    notes = page.notes
    assert notes.when.instant(page.ctx.zone) == NOW  # defaults to now
    # A row for each of the usual symptoms, not yet rated.
    assert [r.value() for r in notes.rows] == [("breathlessness", None), ("cough", None), ("fatigue", None)]
    set_severity(notes.rows[0], 3)
    qtbot.mouseClick(notes.add_button, Qt.MouseButton.LeftButton)
    assert len(notes.rows) == 4
    type_name(qtbot, notes.rows[3], "Chest tightness")
    set_severity(notes.rows[3], 1)
    qtbot.keyClicks(notes.text, "Breathless on the stairs.")
    qtbot.keyClicks(notes.activity, "Short walk, rested after")
    qtbot.keyClicks(notes.tags, "pacing, #stairs")
    qtbot.mouseClick(notes.save_button, Qt.MouseButton.LeftButton)

    stored = symptoms.list_notes(profile)
    assert len(stored) == 1
    note = stored[0]
    assert note.symptoms == (("breathlessness", 3), ("chest tightness", 1))
    assert (note.text, note.activity, note.tags) == ("Breathless on the stairs.", "Short walk, rested after",
                                                     ("pacing", "stairs"))
    assert note.recorded_at == NOW
    # The journal shows it, and the form is ready for the next note with the names just used.
    assert notes.model.rowCount() == 1
    assert cell(notes.model, 0, 1) == "breathlessness: severe, chest tightness: mild"
    assert cell(notes.model, 0, 2) == "Breathless on the stairs."
    assert "1 note" in notes.count_label.text()
    assert notes.text.toPlainText() == "" and notes.editing is None
    assert [r.value()[0] for r in notes.rows] == ["breathlessness", "chest tightness", "cough"]
    assert notes.selected_note().id == note.id


def test_severity_picker_offers_only_the_0_to_4_scale(qtbot, profile):
    page = make_page(qtbot, profile)
    severity = page.notes.rows[0].severity
    assert not severity.isEditable()
    assert [severity.itemData(i) for i in range(severity.count())] == [0, 1, 2, 3, 4]
    assert [severity.itemText(i) for i in range(severity.count())] == [
        "0 \u2013 none", "1 \u2013 mild", "2 \u2013 moderate", "3 \u2013 severe", "4 \u2013 very severe"]
    severity.setCurrentIndex(4)
    qtbot.keyClick(severity, Qt.Key.Key_Down)
    assert severity.currentData() == 4  # nothing past very severe


def test_rows_not_rated_are_left_out(qtbot, demo_profile):
    page = make_page(qtbot, demo_profile)
    notes = page.notes
    assert [r.value()[0] for r in notes.rows] == ["breathlessness", "cough", "fatigue"]  # most used first
    before = symptoms.count_notes(demo_profile)
    set_severity(notes.rows[1], 2)
    qtbot.keyClicks(notes.activity, "Rested")
    qtbot.keyClick(notes.activity, Qt.Key.Key_Return)  # Enter saves
    assert symptoms.count_notes(demo_profile) == before + 1
    assert symptoms.list_notes(demo_profile, limit=1)[0].symptoms == (("cough", 2),)


def test_rated_symptom_without_name_is_refused(qtbot, profile):
    page = make_page(qtbot, profile)
    notes = page.notes
    type_name(qtbot, notes.rows[0], "")
    set_severity(notes.rows[0], 2)
    qtbot.mouseClick(notes.save_button, Qt.MouseButton.LeftButton)
    assert notes.symptoms_error.isVisible()
    assert "has a severity but no name" in notes.symptoms_error.text()
    assert symptoms.count_notes(profile) == 0


def test_empty_note_is_refused(qtbot, profile):
    page = make_page(qtbot, profile)
    qtbot.mouseClick(page.notes.save_button, Qt.MouseButton.LeftButton)
    assert "empty" in page.notes.errors.message("symptoms")
    assert symptoms.count_notes(profile) == 0


@pytest.mark.parametrize(("fill", "field", "words"), [
    (lambda n: n.text.setPlainText("x" * 20_001), "text", "too long"),
    (lambda n: n.tags.setText(", ".join(f"t{i}" for i in range(25))), "tags", "too many"),
    (lambda n: n.when.set_wall_clock(date(2027, 1, 5), time(9, 0)), "recorded_at",
     "in the future"),
])
def test_bad_input_shows_a_message_on_the_field(qtbot, profile, fill, field, words):
    page = make_page(qtbot, profile)
    notes = page.notes
    type_name(qtbot, notes.rows[0], "cough")
    set_severity(notes.rows[0], 1)
    fill(notes)
    qtbot.mouseClick(notes.save_button, Qt.MouseButton.LeftButton)
    assert words in notes.errors.message(field).lower()
    assert symptoms.count_notes(profile) == 0


def test_duplicate_symptom_is_refused_with_a_message(qtbot, profile):
    page = make_page(qtbot, profile)
    notes = page.notes
    type_name(qtbot, notes.rows[0], "cough")
    set_severity(notes.rows[0], 1)
    qtbot.mouseClick(notes.add_button, Qt.MouseButton.LeftButton)
    type_name(qtbot, notes.rows[-1], "COUGH ")
    set_severity(notes.rows[-1], 3)
    qtbot.mouseClick(notes.save_button, Qt.MouseButton.LeftButton)
    assert "listed twice" in notes.errors.message("symptoms")
    assert symptoms.count_notes(profile) == 0


def test_odd_unicode_is_saved(qtbot, profile):
    page = make_page(qtbot, profile)
    notes = page.notes
    notes.rows[0].name.setEditText("K\u00e4lte \u5492\u55fd")  # QTest cannot type these
    set_severity(notes.rows[0], 2)
    notes.text.setPlainText("\u05e9\u05dc\u05d5\u05dd \U0001f62e\u200d\U0001f4a8")
    qtbot.mouseClick(notes.save_button, Qt.MouseButton.LeftButton)
    note = symptoms.list_notes(profile)[0]
    assert note.symptoms == (("K\u00e4lte \u5492\u55fd", 2),)
    assert note.text == "\u05e9\u05dc\u05d5\u05dd \U0001f62e\u200d\U0001f4a8"


def test_remove_symptom_row(qtbot, profile):
    page = make_page(qtbot, profile)
    notes = page.notes
    qtbot.mouseClick(notes.add_button, Qt.MouseButton.LeftButton)
    type_name(qtbot, notes.rows[-1], "dizziness")
    set_severity(notes.rows[-1], 2)
    set_severity(notes.rows[0], 1)
    qtbot.mouseClick(notes.rows[0].remove, Qt.MouseButton.LeftButton)
    assert len(notes.rows) == 3
    assert notes.rows[0].name.accessibleName() == "Symptom 1"
    qtbot.mouseClick(notes.save_button, Qt.MouseButton.LeftButton)
    assert symptoms.list_notes(profile)[0].symptoms == (("dizziness", 2),)


def test_edit_a_note(qtbot, demo_profile):
    page = make_page(qtbot, demo_profile)
    notes = page.notes
    first = notes.model.row_at(0)
    notes.table.selectRow(0)
    qtbot.mouseClick(notes.edit_button, Qt.MouseButton.LeftButton)
    assert notes.editing == first
    assert "Edit the note of" in notes.form.title()
    assert [r.value() for r in notes.rows] == list(first.symptoms)
    set_severity(notes.rows[0], 4)
    notes.text.setPlainText("Worse in the evening.")
    count = symptoms.count_notes(demo_profile)
    qtbot.mouseClick(notes.save_button, Qt.MouseButton.LeftButton)
    stored = symptoms.get_note(demo_profile, first.id)
    assert stored.symptoms[0] == (first.symptoms[0][0], 4)
    assert stored.text == "Worse in the evening."
    assert stored.recorded_at == first.recorded_at
    assert symptoms.count_notes(demo_profile) == count  # edited, not added
    assert notes.editing is None and notes.form.title() == "New note"
    assert cell(notes.model, 0, 2) == "Worse in the evening."


def test_escape_cancels_an_edit(qtbot, demo_profile):
    page = make_page(qtbot, demo_profile)
    notes = page.notes
    first = notes.model.row_at(0)
    notes.table.selectRow(0)
    notes.on_edit_clicked()
    notes.activity.setText("changed")
    qtbot.keyClick(notes.activity, Qt.Key.Key_Escape)
    assert notes.editing is None and notes.activity.text() == ""
    assert symptoms.get_note(demo_profile, first.id) == first


def test_delete_a_note_and_undo(qtbot, demo_profile, prompter):
    page = make_page(qtbot, demo_profile)
    notes = page.notes
    first = notes.model.row_at(0)
    count = symptoms.count_notes(demo_profile)
    notes.table.selectRow(0)
    prompter.answers["confirm"] = False
    qtbot.mouseClick(notes.delete_button, Qt.MouseButton.LeftButton)
    assert symptoms.count_notes(demo_profile) == count
    asked = []
    prompter.answers["confirm"] = lambda title, text: asked.append(text) or True
    qtbot.mouseClick(notes.delete_button, Qt.MouseButton.LeftButton)
    assert "You can undo this" in asked[0]
    assert symptoms.count_notes(demo_profile) == count - 1
    assert notes.model.row_at(0).id != first.id
    assert page.undo_bar.isVisible() and "Deleted the note of" in page.undo_bar.label.text()
    qtbot.mouseClick(page.undo_bar.undo_button, Qt.MouseButton.LeftButton)
    assert symptoms.count_notes(demo_profile) == count
    assert notes.model.row_at(0).id == first.id
    assert notes.selected_note().id == first.id


def test_journal_is_paged(qtbot, profile):
    with profile.session_factory.begin() as s:
        s.execute(m.SymptomNote.__table__.insert(), [
            {"uid": f"s-{i}", "recorded_at": NOW - timedelta(hours=i), "symptoms": [{"name": "cough", "severity": 1}],
             "text": f"note {i}", "activity": "", "tags": [], "created_at": NOW, "updated_at": NOW}
            for i in range(450)
        ])
    page = make_page(qtbot, profile)
    model = page.notes.model
    assert model.rowCount() == 200
    assert "450 notes" in page.notes.count_label.text()
    assert model.canFetchMore()
    page.notes.table.scrollToBottom()
    QApplication.processEvents()
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 450
    assert cell(model, 449, 2) == "note 449"


def test_ctrl_n_starts_a_new_note(qtbot, demo_profile):
    page = make_page(qtbot, demo_profile)
    page.notes.table.selectRow(0)
    page.notes.on_edit_clicked()
    page.on_new()
    assert page.notes.editing is None
    assert page.notes.rows[0].severity.hasFocus() or not page.isActiveWindow()


def test_search_result_opens_the_note(qtbot, demo_profile):
    page = make_page(qtbot, demo_profile)
    note = symptoms.list_notes(demo_profile, limit=1, offset=5)[0]
    page.on_search_result("symptom_note", note.id)
    assert page.notes.editing == note


def unnamed_controls(root):
    """Controls a user can reach that have no accessible name (inner parts of combos and spin boxes excepted)."""
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit, QTableView

    kinds = (QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QAbstractSpinBox, QTableView)
    out = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, kinds) or not widget.isVisibleTo(root):
            continue
        if isinstance(widget.parent(), QComboBox | QAbstractSpinBox):
            continue
        if not widget.accessibleName():
            out.append(f"{type(widget).__name__} {getattr(widget, 'text', lambda: '')()}")
    return out


def test_every_control_has_an_accessible_name(qtbot, demo_profile):
    page = make_page(qtbot, demo_profile)
    page.notes.table.selectRow(0)
    page.notes.on_edit_clicked()
    assert unnamed_controls(page.notes) == []
    page.tabs.setCurrentWidget(page.measures)
    assert unnamed_controls(page.measures) == []


# -- measurements

def choose_kind(panel, key: str) -> None:
    panel.kind_combo.setCurrentIndex(panel.kind_combo.findData(key))


def test_add_a_measurement_by_kind(qtbot, profile):
    page = make_page(qtbot, profile)
    page.tabs.setCurrentWidget(page.measures)
    panel = open_measurements(page)
    choose_kind(panel, "fvc_percent_predicted")
    assert panel.unit_label.text() == "%"
    assert panel.source_combo.currentData() == "clinic"  # lung tests are usually at the clinic
    qtbot.keyClicks(panel.value_edit, "62")
    qtbot.keyClicks(panel.note_edit, "after rehab")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)

    stored = measurements.list_measurements(profile)
    assert [(x.kind, x.value, x.unit, x.source, x.note) for x in stored] == [
        ("fvc_percent_predicted", 62.0, "%", "clinic", "after rehab")]
    assert stored[0].taken_at == NOW
    assert panel.model.rowCount() == 1
    assert cell(panel.model, 0, 1) == "FVC % predicted"
    assert cell(panel.model, 0, 2) == "62 %"
    wait_chart(qtbot, panel)
    assert panel.chart.kind.key == "fvc_percent_predicted"
    assert panel.chart.line.count() == 1
    assert panel.value_edit.text() == ""

    panel.when.day.edit.clear()
    qtbot.keyClicks(panel.when.day.edit, "20/08/2026")  # typed, as people write it
    panel.when.time.clear()
    qtbot.keyClicks(panel.when.time, "10.15")
    qtbot.keyClicks(panel.value_edit, "65")
    qtbot.keyClick(panel.value_edit, Qt.Key.Key_Return)
    assert panel.model.rowCount() == 2
    wait_chart(qtbot, panel)
    assert panel.chart.line.count() == 2
    assert [p.y() for p in panel.chart.line.points()] == [65.0, 62.0]  # oldest first
    assert "Latest 62 % on 21 Nov 2026" in panel.chart.summary.text()
    assert "Values by date" in panel.chart.view.accessibleDescription()


def test_implausible_value_is_refused_with_a_clear_message(qtbot, profile):
    page = make_page(qtbot, profile)
    page.tabs.setCurrentWidget(page.measures)
    panel = open_measurements(page)
    choose_kind(panel, "fvc_percent_predicted")
    qtbot.keyClicks(panel.value_edit, "900")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    message = panel.errors.message("value")
    assert message == "FVC % predicted of 900 % is not plausible: it should be from 5 to 200 %. Check the number."
    assert panel.value_edit.text() == "900"  # kept for correcting
    assert measurements.count_measurements(profile) == 0


@pytest.mark.parametrize("key", ["systolic_mmhg", "diastolic_mmhg"])
def test_a_blood_pressure_typed_as_the_monitor_shows_it_says_how_to_record_it(qtbot, profile, key):
    """"132/84" in Blood pressure (systolic) read "recorded in mmHg, not “/84”. Type it like 170": the reading
    is two measurements, and the message says which number goes where."""
    page = make_page(qtbot, profile)
    page.tabs.setCurrentWidget(page.measures)
    panel = open_measurements(page)
    choose_kind(panel, key)
    qtbot.keyClicks(panel.value_edit, "132/84")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert panel.errors.message("value") == (
        "Value: type one number here. A blood pressure of 132/84 is two measurements: 132 as Blood pressure "
        "(systolic) and 84 as Blood pressure (diastolic).")
    assert panel.value_edit.text() == "132/84"  # kept for correcting
    assert measurements.count_measurements(profile) == 0


@pytest.mark.parametrize(("value", "words"), [("", "required"), ("sixty", "not a number"), ("1e999", "ordinary"),
                                              ("9" * 400, "ordinary")])
def test_bad_values(qtbot, profile, value, words):
    page = make_page(qtbot, profile)
    panel = open_measurements(page)
    choose_kind(panel, "weight_kg")
    panel.value_edit.setText(value)
    panel.on_save_clicked()
    assert words in panel.errors.message("value")
    assert measurements.count_measurements(profile) == 0


def test_reference_range_and_future_time(qtbot, profile):
    page = make_page(qtbot, profile)
    panel = open_measurements(page)
    choose_kind(panel, "alt_u_l")
    assert panel.source_combo.currentData() == "lab"
    panel.value_edit.setText("61")
    panel.range_low.setText("56")
    panel.range_high.setText("7")
    panel.on_save_clicked()
    assert "below its bottom" in panel.errors.message("range_high")
    panel.range_low.setText("7")
    panel.range_high.setText("56")
    panel.when.set_wall_clock(date(2026, 11, 25), time(9, 0))
    panel.on_save_clicked()
    assert "future" in panel.errors.message("taken_at")
    assert measurements.count_measurements(profile) == 0
    panel.when.set_local(NOW, page.ctx.zone)
    panel.on_save_clicked()
    assert cell(panel.model, 0, 2) == "61 U/L (above range)"
    assert cell(panel.model, 0, 3) == "7\u201356"
    wait_chart(qtbot, panel)
    assert panel.chart.range_area.isVisible()
    assert "Reference range 7 to 56 U/L" in panel.chart.key.text()  # named in the key under the chart
    assert "Reference range 7 to 56 U/L" in panel.chart.summary.text()


def test_kind_list_is_grouped(qtbot, profile):
    page = make_page(qtbot, profile)
    combo = open_measurements(page).kind_combo
    headings = [combo.itemText(i) for i in range(combo.count()) if combo.itemData(i) is None]
    assert headings == ["Lung function", "Vital signs and weight", "Blood tests"]
    model = combo.model()
    assert all(not model.item(i).isEnabled() for i in range(combo.count()) if combo.itemData(i) is None)
    assert combo.currentData() == "fvc_percent_predicted"


def test_add_custom_kind_through_the_dialog(qtbot, profile, prompter):
    page = make_page(qtbot, profile)
    page.tabs.setCurrentWidget(page.measures)
    panel = open_measurements(page)
    seen: list[str] = []

    def fill(dialog: CustomKindDialog) -> int:
        dialog.label_edit.setText("")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        seen.append(dialog.errors.message("label"))  # refused: still open
        qtbot.keyClicks(dialog.label_edit, "Peak flow")
        qtbot.keyClicks(dialog.unit_edit, "L/min")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    prompter.answers["run_dialog"] = fill
    qtbot.mouseClick(panel.custom_button, Qt.MouseButton.LeftButton)
    assert seen == ["Name is required."]
    assert panel.kind_combo.currentData() == "peak_flow"
    assert panel.unit_label.text() == "L/min"
    headings = [panel.kind_combo.itemText(i) for i in range(panel.kind_combo.count())
                if panel.kind_combo.itemData(i) is None]
    assert headings[-1] == "Your own kinds"
    qtbot.keyClicks(panel.value_edit, "350")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert [p for x in measurements.chart(profile, "peak_flow").series for p in x.points] == [(NOW, 350.0)]
    assert cell(panel.model, 0, 2) == "350 L/min"


def test_custom_kind_dialog_refuses_a_duplicate(qtbot, profile):
    ctx = AppContext(profile, clock=lambda: NOW)
    dialog = CustomKindDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.label_edit.setText("fvc")
    dialog.on_ok_clicked()
    assert "already a kind called \u201cFVC\u201d" in dialog.errors.message("label")
    assert dialog.created is None
    assert not any(kind.custom for kind in measurements.all_kinds(profile).values())


def test_filter_by_kind_and_chart(qtbot, demo_profile):
    page = make_page(qtbot, demo_profile)
    page.tabs.setCurrentWidget(page.measures)
    panel = open_measurements(page)
    assert panel.model.rowCount() == measurements.count_measurements(demo_profile)
    wait_chart(qtbot, panel)
    assert panel.chart.kind.key == "fvc_percent_predicted"  # first kind with values, before any choice
    assert panel.chart.line.count() == 5
    panel.filter_combo.setCurrentIndex(panel.filter_combo.findData("alt_u_l"))
    assert panel.model.rowCount() == 7
    assert {panel.model.row_at(i).kind for i in range(7)} == {"alt_u_l"}
    wait_chart(qtbot, panel)
    assert panel.chart.kind.key == "alt_u_l"
    assert panel.chart.line.count() == 7 == panel.chart.marks[0].count()
    assert panel.chart.range_area.isVisible()
    assert panel.kind_combo.currentData() == "alt_u_l"  # ready to add the next ALT
    assert "ALT" in panel.chart.chart.title()


def test_editing_only_the_note_keeps_the_value_as_typed(qtbot, profile):
    """FVC 62.5 % came back as 62 % after a note was added in the window (the review of this round)."""
    page = make_page(qtbot, profile)
    panel = open_measurements(page)
    for key, typed in (("fvc_percent_predicted", "62.5"), ("neutrophils_10e9_l", "1.25"), ("weight_kg", "60,25")):
        choose_kind(panel, key)
        qtbot.keyClicks(panel.value_edit, typed)
        qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    stored = {x.kind: x for x in measurements.list_measurements(profile)}
    assert {k: x.value for k, x in stored.items()} == {"fvc_percent_predicted": 62.5, "neutrophils_10e9_l": 1.25,
                                                        "weight_kg": 60.25}
    assert cell(panel.model, panel.model.row_of_id(stored["fvc_percent_predicted"].id), 2) == "62.5 %"  # as typed
    for row in stored.values():
        panel.select_measurement(row.id)
        qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
        assert panel.value_edit.text() == f"{row.value:g}"
        panel.note_edit.setText("a note only")
        qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
        again = measurements.get_measurement(profile, row.id)
        assert (again.value, again.note) == (row.value, "a note only")


def test_edit_delete_and_undo_a_measurement(qtbot, demo_profile, prompter):
    page = make_page(qtbot, demo_profile)
    page.tabs.setCurrentWidget(page.measures)
    panel = open_measurements(page)
    panel.filter_combo.setCurrentIndex(panel.filter_combo.findData("weight_kg"))
    first = panel.model.row_at(0)
    panel.table.selectRow(0)
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    assert panel.editing == first
    assert panel.value_edit.text() == f"{first.value:g}"
    panel.value_edit.setText("60.2")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert measurements.get_measurement(demo_profile, first.id).value == 60.2
    assert panel.editing is None
    wait_chart(qtbot, panel)
    assert [p.y() for p in panel.chart.line.points()][-1] == 60.2

    count = measurements.count_measurements(demo_profile)
    panel.select_measurement(first.id)
    prompter.answers["confirm"] = True
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert measurements.count_measurements(demo_profile) == count - 1
    assert panel.model.row_of_id(first.id) == -1
    assert "Deleted Weight 60.2 kg" in page.undo_bar.label.text()
    qtbot.mouseClick(page.undo_bar.undo_button, Qt.MouseButton.LeftButton)
    assert measurements.count_measurements(demo_profile) == count
    assert panel.model.row_of_id(first.id) == 0


def test_chart_follows_the_text_size(qtbot, demo_profile):
    page = make_page(qtbot, demo_profile)
    chart = open_measurements(page).chart
    font = chart.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    chart.setFont(font)
    assert chart.x_axis.labelsFont().pointSizeF() == pytest.approx(font.pointSizeF())


# -- keyboard

def test_keyboard_enter_on_a_button_and_ctrl_enter_in_the_notes(qtbot, profile):
    page = make_page(qtbot, profile)
    notes = page.notes
    set_severity(notes.rows[1], 2)
    notes.rows[0].remove.setFocus()
    qtbot.keyClick(notes.rows[0].remove, Qt.Key.Key_Return)
    assert [r.value()[0] for r in notes.rows] == ["cough", "fatigue"]  # removed, not saved
    assert symptoms.count_notes(profile) == 0
    qtbot.keyClicks(notes.text, "Line one")
    qtbot.keyClick(notes.text, Qt.Key.Key_Return)
    assert symptoms.count_notes(profile) == 0  # Enter is a new line in the notes
    qtbot.keyClick(notes.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert symptoms.list_notes(profile)[0].text == "Line one"


def test_a_reading_keeps_what_the_person_was_doing(qtbot, profile):
    page = make_page(qtbot, profile)
    page.tabs.setCurrentWidget(page.measures)
    panel = open_measurements(page)
    choose_kind(panel, "spo2_percent")
    panel.context_combo.setCurrentIndex(panel.context_combo.findData("exertion"))
    qtbot.keyClicks(panel.value_edit, "86")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    stored = measurements.list_measurements(profile)
    assert [(x.kind, x.value, x.context) for x in stored] == [("spo2_percent", 86.0, "exertion")]
    taken = [panel.model.headerData(c, Qt.Orientation.Horizontal) for c in range(panel.model.columnCount())]
    assert cell(panel.model, 0, taken.index("Taken")) == "on exertion (walking, exercise)"
    assert panel.context_combo.currentData() == ""  # the form is ready for the next reading
    panel.load_measurement(stored[0])
    assert panel.context_combo.currentData() == "exertion"


def test_tab_goes_through_the_measurements_tab_in_order(qtbot, demo_profile):
    page = make_page(qtbot, demo_profile)
    page.activateWindow()
    panel = open_measurements(page)
    page.tabs.tabBar().setFocus()
    assert not panel.edit_button.isEnabled()  # nothing chosen yet: Edit and Delete are skipped
    reached = []
    for _ in range(17):
        qtbot.keyClick(page.focusWidget(), Qt.Key.Key_Tab)
        reached.append(page.focusWidget())
    assert reached == [
        panel.kind_combo, panel.value_edit, panel.when.day.edit, panel.when.day.pick, panel.when.time,
        panel.source_combo, panel.context_combo, panel.range_low, panel.range_high,
        panel.note_edit, panel.save_button, panel.clear_button, panel.custom_button, panel.chart.view,
        panel.filter_combo, panel.table, page.tabs.tabBar(),
    ]


# -- issue 17: numbers typed with their unit

@pytest.mark.parametrize(("key", "typed", "value"), [("spo2_percent", "92%", 92.0), ("fvc_litres", "1.8 L", 1.8),
                                                     ("six_minute_walk_m", "340 m", 340.0),
                                                     ("spo2_percent", " 92 % ", 92.0)])
def test_a_value_typed_with_its_unit_is_saved(qtbot, profile, key, typed, value):
    """Before, "92%" was refused as "not a number"."""
    page = make_page(qtbot, profile)
    page.tabs.setCurrentWidget(page.measures)
    panel = open_measurements(page)
    choose_kind(panel, key)
    qtbot.keyClicks(panel.value_edit, typed)
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert panel.errors.message("value") == ""
    stored = measurements.list_measurements(profile)
    assert [(x.kind, x.value) for x in stored] == [(key, value)]
    assert panel.model.rowCount() == 1


@pytest.mark.parametrize(("key", "typed", "message"), [
    # The example is a usual value: the middle of the plausible range was SpO2 75 % and creatinine 1507.5.
    ("spo2_percent", "92 L", "Value: SpO2 is recorded in %, not \u201cL\u201d. Type it like 96 or 96 %."),
    ("spo2_percent", "ninety", "Value: \u201cninety\u201d is not a number. Type it like 96 or 96 %."),
    ("creatinine_umol_l", "eighty", "Value: \u201ceighty\u201d is not a number. Type it like 80 or 80 \u00b5mol/L."),
    ("systolic_mmhg", "high", "Value: \u201chigh\u201d is not a number. Type it like 120 or 120 mmHg."),
])
def test_a_wrong_unit_or_no_number_is_refused_with_an_example(qtbot, profile, key, typed, message):
    page = make_page(qtbot, profile)
    panel = open_measurements(page)
    choose_kind(panel, key)
    qtbot.keyClicks(panel.value_edit, typed)
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert panel.errors.message("value") == message
    assert measurements.count_measurements(profile) == 0
    assert panel.value_edit.text() == typed


# -- issue 17: when a note or a measurement was taken, typed as people write it

def test_a_note_dated_by_typing_the_day_and_time(qtbot, profile):
    page = make_page(qtbot, profile)
    notes = page.notes
    set_severity(notes.rows[0], 2)
    notes.when.day.edit.clear()
    qtbot.keyClicks(notes.when.day.edit, "19 Nov 2026")
    notes.when.time.clear()
    qtbot.keyClicks(notes.when.time, "8pm")
    assert notes.when.hint.text() == "Thu 19 Nov 2026 20:00"
    qtbot.mouseClick(notes.save_button, Qt.MouseButton.LeftButton)
    (note,) = symptoms.list_notes(profile)
    assert note.recorded_at == datetime(2026, 11, 19, 20, 0, tzinfo=UTC)  # London is on GMT


@pytest.mark.parametrize(("day", "clock", "message"), [
    ("32/13/2026", "10:00", "When it was measured: there is no such day as \u201c32/13/2026\u201d."),
    ("last week", "10:00", "When it was measured: \u201clast week\u201d is not a date. Type it like 21 Nov 2026 "
                           "or 21/11/2026."),
    ("20 Nov 2026", "25:00", "When it was measured: \u201c25:00\u201d is not a time of day. Type it like 10:15 "
                             "or 2pm."),
])
def test_a_measurement_time_that_is_not_one_is_refused_by_name(qtbot, profile, day, clock, message):
    page = make_page(qtbot, profile)
    panel = open_measurements(page)
    choose_kind(panel, "spo2_percent")
    qtbot.keyClicks(panel.value_edit, "92%")
    panel.when.day.edit.setText(day)
    panel.when.time.setText(clock)
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert panel.errors.message("taken_at") == message
    assert measurements.count_measurements(profile) == 0
    assert panel.value_edit.text() == "92%"
