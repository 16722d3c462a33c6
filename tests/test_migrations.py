"""Migrations when a profile opens: upgrade an old file after a backup, refuse a newer one, leave others alone."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from careorganiser.services import profiles as svc
from careorganiser.store import migrations
from careorganiser.store import profiles, rawdb
from careorganiser.store.migrations import HEAD, MIGRATIONS_DIR, REVISIONS
from quick_kdf import quick_key_derivation  # noqa: F401  (autouse: cheaper key derivation, quick_kdf.py)

FIXTURE = Path(__file__).parent / "fixtures" / "profile-0001.careprofile"
FIRST = "0001_initial"


# ------------------------------------------------------------------------------------------ helpers


def tree(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def read_rows(path: Path, key: str | None = None) -> dict[str, list[dict[str, object]]]:
    """Every row of every table of the first schema, by table, in primary-key order."""
    conn = sqlcipher.connect(str(path))
    try:
        if key is not None:
            conn.execute(f"PRAGMA key = '{key}'")
            conn.execute(f"PRAGMA kdf_iter = {rawdb.KDF_ITERATIONS}")  # this test's setting (quick_kdf.py)
        conn.row_factory = sqlcipher.Row
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' "
            "AND name NOT LIKE 'search_index%' ORDER BY name")]
        out = {}
        for table in tables:
            rows = conn.execute(f'SELECT * FROM "{table}" ORDER BY 1').fetchall()
            out[table] = [dict(r) for r in rows]
        return out
    finally:
        conn.close()


def revision_of(path: Path, key: str | None = None) -> str:
    return read_rows(path, key)["alembic_version"][0]["version_num"]  # type: ignore[return-value]


def install_fixture(data_dir: Path, name: str = "Old") -> Path:
    target = data_dir / "profiles" / f"{name}.careprofile"
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(FIXTURE, target)
    os.chmod(target, 0o600)
    return target


def encrypt_copy(source: Path, target: Path, key: str) -> None:
    """``source`` written to ``target`` encrypted with ``key``, at this test's key derivation setting."""
    conn = sqlcipher.connect(str(target))
    try:
        conn.execute(f"PRAGMA key = '{key}'")
        conn.execute(f"PRAGMA kdf_iter = {rawdb.KDF_ITERATIONS}")
        conn.execute(f"ATTACH DATABASE '{source}' AS plain KEY ''")
        conn.execute("SELECT sqlcipher_export('main', 'plain')")
        conn.execute("DETACH DATABASE plain")
    finally:
        conn.close()


def set_revision(path: Path, revision: str, key: str | None = None) -> None:
    conn = sqlcipher.connect(str(path))
    try:
        if key:
            conn.execute(f"PRAGMA key = '{key}'")
            conn.execute(f"PRAGMA kdf_iter = {rawdb.KDF_ITERATIONS}")
        conn.execute("UPDATE alembic_version SET version_num = ?", (revision,))
        conn.commit()
    finally:
        conn.close()


def assert_rows_kept(old: dict[str, list[dict[str, object]]], new: dict[str, list[dict[str, object]]],
                     every_table: bool = True) -> None:
    for table, rows in old.items():
        if table == "alembic_version":
            continue
        assert rows or not every_table, f"the fixture should have rows in {table}"
        assert len(new[table]) == len(rows), table
        for before, after in zip(rows, new[table], strict=True):
            # columns a later revision adds may be extra; every column that was there keeps its value,
            # except a medication's missing start date, which 0003 fills in (test_0003_... checks it)
            if table == "medications" and before.get("start_date") is None and "added_at" in after:
                before = {**before, "start_date": after["start_date"]}
            assert {k: after[k] for k in before} == before, table


# ------------------------------------------------------------------------------------------ the scripts


