"""One table of the rules for every text field a person can type or a document can carry.

The forms (their length limits), the services (what they accept and how they store it) and the importer of the
interchange format all read this table, so a value one of them accepts, the others accept too: whatever an
export holds imports, and whatever was imported can be saved again unchanged.

Entities and fields are named as in the interchange format (shared/spec/interchange.md): the list a record is
in (``medications``), or the list inside it (``person.identifiers``, ``symptom_notes.symptoms``), and the key.
"""

from __future__ import annotations

import re
import unicodedata
from enum import StrEnum

from msgspec import Struct

__all__ = ["FIELDS", "LISTS", "REQUIRED_WHEN", "missing_when", "FieldKind", "FieldRule", "canonical_text", "for_path", "format_ok", "limit", "Overflow", "overflow", "rule"]


class FieldKind(StrEnum):
    """What a field's text is checked for beyond its length."""

    TEXT = "text"
    PHONE = "phone"
    EMAIL = "email"


class FieldRule(Struct, frozen=True):
    """``max_length`` characters after cleaning; ``required``: may not be empty; ``multiline``: keeps its line
    breaks (otherwise every run of white space is one space); ``kind``: what else is checked (``text``,
    ``phone``, ``email``); ``max_items``: for a list of texts, how many (each one short, on one line)."""

    max_length: int
    required: bool = False
    multiline: bool = False
    kind: FieldKind = FieldKind.TEXT
    max_items: int | None = None  # a list of texts (conditions, tags): how many items at most


# Long enough for any real name, dose or note; short enough that a stray paste of a whole file is caught.
LINE = 200
PLACE = 500
NOTE = 20_000
# A text field the table does not hold (an id, a key, a time zone's name): refused past this at import.
OTHER_TEXT = 100_000


def _line(n: int = LINE, *, required: bool = False, kind: FieldKind = FieldKind.TEXT,
          items: int | None = None) -> FieldRule:
    return FieldRule(n, required=required, kind=kind, max_items=items)


def _text(n: int = NOTE, *, required: bool = False) -> FieldRule:
    return FieldRule(n, required=required, multiline=True)


FIELDS: dict[str, dict[str, FieldRule]] = {
    "person": {
        "name": _line(required=True), "notes": _text(),
        "conditions": _line(items=100), "allergies": _line(items=100),
    },
    "person.identifiers": {"system": _line(), "value": _line()},
    "caregiver": {"name": _line(), "phone": _line(60)},
    "contacts": {
        "name": _line(required=True), "role": _line(), "organisation": _line(),
        "phone": _line(60, kind=FieldKind.PHONE), "email": _line(kind=FieldKind.EMAIL),
        "address": _text(1_000), "notes": _text(5_000),
    },
    "medications": {
        "name": _line(required=True), "strength": _line(), "form": _line(), "dose": _line(), "route": _line(),
        "purpose": _text(4_000), "instructions": _text(4_000), "stop_reason": _text(4_000),
        "stock_unit": _line(),
    },
    "dose_events": {"amount": _line(), "note": _text(4_000)},
    "appointments": {"place": _line(PLACE), "purpose": _line(PLACE), "notes": _text(), "outcome": _text()},
    "rides": {"pickup_address": _line(PLACE), "destination": _line(PLACE), "notes": _text()},
    "symptom_notes": {"text": _text(), "activity": _text(2_000), "tags": _line(40, items=20)},
    "symptom_notes.symptoms": {"name": _line(80, required=True)},
    "measurements": {"unit": _line(20), "note": _text(2_000)},
    "measurement_kinds": {"label": _line(60), "unit": _line(20)},
    # A trial's title comes from its registry record: ClinicalTrials.gov allows official titles of 600 characters.
    # Its status is the registry's word (RECRUITING, NOT_YET_RECRUITING...); the column holds 40 characters.
    "trials": {"title": _line(2_000), "status": _line(40), "notes": _text()},
    "questions": {"text": _text(2_000, required=True), "topic": _line(100), "answer": _text()},
    "offers": {
        "name": _line(300, required=True), "provider": _line(300), "cost": _line(300), "heard_from": _line(300),
        "offered": _text(), "notes": _text(),
    },
    "followups": {
        "place": _text(PLACE), "contact_name": _text(PLACE), "contact_phone": _text(PLACE),
        "out_of_hours": _text(), "notes": _text(),
    },
    "followups.events": {"what": _text(required=True), "told_whom": _text(PLACE), "outcome": _text()},
}


