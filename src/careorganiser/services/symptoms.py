"""The symptom journal: symptoms on the 0-4 scale, free text, activity and pacing, tags.

Severity is the one fixed scale of the interchange spec: 0 none, 1 mild, 2 moderate, 3 severe, 4 very severe.
The journal can hold thousands of notes: it is read newest first, a page at a time, ordered in SQL.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from careorganiser.domain import fields
from careorganiser.domain.enums import SEVERITY_MAX, SEVERITY_MIN
from careorganiser.i18n import translate
from careorganiser.services.base import NotFound, ValidationError, notify
from careorganiser.services.cleaning import check_instant, clean_field, clean_field_list, clean_text
from careorganiser.store import models as m
from careorganiser.store.profiles import Profile
from careorganiser.store.queries import symptoms as sq
from careorganiser.store.queries.symptoms import SymptomNote

MAX_SYMPTOMS = fields.LISTS["symptom_notes.symptoms"]
MAX_NAME = fields.limit("symptom_notes.symptoms", "name")
MAX_TAGS = fields.rule("symptom_notes", "tags").max_items
MAX_TAG = fields.limit("symptom_notes", "tags")
MAX_ACTIVITY = fields.limit("symptom_notes", "activity")


def severity_words(severity: int) -> str:
    """The word for a severity on the 0-4 scale ("moderate")."""
    words = (translate("Severity", "none"), translate("Severity", "mild"), translate("Severity", "moderate"),
             translate("Severity", "severe"), translate("Severity", "very severe"))
    return words[severity]


def common_symptom_names() -> list[str]:
    """Suggestions before anything has been recorded (the symptoms caregivers of people with ILD note most)."""
    return [
        translate("Symptoms", "breathlessness"), translate("Symptoms", "cough"), translate("Symptoms", "fatigue"),
        translate("Symptoms", "nausea"), translate("Symptoms", "loss of appetite"),
        translate("Symptoms", "chest tightness"), translate("Symptoms", "dizziness"), translate("Symptoms", "poor sleep"),
        translate("Symptoms", "low mood"), translate("Symptoms", "anxiety"), translate("Symptoms", "heartburn"),
        translate("Symptoms", "diarrhoea"), translate("Symptoms", "joint pain"), translate("Symptoms", "rash"),
        translate("Symptoms", "sensitivity to sunlight"), translate("Symptoms", "swollen ankles"),
        translate("Symptoms", "headache"), translate("Symptoms", "fever"),
    ]


# -- reads


def list_notes(profile: Profile, limit: int | None = None, offset: int = 0) -> list[SymptomNote]:
    """Notes newest first (then by id), a page at a time; uses the index on ``recorded_at``."""
    return sq.notes(profile.read(), newest_first=True, limit=limit, offset=offset)


def notes_by_ids(profile: Profile, ids: Iterable[int]) -> list[SymptomNote]:
    """The notes among ``ids`` that still exist (a change notice's ids, read again), in no particular order."""
    return sq.notes_with_ids(profile.read(), ids)


def count_notes(profile: Profile) -> int:
    return sq.count(profile.read())


def get_note(profile: Profile, note_id: int) -> SymptomNote:
    found = sq.note(profile.read(), note_id)
    if found is None:
        raise NotFound(translate("Symptoms", "That note no longer exists."))
    return found


# Names are suggested from this many recent notes: what is noted now, and a bounded cost with years of notes.
RECENT_NOTES = 1_000


def _used_names(source: Any) -> list[str]:
    """Symptom names recorded in recent notes, most used first (one spelling per name, ignoring case)."""
    out: list[str] = []
    seen: set[str] = set()
    for name, _uses in sq.symptom_names(source, RECENT_NOTES):
        if name and name.casefold() not in seen:
            seen.add(name.casefold())
            out.append(name)
    return out


def known_symptom_names(profile: Profile) -> list[str]:
    """Names for quick entry: those already used (most used first), then common ones not yet used."""
    used = _used_names(profile.read())
    seen = {n.casefold() for n in used}
    return used + [n for n in common_symptom_names() if n.casefold() not in seen]


def known_tags(profile: Profile) -> list[str]:
    return sq.tags(profile.read())


# -- cleaning

def _severity(value: object, name: str) -> int:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int) or not SEVERITY_MIN <= value <= SEVERITY_MAX:
        raise ValidationError("symptoms", translate(
            "Symptoms", "The severity of \u201c{name}\u201d must be a whole number from 0 (none) to 4 (very severe)."
        ).format(name=name))
    return value


