"""A change that names its records (services.base.Change.ids) updates only those rows of a list, in place.

Each test starts from an empty profile, makes enough rows (the first through the page's own form) to scroll,
scrolls down, selects a row, and then changes another record through the services, as another part of the
window would. The list reads only the named rows again (no page of the list is read), the selection and the
rows in view stay, and the changed row shows its new text. A change that cannot say which records (an
import) reads the list again and still keeps the selection and the scroll position.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QTableView
from ui_helpers import pick_row, scroll_down_loading, show

from careorganiser.services import contacts, measurements, symptoms, trash
from careorganiser.services import medications as meds
from careorganiser.services.base import everything
from careorganiser.ui.contacts.page import ContactsPage
from careorganiser.ui.context import AppContext
from careorganiser.ui.journal.page import JournalPage
from careorganiser.ui.medications.page import MedicationsPage
from careorganiser.ui.pages.table_page import selected_row
from careorganiser.ui.table_model import Column, SnapshotTableModel

NOW = datetime(2026, 11, 21, 10, 0, tzinfo=UTC)


def _row_text(table: QTableView, row_id: int) -> str:
    model = table.model()
    row = model.row_of_id(row_id)
    assert row >= 0, "the row is not in the list"
    return " | ".join(str(model.index(row, c).data()) for c in range(model.columnCount()))


def _top_id(table: QTableView) -> int:
    return table.model().row_at(table.rowAt(0)).id


class _Reads:
    """Counts the pages a list reads (a spy around the panel's own reader)."""

    def __init__(self, monkeypatch, panel) -> None:
        self.pages = 0
        real = panel.fetch

        def counting(offset: int, limit: int):
            self.pages += 1
            return real(offset, limit)

        monkeypatch.setattr(panel, "fetch", counting)


def _calls(monkeypatch, module, name: str) -> list[int]:
    """A spy: the list grows by one each time ``module.name`` (a whole-list read) is called."""
    calls: list[int] = []
    real = getattr(module, name)

    def counting(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, counting)
    return calls


def _journal(qtbot, profile, notes: int = 0) -> JournalPage:
    """The journal on screen, with ``notes`` notes an hour apart (newest now) made through the services before
    it opens (each one made with the page on screen would update its list once more, which these tests do not
    check: the changes they check come after)."""
    for i in range(notes):
        symptoms.add_note(profile, NOW - timedelta(hours=i), [("cough", 1)], text=f"note {i}")
    page = JournalPage(AppContext(profile, clock=lambda: NOW))
    show(qtbot, page, 1100, 760)
    return page


def test_journal_updates_only_the_notes_a_change_names(qtbot, qtmodeltester, profile, monkeypatch) -> None:
    page = _journal(qtbot, profile)
    notes = page.notes
    assert notes.model.rowCount() == 0
    # The first note through the form, as a person types it.
    notes.rows[0].severity.setCurrentIndex(notes.rows[0].severity.findData(2))
    qtbot.keyClicks(notes.text, "first note")
    qtbot.mouseClick(notes.save_button, Qt.MouseButton.LeftButton)
    assert notes.model.rowCount() == 1
    # The rest while the page is hidden (it reads the rows made meanwhile when shown again, once, rather than
    # once for each of them: nothing this test checks).
    page.hide()
    made = [symptoms.add_note(profile, NOW - timedelta(hours=i + 1), [("cough", 1)], text=f"note {i}")
            for i in range(259)]
    page.show()
    qtbot.waitExposed(page)
    table = notes.table
    scroll_down_loading(table, 250)
    chosen = pick_row(table, 230)
    qtmodeltester.check(notes.model)
    scroll, loaded, top = table.verticalScrollBar().value(), notes.model.rowCount(), _top_id(table)
    assert scroll > 0
    reads = _Reads(monkeypatch, notes)

    other = made[233]
    assert other.id != chosen.id and notes.model.row_of_id(other.id) >= 0
    symptoms.update_note(profile, other.id, other.recorded_at, [("cough", 4)], text="much worse tonight")

    assert "much worse tonight" in _row_text(table, other.id)
    assert "very severe" in _row_text(table, other.id)
    assert selected_row(table).id == chosen.id
    assert table.verticalScrollBar().value() == scroll
    assert notes.model.rowCount() == loaded
    assert reads.pages == 0

    # A new note (the newest) goes to the top; the rows in view stay in view.
    new = symptoms.add_note(profile, NOW + timedelta(minutes=5), [("fatigue", 2)], text="just now")
    assert notes.model.row_at(0).id == new.id
    assert selected_row(table).id == chosen.id
    assert _top_id(table) == top
    assert notes.model.rowCount() == loaded + 1
    assert "261 notes" in notes.count_label.text()
    assert reads.pages == 0

    # A note moved by a new time goes where a fresh read puts it, and the list still matches the store.
    symptoms.update_note(profile, made[3].id, NOW - timedelta(hours=300), [("cough", 1)], text="moved down")
    assert [r.id for r in notes.model.rows()] == [
        r.id for r in symptoms.list_notes(profile, limit=notes.model.rowCount())]
    assert reads.pages == 0

    # Scrolled away from the chosen note, the list stays where the person put it.
    table.verticalScrollBar().setValue(10)
    symptoms.update_note(profile, made[12].id, made[12].recorded_at, [("cough", 2)], text="scrolled away")
    assert table.verticalScrollBar().value() == 10 and selected_row(table).id == chosen.id
    assert "scrolled away" in _row_text(table, made[12].id)
    qtmodeltester.check(notes.model)


def test_deleting_the_selected_note_selects_the_one_that_takes_its_place(qtbot, qtmodeltester, profile,
                                                                          monkeypatch) -> None:
    page = _journal(qtbot, profile, notes=120)
    table = page.notes.table
    scroll_down_loading(table, 100)
    chosen = pick_row(table, 90)
    below = page.notes.model.row_at(91)
    qtmodeltester.check(page.notes.model)
    reads = _Reads(monkeypatch, page.notes)

    trash.delete(profile, "symptom_note", chosen.id)  # e.g. from the search box's result, or the history

    assert page.notes.model.row_of_id(chosen.id) == -1
    assert selected_row(table).id == below.id
    assert "119 notes" in page.notes.count_label.text()
    assert reads.pages == 0

    # The last row deleted: the one above it is chosen.
    scroll_down_loading(table, 119)
    last = pick_row(table, page.notes.model.rowCount() - 1)
    above = page.notes.model.row_at(page.notes.model.rowCount() - 2)
    trash.delete(profile, "symptom_note", last.id)
    assert selected_row(table).id == above.id

    # Undone: the note comes back in its place, and the selection stays where it is.
    trash.restore(profile, "symptom_note", chosen.id)
    assert page.notes.model.row_of_id(chosen.id) == 90
    assert selected_row(table).id == above.id
    qtmodeltester.check(page.notes.model)


def test_an_import_reads_the_list_again_and_keeps_the_place(qtbot, profile) -> None:
    page = _journal(qtbot, profile, notes=80)
    table = page.notes.table
    scroll_down_loading(table, 80)
    chosen = pick_row(table, 60)
    scroll = table.verticalScrollBar().value()

    everything(profile)  # what an import or a restore says: not known which

    assert selected_row(table).id == chosen.id
    assert table.verticalScrollBar().value() == scroll


def test_measurements_follow_the_filter_when_read_by_id(qtbot, qtmodeltester, profile, monkeypatch) -> None:
    page = _journal(qtbot, profile)
    panel = page.measures
    # Made while the notes tab is in view: the measurements tab reads them when it is shown (each one made
    # with the tab in view would redraw its whole list and chart: 150 times for nothing this test checks).
    made = [measurements.add_measurement(profile, NOW - timedelta(hours=i), "spo2_percent", 90 + i % 8)
            for i in range(150)]
    measurements.add_measurement(profile, NOW - timedelta(days=30), "heart_rate_bpm", 80)
    page.tabs.setCurrentWidget(page.measures)
    panel.filter_combo.setCurrentIndex(panel.filter_combo.findData("spo2_percent"))
    table = panel.table
    scroll_down_loading(table, 140)
    chosen = pick_row(table, 120)
    scroll = table.verticalScrollBar().value()
    qtmodeltester.check(panel.model)
    reads = _Reads(monkeypatch, panel)

    measurements.update_measurement(profile, made[125].id, made[125].taken_at, "spo2_percent", 84)
    assert "84" in _row_text(table, made[125].id)
    # Changed to another kind, it leaves the filtered list.
    measurements.update_measurement(profile, made[126].id, made[126].taken_at, "heart_rate_bpm", 70)
    assert panel.model.row_of_id(made[126].id) == -1

    assert selected_row(table).id == chosen.id
    assert table.verticalScrollBar().value() == scroll
    assert reads.pages == 0
    qtmodeltester.check(panel.model)


def test_contacts_update_in_place(qtbot, qtmodeltester, profile) -> None:
    page = ContactsPage(AppContext(profile, clock=lambda: NOW))
    show(qtbot, page, 1000, 500)
    page.refresh()
    qtbot.keyClicks(page.name_edit, "Person 000")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 1
    page.hide()  # the rest while it is hidden: read once when it is shown again, not once for each of them
    made = [contacts.create_contact(profile, f"Person {i:03d}", role="neighbour") for i in range(1, 80)]
    page.show()
    qtbot.waitExposed(page)
    table = page.table
    chosen = pick_row(table, page.model.row_of_id(made[60].id))
    page.load_contact(chosen)
    scroll = table.verticalScrollBar().value()
    assert scroll > 0
    qtmodeltester.check(page.model)

    contacts.update_contact(profile, made[62].id, "Person 062", role="neighbour", phone="020 7946 0062")
    assert "020 7946 0062" in _row_text(table, made[62].id)
    # Renamed, a contact moves to its place by name; the one being edited stays selected.
    contacts.update_contact(profile, made[70].id, "Aaron Adams", role="GP")
    assert page.model.row_at(0).id == made[70].id
    assert [r.id for r in page.model.rows()] == [r.id for r in contacts.list_contacts(profile)]

    assert selected_row(table).id == chosen.id
    assert page.editing is not None and page.editing.id == chosen.id
    assert "80 people" in page.count_label.text()

    # Scrolled away from the chosen contact, the list stays where the person put it.
    table.verticalScrollBar().setValue(0)
    contacts.update_contact(profile, made[1].id, "Person 001", role="neighbour", phone="020 7946 0001")
    assert table.verticalScrollBar().value() == 0 and selected_row(table).id == chosen.id
    qtmodeltester.check(page.model)


def test_medications_move_between_the_lists_in_place(qtbot, qtmodeltester, profile) -> None:
    made = [meds.create_medication(profile, meds.MedicationInput(name=f"Medicine {i:02d}", dose="1 tablet", start_date=date(2026, 1, 1)))
            for i in range(40)]
    page = MedicationsPage(AppContext(profile, clock=lambda: NOW))
    show(qtbot, page, 1200, 700)
    page.select_medication(made[30])
    table = page.active_table
    table.scrollTo(page.active_model.index(page.active_model.row_of_id(made[30]), 0),
                   QAbstractItemView.ScrollHint.PositionAtCenter)
    QApplication.processEvents()
    scroll = table.verticalScrollBar().value()
    assert scroll > 0
    qtmodeltester.check(page.active_model)
    qtmodeltester.check(page.stopped_model)

    meds.stop_medication(profile, made[5], date(2026, 11, 1), "finished the course")

    assert page.active_model.row_of_id(made[5]) == -1
    assert page.stopped_model.row_of_id(made[5]) == 0
    assert "finished the course" in _row_text(page.stopped_table, made[5])
    assert page.stopped_table.isVisible()
    assert selected_row(table).id == made[30]
    assert page.selected_row().id == made[30]
    assert table.verticalScrollBar().value() <= scroll  # a row above went: the rows in view stay
    assert _row_text(table, made[30]).startswith("Medicine 30")
    assert [r.id for r in page.active_model.rows()] == [
        r.id for r in meds.list_active_medications(profile, NOW.date())]


# -- the model itself

class _Row:
    def __init__(self, id: int, key: int, text: str = "") -> None:
        self.id, self.key, self.text = id, key, text or f"row {id}"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Row) and (self.id, self.key, self.text) == (other.id, other.key, other.text)

    __hash__ = None  # type: ignore[assignment]


