"""The check on open in two parts: every table and index before the window reads anything, the search
index's own check (SQLite's FTS5 check) in a worker after the first paint. A damaged search index is still
found, with the same message, and the window goes to the recovery page as a damaged file always did."""

from __future__ import annotations

import argparse
import sqlite3
from pathlib import Path
from typing import Any

import pytest
import shiboken6
import sqlcipher3.dbapi2 as sqlcipher
from PySide6.QtCore import Qt
from quick_kdf import quick_key_derivation  # noqa: F401  (autouse: cheaper key derivation, quick_kdf.py)

from careorganiser.services import backup, questions
from careorganiser.store import backups, health, profiles
from careorganiser.store.errors import ProfileDamaged


def damage_search_index(path: Path) -> None:
    """Change a row of the search index's stored text behind FTS5's back: its inverted index no longer
    matches (what a torn write or a tool editing the file can leave)."""
    conn = sqlcipher.connect(str(path))
    try:
        row = conn.execute("SELECT id FROM search_index_content ORDER BY id LIMIT 1").fetchone()
        assert row is not None, "the index holds something"
        conn.execute("UPDATE search_index_content SET c0 = 'words the index never saw' WHERE id = ?", row)
        conn.commit()
    finally:
        conn.close()


def damage_table(path: Path, table: str) -> None:
    """Overwrite the cell pointers of a table's root page (a page of records that can no longer be read)."""
    conn = sqlite3.connect(str(path))
    try:
        root, = conn.execute("SELECT rootpage FROM sqlite_schema WHERE name = ?", (table,)).fetchone()
        size, = conn.execute("PRAGMA page_size").fetchone()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    with path.open("r+b") as f:
        f.seek((root - 1) * size + 8)
        f.write(b"\xff\xee" * 40)


def closed(profile: Any) -> str:
    profile.close()
    return profile.info.name


def add_words(profile: Any) -> None:
    questions.create_question(profile, text="Is the cough worse at night?")


@pytest.mark.parametrize("which", ["empty", "demo"])
def test_a_damaged_search_index_is_found_after_opening_with_the_same_message(request: Any, which: str) -> None:
    profile = request.getfixturevalue("profile" if which == "empty" else "demo_profile")
    add_words(profile)
    name = closed(profile)
    damage_search_index(profile.info.path)

    with pytest.raises(ProfileDamaged) as whole:  # a command's open: the whole check, as before
        profiles.open_profile(name)
    opened = profiles.open_profile(name, check_search_index=False)  # the window's: the index after its paint
    try:
        assert opened.read().execute("SELECT count(*) FROM questions").fetchone()[0] >= 1
        with pytest.raises(ProfileDamaged) as after:
            profiles.check_after_open(opened)
    finally:
        opened.close()
    assert str(after.value) == str(whole.value) and "damaged" in str(after.value)
    assert after.value.problems == whole.value.problems == ("some of its pages are broken",)


@pytest.mark.parametrize("which", ["empty", "demo"])
def test_a_damaged_table_is_still_found_before_anything_is_read(request: Any, which: str) -> None:
    profile = request.getfixturevalue("profile" if which == "empty" else "demo_profile")
    add_words(profile)
    name = closed(profile)
    damage_table(profile.info.path, "questions")
    with pytest.raises(ProfileDamaged, match="damaged"):
        profiles.open_profile(name, check_search_index=False)


@pytest.mark.parametrize("which", ["empty", "demo"])
def test_a_damaged_change_history_is_found_after_opening_with_the_same_message(request: Any, which: str) -> None:
    """The change history is not read by the first window: the window's open leaves it to the check after
    the paint, which finds its damage with the message a command's open gives."""
    profile = request.getfixturevalue("profile" if which == "empty" else "demo_profile")
    add_words(profile)  # a change: a row in the history
    name = closed(profile)
    damage_table(profile.info.path, "record_versions")

    with pytest.raises(ProfileDamaged) as whole:  # a command's open: the whole check, as before
        profiles.open_profile(name)
    opened = profiles.open_profile(name, check_search_index=False)
    try:
        assert opened.read().execute("SELECT count(*) FROM questions").fetchone()[0] >= 1
        with pytest.raises(ProfileDamaged) as after:
            profiles.check_after_open(opened)
    finally:
        opened.close()
    assert str(after.value) == str(whole.value) and "damaged" in str(after.value)
    assert after.value.problems == whole.value.problems


