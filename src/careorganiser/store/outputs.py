"""Output files (``-o`` of export, pack, calendar, backup; Save As in the window) that never destroy inputs.

An output is refused (:class:`OutputRefused`, nothing changed) when it lies inside the data dir (profiles,
backups, trash: the app's own files) or another Care Organiser data folder, or is not a regular file (a device such as /dev/null, a FIFO, a folder).
A regular file elsewhere is replaced atomically: the bytes go to a temporary file in the target's folder,
which is flushed to disk, renamed over the target, and the folder flushed too. A failure leaves no
temporary file behind; temporary files a crashed run left (its process is gone) are removed first.
"""

from __future__ import annotations

import os
import stat
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from careorganiser import paths
from careorganiser.i18n import translate
from careorganiser.store.errors import OutputRefused, SaveFailed
from careorganiser.store.health import REGISTRY_NAME

PART_SUFFIX = ".part"


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.relative_to(folder)
    except ValueError:
        return False
    return True


def _in_a_data_dir(path: Path) -> bool:
    """Whether a folder above ``path`` is a Care Organiser data folder other than the one in use: the home
    one while the profiles are on a stick (``--data-dir``), or a stick's while the home one is in use."""
    for folder in path.parents:
        try:
            if (folder / REGISTRY_NAME).is_file():  # the list of profiles every data folder keeps
                return True
        except OSError:
            continue
    return False


def is_app_file(path: Path | str) -> bool:
    """True when ``path`` (links followed) lies inside the data dir (profiles, backups, trash, settings), this
    system's usual data dir, or any folder that holds Care Organiser's list of profiles."""
    target = Path(path).expanduser()
    resolved = target.resolve()
    absolute = target.absolute()
    for data in {paths.data_dir().resolve(), paths.default_data_dir().resolve()}:
        if _inside(resolved, data) or _inside(absolute, data):
            return True
    return _in_a_data_dir(resolved) or _in_a_data_dir(absolute)


def is_profile_file(path: Path) -> bool:
    """A profile or a backup of one: the backup suffix, or an SQLite database (a protected one is only known
    by its suffix)."""
    if path.name.lower().endswith(paths.PROFILE_SUFFIX):
        return True
    try:
        with open(path, "rb") as handle:
            return handle.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False


def check_output(path: Path | str, *, replaces_backup: bool = False) -> Path:
    """The target to write, or OutputRefused saying why it cannot be written (nothing is changed).

    An existing profile or backup is replaced only by a backup (``replaces_backup``): a pack, a calendar or an
    export aimed at the only backup someone keeps on a stick must not turn it into a PDF.
    """
    target = Path(path).expanduser()
    if is_app_file(target):
        raise OutputRefused(translate("Outputs", "Will not write {path}: it is inside Care Organiser's own data folder "
                                                 "(profiles and backups). Choose a file somewhere else.").format(path=target))
    try:
        st = target.stat()  # follows a link: what would be written is what it points at
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise OutputRefused(translate("Outputs", "Cannot write {path}: {error}").format(path=target, error=exc.strerror)) from None
    if st is not None and not stat.S_ISREG(st.st_mode):
        kind = translate("Outputs", "a folder") if stat.S_ISDIR(st.st_mode) else translate("Outputs", "not a regular file (a device or a pipe)")
        raise OutputRefused(translate("Outputs", "Will not write {path}: it is {kind}. Give the name of a file.").format(
            path=target, kind=kind))
    if st is not None and not replaces_backup and is_profile_file(target):
        raise OutputRefused(translate("Outputs", "Will not write {path}: it is a Care Organiser profile or backup, and "
                                                 "this would replace it. Choose another name.").format(path=target))
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise OutputRefused(translate("Outputs", "Cannot write {path}: the folder {folder} does not exist.").format(
            path=target, folder=folder))
    return target


def _part_prefix(target: Path) -> str:
    return f".{target.name}.{os.getpid()}."


def clean_stale_parts(target: Path) -> None:
    """Remove temporary files of ``target`` left by a run that no longer exists (a crash, a power cut)."""
    folder = target.parent if str(target.parent) else Path(".")
    # the part and what SQLite keeps beside it while a backup writes it (its -journal, -wal, -shm)
    for leftover in folder.glob(f".{glob_escape(target.name)}.*{PART_SUFFIX}*"):
        if not leftover.name.endswith((PART_SUFFIX, "-journal", "-wal", "-shm")):
            continue
        pid_text = leftover.name[len(target.name) + 2:].split(".", 1)[0]
        if pid_text.isdigit() and not process_alive(int(pid_text)):
            try:
                leftover.unlink()
            except OSError:
                pass


def glob_escape(text: str) -> str:
    return "".join(f"[{ch}]" if ch in "*?[" else ch for ch in text)


def process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if sys.platform == "win32":  # pragma: no cover
        return True  # cannot tell cheaply: leave it
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def write_with(path: Path | str, fill: Callable[[Path], None], *, private: bool = True,
               replaces_backup: bool = False) -> Path:
    """Make the file at ``path`` atomically: ``fill(temp_path)`` writes the content, then it is renamed into place.

    ``fill`` may write the file itself (SQLite's backup does); it must not rename it.
    """
    target = check_output(path, replaces_backup=replaces_backup)
    clean_stale_parts(target)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=_part_prefix(target), suffix=PART_SUFFIX, dir=folder)
    except OSError as exc:  # a read-only folder, /proc...: said of the file asked for, not of a temporary name
        raise from_os_error_for(target, exc) from None
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        fill(tmp)
        fsync_file(tmp)
        if private:
            paths.make_private_file(tmp)
        check_output(target, replaces_backup=replaces_backup)  # still not a device or a folder at the last moment
        os.replace(tmp, target)
        fsync_folder(folder)
    except OSError as exc:
        _discard(tmp)
        raise from_os_error_for(target, exc) from None
    except BaseException:
        _discard(tmp)
        raise
    return target


def write_bytes(path: Path | str, data: bytes, *, private: bool = True) -> Path:
    def fill(tmp: Path) -> None:
        with open(tmp, "wb") as handle:
            handle.write(data)

    return write_with(path, fill, private=private)


def from_os_error_for(target: Path, exc: OSError) -> SaveFailed:
    # Nothing was typed for an output file: the window's "your text is still here" does not belong.
    return SaveFailed(translate("Outputs", "Cannot write {path}: {reason}.").format(path=target, reason=_reason(exc)),
                      keeps_text=False)


def _reason(exc: OSError) -> str:
    import errno

    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return translate("Outputs", "the disk is full")
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return translate("Outputs", "the folder is read-only or not yours")
    if exc.errno == errno.EFBIG:
        return translate("Outputs", "the file would be larger than this system lets the program write "
                                    "(a file size limit)")
    return exc.strerror or type(exc).__name__


def _discard(tmp: Path) -> None:
    for p in (tmp, tmp.with_name(tmp.name + "-wal"), tmp.with_name(tmp.name + "-shm"),
              tmp.with_name(tmp.name + "-journal")):
        try:
            p.unlink(missing_ok=True)
        except OSError:
            pass


def fsync_file(path: Path) -> None:
    """Flush a file's data to the disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_folder(folder: Path) -> None:
    """Flush a folder (the names in it: a rename is durable only after this); a no-op where not possible."""
    if sys.platform == "win32":  # pragma: no cover - folders cannot be opened there
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


__all__ = ["check_output", "clean_stale_parts", "fsync_file", "fsync_folder", "is_app_file", "is_profile_file", "write_bytes",
           "write_with"]
