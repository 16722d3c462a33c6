"""SQLAlchemy engines for profile files: plain SQLite or SQLCipher-encrypted, with our pragmas.

One driver for both (``sqlcipher3``, a build of SQLite with SQLCipher): a file opened without a key is an
ordinary SQLite file; one opened with a key is encrypted from its first byte.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from careorganiser.store.rawdb import (  # noqa: F401  (re-exported)
    BUSY_TIMEOUT_MS,
    SQLITE_HEADER,
    WrongPassphrase,
    apply_pragmas,
    is_encrypted_file,
    quote_passphrase,
)


def make_engine(path: Path, passphrase: str | None = None, read_only: bool = False) -> Engine:
    # URL.create keeps the path as it is: a URL string would decode the %XX of a profile's file name.
    if read_only:
        from careorganiser.store.rawdb import sqlite_connect

        engine = create_engine(URL.create("sqlite+pysqlite", database=str(path)), module=sqlcipher,
                               creator=lambda: sqlite_connect(path, True, check_same_thread=False))
    else:
        engine = create_engine(URL.create("sqlite+pysqlite", database=str(path)), module=sqlcipher)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        apply_pragmas(dbapi_connection, passphrase, read_only)

    return engine


def check_can_read(engine: Engine) -> None:
    """Raise WrongPassphrase when the file cannot be read with the key given."""
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").all()
    except Exception as exc:  # sqlcipher reports a bad key as "file is not a database"
        if "not a database" in str(exc) or "encrypted" in str(exc):
            raise WrongPassphrase(str(exc)) from None
        raise


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    # Objects stay usable after commit: reads return detached, complete snapshots.
    return sessionmaker(engine, expire_on_commit=False)
