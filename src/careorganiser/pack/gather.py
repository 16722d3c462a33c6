"""Gather: read one profile and fill the pack's records (``pack.model``). No Qt.

Every decision about *what* the pack shows is made here, so the renderers only lay it out:

- "since the last appointment" means since the previous appointment with the same clinician (from the
  start of that day), or the last :data:`FALLBACK_DAYS` days when there is none;
- the period ends at the appointment, or now if the appointment is still to come;
- current medications are those taken on the last day of the period (with a stop planned after that day
  shown); planned ones are those whose start date is after that day, recorded by the period's end;
  started, stopped and changed ones are those whose start, stop, schedule window or recorded dose amount
  moved inside the period;
- the notes that matter are the few with the worst severity, then the longest text;
- measurements show :data:`MEASUREMENT_DAYS` of readings, with every earlier clinic or lab date listed.

The functions take an open session (one unit of work: the caller opens and closes it), the profile's zone
and the instant to treat as now; they return frozen values and hold no ORM object.
"""

from __future__ import annotations

import functools
import logging
import math
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Sequence
from contextvars import ContextVar
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

import msgspec.structs
from msgspec import Struct

from careorganiser.domain import doses as dd
from careorganiser.domain.catalogue import (
    GROUP_ORDER,
    MeasurementGroup,
    builtin_kind,
    format_value,
)
from careorganiser.domain.clock import day_start, local_date, to_utc
from careorganiser.domain.enums import (
    DoseStatus,
    MeasurementSource,
    Priority,
    ScheduleKind,
    TrialInterest,
)
from careorganiser.domain.formatting import decimal_point, format_date, format_number, name_order
from careorganiser.domain.readings import by_context, series_label
from careorganiser.domain.schedules import Schedule, describe
from careorganiser.i18n import translate
from careorganiser.pack.followup_gather import gather_followups
from careorganiser.pack.model import (
    CRITERION_KINDS,
    PACK_TRIAL_INTERESTS,
    ChangeKind,
    CriterionKind,
    PackAdherence,
    PackAdherenceLine,
    PackAppointment,
    PackContact,
    PackData,
    PackDoseLapse,
    PackDoseNote,
    PackLapseRun,
    PackMeasurementSeries,
    PackMedication,
    PackMedicationChange,
    PackNote,
    PackOffer,
    PackOffSchedule,
    PackPerson,
    PackPrescreenItem,
    PackPrescreenSummary,
    PackProblem,
    PackQuestion,
    PackRide,
    PackSection,
    PackSymptomSummary,
    PackTrial,
    RideDirection,
)
from careorganiser.pack.wording import fmt_date
from careorganiser.store import reads
from careorganiser.store.queries import appointments as aq
from careorganiser.store.queries import contacts as cq
from careorganiser.store.queries import measurements as xq
from careorganiser.store.queries import medications as mq
from careorganiser.store.queries import person as pq
from careorganiser.store.queries import questions as qq
from careorganiser.store.queries import symptoms as sq
from careorganiser.store.queries import trials as tq

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from careorganiser.pack.ics import IcsRide

FALLBACK_DAYS = 90
"""Without an earlier appointment with the same clinician, the pack looks back this many days."""

MEASUREMENT_DAYS = 730
"""Trend charts show this many days of readings before the end of the period."""

NOTES_SHOWN = 5
"""How many symptom notes the pack quotes (the ones that matter most)."""

DOSE_NOTES_SHOWN = 20
"""How many notes on doses (those no other table prints) the pack quotes: the newest."""

KEY_TRIAL_ITEMS = 8
"""At most this many eligibility items per trial are printed (the ones the data could check)."""

EMERGENCY_CONTACTS = 8

HIDDEN_TRIAL_INTERESTS = frozenset({TrialInterest.DECLINED, TrialInterest.NOT_ELIGIBLE})  # not printed unless ticked
_INTEREST_ORDER = {TrialInterest.ENROLLED: 0, TrialInterest.SCREENING: 1, TrialInterest.CONTACTED: 2,
                   TrialInterest.CONSIDERING: 3}
_PRIORITY_ORDER = qq.PRIORITY_ORDER
_EARLIEST = datetime.min.replace(tzinfo=UTC)

_FAMILY_WORDS = (
    "son", "daughter", "wife", "husband", "partner", "spouse", "mother", "father", "mum", "mom", "dad",
    "brother", "sister", "grandson", "granddaughter", "niece", "nephew", "family", "relative", "carer",
    "caregiver", "next of kin", "friend", "neighbour", "neighbor",
)
_GP_WORDS = ("gp", "general practitioner", "family doctor", "family physician", "primary care")
_CLINICAL_WORDS = (
    "consultant", "specialist", "doctor", "dr", "physician", "pulmonologist", "respiratory", "chest", "nurse",
    "rheumatologist", "cardiologist", "oncologist", "neurologist", "surgeon", "clinic", "hospital", "ild",
)


class AppointmentNotFound(LookupError):
    """The appointment asked for does not exist (or is in the trash). The message says which."""


# --------------------------------------------------------------------------------------------- what could not be read

log = logging.getLogger(__name__)

UNREADABLE = (ValueError, TypeError, KeyError, IndexError, AttributeError, ArithmeticError)
"""What stored data the domain cannot make sense of raises (a schedule it refuses, a trial record of an older
shape). Such a part becomes a note in the pack; any other error stops the pack with the usual message."""

_problems: ContextVar[list[PackProblem] | None] = ContextVar("pack_problems", default=None)


def _could_not(section: str, text: str, what: str, row_id: object, error: Exception) -> None:
    """Note a part that could not be read: a line in its section of the pack, and a log line that names the
    record by its row id and the kind of error only (no personal data)."""
    log.warning("pack: could not read %s %s (%s)", what, row_id, type(error).__name__)
    _note_problem(section, text)


def _note_problem(section: str, text: str) -> None:
    """A line in a section of the pack about something it leaves out, and why."""
    found = _problems.get()
    problem = PackProblem(section, text)
    if found is not None and problem not in found:
        found.append(problem)


def _noting_problems(gather: Callable[..., PackData]) -> Callable[..., PackData]:
    """Gather with a list of problems open, and hand them over in ``PackData.problems``."""

    @functools.wraps(gather)
    def gather_noting(*args: Any, **kwargs: Any) -> PackData:
        found: list[PackProblem] = []
        token = _problems.set(found)
        try:
            data = gather(*args, **kwargs)
        finally:
            _problems.reset(token)
        return msgspec.structs.replace(data, problems=(*data.problems, *found)) if found else data

    return gather_noting


# --------------------------------------------------------------------------------------------- small helpers


def _words(text: str) -> set[str]:
    cleaned = "".join(ch if ch.isalnum() else " " for ch in text.casefold())
    return set(cleaned.split())


def _has_word(text: str, words: Iterable[str]) -> bool:
    """Does ``text`` contain one of ``words`` as a whole word (or, for several words, as a phrase)?"""
    found = _words(text)
    phrase = " ".join("".join(ch if ch.isalnum() else " " for ch in text.casefold()).split())
    return any((f" {word} " in f" {phrase} ") if " " in word else word in found for word in words)


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def _plain_number(value: float) -> str:
    """``2,5`` in Spanish and Polish: the pack language's decimal separator."""
    return str(int(value)) if float(value).is_integer() else f"{value:g}".replace(".", decimal_point())


