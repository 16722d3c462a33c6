"""Search across every free-text field: notes, questions and answers, trials, medications, contacts,
appointments and outcomes, rides, the person, measurement and dose notes."""

from __future__ import annotations

from datetime import UTC, date, datetime

from careorganiser.i18n import translate
from careorganiser.store import search as index
from careorganiser.store.profiles import Profile
from careorganiser.store.search import RecordKind, SearchHit

__all__ = ["RecordKind", "SearchHit", "search", "kind_label", "hit_day", "medication_of_dose_event", "AREA_OF_KIND"]

# Which area of the app shows each kind of hit.
AREA_OF_KIND = {
    RecordKind.SYMPTOM_NOTE: "journal",
    RecordKind.QUESTION: "questions",
    RecordKind.TRIAL: "trials",
    RecordKind.MEDICATION: "medications",
    RecordKind.CONTACT: "contacts",
    RecordKind.APPOINTMENT: "appointments",
    RecordKind.RIDE: "appointments",
    RecordKind.PERSON: "person",
    RecordKind.MEASUREMENT: "journal",
    RecordKind.DOSE_EVENT: "medications",
}


def kind_label(kind: str) -> str:
    return {
        RecordKind.SYMPTOM_NOTE: translate("Search", "Journal note"),
        RecordKind.QUESTION: translate("Search", "Question"),
        RecordKind.TRIAL: translate("Search", "Trial"),
        RecordKind.MEDICATION: translate("Search", "Medication"),
        RecordKind.CONTACT: translate("Search", "Contact"),
        RecordKind.APPOINTMENT: translate("Search", "Appointment"),
        RecordKind.RIDE: translate("Search", "Ride"),
        RecordKind.PERSON: translate("Search", "Person"),
        RecordKind.MEASUREMENT: translate("Search", "Measurement"),
        RecordKind.DOSE_EVENT: translate("Search", "Dose note"),
    }.get(kind, kind)


def hit_day(hit: SearchHit) -> date | datetime | None:
    """The date (or instant, in UTC) the hit is about, if it has one."""
    if not hit.day:
        return None
    try:
        if len(hit.day) <= 10:
            return date.fromisoformat(hit.day)
        return datetime.fromisoformat(hit.day).replace(tzinfo=UTC)
    except ValueError:
        return None


def medication_of_dose_event(profile: Profile, event_id: int) -> int | None:
    """The medication a dose note found by search belongs to (None when it is gone or in the trash)."""
    from careorganiser.store.queries import medications as mq

    event = mq.dose_event(profile.read(), event_id)
    return event.medication_id if event is not None else None


def search(profile: Profile, text: str, limit: int = 50) -> list[SearchHit]:
    if len(text) > 500:
        text = text[:500]
    with profile.session_factory() as session:
        return index.search(session, text, limit)
