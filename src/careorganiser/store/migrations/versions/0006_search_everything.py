"""Search everything: every free-text field of every record, and the date of each hit

Revision ID: 0006_search_everything
Revises: 0007_followup_plans
Create Date: 2026-12-03

The index of 0002 missed ride notes and addresses, the person's notes, conditions and allergies, measurement
notes and dose notes. It is rebuilt with rowid = record id * 16 + kind code (room for more kinds) and a day
column shown beside each hit. The statements are written out as they are at this revision, so later changes to
store/search.py never change what this migration does.
"""
import importlib.util
from pathlib import Path

from alembic import op

revision = "0006_search_everything"
down_revision = "0007_followup_plans"
branch_labels = None
depends_on = None

OLD_TABLES = ("symptom_notes", "questions", "trials", "medications", "contacts", "appointments")
TABLES = OLD_TABLES + ("rides", "person", "measurements", "dose_events")

DDL = [
    "CREATE VIRTUAL TABLE IF NOT EXISTS search_index USING fts5(title, body, day UNINDEXED, tokenize = 'unicode61 remove_diacritics 2')",
    "CREATE TRIGGER IF NOT EXISTS search_index_symptom_notes_ai AFTER INSERT ON symptom_notes WHEN NEW.deleted_at IS NULL BEGIN INSERT INTO search_index(rowid, title, body, day) VALUES (NEW.id * 16 + 1, coalesce(NEW.text, ''), coalesce(NEW.activity, '') || ' ' || coalesce((SELECT group_concat(json_extract(value, '$.name'), ' ') FROM json_each(NEW.symptoms)), '') || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_each(NEW.tags)), ''), coalesce(NEW.recorded_at, '')); END",
    "CREATE TRIGGER IF NOT EXISTS search_index_symptom_notes_au AFTER UPDATE ON symptom_notes BEGIN DELETE FROM search_index WHERE rowid = OLD.id * 16 + 1; INSERT INTO search_index(rowid, title, body, day) SELECT NEW.id * 16 + 1, coalesce(NEW.text, ''), coalesce(NEW.activity, '') || ' ' || coalesce((SELECT group_concat(json_extract(value, '$.name'), ' ') FROM json_each(NEW.symptoms)), '') || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_each(NEW.tags)), ''), coalesce(NEW.recorded_at, '') WHERE NEW.deleted_at IS NULL; END",
    'CREATE TRIGGER IF NOT EXISTS search_index_symptom_notes_ad AFTER DELETE ON symptom_notes BEGIN DELETE FROM search_index WHERE rowid = OLD.id * 16 + 1; END',
    "CREATE TRIGGER IF NOT EXISTS search_index_questions_ai AFTER INSERT ON questions WHEN NEW.deleted_at IS NULL BEGIN INSERT INTO search_index(rowid, title, body, day) VALUES (NEW.id * 16 + 2, coalesce(NEW.text, ''), coalesce(NEW.topic, '') || ' ' || coalesce(NEW.answer, ''), coalesce(NEW.created_at, '')); END",
    "CREATE TRIGGER IF NOT EXISTS search_index_questions_au AFTER UPDATE ON questions BEGIN DELETE FROM search_index WHERE rowid = OLD.id * 16 + 2; INSERT INTO search_index(rowid, title, body, day) SELECT NEW.id * 16 + 2, coalesce(NEW.text, ''), coalesce(NEW.topic, '') || ' ' || coalesce(NEW.answer, ''), coalesce(NEW.created_at, '') WHERE NEW.deleted_at IS NULL; END",
    'CREATE TRIGGER IF NOT EXISTS search_index_questions_ad AFTER DELETE ON questions BEGIN DELETE FROM search_index WHERE rowid = OLD.id * 16 + 2; END',
    "CREATE TRIGGER IF NOT EXISTS search_index_trials_ai AFTER INSERT ON trials WHEN NEW.deleted_at IS NULL BEGIN INSERT INTO search_index(rowid, title, body, day) VALUES (NEW.id * 16 + 3, coalesce(NEW.nct_id, '') || ' ' || coalesce(NEW.title, ''), coalesce(NEW.notes, '') || ' ' || coalesce(NEW.status, ''), coalesce(NEW.imported_at, '')); END",
    "CREATE TRIGGER IF NOT EXISTS search_index_trials_au AFTER UPDATE ON trials BEGIN DELETE FROM search_index WHERE rowid = OLD.id * 16 + 3; INSERT INTO search_index(rowid, title, body, day) SELECT NEW.id * 16 + 3, coalesce(NEW.nct_id, '') || ' ' || coalesce(NEW.title, ''), coalesce(NEW.notes, '') || ' ' || coalesce(NEW.status, ''), coalesce(NEW.imported_at, '') WHERE NEW.deleted_at IS NULL; END",
    'CREATE TRIGGER IF NOT EXISTS search_index_trials_ad AFTER DELETE ON trials BEGIN DELETE FROM search_index WHERE rowid = OLD.id * 16 + 3; END',
    "CREATE TRIGGER IF NOT EXISTS search_index_medications_ai AFTER INSERT ON medications WHEN NEW.deleted_at IS NULL BEGIN INSERT INTO search_index(rowid, title, body, day) VALUES (NEW.id * 16 + 4, coalesce(NEW.name, ''), coalesce(NEW.strength, '') || ' ' || coalesce(NEW.form, '') || ' ' || coalesce(NEW.dose, '') || ' ' || coalesce(NEW.route, '') || ' ' || coalesce(NEW.purpose, '') || ' ' || coalesce(NEW.instructions, '') || ' ' || coalesce(NEW.stop_reason, ''), coalesce(NEW.start_date, '')); END",
    "CREATE TRIGGER IF NOT EXISTS search_index_medications_au AFTER UPDATE ON medications BEGIN DELETE FROM search_index WHERE rowid = OLD.id * 16 + 4; INSERT INTO search_index(rowid, title, body, day) SELECT NEW.id * 16 + 4, coalesce(NEW.name, ''), coalesce(NEW.strength, '') || ' ' || coalesce(NEW.form, '') || ' ' || coalesce(NEW.dose, '') || ' ' || coalesce(NEW.route, '') || ' ' || coalesce(NEW.purpose, '') || ' ' || coalesce(NEW.instructions, '') || ' ' || coalesce(NEW.stop_reason, ''), coalesce(NEW.start_date, '') WHERE NEW.deleted_at IS NULL; END",
    'CREATE TRIGGER IF NOT EXISTS search_index_medications_ad AFTER DELETE ON medications BEGIN DELETE FROM search_index WHERE rowid = OLD.id * 16 + 4; END',
    "CREATE TRIGGER IF NOT EXISTS search_index_contacts_ai AFTER INSERT ON contacts WHEN NEW.deleted_at IS NULL BEGIN INSERT INTO search_index(rowid, title, body, day) VALUES (NEW.id * 16 + 5, coalesce(NEW.name, ''), coalesce(NEW.role, '') || ' ' || coalesce(NEW.organisation, '') || ' ' || coalesce(NEW.phone, '') || ' ' || coalesce(NEW.email, '') || ' ' || coalesce(NEW.address, '') || ' ' || coalesce(NEW.notes, ''), coalesce('', '')); END",
    "CREATE TRIGGER IF NOT EXISTS search_index_contacts_au AFTER UPDATE ON contacts BEGIN DELETE FROM search_index WHERE rowid = OLD.id * 16 + 5; INSERT INTO search_index(rowid, title, body, day) SELECT NEW.id * 16 + 5, coalesce(NEW.name, ''), coalesce(NEW.role, '') || ' ' || coalesce(NEW.organisation, '') || ' ' || coalesce(NEW.phone, '') || ' ' || coalesce(NEW.email, '') || ' ' || coalesce(NEW.address, '') || ' ' || coalesce(NEW.notes, ''), coalesce('', '') WHERE NEW.deleted_at IS NULL; END",
    'CREATE TRIGGER IF NOT EXISTS search_index_contacts_ad AFTER DELETE ON contacts BEGIN DELETE FROM search_index WHERE rowid = OLD.id * 16 + 5; END',
    "CREATE TRIGGER IF NOT EXISTS search_index_appointments_ai AFTER INSERT ON appointments WHEN NEW.deleted_at IS NULL BEGIN INSERT INTO search_index(rowid, title, body, day) VALUES (NEW.id * 16 + 6, coalesce(NEW.purpose, '') || ' ' || coalesce(NEW.place, ''), coalesce(NEW.notes, '') || ' ' || coalesce(NEW.outcome, ''), coalesce(NEW.starts_at, '')); END",
    "CREATE TRIGGER IF NOT EXISTS search_index_appointments_au AFTER UPDATE ON appointments BEGIN DELETE FROM search_index WHERE rowid = OLD.id * 16 + 6; INSERT INTO search_index(rowid, title, body, day) SELECT NEW.id * 16 + 6, coalesce(NEW.purpose, '') || ' ' || coalesce(NEW.place, ''), coalesce(NEW.notes, '') || ' ' || coalesce(NEW.outcome, ''), coalesce(NEW.starts_at, '') WHERE NEW.deleted_at IS NULL; END",
    'CREATE TRIGGER IF NOT EXISTS search_index_appointments_ad AFTER DELETE ON appointments BEGIN DELETE FROM search_index WHERE rowid = OLD.id * 16 + 6; END',
    "CREATE TRIGGER IF NOT EXISTS search_index_rides_ai AFTER INSERT ON rides WHEN NEW.deleted_at IS NULL BEGIN INSERT INTO search_index(rowid, title, body, day) VALUES (NEW.id * 16 + 7, coalesce(NEW.destination, ''), coalesce(NEW.pickup_address, '') || ' ' || coalesce(NEW.notes, ''), coalesce(NEW.pickup_at, '')); END",
    "CREATE TRIGGER IF NOT EXISTS search_index_rides_au AFTER UPDATE ON rides BEGIN DELETE FROM search_index WHERE rowid = OLD.id * 16 + 7; INSERT INTO search_index(rowid, title, body, day) SELECT NEW.id * 16 + 7, coalesce(NEW.destination, ''), coalesce(NEW.pickup_address, '') || ' ' || coalesce(NEW.notes, ''), coalesce(NEW.pickup_at, '') WHERE NEW.deleted_at IS NULL; END",
    'CREATE TRIGGER IF NOT EXISTS search_index_rides_ad AFTER DELETE ON rides BEGIN DELETE FROM search_index WHERE rowid = OLD.id * 16 + 7; END',
    "CREATE TRIGGER IF NOT EXISTS search_index_person_ai AFTER INSERT ON person WHEN 1 BEGIN INSERT INTO search_index(rowid, title, body, day) VALUES (NEW.id * 16 + 8, coalesce(NEW.name, ''), coalesce(NEW.notes, '') || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_each(NEW.conditions)), '') || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_each(NEW.allergies)), '') || ' ' || coalesce((SELECT group_concat(json_extract(value, '$.value'), ' ') FROM json_each(NEW.identifiers)), ''), coalesce('', '')); END",
    "CREATE TRIGGER IF NOT EXISTS search_index_person_au AFTER UPDATE ON person BEGIN DELETE FROM search_index WHERE rowid = OLD.id * 16 + 8; INSERT INTO search_index(rowid, title, body, day) SELECT NEW.id * 16 + 8, coalesce(NEW.name, ''), coalesce(NEW.notes, '') || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_each(NEW.conditions)), '') || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_each(NEW.allergies)), '') || ' ' || coalesce((SELECT group_concat(json_extract(value, '$.value'), ' ') FROM json_each(NEW.identifiers)), ''), coalesce('', '') WHERE 1; END",
    'CREATE TRIGGER IF NOT EXISTS search_index_person_ad AFTER DELETE ON person BEGIN DELETE FROM search_index WHERE rowid = OLD.id * 16 + 8; END',
    "CREATE TRIGGER IF NOT EXISTS search_index_measurements_ai AFTER INSERT ON measurements WHEN NEW.deleted_at IS NULL AND coalesce(NEW.note, '') != '' BEGIN INSERT INTO search_index(rowid, title, body, day) VALUES (NEW.id * 16 + 9, coalesce(NEW.kind, ''), coalesce(NEW.note, ''), coalesce(NEW.taken_at, '')); END",
    "CREATE TRIGGER IF NOT EXISTS search_index_measurements_au AFTER UPDATE ON measurements BEGIN DELETE FROM search_index WHERE rowid = OLD.id * 16 + 9; INSERT INTO search_index(rowid, title, body, day) SELECT NEW.id * 16 + 9, coalesce(NEW.kind, ''), coalesce(NEW.note, ''), coalesce(NEW.taken_at, '') WHERE NEW.deleted_at IS NULL AND coalesce(NEW.note, '') != ''; END",
    'CREATE TRIGGER IF NOT EXISTS search_index_measurements_ad AFTER DELETE ON measurements BEGIN DELETE FROM search_index WHERE rowid = OLD.id * 16 + 9; END',
    "CREATE TRIGGER IF NOT EXISTS search_index_dose_events_ai AFTER INSERT ON dose_events WHEN coalesce(NEW.note, '') != '' BEGIN INSERT INTO search_index(rowid, title, body, day) VALUES (NEW.id * 16 + 10, coalesce((SELECT name FROM medications WHERE id = NEW.medication_id), ''), coalesce(NEW.note, ''), coalesce(NEW.scheduled_for, '')); END",
    "CREATE TRIGGER IF NOT EXISTS search_index_dose_events_au AFTER UPDATE ON dose_events BEGIN DELETE FROM search_index WHERE rowid = OLD.id * 16 + 10; INSERT INTO search_index(rowid, title, body, day) SELECT NEW.id * 16 + 10, coalesce((SELECT name FROM medications WHERE id = NEW.medication_id), ''), coalesce(NEW.note, ''), coalesce(NEW.scheduled_for, '') WHERE coalesce(NEW.note, '') != ''; END",
    'CREATE TRIGGER IF NOT EXISTS search_index_dose_events_ad AFTER DELETE ON dose_events BEGIN DELETE FROM search_index WHERE rowid = OLD.id * 16 + 10; END',
]

