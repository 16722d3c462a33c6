"""A new profile's schema: the first file a process builds runs create_all and Alembic's stamp; the next ones
replay the same statements. Both must give the same file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest


def schema(path: Path) -> list[tuple[str, str, str, str | None]]:
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name").fetchall()
        version = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    return rows + [("alembic_version", "", "", v[0]) for v in version]


def test_a_replayed_schema_is_the_schema_create_all_and_the_stamp_make(
        data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from careorganiser.store import profiles
    from careorganiser.store.migrations import MIGRATIONS_DIR

    monkeypatch.setattr(profiles, "_SCHEMA_STATEMENTS", [])  # as in a new process: the first file runs both
    first = profiles.create_profile("First", person_name="Ann")
    kept = list(profiles._SCHEMA_STATEMENTS)
    assert any(s.lstrip().upper().startswith("CREATE VIRTUAL TABLE") for s in kept)  # the search index too
    assert any("alembic_version" in s and s.lstrip().upper().startswith("INSERT") for s in kept)
    second = profiles.create_profile("Second", person_name="Bob")
    assert profiles._SCHEMA_STATEMENTS == kept
    made, replayed = schema(first.info.path), schema(second.info.path)
    assert len(made) > 40
    assert replayed == made
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    assert ("alembic_version", "", "", ScriptDirectory.from_config(config).get_current_head()) in replayed
    # The replayed file is a working profile: it opens, and a record written is found by the search index
    # (its triggers came through the replay).
    from careorganiser.services import medications as meds
    from careorganiser.services import search

    reopened = profiles.open_profile("Second")
    med_id = meds.create_medication(reopened, meds.MedicationInput(name="Nintedanib", strength="150 mg"))
    assert [h.record_id for h in search.search(reopened, "Nintedanib")] == [med_id]
