"""A measured value reads as it was recorded wherever it stands beside a limit: the measurements list, the
pack, the pre-screen and the follow-up's lines. FVC 62.5 % once read "63 %" in the list while the pre-screen
said "needs >= 63 %: conflicts". Built from an empty profile."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pack_samples as samples
import pytest
from PySide6.QtCore import Qt

from careorganiser import i18n
from careorganiser.domain.catalogue import builtin_kind, format_value
from careorganiser.domain.formatting import format_measured, measured
from careorganiser.pack.model import PackOptions
from careorganiser.services import measurements, packs, trials
from careorganiser.ui.context import AppContext
from careorganiser.ui.journal.page import JournalPage
from ui_helpers import show, wait_chart

NOW = datetime(2026, 12, 3, 11, 0, tzinfo=UTC)


def fvc_trial(tmp_path: Path) -> Path:
    document = {"protocolSection": {
        "identificationModule": {"nctId": "NCT09000001", "briefTitle": "A lung fibrosis study"},
        "statusModule": {"overallStatus": "RECRUITING"},
        "eligibilityModule": {"eligibilityCriteria": "Inclusion Criteria:\n\n* FVC >= 63% predicted\n"},
    }}
    path = tmp_path / "NCT09000001.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


@pytest.mark.parametrize(("value", "decimals", "shown"), [
    (62.5, 0, "62.5"), (63.0, 0, "63"), (1.98, 2, "1.98"), (61.0, 1, "61"), (97.262, 0, "97.262"),
    (2.3999999999999986, 0, "2.4"), (0.1499999999999999, 2, "0.15"), (-0.0, 0, "0"), (1234567.0, 0, "1234567")])
def test_a_measured_value_keeps_the_places_it_was_recorded_with(value: float, decimals: int, shown: str) -> None:
    assert measured(value, decimals) == shown


def test_the_spanish_decimal_comma() -> None:
    i18n.set_language("es")
    try:
        assert format_measured(62.5, 0) == "62,5"
    finally:
        i18n.set_language("en")


def test_the_list_shows_what_was_typed_beside_what_the_pre_screen_used(qtbot: Any, profile: Any,
                                                                        tmp_path: Path) -> None:
    page = JournalPage(AppContext(profile, clock=lambda: NOW))
    show(qtbot, page, 1100, 760)
    page.tabs.setCurrentWidget(page.measures)
    panel = page.measures
    panel.kind_combo.setCurrentIndex(panel.kind_combo.findData("fvc_percent_predicted"))
    qtbot.keyClicks(panel.value_edit, "62.5")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    [row] = measurements.list_measurements(profile)
    assert row.value == 62.5
    assert panel.model.data(panel.model.index(panel.model.row_of_id(row.id), 2)) == "62.5 %"
    wait_chart(qtbot, panel)
    assert "62.5 %" in panel.chart.summary.text()
    # the pre-screen of a trial that needs 63 %: the value it names is the one the list shows
    trials.import_trial_files(profile, [fvc_trial(tmp_path)], now=NOW)
    [item] = [i for i in trials.prescreen_trial(profile, "NCT09000001", NOW) if i.measurement == "fvc_percent_predicted"]
    assert item.status == "conflicts"
    assert "62.5%" in item.reason and "63%" not in item.reason.replace("\u2265 63%", "").replace(">= 63%", "")


def test_the_pack_prints_the_recorded_value_in_every_place(profile: Any, tmp_path: Path) -> None:
    taken = NOW - timedelta(days=3)
    measurements.add_measurement(profile, taken - timedelta(days=30), "fvc_percent_predicted", 64, source="clinic")
    measurements.add_measurement(profile, taken, "fvc_percent_predicted", 62.5, source="clinic",
                                 range_low=62.5)
    trials.import_trial_files(profile, [fvc_trial(tmp_path)], now=NOW)
    data = packs.gather_pack(profile, None, NOW)
    text = samples.flat("\n".join(samples.page_texts(packs.render_document("pack", data, PackOptions()))))
    assert "Latest 62.5% on" in text
    assert "lowest 62.5%, highest 64%" in text
    assert "reference 62.5% or more" in text
    assert "−1.5 points" in text  # the change from 64 %, not "-2"
    assert "FVC % predicted 62.5% on" in text  # the pre-screen's line
    assert "63%" not in text.replace("63% predicted", "").replace("\u2265 63%", "").replace(">= 63%", "")


def test_the_one_function_for_the_window_and_the_pack() -> None:
    kind = builtin_kind("fvc_percent_predicted")
    assert kind is not None and kind.decimals == 0
    assert format_value(kind, 62.5) == measured(62.5, kind.decimals) == "62.5"
    assert format_value(kind, 62.0) == "62"


def test_the_chart_axis_never_prints_two_ticks_as_one_number(qtbot: Any) -> None:
    """62.5 and 63.5 ticks read "62" / "64" under a whole-number format: 64, 64, 63, 63 down the axis."""
    from PySide6.QtCharts import QValueAxis

    from careorganiser.ui.journal.measurement_chart import axis_decimals

    axis = QValueAxis()
    for low, high, ticks, decimals in ((62.0, 64.5, 6, 1), (60.0, 70.0, 6, 0), (0.6, 0.9, 4, 1), (1.0, 1.25, 6, 2)):
        axis.setRange(low, high)
        axis.setTickCount(ticks)
        assert axis_decimals(axis) == decimals, (low, high, ticks)


def test_the_pack_charts_latest_value_label_is_the_recorded_value() -> None:
    """The chart beside "Latest 62.5%" labelled its last point "63"."""
    from careorganiser.pack.model import PackMeasurementSeries
    from careorganiser.pack.pdf import charts, fonts
    from careorganiser.pack.pdf.layout import make_layout
    from careorganiser.pack.pdf.shapes import String

    points = ((NOW - timedelta(days=40), 64.0), (NOW - timedelta(days=3), 62.5))
    series = PackMeasurementSeries(kind="fvc_percent_predicted", label="FVC % predicted", unit="%", points=points,
                                   range_low=None, range_high=None, decimals=0)
    layout = make_layout(PackOptions())
    drawing = charts.trend_chart(series, layout, "Europe/London", layout.frame_width, layout.frame_width * 0.3)
    latest = [item.text for item in drawing.contents if isinstance(item, String) and item.fontName == fonts.BOLD]
    assert latest == ["62.5"]
