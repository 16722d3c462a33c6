"""At a glance: what a clinician with fifteen minutes reads first, taken from the pack's own data.

Everything here is computed from the same :class:`~careorganiser.pack.model.PackData` the pack's sections
print, never read again from the profile, so every figure on the first page is one the pages behind it show:
the changes and planned starts of the medication section, the adherence table's totals, each chart's latest,
first shown and "at the last visit" points, the symptom table's averages, the questions in their printed
order, and the trials with their pre-screen counts. No Qt, no session.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from msgspec import Struct

from careorganiser.domain.enums import Priority
from careorganiser.domain.formatting import name_order
from careorganiser.pack.model import (
    PackAdherenceLine,
    PackData,
    PackMeasurementSeries,
    PackMedication,
    PackMedicationChange,
    PackQuestion,
    PackSymptomSummary,
    PackTrial,
)

__all__ = ["GLANCE_ITEMS", "Glance", "GlanceMeasurement", "GlanceSymptom", "build_glance", "questions_in_print_order"]

GLANCE_ITEMS = 4
"""At most this many lines per group; the rest is counted ("and 3 more")."""

LOW_ADHERENCE = 0.8
"""A medication taken less often than this is named under the adherence line."""

WORSE_BY = 0.5
"""A symptom counts as worse when its later notes average this much more than its earlier ones (0-4 scale)."""

VISIT_READING_DAYS = timedelta(days=31)
"""A reading is the one "at the last visit" when taken within this many days before that visit."""


class GlanceMeasurement(Struct, frozen=True):
    """One followed measurement: its latest point, the last point on or before the last visit's day (the
    value "at the last visit"), and the first point the chart shows."""

    series: PackMeasurementSeries
    latest: tuple[datetime, float]
    at_visit: tuple[datetime, float] | None
    first: tuple[datetime, float] | None

    @property
    def change_since_visit(self) -> float | None:
        return None if self.at_visit is None else self.latest[1] - self.at_visit[1]

    @property
    def change_since_first(self) -> float | None:
        return None if self.first is None else self.latest[1] - self.first[1]


class GlanceSymptom(Struct, frozen=True):
    """A symptom that got worse over the period: its table row, and the averages of its earlier and later
    halves of days (the trend the sparkline draws)."""

    summary: PackSymptomSummary
    earlier: float
    later: float


class Glance(Struct, frozen=True):
    changes: tuple[PackMedicationChange, ...] = ()
    planned: tuple[PackMedication, ...] = ()  # planned to start, soonest first
    adherence: PackAdherenceLine | None = None
    low_adherence: tuple[PackAdherenceLine, ...] = ()
    measurements: tuple[GlanceMeasurement, ...] = ()
    worse_symptoms: tuple[GlanceSymptom, ...] = ()
    high_questions: tuple[tuple[int, PackQuestion], ...] = ()  # (number printed on the questions page, question)
    trials: tuple[PackTrial, ...] = ()

    @property
    def empty(self) -> bool:
        return not (self.changes or self.planned or self.adherence or self.measurements or self.worse_symptoms
                    or self.high_questions or self.trials)


_PRIORITY_ORDER = {Priority.HIGH: 0, Priority.NORMAL: 1, Priority.LOW: 2}


def questions_in_print_order(questions: tuple[PackQuestion, ...]) -> list[PackQuestion]:
    """The questions as the questions page numbers them: most important first, stable otherwise."""
    return sorted(questions, key=lambda q: _PRIORITY_ORDER.get(q.priority, 1))


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def _measurement(series: PackMeasurementSeries, since: date | None, zone: ZoneInfo) -> GlanceMeasurement | None:
    points = sorted(series.points, key=lambda p: p[0])
    if not points:
        return None
    latest = points[-1]
    at_visit = None
    if since is not None:
        # "Since <visit>" is measured from a reading taken around that visit, never from one months before it
        before = [p for p in points if since - VISIT_READING_DAYS <= p[0].astimezone(zone).date() <= since]
        if before and before[-1] != latest:
            at_visit = before[-1]
    first = points[0] if len(points) > 1 and points[0] not in (latest, at_visit) else None
    return GlanceMeasurement(series, latest, at_visit, first)


def _worse(symptom: PackSymptomSummary) -> GlanceSymptom | None:
    series = sorted(symptom.series)
    if len(series) < 4:
        return None
    half = len(series) // 2
    earlier = sum(v for _, v in series[:half]) / half
    later = sum(v for _, v in series[half:]) / (len(series) - half)
    if later - earlier < WORSE_BY:
        return None
    return GlanceSymptom(symptom, earlier, later)


def build_glance(data: PackData) -> Glance:
    """The first page's summary from the data the sections print."""
    zone = _zone(data.timezone)
    adherence = data.adherence
    overall = adherence.overall if adherence is not None else None
    low = tuple(sorted(
        (line for line in (adherence.medications if adherence is not None else ())
         if line.ratio is not None and line.ratio < LOW_ADHERENCE),
        key=lambda line: (line.ratio or 0.0, name_order(line.name))))
    measurements = tuple(found for series in data.measurements
                         if (found := _measurement(series, data.since, zone)) is not None)
    worse = tuple(sorted((found for symptom in data.symptoms if (found := _worse(symptom)) is not None),
                         key=lambda s: (-(s.later - s.earlier), s.summary.name)))
    numbered = list(enumerate(questions_in_print_order(data.questions), start=1))
    high = tuple((number, q) for number, q in numbered if q.priority == Priority.HIGH)
    changes = tuple(sorted(data.changes, key=lambda c: (c.on or date.min, name_order(c.name))))
    return Glance(changes=changes, planned=tuple(data.planned),
                  adherence=overall if overall is not None and overall.scheduled else None,
                  low_adherence=low, measurements=measurements, worse_symptoms=worse,
                  high_questions=high, trials=tuple(data.trials))
