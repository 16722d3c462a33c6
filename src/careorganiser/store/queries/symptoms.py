"""Symptom notes: the one read path (the journal, its trends and suggestions, the pack).

One snapshot type, :class:`SymptomNote`; its ``symptoms`` are the stored (name, severity) pairs, a stored item
that is not one (no name, no whole-number severity) left out. Notes in the trash are left out. ``source`` is a
DB-API connection (``Profile.read()``) or a session whose connection is used. Plain SQL.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from msgspec import Struct

from careorganiser.store import reads
from careorganiser.store.codec import instant_from_db, instant_to_db

__all__ = ["SymptomNote", "count", "note", "notes", "notes_with_ids", "symptom_names", "tags"]


class SymptomNote(Struct, frozen=True):
    id: int
    uid: str
    recorded_at: datetime
    symptoms: tuple[tuple[str, int], ...]
    text: str
    activity: str
    tags: tuple[str, ...]

    @property
    def worst(self) -> int:
        return max((sev for _, sev in self.symptoms), default=0)


def _pairs(value: Any) -> tuple[tuple[str, int], ...]:
    found = reads.json_value(value) or []
    pairs = []
    for item in found if isinstance(found, list) else []:
        if not isinstance(item, dict) or item.get("name") is None:
            continue
        try:
            pairs.append((str(item["name"]), int(item.get("severity"))))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            continue
    return tuple(pairs)


def _note(row: Any) -> SymptomNote:
    id_, uid, recorded_at, symptoms, text, activity, tags = row
    found_tags = reads.json_value(tags) or []
    return SymptomNote(id_, uid, instant_from_db(recorded_at), _pairs(symptoms), text or "",  # type: ignore[arg-type]
                       activity or "", tuple(found_tags) if isinstance(found_tags, list) else ())


_SQL = "SELECT id, uid, recorded_at, symptoms, text, activity, tags FROM symptom_notes WHERE deleted_at IS NULL"


def notes(source: Any, *, start: datetime | None = None, end: datetime | None = None, newest_first: bool = False,
          limit: int | None = None, offset: int = 0) -> list[SymptomNote]:
    """Notes recorded in ``[start, end)``, oldest first (``newest_first``: the other way round), then by id;
    a page of at most ``limit`` from ``offset`` (the index on ``recorded_at`` keeps a page cheap)."""
    sql, params = _SQL, []
    if start is not None:
        sql += " AND recorded_at >= ?"
        params.append(instant_to_db(start))
    if end is not None:
        sql += " AND recorded_at < ?"
        params.append(instant_to_db(end))
    sql += " ORDER BY recorded_at DESC, id DESC" if newest_first else " ORDER BY recorded_at, id"
    if limit is not None or offset:
        sql += " LIMIT ? OFFSET ?"
        params += [-1 if limit is None else int(limit), int(offset)]
    return [_note(row) for row in reads.rows(reads.connection_of(source), sql, params)]


def note(source: Any, note_id: int) -> SymptomNote | None:
    """One note by its row id, or None (also when it is in the trash)."""
    found = reads.rows(reads.connection_of(source), _SQL + " AND id = ?", (note_id,))
    return _note(found[0]) if found else None


def notes_with_ids(source: Any, ids: Iterable[int]) -> list[SymptomNote]:
    """The notes among ``ids`` that exist (not in the trash), in no particular order."""
    wanted = sorted({int(i) for i in ids})
    found: list[SymptomNote] = []
    for start in range(0, len(wanted), 500):  # SQLite's limit on parameters stays far away
        chunk = wanted[start:start + 500]
        sql = _SQL + f" AND id IN ({', '.join('?' * len(chunk))})"
        found += [_note(row) for row in reads.rows(reads.connection_of(source), sql, chunk)]
    return found


def count(source: Any) -> int:
    """How many notes there are (not in the trash)."""
    return int(reads.rows(reads.connection_of(source),
                          "SELECT count(*) FROM symptom_notes WHERE deleted_at IS NULL")[0][0])


def symptom_names(source: Any, recent: int) -> list[tuple[str, int]]:
    """Symptom names of the ``recent`` latest notes with how often each was noted, most noted first."""
    return [(name, uses) for name, uses in reads.rows(reads.connection_of(source), """
        SELECT json_extract(j.value, '$.name') AS name, count(*) AS uses
        FROM (SELECT symptoms FROM symptom_notes WHERE deleted_at IS NULL
              ORDER BY recorded_at DESC LIMIT ?) AS n, json_each(n.symptoms) AS j
        WHERE json_type(j.value, '$.name') = 'text'
        GROUP BY name ORDER BY uses DESC, name""", (int(recent),))]


def tags(source: Any) -> list[str]:
    """The tags in use, most used first."""
    return [tag for tag, _ in reads.rows(reads.connection_of(source), """
        SELECT j.value AS tag, count(*) AS uses FROM symptom_notes AS n, json_each(n.tags) AS j
        WHERE n.deleted_at IS NULL AND j.type = 'text' GROUP BY tag ORDER BY uses DESC, tag""")]
