"""The history of changes: the one read path for record versions (the activity list, a record's History view).

One snapshot type, :class:`VersionRow`: a row of ``record_versions`` with the name of the caregiver who made
the change. ``source`` is a DB-API connection (``Profile.read()``) or a session whose connection is used.
Plain SQL; the table a version names is checked against the file's own tables before it is read.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from msgspec import Struct

from careorganiser.store import reads
from careorganiser.store.codec import instant_to_db

__all__ = ["VersionRow", "count", "current_values", "medication_names", "storage_bytes", "versions"]


class VersionRow(Struct, frozen=True):
    id: int
    change_id: str
    changed_at: datetime
    caregiver_id: int | None
    who: str  # the caregiver's name, or "" when nobody was chosen
    table: str
    record_key: str
    action: str
    fields: list[str]
    before: dict[str, Any] | None
    after: dict[str, Any] | None


_SQL = ("SELECT v.id, v.change_id, v.changed_at, v.caregiver_id, c.name, v.table_name, v.record_key, v.action,"
        " v.fields, v.before, v.after FROM record_versions v LEFT JOIN contacts c ON c.id = v.caregiver_id")


def versions(source: Any, *, table: str | None = None, record_key: str | None = None,
             since: datetime | None = None, limit: int | None = None, offset: int = 0,
             newest_first: bool = True) -> list[VersionRow]:
    """Versions, newest first: of one record (``table`` and ``record_key``), changed after ``since``, or all;
    ``limit`` and ``offset`` page through them."""
    where, params = [], []
    if table is not None:
        where.append("v.table_name = ?")
        params.append(table)
    if record_key is not None:
        where.append("v.record_key = ?")
        params.append(record_key)
    if since is not None:
        where.append("v.changed_at > ?")
        params.append(instant_to_db(since))
    sql = _SQL + (" WHERE " + " AND ".join(where) if where else "")
    sql += " ORDER BY v.id DESC" if newest_first else " ORDER BY v.id"
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params += [limit, offset]
    return [VersionRow(row[0], row[1], reads.instant(row[2]), row[3], row[4] or "", row[5], row[6], row[7],
                       list(reads.json_value(row[8]) or []), reads.json_value(row[9]), reads.json_value(row[10]))
            for row in reads.rows(reads.connection_of(source), sql, params)]


def count(source: Any) -> int:
    """How many versions the history holds."""
    return int(reads.rows(reads.connection_of(source), "SELECT count(*) FROM record_versions")[0][0])


def storage_bytes(source: Any) -> int:
    """What the history takes in the file (bytes of its rows' JSON and text, roughly)."""
    sql = ("SELECT sum(length(change_id) + length(table_name) + length(record_key) + length(action)"
           " + coalesce(length(fields), 0) + coalesce(length(before), 0) + coalesce(length(after), 0) + 24)"
           " FROM record_versions")
    return int(reads.rows(reads.connection_of(source), sql)[0][0] or 0)


def medication_names(source: Any, ids: Iterable[int]) -> dict[int, str]:
    """The names of the medications ``ids`` (in the trash too), by id."""
    wanted = sorted({i for i in ids if isinstance(i, int) and not isinstance(i, bool)})
    if not wanted:
        return {}
    sql = f"SELECT id, name FROM medications WHERE id IN ({reads.placeholders(len(wanted))})"
    return {row[0]: row[1] for row in reads.rows(reads.connection_of(source), sql, wanted)}


def current_values(source: Any, table: str, record_key: str) -> dict[str, Any] | None:
    """The stored values of the record a version names, by column (as stored: text, numbers, JSON text), or
    None when the table is not one of the file's or the record is no longer there."""
    conn = reads.connection_of(source)
    if not reads.rows(conn, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)):
        return None
    columns = reads.rows(conn, "SELECT name, type, pk FROM pragma_table_info(?)", (table,))
    keys = [(name, kind) for name, kind, pk in columns if pk]
    if len(keys) != 1:
        return None
    name, kind = keys[0]
    key: Any = record_key
    if "INT" in (kind or "").upper():
        try:
            key = int(record_key)
        except ValueError:
            return None
    quoted = '"' + table.replace('"', '""') + '"'
    found = reads.rows(conn, f'SELECT * FROM {quoted} WHERE "{name}" = ?', (key,))
    if not found:
        return None
    return dict(zip((c[0] for c in columns), found[0], strict=True))
