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


def test_a_caregiver_added_by_name_is_the_contact_of_that_name(qtbot: Any, profile: Any) -> None:
    """Who's here > Add a caregiver: a name already in the care circle (case aside, also beyond ASCII) makes that
    contact a caregiver, no second contact; a new name makes a new contact. The chooser reads the same snapshot."""
    from careorganiser.ui import caregivers as ui_caregivers
    from careorganiser.ui.context import AppContext
    from careorganiser.ui.prompter import ScriptedPrompter

    anna = contacts.create_contact(profile, "Anna Hale", role="daughter")
    zaneta = contacts.create_contact(profile, "Żaneta Nowak", role="neighbour")
    for typed, expected in (("  anna hale ", anna.id), ("ŻANETA NOWAK", zaneta.id)):
        ctx = AppContext(profile, prompter=ScriptedPrompter(ask_text=typed))
        assert ui_caregivers.add_caregiver(None, ctx) == expected
    tom = ui_caregivers.add_caregiver(None, AppContext(profile, prompter=ScriptedPrompter(ask_text="Tom Hale")))
    assert tom not in (anna.id, zaneta.id)
    assert [c.name for c in contacts.list_contacts(profile)] == ["Anna Hale", "Tom Hale", "Żaneta Nowak"]
    assert [c.name for c in caregivers.list_caregivers(profile)] == ["Anna Hale", "Tom Hale", "Żaneta Nowak"]
    ctx = AppContext(profile, prompter=ScriptedPrompter())
    assert ui_caregivers.caregivers_of(ctx) == caregivers.list_caregivers(profile)
    assert cq.contact(profile.read(), anna.id).role == "daughter"  # the contact kept, only marked a caregiver
    chooser = ui_caregivers.CaregiverChooser(ctx)
    qtbot.addWidget(chooser)
    assert [chooser.combo.itemText(i) for i in range(1, chooser.combo.count() - 1)] == [
        "Anna Hale", "Tom Hale", "Żaneta Nowak"]
