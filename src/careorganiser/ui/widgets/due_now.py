"""The "Due now" panel (and its sibling, "Missed while closed"): one row per dose waiting for an answer,
each with one-click buttons. Prominent but calm: a soft frame, plain words, no flashing.

The panel only shows and asks; the page does the work (it listens to the request signals).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from html import escape
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QColor, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from careorganiser.domain.formatting import format_date, format_time
from careorganiser.services.reminders import DueDose
from careorganiser.services.today import DoseItem
from careorganiser.ui.reminders import SNOOZE_CHOICES, snooze_label

Dose = DueDose | DoseItem


def tr(text: str) -> str:
    return QCoreApplication.translate("DueNow", text)


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


def dose_words(dose: Dose) -> str:
    """``Pirfenidone, 3 capsules``."""
    return f"{dose.name}, {dose.dose}" if dose.dose else dose.name


def dose_time(dose: Dose, zone: ZoneInfo, now: datetime) -> str:
    """``13:00``, or ``19:00 on Fri 20 Nov 2026`` for a dose of another day."""
    local = dose.scheduled_for.astimezone(zone)
    if local.date() == now.astimezone(zone).date():
        return format_time(dose.scheduled_for, zone)
    return tr("{time} on {date}").format(time=format_time(dose.scheduled_for, zone),
                                         date=format_date(local.date(), weekday=True))


def dose_html(dose: Dose) -> str:
    """``Pirfenidone, 3&nbsp;capsules``: a narrow column breaks after the name, never inside the dose."""
    if not dose.dose:
        return escape(dose.name)
    return f"{escape(dose.name)}, {escape(dose.dose).replace(' ', '&nbsp;')}"


def object_key(dose: Dose) -> str:
    """A stable name for a dose's widgets (focus survives a refresh)."""
    return f"{dose.medication_id}-{int(dose.scheduled_for.timestamp())}"


