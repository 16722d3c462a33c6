"""Eligibility pre-screen: hold each item of a trial's eligibility text against the person's data.

Each item gets one status (shared/spec/cli.md, ``trials show --json``):

- ``fits``: the data agrees with being eligible on this item (for an exclusion item: it does not apply);
- ``conflicts``: the data says the item rules the person out;
- ``no_data``: the item is measurable but there is no value recent enough (or no lab upper limit for "x ULN");
- ``ask_trial_team``: the item is not something the app can check.

An item is read clause by clause (trials.clauses): every bound of every clause becomes a :class:`Check`, held
against the latest matching value inside the clause's own time window ("within the previous 3 months", counted
back from ``now``; else ``default_window_days``) and in the clause's context (SpO2 "during the 6MWT" only from
readings taken on exertion). eGFR and creatinine clearance are worked out from creatinine when no lab value is
recorded; FVC and weight change over a stated period from two readings inside it; medicines and diagnoses from the
medication list and the person's conditions (trials.medicines). A clause of an item that cannot be checked becomes
a check with status ``ask_trial_team``.

The item's status: ``conflicts`` if any check conflicts, else ``no_data`` if any check lacks data, else
``ask_trial_team`` if any part could not be checked, else ``fits``; the item's measurement, value and date are
those of the deciding check. "One of the following" groups in an inclusion item are alternatives: the group fits
when one alternative fits and conflicts only when every alternative conflicts.
It is a pre-screen to discuss with the trial team, never a decision, and :func:`prescreen_caution` says so.
"""

from __future__ import annotations

import calendar
import math
import re
from collections.abc import Collection, Iterable, Sequence
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any

from msgspec import Struct, field
from msgspec.structs import replace

from careorganiser.domain.enums import Sex
from careorganiser.domain.formatting import format_date, format_measured, format_number, measured_beside, measured_places
from careorganiser.domain.readings import context_words
from careorganiser.i18n import translate
from careorganiser.lazy_re import lazy
from careorganiser.trials.bounds import (
    AGE,
    COUNT,
    SEX,
    Bound,
    Window,
    WindowUnit,
    find_bounds,
    find_window,
    mentions_measurement,
    normalise,
    period,
)
from careorganiser.trials.clauses import (
    cohort_only,
    contexts_required,
    is_disclaimer,
    is_group_heading,
    reading_matches,
    split_clauses,
    top_level_and_parts,
    top_level_or_parts,
)
from careorganiser.trials.derived import (
    creatinine_clearance_cockcroft_gault,
    egfr_ckd_epi_2021,
)
from careorganiser.trials.eligibility import (
    EXCLUSION,
    INCLUSION,
    CriterionItem,
    split_criteria,
)
from careorganiser.trials.medicines import (
    MedicationFact,
    current_use_excluded,
    diagnosis_terms,
    matching_condition,
    medicine_of,
    medicines_named,
    stable_duration,
)
from careorganiser.trials.model import Study


class PrescreenStatus(StrEnum):
    """The verdict on one item of the eligibility text (the words the pack and ``trials show --json`` write)."""

    FITS = "fits"
    CONFLICTS = "conflicts"
    NO_DATA = "no_data"
    ASK_TRIAL_TEAM = "ask_trial_team"


FITS = PrescreenStatus.FITS
CONFLICTS = PrescreenStatus.CONFLICTS
NO_DATA = PrescreenStatus.NO_DATA
ASK_TRIAL_TEAM = PrescreenStatus.ASK_TRIAL_TEAM
STATUSES = tuple(PrescreenStatus)
MEDICATION = "medication"
CONDITION = "condition"


class PersonFacts(Struct, frozen=True):
    date_of_birth: date | None = None
    sex: str | None = None  # "female" | "male" | "other" | "unknown" (interchange words)
    conditions: tuple[str, ...] = ()


class MeasurementFact(Struct, frozen=True):
    kind: str  # a measurement catalogue key, e.g. "fvc_percent_predicted"
    value: float
    taken_at: datetime  # timezone-aware
    range_low: float | None = None
    range_high: float | None = None  # the lab's upper limit of normal, for "x ULN" criteria
    context: str | None = None  # "rest" | "exertion" | "sleep" | "on_oxygen" | None


def _catalogue_key(key: str | None) -> str | None:
    from careorganiser.domain.catalogue import builtin_kind

    return key if builtin_kind(key) is not None else None


class Check(Struct, frozen=True):
    """One bound of one clause held against the data (or a clause that could not be checked)."""

    measurement: str | None  # catalogue key, "age", "sex", "medication", "condition", or None
    bound: str  # what the clause states, e.g. "DLCO % predicted 30–80%"
    status: str
    value: float | None = None
    taken_at: datetime | None = None
    reason: str = ""
    #: The value in words when it is not a reading of ``measurement`` as recorded: a change over a period
    #: ("weight loss of 5.5 %"), a value worked out ("eGFR 31 mL/min/1.73 m² worked out from creatinine"); with
    #: no value, the readings there are when they do not answer it ("Weight 80 kg on 1 Dec 2026 only").
    #: Not in the JSON (spec/cli.md): the JSON's ``value`` is the number the bound was held against.
    shown: str = ""
    #: The places ``value`` (a reading) is shown to beside the bound (domain.formatting.measured_beside).
    places: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {"measurement": _catalogue_key(self.measurement), "bound": self.bound, "value": self.value,
                "taken_at": self.taken_at.isoformat() if self.taken_at else None, "status": self.status,
                "reason": self.reason}


class PrescreenItem(Struct, frozen=True):
    kind: str  # a CriterionKind
    text: str
    status: str  # a PrescreenStatus
    measurement: str | None = None  # catalogue key, or "age" / "sex" for those two checks
    value: float | None = None
    taken_at: datetime | None = None
    reason: str = ""
    checks: tuple[Check, ...] = ()
    section: str = ""
    shown: str = ""  # as Check.shown, of the check that decided
    places: int | None = None  # as Check.places, of the check that decided

    def to_json(self) -> dict[str, Any]:
        """The spec's keys (``trials show --json``): ``reason`` and ``checks`` included.

        ``measurement`` is a key of the measurement catalogue or null: an item checked against the date of
        birth or sex (not a measurement) gives null there, with the age in ``value``.
        """
        return {
            "kind": self.kind,
            "text": self.text,
            "status": self.status,
            "measurement": _catalogue_key(self.measurement),
            "value": self.value,
            "taken_at": self.taken_at.isoformat() if self.taken_at else None,
            "reason": self.reason,
            "checks": [c.to_json() for c in self.checks],
            "section": self.section,
        }


def person_facts(person: Any | None) -> PersonFacts:
    """What the pre-screen knows of the person, from a stored person (``date_of_birth``, ``sex``,
    ``conditions``); no facts when none is recorded. Blank conditions are left out."""
    if person is None:
        return PersonFacts()
    return PersonFacts(person.date_of_birth, person.sex or None,
                       tuple(c for c in person.conditions or () if isinstance(c, str) and c.strip()))


def measurement_facts(readings: Iterable[Any]) -> list[MeasurementFact]:
    """The pre-screen's measurements from stored readings (each with ``kind``, ``value``, ``taken_at``,
    ``range_low``, ``range_high`` and ``context``)."""
    return [MeasurementFact(r.kind, float(r.value), r.taken_at, r.range_low, r.range_high, r.context)
            for r in readings]


def medication_facts(medications: Iterable[Any]) -> list[MedicationFact]:
    """Every medication on the list, current and stopped, with its dates (the list keeps its history), from
    stored medications (each with ``name``, ``start_date``, ``stop_date``, ``strength`` and ``dose``)."""
    return [MedicationFact(med.name, med.start_date, med.stop_date,
                           " ".join(p for p in (med.strength, med.dose) if p)) for med in medications]