def _long_date(day: date) -> str:
    """``6 November 2026``, as the pack prints dates."""
    return fmt_date(day)


def _zone_name(zone: ZoneInfo) -> str:
    return getattr(zone, "key", None) or "UTC"


def _schedule_text(med: mq.Medication) -> str:
    if not med.schedules and med.schedule_kinds:
        return "; ".join(kind.replace("_", " ") for kind in med.schedule_kinds)
    return "; ".join(describe(s) for s in med.schedules)


def _contact_role(contact: cq.Contact) -> str:
    return ", ".join(p for p in (_capitalised(contact.role), contact.organisation) if p)


# --------------------------------------------------------------------------------------------- appointments


def find_appointment(session: Session, appointment_id: int | str) -> aq.Appointment:
    """An appointment by its interchange id (text, as the command line takes it) or its row id (a number)."""
    if isinstance(appointment_id, bool):
        raise AppointmentNotFound(translate("Pack", "That appointment does not exist."))
    if isinstance(appointment_id, int):
        found = aq.appointment(session, appointment_id)
        shown = str(appointment_id)
    else:
        shown = str(appointment_id).strip()
        found = aq.appointment_by_uid(session, shown)
    if found is None:
        raise AppointmentNotFound(
            translate("Pack", "There is no appointment with the id \u201c{id}\u201d in this profile.").format(id=shown))
    return found


class Period(Struct, frozen=True):
    """``[start, end)`` as instants; ``since``/``until`` are their local days; ``label`` says it in words."""

    start: datetime
    end: datetime
    since: date
    until: date
    label: str


def period_for(session: Session, appointment: aq.Appointment | None, now: datetime, zone: ZoneInfo) -> Period:
    """Since the previous appointment with the same clinician (from the start of its day), or 90 days,
    until the appointment or ``now``, whichever comes first."""
    now = to_utc(now)
    end = min(appointment.starts_at, now) if appointment is not None else now
    until = local_date(end, zone)
    previous = aq.previous_with_clinician(session, appointment) if appointment is not None else None
    if previous is not None:
        since = local_date(previous.starts_at, zone)
        who = previous.clinician
        label = translate("Pack", "Since the last appointment with {who} on {date}").format(
            who=who, date=_long_date(since))
    else:
        since = until - timedelta(days=FALLBACK_DAYS)
        if appointment is not None and appointment.clinician_id is not None:
            label = translate("Pack", "The last {days} days (no earlier appointment with {who} is recorded)").format(
                days=FALLBACK_DAYS, who=appointment.clinician)
        else:
            label = translate("Pack", "The last {days} days").format(days=FALLBACK_DAYS)
    start = min(day_start(since, zone), end)
    return Period(start=start, end=end, since=since, until=until, label=label)


def _role_at(appointment: aq.Appointment) -> str:
    """"pulmonologist, St Mary's Hospital", without the organisation when the place already names it."""
    organisation = appointment.clinician_organisation.strip()
    if organisation and organisation.casefold() in appointment.place.casefold():
        organisation = ""
    return ", ".join(p for p in (appointment.clinician_role, organisation) if p)


def _pack_appointment(appointment: aq.Appointment) -> PackAppointment:
    named = appointment.clinician_id is not None
    return PackAppointment(
        starts_at=appointment.starts_at,
        duration_minutes=max(0, appointment.duration_minutes),
        clinician_name=appointment.clinician,
        clinician_role=_role_at(appointment) if named else "",
        clinician_phone=appointment.clinician_phone,
        place=appointment.place,
        purpose=appointment.purpose,
    )


# --------------------------------------------------------------------------------------------- person and contacts


def _person(session: Session) -> PackPerson:
    person = pq.person(session)
    if person is None:
        return PackPerson(name=translate("Pack", "(no name recorded)"))
    return PackPerson(
        name=person.name,
        date_of_birth=person.date_of_birth,
        sex=person.sex or "",
        conditions=tuple(c for c in person.conditions if c.strip()),
        allergies=tuple(a for a in person.allergies if a.strip()),
        identifiers=tuple((system or translate("Pack", "Identifier"), value) for system, value in person.identifiers
                          if value.strip()),
    )


def _live_contacts(session: Session) -> list[cq.Contact]:
    return cq.contacts(session, by_name=False)


def _is_family(contact: cq.Contact) -> bool:
    return _has_word(contact.role, _FAMILY_WORDS)


def _is_gp(contact: cq.Contact) -> bool:
    return _has_word(contact.role, _GP_WORDS)


def caregiver(session: Session) -> PackContact | None:
    """Who to call about the person: the caregiver named on the Person page, else the first relative or
    carer in the contacts with a phone number."""
    chosen = reads.setting(reads.connection_of(session), "caregiver")
    if isinstance(chosen, dict) and str(chosen.get("phone", "")).strip():
        return PackContact(str(chosen.get("name", "")), translate("Pack", "caregiver"), str(chosen["phone"]))
    for contact in _live_contacts(session):
        if contact.phone and _is_family(contact) and not _has_word(contact.role, ("neighbour", "neighbor", "friend")):
            return PackContact(contact.name, _contact_role(contact), contact.phone)
    for contact in _live_contacts(session):
        if contact.phone and _is_family(contact):
            return PackContact(contact.name, _contact_role(contact), contact.phone)
    return None


def emergency_contacts(session: Session, now: datetime) -> tuple[PackContact, ...]:
    """For the medication card: the GP, the specialists (clinicians of appointments first), nurses, then
    family and drivers. Only contacts with a phone number; each number once."""
    contacts = [c for c in _live_contacts(session) if c.phone.strip()]
    clinician_ids = aq.clinicians_seen(session, to_utc(now))
    drivers = aq.driver_ids(session)

    def rank(contact: cq.Contact) -> tuple[int, int, int] | None:
        if _is_gp(contact):
            return (0, 0, contact.id)
        if contact.id in clinician_ids:
            return (1, clinician_ids.index(contact.id), contact.id)
        if _is_family(contact) or contact.id in drivers:
            return (3, 0, contact.id)
        if _has_word(contact.role, _CLINICAL_WORDS) and not _has_word(contact.role, ("trial", "pharmacy")):
            return (2, 0, contact.id)
        return None

    ranked = sorted((r, c) for c in contacts if (r := rank(c)) is not None)
    chosen: list[PackContact] = []
    for _, contact in ranked:
        if all(contact.phone != seen.phone for seen in chosen):
            chosen.append(PackContact(contact.name, _contact_role(contact), contact.phone))
    return tuple(chosen[:EMERGENCY_CONTACTS])


# --------------------------------------------------------------------------------------------- questions


def _questions(session: Session, appointment: aq.Appointment | None, now: datetime) -> tuple[PackQuestion, ...]:
    """Open questions for this appointment: high priority first, then in the order they were written.

    Open questions filed under no appointment (or one in the trash) print in the next appointment's pack and in
    a pack without an appointment, marked as such; never in another appointment's pack."""
    if appointment is None:
        found = [q for q in qq.questions(session, open_only=True) if q.appointment_id is None]
    else:
        following = aq.next_appointment(session, now)
        found = qq.questions(session, appointment_id=appointment.id, open_only=True,
                             with_unfiled=following is not None and following.id == appointment.id)
    ordered = sorted(found, key=lambda q: (_PRIORITY_ORDER.get(q.priority, 1), q.created_at or _EARLIEST, q.id))
    return tuple(
        PackQuestion(
            text=q.text,
            topic=_capitalised(q.topic),
            priority=q.priority if q.priority in _PRIORITY_ORDER else Priority.NORMAL,  # type: ignore[arg-type]
            trial=q.trial_nct_id,
            medication=q.medication_name,
            unfiled=q.appointment_id is None,
        )
        for q in ordered
    )


