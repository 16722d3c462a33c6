"""Recognise measurable bounds in one eligibility item, in the wordings real records use.

"FVC ≥ 45% predicted", "FVC 40% to 70% of the estimated value (including 40% and 70%)",
"DLco (corrected for haemoglobin) 30-79% predicted", "FEV1/FVC<0.7", "6MWD ≥ 150 m",
"ALT or AST > 3 × ULN", "creatinine > 1.5 times the upper limit of normal", "Bilirubin less than 1.5 mg/dL",
"aged 40 to 80", "Healthy adults under age 60", "Male or female"... and a time window such as
"within the previous 3 months". Anything not recognised gives no bound: the item is then for the trial team.

Values are converted to the units of the measurement catalogue (resources/measurements.json).
"""

from __future__ import annotations

import math
import re
from enum import StrEnum

import msgspec
from msgspec import Struct
from msgspec.structs import force_setattr

from careorganiser.i18n import translate
from careorganiser.lazy_re import LazyPattern, lazy

AGE = "age"
SEX = "sex"


class Bound(Struct, frozen=True):
    """An interval a value must fall in for the item's statement to hold.

    With ``uln`` the limits are multiples of the upper limit of normal of the measurement itself.
    For ``measurement == "sex"`` the item holds when the person's sex is one of ``sexes``.
    """

    measurement: str
    low: float | None = None
    high: float | None = None
    low_inclusive: bool = True
    high_inclusive: bool = True
    uln: bool = False
    sexes: tuple[str, ...] = ()
    # The limits as the trial wrote them when they were in another unit ("1.5 mg/dL" for 132.63 µmol/L):
    # shown first, with the converted value in brackets. Empty ``stated_unit``: written in the catalogue unit.
    stated_low: float | None = None
    stated_high: float | None = None
    stated_unit: str = ""

    def holds(self, value: float) -> bool:
        if self.low is not None and (value < self.low or (value == self.low and not self.low_inclusive)):
            return False
        if self.high is not None and (value > self.high or (value == self.high and not self.high_inclusive)):
            return False
        return True

    def describe(self, unit: str = "") -> str:
        """"≥ 45%", "40–70%", "> 3 × ULN", "< 0.7"; a limit written in another unit as written, with the
        converted value in brackets: "≤ 1.5 mg/dL (133 µmol/L)"."""
        if self.stated_unit and not self.uln:
            stated = msgspec.structs.replace(self, low=self.stated_low, high=self.stated_high, stated_unit="")
            converted = msgspec.structs.replace(self, low=_sensible(self.low), high=_sensible(self.high), stated_unit="")
            return f"{stated.describe(self.stated_unit)} ({converted._limits_only(unit)})"
        suffix = " × ULN" if self.uln else \
            ("%" if unit == "%" else unit if unit.startswith("/") else f" {unit}" if unit else "")
        low = f"{'≥' if self.low_inclusive else '>'} {_number(self.low)}{suffix}"
        high = f"{'≤' if self.high_inclusive else '<'} {_number(self.high)}{suffix}"
        if self.low is not None and self.high is not None:
            if self.low_inclusive and self.high_inclusive:
                return f"{_number(self.low)}–{_number(self.high)}{suffix}"
            return f"{low}, {high}"
        if self.low is not None:
            return low
        if self.high is not None:
            return high
        return ""

    def _limits_only(self, unit: str) -> str:
        """The limits without their comparison signs ("133 µmol/L", "15–20 g/L"), for the brackets."""
        suffix = "%" if unit == "%" else f" {unit}" if unit else ""
        if self.low is not None and self.high is not None:
            return f"{_number(self.low)}–{_number(self.high)}{suffix}"
        return f"{_number(self.low if self.low is not None else self.high)}{suffix}"


def _sensible(value: float | None) -> float | None:
    """A converted limit to three significant figures (132.63 -> 133, 34.208 -> 34.2), whole above 1000."""
    if value is None or value == 0:
        return value
    if abs(value) >= 1000:
        return float(round(value))
    return float(f"{value:.3g}")


