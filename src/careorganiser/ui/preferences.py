"""File > Preferences: reminder timing (for this profile), the tray, start at login and the lock (for this
computer). Its module loads when the dialog is first opened (``tray.open_preferences``)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from careorganiser.services import reminders as reminders_svc
from careorganiser.services.base import ServiceError
from careorganiser.ui.context import AppContext
from careorganiser.ui.tray_settings import (
    keep_in_tray_choice,
    set_keep_in_tray,
    tray_available,
)
from careorganiser.ui.widgets.wheel import scroll_past


class PreferencesDialog(QDialog):
    """Reminder timing (for this profile), the tray and start at login (for this computer)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, tray: bool | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(QCoreApplication.translate("Tray", "Preferences"))
        self.setObjectName("PreferencesDialog")
        has_tray = tray_available() if tray is None else tray
        settings = reminders_svc.reminder_settings(ctx.profile)
        layout = QVBoxLayout(self)
        intro = QLabel("<b>" + escape(QCoreApplication.translate("Tray", "Medication reminders")) + "</b>")
        layout.addWidget(intro)
        form = QFormLayout()
        self.window_spin = self._spin(5, 720, settings.window_minutes, QCoreApplication.translate("Tray", " minutes"))
        form.addRow(QCoreApplication.translate("Tray", "A dose counts as due for"), self.window_spin)
        self.repeat_every_spin = self._spin(1, 240, settings.repeat_minutes, QCoreApplication.translate("Tray", " minutes"))
        form.addRow(QCoreApplication.translate("Tray", "Remind again every"), self.repeat_every_spin)
        self.repeat_max_spin = self._spin(1, 20, settings.repeat_max, QCoreApplication.translate("Tray", " times"))
        form.addRow(QCoreApplication.translate("Tray", "Remind at most"), self.repeat_max_spin)
        layout.addLayout(form)
        layout.addWidget(QLabel("<b>" + escape(QCoreApplication.translate("Tray", "This computer")) + "</b>"))
        self.tray_check = QCheckBox(QCoreApplication.translate("Tray", "&Keep running in the tray when the window is closed"))
        self.tray_check.setChecked(bool(keep_in_tray_choice()) and has_tray)
        self.tray_check.setEnabled(has_tray)
        layout.addWidget(self.tray_check)
        if not has_tray:
            note = QLabel(QCoreApplication.translate("Tray", "This desktop has no system tray: reminders show in the window while it is open."))
            note.setWordWrap(True)
            layout.addWidget(note)
        from careorganiser import (
            autostart,  # only here: not needed for the first window
        )

        self.autostart_check = QCheckBox(QCoreApplication.translate("Tray", "&Start Care Organiser when I log in"))
        try:
            self.autostart_check.setChecked(autostart.is_enabled())
        except OSError:
            self.autostart_check.setChecked(False)
        layout.addWidget(self.autostart_check)
        from careorganiser.ui import idle_lock, privacy

        lock_form = QFormLayout()
        self.lock_spin = self._spin(0, 240, idle_lock.lock_minutes(), QCoreApplication.translate("Tray", " minutes"))
        self.lock_spin.setSpecialValueText(QCoreApplication.translate("Tray", "Never"))
        self.lock_spin.setAccessibleName(QCoreApplication.translate("Tray", "Lock a protected profile after minutes without use"))
        lock_form.addRow(QCoreApplication.translate("Tray", "Lock a protected profile after"), self.lock_spin)
        layout.addLayout(lock_form)
        self.neutral_check = QCheckBox(QCoreApplication.translate("Tray", "List protected profiles by &number, not by name"))
        self.neutral_check.setChecked(privacy.neutral_labels())
        layout.addWidget(self.neutral_check)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _spin(self, low: int, high: int, value: int, suffix: str) -> QSpinBox:
        spin = scroll_past(QSpinBox())
        spin.setRange(low, high)
        spin.setValue(value)
        spin.setSuffix(suffix)
        return spin

    def accept(self) -> None:
        from careorganiser import autostart

        try:
            reminders_svc.set_reminder_settings(self.ctx.profile, self.window_spin.value(),
                                                self.repeat_max_spin.value(), self.repeat_every_spin.value())
        except ServiceError as exc:
            self.ctx.prompter.warn(self, QCoreApplication.translate("Tray", "Preferences"), str(exc))
            return
        if self.tray_check.isEnabled():
            set_keep_in_tray(self.tray_check.isChecked())
        from careorganiser.ui import idle_lock, privacy

        idle_lock.set_lock_minutes(self.lock_spin.value())
        privacy.set_neutral_labels(self.neutral_check.isChecked())
        try:
            if self.autostart_check.isChecked() != autostart.is_enabled():
                autostart.set_enabled(self.autostart_check.isChecked())
        except OSError as exc:
            self.ctx.prompter.warn(self, QCoreApplication.translate("Tray", "Preferences"), QCoreApplication.translate("Tray", "Could not change starting at login: {error}").format(
                error=exc.strerror or str(exc)))
            return
        super().accept()
