"""Verified, rotated backup copies of profile files in the data dir's ``backups/`` folder.

A copy is made with SQLite's online backup into a hidden temp name (``.<name>.<pid>.part``), checked with
``PRAGMA integrity_check`` (encrypted with the same key as the original), synced to disk, and only then
renamed to its real name ``<profile file stem>.<kind>.<UTC time>.careprofile``. A killed or failed backup
therefore never takes a real backup's name; its temp file is removed at the next start (the pid in its
name tells a dead writer from a live one).

Kinds: ``auto`` (daily and on closing after changes), ``manual`` (Back up now), ``before-upgrade-<rev>``
(one per schema version). All of them are rotated together: the newest 3, and the newest of each of the
last 7 days, 4 weeks and 12 months are kept, at most ``MAX_PER_PROFILE`` files.

``backup-checks.json`` in the data dir remembers each copy's check (by size and modification time), so listing
them does not read every copy again.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from msgspec import Struct, field

from careorganiser import paths
from careorganiser.i18n import translate
from careorganiser.store import health, outputs, rawdb
from careorganiser.store.errors import ProfileDamaged, ProfileError
from careorganiser.store.rawdb import quote_passphrase
from careorganiser.store.strays import PART, _pid_alive, _temp_pid, remove_strays  # noqa: F401  (used here too)

SUFFIX = paths.PROFILE_SUFFIX
INDEX_NAME = "backup-checks.json"
STAMP_FORMAT = "%Y%m%dT%H%M%S%fZ"
KEEP_RECENT = 3  # the newest few whatever their day: "Back up now" never removes this morning's copy
KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_MONTHLY = 12
MAX_PER_PROFILE = 24
#: An automatic copy is made when the newest one is older than this.
AUTO_EVERY = timedelta(days=1)
UPGRADE_KIND = "before-upgrade-"


class BackupInfo(Struct, frozen=True):
    path: Path
    stem: str  # the profile file's stem (its percent-encoded name)
    kind: str
    made_at: datetime
    size_bytes: int
    ok: bool | None  # None: not checked (an encrypted copy without its passphrase)
    revision: str | None = None
    problems: tuple[str, ...] = ()


class BackupContents(Struct, frozen=True):
    """What a copy holds, for the person choosing one: counts of records and the last dose recorded."""

    counts: dict[str, int] = field(default_factory=dict)
    last_dose: datetime | None = None


# ------------------------------------------------------------------------------------ files on disk


# One way to make a file and a rename durable, shared with the output files (store.outputs).
fsync_file = outputs.fsync_file
fsync_dir = outputs.fsync_folder


def create_private(path: Path) -> None:
    """Create an empty owner-only file; never open one that exists."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    paths.make_private_file(path)


