"""A date typed as text, as people write it, with a calendar to pick from.

Typed text is read by the one shared reader (``services.cleaning.date_from_text``) with the hints of the
user's locale: whether an all-number date puts the day or the month first, and the locale's month names.
So "14 Mar 1951", "14/03/1951", "1951-03-14" and the locale's own short and long forms are all accepted.
Beside the field a hint shows the day understood ("Wed 14 Mar 1951"), or says that it is not a date yet.
"""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTimer, SignalInstance
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from careorganiser.domain.clock import wall_to_utc
from careorganiser.lazy_re import lazy
from careorganiser.ui.locale_text import format_date
from careorganiser.services.base import ValidationError
from careorganiser.services.cleaning import DAY_FIRST, MONTH_FIRST, YEAR_FIRST, parse_date, parse_time


# A day and a month without a year: "3/12", "3.12", "3 Dec", "Dec 3".
_NO_YEAR = lazy(r"^(?:\d{1,2}\s*[-/.]\s*\d{1,2}\.?|\d{1,2}\.?\s+[^\W\d_]+\.?|[^\W\d_]+\.?\s+\d{1,2})$")


def locale_date_hints(locale: QLocale | None = None) -> tuple[str, dict[str, int]]:
    """How ``locale`` orders an all-number date, and its month names (long and short, lower case)."""
    locale = locale or QLocale()
    short = locale.dateFormat(QLocale.FormatType.ShortFormat).lower()
    spots = {key: short.find(key) for key in ("d", "m", "y")}
    spots = {key: spot for key, spot in spots.items() if spot >= 0}
    first = min(spots, key=spots.__getitem__) if spots else "d"
    order = {"d": DAY_FIRST, "m": MONTH_FIRST, "y": YEAR_FIRST}[first]
    names: dict[str, int] = {}
    for month in range(1, 13):
        for kind in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
            for word in (locale.monthName(month, kind), locale.standaloneMonthName(month, kind)):
                word = word.lower().rstrip(".")
                if word:
                    names.setdefault(word, month)
    return order, names


def read_typed_date(text: object, field: str, label: str, *, example: str = "", required: bool = False,
                    today: date | None = None) -> date | None:
    """``parse_date`` with the hints of the user's locale: None when empty, ValidationError naming ``label``."""
    order, names = locale_date_hints()
    return parse_date(text, field, label, example=example, required=required, order=order, month_names=names,
                      today=today)


class DateField(QWidget):
    """A date typed as text with a "Calendar..." button beside it and a hint of the day understood.

    ``calendar_start`` is where the calendar opens while the field is empty (a date of birth: 70 years ago).
    ``show_hint`` False leaves the hint to the form (the person page says the day with the age).
    ``date_changed`` is the text box's own ``textChanged``: its listeners read ``current_date()``. (A signal
    emitted from Python is avoided on purpose: with PySide6 6.12 on Python 3.11 each ``emit()`` drops a
    reference to ``True``, and a few hundred keystrokes end the process.)
    """

    def __init__(self, accessible_name: str, parent: QWidget | None = None, *,
                 calendar_start: date | None = None, placeholder: str = "", show_hint: bool = True) -> None:
        super().__init__(parent)
        self.accessible = accessible_name
        self.calendar_start = calendar_start
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit()
        self.edit.setAccessibleName(accessible_name)
        self.edit.setPlaceholderText(placeholder or QCoreApplication.translate("DateField", "for example 3 Dec 2026"))
        self.edit.setMaxLength(40)
        # Room for the longest date, and for a form's own words in the empty box ("not recorded, e.g. 14 Mar
        # 1951": cut short, the example was lost).
        metrics = self.edit.fontMetrics()
        self.edit.setMinimumWidth(max(metrics.horizontalAdvance("Wed 30 Sept 2026"),
                                      metrics.horizontalAdvance(placeholder) if placeholder else 0) + 24)
        self.pick = QToolButton()
        self.pick.setText(QCoreApplication.translate("DateField", "Calendar\u2026"))
        self.pick.setAccessibleName(QCoreApplication.translate("DateField", "Pick {what} from a calendar").format(what=accessible_name.lower()))
        self.pick.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.pick)
        menu.aboutToShow.connect(self.on_menu_about_to_show)
        self.pick.setMenu(menu)
        self._menu = menu
        self._calendar: QCalendarWidget | None = None  # made when the menu first opens (see ``calendar``)
        self.hint = QLabel()
        self.hint.setWordWrap(True)  # at large text it wraps instead of widening the form
        self.hint.setAccessibleName(QCoreApplication.translate("DateField", "Day understood"))
        layout.addWidget(self.edit)
        layout.addWidget(self.pick)
        layout.addWidget(self.hint, 1)
        self.hint.setVisible(show_hint)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self.on_text_changed)

    @property
    def calendar(self) -> QCalendarWidget:
        """The calendar in the button's menu, made the first time it is wanted: a form has several date
        fields, most never opened, and a calendar takes longer to make than the rest of the field."""
        if self._calendar is None:
            # Made with its menu as parent, so that Qt (not Python's collector) deletes it, once.
            calendar = QCalendarWidget(self._menu)
            calendar.setAccessibleName(QCoreApplication.translate("DateField", "Calendar"))
            calendar.setGridVisible(True)
            calendar.setMinimumDate(QDate(1900, 1, 1))
            holder = QWidgetAction(self._menu)
            holder.setDefaultWidget(calendar)
            self._menu.addAction(holder)
            calendar.clicked.connect(self.on_calendar_picked)
            calendar.activated.connect(self.on_calendar_picked)
            self._calendar = calendar
        return self._calendar

    def text(self) -> str:
        return self.edit.text()

    def set_date(self, day: date | None) -> None:
        self.edit.setText(format_date(day) if day else "")

    def current_date(self) -> date | None:
        """The day typed, or None when empty or not (yet) a date."""
        try:
            return read_typed_date(self.edit.text(), "date", self.accessible)
        except ValidationError:
            return None

    def value(self) -> date | str:
        """The day typed, or the text itself when it is not a date (the service then says why)."""
        day = self.current_date()
        return day if day is not None else self.edit.text()

    def on_text_changed(self, text: str) -> None:
        day = self.current_date()
        if day is not None:
            self.hint.setText(format_date(day, weekday=True))
        elif _NO_YEAR.match(" ".join(text.split())):  # "3/12", "3 Dec": which year is not guessed
            self.hint.setText(QCoreApplication.translate("DateField", "not a date yet: add the year"))
        elif text.strip():
            self.hint.setText(QCoreApplication.translate("DateField", "not a date yet"))
        else:
            self.hint.setText("")

    @property
    def date_changed(self) -> SignalInstance:
        return self.edit.textChanged

    def on_menu_about_to_show(self) -> None:
        day = self.current_date() or self.calendar_start
        if day is not None:
            self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
            self.calendar.setCurrentPage(day.year, day.month)
        QTimer.singleShot(0, self.calendar, self.calendar.setFocus)  # not once the calendar is gone

    def on_calendar_picked(self, picked: QDate) -> None:
        self.set_date(date(picked.year(), picked.month(), picked.day()))
        self._menu.close()
        self.edit.setFocus()


