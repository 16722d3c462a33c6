"""Today, the first screen: what is due now, what was missed, every dose of the day with one-click
Taken / Skip, as-needed medications with "Take now", the next appointments and their rides, the
questions for the next appointment, and medications running low.

Everything shown is read from the services at ``ctx.now()``; a change reads again only the parts it touched
(a dose marked: the doses; a question added: the appointments and questions), and each reminder check reads
everything when time has changed a state. A section builds again only the rows whose record changed, so the
other rows keep their widgets, keyboard focus and scroll position. The words are ``text.py``'s, the rows
``sections.py``'s, the arithmetic and what is remembered ``controller.py``'s: this class lays them out and
wires the actions.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QHideEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractButton, QFrame, QGridLayout, QVBoxLayout, QWidget

from careorganiser.services import reminders as reminders_svc
from careorganiser.services.base import Change, ServiceError
from careorganiser.services.reminders import Announcement, AsNeededItem
from careorganiser.services.today import DoseItem, LowStockItem
from careorganiser.store.errors import SaveFailed
from careorganiser.ui.context import AppContext
from careorganiser.ui.dose_text import object_key
from careorganiser.ui.pages.base import Page
from careorganiser.ui.qt_values import set_shown
from careorganiser.ui.reminders import ReminderService
from careorganiser.ui.today import text
from careorganiser.ui.today.answers import DoseAnswers
from careorganiser.ui.today.controller import (
    EVERY_PART,
    FOLLOWUP,
    AnsweredDose,
    TodayController,
    TodayData,
    parts_touched,
)
from careorganiser.ui.today.sections import (
    AppointmentsSection,
    AsNeededSection,
    DosesSection,
    NoticesSection,
    QuestionsSection,
    StockSection,
)
from careorganiser.ui.widgets.due_now import (
    DueNowPanel,
    MissedWhileClosedPanel,
    Place,
)
from careorganiser.ui.widgets.plain_label import TitleLabel, plain_label
from careorganiser.ui.widgets.scroll import DownScrollArea
from careorganiser.ui.widgets.undo_bar import UndoBar

MAX_NOTICES = 6


class TodayPage(Page):
    areas = frozenset({"medications", "doses", "appointments", "rides", "questions", "settings", "trials",
                       "measurements"})
    scrolls_itself = True  # the heading and the undo bar stay; the day's sections scroll below the heading

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.controller = TodayController(ctx)
        self.notices: list[Announcement] = []
        self.reminders = ReminderService.for_context(ctx)
        self.reminders.checked.connect(self.on_reminders_checked)
        self.reminders.announced.connect(self.on_reminders_announced)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 0, 4, 0)
        self._outer = outer
        # Plain labels (a rich-text heading was a text document of its own to lay out before the first paint).
        self.heading = TitleLabel(name="TodayHeading")
        self.heading.setAccessibleName(QCoreApplication.translate("TodayPage", "Today"))
        outer.addWidget(self.heading)
        self.heading_line = plain_label(name="TodayHeadingLine")  # "As of 08:05", or what went wrong
        outer.addWidget(self.heading_line)
        # Missing or unknown time zone: said under the heading, never silent (built when there is one to say).
        self._zone_warning: QWidget | None = None
        self.scroll = DownScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        body.setObjectName("TodayBody")
        self.body_layout = QVBoxLayout(body)
        self.body_layout.setContentsMargins(0, 0, 8, 8)
        self.body_layout.setSpacing(10)
        self.scroll.setWidget(body)
        outer.addWidget(self.scroll, 1)

        # An undo bar at the foot of the page: showing it never moves the rows being worked on.
        self._undo_bar: UndoBar | None = None  # built when a dose is first answered (see undo_bar)
        self.answers = DoseAnswers(self, self)
        answers = self.answers

        self.due_panel = DueNowPanel()
        self.due_panel.take_requested.connect(lambda d, how: answers.on_take_requested(d, how, Place.DUE))
        self.due_panel.skip_requested.connect(lambda d, reason: answers.on_skip_requested(d, reason, Place.DUE))
        self.due_panel.snooze_requested.connect(answers.on_snooze_requested)
        self.due_panel.undo_requested.connect(answers.on_undo_requested)
        self.body_layout.addWidget(self.due_panel)

        # "Missed while closed", the reminders' notices, the handover panel and the undo bar are built when
        # first needed (hidden until then, they were built, measured and laid out before the first paint for
        # nothing), each put in its place: in the body Due now, missed, handover, notices, then the columns.
        self._missed_panel: MissedWhileClosedPanel | None = None
        self._notices_box: NoticesSection | None = None

        # "Since you last looked": built once a caregiver is chosen (see handover_panel).
        self._handover_panel: QWidget | None = None
        ctx.caregiver_changed.connect(self._on_caregiver_changed)
        self._on_caregiver_changed(None)


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
        self.doses_box = DosesSection()
        self.doses_box.take_requested.connect(lambda d, how: answers.on_take_requested(d, how, Place.LIST))
        self.doses_box.skip_requested.connect(lambda d, reason: answers.on_skip_requested(d, reason, Place.LIST))
        self.doses_box.undo_requested.connect(answers.on_undo_requested)
        self.as_needed_box = AsNeededSection(self.controller.as_needed_text)
        self.as_needed_box.take_now_requested.connect(self.on_take_now_requested)
        left.addWidget(self.doses_box)
        left.addWidget(self.as_needed_box)
        left.addStretch(1)
        self.appointments_box = AppointmentsSection()
        self.appointments_box.pack_requested.connect(self.on_prepare_pack_clicked)
        self.questions_box = QuestionsSection()
        self.stock_box = StockSection()
        self.stock_box.refill_requested.connect(self.on_refill_requested)
        # "Trial and treatment follow-up": made when a plan is on (most profiles have none), above the rest.
        self._followup_box: QWidget | None = None
        self._right = right
        right.addWidget(self.appointments_box)
        right.addWidget(self.questions_box)
        right.addWidget(self.stock_box)
        right.addStretch(1)
        self._place_columns(stacked=False)

    @property
    def followup_box(self) -> QWidget:
        """The follow-up section (a ``FollowupTodaySection``; made on first use, hidden while no plan is on)."""
        if self._followup_box is None:
            from careorganiser.ui.followup.today_section import FollowupTodaySection

            self._followup_box = FollowupTodaySection(self.ctx)
            self._right.insertWidget(0, self._followup_box)
        return self._followup_box

    def _refresh_followup(self, now: datetime) -> None:
        from careorganiser.services.followup_today import today_items

        try:
            items = today_items(self.ctx.profile, now)  # one row read when no plan is on
        except ServiceError:
            items = []
        if items or self._followup_box is not None:
            self.followup_box.show_items(items)  # type: ignore[attr-defined]

    @property
    def missed_panel(self) -> MissedWhileClosedPanel:
        """"Missed while closed" (built on first use, hidden while it has no rows)."""
        if self._missed_panel is None:
            answers = self.answers
            panel = MissedWhileClosedPanel()
            panel.take_requested.connect(lambda d, how: answers.on_take_requested(d, how, Place.MISSED))
            panel.skip_requested.connect(lambda d, reason: answers.on_skip_requested(d, reason, Place.MISSED))
            panel.leave_missed_requested.connect(answers.on_leave_missed_requested)
            panel.undo_requested.connect(answers.on_undo_requested)
            panel.hide()
            self._put_under(panel, self.due_panel)
            self._missed_panel = panel
        return self._missed_panel

    @property
    def handover_panel(self) -> QWidget:
        """"Since you last looked" (a ``HandoverPanel``; built on first use, shown while a caregiver is chosen)."""
        if self._handover_panel is None:
            from careorganiser.ui.widgets.handover import HandoverPanel

            panel = HandoverPanel(self.ctx)
            self._put_under(panel, self.due_panel, self._missed_panel)
            self._handover_panel = panel
        return self._handover_panel

    def _on_caregiver_changed(self, _caregiver_id: object) -> None:
        if self._handover_panel is None and self.ctx.profile.who.get("caregiver_id") is not None:
            self.handover_panel  # noqa: B018  (built now: it shows itself and follows the caregiver)

    @property
    def undo_bar(self) -> UndoBar:
        """The bar at the foot of the page offering to undo the last dose answered (built on first use)."""
        if self._undo_bar is None:
            bar = UndoBar()
            bar.undo_button.setAccessibleName(QCoreApplication.translate("TodayPage", "Undo the last dose answered"))
            self._outer.addWidget(bar)
            self._undo_bar = bar
        return self._undo_bar

    @property
    def zone_warning(self) -> QWidget:
        """The warning of a missing or unknown time zone (a ``ZoneWarning``; built on first use)."""
        if self._zone_warning is None:
            from careorganiser.ui.widgets.zone_warning import ZoneWarning

            warning = ZoneWarning(self.ctx)
            self._outer.insertWidget(self._outer.indexOf(self.heading_line) + 1, warning)
            self._zone_warning = warning
        return self._zone_warning

    def _refresh_zone_warning(self) -> None:
        if self._zone_warning is None:
            from careorganiser.store.reads import time_zone_warning

            if time_zone_warning(self.ctx.profile.read()) is None:
                return
        self.zone_warning.refresh()  # type: ignore[attr-defined]

    def _put_under(self, widget: QWidget, *above: QWidget | None) -> None:
        """Put ``widget`` in the body just under the lowest of ``above`` that is built."""
        self.body_layout.insertWidget(max(self.body_layout.indexOf(w) for w in above if w is not None) + 1, widget)

    @property
    def notices_box(self) -> NoticesSection:
        """The reminders' notices (built on first use, hidden while there are none)."""
        if self._notices_box is None:
            box = NoticesSection()
            box.dismiss_requested.connect(self.on_dismiss_notice)
            box.hide()
            self._put_under(box, self.due_panel, self._missed_panel, self._handover_panel)
            self._notices_box = box
        return self._notices_box

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

    def _fit_columns(self, page_width: int | None = None) -> None:
        """Side by side only when both columns get at least their narrowest width (large text stacks them)."""
        left, right = self._column_widgets
        width = (self.width() if page_width is None else page_width) - 24
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

    def about_to_show(self, width: int) -> None:
        """The window is about to show this page ``width`` wide: the columns are placed for that width now, so
        the first layout is the one shown (placed at the first resize, after the page had been laid out side by
        side, rows were measured again at each width in between)."""
        self._fit_columns(width)

    def title(self) -> str:
        return QCoreApplication.translate("TodayPage", "Today")

    # ---- loading ---------------------------------------------------------------------------------------

    def show_heading(self, title: str, line: str) -> None:
        self.heading.setText(title)
        self.heading_line.setText(line)

    def refresh(self, parts: frozenset[str] = EVERY_PART) -> None:
        """Read ``parts`` of the day again (all of it unless said) and show what changed."""
        now = self.ctx.now()
        try:
            data = self.controller.load(now, parts)
        except ServiceError as exc:
            self.show_heading(*text.heading_error_words(str(exc)))
            return
        self.show_heading(*text.heading_words(now, self.ctx.zone))
        self._refresh_zone_warning()
        self.show_data(data)
        if FOLLOWUP in parts:
            self._refresh_followup(now)

    def show_data(self, data: TodayData) -> None:
        """Show the day read (no reading): only the rows that differ from those shown are built again."""
        zone, now = self.ctx.zone, data.now
        self.due_panel.set_answered(self.controller.answered_in(Place.DUE))
        self.due_panel.set_doses(data.due, zone, now, self.controller.next_dose_text(data))
        if data.missed_while_closed or self._missed_panel is not None:
            self.missed_panel.set_answered(self.controller.answered_in(Place.MISSED))
            self.missed_panel.set_doses(data.missed_while_closed, zone, now)
            set_shown(self.missed_panel, self.missed_panel.has_rows())
        if self.notices or self._notices_box is not None:
            self.notices_box.show_notices(self.notices)
        self.doses_box.show_doses(data.plan.doses, zone, now, self.controller.answered_states())
        self.as_needed_box.show_items(data.as_needed, now, zone)
        self.appointments_box.show_appointments(data.appointments, zone, now)
        self.questions_box.show_questions(data.questions, bool(data.appointments))
        self.stock_box.show_stock(data.plan.low_stock)

    def on_ctx_changed(self, change: Change) -> None:
        """A change shown here: read again only the parts it touched (while hidden: everything when shown)."""
        if not change.touches(*self.areas):
            return
        if self.isVisible():
            self._stale = False
            self.refresh(parts_touched(change.areas) if self.data is not None else EVERY_PART)
        else:
            self._stale = True

    def on_reminders_checked(self, _result: object) -> None:
        """Time has moved: refresh now if shown (only changed rows are built again), else when next shown."""
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def on_reminders_announced(self, announcement: Announcement) -> None:
        self.notices = [n for n in self.notices if n.key != announcement.key]
        self.notices.insert(0, announcement)
        del self.notices[MAX_NOTICES:]
        self.notices_box.show_notices(self.notices)

    def on_dismiss_notice(self, key: str) -> None:
        self.notices = [n for n in self.notices if n.key != key]
        self.notices_box.show_notices(self.notices)

    @property
    def data(self) -> TodayData | None:
        return self.controller.data

    @property
    def answered(self) -> dict[str, AnsweredDose]:
        return self.controller.answered

    def on_prepare_pack_clicked(self, appointment_id: int) -> None:
        from careorganiser.ui.pack_dialog import open_pack_dialog

        self.pack_dialog = open_pack_dialog(self, self.ctx, appointment_id=appointment_id)

    # ---- actions -----------------------------------------------------------------------------------------

    def warn(self, title: str, exc: Exception) -> None:
        """A refusal in words; a click has no typed text to keep, so a failed save says only what failed."""
        self.ctx.prompter.warn(self, title, exc.plain if isinstance(exc, SaveFailed) else str(exc))

    def run(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except (ServiceError, SaveFailed) as exc:
            self.warn(QCoreApplication.translate("TodayPage", "Not recorded"), exc)
            return False
        return True

    def forget_answered(self) -> None:
        """Answered doses give up their kept rows (their records stay; the history can still change them)."""
        self.answers.forget_answered()

    def refresh_when_shown(self) -> None:
        """Read the day again now when shown, else when next shown."""
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def hideEvent(self, event: QHideEvent) -> None:
        self.forget_answered()
        if self._undo_bar is not None:
            self._undo_bar.hide()
        super().hideEvent(event)

    def on_take_now_requested(self, item: AsNeededItem) -> None:
        now = self.ctx.now()
        try:
            reminders_svc.take_as_needed(self.ctx.profile, item.medication_id, now)
        except reminders_svc.AsNeededRefused as refused:
            if self.ctx.prompter.confirm(self, QCoreApplication.translate("TodayPage", "Take {what} anyway?").format(what=item.name),
                               refused.verdict.reason + "\n\n" + QCoreApplication.translate("TodayPage", "Record the dose anyway?"),
                               QCoreApplication.translate("TodayPage", "Record anyway")):
                self.run(lambda: reminders_svc.take_as_needed(self.ctx.profile, item.medication_id, now,
                                                               override=True))
        except ServiceError as exc:
            self.ctx.prompter.warn(self, QCoreApplication.translate("TodayPage", "Not recorded"), str(exc))

    def on_refill_requested(self, item: LowStockItem) -> None:
        from careorganiser.services import medications

        typed = self.ctx.prompter.ask_text(self, QCoreApplication.translate("TodayPage", "Record refill"), QCoreApplication.translate("TodayPage", "How many {unit} of {what} were collected?").format(
            unit=item.stock_unit or QCoreApplication.translate("TodayPage", "units"), what=item.name))
        if typed is None:
            return
        self.run(lambda: medications.record_refill(self.ctx.profile, item.medication_id, typed))

    # ---- helpers for tests and keyboard users -------------------------------------------------------

    def dose_button(self, kind: str, dose: DoseItem) -> QAbstractButton | None:
        """The ``take``, ``skip`` or ``undo`` button of a dose in the day's list."""
        return self.doses_box.buttons.get(f"{kind}-{object_key(dose)}")

    def doses(self) -> Sequence[DoseItem]:
        return list(self.data.plan.doses) if self.data is not None else []
