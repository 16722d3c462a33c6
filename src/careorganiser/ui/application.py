"""Start the desktop app: one QApplication, the profile picker (or --profile), then the main window."""

from __future__ import annotations

import gc
import logging
import sys
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from careorganiser import APP_NAME, __version__
from careorganiser.ui import qt_values
from careorganiser.ui.app_icon import set_window_icon
from careorganiser.ui.context import app_settings
from careorganiser.ui.prompter import Prompter, default_prompter
from careorganiser.ui.worker import resume_after_start

if TYPE_CHECKING:
    import argparse

TEXT_SCALES = (85, 100, 115, 130, 150, 175, 200)
#: After the first reminder check, the rest of the write path is made ready this much later, in idle time.
WARM_UP_MS = 200
#: How long opening a profile waits for a command that is writing it (seconds); the GUI waits meanwhile.
CLAIM_WAIT_SECONDS = 2.0

log = logging.getLogger(__name__)


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("Care Organiser")
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    QGuiApplication.setDesktopFileName("org.careorganiser.CareOrganiser")
    # The window icon is set after the first paint, or before an earlier window (app_icon.set_window_icon).
    install_translations(app)
    if not hasattr(app, "_base_point_size"):
        app._base_point_size = app.font().pointSizeF()  # type: ignore[attr-defined]
    apply_text_scale(app, text_scale(), remember=False)
    return app


def install_translations(app: QApplication) -> None:
    """Qt's translators for the chosen (else the system's) language; the Qt-free layers use them too."""
    from careorganiser.ui.language import install_translations as install

    install(app)


def text_scale() -> int:
    try:
        value = int(app_settings().value("view/text_scale", 100))
    except (TypeError, ValueError):
        value = 100
    return value if value in TEXT_SCALES else 100


def apply_text_scale(app: QApplication, percent: int, remember: bool = True) -> None:
    """Set the text size to ``percent`` of the system's; ``remember`` it for the next start (not needed when
    it was just read from the settings)."""
    if not hasattr(app, "_base_point_size"):  # the size the text scale is a percentage of, kept once
        app._base_point_size = app.font().pointSizeF()  # type: ignore[attr-defined]
    base = app._base_point_size or 10.0  # type: ignore[attr-defined]
    font = QFont(app.font())
    font.setPointSizeF(base * percent / 100)
    app.setFont(font)
    for window in app.topLevelWidgets():  # children follow their window's font
        window.setFont(font)
    # ...except those with a style sheet of their own (and their children): Qt takes their font once, so they
    # are styled again to take the new size. PySide makes a Python object for each widget of Qt's list one
    # by one; a garbage collection meanwhile could delete a widget further down the list (one kept alive only
    # by a Python cycle), so the list is read with the collector paused (a test process crashed once here).
    collecting = gc.isenabled()
    gc.disable()
    try:
        styled = [widget for widget in app.allWidgets() if widget.styleSheet()]
    finally:
        if collecting:
            gc.enable()
    for widget in styled:
        widget.setStyleSheet(widget.styleSheet())
    if not remember:
        return
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


def load_orm() -> None:
    """Import SQLAlchemy and the models and configure the mappers: what the first write needs.

    Run in a worker just after the first paint (:class:`OrmLoader`), so the window keeps answering while it
    loads (several hundred milliseconds of imports). A user action on the GUI thread meanwhile waits for a
    module being loaded instead of loading it twice.
    """
    import sqlalchemy.dialects.sqlite  # noqa: F401  (what creating the engine imports)
    from sqlalchemy.orm import configure_mappers

    from careorganiser.services import doses  # noqa: F401  (Taken, Skip)
    from careorganiser.store import engine, history, models  # noqa: F401

    configure_mappers()


def build_qt_enums() -> None:
    """Build Qt's namespace of enums (ui.qt_values) in idle time, not at the first key press or page."""
    from PySide6 import QtCore

    QtCore.Qt.AlignmentFlag  # noqa: B018


