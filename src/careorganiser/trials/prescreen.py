"""Eligibility pre-screen: hold each item of a trial's eligibility text against the person's data.

Each item gets one status (shared/spec/cli.md, ``trials show --json``):

- ``fits``: the data agrees with being eligible on this item (for an exclusion item: it does not apply);
- ``conflicts``: the data says the item rules the person out;
- ``no_data``: the item is measurable but there is no value recent enough (or no lab upper limit for "x ULN");
- ``ask_trial_team``: the item is not something the app can check.

An item with several bounds conflicts if any bound conflicts; otherwise missing data on any bound makes
it ``no_data``. The latest measurement of the kind counts if it lies inside the item's time window
("within the previous 3 months", counted back from ``now``), else inside ``default_window_days``.
It is a pre-screen to discuss with the trial team, never a decision, and :func:`prescreen_caution` says so.
"""

from __future__ import annotations

import calendar
import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from careorganiser.i18n import tr
from careorganiser.trials.bounds import AGE, SEX, Bound, Window, find_bounds, find_window
from careorganiser.trials.eligibility import EXCLUSION, INCLUSION, CriterionItem, split_criteria
from careorganiser.trials.model import Study

FITS = "fits"
CONFLICTS = "conflicts"
NO_DATA = "no_data"
ASK_TRIAL_TEAM = "ask_trial_team"
STATUSES = (FITS, CONFLICTS, NO_DATA, ASK_TRIAL_TEAM)


@dataclass(frozen=True, slots=True)
class PersonFacts:
    date_of_birth: date | None = None
    sex: str | None = None  # "female" | "male" | "other" | "unknown" (interchange words)


@dataclass(frozen=True, slots=True)
class MeasurementFact:
    kind: str  # a measurement catalogue key, e.g. "fvc_percent_predicted"
    value: float
    taken_at: datetime  # timezone-aware
    range_low: float | None = None
    range_high: float | None = None  # the lab's upper limit of normal, for "x ULN" criteria


@dataclass(frozen=True, slots=True)
class PrescreenItem:
    kind: str  # "inclusion" | "exclusion"
    text: str
    status: str  # one of STATUSES
    measurement: str | None = None  # catalogue key, or "age" / "sex" for those two checks
    value: float | None = None
    taken_at: datetime | None = None
    reason: str = ""

    def to_json(self) -> dict[str, Any]:
        """The spec's keys (``trials show --json``), plus ``reason``.

        ``measurement`` is a key of the measurement catalogue or null: an item checked against the date of
        birth or sex (not a measurement) gives null there, with the age in ``value``.
        """
        from careorganiser.domain.catalogue import builtin_kinds

        measurement = self.measurement if self.measurement in builtin_kinds() else None
        return {
            "kind": self.kind,
            "text": self.text,
            "status": self.status,
            "measurement": measurement,
            "value": self.value,
            "taken_at": self.taken_at.isoformat() if self.taken_at else None,
            "reason": self.reason,
        }


def prescreen_caution() -> str:
    return tr("Trials", "This is a pre-screen to discuss with the trial team, not a decision about eligibility.")


def summarise(items: Sequence[PrescreenItem]) -> dict[str, int]:
    """How many items have each status; every status is a key."""
    counts = {status: 0 for status in STATUSES}
    for item in items:
        counts[item.status] = counts.get(item.status, 0) + 1
    return counts


# ---------------------------------------------------------------------------------------------
# The pre-screen


def prescreen(study_or_text: Study | str, person: PersonFacts, measurements: Sequence[MeasurementFact],
              now: datetime, default_window_days: int = 365) -> list[PrescreenItem]:
    """One :class:`PrescreenItem` per item of the eligibility text, in the record's order."""
    _require_aware(now, "now")
    for m in measurements:
        _require_aware(m.taken_at, f"the {m.kind} measurement's taken_at")
    text = study_or_text.eligibility_criteria if isinstance(study_or_text, Study) else study_or_text
    context = _Context(person, measurements, now, default_window_days)
    return [_screen_item(item, context) for item in split_criteria(text or "")]