@pytest.mark.parametrize("passphrase", [None, "correct horse"])
def test_the_window_reads_through_the_connection_that_checked_the_file(tmp_path: Path, passphrase: str | None,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """One connection before the first paint: the window's open keeps the one its check used, with the
    pragmas of the usual one (writable, foreign keys, WAL, FULL, the busy timeout)."""
    made = profiles.create_profile("Kept", passphrase=passphrase)
    add_words(made)
    name = closed(made)
    opened_files: list[str] = []
    connect = sqlcipher.connect
    monkeypatch.setattr(sqlcipher, "connect", lambda *a, **k: (opened_files.append(str(a[0])), connect(*a, **k))[1])
    opened = profiles.open_profile(name, passphrase, check_search_index=False)
    try:
        conn = opened.read()
        assert conn.execute("SELECT text FROM questions").fetchall() == [("Is the cough worse at night?",)]
        pragmas = {p: conn.execute(f"PRAGMA {p}").fetchone()[0]
                   for p in ("query_only", "foreign_keys", "journal_mode", "synchronous", "busy_timeout")}
        assert pragmas == {"query_only": 0, "foreign_keys": 1, "journal_mode": "wal", "synchronous": 2,
                           "busy_timeout": 5000}
        # one file opened, once: as a URI that never makes a file (mode=rw)
        assert opened_files == [opened.info.path.resolve().as_uri() + "?mode=rw"]
    finally:
        opened.close()
    assert not opened.is_open
    opened_files.clear()
    again = profiles.open_profile(name, passphrase)  # a command's open: its check's connection is closed
    try:
        assert again.read().execute("SELECT count(*) FROM questions").fetchone()[0] == 1
        assert opened_files == [again.info.path.resolve().as_uri() + "?mode=rw", str(again.info.path)]
    finally:
        again.close()


def test_a_sound_profile_passes_both_parts(profile: Any) -> None:
    add_words(profile)
    name = closed(profile)
    opened = profiles.open_profile(name, check_search_index=False)
    try:
        profiles.check_after_open(opened)  # nothing raised: nothing to report
        assert opened.read().execute("SELECT count(*) FROM questions").fetchone()[0] == 1
    finally:
        opened.close()


def test_a_file_gone_before_the_check_after_opening_is_not_called_damaged(profile: Any) -> None:
    """The window closing (or the file moved) while the worker starts its check: nothing to check, and no
    damage reported, and no empty file made where the profile was."""
    name = closed(profile)
    opened = profiles.open_profile(name, check_search_index=False)
    try:
        opened.engine.dispose()
        folder = opened.info.path.parent
        moved = folder.with_name("moved-away")
        folder.rename(moved)  # its folder too (a test's folder removed, a stick pulled)
        try:
            profiles.check_after_open(opened)  # nothing raised
            assert not folder.exists(), "the check made nothing where the file was"
        finally:
            moved.rename(folder)
    finally:
        opened.close()


def test_a_file_gone_from_its_folder_is_not_made_again_empty(profile: Any) -> None:
    """Only the profile's file gone (its folder still there): the check opened it with a plain connect, which
    made an empty file where the profile had been (the review of last round)."""
    name = closed(profile)
    opened = profiles.open_profile(name, check_search_index=False)
    try:
        opened.engine.dispose()
        path = opened.info.path
        kept = path.with_name("elsewhere.bin")
        path.rename(kept)
        for sidecar in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            sidecar.unlink(missing_ok=True)
        try:
            profiles.check_after_open(opened)  # nothing raised: nothing to check
            assert not path.exists(), "the check made an empty file where the profile was"
            with pytest.raises(sqlcipher.OperationalError):
                health.connect_for_check(path, None, read_only=False)
            assert not path.exists()
        finally:
            kept.rename(path)
    finally:
        opened.close()


def test_the_check_reads_a_file_whose_name_has_uri_characters(tmp_path: Path) -> None:
    """Opened as a URI now: a name with a space, "#", "?" or "%" is still the same file."""
    path = tmp_path / "Mum & Dad #2 ?100%.careprofile"
    plain = sqlite3.connect(path)
    plain.execute("CREATE TABLE t (x)")
    plain.execute("INSERT INTO t VALUES (1)")
    plain.commit()
    plain.close()
    conn = health.connect_for_check(path, None, read_only=False)
    try:
        assert conn.execute("SELECT x FROM t").fetchall() == [(1,)]
    finally:
        conn.close()
    assert health.check_file(path).problems == ()


def test_the_window_shows_the_recovery_page_when_the_search_index_is_damaged(qtbot: Any, qapp: Any,
                                                                           profile: Any, prompter: Any) -> None:
    from careorganiser.ui.application import Controller
    from careorganiser.ui.main_window import MainWindow
    from careorganiser.ui.profile_picker import open_with_prompt
    from careorganiser.ui.recovery import RecoveryPage

    add_words(profile)
    good = backup.backup_profile(profile)
    name = closed(profile)
    damage_search_index(profile.info.path)
    damaged = profile.info.path.read_bytes()
    seen: dict[str, Any] = {}

    def restore(page: RecoveryPage) -> int:  # the person restores the newest good backup
        qtbot.addWidget(page)
        seen["title"], seen["explain"] = page.windowTitle(), page.explain.text()
        qtbot.waitUntil(lambda: page.restore_button.isEnabled(), timeout=10000)
        prompter.answers["confirm"] = True
        qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.result() == page.DialogCode.Accepted, timeout=10000)
        return 1

    prompter.answers["run_dialog"] = restore
    controller = Controller(qapp, argparse.Namespace(exit_when_ready=False, profile=name), prompter)
    opened = open_with_prompt(None, name, prompter)  # opens: the search index is checked after the paint
    assert opened is not None and controller.claim(opened)
    controller.open_main(opened)
    first = controller.window
    qtbot.waitUntil(lambda: "title" in seen and controller.window is not first and controller.window is not None,
                    timeout=20000)
    window = controller.window
    try:
        assert "damaged" in seen["title"] and "some of its pages are broken" in seen["explain"]
        assert isinstance(window, MainWindow) and window.isVisible()
        assert not shiboken6.isValid(first) or not first.isVisible()  # the first window closed
        profiles.check_after_open(controller.ctx.profile)  # the restored copy is sound
        assert [t.path.read_bytes() for t in profiles.list_trash()] == [damaged]  # kept aside, never erased
        assert good.exists() and backups.list_backups(name)
    finally:
        controller.close_window()


