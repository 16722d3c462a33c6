"""Recovery in the window (issue 10): the recovery page of a damaged profile, the File menu's backup entries,
the Trash view and a read-only profile, driven through real widgets."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from careorganiser.services import backup
from careorganiser.services import profiles as svc
from careorganiser.store import backups, profiles
from careorganiser.ui.context import AppContext
from careorganiser.ui.main_window import MainWindow
from careorganiser.ui.profile_picker import open_with_prompt
from careorganiser.ui.recovery import BackupChooser, RecoveryPage, TrashDialog
from quick_kdf import quick_key_derivation  # noqa: F401  (autouse)

SMALL = {
    "format": "careorganiser", "version": 1,
    "person": {"name": "Margaret Hale"},
    "medications": [{"id": "m1", "name": "Pirfenidone", "schedules": [{"kind": "times", "times": ["08:00"]}]}],
    "dose_events": [{"medication": "m1", "scheduled_for": f"2026-11-{d:02d}T08:00:00+00:00", "status": "taken"}
                    for d in range(1, 11)],
    "questions": [{"id": "q1", "text": "Is the cough worse at night?"}],
}


def make_profile(name: str = "Mum") -> Path:
    p = profiles.create_profile(name)
    svc.import_into(p, SMALL)
    p.close()
    return p.info.path


def damage(path: Path) -> bytes:
    path.write_bytes(bytes(100) + path.read_bytes()[100:])
    return path.read_bytes()


def count(profile: profiles.Profile, table: str) -> int:
    return profile.read().execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_damaged_profile_opens_the_recovery_page_and_restores(qtbot: Any, data_dir: Path, prompter: Any) -> None:
    path = make_profile()
    with profiles.opened("Mum") as p:
        good = backup.backup_profile(p)
    damaged = damage(path)
    seen: dict[str, Any] = {}

    def drive(page: RecoveryPage) -> int:
        qtbot.addWidget(page)
        qtbot.waitUntil(lambda: page.restore_button.isEnabled(), timeout=10000)
        seen["backup"] = page.backup_label.text()
        seen["title"] = page.windowTitle()
        prompter.answers["confirm"] = True
        qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.result() == page.DialogCode.Accepted, timeout=10000)
        return 1

    prompter.answers["run_dialog"] = drive
    prompter.answers["ask_passphrase"] = lambda *_a: pytest.fail("a damaged profile never asks for a passphrase")
    profile = open_with_prompt(None, "Mum")
    assert profile is not None
    try:
        assert "damaged" in seen["title"]
        assert "10 doses recorded" in seen["backup"] and "1 medication," in seen["backup"]
        assert "Last dose recorded" in seen["backup"]
        assert count(profile, "dose_events") == 10
    finally:
        profile.close()
    assert [t.path.read_bytes() for t in profiles.list_trash()] == [damaged]  # kept aside, never erased
    assert good.exists()


def test_recovery_page_rescues_into_a_new_profile(qtbot: Any, data_dir: Path, prompter: Any) -> None:
    make_profile()
    path = profiles.find_profile("Mum").path
    import sqlite3

    conn = sqlite3.connect(path)
    page_no = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'dose_events'").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    data[(page_no - 1) * 4096:(page_no - 1) * 4096 + 64] = bytes((7 * i + 13) % 256 for i in range(64))
    path.write_bytes(bytes(data))
    with pytest.raises(profiles.ProfileDamaged) as info:
        profiles.open_profile("Mum")
    page = RecoveryPage("Mum", info.value)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: "no good backup" in page.backup_label.text(), timeout=10000)
    assert not page.restore_button.isEnabled()
    reports: list[str] = []
    prompter.answers["inform"] = lambda title, text: reports.append(text)
    qtbot.mouseClick(page.rescue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.opened is not None, timeout=20000)
    assert page.opened.name == "Mum (rescued)"
    assert "Pirfenidone" not in reports[0] and "1 medication" in reports[0] and "1 medications" not in reports[0]
    assert count(page.opened, "questions") == 1
    page.opened.close()
    assert path.read_bytes() == bytes(data)


def make_window(qtbot: Any, name: str = "Mum") -> MainWindow:
    ctx = AppContext(profiles.open_profile(name, allow_read_only=True))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    return window


def test_file_menu_has_the_backup_entries(qtbot: Any, data_dir: Path, prompter: Any) -> None:
    make_profile()
    window = make_window(qtbot)
    texts = [a.text().replace("&", "") for a in window.file_menu.actions() if a.text()]
    for wanted in ("Back up now", "Restore from a backup\u2026", "Export\u2026", "Import\u2026", "Delete profile",
                   "Deleted profiles (trash)\u2026"):
        assert wanted in texts
    informed: list[str] = []
    prompter.answers["inform"] = lambda title, text: informed.append(text)
    window.file_actions["backup"].trigger()
    qtbot.waitUntil(lambda: bool(informed), timeout=10000)
    made = backups.list_backups("Mum")
    assert len(made) == 1 and made[0].ok and str(made[0].path) in informed[0]
    window.ctx.close()


def test_restore_from_a_backup_through_the_menu(qtbot: Any, data_dir: Path, prompter: Any) -> None:
    make_profile()
    with profiles.opened("Mum") as p:
        copy = backup.backup_profile(p)
        with p.session_factory.begin() as s:
            from careorganiser.store import models as m
            s.add(m.Question(text="after the backup"))
    window = make_window(qtbot)
    chosen: list[str] = []

    def choose(dialog: BackupChooser) -> int:
        chosen.append(dialog.list.currentItem().text())
        dialog.on_ok_clicked()
        return 1

    prompter.answers["run_dialog"] = choose
    prompter.answers["confirm"] = True
    with qtbot.waitSignal(window.reopen_requested, timeout=10000) as signal:
        window.file_actions["restore"].trigger()
    assert signal.args == ["Mum"] and "checked, good" in chosen[0]
    with profiles.opened("Mum") as p:
        assert count(p, "questions") == 1
    assert len(profiles.list_trash()) == 1  # the profile as it was, with its two questions
    assert copy.exists()


def test_delete_profile_and_undelete_from_the_trash_view(qtbot: Any, data_dir: Path, prompter: Any) -> None:
    make_profile()
    window = make_window(qtbot)
    prompter.answers["confirm"] = True
    with qtbot.waitSignal(window.switch_profile_requested, timeout=5000):
        window.file_actions["delete"].trigger()
    assert profiles.list_profiles() == []
    trash = TrashDialog()
    qtbot.addWidget(trash)
    assert trash.list.count() == 1 and trash.list.item(0).text().startswith("Mum")
    qtbot.mouseClick(trash.undelete_button, Qt.MouseButton.LeftButton)
    assert [i.name for i in profiles.list_profiles()] == ["Mum"]
    assert "back in the list" in trash.error.text() and trash.list.count() == 0


def test_read_only_profile_says_so_and_disables_changes(qtbot: Any, data_dir: Path) -> None:
    path = make_profile()
    os.chmod(path, 0o400)
    os.chmod(path.parent, 0o500)
    try:
        window = make_window(qtbot)
        banner = window.read_only_banner
        assert "read-only" in banner.text() and banner.isVisible()
        for key in ("restore", "import", "delete"):
            action = window.file_actions[key]
            assert not action.isEnabled() and "read-only" in action.toolTip()
        assert window.file_actions["export"].isEnabled() and window.file_actions["backup"].isEnabled()
        from PySide6.QtWidgets import QPushButton

        meds = window.show_area("medications")
        qtbot.waitUntil(lambda: meds.isVisible())
        buttons = [b for b in meds.findChildren(QPushButton) if b.isVisible()]
        assert buttons and [(b.text(), b.isEnabled(), b.toolTip()) for b in buttons if b.isEnabled()
                            or "read-only" not in b.toolTip()] == []
        appointments = window.show_area("appointments")
        qtbot.waitUntil(lambda: appointments.isVisible())
        for reading in (appointments.show_all_button, appointments.pack_button):  # left to the page
            assert "read-only" not in reading.toolTip()
        for tab in range(appointments.tabs.count()):  # buttons on every tab, locked as they are shown
            appointments.tabs.setCurrentIndex(tab)
            editing = [b for b in appointments.findChildren(QPushButton)
                       if b.isVisible() and not b.property("reading")]
            assert editing and not any(b.isEnabled() for b in editing), tab
        assert not window.new_action.isEnabled()
        window.ctx.close()
    finally:
        os.chmod(path.parent, 0o700)
        os.chmod(path, 0o600)


def test_app_backs_up_after_a_day_and_on_closing_after_changes(qtbot: Any, qapp: Any, data_dir: Path) -> None:
    import argparse

    from careorganiser.services import questions
    from careorganiser.ui.application import Controller

    make_profile()
    controller = Controller(qapp, argparse.Namespace(exit_when_ready=False, profile=None))
    controller.open_main(profiles.open_profile("Mum"))
    qtbot.addWidget(controller.window)
    controller.start_daily_backup(controller.ctx)
    qtbot.waitUntil(lambda: len(backups.list_backups("Mum")) == 1, timeout=10000)
    controller.start_daily_backup(controller.ctx)  # less than a day later: no second copy
    first = backups.list_backups("Mum")
    assert first[0].kind == "auto" and first[0].ok
    controller.shutdown()  # nothing changed: no copy on closing
    assert len(backups.list_backups("Mum")) == 1
    controller.open_main(profiles.open_profile("Mum"))
    qtbot.addWidget(controller.window)
    questions.create_question(controller.ctx.profile, text="Can she fly to her sister's wedding?")
    controller.shutdown()
    after = backups.list_backups("Mum")
    assert len(after) == 2 and after[0].ok
    assert backups.contents(after[0].path).counts["questions"] == 2


def test_old_file_that_cannot_be_upgraded_opens_read_only_in_the_window(qtbot: Any, data_dir: Path, prompter: Any) -> None:
    import sys

    sys.path.insert(0, str(Path(__file__).parent))
    from test_recovery import install_orphan_fixture

    install_orphan_fixture(data_dir)
    asked: list[str] = []
    prompter.answers["confirm"] = lambda title, text: asked.append(text) or True
    profile = open_with_prompt(None, "Old")
    assert profile is not None and profile.read_only
    assert "could not be brought up to date" in asked[0] and "read-only" in asked[0]
    window = MainWindow(AppContext(profile))
    qtbot.addWidget(window)
    assert "could not be brought up to date" in window.read_only_banner.text()
    assert not window.file_actions["import"].isEnabled()
    window.ctx.close()
    assert len(list((data_dir / "backups").iterdir())) == 1


def test_recovery_page_of_a_protected_profile_asks_for_the_passphrase_to_restore(qtbot: Any,
                                                                                data_dir: Path, prompter: Any) -> None:
    p = profiles.create_profile("Locked", "horse battery")
    svc.import_into(p, SMALL)
    backup.backup_profile(p)
    p.close()
    path = p.info.path
    damage(path)  # the start of the file is gone: the passphrase was never asked
    with pytest.raises(profiles.ProfileDamaged) as info:
        profiles.open_profile("Locked")
    page = RecoveryPage("Locked", info.value)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.restore_button.isEnabled(), timeout=10000)
    assert "protected by the profile's passphrase" in page.backup_label.text()
    prompter.answers["confirm"] = True
    prompter.answers["ask_passphrase"] = "horse battery"
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.opened is not None, timeout=10000)
    assert count(page.opened, "dose_events") == 10 and profiles.find_profile("Locked").encrypted
    page.opened.close()


def test_export_and_import_through_the_menu(qtbot: Any, data_dir: Path, tmp_path: Path, prompter: Any) -> None:
    import json

    make_profile()
    window = make_window(qtbot)
    target = tmp_path / "mum.json"
    prompter.answers["save_file"] = str(target)
    window.file_actions["export"].trigger()
    qtbot.waitUntil(lambda: target.exists() and "Exported" in window.statusBar().currentMessage(), timeout=10000)
    assert json.loads(target.read_text(encoding="utf-8"))["person"]["name"] == "Margaret Hale"
    informed: list[str] = []
    prompter.answers.update({"open_file": str(target), "ask_text": "Mum copy",
                            "inform": lambda title, text: informed.append(text)})
    window.file_actions["import"].trigger()
    qtbot.waitUntil(lambda: bool(informed), timeout=10000)
    assert "Mum copy" in informed[0]
    assert [i.name for i in profiles.list_profiles()] == ["Mum", "Mum copy"]
    with profiles.opened("Mum copy") as copy:
        assert count(copy, "dose_events") == 10
    window.ctx.close()


def test_import_into_the_empty_profile_open_in_the_window_shows_at_once(
        qtbot: Any, data_dir: Path, tmp_path: Path, prompter: Any) -> None:
    """Before, File > Import... into the new, empty profile that was open said "Imported into Mum: 1 medication"
    while the page behind it still said "No medications yet" until another page was opened and this one again."""
    import json

    profiles.create_profile("Mum").close()
    window = make_window(qtbot)
    page = window.show_area("medications")
    qtbot.waitUntil(lambda: page.active_empty.isVisibleTo(page), timeout=10000)
    assert page.active_model.rowCount() == 0
    source = tmp_path / "from the old computer.json"
    source.write_text(json.dumps(SMALL), encoding="utf-8")
    informed: list[str] = []
    prompter.answers.update({"open_file": str(source), "ask_text": "Mum",
                             "inform": lambda title, text: informed.append(text)})
    window.file_actions["import"].trigger()
    qtbot.waitUntil(lambda: bool(informed), timeout=10000)
    assert informed[0].startswith("Imported into \u201cMum\u201d: 1 medication")
    qtbot.waitUntil(lambda: page.active_model.rowCount() == 1, timeout=10000)
    assert not page.active_empty.isVisibleTo(page)
    window.ctx.close()


def test_import_into_the_empty_protected_profile_open_in_the_window_needs_no_passphrase_again(
        qtbot: Any, data_dir: Path, tmp_path: Path, prompter: Any) -> None:
    """Before, File > Import... into the protected profile open in the window stopped at "The profile “Mum” is
    protected by a passphrase." (the passphrase it was opened with was not used), and nothing came in."""
    import json

    profiles.create_profile("Mum", "horse battery").close()
    window = MainWindow(AppContext(profiles.open_profile("Mum", "horse battery")))
    qtbot.addWidget(window)
    window.show()
    page = window.show_area("medications")
    source = tmp_path / "mum.json"
    source.write_text(json.dumps(SMALL), encoding="utf-8")
    told: list[str] = []
    prompter.answers.update({"open_file": str(source), "ask_text": "Mum",
                             "inform": lambda title, text: told.append(text),
                             "warn": lambda title, text: told.append(text)})
    window.file_actions["import"].trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=10000)
    assert told[0].startswith("Imported into \u201cMum\u201d: 1 medication"), told
    qtbot.waitUntil(lambda: page.active_model.rowCount() == 1, timeout=10000)
    window.ctx.close()
    with profiles.opened("Mum", "horse battery") as p:
        assert count(p, "dose_events") == 10


