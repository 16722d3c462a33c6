"""A schedule editor that speaks plain words: how often, which times and days, and a live summary.

It edits one :class:`~careorganiser.domain.schedules.Schedule`. The caregiver picks a way of taking it
("At set times each day", "On chosen weekdays", "Every N days", "Every N hours", "As needed"), fills only
what that way needs, and reads the result in words ("3 times a day at 08:00, 13:00, 19:00") as they type.
"""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from careorganiser.domain.enums import ScheduleKind
from careorganiser.domain.schedules import Schedule
from careorganiser.services import medications as meds
from careorganiser.services.base import ValidationError
from careorganiser.ui.medications.schedule_parts import DateWindow, TimesBox
from careorganiser.ui.medications.schedule_logic import (
    TIMES_OF_DAY_WAYS,
    Row,
    ScheduleFields,
    ScheduleWay,
    build_schedule,
    rows_shown,
    schedule_problem,
    summary,
    times_with_typed,
    way_choices,
    way_of,
    weekday_names,
)
from careorganiser.ui.widgets.date_field import DateField, WallClockField, read_typed_date
from careorganiser.ui.widgets.wheel import scroll_past


# The ways of taking a medication (kept under their old names for the form and the tests).
WAY_TIMES = ScheduleWay.TIMES
WAY_WEEKDAYS = ScheduleWay.WEEKDAYS
WAY_EVERY_N_DAYS = ScheduleWay.EVERY_N_DAYS
WAY_EVERY_HOURS = ScheduleWay.EVERY_HOURS
WAY_AS_NEEDED = ScheduleWay.AS_NEEDED


class _PlainNumberSpinBox(QDoubleSpinBox):
    """A number box that writes 6 and 1.5, not 6.00 and 1.50."""

    def textFromValue(self, value: float) -> str:
        text = self.locale().toString(float(value), "f", self.decimals())
        point = self.locale().decimalPoint()
        if point in text:
            text = text.rstrip("0").rstrip(point)
        return text