def test_update_rows_inserts_moves_and_removes_in_the_loaders_order(qtbot, qtmodeltester) -> None:
    data = [_Row(i, i * 10) for i in range(200)]

    def page(offset: int, limit: int) -> list[_Row]:
        return sorted(data, key=lambda r: (r.key, r.id))[offset:offset + limit]

    model = SnapshotTableModel([Column("Text", lambda r: r.text)], fetch_page=page, page_size=20,
                               order_key=lambda r: (r.key, r.id))
    view = QTableView()
    view.setModel(model)
    show(qtbot, view, 300, 150)
    model.reload()
    model.fetchMore()
    qtmodeltester.check(model)  # (the tester reads a page more too)
    loaded = model.rowCount()
    assert 40 <= loaded < 100 and model.canFetchMore()
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    view.selectRow(8)
    QApplication.processEvents()
    assert model.rowCount() == loaded  # the view did not ask for the next page

    data[10] = _Row(10, 355, "moved down")   # to between 35 and 36
    data.append(_Row(1000, -5, "new first"))  # to the top
    data.append(_Row(1001, 1999, "new last"))  # past the rows loaded: comes with the next page
    data[39] = _Row(39, 2000, "moved out")  # past the rows loaded: leaves them
    gone = data.pop(20)
    changed = [data[10], data[-2], data[-1], next(r for r in data if r.id == 39)]
    model.update_rows([10, 1000, 1001, 39, gone.id], [r for r in changed])

    expect = page(0, model.rowCount())
    assert [r.id for r in model.rows()] == [r.id for r in expect]
    assert model.row_at(0).text == "new first" and model.row_of_id(1001) == -1 and model.row_of_id(39) == -1
    assert selected_row(view).id == 8
    assert model.canFetchMore()
    while model.canFetchMore():
        model.fetchMore()
    assert [r.id for r in model.rows()] == [r.id for r in page(0, 1000)]
    assert not resets
    qtmodeltester.check(model)


