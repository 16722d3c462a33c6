"""The detail of one saved trial: the study in plain words, the eligibility pre-screen item by item, what changed
at the last import, the caregiver's interest and notes, and questions for the doctor from templates.

A view: the words come from the controller (detail_controller.py) and words.py, the study's rich text from
about.py, the tabs' widgets from parts.py. The trial and its pre-screen are read in the pane's worker.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QLabel,
    QScrollArea,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from careorganiser.domain.enums import TrialInterest
from careorganiser.services import trials
from careorganiser.services.base import ServiceError, ValidationError
from careorganiser.services.trials import TemplateChoice, TrialDetail, TrialScreen
from careorganiser.trials.prescreen import PrescreenItem
from careorganiser.ui.context import AppContext
from careorganiser.ui.trials import words
from careorganiser.ui.trials.about import with_about
from careorganiser.ui.trials.detail_controller import TrialDetailController
from careorganiser.ui.trials.dialogs import CAUTION_STYLE
from careorganiser.ui.trials.parts import (
    ChangesTab,
    OwnPart,
    PrescreenTab,
    QuestionsTab,
)
from careorganiser.ui.trials.tables import ERROR_STYLE
from careorganiser.ui.trials.widths import TABS_LINES, TITLE_SCALE, lines_height
from careorganiser.ui.widgets.scroll import DownScrollArea
from careorganiser.ui.worker import Worker

__all__ = ["ERROR_STYLE", "NOTES_SAVE_DELAY_MS", "DetailTab", "TrialDetailPane"]

NOTES_SAVE_DELAY_MS = 800


class DetailTab(IntEnum):
    """The tabs below the trial's header, in their order."""

    ABOUT = 0
    PRESCREEN = 1
    CHANGES = 2
    QUESTIONS = 3


