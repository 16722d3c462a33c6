"""The follow-up panel's change from baseline compares SpO2 taken the same way: a baseline at rest against a
visit on exertion is not shown as a fall (table, chart and pack), and says the two were taken differently."""

from __future__ import annotations

from datetime import date
from typing import Any

from careorganiser.services import followup as svc
from careorganiser.services import measurements, packs, trials
from careorganiser.ui.context import AppContext
from careorganiser.ui.followup.page import FollowupPanel
from test_ui_followup import _at, _london
from ui_helpers import show

BASELINE = date(2027, 1, 4)


def _plan(profile: Any) -> int:
    _london(profile)
    trial_id = trials.add_trial_manually(profile, "NCT09900001", "Inhaled antifibrotic in IPF")
    trials.set_interest(profile, trial_id, "enrolled")
    svc.create_plan(profile, trial_id=trial_id, baseline=BASELINE, tests=["spo2_percent"],
                    contact_name="Sam Patel", contact_phone="020 7946 0000", turn_on_at=_at(date(2027, 1, 1)))
    return trial_id


def _changes(panel: FollowupPanel) -> list[str]:
    model = panel.changes.changes_model
    return [model.data(model.index(r, 1)) for r in range(model.rowCount())]


def test_rest_and_exertion_are_not_compared(qtbot: Any, profile: Any) -> None:
    trial_id = _plan(profile)
    measurements.add_measurement(profile, _at(BASELINE, 11), "spo2_percent", 96, source="clinic", context="rest")
    measurements.add_measurement(profile, _at(date(2027, 4, 4), 11), "spo2_percent", 86, source="clinic",
                                 context="exertion")
    now = _at(date(2027, 4, 6))
    panel = FollowupPanel(AppContext(profile, clock=lambda: now), trial_id=trial_id)
    show(qtbot, panel, 900, 800)
    # before: "SpO2: 96% -> 86% since baseline, a fall of 10 points"
    assert _changes(panel) == ["SpO2: 96% at rest at baseline, 86% on exertion at the 3-month visit: taken "
                               "differently, so not compared"]
    chart = panel.changes.chart
    assert chart.baseline == 96 and [p[1] for p in chart.points] == [96]  # the readings at rest only
    assert chart.title.startswith("SpO2, at rest")
    data = packs.gather_pack(profile, None, now)
    [followup] = data.followups
    assert followup.changes == ("SpO2: 96% at rest at baseline, 86% on exertion at the 3-month visit: taken "
                                "differently, so not compared",)
    assert [v.values for v in followup.visits[:2]] == ["SpO2 96% (at rest)", "SpO2 86% (on exertion)"]


def test_rest_is_compared_with_rest(qtbot: Any, profile: Any) -> None:
    trial_id = _plan(profile)
    for day, rest, exertion in ((BASELINE, 96, 90), (date(2027, 4, 4), 95, 84)):
        measurements.add_measurement(profile, _at(day, 11), "spo2_percent", rest, source="clinic", context="rest")
        measurements.add_measurement(profile, _at(day, 12), "spo2_percent", exertion, source="clinic",
                                     context="exertion")
    now = _at(date(2027, 4, 6))
    panel = FollowupPanel(AppContext(profile, clock=lambda: now), trial_id=trial_id)
    show(qtbot, panel, 900, 800)
    assert _changes(panel) == ["SpO2, at rest: 96% \u2192 95% since baseline, a fall of 1 point",
                               "SpO2, on exertion: 90% \u2192 84% since baseline, a fall of 6 points"]
