"""Backups and recovery in the window: the recovery page of a damaged profile, and the File menu's
Back up now, Restore from a backup..., Export..., Import..., Delete profile and the Trash view.

Every operation is a function of ``services.backup`` / ``services.profiles`` (the same rules as the command
line) run in a worker thread; its result comes back on the GUI thread through a ``Job`` signal. Every modal
question goes through the prompter (``ctx.prompter``, or the one the page was given).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QDateTime, QEvent, QLocale, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QProgressBar,
    QPushButton,
    QApplication,
    QVBoxLayout,
    QWidget,
)

from careorganiser.store import profiles
from careorganiser.ui.prompter import Prompter, default_prompter
from careorganiser.ui.worker import Task, Worker, run_and_wait

if TYPE_CHECKING:
    from careorganiser.store.backups import BackupContents, BackupInfo


def run_job(parent: QObject, fn: Callable[[], Any], on_done: Callable[[Any], None],
            on_failed: Callable[[Exception], None]) -> Task:
    """Run ``fn`` in a worker (ui.worker); ``on_done`` or ``on_failed`` is called on the GUI thread, unless
    ``parent`` is gone by then. Jobs of one parent never supersede each other."""
    worker = getattr(parent, "_worker", None)
    if worker is None or not worker.alive():
        worker = Worker(parent)
        parent._worker = worker  # type: ignore[attr-defined]
    parent._job_count = getattr(parent, "_job_count", 0) + 1  # type: ignore[attr-defined]
    return worker.run(fn, on_done, on_failed, key=f"job-{parent._job_count}")  # type: ignore[attr-defined, arg-type]


def when_text(instant: Any) -> str:
    """An aware instant as local date and time, in the person's locale ("Thursday, 3 December 2026, 01:19")."""
    dt = QDateTime.fromSecsSinceEpoch(int(instant.timestamp()))
    locale = QLocale()
    return QCoreApplication.translate("Recovery", "{date}, {time}").format(date=locale.toString(dt.date(), QLocale.FormatType.LongFormat),
                                       time=locale.toString(dt.time(), QLocale.FormatType.ShortFormat))


def contents_text(held: BackupContents) -> str:
    from careorganiser.domain.formatting import count_of

    c = held.counts
    kinds = ("medications", "dose_events", "appointments", "symptom_notes", "measurements", "questions", "trials")
    text = ", ".join(count_of(c.get(kind, 0), kind) for kind in kinds) + "."
    if held.last_dose is not None:
        text += " " + QCoreApplication.translate("Recovery", "Last dose recorded: {when}.").format(when=when_text(held.last_dose))
    else:
        text += " " + QCoreApplication.translate("Recovery", "No dose recorded in it.")
    return text


# ------------------------------------------------------------------------------------ the recovery page


