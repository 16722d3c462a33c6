"""Criteria about medicines and diagnoses, held against the medication list and the person's conditions.

Only what the records can show is used: a medicine on the list (with its start and stop dates) or a condition the
person has. The absence of a medicine or a condition from the lists is never taken as proof: the trial team is asked.
"""

from __future__ import annotations

import re
from datetime import date

from msgspec import Struct

from careorganiser.lazy_re import lazy

# Names (generic and brand, lower case) of each medicine or class that criteria name.
_MEDICINES: dict[str, tuple[str, ...]] = {
    "pirfenidone": ("pirfenidone", "esbriet", "pirespa"),
    "nintedanib": ("nintedanib", "ofev", "vargatef"),
    "prednisolone": ("prednisolone",),
    "prednisone": ("prednisone",),
    "methylprednisolone": ("methylprednisolone", "medrol", "solu-medrol"),
    "dexamethasone": ("dexamethasone",),
    "hydrocortisone": ("hydrocortisone",),
    "azathioprine": ("azathioprine", "imuran"),
    "mycophenolate": ("mycophenolate", "cellcept", "myfortic"),
    "cyclophosphamide": ("cyclophosphamide",),
    "methotrexate": ("methotrexate",),
    "tacrolimus": ("tacrolimus",),
    "ciclosporin": ("ciclosporin", "cyclosporine", "cyclosporin"),
    "rituximab": ("rituximab",),
    "tocilizumab": ("tocilizumab",),
    "insulin": ("insulin",),
}
_CLASSES: dict[str, tuple[str, ...]] = {
    "antifibrotic": ("pirfenidone", "nintedanib"),
    "corticosteroid": ("prednisolone", "prednisone", "methylprednisolone", "dexamethasone", "hydrocortisone"),
    "immunosuppressant": ("azathioprine", "mycophenolate", "cyclophosphamide", "methotrexate", "tacrolimus",
                          "ciclosporin", "rituximab", "tocilizumab"),
}
_CLASS_WORDS = {
    "antifibrotic": r"anti-?\s?fibrotics?",
    "corticosteroid": r"(?:systemic\s+|oral\s+)?(?:cortico)?steroids?|glucocorticoids?",
    "immunosuppressant": r"immuno-?suppress(?:ants?|ive|ion)",
}


class MedicationFact(Struct, frozen=True):
    name: str
    start: date | None = None
    stop: date | None = None
    dose: str = ""

    def current(self, today: date) -> bool:
        return (self.start is None or self.start <= today) and (self.stop is None or self.stop > today)


def medicines_named(clause: str) -> set[str]:
    """The medicines a clause names, directly or by class."""
    lowered = clause.lower()
    found = {key for key, names in _MEDICINES.items()
             if any(re.search(rf"\b{re.escape(n)}\b", lowered) for n in names)}
    for cls, words in _CLASS_WORDS.items():
        if re.search(rf"\b(?:{words})\b", lowered):
            found.update(_CLASSES[cls])
    return found


def known_medicines() -> frozenset[str]:
    """The medicines :func:`medicines_named` can name."""
    return frozenset(_MEDICINES)


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # what a regular expression's \w is for a str pattern


def _has_whole_word(text: str, word: str) -> bool:
    r"""``re.search(rf"\b{re.escape(word)}\b", text)`` for a ``word`` that begins and ends with a letter,
    without compiling a pattern (a pack holds every medication on the list against every name)."""
    start = text.find(word)
    while start >= 0:
        end = start + len(word)
        if (start == 0 or not _is_word_char(text[start - 1])) and (end == len(text) or not _is_word_char(text[end])):
            return True
        start = text.find(word, start + 1)
    return False


def medicine_of(fact: MedicationFact) -> str | None:
    lowered = fact.name.lower()
    for key, names in _MEDICINES.items():
        if any(_has_whole_word(lowered, n) for n in names):
            return key
    return None


_COUNT_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "eight": 8, "twelve": 12}
STABLE = lazy(
    r"\bstable\s+(?:\w+\s+){0,2}?(?:dose|dosing|treatment|regimen|therapy)\b[^;]{0,80}?"
    r"\b(?:for|of)\s+(?:at\s+least\s+|>=\s*|a\s+minimum\s+of\s+|minimum\s+|≥\s*)?"
    r"(\d{1,3}|one|two|three|four|five|six|eight|twelve)\s*(day|week|month|year)s?", re.IGNORECASE)
_NOT_STABLE = lazy(r"\bunstable\b|\bnot\s+(?:been\s+)?on\s+a\s+stable|\bnot\s+stable", re.IGNORECASE)
CURRENT_USE = lazy(r"\b(?:current(?:ly)?|presently|ongoing)\b[^.;]{0,30}?\b(?:us(?:e|ing)|tak(?:e|ing)|receiv\w*|"
                         r"treat\w*|therapy|on)\b", re.IGNORECASE)
