"""What every screen is handed: the open profile, a change signal, the clock, the prompter and the settings."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Signal

from careorganiser.services.base import Change, bus_of
from careorganiser.store.profiles import Profile
from careorganiser.ui.prompter import Prompter, default_prompter
from careorganiser.ui.settings import app_settings


class AppContext(QObject):
    """Bridges the services' change notices to a Qt signal, so each view refreshes only what it shows."""

    changed = Signal(object)  # a services.base.Change
    #: The caregiver who is here changed (a contact id, or None): Today's handover follows it.
    caregiver_changed = Signal(object)
    _changed_in_worker = Signal(object)  # a change made by work in a worker thread (ui.worker)

    def __init__(self, profile: Profile, clock: Callable[[], datetime] | None = None,
                 parent: QObject | None = None, prompter: Prompter | None = None) -> None:
        super().__init__(parent)
        self.profile = profile
        #: Every modal question a screen puts to the person: ``ctx.prompter.confirm(...)`` and the like.
        self.prompter = prompter if prompter is not None else default_prompter()
        self._clock = clock or (lambda: datetime.now(UTC))
        self._unsubscribe = bus_of(profile).subscribe(self._relay)
        self._zone: ZoneInfo | None = None
        # Emitted only in a worker thread: the default connection queues it to this object's (the GUI) thread.
        self._changed_in_worker.connect(self._relay)

    def _relay(self, change: Change) -> None:
        from PySide6.QtCore import QThread  # here: its Python class is made on first use, after the first paint

        if QThread.currentThread() is not self.thread():  # views refresh on the GUI thread only
            self._changed_in_worker.emit(change)
            return
        if change.touches("settings"):
            self._zone = None
        self.changed.emit(change)

    def now(self) -> datetime:
        """The current instant (aware, UTC). Tests replace the clock to move time."""
        return self._clock()

    def set_clock(self, clock: Callable[[], datetime]) -> None:
        self._clock = clock

    @property
    def zone(self) -> ZoneInfo:
        if self._zone is None:
            from careorganiser.store.reads import profile_zone

            self._zone = profile_zone(self.profile.read())
        return self._zone

    def local(self, instant: datetime) -> datetime:
        return instant.astimezone(self.zone)

    def close(self) -> None:
        self._unsubscribe()
        self.profile.close()


__all__ = ["AppContext", "app_settings"]
