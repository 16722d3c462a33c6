"""Marking doses like the best phone apps, from an empty profile, through the Today page's real widgets:
Taken at the scheduled time (a past dose's default), now, or at a time typed; Skip with a reason; Undo from
the same place; rows that keep their place; the stock following each mark and its undo; the history."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from clock import Clock
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel
from ui_helpers import show

from careorganiser.domain.schedules import Schedule
from careorganiser.services import doses
from careorganiser.services import medications as meds
from careorganiser.store import models as m

MORNING = datetime(2026, 11, 21, 8, tzinfo=UTC)  # London is on GMT in November
LUNCH = datetime(2026, 11, 21, 13, tzinfo=UTC)
LATE_MORNING = datetime(2026, 11, 21, 10, 15, tzinfo=UTC)


@pytest.fixture(autouse=True)
def no_dialogs(monkeypatch: pytest.MonkeyPatch, prompter: Any) -> Iterator[None]:
    monkeypatch.setenv("TZ", "Europe/London")
    prompter.answers["warn"] = lambda title, text: pytest.fail(f"unexpected warning: {title}: {text}")
    yield


@pytest.fixture
def london(profile: Any) -> Any:
    """The empty profile, in London, with the medications a caregiver would type in."""
    with profile.session_factory.begin() as s:
        s.merge(m.Setting(key="timezone", value="Europe/London"))
    for name, dose in (("Pirfenidone", "3 capsules"), ("Omeprazole", "1 capsule")):
        fields = meds.MedicationInput(name=name, dose=dose, stock="90", units_per_dose="3" if dose[0] == "3" else "1",
                                      stock_unit="capsules", start_date=date(2026, 11, 19))
        meds.create_medication(profile, fields, [Schedule.times_a_day("08:00", "13:00", "19:00")],
                               now=datetime(2026, 11, 19, 7, 0, tzinfo=UTC))  # added on its start day
    return profile


def med_id(profile: Any, name: str) -> int:
    return next(r.id for r in meds.list_medications(profile) if r.name == name)


def stock(profile: Any, name: str) -> float | None:
    return meds.get_medication(profile, med_id(profile, name)).stock


def make_page(qtbot: Any, profile: Any, now: datetime) -> Any:
    from careorganiser.ui.context import AppContext
    from careorganiser.ui.today.page import TodayPage

    page = TodayPage(AppContext(profile, clock=Clock(now)))
    show(qtbot, page, 1100, 800)
    return page


def dose(page: Any, name: str, when: datetime) -> Any:
    return next(d for d in page.doses() if d.name == name and d.scheduled_for == when)


def event(profile: Any, name: str, when: datetime) -> doses.DoseEvent | None:
    return doses.event_for_slot(profile, med_id(profile, name), when)


def texts(widget: Any) -> str:
    QApplication.processEvents()
    return "\n".join(label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget))


def opened_menu(button: Any) -> Any:
    """The button's menu as it opens: its choices are added then (``aboutToShow``)."""
    button.menu().aboutToShow.emit()
    return button.menu()


def menu_action(button: Any, name: str) -> Any:
    return next(a for a in opened_menu(button).actions() if a.objectName() == name)


def test_taken_on_a_missed_dose_is_recorded_at_its_scheduled_time_and_undone(qtbot: Any, london: Any) -> None:
    """Before, Taken on a missed 08:00 dose stored the click time with no choice, and there was no undo."""
    page = make_page(qtbot, london, LATE_MORNING)
    missed = dose(page, "Pirfenidone", MORNING)
    assert missed.status == "missed"
    take = page.dose_button("take", missed)
    assert [a.text() for a in opened_menu(take).actions()] == [
        "At the scheduled time (08:00)", "Now", "At another time\u2026"]
    assert take.menu().defaultAction().objectName() == "take-scheduled"
    qtbot.mouseClick(take, Qt.MouseButton.LeftButton)
    stored = event(london, "Pirfenidone", MORNING)
    assert stored is not None and (stored.status, stored.taken_at) == ("taken", MORNING)
    assert stock(london, "Pirfenidone") == 87
    assert dose(page, "Pirfenidone", MORNING).status == "taken"
    assert "Taken at 08:00" in texts(page.doses_box)
    # Undo, from the same row (where Taken was), and from the bar at the foot of the page.
    undo = page.dose_button("undo", dose(page, "Pirfenidone", MORNING))
    assert undo is not None and undo.accessibleName() == "Undo: Pirfenidone at 08:00 Taken at 08:00"
    assert page.undo_bar.isVisible() and page.undo_bar.label.text() == "Pirfenidone at 08:00: Taken at 08:00."
    qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)
    assert event(london, "Pirfenidone", MORNING) is None
    assert stock(london, "Pirfenidone") == 90
    assert dose(page, "Pirfenidone", MORNING).status == "missed"
    assert page.dose_button("take", dose(page, "Pirfenidone", MORNING)) is not None
    assert not page.undo_bar.isVisible()


