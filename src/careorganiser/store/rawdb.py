"""Plain DB-API access to profile files (sqlcipher3), without SQLAlchemy.

Opening a profile and reading the first screen go through here, so the window can paint before the
ORM is imported; everything else uses the SQLAlchemy engine built on the same pragmas.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

BUSY_TIMEOUT_MS = 5000
#: Measured in benchmarks/bench_durability.py and chosen in docs/durability.md.
SYNCHRONOUS = "FULL"
#: The key derivation of encrypted profiles (docs/shared-computer.md): PBKDF2-HMAC-SHA512 with this many
#: iterations, SQLCipher 4's default. To move to stronger settings, raise it and add the old value to
#: OLDER_KDF_ITERATIONS: a profile made with an older one is re-encrypted with the new one when it opens.
KDF_ITERATIONS = 256_000
OLDER_KDF_ITERATIONS: tuple[int, ...] = ()
SQLITE_HEADER = b"SQLite format 3\x00"


class WrongPassphrase(Exception):
    """The passphrase does not open this profile."""


class NotADatabase(Exception):
    """The file is not an SQLite database at all."""


def quote_passphrase(passphrase: str) -> str:
    return "'" + passphrase.replace("'", "''") + "'"


def apply_pragmas(dbapi_connection: Any, passphrase: str | None, read_only: bool = False,
                  kdf_iterations: int | None = None) -> None:
    """Key the connection (first, with our key derivation), then foreign keys, WAL, synchronous FULL and a
    busy timeout. ``kdf_iterations``: an older setting, only to read a file made with it.

    FULL: a committed dose survives a power cut, not only a crash (docs/durability.md has the measurements).
    A read-only connection (read-only media) changes nothing in the file, not even the journal mode.
    """
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA cipher_log_level = NONE")
        if passphrase is not None:
            cursor.execute(f"PRAGMA key = {quote_passphrase(passphrase)}")
            cursor.execute(f"PRAGMA kdf_iter = {int(kdf_iterations or KDF_ITERATIONS)}")
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        if read_only:
            cursor.execute("PRAGMA query_only = 1")
        else:
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute(f"PRAGMA synchronous = {SYNCHRONOUS}")
    finally:
        cursor.close()


def reading_uri(path: Path) -> str:
    """The URI of a connection that reads a profile it cannot write beside (read-only media or folder, a full disk).

    Where the profile's -wal and -shm files are there, SQLite reads through them without writing either
    (``readonly_shm``): what a process that was killed left in the -wal is read, and a writer working
    meanwhile is seen. Where they are not and both the file and its folder could be written (a full disk
    still makes empty files), they are made empty first, owner-only. Where they cannot be made but a -wal
    holds changes that never reached the file (the app was killed, or the stick pulled out, while it ran), the
    file is read with ``mode=ro`` (SQLite reads a -wal on read-only media since 3.22; ``immutable`` would skip
    those saved changes). Otherwise (read-only media after a clean close: there is no -wal to read) the file is
    read as ``immutable``.
    """
    uri = path.resolve().as_uri()
    sides = [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]
    missing = [side for side in sides if not side.exists()]
    if missing and folder_writable(path.parent) and _file_writable(path):
        for side in missing:
            try:
                os.close(os.open(side, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
            except FileExistsError:
                pass
            except OSError:
                break
        missing = [side for side in sides if not side.exists()]
    if not missing:
        return uri + "?mode=ro&readonly_shm=1"
    try:
        pending = sides[0].stat().st_size > 0
    except OSError:
        pending = False
    return uri + ("?mode=ro" if pending else "?immutable=1")


def folder_writable(folder: Path) -> bool:
    """Whether files can be made in ``folder``: its mode bits count even for an administrator (a folder someone
    made read-only is read-only)."""
    try:
        return (os.access(folder, os.W_OK) and bool(folder.stat().st_mode & 0o200)
                and not os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):  # no statvfs on Windows
        return False


def _file_writable(path: Path) -> bool:
    try:
        return os.access(path, os.W_OK) and bool(path.stat().st_mode & 0o200)
    except OSError:
        return False


def sqlite_connect(path: Path, read_only: bool = False, **kwargs: Any) -> Any:
    """Open a file with sqlcipher3; one that cannot be written here only for reading (:func:`reading_uri`)."""
    import sqlcipher3.dbapi2 as sqlcipher

    if read_only:
        return sqlcipher.connect(reading_uri(path), uri=True, **kwargs)
    return sqlcipher.connect(str(path), **kwargs)


def connect(path: Path, passphrase: str | None = None, read_only: bool = False,
            kdf_iterations: int | None = None) -> Any:
    """A DB-API connection with our pragmas; raises WrongPassphrase / NotADatabase when unreadable."""
    import sqlcipher3.dbapi2 as sqlcipher

    conn = sqlite_connect(path, read_only)
    try:
        try:
            apply_pragmas(conn, passphrase, read_only, kdf_iterations)
            conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
        except sqlcipher.DatabaseError as exc:
            if "not a database" in str(exc) or "encrypted" in str(exc):
                if passphrase is not None or is_encrypted_file(path):
                    raise WrongPassphrase(str(exc)) from None
                raise NotADatabase(str(exc)) from None
            raise
    except BaseException:
        conn.close()
        raise
    return conn


def is_encrypted_file(path: Path) -> bool:
    """A file is taken as encrypted when it has content whose first page lacks SQLite's plain header.

    SQLCipher files are whole pages (multiples of 512 bytes); anything else is not a profile at all.
    """
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(16)
    except (FileNotFoundError, IsADirectoryError):
        return False
    return len(head) == 16 and head != SQLITE_HEADER and size % 512 == 0


def schema_revision(conn: Any) -> str | None:
    """The Alembic revision of a file, or None for a file without our schema."""
    row = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'").fetchone()
    if row is None:
        return None
    version = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return version[0] if version else None


def older_kdf_iterations(path: Path, passphrase: str) -> int | None:
    """The older key-derivation setting that opens ``path`` with ``passphrase``, if one does; else None."""
    for iterations in OLDER_KDF_ITERATIONS:
        try:
            conn = connect(path, passphrase, kdf_iterations=iterations)
        except WrongPassphrase:
            continue
        conn.close()
        return iterations
    return None


def rekey_to_current(path: Path, passphrase: str, old_iterations: int, target: Path) -> None:
    """Write a copy of ``path`` (readable with ``old_iterations``) to the new file ``target``, encrypted with the
    same passphrase and today's key derivation (``sqlcipher_export``)."""
    conn = connect(path, passphrase, kdf_iterations=old_iterations)
    try:
        key = quote_passphrase(passphrase)
        conn.execute(f"ATTACH DATABASE ? AS stronger KEY {key}", (str(target),))
        conn.execute(f"PRAGMA stronger.kdf_iter = {int(KDF_ITERATIONS)}")
        conn.execute("SELECT sqlcipher_export('stronger')")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute(f"PRAGMA stronger.user_version = {int(version)}")
        conn.execute("DETACH DATABASE stronger")
    finally:
        conn.close()