class OrmLoader(QObject):
    """Runs :func:`load_orm` in a worker thread; ``loaded`` is emitted on the GUI thread when it is done
    (also when it failed: the first write then imports what it needs itself and reports any failure).

    Given a profile, it first runs the rest of its check on open (``profiles.check_after_open``: the search
    index's own check, left out before the first paint); ``damaged`` carries the ProfileDamaged it raised."""

    loaded = Signal()
    damaged = Signal(object)  # a store.errors.ProfileDamaged

    def __init__(self, parent: QObject | None = None, profile: object = None) -> None:
        super().__init__(parent)
        self._profile = profile

    def start(self) -> None:
        threading.Thread(target=self._run, name="load-orm", daemon=True).start()

    def _run(self) -> None:
        if self._profile is not None:
            self._check()
        try:
            load_orm()
        except Exception as exc:  # a worker's last guard, only a head start: the first write loads what it needs
            log.warning("loading the ORM in the background failed: %s", type(exc).__name__)
        try:
            self.loaded.emit()  # queued to the GUI thread, where this object lives
        except RuntimeError:  # the app closed meanwhile: nobody waits for it
            pass

    def _check(self) -> None:
        import sqlcipher3.dbapi2 as sqlcipher

        from careorganiser.store import profiles
        from careorganiser.store.errors import ProfileDamaged, UserError

        try:
            profiles.check_after_open(self._profile)  # type: ignore[arg-type]
        except ProfileDamaged as exc:
            try:
                self.damaged.emit(exc)
            except RuntimeError:  # the app closed meanwhile
                pass
        except (UserError, OSError, sqlcipher.DatabaseError) as exc:  # not damage (a passphrase changed, a disk): logged
            log.warning("the check after opening the profile failed: %s", type(exc).__name__)


