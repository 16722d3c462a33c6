"""Profiles: one SQLite file per person cared for, in the data dir's ``profiles/`` folder.

The file name is the profile name, percent-encoded, so the list of profiles needs no index and shows only
names, even for encrypted files. Nothing here ever unlinks a user's file: deleting moves it to ``trash/``,
and every migration is preceded by a backup copy in ``backups/``.
"""

from __future__ import annotations

import os
import shutil
import stat
import sys
import threading
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, unquote

from msgspec import Struct

from careorganiser import paths
from careorganiser.i18n import translate
from careorganiser.store import errors, health, rawdb
from careorganiser.store import lock as writer_lock
from careorganiser.store.errors import (  # noqa: F401  (re-exported: callers catch them from here)
    NotAProfile,
    ProfileDamaged,
    ProfileError,
    ProfileReadOnly,
    ProfileReplaced,
    SaveFailed,
    UpgradeFailed,
    UserError,
)
from careorganiser.store.migrations import HEAD, REVISIONS
from careorganiser.store.rawdb import WrongPassphrase as _EngineWrongPassphrase

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine, MetaData
    from sqlalchemy.orm import Session, sessionmaker

PROFILE_SUFFIX = paths.PROFILE_SUFFIX
MAX_NAME_LENGTH = 80
# File names are at most 255 bytes; the trash and backups add a timestamp and a reason to the name.
MAX_FILE_STEM_BYTES = 180
# Joiners are part of writing (Persian needs ZWNJ; emoji sequences use ZWJ); other format characters are refused.
_ALLOWED_FORMAT_CHARS = frozenset("\u200c\u200d")
_SAFE_ASCII = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -_'()&,+=@!~")


class ProfileNotFound(ProfileError):
    pass


class ProfileExists(ProfileError):
    pass


class PassphraseRequired(ProfileError):
    pass


class WrongPassphrase(ProfileError, _EngineWrongPassphrase):
    """The passphrase does not open this profile; also an ``engine.WrongPassphrase``."""


class NewerSchemaError(ProfileError):
    """The file was written by a newer version of Care Organiser; it is refused, never repaired."""


class ProfileInfo(Struct, frozen=True):
    name: str
    path: Path
    encrypted: bool
    size_bytes: int
    modified: datetime


def validate_profile_name(name: str) -> str:
    """Return the cleaned name, or raise ProfileError saying what is wrong with it."""
    cleaned = unicodedata.normalize("NFC", name).strip()
    if not cleaned:
        raise ProfileError(translate("Profiles", "A profile needs a name."))
    if len(cleaned) > MAX_NAME_LENGTH:
        raise ProfileError(
            translate("Profiles", "A profile name can be at most {n} characters.").format(n=MAX_NAME_LENGTH)
        )
    if any(unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") and ch not in _ALLOWED_FORMAT_CHARS
           for ch in cleaned):
        raise ProfileError(translate("Profiles", "A profile name cannot contain control characters."))
    if cleaned in (".", ".."):
        raise ProfileError(translate("Profiles", "That name cannot be used for a profile."))
    if len(_file_stem(cleaned).encode("utf-8")) > MAX_FILE_STEM_BYTES:
        raise ProfileError(translate("Profiles", "That profile name is too long; please use a shorter one."))
    return cleaned


# Windows keeps these names for devices, whatever follows the first dot: "Con.careprofile" is the console.
_WINDOWS_DEVICES = frozenset({"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
                              *(f"LPT{i}" for i in range(1, 10))})


def _file_stem(name: str) -> str:
    # Letters, marks and digits of any script stay readable; path separators, '%', symbols and other
    # unsafe characters are percent-encoded (UTF-8), so ``unquote`` gives the name back.
    stem = "".join(
        ch if ch in _SAFE_ASCII or (ord(ch) > 127 and unicodedata.category(ch)[0] in "LMN") else quote(ch, safe="")
        for ch in name
    )
    if sys.platform == "win32" and stem.upper() in _WINDOWS_DEVICES:  # "Con" (Constance) would be the console
        stem = f"%{ord(stem[0]):02X}{stem[1:]}"
    return stem


def _file_name(name: str) -> str:
    return _file_stem(name) + PROFILE_SUFFIX


def profile_path(name: str) -> Path:
    return paths.profiles_dir() / _file_name(validate_profile_name(name))