# A field that must be filled when another field holds one of some values: a confirmed ride names its driver
# (otherwise "Ride confirmed" tells the family someone is driving when nobody is). The forms and the services
# check it; the importer does not (older exports may hold such rides: they load, and show "no driver named").
REQUIRED_WHEN: dict[str, dict[str, tuple[str, frozenset[str]]]] = {
    "rides": {"driver": ("status", frozenset({"confirmed"}))},
}


def missing_when(entity: str, values: dict[str, object]) -> list[str]:
    """The fields of ``entity`` that :data:`REQUIRED_WHEN` asks for given ``values`` (field -> value) and that
    are empty there."""
    return [name for name, (other, when) in REQUIRED_WHEN.get(entity, {}).items()
            if values.get(other) in when and values.get(name) in (None, "")]


# Lists of records inside a record: how many at most.
LISTS: dict[str, int] = {"person.identifiers": 20, "symptom_notes.symptoms": 30}


def rule(entity: str, field: str) -> FieldRule:
    """The rule of one field; KeyError for a field that is not in the table (a mistake in the caller)."""
    return FIELDS[entity][field]


def limit(entity: str, field: str) -> int:
    return FIELDS[entity][field].max_length


_INDEX = re.compile(r"\[\d+\]")


def for_path(path: str, key: str) -> FieldRule | None:
    """The rule of ``key`` in the record at an interchange ``path`` (``medications[2]``, ``person.identifiers[0]``);
    None for a field the table does not hold (the importer's own checks apply then)."""
    return FIELDS.get(_INDEX.sub("", path), {}).get(key)


_SPACES = re.compile(r"\s+")
_INVISIBLE = frozenset(("Cf", "Zs", "Zl", "Zp"))
# Control characters (C0, DEL, C1) other than the tab and the line break: they show as nothing in a form.
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def canonical_text(value: str, multiline: bool) -> str:
    """The one stored form of typed text: NFC, line breaks as ``\\n``, control characters other than tab and
    line break dropped, trimmed; on one line every run of white space (a tab, a line break) is a single space;
    text of nothing but spaces and invisible characters is empty. Applying it twice changes nothing, so a
    value stored in this form is saved again unchanged.

    Control characters are dropped rather than refused: they come from a paste (a terminal's escape, a bell, a
    NUL from another program), show as nothing in a form, and a caregiver cannot find them to remove them, so
    refusing would fail a save over something they cannot see. Dropping them leaves every character they can
    see as it was. A tab is kept in text of several lines and is a space on one line, as it looks."""
    text = unicodedata.normalize("NFC", CONTROL.sub("", value.replace("\r\n", "\n").replace("\r", "\n")))
    text = text.strip() if multiline else _SPACES.sub(" ", text).strip()
    if all(ch.isspace() or unicodedata.category(ch) in _INVISIBLE for ch in text):
        return ""
    return text


class Overflow(Struct, frozen=True):
    """How far typed text is past its rule: ``length`` characters (of the whole text, or of its longest
    item for a list of texts) and ``items`` (a list with more items than ``rule.max_items``)."""

    length: int
    chars_over: int
    items: int
    items_over: int


def overflow(rule: FieldRule, text: str) -> Overflow | None:
    """None when ``text`` (as typed, one item a line for a list) fits ``rule`` once cleaned as the services
    clean it; otherwise by how much it does not. Cheap while the text is short of the limit."""
    if rule.max_items is None:
        if len(text) <= rule.max_length:
            return None
        length = len(canonical_text(text, rule.multiline))
        return Overflow(length, length - rule.max_length, 0, 0) if length > rule.max_length else None
    items = {canonical_text(line, False).casefold(): canonical_text(line, False) for line in text.splitlines()}
    items.pop("", None)
    longest = max((len(item) for item in items.values()), default=0)
    chars_over = max(0, longest - rule.max_length)
    items_over = max(0, len(items) - rule.max_items)
    return Overflow(longest, chars_over, len(items), items_over) if chars_over or items_over else None


# The formats a field's ``kind`` asks for, beyond its length.
PHONE = re.compile(r"^\+?[0-9 ()./\-]+(\s*(ext\.?|x)\s*[0-9]+)?$", re.IGNORECASE)
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.][^@\s]*$")


def format_ok(rule: FieldRule, text: str) -> bool:
    """True when a cleaned, non-empty ``text`` has the form its rule's kind asks for."""
    if rule.kind == FieldKind.PHONE:
        return bool(PHONE.match(text)) and sum(ch.isdigit() for ch in text) >= 3
    if rule.kind == FieldKind.EMAIL:
        return bool(EMAIL.match(text))
    return True
