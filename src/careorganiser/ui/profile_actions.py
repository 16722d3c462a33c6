"""The File menu's profile entries (Back up now, Restore from a backup..., Export..., Import..., Delete
profile, Deleted profiles) and the guard of a read-only profile: what the main window makes at start.

The dialogs they open (``recovery.py``: the backup chooser, the trash view) load when first used, so the
first window builds no dialog class. Every operation runs in a worker (``worker.run_job``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QApplication, QMenu, QPushButton, QWidget

from careorganiser.store import profiles
from careorganiser.ui.qt_values import new_action
from careorganiser.ui.worker import run_and_wait, run_job

# ------------------------------------------------------------------------------------ read-only profiles


class ReadOnlyGuard(QObject):
    """Keeps every push button of the pages disabled, with the reason as its tooltip, on a read-only profile.

    Buttons that only read (Prepare pack, Show all dates) carry the property ``reading`` and stay as they are.
    Other buttons that write (Today's "Taken" and "Skip", tool buttons with a menu) carry the property
    ``writes``; the calendar's own arrows, which only turn the month, carry neither and stay.
    Buttons a page makes later, or enables again on a new selection, are caught as they are shown or enabled.
    """

    def __init__(self, area: QWidget, reason: str) -> None:
        super().__init__(area)
        self.area = area
        self.reason = reason
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
            area.destroyed.connect(lambda *_a, a=app: a.removeEventFilter(self))
        for button in area.findChildren(QAbstractButton):
            if _writes(button):
                self._lock(button)

    def _lock(self, button: QAbstractButton) -> None:
        if button.property("reading") or not self.area.isAncestorOf(button):
            return
        if button.isEnabled():
            button.setEnabled(False)
        if button.toolTip() != self.reason:
            button.setToolTip(self.reason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if (isinstance(watched, QAbstractButton) and _writes(watched)
                and (kind == QEvent.Type.Show or (kind == QEvent.Type.EnabledChange and watched.isEnabled()))):
            self._lock(watched)
        return False


def _writes(button: QAbstractButton) -> bool:
    return isinstance(button, QPushButton) or bool(button.property("writes"))


# ------------------------------------------------------------------------------------ the File menu


class ProfileActions(QObject):
    """The File menu's profile entries for one open profile."""

    #: The profile's file was replaced or removed: the window must let go of it and reopen (or pick) one.
    reopen_requested = Signal(str)
    closed_requested = Signal()

    def __init__(self, window: QWidget, ctx: Any) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        self.busy = False
        self.actions: dict[str, QAction] = {}
        self._writes: set[str] = set()
        self.progress: QWidget | None = None  # a QProgressBar while a job runs

    @property
    def profile(self) -> profiles.Profile:
        return self.ctx.profile  # type: ignore[no-any-return]

    def add_to(self, menu: QMenu) -> dict[str, QAction]:
        actions: dict[str, QAction] = {}
        for key, text, slot, writes in (
                ("backup", QCoreApplication.translate("Recovery", "&Back up now"), self.on_backup_triggered, False),
                ("restore", QCoreApplication.translate("Recovery", "&Restore from a backup\u2026"), self.on_restore_triggered, True),
                ("export", QCoreApplication.translate("Recovery", "&Export\u2026"), self.on_export_triggered, False),
                ("import", QCoreApplication.translate("Recovery", "&Import\u2026"), self.on_import_triggered, True),
                ("delete", QCoreApplication.translate("Recovery", "&Delete profile"), self.on_delete_triggered, True),
                ("trash", QCoreApplication.translate("Recovery", "Deleted &profiles (trash)\u2026"), self.on_trash_triggered, False)):
            action = new_action(text, self.window)
            action.setObjectName(f"action-{key}")
            action.triggered.connect(slot)
            if writes and self.profile.read_only:
                action.setEnabled(False)
                action.setToolTip(self.profile.notice)
                action.setStatusTip(self.profile.notice)
            menu.addAction(action)
            actions[key] = action
            if writes:
                self._writes.add(key)
        menu.setToolTipsVisible(True)
        self.actions = actions
        return actions

    def _begin(self, text: str) -> None:
        """Work runs in a worker: a moving bar in the status bar, and the entries that would clash disabled."""
        self.busy = True
        for key in ("backup", "restore", "export", "import", "delete"):
            if key in self.actions:
                self.actions[key].setEnabled(False)
        bar = getattr(self.window, "statusBar", None)
        if bar is not None:
            if self.progress is None:
                from PySide6.QtWidgets import QProgressBar

                self.progress = QProgressBar()
                self.progress.setObjectName("ProfileBusy")
                self.progress.setRange(0, 0)  # no end known: a moving bar
                self.progress.setMaximumWidth(self.window.fontMetrics().averageCharWidth() * 24)
                bar().addPermanentWidget(self.progress)
            self.progress.setFormat(text)
            self.progress.setAccessibleName(text)
            self.progress.show()
        self._status(text)

    def _end(self) -> None:
        self.busy = False
        for key, action in self.actions.items():
            if key not in self._writes or not self.profile.read_only:
                action.setEnabled(True)
        if self.progress is not None:
            self.progress.hide()

    def _status(self, text: str) -> None:
        bar = getattr(self.window, "statusBar", None)
        if bar is not None:
            bar().showMessage(text, 10000)

    def on_backup_triggered(self) -> None:
        from careorganiser.services import backup as backup_svc

        if self.busy:
            return
        self._begin(QCoreApplication.translate("Recovery", "Backing up\u2026"))
        profile = self.profile
        run_job(self, lambda: backup_svc.backup_profile(profile), self.on_backup_done, self.on_failed)

    def on_backup_done(self, dest: Path) -> None:
        self._end()
        text = QCoreApplication.translate("Recovery", "Backed up and checked: {path}").format(path=dest)
        self._status(text)
        self.ctx.prompter.inform(self.window, QCoreApplication.translate("Recovery", "Back up now"), text)

    def on_failed(self, exc: Exception) -> None:
        from careorganiser.ui.failures import message_for

        self._end()
        self._status("")
        self.ctx.prompter.warn(self.window, QCoreApplication.translate("Recovery", "That did not work"), message_for(exc))

    def on_restore_triggered(self) -> None:
        from careorganiser.services import backup as backup_svc
        from careorganiser.ui.recovery import BackupChooser

        info = self.profile.info
        passphrase = self.profile.passphrase
        chooser = BackupChooser(info, backup_svc.list_backups(info, passphrase), self.window,
                                prompter=self.ctx.prompter)
        if not self.ctx.prompter.run_dialog(chooser) or chooser.chosen is None:
            return
        if not self.ctx.prompter.confirm(self.window, QCoreApplication.translate("Recovery", "Restore from a backup"),
                               QCoreApplication.translate("Recovery", "Replace \u201c{name}\u201d with the copy {path}? The profile as it is now is "
                                                                      "kept in the trash.").format(name=info.name, path=chooser.chosen.name),
                               QCoreApplication.translate("Recovery", "Restore")):
            return
        source = chooser.chosen
        self._begin(QCoreApplication.translate("Recovery", "Restoring\u2026"))
        self.ctx.close()  # let go of the file before it is replaced
        run_job(self, lambda: backup_svc.restore_profile(source, info.name, passphrase),
                lambda _info: self._reopen(info.name), self.on_restore_failed)

    def on_restore_failed(self, exc: Exception) -> None:
        self.on_failed(exc)
        self.reopen_requested.emit(self.profile.name)

    def _reopen(self, name: str) -> None:
        self._end()
        self.reopen_requested.emit(name)

    def on_export_triggered(self) -> None:
        from careorganiser.services import profiles as svc

        path = self.ctx.prompter.save_file(self.window, QCoreApplication.translate("Recovery", "Export"), f"{self.profile.name}.json",
                                 QCoreApplication.translate("Recovery", "Care Organiser export (*.json)"))
        if not path:
            return
        if self.profile.info.encrypted and not self.ctx.prompter.confirm(
                self.window, QCoreApplication.translate("Recovery", "Export"), QCoreApplication.translate("Recovery", "The export is not protected by the passphrase: anyone who has "
                                                                                  "the file can read it. Export anyway?"), QCoreApplication.translate("Recovery", "Export")):
            return
        profile = self.profile
        self._begin(QCoreApplication.translate("Recovery", "Exporting\u2026"))

        def exported(_text: str) -> None:
            self._end()
            self._status(QCoreApplication.translate("Recovery", "Exported to {path}").format(path=path))

        run_job(self, lambda: svc.write_export(profile, Path(path)), exported, self.on_failed)

    def on_import_triggered(self) -> None:
        from careorganiser.services import profiles as svc

        path = self.ctx.prompter.open_file(self.window, QCoreApplication.translate("Recovery", "Import"), QCoreApplication.translate("Recovery", "Care Organiser export (*.json)"))
        if not path:
            return
        name = self.ctx.prompter.ask_text(self.window, QCoreApplication.translate("Recovery", "Import"), QCoreApplication.translate("Recovery", "Name of the new profile:"), Path(path).stem)
        if not name:
            return
        try:  # into the profile open here (an empty one): with its passphrase, which was given to open it
            into_open = profiles.profile_path(name) == self.profile.info.path
        except profiles.ProfileError:
            into_open = False  # the import says what is wrong with the name
        passphrase = self.profile.passphrase if into_open else None
        self._begin(QCoreApplication.translate("Recovery", "Importing\u2026"))

        def imported(summary: Any) -> None:
            self._end()
            self._status("")
            if into_open:
                from careorganiser.services.base import everything

                everything(self.profile)  # every page shows what came in, not "nothing yet"
            self.ctx.prompter.inform(self.window, QCoreApplication.translate("Recovery", "Import"), QCoreApplication.translate("Recovery", "Imported into \u201c{name}\u201d: {what}").format(
                name=name, what=summary.describe()))

        run_job(self, lambda: svc.import_file(Path(path), name, passphrase), imported, self.on_failed)

    def on_delete_triggered(self) -> None:
        from careorganiser.services import backup as backup_svc

        name = self.profile.name
        if not self.ctx.prompter.confirm(self.window, QCoreApplication.translate("Recovery", "Delete profile"),
                               QCoreApplication.translate("Recovery", "Move \u201c{name}\u201d to the trash? It can be brought back from "
                                                                      "File \u2192 Deleted profiles.").format(name=name), QCoreApplication.translate("Recovery", "Delete")):
            return
        self.ctx.close()

        def delete() -> None:  # may wait for a command that is writing the profile: not on the GUI thread
            with backup_svc.hold_writer_lock(name):
                profiles.delete_profile(name)

        try:
            run_and_wait(delete)
        except profiles.ProfileError as exc:
            self.ctx.prompter.warn(self.window, QCoreApplication.translate("Recovery", "Delete profile"), str(exc))
            self.reopen_requested.emit(name)
            return
        self.closed_requested.emit()

    def on_trash_triggered(self) -> None:
        from careorganiser.ui.recovery import TrashDialog

        self.ctx.prompter.run_dialog(TrashDialog(self.window))
