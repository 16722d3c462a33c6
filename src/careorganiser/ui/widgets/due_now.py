"""The "Due now" panel (and its sibling, "Missed while closed"): one row per dose waiting for an answer,
each with one-click buttons. Prominent but calm: a soft frame, plain words, no flashing.

The panel only shows and asks; the page does the work (it listens to the request signals).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from enum import StrEnum
from zoneinfo import ZoneInfo

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from careorganiser.services.reminders import DueDose
from careorganiser.ui.dose_text import (
    Dose,
    dose_plain,
    dose_time,
    due_dose_html,
    object_key,
)
from careorganiser.ui.locale_text import format_time
from careorganiser.ui.qt_values import placed, rich_text, set_enum, set_shown
from careorganiser.ui.reminders import SNOOZE_CHOICES, snooze_label
from careorganiser.ui.widgets.keyed_rows import KeyedRows
from careorganiser.ui.widgets.plain_label import TitleLabel, plain_label


class Place(StrEnum):
    """Where on Today a dose is answered: the Due now panel, the Missed while closed panel, or the day's list."""

    DUE = "due"
    MISSED = "missed"
    LIST = "list"


# Soft backgrounds with dark text, set through the palette: a style sheet would stop the panel from
# following the app's text-size setting (Qt fixes the font of a widget styled by a sheet).
DUE_COLOURS = ("#eaf2fb", "#13263d")
MISSED_COLOURS = ("#fff5dc", "#3b2a05")


def tint(widget: QWidget, background: str, text: str) -> None:
    """Give a widget (and the labels in it) a background and a text colour, keeping its font scalable."""
    palette = widget.palette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Window, QColor(background))
        palette.setColor(group, QPalette.ColorRole.WindowText, QColor(text))
    widget.setPalette(palette)
    widget.setAutoFillBackground(True)


# How "Taken" is recorded: at the time the dose was due, now, or at a time the user types.
TAKE_SCHEDULED, TAKE_NOW, TAKE_OTHER = "scheduled", "now", "other"
# A skip reason of None asks for a reason to be typed; "" is a skip with no reason.
OTHER_REASON = None


def default_take(dose: Dose, now: datetime) -> str:
    """A past dose is taken "at the scheduled time" unless said otherwise; a dose taken early, now."""
    return TAKE_SCHEDULED if dose.scheduled_for <= now else TAKE_NOW


def skip_reasons() -> list[str]:
    """The short list of reasons offered when a dose is skipped (any other text may be typed)."""
    return [QCoreApplication.translate("DueNow", "Felt unwell"), QCoreApplication.translate("DueNow", "Side effects"), QCoreApplication.translate("DueNow", "Ran out"), QCoreApplication.translate("DueNow", "Doctor's advice"), QCoreApplication.translate("DueNow", "Not at home")]


class SplitButton(QToolButton):
    """A button whose face does the usual thing and whose arrow offers the other choices; from the keyboard,
    Space does the usual thing and Down (or the Menu key) opens the choices."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (QtCore.Qt.Key.Key_Down, QtCore.Qt.Key.Key_Menu) and self.menu() is not None:
            self.showMenu()
            event.accept()
            return
        super().keyPressEvent(event)


def fill_on_first_show(menu: QMenu, fill: Callable[[QMenu], None]) -> QMenu:
    """Add ``menu``'s actions when it first opens (``aboutToShow``: the mouse, the Down key, the Menu key):
    a day's dose buttons then cost nothing before the first paint."""

    def once() -> None:
        if not menu.actions():
            fill(menu)

    menu.aboutToShow.connect(once)
    return menu


def _split_button(text: str, accessible: str, name: str) -> QToolButton:
    """A button whose face does the usual thing and whose arrow offers the other choices."""
    button = SplitButton()
    button.setText(text)
    button.setObjectName(name)
    button.setAccessibleName(accessible)
    set_enum(button, "toolButtonStyle", "ToolButtonTextOnly")
    button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
    set_enum(button, "focusPolicy", "StrongFocus")
    button.setProperty("writes", True)  # a read-only profile's guard disables it (profile_actions.ReadOnlyGuard)
    return button


