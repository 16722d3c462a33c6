"""Charts for the printed documents: a measurement's trend over time with its reference range, and the small
severity sparkline of the symptom table."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, timedelta

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from careorganiser.domain.formatting import format_measured
from careorganiser.i18n import translate
from careorganiser.pack.model import PackMeasurementSeries
from careorganiser.pack.pdf import fonts
from careorganiser.pack.pdf.layout import (
    ACCENT,
    ACCENT_LIGHT,
    CHART_GRID,
    GRID,
    INK,
    MUTED,
    Layout,
)
from careorganiser.pack.pdf.shapes import Circle, Drawing, Line, PolyLine, Rect, String
from careorganiser.pack.wording import fmt_number, short_months, zone_of


def _ordinal(when: datetime) -> float:
    """Days since the epoch, as a float: the x coordinate of a chart."""
    return when.timestamp() / 86400.0


def _nice_step(span: float, target: int = 4) -> float:
    raw = span / max(target, 1)
    if raw <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if raw <= factor * power:
            return factor * power
    return 10 * power


def _value_ticks(low: float, high: float, least: float | None = None,
                 most: float | None = None, target: int = 4) -> tuple[float, float, list[float]]:
    """Rounded axis limits around ``low..high`` and the ticks between them, never beyond the values the
    measurement can take (``least..most``: SpO2 stops at 100)."""
    if high - low < 1e-9:
        pad = abs(high) * 0.1 or 1.0
        low, high = low - pad, high + pad
    if least is not None:
        low = max(low, least)
    if most is not None:
        high = min(high, most)
    step = _nice_step(high - low, target)
    start = math.floor(low / step) * step
    stop = math.ceil(high / step) * step
    if least is not None and start < least:
        start = least
    if most is not None and stop > most:
        stop = most
    ticks: list[float] = []
    value = math.ceil(start / step - 1e-9) * step
    if value - start > step * 1e-6:
        ticks.append(round(start, 10))
    while value <= stop + step * 1e-6:
        ticks.append(round(value, 10))
        value += step
    if stop - ticks[-1] > step * 1e-6:
        ticks.append(round(stop, 10))
    # A limit that is not a round number (a floor of 50 with steps of 20) would print too close to its neighbour.
    if len(ticks) > 2 and ticks[1] - ticks[0] < step * 0.5:
        del ticks[1]
    if len(ticks) > 2 and ticks[-1] - ticks[-2] < step * 0.5:
        del ticks[-2]
    return start, stop, ticks


def _possible_range(kind: str) -> tuple[float | None, float | None]:
    """The lowest and highest value a measurement of this catalogue kind can have (None: no limit)."""
    from careorganiser.domain.catalogue import kind_limits

    return kind_limits(kind)


def _tick_decimals(ticks: Sequence[float]) -> int:
    """Enough decimals to tell the ticks apart (0 for 60, 65, 70; 1 for 0.5, 1.0, 1.5)."""
    if len(ticks) < 2:
        return 0
    step = abs(ticks[1] - ticks[0])
    return max(0, -math.floor(math.log10(step))) if step > 0 else 0


def _date_ticks(first: date, last: date) -> tuple[list[date], Callable[[date], str]]:
    """About four to seven date ticks between ``first`` and ``last`` and how to label them."""
    span = (last - first).days
    short = short_months()
    if span <= 45:
        step = max(1, math.ceil(span / 6)) if span > 0 else 1
        days = [last - timedelta(days=i) for i in range(span - span % step, -1, -step)]  # the axis's last day labelled
        return days, lambda d: f"{d.day} {short[d.month - 1]}"
    if span <= 366 * 3:
        months_between = span / 30.4
        every = next(m for m in (1, 2, 3, 4, 6, 12) if months_between / m <= 7)
        ticks: list[date] = []
        year, month = first.year, first.month
        while True:
            month += 1
            if month > 12:
                year, month = year + 1, 1
            tick = date(year, month, 1)
            if tick > last:
                break
            if (month - 1) % every == 0:
                ticks.append(tick)
        return ticks, lambda d: f"{short[d.month - 1]} {d.year}"
    every_years = max(1, math.ceil(span / 365.25 / 7))
    years = [date(y, 1, 1) for y in range(first.year + 1, last.year + 1) if (y - first.year - 1) % every_years == 0]
    return years, lambda d: str(d.year)


def trend_chart(series: PackMeasurementSeries, layout: Layout, tz: str, width: float, height: float,
                until: date | None = None) -> Drawing:
    """A line chart of one measurement with a date axis and, if known, the reference range as a band.

    ``until``: the pack's day. The date axis ends on it (or on the last reading, were that later), never
    after: a pack for 5 December shows no dates to come."""
    size = layout.body_size * 0.8
    drawing = Drawing(width, height)
    points = sorted(series.points, key=lambda p: p[0])
    xs = [_ordinal(when) for when, _ in points]
    ys = [value for _, value in points]
    has_band = series.range_low is not None or series.range_high is not None
    bottom, right = size * 2.4, size * 0.8
    top = size * 2.0 if has_band else size * 0.8
    # As many value labels as fit one above the other with a line of space between them.
    target = max(1, min(4, int((height - bottom - top) / (size * 2.2))))
    low, high, ticks = _value_ticks(*_value_span(series, ys), *_possible_range(series.kind), target=target)
    tick_decimals = _tick_decimals(ticks)
    label_width = max(stringWidth(fmt_number(t, tick_decimals), fonts.REGULAR, size) for t in ticks)
    left = label_width + size * 0.8
    plot_w, plot_h = width - left - right, height - bottom - top
    if until is not None:
        zone = zone_of(tz)
        day_end = datetime(until.year, until.month, until.day, 23, 59, tzinfo=zone)
        x_hi = max(xs[-1], _ordinal(day_end))
        x_lo = min(xs[0], x_hi - 14)  # a lone reading, or readings of the last few days: two weeks of axis
        x_lo -= (x_hi - x_lo) * 0.03  # room for the first point's mark on the left; none past the pack's day
    else:
        x_lo, x_hi = (xs[0], xs[-1]) if xs[-1] > xs[0] else (xs[0] - 15, xs[0] + 15)
        pad = (x_hi - x_lo) * 0.03
        x_lo, x_hi = x_lo - pad, x_hi + pad

    def px(x: float) -> float:
        return left + (x - x_lo) / (x_hi - x_lo) * plot_w

    def py(y: float) -> float:
        return bottom + (y - low) / (high - low) * plot_h

    _draw_band(drawing, series, layout, px(x_lo), plot_w, py, low, high, size)
    _draw_value_axis(drawing, ticks, tick_decimals, left, plot_w, py, size)
    _draw_date_axis(drawing, x_lo, x_hi, px, bottom, size, tz, left, width)
    drawing.add(Line(left, bottom, left + plot_w, bottom, strokeColor=MUTED, strokeWidth=0.6))
    coords: list[float] = []
    for x, y in zip(xs, ys, strict=True):
        coords += [px(x), py(y)]
    if len(points) > 1:
        drawing.add(PolyLine(coords, strokeColor=ACCENT, strokeWidth=1.6 if len(points) < 200 else 0.9))
    if len(points) <= 40:
        for x, y in zip(xs, ys, strict=True):
            drawing.add(Circle(px(x), py(y), size * 0.28, fillColor=ACCENT, strokeColor=colors.white, strokeWidth=0.6))
    _draw_last_value(
        drawing, px(xs[-1]), py(ys[-1]), format_measured(ys[-1], series.decimals, series.convert), width - right, bottom + plot_h, size,
    )
    return drawing


def _value_span(series: PackMeasurementSeries, values: list[float]) -> tuple[float, float]:
    """The values to show: the readings and the reference range, with room to see a one-sided range's band."""
    low, high = min(values), max(values)
    spread = max(high - low, abs(high) * 0.05, 1e-6)
    if series.range_low is not None:
        low = min(low, series.range_low)
        if series.range_high is None:
            high = max(high, series.range_low + spread * 0.25)
    if series.range_high is not None:
        high = max(high, series.range_high)
        if series.range_low is None:
            low = min(low, series.range_high - spread * 0.25)
    # The axis spans at least a tenth of the values' size, centred on them: drawn to fill the chart, a weight
    # that went from 60.7 to 61.3 kg, or a FEV1/FVC ratio from 0.83 to 0.85, reads as a steep climb. (A tenth is
    # about the change that matters in lung function; larger spreads are drawn as they are.)
    least = max(abs(low), abs(high)) * 0.1
    if high - low < least:
        middle = (low + high) / 2
        low, high = middle - least / 2, middle + least / 2
    return low, high


