"""Follow-up plans for an enrolled trial or a medication started in clinic.

A plan is a baseline date and visits (see domain.followup). Turning it on makes an appointment for each
visit, and a ride in status "needed" for each visit still to come when the plan says rides are needed.
Moving a visit moves its appointment and rides; the tests-due reminders follow the visit's day because they
are worked out from it. The side effects and events log and the trial contact card belong to the plan.
Every write is one unit of work; bad input raises ``ValidationError`` naming the field, nothing half-saved.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date, datetime, time, timedelta
from typing import Any

from msgspec import Struct
from sqlalchemy.orm import Session

from careorganiser.domain import fields
from careorganiser.domain import followup as fu
from careorganiser.domain.catalogue import MeasurementKind, builtin_kinds
from careorganiser.domain.clock import wall_to_utc
from careorganiser.domain.enums import (
    SEVERITY_MAX,
    SEVERITY_MIN,
    OffsetUnit,
    Priority,
    RideStatus,
    TrialInterest,
)
from careorganiser.domain.formatting import format_date
from careorganiser.i18n import translate
from careorganiser.services.base import NotFound, ValidationError, notify
from careorganiser.services.cleaning import (
    NoSuchDay,
    check_year,
    clean_text,
    date_from_text,
    time_from_text,
)
from careorganiser.services.profiles import profile_zone
from careorganiser.store import models as m
from careorganiser.store import reads
from careorganiser.store.profiles import Profile
from careorganiser.store.queries import appointments as aq
from careorganiser.store.queries import followup as fq
from careorganiser.store.queries import measurements as mq
from careorganiser.store.queries import questions as qq
from careorganiser.store.queries import trials as tq
from careorganiser.store.queries.followup import Event, Plan, Visit

DEFAULT_OFFSETS = "0, 3, 6, 9, 12"


# ---------------------------------------------------------------------------------------------- snapshots


class ChangeRow(Struct, frozen=True):
    kind: str
    label: str
    unit: str
    visit_position: int
    visit_label: str
    visit_on: date
    baseline_value: float
    value: float
    absolute: float
    relative: float | None
    text: str                       # "FVC: 62% -> 57% predicted since baseline, a relative fall of 8%"
    crossed: str                    # the threshold crossed, in plain words; "" when none
    question: str                   # the suggested question; "" when none


class FollowupOverview(Struct, frozen=True):
    plan: Plan
    changes: tuple[ChangeRow, ...]
    reminders: tuple[fu.Reminder, ...]
    next_visit: Visit | None
    suggestions: tuple[str, ...]    # suggested questions not yet in the questions list
    readings: dict[str, list[fu.Reading]]


# ---------------------------------------------------------------------------------------------- reading


def _plan_id(plan_id: Any) -> int:
    if isinstance(plan_id, bool) or not isinstance(plan_id, int):
        raise ValidationError("plan", translate("Followup", "Choose a follow-up plan."))
    return plan_id


def _plan(s: Session, plan_id: Any) -> m.FollowupPlan:
    """The plan to change, in the unit of work."""
    p = s.get(m.FollowupPlan, _plan_id(plan_id))
    if p is None or p.deleted_at is not None:
        raise NotFound(translate("Followup", "That follow-up plan no longer exists."))
    return p


def _read_plan(source: Any, plan_id: Any) -> Plan:
    found = fq.plan(source, _plan_id(plan_id))
    if found is None:
        raise NotFound(translate("Followup", "That follow-up plan no longer exists."))
    return found


def list_plans(profile: Profile) -> list[Plan]:
    return fq.plans(profile.read())


def get_plan(profile: Profile, plan_id: int) -> Plan:
    return _read_plan(profile.read(), plan_id)


def plan_for(profile: Profile, *, trial_id: int | None = None, medication_id: int | None = None) -> Plan | None:
    """The plan of a trial or of a medication, if it has one."""
    return fq.plan_for(profile.read(), trial_id=trial_id, medication_id=medication_id)


def _trial_study(profile: Profile, trial_id: Any) -> dict[str, Any] | None:
    """The study stored for a trial (None when it has none), read through the trials' query module; raises
    NotFound when the trial is not there (or is in the trash)."""
    if isinstance(trial_id, bool) or not isinstance(trial_id, int):
        raise NotFound(translate("Followup", "That trial no longer exists."))
    found = tq.trial(profile.read(), trial_id, record=False)
    if found is None:
        raise NotFound(translate("Followup", "That trial no longer exists."))
    return found.study


def events(profile: Profile, plan_id: int, ids: Collection[int]) -> list[Event]:
    """The events ``ids`` of a plan, read again (those deleted or of another plan are left out)."""
    return fq.events(profile.read(), plan_id, ids)


def suggested_offsets(profile: Profile, trial_id: int) -> tuple[list[fu.Offset], list[str]]:
    """The visits a trial record's outcome time frames state, and the time frames they came from."""
    study = _trial_study(profile, trial_id) or {}
    frames = [o.get("time_frame", "") for key in ("primary_outcomes", "secondary_outcomes")
              for o in study.get(key) or [] if isinstance(o, dict)]
    used = [f for f in frames if fu.offsets_from_time_frame(f)]
    return fu.offsets_from_time_frames(frames), list(dict.fromkeys(used))