class RecoveryPage(QDialog):
    """What a damaged profile opens instead of a crash or a passphrase prompt.

    The newest good backup (its date and what it holds) with "Restore this copy" (the damaged file goes to
    the trash, never away), and "Try to rescue what can be read" into a new profile with a report.
    ``opened`` is the profile to continue with once accepted.
    """

    def __init__(self, name: str, error: profiles.ProfileDamaged, passphrase: str | None = None,
                 parent: QWidget | None = None, prompter: Prompter | None = None) -> None:
        super().__init__(parent)
        self.prompter = prompter if prompter is not None else default_prompter()
        self.setObjectName("RecoveryPage")
        self.setWindowTitle(QCoreApplication.translate("Recovery", "\u201c{name}\u201d is damaged").format(name=name))
        self.setMinimumWidth(560)
        self.name = name
        self.passphrase = passphrase
        self.opened: profiles.Profile | None = None
        self.backup: BackupInfo | None = None
        layout = QVBoxLayout(self)
        heading = QLabel(QCoreApplication.translate("Recovery", "<h2>\u201c{name}\u201d is damaged</h2>").format(name=name.replace("<", "&lt;")))
        heading.setTextFormat(QtCore.Qt.TextFormat.RichText)
        layout.addWidget(heading)
        problems = "; ".join(error.problems) or QCoreApplication.translate("Recovery", "it cannot be read")
        self.explain = QLabel(QCoreApplication.translate("Recovery", "The file of this profile can no longer be read as it should ({problems}). "
                                                                     "Nothing has been changed in it, and nothing will be erased.").format(
            problems=problems))
        self.explain.setWordWrap(True)
        layout.addWidget(self.explain)
        self.backup_label = QLabel(QCoreApplication.translate("Recovery", "Looking for the newest good backup\u2026"))
        self.backup_label.setObjectName("backup-label")
        self.backup_label.setWordWrap(True)
        self.backup_label.setAccessibleName(QCoreApplication.translate("Recovery", "Newest good backup"))
        layout.addWidget(self.backup_label)
        self.restore_button = QPushButton(QCoreApplication.translate("Recovery", "&Restore this copy"))
        self.restore_button.setObjectName("restore-button")
        self.restore_button.setEnabled(False)
        self.restore_button.setToolTip(QCoreApplication.translate("Recovery", "The damaged file is kept in the trash, never erased"))
        self.restore_button.clicked.connect(self.on_restore_clicked)
        self.rescue_button = QPushButton(QCoreApplication.translate("Recovery", "Try to r&escue what can be read"))
        self.rescue_button.setObjectName("rescue-button")
        self.rescue_button.setToolTip(QCoreApplication.translate("Recovery", "Reads every record that can still be read into a new profile"))
        self.rescue_button.clicked.connect(self.on_rescue_clicked)
        row = QHBoxLayout()
        row.addWidget(self.restore_button)
        row.addWidget(self.rescue_button)
        layout.addLayout(row)
        hint = QLabel(QCoreApplication.translate("Recovery", "Restoring puts the copy in place of this file; the damaged file is kept in the trash. "
                                                             "Rescuing makes a new profile from whatever can still be read, and leaves this one as "
                                                             "it is."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._busy = False
        info = profiles.find_profile(name)
        run_job(self, lambda: self._find_backup(info), self.on_backup_found, self.on_failed)

    def _find_backup(self, info: profiles.ProfileInfo) -> tuple[BackupInfo | None, BackupContents | None]:
        from careorganiser.services import backup as backup_svc

        newest = backup_svc.newest_good_backup(info, self.passphrase)
        if newest is None:
            return None, None
        if backup_svc.is_protected_file(newest.path) and not self.passphrase:
            return newest, None  # what it holds can be read once the passphrase is given
        return newest, backup_svc.backup_contents(newest, self.passphrase)

    def on_backup_found(self, result: tuple[BackupInfo | None, BackupContents | None]) -> None:
        newest, held = result
        self.backup = newest
        if newest is None:
            self.backup_label.setText(QCoreApplication.translate("Recovery", "There is no good backup of this profile. Try to rescue what can "
                                                                             "still be read into a new profile."))
            return
        if held is None:
            self.backup_label.setText(QCoreApplication.translate("Recovery", "<b>The newest good backup</b> was made on {when}. It is protected by "
                                                                             "the profile's passphrase.").format(when=when_text(newest.made_at)))
        else:
            self.backup_label.setText(QCoreApplication.translate("Recovery", "<b>The newest good backup</b> was made on {when}. It holds: {held}")
                                      .format(when=when_text(newest.made_at), held=contents_text(held)))
        self.restore_button.setEnabled(True)
        self.restore_button.setDefault(True)

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        self.restore_button.setEnabled(not busy and self.backup is not None)
        self.rescue_button.setEnabled(not busy)
        self.status.setText(text)

    def on_restore_clicked(self) -> None:
        from careorganiser.services import backup as backup_svc

        if self.backup is None or self._busy:
            return
        if not self.prompter.confirm(self, QCoreApplication.translate("Recovery", "Restore this copy"),
                               QCoreApplication.translate("Recovery", "Put the backup of {when} in place of the damaged file? The damaged file is "
                                                                      "kept in the trash.").format(when=when_text(self.backup.made_at)),
                               QCoreApplication.translate("Recovery", "Restore")):
            return
        chosen = self.backup
        if backup_svc.is_protected_file(chosen.path) and not self.passphrase:
            self.passphrase = self.prompter.ask_passphrase(self, self.name)
            if not self.passphrase:
                return
        self._set_busy(True, QCoreApplication.translate("Recovery", "Restoring\u2026"))

        def work() -> profiles.Profile:
            backup_svc.restore_over_damaged(chosen, self.name, self.passphrase)
            return profiles.open_profile(self.name, self.passphrase)

        run_job(self, work, self.on_opened, self.on_failed)

    def on_rescue_clicked(self) -> None:
        from careorganiser.services import backup as backup_svc

        if self._busy:
            return
        new_name = _free_name(QCoreApplication.translate("Recovery", "{name} (rescued)").format(name=self.name))
        self._set_busy(True, QCoreApplication.translate("Recovery", "Reading what can be read\u2026"))

        def work() -> tuple[Any, profiles.Profile]:
            report = backup_svc.rescue_profile(self.name, new_name, self.passphrase)
            return report, profiles.open_profile(new_name, self.passphrase)

        run_job(self, work, self.on_rescued, self.on_failed)

    def on_rescued(self, result: tuple[Any, profiles.Profile]) -> None:
        report, profile = result
        self._set_busy(False, report.describe())
        self.prompter.inform(self, QCoreApplication.translate("Recovery", "What came back"), report.describe() + "\n\n" +
                       QCoreApplication.translate("Recovery", "The damaged profile is left as it was."))
        self.on_opened(profile)

    def on_opened(self, profile: profiles.Profile) -> None:
        self.opened = profile
        self.accept()

    def on_failed(self, exc: Exception) -> None:
        self._set_busy(False, str(exc))


def _free_name(base: str) -> str:
    name, n = base, 2
    while profiles.profile_exists(name):
        name = f"{base} {n}"
        n += 1
    return name


# ------------------------------------------------------------------------------------ choosing a backup


class BackupChooser(QDialog):
    """The copies of a profile, newest first, each with its check; or another file."""

    def __init__(self, info: profiles.ProfileInfo, found: list[BackupInfo], parent: QWidget | None = None,
                 prompter: Prompter | None = None) -> None:
        super().__init__(parent)
        self.prompter = prompter if prompter is not None else default_prompter()
        self.setObjectName("BackupChooser")
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)
        self.setWindowTitle(QCoreApplication.translate("Recovery", "Restore \u201c{name}\u201d from a backup").format(name=info.name))
        self.chosen: Path | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(QCoreApplication.translate("Recovery", "Choose a copy. The profile as it is now is kept in the trash."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        self.list.setAccessibleName(QCoreApplication.translate("Recovery", "Backups"))
        for b in found:
            state = {True: QCoreApplication.translate("Recovery", "checked, good"), False: QCoreApplication.translate("Recovery", "damaged"), None: QCoreApplication.translate("Recovery", "not checked")}[b.ok]
            item = QListWidgetItem(f"{when_text(b.made_at)} \u2014 {_kind_text(b.kind)} \u2014 {state}")
            item.setData(QtCore.Qt.ItemDataRole.UserRole, str(b.path))
            if not b.ok:
                item.setFlags(item.flags() & ~QtCore.Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(item)
        layout.addWidget(self.list)
        first_good = next((i for i, b in enumerate(found) if b.ok), -1)
        self.list.setCurrentRow(first_good)
        other = QPushButton(QCoreApplication.translate("Recovery", "&Other file\u2026"))
        other.clicked.connect(self.on_other_clicked)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.addButton(QCoreApplication.translate("Recovery", "&Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setEnabled(first_good >= 0)
        buttons.addButton(other, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.on_ok_clicked)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def on_ok_clicked(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.chosen = Path(item.data(QtCore.Qt.ItemDataRole.UserRole))
            self.accept()

    def on_other_clicked(self) -> None:
        path = self.prompter.open_file(self, QCoreApplication.translate("Recovery", "Restore from a backup file"),
                                 QCoreApplication.translate("Recovery", "Care Organiser backups (*.careprofile *.backup);;All files (*)"))
        if path:
            self.chosen = Path(path)
            self.accept()


def _kind_text(kind: str) -> str:
    if kind == "auto":
        return QCoreApplication.translate("Recovery", "automatic")
    if kind == "manual":
        return QCoreApplication.translate("Recovery", "made by hand")
    if kind.startswith("before-upgrade"):
        return QCoreApplication.translate("Recovery", "before an update")
    return kind


class TrashDialog(QDialog):
    """Deleted profiles, newest first; Undelete brings one back under its name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TrashDialog")
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)
        self.setWindowTitle(QCoreApplication.translate("Recovery", "Deleted profiles"))
        self.restored: str | None = None
        layout = QVBoxLayout(self)
        self.list = QListWidget()
        self.list.setAccessibleName(QCoreApplication.translate("Recovery", "Deleted profiles"))
        layout.addWidget(self.list)
        self.error = QLabel()
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.undelete_button = buttons.addButton(QCoreApplication.translate("Recovery", "&Undelete"), QDialogButtonBox.ButtonRole.ActionRole)
        self.undelete_button.clicked.connect(self.on_undelete_clicked)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        for info in profiles.list_trash():
            item = QListWidgetItem(QCoreApplication.translate("Recovery", "{name} \u2014 deleted {when}").format(name=info.name,
                                                                              when=when_text(info.modified)))
            item.setData(QtCore.Qt.ItemDataRole.UserRole, str(info.path))
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.undelete_button.setEnabled(self.list.count() > 0)

    def on_undelete_clicked(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        try:
            info = profiles.restore_from_trash(Path(item.data(QtCore.Qt.ItemDataRole.UserRole)))
        except profiles.ProfileError as exc:
            self.error.setText(str(exc))
            return
        self.restored = info.name
        self.error.setText(QCoreApplication.translate("Recovery", "\u201c{name}\u201d is back in the list of profiles.").format(name=info.name))
        self.reload()


# ------------------------------------------------------------------------------------ read-only profiles


class ReadOnlyGuard(QObject):
    """Keeps every push button of the pages disabled, with the reason as its tooltip, on a read-only profile.

    Buttons that only read (Prepare pack, Show all dates) carry the property ``reading`` and stay as they are.
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
        for button in area.findChildren(QPushButton):
            self._lock(button)

    def _lock(self, button: QPushButton) -> None:
        if button.property("reading") or not self.area.isAncestorOf(button):
            return
        if button.isEnabled():
            button.setEnabled(False)
        if button.toolTip() != self.reason:
            button.setToolTip(self.reason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if (isinstance(watched, QPushButton)
                and (kind == QEvent.Type.Show or (kind == QEvent.Type.EnabledChange and watched.isEnabled()))):
            self._lock(watched)
        return False


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
        self.progress: QProgressBar | None = None

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
            action = QAction(text, self.window)
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
        self.ctx.prompter.run_dialog(TrashDialog(self.window))
