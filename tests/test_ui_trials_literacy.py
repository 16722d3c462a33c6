"""The trial page shows the reason of each item and each check, for a profile filled from empty."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from test_trials_literacy_store import NOW, fill
from test_ui_trials import cell, check_models, make_page


def test_trial_page_shows_why_each_item_has_its_status(qtbot: Any, profile: Any, tmp_path: Path,
                                                       qtmodeltester: Any) -> None:
    fill(profile, tmp_path)
    page = make_page(qtbot, profile, NOW)
    detail = page.detail
    detail.tabs.setCurrentIndex(1)
    model = detail.prescreen.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    why = headers.index("Why")
    rows = {cell(model, r, 2).split("\n")[0][:40]: r for r in range(model.rowCount())}
    lung = rows["The diffusion capacity of carbon monoxid"]
    assert cell(model, lung, 0) == "\u2717 Conflicts"
    assert "DLCO % predicted 25%" in cell(model, lung, why) and "30\u201380%" in cell(model, lung, why)
    walk = rows["SpO2 < 89% during the 6MWT"]
    assert "86%" in cell(model, walk, why) and "on exertion" in cell(model, walk, why)
    for r in range(model.rowCount()):
        assert cell(model, r, why)  # every item says why
    detail.prescreen.table.selectRow(lung)
    shown = detail.prescreen.reason.text()
    assert shown.startswith("\u2717 Conflicts: ")
    assert "\u2022 FVC % predicted 40\u201370% \u2014 \u2713 Fits" in shown  # each check of the item
    check_models(qtmodeltester, page)