def kinds(profile: Profile) -> dict[str, MeasurementKind]:
    return mq.kinds(profile.read())


def overview(profile: Profile, plan_id: int, now: datetime) -> FollowupOverview:
    conn = profile.read()
    with reads.snapshot(conn):
        plan = _read_plan(conn, plan_id)
        zone = reads.profile_zone(conn)
        catalogue = mq.kinds(conn)
        readings = fq.readings(conn, plan.followed_kinds, zone, catalogue)
        asked = qq.texts(conn)
    today = now.astimezone(zone).date()
    visits = plan.domain_visits()
    changes = []
    subject = plan.subject_name.split(":")[0]
    for c in fu.changes_from_baseline(visits, readings):
        k = catalogue.get(c.kind)
        label, unit, decimals = (k.label, k.unit, k.decimals) if k else (c.kind, "", 2)
        question = fu.suggested_question(c, label, unit, decimals, subject) or ""
        position = visits.index(c.visit)
        changes.append(ChangeRow(c.kind, label, unit, position, c.visit.label, c.visit.on, c.baseline.value,
                                 c.reading.value, c.absolute, c.relative, fu.change_text(c, label, unit, decimals),
                                 c.crossed.plain if c.crossed else "", question))
    suggestions = tuple(dict.fromkeys(c.question for c in changes if c.question and c.question not in asked))
    index = fu.next_visit(visits, today)
    return FollowupOverview(plan, tuple(changes), tuple(fu.reminders(visits, readings, today)),
                            plan.visits[index] if index is not None else None, suggestions,
                            dict(fu.readings_by_kind(readings)))


# ---------------------------------------------------------------------------------------------- input


def _day(value: Any, field: str) -> date:
    if isinstance(value, datetime):
        raise ValidationError(field, translate("Followup", "Enter a date, not a date and time."))
    if isinstance(value, date):
        return check_year(value, field)
    if not isinstance(value, str) or not value.strip():
        raise ValidationError(field, translate("Followup", "Enter a date."))
    try:
        return check_year(date_from_text(value), field)
    except NoSuchDay:
        raise ValidationError(field, translate("Followup", "\u201c{text}\u201d is not a day of the calendar.")
                              .format(text=value.strip()[:40])) from None
    except ValueError:
        raise ValidationError(field, translate("Followup", "\u201c{text}\u201d is not a date.").format(text=value.strip()[:40])) from None


def _optional_day(value: Any, field: str) -> date | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return _day(value, field)


def _clock(value: Any, field: str) -> str:
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if not isinstance(value, str) or not value.strip():
        raise ValidationError(field, translate("Followup", "Enter a time, for example 09:30."))
    try:
        return time_from_text(value).strftime("%H:%M")
    except ValueError:
        raise ValidationError(field, translate("Followup", "\u201c{text}\u201d is not a time.").format(text=value.strip()[:20])) from None


