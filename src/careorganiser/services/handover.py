"""Handover: what the other caregivers did since this one last looked, each with who and when.

Read from the history of changes (store.history): doses given or missed, new notes and measurements,
changed medications, rides arranged, questions answered. A one-page sheet of it prints for the one leaving.
The records a line names are read through ``store.queries`` (a record in the trash has no line, as it has
no place in the lists).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from msgspec import Struct

from careorganiser.domain.clock import now_utc
from careorganiser.domain.enums import (
    DoseStatus,
    HistoryAction,
    QuestionStatus,
    RideStatus,
)
from careorganiser.domain.catalogue import shown_by
from careorganiser.domain.formatting import format_measured
from careorganiser.i18n import translate
from careorganiser.services import caregivers
from careorganiser.services.history import Version, activity
from careorganiser.store import reads
from careorganiser.store.profiles import Profile
from careorganiser.store.queries import appointments as aq
from careorganiser.store.queries import contacts as cq
from careorganiser.store.queries import followup as fq
from careorganiser.store.queries import measurements as xq
from careorganiser.store.queries import medications as mq
from careorganiser.store.queries import person as pq
from careorganiser.store.queries import questions as qq

#: A caregiver who never looked sees the last day.
FIRST_LOOK = timedelta(hours=24)
MAX_ITEMS = 200
#: A change touching more records than this (an import) is one line of the handover.
BULK = 50


class HandoverKind(StrEnum):
    """What a line of the handover is about."""

    DOSE = "dose"
    NOTE = "note"
    MEASUREMENT = "measurement"
    MEDICATION = "medication"
    RIDE = "ride"
    EVENT = "event"  # a side effect or event of a follow-up plan
    QUESTION = "question"
    IMPORT = "import"


KINDS = tuple(HandoverKind)


class HandoverItem(Struct, frozen=True):
    when: datetime
    who: str  # the caregiver's name; "" when nobody was chosen then
    kind: HandoverKind
    text: str  # plain words, e.g. "Pirfenidone (08:00): taken"


class Handover(Struct, frozen=True):
    caregiver_id: int | None
    since: datetime
    items: list[HandoverItem]


def _local_time(value: Any, zone: Any) -> str:
    if not value:
        return ""
    when = datetime.fromisoformat(value) if isinstance(value, str) else value
    return when.astimezone(zone).strftime("%H:%M")


def _status_words(status: str) -> str:
    return {DoseStatus.TAKEN: translate("Handover", "taken"), DoseStatus.SKIPPED: translate("Handover", "skipped"),
            DoseStatus.MISSED: translate("Handover", "missed")}.get(status, status)


def _ride_words(status: str) -> str:
    return {RideStatus.NEEDED: translate("Handover", "needed"), RideStatus.ASKED: translate("Handover", "asked"),
            RideStatus.CONFIRMED: translate("Handover", "confirmed"), RideStatus.DONE: translate("Handover", "done"),
            RideStatus.CANCELLED: translate("Handover", "cancelled")}.get(status, status)


def _item(s: Any, v: Version, zone: Any, medication_names: dict[int, str],
          kind_labels: dict[str, str]) -> HandoverItem | None:
    """The line of one change; ``medication_names``: the name of each medication not in the trash, by id;
    ``kind_labels``: the label of each measurement kind, by key."""
    after = v.after or {}
    if v.table == "dose_events" and v.action in (HistoryAction.INSERT, HistoryAction.UPDATE) and (
            "status" in after or v.action == HistoryAction.INSERT):
        event = mq.dose_event(s, int(v.record_key))
        if event is None:
            return None
        status = after.get("status", event.status)
        text = translate("Handover", "{medication} ({time}): {status}").format(
            medication=medication_names.get(event.medication_id, "?"), time=_local_time(event.scheduled_for, zone),
            status=_status_words(status))
        return HandoverItem(v.changed_at, v.who, HandoverKind.DOSE, text)
    if v.table == "symptom_notes" and v.action == HistoryAction.INSERT:
        words = str(after.get("text") or "") or ", ".join(
            str(x.get("name", "")) for x in after.get("symptoms") or [] if isinstance(x, dict))
        return HandoverItem(v.changed_at, v.who, HandoverKind.NOTE, translate("Handover", "New note: {text}").format(text=words[:120]))
    if v.table == "measurements" and v.action == HistoryAction.INSERT:
        key = str(after.get("kind", ""))
        label = kind_labels.get(key, key)
        value = after.get("value")
        shown = format_measured(value, *shown_by(key)) if isinstance(value, (int, float)) else str(value)
        text = translate("Handover", "New measurement: {kind} {value} {unit}").format(
            kind=label, value=shown, unit=after.get("unit") or "").strip()
        return HandoverItem(v.changed_at, v.who, HandoverKind.MEASUREMENT, text)
    if v.table == "medications":
        if v.action == HistoryAction.INSERT:
            text = translate("Handover", "New medication: {name}").format(name=v.label)
        elif v.action == HistoryAction.UPDATE:
            shown = [f for f in v.fields if f not in ("stock", "updated_at")]
            if not shown:
                return None
            if "stop_date" in shown and after.get("stop_date"):
                text = translate("Handover", "Medication stopped: {name}").format(name=v.label)
            else:
                text = translate("Handover", "Medication changed: {name} ({what})").format(
                    name=v.label, what=", ".join(f.replace("_", " ") for f in shown))
        else:
            return None
        return HandoverItem(v.changed_at, v.who, HandoverKind.MEDICATION, text)
    if v.table == "schedules" and v.action in (HistoryAction.INSERT, HistoryAction.DELETE):
        return None  # shown as part of the medication's change
    if v.table == "rides" and (v.action == HistoryAction.INSERT or {"status", "driver_id", "pickup_at"} & set(v.fields)):
        ride = aq.ride(s, int(v.record_key))
        if ride is None:
            return None
        pickup = ride.pickup_at.astimezone(zone).strftime("%a %d %b %H:%M") if ride.pickup_at else ""
        text = translate("Handover", "Ride {status}: {pickup} to {destination}{driver}").format(
            status=_ride_words(ride.status), pickup=pickup, destination=ride.destination or "?",
            driver=(", " + translate("Handover", "driver {name}").format(name=ride.driver))
            if ride.driver_id is not None else "")
        return HandoverItem(v.changed_at, v.who, HandoverKind.RIDE, " ".join(text.split()))
    if v.table == "followup_events" and v.action == HistoryAction.INSERT:
        logged = fq.logged_event(s, int(v.record_key))
        if logged is None:
            return None
        event, subject = logged.event, logged.subject
        text = translate("Handover", "Side effect or event ({subject}, {day}): {what}, severity {severity} of 4").format(
            subject=subject or "?", day=event.occurred_on.isoformat(), what=event.what[:120],
            severity=event.severity)
        if event.told:
            text += " \u2014 " + translate("Handover", "the team was told")
        return HandoverItem(v.changed_at, v.who, HandoverKind.EVENT, text)
    if v.table == "questions" and v.action == HistoryAction.UPDATE and after.get("status") == QuestionStatus.ANSWERED:
        question = qq.question(s, int(v.record_key))
        if question is None:
            return None
        answer = question.answer.strip()
        text = translate("Handover", "Question answered: {question}").format(question=question.text[:100])
        if answer:
            text += " \u2014 " + answer[:140]
        return HandoverItem(v.changed_at, v.who, HandoverKind.QUESTION, text)
    return None


def since_last_looked(profile: Profile, caregiver_id: int | None, now: datetime | None = None) -> Handover:
    """What the others did since ``caregiver_id`` last looked (the last day, the first time), oldest first.

    Changes carry the wall-clock time they were made (``now`` defaults to it).
    """
    seen = caregivers.last_seen(profile, caregiver_id) if caregiver_id is not None else None
    since = seen or ((now or now_utc()) - FIRST_LOOK)
    versions = [v for v in activity(profile, limit=5 * MAX_ITEMS, since=since)
                if caregiver_id is None or v.caregiver_id != caregiver_id]
    sizes: dict[str, int] = {}
    for v in versions:
        sizes[v.change_id] = sizes.get(v.change_id, 0) + 1
    items: list[HandoverItem] = []
    told: set[str] = set()
    with reads.snapshot(profile.read()) as s:  # one view of the file for every record the lines name
        zone = reads.profile_zone(s)
        medication_names = {med.id: med.name for med in mq.medications(s)}
        kind_labels = _kind_labels(s)
        for v in reversed(versions):  # oldest first
            if sizes[v.change_id] > BULK:  # an import or a demo: one line, not hundreds
                if v.change_id not in told:
                    told.add(v.change_id)
                    items.append(HandoverItem(v.changed_at, v.who, HandoverKind.IMPORT, translate(
                        "Handover", "{n} records were added or changed at once (an import).").format(
                        n=sizes[v.change_id])))
                continue
            item = _item(s, v, zone, medication_names, kind_labels)
            if item is not None:
                items.append(item)
        items += _missed_doses(s, since, now or now_utc(), zone)
    items.sort(key=lambda i: i.when)
    return Handover(caregiver_id, since, items[-MAX_ITEMS:])


def _kind_labels(s: Any) -> dict[str, str]:
    """Each measurement kind's label by key: the catalogue's, and the caregiver's own for the rest."""
    from careorganiser.domain.catalogue import builtin_kinds

    labels = {key: kind.label for key, kind in xq.custom_kinds(s).items()}
    labels.update({key: kind.label for key, kind in builtin_kinds().items()})
    return labels