# --------------------------------------------------------------------------------------------- medications


class _Med(Struct, frozen=True):
    row: mq.Medication
    schedules: tuple[Schedule, ...]
    fact: dd.MedicationFact


def _medications(session: Session) -> list[_Med]:
    found = []
    for med in mq.medications(session):
        for refused in med.refused_schedules:  # a stored schedule the domain refuses
            _could_not(PackSection.MEDICATIONS, translate("Pack", "Could not read a schedule of {name}: its times are not shown "
                                                 "and its doses are not counted.").format(name=med.name),
                       "schedule", refused.id, refused.error)
            _could_not(PackSection.ADHERENCE, translate("Pack", "Could not read a schedule of {name}: its doses are not "
                                               "counted.").format(name=med.name), "schedule", refused.id, refused.error)
        found.append(_Med(med, med.schedules, med.fact()))
    return found


def _taken_on(med: _Med, day: date) -> bool:
    return med.row.taken_on(day)


def _stock_text(med: _Med, zone: ZoneInfo, today: date) -> str:
    row = med.row
    if row.stock is None:
        return ""
    amount = " ".join(p for p in (_plain_number(row.stock), row.stock_unit) if p)
    try:
        days = dd.medication_days_of_supply(med.fact, zone, today)
    except UNREADABLE as error:
        _could_not(PackSection.MEDICATIONS, translate("Pack", "Could not work out how long the stock of {name} lasts.").format(
            name=row.name), "stock of medication", row.id, error)
        days = None
    if days is None or not math.isfinite(days):
        return amount
    if days < 1:
        return translate("Pack", "{amount}, less than a day").format(amount=amount)
    return translate("Pack", "{amount}, about {days} days").format(amount=amount, days=int(days))


def _is_as_needed(med: _Med) -> bool:
    return bool(med.schedules) and all(s.kind == ScheduleKind.AS_NEEDED for s in med.schedules)


def _has_as_needed(med: _Med) -> bool:
    return any(s.kind == ScheduleKind.AS_NEEDED for s in med.schedules)


def _pack_medication(med: _Med, day: date, stock_text: str) -> PackMedication:
    """One row of the medication list; ``until`` only for a stop planned after ``day``."""
    row = med.row
    planned_stop = row.stop_date if row.stop_date is not None and row.stop_date > day else None
    return PackMedication(
        name=row.name, strength=row.strength, form=row.form, dose=row.dose,
        route=row.route, schedule_text=_schedule_text(row), purpose=row.purpose,
        prescriber=row.prescriber,
        since=row.start_date, instructions=row.instructions, stock_text=stock_text, until=planned_stop,
    )


def _current_medications(meds: Sequence[_Med], day: date, zone: ZoneInfo, today: date) -> tuple[PackMedication, ...]:
    current = [med for med in meds if _taken_on(med, day)]
    current.sort(key=lambda med: (_is_as_needed(med), name_order(med.row.name), med.row.id))
    return tuple(_pack_medication(med, day, _stock_text(med, zone, today)) for med in current)


def _planned_medications(meds: Sequence[_Med], day: date, known_by: datetime) -> tuple[PackMedication, ...]:
    """Medications planned on the pack's ``day`` (the appointment's, or today for one still to come): a start
    date after that day, put in the record by ``known_by`` (the period's end: the appointment's start, or now),
    and not stopped before they start; soonest first.

    A clinician sees them as a decision already made that they may want to question. A past appointment's pack
    does not call "planned" what started after it but was only recorded later, nor what starts after today
    but was decided since."""
    planned = [med for med in meds
               if med.row.start_date is not None and med.row.start_date > day
               and med.row.active_on(med.row.start_date)
               and (med.row.added_at is None or med.row.added_at <= known_by)]
    planned.sort(key=lambda med: (med.row.start_date, name_order(med.row.name), med.row.id))
    return tuple(_pack_medication(med, day, "") for med in planned)


def _was(med: _Med) -> str:
    return ", ".join(p for p in (med.row.dose, _schedule_text(med.row)) if p)


def _normalised_amount(text: str) -> str:
    return " ".join(text.casefold().split())


def _changes(session: Session, meds: Sequence[_Med], period: Period, zone: ZoneInfo) -> tuple[PackMedicationChange, ...]:
    """Started, stopped and changed inside the period (from its first day to its last, inclusive)."""
    changes: list[PackMedicationChange] = []

    def inside(day: date | None) -> bool:
        return day is not None and period.since <= day <= period.until

    for med in meds:
        row = med.row
        restarts = {restarted for _stop, _why, restarted in row.period_ends if restarted is not None}
        if inside(row.start_date) and row.start_date not in restarts:
            # what it was started on: the first schedules kept, when they have changed since
            first = (", ".join(p for p in (row.dose, _schedules_words(row.past_periods[0].schedules)) if p)
                     if row.past_periods else _was(med))
            changes.append(PackMedicationChange(row.name, ChangeKind.STARTED, row.start_date, reason=row.purpose,
                                                detail=first))
        changes += _past_changes(row, inside, zone)
        if inside(row.stop_date):
            detail = translate("Pack", "Was {what}").format(what=_was(med)) if _was(med) else ""
            changes.append(PackMedicationChange(row.name, ChangeKind.STOPPED, row.stop_date, reason=row.stop_reason,
                                                detail=detail))
        for schedule in med.schedules:
            if inside(schedule.from_date) and schedule.from_date != row.start_date:
                changes.append(PackMedicationChange(
                    row.name, ChangeKind.CHANGED, schedule.from_date,
                    detail=translate("Pack", "New schedule: {schedule}").format(schedule=describe(schedule))))
            if (inside(schedule.until_date) and schedule.until_date != row.stop_date
                    and schedule.until_date != period.until):
                changes.append(PackMedicationChange(
                    row.name, ChangeKind.CHANGED, schedule.until_date,
                    detail=translate("Pack", "Schedule ended: {schedule}").format(schedule=describe(schedule))))
    changes += _amount_changes(session, meds, period, zone)
    order = {ChangeKind.STOPPED: 0, ChangeKind.STARTED: 1, ChangeKind.CHANGED: 2}
    changes.sort(key=lambda c: (c.on or date.min, order[c.change], name_order(c.name)))
    return tuple(changes)


def _schedules_words(schedules: Sequence[Schedule]) -> str:
    words = []
    for schedule in schedules:
        try:
            words.append(describe(schedule))
        except (ValueError, TypeError, KeyError, AttributeError):
            words.append(str(schedule.kind).replace("_", " "))
    return "; ".join(words) or translate("Pack", "no schedule")


