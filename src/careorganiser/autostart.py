"""Start at login (an option, off by default), without Qt.

* Linux and other XDG desktops: a ``.desktop`` entry in ``$XDG_CONFIG_HOME/autostart`` (default ``~/.config``);
* Windows: a value under ``HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run``;
* macOS: a LaunchAgent property list in ``~/Library/LaunchAgents``.

Each writer takes where to write (a path, or a :class:`RunKey`) so tests can point it anywhere;
:func:`set_enabled` and :func:`is_enabled` pick the right one for this computer.
"""

from __future__ import annotations

import os
import plistlib
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

APP_ID = "org.careorganiser.CareOrganiser"
RUN_VALUE_NAME = "CareOrganiser"
RUN_KEY_PATH = r"Software\Microsoft\Windows\CurrentVersion\Run"
DESKTOP_FILE_NAME = f"{APP_ID}.desktop"
LAUNCH_AGENT_FILE_NAME = f"{APP_ID}.plist"


def autostart_command() -> list[str]:
    """How to start the app: the frozen executable, the installed launcher, or this Python with ``-m``."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    launcher = shutil.which("careorganiser")
    if launcher:
        return [launcher]
    return [sys.executable, "-m", "careorganiser"]


# ---- XDG (Linux, BSD) ------------------------------------------------------------------------------------

def xdg_autostart_dir() -> Path:
    config = os.environ.get("XDG_CONFIG_HOME") or ""
    base = Path(config) if config and Path(config).is_absolute() else Path.home() / ".config"
    return base / "autostart"


def desktop_entry_path(autostart_dir: Path | None = None) -> Path:
    return (autostart_dir or xdg_autostart_dir()) / DESKTOP_FILE_NAME


def _desktop_quote(argument: str) -> str:
    """Quote one Exec argument as the Desktop Entry Specification asks."""
    reserved = set(" \t\n\"'\\><~|&;$*?#()`")
    if argument and not any(ch in reserved for ch in argument):
        return argument.replace("%", "%%")
    escaped = "".join("\\" + ch if ch in '"`$\\' else ch for ch in argument).replace("%", "%%")
    return f'"{escaped}"'


def desktop_entry_text(command: Sequence[str]) -> str:
    exec_line = " ".join(_desktop_quote(arg) for arg in command)
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=Care Organiser\n"
        "Comment=Medication reminders, rides and appointments for family caregivers\n"
        f"Exec={exec_line}\n"
        "Icon=org.careorganiser.CareOrganiser\n"
        "Terminal=false\n"
        "Categories=Office;\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def write_desktop_entry(path: Path, command: Sequence[str]) -> Path:
    """Write the autostart entry (atomically, owner-only)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(desktop_entry_text(command), encoding="utf-8")
    os.chmod(tmp, 0o600)
    tmp.replace(path)
    return path


def remove_file(path: Path) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        pass


def desktop_entry_enabled(path: Path) -> bool:
    """The entry exists and is not switched off (``Hidden=true`` or ``X-GNOME-Autostart-enabled=false``)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    lines = {line.split("=", 1)[0].strip(): line.split("=", 1)[1].strip()
             for line in text.splitlines() if "=" in line}
    return lines.get("Hidden", "false").lower() != "true" and \
        lines.get("X-GNOME-Autostart-enabled", "true").lower() != "false"


# ---- Windows ---------------------------------------------------------------------------------------------

class RunKey(Protocol):
    """The HKCU Run key: one string value per program started at login."""

    def get(self, name: str) -> str | None: ...

    def set(self, name: str, value: str) -> None: ...

    def delete(self, name: str) -> None: ...


class WindowsRunKey:
    """The real Run key of the current user, through ``winreg``."""

    def __init__(self) -> None:
        import winreg  # noqa: PLC0415 (Windows only)

        self._winreg = winreg

    def get(self, name: str) -> str | None:
        winreg = self._winreg
        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY_PATH, 0, winreg.KEY_READ) as key:
                return str(winreg.QueryValueEx(key, name)[0])
        except OSError:
            return None

    def set(self, name: str, value: str) -> None:
        winreg = self._winreg
        with winreg.CreateKeyEx(winreg.HKEY_CURRENT_USER, RUN_KEY_PATH, 0, winreg.KEY_SET_VALUE) as key:
            winreg.SetValueEx(key, name, 0, winreg.REG_SZ, value)

    def delete(self, name: str) -> None:
        winreg = self._winreg
        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY_PATH, 0, winreg.KEY_SET_VALUE) as key:
                winreg.DeleteValue(key, name)
        except FileNotFoundError:
            pass


def windows_command_line(command: Sequence[str]) -> str:
    import subprocess

    return subprocess.list2cmdline(list(command))


def set_windows_run(run_key: RunKey, enabled: bool, command: Sequence[str]) -> None:
    if enabled:
        run_key.set(RUN_VALUE_NAME, windows_command_line(command))
    else:
        run_key.delete(RUN_VALUE_NAME)


def windows_run_enabled(run_key: RunKey) -> bool:
    return bool(run_key.get(RUN_VALUE_NAME))


# ---- macOS -----------------------------------------------------------------------------------------------

def launch_agent_path(home: Path | None = None) -> Path:
    return (home or Path.home()) / "Library" / "LaunchAgents" / LAUNCH_AGENT_FILE_NAME


def launch_agent_data(command: Sequence[str]) -> dict[str, object]:
    return {"Label": APP_ID, "ProgramArguments": list(command), "RunAtLoad": True, "ProcessType": "Interactive"}


def write_launch_agent(path: Path, command: Sequence[str]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    with open(tmp, "wb") as handle:
        plistlib.dump(launch_agent_data(command), handle)
    os.chmod(tmp, 0o600)
    tmp.replace(path)
    return path


def launch_agent_enabled(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            data = plistlib.load(handle)
    except (OSError, plistlib.InvalidFileException, ValueError):
        return False
    return bool(data.get("RunAtLoad")) and not data.get("Disabled", False)


# ---- this computer ---------------------------------------------------------------------------------------

def _platform(platform: str | None) -> str:
    platform = platform or sys.platform
    if platform.startswith("win"):
        return "windows"
    if platform == "darwin":
        return "macos"
    return "xdg"


def is_enabled(platform: str | None = None) -> bool:
    kind = _platform(platform)
    if kind == "windows":
        return windows_run_enabled(WindowsRunKey())
    if kind == "macos":
        return launch_agent_enabled(launch_agent_path())
    return desktop_entry_enabled(desktop_entry_path())


def set_enabled(enabled: bool, command: Sequence[str] | None = None, platform: str | None = None) -> None:
    """Turn starting at login on or off for the current user. Raises OSError when it cannot be written."""
    command = list(command) if command is not None else autostart_command()
    kind = _platform(platform)
    if kind == "windows":
        set_windows_run(WindowsRunKey(), enabled, command)
    elif kind == "macos":
        path = launch_agent_path()
        write_launch_agent(path, command) if enabled else remove_file(path)
    else:
        path = desktop_entry_path()
        write_desktop_entry(path, command) if enabled else remove_file(path)
