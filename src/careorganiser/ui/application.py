"""Start the desktop app: one QApplication, the profile picker (or --profile), then the main window."""

from __future__ import annotations

import argparse
import logging
import sys

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QFont, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QWidget

from careorganiser import APP_NAME, __version__, i18n
from careorganiser.resources import resource_path
from careorganiser.ui.context import app_settings

TEXT_SCALES = (85, 100, 115, 130, 150, 175, 200)
#: After the first paint, the ORM is loaded in idle time this much later, so the first click is quick.
WARM_UP_MS = 200

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    return QCoreApplication.translate("Application", text)


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("Care Organiser")
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    QGuiApplication.setDesktopFileName("org.careorganiser.CareOrganiser")
    icon = resource_path("icons", "careorganiser.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    install_translations(app)
    if not hasattr(app, "_base_point_size"):
        app._base_point_size = app.font().pointSizeF()  # type: ignore[attr-defined]
    apply_text_scale(app, text_scale())
    return app


def install_translations(app: QApplication) -> None:
    """Route the Qt-free layers' strings through Qt's translator, and load the catalogue for the locale."""
    from PySide6.QtCore import QLocale, QTranslator

    i18n.install(QCoreApplication.translate)
    translator = QTranslator(app)
    if translator.load(QLocale(), "careorganiser", "_", str(resource_path("translations"))):
        app.installTranslator(translator)


def text_scale() -> int:
    try:
        value = int(app_settings().value("view/text_scale", 100))
    except (TypeError, ValueError):
        value = 100
    return value if value in TEXT_SCALES else 100


def apply_text_scale(app: QApplication, percent: int) -> None:
    base = getattr(app, "_base_point_size", app.font().pointSizeF()) or 10.0
    font = QFont(app.font())
    font.setPointSizeF(base * percent / 100)
    app.setFont(font)
    for window in app.topLevelWidgets():  # children follow their window's font
        window.setFont(font)
    settings = app_settings()
    settings.setValue("view/text_scale", percent)
    settings.sync()


def step_text_scale(app: QApplication, direction: int) -> int:
    current = text_scale()
    i = TEXT_SCALES.index(current)
    if direction == 0:
        new = 100
    else:
        new = TEXT_SCALES[max(0, min(len(TEXT_SCALES) - 1, i + direction))]
    apply_text_scale(app, new)
    return new


class _FirstPaint(QObject):
    """Calls back once the watched widget has painted."""

    def __init__(self, widget: QWidget, callback: object) -> None:
        super().__init__(widget)
        self._callback = callback
        self._done = False
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._done and event.type() == QEvent.Type.Paint:
            self._done = True
            QTimer.singleShot(0, self._callback)  # type: ignore[arg-type]
        return False


class Controller(QObject):
    """Owns the windows: picker -> main window -> (switch profile) -> picker ..."""

    def __init__(self, app: QApplication, args: argparse.Namespace) -> None:
        super().__init__()
        self.app = app
        self.args = args
        self.window = None
        self.ctx = None
        self.hooks = None
        self.idle_watcher = None  # protected profiles only (ui.idle_lock)
        self.lock_screen = None

    def start(self) -> bool:
        from careorganiser.ui.profile_picker import open_with_prompt

        if getattr(self.args, "profile", None):
            profile = open_with_prompt(None, self.args.profile)
        else:
            profile = self.pick()
        if profile is None:
            return False
        self.open_main(profile)
        return True

    def pick(self) -> object:
        from careorganiser.ui.profile_picker import ProfilePicker

        picker = ProfilePicker()
        if getattr(self.args, "exit_when_ready", False):
            _FirstPaint(picker, lambda: picker.reject())
            picker.show()
        if picker.exec() and picker.chosen is not None:
            return picker.chosen
        return None

    def open_main(self, profile: object) -> None:
        from careorganiser.ui.context import AppContext
        from careorganiser.ui.main_window import MainWindow

        self.ctx = AppContext(profile)  # type: ignore[arg-type]
        window = MainWindow(self.ctx)
        self.window = window
        window.switch_profile_requested.connect(self.on_switch_profile)
        install_view_menu(self.app, window)
        from careorganiser.ui.tray import install_reminders

        # Reminder service, tray icon, close-to-tray, Preferences. Its first check writes through the ORM:
        # it runs just after the first paint, so the window shows before SQLAlchemy is even imported.
        hooks = install_reminders(window, self.ctx, check_now=False)
        self.hooks = hooks
        ctx = self.ctx
        _FirstPaint(window.page("today"), lambda: self.after_first_paint(ctx, hooks))
        window.show()
        self.idle_watcher = None
        if profile.info.encrypted:  # type: ignore[attr-defined]
            from careorganiser.ui.idle_lock import IdleWatcher

            self.idle_watcher = IdleWatcher(window, clock=lambda: ctx.now())
            self.idle_watcher.lock_requested.connect(self.lock)

    def lock(self, _why: str = "", _tries: int = 0) -> None:
        """Close the window and the profile, forget the passphrase, and show only the lock screen."""
        from careorganiser.ui import idle_lock
        from careorganiser.ui.privacy import profile_label

        window, ctx = self.window, self.ctx
        if window is None or ctx is None or self.lock_screen is not None:
            return
        from PySide6.QtWidgets import QApplication, QDialog

        modal = QApplication.activeModalWidget()
        if modal is not None and _tries < 5:
            # A form or question is open: close it (what was typed in it is dropped), let its caller return,
            # then lock. The records it would have saved were never saved, so nothing half-saved stays.
            if isinstance(modal, QDialog):
                modal.reject()
            else:
                modal.close()
            QTimer.singleShot(0, lambda: self.lock(_why, _tries + 1))
            return
        area = window.current_area()
        try:
            from careorganiser.services.privacy import upcoming_dose_times

            due = upcoming_dose_times(ctx.profile, ctx.now())
        except Exception:  # reminders while locked are a help; locking must not fail for them
            log.exception("reading the due times before locking failed")
            due = []
        if self.idle_watcher is not None:
            self.idle_watcher.stop()
            self.idle_watcher = None
        if self.hooks is not None:
            self.hooks.service.stop()
            if self.hooks.tray is not None:
                self.hooks.tray.icon.hide()
            self.hooks = None
        clock = ctx.now
        info = ctx.profile.info
        was_visible = window.isVisible()  # hidden to the tray: the lock screen waits in the tray too
        window.hide()
        window.deleteLater()
        ctx.close()
        ctx.profile.lock()
        self.window = self.ctx = None
        screen = idle_lock.LockScreen(info.name, profile_label(info), due, clock=lambda: clock())
        screen.unlocked.connect(lambda profile: self.on_unlocked(profile, area))
        self.lock_screen = screen
        if was_visible or screen.tray is None:
            screen.show()

    def on_unlocked(self, profile: object, area: str) -> None:
        screen = self.lock_screen
        self.lock_screen = None
        if screen is not None:
            screen.hide()
            screen.deleteLater()
        self.open_main(profile)
        if self.window is not None and area:
            self.window.show_area(area)

    def after_first_paint(self, ctx: object, hooks: object) -> None:
        if getattr(self.args, "exit_when_ready", False):
            self.app.exit(0)
            return
        if ctx is not self.ctx:  # switched profile meanwhile
            return
        from careorganiser.ui import caregivers

        caregivers.ask_at_start(self.window, ctx)  # type: ignore[arg-type]  # who's here, when there are caregivers
        try:
            hooks.service.check_pending()  # type: ignore[attr-defined]  # "missed while closed" shows now
        except RuntimeError:  # the window went away first
            return
        QTimer.singleShot(WARM_UP_MS, lambda: self.warm_up(ctx))

    def warm_up(self, ctx: object) -> None:
        """Load the ORM and the write paths in idle time, so the first Taken or Skip is quick."""
        if ctx is not self.ctx:
            return
        try:
            from sqlalchemy.orm import configure_mappers

            from careorganiser.services import doses  # noqa: F401  (Taken, Skip)
            from careorganiser.store import models  # noqa: F401

            ctx.profile.session_factory  # type: ignore[attr-defined]  # makes the engine
            configure_mappers()
        except Exception:  # only a head start: the first action does it otherwise
            log.exception("warming up the ORM failed")

    def on_switch_profile(self) -> None:
        old_window, old_ctx = self.window, self.ctx
        if old_window is not None:
            old_window.hide()
        profile = self.pick()
        if profile is None:
            if old_window is not None:
                old_window.show()
            return
        if old_window is not None:
            old_window.close()
            old_window.deleteLater()
        if old_ctx is not None:
            old_ctx.close()
        self.open_main(profile)

    def shutdown(self) -> None:
        if self.ctx is not None:
            self.ctx.close()


def install_view_menu(app: QApplication, window: object) -> None:
    from PySide6.QtGui import QAction, QKeySequence

    menu = window.view_menu  # type: ignore[attr-defined]
    for label, keys, direction in ((tr("&Larger text"), [QKeySequence.StandardKey.ZoomIn, "Ctrl+="], 1),
                                   (tr("&Smaller text"), [QKeySequence.StandardKey.ZoomOut], -1),
                                   (tr("&Normal text size"), ["Ctrl+0"], 0)):
        action = QAction(label, window)  # type: ignore[arg-type]
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.triggered.connect(lambda _c=False, d=direction: step_text_scale(app, d))
        menu.addAction(action)


def run(args: argparse.Namespace) -> int:
    app = make_application()
    controller = Controller(app, args)
    if not controller.start():
        return 0
    code = app.exec()
    controller.shutdown()
    return code