def _past_changes(row: mq.Medication, inside: Callable[[date | None], bool],
                  zone: ZoneInfo) -> list[PackMedicationChange]:
    """Every stop it was taken again after, each taking again, and each change of times, from the kept
    schedule history (the current fields say only how things stand now)."""
    found: list[PackMedicationChange] = []
    periods = list(zip(row.past_periods, row.period_ends, strict=False))
    for index, (period, (stop, reason, restarted)) in enumerate(periods):
        if stop is not None:
            if inside(stop):
                found.append(PackMedicationChange(row.name, ChangeKind.STOPPED, stop, reason=reason))
            if inside(restarted):
                found.append(PackMedicationChange(
                    row.name, ChangeKind.STARTED, restarted,
                    detail=translate("Pack", "Taken again (stopped {date})").format(date=format_date(stop))))
            continue
        day = local_date(to_utc(period.ended), zone)
        if not inside(day):
            continue
        following = periods[index + 1][0].schedules if index + 1 < len(periods) else row.schedules
        new, old = _schedules_words(following), _schedules_words(period.schedules)
        if new != old:
            found.append(PackMedicationChange(row.name, ChangeKind.CHANGED, day, detail=translate(
                "Pack", "New schedule: {schedule} (was {before})").format(schedule=new, before=old)))
    return found


def _amount_changes(session: Session, meds: Sequence[_Med], period: Period,
                    zone: ZoneInfo) -> list[PackMedicationChange]:
    """A dose recorded with a different amount than before the period ("2 capsules" -> "3 capsules"):
    the usual amount of the last doses before the period against that of the last doses in it."""
    sample = 10
    found: list[PackMedicationChange] = []
    for med in meds:
        row = med.row
        if not _taken_on(med, period.until) and not (row.stop_date and row.stop_date >= period.since):
            continue
        before = [e.amount for e in mq.dose_events(session, end=period.start, medication_ids=[row.id],
                                                    statuses=[DoseStatus.TAKEN], with_amount=True, newest_first=True,
                                                    limit=sample)]
        if not before:
            continue
        during = [(e.amount, e.scheduled_for) for e in mq.dose_events(
            session, start=period.start, end=period.end, medication_ids=[row.id], statuses=[DoseStatus.TAKEN],
            with_amount=True)]
        if not during:
            continue
        old = Counter(_normalised_amount(a) for a in before).most_common(1)[0][0]
        recent = [_normalised_amount(a) for a, _ in during[-sample:]]
        new, count = Counter(recent).most_common(1)[0]
        if new == old or count * 2 <= len(recent):
            continue
        first = next(when for amount, when in during if _normalised_amount(amount) == new)
        shown_old = " ".join(next(a for a in before if _normalised_amount(a) == old).split())
        shown_new = " ".join(next(a for a, _ in during if _normalised_amount(a) == new).split())
        found.append(PackMedicationChange(
            row.name, ChangeKind.CHANGED, local_date(first, zone),
            detail=translate("Pack", "Dose taken: {old} \u2192 {new}").format(old=shown_old, new=shown_new)))
    return found


# --------------------------------------------------------------------------------------------- adherence


def _adherence(session: Session, meds: Sequence[_Med], period: Period, zone: ZoneInfo, now: datetime,
               window: timedelta) -> PackAdherence | None:
    if period.end <= period.start:
        return None
    facts = [med.fact for med in meds]
    by_row = {med.row.id: med.row.uid for med in meds}
    events: list[dd.DoseEventFact] = []
    notes: dict[tuple[str, datetime], str] = {}
    inside: list[tuple[str, datetime, str, str]] = []  # (medication uid, instant, status, note) in the period
    # The day either side too: a dose recorded ahead of a change of times stands for the new schedule's dose.
    for event in mq.dose_events(session, start=period.start - timedelta(days=1), end=period.end + timedelta(days=1)):
        uid = by_row.get(event.medication_id)
        if uid is None:
            continue
        events.append(dd.DoseEventFact(uid, event.scheduled_for, event.status, event.taken_at))
        if period.start <= event.scheduled_for < period.end:
            inside.append((uid, event.scheduled_for, event.status, event.note))
        if event.note:
            key = (uid, event.scheduled_for)
            notes[key] = event.note if event.status != DoseStatus.TAKEN or key not in notes else notes[key]
    # A dose of the period's last day taken or skipped ahead of its time is a fact: it counts as taken or
    # skipped, and a skip is listed with the other lapses.
    last_day_end = day_start(period.until + timedelta(days=1), zone)
    answered_until = last_day_end if period.end == to_utc(now) else None
    report = dd.adherence(facts, events, period.start, period.end, zone, now, window,
                          answered_until=answered_until)
    names = {med.fact.id: med.row.name for med in meds}
    # Every dose of the period, decided or not (a run of misses ends at a dose still to come), and the rest of
    # its last day when that day is today (a run of skips reaches a dose skipped ahead).
    slots = dd.doses_between(facts, events, period.start, answered_until or period.end, zone, now, window,
                             include_unscheduled=False)
    counted = {(slot.medication_id, slot.scheduled_for) for slot in
               dd.answered_ahead(facts, events, period.end, answered_until, zone, now, window)} if answered_until else set()
    counted_from = {med.fact.id: to_utc(med.fact.counted_from) for med in meds if med.fact.counted_from is not None}
    first_dose: dict[str, datetime] = {}
    for slot in slots:
        if slot.scheduled_for < period.end or (slot.medication_id, slot.scheduled_for) in counted:
            first_dose.setdefault(slot.medication_id, slot.scheduled_for)
    last_early: dict[str, datetime] = {}  # each one's last dose counted before the app followed it
    for slot in slots:
        begun = counted_from.get(slot.medication_id)
        if begun is not None and slot.scheduled_for < begun and slot.scheduled_for < period.end:
            last_early[slot.medication_id] = slot.scheduled_for
    lines = [
        PackAdherenceLine(names[med.fact.id], result.scheduled, result.taken, result.skipped, result.missed,
                          result.ratio, *_counted_days(med.fact, period, zone, first_dose.get(med.fact.id)),
                          *_gap(med.fact, period, zone, last_early.get(med.fact.id)))
        for med in meds if (result := report.by_medication.get(med.fact.id)) is not None and result.scheduled > 0
    ]
    lines.sort(key=lambda line: name_order(line.name))
    overall = report.overall
    lapses = []
    printed: set[tuple[str, datetime, str]] = set()  # (medication uid, instant, note): notes a table prints
    for slot in slots:
        if slot.status in (dd.SlotStatus.MISSED, dd.SlotStatus.SKIPPED) and (
                slot.scheduled_for < period.end or (slot.medication_id, slot.scheduled_for) in counted):
            key = (slot.medication_id, to_utc(slot.scheduled_for))
            note = notes.get(key, "")
            lapses.append(PackDoseLapse(medication=slot.name, scheduled_for=slot.scheduled_for,
                                        status=slot.status.value, note=note))
            printed.add((*key, note.strip()))
    off_schedule, off_count = _off_schedule(inside, slots, meds, printed)
    dose_notes, notes_count = _dose_notes(inside, meds, printed)
    if not lines and not lapses and not off_schedule and not dose_notes:
        return None
    return PackAdherence(
        period_start=period.since,
        period_end=period.until,
        medications=tuple(lines),
        overall=PackAdherenceLine(translate("Pack", "All"), overall.scheduled, overall.taken, overall.skipped,
                                  overall.missed, overall.ratio) if lines else None,
        lapses=tuple(lapses),
        runs=lapse_runs(slots, notes, zone, now, answered_until or period.end, counted),
        off_schedule=off_schedule,
        off_schedule_count=off_count,
        dose_notes=dose_notes,
        dose_notes_count=notes_count,
    )


