"""The idle lock of a protected profile: the data closes, reminders say only "a dose is due", the passphrase
reopens the window where it was."""

from __future__ import annotations

import argparse
import gc
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher
from conftest import copy_profiles
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from careorganiser.domain.schedules import Schedule
from careorganiser.services import medications as meds
from careorganiser.store import profiles, rawdb
from careorganiser.ui import idle_lock, profile_open, profile_picker
from careorganiser.ui.application import Controller
from careorganiser.ui.privacy import profile_label, set_neutral_labels
from quick_kdf import QUICK_KDF_ITERATIONS
from quick_kdf import quick_key_derivation  # noqa: F401  (autouse)

START = datetime(2026, 11, 21, 7, 30, tzinfo=UTC)
PASS = "lilac kettle"


@pytest.fixture(autouse=True)
def clean_state():
    profile_open.WRONG_ATTEMPTS.clear()
    profile_open.SLEEP = lambda _s: None
    yield
    profile_open.WRONG_ATTEMPTS.clear()
    profile_open.SLEEP = None


def open_sqlcipher_connections() -> list[object]:
    gc.collect()
    found = []
    for obj in gc.get_objects():
        if isinstance(obj, sqlcipher.Connection):
            try:
                obj.total_changes  # noqa: B018  (raises on a closed connection)
            except sqlcipher.ProgrammingError:
                continue
            found.append(obj)
    return found