class WindowUnit(StrEnum):
    """The units a criterion counts a period in ("within the previous 3 months")."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


class Window(Struct, frozen=True):
    """How recent a measurement must be: ``count`` ``unit`` before now. A unit outside :class:`WindowUnit` is
    refused (ValueError): the patterns that find a window read only these four."""

    count: int
    unit: WindowUnit

    def __post_init__(self) -> None:
        force_setattr(self, "unit", WindowUnit(self.unit))

    def phrase(self) -> str:
        """``1 day``, ``3 months``: a plural the catalogue translates."""
        count = self.count
        if self.unit is WindowUnit.DAY:
            return translate("Trials", "%n day(s)", None, count)
        if self.unit is WindowUnit.WEEK:
            return translate("Trials", "%n week(s)", None, count)
        if self.unit is WindowUnit.MONTH:
            return translate("Trials", "%n month(s)", None, count)
        return translate("Trials", "%n year(s)", None, count)


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:g}" if abs(value) < 1e6 else str(value)


# ---------------------------------------------------------------------------------------------
# Text normalisation: one spelling for every operator, unit and number

_SYMBOLS = [
    ("≥", " >= "), ("⩾", " >= "), ("≧", " >= "), ("≤", " <= "), ("⩽", " <= "), ("≦", " <= "),
    ("＞", " > "), ("＜", " < "), ("×", " x "), ("✕", " x "), ("&gt;", " > "), ("&lt;", " < "),
    ("–", "-"), ("—", "-"), ("−", "-"), ("‐", "-"), ("‑", "-"), ("\u00a0", " "), ("μ", "µ"),
]
_WORD_OPS = [
    # a "not" before the comparison turns it round: "must not be less than", "not below", "must not exceed"
    (">=", r"(?:not|never)\s+(?:be\s+|fall\s+)?(?:less\s+than|lower\s+than|below|under)"),
    ("<=", r"(?:not|never)\s+(?:be\s+|rise\s+)?(?:greater\s+than|more\s+than|higher\s+than|above|over|"
           r"in\s+excess\s+of|exceed(?:ing|s)?)"),
    (">=", r"greater than or equal to|greater than or equal|more than or equal to|equal to or greater than|"
           r"equal to or more than|equal or greater than|equal to or higher than|higher than or equal to|"
           r"at least|not less than|no less than|not lower than|no lower than|a minimum of|minimum of|"
           r"=>|>/=|>\s*=|=/>"),
    ("<=", r"less than or equal to|less than or equal|lower than or equal to|equal to or less than|"
           r"equal to or lower than|equal or less than|at most|not more than|no more than|not greater than|"
           r"no greater than|not higher than|no higher than|not exceeding|not to exceed|does not exceed|"
           r"a maximum of|maximum of|up to|=<|</=|<\s*=|=/<"),
    (">", r"greater than|more than|higher than|in excess of|exceeding|exceeds|above|over"),
    ("<", r"less than|lower than|fewer than|below|under"),
]
_TIMES_WORDS = {"one and a half": "1.5", "two": "2", "three": "3", "four": "4", "five": "5", "ten": "10"}
_ULN = lazy(r"(?:the\s+)?(?:institutional\s+)?(?:upper\s+limits?\s+of\s+(?:the\s+)?normal(?:\s+range)?|"
                  r"upper\s+normal\s+limits?|upper\s+limits?\s+normal|\buln\b)")


def normalise(text: str) -> str:
    """Lower case, one spelling per operator (``>=``, ``<=``, ``>``, ``<``), ``x uln``, plain numbers."""
    t = text.lower()
    for symbol, replacement in _SYMBOLS:
        t = t.replace(symbol, replacement)
    t = re.sub(r"\b(one and a half|two|three|four|five|ten)(?=\s*-?\s*(?:fold|times)\b)",
               lambda m: _TIMES_WORDS[m.group(1)], t)  # "three times the upper limit of normal"
    t = re.sub(r"(?<=\d)\s*-?\s*(?:fold|times)\b", " x", t)
    t = re.sub(r"\b(?:times)\b", "x", t)
    t = _ULN.sub("uln", t)
    for op, words in _WORD_OPS:
        t = re.sub(rf"(?<![a-z])(?:{words})(?![a-z])", f" {op} ", t)
    t = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", t)  # 1,500 -> 1500
    t = re.sub(r"(?<=\d),(?=\d{1,2}(?!\d))", ".", t)  # 0,7 -> 0.7
    return re.sub(r"[ \t]+", " ", t)


# ---------------------------------------------------------------------------------------------
# Measurements

_NUM = r"(\d+(?:\.\d+)?|\.\d+)"
_OP = r"(>=|<=|>|<|=)"
_UNIT = (r"(x\s*uln|uln|%|percent|kg(?![a-z/])|lbs?(?![a-z])|"
         r"ml\s*/\s*min(?:\s*(?:/|per)\s*1\.73\s*m\s*\^?\s*2?)?|"
         r"(?:x\s*)?10\s*\^?\s*(?:9|3)\s*/\s*(?:l|µl|ul|mm\s*\^?\s*3)|/\s*(?:mm\s*\^?\s*3|µl|ul|cumm|mcl)|"
         r"mm\s*hg|bpm|beats\s*(?:/|per)\s*min(?:ute)?|"
         r"mg\s*/\s*dl|µmol\s*/\s*l|umol\s*/\s*l|mmol\s*/\s*l|g\s*/\s*dl|g\s*/\s*l|"
         r"i?u\s*/\s*l|ml(?![a-z/])|l(?:it(?:er|re)s?)?(?![a-z/])|m(?:et(?:er|re)s?)?(?![a-z/]))")
_FILLER = r"((?:[^\d;<>=\n.]|\.(?!\s)|(?<=[a-z])\d){0,80}?)"
_RANGE = lazy(rf"{_FILLER}(?:between\s+|from\s+)?{_NUM}\s*{_UNIT}?\s*(?:-|to|and)\s*{_NUM}\s*{_UNIT}?")
_COMPARE = lazy(rf"{_FILLER}{_OP}\s*{_NUM}\s*{_UNIT}?(?:\s*(?:and|,|but)?\s*{_OP}\s*{_NUM}\s*{_UNIT}?)?")
# "10 g/dL or more", "100000/mm3 or greater", "50% predicted or higher", "1.5 mg/dL or less" (normalised: "or > "
# for "or above"): the comparison after the value; a "not" before the value turns it round.
_TRAILING = lazy(rf"{_FILLER}{_NUM}\s*{_UNIT}?\s*(?:(?:of\s+)?(?:%\s*)?pred(?:icted)?\s*)?,?\s*or\s+"
                 r"(more|greater|higher|>|>=|less|lower|fewer|<|<=)(?![a-z])(?!\s*(?:than\b|\d|\.\d))")
_TRAILING_NOT = lazy(r"\b(?:not|never)\b|n't\b")
_TRAILING_DENIED = lazy(r"^\s*(?:is|are|was|were)\s+not\b|^\s*(?:not\s+)?(?:required|needed|necessary)\b")
_TREND = (r"declin|decreas|chang|drop|reduc|fall|increas|improv|relative|absolute|worsen|loss|variation|differ|"
          r"slope|rate of")
_NOT_A_LEVEL = lazy(_TREND + r"|ratio|clearance|reversib|respons")  # in the words between name and value
_TREND_BEFORE = lazy(_TREND)  # in the clause before the name: "a relative decline in FVC of >= 10%"
_PREDICTED = lazy(r"^\s*(?:of\s+)?(?:the\s+)?(?:%\s*)?(?:pred|predicted|estimated|expected|normal|of predicted)")


class _Spec(Struct, frozen=True):
    family: str
    alias: LazyPattern


_SPECS = (
    _Spec("ratio", lazy(r"fev\s*1?\s*\)?\s*/\s*(?:forced\s+vital\s+capacity\s*\(\s*)?f?vc\b\)?(?:\s*ratio)?|"
                              r"fev1\s*:\s*fvc|ratio\s+of\s+fev\s*1\s+to\s+fvc|"
                              r"tiffeneau(?:[- ]pinelli)?(?:\s+index)?")),
    _Spec("fvc", lazy(r"(?<![/\w])(?:pp\s*)?fvc\b(?:\s*%\s*pred(?:icted)?)?|"
                            r"forced\s+vital\s+capacity(?:\s*\(fvc\))?")),
    _Spec("fev1", lazy(r"(?<![/\w])fev\s*1\b(?!\s*/)|forced\s+expiratory\s+volume(?:\s*\(fev\)_?1|"
                             r"\s+in\s+(?:one|1|the\s+first)\s+second)?(?:\s*\(fev\s*1\))?")),
    _Spec("dlco", lazy(r"\bdl\s*co\b(?:\s*sb)?|\btlco\b|diffusi(?:ng|on)\s+capacity(?:\s+(?:of|for)\s+"
                             r"(?:the\s+)?lungs?)?(?:\s+for\s+carbon\s+monoxide)?|transfer\s+factor")),
    _Spec("six_minute_walk_m", lazy(r"\b6\s*-?\s*mw[dt]?\b|(?:six|6)[\s-]*min(?:ute)?s?[\s-]*walk(?:ing)?"
                                          r"(?:\s+test)?(?:\s+distance)?(?:\s*\(6mw[dt]\))?")),
    _Spec("spo2_percent", lazy(r"\bsp\s*o\s*2\b|\bsao2\b|(?:oxygen|o2)\s+saturation|"
                                     r"(?:oxy\s*-?h(?:a)?emoglobin\s+)?desaturation\s+to")),
    _Spec("alt_u_l", lazy(r"\balt\b|\bsgpt\b|alanine\s+(?:amino\s*)?trans(?:aminase|ferase)")),
    _Spec("ast_u_l", lazy(r"\bast\b|\bsgot\b|aspartate\s+(?:amino\s*)?trans(?:aminase|ferase)")),
    _Spec("direct_bilirubin_umol_l", lazy(r"(?:direct|conjugated)\s+(?:serum\s+)?bilirubin|\bdbil\b")),
    _Spec("bilirubin_umol_l", lazy(r"(?:total\s+)?(?:serum\s+)?bilirubin|\btbil\b")),
    _Spec("egfr", lazy(r"\begfr\b|(?:estimated\s+)?glomerular\s+filtration\s+rate(?:\s*\((?:e?gfr)\))?|\bgfr\b")),
    _Spec("creatinine_clearance_ml_min", lazy(r"creatinine\s+clearance(?:\s*\((?:crcl|clcr)\))?|\bcrcl\b|"
                                                    r"\bclcr\b")),
    _Spec("creatinine_umol_l", lazy(r"(?<!protein\s)(?<!protein/)(?<!albumin\s)(?<!albumin/)(?<!to\s)"
                                          r"creatinine(?!\s*(?:clearance|ratio|kinase))")),
    _Spec("haemoglobin_g_l", lazy(r"\bha?emoglobin\b|\bhgb\b|\bhb\b")),
    _Spec("platelets_10e9_l", lazy(r"\bplatelets?(?:\s+count)?(?:\s*\(plt\))?|\bplt\b")),
    _Spec("neutrophils_10e9_l", lazy(r"(?:absolute\s+)?neutrophils?(?:\s+count)?(?:\s*\(anc\))?|\banc\b")),
    _Spec("weight_kg", lazy(r"(?<!molecular\s)\b(?:body\s+)?weight\b(?!\s*-?\s*(?:loss|gain|change|bearing|based))")),
    _Spec("heart_rate_bpm", lazy(r"(?:resting\s+)?heart\s+rate|\bpulse(?:\s+rate)?\b")),
    _Spec("systolic_mmhg", lazy(r"systolic(?:\s+blood\s+pressure)?(?:\s*\(sbp\))?|\bsbp\b")),
    _Spec("diastolic_mmhg", lazy(r"diastolic(?:\s+blood\s+pressure)?(?:\s*\(dbp\))?|\bdbp\b")),
)

# Plausible values in catalogue units; anything outside is a misreading.
_PLAUSIBLE = {
    "fvc_percent_predicted": (5, 200), "fvc_litres": (0.1, 10), "fev1_litres": (0.1, 10),
    "fev1_fvc_ratio": (0.1, 1.5), "dlco_percent_predicted": (5, 200), "six_minute_walk_m": (10, 1200),
    "spo2_percent": (50, 100), "alt_u_l": (1, 10000), "ast_u_l": (1, 10000), "bilirubin_umol_l": (1, 1000),
    "creatinine_umol_l": (5, 3000), "haemoglobin_g_l": (10, 300), "fev1_percent_predicted": (5, 200),
    "direct_bilirubin_umol_l": (0.1, 1000), "egfr_ml_min_1_73m2": (1, 200), "creatinine_clearance_ml_min": (1, 300),
    "platelets_10e9_l": (1, 2000), "neutrophils_10e9_l": (0.01, 100), "heart_rate_bpm": (20, 250),
    "systolic_mmhg": (40, 300), "diastolic_mmhg": (20, 200), "weight_kg": (20, 400),
}
_ULN_KINDS = {"alt_u_l", "ast_u_l", "bilirubin_umol_l", "direct_bilirubin_umol_l", "creatinine_umol_l"}
_LAB_FACTORS = {  # unit -> factor to the catalogue unit
    "bilirubin_umol_l": {"mg/dl": 17.104, "µmol/l": 1.0, "umol/l": 1.0},
    "direct_bilirubin_umol_l": {"mg/dl": 17.104, "µmol/l": 1.0, "umol/l": 1.0},
    "creatinine_umol_l": {"mg/dl": 88.42, "µmol/l": 1.0, "umol/l": 1.0, "mmol/l": 1000.0},
    "alt_u_l": {"u/l": 1.0, "iu/l": 1.0}, "ast_u_l": {"u/l": 1.0, "iu/l": 1.0},
    "haemoglobin_g_l": {"g/dl": 10.0, "g/l": 1.0, "mmol/l": 16.114},  # mmol/L of the haem monomer (Dutch labs)
}


# How a unit read from the text (normalised, lower case) is written back when a limit is quoted as stated.
STATED_UNITS = {"mg/dl": "mg/dL", "mmol/l": "mmol/L", "g/dl": "g/dL", "ml": "mL", "/mm3": "/mm³", "lb": "lb",
                "lbs": "lb"}


def find_bounds(text: str) -> list[Bound]:
    """Every measurable bound stated in ``text`` (one item of the eligibility text), without repeats."""
    t = normalise(text)
    bounds = _measurement_bounds(t) + age_bounds(t) + sex_bounds(t)
    unique: list[Bound] = []
    for bound in bounds:
        if bound not in unique:
            unique.append(bound)
    return unique


def mentions_measurement(text: str) -> bool:
    """Whether ``text`` names a measurement the app knows, or an age or sex limit."""
    t = normalise(text)
    return any(spec.alias.search(t) for spec in _SPECS) or bool(age_bounds(t) or sex_bounds(t)) or \
        re.search(r"blood\s+pressure|\bweight\b", t) is not None


def without_windows(t: str) -> str:
    """``t`` without time windows and visit labels, so a value is found past "within the previous 3 months"."""
    t = _WINDOW.sub(" ", t)
    t = re.sub(r"\[\s*visit\s+\d+\s*\]|\b(?:at\s+)?(?:visit|day)\s+\d+\b", " ", t)
    return re.sub(r"[ \t]+", " ", t)


def _measurement_bounds(t: str) -> list[Bound]:
    t = without_windows(t)
    found = _blood_pressure_bounds(t)
    taken: list[tuple[int, int]] = []
    for spec in _SPECS:
        for m in spec.alias.finditer(t):
            if any(m.start() < end and start < m.end() for start, end in taken):
                continue
            taken.append(m.span())
            if _TREND_BEFORE.search(_clause_before(t, m.start())):
                continue
            hint = m.group(0) + " " + _clause_before(t, m.start())
            found.extend(_bounds_after(spec.family, t, m.end(), hint))
    return found


_BP = lazy(r"(?:blood\s+pressure|\bbp\b)[^\d;<>=]{0,40}?(>=|<=|>|<)\s*(\d{2,3})\s*/\s*(\d{2,3})")


def _blood_pressure_bounds(t: str) -> list[Bound]:
    """"blood pressure > 160/100 mmHg": one bound on the systolic and one on the diastolic value."""
    found: list[Bound] = []
    for m in _BP.finditer(t):
        for key, number in (("systolic_mmhg", m.group(2)), ("diastolic_mmhg", m.group(3))):
            r = _one_comparison(m.group(1), float(number), "")
            if r is not None and _plausible(key, r.low if r.low is not None else r.high or 0):
                found.append(Bound(key, r.low, r.high, r.low_inclusive, r.high_inclusive))
    return found


def _clause_before(t: str, position: int) -> str:
    before = t[max(0, position - 30): position]
    return re.split(r"[;,.:(]", before)[-1]


def _bounds_after(family: str, t: str, position: int, hint: str) -> list[Bound]:
    """The bounds of the first value expression after a measurement's name (``hint``: the name and before)."""
    tail = t[position: position + 160]
    for pattern, reader in ((_RANGE, _range_reading), (_COMPARE, _compare_reading), (_TRAILING, _trailing_reading)):
        m = pattern.match(tail)
        if m and not _NOT_A_LEVEL.search(m.group(1)):
            words = hint + " " + m.group(1)
            predicted = bool(re.search(r"%|pred|percent", words) or _PREDICTED.match(tail[m.end():]))
            return [b for b in (_bound(family, r, predicted) for r in reader(m)) if b is not None]
    return []


