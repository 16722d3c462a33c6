"""Search across notes, questions, trials, medications, contacts and appointments."""

from __future__ import annotations

from careorganiser.i18n import tr
from careorganiser.store import search as index
from careorganiser.store.profiles import Profile
from careorganiser.store.search import SearchHit

__all__ = ["SearchHit", "search", "kind_label", "AREA_OF_KIND"]

# Which area of the app shows each kind of hit.
AREA_OF_KIND = {
    "symptom_note": "journal",
    "question": "questions",
    "trial": "trials",
    "medication": "medications",
    "contact": "contacts",
    "appointment": "appointments",
}


def kind_label(kind: str) -> str:
    return {
        "symptom_note": tr("Search", "Journal note"),
        "question": tr("Search", "Question"),
        "trial": tr("Search", "Trial"),
        "medication": tr("Search", "Medication"),
        "contact": tr("Search", "Contact"),
        "appointment": tr("Search", "Appointment"),
    }.get(kind, kind)


def search(profile: Profile, text: str, limit: int = 50) -> list[SearchHit]:
    if len(text) > 500:
        text = text[:500]
    with profile.session_factory() as session:
        return index.search(session, text, limit)
