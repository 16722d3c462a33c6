"""Full-text search across notes, questions, trials, medications, contacts and appointments (SQLite FTS5).

The index is kept in step by triggers, so every writer (services, import, migrations) updates it without
knowing it exists. Each row's rowid is ``record id * 8 + kind code``, so a trigger finds its row directly.
Records in the trash are not in the index.
"""

from __future__ import annotations

import re
import unicodedata

from msgspec import Struct
from sqlalchemy import event, text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from careorganiser.domain.enums import RecordKind
from careorganiser.store.models import Base

INDEX = "search_index"
#: rowid = record id * SLOTS + kind code, so a trigger finds its row directly.
SLOTS = 16
NOT_DELETED = "NEW.deleted_at IS NULL"


class Source(Struct, frozen=True):
    """One kind of record in the index: its table, what is searched and shown, and when a row is indexed.

    ``title`` and ``body`` are SQL over ``NEW`` (the row); ``day`` is the instant or date shown beside a hit
    (SQL text, or '' for none); ``live`` says which rows belong in the index (not in the trash ...).
    """

    code: int
    table: str
    title: str
    body: str
    day: str = "''"
    live: str = NOT_DELETED


def _text(*columns: str) -> str:
    return " || ' ' || ".join(f"coalesce({c}, '')" for c in columns)


def _json_words(column: str, path: str | None = None) -> str:
    value = f"json_extract(value, '{path}')" if path else "value"
    return f"(SELECT group_concat({value}, ' ') FROM json_each({column}))"


# Every free-text field of every kind of record is searched (the words the caregiver typed).
SOURCES: dict[RecordKind, Source] = {
    RecordKind.SYMPTOM_NOTE: Source(
        1, "symptom_notes", _text("NEW.text"),
        _text("NEW.activity", _json_words("NEW.symptoms", "$.name"), _json_words("NEW.tags")),
        day="NEW.recorded_at",
    ),
    RecordKind.QUESTION: Source(2, "questions", _text("NEW.text"), _text("NEW.topic", "NEW.answer"), day="NEW.created_at"),
    RecordKind.TRIAL: Source(
        3, "trials", _text("NEW.nct_id", "NEW.title"), _text("NEW.notes", "NEW.status"), day="NEW.imported_at",
    ),
    RecordKind.MEDICATION: Source(
        4, "medications", _text("NEW.name"),
        _text("NEW.strength", "NEW.form", "NEW.dose", "NEW.route", "NEW.purpose", "NEW.instructions",
              "NEW.stop_reason"),
        day="NEW.start_date",
    ),
    RecordKind.CONTACT: Source(
        5, "contacts", _text("NEW.name"),
        _text("NEW.role", "NEW.organisation", "NEW.phone", "NEW.email", "NEW.address", "NEW.notes"),
    ),
    RecordKind.APPOINTMENT: Source(
        6, "appointments", _text("NEW.purpose", "NEW.place"), _text("NEW.notes", "NEW.outcome"),
        day="NEW.starts_at",
    ),
    RecordKind.RIDE: Source(
        7, "rides", _text("NEW.destination"), _text("NEW.pickup_address", "NEW.notes"), day="NEW.pickup_at",
    ),
    RecordKind.PERSON: Source(
        8, "person", _text("NEW.name"),
        _text("NEW.notes", _json_words("NEW.conditions"), _json_words("NEW.allergies"),
              _json_words("NEW.identifiers", "$.value")),
        live="1",
    ),
    RecordKind.MEASUREMENT: Source(
        9, "measurements", _text("NEW.kind"), _text("NEW.note"), day="NEW.taken_at",
        live="NEW.deleted_at IS NULL AND coalesce(NEW.note, '') != ''",
    ),
    RecordKind.DOSE_EVENT: Source(
        10, "dose_events", "coalesce((SELECT name FROM medications WHERE id = NEW.medication_id), '')",
        _text("NEW.note"), day="NEW.scheduled_for", live="coalesce(NEW.note, '') != ''",
    ),
}
KIND_OF_CODE = {source.code: kind for kind, source in SOURCES.items()}


