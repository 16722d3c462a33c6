"""Saved clinical trials: the study as registered, and the caregiver's own status and notes.

Import reads every file first and stores nothing unless all of them are trial records; a trial already
saved keeps the caregiver's notes and interest, gets the registered facts of the new record, and remembers
what changed (``last_changes``). A trial in the trash comes back when it is imported again. The eligibility
pre-screen holds the trial's criteria against the person's recorded data; it is something to discuss with
the trial team, never a decision.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from msgspec import Struct, field
from msgspec.structs import replace
from sqlalchemy import select
from sqlalchemy.orm import Session

from careorganiser.domain import fields
from careorganiser.domain.enums import TrialInterest
from careorganiser.i18n import translate
from careorganiser.services.base import NotFound, ServiceError, ValidationError, notify
from careorganiser.services.trial_criteria import (
    keep_criteria,
    keep_fresh_readings,
    reading_of,
    study_of,
)
from careorganiser.store import models as m
from careorganiser.store import reads
from careorganiser.store.profiles import Profile
from careorganiser.store.queries import trials as tq
from careorganiser.store.queries.appointments import Appointment
from careorganiser.store.queries.trials import (
    SavedTrial,
    StoredOffer,
    TrialFacts,
    TrialRecord,
)
from careorganiser.trials.cautions import Offer, cautions, offer_cautions
from careorganiser.trials.diff import StudyChange, diff_studies
from careorganiser.trials.eligibility import CriterionKind
from careorganiser.trials.model import (
    Contact,
    DateType,
    Phase,
    RegistryStatus,
    Study,
    StudyType,
    is_valid_nct_id,
    phase_label,
    status_label,
)
from careorganiser.trials.parsed import prescreen_items, read_trial
from careorganiser.trials.prescreen import (
    PrescreenItem,
    PrescreenStatus,
    measurement_facts,
    medication_facts,
    note_unconverted,
    person_facts,
    prescreen_record_limits,
)
from careorganiser.trials.readers import (
    ImportedStudy,
    TrialFileError,
    read_trial_path,
    study_from_record,  # noqa: F401  (the ui and tests read it through this service)
)
from careorganiser.trials.words import (  # noqa: F401  (arm_lines, outcome_lines: the ui reads them here)
    arm_lines,
    design_explained,
    outcome_lines,
)

log = logging.getLogger(__name__)

INTERESTS: tuple[str, ...] = tuple(i.value for i in TrialInterest)
TITLE_LIMIT = fields.limit("trials", "title")
NOTES_LIMIT = fields.limit("trials", "notes")
BASE_URL_SETTING = "ctgov_base_url"


# ---------------------------------------------------------------------------------------------- rows


#: A row of the list of saved trials (``store.queries.trials``).
TrialRow = SavedTrial


@contextmanager
def _reading(profile: Profile) -> Iterator[object]:
    """A connection to read through from any thread: that of a session of its own (the window reads a
    trial's detail, its pre-screen and its questions in a worker)."""
    with profile.session_factory() as s:
        yield reads.connection_of(s)


def list_trials(profile: Profile) -> list[TrialRow]:
    """Every saved trial, by NCT number (read on the thread that opened the profile)."""
    return tq.saved(profile.read())


def trials_by_ids(profile: Profile, ids: Iterable[int]) -> list[TrialRow]:
    """The rows of the trials among ``ids`` still saved (a change notice's ids read again), by NCT number."""
    return tq.saved(profile.read(), frozenset(ids))


#: Where a row falls in :func:`list_trials` (by NCT number, then id).
list_order = tq.saved_order


class TrialDetail(TrialFacts, frozen=True):
    """Everything the Trials screen and ``trials show`` need about one saved trial."""

    study: Study  # the mapped record; only the NCT id and title when no record is saved
    has_record: bool
    record: dict[str, Any] | None  # None also when it was not asked for (get_trial(..., record=False))
    source_format: str
    imported_at: datetime | None
    last_changes: tuple[StudyChange, ...]
    cautions: tuple[str, ...]

    def interchange(self) -> dict[str, Any]:
        """The trial's fields of the interchange format (shared/spec/interchange.md, ``trials[]``)."""
        return {"nct_id": self.nct_id, "title": self.title, "status": self.status, "phases": list(self.phases),
                "interest": self.interest, "notes": self.notes, "record": self.record}


def interest_label(interest: str) -> str:
    return {
        TrialInterest.CONSIDERING: translate("Trials", "Considering"),
        TrialInterest.CONTACTED: translate("Trials", "Contacted the trial team"),
        TrialInterest.SCREENING: translate("Trials", "In screening"),
        TrialInterest.ENROLLED: translate("Trials", "Enrolled"),
        TrialInterest.NOT_ELIGIBLE: translate("Trials", "Not eligible"),
        TrialInterest.DECLINED: translate("Trials", "Decided not to take part"),
    }.get(interest, interest.replace("_", " "))


def phase_explained(phases: Sequence[str]) -> str:
    """What the trial's phase means, in plain words (one sentence a phase)."""
    words = {
        Phase.EARLY_PHASE1: translate("Trials", "A first, very small study of how the treatment acts in the body."),
        Phase.PHASE1: translate("Trials", "The first tests in people, usually a small group, to check safety and find the right dose."),
        Phase.PHASE2: translate("Trials", "A larger group, to see whether the treatment works and to learn more about its safety."),
        Phase.PHASE3: translate("Trials", "A large group, comparing the treatment with the usual treatment or a placebo."),
        Phase.PHASE4: translate("Trials", "The treatment is already approved; the study follows how it works in everyday use and "
                                      "its long-term safety."),
        Phase.NA: translate("Trials", "Studies of devices, procedures or ways of caring, and observational studies, have no phase."),
    }
    known = [p for p in phases if p in words]
    if not known:
        return translate("Trials", "The record does not give a phase.")
    if len(known) == 1:
        return words[known[0]]
    return " ".join(f"{phase_label([p])}: {words[p]}" for p in known)


def study_type_explained(study_type: str) -> str:
    return {
        StudyType.INTERVENTIONAL: translate("Trials", "Interventional: participants receive a treatment or procedure being tested."),
        StudyType.OBSERVATIONAL: translate("Trials", "Observational: no treatment is given; participants' health is followed."),
        StudyType.EXPANDED_ACCESS: translate("Trials", "Expanded access: a treatment not yet approved, offered outside a trial."),
    }.get(study_type, study_type.replace("_", " ").capitalize())


def status_explained(status: str) -> str:
    """What the registry status means for someone who wants to take part."""
    return {
        RegistryStatus.RECRUITING: translate("Trials", "It is looking for participants now."),
        RegistryStatus.NOT_YET_RECRUITING: translate("Trials", "It has not started looking for participants yet."),
        RegistryStatus.ENROLLING_BY_INVITATION: translate("Trials", "Only people invited by the trial team can join."),
        RegistryStatus.ACTIVE_NOT_RECRUITING: translate("Trials", "It is running, but no longer taking new participants."),
        RegistryStatus.COMPLETED: translate("Trials", "It has finished."),
        RegistryStatus.SUSPENDED: translate("Trials", "It has stopped for now and may start again."),
        RegistryStatus.TERMINATED: translate("Trials", "It stopped early and will not start again."),
        RegistryStatus.WITHDRAWN: translate("Trials", "It stopped before anyone took part."),
    }.get(status, "")


PRESCREEN_SYMBOLS = {PrescreenStatus.FITS: "\u2713", PrescreenStatus.CONFLICTS: "\u2717",
                     PrescreenStatus.NO_DATA: "\u25cb", PrescreenStatus.ASK_TRIAL_TEAM: "?"}


def prescreen_status_label(status: str) -> str:
    """The pre-screen status in words, with a symbol so that it never depends on colour."""
    words = {
        PrescreenStatus.FITS: translate("Trials", "Fits"),
        PrescreenStatus.CONFLICTS: translate("Trials", "Conflicts"),
        PrescreenStatus.NO_DATA: translate("Trials", "No recent data"),
        PrescreenStatus.ASK_TRIAL_TEAM: translate("Trials", "Ask the trial team"),
    }.get(status, status)
    return f"{PRESCREEN_SYMBOLS.get(status, '')} {words}".strip()


def prescreen_kind_label(kind: str) -> str:
    return {CriterionKind.INCLUSION: translate("Trials", "Inclusion"),
            CriterionKind.EXCLUSION: translate("Trials", "Exclusion")}.get(kind, kind)


def intervention_text(kind: str, name: str) -> str:
    """"Drug: Inhaled study drug" (the registry's type in plain case, when there is one)."""
    return f"{kind.replace('_', ' ').capitalize()}: {name}" if kind else name


def study_facts(study: Study, title: str = "") -> list[tuple[str, str]]:
    """The study's short facts in plain words, as (label, text), for the Trials screen and ``trials show``."""
    dates = []
    for label, value, kind in (
        (translate("Trials", "start"), study.start_date, study.start_date_type),
        (translate("Trials", "primary completion"), study.primary_completion_date, study.primary_completion_date_type),
        (translate("Trials", "completion"), study.completion_date, study.completion_date_type),
        (translate("Trials", "first posted"), study.first_posted, ""),
        (translate("Trials", "last update posted"), study.last_update_posted, ""),
    ):
        if value:
            estimated = translate("Trials", " (estimated)") if kind == DateType.ESTIMATED else ""
            dates.append(translate("Trials", "{what} {date}{estimated}").format(what=label, date=value, estimated=estimated))
    status = ""
    if study.overall_status:
        status = f"{status_label(study.overall_status)}. {status_explained(study.overall_status)}".strip()
    phase = phase_label(study.phases) or translate("Trials", "No phase given")
    sponsor = study.sponsor
    if sponsor and study.collaborators:
        sponsor += translate("Trials", " (with {names})").format(names=", ".join(study.collaborators))
    enrollment = ""
    if study.enrollment is not None:
        enrollment = str(study.enrollment) + (translate("Trials", " (estimated)") if study.enrollment_type == DateType.ESTIMATED else "")
    ages = ""
    if study.minimum_age or study.maximum_age:
        ages = translate("Trials", "{low} to {high}").format(low=study.minimum_age or translate("Trials", "no minimum"),
                                            high=study.maximum_age or translate("Trials", "no maximum"))
    facts = [
        (translate("Trials", "Official title"), study.official_title if study.official_title != title else ""),
        (translate("Trials", "Status"), status),
        (translate("Trials", "Phase"), f"{phase}. {phase_explained(study.phases)}"),
        (translate("Trials", "Type of study"), study_type_explained(study.study_type) if study.study_type else ""),
        (translate("Trials", "Design"), design_explained(study)),
        (translate("Trials", "Sponsor"), sponsor),
        (translate("Trials", "Participants"), enrollment),
        (translate("Trials", "Dates"), "; ".join(dates)),
        (translate("Trials", "Ages"), ages),
        (translate("Trials", "Conditions"), ", ".join(study.conditions)),
    ]
    return [(label, text) for label, text in facts if text]


def contact_text(contact: Contact) -> str:
    """"Name, role, phone ext. 12, email" without the empty parts (the plain role "contact" left out)."""
    phone = translate("Trials", "{phone} ext. {ext}").format(phone=contact.phone, ext=contact.phone_ext) if (
        contact.phone and contact.phone_ext) else contact.phone
    role = "" if contact.role.upper() in ("", "CONTACT") else contact.role.replace("_", " ").lower()
    return ", ".join(p for p in (contact.name, role, phone, contact.email) if p)


def change_text(change: StudyChange, width: int = 160) -> str:
    """One line for a change: "Status: Recruiting → Completed"; long texts are only said to have changed."""
    if change.field == "eligibility_criteria" or len(change.before or "") > width or len(change.after or "") > width:
        return translate("Trials", "{label}: changed").format(label=change.label)
    if change.before and change.after:
        return f"{change.label}: {change.before} \u2192 {change.after}"
    return f"{change.label}: {change.after or change.before or ''}".rstrip(": ")


def _not_found(trial: int | str) -> NotFound:
    label = trial.strip().upper() if isinstance(trial, str) else ""
    if label:
        return NotFound(translate("Trials", "No saved trial has the NCT number {nct_id}.").format(nct_id=label[:40]))
    return NotFound(translate("Trials", "That trial is no longer saved."))


def _key(trial: int | str) -> int | str:
    if isinstance(trial, bool) or not isinstance(trial, (int, str)):
        raise _not_found("")
    return trial


def _find(s: Session, trial: int | str) -> m.Trial:
    """A saved trial by its id or its NCT number, to change it."""
    row: m.Trial | None = None
    if isinstance(_key(trial), int):
        row = s.get(m.Trial, trial)
    else:
        row = s.scalars(select(m.Trial).where(m.Trial.nct_id == str(trial).strip().upper())).first()
    if row is None or row.deleted_at is not None:
        raise _not_found(trial)
    return row


def _read(conn: object, trial: int | str, record: bool = False) -> TrialRecord:
    found = tq.trial(conn, _key(trial), record=record)
    if found is None:
        raise _not_found(trial)
    return found


def _changes(values: Sequence[dict[str, Any]]) -> tuple[StudyChange, ...]:
    return tuple(StudyChange(str(c.get("field", "")), str(c.get("label", "")), c.get("before"), c.get("after"))
                 for c in values)


def trial_detail(t: TrialRecord, today: date) -> TrialDetail:
    """What the Trials screen and ``trials show`` show of a stored trial (red flags judged on ``today``)."""
    study = study_of(t.study)
    shown = study or Study(nct_id=t.nct_id, brief_title=t.title, overall_status=t.status, phases=list(t.phases))
    return TrialDetail(
        t.id, t.nct_id, t.title, t.status, t.phases, t.interest, t.notes, shown, t.has_record, t.record,
        t.source_format or (study.source_format if study else ""), t.imported_at, _changes(t.last_changes),
        tuple(cautions(shown, t.notes, today)),
    )


def get_trial(profile: Profile, trial: int | str, today: date | None = None, *, record: bool = True) -> TrialDetail:
    """One saved trial; its red flags that depend on the date are judged on ``today`` (default: now, UTC).
    ``record``: with the stored registry record (``interchange()`` needs it; the screen does not)."""
    today = today or datetime.now(UTC).date()
    with _reading(profile) as conn:
        return trial_detail(_read(conn, trial, record), today)


def with_notes(detail: TrialDetail, notes: str, today: date) -> TrialDetail:
    """The trial as it is once ``notes`` are saved: its red flags judged again (a mention of payment)."""
    return replace(detail, notes=notes, cautions=tuple(cautions(detail.study, notes, today)))


# ---------------------------------------------------------------------------------------------- import


class TrialImportError(ServiceError):
    """A file that cannot be imported: nothing was stored. ``str(error)`` is one sentence for the user."""

    def __init__(self, message: str, filename: str | None = None) -> None:
        super().__init__(message)
        self.filename = filename


class ImportOutcome(StrEnum):
    """What importing a record did to its trial (the words ``trials import --json`` writes)."""

    ADDED = "added"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    RESTORED = "restored"  # it was in the trash


class ImportedTrial(Struct, frozen=True):
    trial_id: int
    nct_id: str
    title: str
    outcome: ImportOutcome
    changes: tuple[StudyChange, ...] = ()


class FileReport(Struct, frozen=True):
    name: str
    trials: tuple[ImportedTrial, ...]


class ImportReport(Struct, frozen=True):
    files: tuple[FileReport, ...] = field(default_factory=tuple)

    @property
    def trials(self) -> list[ImportedTrial]:
        return [t for f in self.files for t in f.trials]

    @property
    def trial_ids(self) -> list[int]:
        return [t.trial_id for t in self.trials]

    def count(self, outcome: ImportOutcome) -> int:
        return sum(1 for t in self.trials if t.outcome == outcome)

    def describe(self) -> str:
        """One sentence: "3 trials: 2 added, 1 updated." """
        parts = []
        for outcome, text in ((ImportOutcome.ADDED, translate("Trials", "{count} added")),
                              (ImportOutcome.UPDATED, translate("Trials", "{count} updated")),
                              (ImportOutcome.RESTORED, translate("Trials", "{count} restored from the trash")),
                              (ImportOutcome.UNCHANGED, translate("Trials", "{count} unchanged"))):
            if self.count(outcome):
                parts.append(text.format(count=self.count(outcome)))
        if not parts:
            return translate("Trials", "No trials were imported.")
        total = len(self.trials)
        head = translate("Trials", "%n trial(s)", None, total)
        return translate("Trials", "{trials}: {what}.").format(trials=head, what=", ".join(parts))


def outcome_label(outcome: str) -> str:
    return {ImportOutcome.ADDED: translate("Trials", "added"), ImportOutcome.UPDATED: translate("Trials", "updated"),
            ImportOutcome.UNCHANGED: translate("Trials", "already saved, nothing changed"),
            ImportOutcome.RESTORED: translate("Trials", "restored from the trash")}.get(outcome, outcome)


def _checked(studies: list[ImportedStudy], name: str) -> list[ImportedStudy]:
    """Refuse a record the profile could store but not export again (too deep, not valid Unicode)."""
    from careorganiser.store.interchange import MAX_RECORD_DEPTH, _nesting_depth

    for imported in studies:
        if _nesting_depth(imported.raw) > MAX_RECORD_DEPTH:
            raise TrialFileError(translate("Trials", "“{file}” is nested too deeply to be a ClinicalTrials.gov record.").format(
                file=name), name)
        try:
            json.dumps(imported.raw, ensure_ascii=False).encode("utf-8")
        except (UnicodeEncodeError, RecursionError, TypeError, ValueError):
            raise TrialFileError(translate("Trials", "“{file}” holds text that cannot be stored.").format(file=name), name) from None
    return studies


def read_files(paths: Sequence[str | Path],
               progress: Callable[[int, int], None] | None = None) -> list[tuple[str, list[ImportedStudy]]]:
    """Read and check every file; the first bad one raises :class:`TrialImportError` (nothing is stored).

    ``progress(done, total)`` hears before each file (the window's import shows it, and may stop there).
    """
    if not paths:
        raise TrialImportError(translate("Trials", "Choose at least one file to import."))
    read: list[tuple[str, list[ImportedStudy]]] = []
    for done, path in enumerate(paths):
        if progress is not None:
            progress(done, len(paths))
        name = Path(path).name
        try:
            studies = _checked(read_trial_path(path), name)
        except TrialFileError as exc:
            raise TrialImportError(_nothing_imported(str(exc), len(paths)), exc.filename or name) from None
        read.append((name, studies))
    return read


def _nothing_imported(message: str, files: int) -> str:
    message = message.rstrip()
    if not message.endswith((".", "!", "?")):
        message += "."
    extra = translate("Trials", "Nothing was imported.") if files > 1 else translate("Trials", "Nothing was imported from it.")
    return f"{message} {extra}"


def import_trial_files(profile: Profile, paths: Sequence[str | Path], now: datetime | None = None) -> ImportReport:
    """Import files saved from ClinicalTrials.gov (v2 JSON, classic JSON or CSV), all or nothing."""
    return import_studies(profile, read_files(paths), now)


def import_studies(profile: Profile, sources: Sequence[tuple[str, list[ImportedStudy]]],
                   now: datetime | None = None) -> ImportReport:
    """Store studies already read (from files, or looked up online), in one unit of work."""
    when = now or m.utcnow()
    files: list[FileReport] = []
    with profile.session_factory.begin() as s:
        for name, studies in sources:
            files.append(FileReport(name, tuple(_store(s, imported, when) for imported in studies)))
    report = ImportReport(tuple(files))
    if report.trials:
        notify(profile, records={"trials": report.trial_ids})
    return report


def _store(s: Session, imported: ImportedStudy, when: datetime) -> ImportedTrial:
    study = imported.study
    t = s.scalars(select(m.Trial).where(m.Trial.nct_id == study.nct_id)).first()
    kept = None if t is None else t.criteria_parse
    if t is None:
        t = m.Trial(nct_id=study.nct_id, interest=TrialInterest.CONSIDERING, notes="", last_changes=[])
        s.add(t)
        outcome, changes = ImportOutcome.ADDED, []
    else:
        old = study_of(t.study)
        changes = diff_studies(old, study) if old is not None else []
        if t.deleted_at is not None:
            t.deleted_at = None
            outcome = ImportOutcome.RESTORED
        else:
            outcome = ImportOutcome.UPDATED if changes or old is None else ImportOutcome.UNCHANGED
    t.title = study.brief_title or study.official_title or t.title or study.nct_id
    t.status = study.overall_status[:40]
    t.phases = list(study.phases)
    t.study = study.to_dict()
    t.record = imported.raw
    t.source_format = study.source_format
    t.imported_at = when
    t.last_changes = [c.to_dict() for c in changes]
    s.flush()
    reading = reading_of(study, kept)
    if reading is not kept:
        keep_criteria(s, {t.id: reading})
    return ImportedTrial(t.id, t.nct_id, t.title, outcome, tuple(changes))


# ---------------------------------------------------------------------------------------------- the caregiver's own


def add_trial_manually(profile: Profile, nct_id: str, title: str = "") -> int:
    """Save a trial known only by its NCT number (and a title); its record can be imported later."""
    from careorganiser.services.appointments import clean_field

    value = " ".join(nct_id.split()).upper() if isinstance(nct_id, str) else ""
    if not value:
        raise ValidationError("nct_id", translate("Trials", "Enter the trial's NCT number: “NCT” followed by 8 digits, "
                                                            "for example NCT01234567."))
    if not is_valid_nct_id(value):
        raise ValidationError("nct_id", translate("Trials", "“{value}” is not an NCT number. It must be “NCT” followed by "
                                                            "8 digits, for example NCT01234567.").format(value=value[:40]))
    name = clean_field(title, "trials", "title")
    with profile.session_factory.begin() as s:
        t = s.scalars(select(m.Trial).where(m.Trial.nct_id == value)).first()
        if t is not None and t.deleted_at is None:
            raise ValidationError("nct_id", translate("Trials", "{nct_id} is already saved.").format(nct_id=value))
        if t is not None:  # in the trash: bring it back rather than keep two
            t.deleted_at = None
            if name:
                t.title = name
        else:
            t = m.Trial(nct_id=value, title=name, interest=TrialInterest.CONSIDERING, notes="", last_changes=[])
            s.add(t)
        s.flush()
        trial_id = t.id
    notify(profile, records={"trials": [trial_id]})
    return trial_id


def set_interest(profile: Profile, trial: int | str, interest: str) -> None:
    if interest not in INTERESTS:
        raise ValidationError("interest", translate("Trials", "Choose one of: {choices}.").format(
            choices=", ".join(interest_label(i) for i in INTERESTS)))
    with profile.session_factory.begin() as s:
        t = _find(s, trial)
        t.interest = interest
        trial_id = t.id
    notify(profile, records={"trials": [trial_id]})


def set_notes(profile: Profile, trial: int | str, notes: str) -> str:
    """Save the caregiver's notes; returns them as stored."""
    from careorganiser.services.appointments import clean_field

    text = clean_field(notes, "trials", "notes")
    with profile.session_factory.begin() as s:
        t = _find(s, trial)
        if t.notes == text:
            return text
        t.notes = text
        trial_id = t.id
    notify(profile, records={"trials": [trial_id]})
    return text


# ---------------------------------------------------------------------------------------------- pre-screen


def prescreen_trial(profile: Profile, trial: int | str, now: datetime) -> list[PrescreenItem]:
    """One item per item of the trial's eligibility text, in the record's order (empty without a record).
    Held against the person, every measurement taken up to ``now`` and every medication on the list."""
    from careorganiser.store.queries.medications import medications
    from careorganiser.store.queries.person import person

    with _reading(profile) as conn, reads.snapshot(conn):
        t = _read(conn, trial)
        study = study_of(t.study)
        if study is None:
            return []
        facts = person_facts(person(conn)), measurement_facts(tq.readings(conn, now)), medications(conn)
        now = now.astimezone(reads.profile_zone(conn))  # the person's own day: an age, a medicine taken "now"
        unconverted = tq.unconverted_units(conn, now)
    criteria, _asks, fresh = read_trial(t.criteria_parse, study)
    items, _fillers = prescreen_items(criteria, study, facts[0], facts[1], now, medications=medication_facts(facts[2]))
    if fresh is not None:
        keep_fresh_readings(profile, {t.id: fresh})
    return note_unconverted(items, unconverted) if unconverted else list(items)


def record_limits_trial(profile: Profile, trial: int | str, now: datetime) -> list[PrescreenItem]:
    """The record's own age limits and sex, held against the person (outside the eligibility text)."""
    from careorganiser.store.queries.person import person

    with _reading(profile) as conn:
        study = study_of(_read(conn, trial).study)
        if study is None:
            return []
        facts = person_facts(person(conn))
        now = now.astimezone(reads.profile_zone(conn))  # the person's own day for the age
    return prescreen_record_limits(study, facts, now)


# ---------------------------------------------------------------------------------------------- questions


class TemplateChoice(Struct, frozen=True):
    key: str
    topic: str
    priority: str
    text: str  # filled in for this trial
    already_added: bool  # the same question about this trial is already in the list


class AddedQuestions(Struct, frozen=True):
    question_ids: tuple[int, ...]
    skipped: tuple[str, ...]  # template keys whose question was already in the list
    appointment_id: int | None
    appointment_label: str


def _questions_of(conn: object, trial: int | str) -> tuple[int, Study, set[str]]:
    """The trial's id, its study (only its number and title without a record) and the questions about it."""
    from careorganiser.store.queries.questions import texts

    with reads.snapshot(conn):
        t = _read(conn, trial)
        return t.id, study_of(t.study) or Study(nct_id=t.nct_id, brief_title=t.title), texts(conn, trial_id=t.id)


def _choices(study: Study, existing: set[str]) -> list[TemplateChoice]:
    from careorganiser.trials.templates import trial_questions

    return [TemplateChoice(d.key, d.topic, d.priority, d.text, d.text in existing) for d in trial_questions(study)]


def template_choices(profile: Profile, trial: int | str) -> list[TemplateChoice]:
    with _reading(profile) as conn:
        _, study, existing = _questions_of(conn, trial)
    return _choices(study, existing)


class TrialScreen(Struct, frozen=True):
    """One trial as the Trials screen shows it, read in one go: the detail (without the registry record),
    the template questions, and the next appointment new questions go to (None: none is planned)."""

    detail: TrialDetail
    choices: tuple[TemplateChoice, ...]
    next_appointment: Appointment | None


def trial_screen(profile: Profile, trial: int | str, today: date, now: datetime) -> TrialScreen:
    """Everything the Trials screen shows of one trial, from one view of the file; safe in a worker thread."""
    from careorganiser.store.queries.appointments import next_appointment
    from careorganiser.store.queries.questions import texts

    with _reading(profile) as conn, reads.snapshot(conn):
        stored = _read(conn, trial)
        existing = texts(conn, trial_id=stored.id)
        appointment = next_appointment(conn, now)
    detail = trial_detail(stored, today)
    return TrialScreen(detail, tuple(_choices(detail.study, existing)), appointment)


def add_trial_questions(profile: Profile, trial: int | str, template_keys: Sequence[str],
                        now: datetime) -> AddedQuestions:
    """Add the chosen template questions, linked to the trial and to the next appointment (if any)."""
    from careorganiser.services import questions
    from careorganiser.services.appointments import next_appointment
    from careorganiser.trials.templates import load_question_templates, trial_questions

    keys = list(dict.fromkeys(template_keys))
    if not keys:
        raise ValidationError("templates", translate("Trials", "Tick at least one question to add."))
    known = {t.key for t in load_question_templates()}
    unknown = [k for k in keys if k not in known]
    if unknown:
        raise ValidationError("templates", translate("Trials", "There is no question template “{key}”.").format(key=str(unknown[0])[:40]))
    with _reading(profile) as conn:
        trial_id, study, existing = _questions_of(conn, trial)
    appointment = next_appointment(profile, now)
    added: list[int] = []
    skipped: list[str] = []
    for draft in trial_questions(study, keys):
        if draft.text in existing:
            skipped.append(draft.key)
            continue
        added.append(questions.create_question(
            profile, text=draft.text, topic=draft.topic, priority=draft.priority,
            appointment_id=appointment.id if appointment else None, trial_id=trial_id))
    return AddedQuestions(tuple(added), tuple(skipped), appointment.id if appointment else None,
                          appointment.label if appointment else "")


# ---------------------------------------------------------------------------------------------- online look-up


def ctgov_base_url(profile: Profile) -> str:
    """The ClinicalTrials.gov API address: the profile's ``ctgov_base_url`` setting, else the real one."""
    from careorganiser.trials.online import DEFAULT_BASE_URL

    value = reads.setting(profile.read(), BASE_URL_SETTING)
    return value.strip() if isinstance(value, str) and value.strip() else DEFAULT_BASE_URL


def set_ctgov_base_url(profile: Profile, url: str | None) -> None:
    """Point look-ups at another address (a mirror, or a test server); None or "" goes back to the real one."""
    text = (url or "").strip()
    if text and not text.lower().startswith(("http://", "https://")):
        raise ValidationError("ctgov_base_url", translate("Trials", "The address must start with https:// or http://."))
    with profile.session_factory.begin() as s:
        setting = s.get(m.Setting, BASE_URL_SETTING)
        if not text:
            if setting is not None:
                s.delete(setting)
        elif setting is None:
            s.add(m.Setting(key=BASE_URL_SETTING, value=text))
        else:
            setting.value = text
    notify(profile, "settings")


class TrialLookupFailed(ServiceError):
    """The online look-up failed; ``str(error)`` says why in one sentence (offline, not found...)."""


def lookup_online(nct_id: str, base_url: str, timeout: float | None = None) -> ImportedStudy:
    """Fetch the registry's current record of ``nct_id``. Only ever called when the user asks."""
    from careorganiser.trials.online import (
        DEFAULT_TIMEOUT_SECONDS,
        TrialLookupError,
        fetch_study,
    )

    try:
        imported = fetch_study(nct_id, base_url, timeout or DEFAULT_TIMEOUT_SECONDS)
    except TrialLookupError as exc:
        raise TrialLookupFailed(str(exc)) from None
    try:
        return _checked([imported], f"{imported.study.nct_id}.json")[0]
    except TrialFileError as exc:
        raise TrialLookupFailed(str(exc)) from None


def save_looked_up(profile: Profile, imported: ImportedStudy, now: datetime | None = None) -> ImportReport:
    """Store a record fetched by :func:`lookup_online` like an imported file."""
    source = translate("Trials", "ClinicalTrials.gov ({nct_id})").format(nct_id=imported.study.nct_id)
    return import_studies(profile, [(source, [imported])], now)


# ---------------------------------------------------------------------------------------------- offers


class OfferRow(StoredOffer, frozen=True):
    """A treatment offered outside a registered trial, with its red flags (each says why it matters)."""

    flags: tuple[str, ...] = ()

    @classmethod
    def of(cls, o: StoredOffer | m.Offer) -> OfferRow:
        offer = Offer(o.name, o.provider, o.offered, o.cost, o.heard_from, o.notes)
        return cls(o.id, o.uid, o.name, o.provider, o.offered, o.cost, o.heard_from, o.notes,
                   tuple(offer_cautions(offer)))


_OFFER_FIELDS = ("name", "provider", "offered", "cost", "heard_from", "notes")


def _offer_labels() -> dict[str, str]:
    return {"name": translate("Trials", "Name of the treatment"), "provider": translate("Trials", "Who offers it"), "offered": translate("Trials", "What is offered"),
            "cost": translate("Trials", "Cost"), "heard_from": translate("Trials", "Where you heard of it"), "notes": translate("Trials", "Notes")}


def _clean_offer(values: dict[str, object]) -> dict[str, str]:
    from careorganiser.services.cleaning import clean_field

    labels = _offer_labels()
    unknown = sorted(set(values) - set(_OFFER_FIELDS))
    if unknown:
        raise ValueError(f"unknown offer fields: {', '.join(unknown)}")
    clean = {}
    for key in _OFFER_FIELDS:
        clean[key] = clean_field(values.get(key, ""), "offers", key, labels[key])
    return clean


def list_offers(profile: Profile) -> list[OfferRow]:
    return [OfferRow.of(o) for o in tq.offers(profile.read())]


def offers_by_ids(profile: Profile, ids: Iterable[int]) -> list[OfferRow]:
    """The offers among ``ids`` that still exist (a change notice's ids read again), in the order recorded."""
    conn = profile.read()
    return [OfferRow.of(o) for o in (tq.offer(conn, i) for i in sorted(set(ids))) if o is not None]


def add_offer(profile: Profile, **values: object) -> OfferRow:
    """Record an offer without an NCT number; ``name`` is required. Nothing is saved when a field is refused."""
    clean = _clean_offer(values)
    with profile.session_factory.begin() as s:
        offer = m.Offer(**clean)
        s.add(offer)
        s.flush()
        row = OfferRow.of(offer)
    notify(profile, records={"offers": [row.id]})
    return row


def update_offer(profile: Profile, offer_id: int, **values: object) -> OfferRow:
    clean = _clean_offer(values)
    with profile.session_factory.begin() as s:
        offer = s.get(m.Offer, offer_id)
        if offer is None or offer.deleted_at is not None:
            raise NotFound(translate("Trials", "That offer no longer exists."))
        for key, value in clean.items():
            setattr(offer, key, value)
        s.flush()
        row = OfferRow.of(offer)
    notify(profile, records={"offers": [row.id]})
    return row


def delete_offer(profile: Profile, offer_id: int) -> None:
    with profile.session_factory.begin() as s:
        offer = s.get(m.Offer, offer_id)
        if offer is None or offer.deleted_at is not None:
            raise NotFound(translate("Trials", "That offer no longer exists."))
        offer.deleted_at = m.utcnow()
    notify(profile, records={"offers": [offer_id]})
