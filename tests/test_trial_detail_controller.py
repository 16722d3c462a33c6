"""The trial detail pane's controller alone, with no widget: the words the pane shows, from an empty profile."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import fresh_imports

from careorganiser.services import appointments, trials
from careorganiser.ui.context import AppContext
from careorganiser.ui.trials.detail_controller import TrialDetailController

SEARCH = Path(__file__).parent / "fixtures" / "ctgov" / "v2-search-response_NCT06388018_recruiting.json"
NOW = datetime(2026, 11, 21, 10, 0, tzinfo=UTC)


def test_the_controller_needs_no_widgets() -> None:
    assert fresh_imports.GROUPS["trial detail controller"][0] == ("careorganiser.ui.trials.detail_controller",)
    assert fresh_imports.forbidden_loaded("trial detail controller") == []  # no PySide6.QtWidgets


def test_a_trial_added_by_number_then_imported_twice(profile, tmp_path) -> None:  # noqa: ANN001
    controller = TrialDetailController(AppContext(profile, clock=lambda: NOW))
    assert controller.load(None) is None and controller.load(999) is None and controller.trial_id is None

    trial_id = trials.add_trial_manually(profile, "NCT06388018", "A trial we heard of")
    d = controller.load(trial_id)
    assert d is not None and controller.trial_id == trial_id
    assert controller.title_text(d) == "A trial we heard of"
    assert controller.facts_text(d) == "NCT06388018 \u00b7 no ClinicalTrials.gov record saved yet"
    assert controller.changed_text(d) == ""
    assert controller.changes_intro(d) == "No record has been imported for this trial yet."
    assert controller.changes_tab_title(d) == "&What changed"
    assert controller.prescreen_summary([]).startswith("The record has no eligibility text")

    trials.import_trial_files(profile, [SEARCH], now=NOW)
    d = controller.load(trial_id)
    assert controller.facts_text(d) == "NCT06388018 \u00b7 Recruiting \u00b7 Phase 2 \u00b7 record imported 21 Nov 2026"
    assert controller.changes_intro(d).startswith("Nothing changed at the last import.")
    items = trials.prescreen_trial(profile, trial_id, NOW)
    assert items and " fit \u00b7 " in controller.prescreen_summary(items)

    document = json.loads(SEARCH.read_text(encoding="utf-8"))
    document["studies"][0]["protocolSection"]["statusModule"]["overallStatus"] = "ACTIVE_NOT_RECRUITING"
    changed = tmp_path / "changed.json"
    changed.write_text(json.dumps(document), encoding="utf-8")
    trials.import_trial_files(profile, [changed], now=NOW + timedelta(days=1))
    d = controller.load(trial_id)
    count = len(d.last_changes)
    assert count >= 1
    assert controller.changed_text(d) == (f"\u2139 This trial changed at the last import ({count} changes): "
                                          "see \u201cWhat changed\u201d.")
    assert controller.changes_tab_title(d) == f"&What changed ({count})"
    assert controller.changes_intro(d).startswith("What changed in the registry's record")

    assert not controller.notes_changed("  ")
    assert controller.notes_changed("Rang the coordinator.")
    trials.set_notes(profile, trial_id, "Rang the coordinator.")
    assert controller.reload().notes == "Rang the coordinator." and not controller.notes_changed("Rang the coordinator. ")


def test_where_questions_go_and_what_adding_them_did(profile) -> None:  # noqa: ANN001
    controller = TrialDetailController(AppContext(profile, clock=lambda: NOW))
    trial_id = trials.import_trial_files(profile, [SEARCH], now=NOW).trial_ids[0]
    controller.load(trial_id)
    assert "under \u201cNot planned yet\u201d (no appointment is planned)" in controller.questions_intro()
    added = trials.add_trial_questions(profile, trial_id, ["goals"], NOW)
    assert controller.added_text(added) == "Added 1 question under \u201cNot planned yet\u201d; see Questions."

    appointments.create_appointment(profile, day=(NOW + timedelta(days=3)).date(), at="09:30",
                                    purpose="Respiratory clinic")
    assert "for the next appointment: " in controller.questions_intro()
    assert "Respiratory clinic" in controller.questions_intro()
    keys = [c.key for c in trials.template_choices(profile, trial_id) if not c.already_added][:2] + ["goals"]
    added = trials.add_trial_questions(profile, trial_id, keys, NOW)
    assert controller.added_text(added).startswith("Added 2 questions for the next appointment (")
    assert controller.added_text(added).endswith("; see Questions. 1 were already in the list.")
