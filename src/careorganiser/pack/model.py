"""What the appointment pack shows: plain, frozen records (msgspec structs).

This module is the contract between the *gather* step (which reads a profile and fills these) and the
renderers (``render.py``, ``card.py``, ``ridesheet.py``), which turn them into PDF bytes and know nothing of
the database or of Qt. Every word here is already decided by the gather step: which medications are
current, what "since the last appointment" means, which notes matter, how a schedule reads in plain words.
The renderers only lay it out.

Conventions:

- Collections are tuples. Lists given to a constructor are turned into tuples, so a ``Pack*`` value is
  immutable and two equal inputs compare equal (and render to identical bytes).
- Instants (``datetime``) must be timezone-aware; they are shown in ``PackData.timezone``.
  Calendar days are plain ``date`` values.
- Enumerated fields hold the lower-case words of the interchange format (``"high"``, ``"missed"``,
  ``"confirmed"``...); the renderers translate them into labels.
- Empty text (``""``) means "not known" and is left out of the page.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any, Literal

from msgspec import Struct, field
from msgspec.structs import force_setattr

from careorganiser.domain import enums
from careorganiser.pack.followup_model import PackFollowup

Priority = enums.Priority


DocumentKind = enums.DocumentKind


class PackSection(StrEnum):
    """The pack's sections, in the order they are printed (``PackOptions.sections``, ``PackProblem.section``)."""

    COVER = "cover"
    QUESTIONS = "questions"
    MEDICATIONS = "medications"
    ADHERENCE = "adherence"
    SYMPTOMS = "symptoms"
    MEASUREMENTS = "measurements"
    FOLLOWUP = "followup"
    TRIALS = "trials"
    RIDES = "rides"


class ChangeKind(StrEnum):
    STARTED = "started"
    STOPPED = "stopped"
    CHANGED = "changed"


class RideDirection(StrEnum):
    """A leg of a ride: to the appointment, or home from it."""

    THERE = "there"
    BACK = "back"


class PrintedVerdict(StrEnum):
    """A pre-screen item as the pack prints it (``ask``: ask the trial team)."""

    FITS = "fits"
    CONFLICTS = "conflicts"
    NO_DATA = "no_data"
    ASK = "ask"


class CriterionKind(StrEnum):
    INCLUSION = "inclusion"
    EXCLUSION = "exclusion"


class Paper(StrEnum):
    A4 = "a4"
    LETTER = "letter"


LapseStatus = Literal[enums.DoseStatus.MISSED, enums.DoseStatus.SKIPPED]

SECTION_KEYS: tuple[str, ...] = tuple(PackSection)
"""The pack's sections in the order they are printed."""

PRIORITIES: tuple[str, ...] = tuple(enums.Priority)  # high, normal, low
CHANGE_KINDS: tuple[str, ...] = tuple(ChangeKind)
LAPSE_STATUSES: tuple[str, ...] = (enums.DoseStatus.MISSED, enums.DoseStatus.SKIPPED)
RIDE_DIRECTIONS: tuple[str, ...] = tuple(RideDirection)
PRESCREEN_STATUSES: tuple[str, ...] = tuple(PrintedVerdict)
CRITERION_KINDS: tuple[str, ...] = tuple(CriterionKind)
PAPERS: tuple[str, ...] = tuple(Paper)


def _freeze(obj: Any) -> None:
    """Turn list fields into tuples (recursively for lists of lists) on a frozen record."""
    for name in obj.__struct_fields__:
        value = getattr(obj, name)
        if isinstance(value, list):
            force_setattr(obj, name, tuple(tuple(v) if isinstance(v, list) else v for v in value))


def _require_aware(owner: str, name: str, value: datetime | None) -> None:
    if value is not None and (value.tzinfo is None or value.utcoffset() is None):
        raise ValueError(f"{owner}.{name}: {value.isoformat()} has no timezone")


def _require_choice(owner: str, name: str, value: str, choices: tuple[str, ...]) -> None:
    if value not in choices:
        raise ValueError(f"{owner}.{name}: {value!r} is not one of {', '.join(choices)}")


