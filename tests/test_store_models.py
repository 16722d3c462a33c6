"""Storage models and engine: pragmas, instants, constraints and the schema itself."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import inspect, select
from sqlalchemy.exc import IntegrityError, StatementError

from careorganiser.domain.enums import ScheduleKind
from careorganiser.store import engine as eng
from careorganiser.store import models as m
from careorganiser.store import profiles
from careorganiser.store.migrations import HEAD
from quick_kdf import quick_key_derivation  # noqa: F401  (autouse)

# ------------------------------------------------------------------------------------------ helpers


def pragmas(conn) -> dict[str, object]:  # noqa: ANN001
    return {
        name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
        for name in ("foreign_keys", "journal_mode", "synchronous", "busy_timeout")
    }


def assert_our_pragmas(values: dict[str, object]) -> None:
    assert values["foreign_keys"] == 1
    assert str(values["journal_mode"]).lower() == "wal"
    assert values["synchronous"] == 2  # FULL (docs/durability.md)
    assert int(values["busy_timeout"]) > 0  # type: ignore[call-overload]


def virtual_tables(conn) -> set[str]:  # noqa: ANN001
    """Virtual tables (the full-text index) and their shadow tables: raw DDL, not models."""
    virtual = set(conn.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'"
    ).scalars())
    tables = conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'").scalars()
    return {t for t in tables if t in virtual or any(t.startswith(v + "_") for v in virtual)}


def upgraded_from_scratch(path: Path):  # noqa: ANN201
    """A new file taken from nothing to head by the migrations alone."""
    engine = eng.make_engine(path)
    profiles.upgrade(engine)
    return engine


def _top_level_items(body: str) -> list[str]:
    """The comma-separated items of a CREATE TABLE body, not splitting inside parentheses (a column added
    by ALTER TABLE is written on the same line as the one before it)."""
    items, depth, current = [], 0, []
    for ch in body:
        if ch == "," and depth == 0:
            items.append("".join(current))
            current = []
            continue
        depth += (ch == "(") - (ch == ")")
        current.append(ch)
    items.append("".join(current))
    return [item.strip() for item in items if item.strip()]


def schema_rows(engine) -> dict[tuple[str, str], object]:  # noqa: ANN001
    """sqlite_master, with each CREATE TABLE split into its columns (in order) and its constraints (a set)."""
    with engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
        ).all()
    out: dict[tuple[str, str], object] = {}
    for kind, name, table, sql in rows:
        if kind == "table" and sql:
            body = sql[sql.index("(") + 1 : sql.rindex(")")]
            items = [" ".join(item.split()) for item in _top_level_items(body)]
            columns = [i for i in items if not i.startswith("CONSTRAINT")]
            constraints = frozenset(i for i in items if i.startswith("CONSTRAINT"))
            out[(kind, name)] = (table, tuple(columns), constraints)
        else:
            out[(kind, name)] = (table, " ".join((sql or "").split()))
    return out


# ------------------------------------------------------------------------------------------ pragmas


def test_pragmas_on_every_connection_of_a_plain_engine(tmp_path: Path) -> None:
    engine = eng.make_engine(tmp_path / "plain.db")
    try:
        # two connections open at once: each is a new DB-API connection, each gets the pragmas
        with engine.connect() as a, engine.connect() as b:
            assert_our_pragmas(pragmas(a))
            assert_our_pragmas(pragmas(b))
        engine.dispose()
        with engine.connect() as c:
            assert_our_pragmas(pragmas(c))
    finally:
        engine.dispose()


def test_pragmas_on_profile_connections_plain_and_encrypted(data_dir: Path) -> None:
    for name, passphrase in (("Plain", None), ("Locked", "correct horse")):
        created = profiles.create_profile(name, passphrase)
        created.close()
        with profiles.opened(name, passphrase) as p:
            with p.engine.connect() as a, p.engine.connect() as b:
                assert_our_pragmas(pragmas(a))
                assert_our_pragmas(pragmas(b))
            with p.session_factory() as session:
                assert_our_pragmas(pragmas(session.connection()))


def test_busy_timeout_constant_is_applied(tmp_path: Path) -> None:
    engine = eng.make_engine(tmp_path / "x.db")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == eng.BUSY_TIMEOUT_MS
    engine.dispose()


def test_foreign_keys_are_enforced(profile) -> None:  # noqa: ANN001
    with pytest.raises(IntegrityError):
        with profile.session_factory.begin() as s:
            s.add(m.DoseEvent(medication_id=999, scheduled_for=datetime(2026, 1, 1, tzinfo=UTC), status="taken"))


# ------------------------------------------------------------------------------------------ instants


def test_utc_instants_round_trip_aware(profile) -> None:  # noqa: ANN001
    plus_two = timezone(timedelta(hours=2))
    starts = datetime(2026, 3, 29, 2, 30, tzinfo=plus_two)  # 00:30 UTC
    with profile.session_factory.begin() as s:
        s.add(m.Appointment(uid="a1", starts_at=starts))
    with profile.session_factory() as s:
        appt = s.scalars(select(m.Appointment)).one()
        assert appt.starts_at.tzinfo is not None
        assert appt.starts_at.utcoffset() == timedelta(0)
        assert appt.starts_at == starts
        assert appt.starts_at == datetime(2026, 3, 29, 0, 30, tzinfo=UTC)
        # defaults (created_at ...) come back aware too
        assert appt.created_at.tzinfo is not None
        # stored as naive UTC text: the raw column holds the UTC wall time
        raw = s.connection().exec_driver_sql("SELECT starts_at FROM appointments").scalar()
        assert str(raw).startswith("2026-03-29 00:30:00")


def test_instants_compare_in_queries_across_offsets(profile) -> None:  # noqa: ANN001
    west = timezone(timedelta(hours=-5))
    with profile.session_factory.begin() as s:
        s.add(m.Appointment(uid="early", starts_at=datetime(2026, 5, 1, 9, 0, tzinfo=west)))  # 14:00 UTC
        s.add(m.Appointment(uid="late", starts_at=datetime(2026, 5, 1, 13, 0, tzinfo=UTC)))
    with profile.session_factory() as s:
        ordered = s.scalars(select(m.Appointment.uid).order_by(m.Appointment.starts_at)).all()
        assert ordered == ["late", "early"]
        after = s.scalars(
            select(m.Appointment.uid).where(m.Appointment.starts_at > datetime(2026, 5, 1, 15, 30, tzinfo=plus(2)))
        ).all()
        assert after == ["early"]


def plus(hours: int) -> timezone:
    return timezone(timedelta(hours=hours))


def test_naive_datetimes_are_refused(profile) -> None:  # noqa: ANN001
    with pytest.raises(StatementError) as info:
        with profile.session_factory.begin() as s:
            s.add(m.Appointment(uid="a1", starts_at=datetime(2026, 3, 29, 2, 30)))
    assert isinstance(info.value.orig, ValueError)
    assert "naive" in str(info.value.orig)
    with profile.session_factory() as s:
        assert s.scalars(select(m.Appointment)).all() == []


def test_naive_datetime_refused_in_a_query_too(profile) -> None:  # noqa: ANN001
    with profile.session_factory() as s, pytest.raises(StatementError):
        s.scalars(select(m.Appointment).where(m.Appointment.starts_at > datetime(2026, 1, 1))).all()


# ------------------------------------------------------------------------------------------ constraints


def _violates(profile, *objects) -> None:  # noqa: ANN001
    from careorganiser.store.errors import SaveFailed

    # A UNIQUE violation reaches callers as a plain SaveFailed ("saved elsewhere at the same moment"),
    # raised from the database's own error.
    with pytest.raises((IntegrityError, SaveFailed)) as info:
        with profile.session_factory.begin() as s:
            s.add_all(objects)
            s.flush()
    text = str(info.value.__cause__) if isinstance(info.value, SaveFailed) else str(info.value)
    assert "CHECK constraint failed" in text or "NOT NULL" in text or "UNIQUE" in text


# SQLite's trim() strips spaces only: a name of tabs passes the database check, and is refused by the
# readers above it (the importer strips all whitespace).
@pytest.mark.parametrize("blank", ["", "   "])
def test_blank_names_refused(profile, blank: str) -> None:  # noqa: ANN001
    _violates(profile, m.Contact(name=blank))
    _violates(profile, m.Medication(name=blank))
    _violates(profile, m.Question(text=blank))


def test_blank_person_name_refused(profile) -> None:  # noqa: ANN001
    with pytest.raises(IntegrityError):
        with profile.session_factory.begin() as s:
            s.get(m.Person, 1).name = "  "


@pytest.mark.parametrize(
    "make",
    [
        lambda: m.Ride(status="maybe"),
        lambda: m.Measurement(taken_at=datetime(2026, 1, 1, tzinfo=UTC), kind="spo2_percent", value=95, source="pub"),
        lambda: m.Trial(nct_id="NCT00000001", interest="keen"),
        lambda: m.Question(text="Why?", priority="urgent"),
        lambda: m.Question(text="Why?", status="closed"),
        lambda: m.Appointment(starts_at=datetime(2026, 1, 1, tzinfo=UTC), duration_minutes=-5),
        lambda: m.Medication(name="X", units_per_dose=0),
        lambda: m.Medication(name="X", start_date=date(2026, 2, 1), stop_date=date(2026, 1, 1)),
        lambda: m.Medication(name="X", schedules=[m.Schedule(kind="hourly")]),
    ],
    ids=["ride-status", "measurement-source", "trial-interest", "question-priority", "question-status",
         "negative-duration", "zero-units", "stop-before-start", "schedule-kind"],
)
def test_bad_values_refused(profile, make) -> None:  # noqa: ANN001
    _violates(profile, make())


def test_bad_dose_status_and_sex_refused(profile) -> None:  # noqa: ANN001
    with profile.session_factory.begin() as s:
        med = m.Medication(name="Pirfenidone")
        s.add(med)
    _violates(profile, m.DoseEvent(medication_id=med.id, scheduled_for=datetime(2026, 1, 1, tzinfo=UTC),
                                   status="forgotten"))
    with pytest.raises(IntegrityError):
        with profile.session_factory.begin() as s:
            s.get(m.Person, 1).sex = "f"


def test_duplicate_uid_and_dose_slot_refused(profile) -> None:  # noqa: ANN001
    _violates(profile, m.Contact(uid="c1", name="A"), m.Contact(uid="c1", name="B"))
    with profile.session_factory.begin() as s:
        med = m.Medication(name="Pirfenidone")
        s.add(med)
    when = datetime(2026, 1, 1, 8, tzinfo=UTC)
    _violates(profile, m.DoseEvent(medication_id=med.id, scheduled_for=when, status="taken"),
              m.DoseEvent(medication_id=med.id, scheduled_for=when, status="skipped"))


def test_good_values_accepted(profile) -> None:  # noqa: ANN001
    with profile.session_factory.begin() as s:
        c = m.Contact(name="Dr Anil Mehta")
        med = m.Medication(name="Pirfenidone", prescriber=c, start_date=date(2026, 1, 1), stop_date=date(2026, 1, 1),
                           schedules=[m.Schedule(kind=k.value) for k in ScheduleKind])
        s.add_all([c, med, m.Ride(status="confirmed"), m.Trial(nct_id="NCT06534528", interest="not_eligible")])
    with profile.session_factory() as s:
        assert len(s.scalars(select(m.Schedule)).all()) == 4


# ------------------------------------------------------------------------------------------ names


def test_every_constraint_in_the_metadata_is_named() -> None:
    for table in m.Base.metadata.sorted_tables:
        for constraint in table.constraints:
            assert constraint.name, f"{table.name}: unnamed {type(constraint).__name__}"
            assert str(constraint.name).startswith(("pk_", "uq_", "ck_", "fk_")), constraint.name
        for index in table.indexes:
            assert index.name and str(index.name).startswith("ix_"), (table.name, index.name)


def _assert_every_constraint_named_in_file(engine) -> None:  # noqa: ANN001
    with engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT type, name, sql FROM sqlite_master").all()
        insp = inspect(conn)
        skip = virtual_tables(conn) | {"alembic_version"}
        for table in insp.get_table_names():
            if table in skip:
                continue
            assert insp.get_pk_constraint(table)["name"] == f"pk_{table}"
            for fk in insp.get_foreign_keys(table):
                assert fk["name"] and fk["name"].startswith("fk_"), (table, fk)
            for uq in insp.get_unique_constraints(table):
                assert uq["name"] and uq["name"].startswith("uq_"), (table, uq)
            for ck in insp.get_check_constraints(table):
                assert ck["name"] and ck["name"].startswith("ck_"), (table, ck)
            for ix in insp.get_indexes(table):
                assert ix["name"] and ix["name"].startswith("ix_"), (table, ix)
    for kind, name, sql in rows:
        if kind != "table" or name in skip:
            continue
        body = sql[sql.index("(") + 1 : sql.rindex(")")]
        for item in (" ".join(i.split()) for i in body.split(", \n")):
            if item.startswith("CONSTRAINT"):
                assert re.match(r"CONSTRAINT (pk|uq|ck|fk)_\w+ ", item), (name, item)
            else:  # a column: no inline (unnamed) constraints
                assert not re.search(r"\b(CHECK|UNIQUE|REFERENCES|PRIMARY KEY)\b", item), (name, item)


def test_every_constraint_in_a_new_profile_is_named(profile) -> None:  # noqa: ANN001
    _assert_every_constraint_named_in_file(profile.engine)


def test_every_constraint_in_a_migrated_file_is_named(tmp_path: Path) -> None:
    engine = upgraded_from_scratch(tmp_path / "up.db")
    try:
        _assert_every_constraint_named_in_file(engine)
    finally:
        engine.dispose()


# ------------------------------------------------------------------------------------------ schema


def test_metadata_matches_the_migrated_schema(tmp_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    engine = upgraded_from_scratch(tmp_path / "up.db")
    try:
        with engine.connect() as conn:
            raw = virtual_tables(conn)
            context = MigrationContext.configure(
                conn,
                opts={
                    "compare_type": True,
                    "compare_server_default": True,
                    "render_as_batch": True,
                    "include_name": lambda name, type_, _parent: not (type_ == "table" and name in raw),
                },
            )
            diff = compare_metadata(context, m.Base.metadata)
            assert diff == []
            assert context.get_current_revision() == HEAD
    finally:
        engine.dispose()


def test_new_profile_schema_equals_upgraded_from_scratch(profile, tmp_path: Path) -> None:  # noqa: ANN001
    engine = upgraded_from_scratch(tmp_path / "up.db")
    try:
        upgraded = schema_rows(engine)
        created = schema_rows(profile.engine)
        assert set(created) == set(upgraded)
        for key in created:
            assert created[key] == upgraded[key], key
        assert profiles.schema_revision(engine) == profiles.schema_revision(profile.engine) == HEAD
        # the automatic indexes of UNIQUE constraints match as well
        with engine.connect() as a, profile.engine.connect() as b:
            q = "SELECT name, tbl_name FROM sqlite_master WHERE name LIKE 'sqlite_autoindex_%' ORDER BY name"
            assert a.exec_driver_sql(q).all() == b.exec_driver_sql(q).all()
    finally:
        engine.dispose()


def test_every_record_table_exists(profile) -> None:  # noqa: ANN001
    with profile.engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        raw = virtual_tables(conn)
    assert set(m.RECORD_TABLES) <= tables
    assert set(m.Base.metadata.tables) | {"alembic_version"} == tables - raw