def test_taken_now_or_at_a_time_typed(qtbot: Any, london: Any, prompter: Any) -> None:
    page = make_page(qtbot, london, LATE_MORNING)
    menu_action(page.dose_button("take", dose(page, "Pirfenidone", MORNING)), "take-now").trigger()
    assert event(london, "Pirfenidone", MORNING).taken_at == LATE_MORNING
    asked: list[str] = []
    prompter.answers["ask_text"] = lambda title, label: asked.append(label) or "9.30"
    menu_action(page.dose_button("take", dose(page, "Omeprazole", MORNING)), "take-other").trigger()
    assert asked == ["Omeprazole, 1 capsule was due at 08:00. At what time was it taken? For example 10:15 or 9pm."]
    assert event(london, "Omeprazole", MORNING).taken_at == datetime(2026, 11, 21, 9, 30, tzinfo=UTC)
    assert "Taken at 09:30" in texts(page.doses_box)
    assert stock(london, "Omeprazole") == 89


def test_a_time_typed_that_is_no_time_or_still_to_come_is_refused(qtbot: Any, london: Any, prompter: Any) -> None:
    page = make_page(qtbot, london, LATE_MORNING)
    warned: list[str] = []
    prompter.answers["warn"] = lambda title, text: warned.append(text)
    take = page.dose_button("take", dose(page, "Pirfenidone", MORNING))
    for typed in ("half nine", "11:30"):
        prompter.answers["ask_text"] = typed
        menu_action(take, "take-other").trigger()
    assert warned == ["Taken at: \u201chalf nine\u201d is not a time of day. Type it like 08:00, 13:30 or 1pm.",
                      "Taken at: 11:30 is still to come. Type a time up to now."]
    assert event(london, "Pirfenidone", MORNING) is None and stock(london, "Pirfenidone") == 90


def test_an_upcoming_dose_is_taken_now_by_default(qtbot: Any, london: Any) -> None:
    page = make_page(qtbot, london, LATE_MORNING)
    take = page.dose_button("take", dose(page, "Pirfenidone", LUNCH))
    assert [a.objectName() for a in opened_menu(take).actions()] == ["take-now", "take-other"]
    take.click()
    assert event(london, "Pirfenidone", LUNCH).taken_at == LATE_MORNING


def test_skip_with_a_reason_from_the_list_or_typed_and_edited_in_the_history(qtbot: Any, london: Any, prompter: Any) -> None:
    page = make_page(qtbot, london, LATE_MORNING)
    skip = page.dose_button("skip", dose(page, "Pirfenidone", MORNING))
    assert [a.text() for a in opened_menu(skip).actions()] == [
        "Felt unwell", "Side effects", "Ran out", "Doctor's advice", "Not at home", "Other reason\u2026"]
    menu_action(skip, "skip-reason-1").trigger()
    stored = event(london, "Pirfenidone", MORNING)
    assert (stored.status, stored.note) == ("skipped", "Side effects")
    assert "Skipped: Side effects" in texts(page.doses_box)
    prompter.answers["ask_text"] = "  At the  dentist "
    menu_action(page.dose_button("skip", dose(page, "Omeprazole", MORNING)), "skip-reason-other").trigger()
    assert event(london, "Omeprazole", MORNING).note == "At the dentist"
    page.dose_button("skip", dose(page, "Pirfenidone", LUNCH)).click()  # a plain click: no reason
    assert (event(london, "Pirfenidone", LUNCH).status, event(london, "Pirfenidone", LUNCH).note) == ("skipped", "")
    assert stock(london, "Pirfenidone") == 90

    # Later, in the history: the reason is there and the mark can be changed (the stock follows).
    skipped = event(london, "Pirfenidone", MORNING)
    assert skipped.note in [r.note for r in doses.dose_history(london, med_id(london, "Pirfenidone"))]
    doses.update_dose_event(london, skipped.id, status="taken", taken_at=MORNING + timedelta(minutes=20))
    assert stock(london, "Pirfenidone") == 87


