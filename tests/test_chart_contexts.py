"""The journal's trend chart keeps readings taken at rest and on exertion apart, as the printed pack does.

Before, SpO2 at rest (94-96 %) and on exertion (85-86 %) were one line zigzagging 96-85-94-86-95: swings that
never happened. And the date labels were counted from the chart's whole width, so with large text they
ran into each other.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCharts import QLineSeries, QScatterSeries
from PySide6.QtCore import QDate, QDateTime, QPointF, Qt, QTime
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtWidgets import QToolTip

from careorganiser.services import measurements
from careorganiser.ui.context import AppContext
from careorganiser.ui.journal.page import JournalPage

from ui_helpers import show, wait_chart

NOW = datetime(2026, 11, 21, 10, 0, tzinfo=UTC)


def add_reading(qtbot, panel, kind: str, value: str, day: str, context: str = "") -> None:
    """Type one reading into the form as the caregiver would, and save it."""
    panel.kind_combo.setCurrentIndex(panel.kind_combo.findData(kind))
    panel.when.day.edit.clear()
    qtbot.keyClicks(panel.when.day.edit, day)
    panel.when.time.clear()
    qtbot.keyClicks(panel.when.time, "09:00")
    qtbot.keyClicks(panel.value_edit, value)
    panel.context_combo.setCurrentIndex(panel.context_combo.findData(context))
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert panel.value_edit.text() == "", panel.errors


def drawn(chart, kind: type) -> list[tuple[str, list[float]]]:
    """The series of one type the chart draws: name and values."""
    return [(s.name(), [p.y() for p in s.points()]) for s in chart.chart.series()
            if isinstance(s, kind) and s.isVisible() and s.count()]


def key_text(chart) -> str:
    """The key under the chart as read: each series' mark and name."""
    if chart.key.isHidden():
        return ""
    document = QTextDocument()
    document.setHtml(chart.key.text())
    return " ".join(document.toPlainText().replace("\u00a0", " ").split())


