"""The care circle: clinicians, GP, pharmacy, trial coordinator, family drivers."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from careorganiser.store import models as m
from careorganiser.store.profiles import Profile


@dataclass(frozen=True, slots=True)
class ContactRow:
    id: int
    uid: str
    name: str
    role: str
    organisation: str
    phone: str
    email: str
    address: str
    notes: str


def contact_row(c: m.Contact) -> ContactRow:
    return ContactRow(c.id, c.uid, c.name, c.role, c.organisation, c.phone, c.email, c.address, c.notes)


def list_contacts(profile: Profile) -> list[ContactRow]:
    with profile.session_factory() as s:
        rows = s.scalars(select(m.Contact).where(m.Contact.deleted_at.is_(None)).order_by(m.Contact.name)).all()
        return [contact_row(c) for c in rows]
