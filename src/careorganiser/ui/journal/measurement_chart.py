"""A trend chart of one kind of measurement (QtCharts): the values over time, each test marked, and the
reference range shaded when one is known. The same summary is shown in words under it and given to
screen readers as the chart's accessible description.
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCharts import QAreaSeries, QChart, QChartView, QDateTimeAxis, QLineSeries, QScatterSeries, QValueAxis, QXYSeries
from PySide6.QtCore import QCoreApplication, QDateTime, QEvent, QLocale, QMargins, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPen, QResizeEvent
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from careorganiser.domain.catalogue import MeasurementKind, label_with_unit
from careorganiser.ui.locale_text import format_date, format_value

LINE_COLOUR = QColor("#1f5f8b")
RANGE_COLOUR = QColor(76, 153, 91, 45)
RANGE_EDGE = QColor("#4c995b")
# With more points than this, the values are not written beside each mark (they would overlap).
LABELLED_POINTS = 12


def _msecs(instant: datetime) -> float:
    return instant.timestamp() * 1000.0


def clamp_axis(axis: QValueAxis, least: float | None, most: float | None) -> None:
    """Keep a value axis inside what can be measured: rounding the range to nice numbers must not make SpO2
    run to 105% or a severity below 0."""
    low, high = axis.min(), axis.max()
    if least is not None and low < least:
        low = least
    if most is not None and high > most:
        high = most
    if (low, high) != (axis.min(), axis.max()):
        span = high - low
        # Ticks on round numbers counted down from the top: 88, 90 ... 100 rather than 87.5, 90.6 ...
        step = next((s for s in (0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000) if span / s <= 6),
                    span / 5 or 1.0)
        intervals = math.ceil(span / step - 1e-9)
        low = high - intervals * step
        if least is not None and low < least:
            low = least
        axis.setRange(low, high)
        axis.setTickType(QValueAxis.TickType.TicksFixed)
        axis.setTickCount(intervals + 1 if abs((high - low) - intervals * step) < 1e-9 else 2)


def axis_decimals(axis: QValueAxis) -> int:
    """Enough decimals for every tick to read as what it is: 62, 62.5, 63 (whole numbers alone printed
    62.5 as "62" and 63.5 as "64", two ticks apart under one label)."""
    count = axis.tickCount()
    step = (axis.max() - axis.min()) / (count - 1) if count > 1 else 0.0
    values = [axis.min() + i * step for i in range(max(count, 1))]
    for decimals in range(4):
        if all(abs(v * 10 ** decimals - round(v * 10 ** decimals)) < 1e-6 for v in values):
            return decimals
    return 3


class TrendChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind: MeasurementKind | None = None
        self.points: list[tuple[datetime, float]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)

        self.chart = QChart()
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart.setBackgroundRoundness(0)
        self.chart.setLocale(QLocale())  # the value axis in the user's digits ("62,5" in Spanish and Polish)
        self.chart.setLocalizeNumbers(True)
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.line = QLineSeries()
        self.line.setPen(QPen(LINE_COLOUR, 2))
        self.marks = QScatterSeries()
        self.marks.setName(QCoreApplication.translate("TrendChart", "Test dates"))
        self.marks.setMarkerSize(10)
        self.marks.setColor(LINE_COLOUR)
        self.marks.setBorderColor(QColor("white"))
        self.range_low = QLineSeries()
        self.range_high = QLineSeries()
        self.range_area = QAreaSeries(self.range_high, self.range_low)
        self.range_area.setBrush(QBrush(RANGE_COLOUR))
        self.range_area.setPen(QPen(RANGE_EDGE, 1, Qt.PenStyle.DashLine))
        for series in (self.range_area, self.line, self.marks):
            self.chart.addSeries(series)
        self.x_axis = QDateTimeAxis()
        self.y_axis = QValueAxis()
        self.chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        for series in (self.range_area, self.line, self.marks):
            series.attachAxis(self.x_axis)
            series.attachAxis(self.y_axis)
        for marker in self.chart.legend().markers(self.marks):
            marker.setVisible(False)

        self.view = QChartView(self.chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.view.setAccessibleName(QCoreApplication.translate("TrendChart", "Trend chart"))
        self.view.setMinimumHeight(max(220, self.fontMetrics().lineSpacing() * 8))
        self.stack.addWidget(self.view)

        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setAccessibleName(QCoreApplication.translate("TrendChart", "Trend chart"))
        self.stack.addWidget(self.empty)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setAccessibleName(QCoreApplication.translate("TrendChart", "Trend in words"))
        layout.addWidget(self.summary)
        self._apply_fonts()

    # -- fonts follow the app's text size (the chart theme would otherwise use its own fixed sizes)
    def _apply_fonts(self) -> None:
        base = QFont(self.font())
        title = QFont(base)
        title.setBold(True)
        title.setPointSizeF(base.pointSizeF() * 1.15 if base.pointSizeF() > 0 else base.pointSizeF())
        self.chart.setTitleFont(title)
        self.chart.legend().setFont(base)
        for axis in (self.x_axis, self.y_axis):
            axis.setLabelsFont(base)
            axis.setTitleFont(base)
        self.line.setPointLabelsFont(base)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self.view.setMinimumHeight(max(220, self.fontMetrics().lineSpacing() * 8))  # room for the axes' labels
            self._apply_fonts()
            self._fit_ticks()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_ticks()

    def _fit_ticks(self) -> None:
        """As many date labels as fit side by side without being cut short."""
        label = QFontMetrics(self.x_axis.labelsFont()).horizontalAdvance(self.x_axis.format().replace("yyyy", "2026")
                                                                         .replace("MMM", "May").replace("d", "30"))
        room = max(1, self.view.width() - 100)
        fits = int(room / (label * 1.25 + 1))
        self.x_axis.setTickCount(max(2, min(6, fits, max(3, len(self.points)))))

    # -- data
    def show_empty(self, text: str) -> None:
        self.kind = None
        self.points = []
        self.line.clear()
        self.marks.clear()
        self.empty.setText(text)
        self.empty.setAccessibleDescription(text)
        self.summary.clear()
        self.summary.hide()
        self.stack.setCurrentWidget(self.empty)

    def show_series(self, kind: MeasurementKind, points: list[tuple[datetime, float]],
                    reference: tuple[float | None, float | None], zone: ZoneInfo) -> None:
        if not points:
            self.show_empty(QCoreApplication.translate("TrendChart", "No {label} values yet. Add one and its trend appears here.")
                            .format(label=kind.label))
            self.kind = kind
            return
        self.kind = kind
        self.points = list(points)
        title = label_with_unit(kind.label, kind.unit)
        self.chart.setTitle(title)
        self.line.setName(kind.label)
        qpoints = [QPointF(_msecs(t), v) for t, v in points]
        self.line.replace(qpoints)
        self.marks.replace(qpoints)
        self.line.setPointLabelsVisible(len(points) <= LABELLED_POINTS)
        self.line.setPointLabelsFormat("@yPoint")
        # Each label as the list shows the value ("@yPoint" wrote 74.843 for 165 lb, and a point in Spanish).
        self.line.setPointsConfiguration({
            i: {QXYSeries.PointConfiguration.LabelFormat: self.point_label(kind, v)} for i, (_, v) in enumerate(points)})
        self.line.setPointLabelsClipping(False)

        first, last = points[0][0], points[-1][0]
        # At least two weeks across, ending at the latest value: one value alone or a few on one day
        # would otherwise spread over less than two days, and the date labels would repeat.
        span = max(last - first, timedelta(days=14))
        pad = span * 0.06
        start, end = last - span - pad, last + pad
        self.x_axis.setRange(QDateTime.fromMSecsSinceEpoch(int(_msecs(start))),
                             QDateTime.fromMSecsSinceEpoch(int(_msecs(end))))
        self.x_axis.setFormat("MMM yyyy" if span > timedelta(days=180) else "d MMM yyyy")
        self._fit_ticks()

        low, high = reference
        values = [v for _, v in points] + [v for v in (low, high) if v is not None]
        y_min, y_max = min(values), max(values)
        y_pad = (y_max - y_min) * 0.15 or max(abs(y_max) * 0.1, 1.0)
        y_min, y_max = y_min - y_pad, y_max + y_pad
        if kind.min is not None:
            y_min = max(y_min, kind.min)
        if kind.max is not None:
            y_max = min(y_max, kind.max)
        self.y_axis.setRange(y_min, y_max)
        self.y_axis.setTitleText(kind.unit)
        self.y_axis.applyNiceNumbers()
        clamp_axis(self.y_axis, kind.min, kind.max)
        self.y_axis.setLabelFormat(f"%.{axis_decimals(self.y_axis)}f")

        if low is not None or high is not None:
            band_low = low if low is not None else self.y_axis.min()
            band_high = high if high is not None else self.y_axis.max()
            xs = (_msecs(start), _msecs(end))
            self.range_low.replace([QPointF(x, band_low) for x in xs])
            self.range_high.replace([QPointF(x, band_high) for x in xs])
            self.range_area.setName(QCoreApplication.translate("TrendChart", "Reference range {range}").format(range=self._range_text(kind, low, high)))
            self.range_area.setVisible(True)
        else:
            self.range_low.clear()
            self.range_high.clear()
            self.range_area.setVisible(False)
        # The legend only earns its place when there is a range to explain.
        self.chart.legend().setVisible(low is not None or high is not None)

        summary = self.describe(kind, points, reference, zone)
        self.summary.setText(summary)
        self.summary.show()
        self.view.setAccessibleDescription(summary + " " + self._dates_text(kind, points, zone))
        self.stack.setCurrentWidget(self.view)

    @staticmethod
    def point_label(kind: MeasurementKind, value: float) -> str:
        """A point's label: the value as the list shows it (a label format: "@" would start a tag)."""
        return format_value(kind, value).replace("@", "")

    @staticmethod
    def _value(kind: MeasurementKind, value: float) -> str:
        text = format_value(kind, value)
        return f"{text} {kind.unit}" if kind.unit else text

    def _range_text(self, kind: MeasurementKind, low: float | None, high: float | None) -> str:
        if low is not None and high is not None:
            return QCoreApplication.translate("TrendChart", "{low} to {high}").format(low=format_value(kind, low), high=self._value(kind, high))
        if low is not None:
            return QCoreApplication.translate("TrendChart", "above {low}").format(low=self._value(kind, low))
        return QCoreApplication.translate("TrendChart", "below {high}").format(high=self._value(kind, high or 0))

    def describe(self, kind: MeasurementKind, points: list[tuple[datetime, float]],
                 reference: tuple[float | None, float | None], zone: ZoneInfo) -> str:
        """The trend in one or two plain sentences."""
        last_t, last_v = points[-1]
        values = [v for _, v in points]
        parts = [QCoreApplication.translate("TrendChart", "Latest {value} on {date}.").format(value=self._value(kind, last_v),
                                                       date=format_date(last_t.astimezone(zone).date()))]
        if len(points) > 1:
            first_t, first_v = points[0]
            parts.append(QCoreApplication.translate("TrendChart", "{count} values since {date}: lowest {low}, highest {high}.").format(
                count=len(points), date=format_date(first_t.astimezone(zone).date()),
                low=self._value(kind, min(values)), high=self._value(kind, max(values))))
        low, high = reference
        if low is not None or high is not None:
            parts.append(QCoreApplication.translate("TrendChart", "Reference range {range}.").format(range=self._range_text(kind, low, high)))
        return " ".join(parts)

    def _dates_text(self, kind: MeasurementKind, points: list[tuple[datetime, float]], zone: ZoneInfo) -> str:
        recent = points[-LABELLED_POINTS:]
        items = ", ".join(f"{format_date(t.astimezone(zone).date())}: {self._value(kind, v)}" for t, v in recent)
        return QCoreApplication.translate("TrendChart", "Values by date: {items}.").format(items=items)