class _Reading(Struct, frozen=True):
    low: float | None
    high: float | None
    low_inclusive: bool
    high_inclusive: bool
    unit: str


def _unit(text: str | None) -> str:
    if not text:
        return ""
    unit = re.sub(r"\s+", "", text)
    if unit in ("xuln", "uln"):
        return "uln"
    if unit.startswith("ml/min"):
        return "ml/min"
    if re.fullmatch(r"(?:x)?10\^?9/l|(?:x)?10\^?3/(?:µl|ul|mm\^?3)", unit):
        return "10e9/l"
    if re.fullmatch(r"/(?:mm\^?3|µl|ul|cumm|mcl)", unit):
        return "/mm3"
    if unit in ("bpm",) or unit.startswith("beats"):
        return "bpm"
    if unit == "percent":
        return "%"
    if re.fullmatch(r"l(?:it(?:er|re)s?)?", unit):
        return "l"
    if re.fullmatch(r"m(?:et(?:er|re)s?)?", unit):
        return "m"
    return unit


def _range_reading(m: re.Match[str]) -> list[_Reading]:
    low, high = float(m.group(2)), float(m.group(4))
    if low > high:
        return []
    exclusive = re.match(r"[^;\n]{0,10}\(?\s*(?:excluding|exclusive)", m.string[m.end():]) is not None
    return [_Reading(low, high, not exclusive, not exclusive, _unit(m.group(5)) or _unit(m.group(3)))]


