"""From a new empty profile, through the widgets: weights typed on the Journal's measurements tab, the cystic
fibrosis sample imported on the Trials page, and its "Weight must be stable within 5% for 3 months" read against
them; the pack says what the window says."""

from __future__ import annotations

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
SINGLE = Path(__file__).parent / "fixtures" / "ctgov" / "v2-single-study_NCT00763412_cystic-fibrosis.json"
STABLE = "Weight must be stable within 5% for 3 months prior to initiation visit"


def type_weights(qtbot: Any, profile: Any, weights: list[tuple[str | None, str]]) -> None:
    """Each (day as typed or None for now, kilograms as typed) saved on the measurements tab."""
    page = JournalPage(AppContext(profile, clock=lambda: NOW))
    show(qtbot, page, 1100, 760)
    page.tabs.setCurrentWidget(page.measures)
    panel = page.measures
    panel.kind_combo.setCurrentIndex(panel.kind_combo.findData("weight_kg"))
    for day, kilograms in weights:
        if day is not None:
            panel.when.day.edit.clear()
            qtbot.keyClicks(panel.when.day.edit, day)
            panel.when.time.clear()
            qtbot.keyClicks(panel.when.time, "10.00")
        else:
            panel.when.set_local(NOW, page.ctx.zone)
        qtbot.keyClicks(panel.value_edit, kilograms)
        qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert measurements.count_measurements(profile) == len(weights)


def import_and_show(qtbot: Any, profile: Any, prompter: Any) -> tuple[TrialsPage, int]:
    page = TrialsPage(AppContext(profile, clock=lambda: NOW))
    show(qtbot, page, 1200, 900)
    wait_idle(qtbot, page)
    prompter.answers["open_files"] = [str(SINGLE)]
    click(qtbot, page.import_button)
    assert page.message.text().startswith("1 trial: 1 added.")
    page.detail.tabs.setCurrentIndex(DetailTab.PRESCREEN)
    model = page.detail.prescreen.model
    [row] = [r for r in range(model.rowCount()) if cell(model, r, 2) == STABLE]
    return page, row


def pack_row(profile: Any) -> tuple[Any, str]:
    data = packs.gather_pack(profile, None, NOW)
    [trial] = data.trials
    assert trial.chosen  # considering: in the pack by default
    [item] = [i for i in trial.key_items if i.text == STABLE]
    text = samples.flat("\n".join(samples.page_texts(packs.render_document("pack", data, PackOptions()))))
    return item, text


def test_a_weight_that_changed_by_more_than_5_percent_does_not_fit(qtbot: Any, profile: Any, prompter: Any) -> None:
    type_weights(qtbot, profile, [("04/09/2026", "80"), (None, "74")])
    page, row = import_and_show(qtbot, profile, prompter)
    model = page.detail.prescreen.model
    assert cell(model, row, 0) == "\u2717 Conflicts"
    assert cell(model, row, 4) == "Weight change of 7.5 % (80 kg \u2192 74 kg)"
    why = cell(model, row, 3)
    assert "largest change is 7.5 %" in why and "3 months" in why and "\u2264 5%" in why
    page.detail.prescreen.table.selectRow(row)
    assert page.detail.prescreen.reason.text().startswith("\u2717 Conflicts: ")
    # the pack: the same verdict, the same change
    item, text = pack_row(profile)
    assert item.status == "conflicts"
    assert item.value_text == "Weight change of 7.5 % (80 kg \u2192 74 kg) on 3 Dec 2026"
    assert "Weight change of 7.5 % (80 kg \u2192 74 kg) on 3 Dec 2026" in text


def test_weights_that_do_not_cover_the_three_months_are_not_a_fit(qtbot: Any, profile: Any, prompter: Any) -> None:
    type_weights(qtbot, profile, [("20/11/2026", "80"), (None, "80.5")])
    page, row = import_and_show(qtbot, profile, prompter)
    model = page.detail.prescreen.model
    assert cell(model, row, 0) == "\u25cb No recent data"
    assert cell(model, row, 4) == "Weight readings from 20 Nov 2026 to 3 Dec 2026 only"
    assert "do not cover the 3 months" in cell(model, row, 3)
    item, text = pack_row(profile)
    assert item.status == "no_data"
    assert item.value_text == "Weight readings from 20 Nov 2026 to 3 Dec 2026 only"
    assert "No Weight recorded" not in text
    assert "Weight readings from 20 Nov 2026 to 3 Dec 2026 only" in text
