"""Through the real widgets, from an empty profile: a dose answered on Today keeps its row, its slot and its
Undo when the medicine's times change; the Stop dialog says what the chosen day does, and a stop today moves
the medicine to the stopped list at once."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest
from clock import Clock
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from ui_helpers import show

from careorganiser.domain.schedules import Schedule
from careorganiser.services import doses
from careorganiser.services import medications as meds
from careorganiser.services import profiles as svp
from careorganiser.ui.context import AppContext


def T(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 12, day, hour, minute, tzinfo=UTC)  # London is UTC in December


@pytest.fixture(autouse=True)
def london(monkeypatch: pytest.MonkeyPatch, profile: Any) -> None:
    monkeypatch.setenv("TZ", "Europe/London")
    svp.set_time_zone(profile, "Europe/London")


def texts(widget: Any) -> str:
    QApplication.processEvents()
    return "\n".join(label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget))


def test_today_keeps_a_dose_answered_before_a_change_of_times(qtbot: Any, profile: Any, prompter: Any) -> None:
    from careorganiser.ui.today.page import TodayPage

    prompter.answers["warn"] = lambda title, text: pytest.fail(f"unexpected warning: {title}: {text}")
    med = meds.create_medication(profile, meds.MedicationInput(name="Pirfenidone", dose="3 capsules"),
                                 [Schedule.times_a_day("08:00", "13:00", "19:00")], now=T(3, 9))
    clock = Clock(T(3, 12, 50))
    page = TodayPage(AppContext(profile, clock=clock))
    show(qtbot, page, 1100, 800)
    lunch = next(d for d in page.doses() if d.scheduled_for == T(3, 13))
    qtbot.mouseClick(page.dose_button("take", lunch), Qt.MouseButton.LeftButton)
    assert doses.event_for_slot(profile, med, T(3, 13)).status == "taken"

    clock.now = T(3, 12, 55)
    meds.set_schedules(profile, med, [Schedule.times_a_day("08:00", "14:00", "20:00")], now=clock.now)
    seen = [(d.scheduled_for, d.status, d.scheduled) for d in page.doses()]
    assert seen == [(T(3, 13), "taken", True), (T(3, 20), "upcoming", True)]  # 14:00 is the dose just taken
    assert "as needed" not in texts(page.doses_box)
    undo = page.dose_button("undo", page.doses()[0])
    assert undo is not None and undo.isVisible()
    qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)
    assert doses.event_for_slot(profile, med, T(3, 13)) is None
    assert [(d.scheduled_for, d.status) for d in page.doses()] == [(T(3, 14), "upcoming"), (T(3, 20), "upcoming")]


def test_stop_dialog_says_what_the_day_does_and_a_stop_today_is_stopped_now(qtbot: Any, profile: Any,
                                                                            prompter: Any) -> None:
    from careorganiser.ui.medications.dialogs import StopDialog
    from careorganiser.ui.medications.page import MedicationsPage

    med = meds.create_medication(profile, meds.MedicationInput(name="Prednisolone", dose="1 tablet",
                                 start_date=date(2026, 11, 1)), [Schedule.times_a_day("08:00", "20:00")],
                                 now=T(1, 7))
    page = MedicationsPage(AppContext(profile, clock=lambda: T(3, 10)))
    show(qtbot, page, 1200, 800)
    page.select_medication(med)
    said: list[str] = []

    def answer(dialog: StopDialog) -> Any:
        dialog.show()
        said.append(dialog.effect.text())  # the default: today
        dialog.stop_date.edit.setText("5 Dec 2026")
        said.append(dialog.effect.text())
        dialog.stop_date.edit.setText("1 Dec 2026")
        said.append(dialog.effect.text())
        dialog.stop_date.edit.setText("3 Dec 2026")
        qtbot.keyClicks(dialog.reason, "Course finished")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    prompter.answers["run_dialog"] = answer
    qtbot.mouseClick(page.stop_button, Qt.MouseButton.LeftButton)
    assert said[0].startswith("From now: Prednisolone moves to the stopped list, and none of its later doses today")
    assert "up to and including 5 Dec 2026" in said[1]
    assert "1 Dec 2026 recorded as the last day it was taken" in said[2]
    assert page.active_model.rowCount() == 0
    assert page.stopped_model.rowCount() == 1
    assert "Stopped" in page.details.text() and "Stops" not in page.details.text()
    stored = meds.get_medication(profile, med)
    assert stored.stop_date == date(2026, 12, 3) and stored.stopped_at == T(3, 10)
