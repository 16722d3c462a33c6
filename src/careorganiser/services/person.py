"""The person cared for: details, conditions, allergies, identifiers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from careorganiser.store import models as m
from careorganiser.store.profiles import Profile


@dataclass(frozen=True, slots=True)
class PersonRow:
    name: str
    date_of_birth: date | None
    sex: str
    conditions: tuple[str, ...]
    allergies: tuple[str, ...]
    identifiers: tuple[tuple[str, str], ...]
    notes: str


def get_person(profile: Profile) -> PersonRow:
    with profile.session_factory() as s:
        p = s.get(m.Person, 1)
        if p is None:
            return PersonRow(profile.name, None, "unknown", (), (), (), "")
        return PersonRow(
            p.name, p.date_of_birth, p.sex, tuple(p.conditions or ()), tuple(p.allergies or ()),
            tuple((i.get("system", ""), i.get("value", "")) for i in p.identifiers or ()), p.notes,
        )