# -- the grouped lists: questions and the agenda

def _tree_text(model, row_id: int) -> str:
    index = model.index_of_id(row_id)
    assert index.isValid(), "the row is not in the list"
    return " | ".join(str(model.index(index.row(), c, index.parent()).data()) for c in range(model.columnCount()))


def test_questions_update_in_their_groups(qtbot, qtmodeltester, profile, monkeypatch) -> None:
    from careorganiser.domain.enums import Priority
    from careorganiser.services import appointments, questions
    from careorganiser.ui.appointments.models import selected_in_tree
    from careorganiser.ui.questions.page import QuestionsPage

    soon = appointments.create_appointment(profile, day=date(2026, 11, 30), at="10:00", purpose="ILD review")
    made = [questions.create_question(profile, text=f"Question {i}?") for i in range(60)]
    page = QuestionsPage(AppContext(profile, clock=lambda: NOW))
    show(qtbot, page, 1000, 500)
    page.refresh()
    tree, model = page.tree, page.model
    page.select_question(made[50])
    QApplication.processEvents()
    scroll = tree.verticalScrollBar().value()
    assert scroll > 0
    qtmodeltester.check(model)
    reads = _calls(monkeypatch, questions, "questions_by_appointment")

    questions.update_question(profile, made[52], text="Is the cough from the drug?", topic="", priority=Priority.NORMAL,
                              appointment_id=None, trial_id=None, medication_id=None)
    assert "Is the cough from the drug?" in _tree_text(model, made[52])
    # Filed under the coming appointment: it moves there, and that group's title counts it.
    questions.move_question(profile, made[55], soon)
    group = model.groups()[0]
    assert [q.id for q in group.rows] == [made[55]] and "(1 open)" in group.title
    assert "(59 open)" in model.groups()[1].title
    assert selected_in_tree(tree, model).id == made[50]
    assert tree.verticalScrollBar().value() == scroll
    assert reads == []

    # The selected question deleted elsewhere: the next one is chosen.
    trash.delete(profile, "question", made[50])
    assert selected_in_tree(tree, model).id == made[51]
    assert reads == []
    qtmodeltester.check(model)