def prescreen_caution() -> str:
    return translate("Trials", "This is a pre-screen to discuss with the trial team, not a decision about eligibility.")


def summarise(items: Sequence[PrescreenItem]) -> dict[str, int]:
    """How many items have each status; every status is a key."""
    counts = {status: 0 for status in STATUSES}
    for item in items:
        counts[item.status] = counts.get(item.status, 0) + 1
    return counts


def ask_questions(items: Sequence[PrescreenItem], fillers: Collection[str] | None = None) -> list[str]:
    """The items the trial team must answer, as questions to take to them. ``fillers``: the texts of the items
    that say nothing ("Not specified"), when the criteria were read before (trials.parsed); else each item's
    text is read here."""
    questions: list[str] = []
    for item in items:
        if item.status != ASK_TRIAL_TEAM:
            continue
        if (item.text in fillers) if fillers is not None else is_filler(item.text):
            continue
        text = " ".join(item.text.split())
        questions.append(translate("Trials", "Does this apply to us: \u201c{text}\u201d?").format(
            text=text if len(text) <= 220 else text[:217].rstrip() + "\u2026"))
    return questions


# ---------------------------------------------------------------------------------------------
# The pre-screen


def prescreen(study_or_text: Study | str, person: PersonFacts, measurements: Sequence[MeasurementFact],
              now: datetime, default_window_days: int = 365,
              medications: Sequence[MedicationFact] = ()) -> list[PrescreenItem]:
    """One :class:`PrescreenItem` per criterion of the eligibility text, in the record's order.

    Sentences that are notes about the list ("Additional inclusion and exclusion criteria apply.") are not
    criteria and get no entry.
    """
    _require_aware(now, "now")
    for m in measurements:
        _require_aware(m.taken_at, f"the {m.kind} measurement's taken_at")
    text = study_or_text.eligibility_criteria if isinstance(study_or_text, Study) else study_or_text
    context = _Context(person, measurements, now, default_window_days, tuple(medications))
    return [_screen_item(item, context) for item in split_criteria(text or "") if not is_disclaimer(item.text)]


def criteria_notes(text: str) -> list[str]:
    """The notes about the list that :func:`prescreen` leaves out ("Additional criteria apply.")."""
    return [item.text for item in split_criteria(text or "") if is_disclaimer(item.text)]


def prescreen_record_limits(study: Study, person: PersonFacts, now: datetime) -> list[PrescreenItem]:
    """The record's own age limits and sex (outside the eligibility text), as inclusion items.

    Not part of :func:`prescreen`, which gives exactly one entry per item of the text.
    """
    _require_aware(now, "now")
    context = _Context(person, (), now, 0, ())
    items: list[PrescreenItem] = []
    if study.min_age_years is not None or study.max_age_years is not None:
        text = translate("Trials", "Age limits of the record: {low} to {high}").format(
            low=study.minimum_age or translate("Trials", "no minimum"), high=study.maximum_age or translate("Trials", "no maximum"))
        bound = Bound(AGE, study.min_age_years, study.max_age_years)
        items.append(_item(INCLUSION, text, [_check_age(bound, context, False, exact_age=True)]))
    if study.sex in ("FEMALE", "MALE"):
        text = translate("Trials", "The record admits only: {sex}").format(
            sex=translate("Trials", "women") if study.sex == "FEMALE" else translate("Trials", "men"))
        bound = Bound(SEX, sexes=(study.sex.lower(),))
        items.append(_item(INCLUSION, text, [_check_sex(bound, context, False)]))
    return items


def _require_aware(moment: datetime, what: str) -> None:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"{what} must be a timezone-aware datetime")


class _Context(Struct, frozen=True):
    person: PersonFacts
    measurements: Sequence[MeasurementFact]
    now: datetime
    default_window_days: int
    medications: tuple[MedicationFact, ...] = field(default=())


def _day_of(moment: datetime, context: _Context) -> date:
    """The person's own calendar day of a stored instant (in the zone of ``context.now``, the profile's): a
    reading taken at 09:00 in Auckland is stored at 20:00 UTC the day before, and the pack beside the reason
    names the local day."""
    return moment.astimezone(context.now.tzinfo).date()


def _ask_reason() -> str:
    return translate("Trials", "The app cannot check this from the recorded data; ask the trial team.")


def _screen_item(item: CriterionItem, context: _Context) -> PrescreenItem:
    text = item.full_text
    shown = _shown_text(item)
    excluding = item.kind == EXCLUSION or _negated(item.text)
    if item.sub_items and is_group_heading(item.text) and not excluding:
        return _screen_group(item, shown, context)
    checks = _item_checks(split_clauses(text), excluding, item.kind == INCLUSION, context)
    if not any(c.status != ASK_TRIAL_TEAM for c in checks):
        return PrescreenItem(item.kind, shown, ASK_TRIAL_TEAM, reason=_ask_reason(), section=item.section)
    group = cohort_only(item.text)
    if group:
        checks = [replace(c, status=ASK_TRIAL_TEAM, reason=translate(
            "Trials", "{reason} This item is for one group of the study only ({group}); ask the trial team whether "
                      "it applies.").format(reason=c.reason, group=group)) if c.status != ASK_TRIAL_TEAM else c
                  for c in checks]
    return _item(item.kind, shown, checks, item.section)


_FILLER = lazy(r"(?:not\s+specified|see\s+.{0,40}|none|n/?a|not\s+applicable)\.?", re.IGNORECASE)


def is_filler(shown: str) -> bool:
    """Whether an item's text (as shown) says nothing to ask about: "Not specified", "Age: N/A"."""
    return _FILLER.fullmatch(shown.split(": ", 1)[-1].strip()) is not None


def _shown_text(item: CriterionItem) -> str:
    """The item's text; a classic record's "Not specified" keeps the label it stands under ("Age: Not specified")."""
    text = item.full_text
    if item.section and _FILLER.fullmatch(item.text.strip()) and not item.sub_items:
        return f"{item.section}: {text}"
    return text


_NOT_HAVE = lazy(r"\b(?:must|should|shall|may|can|will|do|does|did)\s*(?:not|n't)\s+(?:have|had|show|present)\b|"
                 r"\bcannot\s+have\b|\bmust\s+be\s+free\s+(?:of|from)\b", re.IGNORECASE)


def negation_parts(clause: str) -> list[tuple[str, bool]]:
    """A clause with each part and whether it is negated: "FVC >= 40% and must not have ALT > 3 x ULN" is
    ("FVC >= 40%", False) and ("must not have ALT > 3 x ULN", True); "Patients must not have ALT > 3 x ULN" is
    negated as a whole (what comes before names nothing to check)."""
    m = _NOT_HAVE.search(clause)
    if m is None:
        return [(clause, False)]
    before = re.sub(r"[\s,;]*\b(?:and|or|but|who|that)?[\s,;]*$", "", clause[:m.start()], flags=re.IGNORECASE)
    if before and (find_bounds(before) or mentions_measurement(before) or medicines_named(before)):
        return [(before, False), (clause[m.start():], True)]
    return [(clause, True)]


def _not_judged(checks: list[Check]) -> list[Check]:
    """Checks of a negated part of an exclusion ("Patients who do not have ..."): left to the trial team."""
    return [replace(c, status=ASK_TRIAL_TEAM, reason=translate(
        "Trials", "The item says what must not be so in a list of exclusions; the app does not judge this from "
                  "the records: ask the trial team.")) if c.status != ASK_TRIAL_TEAM else c for c in checks]


