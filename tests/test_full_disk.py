"""A full disk, and a read-only one, stop nothing that only reads: export, check, today and the pack read the
profile (with what a process that was killed left in its -wal); a write says the disk is full. On a real small
disk (a tmpfs mounted for the test: it needs root, as CI and the developers' machines run)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from careorganiser import cli
from careorganiser import paths as paths_mod
from fork_server import forked

SMALL = {
    "format": "careorganiser", "version": 1,
    "person": {"name": "Margaret Hale"},
    "medications": [{"id": "m1", "name": "Pirfenidone",
                     "schedules": [{"kind": "times", "times": ["08:00", "13:00", "19:00"]}]}],
    "questions": [{"id": "q1", "text": "Is the cough worse at night?"}],
}

# A process that adds a question and is killed before it closes the profile: the question is only in the -wal.
KILLED_WRITER = """
import os, sys
from careorganiser.store import profiles
from careorganiser.store import models as m
p = profiles.open_profile("Mum")
with p.session_factory.begin() as s:
    s.add(m.Question(text="Ask about the night-time oxygen"))
os.kill(os.getpid(), 9)
"""


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[Path]:
    """An empty 4 MB disk of its own."""
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("needs root to mount a small disk")
    folder = tmp_path / "disk"
    folder.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(folder)], check=False,
                      capture_output=True).returncode:
        pytest.skip("mount is not allowed here")
    try:
        yield folder
    finally:
        paths_mod.set_data_dir(None)
        subprocess.run(["umount", str(folder)], check=False)


def run(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str, str]:
    code = cli.main(["--data-dir", str(data), *args])
    out, err = capsys.readouterr()
    return code, out, err


def profile_with_a_killed_writer(capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path) -> None:
    source = tmp_path / "in.json"
    source.write_text(json.dumps(SMALL), encoding="utf-8")
    assert run(capsys, data, "import", str(source), "--profile", "Mum")[0] == 0
    env = dict(os.environ, CAREORGANISER_DATA_DIR=str(data))
    done = forked.run([sys.executable, "-c", KILLED_WRITER], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == -9, done.stderr
    assert (data / "profiles" / "Mum.careprofile-wal").stat().st_size > 0


def fill(folder: Path) -> None:
    with open(folder / "filler", "wb") as fh:
        try:
            while True:
                fh.write(b"\0" * 65536)
                fh.flush()
        except OSError:
            pass
    assert os.statvfs(folder).f_bavail == 0


def questions(out: str) -> list[str]:
    return sorted(q["text"] for q in json.loads(out)["questions"])


EXPECTED = ["Ask about the night-time oxygen", "Is the cough worse at night?"]


def test_export_check_and_today_read_a_profile_on_a_full_disk(
        disk: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Before, each said "“Mum” cannot be opened: the disk it is on is full": SQLite could not make the
    shared-memory file it writes beside a profile, though they only read."""
    source = tmp_path / "in.json"
    source.write_text(json.dumps(SMALL), encoding="utf-8")
    assert run(capsys, disk, "import", str(source), "--profile", "Mum")[0] == 0  # closed: no -wal, no -shm
    fill(disk)
    code, out, err = run(capsys, disk, "export", "--profile", "Mum")
    assert (code, err) == (0, "") and questions(out) == ["Is the cough worse at night?"]
    assert run(capsys, disk, "check", "--profile", "Mum") == (0, "ok\n", "")
    code, out, err = run(capsys, disk, "today", "--profile", "Mum", "--json")
    assert (code, err) == (0, "") and json.loads(out)
    pdf = tmp_path / "pack.pdf"
    assert run(capsys, disk, "pack", "--profile", "Mum", "-o", str(pdf))[0] == 0 and pdf.stat().st_size > 0
    # A write says why it cannot be made, and the file is as it was.
    code, _out, err = run(capsys, disk, "backup", "--profile", "Mum")
    assert code == 1 and "the disk is full" in err and "damaged" not in err
    from careorganiser.store import models as m
    from careorganiser.store import profiles

    paths_mod.set_data_dir(disk)
    with profiles.opened("Mum") as p:
        assert p.read_only and "the disk it is on is full" in p.notice
        with pytest.raises(profiles.SaveFailed, match="the disk is full"):
            with p.session_factory.begin() as s:
                s.add(m.Question(text="will not be saved"))
    # Once there is room again, it opens to be written as before, with nothing lost.
    (disk / "filler").unlink()
    with profiles.opened("Mum") as p:
        assert not p.read_only
        with p.session_factory.begin() as s:
            s.add(m.Question(text="Saved once there was room"))
    paths_mod.set_data_dir(None)
    code, out, _err = run(capsys, disk, "export", "--profile", "Mum")
    assert questions(out) == ["Is the cough worse at night?", "Saved once there was room"]


def test_a_read_only_disk_shows_what_a_killed_process_saved(
        disk: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Before, a profile on a read-only disk was read as ``immutable``, which ignores the -wal: the question
    saved by a process that was killed (saved: it was committed) was missing from the export, without a word."""
    profile_with_a_killed_writer(capsys, disk, tmp_path)
    before = {p.name: p.read_bytes() for p in (disk / "profiles").iterdir()}
    subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
    code, out, err = run(capsys, disk, "export", "--profile", "Mum")
    assert code == 0 and questions(out) == EXPECTED
    assert "read-only" in err
    assert run(capsys, disk, "check", "--profile", "Mum")[:2] == (0, "ok\n")
    assert {p.name: p.read_bytes() for p in (disk / "profiles").iterdir()} == before  # nothing written