def _label(field: str) -> str:
    """A field of a plan, of its log or of a suggested question, as a message names it (the words of the follow-up
    page's boxes)."""
    return {
        "place": translate("Followup", "Place"),
        "contact_name": translate("Followup", "Coordinator's name"),
        "contact_phone": translate("Followup", "Coordinator's number"),
        "out_of_hours": translate("Followup", "Out of hours"),
        "notes": translate("Followup", "Notes"),
        "what": translate("Followup", "What happened"),
        "told_whom": translate("Followup", "Who was told"),
        "outcome": translate("Followup", "Outcome"),
        "text": translate("Followup", "Question"),
    }[field]


def _text(value: Any, field: str, entity: str = "followups", required: str | None = None) -> str:
    """Text through the one reader of typed text (services.cleaning) by the rule of ``entity``/``field`` in the
    table of field rules, with this area's own "required" words."""
    rule = fields.rule(entity, field)
    text = clean_text(value, field, _label(field), max_length=rule.max_length, multiline=rule.multiline)
    if required and not text:
        raise ValidationError(field, required)
    return text


def _tests(value: Any, field: str, catalogue: dict[str, MeasurementKind]) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str) or not isinstance(value, (list, tuple)):
        raise ValidationError(field, translate("Followup", "Choose the tests from the list."))
    out: list[str] = []
    for t in value:
        if not isinstance(t, str) or t not in catalogue:
            raise ValidationError(field, translate("Followup", "\u201c{test}\u201d is not a measurement this app knows.")
                                  .format(test=str(t)[:40]))
        if t not in out:
            out.append(t)
    return out


def _offsets(value: Any, unit: Any) -> list[fu.Offset]:
    if isinstance(value, str):
        try:
            return fu.parse_offsets(value, unit if isinstance(unit, str) else OffsetUnit.MONTH)
        except ValueError as exc:
            raise ValidationError("visits", str(exc)) from None
    if isinstance(value, (list, tuple)) and value and all(isinstance(o, fu.Offset) for o in value):
        offsets = fu._sorted_unique(value)  # noqa: SLF001  (the plan's own ordering)
        if offsets[0].value != 0:
            offsets.insert(0, fu.Offset(0, offsets[0].unit))
        return offsets
    raise ValidationError("visits", translate("Followup", "Enter the visits, for example 0, 3, 6, 9, 12."))


def _subject(s: Session, trial_id: Any, medication_id: Any) -> tuple[m.Trial | None, m.Medication | None]:
    if (trial_id is None) == (medication_id is None):
        raise ValidationError("subject", translate("Followup", "A plan follows one trial or one medication."))
    if trial_id is not None:
        t = s.get(m.Trial, trial_id) if isinstance(trial_id, int) and not isinstance(trial_id, bool) else None
        if t is None or t.deleted_at is not None:
            raise NotFound(translate("Followup", "That trial no longer exists."))
        if t.interest != TrialInterest.ENROLLED:
            raise ValidationError("trial", translate("Followup", "A follow-up plan is for a trial the person is enrolled in. "
                                               "Set your interest to \u201cenrolled\u201d first."))
        return t, None
    med = s.get(m.Medication, medication_id) if isinstance(medication_id, int) and \
        not isinstance(medication_id, bool) else None
    if med is None or med.deleted_at is not None:
        raise NotFound(translate("Followup", "That medication no longer exists."))
    return None, med


# ---------------------------------------------------------------------------------------------- writing