def _item_checks(clauses: list[str], excluding: bool, inclusion: bool, context: _Context) -> list[Check]:
    checks: list[Check] = []
    unchecked: list[str] = []
    parts = [part for clause in clauses for part in negation_parts(clause)]
    for clause, negated in parts:
        found = _clause_checks(clause, excluding or negated, inclusion and not negated, context)
        if negated and excluding:
            found = _not_judged(found)
        if found:
            checks += found
            unchecked += _unmeasured_alternatives(clause, excluding or negated, found)
        elif _substantive(clause):
            unchecked.append(clause)
    if checks:
        if not excluding and any(_unread_alternative(c) for c, _ in parts):
            checks = [_alternative_may_hold(c) for c in checks]
        checks += [Check(None, clause, ASK_TRIAL_TEAM, reason=translate(
            "Trials", "Not checked from the records: \u201c{part}\u201d; ask the trial team.").format(part=clause))
            for clause in unchecked]
    return checks


def _has_or(clause: str) -> bool:
    return len(top_level_or_parts(clause)) > 1


def _alternative_may_hold(check: Check) -> Check:
    """In an inclusion clause with an alternative the app cannot check, a conflict is not the last word."""
    if check.status != CONFLICTS:
        return check
    return replace(check, status=ASK_TRIAL_TEAM, reason=translate(
        "Trials", "{reason} The item offers another way to qualify that the app cannot check; ask the trial "
                  "team.").format(reason=check.reason))


def _unmeasured_alternatives(clause: str, excluding: bool, found: list[Check]) -> list[str]:
    """Parts of a clause that name nothing the app can check: in an exclusion those joined by "or" (any of
    them excludes), in an inclusion those joined by "and" (each is needed); and, in either, every limit the app
    did not read (:func:`unread_limits`)."""
    parts = top_level_or_parts(clause) if excluding else top_level_and_parts(clause)
    named = [p for p in parts if not mentions_measurement(p) and not medicines_named(p) and _substantive(p)
             and (excluding or (len(p.split()) >= 3 and not re.search(r"\d", p)))] if len(parts) > 1 else []
    unread = unread_limits(clause)
    if not excluding and _HEALTHY.search(clause) and clause.strip(" ,;.") not in unread:
        unread.append(clause.strip(" ,;."))  # "Healthy adults under age 60": the age is not all it asks
    return named + [u for u in unread if not any(u in p for p in named)]


_HEALTHY = lazy(r"\bhealthy\b", re.IGNORECASE)


def _unread_alternative(clause: str) -> bool:
    """Whether a clause offers, joined by "or", a way to qualify that the app cannot check."""
    parts = top_level_or_parts(clause)
    if len(parts) < 2:
        return False
    unread = unread_limits(clause)
    return any((not mentions_measurement(p) and not medicines_named(p) and _substantive(p))
               or (not find_bounds(p) and any(u in p for u in unread)) for p in parts)


_OR_MORE = r"(?:more|greater|higher|above|over|less|lower|fewer|below|under)\b(?!\s+than)"
_LIMIT_SPLIT = lazy(rf",(?!\d{{3}}(?!\d)|\s*or\s+{_OR_MORE})|;|\band\b|\bor\b(?!\s+{_OR_MORE})", re.IGNORECASE)
_COMPARISON = lazy(r"(?:>=|<=|>|<)\s*\d")
# "INR of 1.5 or less", "BMI 30 kg/m2 or more" (normalised: "or > " for "or above"): a limit after the value
_TRAILING_LIMIT = lazy(r"(?<![\d.])\d+(?:\.\d+)?\s*(?:[^\s\d;]+\s*){0,3}?,?\s*or\s+(?:more|greater|higher|>=?|less|"
                       r"lower|fewer|<=?)(?![a-z])(?!\s*(?:than\b|\d))")
_DURATION_AFTER = lazy(r"^\d+(?:\.\d+)?\s*(?:hours?|days?|weeks?|months?|years?)\b")
_NAME_WORDS = lazy(r"[a-z]{2,}")
_CONNECTORS = frozenset({"and", "or", "but", "with", "of", "the", "is", "be", "must", "should", "than", "predicted",
                         "pred", "of", "at", "to", "an", "if", "for", "who", "that", "have", "has", "x", "uln"})
_WITHIN_AMOUNT = lazy(r"\bwithin\s*(?:±|\+\s*/\s*-)?\s*\d+(?:\.\d+)?\s*(?:%|percent|kg|ml|l)(?![a-z])|±\s*\d")
_DURATION = lazy(r"^\s*(?:>=|<=|>|<)\s*\d+(?:\.\d+)?\s*(?:hours?|days?|weeks?|months?|years?)\b")


def unread_limits(clause: str) -> list[str]:
    """The parts of a clause (between commas, semicolons, "and", "or") that state a limit on something named
    ("INR <= 1.5", "BMI > 40", "QTcF < 450 ms", "haemoglobin >= 9" without a unit) which the app did not read:
    a part with no bound, no age, no change over a period and no medicine's duration. A comparison with no name
    before it ("and <= 90% predicted") belongs to the part before."""
    unread: list[str] = []
    read_duration = stable_duration(clause) is not None
    for part in _LIMIT_SPLIT.split(clause):
        part = part.strip(" ,;.")
        t = normalise(part)
        if _WITHIN_AMOUNT.search(t) and weight_trend(t) is None:
            unread.append(part)  # "FVC within 5% of the screening value": a change the app does not read
            continue
        op = _COMPARISON.search(t) or _TRAILING_LIMIT.search(t)
        if op is None:
            continue
        if not [w for w in _NAME_WORDS.findall(t[:op.start()]) if w not in _CONNECTORS]:
            continue
        if read_duration and (_DURATION.match(t[op.start():]) or _DURATION_AFTER.match(t[op.start():])):
            continue  # "for >= 12 weeks", "for 12 weeks or more" of a medicine held against the list
        if find_bounds(part) or _FVC_TREND.search(t) or weight_trend(t) is not None:
            continue
        balanced = all(part.count(a) == part.count(b) for a, b in ("()", "[]"))
        whole = clause.strip(" ,;.")
        if (part if balanced else whole) not in unread:
            unread.append(part if balanced else whole)  # a piece cut inside brackets: the whole clause
    return unread


def _substantive(clause: str) -> bool:
    if unread_limits(clause):
        return True
    words = re.findall(r"[A-Za-z]{2,}", clause)
    if len(words) < 2 or clause.rstrip().endswith(":") or is_disclaimer(clause):
        return False
    return not re.fullmatch(r"\s*\(?(?:including|inclusive|excluding)[^)]*\)?\.?\s*", clause, re.IGNORECASE)


def _screen_group(item: CriterionItem, shown: str, context: _Context) -> PrescreenItem:
    """"One of the following" in an inclusion item: fits if one alternative fits, conflicts if all conflict."""
    return _group_item(item.kind, shown, item.section,
                       [_item_checks(split_clauses(sub), False, True, context) for sub in item.sub_items])


