"""The dose history puts only the changed dose records in place: a dose recorded, answered again or undone
elsewhere (Today, the tray) changes its own row; the other rows, the selection and the scroll stay."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from ui_helpers import show

from careorganiser.services import doses
from careorganiser.services import medications as meds
from careorganiser.ui.context import AppContext
from careorganiser.ui.medications.dose_history import DoseEventDialog
from careorganiser.ui.medications.form import MedicationDialog
from careorganiser.ui.medications.page import MedicationsPage

NOW = datetime(2026, 11, 21, 10, 0, tzinfo=UTC)
LONDON = ZoneInfo("Europe/London")


@pytest.fixture(autouse=True)
def london(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Europe/London")


def answer_with(prompter: Any, fill: Any) -> None:
    def answer(dialog: QDialog) -> None:
        dialog.show()
        fill(dialog)
        if dialog.isVisible():
            dialog.reject()

    prompter.answers["run_dialog"] = answer


def eight_am(days_ago: int) -> datetime:
    day = NOW.astimezone(LONDON).date() - timedelta(days=days_ago)
    return datetime.combine(day, time(8, 0), LONDON).astimezone(UTC)


class Watch:
    """What the history model told its views, and how often the history was read from the database."""

    def __init__(self, model: Any, monkeypatch: pytest.MonkeyPatch) -> None:
        self.reset = 0
        self.removed: list[tuple[int, int]] = []
        self.inserted: list[tuple[int, int]] = []
        self.changed: list[tuple[int, int]] = []
        self.pages_read = 0
        model.modelReset.connect(lambda: setattr(self, "reset", self.reset + 1))
        model.rowsRemoved.connect(lambda _p, first, last: self.removed.append((first, last)))
        model.rowsInserted.connect(lambda _p, first, last: self.inserted.append((first, last)))
        model.dataChanged.connect(lambda a, b, _roles=(): self.changed.append((a.row(), b.row())))
        real = doses.dose_history

        def counted(*args: Any, **kwargs: Any) -> Any:
            self.pages_read += 1
            return real(*args, **kwargs)

        monkeypatch.setattr(doses, "dose_history", counted)


def test_undoing_one_dose_changes_only_its_row_from_an_empty_profile(qtbot, profile, prompter, qtmodeltester,
                                                                      monkeypatch):
    page = MedicationsPage(AppContext(profile, clock=lambda: NOW), history_page_size=15)
    show(qtbot, page, 1200, 800)
    assert page.active_empty.isVisible()

    # A medicine added through the form, taken at 08:00 each day.
    def fill_form(dialog: MedicationDialog) -> None:
        qtbot.keyClicks(dialog.name, "Nintedanib")
        qtbot.keyClicks(dialog.strength, "150 mg")
        qtbot.keyClicks(dialog.dose, "1 capsule")
        dialog.stock.clear()
        qtbot.keyClicks(dialog.stock, "100")
        dialog.units_per_dose.clear()
        qtbot.keyClicks(dialog.units_per_dose, "1")
        dialog.editor.new_time.setText("08:00")
        qtbot.mouseClick(dialog.editor.add_time_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    answer_with(prompter, fill_form)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    med_id = page.selected_row().id
    assert page.selected_row().name == "Nintedanib"

    # Doses answered as Today answers them, oldest first (each one a change the page hears), and today's
    # dose recorded through the history's own form.
    marks = [doses.mark_dose(profile, med_id, eight_am(days), "taken", taken_at=eight_am(days))
             for days in range(40, 0, -1)]

    def record_today(dialog: DoseEventDialog) -> None:
        dialog.due.set_wall_clock(date(2026, 11, 21), time(8, 0))
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    answer_with(prompter, record_today)
    qtbot.mouseClick(page.history.record_button, Qt.MouseButton.LeftButton)
    history = page.history
    model, table = history.model, history.table
    assert history.count_label.text() == "41 doses recorded"
    assert meds.get_medication(profile, med_id).stock == 59
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 41
    assert [r.scheduled_for for r in model.rows()] == [eight_am(d) for d in range(41)]

    # The user picks a dose a little way down and the list scrolls to it.
    table.selectRow(25)
    table.scrollTo(model.index(25, 0))
    QApplication.processEvents()
    chosen = history.selected_event()
    scrolled = table.verticalScrollBar().value()
    assert scrolled > 0
    before = model.rows()
    watch = Watch(model, monkeypatch)

    # The dose of 30 days ago is undone (Today's Undo): only its row goes.
    undone = marks[40 - 30]
    assert undone.scheduled_for == eight_am(30)
    doses.undo_mark(profile, undone)
    QApplication.processEvents()

    after = model.rows()
    assert watch.pages_read == 0  # nothing but the undone record was read again
    assert watch.reset == 0 and watch.inserted == [] and watch.changed == []
    assert watch.removed == [(30, 30)]
    assert len(after) == 40
    assert all(a is b for a, b in zip(after, [r for r in before if r.id != undone.event_id], strict=True))
    assert table.verticalScrollBar().value() == scrolled
    assert history.selected_event() == chosen
    # What the user sees: one dose fewer, the stock given back, the neighbours as they were.
    assert history.count_label.text() == "40 doses recorded"
    assert meds.get_medication(profile, med_id).stock == 60
    assert page.active_model.index(0, 2).data() == "60"
    assert model.index(29, 0).data() == "Fri 23 Oct 2026 08:00"
    assert model.index(30, 0).data() == "Wed 21 Oct 2026 08:00"
    qtmodeltester.check(model)

    # A dose answered again (skipped) and that answer undone: its row changes twice, in place, nothing else.
    watch = Watch(model, monkeypatch)
    again = doses.mark_dose(profile, med_id, eight_am(5), "skipped")
    assert model.index(5, 1).data() == "Skipped"
    doses.undo_mark(profile, again)
    QApplication.processEvents()
    assert model.index(5, 1).data() == "Taken"
    assert watch.pages_read == 0 and watch.reset == 0 and watch.removed == [] and watch.inserted == []
    assert watch.changed == [(5, 5), (5, 5)]
    assert table.verticalScrollBar().value() == scrolled
    assert history.selected_event().id == chosen.id
    qtmodeltester.check(model)


def test_a_dose_of_another_medication_leaves_the_history_alone(qtbot, profile, monkeypatch):
    page = MedicationsPage(AppContext(profile, clock=lambda: NOW))
    show(qtbot, page, 1200, 800)
    fields = meds.MedicationInput(name="Pirfenidone", stock="90", units_per_dose="1")
    from careorganiser.domain.schedules import Schedule

    shown = meds.create_medication(profile, fields, [Schedule.times_a_day("08:00")])
    other = meds.create_medication(profile, meds.MedicationInput(name="Omeprazole"), [Schedule.times_a_day("07:00")])
    page.select_medication(shown)
    doses.record_dose(profile, shown, eight_am(1), "taken", taken_at=eight_am(1))
    watch = Watch(page.history.model, monkeypatch)
    doses.record_dose(profile, other, eight_am(1), "missed")
    assert watch.pages_read == 0 and watch.inserted == [] and watch.reset == 0
    assert page.history.model.rowCount() == 1
    assert page.history.count_label.text() == "1 dose recorded"


def test_editing_the_medication_leaves_its_history_where_it_was(qtbot, profile, prompter, monkeypatch):
    from careorganiser.domain.schedules import Schedule

    med_id = meds.create_medication(profile, meds.MedicationInput(name="Pirfenidone", dose="1 capsule", stock="500",
                                                                  units_per_dose="1"), [Schedule.times_a_day("08:00")])
    for days in range(60, 0, -1):
        doses.record_dose(profile, med_id, eight_am(days), "taken", taken_at=eight_am(days))
    page = MedicationsPage(AppContext(profile, clock=lambda: NOW), history_page_size=20)
    show(qtbot, page, 1200, 800)
    page.select_medication(med_id)
    history = page.history
    while history.model.canFetchMore():
        history.model.fetchMore()
    history.table.selectRow(40)
    history.table.scrollTo(history.model.index(40, 0))
    QApplication.processEvents()
    scrolled, chosen = history.table.verticalScrollBar().value(), history.selected_event()
    assert scrolled > 0
    watch = Watch(history.model, monkeypatch)

    def change_dose(dialog: MedicationDialog) -> None:
        dialog.dose.setText("2 capsules")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    answer_with(prompter, change_dose)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    assert meds.get_medication(profile, med_id).dose == "2 capsules"
    assert "2 capsules" in page.details.text()
    assert watch.pages_read == 0 and watch.reset == 0 and watch.removed == [] and watch.inserted == []
    assert history.table.verticalScrollBar().value() == scrolled
    assert history.selected_event() == chosen