def taken_button(dose: Dose, zone: ZoneInfo, now: datetime, subject: str, name: str,
                 take: Callable[[str], None]) -> QToolButton:
    """"Taken": a click records the usual time (:func:`default_take`); its menu offers "At the scheduled time
    (08:00)", "Now" and "At another time..."."""
    default = default_take(dose, now)
    button = _split_button(QCoreApplication.translate("DueNow", "Taken"), QCoreApplication.translate("DueNow", "Mark {subject} taken").format(subject=subject), name)
    when = format_time(dose.scheduled_for, zone)
    button.setToolTip(QCoreApplication.translate("DueNow", "Taken at {time}; the arrow (or the Down key) offers now or another time").format(
        time=when) if default == TAKE_SCHEDULED else QCoreApplication.translate("DueNow", "Taken now; the arrow (or the Down key) offers another time"))
    menu = QMenu(button)
    menu.setAccessibleName(QCoreApplication.translate("DueNow", "Taken when"))

    def fill(menu: QMenu) -> None:
        from PySide6.QtGui import QAction  # its class is made with the first menu opened, after the first paint

        choices = [(TAKE_NOW, QCoreApplication.translate("DueNow", "Now")), (TAKE_OTHER, QCoreApplication.translate("DueNow", "At another time\u2026"))]
        if dose.scheduled_for <= now:
            choices.insert(0, (TAKE_SCHEDULED, QCoreApplication.translate("DueNow", "At the scheduled time ({time})").format(time=when)))
        for how, words in choices:
            action = QAction(words, menu)
            action.setObjectName(f"take-{how}")
            action.triggered.connect(lambda _c=False, h=how: take(h))
            menu.addAction(action)
            if how == default:
                menu.setDefaultAction(action)

    fill_on_first_show(menu, fill)
    button.setMenu(menu)
    button.clicked.connect(lambda _c=False: take(default))
    return button


def skip_button(subject: str, name: str, skip: Callable[[str | None], None]) -> QToolButton:
    """"Skip": a click skips with no reason; its menu offers the usual reasons and "Other reason..."."""
    button = _split_button(QCoreApplication.translate("DueNow", "Skip"), QCoreApplication.translate("DueNow", "Skip {subject}").format(subject=subject), name)
    button.setToolTip(QCoreApplication.translate("DueNow", "Skip; the arrow (or the Down key) offers a reason"))
    menu = QMenu(button)
    menu.setAccessibleName(QCoreApplication.translate("DueNow", "Reason for skipping"))

    def fill(menu: QMenu) -> None:
        from PySide6.QtGui import QAction

        for number, reason in enumerate(skip_reasons()):
            action = QAction(reason, menu)
            action.setObjectName(f"skip-reason-{number}")
            action.triggered.connect(lambda _c=False, r=reason: skip(r))
            menu.addAction(action)
        other = QAction(QCoreApplication.translate("DueNow", "Other reason\u2026"), menu)
        other.setObjectName("skip-reason-other")
        other.triggered.connect(lambda _c=False: skip(OTHER_REASON))
        menu.addAction(other)

    fill_on_first_show(menu, fill)
    button.setMenu(menu)
    button.clicked.connect(lambda _c=False: skip(""))
    return button


