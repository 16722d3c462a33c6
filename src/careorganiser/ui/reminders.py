"""The reminder service: a thin Qt layer over ``services.reminders``.

A QTimer only wakes it up (every 30 seconds, when the application becomes active again, and when the
wall clock is seen to jump against the monotonic clock). Every decision is made against ``ctx.now()``
by :func:`careorganiser.services.reminders.check_reminders`, so sleep, resume and clock changes are
caught and nothing fires early or twice. Views listen to the signals; the tray (when there is one)
turns them into system notifications.

The first check writes the reminder state (through the ORM), so the application starts the service with
``check_now=False`` and runs that check just after the window's first paint (:meth:`ReminderService.check_pending`):
the window shows without waiting for SQLAlchemy, and "missed while closed" appears a moment later.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication

from careorganiser.services import reminders as svc
from careorganiser.services.base import ServiceError
from careorganiser.services.reminders import Announcement, DueDose, ReminderCheck
from careorganiser.services.today import DoseItem
from careorganiser.ui.context import AppContext
from careorganiser.ui.qt_values import set_enum

if TYPE_CHECKING:
    from PySide6.QtCore import QElapsedTimer

log = logging.getLogger(__name__)

WAKE_INTERVAL_MS = 30_000
#: The choices offered by Snooze (minutes); "custom" asks for a number.
SNOOZE_CHOICES = (10, 30, 60)


def snooze_label(minutes: int) -> str:
    if minutes % 60 == 0:
        hours = minutes // 60
        return QCoreApplication.translate("Reminders", "%n hour(s)", None, hours)
    return QCoreApplication.translate("Reminders", "{minutes} min").format(minutes=minutes)


class ReminderService(QObject):
    """Decides, at each wake-up, what to announce; one per :class:`AppContext` (see :meth:`for_context`)."""

    #: After every check, with the whole :class:`~careorganiser.services.reminders.ReminderCheck`.
    checked = Signal(object)
    #: A dose to announce now (once per announcement; never before its time).
    dose_due = Signal(object)
    #: An appointment, ride or refill reminder (once each).
    announced = Signal(object)
    #: Doses found missed while the app was closed or asleep (a list of DoseItem), when there are new ones.
    missed_while_closed = Signal(list)
    #: Doses listed as missed that are not missed after all: the clock jumped forward, then came back.
    missed_withdrawn = Signal(list)

    def __init__(self, ctx: AppContext, wake_interval_ms: int = WAKE_INTERVAL_MS) -> None:
        super().__init__(ctx)
        self.setObjectName("ReminderService")
        self.ctx = ctx
        self.wake_interval = timedelta(milliseconds=wake_interval_ms)
        self.last_result: ReminderCheck | None = None
        self._started = False
        self._stopped = False
        self._first_pending = False  # started without its first check: the next check is the starting one
        self._following_state = False  # connected to the application's state changes
        self._timer = QTimer(self)
        self._timer.setInterval(wake_interval_ms)
        set_enum(self._timer, "timerType", "CoarseTimer")
        self._timer.timeout.connect(self.on_timer_timeout)
        self._elapsed: QElapsedTimer | None = None  # made at the first check (after the first paint)
        self._wall_at_tick: datetime | None = None

    @classmethod
    def for_context(cls, ctx: AppContext) -> ReminderService:
        """The service of this context, made on first use (started only by :meth:`start`)."""
        found = ctx.findChild(ReminderService, "ReminderService")
        if isinstance(found, ReminderService):
            return found
        return cls(ctx)

    # ---- wake-ups ----------------------------------------------------------------------------------------

    def start(self, check_now: bool = True) -> ReminderCheck | None:
        """Start waking up, and check as an app that has just opened (missed while closed): at once, or with
        ``check_now=False`` at :meth:`check_pending` (after the first paint) or the first wake-up of the timer."""
        if self._started:
            return self.last_result
        self._started = True
        self._stopped = False
        self._timer.start()
        if not check_now:
            # The window becoming active leaves a pending first check waiting, so the application's state is
            # followed from that check on: its value (a Qt enum) is not needed before the first paint.
            self._first_pending = True
            return None
        self._follow_app_state()
        return self.check(starting=True)

    def _follow_app_state(self) -> None:
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication) and not self._following_state:
            app.applicationStateChanged.connect(self.on_application_state_changed)
            self._following_state = True

    @property
    def first_check_pending(self) -> bool:
        return self._first_pending

    def check_pending(self) -> ReminderCheck | None:
        """Run the first check now if it was left for later (see :meth:`start`); else nothing."""
        if not self._first_pending or not self._started:
            return None
        return self.check(starting=True)

    def stop(self) -> None:
        self._stopped = True
        self._timer.stop()
        app = QGuiApplication.instance()
        if self._following_state and isinstance(app, QGuiApplication):
            try:
                app.applicationStateChanged.disconnect(self.on_application_state_changed)
            except (RuntimeError, TypeError):
                pass
        self._following_state = False
        self._started = False

    @property
    def running(self) -> bool:
        return self._started and self._timer.isActive()

    def on_timer_timeout(self) -> None:
        self.check()

    def on_application_state_changed(self, state: QtCore.Qt.ApplicationState) -> None:
        # While the first check waits for the first paint, becoming active (as a window does when it is
        # first shown) leaves it waiting: the window paints first.
        if state == QtCore.Qt.ApplicationState.ApplicationActive and not self._first_pending:
            self.check()

    def clock_jumped(self, now: datetime) -> bool:
        """Whether the wall clock moved differently from the monotonic one since the last check
        (a clock change, or a sleep the monotonic clock did not count)."""
        if self._wall_at_tick is None or self._elapsed is None or not self._elapsed.isValid():
            return False
        wall = (now - self._wall_at_tick).total_seconds()
        mono = self._elapsed.elapsed() / 1000
        return abs(wall - mono) > max(60.0, self.wake_interval.total_seconds())

    # ---- the check ---------------------------------------------------------------------------------------

    def check(self, starting: bool = False) -> ReminderCheck | None:
        """Decide against ``ctx.now()`` and emit what is new. Safe to call at any time, any number of times."""
        if self._stopped and not starting:
            return None
        if self._first_pending:
            starting, self._first_pending = True, False
            self._follow_app_state()
        now = self.ctx.now()
        jumped = self.clock_jumped(now)
        try:
            result = svc.check_reminders(self.ctx.profile, now, wake_interval=self.wake_interval,
                                         starting=starting or jumped)
        except Exception as exc:  # the tick's last guard: a closed or busy profile must never take the app down
            log.warning("reminder check failed: %s", type(exc).__name__)  # the type only: no record text
            return None
        self._wall_at_tick = now
        if self._elapsed is None:
            from PySide6.QtCore import QElapsedTimer

            self._elapsed = QElapsedTimer()
        self._elapsed.restart()
        self.last_result = result
        for dose in result.notify:
            self.dose_due.emit(dose)
        for announcement in result.announcements:
            self.announced.emit(announcement)
        if result.newly_missed:
            self.missed_while_closed.emit(list(result.newly_missed))
        if result.withdrawn:
            self.missed_withdrawn.emit(list(result.withdrawn))
        self.checked.emit(result)
        return result

    # ---- answers -----------------------------------------------------------------------------------------

    def take(self, dose: DueDose | DoseItem) -> None:
        """Taken, as the one click of the tray menu means it: a past dose at its scheduled time, an early one now
        (as on the Today screen, whose menu also offers now and another time)."""
        now = self.ctx.now()
        taken_at = dose.scheduled_for if dose.scheduled_for <= now else now
        svc.take(self.ctx.profile, dose.medication_id, dose.scheduled_for, taken_at=taken_at, now=now)

    def skip(self, dose: DueDose | DoseItem) -> None:
        svc.skip(self.ctx.profile, dose.medication_id, dose.scheduled_for)

    def leave_missed(self, dose: DueDose | DoseItem) -> None:
        svc.leave_missed(self.ctx.profile, dose.medication_id, dose.scheduled_for)

    def snooze(self, dose: DueDose | DoseItem, minutes: int) -> datetime:
        return svc.snooze(self.ctx.profile, dose.medication_id, dose.scheduled_for, minutes, now=self.ctx.now())

    def due_now(self) -> list[DueDose]:
        try:
            return svc.due_doses(self.ctx.profile, self.ctx.now())
        except ServiceError:
            return []


__all__ = ["Announcement", "DueDose", "ReminderService", "SNOOZE_CHOICES", "snooze_label"]