class WallClockField(QWidget):
    """A day and a time of day, both typed (or the day picked from a calendar): a wall-clock time in the
    profile's zone, read back as an aware instant.

    ``instant(zone)`` raises ``ValidationError(field, ...)`` naming ``label`` when the day or the time typed
    is not one. A hint beside them says what was understood ("Sat 21 Nov 2026 10:15"), where there is room
    (``show_hint``).
    """

    def __init__(self, label: str, field: str, parent: QWidget | None = None, show_hint: bool = True) -> None:
        super().__init__(parent)
        self.label = label
        self.field = field
        from careorganiser.ui.widgets.flow import FlowLayout

        layout = FlowLayout(self)  # the time goes under the day when there is no room beside it (large text)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.day = DateField(QCoreApplication.translate("DateField", "{what}, day").format(what=label), show_hint=False)
        self.time = QLineEdit()
        self.time.setAccessibleName(QCoreApplication.translate("DateField", "{what}, time").format(what=label))
        self.time.setPlaceholderText(QCoreApplication.translate("DateField", "e.g. 10:15"))
        self.time.setMaxLength(20)
        self.time.setMinimumWidth(self.time.fontMetrics().horizontalAdvance("10:15 pm") + 16)
        self.time.setMaximumWidth(self.time.fontMetrics().horizontalAdvance("10:15 p.m.") * 2)
        self.hint = QLabel()
        self.hint.setWordWrap(True)  # at large text it wraps instead of widening the form
        self.hint.setAccessibleName(QCoreApplication.translate("DateField", "{what} understood").format(what=label))
        layout.addWidget(self.day)
        layout.addWidget(self.time)
        layout.addWidget(self.hint)
        self.hint.setVisible(show_hint)
        self.setFocusProxy(self.day.edit)
        self.day.date_changed.connect(self.on_day_changed)
        self.time.textChanged.connect(self.on_time_changed)

    def set_local(self, instant: datetime, zone: ZoneInfo) -> None:
        local = instant.astimezone(zone)
        self.set_wall_clock(local.date(), local.time())

    def set_wall_clock(self, day: date, clock: time) -> None:
        self.day.set_date(day)
        self.time.setText(clock.strftime("%H:%M"))

    def wall_clock(self) -> datetime:
        """The day and time typed as a naive wall-clock time; ValidationError naming the field when not one."""
        day = read_typed_date(self.day.text(), self.field, self.label, required=True,
                              example=QCoreApplication.translate("DateField", "21 Nov 2026 or 21/11/2026"))
        clock = parse_time(self.time.text(), self.field, self.label, example=QCoreApplication.translate("DateField", "10:15 or 2pm"))
        assert day is not None and clock is not None
        return datetime.combine(day, clock)

    def current_wall_clock(self) -> datetime | None:
        try:
            return self.wall_clock()
        except ValidationError:
            return None

    def instant(self, zone: ZoneInfo) -> datetime:
        """The wall-clock time typed, in ``zone``; ValidationError naming the field when it is not one."""
        return wall_to_utc(self.wall_clock(), zone)  # daylight-saving safe

    def on_day_changed(self, _day: object) -> None:
        self.on_changed()

    def on_time_changed(self, _text: str) -> None:
        self.on_changed()

    def on_changed(self) -> None:
        day = self.day.current_date()
        try:
            clock = parse_time(self.time.text(), self.field, self.label)
        except ValidationError:
            clock = None
        if day is not None and clock is not None:
            self.hint.setText(f"{format_date(day, weekday=True)} {clock.strftime('%H:%M')}")
        elif day is None:
            self.hint.setText(QCoreApplication.translate("DateField", "not a date yet") if self.day.text().strip() else "")
        else:
            self.hint.setText(QCoreApplication.translate("DateField", "not a time yet") if self.time.text().strip() else "")