class DoseActionPanel(QFrame):
    """A titled list of doses, each with action buttons. ``kind`` is ``due`` or ``missed``."""

    take_requested = Signal(object)
    skip_requested = Signal(object)
    snooze_requested = Signal(object, int)  # minutes; 0 asks for a custom number
    leave_missed_requested = Signal(object)

    def __init__(self, kind: str = "due", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setObjectName("DueNowPanel" if kind == "due" else "MissedPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        tint(self, *(DUE_COLOURS if kind == "due" else MISSED_COLOURS))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        title = tr("Due now") if kind == "due" else tr("Missed while closed")
        self.setAccessibleName(title)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 8, 12, 10)
        self.title_label = QLabel(f"<h3>{escape(title)}</h3>")
        self.title_label.setTextFormat(Qt.TextFormat.RichText)
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
        self._shown: tuple[object, ...] | None = None
        self.buttons: dict[str, QPushButton] = {}

    @property
    def doses(self) -> list[Dose]:
        return list(self._doses)

    def set_doses(self, doses: Sequence[Dose], zone: ZoneInfo, now: datetime, empty_text: str = "") -> None:
        """Show these doses (rebuilt only when something shown changes, so keyboard focus is kept)."""
        shown = (tuple(doses), empty_text, zone.key, now.astimezone(zone).date(),
                 tuple(getattr(d, "snoozed_at", lambda _n: False)(now) for d in doses))
        if shown == self._shown:
            return
        self._shown = shown
        self._doses = list(doses)
        focused = self._focused_name()
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()
        self.buttons = {}
        if self.kind == "missed":
            self.hint_label.setText(tr("These fell due while the app was closed or the computer was asleep. "
                                       "Mark each one taken or skipped if you know, or leave it as missed."))
        else:
            self.hint_label.setText("")
        self.hint_label.setVisible(bool(self.hint_label.text()))
        for row, dose in enumerate(doses):
            self._add_row(row, dose, zone, now)
        self.grid.setColumnStretch(1, 1)
        self.rows.setVisible(bool(doses))
        self.empty_label.setText(empty_text)
        self.empty_label.setVisible(not doses and bool(empty_text))
        self._restore_focus(focused)

    def _focused_name(self) -> str:
        widget = self.focusWidget()
        return widget.objectName() if widget is not None and self.isAncestorOf(widget) else ""

    def _restore_focus(self, name: str) -> None:
        if not name:
            return
        target = self.buttons.get(name)
        if target is None and self.buttons:
            target = next(iter(self.buttons.values()))
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _button(self, text: str, accessible: str, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(accessible)
        button.setToolTip(accessible)
        button.setAutoDefault(False)
        self.buttons[name] = button
        return button

    def _add_row(self, row: int, dose: Dose, zone: ZoneInfo, now: datetime) -> None:
        when = dose_time(dose, zone, now)
        key = object_key(dose)
        time_label = QLabel(f"<b>{escape(when)}</b>")
        time_label.setTextFormat(Qt.TextFormat.RichText)
        text = dose_html(dose)
        snoozed = isinstance(dose, DueDose) and dose.snoozed_at(now)
        if snoozed:
            assert isinstance(dose, DueDose) and dose.snoozed_until is not None
            text += "<br><i>" + escape(tr("Snoozed until {time}").format(
                time=format_time(dose.snoozed_until, zone))) + "</i>"
        name_label = QLabel(text)
        name_label.setTextFormat(Qt.TextFormat.RichText)
        name_label.setWordWrap(True)
        self.grid.addWidget(time_label, row, 0)
        self.grid.addWidget(name_label, row, 1)
        actions = QWidget()
        box = QHBoxLayout(actions)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(6)
        subject = tr("{what} at {time}").format(what=dose.name, time=when)
        taken = self._button(tr("Taken"), tr("Mark {subject} taken").format(subject=subject), f"take-{key}")
        taken.clicked.connect(lambda _c=False, d=dose: self.take_requested.emit(d))
        box.addWidget(taken)
        skip = self._button(tr("Skip"), tr("Skip {subject}").format(subject=subject), f"skip-{key}")
        skip.clicked.connect(lambda _c=False, d=dose: self.skip_requested.emit(d))
        box.addWidget(skip)
        if self.kind == "due":
            snooze = self._button(tr("Snooze"), tr("Snooze the reminder for {subject}").format(subject=subject),
                                  f"snooze-{key}")
            menu = QMenu(snooze)
            menu.setAccessibleName(tr("Snooze for"))
            for minutes in SNOOZE_CHOICES:
                action = QAction(snooze_label(minutes), menu)
                action.setObjectName(f"snooze-{minutes}")
                action.triggered.connect(lambda _c=False, d=dose, n=minutes: self.snooze_requested.emit(d, n))
                menu.addAction(action)
            custom = QAction(tr("Other\u2026"), menu)
            custom.setObjectName("snooze-custom")
            custom.triggered.connect(lambda _c=False, d=dose: self.snooze_requested.emit(d, 0))
            menu.addAction(custom)
            snooze.setMenu(menu)
            box.addWidget(snooze)
        else:
            leave = self._button(tr("Leave as missed"), tr("Leave {subject} as missed").format(subject=subject),
                                 f"missed-{key}")
            leave.clicked.connect(lambda _c=False, d=dose: self.leave_missed_requested.emit(d))
            box.addWidget(leave)
        self.grid.addWidget(actions, row, 2, Qt.AlignmentFlag.AlignRight)

    def button(self, kind: str, dose: Dose) -> QPushButton | None:
        """The ``take``, ``skip``, ``snooze`` or ``missed`` button of a dose (tests and keyboard helpers)."""
        return self.buttons.get(f"{kind}-{object_key(dose)}")


class DueNowPanel(DoseActionPanel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("due", parent)


class MissedWhileClosedPanel(DoseActionPanel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("missed", parent)