def create_plan(profile: Profile, *, trial_id: int | None = None, medication_id: int | None = None,
                baseline: date | str, visits: str | Sequence[fu.Offset] = DEFAULT_OFFSETS, unit: str = OffsetUnit.MONTH,
                tests: Sequence[str] = fu.STANDARD_TESTS, visit_time: time | str = "09:30", place: str = "",
                ride_needed: bool = True, contact_name: str = "", contact_phone: str = "",
                out_of_hours: str = "", notes: str = "", turn_on_at: datetime | None = None) -> int:
    """A plan for an enrolled trial or a medication. Returns its id.

    With ``turn_on_at`` (now) the plan is turned on in the same unit of work (see :func:`turn_on`); without it
    the plan has no appointments yet."""
    catalogue = kinds(profile)
    with profile.session_factory.begin() as s:
        trial, med = _subject(s, trial_id, medication_id)
        if fq.plan_for(s, trial_id=trial.id if trial else None, medication_id=med.id if med else None) is not None:
            raise ValidationError("subject", translate("Followup", "This already has a follow-up plan."))
        baseline_day = _day(baseline, "baseline")
        offsets = _offsets(visits, unit)
        chosen = _tests(list(tests), "tests", catalogue)
        if not chosen:
            raise ValidationError("tests", translate("Followup", "Choose at least one test to follow."))
        p = m.FollowupPlan(
            trial=trial, medication=med, baseline_date=baseline_day, tests=chosen,
            visit_time=_clock(visit_time, "visit_time"), place=_text(place, "place"),
            ride_needed=bool(ride_needed), contact_name=_text(contact_name, "contact_name"),
            contact_phone=_text(contact_phone, "contact_phone"),
            out_of_hours=_text(out_of_hours, "out_of_hours"), notes=_text(notes, "notes"),
        )
        for position, v in enumerate(fu.build_visits(baseline_day, offsets, chosen)):
            p.visits.append(m.FollowupVisit(position=position, offset_value=v.offset.value,
                                            offset_unit=v.offset.unit, visit_date=v.on, tests=list(v.tests)))
        s.add(p)
        s.flush()
        new_id = p.id
        made = _turn_on(s, p, turn_on_at) if turn_on_at is not None else []
        subject = _subject_records(p)
    notify(profile, *(("rides",) if made else ()),
           records={"followup_plans": [new_id], **subject, **({"appointments": made} if made else {})})
    return new_id


def update_plan(profile: Profile, plan_id: int, *, place: str, visit_time: time | str, ride_needed: bool,
                contact_name: str, contact_phone: str, out_of_hours: str, notes: str = "") -> None:
    """Change where and when the visits are and the contact card. Appointments already made keep their time."""
    with profile.session_factory.begin() as s:
        p = _plan(s, plan_id)
        p.place = _text(place, "place")
        p.visit_time = _clock(visit_time, "visit_time")
        p.ride_needed = bool(ride_needed)
        p.contact_name = _text(contact_name, "contact_name")
        p.contact_phone = _text(contact_phone, "contact_phone")
        p.out_of_hours = _text(out_of_hours, "out_of_hours")
        p.notes = _text(notes, "notes")
        subject = _subject_records(p)
    notify(profile, records={"followup_plans": [plan_id], **subject})


def _subject_records(p: m.FollowupPlan) -> dict[str, list[int]]:
    """The trial or the medication a plan follows, for the change notice (its page shows the plan)."""
    if p.trial_id is not None:
        return {"trials": [p.trial_id]}
    return {"medications": [p.medication_id]} if p.medication_id is not None else {}


def _purpose(p: m.FollowupPlan, v: m.FollowupVisit) -> str:
    subject = p.trial.nct_id if p.trial is not None else (p.medication.name if p.medication else "")
    label = fu.Offset(v.offset_value, v.offset_unit).label()
    return translate("Followup", "{subject} follow-up: {visit}").format(subject=subject, visit=label)


def _turn_on(s: Session, p: m.FollowupPlan, now: datetime) -> list[int]:
    made: list[int] = []
    zone = profile_zone(s)
    clock = time.fromisoformat(p.visit_time)
    for v in p.visits:
        if v.appointment is not None and v.appointment.deleted_at is None:
            continue
        starts = wall_to_utc(datetime.combine(v.visit_date, clock), zone)
        tests = fu.tests_text(v.tests or [])
        a = m.Appointment(starts_at=starts, duration_minutes=120, place=p.place, purpose=_purpose(p, v),
                          notes=translate("Followup", "Tests: {tests}.").format(tests=tests) if tests else "")
        s.add(a)
        v.appointment = a
        if p.ride_needed and starts > now:
            s.add(m.Ride(appointment=a, pickup_at=starts - timedelta(hours=1), destination=p.place,
                         status=RideStatus.NEEDED))
        s.flush()
        made.append(a.id)
    p.active = True
    return made


def turn_on(profile: Profile, plan_id: int, now: datetime) -> list[int]:
    """Make an appointment for each visit that has none (and a ride "needed" for each one still to come when
    the plan needs rides). Returns the new appointments' ids."""
    with profile.session_factory.begin() as s:
        p = _plan(s, plan_id)
        made = _turn_on(s, p, now)
        subject = _subject_records(p)
    notify(profile, "rides", records={"followup_plans": [plan_id], "appointments": made, **subject})
    return made