def test_agenda_updates_in_place(qtbot, qtmodeltester, profile, monkeypatch) -> None:
    from careorganiser.services import appointments
    from careorganiser.ui.appointments.models import selected_in_tree
    from careorganiser.ui.appointments.page import AppointmentsPage

    # Made before the page opens: each one made with it on screen would read and lay out the agenda again.
    made = [appointments.create_appointment(profile, day=date(2026, 12, 1) + timedelta(days=i), at="09:30",
                                            place=f"Clinic {i}", purpose="Review") for i in range(50)]
    page = AppointmentsPage(AppContext(profile, clock=lambda: NOW))
    show(qtbot, page, 1100, 600)
    tree, model = page.tree, page.model
    page.select_appointment(made[40])
    tree.scrollTo(model.index_of_id(made[40]))
    QApplication.processEvents()
    scroll = tree.verticalScrollBar().value()
    assert scroll > 0
    qtmodeltester.check(model)
    reads = _calls(monkeypatch, appointments, "agenda")

    appointments.update_appointment(profile, made[42], day=date(2026, 12, 1) + timedelta(days=42), at="09:30",
                                    duration_minutes=30, clinician_id=None, place="Royal Brompton", purpose="Review",
                                    notes="")
    assert "Royal Brompton" in _tree_text(model, made[42])
    ride = appointments.create_ride(profile, appointment_id=made[43], pickup_time="08:30", status="asked")
    assert "asked" in _tree_text(model, made[43]).lower()
    # Moved into the past, it goes to a "Past" group that is not there yet: the agenda is read again.
    appointments.update_appointment(profile, made[0], day=date(2026, 11, 1), at="09:30", duration_minutes=30,
                                    clinician_id=None, place="Clinic 0", purpose="Review", notes="")
    assert [g.key for g in model.groups()] == ["coming", "past"] and len(reads) == 1
    assert selected_in_tree(tree, model).id == made[40]

    trash.delete(profile, "ride", ride)
    trash.delete(profile, "appointment", made[40])
    assert selected_in_tree(tree, model).id == made[41]
    assert "Coming (48)" in model.groups()[0].title
    assert len(reads) == 1
    qtmodeltester.check(model)