class PackContact(Struct, frozen=True):
    """Someone to call: a clinician, the GP, a relative, the caregiver."""

    name: str
    role: str = ""
    phone: str = ""


class PackPerson(Struct, frozen=True):
    """The person cared for. ``identifiers`` are ``(system, value)`` pairs, e.g. ``("NHS number", "943 476 5919")``.

    ``phone`` and ``address`` are for the driver's ride sheet.
    """

    name: str
    date_of_birth: date | None = None
    sex: str = ""
    conditions: tuple[str, ...] = ()
    allergies: tuple[str, ...] = ()
    identifiers: tuple[tuple[str, str], ...] = ()
    phone: str = ""
    address: str = ""

    def __post_init__(self) -> None:
        _freeze(self)


class PackAppointment(Struct, frozen=True):
    starts_at: datetime
    duration_minutes: int = 0
    clinician_name: str = ""
    clinician_role: str = ""
    clinician_phone: str = ""
    place: str = ""
    purpose: str = ""

    def __post_init__(self) -> None:
        _require_aware("PackAppointment", "starts_at", self.starts_at)


class PackQuestion(Struct, frozen=True):
    """A question to ask. ``trial`` / ``medication`` name what it is about, if anything."""

    text: str
    topic: str = ""
    priority: Priority = Priority.NORMAL
    trial: str = ""
    medication: str = ""
    unfiled: bool = False  # filed under no appointment: printed in the next appointment's pack

    def __post_init__(self) -> None:
        _require_choice("PackQuestion", "priority", self.priority, PRIORITIES)


class PackMedication(Struct, frozen=True):
    """A current medication. ``schedule_text`` is already in plain words ("8:00, 13:00 and 19:00 every day").

    ``stock_text`` is already in words too ("270 capsules, about 30 days"). ``until`` is the last day it is to
    be taken when a stop is planned after the pack's day (a course that ends on a set day), else None. For a
    medication planned to start (``PackData.planned``), ``since`` is the day it starts.
    """

    name: str
    strength: str = ""
    form: str = ""
    dose: str = ""
    route: str = ""
    schedule_text: str = ""
    purpose: str = ""
    prescriber: str = ""
    since: date | None = None
    instructions: str = ""
    stock_text: str = ""
    until: date | None = None


class PackMedicationChange(Struct, frozen=True):
    """A medication started, stopped or changed since the last appointment. ``detail`` says what changed."""

    name: str
    change: ChangeKind
    on: date | None = None
    reason: str = ""
    detail: str = ""

    def __post_init__(self) -> None:
        _require_choice("PackMedicationChange", "change", self.change, CHANGE_KINDS)


class PackAdherenceLine(Struct, frozen=True):
    """Dose counts for one medication (or, as ``PackAdherence.overall``, for all of them).

    ``ratio`` is taken / scheduled in 0..1, or ``None`` when nothing was scheduled.
    """

    name: str
    scheduled: int = 0
    taken: int = 0
    skipped: int = 0
    missed: int = 0
    ratio: float | None = None
    # The days this medication's doses were counted over: only while it was scheduled (from when the app
    # learned of it, or its start, to its stop), inside the pack's period. None: the whole period.
    counted_from: date | None = None
    counted_until: date | None = None
    # Days inside those not counted: from the last dose recorded before the app followed the medicine (an
    # imported history, a profile restored from an older copy) to when it began to follow it. None: no such days.
    gap_from: date | None = None
    gap_until: date | None = None


class PackDoseLapse(Struct, frozen=True):
    """One dose that was missed or skipped."""

    medication: str
    scheduled_for: datetime
    status: LapseStatus
    note: str = ""

    def __post_init__(self) -> None:
        _require_aware("PackDoseLapse", "scheduled_for", self.scheduled_for)
        _require_choice("PackDoseLapse", "status", self.status, LAPSE_STATUSES)