def _group_item(kind: str, shown: str, section: str, each: list[list[Check]]) -> PrescreenItem:
    """The verdict of a "one of the following" group from the checks of each alternative."""
    alternatives = [(_combine(checks)[0] if checks else ASK_TRIAL_TEAM, checks) for checks in each]
    every = [c for _, checks in alternatives for c in checks]
    statuses = [s for s, _ in alternatives]
    if FITS in statuses:
        status, reason = FITS, translate("Trials", "One of the alternatives fits: {reason}").format(
            reason=" ".join(c.reason for c in next(ch for s, ch in alternatives if s == FITS) if c.status == FITS))
    elif statuses and all(s == CONFLICTS for s in statuses):
        status, reason = CONFLICTS, translate("Trials", "None of the alternatives fits: {reason}").format(
            reason=" ".join(c.reason for c in every if c.status == CONFLICTS))
    elif NO_DATA in statuses and ASK_TRIAL_TEAM not in statuses:
        status, reason = NO_DATA, " ".join(c.reason for c in every if c.status == NO_DATA)
    else:
        status, reason = ASK_TRIAL_TEAM, translate("Trials", "Only one of these alternatives is needed, and the app "
                                                      "cannot check all of them; ask the trial team.")
    deciding = next((c for c in every if c.status == status), None)
    return PrescreenItem(kind, shown, status, deciding.measurement if deciding else None,
                         deciding.value if deciding else None, deciding.taken_at if deciding else None,
                         reason, tuple(every), section, places=deciding.places if deciding else None)


def _negated(text: str) -> bool:
    """Inclusion items worded as an exclusion: "No ALT > 3 x ULN", "Without ..."."""
    return text.lower().startswith(("no ", "not ", "without ", "absence of "))


def _combine(checks: Sequence[Check]) -> tuple[str, Check | None]:
    for status in (CONFLICTS, NO_DATA, ASK_TRIAL_TEAM, FITS):
        deciding = next((c for c in checks if c.status == status), None)
        if deciding is not None:
            return status, deciding
    return ASK_TRIAL_TEAM, None


def _item(kind: str, text: str, checks: list[Check], section: str = "") -> PrescreenItem:
    status, deciding = _combine(checks)
    reasons = [c.reason for c in checks if c.status == status]
    if status == ASK_TRIAL_TEAM:
        reasons += [c.reason for c in checks if c.status == FITS]
    measured = deciding if deciding is not None and deciding.status != ASK_TRIAL_TEAM else None
    return PrescreenItem(kind, text, status, measured.measurement if measured else None,
                         measured.value if measured else None, measured.taken_at if measured else None,
                         " ".join(reasons), tuple(checks), section, measured.shown if measured else "",
                         measured.places if measured else None)


# ---------------------------------------------------------------------------------------------
# One clause


def _clause_checks(clause: str, excluding: bool, inclusion: bool, context: _Context) -> list[Check]:
    window = find_window(clause)
    required = contexts_required(clause)
    checks = [_check(bound, window, context, excluding, required) for bound in find_bounds(clause)]
    checks = _both_liver_tests(clause, excluding, checks)
    checks += _trend_checks(clause, window, excluding, context)
    checks += _medicine_checks(clause, excluding, context)
    if inclusion and not excluding:
        checks += _condition_checks(clause, context)
    return checks


_AND_LIVER = lazy(r"\b(?:alt|ast|sgpt|sgot)\b[^;]{0,40}?\band\b(?!/)[^;]{0,40}?\b(?:alt|ast|sgpt|sgot)\b")


def _both_liver_tests(clause: str, excluding: bool, checks: list[Check]) -> list[Check]:
    """"ALT and AST > 3 x ULN" in an exclusion applies only when both are above the limit."""
    liver = [c for c in checks if c.measurement in ("alt_u_l", "ast_u_l")]
    if not excluding or len(liver) < 2:
        return checks
    return _both_liver_applied(_AND_LIVER.search(normalise(clause)) is not None, checks)


def _both_liver_applied(both: bool, checks: list[Check]) -> list[Check]:
    """In an exclusion naming ALT and AST (``both``: "ALT and AST", not "ALT or AST"), one above the limit is
    not enough to conflict."""
    liver = [c for c in checks if c.measurement in ("alt_u_l", "ast_u_l")]
    if not both or len(liver) < 2:
        return checks
    if all(c.status == CONFLICTS for c in liver):
        return checks
    note = translate("Trials", "(The item needs both ALT and AST above the limit.)")
    return [replace(c, status=FITS, reason=f"{c.reason} {note}") if c in liver and c.status == CONFLICTS else c
            for c in checks]


def _verdict(holds: bool, excluding: bool) -> str:
    """Whether the item's statement holding makes the person fit (inclusion) or ruled out (exclusion)."""
    return (CONFLICTS if holds else FITS) if excluding else (FITS if holds else CONFLICTS)


def _check(bound: Bound, window: Window | None, context: _Context, excluding: bool = False,
           required: frozenset[str] = frozenset()) -> Check:
    if bound.measurement == AGE:
        return _check_age(bound, context, excluding)
    if bound.measurement == SEX:
        return _check_sex(bound, context, excluding)
    return _check_measurement(bound, window, context, excluding, required)


def _check_age(bound: Bound, context: _Context, excluding: bool, exact_age: bool = False) -> Check:
    described = translate("Trials", "age {bound}").format(bound=bound.describe(translate("Trials", "years")))
    born = context.person.date_of_birth
    if born is None:
        return Check(AGE, described, NO_DATA, reason=translate("Trials", "No date of birth is recorded."))
    today = context.now.date()
    years = completed_years(born, today)
    if exact_age:  # record limits may be in months ("6 Months"); a maximum of "64 Years" still admits a 64-year-old
        holds = (bound.low is None or _reached_age(born, today, bound.low)) and (bound.high is None or years <= bound.high)
    else:
        holds = bound.holds(float(years))
        if bound.low is not None and not bound.low_inclusive and years == bound.low:
            # "over 18 years": 18 years and a day is over 18; the completed years (18) are not
            below_high = replace(bound, low=None).holds(float(years))
            holds = below_high and (today.month, today.day) != (born.month, born.day)
    reason = translate("Trials", "Age {age} from the date of birth; the item states {bound}.").format(
        age=years, bound=bound.describe(translate("Trials", "years")))
    return Check(AGE, described, _verdict(holds, excluding), float(years), None, reason)


def _reached_age(born: date, today: date, low: float) -> bool:
    """Whether someone born on ``born`` is ``low`` years old (or older) on ``today``. A minimum in whole months
    ("18 Years", "6 Months") is reached on that birthday: days / 365.25 is 17.9986 on an 18th birthday with
    four leap days behind it. Weeks and days are counted in days."""
    in_months = low * 12
    if abs(in_months - round(in_months)) < 1e-6:
        months = (today.year - born.year) * 12 + today.month - born.month - (today.day < born.day)
        return months >= round(in_months)
    return (today - born).days / 365.25 >= low - 1e-9


