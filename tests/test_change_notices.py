"""Every service write tells the window which records it changed: the kind (table) and the ids.

A view reads only those rows again (tests/test_ui_rows_in_place.py); a write that cannot say which records
(an import) says "not known which" for every area. Built from an empty profile through the services.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

import pytest

from careorganiser.services import (
    appointments,
    contacts,
    doses,
    followup,
    history,
    measurements,
    person,
    profiles,
    questions,
    reminders,
    symptoms,
    trash,
    trials,
)
from careorganiser.services import medications as meds
from careorganiser.services.base import AREA_OF_TABLE, AREAS, Change, bus_of, notify

NOW = datetime(2026, 11, 21, 10, 0, tzinfo=UTC)


def change_of(profile: Any, action: Callable[[], Any]) -> tuple[Change, Any]:
    """The one change notice ``action`` publishes, and what it returned."""
    seen: list[Change] = []
    unsubscribe = bus_of(profile).subscribe(seen.append)
    try:
        result = action()
    finally:
        unsubscribe()
    assert len(seen) == 1, seen
    return seen[0], result


def named(change: Change) -> dict[str, set[int]]:
    """The tables a change names with their ids (those it said nothing about left out)."""
    return {table: set(ids) for table, ids in change.records.items()}


def test_change_tells_these_ids_none_and_not_known_which(profile: Any) -> None:
    change = notify(profile, "rides", records={"appointments": [4], "symptom_notes": []})
    assert change.areas == {"appointments", "symptoms", "rides"}
    assert change.ids("appointments") == {4}
    assert change.ids("symptom_notes") == frozenset()  # that area, but no note
    assert change.ids("rides") is None  # the area was touched without saying which
    assert change.ids("contacts") == frozenset()  # not touched at all
    assert change.only_ids("appointments", "contacts") == {"appointments": {4}, "contacts": frozenset()}
    assert change.only_ids("appointments", "rides") is None
    with pytest.raises(ValueError):
        notify(profile, records={"no_such_table": [1]})
    assert set(AREA_OF_TABLE.values()) <= AREAS


def test_contacts_person_journal_and_measurements_name_their_records(profile: Any) -> None:
    from careorganiser.services import caregivers

    change, row = change_of(profile, lambda: contacts.create_contact(profile, "Dr Anil Mehta", "GP"))
    assert named(change) == {"contacts": {row.id}}
    change, _ = change_of(profile, lambda: contacts.update_contact(profile, row.id, "Dr A. Mehta", "GP"))
    assert named(change) == {"contacts": {row.id}}
    change, _ = change_of(profile, lambda: caregivers.set_caregiver(profile, row.id))
    assert named(change) == {"contacts": {row.id}}
    change, _ = change_of(profile, lambda: person.update_person(profile, "Margaret Hale"))
    assert named(change) == {"person": {1}}

    change, note = change_of(profile, lambda: symptoms.add_note(profile, NOW, [("cough", 2)], now=NOW))
    assert named(change) == {"symptom_notes": {note.id}}
    change, _ = change_of(profile, lambda: symptoms.update_note(profile, note.id, NOW, [("cough", 3)], now=NOW))
    assert named(change) == {"symptom_notes": {note.id}}

    change, x = change_of(profile, lambda: measurements.add_measurement(profile, NOW, "spo2_percent", 93, now=NOW))
    assert named(change) == {"measurements": {x.id}}
    change, _ = change_of(profile, lambda: measurements.update_measurement(profile, x.id, NOW, "spo2_percent", 91,
                                                                            now=NOW))
    assert named(change) == {"measurements": {x.id}}
    change, _ = change_of(profile, lambda: measurements.add_custom_kind(profile, "Peak flow", "L/min"))
    assert change.ids("measurements") == frozenset() and change.ids("measurement_kinds") is None

    for kind, table, record_id in (("contact", "contacts", row.id), ("symptom_note", "symptom_notes", note.id),
                                   ("measurement", "measurements", x.id)):
        change, _ = change_of(profile, lambda: trash.delete(profile, kind, record_id))  # noqa: B023
        assert named(change) == {table: {record_id}}
        change, _ = change_of(profile, lambda: trash.restore(profile, kind, record_id))  # noqa: B023
        assert named(change) == {table: {record_id}}


def test_medications_and_doses_name_their_records(profile: Any) -> None:
    fields = meds.MedicationInput(name="Pirfenidone", dose="1 capsule", stock="90", start_date=date(2026, 1, 1))
    change, med = change_of(profile, lambda: meds.create_medication(profile, fields))
    assert named(change) == {"medications": {med}}
    for action in (lambda: meds.update_medication(profile, med, fields),
                   lambda: meds.set_schedules(profile, med, []),
                   lambda: meds.record_refill(profile, med, 30),
                   lambda: meds.stop_medication(profile, med, date(2026, 11, 1), "nausea"),
                   lambda: meds.restart_medication(profile, med, date(2026, 11, 20))):
        change, _ = change_of(profile, action)
        assert named(change) == {"medications": {med}}

    change, event = change_of(profile, lambda: doses.record_dose(profile, med, NOW, "taken", taken_at=NOW))
    assert named(change) == {"dose_events": {event}, "medications": {med}}  # the stock went down
    change, _ = change_of(profile, lambda: doses.update_dose_event(profile, event, note="with food"))
    assert named(change) == {"dose_events": {event}}  # the stock did not move
    change, _ = change_of(profile, lambda: doses.delete_dose_event(profile, event))
    assert named(change) == {"dose_events": {event}, "medications": {med}}
    change, _ = change_of(profile, lambda: reminders.snooze(profile, med, NOW, 10, now=NOW))
    assert named(change) == {"dose_events": set()}  # no dose record changed

    other = meds.create_medication(profile, meds.MedicationInput(name="Omeprazole", dose="1 tablet"))
    change, _ = change_of(profile, lambda: meds.delete_medication(profile, other))
    assert named(change) == {"medications": {other}}


def test_appointments_rides_and_questions_name_their_records(profile: Any) -> None:
    change, a = change_of(profile, lambda: appointments.create_appointment(profile, day=date(2026, 12, 1), at="10:00",
                                                                          place="St Mary's"))
    assert named(change) == {"appointments": {a}}
    change, ride = change_of(profile, lambda: appointments.create_ride(profile, appointment_id=a, pickup_time="09:00"))
    assert named(change) == {"rides": {ride}, "appointments": {a}}  # the agenda shows the ride on its row
    change, _ = change_of(profile, lambda: appointments.set_ride_status(profile, ride, "asked"))
    assert named(change) == {"rides": {ride}, "appointments": {a}}
    b = appointments.create_appointment(profile, day=date(2026, 12, 8), at="10:00", place="Lab")
    change, _ = change_of(profile, lambda: appointments.update_ride(
        profile, ride, appointment_id=b, pickup_day=None, pickup_time="09:00", pickup_address="", destination="",
        driver_id=None, return_time=None, status="asked", notes=""))
    assert named(change) == {"rides": {ride}, "appointments": {a, b}}  # it left one and joined the other
    change, moved = change_of(profile, lambda: appointments.update_appointment(
        profile, b, day=date(2026, 12, 9), at="11:00", duration_minutes=30, clinician_id=None, place="Lab",
        purpose="", notes=""))
    assert moved == [ride] and named(change) == {"appointments": {b}, "rides": {ride}}
    change, _ = change_of(profile, lambda: trash.delete(profile, "ride", ride))
    assert named(change) == {"rides": {ride}, "appointments": {b}}

    change, q = change_of(profile, lambda: questions.create_question(profile, text="How is the cough?"))
    assert named(change) == {"questions": {q}}
    for action in (lambda: questions.mark_asked(profile, q), lambda: questions.move_question(profile, q, a)):
        change, _ = change_of(profile, action)
        assert named(change) == {"questions": {q}}
    change, _ = change_of(profile, lambda: appointments.record_outcome(profile, a, "All well", {q: "Better"}))
    assert named(change) == {"appointments": {a}, "questions": {q}}
    change, _ = change_of(profile, lambda: trash.delete(profile, "question", q))
    assert named(change) == {"questions": {q}}


def test_trials_offers_and_follow_up_name_their_records(profile: Any) -> None:
    change, trial = change_of(profile, lambda: trials.add_trial_manually(profile, "NCT09900001", "Inhaled drug"))
    assert named(change) == {"trials": {trial}}
    for action in (lambda: trials.set_interest(profile, trial, "enrolled"),
                   lambda: trials.set_notes(profile, trial, "Ask about travel")):
        change, _ = change_of(profile, action)
        assert named(change) == {"trials": {trial}}
    change, offer = change_of(profile, lambda: trials.add_offer(profile, name="Stem cells", cost="£9,500"))
    assert named(change) == {"offers": {offer.id}}
    change, _ = change_of(profile, lambda: trials.update_offer(profile, offer.id, name="Stem cells", cost="£9,000"))
    assert named(change) == {"offers": {offer.id}}
    change, _ = change_of(profile, lambda: trials.delete_offer(profile, offer.id))
    assert named(change) == {"offers": {offer.id}}

    change, plan = change_of(profile, lambda: followup.create_plan(profile, trial_id=trial, baseline="4 Jan 2027",
                                                                   visits="0, 3", place="Lab"))
    assert named(change) == {"followup_plans": {plan}, "trials": {trial}}
    change, made = change_of(profile, lambda: followup.turn_on(profile, plan, NOW))
    assert named(change) == {"followup_plans": {plan}, "trials": {trial}, "appointments": set(made)}
    assert change.ids("rides") is None  # rides were made: which ones, it does not say
    visit = followup.get_plan(profile, plan).visits[1]
    change, _ = change_of(profile, lambda: followup.move_visit(profile, visit.id, "10 Apr 2027"))
    assert change.ids("followup_visits") == {visit.id} and change.ids("appointments") == {made[1]}
    change, _ = change_of(profile, lambda: followup.set_visit_tests(profile, visit.id, ["fvc_percent_predicted"]))
    assert change.ids("followup_visits") == {visit.id} and change.ids("appointments") == {made[1]}
    change, _ = change_of(profile, lambda: followup.update_plan(
        profile, plan, place="Lab 2", visit_time="10:00", ride_needed=False, contact_name="", contact_phone="",
        out_of_hours=""))
    assert named(change) == {"followup_plans": {plan}, "trials": {trial}}
    change, event = change_of(profile, lambda: followup.add_event(profile, plan, occurred_on="5 Jan 2027",
                                                                  what="Rash"))
    assert change.ids("followup_events") == {event}
    change, q = change_of(profile, lambda: followup.add_suggested_question(profile, plan, "Is the rash expected?",
                                                                           NOW))
    assert named(change) == {"questions": {q}}
    change, _ = change_of(profile, lambda: followup.delete_plan(profile, plan, NOW))
    assert named(change) == {"followup_plans": {plan}, "trials": {trial}}


def test_a_revert_names_what_it_changed_and_an_import_says_everything(profile: Any) -> None:
    note = symptoms.add_note(profile, NOW, [("cough", 1)], now=NOW)
    symptoms.update_note(profile, note.id, NOW, [("cough", 3)], now=NOW)
    last = history.record_history(profile, "symptom_notes", note.id)[0]
    change, _ = change_of(profile, lambda: history.revert_change(profile, last.change_id))
    assert named(change) == {"symptom_notes": {note.id}}

    document = profiles.export_profile(profile)
    other = profiles.create_profile("Another person")
    try:
        change, _ = change_of(other, lambda: profiles.import_into(other, document))
    finally:
        other.close()
    assert change.areas == AREAS
    assert all(change.ids(table) is None for table in AREA_OF_TABLE)