class PackOffSchedule(Struct, frozen=True):
    """A dose event recorded at a time none of the medication's schedules had (before the app followed it, or
    after a time zone change): not counted in the adherence figures, printed when missed, skipped or noted.
    ``as_needed``: the medication has only as-needed schedules."""

    medication: str
    at: datetime
    status: str  # taken | skipped | missed
    note: str = ""
    as_needed: bool = False

    def __post_init__(self) -> None:
        _require_aware("PackOffSchedule", "at", self.at)
        _require_choice("PackOffSchedule", "status", self.status, tuple(enums.DoseStatus))


class PackDoseNote(Struct, frozen=True):
    """A note written on a dose of the period that no other table of the pack prints (a dose taken at its time,
    a dose taken as needed). ``at``: the dose's time; ``as_needed``: the medication has only as-needed schedules."""

    medication: str
    at: datetime
    status: str  # taken | skipped | missed
    note: str
    as_needed: bool = False

    def __post_init__(self) -> None:
        _require_aware("PackDoseNote", "at", self.at)
        _require_choice("PackDoseNote", "status", self.status, tuple(enums.DoseStatus))


class PackLapseRun(Struct, frozen=True):
    """Doses of one medication in a row (no decided dose between them) that were all missed, or all skipped.

    ``whole_days``: the run holds every dose of each day it touches ("every dose missed 3-14 Sep").
    ``notes`` are the distinct notes written on its doses, in order.
    """

    medication: str
    status: LapseStatus
    first: datetime
    last: datetime
    count: int = 1
    whole_days: bool = False
    notes: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        _freeze(self)
        _require_aware("PackLapseRun", "first", self.first)
        _require_aware("PackLapseRun", "last", self.last)
        _require_choice("PackLapseRun", "status", self.status, LAPSE_STATUSES)


class PackAdherence(Struct, frozen=True):
    """Adherence over the period. ``lapses`` are every missed or skipped dose; ``runs`` group them as the
    pack prints them (when empty, each lapse is its own run)."""

    period_start: date
    period_end: date
    medications: tuple[PackAdherenceLine, ...] = ()
    overall: PackAdherenceLine | None = None
    lapses: tuple[PackDoseLapse, ...] = ()
    runs: tuple[PackLapseRun, ...] = ()
    # Doses recorded off the schedule in the period: those missed, skipped or noted (printed), and how many
    # there are in all, taken ones without a note included (none of them is counted in ``medications``).
    off_schedule: tuple[PackOffSchedule, ...] = ()
    off_schedule_count: int = 0
    # Notes on the period's doses printed in neither table above: the newest (gather.DOSE_NOTES_SHOWN), oldest
    # first, and how many there are in all.
    dose_notes: tuple[PackDoseNote, ...] = ()
    dose_notes_count: int = 0

    def __post_init__(self) -> None:
        _freeze(self)

    def lapse_runs(self) -> tuple[PackLapseRun, ...]:
        """The runs to print, oldest first."""
        if self.runs:
            return tuple(sorted(self.runs, key=lambda run: (run.first, run.medication)))
        return tuple(
            PackLapseRun(lapse.medication, lapse.status, lapse.scheduled_for, lapse.scheduled_for, 1, False,
                         (lapse.note,) if lapse.note else ())
            for lapse in sorted(self.lapses, key=lambda lapse: (lapse.scheduled_for, lapse.medication))
        )


class PackSymptomSummary(Struct, frozen=True):
    """One symptom over the period. Severity is the fixed 0-4 scale; ``series`` is ``(day, severity)`` for a trend."""

    name: str
    count: int
    average_severity: float
    worst_severity: int
    series: tuple[tuple[date, float], ...] = ()

    def __post_init__(self) -> None:
        _freeze(self)


class PackNote(Struct, frozen=True):
    """A symptom note that matters. ``symptoms`` are ``(name, severity)`` pairs."""

    at: datetime
    text: str = ""
    symptoms: tuple[tuple[str, int], ...] = ()

    def __post_init__(self) -> None:
        _freeze(self)
        _require_aware("PackNote", "at", self.at)


