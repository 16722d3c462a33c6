"""The detail of one saved trial: the study in plain words, the eligibility pre-screen item by item, what changed
at the last import, the caregiver's interest and notes, and questions for the doctor from templates."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFocusEvent, QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from careorganiser.domain.catalogue import builtin_kinds, format_value
from careorganiser.domain.enums import TrialInterest
from careorganiser.ui.locale_text import format_date
from careorganiser.services import trials
from careorganiser.services.base import ServiceError, ValidationError
from careorganiser.services.trials import TemplateChoice, TrialDetail, TrialScreen
from careorganiser.trials.diff import StudyChange
from careorganiser.trials.model import status_label
from careorganiser.trials.prescreen import PrescreenItem, prescreen_caution
from careorganiser.ui.context import AppContext
from careorganiser.ui.trials.detail_controller import TrialDetailController
from careorganiser.ui.widgets.scroll import DownScrollArea
from careorganiser.ui.trials.dialogs import CAUTION_STYLE, caution_text
from careorganiser.ui.table_model import Column, SnapshotTableModel
from careorganiser.ui.worker import Worker

ERROR_STYLE = "color: #b00020"
STATUS_BACKGROUND = {"fits": QColor("#e3f1e6"), "conflicts": QColor("#fbe3e0"), "no_data": QColor("#eeeeee"),
                     "ask_trial_team": QColor("#e6eefb")}
NOTES_SAVE_DELAY_MS = 800


# ---------------------------------------------------------------------------------------------- row snapshots


@dataclass(frozen=True, slots=True)
class PrescreenRow:
    id: int
    item: PrescreenItem
    value_text: str
    date_text: str
    from_record: bool = False  # the record's own age and sex limits, not an item of the eligibility text


@dataclass(frozen=True, slots=True)
class ChangeRow:
    id: int
    change: StudyChange


def value_text(item: PrescreenItem) -> str:
    """The value the pre-screen used, with its unit ("61%", "31 U/L", "75 years")."""
    if item.value is None:
        return ""
    if item.measurement == "age":
        return QCoreApplication.translate("TrialsPage", "{age} years").format(age=int(item.value))
    if item.shown:  # a change over a period, or a value worked out: never shown as if it were a reading
        return item.shown
    kind = builtin_kinds().get(item.measurement or "")
    number = format_value(kind, item.value, exact=True)  # as recorded: never rounded onto the item's limit
    unit = kind.unit if kind else ""
    if not unit or unit == "ratio":
        return number
    return f"{number}%" if unit == "%" else f"{number} {unit}"


def prescreen_rows(items: list[PrescreenItem], limits: list[PrescreenItem], ctx: AppContext) -> list[PrescreenRow]:
    rows = []
    for number, item in enumerate(items + limits):
        when = format_date(ctx.local(item.taken_at).date()) if item.taken_at else ""
        rows.append(PrescreenRow(number, item, value_text(item), when, number >= len(items)))
    return rows


def _kind_text(row: PrescreenRow) -> str:
    if row.from_record:
        return QCoreApplication.translate("TrialsPage", "Record's limits")
    kind = trials.prescreen_kind_label(row.item.kind)
    section = row.item.section.capitalize() if row.item.section.isupper() else row.item.section
    return QCoreApplication.translate("TrialsPage", "{kind} ({section})").format(kind=kind, section=section) if section else kind


def reason_text(item: PrescreenItem) -> str:
    """Why the item has its status, in one or two plain sentences."""
    return item.reason or QCoreApplication.translate("TrialsPage", "The app cannot check this item; ask the trial team.")


def checks_text(item: PrescreenItem) -> str:
    """Each bound found in the item, one a line: what it states, its status, and what was used."""
    lines = []
    for check in item.checks:
        lines.append(QCoreApplication.translate("TrialsPage", "\u2022 {bound} \u2014 {status}: {reason}").format(
            bound=check.bound, status=trials.prescreen_status_label(check.status), reason=check.reason))
    return "\n".join(lines)


def _change_before(c: StudyChange) -> str:
    return _short(c.before or "")


def _change_after(c: StudyChange) -> str:
    return _short(c.after or "")


def _short(text: str, limit: int = 140) -> str:
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= limit else one_line[: limit - 1] + "\u2026"


class NotesEdit(QPlainTextEdit):
    """The caregiver's notes: Tab moves on, and leaving the box saves at once."""

    focus_left = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        line = self.fontMetrics().lineSpacing()
        self.setMinimumHeight(line * 3 + 2 * self.frameWidth() + 10)
        self.setMaximumHeight(line * 5 + 2 * self.frameWidth() + 10)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.focus_left.emit()