def _compare_reading(m: re.Match[str]) -> list[_Reading]:
    readings = [_one_comparison(m.group(2), float(m.group(3)), _unit(m.group(4)))]
    if m.group(5):
        readings.append(_one_comparison(m.group(5), float(m.group(6)), _unit(m.group(7)) or _unit(m.group(4))))
    return [r for r in readings if r is not None]


def _trailing_reading(m: re.Match[str]) -> list[_Reading]:
    """"10 g/dL or more": at least 10; "must not be 10 g/dL or more": below 10. Left unread when what follows
    denies it ("... or more is not required")."""
    if _TRAILING_DENIED.search(m.string[m.end():m.end() + 30]):
        return []
    lower = m.group(4) in ("more", "greater", "higher", ">", ">=")
    if _TRAILING_NOT.search(m.group(1)):
        return [_one_comparison("<" if lower else ">", float(m.group(2)), _unit(m.group(3)))]
    return [_one_comparison(">=" if lower else "<=", float(m.group(2)), _unit(m.group(3)))]


def _one_comparison(op: str, value: float, unit: str) -> _Reading | None:
    if op in (">=", ">"):
        return _Reading(value, None, op == ">=", True, unit)
    if op in ("<=", "<"):
        return _Reading(None, value, True, op == "<=", unit)
    return _Reading(value, value, True, True, unit)  # "= 0.7" is rare but means exactly that


