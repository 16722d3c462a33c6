"""What the care-circle page decides and says, without widgets: whether the form holds unsaved typing, and
the question asked before a contact is deleted. Tested without a window (tests/test_contact_words.py)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication

from careorganiser.services.contacts import Contact

FIELDS = ("name", "role", "organisation", "phone", "email", "address", "notes")
"""The form's fields, named as the contact's."""


def has_unsaved_typing(values: Mapping[str, str], editing: Contact | None) -> bool:
    """Does the form (``values`` by field) hold something not saved: any text in a new contact, or a field
    that differs from the contact being edited (spaces at the ends do not count)?"""
    typed = {k: v.strip() for k, v in values.items()}
    if editing is None:
        return any(typed.values())
    return any(typed[k] != getattr(editing, k).strip() for k in FIELDS)


def delete_question(name: str, used_in: Sequence[str]) -> str:
    """The question before deleting a contact: where the records still name them (``used_in``: a line each)."""
    text = QCoreApplication.translate("ContactsPage", "Delete {name} from the care circle?").format(name=name)
    if used_in:
        text += "\n\n" + QCoreApplication.translate("ContactsPage", "{name} is still named in your records:").format(name=name) + "\n" + \
            "\n".join(f"\u2022 {line}" for line in used_in) + "\n\n" + \
            QCoreApplication.translate("ContactsPage", "Those records will show no one there until you choose someone else.")
    return text + "\n\n" + QCoreApplication.translate("ContactsPage", "You can undo this.")
