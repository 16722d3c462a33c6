"""The idle lock of a protected profile: after some minutes without input, on Ctrl+L, and when the system
says the screen locks or the computer goes to sleep.

Locking closes the main window and the profile (no decrypted connection stays open, the passphrase is
forgotten) and shows only a lock screen with the profile's name. While locked, reminders still say that a
dose is due -- from the due times read just before locking, with no medication named. The passphrase
reopens the profile at the area that was showing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from careorganiser.ui.context import app_settings
from careorganiser.ui.widgets.field_errors import ERROR_STYLE

log = logging.getLogger(__name__)

LOCK_MINUTES_KEY = "privacy/lock_minutes"
DEFAULT_LOCK_MINUTES = 5
#: How often the idle time and the locked reminders are looked at (a wake-up; the clock decides).
CHECK_INTERVAL_MS = 15_000
_INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin, QEvent.Type.TabletPress,
})


def lock_minutes() -> int:
    """Minutes without input before a protected profile locks; 0 means never (only by the person's choice)."""
    try:
        value = int(app_settings().value(LOCK_MINUTES_KEY, DEFAULT_LOCK_MINUTES))
    except (TypeError, ValueError):
        return DEFAULT_LOCK_MINUTES
    return max(0, min(value, 24 * 60))


def set_lock_minutes(minutes: int) -> None:
    settings = app_settings()
    settings.setValue(LOCK_MINUTES_KEY, max(0, min(int(minutes), 24 * 60)))
    settings.sync()


class IdleWatcher(QObject):
    """Asks for a lock (``lock_requested``) after ``lock_minutes()`` without input, on Ctrl+L, and when the
    system reports a screen lock or sleep. ``clock`` gives the current instant (tests move it)."""

    lock_requested = Signal(str)  # why: "idle", "shortcut", "screen", "sleep"

    def __init__(self, window: QWidget, clock: Callable[[], datetime] | None = None) -> None:
        super().__init__(window)
        self.setObjectName("IdleWatcher")
        self._clock = clock or (lambda: datetime.now(UTC))
        self.last_input = self._clock()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
            QGuiApplication.instance().applicationStateChanged.connect(self.on_application_state_changed)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        self.action = QAction(QCoreApplication.translate("IdleLock", "&Lock now"), window)
        self.action.setObjectName("LockAction")
        self.action.setShortcut(QKeySequence("Ctrl+L"))
        self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.action.triggered.connect(lambda _checked=False: self.lock_requested.emit("shortcut"))
        window.addAction(self.action)
        menu = getattr(window, "file_menu", None)
        if menu is not None:
            separators = [a for a in menu.actions() if a.isSeparator()]
            menu.insertAction(separators[-1], self.action) if separators else menu.addAction(self.action)
        self._listen_to_the_system()

    def set_clock(self, clock: Callable[[], datetime]) -> None:
        self._clock = clock

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS:
            self.last_input = self._clock()
        return False

    def idle_for(self) -> timedelta:
        return self._clock() - self.last_input

    def check(self) -> bool:
        """Request a lock when the idle time has run out; True when it did."""
        minutes = lock_minutes()
        if minutes and self.idle_for() >= timedelta(minutes=minutes):
            self.lock_requested.emit("idle")
            return True
        return False

    def on_application_state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationSuspended:  # the system is suspending the app
            self.lock_requested.emit("sleep")

    @Slot(bool)
    def on_screensaver_active_changed(self, active: bool) -> None:
        if active:
            self.lock_requested.emit("screen")

    @Slot(bool)
    def on_prepare_for_sleep(self, going: bool) -> None:
        if going:
            self.lock_requested.emit("sleep")

    def _listen_to_the_system(self) -> None:
        """Where the desktop has D-Bus: the screen saver's lock and logind's sleep signal."""
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:
            return
        try:
            session = QDBusConnection.sessionBus()
            if session.isConnected():
                for service, path in (("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"),
                                      ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver")):
                    session.connect(service, path, service, "ActiveChanged", self,
                                    "on_screensaver_active_changed(bool)")
            system = QDBusConnection.systemBus()
            if system.isConnected():
                system.connect("org.freedesktop.login1", "/org/freedesktop/login1",
                               "org.freedesktop.login1.Manager", "PrepareForSleep", self, "on_prepare_for_sleep(bool)")
        except (RuntimeError, TypeError) as exc:  # a bus that refuses the slot: Ctrl+L and the idle time remain
            log.info("listening to the desktop's lock and sleep failed: %s", type(exc).__name__)
            return

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
            try:
                QGuiApplication.instance().applicationStateChanged.disconnect(self.on_application_state_changed)
            except (RuntimeError, TypeError):
                pass


class LockScreen(QWidget):
    """All a locked profile shows: its name, a passphrase field, and (when one is due) "a dose is due"."""

    unlocked = Signal(object)  # the reopened Profile

    def __init__(self, profile_name: str, label: str, due_times: list[datetime],
                 clock: Callable[[], datetime] | None = None) -> None:
        super().__init__()
        self.setObjectName("LockScreen")
        self.profile_name = profile_name
        self.label = label
        self._clock = clock or (lambda: datetime.now(UTC))
        self.due_times = sorted(due_times)
        self._announced: set[datetime] = set()
        # Ending with the application's display name, as the main window's title does: Qt adds it to a title
        # that does not end with it ("Care Organiser — locked — Care Organiser").
        self.setWindowTitle(QCoreApplication.translate("IdleLock", "Locked \u2014 Care Organiser"))
        self.resize(520, 320)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        heading = QLabel("<h2>" + QCoreApplication.translate("IdleLock", "Locked") + "</h2>")
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(heading)
        self.name_label = QLabel(QCoreApplication.translate("IdleLock", "Profile: {name}").format(name=label))
        self.name_label.setObjectName("LockedProfile")
        self.name_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.name_label)
        self.reminder_label = QLabel()
        self.reminder_label.setObjectName("LockedReminder")
        self.reminder_label.setWordWrap(True)
        self.reminder_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.reminder_label.setStyleSheet("font-weight: bold")
        self.reminder_label.hide()
        layout.addWidget(self.reminder_label)
        row = QHBoxLayout()
        self.pass_edit = QLineEdit()
        self.pass_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pass_edit.setAccessibleName(QCoreApplication.translate("IdleLock", "Passphrase"))
        self.pass_edit.setPlaceholderText(QCoreApplication.translate("IdleLock", "Passphrase"))
        self.pass_edit.returnPressed.connect(self.on_unlock_clicked)
        self.unlock_button = QPushButton(QCoreApplication.translate("IdleLock", "&Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.on_unlock_clicked)
        row.addWidget(self.pass_edit, 1)
        row.addWidget(self.unlock_button)
        layout.addLayout(row)
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(QApplication.windowIcon(), self)
            self.tray.setToolTip(QCoreApplication.translate("IdleLock", "Care Organiser (locked)"))
            self.tray.activated.connect(lambda _reason: (self.showNormal(), self.activateWindow()))
            menu = QMenu(self)
            menu.addAction(QCoreApplication.translate("IdleLock", "&Unlock\u2026"), lambda: (self.showNormal(), self.activateWindow()))
            menu.addAction(QCoreApplication.translate("IdleLock", "&Quit"), QApplication.quit)
            self.tray.setContextMenu(menu)
            self.tray.show()
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check_reminders)
        self.timer.start()
        self.check_reminders()

    def set_clock(self, clock: Callable[[], datetime]) -> None:
        self._clock = clock

    def reminder_text(self) -> str:
        """No medication, no person: only that a dose is due, and in which profile (its label)."""
        return QCoreApplication.translate("IdleLock", "A dose is due for the person in \u201c{profile}\u201d \u2014 unlock to see.").format(
            profile=self.label)

    def check_reminders(self) -> bool:
        """Say "a dose is due" (no details) when a due time read before locking has come; True if it did."""
        now = self._clock()
        fresh = [t for t in self.due_times if t <= now and t not in self._announced]
        if not fresh:
            return False
        self._announced.update(fresh)
        self.reminder_label.setText(self.reminder_text())
        self.reminder_label.show()
        if self.tray is not None:
            self.tray.showMessage(QCoreApplication.translate("IdleLock", "Care Organiser"), self.reminder_text())
        else:
            QApplication.alert(self, 0)
        return True

    def on_unlock_clicked(self) -> None:
        from careorganiser.store import profiles
        from careorganiser.store.profiles import ProfileError, WrongPassphrase
        from careorganiser.ui.profile_open import _attempts, wait_before_attempt

        passphrase = self.pass_edit.text()
        if not passphrase:
            self.error_label.setText(QCoreApplication.translate("IdleLock", "Type the passphrase to unlock."))
            return
        try:
            key = str(profiles.find_profile(self.profile_name).path)
        except ProfileError as exc:
            self.error_label.setText(str(exc))
            return
        wait_before_attempt(key)
        try:
            profile = profiles.open_profile(self.profile_name, passphrase, check_search_index=False)  # the rest after the paint
        except WrongPassphrase as exc:
            wait = _attempts(key).failed()  # type: ignore[attr-defined]
            text = str(exc)
            if wait >= 1:
                text += " " + QCoreApplication.translate("IdleLock", "Please wait {n} seconds before the next try.").format(n=round(wait))
            self.error_label.setText(text)
            self.pass_edit.selectAll()
            return
        except ProfileError as exc:
            self.error_label.setText(str(exc))
            return
        finally:
            self.pass_edit.clear()
        _attempts(key).succeeded()  # type: ignore[attr-defined]
        self.timer.stop()
        if self.tray is not None:
            self.tray.hide()
        self.unlocked.emit(profile)