class PackMeasurementSeries(Struct, frozen=True):
    """One kind of measurement over time, oldest first. ``previous_tests`` are the days it was measured at a
    clinic or lab (the dates a clinician asks for); ``decimals`` and ``convert`` are how values are printed. ``context`` is what
    the person was doing ("rest", "exertion", "sleep", "on_oxygen"; "unstated" for
    readings that do not say, of a kind whose other readings do; "" when none says): readings taken in one
    context are one series, never drawn on one line with those of another; ``label`` then names it."""

    kind: str
    label: str
    unit: str = ""
    points: tuple[tuple[datetime, float], ...] = ()
    range_low: float | None = None
    range_high: float | None = None
    previous_tests: tuple[date, ...] = ()
    decimals: int = 1
    context: str = ""
    #: The other units its kind is typed in, with their factors: a value typed in one prints to the precision
    #: typed (domain.formatting.measured_places).
    convert: tuple[tuple[str, float], ...] = ()

    def __post_init__(self) -> None:
        _freeze(self)
        for when, _ in self.points:
            _require_aware("PackMeasurementSeries", "points", when)


class PackPrescreenSummary(Struct, frozen=True):
    """How many eligibility items fit, conflict, lack recent data, or are for the trial team to judge."""

    fits: int = 0
    conflicts: int = 0
    no_data: int = 0
    ask: int = 0


class PackPrescreenItem(Struct, frozen=True):
    """One eligibility item held against the latest data. ``value_text`` is what was compared ("FVC 62% on 1 Oct")."""

    kind: CriterionKind
    text: str
    status: PrintedVerdict
    value_text: str = ""
    reason: str = ""  # why it has its status, in a plain sentence

    def __post_init__(self) -> None:
        _require_choice("PackPrescreenItem", "kind", self.kind, CRITERION_KINDS)
        _require_choice("PackPrescreenItem", "status", self.status, PRESCREEN_STATUSES)


class PackTrial(Struct, frozen=True):
    """A saved trial to discuss. ``status_label`` / ``phase_label`` are already words ("Recruiting", "Phase 2").

    ``interest`` is the caregiver's word (considering, contacted, screening, enrolled, not_eligible, declined).
    """

    nct_id: str
    title: str
    status_label: str = ""
    phase_label: str = ""
    interest: str = ""
    notes: str = ""
    prescreen: PackPrescreenSummary | None = None
    key_items: tuple[PackPrescreenItem, ...] = ()
    design: str = ""  # allocation, masking and groups in plain words
    outcomes: tuple[str, ...] = ()  # primary outcomes with their time frames
    flags: tuple[str, ...] = ()  # red flags of the trust check, each with why it matters
    questions: tuple[str, ...] = ()  # the "ask the trial team" items, as questions
    chosen: bool = True  # printed unless the caregiver unticks it (default: by interest)

    def __post_init__(self) -> None:
        _freeze(self)


class PackOffer(Struct, frozen=True):
    """A treatment offered outside a registered trial, with its red flags. ``key`` is "offer:" and its id."""

    key: str
    name: str
    provider: str = ""
    offered: str = ""
    cost: str = ""
    heard_from: str = ""
    notes: str = ""
    flags: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        _freeze(self)


class PackRide(Struct, frozen=True):
    """One leg of a ride. ``appointment_at`` ties it to its appointment (shown on the driver's sheet);
    ``destination_phone`` is the number at the destination (clinic reception), if known. ``pickup_at`` is None
    only in the pack, for a ride with no pick-up arranged yet (listed as Today lists it; the driver's sheet and
    the calendar file have only arranged legs)."""

    direction: RideDirection
    pickup_at: datetime | None
    pickup_address: str = ""
    destination: str = ""
    driver_name: str = ""
    driver_phone: str = ""
    status: str = ""
    notes: str = ""
    appointment_at: datetime | None = None
    destination_phone: str = ""

    def __post_init__(self) -> None:
        _require_choice("PackRide", "direction", self.direction, RIDE_DIRECTIONS)
        _require_aware("PackRide", "pickup_at", self.pickup_at)
        _require_aware("PackRide", "appointment_at", self.appointment_at)

    def when(self) -> datetime:
        """When the leg starts, for putting legs in order: its pick-up, else its appointment's time."""
        return self.pickup_at or self.appointment_at or datetime.max.replace(tzinfo=UTC)