def _medications(qtbot, profile, count: int) -> tuple[MedicationsPage, list[int]]:
    """The medications page on screen, with ``count`` medications made through the services before it opens."""
    made = [meds.create_medication(profile, meds.MedicationInput(name=f"Medicine {i:02d}", dose="1 tablet"))
            for i in range(count)]
    page = MedicationsPage(AppContext(profile, clock=lambda: NOW))
    show(qtbot, page, 1200, 700)
    return page, made


def test_a_deleted_medication_hands_the_choice_to_the_next_one(qtbot, profile) -> None:
    page, made = _medications(qtbot, profile, 6)
    page.select_medication(made[3])

    trash.delete(profile, "medication", made[3])

    assert page.active_model.row_of_id(made[3]) == -1
    assert selected_row(page.active_table).id == made[4]
    assert page.selected_row().id == made[4]


def test_a_hidden_page_reads_only_the_rows_changed_meanwhile(qtbot, profile, monkeypatch) -> None:
    page = _journal(qtbot, profile, notes=60)
    made = [measurements.add_measurement(profile, NOW - timedelta(hours=i), "spo2_percent", 95) for i in range(30)]
    page.tabs.setCurrentWidget(page.measures)  # shown once with its rows, then the notes again
    page.tabs.setCurrentWidget(page.notes)
    notes = symptoms.list_notes(profile, limit=60)
    page.hide()
    note_reads, measurement_reads = _Reads(monkeypatch, page.notes), _Reads(monkeypatch, page.measures)

    symptoms.update_note(profile, notes[10].id, notes[10].recorded_at, [("cough", 2)], text="changed while away")
    trash.delete(profile, "symptom_note", notes[20].id)
    measurements.update_measurement(profile, made[5].id, made[5].taken_at, "spo2_percent", 88)
    page.show()
    qtbot.waitExposed(page)

    assert "changed while away" in _row_text(page.notes.table, notes[10].id)
    assert page.notes.model.row_of_id(notes[20].id) == -1
    page.tabs.setCurrentWidget(page.measures)  # the other tab is read when it is shown
    assert "88" in _row_text(page.measures.table, made[5].id)
    assert (note_reads.pages, measurement_reads.pages) == (0, 0)


