"""Today updates in place: from an empty profile, medications made through the medication form, then doses
marked through Today's own buttons. A dose marked builds again its own row only (the other rows keep their
widgets, the keyboard focus and the scroll position stay), and reads again only the doses; a question added
reads only the appointments' part; a change that does not say what it touched reads everything again."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from clock import Clock
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel
from ui_helpers import show

from careorganiser.services import appointments, doses, questions
from careorganiser.services.base import everything
from careorganiser.store import models as m

START = datetime(2026, 11, 21, 7, 0, tzinfo=UTC)  # London is on GMT in November
LATE_MORNING = datetime(2026, 11, 21, 10, 15, tzinfo=UTC)
LUNCH = datetime(2026, 11, 21, 13, 0, tzinfo=UTC)
EVENING = datetime(2026, 11, 21, 19, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def no_warnings(monkeypatch: pytest.MonkeyPatch, prompter: Any) -> Iterator[None]:
    monkeypatch.setenv("TZ", "Europe/London")
    prompter.answers["warn"] = lambda title, text: pytest.fail(f"unexpected warning: {title}: {text}")
    yield


def add_through_the_form(qtbot: Any, prompter: Any, profile: Any, medicines: list[tuple[str, str, list[str]]]) -> None:
    """Type each medication (name, dose, times) into the medication form, as a caregiver would."""
    from careorganiser.ui.context import AppContext
    from careorganiser.ui.medications.page import MedicationsPage

    def fill_with(name: str, dose: str, times: list[str]) -> Callable[[QDialog], None]:
        def fill(dialog: Any) -> None:
            dialog.show()
            qtbot.keyClicks(dialog.name, name)
            qtbot.keyClicks(dialog.dose, dose)
            for text in times:
                dialog.editor.new_time.setText(text)
                qtbot.mouseClick(dialog.editor.add_time_button, Qt.MouseButton.LeftButton)
            qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
            assert dialog.result() == QDialog.DialogCode.Accepted
        return fill

    page = MedicationsPage(AppContext(profile, clock=lambda: START))
    show(qtbot, page, 1200, 800)
    for name, dose, times in medicines:
        prompter.answers["run_dialog"] = fill_with(name, dose, times)
        qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    prompter.answers.pop("run_dialog")
    page.close()


@pytest.fixture
def london(qtbot: Any, prompter: Any, profile: Any) -> Any:
    with profile.session_factory.begin() as s:
        s.merge(m.Setting(key="timezone", value="Europe/London"))
    add_through_the_form(qtbot, prompter, profile, [
        ("Pirfenidone", "3 capsules", ["08:00", "13:00", "19:00"]),
        ("Omeprazole", "1 capsule", ["13:00", "19:00"]),
        ("Nintedanib", "1 capsule", ["09:00", "21:00"]),
    ])
    return profile


def make_today(qtbot: Any, profile: Any, now: datetime, *size: int) -> Any:
    from careorganiser.ui.context import AppContext
    from careorganiser.ui.today.page import TodayPage

    clock = Clock(now)
    page = TodayPage(AppContext(profile, clock=clock))
    show(qtbot, page, *(size or (1100, 800)))
    page.clock = clock
    return page


def dose(page: Any, name: str, when: datetime) -> Any:
    return next(d for d in page.doses() if d.name == name and d.scheduled_for == when)


def row_widgets(section: Any) -> dict[Any, list[Any]]:
    return {key: section.rows.widgets_of(key) for key in section.rows.keys()}  # noqa: SIM118 (a method, not a dict)


def state_text(page: Any, item: Any) -> str:
    from careorganiser.ui.dose_text import object_key

    QApplication.processEvents()
    return page.doses_box.findChild(QLabel, f"state-{object_key(item)}").text()


def test_a_dose_marked_builds_its_own_row_again_and_keeps_the_others_focus_and_scroll(qtbot: Any, london: Any) -> None:
    page = make_today(qtbot, london, LATE_MORNING, 560, 300)  # small: the page scrolls
    assert [(d.name, d.scheduled_for.hour) for d in page.doses()] == [
        ("Pirfenidone", 8), ("Nintedanib", 9), ("Omeprazole", 13), ("Pirfenidone", 13), ("Omeprazole", 19),
        ("Pirfenidone", 19), ("Nintedanib", 21)]
    lunch = dose(page, "Pirfenidone", LUNCH)
    evening_skip = page.dose_button("skip", dose(page, "Omeprazole", EVENING))
    before = row_widgets(page.doses_box)
    assert len(before) == 7
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    for _ in range(5):  # let the columns settle (they stack at this width)
        QApplication.processEvents()
    bar = page.scroll.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum() // 2)
    scrolled = bar.value()
    evening_skip.setFocus()
    QApplication.processEvents()
    assert page.window().focusWidget() is evening_skip
    appointments_read = page.data.appointments
    from careorganiser.ui.dose_text import object_key

    # Marked elsewhere (the reminder's notification, say) while the keyboard is on another row.
    doses.mark_dose(london, lunch.medication_id, LUNCH, "taken", taken_at=LATE_MORNING)

    after = row_widgets(page.doses_box)
    assert list(after) == list(before)  # the same rows, in the same order
    for key, widgets in after.items():
        if key == object_key(lunch):
            assert all(w not in before[key] for w in widgets)  # built again
        else:
            assert all(a is b for a, b in zip(widgets, before[key], strict=True))
    assert state_text(page, lunch) == "Taken at 10:15"
    assert page.dose_button("take", lunch) is None
    assert page.dose_button("skip", dose(page, "Omeprazole", EVENING)) is evening_skip
    assert page.window().focusWidget() is evening_skip
    assert bar.value() == scrolled
    assert page.data.appointments is appointments_read  # a dose marked reads the doses, not the appointments

    # Marked with its own button: Undo takes the place of Taken, in the same row; the rest stay.
    other = dose(page, "Omeprazole", LUNCH)
    before = row_widgets(page.doses_box)
    qtbot.mouseClick(page.dose_button("take", other), Qt.MouseButton.LeftButton)  # to come: taken now
    undo = page.dose_button("undo", other)
    assert undo is not None and page.dose_button("take", other) is None
    assert state_text(page, other) == "Taken at 10:15"
    assert all(a is b for key, ws in row_widgets(page.doses_box).items() if key != object_key(other)
               for a, b in zip(ws, before[key], strict=True))
    assert page.window().focusWidget() is undo  # focus stays in the row, not at the top of the list
    assert bar.value() == scrolled
    assert doses.event_for_slot(london, other.medication_id, LUNCH).status == "taken"

    qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)  # back as it was, in place
    assert doses.event_for_slot(london, other.medication_id, LUNCH) is None
    assert page.dose_button("take", other) is not None
    assert all(a is b for key, ws in row_widgets(page.doses_box).items() if key != object_key(other)
               for a, b in zip(ws, before[key], strict=True))
    assert bar.value() == scrolled


def test_a_dose_marked_in_due_now_keeps_the_other_due_rows(qtbot: Any, london: Any) -> None:
    page = make_today(qtbot, london, LUNCH.replace(minute=5))
    due = {d.name: d for d in page.due_panel.doses}
    assert set(due) == {"Pirfenidone", "Omeprazole"}
    omeprazole_take = page.due_panel.button("take", due["Omeprazole"])
    omeprazole_widgets = page.due_panel.keyed.widgets_of(page.due_panel.keyed.keys()[0])
    qtbot.mouseClick(page.due_panel.button("skip", due["Pirfenidone"]), Qt.MouseButton.LeftButton)
    assert page.due_panel.button("take", due["Omeprazole"]) is omeprazole_take
    assert page.due_panel.button("undo", due["Pirfenidone"]) is not None
    first_key = page.due_panel.keyed.keys()[0]
    assert [w for w in page.due_panel.keyed.widgets_of(first_key)] == omeprazole_widgets  # Omeprazole sorts first
    assert doses.event_for_slot(london, due["Pirfenidone"].medication_id, LUNCH).status == "skipped"


def test_a_question_added_reads_the_appointments_only(qtbot: Any, london: Any) -> None:
    appointment_id = appointments.create_appointment(london, day="2026-11-26", at="10:30", purpose="ILD review")
    page = make_today(qtbot, london, LATE_MORNING)
    plan_read = page.data.plan
    dose_rows = row_widgets(page.doses_box)
    questions.create_question(london, text="Can the lunchtime dose move?", appointment_id=appointment_id)
    QApplication.processEvents()
    assert "Can the lunchtime dose move?" in "\n".join(
        label.text() for label in page.questions_box.findChildren(QLabel))
    assert page.data.plan is plan_read  # the doses were not read again
    assert row_widgets(page.doses_box) == dose_rows


def test_a_change_that_does_not_say_what_it_touched_reads_everything(qtbot: Any, london: Any) -> None:
    page = make_today(qtbot, london, LATE_MORNING)
    plan_read, appointments_read = page.data.plan, page.data.appointments
    everything(london)  # an import or a restore: not known which records
    assert page.data.plan is not plan_read and page.data.appointments is not appointments_read
    assert [d.name for d in page.doses()] == [d.name for d in plan_read.doses]


def test_a_measurement_reads_the_follow_up_only(qtbot: Any, london: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from careorganiser.services import followup_today, measurements

    page = make_today(qtbot, london, LATE_MORNING)
    plan_read, appointments_read = page.data.plan, page.data.appointments
    asked: list[datetime] = []
    real = followup_today.today_items
    monkeypatch.setattr(followup_today, "today_items", lambda profile, now: (asked.append(now), real(profile, now))[1])
    measurements.add_measurement(london, LATE_MORNING, "spo2_percent", 95, source="home")
    assert asked == [LATE_MORNING]  # the follow-up section read its plans again...
    assert page.data.plan is plan_read and page.data.appointments is appointments_read  # ...and nothing else
