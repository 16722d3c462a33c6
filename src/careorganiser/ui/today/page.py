"""Today, the first screen: what is due now, what was missed, every dose of the day with one-click
Taken / Skip, as-needed medications with "Take now", the next appointments and their rides, the
questions for the next appointment, and medications running low.

Everything shown is read from the services at ``ctx.now()``; a change to doses (or anything else shown)
refreshes it at once, and each reminder check refreshes it when time has changed a state. A section is
rebuilt only when what it shows changed, so keyboard focus stays where it was.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime
from html import escape
from typing import Any

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtGui import QHideEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from careorganiser.domain.enums import DoseStatus, Priority, SlotStatus
from careorganiser.ui.locale_text import format_date, format_datetime, format_number, format_time
from careorganiser.services import reminders as reminders_svc
from careorganiser.store.errors import SaveFailed
from careorganiser.services.base import ServiceError, ValidationError
from careorganiser.services.reminders import Announcement, AsNeededItem, DueDose
from careorganiser.services.today import DoseItem, LowStockItem
from careorganiser.ui.context import AppContext
from careorganiser.ui.qt_values import placed, rich_text
from careorganiser.ui.widgets.scroll import DownScrollArea
from careorganiser.ui.pages.base import Page
from careorganiser.ui.followup.today_section import FollowupTodaySection
from careorganiser.ui.today.controller import AnsweredDose, TodayController, TodayData, taken_on_clock
from careorganiser.ui.reminders import ReminderService
from careorganiser.domain.status_words import status_text, status_words
from careorganiser.ui.widgets.due_now import (
    OTHER_REASON,
    TAKE_NOW,
    TAKE_SCHEDULED,
    DueNowPanel,
    MissedWhileClosedPanel,
    Place,
    dose_html,
    dose_words,
    object_key,
    skip_button,
    taken_button,
    tint,
)
from careorganiser.ui.widgets.undo_bar import UndoBar


# Colours only underline the words; each state is always written out too.
STATUS_COLOURS = {SlotStatus.TAKEN: "#1d6b32", SlotStatus.SKIPPED: "#5a5a5a", SlotStatus.DUE: "#0b4f9c",
                  SlotStatus.MISSED: "#a3261b", SlotStatus.UPCOMING: "#4a4a4a"}
RIDE_WARNING_COLOURS = ("#fde8e4", "#7a1a10")

MAX_NOTICES = 6
# A dose answered from a list keeps its row, with an Undo, this long after the last answer (or until
# the user leaves the page), so that rows never move under the pointer while the user works down the list.
KEEP_ANSWERED_SECONDS = 300


def _clear(layout: QGridLayout | QVBoxLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()  # hidden for good: an orphan only hidden by setParent(None) could be shown again
            widget.setParent(None)
            widget.deleteLater()


def _label(html: str = "", wrap: bool = True, name: str = "") -> QLabel:
    label = QLabel(html)
    rich_text(label)
    label.setWordWrap(wrap)
    if name:
        label.setObjectName(name)
    return label


class Section(QGroupBox):
    """A titled group whose contents are rebuilt only when the items it shows change."""

    def __init__(self, title: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.setObjectName(name)
        self.setAccessibleName(title)
        # Preferred, not Maximum: a Maximum height is the unwrapped height, which cuts wrapped lines off.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        outer = QVBoxLayout(self)
        self.body = QWidget()
        self.grid = QGridLayout(self.body)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(6)
        outer.addWidget(self.body)
        self.empty = _label()
        self.empty.setObjectName(f"{name}-empty")
        outer.addWidget(self.empty)
        self._shown: Any = object()
        self.buttons: dict[str, QAbstractButton] = {}

    def show_items(self, signature: Any, build: Callable[[], None], empty_text: str, has_items: bool) -> bool:
        """Rebuild with ``build`` when ``signature`` differs from what is shown; True when rebuilt."""
        if signature == self._shown:
            return False
        self._shown = signature
        window = self.window()
        focused = window.focusWidget() if window is not None else None
        focused_name = focused.objectName() if focused is not None and self.isAncestorOf(focused) else ""
        _clear(self.grid)
        self.buttons = {}
        if has_items:
            build()
        self.body.setVisible(has_items)
        self.empty.setText(escape(empty_text))
        self.empty.setVisible(not has_items)
        if focused_name:
            target = self.buttons.get(focused_name) or next(iter(self.buttons.values()), None)
            if target is not None:
                target.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)
        return True

    def add_button(self, button: QAbstractButton) -> QAbstractButton:
        self.buttons[button.objectName()] = button
        return button

    def button(self, text: str, accessible: str, name: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(accessible)
        button.setToolTip(accessible)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: slot())
        self.buttons[name] = button
        return button


class TodayPage(Page):
    areas = frozenset({"medications", "doses", "appointments", "rides", "questions", "settings", "trials",
                       "measurements"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.controller = TodayController(ctx)
        self.notices: list[Announcement] = []
        self.reminders = ReminderService.for_context(ctx)
        self.reminders.checked.connect(self.on_reminders_checked)
        self.reminders.announced.connect(self.on_reminders_announced)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 0, 4, 0)
        self.heading = _label(wrap=False, name="TodayHeading")
        self.heading.setAccessibleName(QCoreApplication.translate("TodayPage", "Today"))
        outer.addWidget(self.heading)
        from careorganiser.ui.widgets.zone_warning import ZoneWarning

        self.zone_warning = ZoneWarning(ctx)  # missing or unknown time zone: said, never silent
        outer.addWidget(self.zone_warning)
        scroll = DownScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        body.setObjectName("TodayBody")
        self.body_layout = QVBoxLayout(body)
        self.body_layout.setContentsMargins(0, 0, 8, 8)
        self.body_layout.setSpacing(10)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        # An undo bar at the foot of the page: showing it never moves the rows being worked on.
        self.undo_bar = UndoBar()
        self.undo_bar.undo_button.setAccessibleName(QCoreApplication.translate("TodayPage", "Undo the last dose answered"))
        outer.addWidget(self.undo_bar)
        self.keep_timer = QTimer(self)
        self.keep_timer.setSingleShot(True)
        self.keep_timer.timeout.connect(self.on_keep_timeout)

        self.due_panel = DueNowPanel()
        self.due_panel.take_requested.connect(lambda d, how: self.on_take_requested(d, how, Place.DUE))
        self.due_panel.skip_requested.connect(lambda d, reason: self.on_skip_requested(d, reason, Place.DUE))
        self.due_panel.snooze_requested.connect(self.on_snooze_requested)
        self.due_panel.undo_requested.connect(self.on_undo_requested)
        self.body_layout.addWidget(self.due_panel)

        self.missed_panel = MissedWhileClosedPanel()
        self.missed_panel.take_requested.connect(lambda d, how: self.on_take_requested(d, how, Place.MISSED))
        self.missed_panel.skip_requested.connect(lambda d, reason: self.on_skip_requested(d, reason, Place.MISSED))
        self.missed_panel.leave_missed_requested.connect(self.on_leave_missed_requested)
        self.missed_panel.undo_requested.connect(self.on_undo_requested)
        self.missed_panel.hide()
        self.body_layout.addWidget(self.missed_panel)

        from careorganiser.ui.widgets.handover import HandoverPanel

        self.handover_panel = HandoverPanel(ctx)  # "Since you last looked", while a caregiver is chosen
        self.body_layout.addWidget(self.handover_panel)

        self.notices_box = Section(QCoreApplication.translate("TodayPage", "Reminders"), "NoticesSection")
        self.notices_box.hide()
        self.body_layout.addWidget(self.notices_box)

        # Two columns side by side, or one above the other when the text is too large for both to fit.
        self.columns = QGridLayout()
        self.columns.setHorizontalSpacing(12)
        self.columns.setVerticalSpacing(10)
        left_widget, right_widget = QWidget(), QWidget()
        left_widget.setObjectName("TodayLeft")
        right_widget.setObjectName("TodayRight")
        left, right = QVBoxLayout(left_widget), QVBoxLayout(right_widget)
        for column in (left, right):
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(10)
        self._column_widgets = (left_widget, right_widget)
        self._stacked: bool | None = None
        self.body_layout.addLayout(self.columns)
        self.body_layout.addStretch(1)
        self.doses_box = Section(QCoreApplication.translate("TodayPage", "Today\u2019s doses"), "DosesSection")
        self.as_needed_box = Section(QCoreApplication.translate("TodayPage", "As needed"), "AsNeededSection")
        left.addWidget(self.doses_box)
        left.addWidget(self.as_needed_box)
        left.addStretch(1)
        self.appointments_box = Section(QCoreApplication.translate("TodayPage", "Next appointments"), "AppointmentsSection")
        self.questions_box = Section(QCoreApplication.translate("TodayPage", "Questions for the next appointment"), "QuestionsSection")
        self.stock_box = Section(QCoreApplication.translate("TodayPage", "Running low"), "StockSection")
        self.followup_box = FollowupTodaySection(ctx)
        right.addWidget(self.followup_box)
        right.addWidget(self.appointments_box)
        right.addWidget(self.questions_box)
        right.addWidget(self.stock_box)
        right.addStretch(1)
        self._place_columns(stacked=False)

    def _place_columns(self, stacked: bool) -> None:
        if stacked == self._stacked:
            return
        self._stacked = stacked
        left, right = self._column_widgets
        self.columns.removeWidget(left)
        self.columns.removeWidget(right)
        if stacked:
            self.columns.addWidget(left, 0, 0)
            self.columns.addWidget(right, 1, 0)
            self.columns.setColumnStretch(0, 1)
            self.columns.setColumnStretch(1, 0)
        else:
            self.columns.addWidget(left, 0, 0)
            self.columns.addWidget(right, 0, 1)
            self.columns.setColumnStretch(0, 3)
            self.columns.setColumnStretch(1, 2)

    def _fit_columns(self) -> None:
        """Side by side only when both columns get at least their narrowest width (large text stacks them)."""
        left, right = self._column_widgets
        width = self.width() - 24
        # Each column gets 3/5 and 2/5 of the width side by side; each needs room for its words and buttons.
        needed_left = left.minimumSizeHint().width() * 5 / 3
        needed_right = right.minimumSizeHint().width() * 5 / 2
        self._place_columns(stacked=width < max(needed_left, needed_right) + self.columns.horizontalSpacing())

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._fit_columns()
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._fit_columns()
        super().changeEvent(event)

    def title(self) -> str:
        return QCoreApplication.translate("TodayPage", "Today")

    # ---- loading ---------------------------------------------------------------------------------------

    def refresh(self) -> None:
        now = self.ctx.now()
        try:
            data = self.controller.load(now)
        except ServiceError as exc:
            self.heading.setText('<h2>{}</h2><p>{}</p>'.format(escape(QCoreApplication.translate('TodayPage', 'Today')), escape(str(exc))))
            return
        zone = self.ctx.zone
        local = now.astimezone(zone)
        self.heading.setText(
            '<h2>{}: {}</h2><span>{}</span>'.format(escape(QCoreApplication.translate('TodayPage', 'Today')), escape(format_date(local.date(), weekday=True)), escape(QCoreApplication.translate('TodayPage', 'As of {time}').format(time=format_time(now, zone)))))
        self.zone_warning.refresh()
        self._show_due(data)
        self._show_missed(data)
        self._show_notices()
        self._show_doses(data)
        self._show_as_needed(data)
        self._show_appointments(data)
        self._show_questions(data)
        self._show_stock(data)
        self.followup_box.refresh_at(now)

    def on_reminders_checked(self, _result: object) -> None:
        """Time has moved: refresh now if shown (only changed sections are rebuilt), else when next shown."""
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def on_reminders_announced(self, announcement: Announcement) -> None:
        self.notices = [n for n in self.notices if n.key != announcement.key]
        self.notices.insert(0, announcement)
        del self.notices[MAX_NOTICES:]
        self._show_notices()

    # ---- sections --------------------------------------------------------------------------------------

    @property
    def data(self) -> TodayData | None:
        return self.controller.data

    @property
    def answered(self) -> dict[str, AnsweredDose]:
        return self.controller.answered

    def _show_due(self, data: TodayData) -> None:
        self.due_panel.set_answered(self.controller.answered_in("due"))
        self.due_panel.set_doses(data.due, self.ctx.zone, data.now, self.controller.next_dose_text(data))

    def _show_missed(self, data: TodayData) -> None:
        self.missed_panel.set_answered(self.controller.answered_in("missed"))
        self.missed_panel.set_doses(data.missed_while_closed, self.ctx.zone, data.now)
        self.missed_panel.setVisible(self.missed_panel.has_rows())

    def _show_notices(self) -> None:
        box = self.notices_box
        notices = list(self.notices)

        def build() -> None:
            for row, notice in enumerate(notices):
                box.grid.addWidget(_label(f"<b>{escape(notice.title)}</b><br>{escape(notice.text)}"), row, 0)
                box.grid.addWidget(placed(box.button(
                    QCoreApplication.translate("TodayPage", "Dismiss"), QCoreApplication.translate("TodayPage", "Dismiss the reminder: {title}").format(title=notice.title),
                    f"dismiss-{row}-{notice.key}", lambda k=notice.key: self.on_dismiss_notice(k)),
                    top=True), row, 1)
            box.grid.setColumnStretch(0, 1)

        box.show_items(tuple(n.key for n in notices), build, "", bool(notices))
        box.setVisible(bool(notices))

    def on_dismiss_notice(self, key: str) -> None:
        self.notices = [n for n in self.notices if n.key != key]
        self._show_notices()

    def _show_doses(self, data: TodayData) -> None:
        box = self.doses_box
        zone = self.ctx.zone
        doses = data.plan.doses
        words = status_words("dose_today")

        now = data.now
        undoable = tuple(sorted(k for k, a in self.answered.items() if a.where == Place.LIST))
        answered_states = {k: a.state for k, a in self.answered.items()}

        def build() -> None:
            for row, dose in enumerate(doses):
                key = object_key(dose)
                when = format_time(dose.scheduled_for, zone)
                box.grid.addWidget(_label(f"<b>{escape(when)}</b>", wrap=False), row, 0)
                what = dose_html(dose)
                if not dose.scheduled:
                    what += " <i>(" + escape(QCoreApplication.translate("TodayPage", "as needed")) + ")</i>"
                box.grid.addWidget(_label(what), row, 1)
                state = words.get(dose.status, dose.status)
                if dose.status == SlotStatus.TAKEN and dose.taken_at is not None:
                    state = QCoreApplication.translate("TodayPage", "Taken at {time}").format(time=format_time(dose.taken_at, zone))
                if dose.decided and key in answered_states:  # answered here just now: say how ("Skipped: Ran out")
                    state = answered_states[key]
                colour = STATUS_COLOURS.get(dose.status, "#4a4a4a")
                weight = "font-weight: bold;" if dose.status in (SlotStatus.DUE, SlotStatus.MISSED) else ""
                state_label = _label(f'<span style="color: {colour}; {weight}">{escape(state)}</span>', wrap=False,
                                     name=f"state-{key}")
                state_label.setAccessibleName(QCoreApplication.translate("TodayPage", "{what} at {time}: {state}").format(
                    what=dose.name, time=when, state=state))
                box.grid.addWidget(state_label, row, 2)
                subject = QCoreApplication.translate("TodayPage", "{what} at {time}").format(what=dose.name, time=when)
                if not dose.decided:
                    taken = box.add_button(taken_button(
                        dose, zone, now, subject, f"take-{key}",
                        lambda how, d=dose: self.on_take_requested(d, how, Place.LIST)))
                    skip = box.add_button(skip_button(
                        subject, f"skip-{key}", lambda reason, d=dose: self.on_skip_requested(d, reason, Place.LIST)))
                    box.grid.addWidget(taken, row, 3)
                    box.grid.addWidget(skip, row, 4)
                elif key in undoable:  # answered just now from here: Undo where Taken was
                    undo = box.button(QCoreApplication.translate("TodayPage", "Undo"), QCoreApplication.translate("TodayPage", "Undo: {subject} {state}").format(subject=subject, state=state),
                                      f"undo-{key}", lambda d=dose: self.on_undo_requested(d))
                    box.grid.addWidget(undo, row, 3)
            box.grid.setColumnStretch(1, 1)

        # Taken's default depends on whether a dose is past: rebuild when one becomes past.
        past = tuple(d.scheduled_for <= now for d in doses)
        box.show_items((tuple(doses), undoable, tuple(sorted(answered_states.items())), past), build,
                       QCoreApplication.translate("TodayPage", "No doses are scheduled today. Add a medication and its times under Medications."),
                       bool(doses))

    def _show_as_needed(self, data: TodayData) -> None:
        box = self.as_needed_box
        zone = self.ctx.zone
        items = data.as_needed
        box.setVisible(bool(items))

        def build() -> None:
            for row, item in enumerate(items):
                box.grid.addWidget(_label(f"<b>{escape(item.name)}</b>"
                                          + (f", {escape(item.dose)}" if item.dose else ""), wrap=False), row, 0)
                box.grid.addWidget(_label(escape(self.controller.as_needed_text(item, data.now))), row, 1)
                button = box.button(QCoreApplication.translate("TodayPage", "Take now"), QCoreApplication.translate("TodayPage", "Take {what} now").format(what=item.name),
                                    f"take-now-{item.medication_id}",
                                    lambda i=item: self.on_take_now_requested(i))
                box.grid.addWidget(button, row, 2)
            box.grid.setColumnStretch(1, 1)

        # "Allowed now" carries now as its time: leave it out, or the section would rebuild at every check.
        signature = tuple(replace(i, next_allowed_at=None) if i.allowed else i for i in items)
        box.show_items((signature, data.now.astimezone(zone).date()), build, "", bool(items))

    def _show_appointments(self, data: TodayData) -> None:
        box = self.appointments_box
        zone = self.ctx.zone
        items = data.appointments

        def build() -> None:
            row = 0
            for item in items:
                when = format_datetime(item.starts_at, zone)
                text = f"<b>{escape(when)}</b><br>{escape(item.what)}"
                details = ", ".join(x for x in (item.clinician, item.place if item.purpose else "") if x)
                if details:
                    text += f"<br>{escape(details)}"
                box.grid.addWidget(_label(text), row, 0)
                if item is items[0]:
                    pack = QPushButton(QCoreApplication.translate("TodayPage", "Prepare &pack\u2026"))
                    pack.setObjectName("PreparePack")
                    pack.setProperty("reading", True)  # stays enabled on a read-only profile
                    pack.setAccessibleName(QCoreApplication.translate("TodayPage", "Prepare the appointment pack for {when}").format(when=when))
                    pack.setToolTip(QCoreApplication.translate("TodayPage", "A PDF to print and take to the appointment"))
                    pack.clicked.connect(lambda _c=False, a=item.id: self.on_prepare_pack_clicked(a))
                    box.grid.addWidget(placed(pack, top=True, right=True), row, 1)
                    box.grid.setColumnStretch(0, 1)
                row += 1
                ride = item.ride
                if ride is None:
                    box.grid.addWidget(_label(escape(QCoreApplication.translate("TodayPage", "No ride planned."))), row, 0)
                elif ride.unsettled:
                    warning = _label("\u26a0 " + escape(QCoreApplication.translate("TodayPage", "Ride {state}: arrange a driver.").format(
                        state=status_text("ride_today", ride.status))), name="RideWarning")
                    warning.setFrameShape(QFrame.Shape.StyledPanel)
                    warning.setMargin(3)
                    tint(warning, *RIDE_WARNING_COLOURS)
                    warning.setAccessibleName(QCoreApplication.translate("TodayPage", "Ride for {when} {state}").format(
                        when=when, state=status_text("ride_today", ride.status)))
                    box.grid.addWidget(warning, row, 0)
                else:
                    bits = [QCoreApplication.translate("TodayPage", "Ride {state}").format(state=status_text("ride_today", ride.status))]
                    if ride.driver:
                        bits.append(ride.driver)
                    if ride.pickup_at is not None:
                        bits.append(QCoreApplication.translate("TodayPage", "pickup {time}").format(time=format_time(ride.pickup_at, zone)))
                    box.grid.addWidget(_label(escape(", ".join(bits) + ".")), row, 0)
                row += 1

        box.show_items(tuple(items), build,
                       QCoreApplication.translate("TodayPage", "No appointments coming. Add one under Appointments & rides."), bool(items))

    def on_prepare_pack_clicked(self, appointment_id: int) -> None:
        from careorganiser.ui.pack_dialog import open_pack_dialog

        self.pack_dialog = open_pack_dialog(self, self.ctx, appointment_id=appointment_id)

    def _show_questions(self, data: TodayData) -> None:
        box = self.questions_box
        items = data.questions
        has_next = bool(data.appointments)

        def build() -> None:
            for row, q in enumerate(items):
                text = "\u2022 " + escape(q.text)
                if q.priority == Priority.HIGH:
                    text = f"<b>{text}</b> <i>(" + escape(QCoreApplication.translate("TodayPage", "high priority")) + ")</i>"
                label = _label(text)
                if q.priority == Priority.HIGH:
                    label.setAccessibleName(QCoreApplication.translate("TodayPage", "High priority: {text}").format(text=q.text))
                box.grid.addWidget(label, row, 0)

        empty = (QCoreApplication.translate("TodayPage", "No open questions for the next appointment. Add them under Questions.") if has_next
                 else QCoreApplication.translate("TodayPage", "Questions appear here once an appointment is planned."))
        box.show_items((tuple(items), has_next), build, empty, bool(items))

    def _show_stock(self, data: TodayData) -> None:
        box = self.stock_box
        items = data.plan.low_stock

        def build() -> None:
            for row, item in enumerate(items):
                text = f"<b>{escape(item.name)}</b>: " + escape(QCoreApplication.translate("TodayPage", "{stock} {unit} left").format(
                    stock=format_number(item.stock), unit=item.stock_unit).replace("  ", " "))
                if item.days_of_supply is not None:
                    text += "<br>" + escape(QCoreApplication.translate("TodayPage", "About {days} days of supply").format(
                        days=format_number(item.days_of_supply, 1)))
                box.grid.addWidget(_label(text), row, 0)
                box.grid.addWidget(placed(box.button(
                    QCoreApplication.translate("TodayPage", "Record refill\u2026"), QCoreApplication.translate("TodayPage", "Record a refill of {what}").format(what=item.name),
                    f"refill-{item.medication_id}", lambda i=item: self.on_refill_requested(i)),
                    top=True), row, 1)
            box.grid.setColumnStretch(0, 1)

        box.show_items(tuple(items), build, QCoreApplication.translate("TodayPage", "No medication is running low."), bool(items))

    # ---- actions -----------------------------------------------------------------------------------------

    def _run(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except (ServiceError, SaveFailed) as exc:
            self.ctx.prompter.warn(self, QCoreApplication.translate("TodayPage", "Not recorded"), _words(exc))
            return False
        return True

    def _answer(self, dose: DueDose | DoseItem, where: str, status: str, state: str,
                taken_at: datetime | None = None, note: str = "") -> bool:
        """Record an answer to a dose, keep its row in place with an Undo, and offer Undo at the foot."""
        key = object_key(dose)
        # Known before the change is announced, so the refresh it causes keeps the row already.
        previous = self.controller.hold(key, dose, where, state)
        from careorganiser.services import doses as doses_svc  # loads the ORM: not before the first paint

        try:
            mark = doses_svc.mark_dose(self.ctx.profile, dose.medication_id, dose.scheduled_for, status,
                                       taken_at=taken_at, note=note)
        except (ServiceError, SaveFailed) as exc:  # a full disk too: the row goes back as it was
            self.controller.settle(key, previous, None)
            self.ctx.prompter.warn(self, QCoreApplication.translate("TodayPage", "Not recorded"), _words(exc))
            return False
        self.controller.settle(key, previous, mark)
        self.keep_timer.start(KEEP_ANSWERED_SECONDS * 1000)
        when = format_time(dose.scheduled_for, self.ctx.zone)
        self.undo_bar.offer(QCoreApplication.translate("TodayPage", "{what} at {time}: {state}.").format(what=dose.name, time=when, state=state),
                            lambda d=dose: self.on_undo_requested(d), KEEP_ANSWERED_SECONDS)
        self.refresh()
        return True

    def taken_time(self, dose: DueDose | DoseItem, how: str) -> datetime | None:
        """When a dose was taken, by the choice made on its Taken button; None when the user gave up."""
        now = self.ctx.now()
        if how == TAKE_SCHEDULED:
            return dose.scheduled_for
        if how == TAKE_NOW:
            return now
        zone = self.ctx.zone
        label = QCoreApplication.translate("TodayPage", "Taken at")
        text = self.ctx.prompter.ask_text(self, QCoreApplication.translate("TodayPage", "Taken at another time"), QCoreApplication.translate("TodayPage",
            "{what} was due at {time}. At what time was it taken? For example 10:15 or 9pm.").format(
            what=dose_words(dose), time=format_time(dose.scheduled_for, zone)), format_time(now, zone))
        if text is None:
            return None
        from careorganiser.services.cleaning import FUTURE_GRACE, parse_time  # its patterns: only when used

        try:
            clock = parse_time(text, "taken_at", label)
        except ValidationError as exc:
            self.ctx.prompter.warn(self, QCoreApplication.translate("TodayPage", "Not recorded"), exc.message)
            return None
        assert clock is not None
        taken = taken_on_clock(dose.scheduled_for, clock, zone)
        if taken > now + FUTURE_GRACE:
            self.ctx.prompter.warn(self, QCoreApplication.translate("TodayPage", "Not recorded"), QCoreApplication.translate("TodayPage", "{label}: {time} is still to come. Type a time up to now.")
                         .format(label=label, time=format_time(taken, zone)))
            return None
        return taken

    def on_take_requested(self, dose: DueDose | DoseItem, how: str = TAKE_NOW, where: str = Place.LIST) -> None:
        taken_at = self.taken_time(dose, how)
        if taken_at is None:
            return
        state = QCoreApplication.translate("TodayPage", "Taken at {time}").format(time=format_time(taken_at, self.ctx.zone))
        self._answer(dose, where, DoseStatus.TAKEN, state, taken_at=taken_at)

    def on_skip_requested(self, dose: DueDose | DoseItem, reason: str | None = "", where: str = Place.LIST) -> None:
        if reason is OTHER_REASON:
            reason = self.ctx.prompter.ask_text(self, QCoreApplication.translate("TodayPage", "Reason for skipping"), QCoreApplication.translate("TodayPage", "Why was {what} skipped?").format(
                what=dose_words(dose)))
            if reason is None:
                return
        reason = " ".join(reason.split())
        state = QCoreApplication.translate("TodayPage", "Skipped: {reason}").format(reason=reason) if reason else QCoreApplication.translate("TodayPage", "Skipped")
        self._answer(dose, where, DoseStatus.SKIPPED, state, note=reason)

    def on_leave_missed_requested(self, dose: DueDose | DoseItem) -> None:
        self._answer(dose, Place.MISSED, DoseStatus.MISSED, QCoreApplication.translate("TodayPage", "Left as missed"))

    def on_undo_requested(self, dose: DueDose | DoseItem) -> None:
        """Put the dose back as it was before it was answered here; the stock follows."""
        mark = self.controller.take_back(object_key(dose))
        if mark is None:
            return
        self.undo_bar.hide()
        from careorganiser.services import doses as doses_svc

        try:
            doses_svc.undo_mark(self.ctx.profile, mark)
        except ServiceError as exc:
            self.ctx.prompter.warn(self, QCoreApplication.translate("TodayPage", "Not undone"), str(exc))
        self.refresh()

    def on_keep_timeout(self) -> None:
        self.forget_answered()

    def forget_answered(self) -> None:
        """Answered doses give up their kept rows (their records stay; the history can still change them)."""
        if self.controller.forget():
            if self.isVisible():
                self.refresh()
            else:
                self._stale = True

    def hideEvent(self, event: QHideEvent) -> None:
        self.forget_answered()
        self.undo_bar.hide()
        super().hideEvent(event)

    def on_snooze_requested(self, dose: DueDose | DoseItem, minutes: int) -> None:
        if minutes <= 0:
            text = self.ctx.prompter.ask_text(self, QCoreApplication.translate("TodayPage", "Snooze"), QCoreApplication.translate("TodayPage", "Remind again about {what} in how many minutes?").format(
                what=dose.name), "15")
            if text is None:
                return
            try:
                minutes = int(text.strip())
            except ValueError:
                self.ctx.prompter.warn(self, QCoreApplication.translate("TodayPage", "Snooze"), QCoreApplication.translate("TodayPage", "\u201c{text}\u201d is not a whole number of minutes.").format(
                    text=text.strip()[:20]))
                return
        self._run(lambda: self.reminders.snooze(dose, minutes))

    def on_take_now_requested(self, item: AsNeededItem) -> None:
        now = self.ctx.now()
        try:
            reminders_svc.take_as_needed(self.ctx.profile, item.medication_id, now)
        except reminders_svc.AsNeededRefused as refused:
            if self.ctx.prompter.confirm(self, QCoreApplication.translate("TodayPage", "Take {what} anyway?").format(what=item.name),
                               refused.verdict.reason + "\n\n" + QCoreApplication.translate("TodayPage", "Record the dose anyway?"),
                               QCoreApplication.translate("TodayPage", "Record anyway")):
                self._run(lambda: reminders_svc.take_as_needed(self.ctx.profile, item.medication_id, now,
                                                               override=True))
        except ServiceError as exc:
            self.ctx.prompter.warn(self, QCoreApplication.translate("TodayPage", "Not recorded"), str(exc))

    def on_refill_requested(self, item: LowStockItem) -> None:
        from careorganiser.services import medications

        text = self.ctx.prompter.ask_text(self, QCoreApplication.translate("TodayPage", "Record refill"), QCoreApplication.translate("TodayPage", "How many {unit} of {what} were collected?").format(
            unit=item.stock_unit or QCoreApplication.translate("TodayPage", "units"), what=item.name))
        if text is None:
            return
        self._run(lambda: medications.record_refill(self.ctx.profile, item.medication_id, text))

    # ---- helpers for tests and keyboard users -------------------------------------------------------

    def dose_button(self, kind: str, dose: DoseItem) -> QAbstractButton | None:
        """The ``take``, ``skip`` or ``undo`` button of a dose in the day's list."""
        return self.doses_box.buttons.get(f"{kind}-{object_key(dose)}")

    def doses(self) -> Sequence[DoseItem]:
        return list(self.data.plan.doses) if self.data is not None else []


def _words(exc: Exception) -> str:
    """A refusal in words; a click has no typed text to keep, so a failed save says only what failed."""
    return exc.plain if isinstance(exc, SaveFailed) else str(exc)
