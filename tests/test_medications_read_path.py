"""Medications, their doses and the handover read through store/queries (issue 15, item 1), from an EMPTY
profile: a caregiver adds a medication through the real form, records a dose in its history, and the one who
takes over reads both in the handover; the export of it imports and saves again unchanged."""

from __future__ import annotations

import copy
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from careorganiser.domain.schedules import Schedule
from careorganiser.services import appointments, caregivers, doses, handover, medications as meds
from careorganiser.services import profiles as profile_service
from careorganiser.services import questions, trash
from careorganiser.services.contacts import create_contact
from careorganiser.store import interchange, profiles
from careorganiser.ui.context import AppContext
from careorganiser.ui.main_window import MainWindow
from careorganiser.ui.medications.dose_history import DoseEventDialog
from careorganiser.ui.medications.form import MedicationDialog
from careorganiser.ui.medications.page import MedicationsPage

from test_field_rules import save_every_record_unchanged
from test_ui_medications import run_with


@pytest.fixture(autouse=True)
def london(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Europe/London")


def choose_new_caregiver(win: MainWindow, name: str) -> None:
    win.ctx.prompter.answers["ask_text"] = name
    win.caregiver_chooser.choose_by_name("Add a caregiver\u2026")
    assert win.caregiver_chooser.combo.currentText() == name


def test_from_an_empty_profile_a_medication_its_dose_the_history_and_the_handover(qtbot: Any, profile: Any,
                                                                                   prompter: Any) -> None:
    profile_service.set_time_zone(profile, "Europe/London")
    now = datetime.now(UTC).replace(second=0, microsecond=0)
    win = MainWindow(AppContext(profile, clock=lambda: now))
    qtbot.addWidget(win)
    win.show()
    choose_new_caregiver(win, "Anna Hale")
    page = win.show_area("medications")
    assert isinstance(page, MedicationsPage) and page.active_empty.isVisible()

    def add(dialog: MedicationDialog) -> None:
        typed = {dialog.name: "Pirfenidone", dialog.strength: "267 mg", dialog.dose: "3 capsules",
                 dialog.stock: "90", dialog.stock_unit: "capsules", dialog.units_per_dose: "3"}
        for box, text in typed.items():
            box.clear()
            qtbot.keyClicks(box, text)
        for text in ("20:00", "08:00"):
            dialog.editor.new_time.setText(text)
            qtbot.mouseClick(dialog.editor.add_time_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    seen = run_with(prompter, add)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert seen and seen[0].result() == QDialog.DialogCode.Accepted
    # What the list and the details show is the one snapshot's.
    (stored,) = meds.list_medications(profile)
    assert isinstance(stored, meds.Medication) and stored.schedule_text == "Twice a day at 08:00, 20:00"
    assert [page.active_model.index(0, c).data() for c in range(3)] == [
        "Pirfenidone 267 mg", "Twice a day at 08:00, 20:00", "90 capsules"]
    assert page.selected_row() == stored and "Twice a day at 08:00, 20:00" in page.details.text()
    assert "90 capsules, about 15 days&#x27; supply" in page.details.text()  # 3 a dose, twice a day

    # Anna records this morning's dose in its history.
    morning = now.astimezone(win.ctx.zone).date()

    def record(dialog: DoseEventDialog) -> None:
        assert dialog.status.currentData() == "taken"
        dialog.due.set_wall_clock(morning, time(8, 0))
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    run_with(prompter, record)
    qtbot.mouseClick(page.history.record_button, Qt.MouseButton.LeftButton)
    assert page.history.model.rowCount() == 1
    assert [page.history.model.index(0, c).data() for c in (1, 3)] == ["Taken", "3 capsules"]
    (event,) = doses.dose_history(profile, stored.id)
    assert event.status == "taken" and event.recorded_at is not None
    assert page.active_model.index(0, 2).data() == "87 capsules"

    # Tom takes over: the handover names Anna's medication and her dose, on Today and on the sheet.
    choose_new_caregiver(win, "Tom Hale")
    today = win.show_area("today")
    qtbot.waitUntil(lambda: "Anna Hale: Pirfenidone (08:00): taken" in today.handover_panel.texts())
    assert "Anna Hale: New medication: Pirfenidone" in today.handover_panel.texts()
    assert "Pirfenidone (08:00): taken" in today.handover_panel.list_label.text()

    # The export of what was built here imports, saves again unchanged and exports the same.
    first = interchange.comparable(profile_service.export_profile(profile))
    assert first["dose_events"][0]["amount"] == "3 capsules"
    copy_of = profiles.create_profile("Copy")
    try:
        profile_service.import_into(copy_of, copy.deepcopy(first))
        assert interchange.comparable(profile_service.export_profile(copy_of)) == first
        assert save_every_record_unchanged(copy_of) >= 5
        assert interchange.comparable(profile_service.export_profile(copy_of)) == first
    finally:
        copy_of.close()


def test_the_handover_reads_rides_questions_and_leaves_the_trash_out(profile: Any) -> None:
    zone = profile_service.set_time_zone(profile, "Europe/London")
    anna = caregivers.add_caregiver(profile, "Anna Hale", "daughter")
    tom = caregivers.add_caregiver(profile, "Tom Hale", "son")
    driver = create_contact(profile, "David Hale", "son (driver)")
    kept = meds.create_medication(profile, meds.MedicationInput(name="Pirfenidone", dose="1 capsule"),
                                  [Schedule(kind="times", times=("08:00",))])
    mistake = meds.create_medication(profile, meds.MedicationInput(name="Omeprazole"),
                                     [Schedule(kind="times", times=("07:30",))])
    caregivers.choose(profile, anna.id)
    now = datetime.now(UTC)
    slot = datetime.combine(date.today() - timedelta(days=1), time(8, 0), tzinfo=zone)
    doses.record_dose(profile, kept, slot, "taken", taken_at=slot)
    doses.record_dose(profile, mistake, slot - timedelta(minutes=30), "taken", taken_at=slot)
    appointment = appointments.create_appointment(profile, day=date.today() + timedelta(days=3), at=time(10, 30),
                                                  purpose="ILD review", place="Chest clinic")
    appointments.create_ride(profile, appointment_id=appointment, pickup_day=date.today() + timedelta(days=3),
                             pickup_time=time(9, 30), destination="Chest clinic", driver_id=driver.id,
                             status="asked")
    question = questions.create_question(profile, text="Can the dose be taken with food?")
    questions.answer_question(profile, question, "Yes")
    trash.delete(profile, "medication", mistake)  # entered by mistake: it leaves the lists, and the handover
    caregivers.choose(profile, tom.id)
    texts = [item.text for item in handover.since_last_looked(profile, tom.id, now + timedelta(minutes=1)).items]
    assert "Pirfenidone (08:00): taken" in texts
    assert not any(t.startswith("Omeprazole (") for t in texts)
    assert any(t.startswith("Ride asked: ") and t.endswith("to Chest clinic, driver David Hale") for t in texts)
    assert "Question answered: Can the dose be taken with food? \u2014 Yes" in texts
    trash.restore(profile, "medication", mistake)  # back from the trash: its dose is back too
    texts = [item.text for item in handover.since_last_looked(profile, tom.id, now + timedelta(minutes=1)).items]
    assert "Omeprazole (07:30): taken" in texts