def clean_symptoms(symptoms: Iterable[Any] | None, known: Sequence[str] = ()) -> list[dict[str, Any]]:
    """Trim names, check severities, and merge the same symptom typed twice (ignoring case).

    A name that matches a known one apart from case takes the known spelling, so "Cough" joins "cough".
    The same symptom with two different severities is refused: the caregiver has to say which one.
    """
    if symptoms is None:
        return []
    if isinstance(symptoms, str | bytes):
        raise ValidationError("symptoms", translate("Symptoms", "Symptoms must be a list of names with severities."))
    spelling = {n.casefold(): n for n in known}
    out: list[dict[str, Any]] = []
    by_key: dict[str, dict[str, Any]] = {}
    for number, item in enumerate(symptoms, start=1):
        if isinstance(item, dict):
            raw_name, raw_severity = item.get("name"), item.get("severity")
        else:
            try:
                raw_name, raw_severity = item
            except (TypeError, ValueError):
                raise ValidationError("symptoms", translate("Symptoms", "Symptom {number} needs a name and a severity.")
                                      .format(number=number)) from None
        label = translate("Symptoms", "Symptom {number}").format(number=number)
        name = clean_text(raw_name, "symptoms", label, max_length=MAX_NAME, multiline=False)
        if not name:
            raise ValidationError("symptoms", translate("Symptoms", "Symptom {number} has no name. Type a name or remove it.")
                                  .format(number=number))
        severity = _severity(raw_severity, name)
        name = spelling.get(name.casefold(), name)
        key = name.casefold()
        if key in by_key:
            if by_key[key]["severity"] != severity:
                raise ValidationError("symptoms", translate(
                    "Symptoms", "\u201c{name}\u201d is listed twice with different severities. Keep one of them."
                ).format(name=name))
            continue
        entry = {"name": name, "severity": severity}
        by_key[key] = entry
        out.append(entry)
    if len(out) > MAX_SYMPTOMS:
        raise ValidationError("symptoms", translate("Symptoms", "Too many symptoms in one note: at most {limit}.")
                              .format(limit=MAX_SYMPTOMS))
    return out


def clean_tags(tags: Iterable[str] | str | None) -> list[str]:
    """Tags from a list or from "pacing, #sleep": trimmed, without '#', no duplicates ignoring case."""
    if tags is None:
        return []
    if isinstance(tags, str):
        tags = tags.replace("\n", ",").split(",")
    items = []
    for tag in tags:
        items.append(tag.strip().lstrip("#").strip() if isinstance(tag, str) else tag)
    return clean_field_list(items, "symptom_notes", "tags", translate("Symptoms", "Tags"))


def _clean_note(s: Session, recorded_at: object, symptoms: Iterable[Any] | None, text_: object, activity: object,
                tags: Iterable[str] | str | None, now: datetime | None) -> dict[str, Any]:
    when = check_instant(recorded_at, "recorded_at", translate("Symptoms", "When"), now)
    known = _used_names(s) + common_symptom_names()
    cleaned = clean_symptoms(symptoms, known)
    body = clean_field(text_, "symptom_notes", "text", translate("Symptoms", "Notes"))
    act = clean_field(activity, "symptom_notes", "activity", translate("Symptoms", "Activity and pacing"))
    tag_list = clean_tags(tags)
    if not cleaned and not body and not act:
        raise ValidationError("symptoms", translate(
            "Symptoms", "The note is empty: add a symptom or write a few words."))
    return {"recorded_at": when, "symptoms": cleaned, "text": body, "activity": act, "tags": tag_list}


# -- changes

def add_note(profile: Profile, recorded_at: datetime, symptoms: Iterable[Any] | None = (), text: str = "",
             activity: str = "", tags: Iterable[str] | str | None = (), *, now: datetime | None = None
             ) -> SymptomNote:
    """Record a note. ``symptoms`` is a list of (name, severity 0-4); ``now`` refuses a time in the future."""
    with profile.session_factory.begin() as s:
        values = _clean_note(s, recorded_at, symptoms, text, activity, tags, now)
        note = m.SymptomNote(**values)
        s.add(note)
        s.flush()
        row = sq.note(s, note.id)
        assert row is not None
    notify(profile, records={"symptom_notes": [row.id]})
    return row


def update_note(profile: Profile, note_id: int, recorded_at: datetime, symptoms: Iterable[Any] | None = (),
                text: str = "", activity: str = "", tags: Iterable[str] | str | None = (), *,
                now: datetime | None = None) -> SymptomNote:
    with profile.session_factory.begin() as s:
        note = s.get(m.SymptomNote, note_id)
        if note is None or note.deleted_at is not None:
            raise NotFound(translate("Symptoms", "That note no longer exists."))
        values = _clean_note(s, recorded_at, symptoms, text, activity, tags, now)
        for key, value in values.items():
            setattr(note, key, value)
        s.flush()
        row = sq.note(s, note.id)
        assert row is not None
    notify(profile, records={"symptom_notes": [row.id]})
    return row


def noted_symptom_names(profile: Profile) -> list[str]:
    """The symptoms the journal has notes about, most noted first: what a trend can be drawn for."""
    return _used_names(profile.read())


def symptom_series(profile: Profile, name: str, since: datetime | None = None) -> list[tuple[datetime, int]]:
    """Each severity noted for the symptom ``name`` (any case), oldest first, from ``since`` on (all when None).

    Severity is the fixed 0-4 scale, so a trend of any symptom is drawn on the same axis.
    """
    wanted = name.strip().casefold()
    points: list[tuple[datetime, int]] = []
    for found in sq.notes(profile.read(), start=since):
        for item_name, severity in found.symptoms:
            if item_name.strip().casefold() == wanted:
                points.append((found.recorded_at, min(max(severity, SEVERITY_MIN), SEVERITY_MAX)))
                break
    return points
