"""A trend chart of one kind of measurement (QtCharts): the values over time, each test marked, and the
reference range shaded when one is known. The same summary is shown in words under it and given to
screen readers as the chart's accessible description.

Readings taken at rest, on exertion, asleep or on oxygen are one series each (``domain.readings``, as in the
printed pack), never one line through them all: each its own colour, marker shape and line pattern, so they
are told apart in grey and without telling red from green, and named in a key under the chart and in words.
The key is a label, not the chart's own legend: it wraps to more lines when narrow or with large text,
where the legend cut "On exertion" to "On exert...".
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import datetime, timedelta
from html import escape
from zoneinfo import ZoneInfo

from msgspec import Struct
from PySide6.QtCharts import (
    QAreaSeries,
    QChart,
    QChartView,
    QDateTimeAxis,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
    QXYSeries,
)
from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QEvent, QLocale, QMargins, QObject, QPointF, Qt, QTime, QTimer
from PySide6.QtGui import QBrush, QColor, QCursor, QFont, QFontMetrics, QPainter, QPen, QResizeEvent
from PySide6.QtWidgets import QLabel, QStackedWidget, QToolTip, QVBoxLayout, QWidget

from careorganiser.domain.catalogue import MeasurementKind, label_with_unit
from careorganiser.domain.readings import ContextSeries, context_heading, context_words
from careorganiser.ui.locale_text import format_date, format_value


class SeriesStyle(Struct, frozen=True):
    colour: str
    line: Qt.PenStyle
    marker: QScatterSeries.MarkerShape
    hollow: bool
    symbol: str  # the marker's shape in the key under the chart


# One look per series, in the order the contexts come (rest, exertion, sleep, on oxygen, not stated): colours
# of the Okabe-Ito set, told apart with any colour vision, and each with its own line pattern and marker
# shape (hollow or filled) so that a grey print or screen still tells them apart.
STYLES = (
    SeriesStyle("#1f5f8b", Qt.PenStyle.SolidLine, QScatterSeries.MarkerShape.MarkerShapeCircle, False, "\u25cf"),
    SeriesStyle("#d55e00", Qt.PenStyle.DashLine, QScatterSeries.MarkerShape.MarkerShapeTriangle, True, "\u25b3"),
    SeriesStyle("#009e73", Qt.PenStyle.DotLine, QScatterSeries.MarkerShape.MarkerShapeRectangle, False, "\u25a0"),
    SeriesStyle("#cc79a7", Qt.PenStyle.DashDotLine, QScatterSeries.MarkerShape.MarkerShapeRotatedRectangle, True,
                "\u25c7"),
    SeriesStyle("#555555", Qt.PenStyle.DashDotDotLine, QScatterSeries.MarkerShape.MarkerShapeStar, False, "\u2605"),
)
RANGE_COLOUR = QColor(76, 153, 91, 45)
RANGE_EDGE = QColor("#4c995b")
# With more points than this, the values are not written beside each mark (they would overlap).
LABELLED_POINTS = 12


DRAWN_BUCKETS = 80
"""A series with more readings than twice this is drawn thinned: its time cut into this many equal spans,
each drawn by its lowest and its highest reading: a plot a few hundred pixels wide cannot show more, and
3,650 marks (five years of daily readings at rest and on exertion) took the GUI thread about 200 ms to lay
out and 300 ms to paint, against under 50 ms thinned. The words under the chart count every reading."""


def thinned(points: Sequence[tuple[datetime, float]], buckets: int = DRAWN_BUCKETS) -> list[tuple[datetime, float]]:
    """The readings to draw: all of them when few, else the lowest and the highest of each span of time (in
    time order), the first and the last, so no low or high is lost from the line."""
    if len(points) <= 2 * buckets:
        return list(points)
    first, last = points[0][0], points[-1][0]
    width = (last - first) / buckets
    kept: dict[int, tuple[int, int]] = {}  # span -> (index of its lowest, index of its highest)
    for i, (when, value) in enumerate(points):
        span = min(buckets - 1, int((when - first) / width)) if width else 0
        low, high = kept.get(span, (i, i))
        kept[span] = (i if value < points[low][1] else low, i if value > points[high][1] else high)
    chosen = {0, len(points) - 1} | {i for pair in kept.values() for i in pair}
    return [points[i] for i in sorted(chosen)]


def _msecs(instant: datetime) -> float:
    return instant.timestamp() * 1000.0


NICE_STEPS = (0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000, 2000, 5000)


def fit_value_axis(axis: QValueAxis, low: float, high: float, least: float | None, most: float | None,
                   most_ticks: int) -> None:
    """A value axis from ``low`` to ``high`` with at most ``most_ticks`` ticks, all on round numbers and
    evenly apart (80, 85 ... 100, never 80, 86.7, 93.3), kept inside what can be measured: SpO2 never runs to
    105% nor a severity below 0."""
    most_ticks = max(2, most_ticks)
    if high <= low:
        high = low + 1.0
    step = next((s for s in NICE_STEPS if math.ceil(high / s - 1e-9) - math.floor(low / s + 1e-9) <= most_ticks - 1),
                (high - low) / (most_ticks - 1))
    top = math.ceil(high / step - 1e-9) * step
    if most is not None and top > most:
        top = most  # counted down from the top: 88, 90 ... 100
    intervals = max(1, math.ceil((top - low) / step - 1e-9))
    bottom = top - intervals * step
    if least is not None and bottom < least:
        bottom = least
    axis.setRange(bottom, top)
    axis.setTickType(QValueAxis.TickType.TicksFixed)
    even = abs((top - bottom) / step - round((top - bottom) / step)) < 1e-6
    axis.setTickCount(round((top - bottom) / step) + 1 if even else 2)


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
        self.parts: list[ContextSeries] = []
        self.points: list[tuple[datetime, float]] = []  # every series' points, oldest first
        self.zone: ZoneInfo | None = None
        self._y_fixed: tuple[float, float, str] | None = None  # a scale held whatever the values (symptom severity)
        self._y_wanted: tuple[float, float] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)

        self.chart = QChart()
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart.setBackgroundRoundness(0)
        self.chart.setLocale(QLocale())  # the value axis in the user's digits ("62,5" in Spanish and Polish)
        self.chart.setLocalizeNumbers(True)
        self.chart.legend().setVisible(False)  # the key under the chart tells what is what
        self.range_low = QLineSeries()
        self.range_high = QLineSeries()
        self.range_area = QAreaSeries(self.range_high, self.range_low)
        self.range_area.setBrush(QBrush(RANGE_COLOUR))
        self.range_area.setPen(QPen(RANGE_EDGE, 1, Qt.PenStyle.DashLine))
        self.chart.addSeries(self.range_area)
        self.x_axis = QDateTimeAxis()
        self.y_axis = QValueAxis()
        self.y_axis.setTruncateLabels(False)  # "100" cut to "1..." in a narrow chart with large text
        self.chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        self.range_area.attachAxis(self.x_axis)
        self.range_area.attachAxis(self.y_axis)
        # One line and one set of marks per series shown, made anew for each kind (``_make_series``).
        self.lines: list[QLineSeries] = []
        self.marks: list[QScatterSeries] = []

        self.view = QChartView(self.chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.view.setAccessibleName(QCoreApplication.translate("TrendChart", "Trend chart"))
        self.view.setMinimumHeight(max(220, self.fontMetrics().lineSpacing() * 9))
        self.view.installEventFilter(self)
        # The plot's height sets the value ticks: fitted again once the chart has laid itself out (not while it
        # does, which changing an axis must not interrupt).
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._refit.timeout.connect(self._fit_later)
        self.chart.plotAreaChanged.connect(lambda _area: self._refit.start())
        self.stack.addWidget(self.view)

        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setAccessibleName(QCoreApplication.translate("TrendChart", "Trend chart"))
        self.stack.addWidget(self.empty)

        self.key = QLabel()
        self.key.setObjectName("TrendChartKey")
        self.key.setWordWrap(True)
        self.key.setTextFormat(Qt.TextFormat.RichText)
        self.key.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.key.setAccessibleName(QCoreApplication.translate("TrendChart", "Key to the chart"))
        self.key.hide()
        layout.addWidget(self.key)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setAccessibleName(QCoreApplication.translate("TrendChart", "Trend in words"))
        layout.addWidget(self.summary)
        self._apply_fonts()

    @property
    def line(self) -> QLineSeries:
        """The first series' line (the only one of a kind whose readings never say what the person was doing)."""
        return self.lines[0]

    def _make_series(self, count: int) -> None:
        """``count`` lines, each with its marks, in the looks of :data:`STYLES`; those of the kind shown before
        go."""
        for series in self.lines + self.marks:
            self.chart.removeSeries(series)
            series.deleteLater()
        self.lines, self.marks = [], []
        font = QFont(self.font())
        for which in range(count):
            style = STYLES[which % len(STYLES)]
            colour = QColor(style.colour)
            line = QLineSeries()
            line.setPen(QPen(colour, 2, style.line))
            line.setPointLabelsFont(font)
            line.setPointLabelsColor(colour.darker(130))
            marks = QScatterSeries()
            marks.setMarkerShape(style.marker)
            marks.setMarkerSize(10 if style.marker == QScatterSeries.MarkerShape.MarkerShapeCircle else 11)
            if style.hollow:
                marks.setColor(QColor("white"))
                marks.setBorderColor(colour)
                marks.setPen(QPen(colour, 2))
            else:
                marks.setColor(colour)
                marks.setBorderColor(QColor("white"))
            marks.hovered.connect(lambda point, state, which=which: self._on_hovered(which, point, state))
            for series in (line, marks):
                self.chart.addSeries(series)
                series.attachAxis(self.x_axis)
                series.attachAxis(self.y_axis)
            self.lines.append(line)
            self.marks.append(marks)

    # -- fonts follow the app's text size (the chart theme would otherwise use its own fixed sizes)
    def _apply_fonts(self) -> None:
        base = QFont(self.font())
        title = QFont(base)
        title.setBold(True)
        title.setPointSizeF(base.pointSizeF() * 1.15 if base.pointSizeF() > 0 else base.pointSizeF())
        self.chart.setTitleFont(title)
        for axis in (self.x_axis, self.y_axis):
            axis.setLabelsFont(base)
            axis.setTitleFont(base)
        for line in self.lines:
            line.setPointLabelsFont(base)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self.view.setMinimumHeight(max(220, self.fontMetrics().lineSpacing() * 9))  # the title and the axes
            self._apply_fonts()
            self._fit_ticks()
            self._refit.start()  # the labels take the new font after this widget: their lines counted then
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_summary()

    def _fit_later(self) -> None:
        self._fit_y()
        self._fit_summary()

    def _fit_summary(self) -> None:
        """The key and the words under the chart keep the lines they need at this width: a layout gives a
        wrapped label only its one-line minimum, and with large text it was drawn over the dates."""
        changed = False
        for label in (self.key, self.summary):
            before = label.minimumHeight()
            label.setMinimumHeight(0)  # a label's height for a width is never below its minimum
            needed = 0 if label.isHidden() else max(0, label.heightForWidth(max(1, self.width())))
            label.setMinimumHeight(needed)
            changed = changed or needed != before
        if changed:
            self.updateGeometry()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.Resize:
            self._fit_ticks()  # the view's own size: the widget's may come first, with the view's still old
        return super().eventFilter(watched, event)

    # -- ticks: as many as the room and the labels' font allow
    def _widest_date_label(self) -> int:
        """The widest date the x axis can print in its format and language (month names differ in length)."""
        metrics = QFontMetrics(self.x_axis.labelsFont())
        locale = self.chart.locale()
        fmt = self.x_axis.format()
        return max(metrics.horizontalAdvance(locale.toString(QDateTime(QDate(2028, month, 28), QTime(12, 0)), fmt))
                   for month in range(1, 13))

    def _y_label_room(self) -> int:
        """The width left of the plot: the value labels, the unit's title turned on its side, and margins."""
        metrics = QFontMetrics(self.y_axis.labelsFont())
        decimals = axis_decimals(self.y_axis)
        widest = max(metrics.horizontalAdvance(self.chart.locale().toString(v, "f", decimals)) for v in
                     (self.y_axis.min(), self.y_axis.max()))
        title = QFontMetrics(self.y_axis.titleFont()).height() if self.y_axis.titleText() else 0
        return widest + title + 32

    def x_ticks_that_fit(self, width: int) -> int:
        """Date labels side by side across ``width`` pixels of chart, each with a gap of two letters."""
        label = self._widest_date_label()
        gap = QFontMetrics(self.x_axis.labelsFont()).horizontalAdvance("MM")
        # the first and last labels stand half outside the plot: a label's width of the plot is theirs
        plot = width - self._y_label_room() - label // 2
        return max(2, min(7, int(plot // (label + gap)) + 1))

    def y_ticks_that_fit(self) -> int:
        """Value labels one above the other in the plot's height, each with the room of a line and a half."""
        line = QFontMetrics(self.y_axis.labelsFont()).lineSpacing()
        plot = self.chart.plotArea().height()
        if plot <= 0:  # not laid out yet: the view less the title and the dates
            plot = self.view.height() - QFontMetrics(self.chart.titleFont()).lineSpacing() * 2 - line * 3
        return max(2, min(6, int(plot // (line * 1.5)) + 1))

    def _fit_ticks(self) -> None:
        if self.kind is None:
            return
        self._fit_y()
        fits = self.x_ticks_that_fit(self.view.width())
        self.x_axis.setTickCount(max(2, min(fits, max(3, len(self.points)))))

    def _fit_y(self) -> None:
        if self._y_fixed is not None:
            low, high, title = self._y_fixed
            self.y_axis.setRange(low, high)
            self.y_axis.setTickType(QValueAxis.TickType.TicksFixed)
            self.y_axis.setTickCount(int(high - low) + 1)
            self.y_axis.setLabelFormat("%d")
            self.y_axis.setTitleText(title)
            return
        if self._y_wanted is None or self.kind is None:
            return
        fit_value_axis(self.y_axis, *self._y_wanted, self.kind.min, self.kind.max, self.y_ticks_that_fit())
        self.y_axis.setLabelFormat(f"%.{axis_decimals(self.y_axis)}f")

    def hold_scale(self, low: int, high: int, title: str) -> None:
        """Keep the value axis at ``low`` to ``high``, a tick on each whole number, whatever the values."""
        self._y_fixed = (low, high, title)
        self._fit_y()

    # -- data
    def show_empty(self, text: str) -> None:
        self.kind = None
        self.parts = []
        self.points = []
        self._make_series(0)
        self.key.clear()
        self.key.hide()
        self.empty.setText(text)
        self.empty.setAccessibleDescription(text)
        self.summary.clear()
        self.summary.hide()
        self._fit_summary()
        self.stack.setCurrentWidget(self.empty)

    def show_series(self, kind: MeasurementKind, parts: Sequence[ContextSeries],
                    reference: tuple[float | None, float | None], zone: ZoneInfo) -> None:
        """``parts``: the kind's readings, one series per context (``domain.readings.by_context``)."""
        parts = [part for part in parts if part.points]
        if not parts:
            self.show_empty(QCoreApplication.translate("TrendChart", "No {label} values yet. Add one and its trend appears here.")
                            .format(label=kind.label))
            self.kind = kind
            return
        self.kind = kind
        self.zone = zone
        self.parts = parts
        self.points = sorted((p for part in parts for p in part.points), key=lambda p: p[0])
        title = label_with_unit(kind.label, kind.unit)
        self.chart.setTitle(title)
        labelled = len(self.points) <= LABELLED_POINTS
        self._make_series(len(parts))
        for part, line, marks in zip(parts, self.lines, self.marks):
            shown = thinned(part.points)
            qpoints = [QPointF(_msecs(t), v) for t, v in shown]
            line.setName(self.series_name(kind, part.context))
            marks.setName(context_heading(part.context) if part.context else kind.label)
            line.replace(qpoints)
            marks.replace(qpoints)
            line.setPointLabelsVisible(labelled)
            line.setPointLabelsFormat("@yPoint")
            # Each label as the list shows the value ("@yPoint" wrote 74.843 for 165 lb, and a point in Spanish).
            line.setPointsConfiguration({
                i: {QXYSeries.PointConfiguration.LabelFormat: self.point_label(kind, v)} for i, (_, v) in enumerate(shown)})
            line.setPointLabelsClipping(False)

        first, last = self.points[0][0], self.points[-1][0]
        # At least two weeks across, ending at the latest value: one value alone or a few on one day
        # would otherwise spread over less than two days, and the date labels would repeat.
        span = max(last - first, timedelta(days=14))
        pad = span * 0.06
        start, end = last - span - pad, last + pad
        self.x_axis.setRange(QDateTime.fromMSecsSinceEpoch(int(_msecs(start))),
                             QDateTime.fromMSecsSinceEpoch(int(_msecs(end))))
        self.x_axis.setFormat("MMM yyyy" if span > timedelta(days=180) else "d MMM yyyy")

        low, high = reference
        values = [v for _, v in self.points] + [v for v in (low, high) if v is not None]
        y_min, y_max = min(values), max(values)
        y_pad = (y_max - y_min) * 0.15 or max(abs(y_max) * 0.1, 1.0)
        y_min, y_max = y_min - y_pad, y_max + y_pad
        if kind.min is not None:
            y_min = max(y_min, kind.min)
        if kind.max is not None:
            y_max = min(y_max, kind.max)
        self._y_fixed = None
        self._y_wanted = (y_min, y_max)
        self.y_axis.setTitleText(kind.unit)
        self._fit_ticks()

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

        self._show_key(kind, parts, low, high)
        summary = self.describe(kind, parts, reference, zone)
        self.summary.setText(summary)
        self.summary.show()
        self._fit_summary()
        self.view.setAccessibleDescription(summary + " " + self._dates_text(kind, parts, zone))
        self.stack.setCurrentWidget(self.view)

    def _show_key(self, kind: MeasurementKind, parts: Sequence[ContextSeries], low: float | None,
                  high: float | None) -> None:
        """Each context's mark and name, and the reference range; none when there is one series of readings
        that never say and no range. Entries are kept whole: the key wraps between them."""
        entries = []
        if any(part.context for part in parts):
            for i, part in enumerate(parts):
                style = STYLES[i % len(STYLES)]
                entries.append((style.colour, style.symbol, context_heading(part.context)))
        if low is not None or high is not None:
            entries.append((RANGE_EDGE.name(), "\u25ac", self.range_area.name()))
        if not entries:
            self.key.clear()
            self.key.hide()
            return
        self.key.setText("&nbsp;&nbsp;&nbsp; ".join(
            f'<span style="white-space:nowrap"><big style="color:{colour}">{symbol}</big>&nbsp;{escape(words)}</span>'
            for colour, symbol, words in entries))
        self.key.show()

    @staticmethod
    def series_name(kind: MeasurementKind, context: str) -> str:
        """``SpO2 at rest``: the kind and, when its readings say, what the person was doing."""
        if not context:
            return kind.label
        return QCoreApplication.translate("TrendChart", "{label} {context}").format(label=kind.label, context=context_words(context))

    def point_text(self, index: int, point: QPointF) -> str:
        """What a mark stands for, said when the pointer rests on it: ``SpO2 on exertion: 85 % on 3 Dec 2026``."""
        assert self.kind is not None and self.zone is not None
        part = self.parts[index]
        when = datetime.fromtimestamp(point.x() / 1000.0, self.zone)
        return QCoreApplication.translate("TrendChart", "{series}: {value} on {date}").format(
            series=self.series_name(self.kind, part.context), value=self._value(self.kind, point.y()),
            date=format_date(when.date()))

    def _on_hovered(self, index: int, point: QPointF, state: bool) -> None:
        if state and index < len(self.parts):
            QToolTip.showText(QCursor.pos(), self.point_text(index, point), self.view)
        else:
            QToolTip.hideText()

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

    def describe(self, kind: MeasurementKind, parts: Sequence[ContextSeries],
                 reference: tuple[float | None, float | None], zone: ZoneInfo) -> str:
        """The trend in one or two plain sentences per series, each naming its context."""
        sentences = []
        for part in parts:
            points = part.points
            last_t, last_v = points[-1]
            values = [v for _, v in points]
            said = [QCoreApplication.translate("TrendChart", "Latest {value} on {date}.").format(
                value=self._value(kind, last_v), date=format_date(last_t.astimezone(zone).date()))]
            if len(points) > 1:
                first_t, first_v = points[0]
                said.append(QCoreApplication.translate("TrendChart", "{count} values since {date}: lowest {low}, highest {high}.").format(
                    count=len(points), date=format_date(first_t.astimezone(zone).date()),
                    low=self._value(kind, min(values)), high=self._value(kind, max(values))))
            text = " ".join(said)
            if part.context:  # "lowest" is of this context's readings alone, and says so
                text = QCoreApplication.translate("TrendChart", "{context}: {summary}").format(
                    context=context_heading(part.context), summary=text)
            sentences.append(text)
        low, high = reference
        if low is not None or high is not None:
            sentences.append(QCoreApplication.translate("TrendChart", "Reference range {range}.").format(range=self._range_text(kind, low, high)))
        return " ".join(sentences)

    def _dates_text(self, kind: MeasurementKind, parts: Sequence[ContextSeries], zone: ZoneInfo) -> str:
        said = []
        for part in parts:
            recent = part.points[-LABELLED_POINTS:]
            items = ", ".join(f"{format_date(t.astimezone(zone).date())}: {self._value(kind, v)}" for t, v in recent)
            if part.context:
                said.append(QCoreApplication.translate("TrendChart", "Values by date, {context}: {items}.").format(
                    context=context_words(part.context), items=items))
            else:
                said.append(QCoreApplication.translate("TrendChart", "Values by date: {items}.").format(items=items))
        return " ".join(said)