@pytest.mark.qt_log_ignore("does not support raise")  # the tooltip, offscreen
def test_spo2_at_rest_and_on_exertion_are_two_series_from_an_empty_profile(qtbot, profile, qtmodeltester) -> None:
    page = JournalPage(AppContext(profile, clock=lambda: NOW))
    show(qtbot, page, 1100, 760)
    page.tabs.setCurrentWidget(page.measures)
    panel = page.measures
    for value, day, context in (("96", "10/11/2026", "rest"), ("85", "12/11/2026", "exertion"),
                                ("94", "15/11/2026", "rest"), ("86", "18/11/2026", "exertion"),
                                ("95", "20/11/2026", "rest")):
        add_reading(qtbot, panel, "spo2_percent", value, day, context)
    add_reading(qtbot, panel, "weight_kg", "62", "15/11/2026")
    add_reading(qtbot, panel, "weight_kg", "61.5", "20/11/2026")
    assert sorted((x.kind, x.value, x.context) for x in measurements.list_measurements(profile)) == [
        ("spo2_percent", 85.0, "exertion"), ("spo2_percent", 86.0, "exertion"), ("spo2_percent", 94.0, "rest"),
        ("spo2_percent", 95.0, "rest"), ("spo2_percent", 96.0, "rest"), ("weight_kg", 61.5, None),
        ("weight_kg", 62.0, None)]
    qtmodeltester.check(panel.model)

    # SpO2: a line at rest and a line on exertion, never one through both
    panel.filter_combo.setCurrentIndex(panel.filter_combo.findData("spo2_percent"))
    chart = wait_chart(qtbot, panel)
    assert chart.kind.key == "spo2_percent"
    # (what is drawn: before, one line 96, 85, 94, 86, 95)
    assert drawn(chart, QLineSeries) == [("SpO2 at rest", [96.0, 94.0, 95.0]), ("SpO2 on exertion", [85.0, 86.0])]
    assert [len(values) for _name, values in drawn(chart, QScatterSeries)] == [3, 2]
    assert key_text(chart) == "\u25cf At rest \u25b3 On exertion"  # a filled circle, a hollow triangle
    # told apart without colour: a pattern and a marker shape each
    assert chart.lines[0].pen().style() != chart.lines[1].pen().style()
    assert chart.marks[0].markerShape() != chart.marks[1].markerShape()
    # in words, each context with its own lowest and highest
    summary = chart.summary.text()
    assert "At rest: Latest 95 % on 20 Nov 2026. 3 values since 10 Nov 2026: lowest 94 %, highest 96 %." in summary
    assert "On exertion: Latest 86 % on 18 Nov 2026. 2 values since 12 Nov 2026: lowest 85 %, highest 86 %." in summary
    assert "lowest 85 %, highest 96 %" not in summary
    described = chart.view.accessibleDescription()
    assert "Values by date, at rest: 10 Nov 2026: 96 %, 15 Nov 2026: 94 %, 20 Nov 2026: 95 %." in described
    assert "Values by date, on exertion: 12 Nov 2026: 85 %, 18 Nov 2026: 86 %." in described
    # the pointer on a mark says which context it is
    point = chart.marks[1].points()[0]
    assert chart.point_text(1, point) == "SpO2 on exertion: 85 % on 12 Nov 2026"
    chart.marks[1].hovered.emit(QPointF(point), True)
    assert QToolTip.text() == "SpO2 on exertion: 85 % on 12 Nov 2026"
    chart.marks[1].hovered.emit(QPointF(point), False)

    # A kind whose readings never say: one series, no legend to explain, no context in its words
    panel.filter_combo.setCurrentIndex(panel.filter_combo.findData("weight_kg"))
    chart = wait_chart(qtbot, panel)
    assert chart.kind.key == "weight_kg"
    assert drawn(chart, QLineSeries) == [("Weight", [62.0, 61.5])]
    assert [len(values) for _name, values in drawn(chart, QScatterSeries)] == [2]
    assert key_text(chart) == ""
    assert chart.summary.text().startswith("Latest 61.5 kg on 20 Nov 2026.")
    assert "Values by date: 15 Nov 2026: 62 kg, 20 Nov 2026: 61.5 kg." in chart.view.accessibleDescription()
    assert chart.point_text(0, chart.marks[0].points()[0]) == "Weight: 62 kg on 15 Nov 2026"

    # Back on SpO2, a reading that does not say joins as its own series, named so
    panel.filter_combo.setCurrentIndex(panel.filter_combo.findData("spo2_percent"))
    add_reading(qtbot, panel, "spo2_percent", "93", "21/11/2026")
    chart = wait_chart(qtbot, panel)
    assert [(name, len(values)) for name, values in drawn(chart, QLineSeries)] == [
        ("SpO2 at rest", 3), ("SpO2 on exertion", 2), ("SpO2 activity not stated", 1)]
    assert key_text(chart) == "\u25cf At rest \u25b3 On exertion \u25a0 Activity not stated"
    page.ctx.close()


def date_labels_fit(chart) -> tuple[bool, str]:
    """Whether the date labels, as drawn at their ticks, stand apart: the ticks at least as far apart as the
    widest label the axis can print (in its font, its language, any month)."""
    axis = chart.x_axis
    metrics = QFontMetrics(axis.labelsFont())
    widest = max(metrics.horizontalAdvance(chart.chart.locale().toString(QDateTime(QDate(2026, month, 28), QTime(9, 0)),
                                                                          axis.format())) for month in range(1, 13))
    ticks = axis.tickCount()
    apart = chart.chart.plotArea().width() / (ticks - 1)
    return apart >= widest, f"{ticks} ticks, {apart:.0f} px apart, labels up to {widest} px"


