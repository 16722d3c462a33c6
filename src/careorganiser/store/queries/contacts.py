"""The care circle: the one read path for contacts (the Contacts page, the choosers, caregivers, the pack).

One snapshot type, :class:`Contact`. Contacts in the trash are left out. ``source`` is a DB-API connection
(``Profile.read()``) or a session whose connection is used. Plain SQL.
"""

from __future__ import annotations

from typing import Any

from msgspec import Struct

from careorganiser.store import reads

__all__ = ["Contact", "contact", "contacts"]


class Contact(Struct, frozen=True):
    id: int
    uid: str
    name: str
    role: str = ""
    organisation: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""
    notes: str = ""
    is_caregiver: bool = False


_SQL = ("SELECT id, uid, name, role, organisation, phone, email, address, notes, is_caregiver FROM contacts"
        " WHERE deleted_at IS NULL")


def _contact(row: Any) -> Contact:
    return Contact(*row[:9], bool(row[9]))


def contacts(source: Any, *, caregivers_only: bool = False, by_name: bool = True) -> list[Contact]:
    """Contacts not in the trash, by name (case aside; ``by_name=False``: in the order they were added);
    ``caregivers_only``: only the caregivers."""
    sql = _SQL + (" AND is_caregiver" if caregivers_only else "")
    sql += " ORDER BY lower(name), id" if by_name else " ORDER BY id"
    return [_contact(row) for row in reads.rows(reads.connection_of(source), sql)]


def contact(source: Any, contact_id: int) -> Contact | None:
    """One contact by its row id, or None (also when it is in the trash)."""
    if isinstance(contact_id, bool) or not isinstance(contact_id, int):
        return None
    found = reads.rows(reads.connection_of(source), _SQL + " AND id = ?", (contact_id,))
    return _contact(found[0]) if found else None