def _off_schedule(inside: Sequence[tuple[str, datetime, str, str]], slots: Sequence[dd.DoseSlot],
                  meds: Sequence[_Med],
                  printed: set[tuple[str, datetime, str]]) -> tuple[tuple[PackOffSchedule, ...], int]:
    """Dose events of the period at no dose of the schedules (recorded before the app followed the medicine
    at another time, or after a time zone change): never counted, so said apart. Those missed, skipped or with
    a note are listed; the count holds them all. A dose taken of a medication with an as-needed schedule is no
    such dose (it needs no schedule), and is neither listed nor counted here. The notes listed go into ``printed``."""
    scheduled = {(slot.medication_id, to_utc(slot.scheduled_for)) for slot in slots}
    by_uid = {med.fact.id: med for med in meds}
    listed: dict[tuple[str, datetime], PackOffSchedule] = {}
    count: set[tuple[str, datetime]] = set()
    for uid, when, status, note in inside:
        key = (uid, to_utc(when))
        if key in scheduled:
            continue
        med = by_uid[uid]
        if status == DoseStatus.TAKEN and _has_as_needed(med):
            continue  # a dose taken as needed: there is no schedule it is off
        count.add(key)
        if status == DoseStatus.TAKEN and not note:
            continue
        held = listed.get(key)
        if held is None or (note and not held.note):
            listed[key] = PackOffSchedule(med.row.name, key[1], status, note, _is_as_needed(med))
    printed.update((*key, item.note.strip()) for key, item in listed.items())
    shown = sorted(listed.values(), key=lambda item: (item.at, name_order(item.medication)))
    return tuple(shown), len(count)


def _dose_notes(inside: Sequence[tuple[str, datetime, str, str]], meds: Sequence[_Med],
                printed: set[tuple[str, datetime, str]]) -> tuple[tuple[PackDoseNote, ...], int]:
    """The notes written on the period's doses that no table prints (on a dose taken at its time, or taken as
    needed): the newest ``DOSE_NOTES_SHOWN``, oldest first, and how many there are."""
    by_uid = {med.fact.id: med for med in meds}
    found: dict[tuple[str, datetime, str], str] = {}  # (medication uid, instant, note) -> status
    for uid, when, status, note in inside:
        text = note.strip() if note else ""
        key = (uid, to_utc(when), text)
        if text and key not in printed and key not in found:
            found[key] = status
    newest = sorted(found, key=lambda key: (key[1], name_order(by_uid[key[0]].row.name)))[-DOSE_NOTES_SHOWN:]
    shown = tuple(PackDoseNote(by_uid[uid].row.name, when, found[(uid, when, text)], text,
                               _is_as_needed(by_uid[uid])) for uid, when, text in newest)
    return shown, len(found)


def _gap(fact: dd.MedicationFact, period: Period, zone: ZoneInfo,
         last_early: datetime | None) -> tuple[date | None, date | None]:
    """The days between a medication's last dose counted before the app followed it (``last_early``) and the
    start of its following, that no one counted: ``(first, last)``, or ``(None, None)`` when there are none."""
    begun = fact.counted_from
    if last_early is None or begun is None:
        return None, None
    begun = to_utc(begun)
    first = local_date(to_utc(last_early), zone) + timedelta(days=1)
    last = local_date(begun, zone)
    if begun == day_start(last, zone):
        last -= timedelta(days=1)
    last = min(last, period.until, fact.stop_date or period.until)
    if first > last:
        return None, None
    return first, last


def _counted_days(fact: dd.MedicationFact, period: Period, zone: ZoneInfo,
                  first_dose: datetime | None = None) -> tuple[date | None, date | None]:
    """The first and last day a medication's doses count in the period, or None where that is the period's.
    ``first_dose``: its first dose counted in the period (a dose recorded before the app followed it counts)."""
    first = period.start
    if fact.start_date is not None:
        first = max(first, day_start(fact.start_date, zone))
    if fact.counted_from is not None:
        first = max(first, to_utc(fact.counted_from))
    if first_dose is not None:
        first = max(period.start, min(first, to_utc(first_dose)))
    # A first dose later on the period's first day is no later day to point out: "counted from" the day the
    # period says it starts would only repeat it.
    counted_from = local_date(first, zone) if first > period.start else None
    if counted_from is not None and counted_from <= period.since:
        counted_from = None
    counted_until = fact.stop_date if fact.stop_date is not None and fact.stop_date < period.until else None
    return counted_from, counted_until


def lapse_runs(slots: Sequence[dd.DoseSlot], notes: dict[tuple[str, datetime], str], zone: ZoneInfo,
               now: datetime, until: datetime,
               ahead: Collection[tuple[str, datetime]] = ()) -> tuple[PackLapseRun, ...]:
    """Missed and skipped doses grouped into runs: doses of one medication in a row with the same status.

    A run is "whole days" when it holds every dose of each local day it touches (its first dose is the
    first of its day and its last dose the last of its day), so it can be said as "every dose missed 3-14 Sep".
    ``slots`` are every dose of the period ``[.., until)`` with their state at ``now``; of those from ``now`` on,
    only the ones in ``ahead`` (``(medication id, instant)``: answered ahead of their time) are lapses.
    """
    now = to_utc(now)
    last_day = local_date(to_utc(until), zone)  # doses of this day after ``until`` are not in ``slots``

    def counts(slot: dd.DoseSlot) -> bool:
        return slot.scheduled_for < now or (slot.medication_id, slot.scheduled_for) in ahead

    by_medication: dict[str, list[dd.DoseSlot]] = defaultdict(list)
    for slot in slots:
        by_medication[slot.medication_id].append(slot)
    runs: list[PackLapseRun] = []
    for own in by_medication.values():
        own.sort(key=lambda slot: slot.scheduled_for)
        days = [local_date(slot.scheduled_for, zone) for slot in own]
        index = 0
        while index < len(own):
            slot = own[index]
            status = slot.status
            if status not in (dd.SlotStatus.MISSED, dd.SlotStatus.SKIPPED) or not counts(slot):
                index += 1
                continue
            end = index
            while end + 1 < len(own) and own[end + 1].status == status and counts(own[end + 1]):
                end += 1
            starts_day = index == 0 or days[index - 1] != days[index]
            ends_day = days[end + 1] != days[end] if end + 1 < len(own) else days[end] < last_day
            found_notes: list[str] = []
            for item in own[index:end + 1]:
                note = notes.get((item.medication_id, to_utc(item.scheduled_for)), "").strip()
                if note and note not in found_notes:
                    found_notes.append(note)
            runs.append(PackLapseRun(
                medication=slot.name, status=status.value, first=slot.scheduled_for,
                last=own[end].scheduled_for, count=end - index + 1,
                whole_days=starts_day and ends_day and end > index, notes=tuple(found_notes),
            ))
            index = end + 1
    runs.sort(key=lambda run: (run.first, name_order(run.medication)))
    return tuple(runs)


# --------------------------------------------------------------------------------------------- symptoms