class PackProblem(Struct, frozen=True):
    """Something the gathering could not read: printed as a note in its section (a key of ``SECTION_KEYS``),
    so a failure never leaves a silent gap. ``text`` is in the caregiver's words and names no internals."""

    section: str
    text: str


class PackData(Struct, frozen=True):
    """Everything one pack (or card, or ride sheet) shows.

    ``appointment`` is ``None`` for a card or ride sheet made without one. ``since`` is the first day of
    "since the last appointment" and ``since_label`` says it in words ("since your visit to Dr Mehta on
    3 September 2026"); ``timezone`` is the IANA name that times are shown in. ``caregiver`` is who to call
    about the person (shown on the ride sheet); ``emergency_contacts`` go on the medication card.
    """

    person: PackPerson
    prepared_on: date
    appointment: PackAppointment | None = None
    since: date | None = None
    since_label: str = ""
    questions: tuple[PackQuestion, ...] = ()
    medications: tuple[PackMedication, ...] = ()
    planned: tuple[PackMedication, ...] = ()  # to start after the day the pack is made, soonest first
    changes: tuple[PackMedicationChange, ...] = ()
    adherence: PackAdherence | None = None
    symptoms: tuple[PackSymptomSummary, ...] = ()
    notes: tuple[PackNote, ...] = ()  # the few that matter most (gather.NOTES_SHOWN)
    notes_total: int = 0  # the notes of the period, of which ``notes`` were chosen
    measurements: tuple[PackMeasurementSeries, ...] = ()
    trials: tuple[PackTrial, ...] = ()
    offers: tuple[PackOffer, ...] = ()
    rides: tuple[PackRide, ...] = ()
    emergency_contacts: tuple[PackContact, ...] = ()
    caregiver: PackContact | None = None
    timezone: str = "UTC"
    followups: tuple[PackFollowup, ...] = ()
    problems: tuple[PackProblem, ...] = ()

    def __post_init__(self) -> None:
        _freeze(self)


class PackOptions(Struct, frozen=True):
    """How to print: paper size, large print, and which sections of the pack (keys of ``SECTION_KEYS``)."""

    paper: Paper = Paper.A4
    large_print: bool = False
    sections: frozenset[str] = field(default_factory=lambda: frozenset(SECTION_KEYS))
    trials: frozenset[str] | None = None  # NCT ids to print; None: the trials chosen by default

    def __post_init__(self) -> None:
        _require_choice("PackOptions", "paper", self.paper, PAPERS)
        if not isinstance(self.sections, frozenset):
            force_setattr(self, "sections", frozenset(self.sections))
        if self.trials is not None and not isinstance(self.trials, frozenset):
            force_setattr(self, "trials", frozenset(self.trials))
        unknown = sorted(self.sections - set(SECTION_KEYS))
        if unknown:
            raise ValueError(f"PackOptions.sections: unknown section {', '.join(unknown)}")


PACK_TRIAL_INTERESTS = frozenset({enums.TrialInterest.CONSIDERING, enums.TrialInterest.CONTACTED,
                                  enums.TrialInterest.SCREENING, enums.TrialInterest.ENROLLED})
"""The caregiver's interests whose trials a pack includes unless the caregiver chooses otherwise."""


def chosen_trials(trials: tuple[PackTrial, ...], wanted: frozenset[str] | None) -> tuple[PackTrial, ...]:
    """The trials to print: those ticked (``wanted``), or by default those marked ``chosen``."""
    if wanted is None:
        return tuple(t for t in trials if t.chosen)
    return tuple(t for t in trials if t.nct_id in wanted)


def chosen_offers(offers: tuple[PackOffer, ...], wanted: frozenset[str] | None) -> tuple[PackOffer, ...]:
    """The offers to print: all by default (each is something to ask about), else those ticked."""
    if wanted is None:
        return offers
    return tuple(o for o in offers if o.key in wanted)
