"""Caregivers: people of the care circle who share the care, "who's here", and what they last saw.

Choosing who is here is not a security boundary (the passphrase is): it only says whose name goes with
each change (store.history) and whose "Since you last looked" Today shows.
"""

from __future__ import annotations

from datetime import datetime

from careorganiser.i18n import translate
from careorganiser.services.base import NotFound, notify
from careorganiser.store import models as m
from careorganiser.store.profiles import Profile
from careorganiser.store.queries import contacts as cq
from careorganiser.store.queries.contacts import Contact


def list_caregivers(profile: Profile) -> list[Contact]:
    return cq.contacts(profile.read(), caregivers_only=True)


def is_caregiver(profile: Profile, contact_id: int) -> bool:
    found = cq.contact(profile.read(), contact_id)
    return found is not None and found.is_caregiver


def set_caregiver(profile: Profile, contact_id: int, caregiver: bool = True) -> None:
    """Mark a contact of the care circle as one of the caregivers (or not)."""
    with profile.session_factory.begin() as s:
        c = s.get(m.Contact, contact_id)
        if c is None or c.deleted_at is not None:
            raise NotFound(translate("Caregivers", "That contact no longer exists."))
        c.is_caregiver = bool(caregiver)
    notify(profile, records={"contacts": [contact_id]})


def add_caregiver(profile: Profile, name: str, role: str = "") -> Contact:
    """A new contact who is a caregiver (the quick way from the chooser)."""
    from careorganiser.services.contacts import create_contact

    row = create_contact(profile, name, role or translate("Caregivers", "carer"))
    set_caregiver(profile, row.id, True)
    found = cq.contact(profile.read(), row.id)
    assert found is not None
    return found


def caregiver_named(profile: Profile, name: str) -> Contact:
    """The contact of that name (case aside) becomes a caregiver; with none, a new contact is made."""
    wanted = name.strip().casefold()
    found = next((c for c in cq.contacts(profile.read()) if c.name.casefold() == wanted), None)
    if found is None:
        return add_caregiver(profile, name.strip())
    set_caregiver(profile, found.id, True)
    again = cq.contact(profile.read(), found.id)
    assert again is not None
    return again


def current_caregiver(profile: Profile) -> int | None:
    return profile.who.get("caregiver_id")


def choose(profile: Profile, contact_id: int | None, now: datetime | None = None) -> None:
    """Say who is here from now on (None: nobody chosen). The one leaving has seen everything up to now."""
    if contact_id is not None and not is_caregiver(profile, contact_id):
        raise NotFound(translate("Caregivers", "That person is not one of the caregivers."))
    leaving = current_caregiver(profile)
    if leaving is not None and leaving != contact_id:
        mark_seen(profile, leaving, now or m.utcnow())
    profile.who["caregiver_id"] = contact_id


def last_seen(profile: Profile, caregiver_id: int) -> datetime | None:
    with profile.session_factory() as s:
        row = s.get(m.CaregiverSeen, caregiver_id)
        return row.seen_at if row is not None else None


def mark_seen(profile: Profile, caregiver_id: int, at: datetime) -> None:
    """The caregiver has seen everything up to ``at`` (not written to the history)."""
    with profile.session_factory.begin() as s:
        row = s.get(m.CaregiverSeen, caregiver_id)
        if row is None:
            s.add(m.CaregiverSeen(caregiver_id=caregiver_id, seen_at=at))
        elif at > row.seen_at:
            row.seen_at = at