def _symptoms(session: Session, period: Period, zone: ZoneInfo
              ) -> tuple[tuple[PackSymptomSummary, ...], tuple[PackNote, ...], int]:
    names: dict[str, str] = {}
    severities: dict[str, list[int]] = defaultdict(list)
    per_day: dict[str, dict[date, int]] = defaultdict(dict)
    candidates: list[tuple[int, int, datetime, PackNote]] = []
    for found in sq.notes(session, start=period.start, end=period.end):
        recorded_at, text, activity = found.recorded_at, found.text, found.activity
        pairs: list[tuple[str, int]] = []
        for stored_name, severity in found.symptoms:
            name = " ".join(stored_name.split())
            if not name or not 0 <= severity <= 4:
                continue
            key = name.casefold()
            names.setdefault(key, _capitalised(name))
            severities[key].append(severity)
            day = local_date(recorded_at, zone)
            per_day[key][day] = max(per_day[key].get(day, 0), severity)
            if severity > 0:  # "none" is worth a point on the trend, not a mention in the note
                pairs.append((names[key], severity))
        body = (text or "").strip()
        if (activity or "").strip():
            line = translate("Pack", "Activity: {activity}").format(activity=activity.strip())
            body = f"{body}\n{line}" if body else line
        if body or pairs:
            worst = max((s for _, s in pairs), default=0)
            note = PackNote(at=recorded_at, text=body, symptoms=tuple(pairs))
            candidates.append((worst, len((text or "").strip()), recorded_at, note))
    summaries = tuple(
        PackSymptomSummary(
            name=names[key], count=len(values), average_severity=round(sum(values) / len(values), 2),
            worst_severity=max(values), series=tuple((day, float(v)) for day, v in sorted(per_day[key].items())),
        )
        for key, values in severities.items()
        if max(values) > 0
    )
    # The notes that matter: the worst severity first, then the ones with the most to say, then the latest.
    candidates.sort(key=lambda c: (c[0], c[1], c[2]), reverse=True)
    notes = tuple(sorted((c[3] for c in candidates[:NOTES_SHOWN]), key=lambda n: n.at))
    return summaries, notes, len(candidates)


# --------------------------------------------------------------------------------------------- measurements


_GROUP_ORDER = GROUP_ORDER


def _measurements(session: Session, period: Period, zone: ZoneInfo) -> tuple[PackMeasurementSeries, ...]:
    first = period.end - timedelta(days=MEASUREMENT_DAYS)
    readings: dict[str, list[tuple[datetime, float, str | None]]] = defaultdict(list)
    units: dict[str, str] = {}
    for x in xq.measurements(session, since=first, until=period.end):
        if x.value is None or not math.isfinite(x.value):
            continue
        if x.unit_not_converted:  # drawn on the kind's scale it would be wrong: said, not drawn
            _note_problem(PackSection.MEASUREMENTS, translate(
                "Pack", "A {label} reading of {date} is recorded in {unit}, not {kind_unit}: its unit was not "
                        "converted when it was imported, so it is not shown here. Check it and enter it again in "
                        "{kind_unit}.").format(label=x.label, date=format_date(local_date(x.taken_at, zone)),
                                               unit=x.unit, kind_unit=builtin_kind(x.kind).unit))  # type: ignore[union-attr]
            continue
        readings[x.kind].append((x.taken_at, float(x.value), x.context))
        units.setdefault(x.kind, x.unit)
    if not readings:
        return ()
    test_days: dict[str, set[date]] = defaultdict(set)
    kinds = xq.kinds(session)
    for x in xq.measurements(session, of_kinds=list(readings), until=period.end, sources=(MeasurementSource.CLINIC, MeasurementSource.LAB),
                             known=kinds):
        test_days[x.kind].add(local_date(x.taken_at, zone))
    order = {key: i for i, key in enumerate(kinds)}

    def sort_key(key: str) -> tuple[int, int, str]:
        kind = kinds.get(key)
        group = kind.group if kind is not None and kind.group in _GROUP_ORDER else MeasurementGroup.OTHER
        return (_GROUP_ORDER.index(group) if kind is not None else len(_GROUP_ORDER), order.get(key, 10**6), key)

    series = []
    for key in sorted(readings, key=sort_key):
        kind = kinds.get(key)
        low, high = xq.reference_range(session, key, until=period.end)
        label = translate("Measurements", kind.label) if kind is not None and not kind.custom else (
            kind.label if kind is not None else key.replace("_", " "))
        # Readings at rest and on exertion (or asleep, or on oxygen) are apart: one line through both would
        # zigzag between them, and "lowest" would mix them. A kind whose readings never say is one series.
        tests = tuple(sorted(test_days.get(key, ())))
        for i, part in enumerate(by_context(readings[key])):
            series.append(PackMeasurementSeries(
                kind=key, label=series_label(label, part.context),
                unit=kind.unit if kind is not None else units.get(key, ""),
                points=part.points, range_low=_finite(low), range_high=_finite(high),
                previous_tests=tests if i == 0 else (),  # the clinic's test days once per kind
                decimals=kind.decimals if kind is not None else 2, context=part.context,
                convert=kind.convert if kind is not None else (),
            ))
    return tuple(series)


def _finite(value: float | None) -> float | None:
    return value if value is not None and math.isfinite(value) else None


# --------------------------------------------------------------------------------------------- trials


def _trials(session: Session, person: PackPerson, now: datetime, zone: ZoneInfo,
            asked_about: Sequence[str] = (), to_keep: dict[int, dict[str, Any]] | None = None) -> tuple[PackTrial, ...]:
    """Every saved trial, each marked ``chosen`` when its interest puts it in the pack by default (considering,
    contacted, screening, enrolled); those this appointment's questions ask about first, then by how far along
    the caregiver is. The pack prints the chosen ones unless the caregiver ticks others.

    Each trial's criteria are pre-screened from their kept reading (trials.parsed); a trial whose reading had to
    be made again (none kept, an older version, damaged) puts the fresh one in ``to_keep`` by trial id."""
    rows = tq.trials(session)
    if not rows:
        return ()
    rows = sorted(rows, key=lambda t: (t.nct_id not in asked_about, _INTEREST_ORDER.get(t.interest, 9), t.nct_id))
    from careorganiser.trials import parsed

    screen = _prescreener(session, person, now, zone)
    trials = []
    for trial in rows:
        study = _study(trial)
        status_text, phase_text = _trial_labels(trial, study)
        reading: tuple[Any, bool | None] = (None, None)
        if study is not None:
            try:
                items_read, asks, fresh = parsed.read_trial(trial.criteria_parse, study)
            except UNREADABLE:  # read from the text below, where the problem is noted as before
                items_read, asks, fresh = None, None, None
            reading = (items_read, asks)
            if fresh is not None and to_keep is not None:
                to_keep[trial.id] = fresh
        summary, items, questions = screen(study, trial.id, reading[0]) if screen is not None and study is not None \
            else (None, (), ())
        title = trial.title or (study.title if study is not None and study.title != trial.nct_id else "")
        design, outcomes, flags = _trial_words(study, trial.notes, local_date(now, zone), reading[1])
        trials.append(PackTrial(
            nct_id=trial.nct_id, title=title, status_label=status_text, phase_label=phase_text,
            interest=trial.interest, notes=trial.notes, prescreen=summary, key_items=items,
            design=design, outcomes=outcomes, flags=flags, questions=questions,
            chosen=trial.interest in PACK_TRIAL_INTERESTS,
        ))
    return tuple(trials)


