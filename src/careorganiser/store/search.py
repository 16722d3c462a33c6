"""Full-text search across notes, questions, trials, medications, contacts and appointments (SQLite FTS5).

The index is kept in step by triggers, so every writer (services, import, migrations) updates it without
knowing it exists. Each row's rowid is ``record id * 8 + kind code``, so a trigger finds its row directly.
Records in the trash are not in the index.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from sqlalchemy import event, text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from careorganiser.store.models import Base

INDEX = "search_index"

# kind -> (code, table, title SQL, body SQL); NEW. is replaced for triggers, and the table alias for backfill.
SOURCES: dict[str, tuple[int, str, str, str]] = {
    "symptom_note": (
        1, "symptom_notes",
        "coalesce(NEW.text, '')",
        "coalesce(NEW.activity, '') || ' ' || "
        "coalesce((SELECT group_concat(json_extract(value, '$.name'), ' ') FROM json_each(NEW.symptoms)), '') || ' ' || "
        "coalesce((SELECT group_concat(value, ' ') FROM json_each(NEW.tags)), '')",
    ),
    "question": (
        2, "questions",
        "NEW.text",
        "coalesce(NEW.topic, '') || ' ' || coalesce(NEW.answer, '')",
    ),
    "trial": (
        3, "trials",
        "NEW.nct_id || ' ' || coalesce(NEW.title, '')",
        "coalesce(NEW.notes, '') || ' ' || coalesce(NEW.status, '')",
    ),
    "medication": (
        4, "medications",
        "NEW.name",
        "coalesce(NEW.strength, '') || ' ' || coalesce(NEW.purpose, '') || ' ' || coalesce(NEW.instructions, '') || ' ' "
        "|| coalesce(NEW.stop_reason, '')",
    ),
    "contact": (
        5, "contacts",
        "NEW.name",
        "coalesce(NEW.role, '') || ' ' || coalesce(NEW.organisation, '') || ' ' || coalesce(NEW.phone, '') || ' ' "
        "|| coalesce(NEW.email, '') || ' ' || coalesce(NEW.address, '') || ' ' || coalesce(NEW.notes, '')",
    ),
    "appointment": (
        6, "appointments",
        "coalesce(NEW.purpose, '') || ' ' || coalesce(NEW.place, '')",
        "coalesce(NEW.notes, '') || ' ' || coalesce(NEW.outcome, '')",
    ),
}
KIND_OF_CODE = {code: kind for kind, (code, *_rest) in SOURCES.items()}


def ddl_statements() -> list[str]:
    """The index table and its triggers (the same text migration 0002 runs)."""
    statements = [
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {INDEX} USING fts5("
        "title, body, tokenize = 'unicode61 remove_diacritics 2')"
    ]
    for kind, (code, table, title, body) in SOURCES.items():
        rowid = f"NEW.id * 8 + {code}"
        statements += [
            f"CREATE TRIGGER IF NOT EXISTS {INDEX}_{table}_ai AFTER INSERT ON {table} WHEN NEW.deleted_at IS NULL BEGIN "
            f"INSERT INTO {INDEX}(rowid, title, body) VALUES ({rowid}, {title}, {body}); END",
            f"CREATE TRIGGER IF NOT EXISTS {INDEX}_{table}_au AFTER UPDATE ON {table} BEGIN "
            f"DELETE FROM {INDEX} WHERE rowid = OLD.id * 8 + {code}; "
            f"INSERT INTO {INDEX}(rowid, title, body) SELECT {rowid}, {title}, {body} WHERE NEW.deleted_at IS NULL; END",
            f"CREATE TRIGGER IF NOT EXISTS {INDEX}_{table}_ad AFTER DELETE ON {table} BEGIN "
            f"DELETE FROM {INDEX} WHERE rowid = OLD.id * 8 + {code}; END",
        ]
    return statements


def backfill_statements() -> list[str]:
    out = []
    for _kind, (code, table, title, body) in SOURCES.items():
        out.append(
            f"INSERT INTO {INDEX}(rowid, title, body) SELECT NEW.id * 8 + {code}, {title}, {body} "
            f"FROM {table} AS NEW WHERE NEW.deleted_at IS NULL"
        )
    return out


def is_search_table(name: str | None) -> bool:
    """Tables FTS5 makes for the index (left out when comparing the schema with the models)."""
    return bool(name) and (name == INDEX or name.startswith(INDEX + "_"))  # type: ignore[union-attr]


@event.listens_for(Base.metadata, "after_create")
def _create_index(_target: object, connection: Connection, **_kw: object) -> None:
    for statement in ddl_statements():
        connection.exec_driver_sql(statement)


@dataclass(frozen=True, slots=True)
class SearchHit:
    kind: str
    record_id: int
    title: str
    snippet: str


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
            f"SELECT rowid, title, snippet({INDEX}, 1, '[', ']', '\u2026', 12) FROM {INDEX} "
            f"WHERE {INDEX} MATCH :q ORDER BY bm25({INDEX}, 4.0, 1.0) LIMIT :limit"
        ),
        {"q": query, "limit": limit},
    ).all()
    hits = []
    for rowid, title, snippet in rows:
        kind = KIND_OF_CODE.get(rowid % 8)
        if kind is None:
            continue
        hits.append(SearchHit(kind, rowid // 8, title or "", snippet or ""))
    return hits


def rebuild(session: Session) -> None:
    """Rebuild the index from the records (a repair; triggers normally keep it in step)."""
    session.execute(text(f"DELETE FROM {INDEX}"))
    for statement in backfill_statements():
        session.execute(text(statement))
