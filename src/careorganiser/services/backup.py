"""Backups, restore, the integrity check and rescue: the operations behind the command line and the File menu.

- ``backup_profile``: a verified copy (the backups folder, rotated, or a file of the person's choosing).
- ``auto_backup_if_due`` / ``backup_after_changes``: the automatic copies (a day without one; closing after changes).
- ``list_backups``: the copies of a profile, newest first, each checked.
- ``restore_profile``: the profile name always points at a complete file, the old one is kept in the trash.
- ``check_profile``: ``PRAGMA integrity_check``, in plain words.
- ``rescue_profile``: what can still be read from a damaged file, into a new profile, with a report.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from msgspec import Struct, field

from careorganiser import paths
from careorganiser.i18n import translate
from careorganiser.services.base import ServiceError
from careorganiser.store import backups, health, rawdb
from careorganiser.store import lock as writer_lock
from careorganiser.store import profiles as store
from careorganiser.store.backups import BackupContents, BackupInfo
from careorganiser.store.migrations import HEAD, REVISIONS
from careorganiser.store.profiles import Profile, ProfileInfo


@contextmanager
def hold_writer_lock(name: str) -> Iterator[None]:
    """Be the one writer of profile ``name`` for one step (restore, delete): ProfileInUse while another
    process (the app or a command) writes it, so nothing it saves can end up in the trash.
    """
    with writer_lock.holding(store.profile_path(name), name):
        yield


def stem_of(info: ProfileInfo) -> str:
    return info.path.name[: -len(store.PROFILE_SUFFIX)]


# ------------------------------------------------------------------------------------ making copies


def backup_profile(profile: Profile, dest: Path | None = None, kind: str = "manual") -> Path:
    """Copy the profile with SQLite's online backup, checked before it takes its name; encrypted stays encrypted.

    A damaged profile is refused with ProfileDamaged (its message offers the newest good backup and rescue).
    """
    try:
        if dest is not None:  # a file of the person's choice: never in the data dir, never a device; atomic
            from careorganiser.store import outputs

            def fill(tmp: Path) -> None:
                tmp.unlink()  # the backup makes the file itself
                store.backup_profile_file(profile.info, profile.passphrase, reason=kind, dest=tmp,
                                          read_only=profile.read_only)

            return outputs.write_with(dest.expanduser(), fill, replaces_backup=True)  # a newer backup over an older one
        return store.backup_profile_file(profile.info, profile.passphrase, reason=kind, dest=None,
                                         read_only=profile.read_only)
    except store.ProfileDamaged as exc:
        raise store.damaged_error(profile.info, exc.problems, profile.passphrase) from None


def auto_backup_if_due(profile: Profile, now: datetime | None = None) -> Path | None:
    """Make an automatic copy when the newest one is more than a day old (or there is none)."""
    now = now or datetime.now(UTC)
    newest = backups.newest_any_time(stem_of(profile.info), backups.folder_of(profile.info.path))
    if newest is not None and now - newest < backups.AUTO_EVERY:
        return None
    return backup_profile(profile, kind="auto")


def backup_after_changes(profile: Profile) -> Path:
    """The copy made when the app closes after changes."""
    return backup_profile(profile, kind="auto")


def list_backups(info: ProfileInfo, passphrase: str | None = None) -> list[BackupInfo]:
    folder = backups.folder_of(info.path)
    if folder.is_dir():
        backups.remove_strays([folder])
    return backups.list_backups(stem_of(info), passphrase, folder)


def newest_good_backup(info: ProfileInfo, passphrase: str | None = None) -> BackupInfo | None:
    return backups.newest_good(stem_of(info), passphrase, backups.folder_of(info.path))


def is_protected_file(path: Path) -> bool:
    """True for a copy encrypted with a passphrase (read from its first bytes)."""
    return health.read_header(path, use_registry=False).kind == health.ENCRYPTED


def backup_contents(backup: BackupInfo, passphrase: str | None = None) -> BackupContents:
    return backups.contents(backup.path, passphrase)


# ------------------------------------------------------------------------------------ checking


class CheckReport(Struct, frozen=True):
    name: str
    ok: bool
    problems: tuple[str, ...]
    message: str


def check_profile(name: str, passphrase: str | None = None) -> CheckReport:
    """The full ``integrity_check`` of a profile; damage is reported, never raised (nothing is changed)."""
    info = store.find_profile(name)
    reading = health.read_header(info.path)
    problems: tuple[str, ...] = ()
    if reading.kind == health.DAMAGED:
        problems = (reading.reason,)
    elif reading.kind == health.FOREIGN:
        raise store.NotAProfile(translate("Backup", "\u201c{name}\u201d is not a Care Organiser profile.").format(
            name=info.name))
    else:
        key = passphrase if reading.kind == health.ENCRYPTED else None
        if reading.kind == health.ENCRYPTED and not passphrase:
            raise store.PassphraseRequired(
                translate("Profiles", "The profile \u201c{name}\u201d is protected by a passphrase.").format(name=info.name))
        try:
            result = health.check_file(info.path, key, health.is_read_only(info.path)
                                       or health.disk_is_full(info.path.parent), full=True)
        except rawdb.WrongPassphrase:
            raise store.wrong_passphrase_error(info, passphrase) from None
        problems = result.problems or (() if result.revision else ("it holds no profile",))
    if not problems:
        return CheckReport(info.name, True, (), "ok")
    store.refuse_when_disk_full(info, problems)
    return CheckReport(info.name, False, problems, str(store.damaged_error(info, problems, passphrase)))


# ------------------------------------------------------------------------------------ restoring


def restore_profile(source: Path, name: str, passphrase: str | None = None) -> ProfileInfo:
    """Make ``name`` a copy of the backup ``source``, with no moment at which the name points at nothing.

    The backup is checked first (it opens, with the passphrase if encrypted, passes ``integrity_check`` and is
    of a version this app reads) and copied to an owner-only staging file beside the profile, brought up to
    date there, synced. The profile already called ``name`` is copied into the trash (from where it can be
    undeleted), then the staging file replaces it in one rename, and the folder is synced. Its -wal is folded
    into it first, unless it is damaged: then the file and its -wal go to the trash as they were. Either way
    no old -wal stays beside the restored file.
    """
    source = source.expanduser()
    if not source.is_file():  # a folder, /dev/zero or a pipe is there: "no file" would not be true
        if source.exists():
            raise ServiceError(translate("Backup", "{path} is not a file (a folder, a device or a pipe), so it is not "
                                                   "a backup.").format(path=source))
        raise ServiceError(translate("Backup", "There is no file {path}").format(path=source))
    name = store.validate_profile_name(name)
    with hold_writer_lock(name):
        backups.remove_strays()
        key = _check_backup_file(source, passphrase)
        existing = store.find_profile(name) if store.profile_exists(name) else None
        target = existing.path if existing else store.profile_path(name)
        staging = backups.temp_name(target.parent, stem_of(existing) if existing else "restore")
        try:
            revision = backups.copy_verified(source, key, staging,
                                             read_only=not health.is_writable_dir(source.parent)).revision
            if revision != HEAD:
                _upgrade_staging(staging, key)
            backups.fsync_file(staging)
            if existing is not None:
                _settle_wal(existing, passphrase)
                keep_aside(existing.path)
                for suffix in ("-wal", "-shm"):  # folded in or kept aside; never beside the new file
                    existing.path.with_name(existing.path.name + suffix).unlink(missing_ok=True)
            os.replace(staging, target)
            backups.fsync_dir(target.parent)
        finally:
            backups.remove_with_sidecars(staging)
        health.register(target)
        return store.find_profile(name)


def _check_backup_file(source: Path, passphrase: str | None) -> str | None:
    """The key to read a backup file with; a clear error when it cannot be restored."""
    reading = health.read_header(source, use_registry=False)
    if reading.kind == health.FOREIGN:
        raise store.NotAProfile(translate("Backup", "{path} is not a Care Organiser backup.").format(path=source))
    if reading.kind == health.DAMAGED:
        raise store.ProfileDamaged(translate("Backup", "The backup {path} is damaged ({detail}); choose another one.")
                                   .format(path=source, detail=reading.reason))
    key = None
    if reading.kind == health.ENCRYPTED:
        if not passphrase:
            raise store.PassphraseRequired(translate("Backup", "This backup is protected by a passphrase."))
        key = passphrase
    try:
        result = health.check_file(source, key, read_only=not health.is_writable_dir(source.parent), full=True)
    except rawdb.WrongPassphrase:
        raise store.WrongPassphrase(translate("Backup", "That passphrase does not open this backup.")) from None
    if result.problems:
        raise store.ProfileDamaged(translate("Backup", "The backup {path} is damaged ({detail}); choose another one.")
                                   .format(path=source, detail="; ".join(result.problems[:2])))
    if result.revision is None:
        raise store.NotAProfile(translate("Backup", "{path} is not a Care Organiser backup.").format(path=source))
    if result.revision not in REVISIONS:
        raise store.NewerSchemaError(translate("Backup", "{path} was saved by a newer version of Care Organiser.")
                                     .format(path=source))
    return key


def _upgrade_staging(staging: Path, key: str | None) -> None:
    from careorganiser.store.engine import make_engine

    engine = make_engine(staging, key)
    try:
        store.upgrade(engine)
    except Exception as exc:  # a migration may fail in any way: the copy is refused whole, the error shown
        raise store.UpgradeFailed(translate("Backup", "This backup could not be brought up to date ({error}); "
                                               "nothing was changed.").format(error=" ".join(str(exc).split())[:200]))
    finally:
        engine.dispose()
    conn = rawdb.connect(staging, key)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode = DELETE")
    finally:
        conn.close()


def _settle_wal(info: ProfileInfo, passphrase: str | None) -> None:
    """Fold a profile's write-ahead log into its file, so the copy kept aside holds every committed row; a
    damaged file is left as it is (its -wal goes aside with it: :func:`keep_aside`)."""
    wal = info.path.with_name(info.path.name + "-wal")
    if not wal.exists() or wal.stat().st_size == 0:
        return
    if health.read_header(info.path).kind == health.DAMAGED:
        return
    key = passphrase if info.encrypted else None
    try:
        if not health.check_file(info.path, key).ok:  # damaged: the file and its -wal go aside as they are
            return
        conn = rawdb.connect(info.path, key)
    except rawdb.WrongPassphrase:
        raise store.ProfileError(translate("Backup", "\u201c{name}\u201d has changes that were not yet written into its "
                                              "file; open it once with its own passphrase, then restore.")
                                 .format(name=info.name)) from None
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def keep_aside(path: Path) -> Path:
    """Copy a profile file into the trash (a temp name, synced, then renamed): it can be undeleted from there."""
    target = paths.trash_dir() / f"{store._timestamp()}.{path.name}"
    wal = path.with_name(path.name + "-wal")
    # A damaged file's log could not be folded in: it goes along, beside the copy (undelete moves both).
    pairs = [(path, target)]
    if wal.exists() and wal.stat().st_size:
        pairs.insert(0, (wal, target.with_name(target.name + "-wal")))
    for source, dest in pairs:
        tmp = backups.temp_name(dest.parent, "aside")
        backups.create_private(tmp)
        try:
            with source.open("rb") as src, tmp.open("wb") as dst:
                shutil.copyfileobj(src, dst, 1 << 20)
                dst.flush()
                os.fsync(dst.fileno())
            os.replace(tmp, dest)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
    backups.fsync_dir(target.parent)
    return target


def restore_over_damaged(backup: BackupInfo, name: str, passphrase: str | None = None) -> ProfileInfo:
    """"Restore this copy" of the recovery page: the damaged file goes to the trash with its -wal, both as they
    were (a rescue from there still reads the changes saved last), never away."""
    return restore_profile(backup.path, name, passphrase)


# ------------------------------------------------------------------------------------ rescue


class RescueReport(Struct):
    name: str
    rows: dict[str, int] = field(default_factory=dict)
    unreadable: dict[str, int] = field(default_factory=dict)  # row ranges skipped, by table
    dropped: dict[str, int] = field(default_factory=dict)  # rows whose parent row was lost
    tables_lost: list[str] = field(default_factory=list)
    wal: str = ""  # the -wal read with the file (changes saved last, not yet in the file), "" where none

    def describe(self) -> str:
        from careorganiser.domain.formatting import count_of

        got = ", ".join(count_of(n, t) for t, n in self.rows.items() if n) or translate("Backup", "nothing")
        text = translate("Backup", "Rescued into \u201c{name}\u201d: {got}.").format(name=self.name, got=got)
        if self.wal:
            text += " " + translate("Backup", "The changes saved last, still in {file} beside the damaged file, were "
                                              "read too.").format(file=self.wal)
        if self.unreadable:
            text += " " + translate("Backup", "Unreadable parts skipped in: {tables}.").format(
                tables=", ".join(t.replace("_", " ") for t in self.unreadable))
        if self.dropped:
            text += " " + translate("Backup", "Left out because what they belonged to was lost: {rows}.").format(
                rows=", ".join(count_of(n, t) for t, n in self.dropped.items()))
        if self.tables_lost:
            text += " " + translate("Backup", "Nothing could be read from: {tables}.").format(
                tables=", ".join(t.replace("_", " ") for t in self.tables_lost))
        return text


def rescue_profile(name: str, new_name: str, passphrase: str | None = None) -> RescueReport:
    """Read what can be read from a damaged profile, table by table, into a new profile ``new_name``.

    Rows are read in rowid ranges; a range that fails is read row by row, and rows that still fail are
    skipped. The damaged file and its -wal are only read, never changed; changes saved last that are still
    in the -wal are read too.
    """
    from careorganiser.store import rescue

    info = store.find_profile(name)
    key = passphrase if health.read_header(info.path).kind == health.ENCRYPTED else None
    return rescue.rescue_into(info.path, key, new_name, RescueReport(new_name))