def test_revisions_list_equals_the_script_directory() -> None:
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory(str(MIGRATIONS_DIR))
    ordered = [s.revision for s in reversed(list(scripts.walk_revisions("base", "heads")))]
    assert tuple(ordered) == REVISIONS
    assert scripts.get_heads() == [HEAD]
    assert HEAD == REVISIONS[-1] == migrations.HEAD
    assert REVISIONS[0] == FIRST
    assert len(set(REVISIONS)) == len(REVISIONS)
    for older, newer in zip(REVISIONS, REVISIONS[1:]):
        assert scripts.get_revision(newer).down_revision == older


def test_fixture_is_a_profile_at_the_first_revision() -> None:
    rows = read_rows(FIXTURE)
    assert rows["alembic_version"] == [{"version_num": FIRST}]
    for table in ("person", "settings", "contacts", "measurement_kinds", "medications", "schedules", "dose_events",
                  "appointments", "rides", "symptom_notes", "measurements", "trials", "questions"):
        assert rows[table], table
    assert not Path(str(FIXTURE) + "-wal").exists()


def test_fixture_script_rebuilds_the_same_rows(tmp_path: Path) -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_schema_fixture", FIXTURE.parent / "make_schema_fixture.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    rebuilt = module.build(tmp_path / "again.careprofile")
    assert read_rows(rebuilt) == read_rows(FIXTURE)


# ------------------------------------------------------------------------------------------ upgrading


