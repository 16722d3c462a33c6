"""``careorganiser today``: the demo, both daylight-saving days in London and New York (TZ set for
each run), the JSON shape of shared/spec/cli.md, and the exit statuses."""

from __future__ import annotations

import json
import os
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from cli_runner import run_cli, run_process


def run(args: list[str], data: Path, tz: str = "Europe/London", stdin: str | None = None,
        real: bool = False) -> subprocess.CompletedProcess[str]:
    """In this process (cli_runner), or with ``real`` in a real process (forked from the tests' fork server);
    either way without a display."""
    env = dict(os.environ)
    env.update({"CAREORGANISER_DATA_DIR": str(data), "TZ": tz})
    env.pop("QT_QPA_PLATFORM", None)
    env.pop("DISPLAY", None)
    if real:
        return run_process(*args, env=env, stdin=stdin, fresh=False)
    return run_cli(*args, env=env, stdin=stdin)


# These documents describe medications the app has followed for years (as an export from a profile in use
# says): without "added_at" an import starts them at the moment of the import (test_true_records.py).
FOLLOWED_SINCE = "2020-01-01T00:00:00+00:00"


def followed(medications: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"added_at": FOLLOWED_SINCE, **med} for med in medications]


def today_json(data: Path, profile: str, at: str, tz: str) -> dict[str, Any]:
    result = run(["today", "--profile", profile, "--at", at, "--json"], data, tz)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def import_profile(tmp_path: Path, data: Path, name: str, medications: list[dict[str, Any]], tz: str,
                   events: list[dict[str, Any]] | None = None) -> None:
    """An interchange document without a "timezone": the profile follows TZ, like a fresh install would."""
    doc = {"format": "careorganiser", "version": 1, "person": {"name": "Test Person"},
           "medications": followed(medications), "dose_events": events or []}
    path = tmp_path / f"{name}.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    result = run(["import", str(path), "--profile", name], data, tz)
    assert result.returncode == 0, result.stderr


# ---- the demo ----------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def demo_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("demo-data")
    result = run(["demo"], data)
    assert result.returncode == 0, result.stderr
    return data


def test_demo_today_json(demo_data: Path) -> None:
    # The demo is made for "now": look at the same local day, an hour on from now.
    at = (datetime.now(UTC) + timedelta(hours=1)).replace(microsecond=0)
    doc = today_json(demo_data, "Demo", at.isoformat(), "Europe/London")
    assert set(doc) == {"at", "doses", "appointments", "rides", "low_stock"}
    assert doc["at"] == at.isoformat()
    assert doc["doses"], "the demo takes pirfenidone three times a day"
    for dose in doc["doses"]:
        assert set(dose) == {"medication", "name", "scheduled_for", "status"}
        assert dose["status"] in {"taken", "skipped", "due", "missed", "upcoming"}
        assert dose["medication"] in {"m1", "m2", "m3", "m4", "m5"}
        when = datetime.fromisoformat(dose["scheduled_for"])
        assert when.utcoffset() is not None
        if when > at:
            assert dose["status"] == "upcoming"
        if when + timedelta(minutes=60) <= at - timedelta(hours=1):  # its window had passed when the demo was made
            assert dose["status"] in {"taken", "skipped", "missed"}
    pirfenidone = [d for d in doc["doses"] if d["medication"] == "m1"]
    assert len(pirfenidone) == 3 and all(d["name"] == "Pirfenidone" for d in pirfenidone)
    assert [d["scheduled_for"] for d in doc["doses"]] == sorted(d["scheduled_for"] for d in doc["doses"])
    assert [s["medication"] for s in doc["low_stock"]] == ["m2"]
    assert doc["low_stock"][0]["days_of_supply"] is not None


def test_demo_today_text_and_default_now(demo_data: Path) -> None:
    result = run(["today", "--profile", "Demo"], demo_data, real=True)
    assert result.returncode == 0, result.stderr
    assert "Pirfenidone" in result.stdout and "Running low" in result.stdout
    assert "Omeprazole: 5 capsules left" in result.stdout


def test_demo_appointment_day(demo_data: Path) -> None:
    # The demo's review is 12 days from the day it was made, at 10:30 local, with a confirmed ride.
    export = run(["export", "--profile", "Demo"], demo_data)
    appointment = next(a for a in json.loads(export.stdout)["appointments"] if a["id"] == "a5")
    doc = today_json(demo_data, "Demo", appointment["starts_at"], "Europe/London")
    assert [a["id"] for a in doc["appointments"]] == ["a5"]
    assert doc["appointments"][0]["ride_status"] == "confirmed"
    assert [r["id"] for r in doc["rides"]] == ["r3"]


# ---- daylight saving, with TZ set --------------------------------------------------------------------------

SCHEDULES = [{"kind": "times", "times": ["01:30", "02:30", "08:00"]}]