def test_the_app_opens_a_profile_on_a_read_only_disk_read_only(qtbot: Any, tmp_path: Path, prompter: Any) -> None:
    """Before, `careorganiser --profile Mum` with the data on a read-only disk (a locked USB stick) showed
    "Not saved: the profile cannot be written... Your text is still here." and quit without a window: the
    window's writer lock file could not be made there. The command line read it; now the window does too."""
    import argparse
    import subprocess
    import sys

    import careorganiser.paths
    from careorganiser.ui.application import Controller

    stick = tmp_path / "stick"
    stick.mkdir()
    if not sys.platform.startswith("linux") or subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=20m", "tmpfs", str(stick)], capture_output=True, check=False).returncode:
        pytest.skip("mount is not allowed here")
    controller = None
    try:
        careorganiser.paths.set_data_dir(stick)
        make_profile()
        subprocess.run(["mount", "-o", "remount,ro", str(stick)], check=True)
        prompter.answers["warn"] = lambda title, text: pytest.fail(f"warned: {title}: {text}")
        controller = Controller(QApplication.instance(), argparse.Namespace(profile="Mum", exit_when_ready=False),
                                prompter=prompter)
        assert controller.start()
        window = controller.window
        qtbot.waitUntil(lambda: window.read_only_banner.isVisible(), timeout=10000)
        assert "read-only" in window.read_only_banner.text()
        page = window.show_area("medications")
        qtbot.waitUntil(lambda: page.active_model.rowCount() == 1, timeout=10000)
    finally:
        if controller is not None and controller.window is not None:
            controller.window.hide()
            controller.shutdown()
        careorganiser.paths.set_data_dir(None)
        subprocess.run(["umount", "-l", str(stick)], check=False)