def completed_years(born: date, today: date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def _sex_word(sex: str) -> str:
    return {"female": translate("Trials", "female"), "male": translate("Trials", "male")}.get(sex, sex)


def _check_sex(bound: Bound, context: _Context, excluding: bool) -> Check:
    described = translate("Trials", "sex: {sexes}").format(sexes=" or ".join(_sex_word(s) for s in bound.sexes))
    sex = (context.person.sex or "").lower()
    if sex not in (Sex.FEMALE, Sex.MALE):
        return Check(SEX, described, NO_DATA,
                     reason=translate("Trials", "No sex of female or male is recorded; ask the trial team."))
    reason = translate("Trials", "Recorded sex: {sex}.").format(sex=_sex_word(sex))
    return Check(SEX, described, _verdict(sex in bound.sexes, excluding), None, None, reason)


def _context_words(required: frozenset[str]) -> str:
    if not required:
        return translate("Trials", "at rest")
    return translate("Trials", " and ").join(context_words(c) for c in sorted(required))


def _reading_context_words(reading: MeasurementFact) -> str:
    """How a reading was taken, in words: "at rest", "on oxygen", "activity not stated"."""
    if not reading.context:
        return translate("Trials", "activity not stated")
    return context_words(reading.context)


def _other_context_reason(key: str, label: str, unit: str, required: frozenset[str], context: _Context) -> str:
    """Why no reading answers a clause that names how it must be taken (or names none), and the latest reading
    there is otherwise: "No SpO2 reading stated as taken at rest is recorded. The latest (95% on 1 Dec 2026,
    activity not stated) cannot answer this."."""
    others = [m for m in context.measurements if m.kind == key and m.taken_at <= context.now and math.isfinite(m.value)]
    if required:
        said = translate("Trials", "No {label} reading stated as taken {context} is recorded.").format(
            label=label, context=_context_words(required))
    else:
        said = translate("Trials", "No {label} reading taken at rest or without a stated activity is recorded.").format(
            label=label)
    if not others:
        return said
    other = max(others, key=lambda m: m.taken_at)
    return said + " " + translate("Trials", "The latest ({value} on {date}, {how}) cannot answer this.").format(
        value=_with_unit(other.value, unit, _places(other)), date=format_date(_day_of(other.taken_at, context)),
        how=_reading_context_words(other))


def _other_context_shown(key: str, label: str, unit: str, context: _Context) -> str:
    """The latest reading of the kind when none was taken as the clause asks, with how it was taken:
    "SpO2 96% on 3 Dec 2026, activity not stated" (not "No SpO2 recorded" beside a recorded SpO2)."""
    others = [m for m in context.measurements if m.kind == key and m.taken_at <= context.now and math.isfinite(m.value)]
    if not others:
        return ""
    other = max(others, key=lambda m: m.taken_at)
    return translate("Trials", "{label} {value} on {date}, {how}").format(
        label=label, value=_with_unit(other.value, unit, _places(other)),
        date=format_date(_day_of(other.taken_at, context)), how=_reading_context_words(other))


def _later_elsewhere(key: str, unit: str, used: MeasurementFact, context: _Context) -> str:
    """A later reading of the kind taken in another context, which the check did not use, named."""
    later = [m for m in context.measurements if m.kind == key and used.taken_at < m.taken_at <= context.now
             and math.isfinite(m.value)]
    if not later:
        return ""
    other = max(later, key=lambda m: m.taken_at)
    return " " + translate("Trials", "A later reading ({value} on {date}, {how}) is not held against this limit.").format(
        value=_with_unit(other.value, unit, _places(other)), date=format_date(_day_of(other.taken_at, context)),
        how=_reading_context_words(other))


def _check_measurement(bound: Bound, window: Window | None, context: _Context, excluding: bool,
                       required: frozenset[str] = frozenset()) -> Check:
    key = bound.measurement
    label, unit = _label_and_unit(key)
    in_context = key in ("spo2_percent", "heart_rate_bpm")
    described = f"{label} {bound.describe(unit)}" + (f" ({_context_words(required)})" if in_context else "")
    since = _window_start(context.now, window, context.default_window_days)
    window_words = window.phrase() if window else translate("Trials", "{days} days").format(days=context.default_window_days)
    earlier = [m for m in context.measurements
               if m.kind == key and m.taken_at <= context.now and math.isfinite(m.value)
               and (not in_context or reading_matches(required, m.context))]
    recent = [m for m in earlier if m.taken_at >= since]
    if not recent and key in ("egfr_ml_min_1_73m2", "creatinine_clearance_ml_min"):
        derived = _derived_check(bound, described, since, window_words, context, excluding)
        if derived is not None:
            return derived
    if not earlier:
        if in_context:
            return Check(key, described, NO_DATA, reason=_other_context_reason(key, label, unit, required, context),
                         shown=_other_context_shown(key, label, unit, context))
        return Check(key, described, NO_DATA, reason=translate("Trials", "No {label} measurement is recorded.").format(
            label=label))
    latest = max(earlier, key=lambda m: m.taken_at)
    places = _places_beside(bound, latest)
    shown = _with_unit(latest.value, unit, places)
    when = format_date(_day_of(latest.taken_at, context))
    if latest.taken_at < since:
        return Check(key, described, NO_DATA, float(latest.value), latest.taken_at, translate(
            "Trials", "The latest {label} ({value} on {date}) is older than {window}.").format(
            label=label, value=shown, date=when, window=window_words), places=places)
    value = latest.value / 100 if key == "fev1_fvc_ratio" and latest.value > 1.5 else latest.value
    if bound.uln:
        if latest.range_high is None or latest.range_high <= 0:
            return Check(key, described, NO_DATA, float(latest.value), latest.taken_at, translate(
                "Trials", "The latest {label} ({value} on {date}) has no upper limit of normal recorded.").format(
                label=label, value=shown, date=when), places=places)
        value = value / latest.range_high
        shown = translate("Trials", "{value} ({multiple} × the upper limit of normal, {high})").format(
            value=shown, multiple=_format(round(value, 2)), high=_format(latest.range_high))
    if in_context and latest.context:
        shown = f"{shown} ({_context_words(frozenset({latest.context}) - {'rest'})})"
    elif in_context and any(m.kind == key and m.context for m in context.measurements):
        shown = f"{shown} ({_reading_context_words(latest)})"  # other readings of the kind say; this one does not
    reason = translate("Trials", "{label} {value} on {date}; the item states {bound}.").format(
        label=label, value=shown, date=when, bound=bound.describe(unit))
    if in_context:
        reason += _later_elsewhere(key, unit, latest, context)
    return Check(key, described, _verdict(bound.holds(value), excluding), float(latest.value), latest.taken_at, reason,
                 places=places)


def _shown_by(key: str | None) -> tuple[int, tuple[tuple[str, float], ...]]:
    from careorganiser.domain.catalogue import shown_by

    try:
        return shown_by(key)
    except (OSError, ValueError, KeyError):  # no resources folder: as recorded
        return 0, ()


def _shown(value: float, key: str) -> str:
    """A reading of ``key`` as shown everywhere (domain.formatting.measured)."""
    return format_measured(value, *_shown_by(key))


def _places(reading: MeasurementFact) -> int:
    return measured_places(reading.value, *_shown_by(reading.kind))


def _places_beside(bound: Bound, reading: MeasurementFact) -> int:
    """The places ``reading`` is shown to beside ``bound``: as everywhere, or more where the figure shown would
    meet the bound otherwise than the reading does."""
    decimals, convert = _shown_by(bound.measurement)
    high = reading.range_high

    def held(v: float) -> float:
        v = v / 100 if bound.measurement == "fev1_fvc_ratio" and v > 1.5 else v
        return v / high if bound.uln and high else v

    return measured_beside(reading.value, decimals, convert, lambda v: bound.holds(held(v)))


def _derived_check(bound: Bound, described: str, since: datetime, window_words: str, context: _Context,
                   excluding: bool) -> Check | None:
    """eGFR (CKD-EPI 2021) or creatinine clearance (Cockcroft-Gault) from the latest creatinine in the window."""
    key = bound.measurement
    label, unit = _label_and_unit(key)
    if key == "egfr_ml_min_1_73m2":  # the catalogue's label says "from the lab": this one is worked out
        label = translate("Trials", "eGFR")
    creatinine = [m for m in context.measurements if m.kind == "creatinine_umol_l" and since <= m.taken_at
                  <= context.now and math.isfinite(m.value)]
    born, sex = context.person.date_of_birth, (context.person.sex or "").lower()
    if not creatinine:
        return Check(key, described, NO_DATA, reason=translate(
            "Trials", "No {label} and no creatinine within {window} to work it out from.").format(
            label=label, window=window_words))
    latest = max(creatinine, key=lambda m: m.taken_at)
    if born is None or sex not in (Sex.FEMALE, Sex.MALE):
        return Check(key, described, NO_DATA, reason=translate(
            "Trials", "{label} is worked out from creatinine, age and sex; the date of birth or a sex of female or "
                      "male is missing.").format(label=label))
    age = completed_years(born, _day_of(latest.taken_at, context))
    when = format_date(_day_of(latest.taken_at, context))
    if key == "egfr_ml_min_1_73m2":
        value = egfr_ckd_epi_2021(latest.value, age, sex)
        how = translate("Trials", "worked out by CKD-EPI 2021 from creatinine {creatinine} µmol/L on {date}, age {age}, "
                           "{sex}").format(creatinine=_shown(latest.value, latest.kind), date=when, age=age,
                                           sex=_sex_word(sex))
    else:
        weights = [m for m in context.measurements if m.kind == "weight_kg" and m.taken_at <= context.now
                   and m.taken_at >= since and math.isfinite(m.value)]
        if not weights:
            return Check(key, described, NO_DATA, reason=translate(
                "Trials", "Creatinine clearance is worked out from creatinine, age, sex and weight; no weight "
                          "within {window}.").format(window=window_words))
        weight = max(weights, key=lambda m: m.taken_at)
        value = creatinine_clearance_cockcroft_gault(latest.value, age, weight.value, sex)
        how = translate("Trials", "worked out by Cockcroft-Gault from creatinine {creatinine} µmol/L on {date}, age {age}, "
                           "{sex}, weight {weight} kg on {weight_date}").format(
            creatinine=_shown(latest.value, latest.kind), date=when, age=age, sex=_sex_word(sex),
            weight=_shown(weight.value, weight.kind), weight_date=format_date(_day_of(weight.taken_at, context)))
    if value is None:
        return None
    value = round(value, 1)
    limits = _plausible(key)
    if limits is not None and not limits[0] <= value <= limits[1]:  # a creatinine typed in the wrong unit, say
        return Check(key, described, NO_DATA, None, latest.taken_at, reason=translate(
            "Trials", "{label} worked out from creatinine {creatinine} µmol/L would be {value} {unit}, which is not "
                      "plausible; check that creatinine reading.").format(
            label=label, creatinine=_shown(latest.value, latest.kind), value=_format(value), unit=unit))
    reason = translate("Trials", "{label} {value} {unit}, {how}; the item states {bound}.").format(
        label=label, value=_format(value), unit=unit, how=how, bound=bound.describe(unit))
    shown = translate("Trials", "{label} {value} {unit}, worked out from creatinine").format(
        label=label, value=_format(value), unit=unit)
    return Check(key, described, _verdict(bound.holds(value), excluding), value, latest.taken_at, reason, shown)


# ---------------------------------------------------------------------------------------------
# Change over a period: FVC decline, weight loss, weight stability

_FVC = r"(?:fvc|forced\s+vital\s+capacity)(?:\s*\(fvc\))?(?:\s*%\s*predicted|\s+percent\s+predicted)?"
_FALL = r"(?:declin\w*|decreas\w*|reduction|fall|drop|worsening|loss)"
_FVC_TREND = lazy(
    rf"(relative|absolute)?\s*{_FALL}\s+(?:in|of)\s+(?:the\s+)?(?:percent\s+predicted\s+|%\s*predicted\s+)?{_FVC}"
    rf"[^;\d<>=]{{0,30}}?(>=|>|<=|<)\s*(\d+(?:\.\d+)?)\s*(%|ml|l)?|"
    rf"(relative|absolute)?\s*{_FVC}\s+{_FALL}[^;\d<>=]{{0,20}}?(>=|>|<=|<)\s*(\d+(?:\.\d+)?)\s*(%|ml|l)?")
_WEIGHT_TREND = lazy(
    r"(?:weight\s+loss|loss\s+of\s+(?:body\s+)?weight|lost)\s*(?:of\s+)?(>=|>|<=|<)\s*(\d+(?:\.\d+)?)\s*(%|kg)|"
    r"(>=|>)\s*(\d+(?:\.\d+)?)\s*(%|kg)\s+(?:\w+\s+)?(?:body\s+)?weight\s+loss")
# "Weight must be stable within 5% for 3 months", "stable body weight (<= 5% change) over the past 3 months",
# "stable weight (+/- 2 kg) for at least 12 weeks": a change either way, with the period it is counted over.
_WEIGHT_STABLE = lazy(
    r"(?:\bweight\b[^;\d<>=]{0,30}?\bstable\b|\bstable\s+(?:body\s+)?weight\b)"
    r"[^;\d]{0,20}?(<=|<)?\s*(?:±|\+\s*/\s*-)?\s*(\d+(?:\.\d+)?)\s*(%|kg)"
    rf"(?:[^;\d]{{0,40}}?\b(?:for|over|in|during|within|throughout)\s+(?:>=\s*)?(?:the\s+)?"
    rf"(?:(?:previous|past|last|prior|preceding|most\s+recent)\s+)?{COUNT}\s*(day|week|month|year)s?\b)?")
# "Weight change > 5% within the last 3 months", "a change in body weight of more than 3 kg"
_WEIGHT_CHANGE = lazy(
    r"(?:\b(?:body\s+)?weight\s+(?:change|fluctuation|variation)s?|\bchanges?\s+(?:in|of)\s+(?:body\s+)?weight)"
    r"\s*(?:of\s+)?(>=|>|<=|<)\s*(\d+(?:\.\d+)?)\s*(%|kg)")

LOSS = "loss"  # a fall from the first reading of the period to the last
CHANGE = "change"  # the largest change either way from the first reading of the period


def weight_trend(t: str) -> tuple[str, str, float, str, Window | None] | None:
    """A weight change over a period in normalised text ``t``: (LOSS or CHANGE, the comparison, the number,
    "%" or "kg", the period when the phrase names its own ("stable ... for 3 months"), else None)."""
    m = _WEIGHT_STABLE.search(t)
    if m:
        own = period(m.group(4), m.group(5)) if m.group(4) else None
        return CHANGE, m.group(1) or "<=", float(m.group(2)), m.group(3), own
    m = _WEIGHT_CHANGE.search(t)
    if m:
        return CHANGE, m.group(1), float(m.group(2)), m.group(3), None
    m = _WEIGHT_TREND.search(t)
    if m:
        op, number, unit = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(4), m.group(5), m.group(6))
        return LOSS, op, float(number), unit, None
    return None


