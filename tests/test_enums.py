"""Every closed set of words is one StrEnum (domain.enums), and its words are exactly those the interchange spec,
its JSON schema, the command line spec and the database's CHECK constraints allow."""

from __future__ import annotations

import json
import re
from enum import StrEnum
from pathlib import Path

import pytest
from sqlalchemy import text

from careorganiser.domain import enums
from careorganiser.domain.enums import (
    DoseStatus,
    HistoryAction,
    MeasurementContext,
    MeasurementSource,
    OffsetUnit,
    Priority,
    QuestionStatus,
    RideStatus,
    ScheduleKind,
    Sex,
    SlotStatus,
    TrialInterest,
)

DOCS = Path(__file__).parents[1] / "docs"  # the project's copies of shared/spec, as users read them
SCHEMA = Path(enums.__file__).resolve().parents[1] / "store" / "interchange.schema.json"

# (JSON schema path of an "enum", the enum)
IN_SCHEMA = [
    (("person", "sex"), Sex),
    (("medications", "schedules", "kind"), ScheduleKind),
    (("dose_events", "status"), DoseStatus),
    (("rides", "status"), RideStatus),
    (("measurements", "source"), MeasurementSource),
    (("measurements", "context"), MeasurementContext),
    (("trials", "interest"), TrialInterest),
    (("questions", "priority"), Priority),
    (("questions", "status"), QuestionStatus),
    (("followups", "visits", "unit"), OffsetUnit),
]

# (table, column, the enum); the database refuses any other word (a CHECK constraint)
IN_DATABASE = [
    ("person", "sex", Sex),
    ("schedules", "kind", ScheduleKind),
    ("dose_events", "status", DoseStatus),
    ("rides", "status", RideStatus),
    ("measurements", "source", MeasurementSource),
    ("trials", "interest", TrialInterest),
    ("questions", "priority", Priority),
    ("questions", "status", QuestionStatus),
    ("record_versions", "action", HistoryAction),
    ("followup_visits", "offset_unit", OffsetUnit),
]


def _schema_enum(path: tuple[str, ...]) -> list[object]:
    node = json.loads(SCHEMA.read_text(encoding="utf-8"))
    for key in path:
        node = node["properties"][key]
        while node.get("type") == "array" or "items" in node:
            node = node["items"]
    return node["enum"]


def words(enum: type[StrEnum]) -> list[str]:
    return [member.value for member in enum]


def spec_text(name: str) -> str:
    path = DOCS / name
    assert path.is_file(), f"the copy of the spec {path} is missing"
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize(("path", "enum"), IN_SCHEMA, ids=lambda v: ".".join(v) if isinstance(v, tuple) else v.__name__)
def test_enum_words_are_the_schema_words(path: tuple[str, ...], enum: type[StrEnum]) -> None:
    allowed = [w for w in _schema_enum(path) if w is not None]
    assert words(enum) == allowed


@pytest.mark.parametrize("enum", [Sex, DoseStatus, RideStatus, MeasurementSource, MeasurementContext, TrialInterest,
                                  Priority, QuestionStatus], ids=lambda e: e.__name__)
def test_enum_words_are_the_interchange_spec_words(enum: type[StrEnum]) -> None:
    # The spec writes each closed set as "a|b|c" in the order of the enum.
    assert f'"{"|".join(words(enum))}"' in spec_text("interchange.md")


def test_schedule_kinds_and_weekdays_are_the_spec_examples() -> None:
    spec = spec_text("interchange.md")
    assert [f'{{"kind": "{w}"' in spec for w in words(ScheduleKind)] == [True] * len(ScheduleKind)
    assert '["mon", "tue", ...]' in spec
    assert enums.WEEKDAYS == tuple(_schema_enum(("medications", "schedules", "weekdays")))


def test_slot_status_is_the_cli_spec_words() -> None:
    assert '"status": "taken|skipped|due|missed|upcoming"' in spec_text("cli.md")
    assert set(words(SlotStatus)) == {"taken", "skipped", "due", "missed", "upcoming"}
    assert set(words(DoseStatus)) < set(words(SlotStatus))  # the recorded states are shown as they are


def test_every_checked_database_column_allows_exactly_the_enum_words(profile) -> None:
    with profile.engine.connect() as conn:  # a fresh profile: the schema the migrations made
        tables = dict(conn.execute(text("SELECT name, sql FROM sqlite_master WHERE type = 'table'")).all())
    for table, column, enum in IN_DATABASE:
        found = re.search(rf"\b{column} IN \(([^)]*)\)", tables[table])
        assert found, f"{table}.{column} has no CHECK of its words"
        allowed = [w.strip().strip("'") for w in found.group(1).split(",")]
        assert allowed == words(enum), (table, column)


def test_members_are_their_words() -> None:
    # What keeps stored values and exported JSON unchanged when code uses members instead of strings.
    for name in enums.STATUS_ENUMS:
        enum = getattr(enums, name)
        for member in enum:
            assert member == member.value and str(member) == member.value and f"{member}" == member.value
            assert json.dumps(member) == json.dumps(member.value)
            assert {member.value: 1}[member] == 1
