"""The follow-up plan through its real widgets (pytest-qt, offscreen), from an empty profile."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel
from sqlalchemy import select

from careorganiser.services import followup as svc
from careorganiser.services import measurements, questions, trials
from careorganiser.store import models as m
from careorganiser.ui.context import AppContext
from careorganiser.ui.followup.page import FollowupDialog, FollowupPanel
from careorganiser.ui.today.page import TodayPage
from careorganiser.ui.trials.page import TrialsPage

from ui_helpers import show

LONDON = ZoneInfo("Europe/London")


def _at(day: date, hour: int = 9) -> datetime:
    return datetime.combine(day, time(hour), LONDON).astimezone(UTC)


def click(qtbot: Any, button: QAbstractButton) -> None:
    assert button.isEnabled() and button.isVisible(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _london(profile: Any) -> None:
    with profile.session_factory.begin() as s:
        s.merge(m.Setting(key="timezone", value="Europe/London"))


def _with_time_frames(profile: Any, trial_id: int) -> None:
    """The trial record as ClinicalTrials.gov gives it: outcomes with their time frames, a central contact."""
    with profile.session_factory.begin() as s:
        t = s.get(m.Trial, trial_id)
        t.study = {"nct_id": t.nct_id, "brief_title": t.title,
                   "primary_outcomes": [{"measure": "Change in FVC % predicted",
                                         "time_frame": "Baseline, 3, 6, 9, 12 months"}],
                   "secondary_outcomes": [{"measure": "Deaths", "time_frame": "up to 2 years"}],
                   "central_contacts": [{"name": "Trial information line", "phone": "0800 555 0199"}]}


def test_seed_schedule_from_an_empty_profile_through_the_trial_detail(qtbot: Any, profile: Any,
                                                                      qtmodeltester: Any, prompter: Any) -> None:
    _london(profile)
    now = _at(date(2027, 1, 2))
    trial_id = trials.add_trial_manually(profile, "NCT09900001", "Inhaled antifibrotic in IPF")
    _with_time_frames(profile, trial_id)
    ctx = AppContext(profile, clock=lambda: now)
    page = TrialsPage(ctx)
    show(qtbot, page, 1200, 900)
    page.table.selectRow(0)
    qtbot.waitUntil(page.is_idle, timeout=20_000)  # the trial is read in the worker
    detail = page.detail
    assert detail.trial_id == trial_id
    assert not detail.followup_button.isVisible()  # only for an enrolled trial
    detail.interest_combo.setCurrentIndex(detail.interest_combo.findData("enrolled"))
    assert detail.followup_button.isVisible()

    steps: list[str] = []

    def fill(dialog: FollowupDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        panel = dialog.panel
        assert panel.stack.currentIndex() == 0  # no plan yet: the setup form
        assert "Baseline, 3, 6, 9, 12 months" in panel.setup.source_label.text()
        assert panel.setup.visits_edit.text() == "0, 3, 6, 9, 12"
        assert panel.setup.contact_phone_edit.text() == "0800 555 0199"
        # what the caregiver does: type the baseline day and the place, press Create
        panel.setup.baseline_field.edit.clear()
        qtbot.keyClicks(panel.setup.baseline_field.edit, "4 Jan 2027")
        steps.append("baseline")
        qtbot.keyClicks(panel.setup.place_edit, "St Mary's lung function lab")
        steps.append("place")
        click(qtbot, panel.setup.create_button)
        steps.append("create")
        assert panel.stack.currentIndex() == 1
        qtmodeltester.check(panel.visits.visits_model)
        qtmodeltester.check(panel.changes.changes_model)
        qtmodeltester.check(panel.events.events_model)
        return 0

    prompter.answers["run_dialog"] = fill
    click(qtbot, detail.followup_button)
    assert steps == ["baseline", "place", "create"]  # three steps, well under a minute

    plan = svc.plan_for(profile, trial_id=trial_id)
    assert plan is not None and plan.active
    assert [v.on for v in plan.visits] == [date(2027, 1, 4), date(2027, 4, 4), date(2027, 7, 4),
                                          date(2027, 10, 4), date(2028, 1, 4)]
    assert plan.contact_name == "Trial information line"
    with profile.session_factory() as s:
        appts = s.scalars(select(m.Appointment).order_by(m.Appointment.starts_at)).unique().all()
        rides = s.scalars(select(m.Ride)).unique().all()
    assert [a.place for a in appts] == ["St Mary's lung function lab"] * 5
    assert len(rides) == 5 and {r.status for r in rides} == {"needed"}


def _plan(profile: Any) -> tuple[int, int]:
    _london(profile)
    trial_id = trials.add_trial_manually(profile, "NCT09900001", "Inhaled antifibrotic in IPF")
    trials.set_interest(profile, trial_id, "enrolled")
    plan_id = svc.create_plan(profile, trial_id=trial_id, baseline=date(2027, 1, 4),
                              tests=["fvc_percent_predicted", "dlco_percent_predicted", "six_minute_walk_m"],
                              contact_name="Sam Patel", contact_phone="020 7946 0000",
                              turn_on_at=_at(date(2027, 1, 1)))
    return trial_id, plan_id


def test_changes_chart_questions_and_events_log(qtbot: Any, profile: Any, qtmodeltester: Any, prompter: Any) -> None:
    trial_id, plan_id = _plan(profile)
    for day, fvc, walk in ((date(2027, 1, 4), 62, 400), (date(2027, 4, 4), 60, 380), (date(2027, 7, 4), 57, 345)):
        measurements.add_measurement(profile, _at(day, 11), "fvc_percent_predicted", fvc, source="clinic")
        measurements.add_measurement(profile, _at(day, 11), "six_minute_walk_m", walk, source="clinic")
    now = _at(date(2027, 7, 6))
    ctx = AppContext(profile, clock=lambda: now)
    panel = FollowupPanel(ctx, trial_id=trial_id)
    show(qtbot, panel, 900, 800)
    for model in (panel.visits.visits_model, panel.changes.changes_model, panel.events.events_model):
        qtmodeltester.check(model)
    assert "No 6-month DLCO recorded yet" in panel.reminders_label.text()
    texts = [panel.changes.changes_model.data(panel.changes.changes_model.index(r, 1)) for r in range(panel.changes.changes_model.rowCount())]
    assert "FVC: 62% \u2192 57% predicted since baseline, a relative fall of 8%" in texts
    assert "Six-minute walk distance: 400 m \u2192 345 m since baseline, a fall of 55 m" in texts
    # the chart shows FVC first, with its baseline and the 10% line
    assert panel.changes.chart.baseline == 62 and panel.changes.chart.threshold == pytest.approx(55.8)
    assert [p[1] for p in panel.changes.chart.points] == [62, 60, 57]
    assert "relative fall of 8%" in panel.changes.chart.accessibleDescription()
    panel.changes.kind_combo.setCurrentIndex(panel.changes.kind_combo.findData("six_minute_walk_m"))
    assert panel.changes.chart.threshold == 350
    # the suggested question goes to the questions list, for the 9-month visit
    assert panel.changes.suggestions_list.count() == 1
    panel.tabs.setCurrentIndex(1)
    click(qtbot, panel.changes.add_question_button)
    [q] = questions.list_questions(profile)
    assert "50 m or more" in q.text and q.appointment_id == svc.get_plan(profile, plan_id).visits[3].appointment_id
    assert panel.changes.suggestions_list.count() == 0

    panel.tabs.setCurrentIndex(2)
    click(qtbot, panel.events.add_event_button)  # nothing typed: the date is named
    assert panel.events.event_errors.message("occurred_on")
    qtbot.keyClicks(panel.events.event_date.edit, "20 Jun 2027")
    click(qtbot, panel.events.add_event_button)  # no "what happened"
    assert panel.events.event_errors.message("what") == "Say what happened."
    assert svc.get_plan(profile, plan_id).events == ()
    qtbot.keyClicks(panel.events.event_what, "Cough worse after the inhaler")
    panel.events.event_severity.setCurrentIndex(2)
    qtbot.keyClicks(panel.events.event_told_on.edit, "21 Jun 2027")
    qtbot.keyClicks(panel.events.event_whom, "Trial nurse")
    qtbot.keyClicks(panel.events.event_outcome, "Inhaler technique checked")
    click(qtbot, panel.events.add_event_button)
    [event] = svc.get_plan(profile, plan_id).events
    assert (event.what, event.severity, event.told_on, event.told_whom) == (
        "Cough worse after the inhaler", 2, date(2027, 6, 21), "Trial nurse")
    assert panel.events.events_model.rowCount() == 1
    assert panel.events.events_model.data(panel.events.events_model.index(0, 3)).startswith("yes, 21")

    # choose it, correct it, save it; then delete it after saying yes
    assert not panel.events.save_event_button.isEnabled()
    panel.events.events_table.selectRow(0)
    assert panel.events.event_what.text() == "Cough worse after the inhaler" and panel.events.event_severity.currentData() == 2
    panel.events.event_outcome.clear()
    qtbot.keyClicks(panel.events.event_outcome, "Settled in a week")
    click(qtbot, panel.events.save_event_button)
    assert svc.get_plan(profile, plan_id).events[0].outcome == "Settled in a week"
    panel.events.events_table.selectRow(0)
    prompter.answers["confirm"] = False
    click(qtbot, panel.events.delete_event_button)
    assert len(svc.get_plan(profile, plan_id).events) == 1
    prompter.answers["confirm"] = True
    click(qtbot, panel.events.delete_event_button)
    assert svc.get_plan(profile, plan_id).events == () and panel.events.events_model.rowCount() == 0


def test_moving_a_visit_through_the_panel(qtbot: Any, profile: Any) -> None:
    trial_id, plan_id = _plan(profile)
    ctx = AppContext(profile, clock=lambda: _at(date(2027, 2, 1)))
    panel = FollowupPanel(ctx, trial_id=trial_id)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    click(qtbot, panel.visits.move_button)
    assert "Choose the visit" in panel.message.text()
    panel.visits.visits_table.selectRow(2)
    qtbot.keyClicks(panel.visits.move_field.edit, "12 Jul 2027")
    click(qtbot, panel.visits.move_button)
    six = svc.get_plan(profile, plan_id).visits[2]
    assert six.on == date(2027, 7, 12)
    assert six.appointment_at.astimezone(LONDON).date() == date(2027, 7, 12)
    assert "(moved)" in panel.visits.visits_model.data(panel.visits.visits_model.index(2, 1))

    # the 6-month visit (still chosen) needs a liver test too
    assert panel.visits.visit_test_boxes["dlco_percent_predicted"].isChecked()
    assert not panel.visits.visit_test_boxes["alt_u_l"].isChecked()
    panel.visits.visit_test_boxes["alt_u_l"].setChecked(True)
    panel.visits.visit_test_boxes["six_minute_walk_m"].setChecked(False)
    click(qtbot, panel.visits.save_tests_button)
    assert svc.get_plan(profile, plan_id).visits[2].tests == (
        "fvc_percent_predicted", "dlco_percent_predicted", "alt_u_l")
    assert panel.visits.visits_model.data(panel.visits.visits_model.index(2, 2)) == "FVC, DLCO and ALT"
    with profile.session_factory() as s:
        assert s.get(m.Appointment, six.appointment_id).notes == "Tests: FVC, DLCO and ALT."


def test_today_shows_tests_due_with_an_injected_clock(qtbot: Any, profile: Any) -> None:
    _trial_id, _plan_id = _plan(profile)
    clock = {"now": _at(date(2027, 6, 1))}
    ctx = AppContext(profile, clock=lambda: clock["now"])
    page = TodayPage(ctx)
    show(qtbot, page, 1200, 900)
    box = page.followup_box
    assert box.isVisible()
    text = " ".join(label.text() for label in box.findChildren(QLabel))
    assert "Next: 6-month visit" in text and "due" not in text  # 33 days before the visit
    clock["now"] = _at(date(2027, 6, 13))
    page.refresh()
    text = " ".join(label.text() for label in box.findChildren(QLabel))
    assert "FVC, DLCO and 6MWD due at the 6-month visit on 4 Jul: book the lung function lab" in text


def test_follow_up_from_a_medication(qtbot: Any, profile: Any, prompter: Any) -> None:
    from careorganiser.services.medications import MedicationInput, create_medication
    from careorganiser.ui.medications.page import MedicationsPage

    _london(profile)
    med_id = create_medication(profile, MedicationInput(name="Nintedanib", strength="150 mg"))
    ctx = AppContext(profile, clock=lambda: _at(date(2027, 1, 2)))
    page = MedicationsPage(ctx)
    show(qtbot, page, 1200, 800)
    page.select_medication(med_id)

    def fill(dialog: FollowupDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        panel = dialog.panel
        panel.setup.visits_edit.setText("0, 1, 2, 3, 6, 12")
        for key, box in panel.setup.test_boxes.items():
            box.setChecked(key in ("alt_u_l", "ast_u_l", "bilirubin_umol_l"))
        panel.setup.ride_box.setChecked(False)
        panel.setup.time_edit.setText("25:00")
        click(qtbot, panel.setup.create_button)
        assert panel.setup.setup_errors.message("visit_time")
        assert svc.plan_for(profile, medication_id=med_id) is None  # nothing half-saved
        panel.setup.time_edit.setText("14:00")
        click(qtbot, panel.setup.create_button)
        return 0

    prompter.answers["run_dialog"] = fill
    click(qtbot, page.followup_button)
    plan = svc.plan_for(profile, medication_id=med_id)
    assert plan is not None and [v.offset.value for v in plan.visits] == [0, 1, 2, 3, 6, 12]
    assert plan.tests == ("alt_u_l", "ast_u_l", "bilirubin_umol_l") and not plan.ride_needed


def test_every_control_has_a_name_and_labels_have_buddies(qtbot: Any, profile: Any) -> None:
    from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QTabBar

    from careorganiser.services.medications import MedicationInput, create_medication

    trial_id, _plan_id = _plan(profile)
    med_id = create_medication(profile, MedicationInput(name="Nintedanib"))
    ctx = AppContext(profile, clock=lambda: _at(date(2027, 2, 1)))
    for panel in (FollowupPanel(ctx, trial_id=trial_id), FollowupPanel(ctx, medication_id=med_id)):
        qtbot.addWidget(panel)
        for button in panel.findChildren(QAbstractButton):
            if button.objectName().startswith("qt_") or isinstance(button.parent(), QTabBar):
                continue
            assert button.accessibleName() and button.text().replace("&", "").strip(), button
        for widget in panel.findChildren(QComboBox) + panel.findChildren(QPlainTextEdit) + \
                panel.findChildren(QLineEdit):
            if widget.objectName().startswith("qt_") or isinstance(widget.parent(), QComboBox):
                continue
            assert widget.accessibleName(), widget
        buddies = {label.buddy().accessibleName() for label in panel.findChildren(QLabel) if label.buddy()}
        assert {"Baseline date", "Visits after baseline", "Time of the visits", "What happened", "Severity",
                "Measurement shown in the chart"} <= buddies


def test_no_two_visible_controls_share_a_mnemonic(qtbot: Any, profile: Any) -> None:
    import re

    from PySide6.QtWidgets import QLabel

    trial_id, _plan_id = _plan(profile)
    panel = FollowupPanel(AppContext(profile, clock=lambda: _at(date(2027, 2, 1))), trial_id=trial_id)
    show(qtbot, panel, 900, 760)

    def letter(text: str) -> str | None:
        found = re.search(r"&([^&])", text)
        return found.group(1).lower() if found else None

    for index in range(panel.tabs.count()):
        panel.tabs.setCurrentIndex(index)
        texts = [panel.tabs.tabText(i) for i in range(panel.tabs.count())]
        texts += [w.text() for w in panel.findChildren(QAbstractButton) if w.isVisible()]
        texts += [w.text() for w in panel.findChildren(QLabel) if w.isVisible() and w.buddy() is not None]
        letters = [x for x in (letter(t) for t in texts) if x]
        assert len(letters) == len(set(letters)), (panel.tabs.tabText(index), sorted(letters))
    from careorganiser.services.medications import MedicationInput, create_medication

    setup = FollowupPanel(AppContext(profile, clock=lambda: _at(date(2027, 2, 1))),
                          medication_id=create_medication(profile, MedicationInput(name="Nintedanib")))
    show(qtbot, setup, 900, 760)
    texts = [w.text() for w in setup.findChildren(QAbstractButton) if w.isVisible()]
    texts += [w.text() for w in setup.findChildren(QLabel) if w.isVisible() and w.buddy() is not None]
    letters = [x for x in (letter(t) for t in texts) if x]
    assert len(letters) == len(set(letters)) and len(letters) >= 9, sorted(letters)


def test_an_event_logged_puts_its_row_in_place_and_reads_nothing_else(qtbot: Any, profile: Any,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """From an empty profile: the plan made through the set-up form, events typed into the log. Adding,
    changing or deleting an event reads those rows again only: the other lists are not read again, the
    events' model is never reset, the chosen row and the scroll position stay."""
    _london(profile)
    trial_id = trials.add_trial_manually(profile, "NCT09900001", "Inhaled antifibrotic in IPF")
    trials.set_interest(profile, trial_id, "enrolled")
    panel = FollowupPanel(AppContext(profile, clock=lambda: _at(date(2027, 3, 1))), trial_id=trial_id)
    show(qtbot, panel, 900, 520)
    panel.setup.baseline_field.edit.clear()
    qtbot.keyClicks(panel.setup.baseline_field.edit, "4 Jan 2027")
    click(qtbot, panel.setup.create_button)
    assert panel.stack.currentIndex() == 1
    panel.tabs.setCurrentIndex(2)
    events = panel.events
    for day in range(1, 21):  # enough rows to scroll
        events.event_date.edit.clear()
        qtbot.keyClicks(events.event_date.edit, f"{day} Feb 2027")
        qtbot.keyClicks(events.event_what, f"Cough, day {day}")
        click(qtbot, events.add_event_button)
    assert events.events_model.rowCount() == 20 and events.event_errors.message("what") in ("", None)

    reads: list[str] = []
    for name in ("plan_for", "overview"):
        monkeypatch.setattr(svc, name, lambda *a, _n=name, _f=getattr(svc, name), **k: (reads.append(_n), _f(*a, **k))[1])
    resets: list[str] = []
    for model in (events.events_model, panel.visits.visits_model, panel.changes.changes_model):
        model.modelReset.connect(lambda m=model: resets.append(m.objectName() or "a model"))
    visits_changed: list[object] = []
    panel.visits.visits_model.dataChanged.connect(lambda *a: visits_changed.append(a))
    table = events.events_table
    table.selectRow(15)
    chosen = events._selected_event()
    table.verticalScrollBar().setValue(table.verticalScrollBar().maximum())
    scrolled = table.verticalScrollBar().value()
    assert scrolled > 0

    events.event_what.setText("")
    events.event_date.edit.clear()
    qtbot.keyClicks(events.event_date.edit, "1 Jan 2027")  # falls first in the log
    qtbot.keyClicks(events.event_what, "Nausea before baseline")
    click(qtbot, events.add_event_button)
    rows = events.events_model.rows()
    assert rows[0].what == "Nausea before baseline" and len(rows) == 21
    assert events._selected_event() == chosen and table.verticalScrollBar().value() >= scrolled
    svc.update_event(profile, chosen.id, occurred_on=chosen.occurred_on, what="Cough, settled", severity=1,
                     told=False, told_on=None, told_whom="", outcome="")
    assert events._selected_event().what == "Cough, settled"
    svc.delete_event(profile, rows[1].id, _at(date(2027, 3, 1)))
    assert events.events_model.rowCount() == 20 and events._selected_event().id == chosen.id
    assert [e.id for e in events.events_model.rows()] == [e.id for e in svc.get_plan(profile, panel.plan.id).events]
    assert reads == [] and resets == [] and visits_changed == []  # nothing else was read or redrawn

    measurements.add_measurement(profile, _at(date(2027, 1, 4)), "fvc_percent_predicted", 62, source="clinic")
    assert reads == ["plan_for", "overview"]  # any other change reads the plan again...
    assert resets == [] and events._selected_event().id == chosen.id  # ...and the lists keep their place
