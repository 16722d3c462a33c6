"""Backups and recovery in the window: the recovery page of a damaged profile, and the File menu's
Back up now, Restore from a backup..., Export..., Import..., Delete profile and the Trash view.

Every operation is a function of ``services.backup`` / ``services.profiles`` (the same rules as the command
line) run in a worker thread; its result comes back on the GUI thread through a ``Job`` signal. Every modal
question goes through the prompter (``ctx.prompter``, or the one the page was given).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QDateTime, QLocale
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from careorganiser.store import profiles
from careorganiser.ui.prompter import Prompter, default_prompter
from careorganiser.ui.widgets.scroll import DownScrollArea
from careorganiser.ui.worker import run_and_wait, run_job  # noqa: F401  (run_job: its former home)

if TYPE_CHECKING:
    from careorganiser.store.backups import BackupContents, BackupInfo


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
        outer = QVBoxLayout(self)
        heading = QLabel(QCoreApplication.translate("Recovery", "<h2>\u201c{name}\u201d is damaged</h2>").format(name=name.replace("<", "&lt;")))
        heading.setTextFormat(QtCore.Qt.TextFormat.RichText)
        outer.addWidget(heading)
        # The words (a long rescue report, a failure) scroll above the Close button, never under it; the page
        # grows to show them whole where the screen has room (``fit_height``).
        self._body = QWidget()
        layout = QVBoxLayout(self._body)
        layout.setContentsMargins(0, 0, 0, 0)
        self._area = DownScrollArea(self._body)
        outer.addWidget(self._area, 1)
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
        layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        self._busy = False
        info = profiles.find_profile(name)
        run_job(self, lambda: self._find_backup(info), self.on_backup_found, self.on_failed)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit_height()

    def fit_height(self) -> None:
        """Make the page tall enough for all its words at its width, within the screen (beyond, they scroll)."""
        if not self.isVisible():
            return
        self.layout().activate()
        viewport = self._area.viewport()
        needed = self.height() - viewport.height() + self._body.heightForWidth(viewport.width())
        screen = self.screen()
        if screen is not None:
            needed = min(needed, int(screen.availableGeometry().height() * 0.9))
        if needed > self.height():
            self.resize(self.width(), needed)

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
            self.fit_height()
            return
        if held is None:
            self.backup_label.setText(QCoreApplication.translate("Recovery", "<b>The newest good backup</b> was made on {when}. It is protected by "
                                                                             "the profile's passphrase.").format(when=when_text(newest.made_at)))
        else:
            self.backup_label.setText(QCoreApplication.translate("Recovery", "<b>The newest good backup</b> was made on {when}. It holds: {held}")
                                      .format(when=when_text(newest.made_at), held=contents_text(held)))
        self.restore_button.setEnabled(True)
        self.restore_button.setDefault(True)
        self.fit_height()

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        self.restore_button.setEnabled(not busy and self.backup is not None)
        self.rescue_button.setEnabled(not busy)
        self.status.setText(text)
        self.fit_height()

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