class Controller(QObject):
    """Owns the windows: picker -> main window -> (switch profile) -> picker ..."""

    def __init__(self, app: QApplication, args: argparse.Namespace, prompter: Prompter | None = None) -> None:
        super().__init__()
        self.app = app
        self.args = args
        #: Asks the person; handed to every window and context this controller makes.
        self.prompter = prompter if prompter is not None else default_prompter()
        self.window = None
        self.ctx = None
        self.hooks = None
        self.idle_watcher = None  # protected profiles only (ui.idle_lock)
        self.lock_screen = None
        #: Text typed and not saved when the window last closed for a lock or a restore: (profile file, drafts).
        self._drafts: tuple[object, dict] | None = None
        self._search_kept: tuple[object, str] | None = None  # the search box's text across the idle lock
        #: Forms the lock closed with text typed in them (told about after the passphrase), and the profile
        #: the prompter's kept forms belong to.
        self._forms_closed: list = []
        self._forms_profile: object = None
        #: Starts answering later launches (``SingleInstance.listen``): once a window is up, not before.
        self.start_listening: Callable[[], object] = lambda: None

    def start(self) -> bool:
        from careorganiser.ui.profile_open import open_with_prompt

        if getattr(self.args, "profile", None):
            # a passphrase given on standard input is tried first, once; a wrong one asks as usual
            first_try, self.args.passphrase = getattr(self.args, "passphrase", None), None
            profile = open_with_prompt(None, self.args.profile, self.prompter, first_try=first_try)
        else:
            profile = self.pick()
        while profile is not None and not self.claim(profile):
            profile = self.pick()
        if profile is None:
            return False
        self.open_main(profile)
        return True

    def claim(self, profile: object) -> bool:
        """Hold the profile's writer lock while the window has it; refused while a command writes it."""
        from careorganiser.services.base import ServiceError
        from careorganiser.store.errors import ProfileInUse
        from careorganiser.ui.worker import run_and_wait

        try:
            try:  # free, as at almost every start: taken at once on this thread (a worker cost ~15 ms of handover)
                profile.hold_writer(kind="app", wait=0)  # type: ignore[attr-defined]
            except ProfileInUse:  # a command writes it: the wait runs in a worker, the window keeps painting
                run_and_wait(lambda: profile.hold_writer(kind="app", wait=CLAIM_WAIT_SECONDS))  # type: ignore[attr-defined]
        except ServiceError as exc:
            profile.close()  # type: ignore[attr-defined]
            self.prompter.warn(self.window, QCoreApplication.translate("Application", "Profile in use"), str(exc))
            return False
        return True

    def on_launched_again(self, request: dict) -> None:
        """Another launch of the app: bring this window forward, and offer to switch to the profile it asked for."""
        from careorganiser.ui.profile_open import open_with_prompt

        window = self.window
        if window is None:
            return
        window.showNormal()  # type: ignore[attr-defined]
        window.raise_()  # type: ignore[attr-defined]
        window.activateWindow()  # type: ignore[attr-defined]
        wanted = request.get("profile")
        current = self.ctx.profile.name if self.ctx is not None else None  # type: ignore[attr-defined]
        if not wanted or (current is not None and wanted.casefold() == current.casefold()):
            return
        if not self.prompter.confirm(window, QCoreApplication.translate("Application", "Switch profile"), QCoreApplication.translate("Application",
                "Care Organiser was started again for \u201c{name}\u201d. Close \u201c{current}\u201d and "
                "switch to it?").format(name=wanted, current=current), QCoreApplication.translate("Application", "Switch")):
            return
        profile = open_with_prompt(window, wanted, self.prompter)  # type: ignore[arg-type]
        if profile is None or not self.claim(profile):
            return
        self.replace_main(profile)

    def replace_main(self, profile: object) -> None:
        old_window, old_ctx = self.window, self.ctx
        if old_window is not None:
            old_window.close()
            old_window.deleteLater()
        if old_ctx is not None:
            old_ctx.close()
        self.open_main(profile)

    def pick(self) -> object:
        from careorganiser.ui.profile_picker import ProfilePicker

        picker = ProfilePicker(prompter=self.prompter)
        set_window_icon()
        self.start_listening()
        if getattr(self.args, "exit_when_ready", False):
            _FirstPaint(picker, lambda: picker.reject())
            picker.show()
        else:
            resume_after_start()  # the start is over once the person is asked (app.main paused the collector)
        if picker.exec() and picker.chosen is not None:
            return picker.chosen
        return None

    def open_main(self, profile: object) -> None:
        from careorganiser.ui.context import AppContext
        from careorganiser.ui.main_window import MainWindow

        if getattr(profile, "info", None) is None or profile.info.path != self._forms_profile:  # type: ignore[attr-defined]
            self.prompter.kept_forms().clear()  # forms typed for another profile never fill this one's in
        self._forms_profile = getattr(getattr(profile, "info", None), "path", None)
        self.ctx = AppContext(profile, prompter=self.prompter)  # type: ignore[arg-type]
        self.changed = False
        self.ctx.changed.connect(self.on_ctx_changed)
        window = MainWindow(self.ctx)
        self.window = window
        window.switch_profile_requested.connect(self.on_switch_profile)
        window.reopen_requested.connect(self.on_reopen_requested)
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
            # After the first paint: the idle lock's module names Qt's enums (8% of the start) and asks D-Bus.
            qt_values.after_first_paint(window, lambda: self.watch_idle(window, ctx))

    def watch_idle(self, window: object, ctx: object) -> None:
        """Lock a protected profile after the idle time, on Ctrl+L and when the screen locks or the computer
        sleeps (File > Lock now)."""
        if window is not self.window or self.idle_watcher is not None:
            return
        from careorganiser.ui.idle_lock import IdleWatcher

        self.idle_watcher = IdleWatcher(window, clock=lambda: ctx.now())  # type: ignore[arg-type, attr-defined]
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
            # A form or question is open: close it, let its caller return, then lock. The records it would have
            # saved were never saved, so nothing half-saved stays; what was typed in it is kept in memory and
            # fills the same form in when it is opened again after the passphrase.
            if isinstance(modal, QDialog):
                from careorganiser.ui import form_draft

                draft = form_draft.taken(modal)
                if draft is not None:
                    self.prompter.kept_forms().append(draft)
                    self._forms_closed.append(draft)
                modal.reject()
            else:
                modal.close()
            QTimer.singleShot(0, lambda: self.lock(_why, _tries + 1))
            return
        area = window.current_area()
        try:
            from careorganiser.services.privacy import upcoming_dose_times

            due = upcoming_dose_times(ctx.profile, ctx.now())
        except Exception as exc:  # a last guard: reminders while locked are a help, locking must not fail for them
            log.warning("reading the due times before locking failed: %s", type(exc).__name__)
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
        # What is typed and not saved is kept in memory while locked, and put back in its form after the
        # passphrase (the window and the data close; the text is never written anywhere).
        self._drafts = (info.path, window.unsaved_drafts())  # type: ignore[attr-defined]
        self._search_kept = (info.path, window.search_bar.hold())  # type: ignore[attr-defined]
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
        self.put_back_drafts()
        closed, self._forms_closed = self._forms_closed, []
        if closed and self.window is not None:
            window = self.window
            QTimer.singleShot(0, lambda: self.tell_forms_kept(window, closed))

    def tell_forms_kept(self, window: object, closed: list) -> None:
        """After the passphrase: which forms the lock closed, that what was typed in them is kept, and the text
        itself (the data is open again; the lock screen never showed it)."""
        if window is not self.window:
            return
        parts = []
        for draft in closed:
            typed = "\n".join(f"{name}: {text}" if name else text for name, text in draft.typed())
            parts.append(QCoreApplication.translate(
                "Application", "When the screen locked, the form \u201c{form}\u201d was open and not saved. What you "
                "typed in it is kept until Care Organiser closes: open \u201c{form}\u201d again and it is filled in as "
                "you left it.").format(form=draft.title) + "\n\n" + QCoreApplication.translate(
                "Application", "What you typed:") + "\n" + typed)
        self.prompter.inform(window, QCoreApplication.translate("Application", "Not saved yet"), "\n\n".join(parts))

    def put_back_drafts(self) -> None:
        """The drafts kept when the window last closed, back in their forms when the same profile opened."""
        kept, self._drafts = self._drafts, None
        search, self._search_kept = self._search_kept, None
        if search is not None and search[1] and self.window is not None and self.ctx is not None \
                and self.ctx.profile.info.path == search[0]:
            self.window.search_bar.put_back(search[1])  # type: ignore[attr-defined]
        if kept is not None and self.window is not None and self.ctx is not None \
                and self.ctx.profile.info.path == kept[0] and kept[1]:
            self.window.restore_drafts(kept[1])  # type: ignore[attr-defined]

    def after_first_paint(self, ctx: object, hooks: object) -> None:
        # What the start made (modules, classes, Qt's wrappers, the window) lives as long as the app: no later
        # collection walks it again, nor the end's (29 M instructions at the end of a start, callgrind). The
        # worker pool did this when the profile's lock was claimed in a worker before the window was built.
        gc.freeze()
        if getattr(self.args, "exit_when_ready", False):
            self.app.exit(0)
            return
        set_window_icon()  # now, not before the paint (QIcon's first use costs start-up time)
        qt_values.first_paint_done()  # the menus' entries, standard shortcuts (Quit, Find, New, Print, F1, zoom), idle lock
        resume_after_start()  # the garbage collector, paused by app.main for the start
        self.start_listening()  # a later launch now brings this window forward
        if ctx is not self.ctx:  # switched profile meanwhile
            return
        from careorganiser.ui import caregivers

        caregivers.ask_at_start(self.window, ctx)  # type: ignore[arg-type]  # who's here, when there are caregivers
        # The first reminder check writes through the ORM: it is loaded in a worker first, so the window
        # answers meanwhile; "missed while closed" shows once it is in.
        # The worker first runs the rest of the check on open (the search index's own check); a damaged
        # file then goes to the recovery page, as it would have before the window.
        loader = OrmLoader(self, ctx.profile)  # type: ignore[attr-defined]
        loader.loaded.connect(lambda: self.after_orm_loaded(ctx, hooks))
        loader.damaged.connect(lambda error: self.on_damaged_after_open(ctx, error))
        loader.start()
        self.start_daily_backup(ctx)

    def on_damaged_after_open(self, ctx: object, error: Exception) -> None:
        """The check after the first paint found damage (the search index): close the window and the profile
        and show the recovery page, as opening a profile that fails its check does (``open_with_prompt``).
        Restored or rescued: that profile opens; closed: the list of profiles, and without one the app ends."""
        if ctx is not self.ctx or self.window is None:
            return
        import shiboken6

        if not shiboken6.isValid(self.window):  # closed by other means meanwhile (not through close_window)
            return
        from careorganiser.ui.recovery import RecoveryPage

        profile = ctx.profile  # type: ignore[attr-defined]
        self.close_window()
        page = RecoveryPage(profile.info.name, error, profile.passphrase, None, prompter=self.prompter)  # type: ignore[arg-type]
        opened = page.opened if self.prompter.run_dialog(page) else None
        if opened is None:
            opened = self.pick()
        while opened is not None and not self.claim(opened):
            opened = self.pick()
        if opened is None:
            self.app.quit()
            return
        self.open_main(opened)

    def close_window(self) -> None:
        """Close the window and its profile (reminders, tray icon and idle watcher stop with it)."""
        window, ctx = self.window, self.ctx
        if self.idle_watcher is not None:
            self.idle_watcher.stop()
            self.idle_watcher = None
        if self.hooks is not None:
            self.hooks.service.stop()  # type: ignore[attr-defined]
            if self.hooks.tray is not None:  # type: ignore[attr-defined]
                self.hooks.tray.icon.hide()  # type: ignore[attr-defined]
            self.hooks = None
        self.window = self.ctx = None
        if window is not None:
            import shiboken6

            if shiboken6.isValid(window):
                window.hide()
                window.deleteLater()
        if ctx is not None:
            ctx.close()  # type: ignore[attr-defined]

    def after_orm_loaded(self, ctx: object, hooks: object) -> None:
        if ctx is not self.ctx:  # switched profile or locked meanwhile
            return
        try:
            hooks.service.check_pending()  # type: ignore[attr-defined]  # "missed while closed" shows now
        except RuntimeError:  # the window went away first
            return
        QTimer.singleShot(WARM_UP_MS, lambda: self.warm_up(ctx))

    def start_daily_backup(self, ctx: object) -> None:
        """The automatic copy after a day without one, in a worker; a failure shows in the status bar."""
        from careorganiser.services import backup
        from careorganiser.ui.worker import run_job

        profile = ctx.profile  # type: ignore[attr-defined]
        if profile.read_only:
            return
        window = self.window

        def failed(exc: Exception) -> None:
            if ctx is not self.ctx or window is not self.window or window is None:
                return  # switched profile or closed meanwhile: the copy failed because its profile closed
            try:
                window.statusBar().showMessage(QCoreApplication.translate("Application", "The automatic backup failed: {error}").format(error=exc))
            except RuntimeError:  # the window went away first
                pass

        running = getattr(self, "_daily_backup", None)
        if running is not None and not (running.delivered or running.dropped):
            return  # one copy at a time: two at once would both find none made today
        self._daily_backup = run_job(self, lambda: backup.auto_backup_if_due(profile), lambda _path: None, failed)

    def on_ctx_changed(self, _change: object) -> None:
        self.changed = True

    def backup_if_changed(self) -> None:
        """The copy made when a profile is closed after changes (the window is gone: nothing waits on it)."""
        if self.ctx is None or not self.changed or self.ctx.profile.read_only:
            return
        self.changed = False
        from careorganiser.services import backup

        try:
            backup.backup_after_changes(self.ctx.profile)
        except Exception as exc:  # a last guard (a damaged or full disk): never in the way of closing
            log.warning("the closing backup failed: %s", type(exc).__name__)

    def on_reopen_requested(self, name: str) -> None:
        """The profile's file was replaced (restored): open it again in a fresh window."""
        from careorganiser.ui.profile_open import open_with_prompt

        old_window, old_ctx = self.window, self.ctx
        if old_window is not None:
            if old_ctx is not None:  # what was being typed comes back in the new window
                self._drafts = (old_ctx.profile.info.path, old_window.unsaved_drafts())  # type: ignore[attr-defined]
                self._search_kept = (old_ctx.profile.info.path, old_window.search_bar.hold())  # type: ignore[attr-defined]
            old_window.hide()
            old_window.deleteLater()
        if old_ctx is not None:
            old_ctx.close()
        self.window = self.ctx = None
        profile = open_with_prompt(None, name, self.prompter) or self.pick()
        if profile is None:
            self.app.quit()
            return
        self.open_main(profile)
        self.put_back_drafts()

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
        except Exception as exc:  # a last guard, only a head start: the first action does it otherwise
            log.warning("warming up the ORM failed: %s", type(exc).__name__)
        QTimer.singleShot(0, build_qt_enums)  # a turn of its own: each step stays short

    def on_switch_profile(self) -> None:
        old_window, old_ctx = self.window, self.ctx
        if old_window is not None and not old_window.confirm_leaving():  # type: ignore[attr-defined]
            return  # back to the text typed and not saved
        if old_ctx is not None and old_ctx.profile.info.path.exists():
            self.backup_if_changed()
        if old_window is not None:
            old_window.hide()
        profile = self.pick()
        while profile is not None and not self.claim(profile):
            profile = self.pick()
        if profile is None:
            if old_ctx is not None and not old_ctx.profile.info.path.exists():  # deleted: nothing to go back to
                if old_window is not None:
                    old_window.close_confirmed()  # asked above
                self.app.quit()
                return
            if old_window is not None:
                old_window.show()
            return
        if old_window is not None:
            old_window.close_confirmed()  # asked above
            old_window.deleteLater()
        if old_ctx is not None:
            old_ctx.close()
        self.open_main(profile)

    def shutdown(self) -> None:
        if self.ctx is not None:
            self.backup_if_changed()
            self.ctx.close()


