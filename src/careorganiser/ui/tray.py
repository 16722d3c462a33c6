"""Living in the tray: the system tray icon and its notifications, closing the window to the tray,
and the Preferences dialog (reminder timing, tray, start at login).

Without a system tray (offscreen, some desktops) there is no icon and closing the window quits as
usual; every reminder still shows inside the window. :func:`install_reminders` wires it all to a main
window: the application calls it once per window.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QMenu,
    QWidget,
)

from careorganiser.ui.locale_text import format_time
from careorganiser.services.base import ServiceError
from careorganiser.services.reminders import DueDose, ReminderCheck
from careorganiser.ui.context import AppContext, app_settings
from careorganiser.ui.prompter import Prompter, default_prompter
from careorganiser.ui.qt_values import after_first_paint
from careorganiser.ui.reminders import SNOOZE_CHOICES, ReminderService, snooze_label
from careorganiser.ui.tray_settings import keep_in_tray_choice, set_keep_in_tray, tray_available

if TYPE_CHECKING:
    from PySide6.QtWidgets import QSystemTrayIcon

TRAY_HINT_SHOWN_KEY = "tray/hint_shown"


def ask_keep_in_tray(parent: QWidget | None, prompter: Prompter) -> bool:
    """Ask once whether closing the window should keep the app running in the tray; remember the answer."""
    keep = prompter.confirm(
        parent, QCoreApplication.translate("Tray", "Keep reminders running?"),
        QCoreApplication.translate("Tray", "Care Organiser can keep running in the system tray when you close its window, so medication "
                                           "reminders still appear. You can quit from the tray icon's menu, and change this later under "
                                           "File \u2192 Preferences.\n\nKeep running in the tray when the window is closed?"),
        QCoreApplication.translate("Tray", "Keep running in the tray"))
    set_keep_in_tray(keep)
    return keep


def dose_message(doses: list[DueDose], zone: object) -> tuple[str, str]:
    """A notification's title and text for the doses announced by one check."""
    if len(doses) == 1:
        dose = doses[0]
        title = QCoreApplication.translate("Tray", "{name} is due").format(name=dose.name)
        text = QCoreApplication.translate("Tray", "{dose} at {time}.").format(dose=dose.dose or dose.name,
                                              time=format_time(dose.scheduled_for, zone))  # type: ignore[arg-type]
    else:
        title = QCoreApplication.translate("Tray", "{count} doses are due").format(count=len(doses))
        text = "\n".join(f"{format_time(d.scheduled_for, zone)}  {d.name}" + (f", {d.dose}" if d.dose else "")
                         for d in doses)  # type: ignore[arg-type]
    return title, text + "\n" + QCoreApplication.translate("Tray", "Taken, skip or snooze from the tray menu or the Today screen.")


