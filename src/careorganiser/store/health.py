"""Telling a healthy profile file from a damaged one, an encrypted one, and something else entirely.

An encrypted (SQLCipher) file starts with 16 random bytes of salt and looks like random bytes without its
passphrase, so a file's bytes alone cannot tell "protected" from "overwritten with junk". A small owner-only
side file, ``profile-kinds.json`` in the data dir, remembers for each profile file whether it was made
protected and, if so, its salt (random, and not secret: it is the file's first 16 bytes). A file whose start
no longer matches what was remembered is damaged, not protected; nobody is told their passphrase is wrong
because of a bad sector. The entry also holds the file's inode: a file put in place as a whole (a copy from
elsewhere) is judged by its own bytes, while damage in place (a bad sector, a cut) is measured against the entry.

The checks here only read: a profile is opened ``query_only``; one that cannot be written (read-only media, a
full disk) as :func:`rawdb.reading_uri` says.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from msgspec import Struct

from careorganiser import paths
from careorganiser.store.codec import json_loads
from careorganiser.store.rawdb import SQLITE_HEADER, WrongPassphrase, folder_writable, quote_passphrase, reading_uri

REGISTRY_NAME = "profile-kinds.json"

PLAIN = "plain"
ENCRYPTED = "encrypted"
DAMAGED = "damaged"
FOREIGN = "foreign"  # never a profile: text, a PDF, another program's file

_FOREIGN_MAGIC = (b"%PDF-", b"PK\x03\x04", b"\xef\xbb\xbf{", b"\x89PNG", b"\xff\xd8\xff",
                  b"\x1f\x8b", b"BEGIN:VCALENDAR")
_TEXT_BYTES = frozenset(range(0x20, 0x7F)) | {0x09, 0x0A, 0x0D}


# ------------------------------------------------------------------------------------ the side file


def _registry_path() -> Path:
    return paths.data_dir() / REGISTRY_NAME


def load_registry() -> dict[str, dict[str, Any]]:
    try:
        data = json_loads(_registry_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _save_registry(data: dict[str, dict[str, Any]]) -> None:
    import json  # written as before (sorted keys, one-space indent); rarely at a start

    target = _registry_path()
    tmp = target.with_name(f".{target.name}.{os.getpid()}.part")  # left by a kill: removed at the next start
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, sort_keys=True, indent=1)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except OSError:  # read-only media: the heuristics below still work without it
        tmp.unlink(missing_ok=True)


def entry_of(path: Path) -> dict[str, Any] | None:
    entry = load_registry().get(path.name)
    return entry if isinstance(entry, dict) else None


def register(path: Path) -> None:
    """Remember how a profile file that was just made or opened successfully starts."""
    try:
        with path.open("rb") as fh:
            head = fh.read(16)
    except OSError:
        return
    protected = head != SQLITE_HEADER
    entry = {"protected": protected, "salt": head.hex() if protected else None, "inode": path.stat().st_ino}
    data = load_registry()
    if data.get(path.name) != entry:
        data[path.name] = entry
        _save_registry(data)


def forget(path: Path) -> None:
    data = load_registry()
    if data.pop(path.name, None) is not None:
        _save_registry(data)


def rename_entry(old: Path, new: Path) -> None:
    data = load_registry()
    entry = data.pop(old.name, None)
    if entry is not None:
        data[new.name] = entry
        _save_registry(data)


# ------------------------------------------------------------------------------------ reading the start


class HeaderReading(Struct, frozen=True):
    kind: str  # PLAIN, ENCRYPTED, DAMAGED or FOREIGN
    reason: str = ""


def _looks_foreign(head: bytes, size: int, by_size: bool = True) -> bool:
    if head.startswith(_FOREIGN_MAGIC):
        return True
    if head[:16] and all(b in _TEXT_BYTES for b in head[:16]):
        return True
    return by_size and size % 512 != 0 and not head.startswith(b"\x00" * 16)


def read_header(path: Path, entry: dict[str, Any] | None = None, use_registry: bool = True) -> HeaderReading:
    """What the first bytes of a profile file say it is; reads nothing beyond them."""
    st = path.stat()
    size = st.st_size
    if size == 0:
        return HeaderReading(DAMAGED, "the file is empty")
    with path.open("rb") as fh:
        head = fh.read(100)
    if use_registry and entry is None:
        entry = entry_of(path)
    if entry is not None and entry.get("inode") not in (None, st.st_ino):
        entry = None  # another file was put in its place (a copy from elsewhere): judge it by its bytes
    if head.startswith(SQLITE_HEADER):
        return HeaderReading(PLAIN)
    if entry is not None:
        if entry.get("protected") and entry.get("salt") == head[:16].hex():
            if size % 512 != 0:
                return HeaderReading(DAMAGED, "the file was cut short")
            return HeaderReading(ENCRYPTED)
        if _looks_foreign(head, size, by_size=False):
            return HeaderReading(FOREIGN)
        return HeaderReading(DAMAGED, "the start of the file was overwritten")
    # A file this app has not seen yet (made by an older version, or copied in by hand).
    if _looks_foreign(head, size):
        return HeaderReading(FOREIGN)
    if head[:16] == b"\x00" * 16:
        return HeaderReading(DAMAGED, "the start of the file is blank")
    if size % 512 != 0:
        return HeaderReading(DAMAGED, "the file was cut short")
    return HeaderReading(ENCRYPTED)


def is_read_only(path: Path) -> bool:
    """True when the profile cannot be written: read-only media, a read-only folder or file.

    The mode bits count even for an administrator, who could write anyway: a file someone made read-only
    is treated as read-only.
    """
    for p in (path, path.parent):
        try:
            if not os.access(p, os.W_OK) or not p.stat().st_mode & 0o200:
                return True
            if os.statvfs(p).f_flag & os.ST_RDONLY:
                return True
        except OSError:
            return True
    return False


#: The problem :func:`check_file` reports when SQLite gets an I/O error (see :func:`disk_is_full`).
DISK_IO_PROBLEM = "the disk could not read it"
#: Less free space than this and SQLite cannot make the shared-memory file it needs to open a profile.
ROOM_TO_OPEN = 256 * 1024


def disk_is_full(folder: Path) -> bool:
    """True when the disk of ``folder`` has no room left to open a profile: SQLite then fails with an I/O
    error, which is not damage."""
    try:
        stats = os.statvfs(folder)
    except (OSError, AttributeError):  # no statvfs on Windows
        return False
    return stats.f_bavail * stats.f_frsize < ROOM_TO_OPEN


def is_writable_dir(folder: Path) -> bool:
    return folder_writable(folder)


# ------------------------------------------------------------------------------------ checking the pages


class CheckResult(Struct, frozen=True):
    revision: str | None
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def connect_for_check(path: Path, key: str | None, read_only: bool) -> Any:
    """A connection that only reads: through :func:`rawdb.reading_uri` where the profile cannot be written
    (read-only media, a full disk), ``query_only`` otherwise. Never makes a profile: ``mode=rw`` opens only one
    that exists (a plain connect made an empty file where a profile had gone meanwhile, its folder still
    there), and raises OperationalError otherwise."""
    import sqlcipher3.dbapi2 as sqlcipher

    if read_only and not path.exists():
        raise sqlcipher.OperationalError("unable to open database file")
    uri = reading_uri(path) if read_only else path.resolve().as_uri() + "?mode=rw"
    conn = sqlcipher.connect(uri, uri=True)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        if key is not None:
            conn.execute(f"PRAGMA key = {quote_passphrase(key)}")
            conn.execute(f"PRAGMA kdf_iter = {rawdb_kdf()}")
        conn.execute("PRAGMA query_only = 1")
    except BaseException:
        conn.close()
        raise
    return conn


def check_file(path: Path, key: str | None = None, read_only: bool = False, full: bool = False,
               search_index: bool = True) -> CheckResult:
    """Open the file for reading and run SQLite's quick check (or the full integrity check).

    ``search_index=False`` checks every table and index the first window reads, but not the search index's
    own consistency (FTS5's check, a fair part of the quick check's work), the tables of
    :data:`CHECKED_AFTER_PAINT` nor the free pages: the window opens a profile so and runs the whole check
    after its first paint (``profiles.check_after_open``).

    Raises WrongPassphrase when ``key`` does not open an encrypted file. A file SQLite cannot read at all
    comes back with its problem, never as an exception.
    """
    result, kept = check_and_keep(path, key, read_only, full, search_index)
    if kept is not None:
        kept.close()
    return result


def check_and_keep(path: Path, key: str | None = None, read_only: bool = False, full: bool = False,
                   search_index: bool = True) -> tuple[CheckResult, Any]:
    """:func:`check_file`, and its connection, still open, when the file passed (None otherwise): the caller
    owns it. The window reads through it (``Profile.adopt_reader``) instead of opening the file again."""
    import sqlcipher3.dbapi2 as sqlcipher

    from careorganiser.store.reads import snapshot

    conn = connect_for_check(path, key, read_only)
    kept = None
    try:
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
        except sqlcipher.DatabaseError as exc:
            text = str(exc)
            if key is not None and ("not a database" in text or "encrypted" in text):
                if not _some_page_opens(conn, path):
                    raise WrongPassphrase(text) from None
                return CheckResult(None, ("its first page is damaged",)), None
            return CheckResult(None, (_plain_problem(text),)), None
        # One read transaction for the whole check (``reads.snapshot``): without it each of its statements was
        # one (30 at a window's open, a quick check per table), each taking and giving back SQLite's read lock
        # (two fcntl calls apiece), and a command committing meanwhile could be seen half-way.
        with snapshot(conn):
            result = check_connection(conn, full, search_index)
        if not result.problems:
            kept = conn
        return result, kept
    finally:
        if kept is None:
            _close_leaving_the_wal(conn, path, key, read_only)


def _close_leaving_the_wal(conn: Any, path: Path, key: str | None, read_only: bool) -> None:
    """Close a connection that found the file damaged (or could not read it) without folding its -wal into it.

    SQLite folds the -wal into the file when the last connection to it closes: it wrote into the damaged file
    and removed the -wal (what a rescue reads, and what the user may still want) before the recovery page
    opened. A reading connection, which never does that, stays open meanwhile, so this one is not the last.
    """
    import sqlcipher3.dbapi2 as sqlcipher  # loaded already: ``conn`` is one

    wal = path.with_name(path.name + "-wal")
    guard = None
    try:
        if not read_only and wal.exists() and wal.stat().st_size:
            guard = connect_for_check(path, key, read_only=True)
            guard.execute("SELECT count(*) FROM sqlite_master").fetchall()
    except (OSError, sqlcipher.Error, WrongPassphrase):  # a damaged first page may stop the guard's read too
        pass
    finally:
        conn.close()
        if guard is not None:
            guard.close()


def _some_page_opens(conn: Any, path: Path) -> bool:
    """True when the key opens at least one page of an encrypted file: the key is right and only some pages
    (the first among them) are damaged. A wrong key opens none (every page fails its HMAC)."""
    import sqlcipher3.dbapi2 as sqlcipher

    try:
        failed = len(conn.execute("PRAGMA cipher_integrity_check").fetchall())
        page_size = int(conn.execute("PRAGMA cipher_page_size").fetchone()[0])
        pages = path.stat().st_size // max(page_size, 512)
    except (sqlcipher.DatabaseError, OSError, TypeError, ValueError):
        return False
    return failed < pages


def check_connection(conn: Any, full: bool = False, search_index: bool = True) -> CheckResult:
    import sqlcipher3.dbapi2 as sqlcipher

    from careorganiser.store.rawdb import schema_revision

    problems: list[str] = []
    try:
        if full or search_index:
            rows = conn.execute("PRAGMA integrity_check" if full else "PRAGMA quick_check").fetchall()
        else:
            rows = _tables_quick_check(conn)
        problems = [_plain_problem(str(r[0])) for r in rows if r[0] != "ok"]
    except sqlcipher.DatabaseError as exc:
        problems = [_plain_problem(str(exc))]
    revision = None
    try:
        revision = schema_revision(conn)
    except sqlcipher.DatabaseError as exc:
        problems.append(_plain_problem(str(exc)))
    return CheckResult(revision, tuple(dict.fromkeys(problems)))


#: Tables the first window never reads, left to the whole check after its first paint (a worker runs it at
#: once; damage found there goes to the recovery page): the change history, a row per record changed, the
#: largest table and one that grows with every change (on the demo, half of the quick check's work).
CHECKED_AFTER_PAINT = frozenset({"record_versions"})


def _tables_quick_check(conn: Any) -> list[tuple[str]]:
    """The quick check of each table and its indexes (the schema's too), one at a time: everything the first
    window reads. A virtual table (the search index) is left out: its own check is FTS5's, which reads the
    whole index. Its storage is in plain tables, checked here like the others. The tables of
    :data:`CHECKED_AFTER_PAINT` are left out too."""
    names = [row[0] for row in conn.execute(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'")
        if row[0] not in CHECKED_AFTER_PAINT]
    rows: list[tuple[str]] = []
    for name in ("sqlite_schema", *names):
        quoted = '"' + name.replace('"', '""') + '"'
        rows.extend(conn.execute(f"PRAGMA quick_check({quoted})").fetchall())
    return rows


def _plain_problem(text: str) -> str:
    """SQLite's words for a problem, as the person at the keyboard can read them (no page numbers)."""
    lowered = text.lower()
    if "not a database" in lowered or "encrypted" in lowered:
        return "it can no longer be read"
    if "disk i/o" in lowered:
        return DISK_IO_PROBLEM
    return "some of its pages are broken"


def rawdb_kdf() -> int:
    from careorganiser.store.rawdb import KDF_ITERATIONS

    return int(KDF_ITERATIONS)