def ddl_statements() -> list[str]:
    """The index table and its triggers (the same text migration 0006 runs)."""
    statements = [
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {INDEX} USING fts5("
        "title, body, day UNINDEXED, tokenize = 'unicode61 remove_diacritics 2')"
    ]
    for source in SOURCES.values():
        table, code = source.table, source.code
        rowid = f"NEW.id * {SLOTS} + {code}"
        values = f"{rowid}, {source.title}, {source.body}, coalesce({source.day}, '')"
        statements += [
            f"CREATE TRIGGER IF NOT EXISTS {INDEX}_{table}_ai AFTER INSERT ON {table} WHEN {source.live} BEGIN "
            f"INSERT INTO {INDEX}(rowid, title, body, day) VALUES ({values}); END",
            f"CREATE TRIGGER IF NOT EXISTS {INDEX}_{table}_au AFTER UPDATE ON {table} BEGIN "
            f"DELETE FROM {INDEX} WHERE rowid = OLD.id * {SLOTS} + {code}; "
            f"INSERT INTO {INDEX}(rowid, title, body, day) SELECT {values} WHERE {source.live}; END",
            f"CREATE TRIGGER IF NOT EXISTS {INDEX}_{table}_ad AFTER DELETE ON {table} BEGIN "
            f"DELETE FROM {INDEX} WHERE rowid = OLD.id * {SLOTS} + {code}; END",
        ]
    return statements


def backfill_statements() -> list[str]:
    out = []
    for source in SOURCES.values():
        out.append(
            f"INSERT INTO {INDEX}(rowid, title, body, day) SELECT NEW.id * {SLOTS} + {source.code}, {source.title}, "
            f"{source.body}, coalesce({source.day}, '') FROM {source.table} AS NEW WHERE {source.live}"
        )
    return out


def is_search_table(name: str | None) -> bool:
    """Tables FTS5 makes for the index (left out when comparing the schema with the models)."""
    return bool(name) and (name == INDEX or name.startswith(INDEX + "_"))  # type: ignore[union-attr]


@event.listens_for(Base.metadata, "after_create")
def _create_index(_target: object, connection: Connection, **_kw: object) -> None:
    for statement in ddl_statements():
        connection.exec_driver_sql(statement)


#: Around a matching word in ``SearchHit.title_marked`` and ``snippet``: never in typed text (control characters).
MARK_START, MARK_END = "\x02", "\x03"


class SearchHit(Struct, frozen=True):
    kind: RecordKind
    record_id: int
    title: str
    snippet: str
    #: The title with the matching words between MARK_START and MARK_END.
    title_marked: str = ""
    #: The record's date or instant as stored ("2026-11-21 10:00:00.000000", "2026-11-21"), or "".
    day: str = ""


_WORD = re.compile(r"\w+", re.UNICODE)


def fts_query(user_text: str) -> str | None:
    """Turn what the user typed into an FTS5 query: every word must appear, as a prefix."""
    folded = unicodedata.normalize("NFKC", user_text)
    words = _WORD.findall(folded)[:12]
    if not words:
        return None
    # One-letter words match whole words only; longer ones match as prefixes ("pirfen" finds "pirfenidone").
    return " AND ".join(f'"{w}"*' if len(w) > 1 else f'"{w}"' for w in words)


def search(session: Session, user_text: str, limit: int = 50) -> list[SearchHit]:
    query = fts_query(user_text)
    if query is None:
        return []
    rows = session.execute(
        text(
            f"SELECT rowid, title, snippet({INDEX}, 1, :a, :b, '\u2026', 14), highlight({INDEX}, 0, :a, :b), day "
            f"FROM {INDEX} WHERE {INDEX} MATCH :q ORDER BY bm25({INDEX}, 4.0, 1.0) LIMIT :limit"
        ),
        {"q": query, "limit": limit, "a": MARK_START, "b": MARK_END},
    ).all()
    hits = []
    for rowid, title, snippet, marked, day in rows:
        kind = KIND_OF_CODE.get(rowid % SLOTS)
        if kind is None:
            continue
        snippet = snippet or ""
        if MARK_START not in snippet:  # the match is in the title: the body adds nothing to show
            snippet = ""
        hits.append(SearchHit(kind, rowid // SLOTS, title or "", snippet, marked or title or "", str(day or "")))
    return hits


def rebuild(session: Session) -> None:
    """Rebuild the index from the records (a repair; triggers normally keep it in step)."""
    session.execute(text(f"DELETE FROM {INDEX}"))
    for statement in backfill_statements():
        session.execute(text(statement))