def test_trials_list_keeps_its_place_when_another_trial_changes(qtbot, qtmodeltester, profile) -> None:
    from careorganiser.services import trials
    from careorganiser.ui.trials.page import TrialsPage

    made = [trials.add_trial_manually(profile, f"NCT{99000000 + i:08d}", f"Trial {i}") for i in range(60)]
    page = TrialsPage(AppContext(profile, clock=lambda: NOW))
    show(qtbot, page, 1200, 500)
    table = page.table
    chosen = pick_row(table, page.model.row_of_id(made[50]))
    scroll = table.verticalScrollBar().value()
    assert scroll > 0
    qtmodeltester.check(page.model)
    resets: list[bool] = []
    page.model.modelReset.connect(lambda: resets.append(True))

    trials.set_notes(profile, made[52], "Ask about travel costs")
    trials.set_interest(profile, made[53], "contacted")

    assert selected_row(table).id == chosen.id
    assert table.verticalScrollBar().value() == scroll
    assert page.model.row_at(page.model.row_of_id(made[53])).interest == "contacted"
    assert "Contacted" in _row_text(table, made[53])
    assert not resets


def test_medications_list_stays_where_it_was_scrolled(qtbot, profile) -> None:
    page, made = _medications(qtbot, profile, 40)
    page.select_medication(made[35])
    bar = page.active_table.verticalScrollBar()
    bar.setValue(0)  # scrolled back to the top, the chosen one out of view

    meds.record_refill(profile, made[2], 30)

    assert bar.value() == 0
    assert page.selected_row().id == made[35]


def test_agenda_read_again_when_time_moves_an_appointment_into_the_past(qtbot, profile) -> None:
    from careorganiser.services import appointments
    from careorganiser.ui.appointments.page import AppointmentsPage

    clock = [NOW]
    page = AppointmentsPage(AppContext(profile, clock=lambda: clock[0]))
    show(qtbot, page, 1100, 600)
    today = appointments.create_appointment(profile, day=NOW.date(), at="11:00", duration_minutes=30, place="GP")
    later = appointments.create_appointment(profile, day=date(2026, 12, 1), at="09:30", place="Clinic")
    assert [g.key for g in page.model.groups()] == ["coming"]

    clock[0] = NOW + timedelta(hours=3)  # the GP appointment is over
    appointments.update_appointment(profile, later, day=date(2026, 12, 1), at="10:00", duration_minutes=30,
                                    clinician_id=None, place="Clinic", purpose="", notes="")

    assert [[a.id for a in g.rows] for g in page.model.groups()] == [[later], [today]]
