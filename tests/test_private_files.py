"""On a shared home computer every file the app makes in its data dir is owner-only (0600) and every folder
0700, whatever the umask: app.lock was 0644. A profile copied in readable to others (or left so by an older
version) is made owner-only when it opens. From an empty data dir, through the command line and the window."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from cli_runner import run_cli


@pytest.fixture
def common_umask() -> Iterator[None]:
    """The usual umask of a desktop session: new files readable by everyone."""
    before = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(before)


def cli(data: Path, *args: str | Path) -> None:
    env = dict(os.environ)
    env.update({"CAREORGANISER_DATA_DIR": str(data), "TZ": "Europe/London"})
    result = run_cli(*args, env=env)
    assert result.returncode == 0, result.stderr


def modes(folder: Path) -> dict[str, int]:
    found = {".": stat.S_IMODE(folder.stat().st_mode)}
    for path in folder.rglob("*"):
        found[str(path.relative_to(folder))] = stat.S_IMODE(path.lstat().st_mode)
    return found


def test_everything_in_the_data_dir_is_owner_only(qtbot, data_dir: Path, tmp_path: Path, common_umask: None) -> None:
    from careorganiser.ui.single_instance import SingleInstance

    app = SingleInstance(data_dir)
    assert app.claim(listen=False)
    try:
        lock = data_dir / "app.lock"
        assert lock.exists() and stat.S_IMODE(lock.stat().st_mode) == 0o600
        cli(data_dir, "profile", "create", "Mum")
        cli(data_dir, "profile", "create", "Old")
        cli(data_dir, "backup", "--profile", "Mum")
        cli(data_dir, "profile", "delete", "Old")
        cli(data_dir, "export", "--profile", "Mum", "-o", tmp_path / "mum.json")
        found = modes(data_dir)
    finally:
        app.release()
    assert any(name.startswith("profiles/") for name in found) and any(name.startswith("trash/") for name in found)
    assert any(name.startswith("backups/") for name in found)
    wrong = {name: oct(mode) for name, mode in found.items()
             if mode != (0o700 if (data_dir / name).is_dir() else 0o600)}
    assert wrong == {}
    assert stat.S_IMODE((tmp_path / "mum.json").stat().st_mode) == 0o600  # an export holds health data too


def test_a_profile_readable_by_others_is_made_owner_only_when_it_opens(data_dir: Path, common_umask: None) -> None:
    cli(data_dir, "profile", "create", "Mum")
    profile = data_dir / "profiles" / "Mum.careprofile"
    profile.chmod(0o644)  # copied in by hand, or left so by an older version
    cli(data_dir, "today", "--profile", "Mum")
    assert stat.S_IMODE(profile.stat().st_mode) == 0o600
    for side in ("-wal", "-shm"):
        path = profile.with_name(profile.name + side)
        assert not path.exists() or stat.S_IMODE(path.stat().st_mode) == 0o600


def test_old_backups_and_trash_are_made_owner_only_when_a_profile_opens(data_dir: Path, common_umask: None) -> None:
    """Before, copies made before profiles were owner-only kept their old modes (readable by everyone on the
    computer) for ever: only the profile itself was fixed when it opened."""
    from careorganiser.store import profiles

    cli(data_dir, "profile", "create", "Mum")
    cli(data_dir, "profile", "create", "Old")
    cli(data_dir, "backup", "--profile", "Mum")
    cli(data_dir, "profile", "delete", "Old")
    copies = [data_dir / "backups", data_dir / "trash"]

    def left_open() -> dict[str, int]:
        return {name: mode for name, mode in modes(data_dir).items()
                if name.startswith(("backups", "trash")) and mode & 0o077}

    def as_an_older_version_left_them() -> None:
        for folder in copies:
            folder.chmod(0o755)
            for path in folder.iterdir():
                path.chmod(0o644)
        assert len(left_open()) >= 4

    as_an_older_version_left_them()
    cli(data_dir, "today", "--profile", "Mum")
    assert left_open() == {}

    # The window opens a profile without it (before its first paint) and runs it with the rest of the check.
    as_an_older_version_left_them()
    opened = profiles.open_profile("Mum", check_search_index=False)
    try:
        assert len(left_open()) >= 4
        profiles.check_after_open(opened)
        assert left_open() == {}
    finally:
        opened.close()
    assert stat.S_IMODE((data_dir / "backups").stat().st_mode) == 0o700


def test_a_folder_made_read_only_is_kept_read_only(data_dir: Path, capsys) -> None:
    """Before, each command made the profiles folder 0700 again: a folder someone had made read-only (0500) was
    made writable, and the profile in it was opened to be written, its -wal and -shm made there."""
    from careorganiser import cli as command_line

    cli(data_dir, "profile", "create", "Mum")
    folder = data_dir / "profiles"
    folder.chmod(0o500)
    try:
        before = sorted(p.name for p in folder.iterdir())
        assert command_line.main(["export", "--profile", "Mum"]) == 0
        assert "read-only" in capsys.readouterr().err
        assert stat.S_IMODE(folder.stat().st_mode) == 0o500
        assert sorted(p.name for p in folder.iterdir()) == before
    finally:
        folder.chmod(0o700)
