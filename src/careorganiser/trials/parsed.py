"""A trial's eligibility criteria read once, kept with the trial, and held against the data without reading again.

Reading the text (trials.eligibility, trials.clauses, trials.bounds, trials.medicines) takes about a hundred
regular expressions; holding what was read against the person's values takes none. So the text is read when a
trial is saved, imported or updated, and what was read is kept in the profile (``trials.criteria_parse``) as JSON:

    {"version": PARSER_VERSION, "text_sha256": <the eligibility text's digest>, "items": [item, ...],
     "payment": {"texts_sha256": <the digest of the record's texts>, "asks": bool}}

    item:   {"kind": "inclusion" | "exclusion", "shown": <the item's text as shown>, "section": <its label>,
             "excluding": bool, "inclusion": bool, "cohort": <the one group it is for, or "">,
             "filler": bool (says nothing to ask about), "clauses": [clause, ...] | null,
             "alternatives": [[clause, ...], ...] | null ("one of the following": each alternative's clauses)}
    clause: {"text": str, "negated": bool (it says "must not have ...": read as an exclusion),
             "window": [count, "day" | "week" | "month" | "year"] | null, "contexts": [str, ...],
             "bounds": [bound, ...], "both_liver": bool, "fvc_trend": [relative, op, number, unit] | null,
             "weight_trend": ["loss" | "change", op, number, unit, [count, unit] | null (its own period)] | null,
             "medicines": [str, ...], "stable": [count, unit] | null, "current_use": bool, "diagnosis": [str, ...] | null, "unmeasured": [str, ...], "substantive": bool,
             "or_unmeasured": bool}
    bound:  {"measurement": str, "low": number | null, "high": number | null, "low_inclusive": bool,
             "high_inclusive": bool, "uln": bool, "sexes": [str, ...], "stated_low": number | null,
             "stated_high": number | null, "stated_unit": str (the unit the trial wrote the limits in when it is
             not the catalogue's, e.g. "mg/dL"; "" otherwise)}

``payment`` is the trust check's "asks the patient to pay" over the record's own texts (trials.cautions; the
caregiver's notes, which change, are read at print). It is derived data: never exported, and never trusted blindly. :func:`criteria_items` uses it only when it is of
this reader's version, was read from the very text the trial has now (the digest), and every part of it has the
shape above; anything else (none kept, an older version, another text, damaged JSON) is read again from the text
and handed back to be kept. A change to what the reader finds must raise ``PARSER_VERSION``.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from careorganiser.trials.eligibility import CriterionKind

# 2: bounds keep the limits as the trial wrote them (stated_*); 3: a weight change either way ("stable within 5%
# for 3 months"), with its own period: weight_trend [direction, op, number, unit, window]; a clause's part after
# "must not have" is its own clause, "negated"; 4: "resting", "at rest" name the rest context, "not on oxygen" and
# "room air" name none; "10 g/dL or more" after the value
PARSER_VERSION = 4

_CRITERIA_KEYS = frozenset({"version", "text_sha256", "items"})
_KEPT_KEYS = _CRITERIA_KEYS | {"payment"}
_ITEM_KEYS = frozenset({"kind", "shown", "section", "excluding", "inclusion", "cohort", "filler", "clauses",
                        "alternatives"})
_CLAUSE_KEYS = frozenset({"text", "negated", "window", "contexts", "bounds", "both_liver", "fvc_trend", "weight_trend",
                          "medicines", "stable", "current_use", "diagnosis", "unmeasured", "substantive",
                          "or_unmeasured"})
_BOUND_KEYS = frozenset({"measurement", "low", "high", "low_inclusive", "high_inclusive", "uln", "sexes",
                        "stated_low", "stated_high", "stated_unit"})
_OPS = frozenset({">=", ">", "<=", "<"})


def text_digest(text: str) -> str:
    """The digest of an eligibility text that a kept reading names."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def texts_digest(texts: Sequence[str]) -> str:
    """The digest of a record's texts (trials.cautions.payment_texts) that a kept reading names."""
    return text_digest(json.dumps([t or "" for t in texts]))


def read_study(study: Any) -> dict[str, Any]:
    """Everything kept of a study (a ``trials.model.Study``): its criteria read, and whether its texts ask the
    patient to pay."""
    from careorganiser.trials.cautions import asks_for_payment, payment_texts

    texts = payment_texts(study)
    reading = read_criteria(study.eligibility_criteria or "")
    reading["payment"] = {"texts_sha256": texts_digest(texts), "asks": asks_for_payment(texts)}
    return reading


