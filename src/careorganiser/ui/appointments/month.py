"""The month view of the Appointments page: a calendar that marks the days with appointments (bold on blue)
and rides (underlined), its legend, which dates the agenda shows, and "Show all dates"."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QSize
from PySide6.QtGui import QColor, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QLabel, QPushButton, QVBoxLayout, QWidget

from careorganiser.services.appointments import DayMarks
from careorganiser.ui.appointments import wording

APPOINTMENT_DAY = QColor("#cfe3ff")


class MonthView(QCalendarWidget):
    """The month calendar; layouts never squeeze it below the size that shows all six weeks, whatever the
    text size (Qt's own hint lags behind a font change and comes out a row short with large text)."""

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        metrics = self.fontMetrics()
        cell_width = max(metrics.horizontalAdvance(self.locale().dayName(d, QLocale.FormatType.ShortFormat))
                         for d in range(1, 8)) + metrics.averageCharWidth() * 2
        cell_height = metrics.height() + metrics.height() // 2
        navigation = metrics.height() * 2 + 8
        return QSize(max(hint.width(), cell_width * 7 + 4), max(hint.height(), navigation + cell_height * 7 + 4))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the text-size setting changed
            self.updateGeometry()


class MonthPanel(QWidget):
    """The month view with its label, legend, the dates shown and "Show all dates"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        right = QVBoxLayout(self)
        right.setContentsMargins(0, 0, 0, 0)
        self.calendar_label = QLabel(QCoreApplication.translate("AppointmentsPage", "Pick a da&y to see only its appointments:"))
        self.calendar_label.setWordWrap(True)
        right.addWidget(self.calendar_label)
        self.calendar = MonthView()
        self.calendar.setObjectName("month")
        self.calendar.setAccessibleName(QCoreApplication.translate("AppointmentsPage", "Month view"))
        self.calendar.setAccessibleDescription(QCoreApplication.translate("AppointmentsPage", "Days with an appointment are bold on blue; days with a ride "
                                                                                              "are underlined. Pick a day to see only its appointments."))
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar_label.setBuddy(self.calendar)
        right.addWidget(self.calendar)
        legend = QLabel(wording.legend_html())
        legend.setWordWrap(True)
        right.addWidget(legend)
        self.filter_label = QLabel()
        self.filter_label.setWordWrap(True)
        self.filter_label.setObjectName("filter")
        right.addWidget(self.filter_label)
        self.show_all_button = QPushButton(QCoreApplication.translate("AppointmentsPage", "Show a&ll dates"))
        self.show_all_button.setAccessibleName(QCoreApplication.translate("AppointmentsPage", "Show the appointments of all dates"))
        self.show_all_button.setProperty("reading", True)
        right.addWidget(self.show_all_button)
        right.addStretch(1)

    def span(self) -> tuple[date, date]:
        """The days the month shown can show (its marks are read for these)."""
        return wording.month_span(self.calendar.yearShown(), self.calendar.monthShown())

    def show_marks(self, marks: Mapping[date, DayMarks]) -> None:
        """Mark each day of ``marks``; every other mark is cleared."""
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())  # clear every mark
        for day, mark in marks.items():
            fmt = QTextCharFormat()
            if mark.appointments:
                fmt.setFontWeight(700)
                fmt.setBackground(APPOINTMENT_DAY)
            if mark.rides:
                fmt.setFontUnderline(True)
            fmt.setToolTip(wording.marks_tooltip(mark))
            self.calendar.setDateTextFormat(QDate(day.year, day.month, day.day), fmt)