def test_rows_keep_their_place_while_working_down_the_due_list(qtbot: Any, london: Any) -> None:
    """Before, each click removed a row from "Due now" and the whole page moved up under the pointer."""
    page = make_page(qtbot, london, MORNING + timedelta(minutes=5))
    panel = page.due_panel
    assert [d.name for d in panel.doses] == ["Omeprazole", "Pirfenidone"]

    def place(widget: Any) -> QPoint:
        QApplication.processEvents()
        return widget.mapTo(page, QPoint(0, 0))

    second = panel.button("take", panel.doses[1])
    second_place, list_place = place(second), place(page.doses_box)
    qtbot.mouseClick(panel.button("take", panel.doses[0]), Qt.MouseButton.LeftButton)
    assert [d.name for d in panel.doses] == ["Pirfenidone"]
    still = panel.button("take", panel.doses[0])
    assert place(still) == second_place and place(page.doses_box) == list_place
    assert "Taken at 08:00" in texts(panel)
    qtbot.mouseClick(still, Qt.MouseButton.LeftButton)
    assert panel.doses == [] and place(page.doses_box) == list_place
    assert stock(london, "Omeprazole") == 89 and stock(london, "Pirfenidone") == 87
    # Undo the first from its kept row: it is due again, in the same place, and its capsule is back.
    undo_name = f"undo-{med_id(london, 'Omeprazole')}-"
    omeprazole = next(b for name, b in panel.buttons.items() if name.startswith(undo_name))
    qtbot.mouseClick(omeprazole, Qt.MouseButton.LeftButton)
    assert [d.name for d in panel.doses] == ["Omeprazole"] and stock(london, "Omeprazole") == 90
    assert place(panel.button("take", panel.doses[0])).y() < second_place.y()
    # Leaving the page lets answered rows go.
    page.hide()
    page.show()
    assert not any(name.startswith("undo-") for name in panel.buttons)


def test_undo_puts_back_an_earlier_answer_and_its_stock(qtbot: Any, london: Any) -> None:
    """Marking a dose recorded as missed, then undoing, gives back the "missed" record (not nothing)."""
    missed_id = doses.record_dose(london, med_id(london, "Pirfenidone"), MORNING, "missed", note="asleep")
    page = make_page(qtbot, london, LATE_MORNING)
    item = dose(page, "Pirfenidone", MORNING)
    assert item.status == "missed"
    page.dose_button("take", item).click()
    assert stock(london, "Pirfenidone") == 87
    page.undo_bar.undo_button.click()
    restored = event(london, "Pirfenidone", MORNING)
    assert (restored.id, restored.status, restored.taken_at, restored.note) == (missed_id, "missed", None, "asleep")
    assert stock(london, "Pirfenidone") == 90


def test_taken_from_the_tray_menu_means_the_same_as_on_today(qtbot: Any, london: Any) -> None:
    """The tray's one-click Taken goes through the reminder service: a past dose is taken at its time."""
    page = make_page(qtbot, london, MORNING + timedelta(minutes=7))
    (due, *_rest) = page.reminders.due_now()
    page.reminders.take(due)
    assert event(london, due.name, MORNING).taken_at == MORNING