def _trend_checks(clause: str, window: Window | None, excluding: bool, context: _Context) -> list[Check]:
    t = normalise(clause)
    checks: list[Check] = []
    m = _FVC_TREND.search(t)
    if m:
        relative, op, number, unit = (m.group(1), m.group(2), m.group(3), m.group(4)) if m.group(2) else \
            (m.group(5), m.group(6), m.group(7), m.group(8))
        checks.append(_change_check("fvc", relative or "", op, float(number), unit or "", window, excluding, context))
    weight = weight_trend(t)
    if weight is not None:
        direction, op, number, unit, own = weight
        checks.append(_change_check("weight", direction, op, number, unit, own or window, excluding, context))
    return checks


def _coverage_slack(start: datetime, now: datetime) -> timedelta:
    """How far from the start of a period (and from now) a reading may be and still stand for it: a sixth of
    the period, from a week to a month (a weight a fortnight after the start stands for "3 months")."""
    return timedelta(days=max(7, min(31, (now - start).days // 6)))


def _change_check(what: str, relative: str, op: str, number: float, unit: str, window: Window | None,
                  excluding: bool, context: _Context) -> Check:
    """FVC decline (``relative``: "relative", "absolute" or "") or weight (``relative``: LOSS or CHANGE) over
    ``window``, from the reading nearest its start to the latest one.

    A verdict that needs no change beyond the limit ("no weight loss > 5% in 6 months" fits, "stable within 5%"
    fits) needs readings that cover the period: one near its start and a recent one. A change beyond the limit
    seen between any two of the readings is enough on its own."""
    direction = LOSS
    if what == "fvc":
        if unit in ("ml", "l"):
            key, mode = "fvc_litres", "absolute_ml"
        elif relative == "absolute":
            key, mode = "fvc_percent_predicted", "points"
        else:
            key, mode = "fvc_percent_predicted", "relative"
        subject = translate("Trials", "FVC decline")
    else:
        direction = CHANGE if relative == CHANGE else LOSS
        key, mode = "weight_kg", "relative" if unit == "%" else "absolute_kg"
        subject = translate("Trials", "weight change") if direction == CHANGE else translate("Trials", "weight loss")
    bound = Bound(key, number if op.startswith(">") else None, number if op.startswith("<") else None,
                  op != ">", op != "<")
    unit_shown = {"relative": "%", "points": translate("Trials", "% predicted points"), "absolute_ml": "mL",
                  "absolute_kg": "kg"}[mode]
    described = f"{subject} {bound.describe(unit_shown if mode != 'points' else '')}"
    if window is None:
        return Check(key, described, ASK_TRIAL_TEAM, reason=translate(
            "Trials", "The item gives no period for the change; ask the trial team over what time it counts."))
    since = _window_start(context.now, window, 0)
    slack = _coverage_slack(since, context.now)
    usable = sorted((m for m in context.measurements if m.kind == key and since - slack <= m.taken_at <= context.now
                     and math.isfinite(m.value)), key=lambda m: m.taken_at)
    before = [m for m in usable if m.taken_at < since]
    readings = before[-1:] + [m for m in usable if m.taken_at >= since]  # the nearest before the start stands for it
    label, cat_unit = _label_and_unit(key)
    if len(readings) < 2:
        # what there is, in a few words (the pack prints "No Weight recorded" for an empty value)
        had = translate("Trials", "No {label} reading within {window}").format(label=label, window=window.phrase()) \
            if not readings else translate("Trials", "{label} {value} on {date} only").format(
            label=label, value=_with_unit(readings[0].value, cat_unit, _places(readings[0])),
            date=format_date(_day_of(readings[0].taken_at, context)))
        return Check(key, described, NO_DATA, reason=translate(
            "Trials", "A change needs two {label} readings within {window}; {count} recorded.").format(
            label=label, window=window.phrase(), count=len(readings)), shown=had)
    first, last = readings[0], readings[-1]

    def change_to(reading: MeasurementFact) -> float:
        fall = first.value - reading.value
        if direction == CHANGE:
            fall = abs(fall)
        if mode == "relative":
            return fall / first.value * 100 if first.value else 0.0
        return fall * 1000 if mode == "absolute_ml" else fall

    far = max(readings[1:], key=lambda r: (change_to(r), r.taken_at)) if direction == CHANGE else last
    change = round(change_to(far), 1)
    holds = bound.holds(change)
    covered = first.taken_at <= since + slack and last.taken_at >= context.now - slack
    beyond = (bound.low is not None and holds) or (bound.high is not None and not holds)
    first_date, last_date = format_date(_day_of(first.taken_at, context)), format_date(_day_of(last.taken_at, context))
    if not covered and not beyond:
        return Check(key, described, NO_DATA, reason=translate(
            "Trials", "The {label} readings ({first_date} to {last_date}) do not cover the {window} the item counts "
                      "over: a reading near {start} and a recent one are needed.").format(
            label=label, first_date=first_date, last_date=last_date, window=window.phrase(),
            start=format_date(_day_of(since, context))),
            shown=translate("Trials", "{label} readings from {first_date} to {last_date} only").format(
                label=label, first_date=first_date, last_date=last_date))
    if direction == CHANGE:
        reason = translate("Trials", "{label} {first} on {first_date} and the readings after it up to {last_date}: the "
                              "largest change is {change} {unit} ({far} on {far_date}) within {window}; the item "
                              "states {bound}.").format(
            label=label, first=_with_unit(first.value, cat_unit, _places(first)), first_date=first_date, last_date=last_date,
            change=_format(change), unit=unit_shown, far=_with_unit(far.value, cat_unit, _places(far)),
            far_date=format_date(_day_of(far.taken_at, context)), window=window.phrase(),
            bound=bound.describe(unit_shown))
    else:
        reason = translate("Trials", "{label} {first} on {first_date}, {last} on {last_date}: a {how} of {change} {unit} "
                              "within {window}; the item states {bound}.").format(
            label=label, first=_with_unit(first.value, cat_unit, _places(first)), first_date=first_date,
            last=_with_unit(last.value, cat_unit, _places(last)), last_date=last_date,
            how=translate("Trials", "fall") if change >= 0 else translate("Trials", "rise (a negative fall)"),
            change=_format(change), unit=unit_shown, window=window.phrase(), bound=bound.describe(unit_shown))
    shown = translate("Trials", "{subject} of {change} {unit} ({first} \u2192 {last})").format(
        subject=subject, change=_format(change), unit=unit_shown, first=_with_unit(first.value, cat_unit, _places(first)),
        last=_with_unit(far.value, cat_unit, _places(far)))
    shown = shown[:1].upper() + shown[1:]  # "Weight loss of 12.5 % (64 kg → 56 kg)"
    return Check(key, described, _verdict(holds, excluding), change, far.taken_at, reason, shown)


# ---------------------------------------------------------------------------------------------
# Medicines and diagnoses


def _medicine_checks(clause: str, excluding: bool, context: _Context) -> list[Check]:
    named = medicines_named(clause)
    if not named:
        return []
    return _medicines_held(named, stable_duration(clause), current_use_excluded(clause), excluding, context)


def _medicines_held(named: Collection[str], duration: tuple[int, str] | None, current_use: bool, excluding: bool,
                    context: _Context) -> list[Check]:
    """The medicines a clause names (``named``) held against the list: "on a stable dose for ``duration``"
    (count, unit), or, in an exclusion about current use (``current_use``), not taking them."""
    if not named:
        return []
    today = context.now.date()
    on = [m for m in context.medications if m.current(today) and medicine_of(m) in named]
    if not on:
        return []  # not on the list is not proof of not taking it: the clause stays for the trial team
    checks: list[Check] = []
    if duration is not None:
        count, unit = duration
        since = _window_start(context.now, Window(count, unit), 0).date()
        for med in on:
            described = translate("Trials", "{name} for at least {period}").format(
                name=med.name, period=Window(count, unit).phrase())
            if med.start is None:
                checks.append(Check(MEDICATION, described, NO_DATA, reason=translate(
                    "Trials", "{name} is on the medication list without a start date.").format(name=med.name)))
                continue
            stable = med.start <= since
            reason = translate("Trials", "{name} on the medication list since {start}; the item asks for at least {period} "
                                  "(since {since} or earlier).").format(
                name=med.name, start=format_date(med.start), period=Window(count, unit).phrase(), since=format_date(since))
            checks.append(Check(MEDICATION, described, FITS if stable else CONFLICTS, reason=reason))
        return checks
    if excluding and current_use:
        for med in on:
            checks.append(Check(MEDICATION, translate("Trials", "not taking {name}").format(name=med.name), CONFLICTS,
                                reason=translate("Trials", "{name} is on the medication list (since {start}).").format(
                                    name=med.name, start=format_date(med.start) if med.start else "?")))
    return checks


def _condition_checks(clause: str, context: _Context) -> list[Check]:
    return _conditions_held(diagnosis_terms(clause), context)


def _conditions_held(terms: list[str] | None, context: _Context) -> list[Check]:
    if not terms:
        return []
    condition = matching_condition(terms, context.person.conditions)
    if condition is None:
        return []  # a condition missing from the list is not proof: ask
    return [Check(CONDITION, translate("Trials", "diagnosis: {terms}").format(terms=translate("Trials", " or ").join(terms)), FITS,
                  reason=translate("Trials", "The person's conditions include {condition}.").format(condition=condition))]


def _window_start(now: datetime, window: Window | None, default_days: int) -> datetime:
    if window is None:
        return now - timedelta(days=default_days)
    if window.unit is WindowUnit.DAY:
        return now - timedelta(days=window.count)
    if window.unit is WindowUnit.WEEK:
        return now - timedelta(weeks=window.count)
    months = window.count * (12 if window.unit is WindowUnit.YEAR else 1)
    return _months_before(now, months)


def _months_before(moment: datetime, months: int) -> datetime:
    index = moment.year * 12 + moment.month - 1 - months
    year, month = divmod(index, 12)
    if year < 1:
        return datetime.min.replace(tzinfo=moment.tzinfo)
    day = min(moment.day, calendar.monthrange(year, month + 1)[1])
    return moment.replace(year=year, month=month + 1, day=day)


def _plausible(key: str) -> tuple[float, float] | None:
    """The catalogue's plausible range of a kind, or None when it has none."""
    from careorganiser.domain.catalogue import builtin_kind

    kind = builtin_kind(key)
    return (kind.min, kind.max) if kind is not None and kind.min is not None and kind.max is not None else None


def note_unconverted(items: Iterable[PrescreenItem], units: dict[str, str]) -> list[PrescreenItem]:
    """Items without data whose kind has readings only in another unit (``units``: kind -> that unit, from an
    import before units were converted), told so instead of "no measurement is recorded"."""
    out = []
    for item in items:
        unit = units.get(item.measurement or "")
        if unit is not None and item.status == NO_DATA and item.value is None:
            label, kind_unit = _label_and_unit(item.measurement or "")
            item = replace(item, reason=translate(
                "Trials", "The {label} readings in {unit} were imported before units were converted, so they are "
                          "not used. Enter them again in {kind_unit}.").format(label=label, unit=unit,
                                                                              kind_unit=kind_unit))
        out.append(item)
    return out


def _label_and_unit(key: str) -> tuple[str, str]:
    try:
        from careorganiser.domain.catalogue import builtin_kind

        kind = builtin_kind(key)
    except (OSError, ValueError, KeyError):  # no resources folder: still give plain words
        kind = None
    if kind is None:
        return key.replace("_", " "), ""
    return translate("Measurements", kind.label), "" if kind.unit == "ratio" else kind.unit


def _format(value: float) -> str:
    return f"{value:g}"


def _with_unit(value: float, unit: str, places: int | None = None) -> str:
    """A reading as shown everywhere (:func:`~careorganiser.domain.formatting.measured`), or to ``places``,
    with its unit."""
    number = format_measured(value, 0) if places is None else format_number(value, places)
    if not unit:
        return number
    return f"{number}{'' if unit == '%' else ' '}{unit}"


# ---------------------------------------------------------------------------------------------
# Criteria read before (trials.parsed): the same checks, held against the data without reading the text again


def prescreen_parsed(items: Sequence[dict[str, Any]], person: PersonFacts, measurements: Sequence[MeasurementFact],
                     now: datetime, default_window_days: int = 365,
                     medications: Sequence[MedicationFact] = ()) -> list[PrescreenItem]:
    """:func:`prescreen` of criteria read by ``trials.parsed`` (its decoded items): one :class:`PrescreenItem`
    per item, the same as :func:`prescreen` gives for the text they were read from."""
    _require_aware(now, "now")
    for m in measurements:
        _require_aware(m.taken_at, f"the {m.kind} measurement's taken_at")
    context = _Context(person, measurements, now, default_window_days, tuple(medications))
    return [_screen_parsed(item, context) for item in items]


def _screen_parsed(item: dict[str, Any], context: _Context) -> PrescreenItem:
    """:func:`_screen_item` of a read item."""
    kind, shown, section = item["kind"], item["shown"], item["section"]
    if item["alternatives"] is not None:
        return _group_item(kind, shown, section, [_parsed_item_checks(clauses, False, True, context)
                                                  for clauses in item["alternatives"]])
    checks = _parsed_item_checks(item["clauses"], item["excluding"], item["inclusion"], context)
    if not any(c.status != ASK_TRIAL_TEAM for c in checks):
        return PrescreenItem(kind, shown, ASK_TRIAL_TEAM, reason=_ask_reason(), section=section)
    group = item["cohort"]
    if group:
        checks = [replace(c, status=ASK_TRIAL_TEAM, reason=translate(
            "Trials", "{reason} This item is for one group of the study only ({group}); ask the trial team whether "
                      "it applies.").format(reason=c.reason, group=group)) if c.status != ASK_TRIAL_TEAM else c
                  for c in checks]
    return _item(kind, shown, checks, section)


def _parsed_item_checks(clauses: Sequence[dict[str, Any]], excluding: bool, inclusion: bool,
                        context: _Context) -> list[Check]:
    """:func:`_item_checks` of read clauses."""
    checks: list[Check] = []
    unchecked: list[str] = []
    for clause in clauses:
        negated = clause["negated"]
        found = _parsed_clause_checks(clause, excluding or negated, inclusion and not negated, context)
        if negated and excluding:
            found = _not_judged(found)
        if found:
            checks += found
            unchecked += clause["unmeasured"]
        elif clause["substantive"]:
            unchecked.append(clause["text"])
    if checks:
        if not excluding and any(clause["or_unmeasured"] for clause in clauses):
            checks = [_alternative_may_hold(c) for c in checks]
        checks += [Check(None, clause, ASK_TRIAL_TEAM, reason=translate(
            "Trials", "Not checked from the records: \u201c{part}\u201d; ask the trial team.").format(part=clause))
            for clause in unchecked]
    return checks


def _parsed_clause_checks(clause: dict[str, Any], excluding: bool, inclusion: bool, context: _Context) -> list[Check]:
    """:func:`_clause_checks` of a read clause."""
    window = clause["window"]
    checks = [_check(bound, window, context, excluding, clause["contexts"]) for bound in clause["bounds"]]
    if excluding:
        checks = _both_liver_applied(clause["both_liver"], checks)
    if clause["fvc_trend"] is not None:
        relative, op, number, unit = clause["fvc_trend"]
        checks.append(_change_check("fvc", relative, op, number, unit, window, excluding, context))
    if clause["weight_trend"] is not None:
        direction, op, number, unit, own = clause["weight_trend"]
        checks.append(_change_check("weight", direction, op, number, unit, own or window, excluding, context))
    checks += _medicines_held(clause["medicines"], clause["stable"], clause["current_use"], excluding, context)
    if inclusion and not excluding:
        checks += _conditions_held(clause["diagnosis"], context)
    return checks


__all__ = [
    "ASK_TRIAL_TEAM", "CONFLICTS", "FITS", "NO_DATA", "STATUSES", "Check", "PrescreenStatus", "MeasurementFact", "MedicationFact",
    "PersonFacts", "PrescreenItem", "ask_questions", "completed_years", "criteria_notes", "prescreen",
    "prescreen_caution", "prescreen_record_limits", "summarise", "INCLUSION", "EXCLUSION",
]
