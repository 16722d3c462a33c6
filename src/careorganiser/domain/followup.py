"""Following a trial or a treatment over a year: the visit plan, tests due and change from baseline.

Pure Python: no Qt, no SQL. A plan is a baseline date and visits at offsets from it (baseline, 3, 6, 9 and
12 months in the IPF trials the caregiver's guidance describes), each visit with the tests it needs. The
offsets come from a trial record's outcome time frames when they are stated, else the caregiver enters them.
For each followed measurement the change from baseline is worked out at each visit, absolute and relative,
and held against the thresholds IPF clinicians use (see ``THRESHOLDS``).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, timedelta

from msgspec import Struct

from careorganiser.domain.enums import OffsetUnit
from careorganiser.domain.catalogue import shown_by
from careorganiser.domain.formatting import format_measured, format_number, measured_change
from careorganiser.domain.readings import CONTEXT_ORDER, UNSTATED, context_words, series_label
from careorganiser.i18n import translate
from careorganiser.lazy_re import lazy

UNITS = tuple(OffsetUnit)  # day, week, month

# The tests a follow-up visit usually needs, as measurement catalogue keys, with a short name for reminders
# and where the caregiver books them.
TEST_NAMES: dict[str, str] = {
    "fvc_percent_predicted": "FVC",
    "fvc_litres": "FVC (L)",
    "dlco_percent_predicted": "DLCO",
    "six_minute_walk_m": "6MWD",
    "spo2_percent": "SpO2",
    "alt_u_l": "ALT",
    "ast_u_l": "AST",
    "bilirubin_umol_l": "bilirubin",
    "creatinine_umol_l": "creatinine",
    "weight_kg": "weight",
}
LUNG_LAB = frozenset({"fvc_percent_predicted", "fvc_litres", "dlco_percent_predicted", "fev1_litres",
                      "fev1_percent_predicted", "fev1_fvc_ratio", "six_minute_walk_m"})
BLOOD = frozenset({"alt_u_l", "ast_u_l", "bilirubin_umol_l", "creatinine_umol_l", "haemoglobin_g_l",
                   "platelets_10e9_l", "neutrophils_10e9_l", "direct_bilirubin_umol_l"})
LIVER_TESTS = ("alt_u_l", "ast_u_l", "bilirubin_umol_l")
#: The tests of the IPF trials in the guidance: lung function, walk test, oxygen, liver tests.
STANDARD_TESTS = ("fvc_percent_predicted", "dlco_percent_predicted", "six_minute_walk_m", "spo2_percent",
                  *LIVER_TESTS)

# Days before a visit that "tests due" starts showing, and how a result is matched to a visit.
DUE_NOTICE_DAYS = 21
MATCH_DAYS = 28            # a result up to four weeks either side of a visit belongs to it
BASELINE_BEFORE_DAYS = 42  # baseline tests are often done at screening, some weeks before the start
MISSING_NOTICE_DAYS = 60   # "no result recorded yet" for the last visit stops after this many days


# ---------------------------------------------------------------------------------------------- offsets


class Offset(Struct, frozen=True, order=True):
    """A visit's distance from baseline: 0 is baseline itself."""

    value: int
    unit: str = OffsetUnit.MONTH

    def __post_init__(self) -> None:
        if self.unit not in UNITS:
            raise ValueError(f"unknown unit {self.unit!r}")
        if self.value < 0:
            raise ValueError("an offset cannot be negative")

    def date_from(self, baseline: date) -> date:
        return add_offset(baseline, self)

    @property
    def approx_days(self) -> float:
        return self.value * {OffsetUnit.DAY: 1, OffsetUnit.WEEK: 7, OffsetUnit.MONTH: 30.4375}[self.unit]

    def label(self) -> str:
        if self.value == 0:
            return translate("Followup", "Baseline")
        if self.unit == OffsetUnit.MONTH:
            return translate("Followup", "{n}-month visit").format(n=self.value)
        if self.unit == OffsetUnit.WEEK:
            return translate("Followup", "Week {n} visit").format(n=self.value)
        return translate("Followup", "Day {n} visit").format(n=self.value)

    def short(self) -> str:
        """"6-month", "week 52", "baseline": for "No 6-month FVC recorded yet"."""
        if self.value == 0:
            return translate("Followup", "baseline")
        if self.unit == OffsetUnit.MONTH:
            return translate("Followup", "{n}-month").format(n=self.value)
        if self.unit == OffsetUnit.WEEK:
            return translate("Followup", "week {n}").format(n=self.value)
        return translate("Followup", "day {n}").format(n=self.value)


