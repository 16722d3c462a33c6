"""SQLAlchemy engines for profile files: plain SQLite or SQLCipher-encrypted, with our pragmas.

One driver for both (``sqlcipher3``, a build of SQLite with SQLCipher): a file opened without a key is an
ordinary SQLite file; one opened with a key is encrypted from its first byte.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from careorganiser.store import errors
from careorganiser.store.errors import SaveFailed, from_dbapi
from careorganiser.store.rawdb import (  # noqa: F401  (re-exported)
    BUSY_TIMEOUT_MS,
    SQLITE_HEADER,
    WrongPassphrase,
    apply_pragmas,
    is_encrypted_file,
    quote_passphrase,
)


#: Execution option of connections that write: they take the writer lock and begin with ``BEGIN IMMEDIATE``.
#: Others (reading sessions, plain ``engine.connect()``) begin a deferred transaction and take no lock.
WRITES = "careorganiser_writes"
_RELEASE_AT_CHECKIN = "careorganiser_release_writer_lock"


def make_engine(path: Path, passphrase: str | None = None,
                before_write: Callable[[], Callable[[], None] | None] | None = None,
                read_only: bool = False, refusal: str | None = None) -> Engine:
    """An engine whose write transactions take SQLite's write lock at their start (``BEGIN IMMEDIATE``).

    pysqlite's own BEGIN (sent only before the first INSERT/UPDATE, after the reads) is turned off, so a
    transaction that reads a value and then writes can never work from a stale read. ``before_write`` runs
    before each write transaction begins (the profile's writer lock); what it returns is called once the
    transaction is over and its connection is back in the pool (the lock let go). Errors that mean "not saved" (disk
    full, read-only, busy, the same row written at the same moment) become :class:`SaveFailed` with a plain
    message; parameters never appear in an error's text. ``read_only`` opens a file on read-only media (or a
    full disk); ``refusal`` is then what a write that SQLite refuses says instead of "read-only".
    """
    # URL.create keeps the path as it is: a URL string would decode the %XX of a profile's file name.
    url = URL.create("sqlite+pysqlite", database=str(path))
    if read_only:
        from careorganiser.store.rawdb import sqlite_connect

        engine = create_engine(url, module=sqlcipher, hide_parameters=True,
                               creator=lambda: sqlite_connect(path, True, check_same_thread=False))
    else:
        engine = create_engine(url, module=sqlcipher, hide_parameters=True)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        apply_pragmas(dbapi_connection, passphrase, read_only)
        dbapi_connection.isolation_level = None  # we send BEGIN ourselves (below)

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        if not conn.get_execution_options().get(WRITES):
            conn.exec_driver_sql("BEGIN")
            return
        if before_write is not None:
            release = before_write()
            if release is not None:  # held for this transaction: let go when the connection comes back
                conn.connection.info[_RELEASE_AT_CHECKIN] = release
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    @event.listens_for(engine, "checkin")
    def _on_checkin(_dbapi_connection: Any, record: Any) -> None:
        release = record.info.pop(_RELEASE_AT_CHECKIN, None) if record is not None else None
        if release is not None:
            release()

    @event.listens_for(engine, "handle_error")
    def _on_error(context: Any) -> Any:
        found = from_dbapi(context.original_exception)
        if refusal is not None and isinstance(found, SaveFailed) and found.plain == errors.read_only():
            return SaveFailed(refusal)
        return found

    return engine


def writer(engine: Engine) -> Engine:
    """The same engine for writing: the writer lock, then ``BEGIN IMMEDIATE`` at the start of each transaction."""
    return engine.execution_options(**{WRITES: True})


class ProfileSessions(sessionmaker[Session]):
    """``factory()`` is a session for reading; ``factory.begin()`` one unit of work that writes.

    A reading session begins a deferred transaction and takes no lock, so reading works beside a writer;
    ``begin()`` takes the profile's writer lock and SQLite's write lock first (``BEGIN IMMEDIATE``).
    """

    @contextmanager  # type: ignore[override]
    def begin(self) -> Iterator[Session]:
        with self(bind=writer(self.kw["bind"])) as session, session.begin():
            yield session


def make_session_factory(engine: Engine, who: dict[str, Any] | None = None) -> sessionmaker[Session]:
    """Sessions whose changes keep their history (store.history); ``who`` holds the caregiver who is here."""
    from sqlalchemy.orm import configure_mappers

    from careorganiser.store import history

    # Once, up front: not inside the first write transaction, where other processes would wait for it.
    configure_mappers()
    # Objects stay usable after commit: reads return detached, complete snapshots.
    factory = ProfileSessions(engine, expire_on_commit=False,
                              info={"who": who if who is not None else history.new_who()})
    history.install(factory)
    return factory
