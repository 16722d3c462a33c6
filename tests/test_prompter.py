"""The Prompter every modal question goes through: the ScriptedPrompter answers from a script, records what
the person was asked and fails on a question nobody expected; the application hands its one prompter to the
context and the windows."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

import pytest

from careorganiser.store import profiles
from careorganiser.ui.prompter import Question, ScriptedPrompter, UnexpectedQuestion


def test_answers_by_value_or_callable_and_records_every_question(qapp: Any) -> None:
    scripted = ScriptedPrompter(confirm=True)
    scripted.answer("choose", lambda title, text, keys: keys[-1])
    scripted.answer("ask_text", "45")
    assert scripted.confirm(None, "Delete", "Delete the note?") is True
    assert scripted.choose(None, "Export", "How?", [("plain", "Readable"), ("backup", "Encrypted")]) == "backup"
    assert scripted.ask_text(None, "Snooze", "Minutes:") == "45"
    assert scripted.asked == [Question("confirm", ("Delete", "Delete the note?")),
                              Question("choose", ("Export", "How?", ["plain", "backup"])),
                              Question("ask_text", ("Snooze", "Minutes:"))]
    assert [q.title for q in scripted.questions("confirm")] == ["Delete"]
    assert scripted.questions("ask_text")[0].text == "Minutes:"
    assert scripted.unexpected == []


def test_a_question_without_an_answer_fails_loudly_instead_of_opening_a_dialog(qapp: Any) -> None:
    from PySide6.QtWidgets import QApplication

    scripted = ScriptedPrompter(confirm=False)
    with pytest.raises(UnexpectedQuestion, match="warn.*Not saved"):
        scripted.warn(None, "Not saved", "The disk is full.")
    assert QApplication.activeModalWidget() is None  # no dialog was shown
    assert scripted.unexpected == [Question("warn", ("Not saved", "The disk is full."))]
    assert scripted.confirm(None, "Sure?", "Really?") is False  # answered kinds still answer
    with pytest.raises(ValueError, match="no such question kind"):
        scripted.answer("confrim", True)


def test_save_file_through_a_script_still_adds_the_suffix_and_asks_before_replacing(tmp_path: Path,
                                                                                    qapp: Any) -> None:
    existing = tmp_path / "calendar.ics"
    existing.write_text("old")
    scripted = ScriptedPrompter(save_file=str(tmp_path / "calendar"), confirm=False)
    assert scripted.save_file(None, "Export calendar", "Calendar.ics", "*.ics", suffix=".ics") is None
    assert [q.kind for q in scripted.asked] == ["save_file", "confirm"]
    assert scripted.asked[1].text == "calendar.ics already exists. Replace it?"
    scripted.answer("confirm", True)
    assert scripted.save_file(None, "Export calendar", "Calendar.ics", "*.ics", suffix=".ics") == str(existing)


def test_a_context_asks_through_the_prompter_it_was_given(qtbot: Any, profile: Any,
                                                          prompter: ScriptedPrompter) -> None:
    from careorganiser.services import contacts
    from careorganiser.ui import caregivers
    from careorganiser.ui.context import AppContext

    own = ScriptedPrompter(ask_text="Anna Hale")
    ctx = AppContext(profile, prompter=own)
    assert ctx.prompter is own
    contact_id = caregivers.add_caregiver(None, ctx)
    assert contact_id is not None and contacts.get_contact(profile, contact_id).name == "Anna Hale"
    assert [(q.kind, q.title) for q in own.asked] == [("ask_text", "Add a caregiver")]
    assert prompter.asked == []  # the test's own prompter was never asked
    assert AppContext(profile).prompter is prompter  # made without one: the test's prompter
    with pytest.raises(UnexpectedQuestion):
        caregivers.add_caregiver(None, AppContext(profile, prompter=ScriptedPrompter()))


@pytest.mark.qt_log_ignore("does not support raise")  # the offscreen platform, not our code
def test_the_application_hands_its_prompter_to_the_context_and_the_window(qtbot: Any, data_dir: Path,
                                                                           prompter: ScriptedPrompter) -> None:
    from careorganiser.ui.application import Controller, make_application

    profiles.create_profile("Mum").close()
    profiles.create_profile("Dad").close()
    own = ScriptedPrompter(confirm=False)
    controller = Controller(make_application(), argparse.Namespace(profile=None, exit_when_ready=False),
                            prompter=own)
    profile = profiles.open_profile("Mum")
    assert controller.claim(profile)
    controller.open_main(profile)
    qtbot.addWidget(controller.window)
    try:
        assert controller.ctx.prompter is own and controller.window.ctx.prompter is own
        controller.on_launched_again({"profile": "Dad"})
        assert [q.kind for q in own.asked] == ["confirm"] and "Dad" in own.asked[0].text
        assert controller.ctx.profile.name == "Mum"  # the answer was No
        assert prompter.asked == []
    finally:
        controller.shutdown()


def test_the_real_prompter_shows_a_real_message_box(qtbot: Any) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from careorganiser.ui.prompter import Prompter

    seen: list[tuple[str, str]] = []

    def press(button_text: str) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, lambda: press(button_text))
            return
        seen.append((box.windowTitle(), box.text()))
        next(b for b in box.buttons() if b.text() == button_text).click()

    QTimer.singleShot(20, lambda: press("Delete"))
    assert Prompter().confirm(None, "Delete note", "Delete this note?", "Delete") is True
    QTimer.singleShot(20, lambda: press("Cancel"))
    assert Prompter().confirm(None, "Delete note", "Delete this note?", "Delete") is False
    QTimer.singleShot(20, lambda: press("Encrypted backup"))
    assert Prompter().choose(None, "Export", "How?", [("plain", "Readable file"),
                                                       ("backup", "Encrypted backup")]) == "backup"
    assert seen == [("Delete note", "Delete this note?")] * 2 + [("Export", "How?")]


def test_no_screen_opens_a_question_dialog_around_the_prompter() -> None:
    """Message boxes, input and file dialogs are made only in ui/dialogs.py, which only the prompter uses."""
    import re

    import careorganiser.ui as ui_package

    root = Path(ui_package.__file__).parent
    around = []
    for path in sorted(root.rglob("*.py")):
        if path.name in ("dialogs.py", "prompter.py") and path.parent == root:
            continue
        text = path.read_text(encoding="utf-8")
        if re.search(r"\b(QMessageBox|QInputDialog|QFileDialog)\b|\bui import dialogs\b|\bui\.dialogs\b", text):
            around.append(str(path.relative_to(root)))
    assert around == []