def _offers(session: Session) -> tuple[PackOffer, ...]:
    """Offers without an NCT number, each with its red flags."""
    from careorganiser.trials import cautions

    rows = tq.offers(session)
    return tuple(
        PackOffer(key=f"offer:{o.uid}", name=o.name, provider=o.provider, offered=o.offered, cost=o.cost,
                  heard_from=o.heard_from, notes=o.notes,
                  flags=tuple(cautions.offer_cautions(cautions.Offer(o.name, o.provider, o.offered, o.cost,
                                                                     o.heard_from, o.notes))))
        for o in rows)


def _trial_words(study: Any, notes: str, today: date, asks_for_payment: bool | None = None,
                 ) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """The design in plain words, the primary outcomes with their time frames, and the red flags
    (``asks_for_payment``: the study's texts ask to pay, as kept; None: read them here)."""
    from careorganiser.trials import cautions, words

    flags = tuple(cautions.cautions(study, notes or "", today, asks_for_payment)) if study is not None else ()
    if study is None:
        return "", (), flags
    return words.design_explained(study), tuple(words.outcome_lines(study.primary_outcomes)), flags


def _study(trial: tq.TrialRecord) -> Any:
    from careorganiser.trials.model import Study

    if isinstance(trial.study, dict):
        try:
            return Study.from_dict(trial.study)
        except UNREADABLE as error:
            _could_not(PackSection.TRIALS, translate("Pack", "Could not read the saved record of trial {nct_id}: it is printed "
                                            "without its design, results and pre-screen.").format(
                nct_id=trial.nct_id), "record of trial", trial.id, error)
    return None


def _trial_labels(trial: tq.TrialRecord, study: Any) -> tuple[str, str]:
    from careorganiser.trials.model import phase_label, status_label

    status = trial.status or (study.overall_status if study is not None else "")
    phases = list(trial.phases or (study.phases if study is not None else []))
    return (status_label(status) if status else ""), (phase_label(phases) if phases else "")


def _prescreener(session: Session, person: PackPerson, now: datetime, zone: ZoneInfo) -> Any:
    """A function (study, trial row id, its criteria read: trials.parsed's decoded items, None to read the text)
    -> (summary, key items, questions for the trial team)."""
    from careorganiser.trials import parsed
    from careorganiser.trials import prescreen as ps

    now = to_utc(now)
    facts = ps.measurement_facts(tq.readings(session, now))
    unconverted = tq.unconverted_units(session, now)
    medications = ps.medication_facts(mq.medications(session))
    person_facts = ps.person_facts(person)
    now = now.astimezone(zone)  # the person's own day: the cover's age and the pre-screen's agree

    def screen(study: Any, trial_id: int, criteria: list[dict[str, Any]] | None,
               ) -> tuple[PackPrescreenSummary | None, tuple[PackPrescreenItem, ...], tuple[str, ...]]:
        try:
            found, fillers = parsed.prescreen_items(criteria, study, person_facts, facts, now, medications=medications)
            items = ps.note_unconverted(found, unconverted) if unconverted else list(found)
            checked = {item.measurement for item in items}
            # The record's own age and sex limits, unless the eligibility text already states them.
            items[:0] = [item for item in ps.prescreen_record_limits(study, person_facts, now)
                         if item.measurement not in checked]
        except UNREADABLE as error:
            _could_not(PackSection.TRIALS, translate("Pack", "Could not read the criteria of trial {nct_id}: it is printed without "
                                            "a pre-screen.").format(nct_id=getattr(study, "nct_id", "")),
                       "criteria of trial", trial_id, error)
            return None, (), ()
        if not items:
            return None, (), ()
        counts = Counter(item.status for item in items)
        summary = PackPrescreenSummary(fits=counts[ps.FITS], conflicts=counts[ps.CONFLICTS],
                                       no_data=counts[ps.NO_DATA], ask=counts[ps.ASK_TRIAL_TEAM])
        checked = [item for item in items if item.status != ps.ASK_TRIAL_TEAM]
        rank = {ps.CONFLICTS: 0, ps.NO_DATA: 1, ps.FITS: 2}
        checked = sorted(checked, key=lambda item: rank.get(item.status, 3))[:KEY_TRIAL_ITEMS]
        checked.sort(key=lambda item: items.index(item))
        key_items = tuple(
            PackPrescreenItem(
                kind=item.kind if item.kind in CRITERION_KINDS else CriterionKind.INCLUSION,
                text=item.text, status=item.status, value_text=_value_text(item, zone, unconverted), reason=item.reason,
            )
            for item in checked
        )
        return summary, key_items, tuple(ps.ask_questions(items, fillers))

    return screen


def _value_text(item: Any, zone: ZoneInfo, unconverted: dict[str, str] | None = None) -> str:
    """What the item was held against, in a few words: "FVC % predicted 61% on 6 Nov 2026", "75 years"."""
    from careorganiser.trials import (
        prescreen as ps,  # loaded already: the item came from it
    )

    key = item.measurement
    if key == ps.AGE:
        return translate("Pack", "{age} years").format(age=_plain_number(item.value)) if item.value is not None else \
            translate("Pack", "No date of birth recorded")
    if key == ps.SEX:
        return ""
    if key is None or key in (ps.MEDICATION, ps.CONDITION):
        return ""
    kind = builtin_kind(key)
    label = translate("Measurements", kind.label) if kind is not None else key.replace("_", " ")
    if item.value is None and item.shown:  # readings that do not answer it: "Weight 80 kg on 1 Dec 2026 only"
        return item.shown
    if item.value is None or item.taken_at is None:
        if unconverted and key in unconverted:  # there are readings, in a unit not converted at import
            return translate("Pack", "{label} only in {unit}, not converted at import").format(
                label=label, unit=unconverted[key])
        return translate("Pack", "No {label} recorded").format(label=label)
    when = format_date(local_date(item.taken_at, zone))
    if item.shown:  # a change over a period, or a value worked out: never printed as if it were a reading
        text = translate("Pack", "{value} on {date}").format(value=item.shown, date=when)
    else:
        # as everywhere, but never rounded onto the item's limit (the places the pre-screen worked out)
        number = format_value(kind, item.value, exact=True) if item.places is None else \
            format_number(item.value, item.places)
        unit = kind.unit if kind is not None and kind.unit != "ratio" else ""
        value = f"{number}{unit}" if unit == "%" else " ".join(p for p in (number, unit) if p)
        text = translate("Pack", "{label} {value} on {date}").format(label=label, value=value, date=when)
    if item.status == ps.NO_DATA:
        text = translate("Pack", "{text} (too old to count)").format(text=text) if "upper limit" not in item.reason \
            else translate("Pack", "{text} (no upper limit of normal recorded)").format(text=text)
    return text


# --------------------------------------------------------------------------------------------- rides