def test_old_fixture_upgrades_after_a_backup_and_keeps_every_row(data_dir: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    path = install_fixture(data_dir)
    before = read_rows(path)
    backups = data_dir / "backups"
    seen_at_upgrade: list[list[Path]] = []
    real_upgrade = profiles.upgrade

    def watching_upgrade(engine):  # noqa: ANN001, ANN202
        seen_at_upgrade.append(sorted(backups.glob("*")) if backups.exists() else [])
        return real_upgrade(engine)

    monkeypatch.setattr(profiles, "upgrade", watching_upgrade)
    with profiles.opened("Old") as p:
        assert profiles.schema_revision(p.engine) == HEAD
        # pragmas hold on the connections after an upgrade as on any other
        with p.engine.connect() as a, p.engine.connect() as b:
            for conn in (a, b):
                assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
                assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
                assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert a.exec_driver_sql("PRAGMA foreign_key_check").all() == []
        doc = svc.export_profile(p)
    after = read_rows(path)
    assert_rows_kept(before, after)
    assert after["alembic_version"] == [{"version_num": HEAD}]

    if FIRST == HEAD:  # pragma: no cover - only while there is a single revision
        assert seen_at_upgrade == [] and not list(backups.glob("*"))
    else:
        assert len(seen_at_upgrade) == 1 and len(seen_at_upgrade[0]) == 1  # backed up before upgrading
        backup = seen_at_upgrade[0][0]
        assert backup.name.startswith(f"Old.before-upgrade-{FIRST}.")
        assert backup.name.endswith(profiles.PROFILE_SUFFIX)
        assert read_rows(backup) == before  # the backup is the file as it was
        assert (backup.stat().st_mode & 0o777) == 0o600
    # the export reads the old records through today's models
    assert doc["person"]["name"] == "Margaret Hale"
    assert [m["id"] for m in doc["medications"]] == ["m1", "m2", "m3"]
    assert len(doc["dose_events"]) == 5
    assert [t["nct_id"] for t in doc["trials"]] == ["NCT06534528", "NCT00000002"]
    assert [c["id"] for c in doc["contacts"]] == ["c1", "c2"]  # c3 is in the trash
    assert doc["questions"][1]["trial"] == "NCT06534528"

    # opening again: already current, no second backup
    count = len(list(backups.glob("*")))
    profiles.open_profile("Old").close()
    assert len(list(backups.glob("*"))) == count


def test_encrypted_old_profile_upgrades_with_an_encrypted_backup(data_dir: Path) -> None:
    target = data_dir / "profiles" / "Locked.careprofile"
    target.parent.mkdir(parents=True, exist_ok=True)
    encrypt_copy(FIXTURE, target, "open sesame")
    before = read_rows(target, "open sesame")
    assert before["alembic_version"] == [{"version_num": FIRST}]
    with pytest.raises(profiles.WrongPassphrase):
        profiles.open_profile("Locked", "wrong")
    assert not list(data_dir.glob("backups/*"))
    profiles.open_profile("Locked", "open sesame").close()
    assert_rows_kept(before, read_rows(target, "open sesame"))
    assert revision_of(target, "open sesame") == HEAD
    for backup in (data_dir / "backups").glob("*"):
        data = backup.read_bytes()
        assert b"Margaret Hale" not in data and not data.startswith(b"SQLite format 3")
        assert read_rows(backup, "open sesame") == before


def test_file_at_head_is_opened_unchanged_without_a_backup(data_dir: Path) -> None:
    p = profiles.create_profile("Current")
    p.close()
    before = tree(data_dir / "profiles")
    with profiles.opened("Current") as q:
        assert profiles.schema_revision(q.engine) == HEAD
    assert tree(data_dir / "profiles") == before
    assert not (data_dir / "backups").exists() or not any((data_dir / "backups").iterdir())


# -- a fake next migration, in a copy of the script folder


FAKE_GOOD = '''
import sqlalchemy as sa
from alembic import op

revision = "9001_fake_next"
down_revision = {head!r}
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("contacts") as batch:
        batch.add_column(sa.Column("nickname", sa.Text(), nullable=True))
    op.execute("UPDATE contacts SET nickname = 'nick ' || name")


def downgrade():
    pass
'''

FAKE_FAILING = '''
import sqlalchemy as sa
from alembic import op

revision = "9001_fake_next"
down_revision = {head!r}
branch_labels = None
depends_on = None


def upgrade():
    op.create_table("half_made", sa.Column("id", sa.Integer, primary_key=True))
    with op.batch_alter_table("contacts") as batch:
        batch.add_column(sa.Column("nickname", sa.Text(), nullable=True))
    op.execute("UPDATE person SET name = 'CHANGED BY A BROKEN MIGRATION'")
    op.execute("DELETE FROM dose_events")
    raise RuntimeError("this migration is broken")


def downgrade():
    pass
'''


@pytest.fixture
def fake_next_revision(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # noqa: ANN201
    """Return a function installing a fake revision after HEAD; profiles then see it as the new head."""
    scripts = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))

    def install(source: str) -> str:
        (scripts / "versions" / "9001_fake_next.py").write_text(source.format(head=HEAD))
        monkeypatch.setattr(migrations, "MIGRATIONS_DIR", scripts)
        monkeypatch.setattr(profiles, "REVISIONS", (*REVISIONS, "9001_fake_next"))
        monkeypatch.setattr(profiles, "HEAD", "9001_fake_next")
        return "9001_fake_next"

    return install


def _make_profile(name: str = "Mum") -> Path:
    from datetime import UTC, datetime

    from careorganiser.store import models as m

    with profiles.create_profile(name, person_name="Margaret Hale") as p:
        with p.session_factory.begin() as s:
            med = m.Medication(uid="m1", name="Pirfenidone")
            s.add_all([m.Contact(uid="c1", name="Dr Mehta"), med])
            s.flush()
            s.add(m.DoseEvent(medication=med, scheduled_for=datetime(2026, 5, 1, 8, tzinfo=UTC), status="taken"))
        return p.info.path


def test_fake_next_migration_backs_up_then_upgrades(data_dir: Path, fake_next_revision) -> None:  # noqa: ANN001
    path = _make_profile()
    before = read_rows(path)
    new_head = fake_next_revision(FAKE_GOOD)
    with profiles.opened("Mum") as p:
        assert profiles.schema_revision(p.engine) == new_head
        with p.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    after = read_rows(path)
    assert_rows_kept(before, after, every_table=False)
    assert [r["nickname"] for r in after["contacts"]] == ["nick Dr Mehta"]
    backups = list((data_dir / "backups").glob("*"))
    assert len(backups) == 1 and backups[0].name.startswith(f"Mum.before-upgrade-{HEAD}.")
    assert read_rows(backups[0]) == before


