"""Full-text search index (FTS5) over notes, questions, trials, medications, contacts and appointments

Revision ID: 0002_search_index
Revises: 0001_initial
Create Date: 2026-11-21

The index and its triggers are written out here as they were at this revision, so later changes to
store/search.py never change what this migration does.
"""
from alembic import op

revision = "0002_search_index"
down_revision = "0001_initial"
branch_labels = None
depends_on = None

DDL = [
    "CREATE VIRTUAL TABLE IF NOT EXISTS search_index USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2')",
    "CREATE TRIGGER IF NOT EXISTS search_index_symptom_notes_ai AFTER INSERT ON symptom_notes WHEN NEW.deleted_at IS NULL BEGIN INSERT INTO search_index(rowid, title, body) VALUES (NEW.id * 8 + 1, coalesce(NEW.text, ''), coalesce(NEW.activity, '') || ' ' || coalesce((SELECT group_concat(json_extract(value, '$.name'), ' ') FROM json_each(NEW.symptoms)), '') || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_each(NEW.tags)), '')); END",
    "CREATE TRIGGER IF NOT EXISTS search_index_symptom_notes_au AFTER UPDATE ON symptom_notes BEGIN DELETE FROM search_index WHERE rowid = OLD.id * 8 + 1; INSERT INTO search_index(rowid, title, body) SELECT NEW.id * 8 + 1, coalesce(NEW.text, ''), coalesce(NEW.activity, '') || ' ' || coalesce((SELECT group_concat(json_extract(value, '$.name'), ' ') FROM json_each(NEW.symptoms)), '') || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_each(NEW.tags)), '') WHERE NEW.deleted_at IS NULL; END",
    'CREATE TRIGGER IF NOT EXISTS search_index_symptom_notes_ad AFTER DELETE ON symptom_notes BEGIN DELETE FROM search_index WHERE rowid = OLD.id * 8 + 1; END',
    "CREATE TRIGGER IF NOT EXISTS search_index_questions_ai AFTER INSERT ON questions WHEN NEW.deleted_at IS NULL BEGIN INSERT INTO search_index(rowid, title, body) VALUES (NEW.id * 8 + 2, NEW.text, coalesce(NEW.topic, '') || ' ' || coalesce(NEW.answer, '')); END",
    "CREATE TRIGGER IF NOT EXISTS search_index_questions_au AFTER UPDATE ON questions BEGIN DELETE FROM search_index WHERE rowid = OLD.id * 8 + 2; INSERT INTO search_index(rowid, title, body) SELECT NEW.id * 8 + 2, NEW.text, coalesce(NEW.topic, '') || ' ' || coalesce(NEW.answer, '') WHERE NEW.deleted_at IS NULL; END",
    'CREATE TRIGGER IF NOT EXISTS search_index_questions_ad AFTER DELETE ON questions BEGIN DELETE FROM search_index WHERE rowid = OLD.id * 8 + 2; END',
    "CREATE TRIGGER IF NOT EXISTS search_index_trials_ai AFTER INSERT ON trials WHEN NEW.deleted_at IS NULL BEGIN INSERT INTO search_index(rowid, title, body) VALUES (NEW.id * 8 + 3, NEW.nct_id || ' ' || coalesce(NEW.title, ''), coalesce(NEW.notes, '') || ' ' || coalesce(NEW.status, '')); END",
    "CREATE TRIGGER IF NOT EXISTS search_index_trials_au AFTER UPDATE ON trials BEGIN DELETE FROM search_index WHERE rowid = OLD.id * 8 + 3; INSERT INTO search_index(rowid, title, body) SELECT NEW.id * 8 + 3, NEW.nct_id || ' ' || coalesce(NEW.title, ''), coalesce(NEW.notes, '') || ' ' || coalesce(NEW.status, '') WHERE NEW.deleted_at IS NULL; END",
    'CREATE TRIGGER IF NOT EXISTS search_index_trials_ad AFTER DELETE ON trials BEGIN DELETE FROM search_index WHERE rowid = OLD.id * 8 + 3; END',
    "CREATE TRIGGER IF NOT EXISTS search_index_medications_ai AFTER INSERT ON medications WHEN NEW.deleted_at IS NULL BEGIN INSERT INTO search_index(rowid, title, body) VALUES (NEW.id * 8 + 4, NEW.name, coalesce(NEW.strength, '') || ' ' || coalesce(NEW.purpose, '') || ' ' || coalesce(NEW.instructions, '') || ' ' || coalesce(NEW.stop_reason, '')); END",
    "CREATE TRIGGER IF NOT EXISTS search_index_medications_au AFTER UPDATE ON medications BEGIN DELETE FROM search_index WHERE rowid = OLD.id * 8 + 4; INSERT INTO search_index(rowid, title, body) SELECT NEW.id * 8 + 4, NEW.name, coalesce(NEW.strength, '') || ' ' || coalesce(NEW.purpose, '') || ' ' || coalesce(NEW.instructions, '') || ' ' || coalesce(NEW.stop_reason, '') WHERE NEW.deleted_at IS NULL; END",
    'CREATE TRIGGER IF NOT EXISTS search_index_medications_ad AFTER DELETE ON medications BEGIN DELETE FROM search_index WHERE rowid = OLD.id * 8 + 4; END',
    "CREATE TRIGGER IF NOT EXISTS search_index_contacts_ai AFTER INSERT ON contacts WHEN NEW.deleted_at IS NULL BEGIN INSERT INTO search_index(rowid, title, body) VALUES (NEW.id * 8 + 5, NEW.name, coalesce(NEW.role, '') || ' ' || coalesce(NEW.organisation, '') || ' ' || coalesce(NEW.phone, '') || ' ' || coalesce(NEW.email, '') || ' ' || coalesce(NEW.address, '') || ' ' || coalesce(NEW.notes, '')); END",
    "CREATE TRIGGER IF NOT EXISTS search_index_contacts_au AFTER UPDATE ON contacts BEGIN DELETE FROM search_index WHERE rowid = OLD.id * 8 + 5; INSERT INTO search_index(rowid, title, body) SELECT NEW.id * 8 + 5, NEW.name, coalesce(NEW.role, '') || ' ' || coalesce(NEW.organisation, '') || ' ' || coalesce(NEW.phone, '') || ' ' || coalesce(NEW.email, '') || ' ' || coalesce(NEW.address, '') || ' ' || coalesce(NEW.notes, '') WHERE NEW.deleted_at IS NULL; END",
    'CREATE TRIGGER IF NOT EXISTS search_index_contacts_ad AFTER DELETE ON contacts BEGIN DELETE FROM search_index WHERE rowid = OLD.id * 8 + 5; END',
    "CREATE TRIGGER IF NOT EXISTS search_index_appointments_ai AFTER INSERT ON appointments WHEN NEW.deleted_at IS NULL BEGIN INSERT INTO search_index(rowid, title, body) VALUES (NEW.id * 8 + 6, coalesce(NEW.purpose, '') || ' ' || coalesce(NEW.place, ''), coalesce(NEW.notes, '') || ' ' || coalesce(NEW.outcome, '')); END",
    "CREATE TRIGGER IF NOT EXISTS search_index_appointments_au AFTER UPDATE ON appointments BEGIN DELETE FROM search_index WHERE rowid = OLD.id * 8 + 6; INSERT INTO search_index(rowid, title, body) SELECT NEW.id * 8 + 6, coalesce(NEW.purpose, '') || ' ' || coalesce(NEW.place, ''), coalesce(NEW.notes, '') || ' ' || coalesce(NEW.outcome, '') WHERE NEW.deleted_at IS NULL; END",
    'CREATE TRIGGER IF NOT EXISTS search_index_appointments_ad AFTER DELETE ON appointments BEGIN DELETE FROM search_index WHERE rowid = OLD.id * 8 + 6; END',
]

