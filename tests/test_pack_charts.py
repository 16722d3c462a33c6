"""The pack's charts: value axes inside what can be measured, labels that never overlap, no lone-dot trends."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from careorganiser.pack.model import PackMeasurementSeries, PackOptions
from careorganiser.pack.pdf import charts
from careorganiser.pack.pdf.layout import make_layout
from careorganiser.pack.pdf.shapes import Circle, PolyLine, String
from careorganiser.pack.wording import short_months

START = datetime(2026, 1, 5, 9, tzinfo=UTC)


def series(kind: str, values: list[float], days: int, unit: str = "%", low: float | None = None,
           high: float | None = None) -> PackMeasurementSeries:
    step = days / max(1, len(values) - 1)
    points = tuple((START + timedelta(days=step * i), float(v)) for i, v in enumerate(values))
    return PackMeasurementSeries(kind=kind, label=kind, unit=unit, points=points, range_low=low, range_high=high,
                                 decimals=0)


def text_boxes(drawing) -> list[tuple[str, float, float, float, float]]:
    """(text, left, bottom, right, top) of every string drawn, from the font's metrics."""
    boxes = []
    for item in drawing.contents:
        if isinstance(item, String):
            width = stringWidth(item.text, item.fontName, item.fontSize)
            left = {"start": item.x, "middle": item.x - width / 2, "end": item.x - width}[item.textAnchor]
            boxes.append((item.text, left, item.y - item.fontSize * 0.24, left + width, item.y + item.fontSize * 0.76))
    return boxes


def overlapping(drawing, margin: float = 0.5) -> list[tuple[str, str]]:
    boxes = text_boxes(drawing)
    found = []
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            if (a[1] < b[3] + margin and b[1] < a[3] + margin and a[2] < b[4] + margin and b[2] < a[4] + margin):
                found.append((a[0], b[0]))
    return found


SHAPES = [
    ("spo2_percent", [96, 95, 97, 94, 98, 99], 30),
    ("spo2_percent", [88, 92, 100], 200),
    ("fvc_percent_predicted", [62, 61, 60, 58], 400),
    ("fvc_litres", [1.98, 1.92, 1.89, 1.81, 1.78], 350),
    ("alt_u_l", [20, 30, 25], 10),
    ("weight_kg", [61.2, 60.8], 3),
    ("six_minute_walk_m", [340], 1),
    ("heart_rate_bpm", [70 + (i * 7) % 25 for i in range(60)], 1800),
]


@pytest.mark.parametrize("large_print", [False, True])
@pytest.mark.parametrize(("kind", "values", "days"), SHAPES)
def test_chart_labels_never_overlap(kind: str, values: list[float], days: int, large_print: bool) -> None:
    layout = make_layout(PackOptions(large_print=large_print))
    for width in (layout.frame_width, layout.frame_width * 0.45):
        drawing = charts.trend_chart(series(kind, values, days), layout, "Europe/London", width, width * 0.3)
        assert overlapping(drawing) == [], (kind, width)
        assert all(box[1] >= -0.5 and box[3] <= width + 0.5 for box in text_boxes(drawing)), (kind, width)


def test_the_lowest_value_label_stays_clear_of_the_date_labels() -> None:
    """The reproduction: a y-axis label collided with the date axis below it."""
    layout = make_layout(PackOptions())
    drawing = charts.trend_chart(series("fvc_litres", [1.98, 1.92, 1.81, 1.75], 330), layout, "Europe/London",
                                 layout.frame_width, layout.frame_width * 0.26)
    boxes = text_boxes(drawing)
    dates = [b for b in boxes if any(month in b[0] for month in short_months())]
    values = [b for b in boxes if b not in dates]
    assert dates and values
    lowest_value = min(b[2] for b in values)
    highest_date = max(b[4] for b in dates)
    assert lowest_value - highest_date >= layout.body_size * 0.8 * 0.25


