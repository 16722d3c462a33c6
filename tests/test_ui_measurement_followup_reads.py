"""From a new profile, through the real widgets: a measurement and a follow-up plan with an event are added and
listed, and what each list shows is the query module's snapshot of what was stored (one read path)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt

from careorganiser.services.medications import MedicationInput, create_medication
from careorganiser.services.profiles import set_time_zone
from careorganiser.store.queries import followup as fq
from careorganiser.store.queries import measurements as xq
from careorganiser.ui.context import AppContext
from careorganiser.ui.followup.page import FollowupPanel
from careorganiser.ui.journal.page import JournalPage

from ui_helpers import show, wait_chart

LONDON = ZoneInfo("Europe/London")
NOW = datetime.combine(date(2027, 1, 2), time(10), LONDON).astimezone(UTC)


def test_a_measurement_typed_in_is_listed_as_the_query_reads_it(qtbot: Any, qtmodeltester: Any, profile: Any) -> None:
    set_time_zone(profile, "Europe/London")
    page = JournalPage(AppContext(profile, clock=lambda: NOW))
    show(qtbot, page, 1100, 760)
    page.tabs.setCurrentWidget(page.measures)
    panel = page.measures
    assert panel.model.rowCount() == 0 and panel.empty_label.isVisible()
    for key, value in (("spo2_percent", "93"), ("heart_rate_bpm", "88")):
        panel.kind_combo.setCurrentIndex(panel.kind_combo.findData(key))
        qtbot.keyClicks(panel.value_edit, value)
        qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    qtmodeltester.check(panel.model)
    stored = xq.measurements(profile.read(), newest_first=True)
    assert [(x.kind, x.value, x.taken_at) for x in stored] == [("heart_rate_bpm", 88.0, NOW),
                                                               ("spo2_percent", 93.0, NOW)]
    assert panel.model.rows() == stored
    assert [panel.model.data(panel.model.index(r, 1)) for r in range(2)] == ["Heart rate", "SpO2"]
    assert panel.model.data(panel.model.index(1, 2)) == "93 %"
    assert [panel.filter_combo.itemData(i) for i in range(panel.filter_combo.count())] == [
        "", "spo2_percent", "heart_rate_bpm"]
    panel.filter_combo.setCurrentIndex(panel.filter_combo.findData("spo2_percent"))
    assert panel.model.rows() == xq.measurements(profile.read(), kind="spo2_percent", newest_first=True)
    wait_chart(qtbot, panel)
    assert panel.chart.kind.key == "spo2_percent" and panel.chart.line.count() == 1


def test_a_plan_and_an_event_typed_in_are_listed_as_the_query_reads_them(qtbot: Any, qtmodeltester: Any,
                                                                         profile: Any) -> None:
    set_time_zone(profile, "Europe/London")
    med_id = create_medication(profile, MedicationInput(name="Nintedanib", strength="150 mg"))
    panel = FollowupPanel(AppContext(profile, clock=lambda: NOW), medication_id=med_id)
    show(qtbot, panel, 900, 800)
    assert panel.stack.currentIndex() == 0  # no plan yet: the setup form
    panel.setup.baseline_field.edit.clear()
    qtbot.keyClicks(panel.setup.baseline_field.edit, "4 Jan 2027")
    panel.setup.visits_edit.setText("0, 1, 3")
    for key, box in panel.setup.test_boxes.items():
        box.setChecked(key == "alt_u_l")
    qtbot.mouseClick(panel.setup.create_button, Qt.MouseButton.LeftButton)
    assert panel.stack.currentIndex() == 1
    plan = fq.plan_for(profile.read(), medication_id=med_id)
    assert plan is not None and plan.subject_name == "Nintedanib 150 mg" and plan.active
    assert panel.visits.visits_model.rows() == list(plan.visits)
    assert [panel.visits.visits_model.data(panel.visits.visits_model.index(r, 0)) for r in range(3)] == [
        "Baseline", "1-month visit", "3-month visit"]

    panel.tabs.setCurrentIndex(2)
    qtbot.keyClicks(panel.events.event_date.edit, "10 Jan 2027")
    qtbot.keyClicks(panel.events.event_what, "Loose stools after the first week")
    qtbot.mouseClick(panel.events.add_event_button, Qt.MouseButton.LeftButton)
    qtmodeltester.check(panel.events.events_model)
    plan = fq.plan(profile.read(), plan.id)
    assert plan is not None and [e.what for e in plan.events] == ["Loose stools after the first week"]
    assert panel.events.events_model.rows() == list(plan.events)
    assert panel.events.events_model.data(panel.events.events_model.index(0, 1)) == "Loose stools after the first week"