def move_visit(profile: Profile, visit_id: int, day: date | str) -> list[int]:
    """Move a visit to another day: its appointment moves to the same time on that day, and its rides still to
    come move with it (a ride the driver had confirmed goes back to "asked"). Returns the moved rides' ids."""
    moved: list[int] = []
    with profile.session_factory.begin() as s:
        v = s.get(m.FollowupVisit, visit_id) if isinstance(visit_id, int) else None
        if v is None or v.plan.deleted_at is not None:
            raise NotFound(translate("Followup", "That visit no longer exists."))
        new_day = _day(day, "day")
        siblings = list(v.plan.visits)
        i = siblings.index(v)
        before = siblings[i - 1] if i > 0 else None
        after = siblings[i + 1] if i + 1 < len(siblings) else None
        if (before is not None and new_day <= before.visit_date) or (after is not None and new_day >= after.visit_date):
            raise ValidationError("day", translate("Followup", "The visit stays between the one before ({before}) and the one after "
                                                               "({after}).").format(
                before=format_date(before.visit_date) if before else translate("Followup", "none"),
                after=format_date(after.visit_date) if after else translate("Followup", "none")))
        shift_days = (new_day - v.visit_date).days
        v.visit_date = new_day
        a = v.appointment
        if a is not None and a.deleted_at is None and shift_days:
            zone = profile_zone(s)
            local = a.starts_at.astimezone(zone)
            new_start = wall_to_utc(datetime.combine(new_day, local.time().replace(tzinfo=None)), zone)
            shift = new_start - a.starts_at
            for r in a.rides:
                if r.deleted_at is not None or r.status in (RideStatus.DONE, RideStatus.CANCELLED):
                    continue
                if r.pickup_at is not None:
                    r.pickup_at = r.pickup_at + shift
                if r.return_pickup_at is not None:
                    r.return_pickup_at = r.return_pickup_at + shift
                if r.status == RideStatus.CONFIRMED:
                    r.status = RideStatus.ASKED
                moved.append(r.id)
            a.starts_at = new_start
        plan_id = v.plan_id
        appointment_id = a.id if a is not None and a.deleted_at is None else None
    notify(profile, records={"followup_plans": [plan_id], "followup_visits": [visit_id], "rides": moved,
                             "appointments": [appointment_id] if appointment_id is not None else []})
    return moved


def set_visit_tests(profile: Profile, visit_id: int, tests: Sequence[str]) -> None:
    catalogue = kinds(profile)
    with profile.session_factory.begin() as s:
        v = s.get(m.FollowupVisit, visit_id) if isinstance(visit_id, int) else None
        if v is None:
            raise NotFound(translate("Followup", "That visit no longer exists."))
        before = translate("Followup", "Tests: {tests}.").format(tests=fu.tests_text(v.tests or []))
        v.tests = _tests(list(tests), "tests", catalogue)
        a = v.appointment
        if a is not None and a.notes == before:  # the note the plan wrote, not one the caregiver changed
            a.notes = translate("Followup", "Tests: {tests}.").format(tests=fu.tests_text(v.tests)) if v.tests else ""
        appointment_ids = [a.id] if a is not None else []
    notify(profile, "trials", records={"followup_visits": [visit_id], "appointments": appointment_ids})


def delete_plan(profile: Profile, plan_id: int, now: datetime) -> None:
    """Put a plan in the trash; its appointments stay (they may have happened)."""
    with profile.session_factory.begin() as s:
        p = _plan(s, plan_id)
        p.deleted_at = now
        subject = _subject_records(p)
    notify(profile, records={"followup_plans": [plan_id], **subject})


# ---------------------------------------------------------------------------------------------- events log


