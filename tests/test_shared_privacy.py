"""Privacy on a shared computer: export of a protected profile, owner-only files, passphrases."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from PySide6.QtWidgets import QApplication

from careorganiser import paths
from careorganiser.services import privacy
from careorganiser.services.base import ValidationError
from careorganiser.store import profiles
from careorganiser.ui import profile_open
from careorganiser.ui.context import AppContext, app_settings
from careorganiser.ui.main_window import MainWindow
from careorganiser.ui.profile_picker import NewProfileDialog, open_with_prompt
from quick_kdf import quick_key_derivation  # noqa: F401  (autouse)

# This one is about the key derivation itself: it keeps the product's setting (quick_kdf.py).
REAL_KEY_DERIVATION = {
    "test_a_profile_made_with_older_key_settings_is_rekeyed_to_stronger_ones_when_opened",
}

NOW = datetime(2026, 11, 21, 10, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def no_leftover_answers():
    profile_open.WRONG_ATTEMPTS.clear()
    yield
    profile_open.WRONG_ATTEMPTS.clear()
    profile_open.SLEEP = None
    profile_open.CLOCK = None


def mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


def test_settings_file_is_owner_only(data_dir: Path) -> None:
    settings = app_settings()
    settings.setValue("view/text_scale", 115)
    settings.sync()
    assert mode(paths.settings_file()) == 0o600
    paths.settings_file().chmod(0o644)  # made by an older version
    settings = app_settings()
    settings.setValue("view/text_scale", 130)
    settings.sync()
    assert mode(paths.settings_file()) == 0o600
    assert app_settings().value("view/text_scale") in (130, "130")


def test_new_passphrase_needs_eight_characters_and_gets_a_plain_hint() -> None:
    with pytest.raises(ValidationError) as info:
        privacy.check_new_passphrase("seven77")
    assert info.value.field == "passphrase" and "at least 8" in info.value.message
    assert privacy.check_new_passphrase("eight888") == "eight888"
    weak = privacy.passphrase_strength("password")
    strong = privacy.passphrase_strength("lilac kettle harbour ninety")
    assert weak.score < 2 and "guess" in weak.words
    assert strong.score >= 3 and strong.words in ("Very hard to guess.", "Hard to guess.")
    assert "Too short" in privacy.passphrase_strength("abc").words


def test_wrong_attempts_wait_longer_each_time() -> None:
    now = [100.0]
    attempts = privacy.WrongAttempts(clock=lambda: now[0])
    waits = [attempts.failed() for _ in range(8)]
    assert waits == [0.0, 1.0, 2.0, 4.0, 8.0, 16.0, 30.0, 30.0]
    assert attempts.wait_seconds() == 30.0
    now[0] += 10
    assert attempts.wait_seconds() == 20.0
    attempts.succeeded()
    assert attempts.wait_seconds() == 0.0 and attempts.failed() == 0.0


def test_window_waits_longer_after_each_wrong_passphrase(qtbot, data_dir, prompter) -> None:
    profiles.create_profile("Mum", "right one!").close()
    slept: list[float] = []
    profile_open.SLEEP = slept.append
    profile_open.CLOCK = lambda: 500.0  # the clock stands still: every wait is asked for in full
    answers = iter(["wrong", "wrong again", "still wrong", "right one!"])
    errors: list[str] = []

    def answer(name: str, error: str) -> str:
        errors.append(error)
        return next(answers)

    prompter.answers["ask_passphrase"] = answer
    profile = open_with_prompt(None, "Mum")
    assert profile is not None
    profile.close()
    assert slept == [1.0, 2.0]  # the wait after the 2nd and the 3rd wrong one, before the next try
    assert "wait 1 seconds" in errors[2] and "wait 2 seconds" in errors[3]


def test_new_profile_dialog_asks_for_eight_characters_and_shows_the_strength(qtbot, data_dir) -> None:
    dialog = NewProfileDialog()
    qtbot.addWidget(dialog)
    dialog.protect_check.setChecked(True)
    qtbot.keyClicks(dialog.name_edit, "Dad")
    qtbot.keyClicks(dialog.pass_edit, "abc123")
    assert "Too short" in dialog.strength_label.text()
    qtbot.keyClicks(dialog.again_edit, "abc123")
    dialog.on_ok_clicked()
    assert "at least 8" in dialog.error_label.text()
    assert profiles.list_profiles() == []
    dialog.pass_edit.clear()
    qtbot.keyClicks(dialog.pass_edit, "lilac kettle harbour")
    assert "hard to guess" in dialog.strength_label.text().lower()


@pytest.fixture
def protected_window(qtbot, data_dir):
    from careorganiser.services import profiles as svc
    from careorganiser.services.person import get_person  # noqa: F401

    profile = profiles.create_profile("Mum", "lilac kettle", person_name="Margaret Hale")
    ctx = AppContext(profile, clock=lambda: NOW)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    yield window
    ctx.close()
    del svc


def test_window_export_of_a_protected_profile_offers_an_encrypted_backup(protected_window, tmp_path, prompter) -> None:
    window = protected_window
    asked: list[str] = []
    prompter.answers["choose"] = lambda title, text, keys: asked.append(text) or "backup"
    prompter.answers["save_file"] = lambda title, suggested: (asked.append(suggested), str(tmp_path / "b.careprofile"))[1]
    prompter.answers["inform"] = None
    window.export_action.trigger()
    backup = tmp_path / "b.careprofile"
    assert "protected by a passphrase" in asked[0]
    assert "Margaret" not in asked[1] and "Mum" not in Path(asked[1]).name
    assert backup.exists() and b"Margaret" not in backup.read_bytes() and mode(backup) == 0o600


def test_window_asks_before_writing_readable_json(protected_window, tmp_path, prompter) -> None:
    window = protected_window
    target = tmp_path / "out.json"
    suggested: list[str] = []
    prompter.answers["choose"] = "plain"
    prompter.answers["confirm"] = False  # the caregiver thinks again
    prompter.answers["save_file"] = lambda title, s: suggested.append(s) or str(target)
    prompter.answers["inform"] = None
    window.export_action.trigger()
    assert not target.exists() and suggested == []
    prompter.answers["confirm"] = True
    window.export_action.trigger()
    assert json.loads(target.read_text(encoding="utf-8"))["person"]["name"] == "Margaret Hale"
    assert mode(target) == 0o600
    assert "Margaret" not in Path(suggested[0]).name and "Mum" not in Path(suggested[0]).name


def test_suggested_pack_names_of_a_protected_profile_carry_no_name(demo_profile) -> None:
    from careorganiser.services import packs

    data = packs.gather_document("card", demo_profile, None, NOW)
    assert "Margaret Hale" in packs.suggested_file_name("card", data)
    assert "Margaret" not in packs.suggested_file_name("card", data, protected=True)


def test_a_profile_made_with_older_key_settings_is_rekeyed_to_stronger_ones_when_opened(data_dir, monkeypatch) -> None:
    from careorganiser.services import person
    from careorganiser.store import rawdb

    made = profiles.create_profile("Mum", "lilac kettle", person_name="Margaret Hale")
    made.close()
    path = profiles.find_profile("Mum").path
    monkeypatch.setattr(rawdb, "KDF_ITERATIONS", 300_000)  # a later version asks for more iterations
    monkeypatch.setattr(rawdb, "OLDER_KDF_ITERATIONS", (256_000,))
    with pytest.raises(rawdb.WrongPassphrase):
        rawdb.connect(path, "lilac kettle").close()  # today's settings do not read the old file
    with profiles.opened("Mum", "lilac kettle") as p:
        assert person.get_person(p).name == "Margaret Hale"
    rawdb.connect(path, "lilac kettle").close()  # now it opens with the new settings ...
    with pytest.raises(rawdb.WrongPassphrase):
        rawdb.connect(path, "lilac kettle", kdf_iterations=256_000).close()  # ... and no longer with the old ones
    assert mode(path) == 0o600
    backups = list((data_dir / "backups").glob("*before-rekey*"))
    assert len(backups) == 1 and b"Margaret" not in backups[0].read_bytes()
    with pytest.raises(profiles.WrongPassphrase):
        profiles.open_profile("Mum", "wrong words")


def test_a_private_save_dialog_leaves_no_folder_history(qtbot, data_dir, tmp_path) -> None:
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication, QFileDialog

    from careorganiser.ui.prompter import Prompter

    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.setValue("FileDialog/lastVisited", "file:///somewhere/else")
    settings.remove("FileDialog/history")
    settings.sync()
    folder = tmp_path / "Margaret Hale's papers"
    folder.mkdir()
    seen: list[str] = []

    def cancel_the_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, cancel_the_dialog)
            return
        seen.append(dialog.directory().absolutePath())
        dialog.reject()

    QTimer.singleShot(20, cancel_the_dialog)
    assert Prompter().save_file(None, "Export", str(folder / "export.json"), "JSON files (*.json)", private=True) is None
    assert seen == [str(folder)]  # the dialog did open there
    after = QSettings(QSettings.Scope.UserScope, "QtProject")
    assert after.value("FileDialog/lastVisited") == "file:///somewhere/else"
    assert "Margaret" not in str(after.value("FileDialog/history") or "")


def test_the_wait_after_wrong_passphrases_keeps_the_event_loop_turning(qtbot) -> None:
    """The growing wait must not freeze the window: timers (repaints, reminders) still run while it lasts."""
    from PySide6.QtCore import QTimer

    class Waiting:
        def wait_seconds(self) -> float:
            return 0.2

    profile_open.SLEEP = None
    profile_open.WRONG_ATTEMPTS["Mum"] = Waiting()
    ticks: list[int] = []
    heartbeat = QTimer()
    heartbeat.setInterval(10)
    heartbeat.timeout.connect(lambda: ticks.append(1))
    heartbeat.start()
    try:
        profile_open.wait_before_attempt("Mum")
    finally:
        heartbeat.stop()
    assert len(ticks) >= 3  # a blocking sleep lets none through


# --------------------------------------------------------------------------- --passphrase-stdin with the window


def test_a_passphrase_on_standard_input_opens_the_window_without_asking(qtbot, data_dir, prompter) -> None:
    import argparse

    from careorganiser.ui.application import Controller

    profiles.create_profile("Mum", "right one!").close()
    asked: list[str] = []
    prompter.answers["ask_passphrase"] = lambda name, error: asked.append(error) or None
    args = argparse.Namespace(profile="Mum", passphrase="right one!", exit_when_ready=False)
    ctl = Controller(QApplication.instance(), args, prompter)
    try:
        assert ctl.start()
        assert asked == []
        assert ctl.window is not None and ctl.ctx.profile.info.name == "Mum"
        assert args.passphrase is None  # not kept once used
    finally:
        if ctl.window is not None:
            ctl.window.hide()
        ctl.shutdown()


def test_a_wrong_passphrase_on_standard_input_asks_in_the_window(qtbot, data_dir, prompter) -> None:
    profiles.create_profile("Mum", "right one!").close()
    profile_open.SLEEP = lambda _s: None
    errors: list[str] = []
    prompter.answers["ask_passphrase"] = lambda name, error: errors.append(error) or "right one!"
    profile = open_with_prompt(None, "Mum", prompter, first_try="wrong one")
    assert profile is not None
    profile.close()
    assert len(errors) == 1 and "passphrase" in errors[0].lower()


def test_passphrase_stdin_for_the_window_needs_a_profile_and_a_line(data_dir, monkeypatch, capsys) -> None:
    import io

    from careorganiser import app

    profiles.create_profile("Mum", "right one!").close()
    assert app.main(["--passphrase-stdin"]) == 2
    assert "--profile" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert app.main(["--profile", "Mum", "--passphrase-stdin"]) == 1
    assert "no passphrase was given on standard input" in capsys.readouterr().err
