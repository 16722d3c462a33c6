"""Contacts and person services: create, edit, validate, usage before delete, trash."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from careorganiser.services import contacts, person, trash
from careorganiser.services.base import NotFound, ValidationError, bus_of
from careorganiser.store import models as m

NOW = datetime(2026, 11, 21, 10, 0, tzinfo=UTC)


def _changes(profile):
    seen = []
    bus_of(profile).subscribe(seen.append)
    return seen


# -- contacts

def test_create_and_update_contact(profile):
    seen = _changes(profile)
    row = contacts.create_contact(profile, "  Dr Anil   Mehta ", "pulmonologist", "St Mary's", "+44 (0)20 7946-0001",
                                  "a.mehta@example.nhs.uk", "Praed Street\nLondon", "Thursdays only")
    assert (row.name, row.phone) == ("Dr Anil Mehta", "+44 (0)20 7946-0001")
    assert row.address == "Praed Street\nLondon"
    assert seen[-1].areas == {"contacts"} and seen[-1].ids("contacts") == {row.id}
    new = contacts.update_contact(profile, row.id, "Dr A. Mehta", "consultant", phone="020 7946 0001 ext 22")
    assert contacts.get_contact(profile, row.id) == new
    assert (new.role, new.email, new.phone) == ("consultant", "", "020 7946 0001 ext 22")
    assert contacts.list_contacts(profile) == [new]


def test_contacts_sorted_ignoring_case(profile):
    for name in ("zoe", "Adam", "bella"):
        contacts.create_contact(profile, name)
    assert [c.name for c in contacts.list_contacts(profile)] == ["Adam", "bella", "zoe"]


@pytest.mark.parametrize(("kwargs", "field", "words"), [
    ({"name": ""}, "name", "required"),
    ({"name": "  \n "}, "name", "required"),
    ({"name": "n" * 201}, "name", "too long"),
    ({"phone": "call me"}, "phone", "does not look like a phone number"),
    ({"phone": "12"}, "phone", "does not look like a phone number"),
    ({"phone": "+44 20 abc"}, "phone", "does not look like a phone number"),
    ({"email": "david.example.com"}, "email", "needs an @ and a dot after it"),
    ({"email": "david@example"}, "email", "needs an @ and a dot after it"),
    ({"email": "da vid@example.com"}, "email", "no spaces"),
    ({"email": "david@example."}, "email", "@ and a dot"),
    ({"notes": "x" * 5_001}, "notes", "too long"),
    ({"address": "\udc80"}, "address", "cannot be saved"),
    ({"role": 7}, "role", "must be text"),
])
def test_bad_contacts_are_refused(profile, kwargs, field, words):
    args = {"name": "David Hale"} | kwargs
    with pytest.raises(ValidationError) as err:
        contacts.create_contact(profile, **args)
    assert err.value.field == field
    assert words in err.value.message
    assert contacts.list_contacts(profile) == []


def test_update_refused_leaves_contact_as_it_was(profile):
    row = contacts.create_contact(profile, "Jean Porter", "neighbour", phone="07700 900118")
    with pytest.raises(ValidationError):
        contacts.update_contact(profile, row.id, "Jean Porter", "driver", email="not-an-email")
    assert contacts.get_contact(profile, row.id) == row


def test_odd_unicode_names(profile):
    row = contacts.create_contact(profile, "Zo\u0065\u0301 \u00d8stergaard \u738b\u5c0f\u660e", "famille")
    assert row.name == "Zo\u00e9 \u00d8stergaard \u738b\u5c0f\u660e"


def test_contact_usage_and_trash(profile):
    doctor = contacts.create_contact(profile, "Dr Mehta", "pulmonologist")
    driver = contacts.create_contact(profile, "David", "son")
    nobody = contacts.create_contact(profile, "Pharmacy", "pharmacy")
    with profile.session_factory.begin() as s:
        s.add(m.Medication(name="Pirfenidone", prescriber_id=doctor.id))
        s.add(m.Medication(name="Omeprazole", prescriber_id=doctor.id))
        appt = m.Appointment(starts_at=NOW, clinician_id=doctor.id, purpose="ILD review")
        s.add(appt)
        s.flush()
        s.add(m.Ride(appointment_id=appt.id, pickup_at=NOW, driver_id=driver.id, destination="Clinic"))
    usage = contacts.contact_usage(profile, doctor.id)
    assert usage.medications == ("Omeprazole", "Pirfenidone")
    assert usage.appointments == ((NOW, "ILD review"),)
    assert usage.describe() == ["Prescriber of Omeprazole and Pirfenidone.", "Clinician at 1 appointment."]
    assert contacts.contact_usage(profile, driver.id).describe() == ["Driver for 1 ride."]
    assert contacts.contact_usage(profile, nobody.id).is_empty
    trash.delete(profile, "contact", driver.id)
    assert [c.name for c in contacts.list_contacts(profile)] == ["Dr Mehta", "Pharmacy"]
    with pytest.raises(NotFound):
        contacts.update_contact(profile, driver.id, "David")
    trash.restore(profile, "contact", driver.id)
    assert contacts.get_contact(profile, driver.id) == driver


def test_common_roles_offered():
    roles = contacts.common_roles()
    assert "GP" in roles and "trial coordinator" in roles and "driver" in roles


# -- person

def test_update_person(profile):
    seen = _changes(profile)
    row = person.update_person(
        profile, " Margaret  Hale ", date(1951, 4, 9), "female",
        ["Idiopathic pulmonary fibrosis", " ", "idiopathic pulmonary fibrosis", "GORD"],
        "Penicillin (rash)\n\nLatex\n", [("NHS number", "943 476 5919"), ("", ""), {"system": "", "value": "H123"}],
        "Lives alone.", today=date(2026, 11, 21))
    assert row.name == "Margaret Hale"
    assert row.conditions == ("Idiopathic pulmonary fibrosis", "GORD")
    assert row.allergies == ("Penicillin (rash)", "Latex")
    assert row.identifiers == (("NHS number", "943 476 5919"), ("", "H123"))
    assert person.get_person(profile) == row
    assert seen[-1].areas == {"person"}


@pytest.mark.parametrize(("kwargs", "field", "words"), [
    ({"date_of_birth": date(2026, 11, 22)}, "date_of_birth", "cannot be in the future"),
    ({"date_of_birth": date(1899, 12, 31)}, "date_of_birth", "cannot be before 1900"),
    ({"date_of_birth": "1951-04-09"}, "date_of_birth", "choose a date"),
    ({"name": ""}, "name", "required"),
    ({"sex": "f"}, "sex", "Choose"),
    ({"conditions": ["c" * 201]}, "conditions", "too long"),
    ({"allergies": [f"a{i}" for i in range(101)]}, "allergies", "too many"),
    ({"identifiers": [("NHS number", "")]}, "identifiers", "has no number"),
    ({"identifiers": ["NHS"]}, "identifiers", "needs a kind and a value"),
    ({"notes": "x" * 20_001}, "notes", "too long"),
])
def test_bad_person_details_are_refused(profile, kwargs, field, words):
    before = person.get_person(profile)
    args = {"name": "Margaret Hale", "date_of_birth": date(1951, 4, 9), "sex": "female"} | kwargs
    with pytest.raises(ValidationError) as err:
        person.update_person(profile, **args, today=date(2026, 11, 21))
    assert err.value.field == field
    assert words in err.value.message
    assert person.get_person(profile) == before


def test_person_row_created_when_missing(profile):
    with profile.session_factory.begin() as s:
        s.delete(s.get(m.Person, 1))
    row = person.update_person(profile, "New Person", None, "unknown", today=date(2026, 11, 21))
    assert row.name == "New Person" and row.date_of_birth is None
