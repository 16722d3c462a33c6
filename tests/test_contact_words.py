"""The care-circle page's decisions and words without a window: unsaved typing, and the question asked
before a contact is deleted."""

from __future__ import annotations

from careorganiser.services.contacts import Contact
from careorganiser.ui.contacts.words import FIELDS, delete_question, has_unsaved_typing

EMPTY = dict.fromkeys(FIELDS, "")


def test_a_new_contact_form_is_unsaved_once_anything_is_typed() -> None:
    assert not has_unsaved_typing(EMPTY, None)
    assert not has_unsaved_typing({**EMPTY, "notes": "  \n "}, None)
    assert has_unsaved_typing({**EMPTY, "phone": "020 7946 0000"}, None)


def test_an_edited_contact_is_unsaved_when_a_field_differs_beyond_spaces() -> None:
    ann = Contact(id=1, uid="c1", name="Ann Driver", role="driver", notes="Tuesdays")
    shown = {**EMPTY, "name": "Ann Driver", "role": "driver", "notes": "Tuesdays"}
    assert not has_unsaved_typing(shown, ann)
    assert not has_unsaved_typing({**shown, "name": " Ann Driver "}, ann)
    assert has_unsaved_typing({**shown, "notes": "Tuesdays and Fridays"}, ann)


def test_the_delete_question_names_where_the_contact_is_still_used(qapp) -> None:
    assert delete_question("Ann Driver", []) == "Delete Ann Driver from the care circle?\n\nYou can undo this."
    text = delete_question("Dr Mehta", ["Prescriber of Pirfenidone.", "Clinician at 1 appointment."])
    assert text == ("Delete Dr Mehta from the care circle?\n\nDr Mehta is still named in your records:\n"
                    "\u2022 Prescriber of Pirfenidone.\n\u2022 Clinician at 1 appointment.\n\n"
                    "Those records will show no one there until you choose someone else.\n\nYou can undo this.")