def _ride_legs(ride: aq.Ride, appointment_at: datetime | None, fallback_place: str = "") -> list[PackRide]:
    name = ride.driver if not ride.driver_in_trash else ""
    phone = ride.driver_phone if not ride.driver_in_trash else ""
    legs: list[PackRide] = []
    destination = ride.destination or fallback_place
    # The clinic's number, for the driver who is running late: the appointment's clinician's phone.
    clinic_phone = ride.clinic_phone
    if ride.pickup_at is not None:
        back = appointment_at is not None and ride.pickup_at > appointment_at
        legs.append(PackRide(
            direction=RideDirection.BACK if back else RideDirection.THERE, pickup_at=ride.pickup_at, pickup_address=ride.pickup_address,
            destination=ride.destination if back else destination, driver_name=name, driver_phone=phone,
            status=ride.status, notes=ride.notes, appointment_at=appointment_at,
            destination_phone="" if back else clinic_phone,
        ))
    if ride.return_pickup_at is not None:
        legs.append(PackRide(
            direction=RideDirection.BACK, pickup_at=ride.return_pickup_at, pickup_address=destination,
            destination=ride.pickup_address, driver_name=name, driver_phone=phone, status=ride.status,
            appointment_at=appointment_at,
        ))
    return legs


def _appointment_rides(appointment: aq.Appointment, unarranged: bool = False) -> tuple[PackRide, ...]:
    """The legs of the appointment's rides (not cancelled); with ``unarranged`` (the pack) also a ride with no
    pick-up time yet, as a leg there without a time, so a ride still needed is listed as Today lists it."""
    legs = []
    for ride in appointment.live_rides:
        legs += _ride_legs(ride, appointment.starts_at, appointment.place)
        if unarranged and ride.pickup_at is None:
            legs.append(PackRide(
                direction=RideDirection.THERE, pickup_at=None, pickup_address=ride.pickup_address,
                destination=ride.destination or appointment.place,
                driver_name=ride.driver if not ride.driver_in_trash else "",
                driver_phone=ride.driver_phone if not ride.driver_in_trash else "", status=ride.status,
                notes=ride.notes, appointment_at=appointment.starts_at, destination_phone=ride.clinic_phone))
    return tuple(sorted(legs, key=PackRide.when))


def _upcoming_rides(session: Session, now: datetime, zone: ZoneInfo) -> tuple[PackRide, ...]:
    """Every ride leg from the start of today on (not cancelled), with the time of its appointment."""
    start = day_start(local_date(now, zone), zone)
    legs = []
    for ride in aq.rides(session):
        if ride.cancelled:
            continue
        for leg in _ride_legs(ride, ride.appointment_starts_at, ride.appointment_place):
            if leg.pickup_at >= start:
                legs.append(leg)
    return tuple(sorted(legs, key=lambda leg: leg.pickup_at))


# --------------------------------------------------------------------------------------------- the packs


@_noting_problems
def gather_pack(session: Session, appointment_id: int | str | None, now: datetime, zone: ZoneInfo,
                window: timedelta = dd.DEFAULT_WINDOW, to_keep: dict[int, dict[str, Any]] | None = None) -> PackData:
    """Everything the appointment pack shows. Without an appointment: a health summary of the last 90 days.

    Raises :class:`AppointmentNotFound` for an id that names no appointment. ``to_keep``: see :func:`_trials`.
    """
    now = to_utc(now)
    appointment = find_appointment(session, appointment_id) if appointment_id is not None else None
    period = period_for(session, appointment, now, zone)
    today = local_date(now, zone)
    person = _person(session)
    meds = _medications(session)
    symptoms, notes, notes_total = _symptoms(session, period, zone)
    questions = _questions(session, appointment, now)
    return PackData(
        person=person,
        prepared_on=today,
        appointment=_pack_appointment(appointment) if appointment is not None else None,
        since=period.since,
        since_label=period.label,
        questions=questions,
        medications=_current_medications(meds, period.until, zone, today),
        planned=_planned_medications(meds, period.until, period.end),
        changes=_changes(session, meds, period, zone),
        adherence=_adherence(session, meds, period, zone, now, window),
        symptoms=symptoms,
        notes=notes,
        notes_total=notes_total,
        measurements=_measurements(session, period, zone),
        # a past appointment's pack pre-screens as of that appointment: no reading taken after it
        trials=_trials(session, person, min(now, period.end), zone, [q.trial for q in questions if q.trial], to_keep),
        offers=_offers(session),
        rides=_appointment_rides(appointment, unarranged=True) if appointment is not None else (),
        emergency_contacts=emergency_contacts(session, now),
        caregiver=caregiver(session),
        timezone=_zone_name(zone),
        followups=gather_followups(session, appointment.id if appointment is not None else None, today, zone),
    )


@_noting_problems
def gather_card(session: Session, now: datetime, zone: ZoneInfo) -> PackData:
    """The medication card: the person, what they take today, and whom to call."""
    now = to_utc(now)
    today = local_date(now, zone)
    return PackData(
        person=_person(session),
        prepared_on=today,
        medications=_current_medications(_medications(session), today, zone, today),
        emergency_contacts=emergency_contacts(session, now),
        caregiver=caregiver(session),
        timezone=_zone_name(zone),
        followups=gather_followups(session, None, today, zone, only_trials=True),
    )


@_noting_problems
def gather_rides(session: Session, appointment_id: int | str | None, now: datetime, zone: ZoneInfo) -> PackData:
    """The ride sheet: the rides of one appointment, or every ride from today on."""
    now = to_utc(now)
    appointment = find_appointment(session, appointment_id) if appointment_id is not None else None
    rides = _appointment_rides(appointment) if appointment is not None else _upcoming_rides(session, now, zone)
    return PackData(
        person=_person(session),
        prepared_on=local_date(now, zone),
        appointment=_pack_appointment(appointment) if appointment is not None else None,
        rides=rides,
        caregiver=caregiver(session),
        timezone=_zone_name(zone),
    )


class CalendarData(Struct, frozen=True):
    person_name: str
    appointments: tuple[aq.Appointment, ...]
    rides: tuple[IcsRide, ...]


def gather_calendar(session: Session) -> CalendarData:
    """Every appointment and ride leg (not in the trash) for the ``.ics`` file."""
    from careorganiser.pack.ics import IcsRide  # icalendar loads only for the calendar

    person = _person(session)
    appointments = tuple(aq.appointments(session))
    ics_rides = []
    for ride in aq.rides(session):
        appointment_at = ride.appointment_starts_at
        for leg in _ride_legs(ride, appointment_at, ride.appointment_place):
            minutes = 60
            if leg.direction == RideDirection.THERE and appointment_at is not None and appointment_at > leg.pickup_at:
                minutes = max(15, int((appointment_at - leg.pickup_at).total_seconds() // 60))
            elif leg.direction == RideDirection.BACK:
                minutes = 45
            ics_rides.append(IcsRide(
                id=ride.uid if leg.direction == RideDirection.THERE else f"{ride.uid}-back", pickup_at=leg.pickup_at,
                direction=leg.direction, pickup_address=leg.pickup_address, destination=leg.destination,
                driver_name=leg.driver_name, driver_phone=leg.driver_phone, status=ride.status, notes=leg.notes,
                duration_minutes=min(minutes, 12 * 60),
            ))
    return CalendarData(person.name, appointments, tuple(ics_rides))


__all__ = [
    "FALLBACK_DAYS", "AppointmentNotFound", "CalendarData", "Period", "caregiver", "emergency_contacts",
    "find_appointment", "gather_calendar", "gather_card", "gather_pack", "gather_rides", "period_for",
]
