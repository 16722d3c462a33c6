"""The person cared for: details, conditions, allergies, identifiers."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from msgspec import Struct

from careorganiser.domain import fields
from careorganiser.domain.enums import Sex
from careorganiser.i18n import translate
from careorganiser.services.base import ValidationError, notify
from careorganiser.services.cleaning import check_date, clean_field, clean_field_list
from careorganiser.store import models as m
from careorganiser.store import reads
from careorganiser.store.profiles import Profile
from careorganiser.store.queries import person as pq
from careorganiser.store.queries.person import Person

MAX_NOTES = fields.limit("person", "notes")
MAX_IDENTIFIERS = fields.LISTS["person.identifiers"]


def sex_label(sex: str) -> str:
    return {
        Sex.FEMALE: translate("Person", "female"), Sex.MALE: translate("Person", "male"), Sex.OTHER: translate("Person", "other"),
        Sex.UNKNOWN: translate("Person", "not recorded"),
    }.get(sex, sex)


def common_identifier_systems() -> list[str]:
    return [translate("Person", "NHS number"), translate("Person", "Hospital number"), translate("Person", "CHI number"),
            translate("Person", "Insurance number"), translate("Person", "Trial participant id")]


def get_person(profile: Profile) -> Person:
    """The person cared for (named after the profile until a name is saved)."""
    return pq.person(profile.read()) or Person(profile.name)


def clean_identifiers(identifiers: Iterable[Any] | None) -> list[dict[str, str]]:
    """(system, value) pairs: blank rows dropped, a system without a value refused, exact repeats merged."""
    out: list[dict[str, str]] = []
    seen: set[tuple[str, str]] = set()
    if identifiers is None:
        return out
    label = translate("Person", "Identifier")
    for number, item in enumerate(identifiers, start=1):
        if isinstance(item, dict):
            system, value = item.get("system", ""), item.get("value", "")
        else:
            try:
                system, value = item
            except (TypeError, ValueError):
                raise ValidationError("identifiers", translate("Person", "Identifier {number} needs a kind and a value.")
                                      .format(number=number)) from None
        system = clean_field(system, "person.identifiers", "system", label, field="identifiers")
        value = clean_field(value, "person.identifiers", "value", label, field="identifiers")
        if not system and not value:
            continue
        if not value:
            raise ValidationError("identifiers", translate("Person", "The identifier \u201c{system}\u201d has no number. "
                                                              "Type it or remove the row.").format(system=system))
        key = (system.casefold(), value.casefold())
        if key not in seen:
            seen.add(key)
            out.append({"system": system, "value": value})
    if len(out) > MAX_IDENTIFIERS:
        raise ValidationError("identifiers", translate("Person", "Too many identifiers: at most {limit}.")
                              .format(limit=MAX_IDENTIFIERS))
    return out


def update_person(profile: Profile, name: str, date_of_birth: date | None = None, sex: str = Sex.UNKNOWN,
                  conditions: Iterable[str] | str = (), allergies: Iterable[str] | str = (),
                  identifiers: Iterable[Any] = (), notes: str = "", *, today: date | None = None) -> Person:
    """Save the person's details. The date of birth may be unknown, but not before 1900 nor in the future."""
    values: dict[str, Any] = {
        "name": clean_field(name, "person", "name", translate("Person", "Name")),
        "date_of_birth": None if date_of_birth is None else check_date(
            date_of_birth, "date_of_birth", translate("Person", "Date of birth"), today or date.today()),
        "conditions": clean_field_list(conditions, "person", "conditions", translate("Person", "Conditions")),
        "allergies": clean_field_list(allergies, "person", "allergies", translate("Person", "Allergies")),
        "identifiers": clean_identifiers(identifiers),
        "notes": clean_field(notes, "person", "notes", translate("Person", "Notes")),
    }
    if sex not in {s.value for s in Sex}:
        raise ValidationError("sex", translate("Person", "Choose female, male, other or not recorded."))
    values["sex"] = sex
    with profile.session_factory.begin() as s:
        p = s.get(m.Person, 1)
        if p is None:
            p = m.Person(id=1, name=values["name"])
            s.add(p)
        for key, value in values.items():
            setattr(p, key, value)
    notify(profile, records={"person": [1]})
    return get_person(profile)


CAREGIVER_SETTING = "caregiver"


class CaregiverRow(Struct, frozen=True):
    """Who looks after the person and answers the phone about them: the ride sheet's "call the caregiver"."""

    name: str
    phone: str


def get_caregiver(profile: Profile) -> CaregiverRow | None:
    found = reads.setting(profile.read(), CAREGIVER_SETTING)
    value = found if isinstance(found, dict) else None
    if not value or not str(value.get("name", "")).strip():
        return None
    return CaregiverRow(str(value.get("name", "")), str(value.get("phone", "")))


def set_caregiver(profile: Profile, name: str, phone: str) -> CaregiverRow | None:
    """Save the caregiver's name and phone (both empty: forget them). A name needs a number to be of use."""
    name = clean_field(name, "caregiver", "name", translate("Person", "Caregiver's name"), field="caregiver_name")
    phone = clean_field(phone, "caregiver", "phone", translate("Person", "Caregiver's phone"), field="caregiver_phone")
    if phone and not name:
        raise ValidationError("caregiver_name", translate("Person", "Whose number is it? Give the caregiver's name."))
    if name and not phone:
        raise ValidationError("caregiver_phone",
                              translate("Person", "Give a phone number the driver can call, e.g. 07700 900123."))
    if phone and not any(ch.isdigit() for ch in phone):
        raise ValidationError("caregiver_phone", translate("Person", "A phone number has digits, e.g. 07700 900123."))
    with profile.session_factory.begin() as s:
        if name:
            s.merge(m.Setting(key=CAREGIVER_SETTING, value={"name": name, "phone": phone}))
        else:
            setting = s.get(m.Setting, CAREGIVER_SETTING)
            if setting is not None:
                s.delete(setting)
    notify(profile, "person")
    return get_caregiver(profile)