@pytest.mark.parametrize("values", [[96, 97, 99, 100], [99, 100, 100], [95, 101], [100]])
def test_spo2_axis_stops_at_100(values: list[float]) -> None:
    layout = make_layout(PackOptions())
    drawing = charts.trend_chart(series("spo2_percent", values, 20, high=100), layout, "Europe/London",
                                 layout.frame_width, layout.frame_width * 0.26)
    numbers = [float(b[0]) for b in text_boxes(drawing) if b[0].replace(".", "").isdigit()]
    assert numbers and max(numbers) <= 101  # the latest value printed may be a reading of 101 typed by mistake
    ticks = charts._value_ticks(min(values), max(values), 50, 100)
    assert ticks[1] <= 100 and max(ticks[2]) <= 100 and ticks[2][-1] == ticks[1]


def test_value_ticks_respect_the_possible_range() -> None:
    assert charts._value_ticks(94, 99, 50, 100) == (94, 100, [94, 96, 98, 100])
    low, high, ticks = charts._value_ticks(0.5, 4, 0, 4)
    assert low >= 0 and high == 4 and ticks[-1] == 4
    low, high, ticks = charts._value_ticks(48, 60, 50, 100)  # a value below the floor is typed wrongly
    assert low == 50 and ticks[0] == 50
    assert charts._possible_range("spo2_percent") == (50, 100)
    assert charts._possible_range("my_custom_kind") == (None, None)


def test_a_sparkline_needs_three_points() -> None:
    """The reproduction: one note of nausea printed a lone dot in the trend column."""
    day = date(2026, 11, 1)
    for count in (1, 2):
        drawing = charts.sparkline([(day + timedelta(days=i), 2) for i in range(count)], 80, 16)
        assert not [x for x in drawing.contents if isinstance(x, (Circle, PolyLine))]
        texts = [x for x in drawing.contents if isinstance(x, String)]
        assert texts and texts[0].text == "too few notes for a trend"
        assert stringWidth(texts[0].text, texts[0].fontName, texts[0].fontSize) <= 80 + 0.01
    drawing = charts.sparkline([(day + timedelta(days=i), v) for i, v in enumerate([1, 3, 2])], 80, 16)
    lines = [x for x in drawing.contents if isinstance(x, PolyLine)]
    assert len(lines) == 1 and len(lines[0].points) == 6
    assert charts.sparkline([], 80, 16).contents[1:] == []


def test_a_sparkline_stays_on_the_0_to_4_scale() -> None:
    day = date(2026, 11, 1)
    drawing = charts.sparkline([(day, -3), (day + timedelta(days=1), 9), (day + timedelta(days=2), 2)], 80, 16)
    ys = [y for x in drawing.contents if isinstance(x, PolyLine) for y in x.points[1::2]]
    assert min(ys) >= 1 and max(ys) <= 16


def date_labels(drawing, year: int) -> list[date]:
    """The dates the chart's axis labels name ("2 Dec"), in the given year."""
    months = {name: number for number, name in enumerate(short_months(), start=1)}
    found = []
    for item in drawing.contents:
        if isinstance(item, String):
            parts = item.text.split()
            if len(parts) == 2 and parts[0].isdigit() and parts[1] in months:
                found.append(date(year, months[parts[1]], int(parts[0])))
    return found


@pytest.mark.parametrize("days", [0, 3, 20, 200])
def test_the_date_axis_ends_on_the_packs_day(days: int) -> None:
    """A pack for 5 Dec with one reading on 2 Dec drew an axis to 17 Dec (a lone reading got 15 days each side)."""
    layout = make_layout(PackOptions())
    until = date(2026, 12, 5)
    last = datetime(2026, 12, 2, 9, tzinfo=UTC)
    points = tuple((last - timedelta(days=days * i / 3), 60.0 + i) for i in range(4 if days else 1))
    one = PackMeasurementSeries(kind="weight_kg", label="Weight", unit="kg", points=tuple(sorted(points)), decimals=1)
    drawing = charts.trend_chart(one, layout, "Europe/London", layout.frame_width, layout.frame_width * 0.3,
                                 until=until)
    labels = date_labels(drawing, 2026)
    if days <= 45:  # day labels; months (a longer span) are labelled by month
        assert labels and max(labels) <= until
    assert not [d for d in labels if d > until]