def wrapped_table(model: SnapshotTableModel, name: str, stretch_column: int | tuple[int, ...]) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(True)
    view.setTextElideMode(Qt.TextElideMode.ElideNone)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header = view.horizontalHeader()
    for column in range(model.columnCount()):
        stretched = column in stretch_column if isinstance(stretch_column, tuple) else column == stretch_column
        mode = QHeaderView.ResizeMode.Stretch if stretched else QHeaderView.ResizeMode.Interactive
        header.setSectionResizeMode(column, mode)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    _ShareColumns(view, stretch_column)
    return view


class _ShareColumns(QObject):
    """The other columns as wide as their contents but at most a fifth of the width each (their text wraps);
    the main columns take the rest and are never narrower than their titles."""

    def __init__(self, view: QTableView, stretch_column: int | tuple[int, ...]) -> None:
        super().__init__(view)
        self.view = view
        self.stretch_columns = stretch_column if isinstance(stretch_column, tuple) else (stretch_column,)
        self._stale = False  # rows changed while the table was hidden: measured when it is shown
        view.viewport().installEventFilter(self)
        # New rows are measured in the next turn of the event loop: filling the rows and measuring them (long
        # wrapped text) would otherwise keep the GUI thread busy in one go.
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self.share)
        view.model().modelReset.connect(self._later.start)
        view.model().rowsInserted.connect(self._later.start)

    def share(self) -> None:
        view, header = self.view, self.view.horizontalHeader()
        if not view.isVisible():  # a hidden table would measure every row (a shown one, the rows in view)
            self._stale = True
            return
        width = view.viewport().width()
        if width <= 0:
            return
        self._stale = False
        others = [c for c in range(header.count()) if c not in self.stretch_columns and not header.isSectionHidden(c)]
        room = max(0, width - sum(header.sectionSizeHint(c) for c in self.stretch_columns))
        cap = max(width // 5, 1)
        for column in others:
            wanted = max(view.sizeHintForColumn(column), header.sectionSizeHint(column))
            header.resizeSection(column, max(header.sectionSizeHint(column), min(wanted, cap,
                                                                                 room // max(len(others), 1))))
        # the rows follow: the vertical header resizes them to their contents

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and event.size().width() != event.oldSize().width():
            self.share()  # the columns follow the width only
        elif event.type() == QEvent.Type.Show and self._stale:
            self.share()
        return False


# ---------------------------------------------------------------------------------------------- the pane


class TrialDetailPane(QWidget):
    """Shows one trial; edits of interest and notes are saved as they are made."""

    #: A message for the page's message line: (text, is_error).
    message = Signal(str, bool)

    def __init__(self, ctx: AppContext, run_quietly: Callable[[Callable[[], object]], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._run_quietly = run_quietly  # runs a service call whose change notice must not reload this pane
        self.controller = TrialDetailController(ctx)
        self._loading = False
        # The trial (its record, red flags and questions) and its pre-screen (every measurement that may bear
        # on an item) are read in a worker; what was read for a trial no longer selected is dropped.
        self.worker = Worker(self, failure_title=QCoreApplication.translate("TrialsPage", "Pre-screen"))
        self._about_html = ""
        self._pending: int | None = None  # the trial last asked for
        # The study's text is laid out in the turn of the event loop after the rest of the trial (~6 ms).
        self._about_later = QTimer(self)
        self._about_later.setSingleShot(True)
        self._about_later.setInterval(0)
        self._about_later.timeout.connect(self._lay_out_about)
        self.setAccessibleName(QCoreApplication.translate("TrialsPage", "The selected trial"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.empty_label = QLabel(QCoreApplication.translate("TrialsPage", "Choose a trial in the list to see its details."))
        self.empty_label.setWordWrap(True)
        layout.addWidget(self.empty_label)

        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        self.title_label = QLabel()
        self.title_label.setObjectName("trial-title")
        self.title_label.setWordWrap(True)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        title_font = QFont(self.title_label.font())
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.2)
        self.title_label.setFont(title_font)
        self.facts_label = QLabel()
        self.facts_label.setObjectName("trial-facts")
        self.facts_label.setWordWrap(True)
        self.facts_label.setTextFormat(Qt.TextFormat.PlainText)
        self.facts_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.caution_label = QLabel()
        self.caution_label.setObjectName("trial-caution")
        self.caution_label.setAccessibleName(QCoreApplication.translate("TrialsPage", "Caution"))
        self.caution_label.setWordWrap(True)
        self.caution_label.setTextFormat(Qt.TextFormat.PlainText)
        self.caution_label.setStyleSheet(CAUTION_STYLE)
        self.changed_label = QLabel()
        self.changed_label.setObjectName("trial-changed")
        self.changed_label.setWordWrap(True)
        self.changed_label.setTextFormat(Qt.TextFormat.PlainText)
        for w in (self.title_label, self.facts_label, self.caution_label, self.changed_label):
            body.addWidget(w)

        own = QGridLayout()
        own.setColumnStretch(3, 1)
        self.interest_combo = QComboBox()
        self.interest_combo.setAccessibleName(QCoreApplication.translate("TrialsPage", "Your interest in this trial"))
        for key in trials.INTERESTS:
            self.interest_combo.addItem(trials.interest_label(key), key)
        interest_label = QLabel(QCoreApplication.translate("TrialsPage", "Your inte&rest:"))
        interest_label.setBuddy(self.interest_combo)
        self.notes_edit = NotesEdit()
        self.notes_edit.setAccessibleName(QCoreApplication.translate("TrialsPage", "Your notes about this trial"))
        self.notes_edit.setPlaceholderText(QCoreApplication.translate("TrialsPage", "who you spoke to, what they said, what to ask next\u2026"))
        notes_label = QLabel(QCoreApplication.translate("TrialsPage", "Your &notes:"))
        notes_label.setBuddy(self.notes_edit)
        self.notes_status = QLabel()
        self.notes_status.setObjectName("notes-status")
        self.notes_status.setWordWrap(True)
        own.addWidget(interest_label, 0, 0)
        own.addWidget(self.interest_combo, 0, 1)
        own.addWidget(notes_label, 0, 2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        own.addWidget(self.notes_edit, 0, 3, 2, 1)
        own.addWidget(self.notes_status, 1, 0, 1, 2, Qt.AlignmentFlag.AlignTop)
        self.followup_button = QPushButton(QCoreApplication.translate("TrialsPage", "Follow-&up plan\u2026"))
        self.followup_button.setObjectName("trial-followup")
        self.followup_button.setAccessibleName(QCoreApplication.translate("TrialsPage", "Follow-up plan of this trial"))
        self.followup_button.setToolTip(QCoreApplication.translate("TrialsPage", "Visits, tests due, change from baseline and side effects"))
        self.followup_button.clicked.connect(self.on_followup_clicked)
        own.addWidget(self.followup_button, 2, 0, 1, 2, Qt.AlignmentFlag.AlignTop)
        body.addLayout(own)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(QCoreApplication.translate("TrialsPage", "About the selected trial"))
        self.about = QTextBrowser()
        self.about.setObjectName("trial-about")
        self.about.setAccessibleName(QCoreApplication.translate("TrialsPage", "About the study"))
        self.about.setOpenLinks(False)
        self.tabs.addTab(self.about, QCoreApplication.translate("TrialsPage", "&About the study"))
        self.tabs.addTab(self._build_prescreen_tab(), QCoreApplication.translate("TrialsPage", "&Pre-screen"))
        self.tabs.addTab(self._build_changes_tab(), QCoreApplication.translate("TrialsPage", "&What changed"))
        self.tabs.addTab(self._build_questions_tab(), QCoreApplication.translate("TrialsPage", "&Questions"))
        # With large text the header grows; the tabs keep room for a dozen lines and the pane scrolls instead.
        self.tabs.setMinimumHeight(self.fontMetrics().lineSpacing() * 14)
        body.addWidget(self.tabs, 1)
        self.scroll = DownScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.body)
        layout.addWidget(self.scroll, 1)

        self._notes_timer = QTimer(self)
        self._notes_timer.setSingleShot(True)
        self._notes_timer.setInterval(NOTES_SAVE_DELAY_MS)
        self._notes_timer.timeout.connect(self.save_notes)
        self.notes_edit.textChanged.connect(self.on_notes_text_changed)
        self.notes_edit.focus_left.connect(self.save_notes)
        self.interest_combo.currentIndexChanged.connect(self.on_interest_changed)
        self.show_trial(None)

    @property
    def trial_id(self) -> int | None:
        return self.controller.trial_id

    @property
    def detail(self) -> TrialDetail | None:
        return self.controller.detail

    # -- tabs
    def _build_prescreen_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.prescreen_statement = QLabel()
        self.prescreen_statement.setObjectName("prescreen-statement")
        self.prescreen_statement.setWordWrap(True)
        font = QFont(self.prescreen_statement.font())
        font.setBold(True)
        self.prescreen_statement.setFont(font)
        self.prescreen_summary = QLabel()
        self.prescreen_summary.setObjectName("prescreen-summary")
        self.prescreen_summary.setWordWrap(True)
        columns = [
            Column(QCoreApplication.translate("TrialsPage", "Pre-screen"), lambda r: trials.prescreen_status_label(r.item.status),
                   tooltip=lambda r: r.item.reason, background=lambda r: STATUS_BACKGROUND.get(r.item.status)),
            Column(QCoreApplication.translate("TrialsPage", "Kind"), _kind_text),
            Column(QCoreApplication.translate("TrialsPage", "Eligibility item"), lambda r: r.item.text, tooltip=lambda r: r.item.reason),
            Column(QCoreApplication.translate("TrialsPage", "Why"), lambda r: reason_text(r.item)),
            Column(QCoreApplication.translate("TrialsPage", "Value used"), lambda r: r.value_text, align_right=True),
            Column(QCoreApplication.translate("TrialsPage", "Date of the value"), lambda r: r.date_text),
        ]
        self.prescreen_model = SnapshotTableModel(columns, self)
        self.prescreen_table = wrapped_table(self.prescreen_model, QCoreApplication.translate("TrialsPage", "Eligibility pre-screen, item by item"), (2, 3))
        self.prescreen_table.setObjectName("prescreen")
        self.prescreen_reason = QLabel()
        self.prescreen_reason.setObjectName("prescreen-reason")
        self.prescreen_reason.setWordWrap(True)
        self.prescreen_reason.setTextFormat(Qt.TextFormat.PlainText)
        self.prescreen_reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.prescreen_table.selectionModel().selectionChanged.connect(self.on_prescreen_selection_changed)
        layout.addWidget(self.prescreen_statement)
        layout.addWidget(self.prescreen_summary)
        layout.addWidget(self.prescreen_table, 1)
        layout.addWidget(self.prescreen_reason)
        return tab

    def _build_changes_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.changes_intro = QLabel()
        self.changes_intro.setWordWrap(True)
        columns = [
            Column(QCoreApplication.translate("TrialsPage", "What"), lambda r: r.change.label),
            Column(QCoreApplication.translate("TrialsPage", "Before"), lambda r: _change_before(r.change), tooltip=lambda r: r.change.before or ""),
            Column(QCoreApplication.translate("TrialsPage", "Now"), lambda r: _change_after(r.change), tooltip=lambda r: r.change.after or ""),
        ]
        self.changes_model = SnapshotTableModel(columns, self)
        self.changes_table = wrapped_table(self.changes_model, QCoreApplication.translate("TrialsPage", "What changed since the last import"), 2)
        self.changes_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.changes_intro)
        layout.addWidget(self.changes_table, 1)
        return tab

    def _build_questions_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.questions_intro = QLabel()
        self.questions_intro.setObjectName("questions-intro")
        self.questions_intro.setWordWrap(True)
        self.template_model = QStandardItemModel(self)
        self.templates = QListView()
        self.templates.setModel(self.template_model)
        self.templates.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.templates.setObjectName("question-templates")
        self.templates.setAccessibleName(QCoreApplication.translate("TrialsPage", "Questions to add: tick the ones you want"))
        self.templates.setWordWrap(True)
        self.templates.setAlternatingRowColors(True)
        buttons = QHBoxLayout()
        self.tick_all_button = QPushButton(QCoreApplication.translate("TrialsPage", "&Tick all"))
        self.tick_all_button.setAccessibleName(QCoreApplication.translate("TrialsPage", "Tick every question"))
        self.add_questions_button = QPushButton(QCoreApplication.translate("TrialsPage", "Add the tic&ked questions"))
        self.add_questions_button.setAccessibleName(QCoreApplication.translate("TrialsPage", "Add the ticked questions for the doctor"))
        self.questions_result = QLabel()
        self.questions_result.setObjectName("questions-result")
        self.questions_result.setWordWrap(True)
        buttons.addWidget(self.tick_all_button)
        buttons.addStretch(1)
        buttons.addWidget(self.add_questions_button)
        layout.addWidget(self.questions_intro)
        layout.addWidget(self.templates, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.questions_result)
        self.tick_all_button.clicked.connect(self.on_tick_all_clicked)
        self.add_questions_button.clicked.connect(self.on_add_questions_clicked)
        self.template_model.itemChanged.connect(lambda _item: self._update_add_button())
        return tab

    # -- loading
    def show_trial(self, trial_id: int | None) -> None:
        """Show a trial (None: nothing chosen): it is read in the worker and shown when read (the newest
        request wins). Keeps what is being typed in the notes of the same trial."""
        if trial_id is None or trial_id != self.trial_id:
            self.save_notes()
        if trial_id is None:
            self.worker.cancel("detail")
            self._show(None)
            return
        self._read(trial_id)

    def _read(self, trial_id: int) -> None:
        self._pending = trial_id
        read = self.controller.reader(trial_id)
        self.worker.run(lambda: _with_about(read()), self._on_read, self._on_read_failed, key="detail")

    def is_ready(self) -> bool:
        """True when the trial shown and its pre-screen are those asked for (nothing is being read or laid out)."""
        return not self.worker.is_busy() and not self._about_later.isActive()

    def _on_read(self, result: tuple[TrialScreen, str] | None) -> None:
        if result is not None and result[0].detail.id != self.trial_id:
            self.save_notes()  # typed into the trial shown before while this one was read: saved to that one
        if result is None:
            self._show(None)
        else:
            self._show(*result)

    def _on_read_failed(self, exc: BaseException) -> None:
        from careorganiser.ui.failures import message_for

        self.message.emit(message_for(exc), True)

    def _show(self, screen: TrialScreen | None, html: str = "") -> None:
        detail = screen.detail if screen is not None else None
        same = detail is not None and detail.id == self.trial_id
        self.controller.use(detail)
        self.empty_label.setVisible(detail is None)
        self.scroll.setVisible(detail is not None)
        if screen is None or detail is None:
            self.worker.cancel("prescreen")
            if self._about_later.isActive():  # never laid out: laid out when a trial is shown again
                self._about_later.stop()
                self._about_html = ""
            self.prescreen_model.set_rows([])
            self.changes_model.set_rows([])
            self.template_model.removeRows(0, self.template_model.rowCount())
            return
        self._loading = True
        try:
            self._show_header(detail)
            self.interest_combo.setCurrentIndex(max(0, self.interest_combo.findData(detail.interest)))
            self.followup_button.setVisible(detail.interest == TrialInterest.ENROLLED)
            typing = self._notes_timer.isActive() or (same and self.notes_edit.hasFocus())
            if not (same and typing) and self.notes_edit.toPlainText() != detail.notes:
                self.notes_edit.setPlainText(detail.notes)
            if not same:
                self.notes_status.clear()
                self.questions_result.clear()
            if html != self._about_html:
                self._about_html = html
                self._about_later.start()
            self._show_prescreen(detail)
            self._show_changes(detail)
            self._show_questions(list(screen.choices), self.controller.questions_intro_for(screen.next_appointment))
        finally:
            self._loading = False

    def _lay_out_about(self) -> None:
        self.about.setHtml(self._about_html)

    def _show_header(self, d: TrialDetail) -> None:
        self.title_label.setText(self.controller.title_text(d))
        self.facts_label.setText(self.controller.facts_text(d))
        self.caution_label.setText(caution_text(d.cautions))
        self.caution_label.setVisible(bool(d.cautions))
        self.changed_label.setText(self.controller.changed_text(d))
        self.changed_label.setVisible(bool(d.last_changes))

    def _show_prescreen(self, d: TrialDetail) -> None:
        if not d.has_record:
            self.worker.cancel("prescreen")
            self.prescreen_statement.setText(prescreen_caution())
            self.prescreen_summary.setText(QCoreApplication.translate("TrialsPage", "There is no eligibility text to check until the trial's record is "
                                                                                    "imported or looked up online."))
            self.prescreen_model.set_rows([])
            self.prescreen_reason.clear()
            return
        profile, now, trial_id = self.ctx.profile, self.ctx.now(), d.id
        self.prescreen_summary.setText(QCoreApplication.translate("TrialsPage", "Checking the eligibility items against the records\u2026"))
        self.worker.run(lambda: (trials.prescreen_trial(profile, trial_id, now),
                                 trials.record_limits_trial(profile, trial_id, now)),
                        self.on_prescreen_ready, self.on_prescreen_failed, key="prescreen")

    def on_prescreen_failed(self, exc: BaseException) -> None:
        from careorganiser.ui.failures import message_for

        self.prescreen_model.set_rows([])
        self.prescreen_summary.setText(message_for(exc))
        self.message.emit(message_for(exc), True)

    def on_prescreen_ready(self, result: tuple[list[PrescreenItem], list[PrescreenItem]]) -> None:
        items, limits = result
        self.prescreen_statement.setText(
            prescreen_caution() + " " + QCoreApplication.translate("TrialsPage", "Each measurable part of an item is held against the latest recorded "
                                                                                 "value that fits its time window and circumstances; everything else is "
                                                                                 "for the trial team to check."))
        self.prescreen_summary.setText(self.controller.prescreen_summary(items))
        self.prescreen_model.set_rows(prescreen_rows(items, limits, self.ctx))
        self.prescreen_reason.setText(QCoreApplication.translate("TrialsPage", "Select an item to see how it was checked."))

    def _show_changes(self, d: TrialDetail) -> None:
        rows = [ChangeRow(i, c) for i, c in enumerate(d.last_changes)]
        self.changes_model.set_rows(rows)
        self.changes_table.setVisible(bool(rows))
        self.changes_intro.setText(self.controller.changes_intro(d))
        self.tabs.setTabText(self.tabs.indexOf(self.changes_table.parentWidget()), self.controller.changes_tab_title(d))

    def refresh_questions(self) -> None:
        """The templates, those already added marked; and where new questions will go (read now)."""
        if self.trial_id is None:
            return
        try:
            choices = trials.template_choices(self.ctx.profile, self.trial_id)
        except (ServiceError, ValueError) as exc:
            choices = []
            self.questions_result.setText(str(exc))
        self._show_questions(choices, self.controller.questions_intro())

    def _show_questions(self, choices: list[TemplateChoice], intro: str) -> None:
        self.questions_intro.setText(intro)
        ticked = set(self.ticked_keys())
        self.template_model.removeRows(0, self.template_model.rowCount())
        for choice in choices:
            self.template_model.appendRow(self._template_item(choice, choice.key in ticked))
        self._update_add_button()

    def _template_item(self, choice: TemplateChoice, ticked: bool) -> QStandardItem:
        text = f"{choice.topic}: {choice.text}"
        if choice.already_added:
            text = QCoreApplication.translate("TrialsPage", "{question} (already in your questions)").format(question=text)
        item = QStandardItem(text)
        item.setData(choice.key, Qt.ItemDataRole.UserRole)
        item.setToolTip(choice.text)
        if choice.already_added:
            item.setFlags(Qt.ItemFlag.ItemIsSelectable)  # shown, but cannot be ticked again
            item.setCheckState(Qt.CheckState.Checked)
        else:
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        return item

    def ticked_keys(self) -> list[str]:
        keys = []
        for i in range(self.template_model.rowCount()):
            item = self.template_model.item(i)
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable and item.checkState() == Qt.CheckState.Checked:
                keys.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return keys

    def _update_add_button(self) -> None:
        self.add_questions_button.setEnabled(bool(self.ticked_keys()))

    # -- edits
    def on_interest_changed(self, _index: int) -> None:
        if self._loading or self.trial_id is None:
            return
        interest = str(self.interest_combo.currentData())
        trial_id = self.trial_id
        try:
            self._run_quietly(lambda: trials.set_interest(self.ctx.profile, trial_id, interest))
        except ServiceError as exc:
            self.message.emit(str(exc), True)
            return
        self.followup_button.setVisible(interest == TrialInterest.ENROLLED)
        self.notes_status.setText(QCoreApplication.translate("TrialsPage", "Interest saved: {interest}.").format(interest=trials.interest_label(interest)))
        self.notes_status.setStyleSheet("")

    def on_followup_clicked(self) -> None:
        if self.trial_id is not None:
            from careorganiser.ui.followup.page import open_followup

            open_followup(self, self.ctx, trial_id=self.trial_id)

    def on_notes_text_changed(self) -> None:
        if self._loading or self.trial_id is None:
            return
        self._notes_timer.start()
        self.notes_status.setText(QCoreApplication.translate("TrialsPage", "Saving\u2026"))
        self.notes_status.setStyleSheet("")

    def save_notes(self) -> None:
        """Store the notes now if they were edited (a timer also does it shortly after typing stops)."""
        self._notes_timer.stop()
        if self.trial_id is None or self.detail is None:
            return
        text = self.notes_edit.toPlainText()
        trial_id = self.trial_id
        if not self.controller.notes_changed(text):
            if self.notes_status.text() == QCoreApplication.translate("TrialsPage", "Saving\u2026"):
                self.notes_status.setText(QCoreApplication.translate("TrialsPage", "Notes saved."))
            return
        try:
            stored = self._run_quietly(lambda: trials.set_notes(self.ctx.profile, trial_id, text))
        except ValidationError as exc:
            self.notes_status.setText("\u26a0 " + exc.message)
            self.notes_status.setStyleSheet(ERROR_STYLE)
            return
        except ServiceError as exc:
            self.message.emit(str(exc), True)
            return
        if self.worker.is_busy("detail") and self._pending is not None:
            self._read(self._pending)  # being read from before the notes were saved: read again
        detail = self.controller.notes_saved(str(stored))
        if detail is None:
            return
        self.notes_status.setText(QCoreApplication.translate("TrialsPage", "Notes saved."))
        self.notes_status.setStyleSheet("")
        self._show_header(detail)  # a mention of payment in the notes shows the caution at once

    def on_tick_all_clicked(self) -> None:
        for i in range(self.template_model.rowCount()):
            item = self.template_model.item(i)
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                item.setCheckState(Qt.CheckState.Checked)

    def on_add_questions_clicked(self) -> None:
        if self.trial_id is None:
            return
        keys = self.ticked_keys()
        trial_id = self.trial_id
        try:
            added = self._run_quietly(
                lambda: trials.add_trial_questions(self.ctx.profile, trial_id, keys, self.ctx.now()))
        except ServiceError as exc:
            self.questions_result.setText("\u26a0 " + (exc.message if isinstance(exc, ValidationError) else str(exc)))
            self.questions_result.setStyleSheet(ERROR_STYLE)
            return
        assert isinstance(added, trials.AddedQuestions)
        self.questions_result.setText(self.controller.added_text(added))
        self.questions_result.setStyleSheet("")
        for i in range(self.template_model.rowCount()):
            self.template_model.item(i).setCheckState(Qt.CheckState.Unchecked)
        self.refresh_questions()

    def on_prescreen_selection_changed(self) -> None:
        rows = self.prescreen_table.selectionModel().selectedRows()
        if not rows:
            return
        row: PrescreenRow = self.prescreen_model.row_at(rows[0].row())
        text = QCoreApplication.translate("TrialsPage", "{status}: {reason}").format(status=trials.prescreen_status_label(row.item.status),
                                               reason=reason_text(row.item))
        if len(row.item.checks) > 1:
            text += "\n" + checks_text(row.item)
        self.prescreen_reason.setText(text)

# ---------------------------------------------------------------------------------------------- about the study


def _with_about(screen: TrialScreen | None) -> tuple[TrialScreen, str] | None:
    """The trial read, with the study's text as HTML (made in the worker too)."""
    return (screen, about_html(screen.detail)) if screen is not None else None


def _section(title: str, body: str) -> str:
    return f"<h4>{escape(title)}</h4>{body}" if body else ""


def _para(text: str) -> str:
    return "".join(f"<p>{escape(p)}</p>" for p in text.split("\n\n") if p.strip())


def _list(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>" if items else ""


def _facts(rows: list[tuple[str, str]]) -> str:
    """Short facts as a two-column table: the label in bold, then the value (both already escaped)."""
    cells = "".join(f"<tr><td style='padding-right:12px'><b>{label}</b></td><td>{value}</td></tr>"
                    for label, value in rows if value)
    return f"<table cellspacing='2'>{cells}</table>" if cells else ""


def about_html(d: TrialDetail) -> str:
    s = d.study
    if not d.has_record:
        return _para(QCoreApplication.translate("TrialsPage", "No ClinicalTrials.gov record is saved for {nct_id} yet. Import the record saved from the "
                                                              "website (\u201cImport file\u2026\u201d, or drop the file on this page), or use \u201cLook up "
                                                              "online\u2026\u201d to fetch it.").format(nct_id=d.nct_id))
    facts = _facts([(escape(label), escape(text)) for label, text in trials.study_facts(s, d.title)])
    parts = [facts]
    interventions = []
    for i in s.interventions:
        text = f"<b>{escape(trials.intervention_text(i.type, i.name))}</b>"
        if i.description:
            text += f" \u2014 {escape(_short(i.description, 400))}"
        interventions.append(text)
    parts.append(_section(QCoreApplication.translate("TrialsPage", "Interventions"), _list(interventions)))
    parts.append(_section(QCoreApplication.translate("TrialsPage", "Groups (arms)"), _list([escape(_short(a, 400)) for a in trials.arm_lines(s)])))
    parts.append(_section(QCoreApplication.translate("TrialsPage", "Main results measured (primary outcomes)"),
                          _list([escape(o) for o in trials.outcome_lines(s.primary_outcomes)])))
    parts.append(_section(QCoreApplication.translate("TrialsPage", "Other results measured (secondary outcomes)"),
                          _list([escape(o) for o in trials.outcome_lines(s.secondary_outcomes)])))
    parts.append(_section(QCoreApplication.translate("TrialsPage", "Contacts for the trial"), _list([escape(trials.contact_text(c))
                                                               for c in s.central_contacts])))
    sites = []
    for site in s.sites:
        text = '<b>{}</b>'.format(escape(site.place() or QCoreApplication.translate('TrialsPage', 'A site without a name')))
        if site.status:
            text += f" ({escape(status_label(site.status))})"
        for c in site.contacts:
            text += f"<br>{escape(trials.contact_text(c))}"
        sites.append(text)
    if sites:
        parts.append(_section(QCoreApplication.translate("TrialsPage", "Sites ({count}) and their contacts").format(count=len(sites)), _list(sites)))
    parts.append(_section(QCoreApplication.translate("TrialsPage", "Summary"), _para(s.brief_summary)))
    parts.append(_section(QCoreApplication.translate("TrialsPage", "The record"), _para(QCoreApplication.translate("TrialsPage", "{url} (saved on this computer; the app does not go online "
                                                                                           "unless you ask)").format(url=s.url or d.nct_id))))
    return "".join(p for p in parts if p)
