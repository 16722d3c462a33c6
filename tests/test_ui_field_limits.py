"""The forms take their length limits from the one table of field rules (domain/fields.py): typing stops at
the limit the services and the importer apply to the same field, and a value at the limit saves as shown."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt

from careorganiser.domain import fields
from careorganiser.services import contacts, person
from careorganiser.ui.context import AppContext
from careorganiser.ui.contacts.page import ContactsPage
from careorganiser.ui.person.page import PersonPage

NOW = datetime(2026, 11, 21, 10, 0, tzinfo=UTC)


def make(qtbot, cls, profile):
    page = cls(AppContext(profile, clock=lambda: NOW))
    qtbot.addWidget(page)
    page.resize(1100, 720)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_the_contact_form_stops_at_the_table_limits_and_saves_what_it_shows(qtbot, profile):
    page = make(qtbot, ContactsPage, profile)
    for edit, name in ((page.name_edit, "name"), (page.organisation_edit, "organisation"),
                       (page.phone_edit, "phone"), (page.email_edit, "email")):
        assert edit.maxLength() == fields.limit("contacts", name)
    page.name_edit.setFocus()
    qtbot.keyClicks(page.name_edit, "N" * 195 + "Hale" + "xyz")  # three more than the limit
    assert page.name_edit.text() == "N" * 195 + "Hale" + "x"
    page.phone_edit.setText("020 7946 " + "0" * 60)
    assert len(page.phone_edit.text()) == fields.limit("contacts", "phone")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    [saved] = contacts.list_contacts(profile)
    assert saved.name == page.name_edit.text() and len(saved.name) == fields.limit("contacts", "name")
    assert saved.phone == page.phone_edit.text()


def test_the_person_form_takes_its_limits_from_the_table(qtbot, profile):
    page = make(qtbot, PersonPage, profile)
    assert page.name_edit.maxLength() == fields.limit("person", "name")
    page.name_edit.setText("M" * 300)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert person.get_person(profile).name == "M" * fields.limit("person", "name")
