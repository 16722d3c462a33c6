"""The Today screen driven through its real widgets, with a clock the test moves; the tray, close-to-tray
and Preferences without a system tray (offscreen)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from clock import Clock
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from ui_helpers import show

from careorganiser.store import models as m

LUNCH = datetime(2026, 11, 21, 13, tzinfo=UTC)  # the demo's lunchtime pirfenidone (London is on GMT)
EVENING = datetime(2026, 11, 21, 19, tzinfo=UTC)


@pytest.fixture(autouse=True)
def no_dialogs(prompter: Any) -> Iterator[None]:
    prompter.answers["warn"] = lambda title, text: pytest.fail(f"unexpected warning: {title}: {text}")
    yield


def make_page(qtbot: Any, profile: Any, now: datetime) -> Any:
    from careorganiser.ui.context import AppContext
    from careorganiser.ui.today.page import TodayPage

    clock = Clock(now)
    ctx = AppContext(profile, clock=clock)
    page = TodayPage(ctx)
    show(qtbot, page, 1100, 800)
    page.clock = clock
    return page


def stock(profile: Any, name: str) -> float | None:
    from sqlalchemy import select

    with profile.session_factory() as s:
        return s.scalars(select(m.Medication.stock).where(m.Medication.name == name)).one()


def texts(widget: Any) -> str:
    """The visible words of a widget (children added to a shown widget show at the next event loop pass)."""
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    return "\n".join(label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget))


def dose_at(page: Any, when: datetime) -> Any:
    return next(d for d in page.doses() if d.scheduled_for == when)


# ---- doses ------------------------------------------------------------------------------------------------

def test_due_dose_taken_from_due_now_lowers_stock_and_updates_today(qtbot: Any, demo_profile: Any) -> None:
    page = make_page(qtbot, demo_profile, LUNCH + timedelta(minutes=5))
    assert dose_at(page, LUNCH).status == "due"
    assert [d.scheduled_for for d in page.due_panel.doses] == [LUNCH]
    before = stock(demo_profile, "Pirfenidone")
    button = page.due_panel.button("take", page.due_panel.doses[0])
    assert button is not None
    assert "Pirfenidone" in button.accessibleName() and "13:00" in button.accessibleName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert stock(demo_profile, "Pirfenidone") == before - 3
    # No restart, no clock change: the page has already followed the "doses" change.
    assert dose_at(page, LUNCH).status == "taken"
    assert page.due_panel.doses == []
    assert "Next: Pirfenidone, 3 capsules at 19:00" in page.due_panel.empty_label.text()
    assert page.dose_button("take", dose_at(page, LUNCH)) is None  # decided: no more buttons
    # A past dose is taken "at the scheduled time" by default (the menu offers now and another time).
    assert "Taken at 13:00" in texts(page.doses_box)
    assert dose_at(page, LUNCH).taken_at == LUNCH


def test_one_click_taken_and_skip_in_the_day_list(qtbot: Any, demo_profile: Any) -> None:
    page = make_page(qtbot, demo_profile, LUNCH - timedelta(minutes=30))
    evening = dose_at(page, EVENING)
    assert evening.status == "upcoming"
    take = page.dose_button("take", evening)
    skip = page.dose_button("skip", dose_at(page, LUNCH))
    assert take.accessibleName() == "Mark Pirfenidone at 19:00 taken"
    assert skip.accessibleName() == "Skip Pirfenidone at 13:00"
    skip.setFocus()
    qtbot.keyClick(skip, Qt.Key.Key_Space)  # keyboard alone
    assert dose_at(page, LUNCH).status == "skipped"
    before = stock(demo_profile, "Pirfenidone")
    page.dose_button("take", evening).click()
    assert dose_at(page, EVENING).status == "taken"
    assert stock(demo_profile, "Pirfenidone") == before - 3


def test_states_follow_the_clock_through_the_reminder_service(qtbot: Any, demo_profile: Any) -> None:
    page = make_page(qtbot, demo_profile, LUNCH - timedelta(minutes=1))
    assert dose_at(page, LUNCH).status == "upcoming" and page.due_panel.doses == []
    page.clock.now = LUNCH
    with qtbot.waitSignal(page.reminders.dose_due) as blocker:
        page.reminders.check()
    assert blocker.args[0].scheduled_for == LUNCH
    assert dose_at(page, LUNCH).status == "due"
    assert [d.scheduled_for for d in page.due_panel.doses] == [LUNCH]
    page.clock.now = LUNCH + timedelta(hours=1)
    page.reminders.check()
    assert dose_at(page, LUNCH).status == "missed"
    assert page.due_panel.doses == []


def test_snooze_from_due_now(qtbot: Any, demo_profile: Any, prompter: Any) -> None:
    page = make_page(qtbot, demo_profile, LUNCH + timedelta(minutes=2))
    page.reminders.check(starting=True)
    dose = page.due_panel.doses[0]
    snooze = page.due_panel.button("snooze", dose)
    assert snooze is not None and "Snooze" in snooze.accessibleName()
    assert snooze.menu().actions() == []  # the choices are added when the menu first opens
    snooze.menu().aboutToShow.emit()
    choices = {a.objectName(): a for a in snooze.menu().actions()}
    assert set(choices) == {"snooze-10", "snooze-30", "snooze-60", "snooze-custom"}
    choices["snooze-30"].trigger()
    assert "Snoozed until 13:32" in texts(page.due_panel)
    seen: list[object] = []
    page.reminders.dose_due.connect(seen.append)
    page.clock.now = LUNCH + timedelta(minutes=20)
    page.reminders.check()
    assert seen == []
    page.clock.now = LUNCH + timedelta(minutes=32)
    page.reminders.check()
    assert [d.scheduled_for for d in seen] == [LUNCH]
    # Custom snooze asks for minutes.
    prompter.answers["ask_text"] = "45"
    menu = page.due_panel.button("snooze", page.due_panel.doses[0]).menu()
    menu.aboutToShow.emit()
    menu.actions()[-1].trigger()
    assert "Snoozed until 14:17" in texts(page.due_panel)


def test_missed_while_closed_after_sleep(qtbot: Any, demo_profile: Any) -> None:
    page = make_page(qtbot, demo_profile, datetime(2026, 11, 21, 12, tzinfo=UTC))
    page.reminders.start()
    assert page.missed_panel.isHidden()
    page.clock.now = datetime(2026, 11, 21, 21, tzinfo=UTC)  # asleep from noon to 21:00
    with qtbot.waitSignal(page.reminders.missed_while_closed) as blocker:
        page.reminders.check()
    assert [d.scheduled_for for d in blocker.args[0]] == [LUNCH, EVENING]
    assert page.missed_panel.isVisible()
    assert [d.scheduled_for for d in page.missed_panel.doses] == [LUNCH, EVENING]
    assert "Missed while closed" in texts(page.missed_panel)
    page.missed_panel.button("take", page.missed_panel.doses[0]).click()
    page.missed_panel.button("missed", page.missed_panel.doses[0]).click()
    assert page.missed_panel.doses == []
    assert dose_at(page, LUNCH).status == "taken" and dose_at(page, EVENING).status == "missed"
    # The answered rows stay in place, with an Undo, until the user leaves the page.
    assert "Taken at 13:00" in texts(page.missed_panel) and "Left as missed" in texts(page.missed_panel)
    page.forget_answered()
    assert page.missed_panel.isHidden()
    page.reminders.stop()


# ---- as needed ------------------------------------------------------------------------------------------

def test_as_needed_refusal_inside_the_gap_and_override(qtbot: Any, demo_profile: Any, prompter: Any) -> None:
    page = make_page(qtbot, demo_profile, LUNCH)
    take_now = page.as_needed_box.buttons["take-now-3"]
    assert take_now.accessibleName() == "Take Salbutamol now"
    assert "Can be taken now" in texts(page.as_needed_box)
    before = stock(demo_profile, "Salbutamol")
    take_now.click()
    assert stock(demo_profile, "Salbutamol") == before - 2
    assert "Next allowed at 17:00" in texts(page.as_needed_box)
    asked: list[tuple[str, str]] = []
    prompter.answers["confirm"] = lambda title, text: asked.append((title, text)) or False
    page.clock.now = LUNCH + timedelta(hours=1)
    page.as_needed_box.buttons["take-now-3"].click()
    assert stock(demo_profile, "Salbutamol") == before - 2  # refused and not overridden
    assert asked and asked[0][0] == "Take Salbutamol anyway?"
    assert "Too soon" in asked[0][1] and "17:00" in asked[0][1]
    prompter.answers["confirm"] = True
    page.as_needed_box.buttons["take-now-3"].click()
    assert stock(demo_profile, "Salbutamol") == before - 4
    taken_as_needed = [d for d in page.doses() if not d.scheduled]
    assert [d.scheduled_for for d in taken_as_needed][-2:] == [LUNCH, LUNCH + timedelta(hours=1)]


# ---- appointments, questions, stock, notices ------------------------------------------------------------

def test_appointments_questions_and_low_stock(qtbot: Any, demo_profile: Any, prompter: Any) -> None:
    page = make_page(qtbot, demo_profile, LUNCH)
    shown = texts(page.appointments_box)
    assert "Thu 3 Dec 2026 10:30" in shown and "Ride confirmed" in shown
    # The GP visit's ride is still needed, more than two days ahead: said plainly, not yet a warning.
    assert "Ride still needed: arrange a driver." in shown.splitlines()
    assert page.appointments_box.findChild(QLabel, "RideWarning") is None
    assert "inhaled antifibrotic trial" in texts(page.questions_box)
    assert "support group" in texts(page.questions_box)  # filed under no appointment: asked at the next one
    assert "Omeprazole" in texts(page.stock_box) and "About 5 days of supply" in texts(page.stock_box)
    refill = page.stock_box.buttons["refill-2"]
    assert refill.accessibleName() == "Record a refill of Omeprazole"
    prompter.answers["ask_text"] = "28"
    refill.click()
    assert stock(demo_profile, "Omeprazole") == 33
    assert "No medication is running low." in texts(page.stock_box)


def test_a_ride_to_arrange_is_a_warning_only_two_days_before(qtbot: Any, profile: Any) -> None:
    """Today showed the red "Ride still needed" box for an appointment months ahead; DESIGN.md flags a ride not
    confirmed two days before its appointment."""
    from PySide6.QtWidgets import QFrame

    from careorganiser.services import appointments
    from careorganiser.services.profiles import set_time_zone

    set_time_zone(profile, "Europe/London")
    for days, place in ((1, "Chest clinic"), (10, "GP surgery")):
        day = (LUNCH + timedelta(days=days)).date()
        visit = appointments.create_appointment(profile, day=day, at="10:30", place=place, purpose=place)
        appointments.create_ride(profile, appointment_id=visit, pickup_time="09:30")
    page = make_page(qtbot, profile, LUNCH)

    def ride_labels() -> list[QLabel]:
        texts(page.appointments_box)
        return [w for w in page.appointments_box.findChildren(QLabel) if "arrange a driver" in w.text()]

    tomorrow, later = ride_labels()
    assert tomorrow.text() == "\u26a0 Ride still needed: arrange a driver."
    assert tomorrow.objectName() == "RideWarning" and tomorrow.frameShape() == QFrame.Shape.StyledPanel
    assert later.text() == "Ride still needed: arrange a driver."  # the same words, without alarm
    assert later.objectName() != "RideWarning" and later.frameShape() == QFrame.Shape.NoFrame
    assert page.appointments_box.findChildren(QLabel, "RideWarning") == [tomorrow]
    # Eight days on, the second appointment is two days away: its ride line turns into a warning.
    page.clock.now = LUNCH + timedelta(days=8, hours=1)
    page.reminders.check()
    (soon,) = ride_labels()
    assert soon.text() == "\u26a0 Ride still needed: arrange a driver." and soon.objectName() == "RideWarning"
    page.reminders.stop()


def test_reminder_notices_can_be_dismissed(qtbot: Any, demo_profile: Any) -> None:
    page = make_page(qtbot, demo_profile, datetime(2026, 12, 15, 14, tzinfo=UTC))
    page.reminders.check(starting=True)
    # Two days before the GP visit its ride is still needed; the omeprazole stock is low.
    assert page.notices_box.isVisible()
    shown = texts(page.notices_box)
    assert "Ride to arrange" in shown and "Running low: Omeprazole" in shown
    for button in list(page.notices_box.buttons.values()):
        button.click()
    assert page.notices_box.isHidden()


def test_empty_states_say_what_to_do(qtbot: Any, profile: Any) -> None:
    page = make_page(qtbot, profile, LUNCH)
    assert "Add a medication" in texts(page.doses_box)
    assert "nothing is due" in page.due_panel.empty_label.text().lower()
    assert "Add one under Appointments" in texts(page.appointments_box)
    assert "No medication is running low." in texts(page.stock_box)
    assert page.as_needed_box.isHidden() and page.missed_panel.isHidden()
    assert "Sat 21 Nov 2026" in page.heading.text()


def test_focus_stays_on_its_button_across_a_refresh(qtbot: Any, demo_profile: Any) -> None:
    page = make_page(qtbot, demo_profile, LUNCH - timedelta(minutes=30))
    page.activateWindow()
    button = page.dose_button("take", dose_at(page, EVENING))
    button.setFocus()
    page.clock.now = LUNCH - timedelta(minutes=20)
    page.reminders.check()  # nothing changed: nothing rebuilt
    assert page.dose_button("take", dose_at(page, EVENING)) is button
    lunch_take = page.dose_button("take", dose_at(page, LUNCH))
    page.clock.now = LUNCH + timedelta(minutes=1)
    page.reminders.check()  # 13:00 is now due: its row is built again, the evening's row is kept
    assert page.dose_button("take", dose_at(page, LUNCH)) is not lunch_take
    assert page.dose_button("take", dose_at(page, EVENING)) is button
    if page.window().focusWidget() is not None:  # offscreen a window may have no focus at all
        assert page.window().focusWidget() is button


# ---- the window: no tray offscreen, Preferences, close to tray ----------------------------------------

def test_install_reminders_without_a_tray(qtbot: Any, demo_profile: Any) -> None:
    from careorganiser.ui.context import AppContext
    from careorganiser.ui.main_window import MainWindow
    from careorganiser.ui.tray import install_reminders, tray_available

    assert not tray_available()  # offscreen
    ctx = AppContext(demo_profile, clock=Clock(LUNCH + timedelta(minutes=5)))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    hooks = install_reminders(window, ctx)
    assert hooks.tray is None and hooks.service.running
    names = [a.objectName() for a in window.file_menu.actions()]
    assert "PreferencesAction" in names
    today = window.page("today")
    assert [d.scheduled_for for d in today.due_panel.doses] == [LUNCH]
    hooks.service.stop()


@pytest.mark.qt_log_ignore("systemTrayWindowChanged")  # offscreen: no tray to show the icon in
def test_the_tray_icon_follows_the_first_paint_of_the_start(qtbot: Any, demo_profile: Any, monkeypatch: Any) -> None:
    """Where the desktop has a tray, its icon (the app's icon, a menu of the due doses) is not part of the
    window's first paint: during the app's start it is made just after it; later windows get it at once."""
    from careorganiser.ui import qt_values, tray
    from careorganiser.ui.context import AppContext
    from careorganiser.ui.main_window import MainWindow

    monkeypatch.setattr(tray, "tray_available", lambda: True)
    ctx = AppContext(demo_profile, clock=Clock(LUNCH + timedelta(minutes=5)))
    qt_values.wait_for_first_paint()  # as ui.application.run does
    try:
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        hooks = tray.install_reminders(window, ctx)
        assert hooks.tray is None
        qt_values.first_paint_done()  # what the application does once the window has painted
        assert isinstance(hooks.tray, tray.TrayIcon) and hooks.tray.icon.contextMenu() is hooks.tray.menu
        hooks.tray.icon.hide()
        hooks.service.stop()
        later = MainWindow(ctx)
        qtbot.addWidget(later)
        again = tray.install_reminders(later, ctx)
        assert isinstance(again.tray, tray.TrayIcon)
        again.tray.icon.hide()
        again.service.stop()
    finally:
        qt_values.stop_waiting()


def test_preferences_dialog(qtbot: Any, demo_profile: Any, tmp_path: Any, prompter: Any) -> None:
    from careorganiser import autostart
    from careorganiser.services import reminders
    from careorganiser.ui.context import AppContext
    from careorganiser.ui.tray import open_preferences

    ctx = AppContext(demo_profile, clock=Clock(LUNCH))
    seen: list[Any] = []

    def fill(dialog: Any) -> int:
        seen.append(dialog)
        assert not dialog.tray_check.isEnabled()  # no tray offscreen
        assert not dialog.autostart_check.isChecked()  # off by default
        dialog.window_spin.setValue(45)
        dialog.repeat_every_spin.setValue(15)
        dialog.repeat_max_spin.setValue(2)
        dialog.autostart_check.setChecked(True)
        dialog.accept()
        return dialog.result()

    prompter.answers["run_dialog"] = fill
    assert open_preferences(None, ctx) == 1
    settings = reminders.reminder_settings(demo_profile)
    assert (settings.window_minutes, settings.repeat_minutes, settings.repeat_max) == (45, 15, 2)
    assert autostart.is_enabled("linux")
    assert autostart.desktop_entry_path().is_file()
    ctx._unsubscribe()


def test_close_to_tray_asks_once_and_remembers(qtbot: Any, prompter: Any) -> None:
    from PySide6.QtGui import QCloseEvent
    from PySide6.QtWidgets import QMainWindow

    from careorganiser.ui.tray import CloseToTray, keep_in_tray_choice

    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    hidden: list[bool] = []
    available = [False]
    closer = CloseToTray(window, lambda: available[0], lambda: hidden.append(True))
    assert not closer.handle_close(QCloseEvent())  # no tray: close as usual, nothing asked
    available[0] = True
    asked: list[str] = []
    prompter.answers["confirm"] = lambda title, text: asked.append(title) or True
    event = QCloseEvent()
    assert closer.handle_close(event)
    assert not event.isAccepted() and window.isHidden() and hidden == [True]
    assert keep_in_tray_choice() is True and len(asked) == 1
    window.show()
    assert closer.handle_close(QCloseEvent())
    assert len(asked) == 1  # remembered
    from PySide6.QtWidgets import QApplication

    QApplication.setQuitOnLastWindowClosed(True)


def test_prepare_pack_from_today_opens_on_the_next_appointment(qtbot, demo_profile) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPushButton

    from careorganiser.services import appointments as appointments_svc
    from careorganiser.ui.context import AppContext
    from careorganiser.ui.today.page import TodayPage

    now = datetime(2026, 11, 21, 12, 45, tzinfo=UTC)
    ctx = AppContext(demo_profile, clock=lambda: now)
    page = TodayPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.findChild(QPushButton, "PreparePack") is not None)
    button = page.findChild(QPushButton, "PreparePack")
    assert "Thu 3 Dec 2026" in button.accessibleName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = page.pack_dialog
    qtbot.waitUntil(lambda: dialog.page_count() > 0, timeout=20000)
    review = next(a for a in appointments_svc.list_appointments(demo_profile) if a.uid == "a5")
    assert dialog.appointment.currentData() in (review.id, review.uid)
    dialog.close()


def test_short_labels_are_plain_words_with_bold_and_colour_on_the_label(qtbot: Any, profile: Any) -> None:
    """Today's short labels show their words as plain text (no rich-text document each, which made the first
    paint slow): the time bold and the state in its colour through the label's font and palette, as the
    markup showed them; a name that looks like markup is shown as typed."""
    from datetime import date

    from PySide6.QtGui import QColor, QPalette

    from careorganiser.domain.schedules import Schedule
    from careorganiser.services import medications as meds
    from careorganiser.services import profiles as svp
    from careorganiser.ui.dose_text import object_key

    svp.set_time_zone(profile, "Europe/London")
    meds.create_medication(profile, meds.MedicationInput(name="<b>Iron</b> & C", dose="1 tablet",
                                                         start_date=date(2026, 11, 1)),
                           [Schedule.times_a_day("08:00", "13:00", "19:00")], now=LUNCH - timedelta(days=30))
    page = make_page(qtbot, profile, LUNCH + timedelta(minutes=5))
    due, later = dose_at(page, LUNCH), dose_at(page, EVENING)
    assert due.status == "due" and later.status == "upcoming"
    texts(page)  # rows shown

    def row_labels(item: Any) -> list[QLabel]:
        state = page.doses_box.findChild(QLabel, f"state-{object_key(item)}")
        grid = page.doses_box.grid
        index = grid.indexOf(state)
        row = grid.getItemPosition(index)[0]
        return [grid.itemAtPosition(row, column).widget() for column in range(3)]

    when, what, state = row_labels(due)
    assert (when.text(), what.text(), state.text()) == ("13:00", "<b>Iron</b> & C, 1\u00a0tablet", "Due now")
    for label in (when, what, state):
        assert label.textFormat() == Qt.TextFormat.PlainText
    assert when.font().bold() and not what.font().bold() and state.font().bold()
    assert state.palette().color(QPalette.ColorRole.WindowText) == QColor("#0b4f9c")
    assert state.accessibleName() == "<b>Iron</b> & C at 13:00: Due now"
    # Upcoming: grey and not bold; the text-size setting still reaches the bold time (only its weight is set).
    _when, _what, upcoming = row_labels(later)
    assert upcoming.text() == "Upcoming" and not upcoming.font().bold()
    assert upcoming.palette().color(QPalette.ColorRole.WindowText) == QColor("#4a4a4a")
    bigger = page.font()
    bigger.setPointSizeF(bigger.pointSizeF() * 1.5)
    page.setFont(bigger)
    assert when.font().pointSizeF() == bigger.pointSizeF() and when.font().bold()
    # The Due now panel's row: plain too.
    due_labels = [w for w in page.due_panel.rows.findChildren(QLabel) if w.isVisibleTo(page.due_panel)]
    assert [w.text() for w in due_labels] == ["13:00", "<b>Iron</b> & C, 1\u00a0tablet"]
    assert all(w.textFormat() == Qt.TextFormat.PlainText for w in due_labels) and due_labels[0].font().bold()


def test_heading_and_appointments_are_plain_labels(qtbot: Any, profile: Any) -> None:
    """Each rich-text label laid out a text document of its own before the first paint (issue 14). The heading,
    Due now's title and an appointment show the same words in plain labels, bold and size on the label's
    font; words that look like markup show as typed."""
    from datetime import date

    from careorganiser.domain.enums import Priority
    from careorganiser.domain.schedules import Schedule
    from careorganiser.services import appointments, questions
    from careorganiser.services import medications as meds
    from careorganiser.services import profiles as svp

    svp.set_time_zone(profile, "Europe/London")
    meds.create_medication(profile, meds.MedicationInput(name="<b>Iron</b>", dose="1 tablet", stock=3,
                                                         stock_unit="tablets", refill_at=10,
                                                         start_date=date(2026, 11, 1)),
                           [Schedule.times_a_day("08:00")], now=LUNCH - timedelta(days=30))
    visit = appointments.create_appointment(profile, day=(LUNCH + timedelta(days=3)).date(), at="10:30",
                                            place="Chest clinic", purpose="<i>Review</i>")
    questions.create_question(profile, text="Oxygen <walking>?", priority=Priority.HIGH, appointment_id=visit)
    page = make_page(qtbot, profile, LUNCH)
    texts(page)

    def plain(widget: Any) -> list[QLabel]:
        shown = [w for w in widget.findChildren(QLabel) if w.isVisibleTo(widget) and w.text()]
        assert all(w.textFormat() == Qt.TextFormat.PlainText for w in shown), [w.text() for w in shown]
        return shown

    assert page.heading.text() == "Today: Sat 21 Nov 2026" and page.heading.font().bold()
    assert page.heading_line.text().startswith("As of ") and not page.heading_line.font().bold()
    assert page.heading.font().pointSizeF() == page.font().pointSizeF() * 1.5
    assert page.due_panel.title_label.text() == "Due now" and page.due_panel.title_label.font().bold()
    shown = [(w.text(), w.font().bold()) for w in plain(page.appointments_box)]
    assert shown[:2] == [("Tue 24 Nov 2026 10:30", True), ("<i>Review</i>\nChest clinic", False)]
    # The text-size setting reaches the heading: it stays 1.5 times the page's text.
    bigger = page.font()
    bigger.setPointSizeF(bigger.pointSizeF() * 2)
    page.setFont(bigger)
    assert page.heading.font().pointSizeF() == bigger.pointSizeF() * 1.5 and page.heading.font().bold()
