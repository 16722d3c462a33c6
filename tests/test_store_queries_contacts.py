"""The one read path for the care circle (store/queries/contacts.py), built from an empty profile through the
services: the Contacts page, the choosers, the caregivers and the pack read the same snapshot."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from careorganiser.services import caregivers, contacts, packs, trash
from careorganiser.store.queries import contacts as cq

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def test_an_empty_profile_has_no_contacts(profile: Any) -> None:
    assert cq.contacts(profile.read()) == [] and cq.contact(profile.read(), 1) is None
    assert contacts.list_contacts(profile) == [] and caregivers.list_caregivers(profile) == []
    assert packs.gather_card(profile, NOW).emergency_contacts == ()


def test_every_reader_gets_the_same_contact(profile: Any) -> None:
    gp = contacts.create_contact(profile, "Dr Lee", role="GP", phone="01632 960 111")
    son = contacts.create_contact(profile, "david Hale", role="son", phone="07700 900 123")
    nurse = caregivers.add_caregiver(profile, "Ann Carer")
    assert type(gp) is cq.Contact and contacts.get_contact(profile, gp.id) == gp == cq.contact(profile.read(), gp.id)
    assert [c.name for c in contacts.list_contacts(profile)] == ["Ann Carer", "david Hale", "Dr Lee"]  # case aside
    assert [c.id for c in cq.contacts(profile.read(), by_name=False)] == [gp.id, son.id, nurse.id]
    assert caregivers.list_caregivers(profile) == [nurse] and nurse.is_caregiver
    assert caregivers.is_caregiver(profile, nurse.id) and not caregivers.is_caregiver(profile, gp.id)
    card = packs.gather_card(profile, NOW)
    assert [c.name for c in card.emergency_contacts] == ["Dr Lee", "david Hale"]
    trash.delete(profile, "contact", son.id)
    assert cq.contact(profile.read(), son.id) is None
    assert [c.name for c in packs.gather_card(profile, NOW).emergency_contacts] == ["Dr Lee"]
