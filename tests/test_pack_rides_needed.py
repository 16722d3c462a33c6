"""A ride still needed with no pick-up arranged (no pick-up time: an interchange file may hold one) is on Today
and in the appointment's pack alike: the pack left it out, so the printed pack read as if no ride was wanted.
Built from an empty profile."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pack_samples as samples
from clock import Clock
from PySide6.QtWidgets import QApplication, QLabel
from ui_helpers import show

from careorganiser.domain.enums import RideStatus
from careorganiser.domain.status_words import status_text
from careorganiser.pack.model import PackOptions
from careorganiser.services import appointments, contacts, packs
from careorganiser.services import profiles as profile_service
from careorganiser.store import profiles
from careorganiser.services.profiles import set_time_zone

NOW = datetime(2026, 11, 21, 13, tzinfo=UTC)


def test_a_ride_still_needed_is_in_the_pack_as_on_today(qtbot: Any, profile: Any) -> None:
    from careorganiser.ui.context import AppContext
    from careorganiser.ui.today.page import TodayPage

    set_time_zone(profile, "Europe/London")
    visit = appointments.create_appointment(profile, day=(NOW + timedelta(days=1)).date(), at="10:30",
                                            place="Chest clinic", purpose="ILD review")
    appointments.create_ride(profile, appointment_id=visit, pickup_time="09:30", pickup_address="12 Elm Road",
                             notes="Needs the wheelchair")
    document = profile_service.export_profile(profile)
    [written] = document["rides"]
    written["pickup_at"] = None  # the ride as another copy of the app wrote it: needed, no pick-up yet
    profile = profiles.create_profile("Copy")
    profile_service.import_into(profile, document)
    [ride] = appointments.list_rides(profile)
    assert ride.pickup_at is None and ride.status == RideStatus.NEEDED
    [visit] = [a.id for a in appointments.list_appointments(profile)]
    page = show(qtbot, TodayPage(AppContext(profile, clock=Clock(NOW))), 1100, 800)
    QApplication.processEvents()
    assert any("Ride still needed: arrange a driver." in w.text() for w in page.appointments_box.findChildren(QLabel))
    page.reminders.stop()

    data = packs.gather_pack(profile, visit, NOW)
    [leg] = data.rides
    assert (leg.pickup_at, leg.status, leg.destination) == (None, RideStatus.NEEDED, "Chest clinic")
    text = samples.flat("\n".join(samples.page_texts(packs.render_document("pack", data, PackOptions()))))
    rides = text[text.index("There: no pick-up arranged yet"):]
    for expected in ("From 12 Elm Road", "To Chest clinic", status_text("ride_printed", RideStatus.NEEDED),
                     "Needs the wheelchair"):
        assert expected in rides, expected
    # the driver's sheet and the calendar file list only legs with a time
    assert packs.gather_ride_sheet(profile, visit, NOW).rides == ()
    assert "no pick-up" not in samples.flat("\n".join(samples.page_texts(
        packs.render_document("rides", data, PackOptions()))))  # the pack's data drawn as a sheet: no crash
    assert b"BEGIN:VEVENT" in packs.build_calendar(profile, NOW)  # the appointment; the ride has no time


def test_an_arranged_ride_and_its_return_keep_their_times(profile: Any) -> None:
    set_time_zone(profile, "Europe/London")
    visit = appointments.create_appointment(profile, day=(NOW + timedelta(days=1)).date(), at="10:30",
                                            place="Chest clinic")
    driver = contacts.create_contact(profile, "David Hale").id
    appointments.create_ride(profile, appointment_id=visit, pickup_time="09:30", return_time="12:00",
                             status=RideStatus.CONFIRMED, driver_id=driver)
    data = packs.gather_pack(profile, visit, NOW)
    assert [(leg.direction, leg.pickup_at is not None) for leg in data.rides] == [("there", True), ("back", True)]
    text = samples.flat("\n".join(samples.page_texts(packs.render_document("pack", data, PackOptions()))))
    assert "There: pick-up at 09:30" in text and "no pick-up arranged" not in text
