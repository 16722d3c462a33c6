"""The one module that owns where Care Organiser keeps its files.

The data dir is the platformdirs user data dir for "CareOrganiser"; ``--data-dir`` or the
``CAREORGANISER_DATA_DIR`` environment variable override it (portable use from a USB stick).
Everything is created owner-only (0700 folders, 0600 files).
"""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

from careorganiser import APP_NAME

#: The file suffix of a profile and of every backup of one.
PROFILE_SUFFIX = ".careprofile"
ENV_DATA_DIR = "CAREORGANISER_DATA_DIR"
_override: Path | None = None


def set_data_dir(path: str | os.PathLike[str] | None) -> None:
    """Point the app at another data dir for this process (the ``--data-dir`` option)."""
    global _override
    _override = Path(path).expanduser().resolve() if path else None


def data_dir() -> Path:
    if _override is not None:
        base = _override
    elif os.environ.get(ENV_DATA_DIR):
        base = Path(os.environ[ENV_DATA_DIR]).expanduser().resolve()
    else:
        base = default_data_dir()
    return ensure_private_dir(base)


def default_data_dir(platform: str | None = None) -> Path:
    """The user data dir of this system (platformdirs), named without a company folder:

    * Linux and the BSDs: ``$XDG_DATA_HOME/CareOrganiser`` (``~/.local/share/CareOrganiser``);
    * Windows: ``%LOCALAPPDATA%\\CareOrganiser`` (kept on this computer, not roamed to others);
    * macOS: ``~/Library/Application Support/CareOrganiser``.
    """
    platform = platform or sys.platform
    if platform.startswith("win"):
        from platformdirs.windows import Windows as Dirs
    elif platform == "darwin":
        from platformdirs.macos import MacOS as Dirs
    else:
        from platformdirs.unix import Unix as Dirs
    return Path(Dirs(APP_NAME, appauthor=False, roaming=False).user_data_dir)


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) if needed and make it owner-only. Access is only taken away from others: a
    folder the owner made read-only stays read-only (its profiles then open read-only)."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
        mode = path.stat().st_mode
    try:
        if mode & 0o077:
            os.chmod(path, stat.S_IMODE(mode) & 0o700)
    except OSError:  # e.g. FAT on a USB stick: permissions are not kept there
        pass
    return path


def make_private_file(path: Path) -> None:
    try:
        os.chmod(path, 0o600)
    except OSError:
        pass


def make_private_new_file(path: Path) -> None:
    """Create ``path`` empty and owner-only if it does not exist; make an existing one owner-only."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        pass
    except OSError:
        return
    else:
        os.close(fd)
    make_private_file(path)


def profiles_dir() -> Path:
    return ensure_private_dir(data_dir() / "profiles")


def trash_dir() -> Path:
    return ensure_private_dir(data_dir() / "trash")


def backups_dir() -> Path:
    return ensure_private_dir(data_dir() / "backups")


def settings_file() -> Path:
    return data_dir() / "settings.ini"


# ---- input files read with a limit --------------------------------------------------------------
# ``Path.read_bytes`` of /dev/zero or /dev/urandom never ends: the process grows until the computer runs out
# of memory, and the size a device reports (0) passes any check made before reading. A FIFO blocks the reader
# until something writes to it. So an input (import, trials import) is opened without blocking, refused unless
# it is a regular file, and read to at most ``limit`` + 1 bytes (more than ``limit`` means too large).


class NotARegularFile(OSError):
    """The path is a folder, a device, a FIFO or a socket, not a file to read."""


class FileTooLarge(OSError):
    """The file holds more than the limit."""


def read_regular_file(path: Path | str, limit: int) -> bytes:
    """The bytes of the regular file at ``path`` (links followed), of at most ``limit`` bytes.

    Raises NotARegularFile, FileTooLarge, or the OSError of opening or reading it.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise NotARegularFile(f"not a regular file: {path}")
        chunks: list[bytes] = []
        left = limit + 1
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        if left <= 0:
            raise FileTooLarge(f"more than {limit} bytes: {path}")
        return b"".join(chunks)
    finally:
        os.close(fd)