# ---------------------------------------------------------------------------------------------- reading the text


def read_criteria(text: str) -> dict[str, Any]:
    """The eligibility text read, as the JSON kept with the trial (see the module's text)."""
    from careorganiser.trials import clauses as cl
    from careorganiser.trials import prescreen as ps
    from careorganiser.trials.eligibility import EXCLUSION, INCLUSION, split_criteria

    items: list[dict[str, Any]] = []
    for item in split_criteria(text):
        if cl.is_disclaimer(item.text):
            continue
        shown = ps._shown_text(item)
        excluding = item.kind == EXCLUSION or ps._negated(item.text)
        inclusion = item.kind == INCLUSION
        entry: dict[str, Any] = {"kind": str(item.kind), "shown": shown, "section": item.section,
                                 "excluding": excluding, "inclusion": inclusion, "cohort": cl.cohort_only(item.text),
                                 "filler": ps.is_filler(shown), "clauses": None, "alternatives": None}
        if item.sub_items and cl.is_group_heading(item.text) and not excluding:
            entry["alternatives"] = [[_read_clause(c, negated, False) for whole in cl.split_clauses(sub)
                                      for c, negated in ps.negation_parts(whole)] for sub in item.sub_items]
        else:
            entry["clauses"] = [_read_clause(c, negated, excluding) for whole in cl.split_clauses(item.full_text)
                                for c, negated in ps.negation_parts(whole)]
        items.append(entry)
    return {"version": PARSER_VERSION, "text_sha256": text_digest(text), "items": items}


def _read_clause(clause: str, negated: bool, excluding: bool) -> dict[str, Any]:
    from careorganiser.trials import prescreen as ps
    from careorganiser.trials.bounds import find_bounds, find_window, normalise
    from careorganiser.trials.clauses import contexts_required
    from careorganiser.trials.medicines import (
        current_use_excluded,
        diagnosis_terms,
        medicines_named,
        stable_duration,
    )

    window = find_window(clause)
    t = normalise(clause)
    fvc = ps._FVC_TREND.search(t)
    fvc_trend = None
    if fvc:
        relative, op, number, unit = (fvc.group(1), fvc.group(2), fvc.group(3), fvc.group(4)) if fvc.group(2) else \
            (fvc.group(5), fvc.group(6), fvc.group(7), fvc.group(8))
        fvc_trend = [relative or "", op, float(number), unit or ""]
    weight = ps.weight_trend(t)
    weight_trend = None
    if weight is not None:
        direction, op, number, unit, own = weight
        weight_trend = [direction, op, number, unit, [own.count, str(own.unit)] if own is not None else None]
    stable = stable_duration(clause)
    return {
        "text": clause,
        "negated": negated,
        "window": [window.count, str(window.unit)] if window is not None else None,
        "contexts": sorted(str(c) for c in contexts_required(clause)),
        "bounds": [{"measurement": b.measurement, "low": b.low, "high": b.high, "low_inclusive": b.low_inclusive,
                    "high_inclusive": b.high_inclusive, "uln": b.uln, "sexes": list(b.sexes),
                    "stated_low": b.stated_low, "stated_high": b.stated_high, "stated_unit": b.stated_unit}
                   for b in find_bounds(clause)],
        "both_liver": ps._AND_LIVER.search(t) is not None,
        "fvc_trend": fvc_trend,
        "weight_trend": weight_trend,
        "medicines": sorted(medicines_named(clause)),
        "stable": [stable[0], stable[1]] if stable is not None else None,
        "current_use": current_use_excluded(clause),
        "diagnosis": diagnosis_terms(clause),
        "unmeasured": ps._unmeasured_alternatives(clause, excluding or negated, []),
        "substantive": ps._substantive(clause),
        "or_unmeasured": ps._unread_alternative(clause),
    }


# ---------------------------------------------------------------------------------------------- a kept reading


class _Refused(ValueError):
    """A kept reading that is not exactly of the shape this version writes."""


def _need(ok: bool) -> None:
    if not ok:
        raise _Refused


def _str(value: Any) -> str:
    _need(type(value) is str)
    return value  # type: ignore[no-any-return]


def _bool(value: Any) -> bool:
    _need(type(value) is bool)
    return value  # type: ignore[no-any-return]


def _number(value: Any) -> float:
    _need(type(value) in (int, float) and math.isfinite(value))
    return float(value)


