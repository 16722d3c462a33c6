"""The Appointments & rides page, driven through its real widgets."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

import pytest
from conftest import DEMO_NOW
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QCalendarWidget,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)
from ui_helpers import answer_dialog, choose, click_row, type_into

from careorganiser.services import appointments as ap
from careorganiser.services import contacts
from careorganiser.services import questions as qs
from careorganiser.store import models as m
from careorganiser.ui.appointments.forms import AppointmentDialog
from careorganiser.ui.appointments.page import AppointmentsPage
from careorganiser.ui.appointments.rides import RideDialog
from careorganiser.ui.context import AppContext
from careorganiser.ui.widgets.contact_chooser import NewContactDialog
from careorganiser.ui.widgets.undo_bar import UndoBar

NOW = datetime(2026, 11, 21, 10, 0, tzinfo=UTC)


@pytest.fixture
def london(profile: Any) -> Any:
    with profile.session_factory.begin() as s:
        s.merge(m.Setting(key="timezone", value="Europe/London"))
        s.add_all([m.Contact(name="Dr Anil Mehta", role="pulmonologist"),
                   m.Contact(name="David Hale", role="son", phone="07700 900461")])
    return profile


def make_page(qtbot: Any, profile: Any, now: datetime = NOW) -> AppointmentsPage:
    ctx = AppContext(profile, clock=lambda: now)
    page = AppointmentsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    return page


def agenda_texts(page: AppointmentsPage, column: int = 0) -> list[str]:
    model = page.model
    out = []
    for g in range(model.rowCount()):
        group = model.index(g, 0)
        for r in range(model.rowCount(group)):
            out.append(model.index(r, column, group).data())
    return out


def click_appointment(qtbot: Any, page: AppointmentsPage, appointment_id: int) -> None:
    click_row(qtbot, page.tree, page.model.index_of_id(appointment_id))
    assert page.selected_appointment() is not None and page.selected_appointment().id == appointment_id


# ---------------------------------------------------------------------------------------------- models


def test_models_pass_the_model_tester(qtbot: Any, qtmodeltester: Any, demo_profile: Any) -> None:
    page = make_page(qtbot, demo_profile, DEMO_NOW)
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.rides.model)
    page.tabs.setCurrentIndex(page.TAB_STANDALONE)
    ap.create_ride(demo_profile, pickup_day="2026-11-24", pickup_time="14:00", destination="Pharmacy")
    qtmodeltester.check(page.standalone.model)
    assert page.standalone.model.rowCount() == 1


def test_demo_agenda_coming_first_with_ride_state(qtbot: Any, demo_profile: Any) -> None:
    page = make_page(qtbot, demo_profile, DEMO_NOW)
    groups = [page.model.index(g, 0).data() for g in range(page.model.rowCount())]
    assert groups == ["Coming (2)", "Past (4)"]
    when = agenda_texts(page)
    assert when[0] == "Thu 3 Dec 2026\n10:30 \u00b7 in 12 days"
    assert when[1] == "Thu 17 Dec 2026\n14:00 \u00b7 in 26 days"
    assert when[2] == "Fri 6 Nov 2026\n10:00"  # past: newest first
    rides = agenda_texts(page, 2)
    assert rides[0] == "Confirmed: David Hale"
    assert rides[1].startswith("\u26a0") and "needed" in rides[1]
    needed = page.model.index(1, 2, page.model.index(0, 0))
    assert needed.data(Qt.ItemDataRole.BackgroundRole) is not None  # it stands out
    confirmed = page.model.index(0, 2, page.model.index(0, 0))
    assert confirmed.data(Qt.ItemDataRole.BackgroundRole) is None
    # The first coming appointment is chosen, with its ride listed below.
    assert page.selected_appointment().purpose.startswith("ILD review: test results")
    assert page.rides.model.rowCount() == 1
    assert page.rides.model.index(0, 2).data().startswith("David Hale")


def test_empty_state_says_what_to_do(qtbot: Any, london: Any) -> None:
    page = make_page(qtbot, london)
    assert not page.tree.isVisible()
    assert page.empty_label.isVisible() and "New appointment" in page.empty_label.text()
    assert not page.edit_button.isEnabled() and not page.delete_button.isEnabled()
    assert not page.rides.add_button.isEnabled()


# ---------------------------------------------------------------------------------------------- the form


def test_create_appointment_through_the_form(qtbot: Any, london: Any, prompter: Any) -> None:
    page = make_page(qtbot, london)

    def fill(d: AppointmentDialog) -> None:
        type_into(qtbot, d.date_field.edit, "3 Dec 2026")
        assert d.date_field.hint.text() == "Thu 3 Dec 2026"
        type_into(qtbot, d.time_edit, "10:30")
        d.duration.setValue(45)
        choose(d.clinician, "Dr Anil Mehta")
        type_into(qtbot, d.place, "Chest clinic, St Mary's Hospital")
        type_into(qtbot, d.purpose, "ILD review")
        type_into(qtbot, d.notes, "Bring the medication list.")

    seen = answer_dialog(prompter, qtbot, fill)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert seen and seen[0].result() == AppointmentDialog.DialogCode.Accepted
    (stored,) = ap.list_appointments(london)
    assert stored.starts_at == datetime(2026, 12, 3, 10, 30, tzinfo=UTC)
    assert (stored.clinician, stored.place, stored.purpose, stored.notes, stored.duration_minutes) == (
        "Dr Anil Mehta", "Chest clinic, St Mary's Hospital", "ILD review", "Bring the medication list.", 45)
    assert agenda_texts(page)[0].startswith("Thu 3 Dec 2026\n10:30")
    assert agenda_texts(page, 1)[0] == "ILD review\nChest clinic, St Mary's Hospital, with Dr Anil Mehta"
    assert page.selected_appointment().id == stored.id


def test_summer_time_is_shown_at_the_local_time_typed(qtbot: Any, london: Any, prompter: Any) -> None:
    page = make_page(qtbot, london)
    answer_dialog(prompter, qtbot, lambda d: (type_into(qtbot, d.date_field.edit, "2027-07-03"),
                                    type_into(qtbot, d.time_edit, "09:15")))
    page.on_new()  # what Ctrl+N calls
    (stored,) = ap.list_appointments(london)
    assert stored.starts_at == datetime(2027, 7, 3, 8, 15, tzinfo=UTC)
    assert agenda_texts(page)[0].startswith("Sat 3 Jul 2027\n09:15")


@pytest.mark.parametrize("field,day,at,words", [
    ("date", "", "10:30", "Enter the date"),
    ("date", "30 Feb 2026", "10:30", "no such day"),
    ("date", "someday", "10:30", "is not a date"),
    ("time", "3 Dec 2026", "", "Enter the time"),
    ("time", "3 Dec 2026", "25:00", "not a time of day"),
    ("time", "3 Dec 2026", "ten thirty", "not a time of day"),
])
def test_form_validation_shows_the_problem_on_the_field(qtbot: Any, london: Any, field: str, day: str, at: str,
                                                        words: str, prompter: Any) -> None:
    page = make_page(qtbot, london)

    def fill(d: AppointmentDialog) -> None:
        type_into(qtbot, d.date_field.edit, day)
        type_into(qtbot, d.time_edit, at)
        type_into(qtbot, d.purpose, "Review")

    seen = answer_dialog(prompter, qtbot, fill)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = seen[0]
    assert dialog.result() == AppointmentDialog.DialogCode.Rejected  # still open, nothing saved
    assert words in dialog.error_text(field)
    assert dialog.findChild(QWidget, f"error-{field}").isVisible()
    focused = dialog.date_field.edit if field == "date" else dialog.time_edit
    assert dialog.focusWidget() is focused
    assert dialog.purpose.text() == "Review"  # nothing typed is lost
    assert ap.list_appointments(london) == []
    assert page.model.rowCount() == 0


def test_huge_text_and_odd_unicode(qtbot: Any, london: Any, prompter: Any) -> None:
    page = make_page(qtbot, london)

    def fill(d: AppointmentDialog) -> None:
        type_into(qtbot, d.time_edit, "10:00")
        d.notes.setPlainText("n" * 20_001)

    seen = answer_dialog(prompter, qtbot, fill)
    page.on_new()
    assert "too long" in seen[0].error_text("notes")
    assert ap.list_appointments(london) == []

    purpose = "Contr\u00f4le \u2014 \u8a3a\u5bdf \U0001f49a"
    answer_dialog(prompter, qtbot, lambda d: (type_into(qtbot, d.time_edit, "10:00"), d.purpose.setText(purpose)))
    page.on_new()
    assert ap.list_appointments(london)[0].purpose == purpose
    assert agenda_texts(page, 1)[0] == purpose


def test_negative_duration_cannot_be_entered(qtbot: Any, london: Any) -> None:
    dialog = AppointmentDialog(AppContext(london, clock=lambda: NOW))
    qtbot.addWidget(dialog)
    dialog.duration.setValue(-10)
    assert dialog.duration.value() == 0
    assert dialog.duration.maximum() < 24 * 60


def test_edit_moves_the_ride_and_says_so(qtbot: Any, london: Any, prompter: Any) -> None:
    a = ap.create_appointment(london, day="2026-12-03", at="10:30", place="Clinic", purpose="Review")
    driver = contacts.create_contact(london, "Grace Hale").id
    r = ap.create_ride(london, appointment_id=a, pickup_time="09:30", status="confirmed", driver_id=driver)
    page = make_page(qtbot, london)
    informed: list[str] = []
    prompter.answers["inform"] = lambda title, text: informed.append(text)
    answer_dialog(prompter, qtbot, lambda d: type_into(qtbot, d.date_field.edit, "10 Dec 2026"))
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    assert ap.get_appointment(london, a).starts_at == datetime(2026, 12, 10, 10, 30, tzinfo=UTC)
    assert ap.get_ride(london, r).status == "asked"
    assert informed and "let the driver know" in informed[0]
    assert page.rides.model.index(0, 1).data() == "Asked, not confirmed"
    assert agenda_texts(page, 2)[0].startswith("\u26a0")


# ---------------------------------------------------------------------------------------------- rides


def test_add_a_ride_with_a_driver_and_change_its_status(qtbot: Any, london: Any, prompter: Any) -> None:
    a = ap.create_appointment(london, day="2026-12-03", at="10:30", place="Chest clinic", purpose="Review")
    page = make_page(qtbot, london)
    click_appointment(qtbot, page, a)
    assert page.rides.empty_label.isVisible()

    def fill(d: RideDialog) -> None:
        assert d.pickup_date.text() == "3 Dec 2026"
        assert d.pickup_time.text() == "09:30"  # an hour before, offered
        type_into(qtbot, d.pickup_time, "09:15")
        type_into(qtbot, d.pickup_address, "7 Brondesbury Villas")
        choose(d.driver, "David Hale")
        type_into(qtbot, d.return_time, "12:00")
        type_into(qtbot, d.notes, "Portable oxygen in the boot.")

    answer_dialog(prompter, qtbot, fill)
    qtbot.mouseClick(page.rides.add_button, Qt.MouseButton.LeftButton)
    (ride,) = ap.rides_for_appointment(london, a)
    assert (ride.driver, ride.destination, ride.status) == ("David Hale", "Chest clinic", "needed")
    assert ride.pickup_at == datetime(2026, 12, 3, 9, 15, tzinfo=UTC)
    assert page.rides.model.rowCount() == 1
    assert page.rides.model.index(0, 0).data() == "09:15"
    assert page.rides.model.index(0, 1).data() == "Needed: nobody asked yet"
    assert page.rides.model.index(0, 1).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "Ride needed" in agenda_texts(page, 2)[0]

    # Quick status change with the keyboard: needed -> asked -> confirmed.
    page.tabs.setCurrentIndex(page.TAB_RIDES)
    page.rides.status.setFocus()
    qtbot.keyClick(page.rides.status, Qt.Key.Key_Down)
    assert ap.get_ride(london, ride.id).status == "asked"
    qtbot.keyClick(page.rides.status, Qt.Key.Key_Down)
    assert ap.get_ride(london, ride.id).status == "confirmed"
    assert agenda_texts(page, 2)[0] == "Confirmed: David Hale"
    assert page.model.index(0, 2, page.model.index(0, 0)).data(Qt.ItemDataRole.BackgroundRole) is None


def test_ride_validation_pickup_after_the_start(qtbot: Any, london: Any, prompter: Any) -> None:
    a = ap.create_appointment(london, day="2026-12-03", at="10:30", place="Clinic")
    page = make_page(qtbot, london)
    click_appointment(qtbot, page, a)
    seen = answer_dialog(prompter, qtbot, lambda d: type_into(qtbot, d.pickup_time, "11:00"))
    qtbot.mouseClick(page.rides.add_button, Qt.MouseButton.LeftButton)
    assert "before the appointment starts (Thu 3 Dec 2026 10:30)" in seen[0].error_text("pickup_time")
    assert seen[0].focusWidget() is seen[0].pickup_time
    assert ap.list_rides(london) == []


def test_edit_a_ride_and_remove_it_with_undo(qtbot: Any, london: Any, prompter: Any) -> None:
    a = ap.create_appointment(london, day="2026-12-03", at="10:30", place="Clinic")
    r = ap.create_ride(london, appointment_id=a, pickup_time="09:30")
    page = make_page(qtbot, london)
    click_row(qtbot, page.rides.table, page.rides.model.index(0, 0))
    answer_dialog(prompter, qtbot, lambda d: (choose(d.driver, "David"), choose(d.status, "Confirmed")))
    qtbot.mouseClick(page.rides.edit_button, Qt.MouseButton.LeftButton)
    assert (ap.get_ride(london, r).driver, ap.get_ride(london, r).status) == ("David Hale", "confirmed")

    prompter.answers["confirm"] = False
    qtbot.mouseClick(page.rides.delete_button, Qt.MouseButton.LeftButton)
    assert len(ap.list_rides(london)) == 1
    prompter.answers["confirm"] = True
    qtbot.mouseClick(page.rides.delete_button, Qt.MouseButton.LeftButton)
    assert ap.list_rides(london) == []
    assert page.rides.model.rowCount() == 0 and agenda_texts(page, 2)[0] == "No ride planned"
    assert page.undo_bar.isVisible()
    qtbot.mouseClick(page.undo_bar.undo_button, Qt.MouseButton.LeftButton)
    assert [x.id for x in ap.list_rides(london)] == [r]
    assert page.rides.model.rowCount() == 1


def test_standalone_ride(qtbot: Any, london: Any, prompter: Any) -> None:
    page = make_page(qtbot, london)

    def fill(d: RideDialog) -> None:
        assert d.appointment.currentData() is None
        type_into(qtbot, d.pickup_date.edit, "24 Nov 2026")
        type_into(qtbot, d.pickup_time, "14:00")
        type_into(qtbot, d.destination, "Boots pharmacy, Kilburn High Road")

    seen = answer_dialog(prompter, qtbot, lambda d: (type_into(qtbot, d.pickup_time, "14:00")))
    qtbot.mouseClick(page.new_ride_button, Qt.MouseButton.LeftButton)
    assert "where the ride goes" in seen[0].error_text("destination")
    answer_dialog(prompter, qtbot, fill)
    qtbot.mouseClick(page.new_ride_button, Qt.MouseButton.LeftButton)
    assert page.tabs.currentIndex() == page.TAB_STANDALONE
    (ride,) = ap.standalone_rides(london, NOW)
    assert ride.destination == "Boots pharmacy, Kilburn High Road"
    assert page.standalone.model.rowCount() == 1
    assert page.standalone.model.index(0, 0).data() == "Tue 24 Nov 2026"


# ---------------------------------------------------------------------------------------------- month view


def test_month_view_marks_days_and_filters_the_agenda(qtbot: Any, london: Any) -> None:
    a = ap.create_appointment(london, day="2026-12-03", at="10:30", purpose="Review")
    ap.create_appointment(london, day="2026-12-17", at="14:00", purpose="GP")
    ap.create_ride(london, pickup_day="2026-12-09", pickup_time="10:00", destination="Pharmacy")
    page = make_page(qtbot, london)
    page.calendar.setCurrentPage(2026, 12)
    marked = page.calendar.dateTextFormat(QDate(2026, 12, 3))
    assert marked.fontWeight() == 700 and "1 appointment" in marked.toolTip()
    assert page.calendar.dateTextFormat(QDate(2026, 12, 9)).fontUnderline()
    assert page.calendar.dateTextFormat(QDate(2026, 12, 4)).fontWeight() != 700

    page.calendar.setFocus()
    page.calendar.setSelectedDate(QDate(2026, 12, 3))  # as arrow keys or a click do
    assert page.day == date(2026, 12, 3)
    assert [t.split("\n")[0] for t in agenda_texts(page, 1)] == ["Review"]
    assert "Thu 3 Dec 2026 only" in page.filter_label.text()
    assert page.selected_appointment().id == a

    page.calendar.setSelectedDate(QDate(2026, 12, 9))
    assert page.model.rowCount() == 0 and "No appointments on Wed 9 Dec 2026" in page.empty_label.text()
    assert page.standalone.model.rowCount() == 1

    qtbot.mouseClick(page.show_all_button, Qt.MouseButton.LeftButton)
    assert page.day is None and len(agenda_texts(page)) == 2


def test_new_appointment_from_a_filtered_day_offers_that_day(qtbot: Any, london: Any, prompter: Any) -> None:
    page = make_page(qtbot, london)
    page.calendar.setSelectedDate(QDate(2026, 12, 8))
    seen = answer_dialog(prompter, qtbot, lambda d: type_into(qtbot, d.time_edit, "15:00"))
    page.on_new()
    assert seen[0].date_field.text() == "8 Dec 2026"
    assert ap.list_appointments(london)[0].starts_at == datetime(2026, 12, 8, 15, 0, tzinfo=UTC)
    assert len(agenda_texts(page)) == 1


# ---------------------------------------------------------------------------------------------- after the appointment


def test_record_outcome_and_answers_in_one_go(qtbot: Any, london: Any) -> None:
    a = ap.create_appointment(london, day="2026-11-20", at="10:00", purpose="ILD review")
    q1 = qs.create_question(london, text="Change treatment?", priority="high", appointment_id=a)
    q2 = qs.create_question(london, text="Oxygen for walking?", appointment_id=a)
    page = make_page(qtbot, london)
    click_appointment(qtbot, page, a)
    page.tabs.setCurrentIndex(page.TAB_OUTCOME)
    panel = page.outcome
    assert "After Fri 20 Nov 2026 10:00" in panel.heading.text()
    assert set(panel.answer_edits) == {q1, q2}
    type_into(qtbot, panel.outcome, "Stable. Continue pirfenidone.")
    type_into(qtbot, panel.answer_edits[q1], "No change for now.")
    type_into(qtbot, panel.answer_edits[q2], "Walking test first.")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert ap.get_appointment(london, a).outcome == "Stable. Continue pirfenidone."
    got = {q.id: q for q in qs.list_questions(london)}
    assert (got[q1].status, got[q1].answer) == ("answered", "No change for now.")
    assert (got[q2].status, got[q2].answer) == ("answered", "Walking test first.")
    assert not panel.is_dirty()
    assert panel.answer_edits[q1].toPlainText() == "No change for now."


def test_outcome_validation_keeps_what_was_typed(qtbot: Any, london: Any) -> None:
    a = ap.create_appointment(london, day="2026-11-20", at="10:00", purpose="Review")
    q1 = qs.create_question(london, text="Change treatment?", appointment_id=a)
    page = make_page(qtbot, london)
    page.tabs.setCurrentIndex(page.TAB_OUTCOME)
    panel = page.outcome
    type_into(qtbot, panel.outcome, "Stable.")
    panel.answer_edits[q1].setPlainText("x" * 20_001)
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert "too long" in panel.error_text(f"answer:{q1}")
    assert ap.get_appointment(london, a).outcome == ""
    assert panel.outcome.toPlainText() == "Stable." and panel.is_dirty()


def test_typed_outcome_is_saved_when_choosing_another_appointment(qtbot: Any, london: Any) -> None:
    a = ap.create_appointment(london, day="2026-11-20", at="10:00", purpose="First")
    b = ap.create_appointment(london, day="2026-12-20", at="10:00", purpose="Second")
    page = make_page(qtbot, london)
    click_appointment(qtbot, page, a)
    page.tabs.setCurrentIndex(page.TAB_OUTCOME)
    type_into(qtbot, page.outcome.outcome, "Went well.")
    click_appointment(qtbot, page, b)
    assert ap.get_appointment(london, a).outcome == "Went well."
    assert page.outcome.appointment.id == b and page.outcome.outcome.toPlainText() == ""


# ---------------------------------------------------------------------------------------------- delete, keyboard


def test_delete_appointment_and_undo(qtbot: Any, london: Any, prompter: Any) -> None:
    a = ap.create_appointment(london, day="2026-12-03", at="10:30", purpose="Review", place="Clinic")
    ap.create_ride(london, appointment_id=a, pickup_time="09:30")
    q = qs.create_question(london, text="Oxygen?", appointment_id=a)
    page = make_page(qtbot, london)
    asked: list[str] = []
    prompter.answers["confirm"] = lambda title, text: asked.append(text) or True
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert "Thu 3 Dec 2026 10:30" in asked[0] and "rides go with it" in asked[0] and "undo" in asked[0]
    assert ap.list_appointments(london) == [] and ap.list_rides(london) == []
    assert qs.get_question(london, q).appointment_id is None
    assert page.model.rowCount() == 0 and page.empty_label.isVisible()
    assert "Deleted the appointment" in page.undo_bar.label.text()
    qtbot.mouseClick(page.undo_bar.undo_button, Qt.MouseButton.LeftButton)
    assert [x.id for x in ap.list_appointments(london)] == [a]
    assert len(ap.list_rides(london)) == 1 and qs.get_question(london, q).appointment_id == a
    assert len(agenda_texts(page)) == 1


def test_every_control_has_an_accessible_name_and_buttons_have_mnemonics(qtbot: Any, demo_profile: Any) -> None:
    page = make_page(qtbot, demo_profile, DEMO_NOW)
    for tab in range(page.tabs.count()):
        page.tabs.setCurrentIndex(tab)
    controls = (QAbstractButton, QLineEdit, QComboBox, QPlainTextEdit, QAbstractItemView, QCalendarWidget, QSpinBox)

    def inside(widget: QWidget, kind: type) -> bool:
        parent = widget.parentWidget()
        while parent is not None and parent is not page:
            if isinstance(parent, kind):
                return True
            parent = parent.parentWidget()
        return False

    def ours(w: QWidget) -> bool:
        """A control we made (not a header, popup list or corner button Qt makes inside one)."""
        return (isinstance(w, controls) and not isinstance(w, QHeaderView) and not w.objectName().startswith("qt_")
                and not any(inside(w, kind) for kind in (QCalendarWidget, UndoBar, QComboBox)))

    missing = [w for w in page.findChildren(QWidget) if ours(w) and not w.accessibleName()]
    assert missing == [], [(type(w).__name__, w.objectName(), getattr(w, "text", lambda: "")()) for w in missing]
    buttons = [b for b in page.findChildren(QAbstractButton)
               if b.text() and not inside(b, QCalendarWidget) and not inside(b, UndoBar)]
    assert buttons and all("&" in b.text() for b in buttons), [b.text() for b in buttons if "&" not in b.text()]
    dialog = RideDialog(page.ctx, appointment=page.selected_appointment())
    qtbot.addWidget(dialog)
    assert [w for w in dialog.findChildren(QWidget) if ours(w) and not w.accessibleName()] == []


def test_enter_saves_and_escape_cancels(qtbot: Any, london: Any) -> None:
    ctx = AppContext(london, clock=lambda: NOW)
    dialog = AppointmentDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(qtbot, dialog.time_edit, "11:00")
    qtbot.keyClick(dialog.time_edit, Qt.Key.Key_Return)
    assert dialog.result() == AppointmentDialog.DialogCode.Accepted
    assert len(ap.list_appointments(london)) == 1
    other = AppointmentDialog(ctx)
    qtbot.addWidget(other)
    other.show()
    type_into(qtbot, other.time_edit, "12:00")
    qtbot.keyClick(other.time_edit, Qt.Key.Key_Escape)
    assert other.result() == AppointmentDialog.DialogCode.Rejected
    assert len(ap.list_appointments(london)) == 1


def test_prepare_pack_opens_on_the_selected_appointment(qtbot: Any, demo_profile: Any) -> None:
    from careorganiser.services import appointments as svc

    page = make_page(qtbot, demo_profile)
    gp = next(a for a in svc.list_appointments(demo_profile) if a.uid == "a3")
    page.select_appointment(gp.id)
    assert page.pack_button.isEnabled()
    qtbot.mouseClick(page.pack_button, Qt.MouseButton.LeftButton)
    dialog = page.pack_dialog
    qtbot.waitUntil(lambda: dialog.page_count() > 0, timeout=20000)
    assert dialog.appointment.currentData() in (gp.id, gp.uid)
    dialog.close()


# ------------------------------------------------------------------ issue 17: add a contact where you are


def answer_dialogs(prompter: Any, qtbot: Any, handlers: dict[type, Callable[[Any], None]]) -> list[Any]:
    """Answer nested run_dialog calls by the dialog's type: each handler fills the real form."""
    seen: list[Any] = []

    def run(dialog: Any) -> None:
        qtbot.addWidget(dialog)
        dialog.show()
        seen.append(dialog)
        handlers[type(dialog)](dialog)

    prompter.answers["run_dialog"] = run
    return seen