class DoseActionPanel(QFrame):
    """A titled list of doses, each with action buttons. ``kind`` is ``due`` or ``missed``."""

    take_requested = Signal(object, str)  # how: TAKE_SCHEDULED, TAKE_NOW or TAKE_OTHER
    skip_requested = Signal(object, object)  # reason: text ("" none), or OTHER_REASON to ask
    snooze_requested = Signal(object, int)  # minutes; 0 asks for a custom number
    leave_missed_requested = Signal(object)
    undo_requested = Signal(object)

    def __init__(self, kind: str = Place.DUE, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setObjectName("DueNowPanel" if kind == Place.DUE else "MissedPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        tint(self, *(DUE_COLOURS if kind == Place.DUE else MISSED_COLOURS))
        title = QCoreApplication.translate("DueNow", "Due now") if kind == Place.DUE else QCoreApplication.translate("DueNow", "Missed while closed")
        self.setAccessibleName(title)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 8, 12, 10)
        self.title_label = TitleLabel(title, scale=1.2)  # plain: as <h3> showed it, without a text document
        outer.addWidget(self.title_label)
        self.hint_label = QLabel()
        self.hint_label.setWordWrap(True)
        outer.addWidget(self.hint_label)
        self.rows = QWidget()
        self.grid = QGridLayout(self.rows)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(6)
        outer.addWidget(self.rows)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        outer.addWidget(self.empty_label)
        self._doses: list[Dose] = []
        self._answered: dict[str, tuple[Dose, str]] = {}
        self.grid.setColumnStretch(1, 1)
        self.keyed = KeyedRows(self.grid)

    @property
    def doses(self) -> list[Dose]:
        return list(self._doses)

    def set_answered(self, answered: dict[str, tuple[Dose, str]]) -> None:
        """Doses answered from here that keep their row (with what was done and an Undo) while the user
        works down the list, so that no row moves under the pointer. Keys: :func:`object_key`."""
        self._answered = dict(answered)

    def has_rows(self) -> bool:
        return bool(self._doses) or any(k not in {object_key(d) for d in self._doses} for k in self._answered)

    def set_doses(self, doses: Sequence[Dose], zone: ZoneInfo, now: datetime, empty_text: str = "") -> None:
        """Show these doses: only the rows whose dose (or its answer) changed are built again, so the other
        rows keep their widgets and keyboard focus."""
        waiting = {object_key(d) for d in doses}
        kept = [(dose, state) for key, (dose, state) in self._answered.items() if key not in waiting]
        self._doses = list(doses)
        if self.kind == Place.MISSED:
            self.hint_label.setText(QCoreApplication.translate("DueNow", "These fell due while the app was closed or the computer was asleep. "
                                                                         "Mark each one taken or skipped if you know, or leave it as missed."))
        else:
            self.hint_label.setText("")
        set_shown(self.hint_label, bool(self.hint_label.text()))
        rows: list[tuple[Dose, str | None]] = [(d, None) for d in doses] + [(d, state) for d, state in kept]
        rows.sort(key=lambda pair: (pair[0].scheduled_for, pair[0].name.casefold()))

        def row(dose: Dose, state: str | None) -> tuple[str, object, Callable[[], None]]:
            snoozed = isinstance(dose, DueDose) and dose.snoozed_at(now)
            signature = (dose, state, snoozed, dose_time(dose, zone, now), zone.key, now.astimezone(zone).date())
            if state is None:
                return (object_key(dose), signature, lambda: self._add_row(dose, zone, now))
            return (object_key(dose), signature, lambda: self._add_answered_row(dose, state, zone, now))

        self.keyed.show([row(dose, state) for dose, state in rows])
        set_shown(self.rows, bool(rows))
        self.empty_label.setText(empty_text)
        set_shown(self.empty_label, not rows and bool(empty_text))

    @property
    def buttons(self) -> dict[str, QAbstractButton]:
        return self.keyed.buttons

    def _button(self, text: str, accessible: str, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(accessible)
        button.setToolTip(accessible)
        button.setAutoDefault(False)
        self.keyed.add_button(button)
        return button

    def _add_row(self, dose: Dose, zone: ZoneInfo, now: datetime) -> None:
        when = dose_time(dose, zone, now)
        key = object_key(dose)
        time_label = plain_label(when, wrap=False, bold=True)
        if isinstance(dose, DueDose) and dose.snoozed_at(now) and dose.snoozed_until is not None:
            name_label = QLabel(due_dose_html(dose, zone, now))  # "Snoozed until 13:15" in italics under it
            rich_text(name_label)
            name_label.setWordWrap(True)
        else:
            name_label = plain_label(dose_plain(dose))
        self.keyed.add(time_label, 0)
        self.keyed.add(name_label, 1)
        actions = QWidget()
        box = QHBoxLayout(actions)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(6)
        subject = QCoreApplication.translate("DueNow", "{what} at {time}").format(what=dose.name, time=when)
        taken = taken_button(dose, zone, now, subject, f"take-{key}",
                             lambda how, d=dose: self.take_requested.emit(d, how))
        self.keyed.add_button(taken)
        box.addWidget(taken)
        skip = skip_button(subject, f"skip-{key}", lambda reason, d=dose: self.skip_requested.emit(d, reason))
        self.keyed.add_button(skip)
        box.addWidget(skip)
        if self.kind == Place.DUE:
            snooze = self._button(QCoreApplication.translate("DueNow", "Snooze"), QCoreApplication.translate("DueNow", "Snooze the reminder for {subject}").format(subject=subject),
                                  f"snooze-{key}")
            menu = QMenu(snooze)
            menu.setAccessibleName(QCoreApplication.translate("DueNow", "Snooze for"))
            fill_on_first_show(menu, lambda menu, d=dose: self._fill_snooze_menu(menu, d))
            snooze.setMenu(menu)
            box.addWidget(snooze)
        else:
            leave = self._button(QCoreApplication.translate("DueNow", "Leave as missed"), QCoreApplication.translate("DueNow", "Leave {subject} as missed").format(subject=subject),
                                 f"missed-{key}")
            leave.clicked.connect(lambda _c=False, d=dose: self.leave_missed_requested.emit(d))
            box.addWidget(leave)
        self.keyed.add(placed(actions, right=True), 2)

    def _fill_snooze_menu(self, menu: QMenu, dose: Dose) -> None:
        from PySide6.QtGui import QAction

        for minutes in SNOOZE_CHOICES:
            action = QAction(snooze_label(minutes), menu)
            action.setObjectName(f"snooze-{minutes}")
            action.triggered.connect(lambda _c=False, d=dose, n=minutes: self.snooze_requested.emit(d, n))
            menu.addAction(action)
        custom = QAction(QCoreApplication.translate("DueNow", "Other\u2026"), menu)
        custom.setObjectName("snooze-custom")
        custom.triggered.connect(lambda _c=False, d=dose: self.snooze_requested.emit(d, 0))
        menu.addAction(custom)

    def _add_answered_row(self, dose: Dose, state: str, zone: ZoneInfo, now: datetime) -> None:
        when = dose_time(dose, zone, now)
        key = object_key(dose)
        time_label = plain_label(when, wrap=False, bold=True)
        name_label = plain_label(dose_plain(dose))
        self.keyed.add(time_label, 0)
        self.keyed.add(name_label, 1)
        # What was done and its Undo sit where the buttons were: the row keeps its height and place.
        actions = QWidget()
        box = QHBoxLayout(actions)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(6)
        state_label = plain_label(state, wrap=False, name=f"answered-{key}", italic=True)
        box.addWidget(state_label)
        subject = QCoreApplication.translate("DueNow", "{what} at {time}").format(what=dose.name, time=when)
        undo = self._button(QCoreApplication.translate("DueNow", "Undo"), QCoreApplication.translate("DueNow", "Undo: {subject} {state}").format(subject=subject, state=state),
                            f"undo-{key}")
        undo.clicked.connect(lambda _c=False, d=dose: self.undo_requested.emit(d))
        box.addWidget(undo)
        self.keyed.add(placed(actions, right=True), 2)

    def button(self, kind: str, dose: Dose) -> QAbstractButton | None:
        """The ``take``, ``skip``, ``snooze``, ``missed`` or ``undo`` button of a dose (tests and keyboard helpers)."""
        return self.buttons.get(f"{kind}-{object_key(dose)}")


class DueNowPanel(DoseActionPanel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Place.DUE, parent)


class MissedWhileClosedPanel(DoseActionPanel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Place.MISSED, parent)
