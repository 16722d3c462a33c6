"""Split one eligibility item into clauses, and read what each clause says about its own circumstances.

A clause is a part of an item that stands on its own: a sentence, a part between semicolons, or a sub-item line.
Each clause keeps its own time window ("within the previous month") and context ("at rest", "during the 6MWT",
"on oxygen"), so a window written in one clause is never applied to the values of another.
"""

from __future__ import annotations

import re

from careorganiser.domain.enums import MeasurementContext
from careorganiser.lazy_re import lazy

REST = MeasurementContext.REST
EXERTION = MeasurementContext.EXERTION
ON_OXYGEN = MeasurementContext.ON_OXYGEN
SLEEP = MeasurementContext.SLEEP
CONTEXTS = (REST, EXERTION, SLEEP, ON_OXYGEN)

_ABBREVIATIONS = lazy(r"(?:\be\.g|\bi\.e|\betc|\bvs|\bapprox|\bca|\bno|\bincl|\bdr|\bst|\bfig)$", re.IGNORECASE)


def split_clauses(text: str) -> list[str]:
    """The clauses of one item's text (sub-item lines are clauses of their own), in order."""
    clauses: list[str] = []
    for line in text.split("\n"):
        line = line.strip().lstrip("•").strip()
        if line:
            clauses += [c for c in _split_line(line) if c]
    return clauses


def _split_line(line: str) -> list[str]:
    parts: list[str] = []
    depth = 0
    start = 0
    i = 0
    while i < len(line):
        ch = line[i]
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif depth == 0 and ch == ";":
            parts.append(line[start:i].strip())
            start = i + 1
        elif depth == 0 and ch == "." and i + 2 < len(line) and line[i + 1] == " " and \
                (line[i + 2].isupper() or line[i + 2] == "(") and not _ABBREVIATIONS.search(line[start:i]):
            parts.append(line[start:i + 1].strip())
            start = i + 1
        i += 1
    parts.append(line[start:].strip())
    return [p for p in parts if re.search(r"[A-Za-z0-9]", p)]


_EXERTION = lazy(r"exerti|exercis|effort|during\s+(?:the\s+)?(?:6|six)|walk(?:ing)?\s+test|\b6\s*-?\s*mwt?\b|"
                       r"ambulat|desaturat|end\s+of\s+(?:the\s+)?walk|cardiopulmonary\s+exercise|\bcpet\b", re.IGNORECASE)
_OXYGEN = lazy(r"\bon\s+(?:supplemental\s+|long-?term\s+)?(?:oxygen|o2)\b|despite\s+(?:the\s+)?(?:use\s+of\s+)?"
                     r"(?:supplemental\s+)?(?:oxygen|o2|\d+\s*l)|with\s+supplemental\s+(?:oxygen|o2)|"
                     r"\d+\s*l(?:/min|\s+of\s+o2|\s+of\s+oxygen)|while\s+receiving\s+(?:oxygen|o2)", re.IGNORECASE)
_SLEEP = lazy(r"\bsleep|nocturnal|overnight", re.IGNORECASE)
_REST = lazy(r"\bresting\b|\bat\s+rest\b|\b(?:while|when)\s+rest|\b(?:in|during)\s+rest\b", re.IGNORECASE)
# "not on supplemental oxygen", "without oxygen", "off oxygen", "on room air": the opposite of on oxygen
_ROOM_AIR = lazy(r"\b(?:not|never)\s+(?:be\s+|being\s+)?(?:on|receiving|using)\s+(?:supplemental\s+|long-?term\s+)?"
                 r"(?:oxygen|o2)\b|\bwithout\s+(?:the\s+use\s+of\s+)?(?:supplemental\s+)?(?:oxygen|o2)\b|"
                 r"\boff\s+(?:supplemental\s+)?(?:oxygen|o2)\b|\broom\s+air\b", re.IGNORECASE)