def _maybe_number(value: Any) -> float | None:
    return None if value is None else _number(value)


def _list(value: Any) -> list[Any]:
    _need(type(value) is list)
    return value  # type: ignore[no-any-return]


def _strs(value: Any) -> list[str]:
    return [_str(v) for v in _list(value)]


def _keys(value: Any, keys: frozenset[str]) -> dict[str, Any]:
    _need(type(value) is dict and value.keys() == keys)
    return value  # type: ignore[no-any-return]


def _bound(value: Any) -> Any:
    from careorganiser.trials.bounds import AGE, SEX, STATED_UNITS, Bound

    d = _keys(value, _BOUND_KEYS)
    measurement = _str(d["measurement"])
    sexes = tuple(_strs(d["sexes"]))
    _need(all(s in ("female", "male") for s in sexes) and (bool(sexes) == (measurement == SEX)))
    low, high = _maybe_number(d["low"]), _maybe_number(d["high"])
    _need(measurement == SEX or measurement == AGE or _known_kind(measurement))
    _need(measurement == SEX or low is not None or high is not None)  # a bound with no limit is not one
    stated_low, stated_high, stated_unit = _maybe_number(d["stated_low"]), _maybe_number(d["stated_high"]), \
        _str(d["stated_unit"])
    _need(stated_unit == "" or stated_unit in STATED_UNITS.values())
    _need((stated_low is None) == (low is None or not stated_unit) and (stated_high is None) == (high is None or not stated_unit))
    return Bound(measurement, low, high, _bool(d["low_inclusive"]), _bool(d["high_inclusive"]), _bool(d["uln"]),
                 sexes, stated_low, stated_high, stated_unit)


def _known_kind(key: str) -> bool:
    from careorganiser.domain.catalogue import builtin_kind

    return builtin_kind(key) is not None


def _window(value: Any) -> Any:
    """A kept ``[count, unit]`` as a ``bounds.Window``, or None."""
    from careorganiser.trials.bounds import Window, WindowUnit

    if value is None:
        return None
    count, unit = _list(value) if len(_list(value)) == 2 else (None, None)
    _need(type(count) is int and count > 0 and unit in tuple(WindowUnit))
    return Window(count, WindowUnit(unit))


def _clause(value: Any) -> dict[str, Any]:
    from careorganiser.trials.clauses import CONTEXTS
    from careorganiser.trials.medicines import known_medicines

    d = _keys(value, _CLAUSE_KEYS)
    window = _window(d["window"])
    contexts = _strs(d["contexts"])
    _need(all(c in CONTEXTS for c in contexts))
    fvc = d["fvc_trend"]
    if fvc is not None:
        _need(len(_list(fvc)) == 4)
        relative, op, number, unit = fvc
        _need(_str(relative) in ("", "relative", "absolute") and _str(op) in _OPS and _str(unit) in ("", "%", "ml", "l"))
        fvc = (relative, op, _number(number), unit)
    weight = d["weight_trend"]
    if weight is not None:
        _need(len(_list(weight)) == 5)
        direction, op, number, unit, own = weight
        _need(_str(direction) in ("loss", "change") and _str(op) in _OPS and _str(unit) in ("%", "kg"))
        weight = (direction, op, _number(number), unit, _window(own))
    medicines = _strs(d["medicines"])
    _need(all(m in known_medicines() for m in medicines))
    stable = d["stable"]
    if stable is not None:
        _need(len(_list(stable)) == 2)
        count, unit = stable
        _need(type(count) is int and count >= 0 and unit in ("day", "week", "month", "year"))
        stable = (count, unit)
    diagnosis = d["diagnosis"]
    if diagnosis is not None:
        diagnosis = _strs(diagnosis)
        _need(bool(diagnosis))
    return {
        "text": _str(d["text"]), "negated": _bool(d["negated"]), "window": window, "contexts": frozenset(contexts),
        "bounds": tuple(_bound(b) for b in _list(d["bounds"])), "both_liver": _bool(d["both_liver"]),
        "fvc_trend": fvc, "weight_trend": weight, "medicines": frozenset(medicines), "stable": stable,
        "current_use": _bool(d["current_use"]), "diagnosis": diagnosis, "unmeasured": _strs(d["unmeasured"]),
        "substantive": _bool(d["substantive"]), "or_unmeasured": _bool(d["or_unmeasured"]),
    }