def _bound(family: str, r: _Reading, predicted: bool) -> Bound | None:
    kind, factor, uln = _kind_and_factor(family, r, predicted)
    if kind is None:
        return None
    low = None if r.low is None else round(r.low * factor, 6)
    high = None if r.high is None else round(r.high * factor, 6)
    if not uln and not all(_plausible(kind, v) for v in (low, high) if v is not None):
        return None
    stated_unit = STATED_UNITS.get(r.unit.replace(" ", ""), "") if factor != 1.0 and not uln else ""
    if not stated_unit:
        return Bound(kind, low, high, r.low_inclusive, r.high_inclusive, uln)
    return Bound(kind, low, high, r.low_inclusive, r.high_inclusive, uln, (), r.low, r.high, stated_unit)


def _kind_and_factor(family: str, r: _Reading, predicted: bool) -> tuple[str | None, float, bool]:
    """The catalogue key for a bound of this family in this unit, the unit factor, and whether it is x ULN."""
    unit = r.unit
    if family in ("fvc", "dlco"):
        if unit == "%" or (predicted and unit == ""):
            return f"{family}_percent_predicted", 1.0, False
        if family == "fvc" and unit in ("l", "ml"):
            return "fvc_litres", 0.001 if unit == "ml" else 1.0, False
        return None, 1.0, False
    if family == "fev1":
        if unit == "%" or (predicted and unit == ""):
            return "fev1_percent_predicted", 1.0, False
        return ("fev1_litres", 0.001 if unit == "ml" else 1.0, False) if unit in ("l", "ml") else (None, 1.0, False)
    if family == "egfr":
        return ("egfr_ml_min_1_73m2", 1.0, False) if unit in ("", "ml/min") else (None, 1.0, False)
    if family == "creatinine_clearance_ml_min":
        return (family, 1.0, False) if unit in ("", "ml/min") else (None, 1.0, False)
    if family in ("platelets_10e9_l", "neutrophils_10e9_l"):
        values = [v for v in (r.low, r.high) if v is not None]
        if unit == "10e9/l" or (unit == "" and max(values) < 100 and family == "neutrophils_10e9_l"):
            return family, 1.0, False
        if unit == "/mm3" or (unit == "" and max(values) >= 1000):
            return family, 0.001, False
        return None, 1.0, False
    if family == "weight_kg":
        return (family, 1.0, False) if unit in ("", "kg") else \
            (family, 0.45359237, False) if unit in ("lb", "lbs") else (None, 1.0, False)
    if family == "heart_rate_bpm":
        return (family, 1.0, False) if unit in ("", "bpm") else (None, 1.0, False)
    if family in ("systolic_mmhg", "diastolic_mmhg"):
        return (family, 1.0, False) if unit in ("", "mmhg") else (None, 1.0, False)
    if family == "ratio":
        scale = 0.01 if unit == "%" or max(v for v in (r.low, r.high) if v is not None) > 1.5 else 1.0
        return ("fev1_fvc_ratio", scale, False) if unit in ("", "%") else (None, 1.0, False)
    if family == "six_minute_walk_m":
        return (family, 1.0, False) if unit in ("", "m") else (None, 1.0, False)
    if family == "spo2_percent":
        return (family, 1.0, False) if unit in ("", "%") else (None, 1.0, False)
    if unit == "uln":
        return (family, 1.0, True) if family in _ULN_KINDS else (None, 1.0, False)
    factor = _LAB_FACTORS.get(family, {}).get(unit.replace(" ", ""))
    return (family, factor, False) if factor is not None else (None, 1.0, False)


