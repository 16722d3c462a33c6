"""A dose recorded at a scheduled time before the app followed the medication (an import of older records) is
that scheduled dose: on Today (the command and the window) and in the pack's adherence. The moment the
medication was added still keeps unrecorded doses before it from being called missed. From an empty profile."""

from __future__ import annotations

import json
import os
from datetime import UTC, date, datetime, time
from typing import Any

import pytest
from cli_runner import run_cli

from careorganiser import paths
from careorganiser.services import appointments, packs
from careorganiser.services.profiles import import_into

ADDED = "2026-11-20T12:00:00+00:00"  # London is on GMT: local times read as UTC
SKIPPED = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)
TAKEN = datetime(2026, 11, 19, 20, 0, tzinfo=UTC)

DOCUMENT = {
    "format": "careorganiser", "version": 1, "timezone": "Europe/London", "person": {"name": "Test Person"},
    "medications": [{"id": "m1", "name": "Pirfenidone", "dose": "3 capsules", "start_date": "2026-11-01",
                     "added_at": ADDED, "schedules": [{"kind": "times", "times": ["08:00", "20:00"]}]}],
    "dose_events": [
        {"medication": "m1", "scheduled_for": SKIPPED.isoformat(), "status": "skipped"},
        {"medication": "m1", "scheduled_for": TAKEN.isoformat(), "status": "taken", "taken_at": TAKEN.isoformat()},
    ],
}


@pytest.fixture
def imported(profile: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setenv("TZ", "Europe/London")
    import_into(profile, json.loads(json.dumps(DOCUMENT)))
    return profile


def today(at: str, *extra: str) -> Any:
    env = dict(os.environ)
    env.update({paths.ENV_DATA_DIR: str(paths.data_dir()), "TZ": "Europe/London"})
    result = run_cli("today", "--profile", "Test", "--at", at, *extra, env=env)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_today_calls_a_recorded_scheduled_dose_scheduled(imported: Any) -> None:
    doses = json.loads(today("2026-11-20T13:00", "--json"))["doses"]
    assert [(d["scheduled_for"], d["status"]) for d in doses] == [
        ("2026-11-20T08:00:00+00:00", "skipped"), ("2026-11-20T20:00:00+00:00", "upcoming")]
    text = today("2026-11-20T13:00")
    line = next(line for line in text.splitlines() if line.strip().startswith("08:00"))
    assert "skipped" in line.lower() and "as needed" not in line
    # the day before: the taken 20:00 dose is its scheduled dose; the unrecorded 08:00 was before the
    # medication was followed and is not listed at all (never "missed")
    doses = json.loads(today("2026-11-19T22:00", "--json"))["doses"]
    assert [(d["scheduled_for"], d["status"]) for d in doses] == [("2026-11-19T20:00:00+00:00", "taken")]
    assert "as needed" not in today("2026-11-19T22:00")


def test_the_pack_counts_the_recorded_doses(imported: Any) -> None:
    visit = appointments.create_appointment(imported, day=date(2026, 11, 22), at=time(10, 30), purpose="Review")
    data = packs.gather_pack(imported, visit, datetime(2026, 11, 22, 9, 30, tzinfo=UTC))
    assert data.adherence is not None
    [line] = data.adherence.medications
    # 19 Nov 20:00 taken, 20 Nov 08:00 skipped, then 20:00, 08:00, 20:00, 08:00 with nothing recorded
    assert (line.name, line.scheduled, line.taken, line.skipped, line.missed) == ("Pirfenidone", 6, 1, 1, 4)
    assert line.counted_from == date(2026, 11, 19)  # from the first dose counted, not from the 20th


def test_the_window_says_the_same(qtbot: Any, imported: Any) -> None:
    from clock import Clock

    from careorganiser.ui.context import AppContext
    from careorganiser.ui.today.page import TodayPage
    from ui_helpers import show

    clock = Clock(datetime(2026, 11, 20, 13, 0, tzinfo=UTC))
    page = TodayPage(AppContext(imported, clock=clock))
    show(qtbot, page, 1100, 800)
    dose = next(d for d in page.doses() if d.scheduled_for == SKIPPED)
    assert dose.scheduled and dose.status == "skipped"
    from PySide6.QtWidgets import QApplication, QLabel

    QApplication.processEvents()
    shown = "\n".join(label.text() for label in page.doses_box.findChildren(QLabel) if label.isVisibleTo(page))
    assert "Pirfenidone" in shown and "as needed" not in shown
    # the medication's card in the window: the same dose, due at 08:00, skipped
    from careorganiser.ui.medications.page import MedicationsPage

    meds = MedicationsPage(AppContext(imported, clock=clock))
    show(qtbot, meds, 1100, 800)
    model = meds.history.model
    rows = [(model.index(r, 0).data(), model.index(r, 1).data()) for r in range(model.rowCount())]
    assert ("Fri 20 Nov 2026 08:00", "Skipped") in rows
