"""What the follow-up panel shows, worked out without widgets.

``FollowupController`` reads the plan and its overview and turns them into what the panel puts on screen: the
header, each visit's appointment and results, the measurements followed, the chart's data, and the visits the
trial record suggests for a new plan. ``FollowupPanel`` (followup.py) only builds widgets over it and sends the
caregiver's actions to ``services.followup``.
"""

from __future__ import annotations

from datetime import date

from msgspec import Struct
from msgspec.structs import replace
from PySide6.QtCore import QCoreApplication, QDate, QLocale

from careorganiser.domain import followup as fu
from careorganiser.domain.catalogue import label_with_unit
from careorganiser.domain.readings import UNSTATED, series_label
from careorganiser.services import followup as svc
from careorganiser.services.base import Change
from careorganiser.ui.context import AppContext
from careorganiser.ui.locale_text import format_value


def day_text(d: date | None) -> str:
    if d is None:
        return ""
    return QLocale().toString(QDate(d.year, d.month, d.day), "d MMM yyyy")


def number_text(value: float, decimals: int = 0) -> str:
    """A number in the user's locale, without trailing zeros (``62.5``, ``57``)."""
    return QLocale().toString(float(value), "f", decimals).rstrip("0").rstrip(QLocale().decimalPoint()) \
        if decimals else QLocale().toString(int(round(value)))


def severity_text(severity: int) -> str:
    """``2 \u2013 moderate``."""
    from careorganiser.services.symptoms import severity_words

    return f"{severity} \u2013 " + severity_words(severity)


def event_told_text(e: svc.Event) -> str:
    """Whether (when, whom) the team was told of an event: ``yes, 21 Jun 2027 (Trial nurse)``, ``not yet``."""
    told = (QCoreApplication.translate("Followup", "yes, {day}").format(day=day_text(e.told_on)) if e.told_on
            else QCoreApplication.translate("Followup", "yes") if e.told else QCoreApplication.translate("Followup", "not yet"))
    return told + (f" ({e.told_whom})" if e.told_whom else "")


def events_only(change: Change) -> frozenset[int] | None:
    """The ids of the events a change touched when it touched nothing else the panel shows (an event added,
    changed or deleted: the log's rows are read again, nothing else); None: read the plan again."""
    if set(change.records) != {"followup_events"} or not change.vague <= {"symptoms"}:
        return None
    return change.records["followup_events"]


class SetupHint(Struct, frozen=True):
    """What the set-up form is filled with for a new plan."""

    unit: str | None  # the visits' unit, when the trial record states them all in one; else None (keep the form's)
    visits: str | None  # the visits as typed in the form ("0, 3, 6"), with ``unit``
    source: str  # where the visits come from, in words
    contact_name: str  # the trial's contact, offered when the form has none ("" for a medication)
    contact_phone: str


class ChartData(Struct, frozen=True):
    """One measurement's change from baseline, as the chart draws it."""

    title: str
    unit: str
    visits: list[tuple[str, date]]
    points: list[tuple[date, float]]
    baseline: float | None
    threshold: float | None  # the value under which the change crosses the guidance's threshold
    summary: str
    point_labels: list[str]  # each point's value as the measurements list shows it


class ChartScale(Struct, frozen=True):
    """Where the chart puts a day (across) and a value (up): the days from ``first`` over ``span`` days, the
    values from ``low`` to ``high`` (the readings, baseline and threshold with ``pad`` around them)."""

    first: date
    span: int
    low: float
    high: float
    pad: float

    def x(self, d: date, left: float, right: float) -> float:
        return left + (right - left) * (d - self.first).days / self.span

    def y(self, value: float, top: float, bottom: float) -> float:
        return bottom - (bottom - top) * (value - self.low) / (self.high - self.low)


