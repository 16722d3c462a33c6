"""Symptom trends: one symptom's severity over a chosen period, on the fixed 0-4 scale.

The chart is the measurements' trend chart, its value axis held at 0 (none) to 4 (very severe) whatever the
values, so two symptoms or two periods always compare at a glance.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from careorganiser.domain.catalogue import MeasurementKind
from careorganiser.domain.enums import SEVERITY_MAX, SEVERITY_MIN
from careorganiser.domain.readings import ContextSeries
from careorganiser.services import symptoms
from careorganiser.ui.context import AppContext
from careorganiser.ui.journal.measurement_chart import TrendChart
from careorganiser.ui.widgets.wheel import scroll_past


def periods() -> list[tuple[str, int | None]]:
    """The periods offered, in days (None: every note)."""
    return [
        (QCoreApplication.translate("SymptomTrends", "Last 30 days"), 30),
        (QCoreApplication.translate("SymptomTrends", "Last 3 months"), 91),
        (QCoreApplication.translate("SymptomTrends", "Last 6 months"), 183),
        (QCoreApplication.translate("SymptomTrends", "Last year"), 365),
        (QCoreApplication.translate("SymptomTrends", "All notes"), None),
    ]


DEFAULT_PERIOD = 1  # three months: about the time between two clinic visits


class SymptomTrendsPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.points: list[tuple[object, int]] = []
        layout = QVBoxLayout(self)
        intro = QLabel(QCoreApplication.translate("SymptomTrends", "How bad a symptom was each time it was noted, from 0 (none) to 4 (very severe)."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.symptom_combo = scroll_past(QComboBox())
        self.symptom_combo.setObjectName("TrendSymptom")
        self.symptom_combo.setAccessibleName(QCoreApplication.translate("SymptomTrends", "Symptom"))
        self.period_combo = scroll_past(QComboBox())
        self.period_combo.setObjectName("TrendPeriod")
        self.period_combo.setAccessibleName(QCoreApplication.translate("SymptomTrends", "Period"))
        for text, days in periods():
            self.period_combo.addItem(text, days)
        self.period_combo.setCurrentIndex(DEFAULT_PERIOD)
        symptom_label = QLabel(QCoreApplication.translate("SymptomTrends", "S&ymptom:"))
        symptom_label.setBuddy(self.symptom_combo)
        period_label = QLabel(QCoreApplication.translate("SymptomTrends", "&Period:"))
        period_label.setBuddy(self.period_combo)
        form.addRow(symptom_label, self.symptom_combo)
        form.addRow(period_label, self.period_combo)
        layout.addLayout(form)
        self.chart = TrendChart()
        self.chart.setObjectName("SymptomTrendChart")
        layout.addWidget(self.chart, 1)
        self.symptom_combo.currentIndexChanged.connect(lambda _i: self.show_trend())
        self.period_combo.currentIndexChanged.connect(lambda _i: self.show_trend())

    def refresh(self) -> None:
        chosen = self.symptom_combo.currentData()
        names = symptoms.noted_symptom_names(self.ctx.profile)
        self.symptom_combo.blockSignals(True)
        self.symptom_combo.clear()
        for name in names:
            self.symptom_combo.addItem(name[:1].upper() + name[1:], name)
        index = self.symptom_combo.findData(chosen) if chosen is not None else -1
        self.symptom_combo.setCurrentIndex(index if index >= 0 else (0 if names else -1))
        self.symptom_combo.blockSignals(False)
        self.show_trend()

    def show_trend(self) -> None:
        name = self.symptom_combo.currentData()
        if name is None:
            self.points = []
            self.chart.show_empty(QCoreApplication.translate("SymptomTrends", "No symptoms noted yet. Note one in the symptom journal and its trend "
                                                                              "appears here."))
            return
        days = self.period_combo.currentData()
        since = self.ctx.now() - timedelta(days=days) if days is not None else None
        self.points = symptoms.symptom_series(self.ctx.profile, name, since)
        label = self.symptom_combo.currentText()
        kind = MeasurementKind(key=f"symptom:{name}", label=label, unit="", min=SEVERITY_MIN, max=SEVERITY_MAX,
                               decimals=0)
        if not self.points:
            self.chart.show_empty(QCoreApplication.translate("SymptomTrends", "No notes of {symptom} in this period. Choose a longer period.")
                                  .format(symptom=name))
            return
        self.chart.show_series(kind, [ContextSeries("", tuple(self.points))], (None, None), self.ctx.zone)  # type: ignore[arg-type]
        self.chart.chart.setTitle(QCoreApplication.translate("SymptomTrends", "{symptom}: how bad, 0 to 4").format(symptom=label))
        # the whole scale, always
        self.chart.hold_scale(SEVERITY_MIN, SEVERITY_MAX, QCoreApplication.translate("SymptomTrends", "severity"))
