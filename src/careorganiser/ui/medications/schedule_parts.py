"""Two parts of the schedule editor that are widgets of their own: the times of day (a list, a box to type a
time in, Add and Remove) and the optional date window (from, until)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from careorganiser.services.base import ValidationError
from careorganiser.ui.medications.schedule_logic import typed_time
from careorganiser.ui.widgets.date_field import DateField


class TimesBox(QWidget):
    """The times of day: ``changed`` when a time is added or removed, ``refused`` when Add found no time."""

    changed = Signal()
    refused = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.times_list = QListWidget()
        self.times_list.setAccessibleName(QCoreApplication.translate("ScheduleEditor", "Times of day"))
        self.times_list.setFlow(QListWidget.Flow.LeftToRight)
        self.times_list.setWrapping(True)
        self.times_list.setSpacing(4)
        self.times_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        line = self.fontMetrics().lineSpacing()
        self.times_list.setMaximumHeight(line * 4)
        self.times_list.setMinimumHeight(line * 2)
        # Typed straight in ("8:00", "13", "1pm", "8.30"); a time typed is part of the schedule at once
        # (the summary shows it) and goes into the list when the box is left or Enter is pressed.
        self.new_time = QLineEdit()
        self.new_time.setPlaceholderText(QCoreApplication.translate("ScheduleEditor", "e.g. 08:00 or 1pm"))
        self.new_time.setMaxLength(20)
        self.new_time.setMinimumWidth(self.new_time.fontMetrics().horizontalAdvance("e.g. 08:00 or 1pm") + 16)
        self.new_time.setAccessibleName(QCoreApplication.translate("ScheduleEditor", "Time to add"))
        self.add_time_button = QPushButton(QCoreApplication.translate("ScheduleEditor", "Add &time"))
        self.add_time_button.setAccessibleName(QCoreApplication.translate("ScheduleEditor", "Add this time"))
        self.add_time_button.setAutoDefault(False)
        self.remove_time_button = QPushButton(QCoreApplication.translate("ScheduleEditor", "Remo&ve time"))
        self.remove_time_button.setAccessibleName(QCoreApplication.translate("ScheduleEditor", "Remove the chosen time"))
        self.remove_time_button.setAutoDefault(False)
        row = QHBoxLayout()
        row.addWidget(self.new_time)
        row.addWidget(self.add_time_button)
        row.addWidget(self.remove_time_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.times_list)

        self.add_time_button.clicked.connect(self.on_add_time_clicked)
        self.new_time.editingFinished.connect(self.on_new_time_finished)
        self.remove_time_button.clicked.connect(self.on_remove_time_clicked)
        self.times_list.currentRowChanged.connect(lambda _row: self.update_buttons())

    def pending_time(self) -> str | None:
        """The time typed in the box and not yet in the list, as ``HH:MM`` (None when the box is empty).

        Raises ValidationError (field ``new_time``) when the box holds something that is not a time of day.
        """
        return typed_time(self.new_time.text())

    def listed_times(self) -> list[str]:
        return [self.times_list.item(i).text() for i in range(self.times_list.count())]

    def on_add_time_clicked(self) -> None:
        try:
            text = self.pending_time()
        except ValidationError:
            self.refused.emit()
            self.new_time.setFocus()
            return
        if text is None:
            self.new_time.setFocus()
            return
        if text not in self.listed_times():
            self.times_list.addItem(self._time_item(text))
            self.times_list.sortItems()
        self.new_time.clear()
        self._select_time(text)
        self.changed.emit()

    def on_new_time_finished(self) -> None:
        """Leaving the box (or Enter) keeps the time typed, with no button to press."""
        if self.new_time.text().strip():
            self.on_add_time_clicked()

    def on_remove_time_clicked(self) -> None:
        row = self.times_list.currentRow()
        if row < 0:
            return
        self.times_list.takeItem(row)
        self.update_buttons()
        self.changed.emit()

    def set_times(self, times: tuple[str, ...]) -> None:
        """Show ``times`` (nothing typed, nothing emitted)."""
        self.times_list.clear()
        self.new_time.clear()
        for text in times:
            self.times_list.addItem(self._time_item(text))
        self.times_list.sortItems()

    def update_buttons(self) -> None:
        self.remove_time_button.setEnabled(self.times_list.currentRow() >= 0)

    @staticmethod
    def _time_item(text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
        return item

    def _select_time(self, text: str) -> None:
        for i in range(self.times_list.count()):
            if self.times_list.item(i).text() == text:
                self.times_list.setCurrentRow(i)
                return


class DateWindow(QWidget):
    """Only from a date, only until a date: each a tick and a day. One line each, so that the form stays
    narrow at large text; ``changed`` on any change."""

    changed = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.from_check = QCheckBox(QCoreApplication.translate("ScheduleEditor", "&From"))
        self.from_check.setAccessibleName(QCoreApplication.translate("ScheduleEditor", "Only from a date"))
        self.from_date = DateField(QCoreApplication.translate("ScheduleEditor", "First day of this schedule"), show_hint=False)
        self.from_date.set_date(today)
        self.until_check = QCheckBox(QCoreApplication.translate("ScheduleEditor", "&Until"))
        self.until_check.setAccessibleName(QCoreApplication.translate("ScheduleEditor", "Only until a date"))
        self.until_date = DateField(QCoreApplication.translate("ScheduleEditor", "Last day of this schedule"), show_hint=False)
        self.until_date.set_date(today)
        layout.addWidget(self.from_check, 0, 0)
        layout.addWidget(self.from_date, 0, 1)
        layout.addWidget(self.until_check, 1, 0)
        layout.addWidget(self.until_date, 1, 1)
        layout.setColumnStretch(2, 1)
        for check in (self.from_check, self.until_check):
            check.toggled.connect(self.on_toggled)
        for edit in (self.from_date, self.until_date):
            edit.date_changed.connect(lambda *_: self.changed.emit())
        self.update_enabled()

    def on_toggled(self, _checked: bool) -> None:
        self.update_enabled()
        self.changed.emit()

    def update_enabled(self) -> None:
        self.from_date.setEnabled(self.from_check.isChecked())
        self.until_date.setEnabled(self.until_check.isChecked())

    def window(self) -> tuple[date | None, date | None]:
        """The first and last day ticked (None: not ticked)."""
        return (self.from_date.current_date() if self.from_check.isChecked() else None,
                self.until_date.current_date() if self.until_check.isChecked() else None)

    def set_window(self, first: date | None, last: date | None) -> None:
        """Show a window (nothing emitted: the editor is loading)."""
        self.blockSignals(True)
        try:
            self.from_check.setChecked(first is not None)
            if first is not None:
                self.from_date.set_date(first)
            self.until_check.setChecked(last is not None)
            if last is not None:
                self.until_date.set_date(last)
        finally:
            self.blockSignals(False)
        self.update_enabled()