def remove_with_sidecars(path: Path) -> None:
    for p in (path, *(path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal"))):
        try:
            p.unlink()
        except FileNotFoundError:
            pass


def temp_name(folder: Path, stem: str) -> Path:
    return folder / f".{stem}.{datetime.now(UTC).strftime(STAMP_FORMAT)}.{os.getpid()}{PART}"


def _folder() -> Path:
    """The backups folder, not created when missing (reading must work on read-only media)."""
    return paths.data_dir() / "backups"


def folder_of(profile_path: Path) -> Path:
    """The backups folder of a profile: beside its own ``profiles/`` folder, in the data dir it lives in.

    Taken from the profile's path, not from the current data dir, so a copy made in a worker thread goes
    where the profile is even if the data dir setting changed meanwhile.
    """
    if profile_path.parent.name == "profiles":
        return profile_path.parent.parent / "backups"
    return _folder()


# ------------------------------------------------------------------------------------ names and the index


def backup_name(stem: str, kind: str, when: datetime | None = None) -> str:
    return f"{stem}.{kind}.{(when or datetime.now(UTC)).strftime(STAMP_FORMAT)}{SUFFIX}"


def parse_name(path: Path) -> tuple[str, str, datetime] | None:
    """(profile stem, kind, made at) of a backup file name, or None for any other file."""
    name = path.name
    if not name.endswith(SUFFIX):
        return None
    parts = name[: -len(SUFFIX)].rsplit(".", 2)
    if len(parts) != 3:
        return None
    stem, kind, stamp = parts
    try:
        made_at = datetime.strptime(stamp, STAMP_FORMAT).replace(tzinfo=UTC)
    except ValueError:
        return None
    return stem, kind, made_at


def _index_path(folder: Path | None = None) -> Path:
    return (folder or _folder()).parent / INDEX_NAME


def _load_index(folder: Path | None = None) -> dict[str, dict[str, Any]]:
    import json  # not at import: the window's open uses only remove_strays before its first paint

    try:
        data = json.loads(_index_path(folder).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _save_index(data: dict[str, dict[str, Any]], folder: Path | None = None) -> None:
    import json

    target = _index_path(folder)
    tmp = target.with_name(f".{INDEX_NAME}.{os.getpid()}{PART}")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, sort_keys=True, indent=1)
        os.replace(tmp, target)
    except OSError:
        tmp.unlink(missing_ok=True)


def _remember(path: Path, ok: bool, revision: str | None, problems: tuple[str, ...]) -> None:
    st = path.stat()
    data = _load_index(path.parent)
    data[path.name] = {"ok": ok, "revision": revision, "problems": list(problems), "size": st.st_size,
                       "mtime_ns": st.st_mtime_ns}
    _save_index(data, path.parent)


# ------------------------------------------------------------------------------------ making a copy


def copy_verified(source: Path, key: str | None, dest: Path, read_only: bool = False) -> health.CheckResult:
    """Copy ``source`` to ``dest`` through a temp name in the same folder; rename only when the copy checks out.

    Raises ProfileDamaged (nothing left behind) when the copy fails ``integrity_check``: the pages copied
    are the original's, so the original is damaged.
    """
    import sqlcipher3.dbapi2 as sqlcipher

    if dest.exists():
        raise ProfileError(translate("Backup", "{path} already exists.").format(path=dest))
    tmp = temp_name(dest.parent, dest.name.split(".", 1)[0] or "backup")
    create_private(tmp)
    try:
        src = health.connect_for_check(source, key, read_only)
        try:
            target = sqlcipher.connect(str(tmp))
            try:
                target.execute("PRAGMA cipher_log_level = NONE")
                if key is not None:
                    target.execute(f"PRAGMA key = {quote_passphrase(key)}")
                    target.execute(f"PRAGMA kdf_iter = {int(rawdb.KDF_ITERATIONS)}")
                try:
                    src.backup(target)
                    target.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
                except sqlcipher.OperationalError as exc:
                    blame = _destination_failure(source, tmp)
                    if blame is None:
                        raise
                    raise blame from exc
                result = health.check_connection(target, full=True)
            finally:
                target.close()
        finally:
            src.close()
        if result.problems:
            raise ProfileDamaged(
                translate("Backup", "The profile is damaged ({problems}), so no backup was made from it: a copy of the "
                             "damage is not a backup. Restore the newest good backup, or try to rescue what can "
                             "be read.").format(problems="; ".join(result.problems[:3])),
                problems=result.problems)
        fsync_file(tmp)
        os.replace(tmp, dest)
        fsync_dir(dest.parent)
    except BaseException:
        remove_with_sidecars(tmp)
        raise
    return result


def _destination_failure(source: Path, tmp: Path) -> OSError | None:
    """Why a copy of ``source`` could not be written at ``tmp`` when the copy's own file is to blame, as an
    OSError naming ``tmp`` (the caller names the file asked for); None when nothing says so (then the
    source may be what failed). SQLite says only "disk I/O error" for a file-size limit or a full disk."""
    import errno

    size = source.stat().st_size
    try:
        import resource

        limit = resource.getrlimit(resource.RLIMIT_FSIZE)[0]
        unlimited = resource.RLIM_INFINITY
    except (ImportError, OSError, ValueError):  # no such limit here (Windows)
        limit = unlimited = -1
    if limit != unlimited and 0 <= limit < size:
        return OSError(errno.EFBIG, os.strerror(errno.EFBIG), str(tmp))
    try:
        room = os.statvfs(tmp.parent)
    except (AttributeError, OSError):
        return None
    if room.f_flag & getattr(os, "ST_RDONLY", 0):
        return OSError(errno.EROFS, os.strerror(errno.EROFS), str(tmp))
    if room.f_bavail * room.f_frsize < size:
        return OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(tmp))
    return None


def make_backup(source: Path, key: str | None, kind: str = "manual", read_only: bool = False,
                now: datetime | None = None) -> Path:
    """A verified copy in the backups folder, then the folder is rotated."""
    folder = paths.ensure_private_dir(folder_of(source))
    remove_strays([folder, source.parent])
    stem = source.name[: -len(SUFFIX)] if source.name.endswith(SUFFIX) else source.stem
    dest = folder / backup_name(stem, kind, now)
    result = copy_verified(source, key, dest, read_only)
    _remember(dest, True, result.revision, ())
    rotate(stem, now, folder)
    return dest


def verify(path: Path, key: str | None = None, force: bool = False) -> tuple[bool | None, str | None,
                                                                            tuple[str, ...]]:
    """(ok, revision, problems) of a copy: remembered from an earlier check of the same bytes, or checked now."""
    st = path.stat()
    known = _load_index(path.parent).get(path.name)
    if (not force and isinstance(known, dict) and known.get("size") == st.st_size
            and known.get("mtime_ns") == st.st_mtime_ns):
        return bool(known.get("ok")), known.get("revision"), tuple(known.get("problems") or ())
    reading = health.read_header(path, use_registry=False)
    if reading.kind in (health.DAMAGED, health.FOREIGN):
        problems = (reading.reason or "it is not a profile",)
        _remember(path, False, None, problems)
        return False, None, problems
    if reading.kind == health.ENCRYPTED and key is None:
        return None, None, ()
    try:
        result = health.check_file(path, key if reading.kind == health.ENCRYPTED else None,
                                   read_only=not health.is_writable_dir(path.parent), full=True)
    except health.WrongPassphrase:
        return None, None, ()
    ok = result.ok and result.revision is not None
    problems = result.problems or (() if ok else ("it holds no profile",))
    _remember(path, ok, result.revision, problems)
    return ok, result.revision, problems


def list_backups(stem: str, key: str | None = None, folder: Path | None = None) -> list[BackupInfo]:
    """The copies of one profile in the backups folder, newest first, each with its check."""
    found: list[BackupInfo] = []
    folder = folder or _folder()
    for p in folder.glob(f"{_glob_escape(stem)}.*{SUFFIX}"):
        parsed = parse_name(p)
        if parsed is None or parsed[0] != stem or not p.is_file():
            continue
        ok, revision, problems = verify(p, key)
        found.append(BackupInfo(p, stem, parsed[1], parsed[2], p.stat().st_size, ok, revision, problems))
    return sorted(found, key=lambda b: b.made_at, reverse=True)


def _glob_escape(text: str) -> str:
    return "".join(f"[{c}]" if c in "*?[]" else c for c in text)


def newest_good(stem: str, key: str | None = None, folder: Path | None = None) -> BackupInfo | None:
    """The newest copy that passed its check (an encrypted one counts when this app made and checked it)."""
    return next((b for b in list_backups(stem, key, folder) if b.ok), None)


def newest_any_time(stem: str, folder: Path | None = None) -> datetime | None:
    times = [parsed[2] for p in (folder or _folder()).glob(f"{_glob_escape(stem)}.*{SUFFIX}")
             if (parsed := parse_name(p)) is not None and parsed[0] == stem]
    return max(times) if times else None


def has_upgrade_copy(stem: str, revision: str | None, folder: Path | None = None) -> Path | None:
    kind = f"{UPGRADE_KIND}{revision}"
    for p in (folder or _folder()).glob(f"{_glob_escape(stem)}.{kind}.*{SUFFIX}"):
        parsed = parse_name(p)
        if parsed is not None and parsed[0] == stem and parsed[1] == kind:
            return p
    return None


# ------------------------------------------------------------------------------------ rotation


def rotate(stem: str, now: datetime | None = None, folder: Path | None = None) -> list[Path]:
    """Keep the newest 3 copies, the newest of each of the last 7 days, 4 weeks and 12 months; at most 24.

    Only copies that checked out are ever removed or counted; a copy that failed its check stays for a person
    to look at.
    """
    folder = folder or _folder()
    good = [b for b in list_backups(stem, folder=folder) if b.ok is not False]
    good.sort(key=lambda b: b.made_at, reverse=True)
    keep: list[BackupInfo] = good[:KEEP_RECENT]
    for count, bucket in ((KEEP_DAILY, lambda d: d.date()),
                          (KEEP_WEEKLY, lambda d: tuple(d.isocalendar())[:2]),
                          (KEEP_MONTHLY, lambda d: (d.year, d.month))):
        seen: list[object] = []
        for b in good:
            key = bucket(b.made_at.astimezone())
            if key in seen:
                continue
            seen.append(key)
            if len(seen) > count:
                break
            if b not in keep:
                keep.append(b)
    keep.sort(key=lambda b: b.made_at, reverse=True)
    keep = keep[:MAX_PER_PROFILE]
    removed = []
    index = _load_index(folder)
    for b in good:
        if b not in keep:
            remove_with_sidecars(b.path)
            index.pop(b.path.name, None)
            removed.append(b.path)
    if removed:
        _save_index(index, folder)
    return removed


# ------------------------------------------------------------------------------------ what a copy holds


COUNTED = ("medications", "dose_events", "appointments", "rides", "symptom_notes", "measurements", "contacts",
           "questions", "trials")


def contents(path: Path, key: str | None = None) -> BackupContents:
    """Counts of records and the last dose recorded in a copy (read only, never changed)."""
    import sqlcipher3.dbapi2 as sqlcipher

    conn = health.connect_for_check(path, key, read_only=not health.is_writable_dir(path.parent))
    try:
        counts: dict[str, int] = {}
        for table in COUNTED:
            try:
                where = " WHERE deleted_at IS NULL" if _has_column(conn, table, "deleted_at") else ""
                counts[table] = conn.execute(f'SELECT count(*) FROM "{table}"{where}').fetchone()[0]
            except sqlcipher.DatabaseError:
                continue
        last = None
        try:
            row = conn.execute("SELECT max(coalesce(taken_at, scheduled_for)) FROM dose_events "
                               "WHERE status = 'taken'").fetchone()
            if row and row[0]:
                last = datetime.fromisoformat(str(row[0]))
                last = last if last.tzinfo else last.replace(tzinfo=UTC)
        except (sqlcipher.DatabaseError, ValueError):
            pass
        return BackupContents(counts, last)
    finally:
        conn.close()


def _has_column(conn: Any, table: str, column: str) -> bool:
    return any(r[1] == column for r in conn.execute(f'PRAGMA table_info("{table}")'))