def _plausible(kind: str, value: float) -> bool:
    low, high = _PLAUSIBLE.get(kind, (-math.inf, math.inf))
    return low <= value <= high


# ---------------------------------------------------------------------------------------------
# Age and sex

_YEARS = r"(?:years?|yrs?)"
_SUBJECTS = (r"\b(?:patients?|participants?|subjects?|adults?|men|women|males?|females?|individuals?|persons?|"
             r"people|children|volunteers?|adolescents?|boys|girls)\b")
_NOT_NOW = r"(?!\s*(?:since|ago|before|prior|after|duration|of\s+(?:treatment|therapy|disease|follow|history)))"
_AGE_WORD = r"\bage[ds]?\b"
_AGE_FILLER = r"((?:[^\d;.\n<>=]){0,30}?)"
_NOT_CURRENT_AGE = lazy(r"onset|diagnos|menopaus|menarche|first|symptom|when|started")

_AGE_PATTERNS: tuple[tuple[LazyPattern, str], ...] = (
    (lazy(rf"{_AGE_WORD}{_AGE_FILLER}{_OP}\s*{_NUM}(?!\s*(?:%|kg|mg|cm|m\b|points?))"), "compare"),
    (lazy(rf"{_AGE_WORD}{_AGE_FILLER}(?:between\s+|from\s+)?{_NUM}\s*{_YEARS}?\s*(?:-|to|and)\s*{_NUM}"),
     "range"),
    (lazy(rf"(?<![\d.]){_NUM}\s*{_YEARS}?\s*(?:-|to)\s*{_NUM}\s*{_YEARS}\s*(of\s+age|old)?"), "range_years"),
    (lazy(rf"{_OP}\s*{_NUM}\s*{_YEARS}\s*(?:of\s+age|old)\b"), "compare_plain"),
    (lazy(rf"(?<![\d.]){_NUM}\s*({_YEARS})?\s*(of\s+age\s*|old\s*)?(?:or|and)\s*(older|>=|>|more|greater|"
                rf"younger|<=|<|less)"), "open"),
    (lazy(rf"{_SUBJECTS}{_AGE_FILLER}{_OP}\s*{_NUM}\s*{_YEARS}\b{_NOT_NOW}"), "compare"),
    (lazy(rf"{_OP}\s*(?:the\s+)?age\s+(?:of\s+)?{_NUM}"), "compare_plain"),
    (lazy(rf"\b(older|younger)\s+than\s+{_NUM}"), "than"),
)