@pytest.fixture(scope="module")
def protected_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A protected profile made from empty, with one medication at 08:00: made once for the module, copied by
    each test (making it derives the key from the passphrase again for each connection it opens)."""
    from careorganiser import paths
    from careorganiser.store.models import Setting

    folder = tmp_path_factory.mktemp("protected-template")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv(paths.ENV_DATA_DIR, str(folder / "data"))
        mp.setattr(rawdb, "KDF_ITERATIONS", QUICK_KDF_ITERATIONS)  # as each test opens it (quick_kdf.py)
        paths.set_data_dir(None)
        profile = profiles.create_profile("Mum", PASS, person_name="Margaret Hale")
        try:
            with profile.session_factory.begin() as s:
                s.merge(Setting(key="timezone", value="Europe/London"))
            meds.create_medication(profile, meds.MedicationInput(name="Pirfenidone", dose="1 capsule",
                                                                 start_date=date(2026, 11, 1)),
                                   [Schedule(kind="times", times=("08:00",))],
                                   now=datetime(2026, 11, 1, 7, 0, tzinfo=UTC))
        finally:
            profile.close()
    paths.set_data_dir(None)
    return profile.info.path


@pytest.fixture
def controller(qtbot, data_dir, protected_template):
    """The protected template's copy, opened by the app's controller."""
    copy_profiles(protected_template.parent.parent, data_dir)
    before = {id(c) for c in open_sqlcipher_connections()}
    opened = profiles.open_profile("Mum", PASS)
    app = QApplication.instance()
    ctl = Controller(app, argparse.Namespace(profile=None, exit_when_ready=False))
    ctl.open_main(opened)
    now = [START]
    ctl.ctx.set_clock(lambda: now[0])
    ctl.idle_watcher.last_input = START
    yield ctl, now, before
    if ctl.lock_screen is not None:
        ctl.lock_screen.close()
    if ctl.window is not None:
        ctl.window.hide()
    ctl.shutdown()


def test_idle_lock_closes_the_data_and_the_passphrase_reopens_it_where_it_was(qtbot, controller) -> None:
    ctl, now, before = controller
    ctl.window.show_area("medications")
    profile = ctl.ctx.profile
    assert ctl.window.page("medications").isVisible()
    now[0] = START + timedelta(minutes=4)
    assert not ctl.idle_watcher.check()  # default 5 minutes
    now[0] = START + timedelta(minutes=5, seconds=1)
    assert ctl.idle_watcher.check()
    screen = ctl.lock_screen
    assert screen is not None and screen.isVisible() and ctl.window is None
    assert "Mum" in screen.name_label.text()
    assert not profile.is_open and profile.passphrase is None
    assert [id(c) for c in open_sqlcipher_connections() if id(c) not in before] == []  # no decrypted connection
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [screen]

    # A wrong passphrase keeps it locked; the right one reopens it at Medications.
    qtbot.keyClicks(screen.pass_edit, "wrong words")
    qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)
    assert "does not open" in screen.error_label.text() and ctl.window is None
    qtbot.keyClicks(screen.pass_edit, PASS)
    qtbot.keyClicks(screen.pass_edit, "\r")
    assert ctl.lock_screen is None and ctl.window is not None
    assert ctl.window.current_area() == "medications"
    assert ctl.ctx.profile.is_open or ctl.ctx.profile.read() is not None


def test_locked_reminders_say_a_dose_is_due_without_details(qtbot, controller) -> None:
    ctl, now, _before = controller
    qtbot.keyClick(ctl.window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # Ctrl+L
    screen = ctl.lock_screen
    assert screen is not None
    screen.set_clock(lambda: now[0])
    assert not screen.check_reminders() and not screen.reminder_label.isVisible()  # 07:30: nothing due yet
    now[0] = datetime(2026, 11, 21, 8, 0, tzinfo=UTC)
    assert screen.check_reminders()
    text = screen.reminder_label.text()
    assert text == "A dose is due for the person in \u201cMum\u201d \u2014 unlock to see."
    shown = " ".join(w.text() for w in screen.findChildren(type(screen.reminder_label)))
    assert "Pirfenidone" not in shown and "capsule" not in shown and "Margaret" not in shown
    assert not screen.check_reminders()  # said once


def test_input_keeps_it_open_and_zero_minutes_turns_the_idle_lock_off(qtbot, controller) -> None:
    ctl, now, _before = controller
    now[0] = START + timedelta(minutes=4)
    qtbot.mouseMove(ctl.window.nav)
    qtbot.keyClick(ctl.window.nav, Qt.Key.Key_Down)
    now[0] = START + timedelta(minutes=8)
    assert not ctl.idle_watcher.check()
    idle_lock.set_lock_minutes(0)
    now[0] = START + timedelta(hours=3)
    assert not ctl.idle_watcher.check() and ctl.lock_screen is None
    idle_lock.set_lock_minutes(5)
    ctl.idle_watcher.on_prepare_for_sleep(True)  # what logind says before the computer sleeps
    assert ctl.lock_screen is not None


def test_plain_profiles_have_no_lock_and_neutral_labels_hide_names(qtbot, data_dir) -> None:
    profiles.create_profile("Dad").close()
    profiles.create_profile("Mum", PASS).close()
    infos = profiles.list_profiles()
    assert [profile_label(i) for i in infos] == ["Dad", "Mum"]
    set_neutral_labels(True)
    assert [profile_label(i) for i in infos] == ["Dad", "Protected profile 1"]
    picker = profile_picker.ProfilePicker()
    qtbot.addWidget(picker)
    texts = [picker.list.item(i).text() for i in range(picker.list.count())]
    assert "Mum" not in " ".join(texts) and texts[1].startswith("Protected profile 1")
    ctl = Controller(QApplication.instance(), argparse.Namespace(profile=None, exit_when_ready=False))
    ctl.open_main(profiles.open_profile("Dad"))
    assert ctl.idle_watcher is None
    ctl.window.hide()
    ctl.shutdown()


def test_preferences_set_the_lock_minutes_and_neutral_labels(qtbot, profile) -> None:
    from careorganiser.ui import privacy
    from careorganiser.ui.context import AppContext
    from careorganiser.ui.preferences import PreferencesDialog

    ctx = AppContext(profile)
    dialog = PreferencesDialog(ctx, tray=False)
    qtbot.addWidget(dialog)
    assert dialog.lock_spin.value() == 5 and not dialog.neutral_check.isChecked()
    dialog.lock_spin.setValue(0)
    assert dialog.lock_spin.text() == "Never"
    dialog.neutral_check.setChecked(True)
    dialog.autostart_check.setChecked(False)
    dialog.accept()
    assert idle_lock.lock_minutes() == 0 and privacy.neutral_labels()


def test_an_open_form_is_closed_before_the_lock(qtbot, controller) -> None:
    from PySide6.QtWidgets import QDialog, QLineEdit, QVBoxLayout

    ctl, now, _before = controller
    form = QDialog(ctl.window)
    QVBoxLayout(form).addWidget(QLineEdit("Margaret's symptoms"))
    form.setModal(True)
    results: list[int] = []
    form.finished.connect(results.append)
    form.open()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is form)
    ctl.lock("idle")
    qtbot.waitUntil(lambda: ctl.lock_screen is not None)
    assert results == [QDialog.DialogCode.Rejected.value]  # closed (and gone with the window)
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [ctl.lock_screen]


def test_a_note_being_typed_comes_back_after_the_lock_and_is_not_written_anywhere(qtbot, controller) -> None:
    """The idle lock threw away a note about a fall that was being typed (the review of this round)."""
    from careorganiser.services import symptoms

    ctl, now, _before = controller
    journal = ctl.window.show_area("journal")
    typed = "Fell in the kitchen at 3 pm, no injury"
    qtbot.keyClicks(journal.notes.text, typed)
    path = ctl.ctx.profile.info.path
    data_before = path.read_bytes()
    now[0] = START + timedelta(minutes=5, seconds=1)
    assert ctl.idle_watcher.check() and ctl.window is None
    assert typed.encode() not in path.read_bytes() and path.read_bytes() == data_before
    qtbot.keyClicks(ctl.lock_screen.pass_edit, PASS + "\r")
    journal = ctl.window.page("journal")
    assert ctl.window.current_area() == "journal" and journal.notes.text.toPlainText() == typed
    assert "not saved yet" in ctl.window.statusBar().currentMessage()
    assert symptoms.list_notes(ctl.ctx.profile) == []  # kept in the form, not saved behind the person's back
    qtbot.mouseClick(journal.notes.save_button, Qt.MouseButton.LeftButton)
    assert [n.text for n in symptoms.list_notes(ctl.ctx.profile)] == [typed]


def test_a_form_being_typed_comes_back_after_the_lock_and_the_lock_screen_never_shows_it(qtbot, prompter,
                                                                                        controller) -> None:
    """The idle lock closed an open form and dropped what was typed in it (the review of last round)."""
    from careorganiser.services import appointments
    from careorganiser.ui.appointments.forms import AppointmentDialog

    ctl, now, _before = controller
    page = ctl.window.show_area("appointments")
    typed = "Ask about the cough getting worse at night"
    seen: list[AppointmentDialog] = []

    def type_then_lock(dialog: AppointmentDialog) -> int:
        seen.append(dialog)
        dialog.open()  # on screen and modal, as exec() has it
        qtbot.waitUntil(lambda: QApplication.activeModalWidget() is dialog)
        qtbot.keyClicks(dialog.purpose, "Chest clinic review")
        qtbot.keyClicks(dialog.notes, typed)
        dialog.time_edit.setText("10:30")
        now[0] = START + timedelta(minutes=5, seconds=1)
        assert ctl.idle_watcher.check()  # the idle time runs out with the form open
        return dialog.result()

    prompter.answer("run_dialog", type_then_lock)
    prompter.answer("inform", None)
    path = ctl.ctx.profile.info.path
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ctl.lock_screen is not None)
    assert typed.encode() not in path.read_bytes()
    shown = " ".join(w.text() for w in ctl.lock_screen.findChildren(QLabel)) + ctl.lock_screen.windowTitle()
    assert "cough" not in shown and "Chest clinic" not in shown
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [ctl.lock_screen]
    qtbot.keyClicks(ctl.lock_screen.pass_edit, PASS + "\r")
    qtbot.waitUntil(lambda: bool(prompter.questions("inform")))
    told = prompter.questions("inform")[-1].text
    assert "New appointment" in told and typed in told and "Chest clinic review" in told
    assert appointments.list_appointments(ctl.ctx.profile) == []  # nothing saved behind the person's back
    prompter.answer("confirm", False)  # closing the app before the form is opened again asks first
    assert not ctl.window.confirm_leaving()
    assert "text in the form \u201cNew appointment\u201d" in prompter.questions("confirm")[-1].text

    def check_then_save(dialog: AppointmentDialog) -> int:
        assert dialog.notes.toPlainText() == typed and dialog.purpose.text() == "Chest clinic review"
        assert dialog.time_edit.text() == "10:30"
        dialog.on_save_clicked()
        return dialog.result()

    prompter.answer("run_dialog", check_then_save)
    qtbot.mouseClick(ctl.window.page("appointments").new_button, Qt.MouseButton.LeftButton)
    [saved] = appointments.list_appointments(ctl.ctx.profile)
    assert (saved.purpose, saved.notes) == ("Chest clinic review", typed)
    assert ctl.prompter.kept_forms() == []  # put back once, then gone
    # opened again, the form is empty as a new form is
    prompter.answer("run_dialog", lambda dialog: (seen.append(dialog), 0)[1])
    qtbot.mouseClick(ctl.window.page("appointments").new_button, Qt.MouseButton.LeftButton)
    assert seen[-1].notes.toPlainText() == "" and seen[-1].purpose.text() == ""


def visible_text() -> str:
    """Every word a visible window shows, typed text included."""
    from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit

    words = []
    for window in QApplication.topLevelWidgets():
        if not window.isVisible():
            continue
        words.append(window.windowTitle())
        for widget in window.findChildren(QLabel):
            words.append(widget.text())
        for widget in window.findChildren(QLineEdit):
            words.append(widget.text())
        for kind in (QPlainTextEdit, QTextEdit):
            for widget in window.findChildren(kind):
                words.append(widget.toPlainText())
    return "\n".join(words)


def lock_and_unlock(qtbot, ctl, now, typed: list[str]) -> None:
    """Idle past the limit; nothing typed shows while locked; the passphrase opens the window again."""
    now[0] = START + timedelta(minutes=5, seconds=1)
    assert ctl.idle_watcher.check() and ctl.window is None
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [ctl.lock_screen]
    shown = visible_text()
    assert not [t for t in typed if t in shown]
    qtbot.keyClicks(ctl.lock_screen.pass_edit, PASS + "\r")
    assert ctl.window is not None


def test_text_typed_in_the_window_panes_comes_back_after_the_lock(qtbot, controller) -> None:
    """The idle lock kept what was typed in forms and journal panels, but threw away text typed in the other
    panes of the window: the search box, a contact being written, the person's details (the review of last
    round); an answer to a question for the doctor is saved as the page is left, the lock included. Nothing
    typed is lost, and none of it shows while locked."""
    from careorganiser.services import contacts, questions

    ctl, now, _before = controller
    profile = ctl.ctx.profile
    question = questions.create_question(profile, text="Can the walking test be at home?")
    contacts.create_contact(profile, "Dr Anil Mehta", role="GP")
    window = ctl.window

    search = "pirfen"
    qtbot.keyClicks(window.search_bar.field, search)

    circle = window.show_area("contacts")
    circle.on_new()
    contact = "Ruth Hale, daughter"
    qtbot.keyClicks(circle.name_edit, contact)
    qtbot.keyClicks(circle.phone_edit, "07700 900123")

    person = window.show_area("person")
    note = "Prefers morning appointments"
    qtbot.keyClicks(person.notes_edit, note)

    asked = window.show_area("questions")
    asked.select_question(question)
    asked._show(asked.selected_question())
    answer = "Yes, the nurse brings the oximeter on Tuesdays"
    qtbot.keyClicks(asked.answer, answer)
    assert set(window.unsaved_drafts()) == {"questions", "contacts", "person"}

    lock_and_unlock(qtbot, ctl, now, [answer, contact, note, "07700 900123"])
    window = ctl.window
    assert window.search_bar.field.text() == search
    asked = window.page("questions")
    assert asked.selected_question().id == question and asked.answer.toPlainText() == answer
    assert questions.get_question(ctl.ctx.profile, question).answer == answer  # saved as the page closed
    circle = window.page("contacts")
    assert (circle.name_edit.text(), circle.phone_edit.text(), circle.editing) == (contact, "07700 900123", None)
    person = window.page("person")
    assert person.notes_edit.toPlainText() == note
    # kept in the panes, not saved behind the person's back
    assert [c.name for c in contacts.list_contacts(ctl.ctx.profile)] == ["Dr Anil Mehta"]
    from careorganiser.services import person as person_svc

    assert person_svc.get_person(ctl.ctx.profile).notes == ""
    assert set(window.unsaved_drafts()) == {"contacts", "person"}  # closing the app would ask about them
    qtbot.mouseClick(circle.save_button, Qt.MouseButton.LeftButton)
    assert sorted(c.name for c in contacts.list_contacts(ctl.ctx.profile)) == ["Dr Anil Mehta", contact]


def test_at_the_start_the_idle_lock_and_file_menu_come_after_the_first_paint(qtbot, data_dir,
                                                                              protected_template) -> None:
    """During the app's start, the idle lock (its module names Qt's enums) and the menus' entries are made just
    after the first paint; the File menu then reads as it did: Preferences and Lock now above Quit."""
    from careorganiser.ui import qt_values

    copy_profiles(protected_template.parent.parent, data_dir)
    ctl = Controller(QApplication.instance(), argparse.Namespace(profile=None, exit_when_ready=False))
    qt_values.wait_for_first_paint()  # as ui.application.run does
    try:
        ctl.open_main(profiles.open_profile("Mum", PASS))
        assert ctl.idle_watcher is None and ctl.window.file_menu.actions() == []
        qtbot.waitUntil(lambda: ctl.idle_watcher is not None)
        entries = [a.text() for a in ctl.window.file_menu.actions()]
        assert entries[-5:] == ["&Switch profile\u2026", "&Preferences\u2026", "&Lock now", "", "&Quit"]
        assert entries[0] == "Prepare appointment &pack\u2026"
        ctl.idle_watcher.last_input = ctl.ctx.now() - timedelta(hours=1)
        assert ctl.idle_watcher.check() and ctl.window is None  # it locks as before
    finally:
        qt_values.stop_waiting()
        from careorganiser.ui import worker

        worker.wait_for_all()  # the ORM's loading started after the paint: done before the next test
        if ctl.lock_screen is not None:
            ctl.lock_screen.close()
        ctl.shutdown()
