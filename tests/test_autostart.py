"""Start at login: the XDG entry (XDG_CONFIG_HOME in tmp), the Windows Run key (a fake), the macOS LaunchAgent."""

from __future__ import annotations

import plistlib
import stat
from pathlib import Path

import pytest

from careorganiser import autostart

SRC_PACKAGING = Path(__file__).resolve().parent.parent / "packaging" / "careorganiser-autostart.desktop"


def test_off_by_default() -> None:
    assert not autostart.is_enabled("linux")
    assert not autostart.desktop_entry_path().exists()


def test_linux_entry_in_xdg_config_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    autostart.set_enabled(True, ["/opt/Care Organiser/careorganiser", "--profile", "Mum's care 100%"],
                          platform="linux")
    path = config / "autostart" / "org.careorganiser.CareOrganiser.desktop"
    assert path.exists()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    text = path.read_text(encoding="utf-8")
    assert text.startswith("[Desktop Entry]\n")
    assert "Type=Application\n" in text and "Name=Care Organiser\n" in text
    assert 'Exec="/opt/Care Organiser/careorganiser" --profile "Mum\'s care 100%%"\n' in text
    assert autostart.is_enabled("linux")
    autostart.set_enabled(False, platform="linux")
    assert not path.exists()
    assert not autostart.is_enabled("linux")
    autostart.set_enabled(False, platform="linux")  # turning off twice is fine


def test_linux_entry_switched_off_by_the_desktop(tmp_path: Path) -> None:
    path = autostart.write_desktop_entry(tmp_path / "a.desktop", ["careorganiser"])
    assert autostart.desktop_entry_enabled(path)
    path.write_text(path.read_text() + "Hidden=true\n")
    assert not autostart.desktop_entry_enabled(path)


def test_relative_xdg_config_home_is_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", "relative/dir")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert autostart.xdg_autostart_dir() == tmp_path / ".config" / "autostart"


class FakeRunKey:
    def __init__(self) -> None:
        self.values: dict[str, str] = {}

    def get(self, name: str) -> str | None:
        return self.values.get(name)

    def set(self, name: str, value: str) -> None:
        self.values[name] = value

    def delete(self, name: str) -> None:
        self.values.pop(name, None)


def test_windows_run_key() -> None:
    key = FakeRunKey()
    assert not autostart.windows_run_enabled(key)
    autostart.set_windows_run(key, True, [r"C:\Program Files\Care Organiser\CareOrganiser.exe"])
    assert key.values == {"CareOrganiser": r'"C:\Program Files\Care Organiser\CareOrganiser.exe"'}
    assert autostart.windows_run_enabled(key)
    autostart.set_windows_run(key, False, [])
    assert key.values == {} and not autostart.windows_run_enabled(key)


def test_macos_launch_agent(tmp_path: Path) -> None:
    path = autostart.launch_agent_path(tmp_path)
    assert path == tmp_path / "Library" / "LaunchAgents" / "org.careorganiser.CareOrganiser.plist"
    autostart.write_launch_agent(path, ["/Applications/Care Organiser.app/Contents/MacOS/CareOrganiser"])
    with open(path, "rb") as handle:
        data = plistlib.load(handle)
    assert data["Label"] == "org.careorganiser.CareOrganiser"
    assert data["ProgramArguments"] == ["/Applications/Care Organiser.app/Contents/MacOS/CareOrganiser"]
    assert data["RunAtLoad"] is True
    assert autostart.launch_agent_enabled(path)
    autostart.remove_file(path)
    assert not autostart.launch_agent_enabled(path)


def test_command_runs_this_program() -> None:
    command = autostart.autostart_command()
    assert command and (command[-1] == "careorganiser" or command[-2:] == ["-m", "careorganiser"]
                        or Path(command[0]).name.startswith("careorganiser"))


def test_packaged_entry_matches_the_written_one() -> None:
    packaged = SRC_PACKAGING.read_text(encoding="utf-8")
    assert packaged == autostart.desktop_entry_text(["careorganiser"])