def install_view_menu(app: QApplication, window: object) -> None:
    """View: the text size and the language (entries added after the app's first paint)."""
    qt_values.after_first_paint(window, lambda: _fill_view_menu(app, window))  # type: ignore[arg-type]


def _fill_view_menu(app: QApplication, window: object) -> None:
    from careorganiser.ui.qt_values import new_action, set_shortcut, set_standard_shortcut

    menu = window.view_menu  # type: ignore[attr-defined]
    for label, keys, direction in ((QCoreApplication.translate("Application", "&Larger text"), ("ZoomIn", "Ctrl+="), 1),
                                   (QCoreApplication.translate("Application", "&Smaller text"), ("ZoomOut",), -1),
                                   (QCoreApplication.translate("Application", "&Normal text size"), ("Ctrl+0",), 0)):
        action = new_action(label, window)  # type: ignore[arg-type]
        if direction:
            set_standard_shortcut(action, *keys)
        else:
            set_shortcut(action, keys[0])
        action.triggered.connect(lambda _c=False, d=direction: step_text_scale(app, d))
        menu.addAction(action)
    from careorganiser.ui.language import add_language_menu

    menu.addSeparator()
    add_language_menu(window, menu, window.ctx.prompter)  # type: ignore[arg-type, attr-defined]