def chart_dates(pdf: bytes) -> list[date]:
    """The dates under the weight chart of a pack ("2 Dec"), between its title and its "Latest" line."""
    import re

    import pack_samples as samples

    text = samples.flat("\n".join(samples.page_texts(pdf)))
    chart = text[text.index("Weight (kg)"):]
    chart = chart[:chart.index("Latest")]
    months = {name: number for number, name in enumerate(short_months(), start=1)}
    return [date(2026, months[m], int(d)) for d, m in re.findall(r"\b(\d{1,2}) ([A-Z][a-z]{2})\b", chart)]


def test_the_pack_chart_stops_at_the_appointment(profile, monkeypatch) -> None:
    """From an empty profile through the services: a reading on 2 Dec, an appointment on 5 Dec, the pack made
    on 3 Dec. Its chart's dates run to 5 Dec, no further (it ran to 17 Dec); a past appointment's chart stops
    on its day."""
    from careorganiser.services import appointments, packs
    from careorganiser.services.measurements import add_measurement

    monkeypatch.setenv("TZ", "Europe/London")
    now = datetime(2026, 12, 3, 11, tzinfo=UTC)
    add_measurement(profile, datetime(2026, 12, 2, 9, tzinfo=UTC), "weight_kg", 62.5, now=now)
    coming = appointments.create_appointment(profile, day=date(2026, 12, 5), at=datetime(2026, 1, 1, 10, 30).time(),
                                             purpose="Review")
    dates = chart_dates(packs.build_pack(profile, coming, PackOptions(), now))
    assert date(2026, 12, 2) in dates and max(dates) == date(2026, 12, 5)
    add_measurement(profile, datetime(2026, 11, 10, 9, tzinfo=UTC), "weight_kg", 63.0, now=now)
    past = appointments.create_appointment(profile, day=date(2026, 11, 12), at=datetime(2026, 1, 1, 10, 30).time(),
                                           purpose="Clinic")
    dates = chart_dates(packs.build_pack(profile, past, PackOptions(), now))
    assert dates and max(dates) <= date(2026, 11, 12)


@pytest.mark.parametrize(("kind", "unit", "values", "least"), [
    ("weight_kg", "kg", [60.7, 60.8, 61.0, 61.2, 61.3], 6.0),
    ("fev1_fvc_ratio", "ratio", [0.83, 0.84, 0.83, 0.85, 0.84], 0.08),
])
def test_a_small_change_is_not_drawn_as_a_steep_one(kind: str, unit: str, values: list[float], least: float) -> None:
    """The value axis spans at least a tenth of the values: weight drawn from 60.6 to 61.4 kg made a gain of
    0.6 kg climb the whole chart."""
    layout = make_layout(PackOptions())
    drawing = charts.trend_chart(series(kind, values, 180, unit=unit), layout, "Europe/London",
                                 layout.frame_width, layout.frame_width * 0.26)
    months = short_months()
    numbers = sorted(float(b[0]) for b in text_boxes(drawing)
                     if b[0].replace(".", "").isdigit() and not any(m in b[0] for m in months))
    assert numbers[-1] - numbers[0] >= least, numbers
    assert numbers[0] <= min(values) and numbers[-1] >= max(values)
    # a large change keeps its own scale: FVC from 68% to 61% is not squeezed
    fvc = charts.trend_chart(series("fvc_percent_predicted", [68, 66, 65, 62, 61], 365), layout, "Europe/London",
                             layout.frame_width, layout.frame_width * 0.26)
    ticks = sorted(float(b[0]) for b in text_boxes(fvc) if b[0].isdigit() and b[0] != "61")
    assert ticks[0] >= 58 and ticks[-1] <= 70, ticks