BACKFILL = [
    "INSERT INTO search_index(rowid, title, body, day) SELECT NEW.id * 16 + 1, coalesce(NEW.text, ''), coalesce(NEW.activity, '') || ' ' || coalesce((SELECT group_concat(json_extract(value, '$.name'), ' ') FROM json_each(NEW.symptoms)), '') || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_each(NEW.tags)), ''), coalesce(NEW.recorded_at, '') FROM symptom_notes AS NEW WHERE NEW.deleted_at IS NULL",
    "INSERT INTO search_index(rowid, title, body, day) SELECT NEW.id * 16 + 2, coalesce(NEW.text, ''), coalesce(NEW.topic, '') || ' ' || coalesce(NEW.answer, ''), coalesce(NEW.created_at, '') FROM questions AS NEW WHERE NEW.deleted_at IS NULL",
    "INSERT INTO search_index(rowid, title, body, day) SELECT NEW.id * 16 + 3, coalesce(NEW.nct_id, '') || ' ' || coalesce(NEW.title, ''), coalesce(NEW.notes, '') || ' ' || coalesce(NEW.status, ''), coalesce(NEW.imported_at, '') FROM trials AS NEW WHERE NEW.deleted_at IS NULL",
    "INSERT INTO search_index(rowid, title, body, day) SELECT NEW.id * 16 + 4, coalesce(NEW.name, ''), coalesce(NEW.strength, '') || ' ' || coalesce(NEW.form, '') || ' ' || coalesce(NEW.dose, '') || ' ' || coalesce(NEW.route, '') || ' ' || coalesce(NEW.purpose, '') || ' ' || coalesce(NEW.instructions, '') || ' ' || coalesce(NEW.stop_reason, ''), coalesce(NEW.start_date, '') FROM medications AS NEW WHERE NEW.deleted_at IS NULL",
    "INSERT INTO search_index(rowid, title, body, day) SELECT NEW.id * 16 + 5, coalesce(NEW.name, ''), coalesce(NEW.role, '') || ' ' || coalesce(NEW.organisation, '') || ' ' || coalesce(NEW.phone, '') || ' ' || coalesce(NEW.email, '') || ' ' || coalesce(NEW.address, '') || ' ' || coalesce(NEW.notes, ''), coalesce('', '') FROM contacts AS NEW WHERE NEW.deleted_at IS NULL",
    "INSERT INTO search_index(rowid, title, body, day) SELECT NEW.id * 16 + 6, coalesce(NEW.purpose, '') || ' ' || coalesce(NEW.place, ''), coalesce(NEW.notes, '') || ' ' || coalesce(NEW.outcome, ''), coalesce(NEW.starts_at, '') FROM appointments AS NEW WHERE NEW.deleted_at IS NULL",
    "INSERT INTO search_index(rowid, title, body, day) SELECT NEW.id * 16 + 7, coalesce(NEW.destination, ''), coalesce(NEW.pickup_address, '') || ' ' || coalesce(NEW.notes, ''), coalesce(NEW.pickup_at, '') FROM rides AS NEW WHERE NEW.deleted_at IS NULL",
    "INSERT INTO search_index(rowid, title, body, day) SELECT NEW.id * 16 + 8, coalesce(NEW.name, ''), coalesce(NEW.notes, '') || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_each(NEW.conditions)), '') || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_each(NEW.allergies)), '') || ' ' || coalesce((SELECT group_concat(json_extract(value, '$.value'), ' ') FROM json_each(NEW.identifiers)), ''), coalesce('', '') FROM person AS NEW WHERE 1",
    "INSERT INTO search_index(rowid, title, body, day) SELECT NEW.id * 16 + 9, coalesce(NEW.kind, ''), coalesce(NEW.note, ''), coalesce(NEW.taken_at, '') FROM measurements AS NEW WHERE NEW.deleted_at IS NULL AND coalesce(NEW.note, '') != ''",
    "INSERT INTO search_index(rowid, title, body, day) SELECT NEW.id * 16 + 10, coalesce((SELECT name FROM medications WHERE id = NEW.medication_id), ''), coalesce(NEW.note, ''), coalesce(NEW.scheduled_for, '') FROM dose_events AS NEW WHERE coalesce(NEW.note, '') != ''",
]


def _drop(tables: tuple[str, ...]) -> None:
    for table in tables:
        for suffix in ("ai", "au", "ad"):
            op.execute(f"DROP TRIGGER IF EXISTS search_index_{table}_{suffix}")
    op.execute("DROP TABLE IF EXISTS search_index")


def upgrade() -> None:
    _drop(OLD_TABLES)
    for statement in DDL:
        op.execute(statement)
    for statement in BACKFILL:
        op.execute(statement)


def downgrade() -> None:
    """Back to the index of 0002, as that migration made it."""
    _drop(TABLES)
    path = next(Path(__file__).parent.glob("0002_search_index.py"))
    spec = importlib.util.spec_from_file_location("search_index_0002", path)
    assert spec is not None and spec.loader is not None
    previous = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(previous)
    for statement in previous.DDL + previous.BACKFILL:
        op.execute(statement)
