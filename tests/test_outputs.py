"""Outputs never destroy inputs (issue 9): ``-o`` of export, pack, calendar and backup refuse the data dir and
anything that is not a regular file; a regular file elsewhere is replaced atomically, with no partial file."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import Any

import pytest

from careorganiser import cli
from careorganiser.store import outputs, profiles


@pytest.fixture
def demo(data_dir: Path) -> Path:
    """A small profile with one backup; returns the profile's file."""
    from careorganiser.services import appointments

    from datetime import date, timedelta

    p = profiles.create_profile("Mum")
    appointments.create_appointment(p, day=date.today() + timedelta(days=3), at="10:30", purpose="Clinic review")
    profiles.backup_profile_file(p.info, reason="manual")
    path = p.info.path
    p.close()
    return path


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
            and not p.name.endswith((".lock", ".lock-info"))}


def run(*argv: str) -> int:
    return cli.main(list(argv))


@pytest.mark.parametrize("command", [
    ["export", "--profile", "Mum", "-o"],
    ["pack", "--profile", "Mum", "-o"],
    ["calendar", "--profile", "Mum", "-o"],
    ["backup", "--profile", "Mum", "-o"],
])
def test_outputs_aimed_at_the_profile_or_its_backup_are_refused(demo: Path, data_dir: Path, command: list[str],
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    backup = next((data_dir / "backups").glob("*"))
    before = snapshot(data_dir)
    for target in (demo, backup, data_dir / "profiles" / "new.pdf", data_dir / "trash" / "x.ics"):
        assert run(*command, str(target)) == 1
        err = capsys.readouterr().err
        assert "data folder" in err and len(err.strip().splitlines()) == 1
    assert snapshot(data_dir) == before  # the profile did not become a PDF, the backup not an .ics
    assert not (data_dir / "profiles" / "new.pdf").exists()


@pytest.mark.parametrize("command", [["export"], ["pack"], ["calendar"], ["backup"]])
def test_devices_pipes_and_folders_are_refused(demo: Path, tmp_path: Path, command: list[str],
                                               capsys: pytest.CaptureFixture[str]) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    folder = tmp_path / "folder"
    folder.mkdir()
    for target, mode_check in ((Path("/dev/null"), stat.S_ISCHR), (fifo, stat.S_ISFIFO), (folder, stat.S_ISDIR)):
        assert run(*command, "--profile", "Mum", "-o", str(target)) == 1
        err = capsys.readouterr().err
        assert "Will not write" in err, err
        assert mode_check(target.stat().st_mode)  # /dev/null is still the device
    assert list(folder.iterdir()) == []
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_a_regular_file_elsewhere_is_replaced_whole(demo: Path, tmp_path: Path) -> None:
    for command, name in ((["export"], "out.json"), (["calendar"], "out.ics"), (["backup"], "out.careprofile")):
        target = tmp_path / name
        target.write_bytes(b"old content")
        assert run(*command, "--profile", "Mum", "-o", str(target)) == 0
        assert target.read_bytes() != b"old content" and target.stat().st_size > 0
    import sqlcipher3.dbapi2 as sqlcipher

    conn = sqlcipher.connect(str(tmp_path / "out.careprofile"))
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    assert sorted(p.name for p in tmp_path.iterdir() if ".part" in p.name) == []


@pytest.mark.parametrize("command", [["export"], ["pack"], ["calendar"]])
def test_a_backup_kept_elsewhere_is_not_replaced_by_another_output(demo: Path, tmp_path: Path, command: list[str],
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """`calendar -o` aimed at the only backup on a stick turned it into an .ics (the review of this round)."""
    kept = tmp_path / "Mum-backup.careprofile"
    assert run("backup", "--profile", "Mum", "-o", str(kept)) == 0
    renamed = tmp_path / "Mum backup"  # a backup renamed without its suffix is still known by its header
    renamed.write_bytes(kept.read_bytes())
    before = {p: p.read_bytes() for p in (kept, renamed)}
    capsys.readouterr()
    for target in (kept, renamed):
        assert run(*command, "--profile", "Mum", "-o", str(target)) == 1
        err = capsys.readouterr().err
        assert "is a Care Organiser profile or backup" in err and len(err.strip().splitlines()) == 1
    assert {p: p.read_bytes() for p in (kept, renamed)} == before
    assert run("backup", "--profile", "Mum", "-o", str(kept)) == 0  # a newer backup may replace an older one


def test_a_failed_write_leaves_the_old_file_and_no_partial_one(demo: Path, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "out.json"
    target.write_bytes(b"old content")

    def disk_full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(outputs.os, "replace", disk_full)
    assert run("export", "--profile", "Mum", "-o", str(target)) == 1
    assert "the disk is full" in capsys.readouterr().err
    assert target.read_bytes() == b"old content"
    assert sorted(p.name for p in target.parent.iterdir()) == ["out.json"]


def test_stale_temporary_files_of_a_crashed_run_are_cleaned(demo: Path, tmp_path: Path) -> None:
    import subprocess
    import sys

    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    stale = tmp_path / f".out.json.{gone.pid}.x1y2.part"
    stale.write_bytes(b"half")
    journal = tmp_path / f".out.json.{gone.pid}.x1y2.part-journal"  # a backup killed mid-write leaves it too
    journal.write_bytes(b"log")
    live = tmp_path / f".out.json.{os.getppid()}.x1y2.part"  # a running process: left alone
    live.write_bytes(b"busy")
    assert run("export", "--profile", "Mum", "-o", str(tmp_path / "out.json")) == 0
    assert not stale.exists() and not journal.exists()
    assert live.exists()


def test_save_as_refuses_the_apps_own_files_and_asks_before_replacing(qtbot: object, demo: Path,
                                                                     tmp_path: Path, prompter: Any) -> None:
    asked: list[str] = []
    warned: list[str] = []
    existing = tmp_path / "pack.pdf"
    existing.write_bytes(b"keep me")
    prompter.answers.update({"warn": lambda _t, text: warned.append(text),
                            "confirm": lambda _t, text: asked.append(text) or False})
    try:
        prompter.answers["save_file"] = str(demo)
        assert prompter.save_file(None, "Save as PDF", "x.pdf", "PDF files (*.pdf)", suffix=".pdf") is None
        assert warned and "own files" in warned[0]
        prompter.answers["save_file"] = str(tmp_path / "pack")  # the suffix makes it an existing file
        assert prompter.save_file(None, "Save as PDF", "x.pdf", "PDF files (*.pdf)", suffix=".pdf") is None
        assert asked == ["pack.pdf already exists. Replace it?"]
        prompter.answers["confirm"] = True
        assert prompter.save_file(None, "Save as PDF", "x.pdf", "", suffix=".pdf") == str(existing)
    finally:
        prompter.answers.clear()
    assert existing.read_bytes() == b"keep me"