def _missed_doses(s: Any, since: datetime, now: datetime, zone: Any) -> list[HandoverItem]:
    """Doses whose time ran out since then with nobody marking them (no one recorded anything)."""
    from careorganiser.domain import doses as dd
    from careorganiser.domain.clock import local_date
    from careorganiser.services import today

    conn = reads.connection_of(s)
    facts = today.load_medication_facts(conn, local_date(now, zone))
    window = today.reminder_window(conn)
    events = today.load_events(conn, facts, since - window - timedelta(days=1), now + timedelta(days=1))
    return [HandoverItem(slot.scheduled_for + window, "", HandoverKind.DOSE, translate(
        "Handover", "{medication} ({time}): missed, nobody marked it").format(
        medication=slot.name, time=_local_time(slot.scheduled_for, zone)))
        for slot in dd.missed_between(facts.facts, events, since, now, zone, window)]


def handover_sheet(profile: Profile, caregiver_id: int | None, now: datetime | None = None,
                   large_print: bool = False) -> tuple[bytes, int]:
    """The one-page handover sheet (PDF bytes, pages) of :func:`since_last_looked`."""
    from careorganiser.pack.handover import HandoverLine, render_handover_sheet
    from careorganiser.pack.model import PackOptions

    now = now or now_utc()
    report = since_last_looked(profile, caregiver_id, now)
    with reads.snapshot(profile.read()) as s:
        zone = reads.profile_zone(s)
        person = pq.person(s)
        caregiver = cq.contact(s, caregiver_id) if caregiver_id is not None else None
        name = caregiver.name if caregiver is not None else ""
    lines = [HandoverLine(i.when, i.who, i.text) for i in report.items]
    return render_handover_sheet(person.name if person else "", name, report.since, lines, zone.key,
                                 now.astimezone(zone).date(), PackOptions(large_print=large_print))
