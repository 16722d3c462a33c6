"""A change to a row far down a paged list updates it in place: the selection and the scroll position stay.

Built from an empty profile through the services; the lists are the journal's notes, the measurements and
a medication's dose history (the three paged lists).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtWidgets import QApplication, QTableView
from ui_helpers import pick_row, scroll_down_loading, show

from careorganiser.domain.enums import DoseStatus
from careorganiser.services import doses, measurements, symptoms
from careorganiser.services.medications import (
    MedicationInput,
    create_medication,
    list_medications,
)
from careorganiser.ui.context import AppContext
from careorganiser.ui.medications.dose_history import DoseHistoryPanel
from careorganiser.ui.journal.page import JournalPage
from careorganiser.ui.pages.table_page import select_row_by_id, selected_row
from careorganiser.ui.table_model import Column, SnapshotTableModel

NOW = datetime(2026, 11, 21, 10, 0, tzinfo=UTC)


def _assert_in_place(table: QTableView, chosen_id: int, scroll: int, loaded: int) -> None:
    QApplication.processEvents()
    again = selected_row(table)
    assert again is not None and again.id == chosen_id
    assert table.verticalScrollBar().value() == scroll
    assert table.model().rowCount() == loaded


def test_journal_note_edited_far_down_keeps_selection_and_scroll(qtbot, qtmodeltester, profile) -> None:
    for i in range(260):
        symptoms.add_note(profile, NOW - timedelta(hours=i), [("cough", 1)], text=f"note {i}")
    ctx = AppContext(profile, clock=lambda: NOW)
    page = JournalPage(ctx)
    show(qtbot, page, 1100, 760)
    table = page.notes.table
    scroll_down_loading(table, 250)
    chosen = pick_row(table, 230)
    scroll, loaded = table.verticalScrollBar().value(), table.model().rowCount()
    assert scroll > 0

    qtmodeltester.check(table.model())
    symptoms.update_note(profile, chosen.id, chosen.recorded_at, [("cough", 3)], text="worse tonight")

    _assert_in_place(table, chosen.id, scroll, loaded)
    row = table.model().row_of_id(chosen.id)
    assert "worse tonight" in " ".join(str(table.model().index(row, c).data())
                                       for c in range(table.model().columnCount()))
    qtmodeltester.check(table.model())


def test_measurement_edited_far_down_keeps_selection_and_scroll(qtbot, qtmodeltester, profile) -> None:
    for i in range(240):
        measurements.add_measurement(profile, NOW - timedelta(hours=i), "spo2_percent", 90 + i % 8)
    ctx = AppContext(profile, clock=lambda: NOW)
    page = JournalPage(ctx)
    show(qtbot, page, 1100, 760)
    page.tabs.setCurrentWidget(page.measures)
    table = page.measures.table
    scroll_down_loading(table, 220)
    chosen = pick_row(table, 215)
    scroll, loaded = table.verticalScrollBar().value(), table.model().rowCount()
    assert scroll > 0

    qtmodeltester.check(table.model())
    measurements.update_measurement(profile, chosen.id, chosen.taken_at, "spo2_percent", 85)

    _assert_in_place(table, chosen.id, scroll, loaded)
    assert measurements.get_measurement(profile, chosen.id).value == 85
    assert selected_row(table).value == 85
    qtmodeltester.check(table.model())


def test_dose_history_edited_far_down_keeps_selection_and_scroll(qtbot, qtmodeltester, profile) -> None:
    med_id = create_medication(profile, MedicationInput(name="Pirfenidone", dose="1 capsule"))
    for i in range(60):
        doses.record_dose(profile, med_id, NOW - timedelta(hours=8 * (i + 1)), DoseStatus.SKIPPED)
    ctx = AppContext(profile, clock=lambda: NOW)
    panel = DoseHistoryPanel(ctx, page_size=20)
    show(qtbot, panel, 900, 500)
    medication = next(row for row in list_medications(profile) if row.id == med_id)
    panel.set_medication(medication)
    table = panel.table
    scroll_down_loading(table, 50)
    chosen = pick_row(table, 45)
    scroll, loaded = table.verticalScrollBar().value(), table.model().rowCount()
    assert scroll > 0

    qtmodeltester.check(table.model())
    doses.update_dose_event(profile, chosen.id, status=DoseStatus.MISSED, note="asleep")
    panel.set_medication(medication)  # what the medications page does on a "doses" change

    _assert_in_place(table, chosen.id, scroll, loaded)
    assert selected_row(table).status == DoseStatus.MISSED
    qtmodeltester.check(table.model())


# -- the model's merge, row by row

class _Row:
    def __init__(self, id: int, text: str) -> None:
        self.id, self.text = id, text

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Row) and (self.id, self.text) == (other.id, other.text)

    __hash__ = None  # type: ignore[assignment]


def test_refresh_inserts_removes_and_updates_without_a_reset(qtbot, qtmodeltester) -> None:
    data = [_Row(i, f"row {i}") for i in range(30)]
    model = SnapshotTableModel([Column("Text", lambda r: r.text)],
                               fetch_page=lambda offset, limit: data[offset:offset + limit], page_size=10)
    view = QTableView()
    view.setModel(model)
    show(qtbot, view, 300, 200)
    model.reload()
    while model.canFetchMore():
        model.fetchMore()
    qtmodeltester.check(model)
    assert model.rowCount() == 30
    select_row_by_id(view, 25)
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))

    data[25] = _Row(25, "changed")
    del data[3]
    data.insert(10, _Row(100, "new"))
    model.refresh(ids=[25])

    assert [r.id for r in model.rows()] == [r.id for r in data]
    assert selected_row(view).text == "changed"
    assert not resets
    qtmodeltester.check(model)


# -- lists read whole: the care circle and the questions

def test_contact_edited_far_down_keeps_selection_and_scroll(qtbot, qtmodeltester, profile) -> None:
    from careorganiser.services import contacts
    from careorganiser.ui.contacts.page import ContactsPage

    made = [contacts.create_contact(profile, f"Person {i:03d}", role="neighbour") for i in range(80)]
    page = ContactsPage(AppContext(profile, clock=lambda: NOW))
    show(qtbot, page, 1000, 500)
    page.refresh()
    table = page.table
    row = table.model().row_of_id(made[70].id)
    chosen = pick_row(table, row)
    scroll, loaded = table.verticalScrollBar().value(), table.model().rowCount()
    assert scroll > 0

    qtmodeltester.check(table.model())
    contacts.update_contact(profile, chosen.id, chosen.name, role="neighbour", phone="020 7946 0000")

    _assert_in_place(table, chosen.id, scroll, loaded)
    assert selected_row(table).phone == "020 7946 0000"
    qtmodeltester.check(table.model())


def test_question_edited_far_down_keeps_selection_and_scroll(qtbot, qtmodeltester, profile) -> None:
    from careorganiser.domain.enums import Priority
    from careorganiser.services import questions
    from careorganiser.ui.appointments.models import selected_in_tree
    from careorganiser.ui.questions.page import QuestionsPage

    for i in range(60):
        questions.create_question(profile, text=f"Question {i}?")
    page = QuestionsPage(AppContext(profile, clock=lambda: NOW))
    show(qtbot, page, 1000, 500)
    page.refresh()
    tree, model = page.tree, page.model
    target = model.all_rows()[55]
    page.select_question(target.id)
    QApplication.processEvents()
    bar = tree.verticalScrollBar()
    scroll = bar.value()
    assert scroll > 0
    qtmodeltester.check(model)  # the tester keeps watching the model's signals through the changes below
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))

    questions.update_question(profile, target.id, text="Question 55, asked again?", topic="", priority=Priority.NORMAL,
                              appointment_id=None, trial_id=None, medication_id=None)
    QApplication.processEvents()

    chosen = selected_in_tree(tree, model)
    assert chosen is not None and chosen.id == target.id and chosen.text == "Question 55, asked again?"
    assert bar.value() == scroll
    assert not resets

    # Marked asked, it moves below the open ones: the selection goes with it, the model is not reset.
    questions.mark_asked(profile, target.id)
    QApplication.processEvents()
    chosen = selected_in_tree(tree, model)
    assert chosen is not None and chosen.id == target.id
    assert model.all_rows()[-1].id == target.id
    assert not resets
    qtmodeltester.check(model)


def test_note_moved_by_a_new_time_stays_selected(qtbot, qtmodeltester, profile) -> None:
    notes = [symptoms.add_note(profile, NOW - timedelta(hours=i), [("cough", 1)], text=f"note {i}") for i in range(40)]
    page = JournalPage(AppContext(profile, clock=lambda: NOW))
    show(qtbot, page, 1100, 760)
    table = page.notes.table
    model = table.model()
    qtmodeltester.check(model)
    chosen = pick_row(table, 30)
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))

    # Its time moves it from row 30 to row 5 (newest first).
    symptoms.update_note(profile, chosen.id, notes[5].recorded_at + timedelta(minutes=30), [("cough", 2)],
                         text=chosen.text)
    QApplication.processEvents()

    again = selected_row(table)
    assert again is not None and again.id == chosen.id
    assert model.row_of_id(chosen.id) == 5
    assert [r.id for r in model.rows()] == [r.id for r in symptoms.list_notes(profile, limit=len(model.rows()))]
    assert not resets


def test_refresh_moves_a_reordered_row_with_its_selection(qtbot, qtmodeltester) -> None:
    data = [_Row(i, f"row {i}") for i in range(30)]
    model = SnapshotTableModel([Column("Text", lambda r: r.text)],
                               fetch_page=lambda offset, limit: data[offset:offset + limit], page_size=50)
    view = QTableView()
    view.setModel(model)
    show(qtbot, view, 300, 200)
    model.reload()
    qtmodeltester.check(model)
    select_row_by_id(view, 25)
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))

    moved = data.pop(25)
    data.insert(2, _Row(moved.id, "moved up"))
    model.refresh(ids=[25])

    assert [r.id for r in model.rows()] == [r.id for r in data]
    assert selected_row(view).text == "moved up"
    assert view.selectionModel().selectedRows()[0].row() == 2
    assert not resets