_EXCEPTIONS = lazy(r"\b(?:other\s+than|except|unless|permitted|allowed|not\s+approved|excluding)\b", re.IGNORECASE)


def stable_duration(clause: str) -> tuple[int, str] | None:
    """(count, unit) of "on a stable dose ... for at least 12 weeks", else None."""
    if _NOT_STABLE.search(clause):
        return None
    m = STABLE.search(clause)
    if not m:
        return None
    count = int(m.group(1)) if m.group(1).isdigit() else _COUNT_WORDS[m.group(1).lower()]
    return count, m.group(2).lower()


def current_use_excluded(clause: str) -> bool:
    """An exclusion about medicines taken now, without exceptions the app cannot weigh."""
    return CURRENT_USE.search(clause) is not None and _EXCEPTIONS.search(clause) is None


# ---------------------------------------------------------------------------------------------
# Conditions

# Each family: the names that mean it, and the wider names that include it.
_CONDITIONS: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("idiopathic pulmonary fibrosis", "ipf"),
     ("pulmonary fibrosis", "lung fibrosis", "interstitial lung disease", "interstitial lung diseases", "ild",
      "fibrosing interstitial lung disease", "fibrotic interstitial lung disease")),
    (("interstitial lung disease", "ild"), ()),
    (("chronic obstructive pulmonary disease", "copd"), ()),
    (("systemic lupus erythematosus", "sle", "lupus"), ("connective tissue disease",)),
    (("systemic sclerosis", "scleroderma"), ("connective tissue disease",)),
    (("rheumatoid arthritis", "ra"), ("connective tissue disease",)),
    (("sarcoidosis",), ()),
    (("asthma",), ()),
    (("cystic fibrosis", "cf"), ()),
    (("hypertension", "high blood pressure"), ()),
    (("type 2 diabetes", "type 2 diabetes mellitus", "t2dm"), ("diabetes", "diabetes mellitus")),
)
_DIAGNOSIS_START = lazy(
    r"^(?:(?:a|an|the)\s+)?(?:(?:clinical|confirmed|documented|established|definite|physician[- ]diagnosed)\s+)*"
    r"(?:diagnosis\s+of|diagnosed\s+with)\s+|^meets\s+the\s+diagnosis\s+of\s+", re.IGNORECASE)
_HEDGES = lazy(r"secondary\s+to|\bsuspect|\bprobable|\bpossible|\bwithin\b|\bsince\b|\bprior\s+to\b|\bexcept|"
                     r"\bother\s+than|\bwithout|\bonly\b|\bstage\b|\bgrade\b|\bsevere\b|\bmild\b|\bmoderate\b|\bprogress",
                     re.IGNORECASE)


def without_brackets(text: str) -> str:
    r"""``re.sub(r"\s*\([^)]*\)", "", text)`` without compiling a pattern: each "(...)" and the spaces before
    it left out (a "(" with no ")" after it stays)."""
    kept: list[str] = []
    position = 0
    while True:
        opening = text.find("(", position)
        closing = text.find(")", opening + 1) if opening >= 0 else -1
        if closing < 0:
            break
        start = opening
        while start > position and text[start - 1].isspace():
            start -= 1
        kept.append(text[position:start])
        position = closing + 1
    kept.append(text[position:])
    return "".join(kept)


def _names_of(condition: str) -> set[str]:
    lowered = without_brackets(condition.lower()).strip()
    names: set[str] = set()
    for own, wider in _CONDITIONS:
        if lowered in own:
            names.update(own)
            names.update(wider)
    return names


def diagnosis_terms(clause: str) -> list[str] | None:
    """The diagnoses an inclusion clause asks for ("Diagnosis of IPF", "Clinical diagnosis of COPD or ILD"),
    or None when the clause is not a plain diagnosis criterion."""
    m = _DIAGNOSIS_START.search(clause.strip())
    if not m or _HEDGES.search(clause):
        return None
    rest = clause.strip()[m.end():]
    rest = re.split(r"\s+(?:based|according|as\s+defined|as\s+confirmed|confirmed|per)\b|[.;:]", rest)[0]
    rest = re.sub(r"\s*\([^)]*\)", "", rest).strip(" ,").lower()
    terms = [t.strip() for t in re.split(r",|\s+or\s+|\s+and/or\s+", rest) if t.strip()]
    return terms or None


def matching_condition(terms: list[str], conditions: tuple[str, ...]) -> str | None:
    """The person's condition that one of ``terms`` names exactly (or names a wider family of), else None."""
    for condition in conditions:
        names = _names_of(condition)
        if any(term in names for term in terms):
            return condition
    return None
