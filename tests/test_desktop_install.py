"""Linux desktop integration: the desktop entry and AppStream metainfo validate and agree with each other, and
install.sh / uninstall.sh (beside the bundle) put exactly the program, the launcher, the menu entry, the icon and
the metainfo under a home's ~/.local, and take exactly those away again, never the records."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
APP_ID = "org.careorganiser.CareOrganiser"
sys.path.insert(0, str(PACKAGING / "linux"))
from layout import add_desktop_files  # noqa: E402

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux desktop only")


def _desktop(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(path.read_text(encoding="utf-8"))
    return parser["Desktop Entry"]


def test_desktop_entry_and_metainfo_agree() -> None:
    entry = _desktop(PACKAGING / f"{APP_ID}.desktop")
    assert entry["Icon"] == APP_ID and entry["Exec"] == "careorganiser" and entry["Terminal"] == "false"
    tree = ET.parse(PACKAGING / f"{APP_ID}.metainfo.xml").getroot()
    assert tree.findtext("id") == APP_ID
    assert tree.find("launchable").text == f"{APP_ID}.desktop"  # type: ignore[union-attr]
    assert tree.find("provides/binary").text == "careorganiser"  # type: ignore[union-attr]
    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    assert version in [r.get("version") for r in tree.iter("release")]


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils is not installed")
def test_desktop_entries_validate(tmp_path: Path) -> None:
    for path in (PACKAGING / f"{APP_ID}.desktop", PACKAGING / "careorganiser-autostart.desktop"):
        result = subprocess.run(["desktop-file-validate", str(path)], capture_output=True, text=True)
        assert result.returncode == 0 and not result.stdout.strip(), result.stdout


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream is not installed")
def test_metainfo_validates() -> None:
    result = subprocess.run(["appstreamcli", "validate", "--no-net", "--strict",
                             str(PACKAGING / f"{APP_ID}.metainfo.xml")], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def _bundle_folder(tmp_path: Path) -> Path:
    """A folder laid out as the bundle is (packaging/linux/layout.py), with a small program in it."""
    folder = tmp_path / "Care Organiser download" / "careorganiser-0.1.0"
    (folder / "_internal").mkdir(parents=True)
    (folder / "_internal" / "base_library.zip").write_bytes(b"PK\x05\x06" + bytes(18))
    program = folder / "careorganiser"
    program.write_text("#!/bin/sh\necho careorganiser 0.1.0\n")
    program.chmod(0o755)
    add_desktop_files(folder)
    return folder


def _tree(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) + ("/" if p.is_dir() and not p.is_symlink() else "")
            for p in folder.rglob("*")}


def _run(script: Path, home: Path, data_home: str | None) -> subprocess.CompletedProcess[str]:
    env = {"HOME": str(home), "PATH": os.environ.get("PATH", "/usr/bin:/bin")}
    if data_home is not None:
        env["XDG_DATA_HOME"] = data_home
    return subprocess.run(["sh", str(script)], env=env, capture_output=True, text=True, timeout=60)


@pytest.mark.parametrize("xdg_data_home", [None, "custom data", "relative/ignored"])
def test_install_and_uninstall_touch_exactly_their_files(tmp_path: Path, xdg_data_home: str | None) -> None:
    folder = _bundle_folder(tmp_path)
    home = tmp_path / "home with space"
    records = home / ".local" / "share" / "CareOrganiser" / "profiles"
    records.mkdir(parents=True)
    (records / "Mum.careorganiser").write_bytes(b"the records")
    (home / ".local" / "bin").mkdir()
    (home / ".local" / "bin" / "other-tool").write_text("#!/bin/sh\n")
    before = _tree(home)

    absolute = xdg_data_home is not None and not xdg_data_home.startswith("relative")
    data_home = str(tmp_path / xdg_data_home) if absolute else xdg_data_home
    result = _run(folder / "install.sh", home, data_home)
    assert result.returncode == 0, result.stderr
    share = Path(data_home) if absolute else home / ".local" / "share"
    app = home / ".local" / "lib" / "careorganiser"
    desktop = share / "applications" / f"{APP_ID}.desktop"
    icon = share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    metainfo = share / "metainfo" / f"{APP_ID}.metainfo.xml"
    launcher = home / ".local" / "bin" / "careorganiser"

    added = {home / p for p in _tree(home) - before} | ({p for p in share.rglob("*")} if absolute else set())
    program_files = {p for p in added if app in p.parents or p == app}
    assert added - program_files == {desktop, icon, metainfo, launcher} | {
        p for p in added if p.is_dir() and app not in p.parents and p != app}
    assert _tree(app) - {"installed-files.txt"} == _tree(folder)
    assert os.readlink(launcher) == str(app / "careorganiser")
    assert subprocess.run([str(launcher)], capture_output=True, text=True).stdout == "careorganiser 0.1.0\n"
    entry = _desktop(desktop)
    assert entry["Exec"] == f'"{app / "careorganiser"}"'  # quoted: the home has a space in it
    assert entry["Icon"] == APP_ID
    assert icon.read_bytes() == (ROOT / "resources" / "icons" / "careorganiser.svg").read_bytes()
    if shutil.which("desktop-file-validate"):
        assert subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True).returncode == 0

    # Installing again replaces the program and leaves one set of files.
    assert _run(folder / "install.sh", home, data_home).returncode == 0
    assert len((app / "installed-files.txt").read_text().splitlines()) == len(
        set((app / "installed-files.txt").read_text().splitlines()))

    result = _run(app / "uninstall.sh", home, data_home)
    assert result.returncode == 0, result.stderr
    assert _tree(home) == before
    assert (records / "Mum.careorganiser").read_bytes() == b"the records"
    if absolute:
        assert not share.exists()


def test_uninstall_without_an_install_says_so(tmp_path: Path) -> None:
    folder = _bundle_folder(tmp_path)
    home = tmp_path / "user home"
    home.mkdir()
    result = _run(folder / "uninstall.sh", home, None)
    assert result.returncode == 1 and "not installed" in result.stderr
    assert _tree(home) == set()


def test_install_refuses_to_replace_what_it_did_not_make(tmp_path: Path) -> None:
    folder = _bundle_folder(tmp_path)
    home = tmp_path / "user home"
    other = home / ".local" / "bin" / "careorganiser"
    other.parent.mkdir(parents=True)
    other.write_text("#!/bin/sh\necho something else\n")
    before = _tree(home)
    result = _run(folder / "install.sh", home, None)
    assert result.returncode == 1 and "careorganiser exists" in result.stderr
    assert _tree(home) == before and other.read_text() == "#!/bin/sh\necho something else\n"