@pytest.mark.parametrize("scale", [100, 200])
def test_recovery_page_text_never_runs_under_its_buttons(qtbot: Any, qapp: Any, data_dir: Path, scale: int) -> None:
    """A rescue report or a failure, long as they are, grows the page (or scrolls in it): the words are never
    drawn over the Close button nor cut off at the bottom, at normal and at double text size."""
    from careorganiser.ui.application import apply_text_scale
    from text_fit import clipped_text

    path = make_profile()
    damage(path)
    with pytest.raises(profiles.ProfileDamaged) as info:
        profiles.open_profile("Mum")
    apply_text_scale(qapp, scale)
    try:
        page = RecoveryPage("Mum", info.value)
        qtbot.addWidget(page)
        page.show()
        qtbot.waitExposed(page)
        qtbot.waitUntil(lambda: "no good backup" in page.backup_label.text(), timeout=10000)
        report = ("Rescued into \u201cMum (rescued)\u201d: 7 contacts, 113 measurements, 1 person, 1 setting, "
                  "79 symptom notes, 6 appointments, 5 medications, 1145 past versions, 914 doses recorded, "
                  "7 questions, 4 rides, 5 schedules. Unreadable parts skipped in: trials. Left out because "
                  "what they belonged to was lost: 1 question.")
        page.on_failed(profiles.ProfileError(report))
        for _ in range(4):
            QApplication.processEvents()
        assert page.status.text() == report
        assert not clipped_text(page), "\n".join(clipped_text(page))
        close = page.findChild(QDialogButtonBox).geometry()
        assert page.status.geometry().bottom() < close.top() or not page.status.isVisible()
    finally:
        apply_text_scale(qapp, 100)