def add_offset(baseline: date, offset: Offset) -> date:
    if offset.unit == OffsetUnit.DAY:
        return baseline + timedelta(days=offset.value)
    if offset.unit == OffsetUnit.WEEK:
        return baseline + timedelta(weeks=offset.value)
    months = baseline.month - 1 + offset.value
    year, month = baseline.year + months // 12, months % 12 + 1
    day = min(baseline.day, calendar.monthrange(year, month)[1])
    return date(year, month, day)


def _sorted_unique(offsets: Iterable[Offset]) -> list[Offset]:
    """Offsets in order, one per visit: two less than a week apart (week 52 and 12 months) are one visit,
    stated in months when either is."""
    out: list[Offset] = []
    for o in sorted(offsets, key=lambda x: (x.approx_days, x.unit != OffsetUnit.MONTH)):
        if out and o.approx_days - out[-1].approx_days < 7 and (o.value == 0) == (out[-1].value == 0):
            if o.unit == OffsetUnit.MONTH and out[-1].unit != OffsetUnit.MONTH:
                out[-1] = o
            continue
        out.append(o)
    return out


_UNIT_WORDS = {"day": OffsetUnit.DAY, "days": OffsetUnit.DAY,
               "week": OffsetUnit.WEEK, "weeks": OffsetUnit.WEEK, "wk": OffsetUnit.WEEK, "wks": OffsetUnit.WEEK,
               "month": OffsetUnit.MONTH, "months": OffsetUnit.MONTH, "mo": OffsetUnit.MONTH,
               "year": "year", "years": "year"}
_UNIT = r"(days?|weeks?|wks?|months?|mo|years?)"
_LIST = r"(\d{1,3}(?:\s*(?:,|and|&|or)\s*\d{1,3})*)"
_NUMBERS_THEN_UNIT = lazy(rf"(up to |within |over |for |through |until |every )?{_LIST}[\s-]*{_UNIT}\b")
_UNIT_THEN_NUMBERS = lazy(rf"(up to |within |over |for |through |until |every )?\b{_UNIT}\s+{_LIST}")


def _offsets_of(numbers: str, unit_word: str) -> list[Offset]:
    unit = _UNIT_WORDS[unit_word]
    out = []
    for n in re.findall(r"\d+", numbers):
        value = int(n)
        if unit == "year":
            out.append(Offset(value * 12, OffsetUnit.MONTH))
        else:
            out.append(Offset(value, unit))
    return out


def offsets_from_time_frame(text: str) -> list[Offset]:
    """Visit offsets stated in one outcome time frame: "Baseline, 3, 6, 9, 12 months" -> 0, 3, 6, 9, 12 months;
    "Baseline and Week 52" -> 0, week 52. A span ("up to 2 years", "over 52 weeks") states no visit."""
    lowered = " ".join(text.lower().split())
    found: list[Offset] = []
    spans: list[tuple[int, int]] = []
    for pattern in (_NUMBERS_THEN_UNIT, _UNIT_THEN_NUMBERS):
        for match in pattern.finditer(lowered):
            if any(a < match.end() and match.start() < b for a, b in spans):
                continue
            spans.append(match.span())
            if match.group(1):
                continue
            numbers, unit_word = ((match.group(2), match.group(3)) if pattern is _NUMBERS_THEN_UNIT
                                  else (match.group(3), match.group(2)))
            found.extend(_offsets_of(numbers, unit_word))
    if found and ("baseline" in lowered or "day 1" in lowered or "day 0" in lowered):
        found.append(Offset(0))
    # "Day 1" is the first day of treatment: baseline itself.
    return _sorted_unique(o for o in found if o.value > 0 and o != Offset(1, OffsetUnit.DAY))


def offsets_from_time_frames(time_frames: Iterable[str]) -> list[Offset]:
    """The union of the visits stated by a record's outcome time frames, with baseline first; [] when none is
    stated (the caregiver then enters them)."""
    found: list[Offset] = []
    for text in time_frames:
        found.extend(offsets_from_time_frame(text or ""))
    if not found:
        return []
    return _sorted_unique([Offset(0), *found])