def test_a_mark_is_edited_later_in_the_dose_history(qtbot: Any, london: Any, prompter: Any) -> None:
    """Skipped with a reason on Today; days later, in the medication's history, it was taken after all."""
    from careorganiser.ui.context import AppContext
    from careorganiser.ui.medications.dose_history import DoseEventDialog
    from careorganiser.ui.medications.page import MedicationsPage

    today = make_page(qtbot, london, LATE_MORNING)
    menu_action(today.dose_button("skip", dose(today, "Pirfenidone", MORNING)), "skip-reason-2").trigger()
    assert stock(london, "Pirfenidone") == 90

    page = MedicationsPage(AppContext(london, clock=Clock(LATE_MORNING + timedelta(days=2))))
    qtbot.addWidget(page)
    page.show()
    page.select_medication(med_id(london, "Pirfenidone"))
    history = page.history
    assert history.model.rowCount() == 1
    assert [history.model.index(0, c).data() for c in (1, 4)] == ["Skipped", "Ran out"]
    history.table.selectRow(0)

    def fill(dialog: DoseEventDialog) -> None:
        dialog.show()
        dialog.status.setCurrentIndex(dialog.status.findData("taken"))
        dialog.taken_at.time.clear()
        qtbot.keyClicks(dialog.taken_at.time, "9:40")
        dialog.note.setText("Found a spare pack")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    prompter.answers["run_dialog"] = fill
    qtbot.mouseClick(history.edit_button, Qt.MouseButton.LeftButton)
    stored = event(london, "Pirfenidone", MORNING)
    assert (stored.status, stored.taken_at, stored.note) == (
        "taken", datetime(2026, 11, 21, 9, 40, tzinfo=UTC), "Found a spare pack")
    assert stock(london, "Pirfenidone") == 87


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")  # a popup, offscreen
def test_the_choices_open_from_the_keyboard(qtbot: Any, london: Any) -> None:
    from PySide6.QtCore import QTimer

    page = make_page(qtbot, london, LATE_MORNING)
    take = page.dose_button("take", dose(page, "Pirfenidone", MORNING))
    opened: list[str] = []

    def choose_now() -> None:  # the menu is open: the keyboard chooses "Now"
        menu = QApplication.activePopupWidget()
        opened.append(menu.accessibleName())  # its choices were added as it opened (not before the first paint)
        menu.setActiveAction(next(a for a in menu.actions() if a.objectName() == "take-now"))
        qtbot.keyClick(menu, Qt.Key.Key_Return)

    QTimer.singleShot(0, choose_now)
    take.setFocus()
    assert take.menu().actions() == []
    qtbot.keyClick(take, Qt.Key.Key_Down)
    assert opened == ["Taken when"]
    assert event(london, "Pirfenidone", MORNING).taken_at == LATE_MORNING


def test_taken_at_another_time_asks_in_a_real_dialog(qtbot: Any, london: Any) -> None:
    """Before, "Taken > At another time..." in the app (not with a scripted prompter) failed at once with
    "Something went wrong (TypeError)": the question was given the page's answers object, not a widget, as
    the dialog's parent."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QInputDialog

    from careorganiser.ui.prompter import Prompter

    page = make_page(qtbot, london, LATE_MORNING)
    page.ctx.prompter = Prompter()  # the one the app uses: real dialogs
    asked: list[str] = []

    def answer(tries: int = 0) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            if tries < 100:  # not shown yet (or never: then the asserts below say so)
                QTimer.singleShot(20, lambda: answer(tries + 1))
            return
        asked.append(dialog.labelText())
        dialog.setTextValue("9.45am")
        dialog.accept()

    QTimer.singleShot(0, answer)
    menu_action(page.dose_button("take", dose(page, "Pirfenidone", MORNING)), "take-other").trigger()
    assert asked == ["Pirfenidone, 3 capsules was due at 08:00. At what time was it taken? For example 10:15 or 9pm."]
    assert event(london, "Pirfenidone", MORNING).taken_at == datetime(2026, 11, 21, 9, 45, tzinfo=UTC)
    assert "Taken at 09:45" in texts(page.doses_box)


def test_on_a_read_only_profile_taken_and_skip_are_disabled_with_the_reason(qtbot: Any, london: Any) -> None:
    """On a read-only disk every page's push buttons were disabled, but Today's "Taken" and "Skip" (tool
    buttons with a menu) stayed enabled and a click ended in "Not saved: the profile cannot be written"."""
    from careorganiser.ui.profile_actions import ReadOnlyGuard

    page = make_page(qtbot, london, LATE_MORNING)
    reason = "\u201cMum\u201d is on a read-only disk or folder: you can read, print and export it, not change it."
    ReadOnlyGuard(page, reason)
    lunch = dose(page, "Pirfenidone", LUNCH)
    for kind in ("take", "skip"):
        button = page.dose_button(kind, lunch)
        assert (button.isEnabled(), button.toolTip()) == (False, reason)
    assert event(london, "Pirfenidone", LUNCH) is None
