"""The sections of the Today page: each a titled group of rows, one row per record, built from the words of
``text.py``. A section builds again only the rows whose record changed (``KeyedRows``), so the rest keep
their widgets, keyboard focus and place. The page (``page.py``) wires their signals to its actions."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from msgspec.structs import replace
from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from careorganiser.services.reminders import (
    Announcement,
    AsNeededItem,
    ride_to_arrange_now,
)
from careorganiser.services.today import DoseItem, LowStockItem
from careorganiser.store.queries.appointments import Appointment
from careorganiser.store.queries.questions import Question
from careorganiser.ui.dose_text import dose_plain, object_key
from careorganiser.ui.markup import unescape_escaped
from careorganiser.ui.qt_values import placed, rich_text, set_shown
from careorganiser.ui.today import text
from careorganiser.ui.widgets.due_now import Place, skip_button, taken_button, tint
from careorganiser.ui.widgets.keyed_rows import KeyedRows
from careorganiser.ui.widgets.plain_label import WrappedLabel, plain_label

Row = tuple[Hashable, Any, Callable[[], None]]


def label(html: str = "", wrap: bool = True, name: str = "") -> QLabel:
    widget = WrappedLabel(html)
    rich_text(widget)
    widget.setWordWrap(wrap)
    if name:
        widget.setObjectName(name)
    return widget


class Section(QGroupBox):
    """A titled group of rows; a row is built again only when what it shows changes."""

    lines = 1  # grid rows per record

    def __init__(self, title: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.setObjectName(name)
        self.setAccessibleName(title)
        # A group box's size policy is Preferred both ways, as it must stay: a Maximum height is the unwrapped
        # height, which cuts wrapped lines off. (Not set again here: QSizePolicy's Python class would be made
        # before the first paint for it.)
        outer = QVBoxLayout(self)
        self.body = QWidget()
        self.grid = QGridLayout(self.body)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(6)
        outer.addWidget(self.body)
        self.empty = plain_label()
        self.empty.setObjectName(f"{name}-empty")
        outer.addWidget(self.empty)
        self.rows = KeyedRows(self.grid, self.lines)

    @property
    def buttons(self) -> dict[str, QAbstractButton]:
        return self.rows.buttons

    def show_rows(self, rows: Sequence[Row], empty_text: str) -> bool:
        """Show ``rows`` (key, signature, build); True when any row was built again."""
        changed = self.rows.show(rows)
        set_shown(self.body, bool(rows))
        self.empty.setText(empty_text)
        set_shown(self.empty, not rows)
        return changed

    def add(self, widget: QWidget, column: int, line: int = 0) -> QWidget:
        return self.rows.add(widget, column, line)

    def button(self, words: str, accessible: str, name: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(words)
        button.setObjectName(name)
        button.setAccessibleName(accessible)
        button.setToolTip(accessible)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: slot())
        self.rows.add_button(button)
        return button


class NoticesSection(Section):
    dismiss_requested = Signal(str)

    def __init__(self) -> None:
        super().__init__(QCoreApplication.translate("TodayPage", "Reminders"), "NoticesSection")
        self.grid.setColumnStretch(0, 1)

    def show_notices(self, notices: Sequence[Announcement]) -> None:
        def row(index: int, notice: Announcement) -> Row:
            def build() -> None:
                self.add(label(text.notice_html(notice)), 0)
                self.add(placed(self.button(
                    QCoreApplication.translate("TodayPage", "Dismiss"),
                    QCoreApplication.translate("TodayPage", "Dismiss the reminder: {title}").format(title=notice.title),
                    f"dismiss-{index}-{notice.key}", lambda: self.dismiss_requested.emit(notice.key)), top=True), 1)
            return (notice.key, notice, build)

        self.show_rows([row(i, n) for i, n in enumerate(notices)], "")
        set_shown(self, bool(notices))


class DosesSection(Section):
    take_requested = Signal(object, str)
    skip_requested = Signal(object, object)
    undo_requested = Signal(object)

    def __init__(self) -> None:
        super().__init__(QCoreApplication.translate("TodayPage", "Today\u2019s doses"), "DosesSection")
        self.grid.setColumnStretch(1, 1)

    def show_doses(self, doses: Sequence[DoseItem], zone: ZoneInfo, now: datetime,
                   answered: dict[str, tuple[str, str]]) -> None:
        """``answered``: dose key -> (where it was answered, how in words), for the doses answered here."""

        def row(dose: DoseItem) -> Row:
            key = object_key(dose)
            where, state = answered.get(key, ("", None))
            undoable = where == Place.LIST
            line = text.dose_line(dose, zone, state)

            def build() -> None:
                # Plain labels (bold and colour on the label): rich text only for "(as needed)" in italics.
                self.add(plain_label(line.when, wrap=False, bold=True), 0)
                self.add(plain_label(dose_plain(dose)) if dose.scheduled else label(line.what_html), 1)
                colour, bold = text.state_style(dose)
                state_label = plain_label(line.state, wrap=False, name=f"state-{key}", bold=bold, colour=colour)
                state_label.setAccessibleName(line.state_accessible)
                self.add(state_label, 2)
                if not dose.decided:
                    taken = taken_button(dose, zone, now, line.subject, f"take-{key}",
                                         lambda how: self.take_requested.emit(dose, how))
                    skip = skip_button(line.subject, f"skip-{key}", lambda reason: self.skip_requested.emit(dose, reason))
                    self.rows.add_button(self.add(taken, 3))  # type: ignore[arg-type]
                    self.rows.add_button(self.add(skip, 4))  # type: ignore[arg-type]
                elif undoable:  # answered just now from here: Undo where Taken was
                    self.add(self.button(QCoreApplication.translate("TodayPage", "Undo"), line.undo_accessible,
                                         f"undo-{key}", lambda: self.undo_requested.emit(dose)), 3)

            # Taken's default depends on whether the dose is past: build it again when it becomes past.
            return (key, (dose, state, undoable, dose.scheduled_for <= now, zone.key), build)

        self.show_rows([row(d) for d in doses], QCoreApplication.translate(
            "TodayPage", "No doses are scheduled today. Add a medication and its times under Medications."))


class AsNeededSection(Section):
    take_now_requested = Signal(object)

    def __init__(self, when_text: Callable[[AsNeededItem, datetime], str]) -> None:
        super().__init__(QCoreApplication.translate("TodayPage", "As needed"), "AsNeededSection")
        self.grid.setColumnStretch(1, 1)
        self.when_text = when_text

    def show_items(self, items: Sequence[AsNeededItem], now: datetime, zone: ZoneInfo) -> None:
        set_shown(self, bool(items))

        def row(item: AsNeededItem) -> Row:
            def build() -> None:
                self.add(label(text.as_needed_name_html(item), wrap=False), 0)
                self.add(plain_label(self.when_text(item, now)), 1)
                self.add(self.button(QCoreApplication.translate("TodayPage", "Take now"),
                                     QCoreApplication.translate("TodayPage", "Take {what} now").format(what=item.name),
                                     f"take-now-{item.medication_id}", lambda: self.take_now_requested.emit(item)), 2)

            # "Allowed now" carries now as its time: leave it out, or the row would be built at every check.
            shown = replace(item, next_allowed_at=None) if item.allowed else item
            return (item.medication_id, (shown, now.astimezone(zone).date()), build)

        self.show_rows([row(i) for i in items], "")


class AppointmentsSection(Section):
    pack_requested = Signal(int)
    lines = 2  # the appointment, then its ride

    def __init__(self) -> None:
        super().__init__(QCoreApplication.translate("TodayPage", "Next appointments"), "AppointmentsSection")
        self.grid.setColumnStretch(0, 1)

    def show_appointments(self, items: Sequence[Appointment], zone: ZoneInfo, now: datetime) -> None:
        def row(item: Appointment, first: bool) -> Row:
            def build() -> None:
                # Plain labels: the time in bold over what, with whom and where.
                when, lines = text.appointment_words(item, zone)
                box = QWidget()
                box.setAccessibleName(f"{when}: " + lines.replace("\n", ", "))
                column = QVBoxLayout(box)
                column.setContentsMargins(0, 0, 0, 0)
                column.setSpacing(0)
                column.addWidget(plain_label(when, bold=True))
                column.addWidget(plain_label(lines))
                self.add(box, 0)
                if first:
                    pack = QPushButton(QCoreApplication.translate("TodayPage", "Prepare &pack\u2026"))
                    pack.setObjectName("PreparePack")
                    pack.setProperty("reading", True)  # stays enabled on a read-only profile
                    pack.setAccessibleName(QCoreApplication.translate("TodayPage", "Prepare the appointment pack for {when}").format(when=when))
                    pack.setToolTip(QCoreApplication.translate("TodayPage", "A PDF to print and take to the appointment"))
                    pack.clicked.connect(lambda _c=False: self.pack_requested.emit(item.id))
                    self.add(placed(pack, top=True, right=True), 1)
                ride = text.ride_line(item, when, zone, now)
                # The ride's line has no markup (its words escaped): shown as plain words.
                ride_label = plain_label(unescape_escaped(ride.html), name="RideWarning" if ride.warning else "")
                if ride.warning:
                    ride_label.setFrameShape(QFrame.Shape.StyledPanel)
                    ride_label.setMargin(3)
                    tint(ride_label, *text.RIDE_WARNING_COLOURS)
                    ride_label.setAccessibleName(ride.accessible)
                self.add(ride_label, 0, line=1)

            # Built again when a ride to arrange turns into a warning (two days before).
            return (item.id, (item, first, ride_to_arrange_now(item.starts_at, now)), build)

        self.show_rows([row(a, i == 0) for i, a in enumerate(items)], QCoreApplication.translate(
            "TodayPage", "No appointments coming. Add one under Appointments & rides."))


class QuestionsSection(Section):
    def __init__(self) -> None:
        super().__init__(QCoreApplication.translate("TodayPage", "Questions for the next appointment"), "QuestionsSection")

    def show_questions(self, items: Sequence[Question], has_next_appointment: bool) -> None:
        def row(q: Question) -> Row:
            def build() -> None:
                html, accessible = text.question_html(q.text, q.priority)
                widget = label(html) if accessible else plain_label(text.question_words(q.text))
                if accessible:
                    widget.setAccessibleName(accessible)
                self.add(widget, 0)

            return (q.id, q, build)

        self.show_rows([row(q) for q in items], text.questions_empty_text(has_next_appointment))


class StockSection(Section):
    refill_requested = Signal(object)

    def __init__(self) -> None:
        super().__init__(QCoreApplication.translate("TodayPage", "Running low"), "StockSection")
        self.grid.setColumnStretch(0, 1)

    def show_stock(self, items: Sequence[LowStockItem]) -> None:
        def row(item: LowStockItem) -> Row:
            def build() -> None:
                self.add(label(text.stock_html(item)), 0)
                self.add(placed(self.button(
                    QCoreApplication.translate("TodayPage", "Record refill\u2026"),
                    QCoreApplication.translate("TodayPage", "Record a refill of {what}").format(what=item.name),
                    f"refill-{item.medication_id}", lambda: self.refill_requested.emit(item)), top=True), 1)

            return (item.medication_id, item, build)

        self.show_rows([row(i) for i in items], QCoreApplication.translate("TodayPage", "No medication is running low."))