@pytest.mark.parametrize(("tz", "day", "at", "expected"), [
    ("Europe/London", "2026-03-29", "2026-03-29T08:30", [
        ("2026-03-29T01:00:00+00:00", "taken"),  # 01:30 never happens: 02:00 BST
        ("2026-03-29T01:30:00+00:00", "missed"),  # 02:30 BST
        ("2026-03-29T07:00:00+00:00", "due"),  # 08:00 BST, half an hour ago
    ]),
    ("Europe/London", "2026-10-25", "2026-10-25T01:45", [
        ("2026-10-25T00:30:00+00:00", "taken"),  # the first 01:30 (BST), once
        ("2026-10-25T02:30:00+00:00", "upcoming"),  # 02:30 GMT
        ("2026-10-25T08:00:00+00:00", "upcoming"),
    ]),
    ("America/New_York", "2026-03-08", "2026-03-08T03:30", [
        ("2026-03-08T06:30:00+00:00", "taken"),  # 01:30 EST
        ("2026-03-08T07:00:00+00:00", "due"),  # 02:30 never happens: 03:00 EDT
        ("2026-03-08T12:00:00+00:00", "upcoming"),  # 08:00 EDT
    ]),
    ("America/New_York", "2026-11-01", "2026-11-01T08:30", [
        ("2026-11-01T05:30:00+00:00", "taken"),  # the first 01:30 (EDT), once
        ("2026-11-01T07:30:00+00:00", "missed"),  # 02:30 EST
        ("2026-11-01T13:00:00+00:00", "due"),  # 08:00 EST
    ]),
])
def test_daylight_saving_days(tmp_path: Path, tz: str, day: str, at: str,
                              expected: list[tuple[str, str]]) -> None:
    data = tmp_path / "data"
    taken = expected[0][0]
    import_profile(tmp_path, data, "DST", [{"id": "m1", "name": "Antifibrotic", "schedules": SCHEDULES}], tz,
                   [{"medication": "m1", "scheduled_for": taken, "status": "taken", "taken_at": taken}])
    doc = today_json(data, "DST", at, tz)
    assert [(d["scheduled_for"], d["status"]) for d in doc["doses"]] == expected
    # --at without an offset is local time in TZ.
    local = datetime.fromisoformat(at).replace(tzinfo=__import__("zoneinfo").ZoneInfo(tz))
    assert doc["at"] == local.astimezone(UTC).isoformat()
    # Each occurrence once across the day before, the day and the day after.
    seen = [d["scheduled_for"] for d in doc["doses"]]
    for offset in (-1, 1):
        noon = (datetime.fromisoformat(day) + timedelta(days=offset)).replace(hour=12).isoformat()
        seen.extend(d["scheduled_for"] for d in today_json(data, "DST", noon, tz)["doses"])
    assert len(seen) == len(set(seen)) == 9
    assert set(d for d, _ in expected) <= set(seen)


def test_every_hours_on_fall_back_day_counts_real_hours(tmp_path: Path) -> None:
    data = tmp_path / "data"
    import_profile(tmp_path, data, "Hours", [{"id": "m1", "name": "Six-hourly", "schedules": [
        {"kind": "every_hours", "hours": 6, "start": "2026-10-20T00:00"}]}], "Europe/London")
    doc = today_json(data, "Hours", "2026-10-25T12:00:00+00:00", "Europe/London")
    # The 25-hour day: 00:00 BST, then every six real hours, the last at 23:00 GMT.
    assert [d["scheduled_for"] for d in doc["doses"]] == [
        "2026-10-24T23:00:00+00:00", "2026-10-25T05:00:00+00:00", "2026-10-25T11:00:00+00:00",
        "2026-10-25T17:00:00+00:00", "2026-10-25T23:00:00+00:00"]


def test_at_with_offset_picks_the_local_day(tmp_path: Path) -> None:
    data = tmp_path / "data"
    import_profile(tmp_path, data, "NY", [{"id": "m1", "name": "Evening", "schedules": [
        {"kind": "times", "times": ["21:00"]}]}], "America/New_York")
    # 02:00 UTC on the 21st is still the evening of the 20th in New York.
    doc = today_json(data, "NY", "2026-11-21T02:00:00+00:00", "America/New_York")
    assert [(d["scheduled_for"], d["status"]) for d in doc["doses"]] == [("2026-11-21T02:00:00+00:00", "due")]


# ---- failures ----------------------------------------------------------------------------------------------

def test_bad_at_is_a_usage_error(tmp_path: Path) -> None:
    data = tmp_path / "data"
    import_profile(tmp_path, data, "P", [], "Europe/London")
    result = run(["today", "--profile", "P", "--at", "tomorrow-ish"], data)
    assert result.returncode == 2
    assert "--at" in result.stderr and "ISO 8601" in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""


def test_an_at_at_the_end_of_the_calendar_is_a_usage_error_naming_it(tmp_path: Path) -> None:
    """Before, --at 9999-12-31T23:59:59+14:00 failed with "careorganiser: date value out of range" (exit 1)."""
    data = tmp_path / "data"
    import_profile(tmp_path, data, "P", [], "Europe/London")
    for at in ("9999-12-31T23:59:59+14:00", "0001-01-01T00:00:00-12:00"):
        result = run(["today", "--profile", "P", "--at", at], data)
        assert result.returncode == 2, result
        assert f"today: --at '{at}' is out of range (years 1900 to 9000)" in result.stderr, result.stderr
        assert result.stdout == ""


def test_missing_profile_fails_with_one_line(tmp_path: Path) -> None:
    result = run(["today", "--profile", "Nobody", "--json"], tmp_path / "data")
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_profile_is_required(tmp_path: Path) -> None:
    result = run(["today"], tmp_path / "data")
    assert result.returncode == 2
    assert "--profile" in result.stderr