class CloseToTray(QObject):
    """Turns the user's closing of the window (a spontaneous close) into hiding it in the tray, when a tray
    exists and the caregiver chose so (asked the first time). A close from the program (File > Quit,
    switching profile) always closes."""

    def __init__(self, window: QWidget, is_available: Callable[[], bool],
                 on_hidden: Callable[[], None] | None = None, prompter: Prompter | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.prompter = prompter if prompter is not None else default_prompter()
        self.is_available = is_available
        self.on_hidden = on_hidden
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close and event.spontaneous():
            assert isinstance(event, QCloseEvent)
            return self.handle_close(event)
        return False

    def handle_close(self, event: QCloseEvent) -> bool:
        """The user closes the window: True when it went to the tray instead (the event is ignored)."""
        if not self.is_available():
            return False
        keep = keep_in_tray_choice()
        if keep is None:
            keep = ask_keep_in_tray(self.window, self.prompter)
        if not keep:
            return False
        event.ignore()
        self.hide_to_tray()
        return True

    def hide_to_tray(self) -> None:
        QApplication.setQuitOnLastWindowClosed(False)  # a dialog closing while hidden must not quit the app
        self.window.hide()
        if self.on_hidden is not None:
            self.on_hidden()


class TrayIcon(QObject):
    """The tray icon: show the window, answer due doses (Taken / Skip / Snooze), quit; notifications."""

    def __init__(self, window: QMainWindow, ctx: AppContext, service: ReminderService) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        self.service = service
        from PySide6.QtGui import QIcon

        from careorganiser.ui.app_icon import set_window_icon

        set_window_icon()  # the tray shows the app's icon at once (set after the first paint otherwise)
        icon = QApplication.windowIcon()
        if icon.isNull():
            icon = QIcon.fromTheme("appointment-soon")
        from PySide6.QtWidgets import QSystemTrayIcon

        self.icon = QSystemTrayIcon(icon, self)
        from careorganiser.ui.privacy import profile_label  # "Protected profile 1" when chosen

        self.icon.setToolTip(QCoreApplication.translate("Tray", "Care Organiser \u2014 {name}").format(name=profile_label(ctx.profile.info)))
        self.menu = QMenu()
        self.menu.setAccessibleName(QCoreApplication.translate("Tray", "Care Organiser"))
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self.on_icon_activated)
        self.icon.messageClicked.connect(self.show_window)
        service.checked.connect(self.on_reminders_checked)
        ctx.changed.connect(lambda _change: self.rebuild_menu())
        self.rebuild_menu()
        self.icon.show()

    # ---- the menu ------------------------------------------------------------------------------------

    def rebuild_menu(self) -> None:
        from PySide6.QtGui import QAction  # its class is made with the tray, after the first paint

        self.menu.clear()
        show = QAction(QCoreApplication.translate("Tray", "Show Care Organiser"), self.menu)
        show.triggered.connect(self.show_window)
        self.menu.addAction(show)
        self.menu.addSeparator()
        due = self.service.due_now()
        if not due:
            nothing = QAction(QCoreApplication.translate("Tray", "Nothing due now"), self.menu)
            nothing.setEnabled(False)
            self.menu.addAction(nothing)
        for dose in due:
            label = f"{format_time(dose.scheduled_for, self.ctx.zone)}  {dose.name}"
            sub = self.menu.addMenu(label)
            for text, slot in ((QCoreApplication.translate("Tray", "Taken"), lambda _c=False, d=dose: self._answer(self.service.take, d)),
                               (QCoreApplication.translate("Tray", "Skip"), lambda _c=False, d=dose: self._answer(self.service.skip, d))):
                action = QAction(text, sub)
                action.triggered.connect(slot)
                sub.addAction(action)
            sub.addSeparator()
            for minutes in SNOOZE_CHOICES:
                action = QAction(QCoreApplication.translate("Tray", "Snooze {time}").format(time=snooze_label(minutes)), sub)
                action.triggered.connect(lambda _c=False, d=dose, n=minutes: self._answer(
                    lambda x: self.service.snooze(x, n), d))
                sub.addAction(action)
            other = QAction(QCoreApplication.translate("Tray", "Snooze for\u2026"), sub)
            other.triggered.connect(self.show_today)  # asking needs the window shown first
            sub.addAction(other)
        self.menu.addSeparator()
        quit_action = QAction(QCoreApplication.translate("Tray", "Quit Care Organiser"), self.menu)
        quit_action.triggered.connect(self.quit)
        self.menu.addAction(quit_action)

    def _answer(self, action: Callable[[DueDose], object], dose: DueDose) -> None:
        try:
            action(dose)
        except ServiceError as exc:
            self.show_window()
            self.ctx.prompter.warn(self.window, QCoreApplication.translate("Tray", "Not recorded"), str(exc))

    # ---- notifications -------------------------------------------------------------------------------

    def notify(self, title: str, text: str) -> None:
        from PySide6.QtWidgets import QSystemTrayIcon

        self.icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 30_000)

    def on_reminders_checked(self, result: ReminderCheck) -> None:
        self.rebuild_menu()
        messages: list[tuple[str, str]] = []
        if result.notify:
            messages.append(dose_message(result.notify, self.ctx.zone))
        if result.newly_missed:
            messages.append((QCoreApplication.translate("Tray", "Missed while closed"), QCoreApplication.translate("Tray",
                "{count} doses fell due while Care Organiser was closed. Open it to mark them taken or skipped.")
                .format(count=len(result.newly_missed))))
        for announcement in result.announcements:
            messages.append((announcement.title, announcement.text))
        if not messages:
            return
        if len(messages) == 1:
            self.notify(*messages[0])
        else:  # one notification for the lot: most desktops show only the last of several at once
            self.notify(messages[0][0], "\n\n".join(f"{t}\n{x}" if i else x for i, (t, x) in enumerate(messages)))

    # ---- the window ----------------------------------------------------------------------------------

    def on_icon_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        from PySide6.QtWidgets import QSystemTrayIcon

        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            closer = self._closer()
            if self.window.isVisible() and not self.window.isMinimized() and closer is not None:
                closer.hide_to_tray()
            else:
                self.show_window()

    def _closer(self) -> CloseToTray | None:
        return self.window.findChild(CloseToTray)

    def show_window(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()
        QApplication.setQuitOnLastWindowClosed(True)

    def show_today(self) -> None:
        self.show_window()
        show_area = getattr(self.window, "show_area", None)
        if callable(show_area):
            show_area("today")

    def quit(self) -> None:
        QApplication.setQuitOnLastWindowClosed(True)
        if not self.window.close():  # text typed and not saved: the person went back to it
            self.show_window()
            return
        self.icon.hide()
        QCoreApplication.quit()

    def first_hide_hint(self) -> None:
        settings = app_settings()
        if settings.value(TRAY_HINT_SHOWN_KEY):
            return
        settings.setValue(TRAY_HINT_SHOWN_KEY, "true")
        settings.sync()
        self.notify(QCoreApplication.translate("Tray", "Care Organiser is still running"),
                    QCoreApplication.translate("Tray", "Reminders will appear here. To quit, use this icon's menu."))


def open_preferences(parent: QWidget, ctx: AppContext) -> int:
    from careorganiser.ui.preferences import PreferencesDialog  # its module when first opened, not at start

    dialog = PreferencesDialog(ctx, parent)
    result = ctx.prompter.run_dialog(dialog)
    dialog.deleteLater()
    return result


class ReminderHooks(QObject):
    """What :func:`install_reminders` set up for one window."""

    def __init__(self, window: QMainWindow, ctx: AppContext) -> None:
        super().__init__(window)
        self.setObjectName("ReminderHooks")
        self.window = window
        self.ctx = ctx
        self.service = ReminderService.for_context(ctx)
        # The tray icon (the app's icon, its menu of due doses, the icon shown in the tray) is not part of the
        # window's first paint: made just after it when the desktop has a tray.
        self.tray: TrayIcon | None = None
        self.closer = CloseToTray(window, lambda: self.tray is not None, self._first_hide_hint, prompter=ctx.prompter)
        self.service.dose_due.connect(self.on_dose_due)
        window.installEventFilter(self)
        after_first_paint(window, self._make_tray)

    def _make_tray(self) -> None:
        if self.tray is None and tray_available():
            self.tray = TrayIcon(self.window, self.ctx, self.service)

    def _first_hide_hint(self) -> None:
        if self.tray is not None:
            self.tray.first_hide_hint()

    def on_dose_due(self, _dose: DueDose) -> None:
        if self.tray is None:
            QApplication.alert(self.window, 0)  # no tray: ask for attention on the task bar, calmly

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            QTimer.singleShot(0, self._after_close)
        return False

    def _after_close(self) -> None:
        if not self.window.isVisible() and QApplication.quitOnLastWindowClosed():
            self.service.stop()
            if self.tray is not None:
                self.tray.icon.hide()


def _add_preferences_action(window: QMainWindow, ctx: AppContext) -> None:
    menu = getattr(window, "file_menu", None)
    if not isinstance(menu, QMenu):
        return
    from PySide6.QtGui import QAction

    from careorganiser.ui.qt_values import new_action

    action = new_action(QCoreApplication.translate("Tray", "&Preferences\u2026"), window)
    action.setObjectName("PreferencesAction")
    action.setMenuRole(QAction.MenuRole.PreferencesRole)
    action.triggered.connect(lambda _checked=False: open_preferences(window, ctx))
    separators = [a for a in menu.actions() if a.isSeparator()]
    if separators:
        menu.insertAction(separators[-1], action)
    else:
        menu.addAction(action)


def install_reminders(window: QMainWindow, ctx: AppContext, check_now: bool = True) -> ReminderHooks:
    """Start the reminder service for this window, with a tray icon when there is a tray, closing to the
    tray when chosen, and File > Preferences. ``check_now=False``: the first check waits for
    ``hooks.service.check_pending()`` (the application calls it after the first paint) or the first wake-up."""
    hooks = ReminderHooks(window, ctx)
    after_first_paint(window, lambda: _add_preferences_action(window, ctx))  # after the File menu's entries
    hooks.service.start(check_now=check_now)
    return hooks


__all__ = ["CloseToTray", "ReminderHooks", "TrayIcon", "install_reminders", "open_preferences",
           "tray_available"]