def prescreen_record_limits(study: Study, person: PersonFacts, now: datetime) -> list[PrescreenItem]:
    """The record's own age limits and sex (outside the eligibility text), as inclusion items.

    Not part of :func:`prescreen`, which gives exactly one entry per item of the text.
    """
    _require_aware(now, "now")
    context = _Context(person, (), now, 0)
    items: list[PrescreenItem] = []
    if study.min_age_years is not None or study.max_age_years is not None:
        text = tr("Trials", "Age limits of the record: {low} to {high}").format(
            low=study.minimum_age or tr("Trials", "no minimum"), high=study.maximum_age or tr("Trials", "no maximum"))
        bound = Bound(AGE, study.min_age_years, study.max_age_years)
        items.append(_item_from_results(INCLUSION, text, [_check(bound, None, context, exact_age=True)]))
    if study.sex in ("FEMALE", "MALE"):
        text = tr("Trials", "The record admits only: {sex}").format(
            sex=tr("Trials", "women") if study.sex == "FEMALE" else tr("Trials", "men"))
        bound = Bound(SEX, sexes=(study.sex.lower(),))
        items.append(_item_from_results(INCLUSION, text, [_check(bound, None, context)]))
    return items


def _require_aware(moment: datetime, what: str) -> None:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"{what} must be a timezone-aware datetime")


@dataclass(frozen=True, slots=True)
class _Context:
    person: PersonFacts
    measurements: Sequence[MeasurementFact]
    now: datetime
    default_window_days: int


@dataclass(frozen=True, slots=True)
class _Result:
    status: str  # FITS, CONFLICTS or NO_DATA, already in the item's sense
    measurement: str
    value: float | None = None
    taken_at: datetime | None = None
    reason: str = ""


def _screen_item(item: CriterionItem, context: _Context) -> PrescreenItem:
    text = item.full_text
    bounds = find_bounds(text)
    if not bounds:
        return PrescreenItem(item.kind, text, ASK_TRIAL_TEAM, reason=tr(
            "Trials", "The app cannot check this from the recorded data; ask the trial team."))
    window = find_window(text)
    excluding = item.kind == EXCLUSION or _negated(item.text)
    results = [_check(bound, window, context, excluding=excluding) for bound in bounds]
    return _item_from_results(item.kind, text, results)


def _negated(text: str) -> bool:
    """Inclusion items worded as an exclusion: "No ALT > 3 x ULN", "Without ..."."""
    return text.lower().startswith(("no ", "not ", "without ", "absence of "))


def _item_from_results(kind: str, text: str, results: list[_Result]) -> PrescreenItem:
    for status in (CONFLICTS, NO_DATA, FITS):
        decisive = next((r for r in results if r.status == status), None)
        if decisive is not None:
            reasons = " ".join(r.reason for r in results if r.status == status)
            return PrescreenItem(kind, text, status, decisive.measurement, decisive.value, decisive.taken_at, reasons)
    raise AssertionError("an item with bounds always has a result")


# ---------------------------------------------------------------------------------------------
# One bound


def _verdict(holds: bool, excluding: bool) -> str:
    """Whether the item's statement holding makes the person fit (inclusion) or ruled out (exclusion)."""
    return (CONFLICTS if holds else FITS) if excluding else (FITS if holds else CONFLICTS)


def _check(bound: Bound, window: Window | None, context: _Context, excluding: bool = False,
           exact_age: bool = False) -> _Result:
    if bound.measurement == AGE:
        return _check_age(bound, context, excluding, exact_age)
    if bound.measurement == SEX:
        return _check_sex(bound, context, excluding)
    return _check_measurement(bound, window, context, excluding)


def _check_age(bound: Bound, context: _Context, excluding: bool, exact_age: bool) -> _Result:
    born = context.person.date_of_birth
    if born is None:
        return _Result(NO_DATA, AGE, reason=tr("Trials", "No date of birth is recorded."))
    today = context.now.date()
    years = completed_years(born, today)
    if exact_age:  # record limits may be in months ("6 Months"); compare the exact age, but a
        exact = (today - born).days / 365.25  # maximum of "64 Years" still admits a 64-year-old
        holds = (bound.low is None or exact >= bound.low - 1e-9) and (bound.high is None or years <= bound.high)
    else:
        holds = bound.holds(float(years))
    reason = tr("Trials", "Age {age} from the date of birth; the item states {bound}.").format(
        age=years, bound=bound.describe(tr("Trials", "years")))
    return _Result(_verdict(holds, excluding), AGE, float(years), None, reason)


