"""Failures the person must see, in plain words, from the lowest layer up.

What can go wrong with a profile file is told apart too, each kind its own type, so the person at the keyboard
hears the truth: a damaged file is called damaged (never "wrong passphrase"), and every message says what to do next.

:class:`UserError` is the root of every error that carries a message for the user (``services.base.ServiceError``
is this class), so a page that shows a ``ServiceError`` also shows a save that failed in the database or on disk.
:func:`explain` turns any exception into one plain line without SQL, parameters or record text.
"""

from __future__ import annotations

import errno
from pathlib import Path
from typing import Any

from careorganiser.i18n import translate


class UserError(Exception):
    """An action that cannot be done, with a message for the user. Nothing was changed."""


class SaveFailed(UserError):
    """The database or the disk refused a change; nothing of it was stored.

    ``str()`` is the message for the window (it adds that what was typed is still in the form);
    ``plain`` is the same without that sentence, for the command line.
    """

    def __init__(self, message: str, keeps_text: bool = True) -> None:
        self.plain = message
        super().__init__(f"{message} {still_here()}" if keeps_text else message)


class ProfileInUse(SaveFailed):
    """Another process (the app or a command) is writing the profile."""


class ProfileReplaced(SaveFailed):
    """The profile file was replaced (restored, deleted) after this process opened it."""


class OutputRefused(UserError):
    """An output file that must not be written (inside the data dir, a device, a folder)."""


class ProfileError(UserError):
    """A profile operation that cannot be done, with a message for the user."""


