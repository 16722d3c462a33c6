"""What the trial detail pane shows, worked out without widgets.

``TrialDetailController`` reads the chosen trial and words what the pane puts on screen: the facts line, the
"changed at the last import" line, the pre-screen summary, the "What changed" tab, where new questions go and
what adding them did. ``TrialDetailPane`` (detail.py) only builds widgets over it and sends the
caregiver's edits to ``services.trials``. The pane reads a trial in its worker (:meth:`reader`) and makes
the result the one shown (:meth:`use`) on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication

from careorganiser.services import trials
from careorganiser.services.base import NotFound, ServiceError
from careorganiser.services.trials import TrialDetail, TrialScreen
from careorganiser.store.queries.appointments import Appointment
from careorganiser.trials.model import phase_label, status_label
from careorganiser.trials.prescreen import PrescreenItem, PrescreenStatus, summarise
from careorganiser.ui.context import AppContext
from careorganiser.ui.locale_text import format_date, format_datetime


class TrialDetailController:
    """The trial shown in the pane (``detail``; None when none is chosen)."""

    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self.trial_id: int | None = None
        self.detail: TrialDetail | None = None

    def today(self) -> date:
        return self.ctx.now().astimezone(self.ctx.zone).date()

    def load(self, trial_id: int | None) -> TrialDetail | None:
        """Read the trial (None: none chosen, or it is gone) and make it the one shown."""
        detail = None
        if trial_id is not None:
            try:
                detail = trials.get_trial(self.ctx.profile, trial_id, self.today())
            except ServiceError:
                detail = None
        self.trial_id = detail.id if detail else None
        self.detail = detail
        return detail

    def reload(self) -> TrialDetail | None:
        """Read the trial shown again; None, keeping what it had, when it cannot."""
        if self.trial_id is None:
            return None
        try:
            self.detail = trials.get_trial(self.ctx.profile, self.trial_id, self.today())
        except ServiceError:
            return None
        return self.detail

    def reader(self, trial_id: int) -> Callable[[], TrialScreen | None]:
        """A function that reads what the pane shows of a trial, for a worker thread (None: the trial is
        gone). The profile and the dates are taken now, on the GUI thread."""
        profile, today, now = self.ctx.profile, self.today(), self.ctx.now()

        def read() -> TrialScreen | None:
            try:
                return trials.trial_screen(profile, trial_id, today, now)
            except NotFound:
                return None

        return read

    def use(self, detail: TrialDetail | None) -> None:
        """Make a trial read in a worker the one shown (None: none)."""
        self.trial_id = detail.id if detail else None
        self.detail = detail

    def notes_saved(self, notes: str) -> TrialDetail | None:
        """The trial shown once its notes are saved as ``notes``: its red flags judged again, without a read."""
        if self.detail is not None:
            self.detail = trials.with_notes(self.detail, notes, self.today())
        return self.detail

    def notes_changed(self, text: str) -> bool:
        """The notes typed differ from those stored (spaces at either end do not count)."""
        return self.detail is not None and text.strip() != (self.detail.notes or "").strip()

    # -- words
    @staticmethod
    def title_text(d: TrialDetail) -> str:
        return d.title or d.study.title

    def facts_text(self, d: TrialDetail) -> str:
        facts = [d.nct_id]
        if d.status:
            facts.append(status_label(d.status))
        if d.phases:
            facts.append(phase_label(list(d.phases)))
        if d.imported_at:
            facts.append(QCoreApplication.translate("TrialsPage", "record imported {date}").format(date=format_date(self.ctx.local(d.imported_at).date())))
        elif not d.has_record:
            facts.append(QCoreApplication.translate("TrialsPage", "no ClinicalTrials.gov record saved yet"))
        return " \u00b7 ".join(facts)

    @staticmethod
    def changed_text(d: TrialDetail) -> str:
        """The line saying the trial changed at the last import; "" when it did not."""
        count = len(d.last_changes)
        return QCoreApplication.translate("TrialsPage", "\u2139 This trial changed at the last import ({count} changes): see \u201cWhat changed\u201d.").format(
            count=count) if count else ""

    @staticmethod
    def prescreen_summary(items: list[PrescreenItem]) -> str:
        counts = summarise(items)
        if items:
            return QCoreApplication.translate("TrialsPage", "{fits} fit \u00b7 {conflicts} conflict \u00b7 {no_data} without recent "
                                                            "data \u00b7 {ask} to ask the trial team").format(
                fits=counts[PrescreenStatus.FITS], conflicts=counts[PrescreenStatus.CONFLICTS],
                no_data=counts[PrescreenStatus.NO_DATA], ask=counts[PrescreenStatus.ASK_TRIAL_TEAM])
        return QCoreApplication.translate("TrialsPage", "The record has no eligibility text; ask the trial team who can "
                                                        "take part.")

    @staticmethod
    def changes_intro(d: TrialDetail) -> str:
        if d.last_changes:
            return QCoreApplication.translate("TrialsPage", "What changed in the registry's record between the last two imports:")
        if d.has_record:
            return QCoreApplication.translate("TrialsPage", "Nothing changed at the last import. Import the trial's record again later "
                                                            "to see what changes.")
        return QCoreApplication.translate("TrialsPage", "No record has been imported for this trial yet.")

    @staticmethod
    def changes_tab_title(d: TrialDetail) -> str:
        count = len(d.last_changes)
        return (QCoreApplication.translate("TrialsPage", "&What changed ({count})").format(count=count) if count
                else QCoreApplication.translate("TrialsPage", "&What changed"))

    def questions_intro(self) -> str:
        """Where ticked questions go: the next appointment, or "Not planned yet" (read now)."""
        from careorganiser.services.appointments import next_appointment

        return self.questions_intro_for(next_appointment(self.ctx.profile, self.ctx.now()))

    def questions_intro_for(self, appointment: Appointment | None) -> str:
        """Where ticked questions go: ``appointment`` (the next one), or "Not planned yet" when None."""
        if appointment is not None:
            return QCoreApplication.translate("TrialsPage", "Tick the questions to ask. They go to the questions list, linked to this "
                                                            "trial, for the next appointment: {when}, {what}.").format(
                when=format_datetime(appointment.starts_at, self.ctx.zone), what=appointment.label)
        return QCoreApplication.translate("TrialsPage", "Tick the questions to ask. They go to the questions list, linked to this "
                                                        "trial, under \u201cNot planned yet\u201d (no appointment is planned).")

    @staticmethod
    def interest_saved_text(interest: str) -> str:
        return QCoreApplication.translate("TrialsPage", "Interest saved: {interest}.").format(interest=trials.interest_label(interest))

    @staticmethod
    def saving_text() -> str:
        return QCoreApplication.translate("TrialsPage", "Saving\u2026")

    @staticmethod
    def notes_saved_text() -> str:
        return QCoreApplication.translate("TrialsPage", "Notes saved.")

    @staticmethod
    def added_text(added: trials.AddedQuestions) -> str:
        count = len(added.question_ids)
        where = (QCoreApplication.translate("TrialsPage", "for the next appointment ({what})").format(what=added.appointment_label)
                 if added.appointment_id is not None else QCoreApplication.translate("TrialsPage", "under \u201cNot planned yet\u201d"))
        text = (QCoreApplication.translate("TrialsPage", "Added 1 question {where}; see Questions.") if count == 1
                else QCoreApplication.translate("TrialsPage", "Added {count} questions {where}; see Questions.")).format(count=count, where=where)
        if added.skipped:
            text += " " + QCoreApplication.translate("TrialsPage", "{count} were already in the list.").format(count=len(added.skipped))
        return text
