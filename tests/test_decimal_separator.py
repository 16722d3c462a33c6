"""Spanish and Polish write decimals with a comma. The window's lists, cards and charts showed "62.5 kg"
(domain.formatting keeps the recorded digits, with a point); the digits stay as recorded and only the
separator follows the locale. The pack follows its language. From an empty profile, through the window."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pack_samples as samples
from PySide6.QtCore import Qt

from careorganiser.pack.model import PackOptions
from careorganiser.services import measurements, packs
from careorganiser.ui.context import AppContext
from careorganiser.ui.journal.page import JournalPage
from ui_helpers import language, show, wait_chart  # noqa: F401  (language: the fixture)

NOW = datetime(2026, 12, 3, 11, 0, tzinfo=UTC)



def test_the_window_and_the_pack_write_the_decimal_comma(qtbot: Any, profile: Any, language: str) -> None:
    page = JournalPage(AppContext(profile, clock=lambda: NOW))
    show(qtbot, page, 1100, 760)
    page.tabs.setCurrentWidget(page.measures)
    panel = page.measures
    panel.kind_combo.setCurrentIndex(panel.kind_combo.findData("weight_kg"))
    qtbot.keyClicks(panel.value_edit, "62,5")  # as the person types it
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    [row] = measurements.list_measurements(profile)
    assert row.value == 62.5
    shown = panel.model.data(panel.model.index(panel.model.row_of_id(row.id), 2))
    assert shown.startswith("62,5 ") and "62.5" not in shown
    wait_chart(qtbot, panel)
    summary = panel.chart.summary.text()
    assert "62,5" in summary and "62.5" not in summary
    # a second reading with more places than the kind keeps: its digits as recorded, the comma between them
    measurements.add_measurement(profile, NOW - timedelta(days=2), "weight_kg", 61.25, now=NOW)
    from careorganiser.ui.journal.measurement_words import value_text

    [older] = [r for r in measurements.list_measurements(profile) if r.value == 61.25]
    assert value_text(older, None).startswith("61,25")

    text = samples.flat("\n".join(samples.page_texts(packs.render_document(
        "pack", packs.gather_pack(profile, None, NOW), PackOptions()))))
    assert "62,5" in text and "61,25" in text
    assert "62.5" not in text and "61.25" not in text
