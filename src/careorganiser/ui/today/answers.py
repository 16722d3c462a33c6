"""Answering doses from the Today page: Taken (at the scheduled time, now, or a time typed), Skip (with a
reason), Leave as missed, Undo, Snooze. Each answer is saved through the services; the dose keeps its row
with an Undo for a while (the controller remembers it) and the undo bar at the foot of the page offers it
too. The questions (a time, a reason, minutes) go through the app's prompter, parented to the page."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QWidget

from careorganiser.domain.enums import DoseStatus
from careorganiser.services.base import ServiceError, ValidationError
from careorganiser.services.reminders import DueDose
from careorganiser.services.today import DoseItem
from careorganiser.store.errors import SaveFailed
from careorganiser.ui.context import AppContext
from careorganiser.ui.dose_text import dose_words, object_key
from careorganiser.ui.reminders import ReminderService
from careorganiser.ui.today import text
from careorganiser.ui.today.controller import (
    TodayController,
    TodayData,
    snooze_minutes,
    typed_taken_at,
)
from careorganiser.ui.widgets.due_now import (
    OTHER_REASON,
    TAKE_NOW,
    TAKE_SCHEDULED,
    Place,
)
from careorganiser.ui.widgets.undo_bar import UndoBar

# A dose answered from a list keeps its row, with an Undo, this long after the last answer (or until
# the user leaves the page), so that rows never move under the pointer while the user works down the list.
KEEP_ANSWERED_SECONDS = 300


class AnsweringPage(Protocol):
    """What the answers need of the Today page."""

    ctx: AppContext
    controller: TodayController
    undo_bar: UndoBar
    reminders: ReminderService

    def show_data(self, data: TodayData) -> None: ...
    def warn(self, title: str, exc: Exception) -> None: ...
    def run(self, action: Callable[[], object]) -> bool: ...
    def refresh_when_shown(self) -> None: ...


class DoseAnswers(QObject):
    """The page's dose answers: ``page`` shows the day; ``widget`` (the page) is where questions are asked."""

    def __init__(self, page: AnsweringPage, widget: QWidget) -> None:
        super().__init__(widget)
        self.page = page
        self.widget = widget
        self.ctx = page.ctx
        self.controller = page.controller
        self.keep_timer = QTimer(self)
        self.keep_timer.setSingleShot(True)
        self.keep_timer.timeout.connect(self.on_keep_timeout)

    def _warn(self, title: str, exc: Exception) -> None:
        self.page.warn(title, exc)

    def _show(self) -> None:
        if self.controller.data is not None:
            self.page.show_data(self.controller.data)

    def _answer(self, dose: DueDose | DoseItem, where: str, status: str, state: str,
                taken_at: datetime | None = None, note: str = "") -> bool:
        """Record an answer to a dose, keep its row in place with an Undo, and offer Undo at the foot."""
        key = object_key(dose)
        # Known before the change is announced, so the refresh it causes keeps the row already.
        previous = self.controller.hold(key, dose, where, state)
        from careorganiser.services import (
            doses as doses_svc,  # loads the ORM: not before the first paint
        )

        try:
            mark = doses_svc.mark_dose(self.ctx.profile, dose.medication_id, dose.scheduled_for, status,
                                       taken_at=taken_at, note=note)
        except (ServiceError, SaveFailed) as exc:  # a full disk too: the row goes back as it was
            self.controller.settle(key, previous, None)
            self._warn(QCoreApplication.translate("TodayPage", "Not recorded"), exc)
            self._show()
            return False
        self.controller.settle(key, previous, mark)
        self.keep_timer.start(KEEP_ANSWERED_SECONDS * 1000)
        self.page.undo_bar.offer(text.answered_text(dose, state, self.ctx.zone),
                            lambda d=dose: self.on_undo_requested(d), KEEP_ANSWERED_SECONDS)
        self._show()  # the change the mark announced has read the doses again already
        return True

    def taken_time(self, dose: DueDose | DoseItem, how: str) -> datetime | None:
        """When a dose was taken, by the choice made on its Taken button; None when the user gave up."""
        now = self.ctx.now()
        if how == TAKE_SCHEDULED:
            return dose.scheduled_for
        if how == TAKE_NOW:
            return now
        zone = self.ctx.zone
        question, start = text.taken_at_question(dose, now, zone)
        typed = self.ctx.prompter.ask_text(
            self.widget, QCoreApplication.translate("TodayPage", "Taken at another time"), question, start)
        if typed is None:
            return None
        try:
            return typed_taken_at(dose.scheduled_for, typed, now, zone)
        except ValidationError as exc:
            self.ctx.prompter.warn(self.widget, QCoreApplication.translate("TodayPage", "Not recorded"), exc.message)
            return None

    def on_take_requested(self, dose: DueDose | DoseItem, how: str = TAKE_NOW, where: str = Place.LIST) -> None:
        taken_at = self.taken_time(dose, how)
        if taken_at is None:
            return
        self._answer(dose, where, DoseStatus.TAKEN, text.taken_state(taken_at, self.ctx.zone), taken_at=taken_at)

    def on_skip_requested(self, dose: DueDose | DoseItem, reason: str | None = "", where: str = Place.LIST) -> None:
        if reason is OTHER_REASON:
            reason = self.ctx.prompter.ask_text(self.widget, QCoreApplication.translate("TodayPage", "Reason for skipping"), QCoreApplication.translate("TodayPage", "Why was {what} skipped?").format(
                what=dose_words(dose)))
            if reason is None:
                return
        reason = " ".join(reason.split())
        self._answer(dose, where, DoseStatus.SKIPPED, text.skipped_state(reason), note=reason)

    def on_leave_missed_requested(self, dose: DueDose | DoseItem) -> None:
        self._answer(dose, Place.MISSED, DoseStatus.MISSED, QCoreApplication.translate("TodayPage", "Left as missed"))

    def on_undo_requested(self, dose: DueDose | DoseItem) -> None:
        """Put the dose back as it was before it was answered here; the stock follows."""
        mark = self.controller.take_back(object_key(dose))
        if mark is None:
            return
        self.page.undo_bar.hide()
        from careorganiser.services import doses as doses_svc

        try:
            doses_svc.undo_mark(self.ctx.profile, mark)
        except ServiceError as exc:
            self.ctx.prompter.warn(self.widget, QCoreApplication.translate("TodayPage", "Not undone"), str(exc))
        self._show()  # the undo's change has read the doses again (a refusal: shown as it was)

    def on_keep_timeout(self) -> None:
        self.forget_answered()

    def forget_answered(self) -> None:
        """Answered doses give up their kept rows (their records stay; the history can still change them)."""
        if self.controller.forget():
            self.page.refresh_when_shown()


    def on_snooze_requested(self, dose: DueDose | DoseItem, minutes: int) -> None:
        if minutes <= 0:
            typed = self.ctx.prompter.ask_text(self.widget, QCoreApplication.translate("TodayPage", "Snooze"), QCoreApplication.translate("TodayPage", "Remind again about {what} in how many minutes?").format(
                what=dose.name), "15")
            if typed is None:
                return
            try:
                minutes = snooze_minutes(typed)
            except ValueError as exc:
                self.ctx.prompter.warn(self.widget, QCoreApplication.translate("TodayPage", "Snooze"), str(exc))
                return
        self.page.run(lambda: self.page.reminders.snooze(dose, minutes))

