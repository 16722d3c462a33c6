"""The trash: the one read path for the records moved there (the Trash list).

One snapshot type, :class:`TrashedRow`. ``source`` is a DB-API connection (``Profile.read()``) or a session
whose connection is used. Plain SQL.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from msgspec import Struct

from careorganiser.domain.enums import RecordKind
from careorganiser.store import reads

__all__ = ["TRASHABLE", "TrashedRow", "trashed"]

#: Each kind of record that goes to the trash: its table and the column that names it in the list.
TRASHABLE: dict[RecordKind, tuple[str, str]] = {
    RecordKind.CONTACT: ("contacts", "name"),
    RecordKind.MEDICATION: ("medications", "name"),
    RecordKind.APPOINTMENT: ("appointments", "purpose"),
    RecordKind.RIDE: ("rides", "destination"),
    RecordKind.SYMPTOM_NOTE: ("symptom_notes", "text"),
    RecordKind.MEASUREMENT: ("measurements", "kind"),
    RecordKind.TRIAL: ("trials", "nct_id"),
    RecordKind.QUESTION: ("questions", "text"),
}


class TrashedRow(Struct, frozen=True):
    kind: RecordKind
    id: int
    label: str
    deleted_at: datetime


def label(value: Any) -> str:
    """A record named in a few words: its naming column, cut at 60 characters."""
    text = str(value or "")
    return text if len(text) <= 60 else text[:57] + "\u2026"


def trashed(source: Any) -> list[TrashedRow]:
    """Every record in the trash, the most recently moved there first."""
    conn = reads.connection_of(source)
    out: list[TrashedRow] = []
    with reads.snapshot(conn):
        for kind, (table, column) in TRASHABLE.items():
            sql = f"SELECT id, {column}, deleted_at FROM {table} WHERE deleted_at IS NOT NULL"
            out += [TrashedRow(kind, row[0], label(row[1]), reads.instant(row[2]))  # type: ignore[arg-type]
                    for row in reads.rows(conn, sql)]
    return sorted(out, key=lambda r: r.deleted_at, reverse=True)