def run(args: argparse.Namespace) -> int:
    from careorganiser.store import lock
    from careorganiser.ui import failures
    from careorganiser.ui.single_instance import SingleInstance

    lock.set_process_role("app")  # named in the message a command gets while this window holds a profile
    app = make_application()
    prompter = Prompter()  # the one that asks the person, for every window and profile of this run
    failures.install(debug=bool(getattr(args, "debug", False)), prompter=prompter)
    instance = SingleInstance()
    # The lock now; the socket once the first window has painted (a later launch keeps trying meanwhile).
    if not instance.claim(listen=False):  # the app runs already: it comes forward (and offers the profile asked for)
        if instance.hand_over(getattr(args, "profile", None)):
            return 0
        prompter.warn(None, "Care Organiser", QCoreApplication.translate("Application", "Care Organiser is already running, but did not answer. "
                                                                                       "Close it (or wait a moment) and try again."))
        return 1
    try:
        qt_values.wait_for_first_paint()  # standard shortcuts are set after the first paint (let go below)
        controller = Controller(app, args, prompter)
        controller.start_listening = instance.listen
        instance.request.connect(controller.on_launched_again)
        if not controller.start():
            return 0
        code = app.exec()
        controller.shutdown()
    finally:
        qt_values.stop_waiting()
        instance.release()
    return code