def _event_input(occurred_on: Any, what: Any, severity: Any, told: Any, told_on: Any, told_whom: Any,
                 outcome: Any) -> dict[str, Any]:
    day = _day(occurred_on, "occurred_on")
    if isinstance(severity, bool) or not isinstance(severity, int) or not SEVERITY_MIN <= severity <= SEVERITY_MAX:
        raise ValidationError("severity", translate("Followup", "Choose a severity from 0 (none) to 4 (very severe)."))
    told_day = _optional_day(told_on, "told_on")
    if told_day is not None and told_day < day:
        raise ValidationError("told_on", translate("Followup", "The team cannot have been told before it happened."))
    return dict(occurred_on=day, what=_text(what, "what", "followups.events", required=translate("Followup", "Say what happened.")),
                severity=severity, told=bool(told) or told_day is not None, told_on=told_day,
                told_whom=_text(told_whom, "told_whom", "followups.events"),
                outcome=_text(outcome, "outcome", "followups.events"))


def add_event(profile: Profile, plan_id: int, *, occurred_on: date | str, what: str, severity: int = 1,
              told: bool = False, told_on: date | str | None = None, told_whom: str = "",
              outcome: str = "") -> int:
    with profile.session_factory.begin() as s:
        p = _plan(s, plan_id)
        e = m.FollowupEvent(plan=p, **_event_input(occurred_on, what, severity, told, told_on, told_whom, outcome))
        s.add(e)
        s.flush()
        new_id = e.id
    notify(profile, "symptoms", records={"followup_events": [new_id]})
    return new_id


def update_event(profile: Profile, event_id: int, *, occurred_on: date | str, what: str, severity: int,
                 told: bool, told_on: date | str | None, told_whom: str, outcome: str) -> None:
    with profile.session_factory.begin() as s:
        e = s.get(m.FollowupEvent, event_id) if isinstance(event_id, int) else None
        if e is None or e.deleted_at is not None:
            raise NotFound(translate("Followup", "That event no longer exists."))
        for key, value in _event_input(occurred_on, what, severity, told, told_on, told_whom, outcome).items():
            setattr(e, key, value)
    notify(profile, "symptoms", records={"followup_events": [event_id]})


def delete_event(profile: Profile, event_id: int, now: datetime) -> None:
    with profile.session_factory.begin() as s:
        e = s.get(m.FollowupEvent, event_id) if isinstance(event_id, int) else None
        if e is None or e.deleted_at is not None:
            raise NotFound(translate("Followup", "That event no longer exists."))
        e.deleted_at = now
    notify(profile, "symptoms", records={"followup_events": [event_id]})


# ---------------------------------------------------------------------------------------------- questions


def add_suggested_question(profile: Profile, plan_id: int, text: str, now: datetime) -> int:
    """Add a suggested question to the questions list, for the plan's next visit (or the next appointment),
    linked to the trial or medication. Returns the question's id (the existing one if it is already there)."""
    with profile.session_factory.begin() as s:
        p = _plan(s, plan_id)
        question = _text(text, "text", "questions", required=translate("Followup", "The question is empty."))
        existing = qq.with_text(s, question)
        if existing is not None:
            return existing.id
        appointment_id = None
        for v in p.visits:
            a = v.appointment
            if a is not None and a.deleted_at is None and a.starts_at > now:
                appointment_id = a.id
                break
        if appointment_id is None:  # the next appointment still to start
            later = aq.appointments(s, starts_from=now + timedelta(microseconds=1), limit=1)
            appointment_id = later[0].id if later else None
        q = m.Question(text=question, topic=translate("Followup", "follow-up"), priority=Priority.HIGH, appointment_id=appointment_id,
                       trial_id=p.trial_id, medication_id=p.medication_id)
        s.add(q)
        s.flush()
        new_id = q.id
    notify(profile, records={"questions": [new_id]})
    return new_id


def standard_test_kinds() -> list[str]:
    catalogue = builtin_kinds()
    return [k for k in fu.STANDARD_TESTS if k in catalogue]


def contact_suggestion(profile: Profile, trial_id: int) -> tuple[str, str]:
    """The trial's central contact as the record states it (name, phone), to start the contact card from."""
    try:
        study = _trial_study(profile, trial_id) or {}
    except NotFound:  # nothing to start from
        study = {}
    for c in study.get("central_contacts") or []:
        if isinstance(c, dict) and (c.get("name") or c.get("phone")):
            phone = str(c.get("phone") or "")
            if c.get("phone_ext"):
                phone += f" ext. {c['phone_ext']}"
            return str(c.get("name") or ""), phone
    return "", ""
