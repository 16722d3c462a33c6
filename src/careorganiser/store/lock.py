"""One writer per profile: an OS file lock beside the profile file, and who holds it.

The lock is ``<profile file>.lock`` in the profiles folder, locked with ``flock`` (Linux, macOS) or
``msvcrt.locking`` (Windows). The operating system drops it when its process ends, so a crash never leaves a
dead end. Beside it, ``<profile file>.lock-info`` names the holder (the app or a command, and its process id)
for the message that another process gets.

The app holds its profile's lock for as long as the window has it open. A command holds it for the whole
step (import, restore, delete...). Any other write through a :class:`~careorganiser.store.profiles.Profile`
(a command such as ``trials import``, a script) takes it for the length of its write transaction, so
writers of different processes take turns and a restore can never swap the file under an open
transaction (a profile whose file was swapped meanwhile refuses to write: ProfileReplaced). Reading takes
no lock: reading commands work beside the open app.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import msgspec.json
from msgspec import Struct

from careorganiser.i18n import translate
from careorganiser.store.codec import json_loads
from careorganiser.store.errors import ProfileInUse

LOCK_SUFFIX = ".lock"
INFO_SUFFIX = ".lock-info"
#: How long a writer waits for the lock before it gives up with a clear message (seconds).
ENV_WAIT = "CAREORGANISER_LOCK_WAIT"
DEFAULT_WAIT_SECONDS = 10.0
_POLL_SECONDS = 0.05

def wait_seconds() -> float:
    try:
        return max(0.0, float(os.environ.get(ENV_WAIT, DEFAULT_WAIT_SECONDS)))
    except ValueError:
        return DEFAULT_WAIT_SECONDS


def lock_path(profile_file: Path) -> Path:
    return profile_file.with_name(profile_file.name + LOCK_SUFFIX)


def info_path(profile_file: Path) -> Path:
    return profile_file.with_name(profile_file.name + INFO_SUFFIX)


def _key(profile_file: Path) -> str:
    return os.path.normcase(str(profile_file.absolute()))


class Holder(Struct, frozen=True):
    """Who holds a profile: ``kind`` is "app" or "command"; ``what`` names the command."""

    kind: str
    what: str
    pid: int

    def describe(self) -> str:
        if self.kind == "app":
            return translate("Lock", "the Care Organiser window (process {pid})").format(pid=self.pid)
        if self.what:
            return translate("Lock", "the command \u201ccareorganiser {what}\u201d (process {pid})").format(what=self.what,
                                                                                        pid=self.pid)
        return translate("Lock", "another Care Organiser process (process {pid})").format(pid=self.pid)


def read_holder(profile_file: Path) -> Holder | None:
    try:
        data = json_loads(info_path(profile_file).read_text(encoding="utf-8"))
        return Holder(str(data.get("kind", "")), str(data.get("what", "")), int(data.get("pid", 0)))
    except (OSError, ValueError, TypeError, AttributeError):
        return None


def _describe_holder(profile_file: Path) -> str:
    holder = read_holder(profile_file)
    return holder.describe() if holder is not None else translate("Lock", "another Care Organiser process")


def in_use_error(profile_file: Path, name: str) -> ProfileInUse:
    return ProfileInUse(
        translate("Lock", "The profile \u201c{name}\u201d is in use by {holder}; nothing was changed. "
                          "Close it there or try again in a moment.").format(name=name, holder=_describe_holder(profile_file)),
        keeps_text=False,
    )


# ---- the OS lock ------------------------------------------------------------------------------------

def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import msvcrt

        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":  # pragma: no cover
        import msvcrt

        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    fcntl.flock(fd, fcntl.LOCK_UN)


class _OsLock:
    """The one OS lock this process holds on a profile file, shared by every handle of the process."""

    def __init__(self, profile_file: Path, fd: int, holder: Holder) -> None:
        self.profile_file = profile_file
        self.fd = fd
        self.holder = holder
        self.count = 0


_registry: dict[str, _OsLock] = {}
_registry_mutex = threading.Lock()


class WriterLock:
    """A handle on the writer lock of one profile file. ``release()`` (or the end of the process) frees it.

    Handles of one process share one OS lock (counted): the lock is about processes, the app or a command.
    """

    def __init__(self, key: str, os_lock: _OsLock) -> None:
        self._key: str | None = key
        self._os_lock = os_lock

    @property
    def held(self) -> bool:
        return self._key is not None

    @property
    def holder(self) -> Holder:
        return self._os_lock.holder

    def release(self) -> None:
        with _registry_mutex:
            key, self._key = self._key, None
            if key is None:
                return
            self._os_lock.count -= 1
            if self._os_lock.count > 0:
                return
            del _registry[key]
            fd = self._os_lock.fd
            try:
                if sys.platform != "win32":  # leave nothing behind; a waiter notices the file went (below)
                    info_path(self._os_lock.profile_file).unlink(missing_ok=True)
                    lock_path(self._os_lock.profile_file).unlink(missing_ok=True)
                _unlock(fd)
            finally:
                os.close(fd)

    def __enter__(self) -> WriterLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


class _Role(Struct):
    kind: str = "command"
    what: str = ""


_role = _Role()


def set_process_role(kind: str, what: str = "") -> None:
    """Say who this process is ("app", or "command" and which), for the message another process shows."""
    _role.kind, _role.what = kind, what


def acquire(profile_file: Path, name: str, *, kind: str | None = None, what: str | None = None,
            wait: float | None = None) -> WriterLock:
    """Take the writer lock of ``profile_file``, waiting up to ``wait`` seconds; ProfileInUse when it stays held.

    The file need not exist yet: creating a profile is done under the lock of its future file. A process
    that holds the lock already gets another handle at once.
    """
    key = _key(profile_file)
    holder = Holder(kind or _role.kind, _role.what if what is None else what, os.getpid())
    with _registry_mutex:
        existing = _registry.get(key)
        if existing is not None:
            existing.count += 1
            if holder.kind == "app" and existing.holder.kind != "app":
                existing.holder = holder
                _write_info_quietly(profile_file, holder)
            return WriterLock(key, existing)
    deadline = time.monotonic() + (wait_seconds() if wait is None else wait)
    fd = _lock_file(profile_file, name, deadline)
    _write_info_quietly(profile_file, holder)
    with _registry_mutex:
        existing = _registry.get(key)
        if existing is not None:  # another thread of this process took it meanwhile
            _unlock(fd)
            os.close(fd)
        else:
            existing = _registry[key] = _OsLock(profile_file, fd, holder)
        existing.count += 1
        return WriterLock(key, existing)


def _lock_file(profile_file: Path, name: str, deadline: float) -> int:
    """Lock the lock file (made if missing); a file its holder removed on release is opened again."""
    target = lock_path(profile_file)
    while True:
        fd = os.open(target, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            while not _try_lock(fd):
                if time.monotonic() >= deadline:
                    raise in_use_error(profile_file, name)
                time.sleep(_POLL_SECONDS)
            if sys.platform == "win32" or _same_file(fd, target):
                return fd
            _unlock(fd)  # locked a file that its last holder had just removed: take the new one
        except BaseException:
            os.close(fd)
            raise
        os.close(fd)


def _same_file(fd: int, path: Path) -> bool:
    try:
        on_disk = path.stat()
    except FileNotFoundError:
        return False
    mine = os.fstat(fd)
    return (mine.st_dev, mine.st_ino) == (on_disk.st_dev, on_disk.st_ino)


def _write_info_quietly(profile_file: Path, holder: Holder) -> None:
    target = info_path(profile_file)
    # Hidden, with our process id and ".part": what every start removes once that process is gone
    # (backups.remove_strays), so a kill -9 while writing it leaves nothing behind.
    tmp = target.with_name(f".{target.name}.{os.getpid()}.part")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            # msgspec's writer, not the standard library's json: the app takes this lock before its first window
            handle.write(msgspec.json.encode({"kind": holder.kind, "what": holder.what, "pid": holder.pid}).decode())
        os.replace(tmp, target)
    except OSError:  # the message loses its detail; the lock still holds
        tmp.unlink(missing_ok=True)


def held_by_this_process(profile_file: Path) -> bool:
    with _registry_mutex:
        return _key(profile_file) in _registry


def remove_stale_lock_files(folder: Path) -> list[Path]:
    """Lock files left beside a profile that does not exist (a creation or an import killed before its file
    got its name). Each is removed only while we hold its lock, so nobody's live lock is ever taken away."""
    removed: list[Path] = []
    try:
        entries = [p for p in folder.iterdir() if p.name.endswith(LOCK_SUFFIX)]
    except OSError:
        return removed
    for lock_file in entries:
        profile_file = lock_file.with_name(lock_file.name[: -len(LOCK_SUFFIX)])
        if profile_file.exists() or held_by_this_process(profile_file):
            continue
        try:
            fd = os.open(lock_file, os.O_RDWR)
        except OSError:
            continue
        try:
            if not _try_lock(fd):
                continue  # somebody is creating it right now
            try:
                if not profile_file.exists() and _same_file(fd, lock_file):
                    for leftover in (info_path(profile_file), lock_file):
                        leftover.unlink(missing_ok=True)
                        removed.append(leftover)
            finally:
                _unlock(fd)
        finally:
            os.close(fd)
    return removed


@contextmanager
def holding(profile_file: Path, name: str, *, kind: str | None = None, what: str | None = None,
            wait: float | None = None) -> Iterator[WriterLock]:
    """Hold the lock for one step (import, restore, delete)."""
    handle = acquire(profile_file, name, kind=kind, what=what, wait=wait)
    try:
        yield handle
    finally:
        handle.release()


__all__ = ["Holder", "WriterLock", "acquire", "held_by_this_process", "holding", "in_use_error", "lock_path",
           "read_holder", "set_process_role"]