def _label(name: str, selectable: bool = True) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


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
        self.title_label = _label("trial-title")
        self._size_title()
        self.facts_label = _label("trial-facts")
        self.caution_label = _label("trial-caution", selectable=False)
        self.caution_label.setAccessibleName(QCoreApplication.translate("TrialsPage", "Caution"))
        self.caution_label.setStyleSheet(CAUTION_STYLE)
        self.changed_label = _label("trial-changed", selectable=False)
        for w in (self.title_label, self.facts_label, self.caution_label, self.changed_label):
            body.addWidget(w)
        self.own = OwnPart()  # the caregiver's interest and notes, and the follow-up plan
        self.interest_combo, self.notes_edit = self.own.interest_combo, self.own.notes_edit
        self.notes_status, self.followup_button = self.own.notes_status, self.own.followup_button
        self.followup_button.clicked.connect(self.on_followup_clicked)
        body.addWidget(self.own)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(QCoreApplication.translate("TrialsPage", "About the selected trial"))
        self.about = QTextBrowser()
        self.about.setObjectName("trial-about")
        self.about.setAccessibleName(QCoreApplication.translate("TrialsPage", "About the study"))
        self.about.setOpenLinks(False)
        self.prescreen = PrescreenTab()
        self.prescreen_model, self.prescreen_summary = self.prescreen.model, self.prescreen.summary
        self.changes = ChangesTab()
        self.questions = QuestionsTab()
        self.tabs.insertTab(DetailTab.ABOUT, self.about, QCoreApplication.translate("TrialsPage", "&About the study"))
        self.tabs.insertTab(DetailTab.PRESCREEN, self.prescreen, QCoreApplication.translate("TrialsPage", "&Pre-screen"))
        self.tabs.insertTab(DetailTab.CHANGES, self.changes, QCoreApplication.translate("TrialsPage", "&What changed"))
        self.tabs.insertTab(DetailTab.QUESTIONS, self.questions, QCoreApplication.translate("TrialsPage", "&Questions"))
        # With large text the header grows; the tabs keep room for a dozen lines and the pane scrolls instead.
        self.tabs.setMinimumHeight(lines_height(self.fontMetrics().lineSpacing(), TABS_LINES))
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
        self.questions.add_button.clicked.connect(self.on_add_questions_clicked)
        self.show_trial(None)

    def _size_title(self) -> None:
        """The title in bold, larger than the text around it (again when the text size changes)."""
        title_font = QFont(self.font())
        title_font.setBold(True)
        title_font.setPointSizeF(self.font().pointSizeF() * TITLE_SCALE)
        self.title_label.setFont(title_font)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:  # View > Larger text: the title follows
            self._size_title()
        super().changeEvent(event)

    @property
    def trial_id(self) -> int | None:
        return self.controller.trial_id

    @property
    def detail(self) -> TrialDetail | None:
        return self.controller.detail

    # -- loading
    def show_trial(self, trial_id: int | None) -> None:
        """Show a trial (None: nothing chosen): it is read in the worker and shown when read (the newest
        request wins). Keeps what is being typed in the notes of the same trial."""
        if trial_id is None or trial_id != self.trial_id:
            self.save_notes()
        if trial_id is None:
            self._pending = None
            self.worker.cancel("detail")
            self._show(None)
            return
        self._read(trial_id)

    @property
    def asked_for(self) -> int | None:
        """The trial last asked for (it may still be being read)."""
        return self._pending

    def _read(self, trial_id: int) -> None:
        self._pending = trial_id
        read = self.controller.reader(trial_id)
        self.worker.run(lambda: with_about(read()), self._on_read, self._on_read_failed, key="detail")

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
            self.prescreen.model.set_rows([])
            self.changes.model.set_rows([])
            self.questions.clear()
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
                self.questions.result.clear()
            if html != self._about_html:
                self._about_html = html
                self._about_later.start()
            self._show_prescreen(detail)
            self.changes.show_changes(self.controller.changes_intro(detail), detail.last_changes)
            self.tabs.setTabText(DetailTab.CHANGES, self.controller.changes_tab_title(detail))
            self.questions.show_choices(list(screen.choices), self.controller.questions_intro_for(screen.next_appointment))
        finally:
            self._loading = False

    def _lay_out_about(self) -> None:
        self.about.setHtml(self._about_html)

    def _show_header(self, d: TrialDetail) -> None:
        self.title_label.setText(self.controller.title_text(d))
        self.facts_label.setText(self.controller.facts_text(d))
        self.caution_label.setText(words.caution_text(d.cautions))
        self.caution_label.setVisible(bool(d.cautions))
        self.changed_label.setText(self.controller.changed_text(d))
        self.changed_label.setVisible(bool(d.last_changes))

    def _show_prescreen(self, d: TrialDetail) -> None:
        if not d.has_record:
            self.worker.cancel("prescreen")
            self.prescreen.show_no_record()
            return
        profile, now, trial_id = self.ctx.profile, self.ctx.now(), d.id
        self.prescreen.show_checking()
        self.worker.run(lambda: (trials.prescreen_trial(profile, trial_id, now),
                                 trials.record_limits_trial(profile, trial_id, now)),
                        self.on_prescreen_ready, self.on_prescreen_failed, key="prescreen")

    def on_prescreen_failed(self, exc: BaseException) -> None:
        from careorganiser.ui.failures import message_for

        self.prescreen.show_failed(message_for(exc))
        self.message.emit(message_for(exc), True)

    def on_prescreen_ready(self, result: tuple[list[PrescreenItem], list[PrescreenItem]]) -> None:
        items, limits = result
        self.prescreen.show_rows(self.controller.prescreen_summary(items), words.prescreen_rows(items, limits, self.ctx))

    def refresh_questions(self) -> None:
        """The templates, those already added marked; and where new questions will go (read now)."""
        if self.trial_id is None:
            return
        choices: list[TemplateChoice] = []
        try:
            choices = trials.template_choices(self.ctx.profile, self.trial_id)
        except (ServiceError, ValueError) as exc:
            self.questions.result.setText(str(exc))
        self.questions.show_choices(choices, self.controller.questions_intro())

    # -- edits
    def on_interest_changed(self, _index: int) -> None:
        if self._loading or self.trial_id is None:
            return
        interest = TrialInterest(self.interest_combo.currentData())
        trial_id = self.trial_id
        try:
            self._run_quietly(lambda: trials.set_interest(self.ctx.profile, trial_id, interest))
        except ServiceError as exc:
            self.message.emit(str(exc), True)
            return
        self.followup_button.setVisible(interest == TrialInterest.ENROLLED)
        self._set_notes_status(self.controller.interest_saved_text(interest))

    def on_followup_clicked(self) -> None:
        if self.trial_id is not None:
            from careorganiser.ui.followup.page import open_followup

            open_followup(self, self.ctx, trial_id=self.trial_id)

    def on_notes_text_changed(self) -> None:
        if self._loading or self.trial_id is None:
            return
        self._notes_timer.start()
        self._set_notes_status(self.controller.saving_text())

    def _set_notes_status(self, text: str, error: bool = False) -> None:
        self.own.show_status(text, error)

    def save_notes(self) -> None:
        """Store the notes now if they were edited (a timer also does it shortly after typing stops)."""
        self._notes_timer.stop()
        if self.trial_id is None or self.detail is None:
            return
        text = self.notes_edit.toPlainText()
        trial_id = self.trial_id
        if not self.controller.notes_changed(text):
            if self.notes_status.text() == self.controller.saving_text():
                self.notes_status.setText(self.controller.notes_saved_text())
            return
        try:
            stored = self._run_quietly(lambda: trials.set_notes(self.ctx.profile, trial_id, text))
        except ValidationError as exc:
            self._set_notes_status(exc.message, error=True)
            return
        except ServiceError as exc:
            self.message.emit(str(exc), True)
            return
        if self.worker.is_busy("detail") and self._pending is not None:
            self._read(self._pending)  # being read from before the notes were saved: read again
        detail = self.controller.notes_saved(str(stored))
        if detail is None:
            return
        self._set_notes_status(self.controller.notes_saved_text())
        self._show_header(detail)  # a mention of payment in the notes shows the caution at once

    def on_add_questions_clicked(self) -> None:
        if self.trial_id is None:
            return
        keys = self.questions.ticked_keys()
        trial_id = self.trial_id
        try:
            added = self._run_quietly(
                lambda: trials.add_trial_questions(self.ctx.profile, trial_id, keys, self.ctx.now()))
        except ServiceError as exc:
            self.questions.show_result(exc.message if isinstance(exc, ValidationError) else str(exc), error=True)
            return
        assert isinstance(added, trials.AddedQuestions)
        self.questions.show_result(self.controller.added_text(added))
        self.questions.untick_all()
        self.refresh_questions()
