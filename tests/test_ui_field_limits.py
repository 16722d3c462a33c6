"""The forms take their length limits from the one table of field rules (domain/fields.py): typing stops at
the limit the services and the importer apply to the same field, and a value at the limit saves as shown."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLabel

from careorganiser.domain import fields
from careorganiser.services import contacts, person, questions, symptoms
from careorganiser.ui.context import AppContext
from careorganiser.ui.contacts.page import ContactsPage
from careorganiser.ui.journal.page import JournalPage
from careorganiser.ui.person.page import PersonPage
from careorganiser.ui.questions.dialog import QuestionDialog
from careorganiser.ui.questions.page import QuestionsPage

from ui_helpers import show

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


# -- multi-line boxes: nothing typed is cut; past the limit a note says by how much and saving is refused


def test_a_contact_note_past_its_limit_is_kept_told_and_refused_then_saves_at_the_limit(qtbot, profile):
    page = make(qtbot, ContactsPage, profile)  # an empty profile: no contacts yet
    limit = fields.limit("contacts", "notes")
    note = page.findChild(QLabel, "limit-notes")
    assert note is not None and note.isHidden()
    page.name_edit.setText("Ann Driver")
    page.notes_edit.setPlainText("Can drive on Tuesdays. " + "x" * (limit - 23 + 5))  # a paste, 5 too long
    assert len(page.notes_edit.toPlainText()) == limit + 5  # kept whole
    assert note.isVisible()
    assert note.text() == f"5 characters too long: this box holds at most {QLocale().toString(limit)}. Shorten it to save."
    assert page.notes_edit.accessibleDescription() == note.text()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert contacts.list_contacts(profile) == []  # refused, nothing half-saved
    assert page.errors.message("notes") == note.text()  # the note says it: one message, not two
    assert page.findChild(QLabel, "error-notes").isHidden()
    assert page.notes_edit.property("invalid")
    assert len(page.notes_edit.toPlainText()) == limit + 5  # still what was typed

    page.notes_edit.setFocus()
    cursor = page.notes_edit.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    page.notes_edit.setTextCursor(cursor)
    for _ in range(5):
        qtbot.keyClick(page.notes_edit, Qt.Key.Key_Backspace)
    assert note.isHidden() and note.text() == ""
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    [saved] = contacts.list_contacts(profile)
    assert len(saved.notes) == limit and saved.notes.startswith("Can drive on Tuesdays.")


def test_the_journal_note_box_holds_the_table_limit_from_an_empty_profile(qtbot, profile):
    page = JournalPage(AppContext(profile, clock=lambda: NOW))
    show(qtbot, page, 1100, 760)
    notes = page.notes
    limit = fields.limit("symptom_notes", "text")
    note = notes.findChild(QLabel, "limit-text")
    notes.rows[0].severity.setCurrentIndex(notes.rows[0].severity.findData(2))
    text = "Breathless on the stairs.\n" + "y" * (limit - 26)  # exactly at the limit, over two lines
    notes.text.setPlainText(text + "z")
    assert note.isVisible() and note.text().startswith("1 character too long")
    qtbot.mouseClick(notes.save_button, Qt.MouseButton.LeftButton)
    assert symptoms.list_notes(profile) == []
    notes.text.setPlainText(text)
    assert note.isHidden()
    qtbot.mouseClick(notes.save_button, Qt.MouseButton.LeftButton)
    [saved] = symptoms.list_notes(profile)
    assert saved.text == text and len(saved.text) == limit


def test_a_list_box_tells_which_rule_a_line_or_the_count_breaks(qtbot, profile):
    page = make(qtbot, PersonPage, profile)
    rule = fields.rule("person", "conditions")
    note = page.findChild(QLabel, "limit-conditions")
    page.conditions_edit.setPlainText("IPF\n" + "c" * (rule.max_length + 2))
    assert note.text() == f"One line is 2 characters too long: each line holds at most {QLocale().toString(rule.max_length)}."
    page.conditions_edit.setPlainText("\n".join(f"condition {i}" for i in range(rule.max_items + 1)))
    assert note.text() == f"{rule.max_items + 1} entries: this box holds at most {QLocale().toString(rule.max_items)}. Remove some to save."
    page.conditions_edit.setPlainText("\n".join(f"condition {i}" for i in range(rule.max_items)))
    assert note.isHidden()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert len(person.get_person(profile).conditions) == rule.max_items


def test_the_question_boxes_hold_the_table_limits(qtbot, profile, prompter):
    dialog = QuestionDialog(AppContext(profile, clock=lambda: NOW))
    qtbot.addWidget(dialog)
    dialog.show()
    note = dialog.findChild(QLabel, "limit-text")
    limit = fields.limit("questions", "text")
    dialog.text.setPlainText("Is it safe? " + "q" * (limit - 12 + 3))
    assert note.isVisible() and note.text().startswith("3 characters too long")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # refused, with one "too long", not two
    assert dialog.isVisible() and questions.list_questions(profile) == []
    shown = [label.text() for label in dialog.findChildren(QLabel) if label.isVisible() and "too long" in label.text()]
    assert shown == [note.text()]
    assert dialog.text.property("invalid")
    dialog.text.setPlainText("Is it safe?")
    assert note.isHidden()
    page = QuestionsPage(AppContext(profile, clock=lambda: NOW))
    show(qtbot, page, 1100, 760)
    assert page.answer.property("max_length") == fields.limit("questions", "answer")


def test_overflow_is_measured_on_the_text_as_the_services_store_it() -> None:
    rule = fields.rule("contacts", "notes")
    assert fields.overflow(rule, "a" * rule.max_length) is None
    assert fields.overflow(rule, "  " + "a" * rule.max_length + "\n\n ") is None  # trimmed when saved
    over = fields.overflow(rule, "a" * (rule.max_length + 7))
    assert (over.length, over.chars_over, over.items_over) == (rule.max_length + 7, 7, 0)
    tags = fields.rule("symptom_notes", "tags")
    assert fields.overflow(tags, "\n".join(["same", "SAME", ""] * 30)) is None  # repeats and blanks are dropped


def test_every_multi_line_box_of_the_window_and_its_forms_has_a_rule(qtbot, demo_profile):
    """Every multi-line box a caregiver can type into is held to its field's rule and says when it is over
    (appointment, ride, outcome and answer, trial notes and the follow-up card were left out before)."""
    from PySide6.QtWidgets import QPlainTextEdit

    from careorganiser.services import appointments, questions
    from careorganiser.ui.appointments.forms import AppointmentDialog
    from careorganiser.ui.appointments.outcome import OutcomePanel
    from careorganiser.ui.appointments.rides import RideDialog
    from careorganiser.ui.followup.page import FollowupPanel
    from careorganiser.ui.main_window import MainWindow
    from careorganiser.ui.questions.dialog import QuestionDialog

    ctx = AppContext(demo_profile, clock=lambda: NOW)
    window = MainWindow(ctx)
    show(qtbot, window, 1280, 800)
    for area in window._areas:
        window.show_area(area.key)
    with_questions = {q.appointment_id for q in questions.list_questions(demo_profile)}
    asked = next(a for a in appointments.list_appointments(demo_profile) if a.id in with_questions)
    outcome = OutcomePanel(ctx)
    qtbot.addWidget(outcome)
    outcome.set_appointment(asked)
    followup = FollowupPanel(ctx)
    qtbot.addWidget(followup)
    places = [window, outcome, followup, AppointmentDialog(ctx, parent=window), RideDialog(ctx, parent=window),
              QuestionDialog(ctx, parent=window)]
    boxes = [box for place in places for box in place.findChildren(QPlainTextEdit)
             if not box.isReadOnly()]
    assert len(boxes) >= 12
    unruled = [box.accessibleName() or box.objectName() for box in boxes if box.property("max_length") is None]
    assert unruled == []
    assert outcome.findChildren(QLabel, "limit-answer") and outcome.findChildren(QLabel, "limit-outcome")
    ctx.close()


def test_an_error_shows_at_its_field_or_on_the_forms_own_line(qtbot) -> None:
    """FieldErrors.show_or_general, what every form's Save does with a service's refusal."""
    from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

    from careorganiser.ui.widgets.field_errors import ERROR_STYLE, FieldErrors

    form = QWidget()
    layout = QVBoxLayout(form)
    errors = FieldErrors()
    name = QLineEdit()
    layout.addWidget(name)
    name_error = errors.add("name", name)
    layout.addWidget(name_error)
    general = QLabel()
    general.hide()
    layout.addWidget(general)
    qtbot.addWidget(form)
    form.show()
    errors.show_or_general(general, "name", "Name: please fill this in")
    assert name_error.isVisible() and name_error.text() == "Name: please fill this in" and not general.isVisible()
    assert name_error.styleSheet() == ERROR_STYLE and name.property("invalid") is True
    errors.show_or_general(general, "dose", "Dose: too long")  # not a field of this form
    assert general.isVisible() and general.text() == "Dose: too long" and not name_error.isVisible()
    general.hide()
    errors.show_or_general(general, None, "The profile is read-only.")
    assert general.isVisible() and general.text() == "The profile is read-only."
