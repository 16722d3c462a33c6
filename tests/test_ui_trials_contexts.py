"""From a new empty profile, through the widgets: SpO2 readings typed on the Journal's measurements tab, each
with how it was taken, a trial imported on the Trials page, and its "Resting SpO2", "not on supplemental
oxygen", "during the 6-minute walk test" and "10 g/dL or more" items read against them; the pack says what the
window says."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pack_samples as samples
from PySide6.QtCore import Qt

from careorganiser.pack.model import PackOptions
from careorganiser.services import measurements, packs
from careorganiser.ui.context import AppContext
from careorganiser.ui.journal.page import JournalPage
from careorganiser.ui.trials.detail import DetailTab
from careorganiser.ui.trials.page import TrialsPage
from test_ui_trials import cell, click, wait_idle
from ui_helpers import show

NOW = datetime(2026, 12, 3, 11, 0, tzinfo=UTC)
SAMPLE = Path(__file__).parent / "fixtures" / "ctgov" / "v2-single-study_NCT00763412_cystic-fibrosis.json"
RESTING = "Resting SpO2 >= 92%"
ROOM_AIR = "SpO2 >= 90% while not on supplemental oxygen"
WALK = "SpO2 < 88% during the 6-minute walk test"
HAEMOGLOBIN = "Hemoglobin of 10 g/dL or more"
CRITERIA = f"Inclusion Criteria:\n\n* {RESTING}\n* {ROOM_AIR}\n* {HAEMOGLOBIN}\n\nExclusion Criteria:\n\n* {WALK}\n"


def trial_file(tmp_path: Path) -> Path:
    """The shared sample with these criteria and a number of its own."""
    record = json.loads(SAMPLE.read_text(encoding="utf-8"))
    record["protocolSection"]["identificationModule"]["nctId"] = "NCT09900077"
    eligibility = record["protocolSection"]["eligibilityModule"]
    eligibility["eligibilityCriteria"] = CRITERIA
    del eligibility["minimumAge"], eligibility["maximumAge"]  # only the items above
    path = tmp_path / "NCT09900077.json"
    path.write_text(json.dumps(record), encoding="utf-8")
    return path


def type_readings(qtbot: Any, profile: Any, readings: list[tuple[str, str, str, str]]) -> None:
    """Each (kind, day as typed, value as typed, context key or "" for not stated) saved on the measurements tab."""
    page = JournalPage(AppContext(profile, clock=lambda: NOW))
    show(qtbot, page, 1100, 760)
    page.tabs.setCurrentWidget(page.measures)
    panel = page.measures
    for kind, day, value, context in readings:
        panel.kind_combo.setCurrentIndex(panel.kind_combo.findData(kind))
        panel.when.day.edit.clear()
        qtbot.keyClicks(panel.when.day.edit, day)
        panel.when.time.clear()
        qtbot.keyClicks(panel.when.time, "09.00")
        panel.context_combo.setCurrentIndex(panel.context_combo.findData(context))
        assert panel.context_combo.currentData() == context
        qtbot.keyClicks(panel.value_edit, value)
        qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert measurements.count_measurements(profile) == len(readings)


def import_and_show(qtbot: Any, profile: Any, prompter: Any, tmp_path: Path) -> dict[str, tuple[str, str]]:
    """The pre-screen as the window shows it: item -> (status, why)."""
    page = TrialsPage(AppContext(profile, clock=lambda: NOW))
    show(qtbot, page, 1200, 900)
    wait_idle(qtbot, page)
    prompter.answers["open_files"] = [str(trial_file(tmp_path))]
    click(qtbot, page.import_button)
    assert page.message.text().startswith("1 trial: 1 added.")
    page.detail.tabs.setCurrentIndex(DetailTab.PRESCREEN)
    model = page.detail.prescreen.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    why = headers.index("Why")
    return {cell(model, r, 2): (cell(model, r, 0), cell(model, r, why)) for r in range(model.rowCount())}


def pack_items(profile: Any) -> tuple[dict[str, Any], str]:
    data = packs.gather_pack(profile, None, NOW)
    [trial] = data.trials
    text = samples.flat("\n".join(samples.page_texts(packs.render_document("pack", data, PackOptions()))))
    return {i.text: i for i in trial.key_items}, text


def test_each_item_is_judged_on_readings_taken_as_it_says(qtbot: Any, profile: Any, prompter: Any,
                                                          tmp_path: Path) -> None:
    type_readings(qtbot, profile, [("spo2_percent", "20/11/2026", "95", ""),
                                   ("spo2_percent", "01/12/2026", "93", "rest"),
                                   ("spo2_percent", "02/12/2026", "86", "exertion"),
                                   ("spo2_percent", "03/12/2026", "89", "on_oxygen"),
                                   ("haemoglobin_g_l", "01/12/2026", "95", "")])
    shown = import_and_show(qtbot, profile, prompter, tmp_path)
    status, why = shown[RESTING]
    assert status == "\u2713 Fits"
    assert why.startswith("SpO2 93% (at rest) on 1 Dec 2026; the item states \u2265 92%.")
    assert "A later reading (89% on 3 Dec 2026, on oxygen) is not held against this limit." in why
    status, why = shown[ROOM_AIR]
    assert status == "\u2713 Fits" and "SpO2 93% (at rest) on 1 Dec 2026" in why
    status, why = shown[WALK]
    assert status == "\u2717 Conflicts" and "SpO2 86% (on exertion) on 2 Dec 2026" in why
    status, why = shown[HAEMOGLOBIN]  # before: not read, "ask the trial team"
    assert status == "\u2717 Conflicts" and "\u2265 10 g/dL (100 g/L)" in why
    items, text = pack_items(profile)
    assert {t: i.status for t, i in items.items()} == {
        RESTING: "fits", ROOM_AIR: "fits", WALK: "conflicts", HAEMOGLOBIN: "conflicts"}
    assert items[RESTING].reason == why_of(shown, RESTING)
    assert "SpO2 93% (at rest) on 1 Dec 2026" in text


def why_of(shown: dict[str, tuple[str, str]], item: str) -> str:
    return shown[item][1]


def test_readings_that_do_not_say_or_are_on_oxygen_do_not_make_a_room_air_or_resting_item_fit(
        qtbot: Any, profile: Any, prompter: Any, tmp_path: Path) -> None:
    type_readings(qtbot, profile, [("spo2_percent", "01/12/2026", "95", ""),
                                   ("spo2_percent", "03/12/2026", "96", "on_oxygen")])
    shown = import_and_show(qtbot, profile, prompter, tmp_path)
    status, why = shown[RESTING]  # before: the reading that does not say made it fit
    assert status == "\u25cb No recent data"
    assert why == ("No SpO2 reading stated as taken at rest is recorded. The latest (96% on 3 Dec 2026, on oxygen) "
                   "cannot answer this.")
    status, why = shown[ROOM_AIR]  # before: "not on supplemental oxygen" was read as "on oxygen", and fitted on 96%
    assert status == "\u2713 Fits"
    assert why.startswith("SpO2 95% (activity not stated) on 1 Dec 2026")
    assert "A later reading (96% on 3 Dec 2026, on oxygen) is not held against this limit." in why
    status, why = shown[WALK]
    assert status == "\u25cb No recent data" and "No SpO2 reading stated as taken on exertion" in why
    items, text = pack_items(profile)
    assert items[RESTING].status == "no_data" and items[RESTING].reason == why_of(shown, RESTING)
    # the pack's "Our latest data" names the reading there is, not "No SpO2 recorded" beside a recorded SpO2
    assert "No SpO2 recorded" not in text and "SpO2 96% on 3 Dec 2026, on oxygen" in text
    assert items[ROOM_AIR].status == "fits" and items[ROOM_AIR].reason == why_of(shown, ROOM_AIR)
