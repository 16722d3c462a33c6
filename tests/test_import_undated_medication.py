"""A medication imported without "added_at" (and without "start_date") is dated by its own records: it was in
the record by its start date or its first recorded dose, whichever is earlier. Without a start date it starts
on the day of the import, as the interchange contract says. Its schedules still apply from the import (nothing
before it is called missed), and a dose recorded at a scheduled time is that scheduled dose. The pack, the card
and Today agree on it. From an empty profile, through the command line."""

from __future__ import annotations

import json
import os
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from cli_runner import run_cli

from careorganiser import paths
from careorganiser.services import appointments, packs
from careorganiser.store import profiles

DOCUMENT = {
    "format": "careorganiser", "version": 1, "timezone": "Europe/London", "person": {"name": "Ada Lowe"},
    "medications": [
        {"id": "m1", "name": "Omeprazole", "dose": "20 mg", "schedules": [{"kind": "times", "times": ["08:00"]}]},
        {"id": "m2", "name": "Nintedanib", "dose": "150 mg", "start_date": "2026-11-25",
         "schedules": [{"kind": "times", "times": ["09:00", "21:00"]}]},
        {"id": "m3", "name": "Prednisolone", "dose": "5 mg", "start_date": "2026-11-23",
         "schedules": [{"kind": "times", "times": ["10:00"]}]},
    ],
    "dose_events": [
        {"medication": "m1", "scheduled_for": "2026-11-10T08:00:00+00:00", "status": "taken",
         "taken_at": "2026-11-10T08:05:00+00:00"},
        {"medication": "m1", "scheduled_for": "2026-11-11T08:00:00+00:00", "status": "skipped"},
        # a dose recorded (as skipped) before the start date: it was in the record by then
        {"medication": "m3", "scheduled_for": "2026-11-18T10:00:00+00:00", "status": "skipped"},
    ],
}


def cli(data: Path, *args: str) -> str:
    env = dict(os.environ)
    env.update({paths.ENV_DATA_DIR: str(data), "TZ": "Europe/London"})
    result = run_cli(*args, env=env)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_an_undated_import_is_dated_by_its_records(tmp_path: Path, data_dir: Path, monkeypatch: Any) -> None:
    monkeypatch.setenv("TZ", "Europe/London")
    source = tmp_path / "records.json"
    source.write_text(json.dumps(DOCUMENT), encoding="utf-8")
    cli(data_dir, "import", str(source), "--profile", "Ada")
    exported = json.loads(cli(data_dir, "export", "--profile", "Ada"))
    meds = {med["name"]: med for med in exported["medications"]}
    # no start date: the day of the import is its start, as the interchange contract says
    assert meds["Omeprazole"]["start_date"] == datetime.now(UTC).astimezone(ZoneInfo("Europe/London")).date().isoformat()
    assert meds["Omeprazole"]["added_at"] == "2026-11-10T08:00:00+00:00"
    assert meds["Nintedanib"]["added_at"] == "2026-11-25T00:00:00+00:00"  # its start date: nothing earlier shows it
    assert meds["Prednisolone"]["added_at"] == "2026-11-18T10:00:00+00:00"
    for med in meds.values():  # schedules apply from the import: no dose before it is made up as missed
        assert med["schedules_since"] > "2026-12-01"

    # Today on the 10th and 11th: the recorded doses are the scheduled ones; on the 12th nothing was recorded
    # and the medication was not followed yet: no dose is listed, none "missed"
    day = json.loads(cli(data_dir, "today", "--profile", "Ada", "--at", "2026-11-11T12:00", "--json"))
    assert [(d["name"], d["status"]) for d in day["doses"]] == [("Omeprazole", "skipped")]
    assert "as needed" not in cli(data_dir, "today", "--profile", "Ada", "--at", "2026-11-10T12:00")
    assert json.loads(cli(data_dir, "today", "--profile", "Ada", "--at", "2026-11-12T12:00", "--json"))["doses"] == []

    profile = profiles.open_profile("Ada")
    try:
        visit = appointments.create_appointment(profile, day=date(2026, 11, 20), at=time(10, 30), purpose="Review")
        data = packs.gather_pack(profile, visit, datetime(2026, 12, 3, 12, 0, tzinfo=UTC))
        # taken on the appointment's day, since the 10th
        # on the 20th nothing was current by its start date: Omeprazole's start is the import (the contract),
        # Prednisolone's the 23rd; both were in the record by then (a dose of each was), so both are planned
        assert data.medications == ()
        assert [(med.name, med.since) for med in data.planned] == [
            ("Prednisolone", date(2026, 11, 23)), ("Omeprazole", datetime.now(UTC).astimezone(ZoneInfo("Europe/London")).date())]
        # the doses recorded at their scheduled times are scheduled doses, counted as recorded
        assert data.adherence is not None
        lines = {line.name: line for line in data.adherence.medications}
        omeprazole = lines["Omeprazole"]
        assert (omeprazole.scheduled, omeprazole.taken, omeprazole.skipped, omeprazole.missed) == (2, 1, 1, 0)
        assert omeprazole.counted_from == date(2026, 11, 10)
        card = packs.gather_card(profile, datetime(2026, 11, 20, 12, 0, tzinfo=UTC))
        assert card.medications == ()
    finally:
        profile.close()