def contexts_required(clause: str) -> frozenset[str]:
    """The measurement contexts a clause's SpO2 or heart rate must have been taken in.

    Empty: none named; a reading taken at rest or one that does not say answers it (never one on exertion,
    during sleep or on oxygen). "Resting", "at rest" name rest: then only a reading stated as taken at rest
    answers it. "Not on oxygen", "on room air" name no context.
    """
    found = set()
    clause = _ROOM_AIR.sub(" ", clause)
    if _REST.search(clause):
        found.add(REST)
    if _EXERTION.search(clause):
        found.add(EXERTION)
    if _OXYGEN.search(clause):
        found.add(ON_OXYGEN)
    if _SLEEP.search(clause):
        found.add(SLEEP)
    return frozenset(found)


def reading_matches(required: frozenset[str], reading_context: str | None) -> bool:
    """Whether a reading taken in ``reading_context`` answers a clause that requires ``required``: one that
    does not say how it was taken answers only a clause that names no context."""
    if not required:
        return reading_context in (None, "", REST)
    return len(required) == 1 and reading_context in required


_COHORT = lazy(r"^\s*(?:cohort|sub-?study|part|arm|group)\s+(?:[a-z]\d?|\d+)\b|\((?:[\w/,\- ]+\s)?only\)",
                     re.IGNORECASE)


def cohort_only(text: str) -> str:
    """The group an item is limited to ("Cohort 1", "(COPD only)"), or ""."""
    m = _COHORT.search(text)
    return m.group(0).strip() if m else ""


_DISCLAIMER = lazy(
    r"^(?:the\s+information\s+listed\s+above\s+is\s+not\s+intended|additional\s+(?:inclusion|exclusion|eligibility)|"
    r"other\s+(?:protocol[- ]defined\s+)?(?:inclusion|exclusion|eligibility)\s+criteria\s+(?:may\s+)?apply|"
    r"(?:other|additional)\s+protocol[- ]defined\s+(?:inclusion|exclusion)|"
    r"not\s+all\s+(?:inclusion|exclusion|eligibility)\s+criteria\s+are\s+listed)", re.IGNORECASE)


def is_disclaimer(text: str) -> bool:
    """"Additional inclusion and exclusion criteria apply." and the like: notes about the list, not criteria."""
    return _DISCLAIMER.search(text.strip()) is not None


_GROUP = lazy(r"\b(?:(?:at\s+least\s+)?one\s+of|any\s+of|either\s+of)\s+(?:the\s+following|them|these)\b|"
                    r"\bone\s+or\s+more\s+of\s+the\s+following\b", re.IGNORECASE)


def is_group_heading(text: str) -> bool:
    """"One of the following:", "One of them", "any of the following:"."""
    return _GROUP.search(text) is not None and len(text.split()) <= 14


def top_level_and_parts(clause: str) -> list[str]:
    """The parts of a clause joined by "and" outside parentheses, not between numbers ("between 40 and 80")."""
    parts: list[str] = []
    depth = 0
    start = 0
    lowered = clause.lower()
    for i, ch in enumerate(clause):
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif depth == 0 and lowered.startswith(" and ", i) and not lowered.startswith(" and/", i):
            before, after = lowered[:i].rstrip(), lowered[i + 5:].lstrip()
            if (before[-1:].isdigit() or before.endswith("%")) and after[:1].isdigit():
                continue
            parts.append(clause[start:i])
            start = i + 5
    parts.append(clause[start:])
    return [p.strip(" ,") for p in parts if p.strip(" ,")]


_OR_MORE = lazy(r" or\s+(?:more|greater|higher|above|over|less|lower|fewer|below|under)\b(?!\s+than)")


def top_level_or_parts(clause: str) -> list[str]:
    """The parts of a clause joined by "or" outside parentheses (one part when there is no "or"); "10 g/dL or
    more" is a limit, not two parts."""
    parts: list[str] = []
    depth = 0
    start = 0
    lowered = clause.lower()
    i = 0
    while i < len(clause):
        ch = clause[i]
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif depth == 0 and lowered.startswith(" or ", i) and not lowered[max(0, i - 4):i].endswith("and/") \
                and not _OR_MORE.match(lowered, i):
            parts.append(clause[start:i])
            start = i + 4
            i += 3
        i += 1
    parts.append(clause[start:])
    return [p.strip(" ,") for p in parts if p.strip(" ,")]
