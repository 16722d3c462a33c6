"""The desktop shell: first run, the profile picker, protected profiles, the main window on real data."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from careorganiser.store import profiles
from careorganiser.ui.context import AppContext
from careorganiser.ui.main_window import MainWindow
from careorganiser.ui.profile_picker import NewProfileDialog, ProfilePicker, open_with_prompt
from quick_kdf import quick_key_derivation  # noqa: F401  (autouse)

NOW = datetime(2026, 11, 21, 10, 0, tzinfo=UTC)
SRC = Path(__file__).resolve().parent.parent / "src"


def test_first_run_says_what_to_do(qtbot, data_dir) -> None:
    picker = ProfilePicker()
    qtbot.addWidget(picker)
    assert picker.list.count() == 0
    assert "no profiles yet" in picker.hint.text()
    assert not picker.open_button.isEnabled()


def test_new_profile_dialog_creates_a_plain_profile(qtbot, data_dir) -> None:
    dialog = NewProfileDialog()
    qtbot.addWidget(dialog)
    # QTest cannot type letters outside Latin-1 as key events; the user's text arrives the same way as input.
    qtbot.keyClicks(dialog.name_edit, "ucja ")
    dialog.name_edit.setText("Łucja Ó'Brien")
    dialog.on_ok_clicked()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert [p.name for p in profiles.list_profiles()] == ["Łucja Ó'Brien"]
    assert not profiles.list_profiles()[0].encrypted
    dialog.profile.close()


def test_new_profile_dialog_checks_the_passphrase_and_name(qtbot, data_dir) -> None:
    dialog = NewProfileDialog()
    qtbot.addWidget(dialog)
    dialog.protect_check.setChecked(True)
    qtbot.keyClicks(dialog.name_edit, "Dad")
    qtbot.keyClicks(dialog.pass_edit, "horse battery")
    qtbot.keyClicks(dialog.again_edit, "horse batteyr")
    dialog.on_ok_clicked()
    assert "not the same" in dialog.error_label.text()
    assert profiles.list_profiles() == []

    dialog.again_edit.clear()
    qtbot.keyClicks(dialog.again_edit, "horse battery")
    dialog.name_edit.clear()
    dialog.on_ok_clicked()
    assert "needs a name" in dialog.error_label.text()
    assert profiles.list_profiles() == []

    qtbot.keyClicks(dialog.name_edit, "Dad")
    dialog.on_ok_clicked()
    assert dialog.result() == dialog.DialogCode.Accepted
    info = profiles.find_profile("Dad")
    assert info.encrypted
    dialog.profile.close()


def test_protected_profile_asks_again_after_a_wrong_passphrase(qtbot, data_dir, prompter) -> None:
    profiles.create_profile("Mum", "right one").close()
    answers = iter(["wrong", "right one"])
    errors: list[str] = []

    def answer(name: str, error: str) -> str:
        errors.append(error)
        return next(answers)

    prompter.answers["ask_passphrase"] = answer
    profile = open_with_prompt(None, "Mum")
    assert profile is not None
    assert errors[0] == "" and "does not open" in errors[1]
    profile.close()

    prompter.answers["ask_passphrase"] = None  # the user presses Cancel
    assert open_with_prompt(None, "Mum") is None


def test_picker_lists_names_only_and_marks_protected(qtbot, data_dir) -> None:
    profiles.create_profile("Mum", "secret").close()
    profiles.create_profile("Dad").close()
    picker = ProfilePicker()
    qtbot.addWidget(picker)
    names = [picker.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(picker.list.count())]
    assert names == ["Dad", "Mum"]
    assert "protected" in picker.list.item(1).data(Qt.ItemDataRole.AccessibleTextRole)


def test_demo_button_makes_and_opens_the_demo(qtbot, data_dir) -> None:
    picker = ProfilePicker()
    qtbot.addWidget(picker)
    qtbot.mouseClick(picker.demo_button, Qt.MouseButton.LeftButton)
    assert picker.chosen is not None and picker.chosen.name == "Demo"
    picker.chosen.close()


def test_every_area_opens_on_the_demo_and_shows_its_records(qtbot, demo_profile) -> None:
    ctx = AppContext(demo_profile, clock=lambda: NOW)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles == ["Today", "Medications", "Appointments & rides", "Symptoms & measurements", "Questions",
                      "Trials", "Contacts", "Person"]
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        page = window.current_page()
        assert page is not None, titles[row]
        assert page.isVisible()
    # What each area shows comes from the demo records.
    texts = {key: _all_text(window.page(key)) for key in
             ("medications", "appointments", "questions", "trials", "contacts", "person")}
    assert "Pirfenidone" in texts["medications"]
    assert "Chest clinic" in texts["appointments"]
    assert "FVC" in texts["questions"]
    assert "NCT09900001" in texts["trials"]
    assert "David Hale" in texts["contacts"]
    assert "Margaret Hale" in texts["person"]


def test_ctrl_number_switches_area(qtbot, demo_profile) -> None:
    ctx = AppContext(demo_profile, clock=lambda: NOW)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    action = next(a for a in window.go_menu.actions() if a.shortcut().toString() == "Ctrl+7")
    action.trigger()
    assert window.nav.currentItem().text() == "Contacts"


def _all_text(widget) -> str:
    """Everything a user could read in a widget: labels, tables, lists, trees, line edits."""
    from PySide6.QtWidgets import QAbstractItemView, QAbstractButton, QGroupBox, QLabel, QLineEdit, QPlainTextEdit, QTextEdit

    parts: list[str] = []
    for child in [widget, *widget.findChildren(object)]:
        if isinstance(child, QLabel):
            parts.append(child.text())
        elif isinstance(child, (QLineEdit,)):
            parts.append(child.text())
        elif isinstance(child, (QPlainTextEdit,)):
            parts.append(child.toPlainText())
        elif isinstance(child, QTextEdit):
            parts.append(child.toPlainText())
        elif isinstance(child, (QAbstractButton, QGroupBox)):
            parts.append(child.text() if isinstance(child, QAbstractButton) else child.title())
        elif isinstance(child, QAbstractItemView) and child.model() is not None:
            model = child.model()
            parts.extend(_model_text(model))
    return "\n".join(parts)


def _model_text(model, parent=None) -> list[str]:
    from PySide6.QtCore import QModelIndex

    parent = parent or QModelIndex()
    out = []
    for r in range(model.rowCount(parent)):
        for c in range(model.columnCount(parent)):
            index = model.index(r, c, parent)
            value = model.data(index)
            if value is not None:
                out.append(str(value))
        first = model.index(r, 0, parent)
        if first.isValid() and model.rowCount(first) > 0:
            out.extend(_model_text(model, first))
    return out


def test_exit_when_ready_opens_paints_and_exits(data_dir: Path) -> None:
    from cli_runner import run_cli

    env = dict(os.environ, PYTHONPATH=str(SRC), CAREORGANISER_DATA_DIR=str(data_dir), QT_QPA_PLATFORM="offscreen")
    # The demo for today made in this process (the starts below are what this test proves).
    assert run_cli("demo", env=env).returncode == 0
    done = subprocess.run([sys.executable, "-m", "careorganiser", "--profile", "Demo", "--exit-when-ready"],
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    # Without --profile the picker is shown and painted, then the app exits.
    done = subprocess.run([sys.executable, "-m", "careorganiser", "--exit-when-ready"],
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr


def test_text_size_scales_the_app_and_persists(qtbot, demo_profile) -> None:
    from PySide6.QtWidgets import QApplication

    from careorganiser.ui import application

    app = QApplication.instance()
    application.make_application()
    base = app._base_point_size
    ctx = AppContext(demo_profile, clock=lambda: NOW)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    application.install_view_menu(app, window)
    larger = next(a for a in window.view_menu.actions() if "Larger" in a.text())
    larger.trigger()
    larger.trigger()
    assert application.text_scale() == 130
    assert app.font().pointSizeF() == pytest.approx(base * 1.3)
    # A new start reads the setting back.
    app.setFont(QApplication.font())
    application.make_application()
    assert app.font().pointSizeF() == pytest.approx(base * 1.3)
    normal = next(a for a in window.view_menu.actions() if "Normal" in a.text())
    normal.trigger()
    assert application.text_scale() == 100
    assert app.font().pointSizeF() == pytest.approx(base)


def test_area_names_fit_at_large_text(qtbot, demo_profile) -> None:
    from PySide6.QtWidgets import QApplication

    from careorganiser.ui import application

    app = QApplication.instance()
    application.make_application()
    ctx = AppContext(demo_profile, clock=lambda: NOW)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    try:
        application.apply_text_scale(app, 175)
        metrics = window.nav.fontMetrics()
        for i in range(window.nav.count()):
            assert metrics.horizontalAdvance(window.nav.item(i).text()) < window.nav.width()
    finally:
        application.apply_text_scale(app, 100)


def test_quitting_with_a_note_typed_and_not_saved_asks_first(qtbot, profile, prompter) -> None:
    """Ctrl+Q threw away a note being typed without a word (the review of this round)."""
    from careorganiser.services import measurements, symptoms

    ctx = AppContext(profile, clock=lambda: NOW, prompter=prompter)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    assert window.close()  # nothing typed: closes without a question
    assert prompter.questions("confirm") == []
    window.show()
    journal = window.show_area("journal")
    journal.tabs.setCurrentWidget(journal.measures)
    qtbot.keyClicks(journal.measures.value_edit, "61.5")
    window.show_area("today")
    asked: list[str] = []
    prompter.answers["confirm"] = lambda title, text: asked.append(text) or False  # Cancel: back to it
    quit_action = next(a for a in window.file_menu.actions() if a.text() == "&Quit")  # File > Quit (Ctrl+Q)
    quit_action.trigger()
    assert window.isVisible() and window.current_area() == "journal"
    assert asked and "a measurement that is not saved" in asked[0]
    assert journal.measures.value_edit.text() == "61.5"
    qtbot.mouseClick(journal.measures.save_button, Qt.MouseButton.LeftButton)
    assert [m.value for m in measurements.list_measurements(profile)] == [61.5]
    asked.clear()
    assert window.close() and asked == []  # saved: nothing left to ask about
    window.show()
    qtbot.keyClicks(journal.notes.text, "Slept badly")
    prompter.answers["confirm"] = True  # Close without saving
    assert window.close()
    assert symptoms.list_notes(profile) == []


def test_a_switch_of_profile_cancelled_after_losing_a_draft_asks_again_on_quit(qtbot, profile, prompter) -> None:
    """Choosing "Close without saving" for a switch that was then cancelled must not answer for a later quit."""
    import argparse

    from PySide6.QtWidgets import QApplication

    from careorganiser.ui.application import Controller

    ctl = Controller(QApplication.instance(), argparse.Namespace(profile=None, exit_when_ready=False), prompter)
    ctl.open_main(profile)
    window = ctl.window
    qtbot.keyClicks(window.show_area("journal").notes.text, "Slept badly")
    prompter.answers["confirm"] = True  # lose it and switch...
    ctl.pick = lambda: None  # ...but the picker is closed: back to this window
    ctl.on_switch_profile()
    assert ctl.window is window and window.isVisible()
    asked: list[str] = []
    prompter.answers["confirm"] = lambda title, text: asked.append(text) or False
    assert not window.close() and asked  # the text is still there, and quitting asks again
    window.hide()
    ctl.shutdown()


def test_window_titles_end_with_the_app_name_so_it_is_not_shown_twice(qtbot, data_dir) -> None:
    """Qt adds the application's display name to a window title that does not end with it: the main window
    read "Care Organiser — Mum — Care Organiser" in the task bar, the profile list likewise."""
    from careorganiser.ui.application import make_application

    app = make_application()
    picker = ProfilePicker()
    qtbot.addWidget(picker)
    assert picker.windowTitle() == "Choose a profile \u2014 Care Organiser"
    p = profiles.create_profile("Mum")
    window = MainWindow(AppContext(p, clock=lambda: NOW))
    qtbot.addWidget(window)
    assert window.windowTitle() == "Mum \u2014 Care Organiser"
    for title in (picker.windowTitle(), window.windowTitle()):
        assert title.endswith(app.applicationDisplayName())
    window.ctx.close()


def test_the_lock_screens_title_ends_with_the_app_name_so_it_is_not_shown_twice(qtbot, data_dir) -> None:
    """The idle lock's window read "Care Organiser — locked — Care Organiser" in the task bar."""
    from careorganiser.ui.application import make_application
    from careorganiser.ui.idle_lock import LockScreen

    app = make_application()
    screen = LockScreen("Mum", "Mum", [], clock=lambda: NOW)
    qtbot.addWidget(screen)
    assert screen.windowTitle() == "Locked \u2014 Care Organiser"
    assert screen.windowTitle().endswith(app.applicationDisplayName())
