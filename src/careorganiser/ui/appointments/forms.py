"""Forms of the appointments and questions areas: a shared dialog frame and the appointment form.

Every form saves through a service call; a ``ValidationError`` is shown on the field it names (and focuses
it), and the dialog stays open with everything typed still there. Enter (or Ctrl+Enter in a text box)
saves, Escape cancels.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, time
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from careorganiser.services import appointments
from careorganiser.services.appointments import Appointment
from careorganiser.services.base import ServiceError, ValidationError
from careorganiser.ui.context import AppContext
from careorganiser.ui.locale_text import format_date, format_time
from careorganiser.ui.widgets.contact_chooser import ContactChooser
from careorganiser.ui.widgets.date_field import DateField
from careorganiser.ui.widgets.field_errors import ERROR_STYLE, FieldErrors
from careorganiser.ui.widgets.field_limits import limit_text, limit_to
from careorganiser.ui.widgets.wheel import scroll_past


def set_combo_data(combo: QComboBox, value: Any) -> None:
    """Select the item whose data is ``value`` (the first item when there is none)."""
    if value is None:
        combo.setCurrentIndex(0)
        return
    i = combo.findData(value)
    combo.setCurrentIndex(i if i >= 0 else 0)


def contact_combo(ctx: AppContext, none_text: str, accessible_name: str, current: int | None = None,
                  role: str = "") -> ContactChooser:
    """A contact chooser with "New contact..." inside it (``role``: the role the new contact is given)."""
    return ContactChooser(ctx.profile, none_text, accessible_name, current, role=role, prompter=ctx.prompter)


def appointment_text(a: Appointment, ctx: AppContext) -> str:
    """"Thu 3 Dec 2026 10:30 · ILD review" for lists and headings."""
    local = ctx.local(a.starts_at)
    when = f"{format_date(local.date(), weekday=True)} {format_time(local)}"
    return f"{when} \u00b7 {a.label}" if a.label else when


class MultiLineEdit(QPlainTextEdit):
    """A text box where Tab moves on (it never types a tab) and the dialog's Ctrl+Enter still saves."""

    def __init__(self, lines: int = 3, parent: QWidget | None = None, grow: bool = True) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self._lines = lines
        self._grow = grow
        self._fit_height()

    def _fit_height(self) -> None:
        """Room for ``lines`` lines of the current font (the text-size setting changes it)."""
        height = self.fontMetrics().lineSpacing() * self._lines + 2 * self.frameWidth() + 12
        self.setMinimumHeight(height)
        self.setMaximumHeight(height * 2 if self._grow else height)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._fit_height()
        super().changeEvent(event)

    def text(self) -> str:
        return self.toPlainText()


