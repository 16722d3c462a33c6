"""The care circle: clinicians, GP, pharmacy, trial coordinator, family drivers."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from msgspec import Struct
from sqlalchemy.orm import Session

from careorganiser.domain import fields
from careorganiser.i18n import translate
from careorganiser.services.base import NotFound, ValidationError, notify
from careorganiser.services.cleaning import clean_field
from careorganiser.store import models as m
from careorganiser.store.codec import nocase
from careorganiser.store.profiles import Profile
from careorganiser.store.queries import appointments as aq
from careorganiser.store.queries import contacts as cq
from careorganiser.store.queries import medications as mq
from careorganiser.store.queries.contacts import Contact

MAX_NOTES = fields.limit("contacts", "notes")
MAX_ADDRESS = fields.limit("contacts", "address")


def common_roles() -> list[str]:
    """Roles offered in the form; any other text is fine too."""
    return [
        translate("ContactRoles", "pulmonologist"), translate("ContactRoles", "GP"),
        translate("ContactRoles", "ILD specialist nurse"), translate("ContactRoles", "rheumatologist"),
        translate("ContactRoles", "specialist nurse"), translate("ContactRoles", "pharmacy"),
        translate("ContactRoles", "trial coordinator"), translate("ContactRoles", "physiotherapist"),
        translate("ContactRoles", "hospital switchboard"), translate("ContactRoles", "family"),
        translate("ContactRoles", "friend"), translate("ContactRoles", "neighbour"), translate("ContactRoles", "driver"),
        translate("ContactRoles", "carer"), translate("ContactRoles", "social worker"),
    ]


def list_contacts(profile: Profile) -> list[Contact]:
    return cq.contacts(profile.read())


def contacts_by_ids(profile: Profile, ids: Iterable[int]) -> list[Contact]:
    """The contacts among ``ids`` that still exist (a change notice's ids, read again)."""
    source = profile.read()
    return [found for found in (cq.contact(source, contact_id) for contact_id in ids) if found is not None]


def list_order(row: Contact) -> tuple[str, int]:
    """Where a contact falls in :func:`list_contacts`: by name as SQLite's ``lower()`` folds it (ASCII only),
    then by id."""
    return nocase(row.name), row.id


def get_contact(profile: Profile, contact_id: int) -> Contact:
    found = cq.contact(profile.read(), contact_id)
    if found is None:
        raise NotFound(translate("Contacts", "That contact no longer exists."))
    return found


# -- what refers to a contact

class ContactUsage(Struct, frozen=True):
    """What would lose its person if the contact went: prescribed medications, appointments, rides to drive."""

    medications: tuple[str, ...] = ()
    appointments: tuple[tuple[datetime, str], ...] = ()
    rides: tuple[tuple[datetime | None, str], ...] = ()

    @property
    def is_empty(self) -> bool:
        return not (self.medications or self.appointments or self.rides)

    def describe(self) -> list[str]:
        """One plain sentence per kind of use ("Prescriber of Pirfenidone and Omeprazole.")."""
        out: list[str] = []
        if self.medications:
            out.append(translate("Contacts", "Prescriber of {names}.").format(names=_join_names(self.medications)))
        if len(self.appointments) == 1:
            out.append(translate("Contacts", "Clinician at 1 appointment."))
        elif self.appointments:
            out.append(translate("Contacts", "Clinician at {count} appointments.").format(count=len(self.appointments)))
        if len(self.rides) == 1:
            out.append(translate("Contacts", "Driver for 1 ride."))
        elif self.rides:
            out.append(translate("Contacts", "Driver for {count} rides.").format(count=len(self.rides)))
        return out


def _join_names(names: tuple[str, ...], limit: int = 4) -> str:
    shown = list(names[:limit])
    if len(names) > limit:
        shown.append(translate("Contacts", "{count} more").format(count=len(names) - limit))
    return shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " " + translate("Contacts", "and") + " " + shown[-1]


def contact_usage(profile: Profile, contact_id: int) -> ContactUsage:
    with profile.session_factory() as s:
        meds = [med.name for med in mq.medications(s) if med.prescriber_id == contact_id]  # by name
        appts = aq.appointments(s, clinician_id=contact_id)
        rides = aq.rides(s, driver_id=contact_id)
    return ContactUsage(tuple(meds), tuple((a.starts_at, a.purpose) for a in appts),
                        tuple((r.pickup_at, r.destination) for r in rides))


# -- cleaning and changes

def _clean(name: object, role: object, organisation: object, phone: object, email: object, address: object,
           notes: object) -> dict[str, str]:
    values = {
        "name": clean_field(name, "contacts", "name", translate("Contacts", "Name")),
        "role": clean_field(role, "contacts", "role", translate("Contacts", "Role")),
        "organisation": clean_field(organisation, "contacts", "organisation", translate("Contacts", "Organisation")),
        "phone": clean_field(phone, "contacts", "phone", translate("Contacts", "Phone")),
        "email": clean_field(email, "contacts", "email", translate("Contacts", "Email")),
        "address": clean_field(address, "contacts", "address", translate("Contacts", "Address")),
        "notes": clean_field(notes, "contacts", "notes", translate("Contacts", "Notes")),
    }
    phone_text = values["phone"]
    if phone_text and not fields.format_ok(fields.rule("contacts", "phone"), phone_text):
        raise ValidationError("phone", translate(
            "Contacts", "\u201c{phone}\u201d does not look like a phone number: use digits, spaces and + ( ) -."
        ).format(phone=phone_text[:40]))
    email_text = values["email"]
    if email_text and not fields.format_ok(fields.rule("contacts", "email"), email_text):
        raise ValidationError("email", translate(
            "Contacts", "\u201c{email}\u201d does not look like an email address: it needs an @ and a dot after it, "
                        "with no spaces."
        ).format(email=email_text[:60]))
    return values


def _get_live(s: Session, contact_id: int) -> m.Contact:
    c = s.get(m.Contact, contact_id)
    if c is None or c.deleted_at is not None:
        raise NotFound(translate("Contacts", "That contact no longer exists."))
    return c


def create_contact(profile: Profile, name: str, role: str = "", organisation: str = "", phone: str = "",
                   email: str = "", address: str = "", notes: str = "") -> Contact:
    values = _clean(name, role, organisation, phone, email, address, notes)
    with profile.session_factory.begin() as s:
        c = m.Contact(**values)
        s.add(c)
        s.flush()
        row = cq.contact(s, c.id)
        assert row is not None
    notify(profile, records={"contacts": [row.id]})
    return row


def update_contact(profile: Profile, contact_id: int, name: str, role: str = "", organisation: str = "",
                   phone: str = "", email: str = "", address: str = "", notes: str = "") -> Contact:
    values = _clean(name, role, organisation, phone, email, address, notes)
    with profile.session_factory.begin() as s:
        c = _get_live(s, contact_id)
        for key, value in values.items():
            setattr(c, key, value)
        s.flush()
        row = cq.contact(s, c.id)
        assert row is not None
    notify(profile, records={"contacts": [row.id]})
    return row
