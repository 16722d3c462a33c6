"""Charts in the app: symptom trends on the journal page, and value axes held to what can be measured."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from careorganiser.domain.catalogue import builtin_kinds
from careorganiser.domain.readings import ContextSeries
from careorganiser.services import symptoms
from careorganiser.ui.context import AppContext
from careorganiser.ui.journal.page import JournalPage
from careorganiser.ui.journal.measurement_chart import TrendChart

from ui_helpers import show

NOW = datetime(2026, 11, 21, 10, 0, tzinfo=UTC)


def make_page(qtbot, profile) -> JournalPage:
    ctx = AppContext(profile, clock=lambda: NOW)
    page = JournalPage(ctx)
    show(qtbot, page, 1100, 760)
    return page


def test_symptom_trends_from_an_empty_profile(qtbot, profile) -> None:
    page = make_page(qtbot, profile)
    page.tabs.setCurrentWidget(page.trends)
    trends = page.trends
    assert trends.symptom_combo.count() == 0
    assert trends.chart.stack.currentWidget() is trends.chart.empty
    assert "No symptoms noted yet" in trends.chart.empty.text()

    # Notes typed through the journal's own form, then the trend of one symptom.
    page.tabs.setCurrentWidget(page.notes)
    for days, breath, cough in ((50, 1, 0), (20, 2, 1), (10, 3, 1), (2, 4, 2)):
        symptoms.add_note(profile, NOW - timedelta(days=days),
                          [{"name": "breathlessness", "severity": breath}, {"name": "cough", "severity": cough}])
    page.tabs.setCurrentWidget(page.trends)
    qtbot.waitUntil(lambda: trends.symptom_combo.count() == 2)
    assert {trends.symptom_combo.itemText(i) for i in range(2)} == {"Breathlessness", "Cough"}
    trends.symptom_combo.setCurrentIndex(trends.symptom_combo.findData("breathlessness"))
    period = trends.period_combo
    period.setCurrentIndex(period.findData(30))
    assert [v for _t, v in trends.points] == [2, 3, 4]
    assert trends.chart.stack.currentWidget() is trends.chart.view
    assert trends.chart.line.count() == 3
    # The whole 0-4 scale, whatever the values.
    assert (trends.chart.y_axis.min(), trends.chart.y_axis.max()) == (0, 4)
    assert trends.chart.y_axis.tickCount() == 5
    assert "Latest 4" in trends.chart.summary.text()

    period.setCurrentIndex(period.count() - 1)  # all notes
    assert [v for _t, v in trends.points] == [1, 2, 3, 4]
    trends.symptom_combo.setCurrentIndex(trends.symptom_combo.findData("cough"))
    assert [v for _t, v in trends.points] == [0, 1, 1, 2]
    assert (trends.chart.y_axis.min(), trends.chart.y_axis.max()) == (0, 4)

    period.setCurrentIndex(period.findData(30))  # the last 30 days ...
    symptoms.add_note(profile, NOW - timedelta(hours=1), [{"name": "Cough", "severity": 3}])
    # ... a new note (any spelling of the name) shows at once.
    assert trends.points[-1][1] == 3
    page.ctx.close()


def test_symptom_trends_on_the_demo(qtbot, demo_profile) -> None:
    page = make_page(qtbot, demo_profile)
    page.tabs.setCurrentWidget(page.trends)
    trends = page.trends
    assert trends.symptom_combo.count() >= 3
    assert trends.points and all(0 <= v <= 4 for _t, v in trends.points)
    page.ctx.close()


def test_the_spo2_chart_stops_at_100(qtbot) -> None:
    """The reproduction: SpO2 values up to 99-100 made an axis up to 105%."""
    chart = TrendChart()
    qtbot.addWidget(chart)
    chart.resize(700, 400)
    chart.show()
    kind = builtin_kinds()["spo2_percent"]
    start = datetime(2026, 10, 1, 9, tzinfo=UTC)
    for values in ([96, 97, 99, 100], [92, 100], [88, 95, 99], [100, 100]):
        points = [(start + timedelta(days=i), float(v)) for i, v in enumerate(values)]
        chart.show_series(kind, [ContextSeries("", tuple(points))], (None, None), ZoneInfo("Europe/London"))
        assert chart.y_axis.max() <= 100, values
        assert chart.y_axis.min() <= min(values), values
        assert chart.y_axis.max() >= max(values), values