def _draw_band(
    drawing: Drawing, series: PackMeasurementSeries, layout: Layout, x0: float, plot_w: float,
    py: Callable[[float], float], low: float, high: float, size: float,
) -> None:
    """The reference range as a pale band, with its legend above the plot's top right corner."""
    if series.range_low is None and series.range_high is None:
        return
    lo = series.range_low if series.range_low is not None else low
    hi = series.range_high if series.range_high is not None else high
    y0, y1 = py(max(lo, low)), py(min(hi, high))
    drawing.add(Rect(x0, y0, plot_w, y1 - y0, fillColor=ACCENT_LIGHT, strokeColor=None))
    label = translate("Pack", "reference range")
    right = x0 + plot_w
    top = py(high) + size * 0.7
    text_w = stringWidth(label, fonts.REGULAR, size * 0.9)
    drawing.add(Rect(right - text_w - size * 1.5, top, size * 1.0, size * 0.75, fillColor=ACCENT_LIGHT,
                     strokeColor=GRID, strokeWidth=0.4))
    drawing.add(String(right, top + size * 0.05, label, fontName=fonts.REGULAR, fontSize=size * 0.9,
                       fillColor=MUTED, textAnchor="end"))


def _draw_value_axis(
    drawing: Drawing, ticks: list[float], decimals: int, left: float, plot_w: float,
    py: Callable[[float], float], size: float,
) -> None:
    for tick in ticks:
        y = py(tick)
        drawing.add(Line(left, y, left + plot_w, y, strokeColor=CHART_GRID, strokeWidth=0.5))
        drawing.add(String(
            left - size * 0.4, y - size * 0.35, fmt_number(tick, decimals), fontName=fonts.REGULAR, fontSize=size,
            fillColor=MUTED, textAnchor="end",
        ))