def test_recovery_page_rescues_what_a_killed_process_left_in_the_wal(qtbot: Any, data_dir: Path,
                                                                     prompter: Any) -> None:
    """Before, opening the damaged profile folded its -wal into the damaged file and removed it (SQLite does
    so when the last connection closes), though the page says the file was not changed; now the file and its
    -wal stay as they were, the rescue reads the question saved last through the -wal and says so."""
    import sqlite3
    import sys

    from fork_server import forked

    path = make_profile()
    conn = sqlite3.connect(path)
    page_no = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'dose_events'").fetchone()[0]
    conn.close()
    writer = ("import os\nfrom careorganiser.store import profiles\nfrom careorganiser.store import models as m\n"
              "p = profiles.open_profile('Mum')\nwith p.session_factory.begin() as s:\n"
              "    s.add(m.Question(text='Ask about the night-time oxygen'))\nos.kill(os.getpid(), 9)\n")
    done = forked.run([sys.executable, "-c", writer], env=dict(os.environ, CAREORGANISER_DATA_DIR=str(data_dir)),
                      capture_output=True, text=True, timeout=60)
    assert done.returncode == -9, done.stderr
    wal = path.with_name(path.name + "-wal")
    data = bytearray(path.read_bytes())
    data[(page_no - 1) * 4096:(page_no - 1) * 4096 + 64] = bytes((7 * i + 13) % 256 for i in range(64))
    path.write_bytes(bytes(data))
    before = (path.read_bytes(), wal.read_bytes())
    assert before[1]
    reports: list[str] = []
    seen: dict[str, Any] = {}

    def drive(page: RecoveryPage) -> int:
        qtbot.addWidget(page)
        qtbot.waitUntil(lambda: "no good backup" in page.backup_label.text(), timeout=10000)
        prompter.answers["inform"] = lambda title, text: reports.append(text)
        qtbot.mouseClick(page.rescue_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.opened is not None, timeout=20000)
        seen["opened"] = page.opened
        return 1

    prompter.answers["run_dialog"] = drive
    open_with_prompt(None, "Mum")
    rescued = seen["opened"]
    try:
        assert rescued.name == "Mum (rescued)"
        texts = sorted(r[0] for r in rescued.read().execute("SELECT text FROM questions"))
        assert texts == ["Ask about the night-time oxygen", "Is the cough worse at night?"]
    finally:
        rescued.close()
    assert "The changes saved last, still in Mum.careprofile-wal beside the damaged file, were read too." in reports[0]
    assert (path.read_bytes(), wal.read_bytes()) == before