class RecordDialog(QDialog):
    """The frame of a form: labelled fields each with room for its error, Save and Cancel."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setModal(True)
        outer = QVBoxLayout(self)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        outer.addLayout(self.form)
        self.errors = FieldErrors()
        self.general_error = QLabel()
        self.general_error.setObjectName("error-general")
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        outer.addWidget(self.general_error)
        self.buttons = QDialogButtonBox()
        self.save_button = QPushButton(QCoreApplication.translate("AppointmentForms", "&Save"))
        self.save_button.setAccessibleName(QCoreApplication.translate("AppointmentForms", "Save"))
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton(QCoreApplication.translate("AppointmentForms", "Cancel"))
        self.cancel_button.setAccessibleName(QCoreApplication.translate("AppointmentForms", "Cancel"))
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.on_save_clicked)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.on_save_clicked)

    def add_field(self, name: str, label_text: str, widget: QWidget, accessible_name: str,
                  help_text: str = "", rule: tuple[str, str] | None = None) -> QWidget:
        """A row: "label: [widget]" with the error (and an optional help line) under the widget; a multi-line
        box names its field ``rule`` (table, field) and shows when its text is over the limit."""
        label = QLabel(label_text)
        label.setBuddy(widget.focusProxy() or widget)
        if not isinstance(widget, DateField):
            widget.setAccessibleName(accessible_name)
        cell = QWidget()
        box = QVBoxLayout(cell)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        if help_text:
            helper = QLabel(help_text)
            helper.setWordWrap(True)
            helper.setObjectName(f"help-{name}")
            box.addWidget(helper)
            widget.setAccessibleDescription(help_text)
        box.addWidget(self.errors.add(name, widget))
        if rule is not None and isinstance(widget, QPlainTextEdit):
            box.addWidget(limit_text(widget, *rule))
        if isinstance(widget, QComboBox):
            # Long choices (appointments, trials) must not stretch the form beyond the screen.
            widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            widget.setMinimumContentsLength(24)
        self.form.addRow(label, cell)
        return widget

    def showEvent(self, event: QShowEvent) -> None:
        # Long text filled in shows from its beginning, not scrolled to its end.
        for edit in self.findChildren(QLineEdit):
            if not edit.hasFocus():
                edit.setCursorPosition(0)
        super().showEvent(event)

    def error_text(self, name: str) -> str:
        return self.errors.message(name) if name != "general" else self.general_error.text()

    def save(self) -> None:
        """Call the service; raise its ValidationError or ServiceError unchanged."""
        raise NotImplementedError

    def on_save_clicked(self) -> None:
        self.errors.clear()
        self.general_error.hide()
        try:
            self.save()
        except ValidationError as exc:
            self.errors.show_or_general(self.general_error, exc.field, exc.message)
            return
        except ServiceError as exc:
            self.errors.show_or_general(self.general_error, None, str(exc))
            return
        self.accept()


def _distinct(values: Iterable[str]) -> list[str]:
    return sorted({v for v in values if v})


class AppointmentDialog(RecordDialog):
    """Add or change an appointment: when (local date and time), how long, with whom, where, what for."""

    def __init__(self, ctx: AppContext, row: Appointment | None = None, day: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("AppointmentForms", "New appointment") if row is None else QCoreApplication.translate("AppointmentForms", "Change appointment"), parent)
        self.ctx = ctx
        self.row = row
        self.saved_id: int | None = row.id if row else None
        self.moved_rides: list[int] = []
        self.date_field = DateField(QCoreApplication.translate("AppointmentForms", "Date of the appointment"))
        self.add_field("date", QCoreApplication.translate("AppointmentForms", "&Date:"), self.date_field, QCoreApplication.translate("AppointmentForms", "Date of the appointment"))
        self.time_edit = QLineEdit()
        self.time_edit.setPlaceholderText(QCoreApplication.translate("AppointmentForms", "for example 10:30"))
        self.time_edit.setMaxLength(20)
        self.add_field("time", QCoreApplication.translate("AppointmentForms", "&Time:"), self.time_edit, QCoreApplication.translate("AppointmentForms", "Time of the appointment"),
                       QCoreApplication.translate("AppointmentForms", "For example 14:30 or 2pm."))
        self.duration = scroll_past(QSpinBox())
        self.duration.setRange(0, appointments.MAX_DURATION_MINUTES)
        self.duration.setSingleStep(5)
        self.duration.setSuffix(QCoreApplication.translate("AppointmentForms", " minutes"))
        self.duration.setSpecialValueText(QCoreApplication.translate("AppointmentForms", "not known"))
        self.add_field("duration", QCoreApplication.translate("AppointmentForms", "D&uration:"), self.duration, QCoreApplication.translate("AppointmentForms", "Duration in minutes"))
        self.clinician = contact_combo(ctx, QCoreApplication.translate("AppointmentForms", "\u2014 not recorded \u2014"), QCoreApplication.translate("AppointmentForms", "Clinician"))
        self.add_field("clinician", QCoreApplication.translate("AppointmentForms", "&With:"), self.clinician, QCoreApplication.translate("AppointmentForms", "Clinician"))
        self.place = QLineEdit()
        limit_to(self.place, "appointments", "place")
        self.place.setPlaceholderText(QCoreApplication.translate("AppointmentForms", "for example Chest clinic, St Mary's Hospital"))
        known = _distinct(a.place for a in appointments.list_appointments(ctx.profile))
        if known:
            completer = QCompleter(known, self.place)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            self.place.setCompleter(completer)
        self.add_field("place", QCoreApplication.translate("AppointmentForms", "&Place:"), self.place, QCoreApplication.translate("AppointmentForms", "Place"))
        self.purpose = QLineEdit()
        limit_to(self.purpose, "appointments", "purpose")
        self.purpose.setPlaceholderText(QCoreApplication.translate("AppointmentForms", "for example ILD review"))
        self.add_field("purpose", QCoreApplication.translate("AppointmentForms", "Purp&ose:"), self.purpose, QCoreApplication.translate("AppointmentForms", "Purpose"))
        self.notes = MultiLineEdit(3)
        self.add_field("notes", QCoreApplication.translate("AppointmentForms", "&Notes:"), self.notes, QCoreApplication.translate("AppointmentForms", "Notes"), QCoreApplication.translate("AppointmentForms", "What to bring, who to ask for\u2026"),
                       rule=("appointments", "notes"))
        if row is not None:
            local = ctx.local(row.starts_at)
            self.date_field.set_date(local.date())
            self.time_edit.setText(format_time(local))
            self.duration.setValue(row.duration_minutes)
            set_combo_data(self.clinician, row.clinician_id)
            self.place.setText(row.place)
            self.purpose.setText(row.purpose)
            self.notes.setPlainText(row.notes)
        else:
            self.date_field.set_date(day or ctx.local(ctx.now()).date())
            self.duration.setValue(30)
        self.resize(self.sizeHint().expandedTo(self.minimumSizeHint()))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 85)

    def save(self) -> None:
        values = dict(day=self.date_field.value(), at=self.time_edit.text(), duration_minutes=self.duration.value(),
                      clinician_id=self.clinician.currentData(), place=self.place.text(),
                      purpose=self.purpose.text(), notes=self.notes.toPlainText())
        if self.row is None:
            self.saved_id = appointments.create_appointment(self.ctx.profile, **values)
        else:
            self.moved_rides = appointments.update_appointment(self.ctx.profile, self.row.id, **values)


def time_text(value: time | None) -> str:
    return value.strftime("%H:%M") if value else ""