def parse_offsets(text: str, unit: str = OffsetUnit.MONTH) -> list[Offset]:
    """Offsets typed by hand: "0, 3, 6, 9, 12" in ``unit``; "baseline" counts as 0. Raises ValueError."""
    if unit not in UNITS:
        raise ValueError(translate("Followup", "Choose days, weeks or months."))
    parts = [p.strip() for p in re.split(r"[,;\s]+", text.strip().lower()) if p.strip()]
    if not parts:
        raise ValueError(translate("Followup", "Enter the visits, for example 0, 3, 6, 9, 12."))
    out = []
    for part in parts:
        if part in ("baseline", "start"):
            out.append(Offset(0, unit))
            continue
        if not part.isdigit() or len(part) > 4:
            raise ValueError(translate("Followup", "\u201c{part}\u201d is not a whole number of {unit}s.").format(part=part, unit=unit))
        value = int(part)
        limit = {OffsetUnit.DAY: 3660, OffsetUnit.WEEK: 530, OffsetUnit.MONTH: 120}[unit]
        if value > limit:
            raise ValueError(translate("Followup", "{value} {unit}s is more than ten years.").format(value=value, unit=unit))
        out.append(Offset(value, unit))
    offsets = _sorted_unique(out)
    if offsets[0].value != 0:
        offsets.insert(0, Offset(0, unit))
    return offsets


def offsets_text(offsets: Sequence[Offset]) -> str:
    """"Baseline, 3, 6, 9, 12 months" when every visit has one unit; else each visit in words."""
    later = [o for o in offsets if o.value]
    units = {o.unit for o in later}
    if len(units) == 1:
        unit = units.pop()
        numbers = ", ".join(str(o.value) for o in later)
        words = {"day": translate("Followup", "days"), "week": translate("Followup", "weeks"), "month": translate("Followup", "months")}[unit]
        head = [translate("Followup", "Baseline")] if len(later) < len(offsets) else []
        return ", ".join([*head, f"{numbers} {words}"])
    return ", ".join(o.label() for o in offsets)


# ---------------------------------------------------------------------------------------------- the plan


class Visit(Struct, frozen=True):
    offset: Offset
    on: date          # the planned day (baseline + offset, unless the visit was moved)
    tests: tuple[str, ...]

    @property
    def label(self) -> str:
        return self.offset.label()


def build_visits(baseline: date, offsets: Sequence[Offset], tests: Sequence[str],
                 baseline_tests: Sequence[str] | None = None) -> list[Visit]:
    """Visits at ``offsets`` from ``baseline``, each needing ``tests``."""
    visits = []
    for o in _sorted_unique(offsets):
        needed = tuple(baseline_tests if (o.value == 0 and baseline_tests is not None) else tests)
        visits.append(Visit(o, o.date_from(baseline), needed))
    return visits


def tests_text(tests: Sequence[str]) -> str:
    """"FVC and DLCO", "FVC, DLCO and 6MWD"."""
    names = [TEST_NAMES.get(t, t) for t in tests]
    if len(names) <= 1:
        return "".join(names)
    return translate("Followup", "{first} and {last}").format(first=", ".join(names[:-1]), last=names[-1])


def booking_hint(tests: Sequence[str]) -> str:
    """Where to book the tests: "book the lung function lab", "book the blood test"..."""
    lung = any(t in LUNG_LAB for t in tests)
    blood = any(t in BLOOD for t in tests)
    if lung and blood:
        return translate("Followup", "book the lung function lab and the blood test")
    if lung:
        return translate("Followup", "book the lung function lab")
    if blood:
        return translate("Followup", "book the blood test")
    return translate("Followup", "check the visit is booked")


# ---------------------------------------------------------------------------------------------- readings


class Reading(Struct, frozen=True):
    kind: str
    value: float
    on: date
    range_high: float | None = None
    context: str | None = None  # "rest" | "exertion" | "sleep" | "on_oxygen" | None (not stated)


