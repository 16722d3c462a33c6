"""The medication form: details, supply, and when to take it (one or more schedules in plain words).

Saving calls ``services.medications.create_medication`` / ``update_medication`` with the details and the
schedules together, so nothing is half-saved; a refused field is shown where it is, and focused.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from careorganiser.domain.enums import ScheduleKind
from careorganiser.domain.fields import FIELDS
from careorganiser.domain.schedules import Schedule
from careorganiser.services import medications as meds
from careorganiser.services.base import ServiceError, ValidationError
from careorganiser.ui.medications import form_logic
from careorganiser.ui.medications.form_logic import ScheduleDrafts
from careorganiser.ui.medications.schedule import ScheduleEditor
from careorganiser.ui.widgets.contact_chooser import ContactChooser
from careorganiser.ui.widgets.date_field import DateField
from careorganiser.ui.widgets.field_errors import ERROR_STYLE, FieldErrors
from careorganiser.ui.widgets.field_limits import limit_to
from careorganiser.ui.widgets.save_cancel import save_cancel_buttons


class _EnterAddsTime(QObject):
    """Enter in the "time to add" box adds that time rather than saving the whole form."""

    def __init__(self, editor: ScheduleEditor) -> None:
        super().__init__(editor)
        self._editor = editor

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and event.key() in (
                Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._editor.on_add_time_clicked()
            return True
        return False


class _FlowingScrollArea(QScrollArea):
    """Two columns side by side when they fit, one above the other when they do not (a small screen or
    a large text size), so the form only ever scrolls up and down."""

    def __init__(self, columns: QBoxLayout, first: QWidget, second: QWidget) -> None:
        super().__init__()
        self._columns = columns
        self._first = first
        self._second = second

    def side_by_side_width(self) -> int:
        return (self._first.minimumSizeHint().width() + self._second.minimumSizeHint().width()
                + self._columns.spacing())

    def resizeEvent(self, event: QResizeEvent) -> None:
        wide = self.viewport().width() >= self.side_by_side_width() or event.size().width() >= (
            self.side_by_side_width() + self.verticalScrollBar().sizeHint().width())
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self._columns.direction() != direction:
            self._columns.setDirection(direction)
        super().resizeEvent(event)


class MedicationDialog(QDialog):
    """Add a medication (``medication_id`` None) or change one. ``saved_id`` holds the id after saving."""

    def __init__(self, profile: object, today: date, medication_id: int | None = None,
                 parent: QWidget | None = None, clock: Callable[[], datetime] | None = None) -> None:
        super().__init__(parent)
        self.profile = profile
        self._clock = clock  # the app's clock: a new or changed schedule applies from this instant
        self.medication_id = medication_id
        self.saved_id: int | None = None
        self._today = today
        self._schedules = ScheduleDrafts()
        self._loading = False
        self.errors = FieldErrors()
        self._field_widgets: dict[str, QWidget] = {}
        self.setObjectName("MedicationDialog")
        self.setAccessibleName(QCoreApplication.translate("MedicationForm", "Medication form"))

        outer = QVBoxLayout(self)
        self.general_error = QLabel()
        self.general_error.setObjectName("MedicationFormError")
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        outer.addWidget(self.general_error)

        body = QWidget()
        columns = QBoxLayout(QBoxLayout.Direction.LeftToRight, body)
        columns.setContentsMargins(0, 0, 0, 0)
        left_column, right_column = QWidget(), QWidget()
        left = QVBoxLayout(left_column)
        right = QVBoxLayout(right_column)
        left.setContentsMargins(0, 0, 0, 0)
        right.setContentsMargins(0, 0, 0, 0)
        columns.addWidget(left_column, 5)
        columns.addWidget(right_column, 6)

        # -- about the medication
        about = QGroupBox(QCoreApplication.translate("MedicationForm", "About the medication"))
        about_form = QFormLayout(about)
        self.name = self._line(about_form, "name", QCoreApplication.translate("MedicationForm", "&Name"), QCoreApplication.translate("MedicationForm", "Name of the medication"),
                               QCoreApplication.translate("MedicationForm", "e.g. Pirfenidone"))
        self.strength = self._line(about_form, "strength", QCoreApplication.translate("MedicationForm", "Stren&gth"), QCoreApplication.translate("MedicationForm", "Strength"), QCoreApplication.translate("MedicationForm", "e.g. 267 mg"))
        self.form_ = self._line(about_form, "form", QCoreApplication.translate("MedicationForm", "&Form"), QCoreApplication.translate("MedicationForm", "Form"), QCoreApplication.translate("MedicationForm", "e.g. capsule, tablet, inhaler"))
        self.dose = self._line(about_form, "dose", QCoreApplication.translate("MedicationForm", "&Dose"), QCoreApplication.translate("MedicationForm", "Dose"), QCoreApplication.translate("MedicationForm", "e.g. 3 capsules"))
        self.route = self._line(about_form, "route", QCoreApplication.translate("MedicationForm", "&Route"), QCoreApplication.translate("MedicationForm", "Route"), QCoreApplication.translate("MedicationForm", "e.g. by mouth, inhaled"))
        self.purpose = self._line(about_form, "purpose", QCoreApplication.translate("MedicationForm", "&Purpose"), QCoreApplication.translate("MedicationForm", "What it is for"),
                                  QCoreApplication.translate("MedicationForm", "What it is for"))
        self.instructions = self._line(about_form, "instructions", QCoreApplication.translate("MedicationForm", "&Instructions"), QCoreApplication.translate("MedicationForm", "Instructions"),
                                       QCoreApplication.translate("MedicationForm", "e.g. take with food"))
        self.prescriber = ContactChooser(profile, QCoreApplication.translate("MedicationForm", "None"), QCoreApplication.translate("MedicationForm", "Prescriber"))  # type: ignore[arg-type]
        self._add_row(about_form, "prescriber", QCoreApplication.translate("MedicationForm", "Prescri&ber"), self.prescriber)
        # A schedule begins when the app learns of it: the start is today unless the user says otherwise,
        # and it is shown, so nobody wonders why this morning's doses are not listed as missed.
        # Typed as the caregiver writes a date ("1/12/26", "1 Dec 2026"), like every other date in the window:
        # a QDateEdit dropped such text without a word and the medicine was saved as started today.
        self.start_date = DateField(QCoreApplication.translate("MedicationForm", "Start date"))
        self.start_date.set_date(today)
        self.start_date.setToolTip(QCoreApplication.translate("MedicationForm", "The day it was first taken. Reminders begin when it is saved here: "
                                                                                "no earlier dose is counted as missed."))
        self._add_row(about_form, "start_date", QCoreApplication.translate("MedicationForm", "Start dat&e"), self.start_date)
        self.start_hint = QLabel(QCoreApplication.translate("MedicationForm", "Reminders begin when you save; no earlier dose counts as missed."))
        self.start_hint.setWordWrap(True)
        self.start_hint.setObjectName("MedicationStartHint")
        about_form.addRow("", self.start_hint)
        left.addWidget(about)

        # -- supply
        supply = QGroupBox(QCoreApplication.translate("MedicationForm", "Supply"))
        supply_form = QFormLayout(supply)
        self.stock = self._line(supply_form, "stock", QCoreApplication.translate("MedicationForm", "Stoc&k now"), QCoreApplication.translate("MedicationForm", "Stock now"),
                                QCoreApplication.translate("MedicationForm", "how many are left, e.g. 90"))
        self.stock_unit = self._line(supply_form, "stock_unit", QCoreApplication.translate("MedicationForm", "Stock &counted in"), QCoreApplication.translate("MedicationForm", "Stock counted in"),
                                     QCoreApplication.translate("MedicationForm", "e.g. capsules, puffs"))
        self.refill_at = self._line(supply_form, "refill_at", QCoreApplication.translate("MedicationForm", "Refill &when down to"),
                                    QCoreApplication.translate("MedicationForm", "Refill when stock is down to"), QCoreApplication.translate("MedicationForm", "e.g. 14"))
        self.units_per_dose = self._line(supply_form, "units_per_dose", QCoreApplication.translate("MedicationForm", "&Units per dose"),
                                         QCoreApplication.translate("MedicationForm", "Units taken per dose"), QCoreApplication.translate("MedicationForm", "e.g. 3"))
        self.units_per_dose.setText("1")
        left.addWidget(supply)
        left.addStretch(1)

        # -- when to take it
        when = QGroupBox(QCoreApplication.translate("MedicationForm", "When to take it"))
        when_layout = QVBoxLayout(when)
        self.schedule_list = QListWidget()
        self.schedule_list.setAccessibleName(QCoreApplication.translate("MedicationForm", "Schedules"))
        self.schedule_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        line = self.fontMetrics().lineSpacing()
        self.schedule_list.setMaximumHeight(line * 5)
        self.schedule_list.setMinimumHeight(line * 3)
        list_label = QLabel(QCoreApplication.translate("MedicationForm", "Schedu&les"))
        list_label.setBuddy(self.schedule_list)
        when_layout.addWidget(list_label)
        when_layout.addWidget(self.schedule_list)
        buttons = QHBoxLayout()
        self.add_schedule_button = QPushButton(QCoreApplication.translate("MedicationForm", "&Add another schedule"))
        self.add_schedule_button.setAccessibleName(QCoreApplication.translate("MedicationForm", "Add another schedule"))
        self.remove_schedule_button = QPushButton(QCoreApplication.translate("MedicationForm", "Remove this sc&hedule"))
        self.remove_schedule_button.setAccessibleName(QCoreApplication.translate("MedicationForm", "Remove the chosen schedule"))
        for button in (self.add_schedule_button, self.remove_schedule_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        when_layout.addLayout(buttons)
        self.no_schedule = QLabel(QCoreApplication.translate("MedicationForm", "No schedule yet. Add one so reminders know when a dose is due; "
                                                                               "choose \u201cAs needed\u201d for a reliever."))
        self.no_schedule.setWordWrap(True)
        when_layout.addWidget(self.no_schedule)
        line_sep = QFrame()
        line_sep.setFrameShape(QFrame.Shape.HLine)
        when_layout.addWidget(line_sep)
        self.editor = ScheduleEditor(today)
        self.new_time_filter = _EnterAddsTime(self.editor)
        self.editor.new_time.installEventFilter(self.new_time_filter)
        self.editor.new_time.setToolTip(QCoreApplication.translate("MedicationForm", "Type a time such as 08:00 or 1pm; it is kept when you move on."))
        when_layout.addWidget(self.editor)
        self.schedule_error = self.errors.add("schedules", self.editor)
        when_layout.addWidget(self.schedule_error)
        when_layout.addStretch(1)
        right.addWidget(when)

        scroll = _FlowingScrollArea(columns, left_column, right_column)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        scroll.setWidget(body)
        self.scroll_area = scroll
        outer.addWidget(scroll, 1)

        box, self.save_button = save_cancel_buttons(self, self.on_save_clicked, QCoreApplication.translate("MedicationForm", "&Save"), QCoreApplication.translate("MedicationForm", "Save the medication"))
        outer.addWidget(box)

        self.schedule_list.currentRowChanged.connect(self.on_schedule_row_changed)
        self.editor.changed.connect(self.on_editor_changed)
        self.add_schedule_button.clicked.connect(self.on_add_schedule_clicked)
        self.remove_schedule_button.clicked.connect(self.on_remove_schedule_clicked)

        if medication_id is None:
            self.setWindowTitle(form_logic.window_title(None))
            self._set_schedules(ScheduleDrafts([Schedule(kind=ScheduleKind.TIMES)]))
        else:
            self._load(medication_id)
        self.name.setFocus()
        self._fit_to_screen(body)

    def _fit_to_screen(self, body: QWidget) -> None:
        """Open big enough to show the whole form without scrolling, where the screen allows."""
        hint = body.sizeHint()
        extra = self.general_error.sizeHint().height() + self.save_button.sizeHint().height() * 2
        wanted = QSize(hint.width() + self.scroll_area.verticalScrollBar().sizeHint().width() + 32,
                       hint.height() + extra + 32)
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        if screen is not None:
            wanted = wanted.boundedTo(QSize(int(screen.width() * 0.95), int(screen.height() * 0.9)))
        self.resize(wanted)

    # -- building
    def _add_row(self, form: QFormLayout, name: str, label: str | QWidget, widget: QWidget) -> None:
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        layout.addWidget(self.errors.add(name, widget))
        self._field_widgets[name] = widget
        if isinstance(label, str):
            title = QLabel(label)
            title.setBuddy(widget)
            form.addRow(title, holder)
        else:
            form.addRow(label, holder)

    def _line(self, form: QFormLayout, name: str, label: str, accessible: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        if name in FIELDS["medications"]:
            limit_to(edit, "medications", name)
        edit.setAccessibleName(accessible)
        edit.setPlaceholderText(placeholder)
        self._add_row(form, name, label, edit)
        return edit

    def _load(self, medication_id: int) -> None:
        row = meds.get_medication(self.profile, medication_id)  # type: ignore[arg-type]
        self.setWindowTitle(form_logic.window_title(row))
        for name, text in form_logic.box_texts(row).items():
            self._field_widgets[name].setText(text)  # type: ignore[attr-defined]
        index = self.prescriber.findData(row.prescriber_id) if row.prescriber_id is not None else 0
        if index < 0:  # a prescriber since moved to the trash: keep it rather than silently dropping it
            self.prescriber.addItem(row.prescriber, row.prescriber_id)
            index = self.prescriber.count() - 1
        self.prescriber.setCurrentIndex(index)
        if row.start_date is not None:
            self.start_date.set_date(row.start_date)
        self.start_hint.setText(QCoreApplication.translate("MedicationForm", "A changed schedule applies from when you save it."))
        self._set_schedules(ScheduleDrafts(list(row.schedules)))

    # -- schedules
    def _set_schedules(self, schedules: ScheduleDrafts) -> None:
        self._schedules = schedules
        self._loading = True
        self.schedule_list.clear()
        self.schedule_list.addItems(schedules.words())
        self._loading = False
        self.schedule_list.setCurrentRow(0 if len(schedules) else -1)
        self.on_schedule_row_changed(self.schedule_list.currentRow())

    def schedules(self) -> list[Schedule]:
        return self._schedules.all()

    def on_schedule_row_changed(self, row: int) -> None:
        if self._loading:
            return
        has = self._schedules.has(row)
        self.editor.setVisible(has)
        self.remove_schedule_button.setEnabled(has)
        self.no_schedule.setVisible(not len(self._schedules))
        if has:
            self.editor.set_schedule(self._schedules[row])

    def on_editor_changed(self) -> None:
        row = self.schedule_list.currentRow()
        if self._schedules.has(row):
            self.schedule_list.item(row).setText(self._schedules.replace(row, self.editor.schedule()))

    def on_add_schedule_clicked(self) -> None:
        self.schedule_list.addItem(self._schedules.add())
        self.schedule_list.setCurrentRow(len(self._schedules) - 1)
        self.editor.way.setFocus()

    def on_remove_schedule_clicked(self) -> None:
        row = self.schedule_list.currentRow()
        if not self._schedules.has(row):
            return
        after = self._schedules.remove(row)
        self._loading = True
        self.schedule_list.takeItem(row)
        self._loading = False
        self.schedule_list.setCurrentRow(after)
        self.on_schedule_row_changed(self.schedule_list.currentRow())
        (self.schedule_list if len(self._schedules) else self.add_schedule_button).setFocus()

    # -- saving
    def medication_input(self) -> meds.MedicationInput:
        return meds.MedicationInput(
            name=self.name.text(), strength=self.strength.text(), form=self.form_.text(), dose=self.dose.text(),
            route=self.route.text(), purpose=self.purpose.text(), instructions=self.instructions.text(),
            prescriber_id=self.prescriber.currentData(),
            start_date=self.start_date.value(),
            stock=self.stock.text(), stock_unit=self.stock_unit.text(), refill_at=self.refill_at.text(),
            units_per_dose=self.units_per_dose.text(),
        )

    def on_save_clicked(self) -> None:
        self.errors.clear()
        self.general_error.hide()
        if self.editor.isVisible():
            self.on_editor_changed()  # a time still in its box is part of the schedule saved
        typed = self.editor.typed_time_problem() if self.editor.isVisible() else None
        if typed is not None:  # a typed time is kept, so one that is no time must not be dropped quietly
            self.errors.show("schedules", typed.message)
            self.editor.focus_field(typed.field)
            self.scroll_area.ensureWidgetVisible(self.schedule_error)
            return
        try:
            self.saved_id = form_logic.save(self.profile, self.medication_id, self.medication_input(),
                                            self.schedules(), self._clock() if self._clock else None)
        except ValidationError as exc:
            self.show_error(exc)
            return
        except ServiceError as exc:
            self.errors.show_or_general(self.general_error, None, str(exc))
            return
        self.accept()

    def show_error(self, exc: ValidationError) -> None:
        place = form_logic.error_place(exc, len(self._schedules))
        if place.schedule_field:
            if place.schedule_row is not None:
                self.schedule_list.setCurrentRow(place.schedule_row)
            self.errors.show("schedules", place.message)
            self.editor.focus_field(place.schedule_field)
            self.scroll_area.ensureWidgetVisible(self.schedule_error)
        elif self.errors.show(place.field, place.message):
            self.scroll_area.ensureWidgetVisible(self._field_widgets[place.field])
        else:
            self.general_error.setText(place.message)
            self.general_error.show()

    def error_text(self, field: str) -> str:
        """The message shown at a field, or above the form for ``"general"`` (empty when none)."""
        if field == "general":
            return "" if self.general_error.isHidden() else self.general_error.text()
        return self.errors.message(field)