def age_bounds(t: str) -> list[Bound]:
    """Age limits in years stated in normalised text ``t``."""
    bounds: list[Bound] = []
    for pattern, form in _AGE_PATTERNS:
        for m in pattern.finditer(t):
            bound = _age_bound(form, m)
            if bound is not None:
                bounds.append(bound)
    return bounds


def _age_context(t: str, start: int, subjects: bool = True) -> bool:
    before = t[max(0, start - 30): start]
    return re.search(rf"{_AGE_WORD}|{_SUBJECTS}" if subjects else _AGE_WORD, before) is not None


# Words that make "N years" a duration ("disease-free for 5 years or more", "within 3 years", "smoking history")
_DURATION_BEFORE = lazy(r"(?:\bfor|\bwithin|\bsince|\bfree|\bhistory|\bpast|\blast|\bprevious|\bprior|\bduration|"
                              r"\bsmok\w*|\bexposure|\bdiagnos\w*|\bover\s+the|\bin\s+the)\s*(?:of\s+)?(?:>=|>|<=|<)?\s*$")
_DURATION_WORDS = lazy(r"\b(?:for|within|since|free|history|duration|smok\w*|diagnos\w*|present|treat\w*|"
                             r"exposure|prior|ago|experience\w*|malignan\w*|cancer|tumou?r)\b")