def test_failed_migration_leaves_the_file_as_it_was(data_dir: Path, fake_next_revision) -> None:  # noqa: ANN001
    path = _make_profile()
    before = read_rows(path)
    fake_next_revision(FAKE_FAILING)
    with pytest.raises(profiles.ProfileError) as info:
        profiles.open_profile("Mum")
    message = str(info.value)
    assert "\n" not in message and "Mum" in message
    assert read_rows(path) == before  # nothing half-done: not the new table, not the changes
    backups = list((data_dir / "backups").glob("*"))
    assert len(backups) == 1 and read_rows(backups[0]) == before
    assert str(backups[0].name) in message or "backup" in message.lower()


# ------------------------------------------------------------------------------------------ refusing


@pytest.mark.parametrize("revision", ["9999_from_the_future", "zzz", ""])
def test_newer_revision_refused_and_file_unchanged(data_dir: Path, revision: str) -> None:
    path = _make_profile("Future")
    set_revision(path, revision)
    before = tree(data_dir)
    with pytest.raises(profiles.NewerSchemaError) as info:
        profiles.open_profile("Future")
    assert "newer version" in str(info.value) and "Future" in str(info.value)
    assert tree(data_dir) == before  # bytes unchanged, no backup, no -wal left behind


def test_newer_revision_refused_for_encrypted_profile(data_dir: Path) -> None:
    p = profiles.create_profile("Future", "pass")
    p.close()
    set_revision(p.info.path, "9999_from_the_future", "pass")
    before = tree(data_dir)
    with pytest.raises(profiles.NewerSchemaError):
        profiles.open_profile("Future", "pass")
    assert tree(data_dir) == before


def _plain_sqlite(path: Path, wal: bool = False, alembic_table: bool = False) -> None:
    conn = sqlite3.connect(path)
    if wal:
        conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, title TEXT)")
    conn.execute("INSERT INTO recipes (title) VALUES ('soup')")
    if alembic_table:
        conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
    conn.commit()
    conn.close()


NOT_PROFILES = {
    "random-bytes": lambda p: p.write_bytes(os.urandom(8192)),
    "text": lambda p: p.write_text("Shopping list\nmilk\neggs\n" * 50, encoding="utf-8"),
    "empty": lambda p: p.write_bytes(b""),
    "sqlite-header-then-junk": lambda p: p.write_bytes(b"SQLite format 3\x00" + os.urandom(5000)),
    "truncated-profile": lambda p: p.write_bytes(FIXTURE.read_bytes()[:2000]),
    "plain-sqlite": lambda p: _plain_sqlite(p),
    "plain-sqlite-wal": lambda p: _plain_sqlite(p, wal=True),
    "alembic-table-but-empty": lambda p: _plain_sqlite(p, alembic_table=True),
    "json": lambda p: p.write_text('{"format": "careorganiser", "version": 1}'),
}


@pytest.mark.parametrize("kind", list(NOT_PROFILES))
@pytest.mark.parametrize("passphrase", [None, "some passphrase"], ids=["no-passphrase", "passphrase"])
def test_a_file_that_is_not_a_profile_is_refused_and_left_alone(data_dir: Path, kind: str,
                                                                passphrase: str | None) -> None:
    path = data_dir / "profiles" / "Stray.careprofile"
    path.parent.mkdir(parents=True, exist_ok=True)
    NOT_PROFILES[kind](path)
    assert [i.name for i in profiles.list_profiles()] == ["Stray"]
    before = tree(data_dir)
    with pytest.raises(profiles.ProfileError) as info:
        profiles.open_profile("Stray", passphrase)
    message = str(info.value)
    assert "Stray" in message and "\n" not in message
    assert "Traceback" not in message and "sqlite" not in message.lower()
    assert tree(data_dir) == before


