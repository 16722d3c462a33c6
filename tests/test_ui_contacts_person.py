"""The Contacts and Person pages, driven through their real widgets."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QWidget,
)

from careorganiser.services import contacts, person
from careorganiser.store import models as m
from careorganiser.ui.context import AppContext
from careorganiser.ui.contacts.page import ContactsPage
from careorganiser.ui.person.page import PersonPage

from ui_helpers import show

NOW = datetime(2026, 11, 21, 10, 0, tzinfo=UTC)


def make(qtbot, cls, profile):
    page = cls(AppContext(profile, clock=lambda: NOW))
    show(qtbot, page, 1100, 720)
    return page


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def click_row(qtbot, page: ContactsPage, name: str) -> None:
    row = next(i for i in range(page.model.rowCount()) if page.model.row_at(i).name == name)
    rect = page.table.visualRect(page.model.index(row, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def unnamed_controls(root):
    kinds = (QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QAbstractSpinBox, QTableView)
    return [f"{type(w).__name__} {getattr(w, 'text', lambda: '')()}" for w in root.findChildren(QWidget)
            if isinstance(w, kinds) and w.isVisibleTo(root) and not isinstance(w.parent(), QComboBox | QAbstractSpinBox)
            and not w.accessibleName()]


# -- contacts

def test_contacts_model_passes_the_model_tester(qtbot, qtmodeltester, demo_profile):
    page = make(qtbot, ContactsPage, demo_profile)
    assert page.model.rowCount() == 7
    qtmodeltester.check(page.model)


def test_empty_care_circle_says_what_to_do(qtbot, profile):
    page = make(qtbot, ContactsPage, profile)
    assert page.empty_label.isVisible() and "New contact" in page.empty_label.text()
    assert not page.delete_button.isEnabled()


def test_add_a_contact(qtbot, profile):
    page = make(qtbot, ContactsPage, profile)
    click(qtbot, page.new_button)
    qtbot.keyClicks(page.name_edit, "Jean Porter")
    page.role_combo.setCurrentIndex(page.role_combo.findText("driver"))
    qtbot.keyClicks(page.phone_edit, "07700 900118")
    qtbot.keyClicks(page.email_edit, "jean@example.org")
    qtbot.keyClicks(page.notes_edit, "Can drive on Tuesdays")
    qtbot.keyClick(page.email_edit, Qt.Key.Key_Return)  # Enter saves
    stored = contacts.list_contacts(profile)
    assert [(c.name, c.role, c.phone, c.email, c.notes) for c in stored] == [
        ("Jean Porter", "driver", "07700 900118", "jean@example.org", "Can drive on Tuesdays")]
    assert page.model.rowCount() == 1
    assert page.model.data(page.model.index(0, 1)) == "driver"
    assert page.editing == stored[0]  # stays open for more edits
    assert page.form.title() == "Edit \u201cJean Porter\u201d"
    assert page.table.selectionModel().selectedRows()[0].row() == 0


def test_role_may_be_free_text(qtbot, profile):
    page = make(qtbot, ContactsPage, profile)
    qtbot.keyClicks(page.name_edit, "Ann")
    page.role_combo.setEditText("granddaughter (weekends)")
    click(qtbot, page.save_button)
    assert contacts.list_contacts(profile)[0].role == "granddaughter (weekends)"


@pytest.mark.parametrize(("field", "value", "words"), [
    ("name_edit", "", "Name is required."),
    ("email_edit", "david.example.com", "needs an @ and a dot after it"),
    ("phone_edit", "ring me", "does not look like a phone number"),
])
def test_bad_contact_shows_the_problem_on_the_field(qtbot, profile, field, value, words):
    page = make(qtbot, ContactsPage, profile)
    page.name_edit.setText("David Hale")
    getattr(page, field).setText(value)
    click(qtbot, page.save_button)
    name = field.removesuffix("_edit")
    assert words in page.errors.message(name)
    assert contacts.list_contacts(profile) == []
    assert getattr(page, field).text() == value  # kept to correct


def test_edit_a_contact(qtbot, demo_profile):
    page = make(qtbot, ContactsPage, demo_profile)
    click_row(qtbot, page, "Jean Porter")
    assert page.editing.name == "Jean Porter"
    assert page.phone_edit.text() == "07700 900118"
    assert page.notes_edit.toPlainText() == "Can drive on Tuesdays"
    assert page.usage_label.text() == "Driver for 1 ride."
    page.phone_edit.setText("07700 900119")
    click(qtbot, page.save_button)
    stored = next(c for c in contacts.list_contacts(demo_profile) if c.name == "Jean Porter")
    assert stored.phone == "07700 900119"
    assert page.model.data(page.model.index(page.model.row_of_id(stored.id), 2)) == "07700 900119"


def test_unsaved_changes_are_not_lost_by_a_click(qtbot, demo_profile, prompter):
    page = make(qtbot, ContactsPage, demo_profile)
    click_row(qtbot, page, "Jean Porter")
    page.phone_edit.setText("0123 456")
    asked = []
    prompter.answers["confirm"] = lambda title, text: asked.append(text) or False
    click_row(qtbot, page, "David Hale")
    assert "not saved yet" in asked[0]
    assert page.editing.name == "Jean Porter" and page.phone_edit.text() == "0123 456"
    editing_row = page.model.row_of_id(page.editing.id)
    qtbot.waitUntil(lambda: [i.row() for i in page.table.selectionModel().selectedRows()] == [editing_row])
    prompter.answers["confirm"] = True
    click_row(qtbot, page, "David Hale")
    assert page.editing.name == "David Hale"


def test_escape_cancels_changes(qtbot, demo_profile):
    page = make(qtbot, ContactsPage, demo_profile)
    click_row(qtbot, page, "Jean Porter")
    page.phone_edit.setText("0")
    qtbot.keyClick(page.phone_edit, Qt.Key.Key_Escape)
    assert page.phone_edit.text() == "07700 900118"


def test_delete_warns_about_a_prescriber_and_undo_restores(qtbot, demo_profile, prompter):
    page = make(qtbot, ContactsPage, demo_profile)
    click_row(qtbot, page, "Dr Anil Mehta")
    doctor = page.editing
    asked = []
    prompter.answers["confirm"] = lambda title, text: asked.append(text) or True
    click(qtbot, page.delete_button)
    assert "Prescriber of Pirfenidone and Prednisolone." in asked[0]
    assert "Clinician at 4 appointments." in asked[0]
    assert "You can undo this." in asked[0]
    assert doctor.id not in {c.id for c in contacts.list_contacts(demo_profile)}
    assert page.model.row_of_id(doctor.id) == -1
    assert page.editing is None and page.name_edit.text() == ""
    assert page.undo_bar.isVisible() and "Deleted Dr Anil Mehta." in page.undo_bar.label.text()
    click(qtbot, page.undo_bar.undo_button)
    assert contacts.get_contact(demo_profile, doctor.id) == doctor
    assert page.editing == doctor
    with demo_profile.session_factory() as s:  # the prescriber link was never broken
        assert {x.name for x in s.query(m.Medication).filter_by(prescriber_id=doctor.id)} >= {"Pirfenidone"}


def test_delete_of_an_unused_contact_does_not_warn(qtbot, demo_profile, prompter):
    page = make(qtbot, ContactsPage, demo_profile)
    click_row(qtbot, page, "Kilburn Pharmacy")
    asked = []
    prompter.answers["confirm"] = lambda title, text: asked.append(text) or False
    click(qtbot, page.delete_button)
    assert "still named" not in asked[0]
    assert len(contacts.list_contacts(demo_profile)) == 7  # cancelled


def test_contacts_controls_have_names(qtbot, demo_profile):
    page = make(qtbot, ContactsPage, demo_profile)
    click_row(qtbot, page, "Jean Porter")
    assert unnamed_controls(page) == []
    assert page.name_edit.accessibleName() == "Name"


# -- person

def test_person_page_shows_the_details(qtbot, demo_profile):
    page = make(qtbot, PersonPage, demo_profile)
    assert page.name_edit.text() == "Margaret Hale"
    assert page.dob_edit.current_date() == date(1951, 4, 9) and page.dob_edit.text() == "9 Apr 1951"
    assert page.age_label.text() == "Mon 9 Apr 1951: 75 years old"
    assert page.sex_combo.currentData() == "female"
    assert page.conditions_edit.toPlainText() == "Idiopathic pulmonary fibrosis\nGastro-oesophageal reflux"
    assert [r.pair() for r in page.id_rows] == [("NHS number", "943 476 5919")]
    assert unnamed_controls(page) == []


def test_edit_the_person(qtbot, profile):
    page = make(qtbot, PersonPage, profile)
    assert page.dob_edit.text() == "" and page.dob_edit.edit.placeholderText().startswith("not recorded")
    page.name_edit.setText("")
    qtbot.keyClicks(page.name_edit, "Margaret Hale")
    qtbot.keyClicks(page.dob_edit.edit, "9 Apr 1951")
    page.sex_combo.setCurrentIndex(page.sex_combo.findData("female"))
    qtbot.keyClicks(page.conditions_edit, "IPF")
    page.conditions_edit.appendPlainText("GORD\n\n ipf ")
    page.allergies_edit.setPlainText("Penicillin (rash)")
    click(qtbot, page.add_id_button)
    qtbot.keyClicks(page.id_rows[0].system.lineEdit(), "NHS number")
    qtbot.keyClicks(page.id_rows[0].value, "943 476 5919")
    click(qtbot, page.add_id_button)  # a blank row is ignored
    qtbot.keyClicks(page.notes_edit, "Lives alone.")
    click(qtbot, page.save_button)
    stored = person.get_person(profile)
    assert stored == person.Person("Margaret Hale", date(1951, 4, 9), "female", ("IPF", "GORD"),
                                      ("Penicillin (rash)",), (("NHS number", "943 476 5919"),), "Lives alone.")
    assert page.status_label.text() == "Saved."
    assert len(page.id_rows) == 1
    assert page.conditions_edit.toPlainText() == "IPF\nGORD"


def test_future_date_of_birth_is_refused(qtbot, demo_profile):
    page = make(qtbot, PersonPage, demo_profile)
    before = person.get_person(demo_profile)
    page.dob_edit.edit.setText("22 Nov 2026")  # tomorrow, for the page's clock
    assert page.age_label.text() == ""
    click(qtbot, page.save_button)
    assert page.errors.message("date_of_birth") == "Date of birth cannot be in the future."
    assert person.get_person(demo_profile) == before
    assert page.status_label.text() == ""


@pytest.mark.parametrize(("fill", "field", "words"), [
    (lambda p: p.name_edit.setText("   "), "name", "required"),
    (lambda p: p.notes_edit.setPlainText("x" * 20_001), "notes", "too long"),
    (lambda p: p.conditions_edit.setPlainText("c" * 201), "conditions", "too long"),
    (lambda p: p.id_rows[0].value.setText(""), "identifiers", "has no number"),
])
def test_bad_person_details(qtbot, demo_profile, fill, field, words):
    page = make(qtbot, PersonPage, demo_profile)
    before = person.get_person(demo_profile)
    fill(page)
    click(qtbot, page.save_button)
    assert words in page.errors.message(field)
    assert person.get_person(demo_profile) == before


def test_date_of_birth_not_known_and_remove_identifier(qtbot, demo_profile):
    page = make(qtbot, PersonPage, demo_profile)
    click(qtbot, page.dob_unknown)
    assert page.dob_edit.current_date() is None and page.dob_edit.text() == ""
    click(qtbot, page.id_rows[0].remove)
    assert page.id_rows == []
    qtbot.keyClick(page.name_edit, Qt.Key.Key_Return)  # Enter saves
    stored = person.get_person(demo_profile)
    assert stored.date_of_birth is None and stored.identifiers == ()


def test_escape_undoes_unsaved_changes(qtbot, demo_profile):
    page = make(qtbot, PersonPage, demo_profile)
    page.name_edit.setText("Someone else")
    qtbot.keyClick(page.name_edit, Qt.Key.Key_Escape)
    assert page.name_edit.text() == "Margaret Hale"
    assert person.get_person(demo_profile).name == "Margaret Hale"


def test_main_window_uses_these_pages(qtbot, demo_profile):
    from careorganiser.ui.main_window import MainWindow
    from careorganiser.ui.journal.page import JournalPage

    window = MainWindow(AppContext(demo_profile, clock=lambda: NOW))
    qtbot.addWidget(window)
    assert isinstance(window.page("journal"), JournalPage)
    assert isinstance(window.page("contacts"), ContactsPage)
    assert isinstance(window.page("person"), PersonPage)


# -- issue 17: a date of birth typed as people write it

@pytest.mark.parametrize("typed", ["14 Mar 1951", "14/03/1951", "1951-03-14", "14.03.1951", "Wednesday, 14 March 1951",
                                   "March 14, 1951"])
def test_date_of_birth_is_typed_in(qtbot, profile, typed):
    """From an empty profile: click into the field, type, save. Before, "14 Mar 1951" became
    "not recorded14Mar1951" and silently went back to "not recorded"."""
    page = make(qtbot, PersonPage, profile)
    page.name_edit.setText("Margaret Hale")
    qtbot.mouseClick(page.dob_edit.edit, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.dob_edit.edit, typed)
    assert page.dob_edit.text() == typed
    assert page.age_label.text() == "Wed 14 Mar 1951: 75 years old"
    click(qtbot, page.save_button)
    assert page.errors.message("date_of_birth") == ""
    assert person.get_person(profile).date_of_birth == date(1951, 3, 14)
    assert page.dob_edit.text() == "14 Mar 1951" and page.status_label.text() == "Saved."


def test_a_date_of_birth_that_is_not_a_date_is_refused_by_name(qtbot, profile):
    page = make(qtbot, PersonPage, profile)
    before = person.get_person(profile)
    page.name_edit.setText("Margaret Hale")
    qtbot.keyClicks(page.dob_edit.edit, "14 Marc 1951")
    assert page.age_label.text() == "not a date yet"
    click(qtbot, page.save_button)
    message = page.errors.message("date_of_birth")
    assert message.startswith("Date of birth: \u201c14 Marc 1951\u201d is not a date.") and "14 Mar 1951" in message
    assert person.get_person(profile) == before  # nothing half-saved
    assert page.dob_edit.text() == "14 Marc 1951"  # nothing lost


def test_date_of_birth_calendar_opens_near_seventy_years_ago(qtbot, profile):
    page = make(qtbot, PersonPage, profile)
    page.dob_edit.on_menu_about_to_show()  # what opening the calendar does
    calendar = page.dob_edit.calendar
    assert calendar.yearShown() == 1956 and calendar.monthShown() == 11
    calendar.clicked.emit(QDate(1951, 3, 14))
    assert page.dob_edit.text() == "14 Mar 1951"
