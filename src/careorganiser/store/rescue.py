"""Read what can still be read from a damaged profile into a new one (what SQLite's ``.recover`` does, simply).

Each table of the current schema is read from the damaged file in rowid ranges; a range that fails is read
row by row, and a row that still fails is skipped. Rows go into a new profile made at the current schema,
with foreign keys off while they arrive; a row whose parent was lost is then left out (counted). The damaged
file is only read, through :func:`rawdb.reading_uri`: where its -wal holds changes saved last (committed but
not yet written into the file: the app was killed), SQLite reads them too, without writing the file, its -wal
or its -shm; the report names the -wal then.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher  # the driver of every profile: its errors are what a damaged file raises

from careorganiser.store import health, profiles

CHUNK = 256
#: When the highest rowid cannot be read, ranges are tried up to here.
FALLBACK_MAX_ROWID = 1_000_000


def _columns(conn: Any, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]


def _max_rowid(conn: Any, table: str) -> int:
    try:
        row = conn.execute(f'SELECT max(rowid) FROM "{table}"').fetchone()
        return int(row[0] or 0)
    except sqlcipher.Error:
        return FALLBACK_MAX_ROWID


def _read_rows(conn: Any, table: str, columns: list[str], report: Any) -> list[tuple[Any, ...]]:
    cols = ", ".join(f'"{c}"' for c in columns)
    top = _max_rowid(conn, table)
    rows: list[tuple[Any, ...]] = []
    skipped = 0
    empty_run = 0
    low = 0
    while low <= top:
        high = low + CHUNK - 1
        try:
            chunk = conn.execute(f'SELECT {cols} FROM "{table}" WHERE rowid BETWEEN ? AND ?', (low, high)).fetchall()
        except sqlcipher.Error:
            chunk = []
            for rowid in range(low, high + 1):
                try:
                    chunk += conn.execute(f'SELECT {cols} FROM "{table}" WHERE rowid = ?', (rowid,)).fetchall()
                except sqlcipher.Error:
                    skipped += 1
                    if skipped > 4 * CHUNK:  # a whole stretch is gone: stop trying row by row
                        break
        rows += chunk
        if top == FALLBACK_MAX_ROWID:
            empty_run = 0 if chunk else empty_run + 1
            if empty_run > 8:
                break
        low = high + 1
    if skipped:
        report.unreadable[table] = skipped
    return rows


def _wal_read(conn: Any, path: Path) -> str:
    """The name of the -wal SQLite reads the file through (it holds changes), or "" where there is none."""
    wal = path.with_name(path.name + "-wal")
    try:
        if wal.stat().st_size == 0:
            return ""
        row = conn.execute("PRAGMA journal_mode").fetchone()
    except (OSError, sqlcipher.Error):
        return ""
    return wal.name if row and str(row[0]).lower() == "wal" else ""


def rescue_into(path: Path, key: str | None, new_name: str, report: Any) -> Any:
    from careorganiser.store import search  # noqa: F401  (the index's triggers fill it as rows arrive)
    from careorganiser.store.models import Base

    source = health.connect_for_check(path, key, read_only=True)
    report.wal = _wal_read(source, path)
    target = profiles.create_profile(new_name, key)
    try:
        try:
            source_tables = {r[0] for r in source.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        except sqlcipher.Error:
            source_tables = set()
        with target.engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            raw.execute("PRAGMA foreign_keys = OFF")
            raw.execute("BEGIN")
            for table in Base.metadata.sorted_tables:
                if table.name == "alembic_version" or search.is_search_table(table.name):
                    continue
                if table.name not in source_tables:
                    report.tables_lost.append(table.name)
                    continue
                try:
                    present = _columns(source, table.name)
                except sqlcipher.Error:
                    report.tables_lost.append(table.name)
                    continue
                columns = [c.name for c in table.columns if c.name in present]
                rows = _read_rows(source, table.name, columns, report)
                if rows:
                    marks = ", ".join("?" for _ in columns)
                    names = ", ".join(f'"{c}"' for c in columns)
                    raw.executemany(f'INSERT OR REPLACE INTO "{table.name}" ({names}) VALUES ({marks})', rows)
                report.rows[table.name] = len(rows)
            for _ in range(10):  # a lost parent may orphan a child, whose loss orphans another
                problems = raw.execute("PRAGMA foreign_key_check").fetchall()
                if not problems:
                    break
                for table, rowid, _parent, _fk in problems:
                    raw.execute(f'DELETE FROM "{table}" WHERE rowid = ?', (rowid,))
                    report.dropped[table] = report.dropped.get(table, 0) + 1
                    report.rows[table] = report.rows.get(table, 0) - 1
            raw.execute("COMMIT")
            raw.execute("PRAGMA foreign_keys = ON")
    except BaseException:
        target.close()
        raise
    finally:
        source.close()
    target.close()
    return report
