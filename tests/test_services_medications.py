"""Medication services: add, change, schedules, stop and restart, refill, delete; validation of every field."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from msgspec.structs import replace
from sqlalchemy import select

from careorganiser.domain.schedules import Schedule
from careorganiser.services import doses, trash
from careorganiser.services import medications as meds
from careorganiser.services.base import NotFound, ServiceError, ValidationError, bus_of
from careorganiser.store import models as m

DAY = date(2026, 11, 21)


def add_contact(profile, name: str = "Dr Anil Mehta") -> int:
    with profile.session_factory.begin() as s:
        contact = m.Contact(name=name, role="pulmonologist")
        s.add(contact)
        s.flush()
        return contact.id


def pirfenidone(**overrides) -> meds.MedicationInput:
    fields = dict(name="Pirfenidone", strength="267 mg", form="capsule", dose="3 capsules", route="oral",
                  purpose="antifibrotic", instructions="With food", start_date=date(2025, 2, 1), stock="270",
                  stock_unit="capsules", refill_at=63, units_per_dose="3")
    fields.update(overrides)
    return meds.MedicationInput(**fields)


def changes(profile) -> list:
    seen: list = []
    bus_of(profile).subscribe(seen.append)
    return seen


def stored_count(profile) -> int:
    with profile.session_factory() as s:
        return len(s.scalars(select(m.Medication)).all())


def test_create_and_read_back(profile):
    seen = changes(profile)
    prescriber = add_contact(profile)
    med_id = meds.create_medication(profile, pirfenidone(prescriber_id=prescriber),
                                    [Schedule.times_a_day("19:00", "08:00", "13:00")])
    detail = meds.get_medication(profile, med_id)
    row = detail
    assert (row.name, row.strength, row.dose, row.prescriber, row.stock, row.units_per_dose) == (
        "Pirfenidone", "267 mg", "3 capsules", "Dr Anil Mehta", 270.0, 3.0)
    assert row.start_date == date(2025, 2, 1)
    assert detail.schedules == (Schedule.times_a_day("08:00", "13:00", "19:00"),)
    assert row.schedule_text == "3 times a day at 08:00, 13:00, 19:00"
    assert [r.id for r in meds.list_active_medications(profile, DAY)] == [med_id]
    assert seen and seen[-1].touches("medications") and seen[-1].ids("medications") == {med_id}


def test_text_is_trimmed_and_odd_unicode_kept(profile):
    name = "  Pirfénidone \u2013 \u8840\u538b\u836f \U0001F48A\u200f "
    med_id = meds.create_medication(profile, pirfenidone(name=name, stock="", refill_at=None))
    row = meds.get_medication(profile, med_id)
    assert row.name == name.strip()
    assert row.stock is None and row.refill_at is None


@pytest.mark.parametrize(("overrides", "field"), [
    ({"name": ""}, "name"),
    ({"name": "   "}, "name"),
    ({"name": "\u200b\u200e "}, "name"),
    ({"name": "x" * 201}, "name"),
    ({"name": "\x07\x00 "}, "name"),
    ({"name": 42}, "name"),
    ({"strength": "s" * 5000}, "strength"),
    ({"instructions": "i" * 5000}, "instructions"),
    ({"start_date": "2026-02-30"}, "start_date"),
    ({"start_date": "next week"}, "start_date"),
    ({"start_date": "1066-10-14"}, "start_date"),
    ({"start_date": datetime(2026, 1, 1, 8, 0)}, "start_date"),
    ({"stock": "-1"}, "stock"),
    ({"stock": "lots"}, "stock"),
    ({"stock": "nan"}, "stock"),
    ({"stock": "inf"}, "stock"),
    ({"stock": "1e12"}, "stock"),
    ({"stock": True}, "stock"),
    ({"refill_at": -5}, "refill_at"),
    ({"units_per_dose": "0"}, "units_per_dose"),
    ({"units_per_dose": "-2"}, "units_per_dose"),
    ({"units_per_dose": ""}, "units_per_dose"),
    ({"units_per_dose": "three"}, "units_per_dose"),
    ({"prescriber_id": 9999}, "prescriber"),
])
def test_bad_input_names_the_field_and_stores_nothing(profile, overrides, field):
    with pytest.raises(ValidationError) as info:
        meds.create_medication(profile, pirfenidone(**overrides), [Schedule.times_a_day("08:00")])
    assert info.value.field == field
    assert info.value.message and len(info.value.message) < 200
    assert stored_count(profile) == 0


def test_numbers_typed_with_a_comma_and_dates_written_out(profile):
    med_id = meds.create_medication(profile, pirfenidone(stock="12,5", units_per_dose="0.5",
                                                         start_date="3 Feb 2025"))
    row = meds.get_medication(profile, med_id)
    assert (row.stock, row.units_per_dose, row.start_date) == (12.5, 0.5, date(2025, 2, 3))


def test_deleted_contact_is_not_a_prescriber(profile):
    contact = add_contact(profile)
    trash.delete(profile, "contact", contact)
    with pytest.raises(ValidationError) as info:
        meds.create_medication(profile, pirfenidone(prescriber_id=contact))
    assert info.value.field == "prescriber"


def test_update_changes_fields_and_can_replace_schedules(profile):
    med_id = meds.create_medication(profile, pirfenidone(), [Schedule.times_a_day("08:00")])
    meds.update_medication(profile, med_id, pirfenidone(name="Esbriet", stock=100))
    detail = meds.get_medication(profile, med_id)
    assert detail.name == "Esbriet" and detail.stock == 100
    assert detail.schedules == (Schedule.times_a_day("08:00"),)  # left alone without schedules
    meds.update_medication(profile, med_id, pirfenidone(), [Schedule(kind="as_needed", min_gap_hours=4)])
    assert meds.get_medication(profile, med_id).schedule_text == "As needed, at least 4 hours apart"


def test_update_is_all_or_nothing(profile):
    med_id = meds.create_medication(profile, pirfenidone(), [Schedule.times_a_day("08:00")])
    with pytest.raises(ValidationError) as info:
        meds.update_medication(profile, med_id, pirfenidone(name="Changed"), [Schedule.times_a_day()])
    assert info.value.field == "schedules[0].times"
    detail = meds.get_medication(profile, med_id)
    assert detail.name == "Pirfenidone" and detail.schedules == (Schedule.times_a_day("08:00"),)


def test_every_kind_of_schedule_is_stored_and_worded(profile):
    med_id = meds.create_medication(profile, pirfenidone())
    schedules = [
        Schedule.times_a_day("09:00", weekdays=["fri", "mon", "wed"]),
        Schedule(kind="every_n_days", every=2, times=("09:00",), start_on=date(2026, 11, 1)),
        Schedule(kind="every_hours", hours=6, start_at=datetime(2026, 11, 1, 6, 0)),
        Schedule(kind="as_needed", min_gap_hours=4, max_per_day=4),
        Schedule(kind="times", times=("08:30",), from_date=date(2026, 11, 1), until_date=date(2026, 11, 14)),
    ]
    meds.set_schedules(profile, med_id, schedules)
    detail = meds.get_medication(profile, med_id)
    assert detail.schedules[0].weekdays == ("mon", "wed", "fri")
    assert detail.schedules[1:] == tuple(schedules[1:])
    assert detail.schedule_text.split("; ") == [
        "Mon, Wed, Fri at 09:00",
        "Every 2 days at 09:00 from 1 Nov 2026",
        "Every 6 hours from 06:00 on 1 Nov 2026",
        "As needed, at least 4 hours apart, at most 4 a day",
        "Once a day at 08:30, from 1 Nov 2026 until 14 Nov 2026",
    ]
    meds.set_schedules(profile, med_id, [])
    assert meds.get_medication(profile, med_id).schedules == ()


@pytest.mark.parametrize(("schedule", "field"), [
    (Schedule.times_a_day(), "schedules[0].times"),
    (Schedule.times_a_day("8:00"), "schedules[0].times[0]"),
    (Schedule.times_a_day("25:00"), "schedules[0].times[0]"),
    (Schedule.times_a_day("08:00", "08:00"), "schedules[0].times[1]"),
    (Schedule(kind="times", times=("08:00",), weekdays=()), "schedules[0].weekdays"),
    (Schedule(kind="times", times=("08:00",), weekdays=("mon", "funday")), "schedules[0].weekdays[1]"),
    (Schedule(kind="every_n_days", every=0, times=("09:00",), start_on=DAY), "schedules[0].every"),
    (Schedule(kind="every_n_days", every=2, times=("09:00",)), "schedules[0].start"),
    (Schedule(kind="every_hours", hours=0.1, start_at=datetime(2026, 11, 1, 6)), "schedules[0].hours"),
    (Schedule(kind="every_hours", hours=float("nan"), start_at=datetime(2026, 11, 1, 6)), "schedules[0].hours"),
    (Schedule(kind="every_hours", hours=6), "schedules[0].start"),
    (Schedule(kind="as_needed", min_gap_hours=-1), "schedules[0].min_gap_hours"),
    (Schedule(kind="as_needed", max_per_day=0), "schedules[0].max_per_day"),
    (Schedule(kind="times", times=("08:00",), from_date=date(2026, 11, 14), until_date=date(2026, 11, 1)),
     "schedules[0].until"),
    (Schedule(kind="weekly"), "schedules[0].kind"),
])
def test_bad_schedule_names_the_schedule_field(profile, schedule, field):
    med_id = meds.create_medication(profile, pirfenidone(), [Schedule.times_a_day("07:00")])
    with pytest.raises(ValidationError) as info:
        meds.set_schedules(profile, med_id, [schedule])
    assert info.value.field == field
    assert meds.get_medication(profile, med_id).schedules == (Schedule.times_a_day("07:00"),)


def test_second_schedule_error_names_its_index(profile):
    with pytest.raises(ValidationError) as info:
        meds.create_medication(profile, pirfenidone(), [Schedule.times_a_day("08:00"), Schedule.times_a_day()])
    assert info.value.field == "schedules[1].times"
    assert stored_count(profile) == 0


def test_stop_keeps_history_and_moves_to_stopped(profile):
    med_id = meds.create_medication(profile, pirfenidone(), [Schedule.times_a_day("08:00")])
    with profile.session_factory.begin() as s:
        s.add(m.DoseEvent(medication_id=med_id, scheduled_for=datetime(2026, 11, 1, 8, tzinfo=m.UTC),
                          status="taken"))
    meds.stop_medication(profile, med_id, date(2026, 11, 10), "  Liver tests raised  ")
    row = meds.get_medication(profile, med_id)
    assert (row.stop_date, row.stop_reason) == (date(2026, 11, 10), "Liver tests raised")
    assert meds.list_active_medications(profile, DAY) == []
    assert [r.id for r in meds.list_stopped_medications(profile, DAY)] == [med_id]
    detail = meds.get_medication(profile, med_id)
    assert detail.schedules and doses.count_dose_history(profile, med_id) == 1  # its dose history is kept
    # Stopped the day after tomorrow: still taken today.
    meds.stop_medication(profile, med_id, date(2026, 11, 23), "Course ends")
    assert [r.id for r in meds.list_active_medications(profile, DAY)] == [med_id]


@pytest.mark.parametrize(("stop_date", "reason", "field"), [
    (date(2025, 1, 1), "Too early", "stop_date"),
    ("2026-13-01", "Bad date", "stop_date"),
    (None, "No date", "stop_date"),
    (DAY, "", "stop_reason"),
    (DAY, "   ", "stop_reason"),
    (DAY, "r" * 5000, "stop_reason"),
])
def test_stop_needs_a_real_date_and_a_reason(profile, stop_date, reason, field):
    med_id = meds.create_medication(profile, pirfenidone())
    with pytest.raises(ValidationError) as info:
        meds.stop_medication(profile, med_id, stop_date, reason)
    assert info.value.field == field
    assert meds.get_medication(profile, med_id).stop_date is None


def test_restart_clears_the_stop(profile):
    med_id = meds.create_medication(profile, pirfenidone())
    with pytest.raises(ServiceError):
        meds.restart_medication(profile, med_id)
    meds.stop_medication(profile, med_id, DAY, "Rash")
    meds.restart_medication(profile, med_id, start_date=date(2026, 12, 1))
    row = meds.get_medication(profile, med_id)
    # the day it is taken again is kept with the stop; the first course keeps its start
    assert (row.stop_date, row.stop_reason, row.start_date) == (None, "", date(2025, 2, 1))
    assert row.period_ends[-1] == (DAY, "Rash", date(2026, 12, 1))


def test_start_date_cannot_move_after_the_stop(profile):
    med_id = meds.create_medication(profile, pirfenidone())
    meds.stop_medication(profile, med_id, date(2026, 1, 1), "Rash")
    with pytest.raises(ValidationError) as info:
        meds.update_medication(profile, med_id, pirfenidone(start_date=date(2026, 2, 1)))
    assert info.value.field == "start_date"


def test_refill_adds_stock(profile):
    med_id = meds.create_medication(profile, pirfenidone(stock=""))
    assert meds.record_refill(profile, med_id, "90") == 90
    assert meds.record_refill(profile, med_id, 270) == 360
    for bad in ("0", "-3", "many", "", 1e9):
        with pytest.raises(ValidationError) as info:
            meds.record_refill(profile, med_id, bad)
        assert info.value.field == "amount"
    assert meds.get_medication(profile, med_id).stock == 360


def test_delete_goes_to_trash_and_restores_but_never_a_stopped_one(profile):
    med_id = meds.create_medication(profile, pirfenidone())
    label = meds.delete_medication(profile, med_id)
    assert label == "Pirfenidone"
    assert meds.list_medications(profile) == []
    with pytest.raises(NotFound):
        meds.get_medication(profile, med_id)
    trash.restore(profile, "medication", med_id)
    meds.stop_medication(profile, med_id, DAY, "Finished")
    with pytest.raises(ServiceError):
        meds.delete_medication(profile, med_id)
    assert [r.id for r in meds.list_medications(profile)] == [med_id]


def test_missing_medication(profile):
    for call in (lambda: meds.get_medication(profile, 404), lambda: meds.record_refill(profile, 404, 1),
                 lambda: meds.stop_medication(profile, 404, DAY, "x"),
                 lambda: meds.update_medication(profile, 404, pirfenidone())):
        with pytest.raises(NotFound):
            call()


def test_demo_lists(demo_profile):
    active = meds.list_active_medications(demo_profile, DAY)
    assert [r.name for r in active] == ["Omeprazole", "Pirfenidone", "Salbutamol", "Vitamin D3"]
    stopped = meds.list_stopped_medications(demo_profile, DAY)
    assert [(r.name, bool(r.stop_reason)) for r in stopped] == [("Prednisolone", True)]
    assert next(r for r in active if r.name == "Omeprazole").low_on_stock


ZONE = ZoneInfo("Europe/London")


def test_supply_days_from_an_empty_profile(profile):
    """The days of supply the Medications page shows, worked out without any widget."""
    med_id = meds.create_medication(profile, pirfenidone(), [Schedule.times_a_day("08:00", "13:00", "19:00")])
    assert meds.supply_days(meds.get_medication(profile, med_id), ZONE, DAY) == 30  # 270 / (3 x 3)
    few = meds.create_medication(profile, pirfenidone(name="Few", stock="10", units_per_dose="1"),
                                 [Schedule.times_a_day("06:00", "12:00", "18:00", "22:00")])
    assert meds.supply_days(meds.get_medication(profile, few), ZONE, DAY) == 2  # 2.5 days: whole days shown
    as_needed = meds.create_medication(profile, pirfenidone(name="Salbutamol"),
                                       [Schedule.from_interchange({"kind": "as_needed", "max_per_day": 4})])
    assert meds.supply_days(meds.get_medication(profile, as_needed), ZONE, DAY) is None  # no rate to divide by
    no_stock = meds.create_medication(profile, pirfenidone(name="Unknown", stock=""), [Schedule.times_a_day("08:00")])
    assert meds.supply_days(meds.get_medication(profile, no_stock), ZONE, DAY) is None
    meds.stop_medication(profile, med_id, date(2026, 11, 1), "side effects")
    assert meds.supply_days(meds.get_medication(profile, med_id), ZONE, DAY) is None  # stopped: no supply line


def test_supply_days_of_a_schedule_the_arithmetic_cannot_count(profile):
    med_id = meds.create_medication(profile, pirfenidone(), [Schedule.times_a_day("08:00")])
    detail = meds.get_medication(profile, med_id)
    broken = replace(detail, schedules=(Schedule(kind="times", times=("25:99",)),))
    assert meds.supply_days(broken, ZONE, DAY) is None