BACKFILL = [
    "INSERT INTO search_index(rowid, title, body) SELECT NEW.id * 8 + 1, coalesce(NEW.text, ''), coalesce(NEW.activity, '') || ' ' || coalesce((SELECT group_concat(json_extract(value, '$.name'), ' ') FROM json_each(NEW.symptoms)), '') || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_each(NEW.tags)), '') FROM symptom_notes AS NEW WHERE NEW.deleted_at IS NULL",
    "INSERT INTO search_index(rowid, title, body) SELECT NEW.id * 8 + 2, NEW.text, coalesce(NEW.topic, '') || ' ' || coalesce(NEW.answer, '') FROM questions AS NEW WHERE NEW.deleted_at IS NULL",
    "INSERT INTO search_index(rowid, title, body) SELECT NEW.id * 8 + 3, NEW.nct_id || ' ' || coalesce(NEW.title, ''), coalesce(NEW.notes, '') || ' ' || coalesce(NEW.status, '') FROM trials AS NEW WHERE NEW.deleted_at IS NULL",
    "INSERT INTO search_index(rowid, title, body) SELECT NEW.id * 8 + 4, NEW.name, coalesce(NEW.strength, '') || ' ' || coalesce(NEW.purpose, '') || ' ' || coalesce(NEW.instructions, '') || ' ' || coalesce(NEW.stop_reason, '') FROM medications AS NEW WHERE NEW.deleted_at IS NULL",
    "INSERT INTO search_index(rowid, title, body) SELECT NEW.id * 8 + 5, NEW.name, coalesce(NEW.role, '') || ' ' || coalesce(NEW.organisation, '') || ' ' || coalesce(NEW.phone, '') || ' ' || coalesce(NEW.email, '') || ' ' || coalesce(NEW.address, '') || ' ' || coalesce(NEW.notes, '') FROM contacts AS NEW WHERE NEW.deleted_at IS NULL",
    "INSERT INTO search_index(rowid, title, body) SELECT NEW.id * 8 + 6, coalesce(NEW.purpose, '') || ' ' || coalesce(NEW.place, ''), coalesce(NEW.notes, '') || ' ' || coalesce(NEW.outcome, '') FROM appointments AS NEW WHERE NEW.deleted_at IS NULL",
]

TABLES = ("symptom_notes", "questions", "trials", "medications", "contacts", "appointments")


def upgrade() -> None:
    for statement in DDL:
        op.execute(statement)
    for statement in BACKFILL:
        op.execute(statement)


def downgrade() -> None:
    for table in TABLES:
        for suffix in ("ai", "au", "ad"):
            op.execute(f"DROP TRIGGER IF EXISTS search_index_{table}_{suffix}")
    op.execute("DROP TABLE IF EXISTS search_index")