def _info(path: Path, registry: dict[str, dict[str, Any]] | None = None) -> ProfileInfo:
    stat = path.stat()
    entry = (registry if registry is not None else health.load_registry()).get(path.name)
    return ProfileInfo(
        name=unicodedata.normalize("NFC", unquote(path.name[: -len(PROFILE_SUFFIX)])),
        path=path,
        # Only a file that looks encrypted is "protected": a damaged one is not (health.read_header).
        encrypted=health.read_header(path, entry if isinstance(entry, dict) else None,
                                     use_registry=False).kind == health.ENCRYPTED,
        size_bytes=stat.st_size,
        modified=datetime.fromtimestamp(stat.st_mtime, UTC),
    )


def list_profiles() -> list[ProfileInfo]:
    registry = health.load_registry()
    found = [_info(p, registry) for p in paths.profiles_dir().glob("*" + PROFILE_SUFFIX) if p.is_file()]
    return sorted(found, key=lambda info: info.name.casefold())


def find_profile(name: str) -> ProfileInfo:
    wanted = validate_profile_name(name).casefold()
    for info in list_profiles():
        if info.name.casefold() == wanted:
            return info
    raise ProfileNotFound(translate("Profiles", "There is no profile named \u201c{name}\u201d.").format(name=name))


def profile_exists(name: str) -> bool:
    try:
        find_profile(name)
    except ProfileNotFound:
        return False
    return True


class Profile:
    """An open profile: the session factory for one unit of work per user action.

    The SQLAlchemy engine is made on first use, so the first screen can be read through ``read()``
    (plain DB-API) before the ORM has even been imported.
    """

    def __init__(self, info: ProfileInfo, passphrase: str | None = None, engine: Engine | None = None,
                 read_only: bool = False, notice: str = "", disk_full: bool = False) -> None:
        self.info = info
        self.passphrase = passphrase
        self._engine = engine
        self._session_factory: sessionmaker[Session] | None = None
        self._raw: Any = None
        #: The caregiver who is here, shared with every session (store.history records it with each change).
        self.who: dict[str, Any] = {"caregiver_id": None}
        self._writer: writer_lock.WriterLock | None = None
        self._writer_mutex = threading.Lock()
        self._identity = _file_identity(info.path)
        #: Opened for reading only (read-only media, or an old file that could not be upgraded).
        self.read_only = read_only
        #: Why it is read-only, in plain words for the window and the command line ("" when writable).
        self.notice = notice
        #: Read-only because its disk was full when it was opened (the command line then says so only when a
        #: command writes: ``notice`` is the refusal).
        self.disk_full = disk_full

    @property
    def name(self) -> str:
        return self.info.name

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            from careorganiser.store.engine import make_engine

            # A read-only profile takes no writer lock (there is nowhere to write it); its writes are refused.
            self._engine = make_engine(self.info.path, self.passphrase,
                                       before_write=None if self.read_only else self._before_write,
                                       read_only=self.read_only,
                                       refusal=self._refusal().plain if self.disk_full else None)
        return self._engine

    def hold_writer(self, kind: str | None = None, wait: float | None = None) -> None:
        """Hold the profile's writer lock until :meth:`close` (the app calls it when it opens a profile).

        Refused with ProfileInUse when another process writes the profile, and with ProfileReplaced when
        the file was restored or deleted after this profile was opened (a write would go to the old file).
        """
        if self.read_only:  # read-only media: nobody writes it from here, and no lock file can be made there
            return
        with self._writer_mutex:
            if self._writer is not None and self._writer.held:
                if kind == "app":  # say so in the info file
                    writer_lock.acquire(self.info.path, self.name, kind=kind, wait=0).release()
                return
            handle = writer_lock.acquire(self.info.path, self.name, kind=kind, wait=wait)
            if _file_identity(self.info.path) != self._identity:
                handle.release()
                raise ProfileReplaced(translate(
                    "Profiles", "Not saved: “{name}” was replaced or deleted after it was opened here. "
                    "Open it again.").format(name=self.name))
            self._writer = handle

    @property
    def holds_writer(self) -> bool:
        """Whether this profile holds the writer lock (:meth:`hold_writer`) until it closes."""
        with self._writer_mutex:
            return self._writer is not None and self._writer.held

    def _before_write(self) -> Callable[[], None] | None:
        """Before a write transaction: nothing when this profile holds the lock (the app, a command's step);
        else take it for this transaction only (the engine lets it go when the transaction is over)."""
        with self._writer_mutex:
            if self._writer is not None and self._writer.held:
                return None
        handle = writer_lock.acquire(self.info.path, self.name)
        if _file_identity(self.info.path) != self._identity:
            handle.release()
            raise ProfileReplaced(translate(
                "Profiles", "Not saved: \u201c{name}\u201d was replaced or deleted after it was opened here. "
                "Open it again.").format(name=self.name))
        return handle.release

    def release_writer(self) -> None:
        with self._writer_mutex:
            if self._writer is not None:
                self._writer.release()
                self._writer = None

    @property
    def session_factory(self) -> sessionmaker[Session]:
        if self._session_factory is None:
            from careorganiser.store.engine import make_session_factory

            factory = make_session_factory(self.engine, self.who)
            if self.read_only:
                from sqlalchemy import event

                refusal = self._refusal()

                def _refuse(_session: object, _context: object, _instances: object) -> None:
                    raise refusal

                event.listen(factory, "before_flush", _refuse)
            self._session_factory = factory
        return self._session_factory

    def _refusal(self) -> UserError:
        """What a write to a read-only profile raises: the disk is full, or why it is read-only."""
        if self.disk_full:
            return SaveFailed(errors.disk_full())
        return ProfileReadOnly(self.notice or translate("Profiles", "This profile is open read-only."))

    def adopt_reader(self, conn: Any) -> None:
        """Read through ``conn``, the connection that checked the file as it opened (``health.check_and_keep``),
        with the pragmas :meth:`read` gives its own; should they fail, it is closed and :meth:`read` opens
        one as usual."""
        import sqlcipher3.dbapi2 as sqlcipher

        try:
            if not self.read_only:
                conn.execute("PRAGMA query_only = 0")
            rawdb.apply_pragmas(conn, None, self.read_only)  # keyed already
        except sqlcipher.DatabaseError:
            conn.close()
            return
        self._raw = conn

    def read(self) -> Any:
        """A DB-API connection for fast reads (kept open; do not write through it)."""
        if self._raw is None:
            self._raw = rawdb.connect(self.info.path, self.passphrase, self.read_only)
        return self._raw

    def close(self) -> None:
        if self._raw is not None:
            self._raw.close()
            self._raw = None
        if self._engine is not None:
            self._engine.dispose()
        self.release_writer()

    def lock(self) -> None:
        """Close every connection and forget the passphrase and the engine made with it (the idle lock).

        Nothing can read the file through this object afterwards; ``open_profile`` opens it again.
        """
        self.close()
        self._engine = None
        self._session_factory = None
        if self.info.encrypted:
            self.passphrase = None

    @property
    def is_open(self) -> bool:
        """True while a connection (plain reads or the engine's pool) may be open."""
        return self._raw is not None or self._engine is not None

    def __enter__(self) -> Profile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _file_identity(path: Path) -> tuple[int, int] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return (stat.st_dev, stat.st_ino)