def new_contact(qtbot: Any, name: str, phone: str = "", save: bool = True) -> Callable[[Any], None]:
    def fill(d: NewContactDialog) -> None:
        type_into(qtbot, d.name_edit, name)
        type_into(qtbot, d.phone_edit, phone)
        if save:
            qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)
        else:
            d.reject()
    return fill


def pick_new_contact(qtbot: Any, combo: QComboBox) -> None:
    """The keyboard way to the last item, "New contact...", which activates it."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_End)


def test_new_contact_from_the_appointments_with(qtbot: Any, profile: Any, prompter: Any) -> None:
    """From an empty profile: the "With" chooser adds the clinician and comes back with it chosen.
    Before, "With" offered only existing contacts."""
    page = make_page(qtbot, profile)
    texts: list[list[str]] = []

    def fill(d: AppointmentDialog) -> None:
        texts.append([d.clinician.itemText(i) for i in range(d.clinician.count())])
        type_into(qtbot, d.date_field.edit, "3 Dec 2026")
        type_into(qtbot, d.time_edit, "10:30")
        pick_new_contact(qtbot, d.clinician)  # cancelled: back to "not recorded"
        assert d.clinician.currentData() is None
        handlers[NewContactDialog] = new_contact(qtbot, "Dr Anil Mehta", "020 7946 0000")
        pick_new_contact(qtbot, d.clinician)
        assert d.clinician.currentText() == "Dr Anil Mehta"
        qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)

    handlers: dict[type, Callable[[Any], None]] = {AppointmentDialog: fill,
                                                   NewContactDialog: new_contact(qtbot, "Nobody", save=False)}
    seen = answer_dialogs(prompter, qtbot, handlers)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert texts == [["\u2014 not recorded \u2014", "New contact\u2026"]]
    assert [type(d) for d in seen] == [AppointmentDialog, NewContactDialog, NewContactDialog]
    assert [c.name for c in contacts.list_contacts(profile)] == ["Dr Anil Mehta"]  # the cancelled one is not kept
    (stored,) = ap.list_appointments(profile)
    assert stored.clinician == "Dr Anil Mehta"


def test_new_driver_on_a_needed_ride_offers_to_mark_it(qtbot: Any, profile: Any, prompter: Any) -> None:
    """Choosing a driver asks whether the ride is asked or confirmed. Before, the ride stayed "needed"."""
    a = ap.create_appointment(profile, day="2026-12-03", at="10:30", place="Chest clinic", purpose="Review")
    page = make_page(qtbot, profile)
    click_appointment(qtbot, page, a)
    asked: list[tuple[str, list[str]]] = []

    def answer(title: str, text: str, keys: list[str]) -> str:
        asked.append((text, keys))
        return "confirmed"

    prompter.answers["choose"] = answer

    def fill(d: RideDialog) -> None:
        assert d.status.currentData() == "needed"
        pick_new_contact(qtbot, d.driver)
        assert d.driver.currentText() == "David Hale \u2014 driver"
        assert d.status.currentData() == "confirmed"
        qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)

    answer_dialogs(prompter, qtbot, {RideDialog: fill, NewContactDialog: new_contact(qtbot, "David Hale", "07700 900461")})
    qtbot.mouseClick(page.rides.add_button, Qt.MouseButton.LeftButton)
    assert asked == [("David Hale is the driver now. Has David Hale been asked, or is the ride confirmed?",
                      ["asked", "confirmed"])]
    (ride,) = ap.rides_for_appointment(profile, a)
    assert (ride.driver, ride.driver_phone, ride.status) == ("David Hale", "07700 900461", "confirmed")


def test_choosing_a_driver_can_leave_the_ride_needed(qtbot: Any, london: Any, prompter: Any) -> None:
    a = ap.create_appointment(london, day="2026-12-03", at="10:30", place="Chest clinic", purpose="Review")
    page = make_page(qtbot, london)
    click_appointment(qtbot, page, a)
    prompter.answers["choose"] = None  # "Not asked yet"

    def fill(d: RideDialog) -> None:
        d.driver.setFocus()
        qtbot.keyClick(d.driver, Qt.Key.Key_Down)  # the first contact: David Hale
        assert d.status.currentData() == "needed"
        qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)

    answer_dialogs(prompter, qtbot, {RideDialog: fill})
    qtbot.mouseClick(page.rides.add_button, Qt.MouseButton.LeftButton)
    (ride,) = ap.rides_for_appointment(london, a)
    assert (ride.driver, ride.status) == ("David Hale", "needed")


def test_a_refused_date_or_time_names_its_field_and_shows_an_example(qtbot: Any, london: Any, prompter: Any) -> None:
    page = make_page(qtbot, london)
    messages: list[str] = []

    def fill(d: AppointmentDialog) -> None:
        type_into(qtbot, d.date_field.edit, "someday")
        type_into(qtbot, d.time_edit, "10:30")
        qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)
        messages.append(d.error_text("date"))
        type_into(qtbot, d.date_field.edit, "03/12/2026")  # the locale's short form
        type_into(qtbot, d.time_edit, "half ten")

    answer_dialog(prompter, qtbot, fill)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert messages == ["Date: \u201csomeday\u201d is not a date. Write it like 3 Dec 2026, 03/12/2026 or 2026-12-03."]
    assert ap.list_appointments(london) == []
    seen = answer_dialog(prompter, qtbot, lambda d: (type_into(qtbot, d.date_field.edit, "03/12/2026"),
                                           type_into(qtbot, d.time_edit, "half ten")))
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert seen[0].error_text("time") == ("Time: \u201chalf ten\u201d is not a time of day. Use hours 0 to 23 and "
                                          "minutes 0 to 59, for example 14:30 or 2pm.")
    answer_dialog(prompter, qtbot, lambda d: (type_into(qtbot, d.date_field.edit, "03/12/2026"),
                                    type_into(qtbot, d.time_edit, "2pm")))
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    (stored,) = ap.list_appointments(london)
    assert stored.starts_at == datetime(2026, 12, 3, 14, 0, tzinfo=UTC)
