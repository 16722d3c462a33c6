"""Trust fixes found at the end of round 24: each test failed before its fix."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import UTC, date, datetime
from typing import Any

import pytest
from clock import Clock
from ui_helpers import show

import pack_samples as samples
from careorganiser.domain.schedules import Schedule
from careorganiser.services import doses
from careorganiser.services import medications as meds
from careorganiser.services import packs
from careorganiser.store import models as m


def _at(hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, 21, hour, minute, tzinfo=UTC)  # London is on GMT in November


@pytest.fixture
def no_dialogs(monkeypatch: pytest.MonkeyPatch, prompter: Any) -> Iterator[Any]:
    monkeypatch.setenv("TZ", "Europe/London")
    prompter.answers["warn"] = lambda title, text: pytest.fail(f"unexpected warning: {title}: {text}")
    yield prompter


def _pack_counts(profile: Any, now: datetime) -> tuple[tuple[int, int, int, int], list[tuple[datetime, str, str]], str]:
    from careorganiser.pack.model import PackOptions
    from careorganiser.pack.render import render_pack

    data = packs.gather_pack(profile, None, now)
    assert data.adherence is not None
    [line] = data.adherence.medications
    lapses = [(lapse.scheduled_for, lapse.status, lapse.note) for lapse in data.adherence.lapses]
    text = samples.flat("\n".join(samples.page_texts(render_pack(data, PackOptions()))))
    return (line.scheduled, line.taken, line.skipped, line.missed), lapses, text


def test_a_dose_skipped_ahead_of_its_time_counts_once_as_skipped_and_is_never_due_or_missed(
        qtbot: Any, profile: Any, no_dialogs: Any) -> None:
    """Before, the 13:00 dose skipped at 10:15 was in no figure of a pack made before 13:00: the pack counted
    only doses taken ahead, so it read 1 of 1 taken (100%) with no word of the skip."""
    from careorganiser.ui.context import AppContext
    from careorganiser.ui.today.page import TodayPage

    with profile.session_factory.begin() as s:
        s.merge(m.Setting(key="timezone", value="Europe/London"))
    meds.create_medication(profile, meds.MedicationInput(name="Pirfenidone", dose="3 capsules",
                                                         start_date=date(2026, 11, 21)),
                           [Schedule.times_a_day("08:00", "13:00", "19:00")], now=_at(7))
    clock = Clock(_at(10, 15))
    page = TodayPage(AppContext(profile, clock=clock))
    show(qtbot, page, 1100, 800)
    page.reminders.start()

    def row(when: datetime) -> Any:
        return next(d for d in page.doses() if d.scheduled_for == when)

    page.dose_button("take", row(_at(8))).click()
    skip = page.dose_button("skip", row(_at(13)))
    skip.menu().aboutToShow.emit()
    next(a for a in skip.menu().actions() if a.objectName() == "skip-reason-1").trigger()  # "Side effects"
    assert [d.status for d in page.doses()] == ["taken", "skipped", "upcoming"]

    # The pack made now counts the skip, once, as skipped; it is listed with its reason, and nothing is missed.
    counts, lapses, text = _pack_counts(profile, _at(10, 20))
    assert counts == (2, 1, 1, 0)
    assert lapses == [(_at(13), "skipped", "Side effects")]
    assert "Missed and skipped doses" in text and "Side effects" in text

    # At its time it is not asked for again: not due, not in the tray's list.
    clock.now = _at(13, 5)
    page.reminders.check()
    assert page.due_panel.doses == [] and page.reminders.due_now() == []
    assert row(_at(13)).status == "skipped"

    # After a sleep past 19:00, only the 19:00 dose is "missed while closed"; the skip is not asked about again.
    clock.now = _at(21)
    with qtbot.waitSignal(page.reminders.missed_while_closed) as blocker:
        page.reminders.check()
    assert [d.scheduled_for for d in blocker.args[0]] == [_at(19)]
    assert [d.scheduled_for for d in page.missed_panel.doses] == [_at(19)]

    # The Today page and the pack say the same: one taken, one skipped, one missed.
    shown = Counter(d.status for d in page.doses())
    counts, lapses, _text = _pack_counts(profile, _at(21))
    assert counts == (3, shown["taken"], shown["skipped"], shown["missed"]) == (3, 1, 1, 1)
    assert lapses == [(_at(13), "skipped", "Side effects"), (_at(19), "missed", "")]
    page.reminders.stop()
    assert doses.event_for_slot(profile, meds.list_medications(profile)[0].id, _at(13)).status == "skipped"