def _draw_date_axis(
    drawing: Drawing, x_lo: float, x_hi: float, px: Callable[[float], float], bottom: float, size: float, tz: str,
    plot_left: float = 0.0, width: float | None = None,
) -> None:
    """Date ticks under the plot. A label never reaches left of the plot (under the value labels) nor past the
    drawing's edge, and a label that would touch the one before it is left out (its tick stays)."""
    zone = zone_of(tz)
    first = datetime.fromtimestamp(x_lo * 86400, UTC).astimezone(zone).date()
    last = datetime.fromtimestamp(x_hi * 86400, UTC).astimezone(zone).date()
    ticks, label = _date_ticks(first, last)
    right_edge = width if width is not None else float("inf")
    last_end = -float("inf")
    for day in ticks:
        x = px(_ordinal(datetime(day.year, day.month, day.day, tzinfo=zone)))
        drawing.add(Line(x, bottom, x, bottom - size * 0.35, strokeColor=MUTED, strokeWidth=0.6))
        text = label(day)
        text_w = stringWidth(text, fonts.REGULAR, size)
        start = min(max(x - text_w / 2, plot_left), right_edge - text_w)
        if start < last_end + size * 0.6:
            continue
        last_end = start + text_w
        drawing.add(String(
            start, bottom - size * 1.75, text, fontName=fonts.REGULAR, fontSize=size, fillColor=MUTED,
            textAnchor="start",
        ))


def _draw_last_value(
    drawing: Drawing, x: float, y: float, text: str, right_edge: float, plot_top: float, size: float,
) -> None:
    """The latest reading, marked and labelled above its point (below it when the point is near the top)."""
    drawing.add(Circle(x, y, size * 0.38, fillColor=ACCENT, strokeColor=colors.white, strokeWidth=0.8))
    width = stringWidth(text, fonts.BOLD, size)
    tx = min(x + size * 0.6, right_edge - width)
    ty = y + size * 0.6 if y + size * 1.6 < plot_top else y - size * 1.5
    drawing.add(String(tx, ty, text, fontName=fonts.BOLD, fontSize=size, fillColor=INK))


def _thin(points: list[tuple[date, float]], buckets: int) -> list[tuple[date, float]]:
    """At most ``buckets`` points: the average of each run of consecutive points (a sparkline is a few
    centimetres wide; hundreds of points would print as a solid block)."""
    if len(points) <= buckets:
        return points
    size = len(points) / buckets
    thinned: list[tuple[date, float]] = []
    for i in range(buckets):
        run = points[int(i * size):int((i + 1) * size)]
        if run:
            thinned.append((run[len(run) // 2][0], sum(v for _, v in run) / len(run)))
    return thinned


#: A sparkline is drawn from this many points on; fewer are no trend.
SPARKLINE_LEAST = 3


def sparkline(series: Sequence[tuple[date, float]], width: float, height: float) -> Drawing:
    """A small severity trend on the fixed 0-4 scale, with a faint baseline."""
    drawing = Drawing(width, height)
    drawing.add(Line(0, 1, width, 1, strokeColor=GRID, strokeWidth=0.5))
    points = _thin(sorted(p for p in series if math.isfinite(p[1])), buckets=max(8, int(width / 3)))
    if len(points) < SPARKLINE_LEAST:
        # One or two notes are no trend: a lone dot reads as a line gone missing. Say so instead.
        if points:
            text = translate("Pack", "too few notes for a trend")
            size = min(height * 0.55, 7.0, width / max(stringWidth(text, fonts.REGULAR, 1.0), 1.0))
            drawing.add(String(0, (height - size) / 2, text, fontName=fonts.REGULAR, fontSize=size, fillColor=MUTED))
        return drawing
    first, last = points[0][0], points[-1][0]
    span = max((last - first).days, 1)
    r = 1.6

    def px(day: date) -> float:
        return r + ((day - first).days / span) * (width - 2 * r) if last > first else width / 2

    def py(value: float) -> float:
        return 1 + (min(max(value, 0), 4) / 4) * (height - 2 - r)

    coords: list[float] = []
    for day, value in points:
        coords += [px(day), py(value)]
    if len(points) > 1:
        drawing.add(PolyLine(coords, strokeColor=ACCENT, strokeWidth=1.1))
    drawing.add(Circle(coords[-2], coords[-1], r, fillColor=ACCENT, strokeColor=None))
    return drawing


# --------------------------------------------------------------------------------------------- document