def test_the_fixture_itself_is_never_modified() -> None:
    # every test above works on copies
    assert read_rows(FIXTURE)["alembic_version"] == [{"version_num": FIRST}]
    assert not Path(str(FIXTURE) + "-wal").exists() and not Path(str(FIXTURE) + "-shm").exists()


def test_0003_medications_are_scheduled_from_when_they_were_added(data_dir: Path) -> None:
    """A schedule begins when the app learned of the medication: the upgrade sets when from the row's
    creation, and a medication without a start date gets the local day it was made."""
    from datetime import UTC, datetime

    from careorganiser.services import packs

    path = install_fixture(data_dir)
    before = {r["uid"]: r for r in read_rows(path)["medications"]}
    assert before["m3"]["start_date"] is None  # Salbutamol: no start date in the old file
    with profiles.opened("Old") as p:
        doc = svc.export_profile(p)
        # no dose of the fixture's medications before their rows were made is counted as missed
        data = packs.gather_pack(p, None, datetime(2026, 5, 3, 12, 0, tzinfo=UTC))
    after = {r["uid"]: r for r in read_rows(path)["medications"]}
    for uid, row in after.items():
        assert row["added_at"] == before[uid]["created_at"]
        assert row["schedules_since"] == before[uid]["created_at"]
    assert after["m3"]["start_date"] == "2026-05-01"  # created 2026-05-01 09:00 UTC, London
    assert after["m1"]["start_date"] == before["m1"]["start_date"] == "2025-02-01"  # a known start is kept
    exported = {m["id"]: m for m in doc["medications"]}
    assert exported["m3"]["start_date"] == "2026-05-01"
    assert exported["m1"]["added_at"] == "2026-05-01T09:00:00+00:00"
    assert data.adherence is not None
    counted = {line.name: line.scheduled for line in data.adherence.medications}
    # Rows made 1 May 09:00 UTC (10:00 in London), the pack made 3 May 12:00 UTC. Pirfenidone at 08:00,
    # 13:00, 19:00: 13:00 and 19:00 on 1 May, three on 2 May, 08:00 on 3 May (13:00 is still due) = 6,
    # not 90 days of doses, and the three of 30 Apr recorded at their times before the app followed it (taken,
    # skipped, missed: the record says so) = 9. Salbutamol every 6 hours from 06:00 on 1 May: 12:00, 18:00,
    # then 4 a day = 9 (the 06:00 dose of 1 May came before the app knew of it, and nobody recorded it).
    # Prednisolone's course (1-14 Mar) was over when the app learned of it: only its one recorded dose counts.
    assert counted == {"Pirfenidone": 9, "Salbutamol": 9, "Prednisolone": 1}


def test_0008_old_doses_stops_and_stock_keep_their_meaning(data_dir: Path) -> None:
    """After 0008 an old file has no schedule history, no stop instant and no stock kept on its doses; each
    means what it meant before: the stop date is the last day taken, an old taken dose undone gives back a
    dose's units, and a change of times made after the upgrade keeps the old doses counted."""
    from datetime import UTC, date, datetime

    from careorganiser.domain.schedules import Schedule
    from careorganiser.services import doses, packs
    from careorganiser.services import medications as meds

    path = install_fixture(data_dir)
    with profiles.opened("Old") as p:
        assert meds.get_medication(p, 2).active_on(date(2026, 3, 14))  # Prednisolone stopped 14 Mar 2026
        assert not meds.get_medication(p, 2).active_on(date(2026, 3, 15))
        now = datetime(2026, 5, 3, 12, 0, tzinfo=UTC)
        counted = {line.name: (line.scheduled, line.taken) for line in packs.gather_pack(p, None, now).adherence.medications}
        meds.set_schedules(p, 1, [Schedule.times_a_day("09:00", "21:00")], now=now)
        after = {line.name: (line.scheduled, line.taken) for line in packs.gather_pack(p, None, now).adherence.medications}
        # 6 doses since the app followed it, and the three of 30 Apr recorded at their scheduled times
        assert after == counted and counted["Pirfenidone"] == (9, 1)
        doses.delete_dose_event(p, 1)  # Pirfenidone 30 Apr 08:00, taken before the upgrade
        assert meds.get_medication(p, 1).stock == 273
    rows = read_rows(path)
    assert rows["alembic_version"][0]["version_num"] == HEAD
    assert all(r["stopped_at"] is None for r in rows["medications"])
    assert all(r["stock_used"] is None for r in rows["dose_events"])
    assert [(r["medication_id"], r["ended_at"]) for r in rows["schedule_periods"]] == [(1, "2026-05-03 12:00:00.000000")]