def chart_scale(visits: list[tuple[str, date]], points: list[tuple[date, float]], baseline: float | None,
                threshold: float | None) -> ChartScale:
    """The chart's scale: every visit and reading across, every reading, the baseline and the threshold up
    (with 15% of the range, at least 1, above and below). ``visits`` must not be empty."""
    first = min([visits[0][1], *[d for d, _ in points]])
    last = max([visits[-1][1], *[d for d, _ in points]])
    values = [v for _, v in points] + [x for x in (baseline, threshold) if x is not None]
    low, high = (min(values), max(values)) if values else (0.0, 1.0)
    pad = max((high - low) * 0.15, 1.0)
    return ChartScale(first, max(1, (last - first).days), low - pad, high + pad, pad)


def short_visit_label(label: str) -> str:
    """A visit's label under the chart's axis: "3 mo" for "3-month visit"; the baseline as it is."""
    if label == fu.Offset(0).label():
        return label
    return label.replace(QCoreApplication.translate("Followup", "-month visit"), QCoreApplication.translate("Followup", " mo"))


class FollowupController:
    """The follow-up of one trial (``trial_id``) or one medication (``medication_id``)."""

    def __init__(self, ctx: AppContext, *, trial_id: int | None = None, medication_id: int | None = None) -> None:
        self.ctx = ctx
        self.trial_id = trial_id
        self.medication_id = medication_id
        self.plan: svc.Plan | None = None
        self.overview: svc.FollowupOverview | None = None
        self._matched: list[dict[str, fu.Reading]] = []

    def load(self) -> svc.Plan | None:
        """Read the plan (None: there is none yet) and, for a plan, its overview now. Raises ServiceError and
        then keeps what it had."""
        plan = svc.plan_for(self.ctx.profile, trial_id=self.trial_id, medication_id=self.medication_id)
        self.plan = plan
        if plan is None:
            self.overview = None
            return None
        self.overview = svc.overview(self.ctx.profile, plan.id, self.ctx.now())
        self._matched = fu.match_readings(self.overview.plan.domain_visits(),
                                          [r for rs in self.overview.readings.values() for r in rs])
        return plan

    def events(self, ids: frozenset[int]) -> list[svc.Event]:
        """The events ``ids`` of the plan shown, read again (those gone are left out); the plan held keeps
        them too."""
        if self.plan is None:
            return []
        found = svc.events(self.ctx.profile, self.plan.id, ids)
        kept = [e for e in self.plan.events if e.id not in ids] + found
        self.plan = replace(self.plan, events=tuple(sorted(kept, key=lambda e: (e.occurred_on, e.id))))
        return found

    # -- a new plan
    def setup_hint(self) -> SetupHint:
        if self.trial_id is not None:
            offsets, frames = svc.suggested_offsets(self.ctx.profile, self.trial_id)
            name, phone = svc.contact_suggestion(self.ctx.profile, self.trial_id)
        else:
            offsets, frames, name, phone = [], [], "", ""
        unit = visits = None
        if offsets and len({o.unit for o in offsets if o.value}) == 1:
            unit = next(o.unit for o in offsets if o.value)
            visits = ", ".join(str(o.value) for o in offsets)
            source = QCoreApplication.translate("Followup", "The trial record states the visits: {visits} (from \u201c{frames}\u201d). "
                                                            "Check them with the trial team.").format(
                visits=fu.offsets_text(offsets), frames="\u201d, \u201c".join(frames))
        elif self.trial_id is not None:
            source = QCoreApplication.translate("Followup", "The trial record states no visit times: enter them (the IPF trials in "
                                                            "the guidance see people at baseline and 3, 6, 9 and 12 months).")
        else:
            source = QCoreApplication.translate("Followup", "Enter the visits the clinic planned (often baseline and 3, 6, 9 and 12 "
                                                            "months, with liver tests in the first months).")
        return SetupHint(unit, visits, source, name, phone)

    # -- the plan
    def header_text(self) -> str:
        plan, o = self.plan, self.overview
        assert plan is not None and o is not None
        state = QCoreApplication.translate("Followup", "Appointments made.") if plan.active else QCoreApplication.translate("Followup", "No appointments yet.")
        nxt = (QCoreApplication.translate("Followup", "Next: {visit} on {day}.").format(visit=o.next_visit.label, day=day_text(o.next_visit.on))
               if o.next_visit else QCoreApplication.translate("Followup", "All visits are past."))
        return QCoreApplication.translate("Followup", "{subject}\nBaseline {day}; visits: {visits}. {state} {next}").format(
            subject=plan.subject_name, day=day_text(plan.baseline_date),
            visits=fu.offsets_text([v.offset for v in plan.visits]), state=state, next=nxt)

    def reminders_text(self) -> str:
        """The plan's reminders, one bullet a line."""
        return "\n".join("\u2022 " + r.text for r in self.overview.reminders) if self.overview else ""

    def visit(self, visit_id: int | None) -> svc.Visit | None:
        if self.plan is None or visit_id is None:
            return None
        return next((v for v in self.plan.visits if v.id == visit_id), None)

    def needs_appointments(self) -> bool:
        """The plan is not turned on yet, or a visit has no appointment."""
        plan = self.plan
        return plan is not None and (not plan.active or any(v.appointment_id is None for v in plan.visits))

    def appointment_text(self, v: svc.Visit) -> str:
        if v.appointment_at is None:
            return QCoreApplication.translate("Followup", "none yet")
        local = self.ctx.local(v.appointment_at)
        return f"{day_text(local.date())} {QLocale().toString(local.time(), 'HH:mm')}"

    def results_text(self, v: svc.Visit) -> str:
        """The tests of the visit with results recorded, and those still missing."""
        if self.overview is None or v.position >= len(self._matched):
            return ""
        matched = self._matched[v.position]
        done = [t for t in v.tests if t in matched]
        if not done:
            return QCoreApplication.translate("Followup", "none")
        missing = [t for t in v.tests if t not in matched]
        text = fu.tests_text(done)
        return text + ("; " + QCoreApplication.translate("Followup", "not yet: {tests}").format(tests=fu.tests_text(missing)) if missing else "")

    def kinds(self) -> list[tuple[str, str]]:
        """The measurements followed, as (key, label), for the chart's list."""
        if self.plan is None:
            return []
        catalogue = svc.kinds(self.ctx.profile)
        return [(key, catalogue[key].label if key in catalogue else key) for key in self.plan.followed_kinds]

    def chart(self, kind: str | None) -> ChartData | None:
        o = self.overview
        if o is None or kind is None:
            return None
        k = svc.kinds(self.ctx.profile).get(kind)
        visits = o.plan.domain_visits()
        readings = o.readings.get(kind, [])
        matched = fu.match_readings(visits, readings)
        base = matched[0].get(kind) if matched else None
        how = ""  # the readings are taken in more than one way: the chart shows those taken as the baseline was
        if base is not None and any((r.context or "") != (base.context or "") for r in readings):
            how = base.context or UNSTATED
            matched = fu.match_readings(visits, [r for r in readings if (r.context or "") == (base.context or "")])
        points = [(m[kind].on, m[kind].value) for m in matched if kind in m]
        threshold = fu.THRESHOLDS.get(kind)
        line = None
        if base is not None and threshold is not None:
            line = base.value * (1 - threshold.fall) if threshold.relative else base.value - threshold.fall
        rows = [c.text for c in o.changes if c.kind == kind]
        summary = "; ".join(rows) if rows else QCoreApplication.translate("Followup", "No results to compare with baseline yet.")
        title = label_with_unit(series_label(k.label, how), k.unit) if k else kind
        return ChartData(title, k.unit if k else "", [(v.label, v.on) for v in visits], points,
                         base.value if base else None, line, summary, [format_value(k, v) for _, v in points])