class ProfileDamaged(ProfileError):
    """The file was a profile but can no longer be read as one (truncated, overwritten, a bad page...).

    ``backup`` is the newest good backup of it, if there is one; ``problems`` what the check found.
    """

    def __init__(self, message: str, name: str = "", backup: Path | None = None,
                 problems: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.name = name
        self.backup = backup
        self.problems = problems


class NotAProfile(ProfileError):
    """The file was never a Care Organiser profile (text, another program's database, ...)."""


class ProfileReadOnly(ProfileError):
    """The profile is on read-only media (or a read-only file): it can be read and exported, not changed."""


class UpgradeFailed(ProfileError):
    """The file is from an older version and could not be brought up to date; it was left as it was.

    ``backup`` is the copy made before the attempt; the old data can still be opened read-only.
    """

    def __init__(self, message: str, name: str = "", backup: Path | None = None) -> None:
        super().__init__(message)
        self.name = name
        self.backup = backup


def still_here() -> str:
    return translate("Errors", "Your text is still here.")


def disk_full() -> str:
    return translate("Errors", "Not saved: the disk is full. Free some space and try again.")


def file_size_limit() -> int | None:
    """The largest file this process may write, in bytes (``ulimit -f``), or None when there is no such limit.
    Past it a write fails (EFBIG, or a short write SQLite calls "disk full" or a disk I/O error)."""
    try:
        import resource
    except ImportError:  # Windows has no such limit
        return None
    try:
        soft, _hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    except (OSError, ValueError):
        return None
    return None if soft == resource.RLIM_INFINITY or soft < 0 else int(soft)


def size_words(size: int) -> str:
    """``10 KB``, ``2 MB``: a size as people read it."""
    if size >= 1024 * 1024:
        return translate("Errors", "{number} MB").format(number=round(size / (1024 * 1024), 1)).replace(".0 ", " ")
    return translate("Errors", "{number} KB").format(number=max(1, round(size / 1024)))


def size_limited(limit: int) -> str:
    return translate("Errors", "Not saved: the file could not be written because this computer limits the size of "
                               "the files Care Organiser may write ({size}; see ulimit -f). Nothing was lost; raise "
                               "the limit and try again.").format(size=size_words(limit))


def read_only() -> str:
    return translate("Errors", "Not saved: the profile cannot be written (the file or its folder is read-only).")


def in_use() -> str:
    return translate("Errors", "Not saved: the profile is in use by another Care Organiser process and stayed busy. "
                               "Try again in a moment.")


def same_moment() -> str:
    return translate("Errors", "Not saved: the same record was saved elsewhere at the same moment. "
                               "Look at it again, then try again.")


def damaged() -> str:
    return translate("Errors", "Not saved: the profile file could not be read or written (a disk or file problem).")


def _sqlite_message(exc: BaseException) -> str | None:
    """A plain message for an SQLite error text, or None when it is not one we know."""
    text = str(exc).lower()
    limit = file_size_limit()
    if limit is not None and ("disk is full" in text or "disk i/o error" in text):
        return size_limited(limit)  # a write past the limit: a short write ("full") or EFBIG (an I/O error)
    if "database or disk is full" in text or "disk is full" in text:
        return disk_full()
    if "readonly database" in text or "read-only" in text or "attempt to write a readonly" in text:
        return read_only()
    if "database is locked" in text or "database table is locked" in text or "database is busy" in text:
        return in_use()
    if "unique constraint failed" in text:
        return same_moment()
    if ("unable to open database" in text or "disk i/o error" in text or "malformed" in text
            or "not a database" in text):
        return damaged()
    return None


def from_dbapi(exc: BaseException) -> UserError | None:
    """The plain error for a database driver's exception, or None when it is not a failure to save."""
    message = _sqlite_message(exc)
    if message is None or message == damaged():  # a damaged or foreign file is told apart where it opens
        return None
    if message == in_use():
        return ProfileInUse(message)
    return SaveFailed(message)


def from_os_error(exc: OSError) -> SaveFailed:
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return SaveFailed(disk_full())
    if exc.errno == errno.EFBIG:
        return SaveFailed(size_limited(file_size_limit() or 0) if file_size_limit() is not None else disk_full())
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return SaveFailed(read_only())
    return SaveFailed(translate("Errors", "Not saved: the file could not be written ({error}).")
                      .format(error=exc.strerror or type(exc).__name__))


def os_failure(exc: OSError) -> str:
    """One plain line for a file the command could not write or read: the folder it is in, never a temporary
    name or an errno."""
    where = Path(str(exc.filename)).parent if exc.filename else None
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return disk_full()
    if exc.errno == errno.EFBIG:
        return from_os_error(exc).plain
    if where is None:
        return from_os_error(exc).plain
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return translate("Errors", "Nothing was changed: the folder {folder} cannot be written (it is read-only, on a read-only "
                                   "disk, or not yours).").format(folder=where)
    return translate("Errors", "Nothing was changed: a file in the folder {folder} could not be written or read ({error}).").format(
        folder=where, error=exc.strerror or type(exc).__name__)


def is_database_error(exc: BaseException) -> bool:
    """True for an error of the database layer (its text may hold SQL and values: never show it as is)."""
    return type(exc).__module__.startswith(("sqlalchemy", "sqlcipher3", "sqlite3"))


def explain(exc: BaseException) -> str:
    """One plain line for any failure: the message of a UserError, else a sentence without SQL or record text.

    For the command line (a SaveFailed without the window's "your text is still here").
    """
    if isinstance(exc, SaveFailed):
        return " ".join(exc.plain.split())
    if isinstance(exc, UserError):
        return " ".join((str(exc).strip() or type(exc).__name__).split())
    if isinstance(exc, OSError):
        return from_os_error(exc).plain
    original: Any = getattr(exc, "orig", None)  # SQLAlchemy's DBAPIError keeps the driver's error
    for candidate in (original, exc):
        if candidate is not None:
            message = _sqlite_message(candidate)
            if message is not None:
                return message
    if is_database_error(exc):
        return translate("Errors", "Not saved: the database refused the change ({kind}).").format(kind=type(exc).__name__)
    return translate("Errors", "Something went wrong ({kind}).").format(kind=type(exc).__name__)


__all__ = [
    "NotAProfile", "OutputRefused", "ProfileDamaged", "ProfileError", "ProfileInUse", "ProfileReadOnly",
    "ProfileReplaced", "SaveFailed", "UpgradeFailed", "UserError", "explain", "from_dbapi", "from_os_error",
    "os_failure",
]
