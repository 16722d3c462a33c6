"""Each system's places, with the platform faked: the data folder (platformdirs), starting at login (XDG entry,
the Windows Run key through a registry kept in memory, the macOS LaunchAgent), the frozen program's own path, and
the resources folder inside a PyInstaller bundle."""

from __future__ import annotations

import plistlib
import sys
import types
from pathlib import Path
from typing import Any

import platformdirs.windows
import pytest

from careorganiser import autostart, paths, resources


@pytest.fixture
def no_data_dir_override(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(paths.ENV_DATA_DIR, raising=False)
    paths.set_data_dir(None)


def test_linux_data_dir_follows_xdg_data_home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                             no_data_dir_override: None) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert paths.data_dir() == tmp_path / "xdg" / "CareOrganiser"
    monkeypatch.delenv("XDG_DATA_HOME")
    assert paths.default_data_dir() == Path.home() / ".local" / "share" / "CareOrganiser"


def test_windows_data_dir_is_local_appdata(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                           no_data_dir_override: None) -> None:
    # Off Windows, platformdirs reads the known folders from the environment (its own fallback without ctypes).
    monkeypatch.setattr(platformdirs.windows, "_resolve_win_folder", platformdirs.windows.get_win_folder_from_env_vars)
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "AppData" / "Local"))
    monkeypatch.setenv("APPDATA", str(tmp_path / "AppData" / "Roaming"))
    assert paths.data_dir() == tmp_path / "AppData" / "Local" / "CareOrganiser"  # not roamed, no company folder
    assert (tmp_path / "AppData" / "Local" / "CareOrganiser" / "profiles").exists() is False
    assert paths.profiles_dir() == tmp_path / "AppData" / "Local" / "CareOrganiser" / "profiles"


def test_macos_data_dir_is_application_support(monkeypatch: pytest.MonkeyPatch, no_data_dir_override: None) -> None:
    monkeypatch.setattr(sys, "platform", "darwin")
    monkeypatch.delenv("XDG_DATA_HOME")  # set by the tests' fixture; platformdirs honours it on macOS too
    assert paths.data_dir() == Path.home() / "Library" / "Application Support" / "CareOrganiser"


def test_data_dir_option_wins_on_every_system(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for platform in ("linux", "win32", "darwin"):
        monkeypatch.setattr(sys, "platform", platform)
        paths.set_data_dir(tmp_path / "usb stick")
        assert paths.data_dir() == tmp_path / "usb stick"
    paths.set_data_dir(None)


class MemoryRegistry(types.ModuleType):
    """The part of ``winreg`` that autostart.WindowsRunKey uses, kept in a dict."""

    HKEY_CURRENT_USER = "HKCU"
    KEY_READ = 1
    KEY_SET_VALUE = 2
    REG_SZ = 1

    def __init__(self) -> None:
        super().__init__("winreg")
        self.keys: dict[tuple[str, str], dict[str, tuple[Any, int]]] = {}

    class _Key:
        def __init__(self, values: dict[str, tuple[Any, int]]) -> None:
            self.values = values

        def __enter__(self) -> MemoryRegistry._Key:
            return self

        def __exit__(self, *exc: object) -> None:
            return None

    def OpenKey(self, root: str, path: str, reserved: int = 0, access: int = 1) -> _Key:  # noqa: N802
        if (root, path) not in self.keys:
            raise FileNotFoundError(path)
        return self._Key(self.keys[(root, path)])

    def CreateKeyEx(self, root: str, path: str, reserved: int = 0, access: int = 2) -> _Key:  # noqa: N802
        return self._Key(self.keys.setdefault((root, path), {}))

    def QueryValueEx(self, key: _Key, name: str) -> tuple[Any, int]:  # noqa: N802
        if name not in key.values:
            raise FileNotFoundError(name)
        return key.values[name]

    def SetValueEx(self, key: _Key, name: str, reserved: int, kind: int, value: Any) -> None:  # noqa: N802
        key.values[name] = (value, kind)

    def DeleteValue(self, key: _Key, name: str) -> None:  # noqa: N802
        if name not in key.values:
            raise FileNotFoundError(name)
        del key.values[name]


def test_windows_autostart_writes_the_run_key(monkeypatch: pytest.MonkeyPatch) -> None:
    registry = MemoryRegistry()
    monkeypatch.setitem(sys.modules, "winreg", registry)
    monkeypatch.setattr(sys, "platform", "win32")
    program = r"C:\Users\Ann\AppData\Local\Programs\Care Organiser\careorganiser.exe"
    assert not autostart.is_enabled()
    autostart.set_enabled(True, [program])
    values = registry.keys[("HKCU", autostart.RUN_KEY_PATH)]
    assert values == {"CareOrganiser": (f'"{program}"', MemoryRegistry.REG_SZ)}
    assert autostart.is_enabled()
    autostart.set_enabled(False, [program])
    assert values == {} and not autostart.is_enabled()
    autostart.set_enabled(False, [program])  # off twice is fine
    assert not Path.home().joinpath(".config", "autostart").exists()


def test_macos_autostart_writes_a_launch_agent(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "darwin")
    program = "/Applications/Care Organiser.app/Contents/MacOS/careorganiser"
    autostart.set_enabled(True, [program])
    agent = Path.home() / "Library" / "LaunchAgents" / "org.careorganiser.CareOrganiser.plist"
    with open(agent, "rb") as handle:
        data = plistlib.load(handle)
    assert data["ProgramArguments"] == [program] and data["RunAtLoad"] is True
    assert autostart.is_enabled()
    autostart.set_enabled(False)
    assert not agent.exists() and not autostart.is_enabled()


def test_linux_autostart_writes_the_xdg_entry(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    autostart.set_enabled(True, ["/home/ann/.local/lib/careorganiser/careorganiser"])
    entry = Path.home() / ".config" / "autostart" / "org.careorganiser.CareOrganiser.desktop"
    assert "Exec=/home/ann/.local/lib/careorganiser/careorganiser\n" in entry.read_text(encoding="utf-8")
    autostart.set_enabled(False)
    assert not entry.exists()


def test_the_bundled_program_starts_itself(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    program = tmp_path / "careorganiser-0.1.0" / "careorganiser"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(program))
    assert autostart.autostart_command() == [str(program)]


def test_resources_are_found_inside_a_bundle(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    bundle = tmp_path / "_internal"
    (bundle / "resources").mkdir(parents=True)
    (bundle / "resources" / "measurements.json").write_text("[]", encoding="utf-8")
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    monkeypatch.delenv("CAREORGANISER_RESOURCES", raising=False)
    resources.resources_dir.cache_clear()
    try:
        assert resources.resource_path("fonts", "DejaVuSans.ttf") == bundle / "resources" / "fonts" / "DejaVuSans.ttf"
    finally:
        resources.resources_dir.cache_clear()