def _age_bound(form: str, m: re.Match[str]) -> Bound | None:
    if form in ("compare", "range") and _NOT_CURRENT_AGE.search(m.group(1)):
        return None
    if form == "compare" and not m.group(0).startswith("age") and _DURATION_WORDS.search(m.group(1)):
        return None
    if form in ("compare_plain", "range_years") and _DURATION_BEFORE.search(m.string[max(0, m.start() - 40): m.start()]):
        return None
    if form == "compare":
        return _age_compare(m.group(2), float(m.group(3)))
    if form == "compare_plain":
        return _age_compare(m.group(1), float(m.group(2)))
    if form == "range":
        return _age_range(float(m.group(2)), float(m.group(3)))
    if form == "range_years":
        if not (m.group(3) or _age_context(m.string, m.start())):
            return None
        return _age_range(float(m.group(1)), float(m.group(2)))
    if form == "open":
        if _DURATION_BEFORE.search(m.string[max(0, m.start() - 40): m.start()]):
            return None
        if not (m.group(3) or _age_context(m.string, m.start(), subjects=False)):
            return None
        older = m.group(4) in ("older", ">=", ">", "more", "greater")
        return _age_compare(">=" if older else "<=", float(m.group(1)))
    if form == "than":
        return _age_compare(">" if m.group(1) == "older" else "<", float(m.group(2)))
    return None


def _age_compare(op: str, value: float) -> Bound | None:
    if not 0 <= value <= 130:
        return None
    reading = _one_comparison(op, value, "")
    if reading is None:
        return None
    return Bound(AGE, reading.low, reading.high, reading.low_inclusive, reading.high_inclusive)


def _age_range(low: float, high: float) -> Bound | None:
    if not 0 <= low < high <= 130:
        return None
    return Bound(AGE, low, high)


_SEX_WORDS = {"male": "male", "males": "male", "men": "male", "man": "male",
              "female": "female", "females": "female", "women": "female", "woman": "female"}
_SEX_TERM = r"(males?|m[ae]n|females?|wom[ae]n)\b"
_SEX_START = lazy(rf"^\s*{_SEX_TERM}(?:\s*(?:or|and|/|&|,)\s*{_SEX_TERM})?")
_NOT_A_SEX_LIMIT = lazy(r"must|should|agree|contracep|pregnan|child-?\s?bearing|lactat|breast|nursing|"
                              r"\bwho\b|reproductive|fertil|partner|steril|menopaus|vasectom")


def sex_bounds(t: str) -> list[Bound]:
    """"Male or female ...", "Women aged ..." at the start of an item: the sexes it admits."""
    m = _SEX_START.match(t)
    if not m or _NOT_A_SEX_LIMIT.search(t):
        return []
    sexes = {_SEX_WORDS[w] for w in m.groups() if w}
    return [Bound(SEX, sexes=tuple(sorted(sexes)))]


# ---------------------------------------------------------------------------------------------
# Time windows

_COUNT_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a": 1, "an": 1}
_WINDOW = lazy(
    r"\b(?:(within)\s+(?:the\s+)?(?:(?:previous|past|last|prior|preceding|recent|most\s+recent)\s+)?"
    r"|(?:in|during|over|for)\s+the\s+(?:previous|past|last|prior|preceding|most\s+recent)\s+)"
    r"(\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|an?)?\s*(day|week|month|year)s?\b")


def find_window(text: str) -> Window | None:
    """"within the previous 3 months", "within 6 months of screening", "in the last 12 weeks" ..."""
    m = _WINDOW.search(text.lower().replace("-", " "))
    if not m:
        return None
    return period(m.group(2) or "1", m.group(3))


COUNT = r"(\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|an?)"  # what :func:`period` reads


def period(count_text: str, unit: str) -> Window | None:
    """A window from a count as written ("3", "three", "a") and a unit ("month"); None for a count of nought."""
    count = int(count_text) if count_text.isdigit() else _COUNT_WORDS[count_text]
    if count <= 0:
        return None
    return Window(count, unit)