@pytest.mark.parametrize("scale", [1.0, 2.0])
@pytest.mark.parametrize("width", [420, 640, 1000])
def test_date_labels_never_run_into_each_other(qtbot, profile, scale: float, width: int) -> None:
    """At 200 % text, the labels were counted from the chart's width less 100 px, for "30 May 2026": with the
    wider value labels and "30 Sept 2026", five labels came where three fit."""
    for days in range(0, 170, 7):  # weekly, at rest and on exertion by turns
        measurements.add_measurement(profile, NOW - timedelta(days=days), "spo2_percent", 90 + days % 7,
                                     context="rest" if days % 2 else "exertion", now=NOW)
    page = JournalPage(AppContext(profile, clock=lambda: NOW))
    font = page.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    page.setFont(font)
    show(qtbot, page, 1100, 900)
    page.tabs.setCurrentWidget(page.measures)
    panel = page.measures
    chart = wait_chart(qtbot, panel)
    assert chart.x_axis.format() == "d MMM yyyy"
    chart.setParent(None)  # on its own, at the width asked for, with the text size of the window
    chart.setFont(font)
    show(qtbot, chart, width, 420)
    assert chart.x_axis.labelsFont().pointSizeF() == font.pointSizeF()
    qtbot.waitUntil(lambda: chart.chart.plotArea().width() > 0)
    fits, said = date_labels_fit(chart)
    assert fits, said
    assert chart.x_axis.tickCount() >= 2
    # the key and the words below keep every line they need (they were drawn over the dates with large text)
    for label in (chart.key, chart.summary):
        assert label.height() >= label.heightForWidth(label.width()), label.accessibleName()
    page.ctx.close()


def test_years_of_daily_readings_are_drawn_thinned_and_counted_whole(qtbot) -> None:
    """Five years of SpO2 at rest and on exertion every day: 3,650 marks took the window 200 ms to lay out
    and 300 ms to paint. Each series is drawn by the lowest and highest reading of each span of time; the
    words still count every reading."""
    from zoneinfo import ZoneInfo

    from careorganiser.domain.catalogue import builtin_kinds
    from careorganiser.domain.readings import by_context
    from careorganiser.ui.journal.measurement_chart import DRAWN_BUCKETS, TrendChart, thinned

    readings = []
    for day in range(1825):
        readings.append((NOW - timedelta(days=day, hours=2), 94.0 + day % 3, "rest"))
        readings.append((NOW - timedelta(days=day, hours=1), 86.0 + day % 4, "exertion"))
    readings.append((NOW - timedelta(days=1000), 79.0, "exertion"))  # one bad day
    readings.sort()
    parts = by_context(readings)
    exertion = parts[1].points
    drawn = thinned(exertion)
    assert len(drawn) <= 2 * DRAWN_BUCKETS + 2
    assert drawn == sorted(drawn) and drawn[0] == exertion[0] and drawn[-1] == exertion[-1]
    assert min(v for _t, v in drawn) == 79.0 and max(v for _t, v in drawn) == 89.0
    assert set(drawn) <= set(exertion)  # only real readings, none made up
    assert thinned(exertion[:100]) == list(exertion[:100])  # few: all drawn

    chart = TrendChart()
    show(qtbot, chart, 700, 420)
    chart.show_series(builtin_kinds()["spo2_percent"], parts, (None, None), ZoneInfo("Europe/London"))
    assert [s.count() for s in chart.lines] == [len(thinned(parts[0].points)), len(drawn)]
    assert "1826 values since" in chart.summary.text() and "lowest 79 %" in chart.summary.text()


def test_a_chart_that_cannot_be_read_says_so_where_it_would_be(qtbot, profile, monkeypatch) -> None:
    """The chart is read in a worker: a failure there is told in the chart's place, and the list still works."""
    from careorganiser.store.errors import ProfileDamaged

    measurements.add_measurement(profile, NOW, "spo2_percent", 95, context="rest", now=NOW)

    def broken(_profile, _kind):
        raise ProfileDamaged("The profile file is damaged.")

    monkeypatch.setattr(measurements, "chart", broken)
    page = JournalPage(AppContext(profile, clock=lambda: NOW))
    show(qtbot, page, 1100, 760)
    page.tabs.setCurrentWidget(page.measures)
    panel = page.measures
    qtbot.waitUntil(lambda: "The trend could not be drawn." in panel.chart.empty.text())
    assert panel.chart.stack.currentWidget() is panel.chart.empty
    assert panel.model.rowCount() == 1
    monkeypatch.undo()
    panel.refresh()  # the next change reads it again
    chart = wait_chart(qtbot, panel)
    assert chart.stack.currentWidget() is chart.view and chart.line.count() == 1
    page.ctx.close()