@pytest.mark.parametrize("check_search_index", [False, True])
def test_the_check_on_open_reads_one_state_of_the_file(demo_profile: Any, monkeypatch: pytest.MonkeyPatch,
                                                       check_search_index: bool) -> None:
    """Every statement of the check runs in one read transaction (one read lock taken, one state of the file
    checked), and the connection kept for the window's reads comes out of it with no transaction open."""
    name = closed(demo_profile)
    statements: list[str] = []
    connect_for_check = health.connect_for_check

    def traced(*args: Any, **kwargs: Any) -> Any:
        conn = connect_for_check(*args, **kwargs)
        conn.set_trace_callback(statements.append)
        return conn

    monkeypatch.setattr(health, "connect_for_check", traced)
    opened = profiles.open_profile(name, check_search_index=check_search_index)
    try:
        checks = [i for i, s in enumerate(statements) if s.startswith("PRAGMA quick_check")]
        assert len(checks) == 1 if check_search_index else len(checks) > 20  # the whole file's, or each table's
        begin = statements.index("BEGIN")
        end = statements.index("ROLLBACK")
        assert begin < checks[0] and checks[-1] < end
        assert "SELECT version_num FROM alembic_version" in statements[begin:end]
        assert statements[begin + 1:end].count("BEGIN") == 0
        assert not opened.read().in_transaction
        assert opened.read().execute("SELECT count(*) FROM medications").fetchone()[0] > 0
    finally:
        opened.close()
