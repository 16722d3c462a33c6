"""The one read path for the person cared for (store/queries/person.py), from an empty profile through the
services: the Person page, the pack and the pre-screen read the same snapshot."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from careorganiser.services import packs, person
from careorganiser.services.trials import person_facts
from careorganiser.store.queries import person as pq

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def test_the_person_read_the_same_by_every_reader(profile: Any) -> None:
    empty = pq.person(profile.read())
    assert empty is not None and empty.name == "Test Person" and empty.conditions == () and empty.sex == "unknown"
    saved = person.update_person(profile, "Margaret Hale", date(1951, 4, 9), "female", ["IPF", "GORD"],
                                 "Penicillin (rash)", [("NHS number", "943 476 5919"), ("", "H123")], "Lives alone.")
    found = pq.person(profile.read())
    assert type(saved) is pq.Person and found == saved == person.get_person(profile)
    assert found.identifiers == (("NHS number", "943 476 5919"), ("", "H123"))
    pack = packs.gather_card(profile, NOW).person
    assert (pack.name, pack.date_of_birth, pack.conditions) == ("Margaret Hale", date(1951, 4, 9), ("IPF", "GORD"))
    assert pack.identifiers == (("NHS number", "943 476 5919"), ("Identifier", "H123"))
    facts = person_facts(pq.person(profile.read()))  # the pre-screen's facts, from the same snapshot
    assert (facts.date_of_birth, facts.sex, facts.conditions) == (date(1951, 4, 9), "female", ("IPF", "GORD"))


def test_a_profile_without_a_person_row(profile: Any) -> None:
    from careorganiser.store import models as m

    with profile.session_factory.begin() as s:
        s.query(m.Person).delete()
    assert pq.person(profile.read()) is None
    assert person.get_person(profile) == pq.Person(profile.name)
    assert packs.gather_card(profile, NOW).person.name == "(no name recorded)"