def _item(value: Any) -> dict[str, Any]:
    d = _keys(value, _ITEM_KEYS)
    kind = CriterionKind(_str(d["kind"]))
    clauses, alternatives = d["clauses"], d["alternatives"]
    _need((clauses is None) != (alternatives is None))
    return {
        "kind": kind, "shown": _str(d["shown"]), "section": _str(d["section"]), "excluding": _bool(d["excluding"]),
        "inclusion": _bool(d["inclusion"]), "cohort": _str(d["cohort"]), "filler": _bool(d["filler"]),
        "clauses": [_clause(c) for c in _list(clauses)] if clauses is not None else None,
        "alternatives": [[_clause(c) for c in _list(a)] for a in _list(alternatives)]
        if alternatives is not None else None,
    }


def kept_items(kept: Any, text: str) -> list[dict[str, Any]] | None:
    """The items of a kept reading, decoded for ``prescreen.prescreen_parsed``; None when it cannot be trusted
    for ``text`` (none, another version, another text, or any part not of the shape this version writes)."""
    if type(kept) is not dict or not _CRITERIA_KEYS <= kept.keys() <= _KEPT_KEYS:
        return None
    if kept["version"] != PARSER_VERSION or type(kept["version"]) is not int or kept["text_sha256"] != text_digest(text):
        return None
    try:
        return [_item(item) for item in _list(kept["items"])]
    except (_Refused, ValueError, TypeError, KeyError):
        return None


def kept_payment(kept: Any, study: Any) -> bool | None:
    """Whether the study's own texts ask the patient to pay, from a kept reading; None when it cannot be
    trusted for ``study`` (none, another version, other texts, not of the shape this version writes)."""
    from careorganiser.trials.cautions import payment_texts

    if type(kept) is not dict or kept.keys() != _KEPT_KEYS or type(kept["version"]) is not int \
            or kept["version"] != PARSER_VERSION:
        return None
    payment = kept["payment"]
    if type(payment) is not dict or payment.keys() != {"texts_sha256", "asks"} or type(payment["asks"]) is not bool:
        return None
    return payment["asks"] if payment["texts_sha256"] == texts_digest(payment_texts(study)) else None


def criteria_items(kept: Any, text: str) -> tuple[list[dict[str, Any]] | None, dict[str, Any] | None]:
    """The decoded items for ``text``: from ``kept`` when it can be trusted, else read again. The second value
    is the fresh reading (of the criteria only) in place of ``kept`` (None when ``kept`` was used). The items are
    None only if a fresh reading cannot be decoded either (never expected: a test holds every sample), and
    then the caller pre-screens the text itself."""
    items = kept_items(kept, text)
    if items is not None:
        return items, None
    fresh = read_criteria(text)
    items = kept_items(fresh, text)
    return (items, fresh) if items is not None else (None, None)


def read_trial(kept: Any, study: Any) -> tuple[list[dict[str, Any]] | None, bool | None, dict[str, Any] | None]:
    """What a print needs of a study from its kept reading: the decoded criteria items, whether its texts ask
    the patient to pay, and the fresh reading to keep when ``kept`` could not be trusted (None: nothing to
    keep). The items or the payment are None only if even a fresh reading cannot be decoded (then the caller
    reads the text itself, as before)."""
    text = study.eligibility_criteria or ""
    items, asks = kept_items(kept, text), kept_payment(kept, study)
    if items is not None and asks is not None:
        return items, asks, None
    fresh = read_study(study)
    items, asks = kept_items(fresh, text), kept_payment(fresh, study)
    return items, asks, (fresh if items is not None and asks is not None else None)


def prescreen_items(items: list[dict[str, Any]] | None, study: Any, person: Any, measurements: Sequence[Any],
                    now: datetime, medications: Sequence[Any] = ()) -> tuple[list[Any], set[str] | None]:
    """``prescreen.prescreen(study, ...)`` from decoded ``items`` (None: from the study's text): the items, and
    the texts of those that say nothing to ask about (for ``prescreen.ask_questions``; None: let it read them)."""
    from careorganiser.trials import prescreen as ps

    if items is None:
        return ps.prescreen(study, person, measurements, now, medications=medications), None
    return ps.prescreen_parsed(items, person, measurements, now, medications=medications), fillers(items)


def fillers(items: Sequence[dict[str, Any]]) -> set[str]:
    """The texts of the items that say nothing to ask about, for ``prescreen.ask_questions``."""
    return {item["shown"] for item in items if item["filler"]}
