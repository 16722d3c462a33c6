"""A schedule begins when the app learns of it: no dose before a medication was added (or its schedule
changed, or it was restarted) is listed, due or missed -- on Today, in ``today --json``, in the reminders,
in adherence and in the pack. Built from an empty profile, through the services and through the form."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from careorganiser.domain.schedules import Schedule
from careorganiser.services import adherence, medications as meds, packs, reminders, today
from careorganiser.store import models as m

D = date(2026, 11, 24)  # a Tuesday; London is on GMT, so local times equal UTC


def utc(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC)


@pytest.fixture
def london(profile: Any) -> Any:
    with profile.session_factory.begin() as s:
        s.merge(m.Setting(key="timezone", value="Europe/London"))
    return profile


def pirfenidone(profile: Any, now: datetime, **fields: Any) -> int:
    """Pirfenidone three times a day, added at ``now`` without a start date (as the issue saw it)."""
    return meds.create_medication(
        profile, meds.MedicationInput(name="Pirfenidone", dose="3 capsules", units_per_dose="3", **fields),
        [Schedule.times_a_day("08:00", "13:00", "19:00")], now=now)


def day_doses(profile: Any, at: datetime) -> list[tuple[str, str]]:
    plan = today.day_plan(profile, at)
    return [(d.scheduled_for.strftime("%H:%M"), d.status) for d in plan.doses]


def test_added_at_two_pm_without_a_start_date_misses_nothing_before(london: Any) -> None:
    """The reproduction: added today at 14:00, Today showed 08:00 and 13:00 missed, and the pack said
    272 scheduled, 270 missed. Now the start is today, and only doses from 14:00 on exist."""
    profile = london
    med_id = pirfenidone(profile, utc(D, 14))
    assert meds.get_medication(profile, med_id).start_date == D  # recorded, and shown as its start

    assert day_doses(profile, utc(D, 15)) == [("19:00", "upcoming")]
    json_doc = today.day_plan(profile, utc(D, 15)).to_json()
    assert [d["status"] for d in json_doc["doses"]] == ["upcoming"]
    assert day_doses(profile, utc(D, 20, 30)) == [("19:00", "missed")]  # a real miss is still a miss

    # "missed while closed": the app last ran at 14:05 and opens again next morning
    reminders.check_reminders(profile, utc(D, 14, 5), starting=True)
    later = reminders.check_reminders(profile, utc(D + timedelta(days=1), 10), starting=True)
    assert [d.scheduled_for for d in later.newly_missed] == [utc(D, 19), utc(D + timedelta(days=1), 8)]

    # the pack two days later: 19:00, three the next day, 08:00 the day after = 5, all missed
    now = utc(D + timedelta(days=2), 10)
    data = packs.gather_pack(profile, None, now)
    assert data.adherence is not None and data.adherence.overall is not None
    overall = data.adherence.overall
    assert (overall.scheduled, overall.missed, overall.taken) == (5, 5, 0)
    report = adherence.adherence_for_period(profile, now - timedelta(days=90), now, now)
    assert (report.overall.scheduled, report.overall.missed) == (5, 5)


def test_a_start_date_in_the_past_does_not_invent_missed_doses(london: Any) -> None:
    profile = london
    pirfenidone(profile, utc(D, 14), start_date="2025-02-01")
    assert meds.get_medication(profile, meds.list_medications(profile)[0].id).start_date == date(2025, 2, 1)
    assert day_doses(profile, utc(D, 15)) == [("19:00", "upcoming")]
    data = packs.gather_pack(profile, None, utc(D, 15))
    assert data.adherence is None  # nothing decided yet: nothing to report


def test_a_start_date_in_the_future_starts_that_day(london: Any) -> None:
    profile = london
    pirfenidone(profile, utc(D, 14), start_date=(D + timedelta(days=2)).isoformat())
    assert day_doses(profile, utc(D + timedelta(days=1), 12)) == []
    assert [s for _, s in day_doses(profile, utc(D + timedelta(days=2), 7))] == ["upcoming"] * 3


@pytest.mark.parametrize("schedule", [
    Schedule(kind="every_hours", hours=6, start_at=datetime(2026, 11, 1, 6, 0)),
    Schedule(kind="every_n_days", every=1, times=("08:00", "12:00", "20:00"), start_on=date(2026, 11, 1)),
    Schedule(kind="times", times=("08:00", "12:00", "20:00"), from_date=date(2026, 11, 1)),
])
def test_past_anchors_and_windows_begin_when_added(london: Any, schedule: Schedule) -> None:
    profile = london
    meds.create_medication(profile, meds.MedicationInput(name="Test"), [schedule], now=utc(D, 14))
    doses = today.day_plan(profile, utc(D, 23, 30)).doses
    assert doses and all(d.scheduled_for >= utc(D, 14) for d in doses)
    assert [d.status for d in doses] == ["missed"] * len(doses)  # 18:00 or 20:00: after it was added


def test_a_changed_schedule_applies_from_the_change(london: Any) -> None:
    profile = london
    added = utc(D - timedelta(days=10), 7)
    med_id = meds.create_medication(profile, meds.MedicationInput(name="Omeprazole"),
                                    [Schedule.times_a_day("08:00", "20:00")], now=added)
    reminders.take(profile, med_id, utc(D, 8), taken_at=utc(D, 8, 5))
    # editing other details with the same schedule keeps the history counted from when it was added
    fields = meds.MedicationInput(name="Omeprazole", stock="30", start_date=(D - timedelta(days=10)).isoformat())
    meds.update_medication(profile, med_id, fields, [Schedule.times_a_day("08:00", "20:00")], now=utc(D, 12))
    report = adherence.adherence_for_period(profile, added, utc(D, 12), utc(D, 12))
    assert report.overall.scheduled == 21  # 10 days twice a day, and today's 08:00

    # at 14:00 the doctor moves it to 09:00 and 21:00: this morning's 09:00 was never asked for
    meds.set_schedules(profile, med_id, [Schedule.times_a_day("09:00", "21:00")], now=utc(D, 14))
    plan = today.day_plan(profile, utc(D, 15))
    listed = [(d.scheduled_for.strftime("%H:%M"), d.status, d.scheduled) for d in plan.doses]
    # what was taken is kept, as a dose of the schedule it was taken under (not "as needed"); the old 20:00
    # after the change is no dose
    assert listed == [("08:00", "taken", True), ("21:00", "upcoming", True)]
    report = adherence.adherence_for_period(profile, added, utc(D, 12), utc(D, 12))
    assert report.overall.scheduled == 21  # the days before the change keep their doses


def test_restarted_medication_is_not_missed_while_it_was_stopped(london: Any) -> None:
    profile = london
    med_id = pirfenidone(profile, utc(D - timedelta(days=30), 7))
    meds.stop_medication(profile, med_id, (D - timedelta(days=20)).isoformat(), "rash")
    meds.restart_medication(profile, med_id, now=utc(D, 14))
    assert day_doses(profile, utc(D, 15)) == [("19:00", "upcoming")]
    assert day_doses(profile, utc(D - timedelta(days=5), 12)) == []  # stopped then: no dose at all
    now = utc(D + timedelta(days=1), 10)
    data = packs.gather_pack(profile, None, now)
    assert data.adherence is not None and data.adherence.overall is not None
    # 19:00 and next morning's 08:00, and the 11 days before the stop (3 a day, kept): nothing of the 20 days
    # stopped
    assert data.adherence.overall.missed == 2 + 33


def test_an_import_without_added_at_is_learned_of_at_the_import(london: Any, isolated_dirs: Any) -> None:
    from careorganiser.services import profiles as svc
    from careorganiser.store import profiles

    doc = {"format": "careorganiser", "version": 1, "timezone": "Europe/London", "person": {"name": "Mum"},
           "medications": [{"id": "m1", "name": "Pirfenidone", "start_date": None,
                            "schedules": [{"kind": "times", "times": ["08:00", "13:00", "19:00"]}]},
                           {"id": "m2", "name": "Omeprazole", "start_date": "2024-01-01",
                            "schedules": [{"kind": "every_hours", "hours": 1, "start": "2024-01-01T00:00"}]}]}
    other = profiles.create_profile("Imported")
    try:
        before = datetime.now(UTC)
        svc.import_into(other, doc)
        now = datetime.now(UTC)
        exported = {med["id"]: med for med in svc.export_profile(other)["medications"]}
        assert before <= datetime.fromisoformat(exported["m1"]["added_at"]) <= now
        assert exported["m1"]["start_date"] in {before.astimezone().date().isoformat(), now.date().isoformat(),
                                                 now.astimezone(__import__("zoneinfo").ZoneInfo(
                                                     "Europe/London")).date().isoformat()}
        assert exported["m2"]["start_date"] == "2024-01-01"
        later = now + timedelta(hours=3)
        plan = today.day_plan(other, later)
        assert all(d.scheduled_for >= before for d in plan.doses)
        data = packs.gather_pack(other, None, later)
        assert data.adherence is not None and data.adherence.overall is not None
        # hourly Omeprazole: only the 1-2 hours since the import that have left their window, not 3 years
        assert data.adherence.overall.scheduled <= 3
    finally:
        other.close()


# ---- through the window ------------------------------------------------------------------------------

def test_new_profile_medication_added_through_the_form_has_no_phantom_miss(qtbot, london, prompter) -> None:
    """The issue's scenario in the real window: a new profile, Pirfenidone added through the form at
    14:00 without touching the start date; Today and the pack then show no dose before 14:00."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialog

    from careorganiser.ui.context import AppContext
    from careorganiser.ui.medications.form import MedicationDialog
    from careorganiser.ui.medications.page import MedicationsPage
    from careorganiser.ui.today.page import TodayPage

    profile = london
    clock = [utc(D, 14)]
    ctx = AppContext(profile, clock=lambda: clock[0])
    seen: list[QDialog] = []

    def fill(dialog: MedicationDialog) -> None:
        seen.append(dialog)
        dialog.show()
        assert dialog.start_date.isEnabled() and dialog.start_date.isVisible()
        assert dialog.start_date.current_date() == D  # today, filled in and shown
        assert dialog.start_date.text() == "24 Nov 2026"
        qtbot.keyClicks(dialog.name, "Pirfenidone")
        qtbot.keyClicks(dialog.dose, "3 capsules")
        dialog.units_per_dose.clear()
        qtbot.keyClicks(dialog.units_per_dose, "3")
        editor = dialog.editor
        for text in ("08:00", "13:00", "19:00"):  # typed straight in, Enter adds each
            qtbot.mouseClick(editor.new_time, Qt.MouseButton.LeftButton)
            qtbot.keyClicks(editor.new_time, text)
            qtbot.keyClick(editor.new_time, Qt.Key.Key_Return)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        if dialog.isVisible():
            dialog.reject()

    prompter.answers["run_dialog"] = fill
    page = MedicationsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert seen and seen[0].result() == QDialog.DialogCode.Accepted
    row = meds.list_medications(profile)[0]
    assert (row.name, row.start_date) == ("Pirfenidone", D)

    clock[0] = utc(D, 15)
    assert day_doses(profile, clock[0]) == [("19:00", "upcoming")]
    today_page = TodayPage(ctx)
    qtbot.addWidget(today_page)
    today_page.show()
    qtbot.waitExposed(today_page)
    qtbot.waitUntil(lambda: "19:00" in _visible_text(today_page))
    shown = _visible_text(today_page)
    assert "08:00" not in shown and "13:00" not in shown and "Missed" not in shown

    data = packs.gather_pack(profile, None, utc(D + timedelta(days=2), 10))
    assert data.adherence is not None and data.adherence.overall is not None
    assert (data.adherence.overall.scheduled, data.adherence.overall.missed) == (5, 5)