def _upgrade_to(path: Path, revision: str) -> None:
    """Upgrade a plain profile file to ``revision`` (not to head), as that version of the app left it."""
    from alembic import command

    from careorganiser.store.engine import WRITES, make_engine

    engine = make_engine(path, None)
    try:
        with engine.connect() as conn:
            conn.connection.dbapi_connection.execute("PRAGMA foreign_keys = OFF")
            with conn.execution_options(**{WRITES: True}).begin():
                command.upgrade(profiles._alembic_config(conn), revision)
    finally:
        engine.dispose()


def test_0009_a_trial_saved_before_is_read_at_its_first_pack_and_then_kept(data_dir: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """0009 only adds the column (a quick upgrade): an existing trial has no reading kept, so its first pack
    reads its criteria from the text, with the verdicts the text gives, and keeps that reading."""
    import json
    from datetime import UTC, datetime

    from careorganiser.services import packs
    from careorganiser.trials import parsed
    from careorganiser.trials import prescreen as ps
    from careorganiser.trials.model import Study

    path = install_fixture(data_dir)
    _upgrade_to(path, "0008_dose_trust")
    criteria = ("Inclusion Criteria:\n\n* DLco (corrected for haemoglobin) 30-79% predicted\n"
                "* FVC >= 45% predicted\n\nExclusion Criteria:\n\n* ALT or AST > 3 x ULN\n")
    conn = sqlite3.connect(path)
    study = json.loads(conn.execute("SELECT study FROM trials WHERE id = 1").fetchone()[0])
    study["eligibility_criteria"] = criteria
    conn.execute("UPDATE trials SET study = ? WHERE id = 1", (json.dumps(study),))
    conn.commit()
    conn.close()
    before = read_rows(path)
    assert before["alembic_version"] == [{"version_num": "0008_dose_trust"}]
    assert "criteria_parse" not in before["trials"][0]

    now = datetime(2026, 5, 3, 12, 0, tzinfo=UTC)
    with profiles.opened("Old") as p:
        upgraded = read_rows(path)
        assert_rows_kept(before, upgraded, every_table=False)
        assert [r["criteria_parse"] for r in upgraded["trials"]] == [None, None]  # nothing read at upgrade
        pack_trial = next(t for t in packs.gather_pack(p, None, now).trials if t.nct_id == "NCT06534528")
    kept = json.loads(read_rows(path)["trials"][0]["criteria_parse"])
    assert kept == parsed.read_study(Study.from_dict(study)) and kept["version"] == parsed.PARSER_VERSION
    assert read_rows(path)["trials"][1]["criteria_parse"] is None  # no record, nothing to read
    with profiles.opened("Old") as p:  # the same pack as from the text itself, as before 0009
        monkeypatch.setattr(parsed, "read_trial", lambda kept, study: (None, None, None))
        from_text = next(t for t in packs.gather_pack(p, None, now).trials if t.nct_id == "NCT06534528")
    assert pack_trial == from_text and pack_trial.prescreen is not None
    assert [i.status for i in pack_trial.key_items][:1] == [ps.NO_DATA]  # DLCO: none recorded
    dlco = kept["items"][0]["clauses"][0]["bounds"][0]
    assert (dlco["measurement"], dlco["low"], dlco["high"]) == ("dlco_percent_predicted", 30.0, 79.0)
