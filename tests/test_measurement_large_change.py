"""A weight typed as "165" (pounds, the unit left out) was saved as 165 kg without a word. A reading far from
the person's previous one of the same kind (weight: more than 25% from the last within 90 days) is checked
through the prompter before it is saved, naming the previous reading and the other unit; the user may confirm.
Built from an empty profile, through the window."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any


from careorganiser.services import measurements
from careorganiser.services.profiles import set_time_zone
from careorganiser.ui.context import AppContext
from careorganiser.ui.journal.page import JournalPage
from ui_helpers import show, type_weight

NOW = datetime(2026, 12, 3, 11, 0, tzinfo=UTC)


def test_a_weight_far_from_the_last_is_checked_and_may_be_confirmed(qtbot: Any, profile: Any,
                                                                     prompter: Any) -> None:
    set_time_zone(profile, "Europe/London")
    clock = [NOW - timedelta(days=2)]
    page = JournalPage(AppContext(profile, clock=lambda: clock[0]))
    show(qtbot, page, 1100, 760)
    page.tabs.setCurrentWidget(page.measures)
    type_weight(qtbot, page, "77")  # the first weight: nothing to compare with, no question
    assert [m.value for m in measurements.list_measurements(profile)] == [77.0]
    clock[0] = NOW
    page.measures.reset_form()

    asked: list[str] = []
    prompter.answers["confirm"] = lambda title, text: asked.append(text) or False
    type_weight(qtbot, page, "165")
    assert asked == ["165 kg is 88 kg more than 77 kg on 1 Dec 2026. Typed in lb? Write 165 lb.\n\nSave it as typed?"]
    assert [m.value for m in measurements.list_measurements(profile)] == [77.0]  # not saved
    assert page.measures.errors.message("value") == \
        "165 kg is 88 kg more than 77 kg on 1 Dec 2026. Typed in lb? Write 165 lb."
    assert page.measures.value_edit.text() == "165"  # kept, to correct

    type_weight(qtbot, page, "165 lb")  # 74.8 kg: close to the last, no question
    assert len(asked) == 1
    assert sorted(m.value for m in measurements.list_measurements(profile)) == [74.843, 77.0]

    page.measures.reset_form()
    prompter.answers["confirm"] = lambda title, text: asked.append(text) or True  # a real change: confirmed
    type_weight(qtbot, page, "50")
    assert asked[-1].startswith("50 kg is 24.8 kg less than 74.8 kg on 3 Dec 2026.")
    assert "Typed in" not in asked[-1]
    assert sorted(m.value for m in measurements.list_measurements(profile)) == [50.0, 74.843, 77.0]


def test_no_question_past_ninety_days_or_for_a_kind_without_the_rule(profile: Any) -> None:
    measurements.add_measurement(profile, NOW - timedelta(days=120), "weight_kg", "77", now=NOW)
    assert measurements.large_change(profile, NOW, "weight_kg", "165", now=NOW) is None
    measurements.add_measurement(profile, NOW - timedelta(days=3), "spo2_percent", "96", now=NOW)
    assert measurements.large_change(profile, NOW, "spo2_percent", "60", now=NOW) is None
    assert measurements.large_change(profile, NOW, "weight_kg", "not a number", now=NOW) is None
