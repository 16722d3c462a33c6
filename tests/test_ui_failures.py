"""Every failure to save is visible in the window and loses nothing (issue 9, "What was seen" 5)."""

from __future__ import annotations

from typing import Any

import logging
from datetime import UTC, datetime

import pytest
import sqlcipher3.dbapi2 as sqlcipher
from PySide6.QtCore import Qt
from sqlalchemy import event

from careorganiser.services import symptoms
from careorganiser.ui.context import AppContext
from careorganiser.ui.journal.page import JournalPage

from ui_helpers import show

NOW = datetime(2026, 11, 21, 10, 0, tzinfo=UTC)
SECRET = "Mum coughed blood at 3am, do not tell Aunt Jo"


def make_page(qtbot, profile) -> JournalPage:
    ctx = AppContext(profile, clock=lambda: NOW)
    page = JournalPage(ctx)
    show(qtbot, page, 1100, 760)
    return page


def failing_writes(engine, message: str):
    """Make every INSERT fail the way SQLite reports it (the disk is full, the file is read-only)."""

    def refuse(_conn, _cursor, statement, _params, _context, _many):  # noqa: ANN001, ANN202
        if statement.lstrip().upper().startswith(("INSERT", "UPDATE")):
            raise sqlcipher.OperationalError(message)

    event.listen(engine, "before_cursor_execute", refuse)
    return lambda: event.remove(engine, "before_cursor_execute", refuse)


@pytest.mark.parametrize(("sqlite_says", "window_says"), [
    ("database or disk is full", "Not saved: the disk is full."),
    ("attempt to write a readonly database", "Not saved: the profile cannot be written"),
    ("database is locked", "Not saved: the profile is in use"),
])
def test_a_note_that_cannot_be_saved_says_so_and_stays_in_the_form(
        qtbot, profile, caplog: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture[str],
        sqlite_says: str, window_says: str, prompter: Any) -> None:
    warned: list[tuple[str, str]] = []
    prompter.answers["warn"] = lambda title, text: warned.append((title, text))
    page = make_page(qtbot, profile)
    notes = page.notes
    qtbot.keyClicks(notes.text, SECRET)
    undo = failing_writes(profile.engine, sqlite_says)
    with caplog.at_level(logging.DEBUG):
        qtbot.mouseClick(notes.save_button, Qt.MouseButton.LeftButton)
    undo()
    assert len(warned) == 1
    title, text = warned[0]
    assert text.startswith(window_says) and text.endswith("Your text is still here.")
    assert "INSERT" not in text and "SQL" not in text and SECRET not in text
    assert notes.text.toPlainText() == SECRET  # what was typed is kept
    assert symptoms.list_notes(profile) == []  # and nothing half-saved
    out, err = capfd.readouterr()
    assert SECRET not in out + err + caplog.text
    # the app stays usable: the same click saves once the disk has room again
    qtbot.mouseClick(notes.save_button, Qt.MouseButton.LeftButton)
    assert [n.text for n in symptoms.list_notes(profile)] == [SECRET]
    assert notes.text.toPlainText() == ""


def test_an_unexpected_error_in_the_window_is_shown_and_logged_without_record_text(
        qtbot, profile, caplog: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture[str], prompter: Any) -> None:
    from careorganiser.ui import failures

    warned: list[str] = []
    prompter.answers["warn"] = lambda _title, text: warned.append(text)
    try:
        raise KeyError(SECRET)
    except KeyError as exc:
        with caplog.at_level(logging.DEBUG):
            failures._hook(type(exc), exc, exc.__traceback__)
    assert warned == ["Something went wrong (KeyError). Your text is still here."]
    out, err = capfd.readouterr()
    assert SECRET not in out + err + caplog.text
    assert "KeyError" in caplog.text


def test_disk_full_on_a_file_is_a_plain_message(qtbot) -> None:
    import errno

    from careorganiser.ui import failures

    text = failures.message_for(OSError(errno.ENOSPC, "No space left on device"))
    assert text == "Not saved: the disk is full. Free some space and try again. Your text is still here."


def test_a_dose_click_on_a_full_disk_says_not_recorded_and_keeps_the_row(qtbot, profile, prompter: Any) -> None:
    """After a Taken click the window said "Your text is still here" (nothing was typed), and the row stayed
    held as if answered (the review of this round)."""
    from datetime import date, timedelta

    from careorganiser.domain.schedules import Schedule
    from careorganiser.services import medications as meds
    from careorganiser.ui.today.page import TodayPage

    meds.create_medication(profile, meds.MedicationInput(name="Pirfenidone", dose="1 capsule",
                                                         start_date=date(2026, 11, 20)),
                           [Schedule(kind="times", times=("09:00",))], now=NOW - timedelta(days=1))
    warned: list[tuple[str, str]] = []
    prompter.answers["warn"] = lambda title, text: warned.append((title, text))
    page = TodayPage(AppContext(profile, clock=lambda: NOW))
    show(qtbot, page, 1100, 800)
    due = next(d for d in page.doses() if d.name.startswith("Pirfenidone"))
    undo = failing_writes(profile.engine, "database or disk is full")
    page.dose_button("take", due).click()
    undo()
    assert warned == [("Not recorded", "Not saved: the disk is full. Free some space and try again.")]
    again = next(d for d in page.doses() if d.scheduled_for == due.scheduled_for)
    assert again.status == due.status and page.dose_button("take", again) is not None  # still to answer
    page.dose_button("take", again).click()  # room again: the same click records it
    assert next(d for d in page.doses() if d.scheduled_for == due.scheduled_for).status == "taken"