def _visible_text(widget: Any) -> str:
    """Every piece of text a user can see on a page: labels, buttons and the cells of its views."""
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QLabel

    parts: list[str] = []
    for label in widget.findChildren(QLabel):
        if label.isVisible():
            parts.append(label.text())
    for button in widget.findChildren(QAbstractButton):
        if button.isVisible():
            parts.append(button.text())
    for view in widget.findChildren(QAbstractItemView):
        model = view.model()
        if not view.isVisible() or model is None:
            continue
        for r in range(model.rowCount()):
            for c in range(model.columnCount()):
                parts.append(str(model.index(r, c).data() or ""))
    return "\n".join(parts)


def test_today_json_from_the_command_line_lists_nothing_before_the_import(tmp_path: Any, data_dir: Any) -> None:
    """``careorganiser import`` then ``today --json``: a medication imported without a start date has no dose
    before the import, whatever the hour (spec/cli.md)."""
    import json

    from test_today_cli import run

    doc = {"format": "careorganiser", "version": 1, "timezone": "UTC", "person": {"name": "Mum"},
           "medications": [{"id": "m1", "name": "Pirfenidone",
                            "schedules": [{"kind": "every_hours", "hours": 1, "start": "2026-01-01T00:30"}]}]}
    path = tmp_path / "mum.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    before = datetime.now(UTC)
    result = run(["import", str(path), "--profile", "Mum"], data_dir, "UTC")
    assert result.returncode == 0, result.stderr
    at = (before + timedelta(hours=3)).replace(microsecond=0)
    result = run(["today", "--profile", "Mum", "--at", at.isoformat(), "--json"], data_dir, "UTC")
    assert result.returncode == 0, result.stderr
    doses = json.loads(result.stdout)["doses"]
    listed = [datetime.fromisoformat(d["scheduled_for"]) for d in doses]
    assert listed and all(when >= before for when in listed)  # hourly at :30, only from the import on
    # the day's doses up to the import are gone: at most 3 hours (plus the rest of the day) are listed
    assert len([d for d in doses if d["status"] == "missed"]) <= 2