def _remove_sidecars(path: Path) -> None:
    for suffix in ("-wal", "-shm", "-journal"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            side.unlink()


def _keep_private(path: Path) -> None:
    """Make a profile and its SQLite side files owner-only, before SQLite opens it (it gives new side files the
    profile's mode): a file copied in, or made by a version that left it readable to others on the computer."""
    for target in (path, *(path.with_name(path.name + suffix) for suffix in ("-wal", "-shm"))):
        try:
            if target.stat().st_mode & 0o077:
                os.chmod(target, 0o600)
        except OSError:  # no such side file; or FAT, where modes are not kept
            pass


def _create_private_file(path: Path) -> None:
    """Create an empty owner-only file; refuse (never overwrite) one that exists."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise ProfileExists(translate("Profiles", "{path} already exists.").format(path=path)) from None
    os.close(fd)
    paths.make_private_file(path)


def create_profile(name: str, passphrase: str | None = None, person_name: str | None = None,
                   at: Path | None = None) -> Profile:
    """Create the file (schema made and stamped at the current head) with its person, and open it.

    One locked step: the file is built under a temporary name and linked into place only when complete,
    so another process never finds it half-made, and two creators of one name cannot both succeed.
    ``at``: build it under that (temp) path instead, for a caller that renames it into place when complete.
    """
    name = validate_profile_name(name)
    if passphrase is not None and passphrase == "":
        raise ProfileError(translate("Profiles", "A passphrase cannot be empty."))
    if at is not None:  # built under a (temp) path for a caller that renames it into place when complete
        _build_profile_file(at, passphrase, person_name or name)
        return Profile(_info(at), passphrase)
    path = profile_path(name)
    with writer_lock.holding(path, name):
        if profile_exists(name):  # named as it is listed: "mum" is taken by "Mum" (capitals do not count)
            raise ProfileExists(translate("Profiles", "A profile named \u201c{name}\u201d already exists.").format(
                name=find_profile(name).name))
        building = path.with_name(f".{path.name}.{os.getpid()}.creating")
        _remove_stale_building(path)
        _remove_sidecars(building)
        building.unlink(missing_ok=True)
        try:
            _build_profile_file(building, passphrase, person_name or name)
            _link_into_place(building, path, name)
        finally:
            building.unlink(missing_ok=True)
            _remove_sidecars(building)
        health.register(path)
        return Profile(_info(path), passphrase)


def _remove_stale_building(path: Path) -> None:
    """Half-made files of a creation that crashed (its process is gone): ours, never a user's."""
    from careorganiser.store.outputs import glob_escape, process_alive

    for leftover in path.parent.glob(f".{glob_escape(path.name)}.*.creating"):
        pid = leftover.name[len(path.name) + 2:].split(".", 1)[0]
        if pid.isdigit() and not process_alive(int(pid)):
            leftover.unlink(missing_ok=True)
            _remove_sidecars(leftover)


def _build_profile_file(path: Path, passphrase: str | None, person_name: str) -> None:
    from careorganiser.store import search  # noqa: F401  (adds the full-text index to create_all)
    from careorganiser.store.engine import make_engine, make_session_factory, writer
    from careorganiser.store.models import Base, Person

    _create_private_file(path)  # owner-only before SQLite opens it: its -wal and -shm then get the same mode
    engine = make_engine(path, passphrase)
    try:
        with writer(engine).begin() as conn:
            _make_schema(conn, Base.metadata)
        factory = make_session_factory(engine)
        with factory.begin() as session:
            session.add(Person(id=1, name=person_name))
        with engine.connect() as conn:  # everything into the main file before it is linked into place
            conn.connection.dbapi_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        engine.dispose()
    paths.make_private_file(path)


def _link_into_place(building: Path, path: Path, name: str) -> None:
    """Give the finished file its name; never over an existing file."""
    try:
        os.link(building, path)
    except FileExistsError:
        raise ProfileExists(
            translate("Profiles", "A profile named \u201c{name}\u201d already exists.").format(name=name)) from None
    except OSError:  # a file system without hard links (FAT on a USB stick): we hold the lock, so rename
        if path.exists():
            raise ProfileExists(
                translate("Profiles", "A profile named \u201c{name}\u201d already exists.").format(name=name)) from None
        os.replace(building, path)


#: The statements that made the schema of the first profile this process built, replayed for the next ones.
_SCHEMA_STATEMENTS: list[str] = []


def _make_schema(conn: Connection, metadata: MetaData) -> None:
    """Make the tables, indexes, search index and triggers of a new, empty file, stamped at the head revision.

    The first time in a process this is SQLAlchemy's ``create_all`` and Alembic's ``stamp``, with the
    statements they send kept; later files get the same statements again (a new file is always empty, so
    they are always the same). That is ~10 ms where the two took ~75 ms: the stamp loads every migration
    script, and ``create_all`` asks the empty file about each table first. A test holds the two schemas equal.
    """
    if _SCHEMA_STATEMENTS:
        for statement in _SCHEMA_STATEMENTS:
            conn.exec_driver_sql(statement)
        return
    from sqlalchemy import event

    sent: list[str] = []

    def keep(_conn: object, _cursor: object, statement: str, parameters: object, _context: object,
             _many: bool) -> None:
        if statement.lstrip().split(None, 1)[0].upper() in ("PRAGMA", "SELECT"):
            return  # create_all and the stamp asking what is there: nothing is
        if parameters:  # never so far; a statement with values is not kept, and the next file runs both again
            sent.append("")
        sent.append(statement)

    event.listen(conn, "before_cursor_execute", keep)
    try:
        metadata.create_all(conn)
        _stamp(conn)
    finally:
        event.remove(conn, "before_cursor_execute", keep)
    if "" not in sent:
        _SCHEMA_STATEMENTS[:] = sent


def _stamp(conn: object) -> None:
    from alembic import command

    command.stamp(_alembic_config(conn), "head")


def _alembic_config(conn: object) -> object:
    from alembic.config import Config

    from careorganiser.store.migrations import MIGRATIONS_DIR

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = conn
    return cfg


def schema_revision(engine: Engine) -> str | None:
    """The Alembic revision a file is at, or None for a file with no schema at all."""
    with engine.connect() as conn:
        return rawdb.schema_revision(conn.connection.dbapi_connection)


def open_profile(name: str, passphrase: str | None = None, allow_read_only: bool = False,
                 check_search_index: bool = True) -> Profile:
    """Open a profile: read its start, check its pages (``quick_check``), upgrade an old schema after a backup.

    ``check_search_index=False`` (the window) leaves the search index's own check, the free pages' and the
    change history's (``health.CHECKED_AFTER_PAINT``: the first window does not read it) to
    :func:`check_after_open`, which the window runs in a worker after its first paint; every table the first
    window reads is checked before anything is read either way.

    Each way a file can fail to open is its own error with a plain message that says what to do next:
    ProfileDamaged (naming the newest good backup), WrongPassphrase, NotAProfile, NewerSchemaError,
    UpgradeFailed. A profile on read-only media opens read-only (``profile.read_only``, ``profile.notice``).
    With ``allow_read_only``, an old file that cannot be upgraded opens read-only at its own schema
    (for reading commands) instead of raising UpgradeFailed.

    Everything here is plain DB-API: the ORM is imported only when the profile is first used (or upgraded).
    """
    info = find_profile(name)
    from careorganiser.store import strays

    strays.remove_strays()  # temp files of a backup, restore or import that was killed
    reading = health.read_header(info.path)
    if reading.kind == health.DAMAGED:
        raise damaged_error(info, (reading.reason,))
    if reading.kind == health.FOREIGN:
        raise NotAProfile(
            translate("Profiles", "\u201c{name}\u201d is not a Care Organiser profile: the file holds something else. "
                           "{backup}").format(name=info.name, backup=_backup_hint(info)).strip())
    encrypted = reading.kind == health.ENCRYPTED
    if encrypted and not passphrase:
        raise PassphraseRequired(
            translate("Profiles", "The profile \u201c{name}\u201d is protected by a passphrase.").format(name=info.name)
        )
    key = passphrase if encrypted else None
    read_only = health.is_read_only(info.path)
    if not read_only:
        _keep_private(info.path)
    # On a full disk SQLite cannot make the files it writes beside a profile: it is read as on read-only media.
    disk_full = not read_only and health.disk_is_full(info.path.parent)
    read_only = read_only or disk_full
    # The window's open (``check_search_index=False``, on its GUI thread, which does its reads) keeps the
    # connection that checked a sound file at the current schema for those reads: one connection and one
    # reading of the schema before the first paint, not two.
    try:
        try:
            result, checked = health.check_and_keep(info.path, key, read_only, search_index=check_search_index)
        except rawdb.WrongPassphrase:
            older = rawdb.older_kdf_iterations(info.path, key) if key and not read_only else None
            if older is None:
                raise
            _rekey_to_current(info, key, older)  # type: ignore[arg-type]
            result, checked = health.check_and_keep(info.path, key, read_only, search_index=check_search_index)
    except rawdb.WrongPassphrase:
        raise wrong_passphrase_error(info, passphrase) from None
    if checked is not None and (check_search_index or result.revision != HEAD):
        checked.close()
        checked = None
    try:
        if result.problems:
            refuse_when_disk_full(info, result.problems)
            raise damaged_error(info, result.problems, key)
        _check_revision(result.revision, info)
        notice = disk_full_notice(info) if disk_full else read_only_notice(info) if read_only else ""
        profile = Profile(info, key, read_only=read_only, notice=notice, disk_full=disk_full)
        if checked is not None:
            profile.adopt_reader(checked)
            checked = None
    finally:
        if checked is not None:
            checked.close()
    if result.revision != HEAD:
        if read_only:
            profile.close()
            return _reading_copy(info, key, notice + " " + translate(
                "Profiles", "It was saved by an older version and cannot be brought up to date there; "
                            "copy it to this computer to use it fully."))
        try:
            _backup_and_upgrade(profile.engine, info, key, result.revision)
        except UpgradeFailed as exc:
            profile.close()
            if not allow_read_only:
                raise
            return _reading_copy(info, key, str(exc))
        except BaseException:
            profile.close()
            raise
    if not read_only:
        health.register(info.path)
        if check_search_index:  # the window does it with the rest of the check, after its first paint
            keep_copies_private(info.path)
    return profile


def keep_copies_private(profile_path: Path) -> None:
    """Make the backups and trash folders beside a profile, and what is in them, owner-only, as the profile is made
    when it opens: copies made by a version that left files readable to others keep no such mode. Modes are only
    taken away (a read-only copy stays read-only); links are left alone; what cannot be changed is skipped."""
    from careorganiser.store import backups

    for folder in (backups.folder_of(profile_path), profile_path.parent.parent / "trash"
                   if profile_path.parent.name == "profiles" else paths.data_dir() / "trash"):
        try:
            entries = [folder, *(Path(entry.path) for entry in os.scandir(folder))]
        except OSError:  # none yet
            continue
        for path in entries:
            try:
                mode = path.lstat().st_mode
                if mode & 0o077 and not stat.S_ISLNK(mode):
                    os.chmod(path, stat.S_IMODE(mode) & 0o700)
            except OSError:  # gone meanwhile, not ours, or FAT, where modes are not kept
                pass


def check_after_open(profile: Profile) -> None:
    """The rest of the check on open that ``open_profile(check_search_index=False)`` left out: the whole
    file's quick check, with the search index's own check (FTS5) and the free pages. Reads through a
    connection of its own (a worker may run it). Raises ProfileDamaged, the same error, with the same
    message, as ``open_profile`` gives a file that fails its check. A file that cannot be opened any more (it
    was moved or deleted meanwhile, the window closing) is not damage: nothing is checked, the next read or write
    says what is wrong. A sound file's backups and trash are then made owner-only (:func:`keep_copies_private`)."""
    import sqlcipher3.dbapi2 as sqlcipher

    try:
        result = health.check_file(profile.info.path, profile.passphrase, profile.read_only)
    except sqlcipher.OperationalError:
        if profile.info.path.exists():
            raise
        return
    if result.problems:
        raise damaged_error(profile.info, result.problems, profile.passphrase)
    if not profile.read_only:
        keep_copies_private(profile.info.path)


def _reading_copy(info: ProfileInfo, key: str | None, notice: str) -> Profile:
    """An old file that cannot be upgraded where it is, opened read-only through an upgraded private copy.

    The copy lives in an owner-only temporary folder and is brought up to the current schema there (rows
    whose parent is missing are kept as they are, so nothing is hidden); the user's file is never changed.
    """
    import atexit
    import tempfile

    from careorganiser.store.engine import make_engine

    folder = Path(tempfile.mkdtemp(prefix="careorganiser-reading-"))  # mkdtemp: 0700
    atexit.register(shutil.rmtree, folder, True)
    copy = folder / info.path.name
    from careorganiser.store import backups

    backups.copy_verified(info.path, key, copy, read_only=True)
    paths.make_private_file(copy)
    upgrade(make_engine(copy, key), check_foreign_keys=False)
    copy_info = ProfileInfo(name=info.name, path=copy, encrypted=info.encrypted, size_bytes=info.size_bytes,
                            modified=info.modified)
    return Profile(copy_info, key, read_only=True, notice=notice)


def _rekey_to_current(info: ProfileInfo, passphrase: str, old_iterations: int) -> None:
    """Re-encrypt a profile made with an older key derivation with today's, after a backup copy of it."""
    _remove_sidecars_if_idle(info.path)
    backup = paths.backups_dir() / f"{info.path.stem}.before-rekey.{_timestamp()}{PROFILE_SUFFIX}"
    shutil.copyfile(info.path, backup)
    paths.make_private_file(backup)
    staging = info.path.with_name(f".{info.path.name}.rekey-{_timestamp()}")
    _create_private_file(staging)
    staging.unlink()  # SQLCipher makes it; the folder is owner-only
    try:
        rawdb.rekey_to_current(info.path, passphrase, old_iterations, staging)
        paths.make_private_file(staging)
        os.replace(staging, info.path)
    except BaseException:
        staging.unlink(missing_ok=True)
        raise


def _remove_sidecars_if_idle(path: Path) -> bool:
    """After a clean close the -wal and -shm files are empty leftovers; a rekeyed file must not meet them."""
    removed = False
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists() and side.stat().st_size == 0:
            side.unlink()
            removed = True
    return removed


def wrong_passphrase_error(info: ProfileInfo, passphrase: str | None) -> WrongPassphrase:
    """The passphrase does not open the file; for a file never opened here, it may be damaged instead."""
    message = translate("Profiles", "That passphrase does not open \u201c{name}\u201d.").format(name=info.name)
    if health.entry_of(info.path) is None:  # never opened here: it may be damaged rather than protected
        message += " " + translate("Profiles", "If you are sure of it, the file may be damaged. {backup}").format(
            backup=_backup_hint(info, passphrase))
    return WrongPassphrase(message.strip())


def read_only_notice(info: ProfileInfo) -> str:
    return translate("Profiles", "\u201c{name}\u201d is on a read-only disk or folder: you can read, print and export "
                          "it, not change it.").format(name=info.name)


def disk_full_notice(info: ProfileInfo) -> str:
    return translate("Profiles", "\u201c{name}\u201d is open for reading only: the disk it is on is full. You can "
                                 "read, print and export it; free some space and open it again to change it.").format(
        name=info.name)


def _backup_hint(info: ProfileInfo, key: str | None = None) -> str:
    from careorganiser.store import backups

    try:
        newest = backups.newest_good(info.path.name[: -len(PROFILE_SUFFIX)], key, backups.folder_of(info.path))
    except OSError:
        newest = None
    if newest is None:
        return translate("Profiles", "There is no backup of it yet.")
    return translate("Profiles", "The newest good backup is from {when}: {path}").format(
        when=newest.made_at.astimezone().strftime("%Y-%m-%d %H:%M"), path=newest.path)


def refuse_when_disk_full(info: ProfileInfo, problems: tuple[str, ...]) -> None:
    """Raise ProfileError when the file could not be read because its disk is full: that is no damage, and
    restoring a backup or rescuing into a new file would only make things worse."""
    from careorganiser.store.errors import file_size_limit, size_words

    limit = file_size_limit()
    if health.DISK_IO_PROBLEM in problems and limit is not None:  # SQLite's shared-memory file did not fit
        raise ProfileError(translate("Profiles", "\u201c{name}\u201d cannot be opened: this computer limits the size "
                                                 "of the files Care Organiser may write ({size}; see ulimit -f). "
                                                 "Raise the limit and try again; the file was not changed.")
                           .format(name=info.name, size=size_words(limit)))
    if health.DISK_IO_PROBLEM in problems and health.disk_is_full(info.path.parent):
        raise ProfileError(translate("Profiles", "\u201c{name}\u201d cannot be opened: the disk it is on is full. "
                                                 "Free some space and try again; the file was not changed.")
                           .format(name=info.name))


def damaged_error(info: ProfileInfo, problems: tuple[str, ...], key: str | None = None) -> ProfileDamaged:
    """The error for a damaged profile: what is wrong, and the newest good backup to restore."""
    from careorganiser.store import backups

    newest = backups.newest_good(info.path.name[: -len(PROFILE_SUFFIX)], key, backups.folder_of(info.path))
    detail = "; ".join(p for p in problems if p)[:200] or translate("Profiles", "it cannot be read")
    if newest is not None:
        message = translate("Profiles", "\u201c{name}\u201d is damaged ({detail}). The file was not changed. "
                                 "Restore the newest good backup, from {when}: {path} "
                                 "(or open it in the Care Organiser window to rescue what can be read).")
    else:
        message = translate("Profiles", "\u201c{name}\u201d is damaged ({detail}). The file was not changed. "
                                 "There is no backup of it; open it in the Care Organiser window to rescue "
                                 "what can be read.")
    return ProfileDamaged(
        message.format(name=info.name, detail=detail,
                       when=newest.made_at.astimezone().strftime("%Y-%m-%d %H:%M") if newest else "",
                       path=newest.path if newest else ""),
        name=info.name, backup=newest.path if newest else None, problems=problems)


def _check_revision(revision: str | None, info: ProfileInfo) -> None:
    """Refuse a file that is not a profile, or that a newer version of the app wrote."""
    if revision is None:
        raise NotAProfile(
            translate("Profiles", "\u201c{name}\u201d is not a Care Organiser profile.").format(name=info.name)
        )
    if revision not in REVISIONS:
        raise NewerSchemaError(
            translate(
                "Profiles",
                "\u201c{name}\u201d was saved by a newer version of Care Organiser. "
                "Install that version to open it; the file has not been changed.",
            ).format(name=info.name)
        )


def _backup_and_upgrade(engine: Engine, info: ProfileInfo, passphrase: str | None, revision: str | None) -> None:
    """Keep one verified copy of the file at this version, then upgrade it; a failure is UpgradeFailed.

    The copy is made once per version: opening the same old file again reuses it instead of adding another.
    """
    from careorganiser.store import backups

    stem = info.path.name[: -len(PROFILE_SUFFIX)]
    backup = backups.has_upgrade_copy(stem, revision, backups.folder_of(info.path))
    if backup is None:  # the copy is checked with integrity_check, which checks the pages of the original
        backup = backups.make_backup(info.path, passphrase, kind=f"{backups.UPGRADE_KIND}{revision}")
    else:
        result = health.check_file(info.path, passphrase, full=True)
        if result.problems:
            refuse_when_disk_full(info, result.problems)
            raise damaged_error(info, result.problems, passphrase)
    try:
        upgrade(engine)
    except Exception as exc:  # a migration may fail in any way: the file stays as it was, the error is shown
        raise UpgradeFailed(
            translate(
                "Profiles",
                "\u201c{name}\u201d could not be brought up to date for this version ({error}). The file has "
                "not been changed and a copy was kept as {backup}. Its records can still be read: reading "
                "commands open it read-only.",
            ).format(name=info.name, error=" ".join(str(exc).split())[:200] or type(exc).__name__, backup=backup),
            name=info.name, backup=backup,
        ) from exc


def upgrade(engine: Engine, check_foreign_keys: bool = True) -> None:
    """Upgrade to head in one transaction: a migration that fails leaves the file as it was."""
    from alembic import command

    from careorganiser.store.engine import WRITES

    try:
        with engine.connect() as conn:
            # Before BEGIN: SQLite ignores it inside a transaction. The engine sends BEGIN IMMEDIATE when the
            # transaction starts, so every step (DDL included) commits or none does.
            conn.connection.dbapi_connection.execute("PRAGMA foreign_keys = OFF")
            with conn.execution_options(**{WRITES: True}).begin():
                command.upgrade(_alembic_config(conn), "head")
                problems = conn.exec_driver_sql("PRAGMA foreign_key_check").all() if check_foreign_keys else []
                if problems:
                    raise ProfileError(f"foreign key problems after upgrade: {problems[:5]}")
    finally:
        engine.dispose()  # that connection had foreign keys off; new ones get every pragma again


def _timestamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")


def backup_profile_file(info: ProfileInfo, passphrase: str | None = None, reason: str = "manual",
                        dest: Path | None = None, read_only: bool = False) -> Path:
    """A verified copy of a profile: in the backups folder (rotated), or at ``dest``.

    The copy of an encrypted profile is encrypted with the same passphrase. A damaged profile is refused
    (ProfileDamaged): a copy of damage is not a backup.
    """
    from careorganiser.store import backups

    key = passphrase if info.encrypted else None
    if dest is None:
        return backups.make_backup(info.path, key, kind=reason, read_only=read_only)
    backups.copy_verified(info.path, key, dest, read_only)
    return dest


def rename_profile(old: str, new: str) -> ProfileInfo:
    info = find_profile(old)
    new = validate_profile_name(new)
    if new.casefold() != info.name.casefold() and profile_exists(new):
        raise ProfileExists(translate("Profiles", "A profile named \u201c{name}\u201d already exists.").format(name=new))
    target = paths.profiles_dir() / _file_name(new)
    with writer_lock.holding(info.path, info.name), writer_lock.holding(target, new):
        os.replace(info.path, target)
        health.rename_entry(info.path, target)
        for suffix in ("-wal", "-shm"):
            side = info.path.with_name(info.path.name + suffix)
            if side.exists():
                os.replace(side, target.with_name(target.name + suffix))
    return _info(target)


def delete_profile(name: str) -> Path:
    """Move a profile (with its WAL) to the trash folder. It can be restored from there.

    Refused (ProfileInUse) while another process writes it: the app, or a command.
    """
    info = find_profile(name)
    with writer_lock.holding(info.path, info.name):
        return _move_to_trash(info)


def _move_to_trash(info: ProfileInfo) -> Path:
    """Move a profile's files to the trash; the caller holds its writer lock."""
    stamp = _timestamp()
    target = paths.trash_dir() / f"{stamp}.{info.path.name}"
    shutil.move(str(info.path), target)
    health.forget(info.path)
    for suffix in ("-wal", "-shm"):
        side = info.path.with_name(info.path.name + suffix)
        if side.exists():
            shutil.move(str(side), target.with_name(target.name + suffix))
    return target


def list_trash() -> list[ProfileInfo]:
    found = []
    for path in paths.trash_dir().glob("*" + PROFILE_SUFFIX):
        info = _info(path)
        # "<timestamp>.<file name>": show the profile's own name
        _, _, rest = path.name.partition(".")
        found.append(
            ProfileInfo(unquote(rest[: -len(PROFILE_SUFFIX)]), path, info.encrypted, info.size_bytes, info.modified)
        )
    return sorted(found, key=lambda i: i.modified, reverse=True)


def restore_from_trash(trashed: Path, name: str | None = None) -> ProfileInfo:
    stem = unquote(trashed.name.partition(".")[2][: -len(PROFILE_SUFFIX)])
    name = validate_profile_name(name or stem)
    if profile_exists(name):
        raise ProfileExists(translate("Profiles", "A profile named \u201c{name}\u201d already exists.").format(name=name))
    target = paths.profiles_dir() / _file_name(name)
    with writer_lock.holding(target, name):
        if profile_exists(name):
            raise ProfileExists(
                translate("Profiles", "A profile named \u201c{name}\u201d already exists.").format(name=name))
        shutil.move(str(trashed), target)
        for suffix in ("-wal", "-shm"):
            side = trashed.with_name(trashed.name + suffix)
            if side.exists():
                shutil.move(str(side), target.with_name(target.name + suffix))
    return _info(target)


@contextmanager
def opened(name: str, passphrase: str | None = None) -> Iterator[Profile]:
    profile = open_profile(name, passphrase)
    try:
        yield profile
    finally:
        profile.close()
