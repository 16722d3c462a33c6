"""A confirmed ride names its driver: the form and the quick status change refuse "Confirmed" with nobody
driving, and a ride kept that way (imported, or from before the rule) says "no driver named" on Today, in the
appointments list and in the pack, never just "Ride confirmed"."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from clock import Clock
from PySide6.QtCore import Qt
from ui_helpers import answer_dialog, choose, show, type_into

from careorganiser.domain import fields
from careorganiser.pack.wording import ride_status_label
from careorganiser.services import appointments as ap
from careorganiser.services.profiles import import_into
from careorganiser.ui.appointments.page import AppointmentsPage
from careorganiser.ui.appointments.rides import RideDialog
from careorganiser.ui.context import AppContext

NOW = datetime(2026, 11, 21, 10, 0, tzinfo=UTC)


def test_the_rule_is_in_the_field_table() -> None:
    assert fields.missing_when("rides", {"status": "confirmed", "driver": None}) == ["driver"]
    assert fields.missing_when("rides", {"status": "confirmed", "driver": 3}) == []
    assert fields.missing_when("rides", {"status": "asked", "driver": None}) == []


def test_a_confirmed_ride_without_a_driver_is_refused_in_the_form_and_the_quick_change(
        qtbot: Any, profile: Any, prompter: Any) -> None:
    page = AppointmentsPage(AppContext(profile, clock=lambda: NOW))
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()

    def fill(d: RideDialog) -> None:
        type_into(qtbot, d.pickup_date.edit, "24 Nov 2026")
        type_into(qtbot, d.pickup_time, "14:00")
        type_into(qtbot, d.destination, "Boots pharmacy, Kilburn High Road")
        choose(d.status, "Confirmed")

    seen = answer_dialog(prompter, qtbot, fill)
    qtbot.mouseClick(page.new_ride_button, Qt.MouseButton.LeftButton)
    assert "A confirmed ride names its driver" in seen[0].error_text("driver")
    assert seen[0].isVisible()
    assert ap.standalone_rides(profile, NOW) == []

    def asked(d: RideDialog) -> None:
        fill(d)
        choose(d.status, "Asked, not confirmed")

    answer_dialog(prompter, qtbot, asked)
    qtbot.mouseClick(page.new_ride_button, Qt.MouseButton.LeftButton)
    (ride,) = ap.standalone_rides(profile, NOW)
    assert ride.status == "asked"

    problems: list[str] = []
    page.standalone.problem.disconnect()
    page.standalone.problem.connect(problems.append)
    page.standalone.select_ride(ride.id)
    page.standalone.status.setFocus()
    qtbot.keyClick(page.standalone.status, Qt.Key.Key_Down)  # asked -> confirmed
    assert ap.get_ride(profile, ride.id).status == "asked"
    assert problems and problems[0].startswith("A confirmed ride names its driver")
    assert page.standalone.status.currentText() == "Asked, not confirmed"


DOCUMENT = {
    "format": "careorganiser", "version": 1, "person": {"name": "Arthur"},
    "appointments": [{"id": "a1", "starts_at": "2026-11-23T10:30:00+00:00", "duration_minutes": 45,
                      "clinician": None, "place": "Chest clinic", "purpose": "ILD review", "notes": "", "outcome": ""}],
    "rides": [{"id": "r1", "appointment": "a1", "pickup_at": "2026-11-23T09:30:00+00:00", "pickup_address": "",
               "destination": "", "driver": None, "return_pickup_at": None, "status": "confirmed", "notes": ""}],
}


def test_an_imported_confirmed_ride_without_a_driver_loads_and_says_so(qtbot: Any, profile: Any,
                                                                        prompter: Any) -> None:
    from careorganiser.ui.today.page import TodayPage

    import_into(profile, DOCUMENT)
    (appointment,) = ap.list_appointments(profile)
    assert appointment.ride_status == "confirmed" and appointment.ride_driver == ""
    clock = Clock(NOW)
    page = TodayPage(AppContext(profile, clock=clock))
    show(qtbot, page, 1100, 800)
    from PySide6.QtWidgets import QLabel

    shown = "\n".join(label.text() for label in page.appointments_box.findChildren(QLabel))
    assert "Ride confirmed, no driver named, pickup 09:30." in shown
    assert "Ride confirmed." not in shown and "Ride confirmed," not in shown.replace("Ride confirmed, no driver", "")
    appointments_page = AppointmentsPage(AppContext(profile, clock=lambda: NOW))
    qtbot.addWidget(appointments_page)
    from careorganiser.ui.appointments.wording import ride_text

    assert ride_text(appointment, True) == "Confirmed, no driver named"
    assert ride_status_label("confirmed", "") == "Confirmed, no driver named"
    assert ride_status_label("confirmed", "David Hale") == "Confirmed"