def _windows(visits: Sequence[Visit]) -> list[tuple[date, date]]:
    """The days whose results belong to each visit: a few weeks either side, never past half-way to a neighbour."""
    out = []
    for i, v in enumerate(visits):
        before = BASELINE_BEFORE_DAYS if v.offset.value == 0 else MATCH_DAYS
        after = MATCH_DAYS
        if i > 0:
            before = min(before, (v.on - visits[i - 1].on).days // 2)
        if i + 1 < len(visits):
            after = min(after, max(0, (visits[i + 1].on - v.on).days - 1) // 2)
        out.append((v.on - timedelta(days=before), v.on + timedelta(days=after)))
    return out


def match_readings(visits: Sequence[Visit], readings: Iterable[Reading]) -> list[dict[str, Reading]]:
    """For each visit, the result of each kind nearest to its day within its window (later wins a tie)."""
    windows = _windows(visits)
    matched: list[dict[str, Reading]] = [{} for _ in visits]
    for r in readings:
        for i, (first, last) in enumerate(windows):
            if first <= r.on <= last:
                best = matched[i].get(r.kind)
                key = (abs((r.on - visits[i].on).days), -r.on.toordinal())
                if best is None or key < (abs((best.on - visits[i].on).days), -best.on.toordinal()):
                    matched[i][r.kind] = r
    return matched


# ---------------------------------------------------------------------------------------------- thresholds


class Threshold(Struct, frozen=True):
    kind: str
    relative: bool       # a relative fall (fraction of baseline) or an absolute one (in the kind's unit)
    fall: float          # the fall that counts: 0.10 is 10%; 50 is 50 m
    within_months: int
    plain: str           # the rule in plain words
    source: str


# Thresholds clinicians use to call a change in IPF significant. Sources:
# - FVC: a relative decline of 10% or more in 12 months predicts mortality and is the usual sign of progression:
#   Raghu G et al., ATS/ERS/JRS/ALAT guideline, Am J Respir Crit Care Med 2011;183:788-824 (section on
#   monitoring); du Bois RM et al., Am J Respir Crit Care Med 2011;184:459-66; Zappala CJ et al., Eur Respir J
#   2010;35:830-6 (marginal 5-10% declines also matter). The 2022 guideline (Raghu G et al., AJRCCM
#   2022;205:e18-e47) counts an absolute fall of more than 5 points of % predicted within a year as progression.
# - DLCO: a decline of 15% or more in 12 months: Raghu 2011 (above); Latsi PI et al., Am J Respir Crit Care Med
#   2003;168:531-7. (Raghu 2022 uses an absolute fall of 10 points of % predicted.)
# - Six-minute walk distance: a fall of 50 m or more in 24 weeks to a year is associated with higher mortality:
#   du Bois RM et al., Eur Respir J 2011;38:1241 and Am J Respir Crit Care Med 2011;183:1231-7 (minimal important
#   difference 24-45 m).
# - Liver tests on an antifibrotic: ALT or AST above 3 times the upper limit of normal calls for a dose review
#   (pirfenidone and nintedanib summaries of product characteristics, section 4.4; Esbriet and Ofev labels).
THRESHOLDS: dict[str, Threshold] = {
    "fvc_percent_predicted": Threshold(
        "fvc_percent_predicted", True, 0.10, 12,
        "A relative fall in FVC of 10% or more within 12 months", "Raghu 2011; du Bois 2011; Zappala 2010"),
    "fvc_litres": Threshold(
        "fvc_litres", True, 0.10, 12,
        "A relative fall in FVC of 10% or more within 12 months", "Raghu 2011; du Bois 2011; Zappala 2010"),
    "dlco_percent_predicted": Threshold(
        "dlco_percent_predicted", True, 0.15, 12,
        "A relative fall in DLCO of 15% or more within 12 months", "Raghu 2011; Latsi 2003"),
    "six_minute_walk_m": Threshold(
        "six_minute_walk_m", False, 50.0, 12,
        "A fall in six-minute walk distance of 50 m or more within 12 months", "du Bois 2011"),
}
ULN_MULTIPLE = 3.0  # liver tests: 3 x the upper limit of normal (antifibrotic product information)
LIVER_ENZYMES = frozenset({"alt_u_l", "ast_u_l"})
# Readings this many days past the end of the threshold's span still count (a 12-month visit held a few weeks late).
THRESHOLD_GRACE_DAYS = 45


class ChangeFromBaseline(Struct, frozen=True):
    kind: str
    visit: Visit
    baseline: Reading
    reading: Reading
    absolute: float              # reading - baseline, in the kind's unit
    relative: float | None       # (reading - baseline) / baseline; None when the baseline is 0
    crossed: Threshold | None    # the threshold this fall crosses, if any
    above_uln: bool = False      # a liver enzyme above 3 x its upper limit of normal
    # False when the visit's reading was taken otherwise than the baseline's (at rest against on exertion, say)
    # and the baseline has none taken the same way: the two are not compared (``absolute`` 0, no threshold).
    comparable: bool = True

    @property
    def falls(self) -> bool:
        return self.absolute < 0


def _crosses(threshold: Threshold, baseline: Reading, reading: Reading, absolute: float,
             relative: float | None) -> bool:
    span_days = threshold.within_months * 30.4375 + THRESHOLD_GRACE_DAYS
    if (reading.on - baseline.on).days > span_days:
        return False
    if threshold.relative:
        return relative is not None and -relative >= threshold.fall - 1e-9
    return -absolute >= threshold.fall - 1e-9


def changes_from_baseline(visits: Sequence[Visit], readings: Iterable[Reading],
                          kinds: Iterable[str] | None = None) -> list[ChangeFromBaseline]:
    """The change of each followed kind at each visit after baseline that has a result, in visit order."""
    if not visits or visits[0].offset.value != 0:
        return []
    readings = list(readings)
    matched = match_readings(visits, readings)
    # like with like: a reading is compared with the baseline taken the same way (at rest, on exertion...)
    contexts = sorted({r.context or "" for r in readings}, key=lambda c: (
        CONTEXT_ORDER.index(c or UNSTATED) if (c or UNSTATED) in CONTEXT_ORDER else len(CONTEXT_ORDER), c))
    by_context = {c: match_readings(visits, [r for r in readings if (r.context or "") == c]) for c in contexts}
    wanted = set(kinds) if kinds is not None else None
    out = []
    for i, visit in enumerate(visits[1:], start=1):
        for kind in sorted(matched[i], key=_kind_order):
            if matched[0].get(kind) is None or (wanted is not None and kind not in wanted):
                continue
            pairs = [(by_context[c][0][kind], by_context[c][i][kind]) for c in contexts
                     if kind in by_context[c][0] and kind in by_context[c][i]]
            if not pairs:  # the baseline and this visit only have readings taken in different ways
                reading = matched[i][kind]
                uln = reading.range_high if reading.range_high else None
                above = bool(kind in LIVER_ENZYMES and uln and reading.value > ULN_MULTIPLE * uln)
                out.append(ChangeFromBaseline(kind, visit, matched[0][kind], reading, 0.0, None, None, above,
                                              comparable=False))
            for base, reading in pairs:
                absolute = reading.value - base.value
                relative = absolute / base.value if base.value else None
                threshold = THRESHOLDS.get(kind)
                crossed = threshold if threshold and _crosses(threshold, base, reading, absolute, relative) else None
                uln = reading.range_high if reading.range_high else None
                above = bool(kind in LIVER_ENZYMES and uln and reading.value > ULN_MULTIPLE * uln)
                out.append(ChangeFromBaseline(kind, visit, base, reading, absolute, relative, crossed, above))
    return out


def _kind_order(kind: str) -> tuple[int, str]:
    order = list(TEST_NAMES)
    return (order.index(kind) if kind in order else len(order), kind)


def change_text(c: ChangeFromBaseline, label: str, unit: str, decimals: int = 0) -> str:
    """"FVC: 62% -> 57% predicted since baseline, a relative fall of 8%". Each value and the change as the
    measurements list shows them (:func:`~careorganiser.domain.formatting.measured_change`)."""
    convert = shown_by(c.kind)[1]

    def value(v: float) -> str:
        return format_measured(v, decimals, convert)

    if not c.comparable:
        suffix = unit if unit == "%" else f" {unit}" if unit else ""
        return translate("Followup", "{name}: {before} {how_before} at baseline, {after} {how_after} at the {visit}: "
                                     "taken differently, so not compared").format(
            name=label, before=value(c.baseline.value) + suffix, how_before=context_words(c.baseline.context or UNSTATED),
            after=value(c.reading.value) + suffix, how_after=context_words(c.reading.context or UNSTATED),
            visit=c.visit.label.lower())
    if c.reading.context:
        label = series_label(label, c.reading.context)  # "SpO2, at rest": compared with the baseline at rest
    if unit == "%" and label.endswith("% predicted"):
        name, before, after = label[: -len(" % predicted")], f"{value(c.baseline.value)}%", \
            f"{value(c.reading.value)}% " + translate("Followup", "predicted")
    else:
        suffix = f" {unit}" if unit and unit != "%" else unit
        name, before, after = label, f"{value(c.baseline.value)}{suffix}", f"{value(c.reading.value)}{suffix}"
    text = translate("Followup", "{name}: {before} \u2192 {after} since baseline").format(name=name, before=before, after=after)
    change, places = measured_change(c.baseline.value, c.reading.value, decimals, convert)
    if change == 0:
        return text + translate("Followup", ", no change")
    if unit == "%" and not label.endswith("% predicted"):  # SpO2: a change in points, not a share of itself
        if abs(change) == int(abs(change)):  # a whole count takes the plural form that goes with it
            n = int(abs(change))
            return text + ", " + (translate("Followup", "a fall of %n point(s)", None, n) if change < 0
                                  else translate("Followup", "a rise of %n point(s)", None, n))
        points = format_number(abs(change), places)
        word = translate("Followup", "a fall of {n} points") if change < 0 else translate("Followup", "a rise of {n} points")
        return text + ", " + word.format(n=points)
    if c.relative is not None and (THRESHOLDS.get(c.kind) is None or THRESHOLDS[c.kind].relative):
        # Whole percent, rounded toward zero, so a 9.7% fall never reads as the 10% threshold it has not reached.
        pct = str(int(abs(c.relative) * 100 + 1e-9))
        word = translate("Followup", "a relative fall of {pct}%") if change < 0 else translate("Followup", "a relative rise of {pct}%")
        return text + ", " + word.format(pct=pct)
    amount = format_number(abs(change), places) + (f" {unit}" if unit else "")
    word = translate("Followup", "a fall of {amount}") if change < 0 else translate("Followup", "a rise of {amount}")
    return text + ", " + word.format(amount=amount)


def suggested_question(c: ChangeFromBaseline, label: str, unit: str, decimals: int = 0,
                       subject: str = "") -> str | None:
    """A question for the next appointment when ``c`` crosses a threshold; None otherwise."""
    about = f" ({subject})" if subject else ""
    if c.crossed is not None:
        return translate("Followup", "{change} at the {visit}{about}. {rule} is a sign of progression in IPF: what does this mean, "
                                     "and should the treatment or the trial be reviewed?").format(
            change=change_text(c, label, unit, decimals), visit=c.visit.label.lower(), about=about,
            rule=c.crossed.plain)
    if c.above_uln:
        return translate("Followup", "{name} was {value} {unit} at the {visit}{about}, more than 3 times the upper limit of normal. "
                                     "Does the dose need to change?").format(
            name=label, value=format_measured(c.reading.value, decimals, shown_by(c.kind)[1]), unit=unit, visit=c.visit.label.lower(),
            about=about)
    return None


# ---------------------------------------------------------------------------------------------- reminders


class Reminder(Struct, frozen=True):
    key: str          # stable, for "dismiss" and for tests: "due:3:fvc_percent_predicted+..." / "missing:3:kind"
    kind: str         # "due" (before a visit) or "missing" (after it, no result yet)
    visit_index: int
    tests: tuple[str, ...]
    text: str


def reminders(visits: Sequence[Visit], readings: Iterable[Reading], today: date) -> list[Reminder]:
    """What the caregiver should do about the plan's tests on ``today``.

    Before a visit (from ``DUE_NOTICE_DAYS`` before it to the day itself) its tests not yet recorded are due;
    after it (until the next visit, or ``MISSING_NOTICE_DAYS`` for the last) each test with no result is
    "not recorded yet".
    """
    readings = list(readings)
    matched = match_readings(visits, readings)
    out = []
    for i, v in enumerate(visits):
        missing = tuple(t for t in v.tests if t not in matched[i])
        if not missing:
            continue
        if v.on - timedelta(days=DUE_NOTICE_DAYS) <= today <= v.on:
            text = translate("Followup", "{tests} due at the {visit} on {day}: {hint}").format(
                tests=tests_text(missing), visit=v.offset.label().lower() if v.offset.value else translate("Followup", "baseline visit"),
                day=f"{v.on.day} {calendar.month_abbr[v.on.month]}", hint=booking_hint(missing))
            out.append(Reminder(f"due:{i}:{'+'.join(missing)}", "due", i, missing, text))
            continue
        end = visits[i + 1].on - timedelta(days=1) if i + 1 < len(visits) else \
            v.on + timedelta(days=MISSING_NOTICE_DAYS)
        if v.on < today <= end:
            text = translate("Followup", "No {visit} {tests} recorded yet").format(visit=v.offset.short(), tests=tests_text(missing))
            out.append(Reminder(f"missing:{i}:{'+'.join(missing)}", "missing", i, missing, text))
    return out


def next_visit(visits: Sequence[Visit], today: date) -> int | None:
    """The index of the first visit on or after ``today``."""
    for i, v in enumerate(visits):
        if v.on >= today:
            return i
    return None


def readings_by_kind(readings: Iterable[Reading]) -> Mapping[str, list[Reading]]:
    out: dict[str, list[Reading]] = {}
    for r in readings:
        out.setdefault(r.kind, []).append(r)
    return out