def completed_years(born: date, today: date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def _check_sex(bound: Bound, context: _Context, excluding: bool) -> _Result:
    sex = (context.person.sex or "").lower()
    if sex not in ("female", "male"):
        return _Result(NO_DATA, SEX, reason=tr("Trials", "No sex of female or male is recorded; ask the trial team."))
    reason = tr("Trials", "Recorded sex: {sex}.").format(sex=tr("Trials", sex))
    return _Result(_verdict(sex in bound.sexes, excluding), SEX, None, None, reason)


def _check_measurement(bound: Bound, window: Window | None, context: _Context, excluding: bool) -> _Result:
    key = bound.measurement
    label, unit = _label_and_unit(key)
    since = _window_start(context.now, window, context.default_window_days)
    window_words = window.phrase() if window else tr("Trials", "{days} days").format(days=context.default_window_days)
    earlier = [m for m in context.measurements
               if m.kind == key and m.taken_at <= context.now and math.isfinite(m.value)]
    if not earlier:
        return _Result(NO_DATA, key, reason=tr("Trials", "No {label} measurement is recorded.").format(label=label))
    latest = max(earlier, key=lambda m: m.taken_at)
    shown = _with_unit(latest.value, unit)
    when = latest.taken_at.date().isoformat()
    if latest.taken_at < since:
        return _Result(NO_DATA, key, float(latest.value), latest.taken_at, tr(
            "Trials", "The latest {label} ({value} on {date}) is older than {window}.").format(
            label=label, value=shown, date=when, window=window_words))
    value = latest.value / 100 if key == "fev1_fvc_ratio" and latest.value > 1.5 else latest.value
    if bound.uln:
        if latest.range_high is None or latest.range_high <= 0:
            return _Result(NO_DATA, key, float(latest.value), latest.taken_at, tr(
                "Trials", "The latest {label} ({value} on {date}) has no upper limit of normal recorded.").format(
                label=label, value=shown, date=when))
        value = value / latest.range_high
        shown = tr("Trials", "{value} ({multiple} × the upper limit of normal, {high})").format(
            value=shown, multiple=_format(round(value, 2)), high=_format(latest.range_high))
    reason = tr("Trials", "{label} {value} on {date}; the item states {bound}.").format(
        label=label, value=shown, date=when, bound=bound.describe(unit))
    return _Result(_verdict(bound.holds(value), excluding), key, float(latest.value), latest.taken_at, reason)


def _window_start(now: datetime, window: Window | None, default_days: int) -> datetime:
    if window is None:
        return now - timedelta(days=default_days)
    if window.unit == "day":
        return now - timedelta(days=window.count)
    if window.unit == "week":
        return now - timedelta(weeks=window.count)
    months = window.count * (12 if window.unit == "year" else 1)
    return _months_before(now, months)


def _months_before(moment: datetime, months: int) -> datetime:
    index = moment.year * 12 + moment.month - 1 - months
    year, month = divmod(index, 12)
    if year < 1:
        return datetime.min.replace(tzinfo=moment.tzinfo)
    day = min(moment.day, calendar.monthrange(year, month + 1)[1])
    return moment.replace(year=year, month=month + 1, day=day)


def _label_and_unit(key: str) -> tuple[str, str]:
    try:
        from careorganiser.domain.catalogue import builtin_kinds

        kind = builtin_kinds().get(key)
    except (OSError, ValueError, KeyError):  # no resources folder: still give plain words
        kind = None
    if kind is None:
        return key.replace("_", " "), ""
    return tr("Measurements", kind.label), "" if kind.unit == "ratio" else kind.unit


def _format(value: float) -> str:
    return f"{value:g}"


def _with_unit(value: float, unit: str) -> str:
    if not unit:
        return _format(value)
    return f"{_format(value)}{'' if unit == '%' else ' '}{unit}"


__all__ = [
    "ASK_TRIAL_TEAM", "CONFLICTS", "FITS", "NO_DATA", "STATUSES", "MeasurementFact", "PersonFacts",
    "PrescreenItem", "completed_years", "prescreen", "prescreen_caution", "prescreen_record_limits", "summarise",
    "INCLUSION", "EXCLUSION",
]