class ScheduleEditor(QWidget):
    """Edit one schedule; ``changed`` fires on every edit, ``schedule()`` reads it back."""

    changed = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._loading = False
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.form = form

        self.way = scroll_past(QComboBox())
        for key, label in way_choices():
            self.way.addItem(label, key)
        self.way.setAccessibleName(QCoreApplication.translate("ScheduleEditor", "How often"))
        self.way_label = QLabel(QCoreApplication.translate("ScheduleEditor", "How &often"))
        self.way_label.setBuddy(self.way)
        form.addRow(self.way_label, self.way)

        # Times of day: a list, a time box and Add / Remove.
        self.times_box = TimesBox()
        self.times_list = self.times_box.times_list
        self.new_time = self.times_box.new_time
        self.add_time_button = self.times_box.add_time_button
        self.remove_time_button = self.times_box.remove_time_button
        self.times_label = QLabel(QCoreApplication.translate("ScheduleEditor", "Ti&mes of day"))
        self.times_label.setBuddy(self.new_time)
        form.addRow(self.times_label, self.times_box)
        self.times_row = self.times_box

        # Weekdays
        days_box = QWidget()
        days_layout = QHBoxLayout(days_box)
        days_layout.setContentsMargins(0, 0, 0, 0)
        self.day_boxes: dict[str, QCheckBox] = {}
        for key, (short, full) in weekday_names().items():
            box = QCheckBox(short)
            box.setAccessibleName(full)
            self.day_boxes[key] = box
            days_layout.addWidget(box)
        days_layout.addStretch(1)
        self.days_label = QLabel(QCoreApplication.translate("ScheduleEditor", "On these da&ys"))
        self.days_label.setBuddy(self.day_boxes["mon"])
        form.addRow(self.days_label, days_box)
        self.days_row = days_box

        # Every N days
        self.every_days = scroll_past(QSpinBox())
        self.every_days.setRange(1, meds.EVERY_DAYS_MAX)
        self.every_days.setValue(2)
        self.every_days.setSuffix(QCoreApplication.translate("ScheduleEditor", " days"))
        self.every_days.setAccessibleName(QCoreApplication.translate("ScheduleEditor", "Every how many days"))
        self.every_days_label = QLabel(QCoreApplication.translate("ScheduleEditor", "Ever&y"))
        self.every_days_label.setBuddy(self.every_days)
        form.addRow(self.every_days_label, self.every_days)
        self.start_on = DateField(QCoreApplication.translate("ScheduleEditor", "Date of the first dose"), show_hint=False)
        self.start_on.set_date(today)
        self.start_on_label = QLabel(QCoreApplication.translate("ScheduleEditor", "First dose o&n"))
        self.start_on_label.setBuddy(self.start_on)
        form.addRow(self.start_on_label, self.start_on)

        # Every N hours
        self.every_hours = _PlainNumberSpinBox()
        self.every_hours.setRange(meds.HOURS_MIN, meds.HOURS_MAX)
        self.every_hours.setDecimals(2)
        self.every_hours.setSingleStep(0.5)
        self.every_hours.setValue(6)
        self.every_hours.setSuffix(QCoreApplication.translate("ScheduleEditor", " hours"))
        self.every_hours.setAccessibleName(QCoreApplication.translate("ScheduleEditor", "Every how many hours"))
        self.every_hours_label = QLabel(QCoreApplication.translate("ScheduleEditor", "Ever&y"))
        self.every_hours_label.setBuddy(self.every_hours)
        form.addRow(self.every_hours_label, self.every_hours)
        self.start_at = WallClockField(QCoreApplication.translate("ScheduleEditor", "First dose on"), "typed.start")
        self.start_at.set_wall_clock(today, time(8, 0))
        self.start_at.setAccessibleName(QCoreApplication.translate("ScheduleEditor", "Date and time of the first dose"))
        self.start_at_label = QLabel(QCoreApplication.translate("ScheduleEditor", "First dose o&n"))
        self.start_at_label.setBuddy(self.start_at)
        form.addRow(self.start_at_label, self.start_at)

        # As needed
        self.min_gap = _PlainNumberSpinBox()
        self.min_gap.setRange(0, meds.MIN_GAP_MAX)
        self.min_gap.setDecimals(1)
        self.min_gap.setSingleStep(0.5)
        self.min_gap.setValue(4)
        self.min_gap.setSuffix(QCoreApplication.translate("ScheduleEditor", " hours apart"))
        self.min_gap.setSpecialValueText(QCoreApplication.translate("ScheduleEditor", "no minimum gap"))
        self.min_gap.setAccessibleName(QCoreApplication.translate("ScheduleEditor", "At least how many hours apart"))
        self.min_gap_label = QLabel(QCoreApplication.translate("ScheduleEditor", "At &least"))
        self.min_gap_label.setBuddy(self.min_gap)
        form.addRow(self.min_gap_label, self.min_gap)
        self.max_per_day = scroll_past(QSpinBox())
        self.max_per_day.setRange(0, meds.MAX_PER_DAY_MAX)
        self.max_per_day.setValue(0)
        self.max_per_day.setSuffix(QCoreApplication.translate("ScheduleEditor", " a day"))
        self.max_per_day.setSpecialValueText(QCoreApplication.translate("ScheduleEditor", "no daily limit"))
        self.max_per_day.setAccessibleName(QCoreApplication.translate("ScheduleEditor", "At most how many a day"))
        self.max_per_day_label = QLabel(QCoreApplication.translate("ScheduleEditor", "At mos&t"))
        self.max_per_day_label.setBuddy(self.max_per_day)
        form.addRow(self.max_per_day_label, self.max_per_day)

        # Optional date window (tapering); the summary says the days understood.
        self.window = DateWindow(today)
        self.from_check, self.from_date = self.window.from_check, self.window.from_date
        self.until_check, self.until_date = self.window.until_check, self.window.until_date
        self.window_label = QLabel(QCoreApplication.translate("ScheduleEditor", "Only between"))
        self.window_label.setToolTip(QCoreApplication.translate("ScheduleEditor", "For a course or a tapering dose: the first and last day of this schedule."))
        form.addRow(self.window_label, self.window)

        self.summary = QLabel()
        self.summary.setObjectName("ScheduleSummary")
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(QCoreApplication.translate("ScheduleEditor", "This schedule in words"))
        self.summary.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.summary.setMinimumWidth(self.fontMetrics().averageCharWidth() * 30)
        self.summary.setStyleSheet("QLabel[unfinished=\"true\"] { color: #8a4b00; }")
        summary_title = QLabel(QCoreApplication.translate("ScheduleEditor", "In words"))
        form.addRow(summary_title, self.summary)

        self._wire()
        self._update_visible_rows()
        self._update_summary()

    # -- wiring
    def _wire(self) -> None:
        self.way.currentIndexChanged.connect(self.on_way_changed)
        self.times_box.changed.connect(self._emit_changed)
        self.times_box.refused.connect(self._update_summary)
        # Each keystroke updates the summary only; the schedule's listeners hear of the time when it is kept
        # (a signal emitted from Python at every keystroke is what PySide6 6.12 cannot afford, see DateField).
        self.new_time.textEdited.connect(lambda _text: self._update_summary())
        for box in self.day_boxes.values():
            box.toggled.connect(self._emit_changed)
        for spin in (self.every_days, self.every_hours, self.min_gap, self.max_per_day):
            spin.valueChanged.connect(self._emit_changed)
        self.start_on.date_changed.connect(self._emit_changed)
        self.window.changed.connect(self._emit_changed)
        self.start_at.day.date_changed.connect(self._emit_changed)
        self.start_at.time.textChanged.connect(self._emit_changed)

    def on_way_changed(self, _index: int) -> None:
        self._update_visible_rows()
        self._emit_changed()

    def pending_time(self) -> str | None:
        """The time typed in the box and not yet in the list, as ``HH:MM`` (None when the box is empty).

        Raises ValidationError (field ``new_time``) when the box holds something that is not a time of day.
        """
        return self.times_box.pending_time()

    def on_add_time_clicked(self) -> None:
        self.times_box.on_add_time_clicked()

    def on_remove_time_clicked(self) -> None:
        self.times_box.on_remove_time_clicked()

    def _emit_changed(self, *_args: object) -> None:
        if self._loading:
            return
        self._update_summary()
        self.changed.emit()

    # -- reading and writing the schedule
    def listed_times(self) -> list[str]:
        return self.times_box.listed_times()

    def times(self) -> list[str]:
        """The times in the list, and the one typed in the box when it is a time of day."""
        return times_with_typed(self.listed_times(), self.new_time.text(), self.way_key())

    def way_key(self) -> str:
        return str(self.way.currentData())

    def set_way(self, key: str) -> None:
        self.way.setCurrentIndex(self.way.findData(key))

    def add_time(self, text: str) -> None:
        """Add a time as if typed and added (for tests and for loading)."""
        self.new_time.setText(text)
        self.on_add_time_clicked()

    def schedule(self) -> Schedule:
        """The schedule as filled in; it may be unfinished (``services.medications.check_schedule`` says why)."""
        return build_schedule(self.fields())

    def fields(self) -> ScheduleFields:
        """What the boxes hold now."""
        return ScheduleFields(
            way=self.way_key(), times=tuple(self.times()),
            weekdays=frozenset(d for d, box in self.day_boxes.items() if box.isChecked()),
            every_days=self.every_days.value(), start_on=self.start_on.current_date(),
            every_hours=self.every_hours.value(),
            start_at=self.start_at.current_wall_clock() if self.way_key() == WAY_EVERY_HOURS else None,
            min_gap_hours=self.min_gap.value(), max_per_day=self.max_per_day.value(),
            from_date=self.window.window()[0], until_date=self.window.window()[1])

    def set_schedule(self, schedule: Schedule | None) -> None:
        """Show a schedule (None: a new one, at set times each day with no time yet)."""
        self._loading = True
        try:
            for box in self.day_boxes.values():
                box.setChecked(False)
            schedule = schedule or Schedule(kind=ScheduleKind.TIMES.value)
            kind = schedule.kind
            self.set_way(way_of(schedule))
            for day in schedule.weekdays or ():
                if day in self.day_boxes:
                    self.day_boxes[day].setChecked(True)
            self.times_box.set_times(schedule.times)
            if schedule.every:
                self.every_days.setValue(schedule.every)
            if schedule.start_on:
                self.start_on.set_date(schedule.start_on)
            if schedule.hours:
                self.every_hours.setValue(float(schedule.hours))
            if schedule.start_at:
                self.start_at.set_wall_clock(schedule.start_at.date(), schedule.start_at.time())
            if kind == ScheduleKind.AS_NEEDED:
                self.min_gap.setValue(float(schedule.min_gap_hours or 0))
                self.max_per_day.setValue(int(schedule.max_per_day or 0))
            self.window.set_window(schedule.from_date or None, schedule.until_date or None)
        finally:
            self._loading = False
        self._update_visible_rows()
        self.times_box.update_buttons()
        self._update_summary()

    # -- what the caregiver sees
    def summary_text(self) -> str:
        return self.summary.text()

    def problem(self) -> ValidationError | None:
        """Why the schedule as filled in cannot be saved yet, or None."""
        typed = self.typed_time_problem()
        if typed is not None:
            return typed
        return schedule_problem(self.schedule())

    def typed_time_problem(self) -> ValidationError | None:
        """Why a time or a date typed in the editor is not one (None when all are, or the boxes are empty)."""
        try:
            if self.way_key() in TIMES_OF_DAY_WAYS:
                self.pending_time()
            dates = [(self.start_on, "start", self.way_key() == WAY_EVERY_N_DAYS, QCoreApplication.translate("ScheduleEditor", "First dose on")),
                     (self.from_date, "from", self.from_check.isChecked(), QCoreApplication.translate("ScheduleEditor", "From")),
                     (self.until_date, "until", self.until_check.isChecked(), QCoreApplication.translate("ScheduleEditor", "Until"))]
            for edit, name, used, label in dates:
                if used:
                    read_typed_date(edit.text(), f"typed.{name}", label, example=QCoreApplication.translate("ScheduleEditor", "3 Dec 2026 or 03/12/2026"),
                                    required=True)
            if self.way_key() == WAY_EVERY_HOURS:
                self.start_at.wall_clock()
        except ValidationError as exc:
            return exc
        return None

    def _update_summary(self) -> None:
        text, finished = summary(self.schedule(), self.problem())
        font = self.summary.font()
        font.setBold(finished)
        self.summary.setFont(font)
        self.summary.setText(text)
        self.summary.setProperty("unfinished", not finished)
        self.summary.style().unpolish(self.summary)
        self.summary.style().polish(self.summary)

    def _update_visible_rows(self) -> None:
        shown = rows_shown(self.way_key())
        rows = {Row.TIMES: self.times_row, Row.DAYS: self.days_row, Row.EVERY_DAYS: self.every_days,
                Row.START_ON: self.start_on, Row.EVERY_HOURS: self.every_hours, Row.START_AT: self.start_at,
                Row.MIN_GAP: self.min_gap, Row.MAX_PER_DAY: self.max_per_day}
        for row, widget in rows.items():
            self.form.setRowVisible(widget, row in shown)
        self.times_box.update_buttons()

    def focus_field(self, field: str) -> None:
        """Put the focus where a ValidationError about ``field`` (``times[0]``, ``until``...) is fixed."""
        base = field.split("[", 1)[0].removeprefix("typed.")
        target = {
            "kind": self.way, "times": self.new_time, "new_time": self.new_time,
            "weekdays": self.day_boxes["mon"], "every": self.every_days,
            "hours": self.every_hours, "min_gap_hours": self.min_gap, "max_per_day": self.max_per_day,
            "from": self.from_date if self.from_check.isChecked() else self.from_check,
            "until": self.until_date if self.until_check.isChecked() else self.until_check,
            "start": self.start_on if self.way_key() == WAY_EVERY_N_DAYS else self.start_at,
        }.get(base, self.way)
        target.setFocus()
