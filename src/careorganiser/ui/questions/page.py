"""Questions for the doctor, grouped by the appointment they are for (and "not planned yet").

Open questions come first, the most important at the top. A question can be marked asked, answered, moved
to another appointment, changed, or deleted (with Undo).
"""

from __future__ import annotations

from html import escape
from typing import Any

from msgspec.structs import replace
from PySide6.QtCore import QCoreApplication, QItemSelection, Qt
from PySide6.QtGui import QColor, QHideEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from careorganiser.domain.enums import Priority, QuestionStatus
from careorganiser.domain.status_words import status_words
from careorganiser.services import questions, trash
from careorganiser.services.appointments import agenda
from careorganiser.services.base import ServiceError, ValidationError
from careorganiser.services.questions import GroupKind, Question, QuestionGroup
from careorganiser.services.trash import RecordKind
from careorganiser.ui.appointments.forms import appointment_text
from careorganiser.ui.appointments.models import (
    Group,
    GroupedModel,
    make_tree,
    select_in_tree,
    selected_in_tree,
)
from careorganiser.ui.context import AppContext
from careorganiser.ui.locale_text import format_date
from careorganiser.ui.pages.base import Page
from careorganiser.ui.questions.dialog import QuestionDialog, priority_words
from careorganiser.ui.questions.parts import QuestionActions, QuestionPane
from careorganiser.ui.questions.words import (
    appointment_words,
    detail_line,
    group_title,
    linked_text,
    short_text,
)
from careorganiser.ui.table_model import Column
from careorganiser.ui.widgets.scroll import DownScrollArea
from careorganiser.ui.widgets.undo_bar import UndoBar

DONE_FOREGROUND = QColor("#5f6368")


class QuestionsPage(Page):
    areas = frozenset({"questions", "appointments", "trials", "medications", "contacts", "settings"})
    #: A change to any of these but the questions (a title, a linked trial's name) reads the list all again.
    tables = ("questions", "appointments", "trials", "medications", "contacts")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._guard = False
        self._shown: Question | None = None
        self._groups: list[QuestionGroup] = []

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<h2>{escape(self.title())}</h2>"))
        intro = QLabel(QCoreApplication.translate("QuestionsPage", "Write questions down as they come up, and file them under the appointment where you "
                                                                   "will ask them. Open questions come first, the most important at the top. Open questions "
                                                                   "not planned yet print in the pack for the next appointment."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.undo_bar = UndoBar(self)
        layout.addWidget(self.undo_bar)

        self.actions = QuestionActions()
        self.new_button, self.edit_button = self.actions.new_button, self.actions.edit_button
        self.asked_button, self.move_button = self.actions.asked_button, self.actions.move_button
        self.delete_button, self.move_menu = self.actions.delete_button, self.actions.move_menu
        self.move_menu.aboutToShow.connect(self.on_move_menu_about_to_show)
        layout.addWidget(self.actions)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        self.tree_label = QLabel(QCoreApplication.translate("QuestionsPage", "&Questions, by appointment:"))
        top_layout.addWidget(self.tree_label)
        words = status_words("question")
        priorities = priority_words()
        columns = [
            Column(QCoreApplication.translate("QuestionsPage", "Question"), lambda q: q.text, tooltip=lambda q: q.text),
            Column(QCoreApplication.translate("QuestionsPage", "Priority"), lambda q: ("\u2605 " if q.priority == Priority.HIGH else "") + priorities.get(
                q.priority, q.priority)),
            Column(QCoreApplication.translate("QuestionsPage", "Topic"), lambda q: q.topic),
            Column(QCoreApplication.translate("QuestionsPage", "About"), linked_text),
            Column(QCoreApplication.translate("QuestionsPage", "Status"), lambda q: words.get(q.status, q.status)),
        ]
        self.model = GroupedModel(columns, self,
                                  foreground=lambda q: DONE_FOREGROUND if q.status == QuestionStatus.ANSWERED else None)
        self.tree = make_tree(self.model, QCoreApplication.translate("QuestionsPage", "Questions, by appointment"))
        self.tree.setObjectName("questions")
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(columns)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree_label.setBuddy(self.tree)
        top_layout.addWidget(self.tree, 1)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setObjectName("questions-empty")
        top_layout.addWidget(self.empty_label)

        self.detail = QuestionPane()
        pane = self.detail
        self.detail_text, self.detail_meta, self.answer_label = pane.detail_text, pane.detail_meta, pane.answer_label
        self.answer, self.answer_limit, self.save_answer_button = pane.answer, pane.answer_limit, pane.save_answer_button
        self.errors, self.answer_error, self.general_error = pane.errors, pane.answer_error, pane.general_error

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(top)
        splitter.addWidget(DownScrollArea(self.detail))
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)

        self.new_button.clicked.connect(self.on_new_clicked)
        self.edit_button.clicked.connect(self.on_edit_clicked)
        self.asked_button.clicked.connect(self.on_asked_clicked)
        self.delete_button.clicked.connect(self.on_delete_clicked)
        self.save_answer_button.clicked.connect(self.on_save_answer_clicked)
        self.tree.selectionModel().selectionChanged.connect(self.on_selection_changed)
        self.tree.doubleClicked.connect(lambda _i: self.on_edit_clicked())
        self._show(None)

    def title(self) -> str:
        return QCoreApplication.translate("QuestionsPage", "Questions for the doctor")

    # -- loading
    def _group_title(self, g: QuestionGroup) -> str:
        return group_title(g, appointment_text(g.appointment, self.ctx) if g.appointment is not None else "")

    def _update_rows(self, ids: frozenset[int]) -> bool:
        """Read the questions ``ids`` again and put them in place; False when the groups change (read all),
        also when time has moved a coming appointment into the past."""
        now = self.ctx.now()
        if any(g.kind == GroupKind.COMING and g.appointment is not None and g.appointment.is_over(now) for g in self._groups):
            return False
        self._guard = True
        try:
            if not self.model.update_rows(ids, questions.questions_by_ids(self.ctx.profile, ids),
                                          questions.group_key, lambda _group, q: questions.list_order(q)):
                return False
        finally:
            self._guard = False
        groups = [replace(g.extra, questions=tuple(g.rows)) for g in self.model.groups()]
        if any(g.kind == GroupKind.PAST and not g.questions for g in groups):
            return False  # a past appointment is listed only with questions
        self._groups = groups
        self.model.set_group_titles({g.key: (self._group_title(g), g) for g in groups})
        return True

    def refresh(self) -> None:
        """Read the questions again: only those a change named, when it named them and nothing else shown
        changed. The selection stays; when its question goes, the next one (or the one before) is chosen."""
        keep = self.selected_question() or self._shown
        nearby = self.model.neighbours(keep.id) if keep is not None else []
        ids = self.take_row_changes("questions")
        if ids is None or (ids and not self._update_rows(ids)):
            self._groups = questions.questions_by_appointment(self.ctx.profile, self.ctx.now())
            model_groups = [Group(g.key, self._group_title(g), g.questions, extra=g) for g in self._groups]
            self._guard = True
            try:
                self.model.set_groups(model_groups)
            finally:
                self._guard = False
        total = sum(len(g.questions) for g in self._groups)
        self.empty_label.setText(QCoreApplication.translate("QuestionsPage", "No questions yet. Use \u201cNew question\u201d (Ctrl+N) to write down "
                                                                             "what you want to ask at the next appointment."))
        self.empty_label.setVisible(total == 0)
        target = keep.id if keep is not None and self.model.index_of_id(keep.id).isValid() else None
        if target is None:
            rows = self.model.all_rows()
            target = next((i for i in nearby if self.model.index_of_id(i).isValid()), rows[0].id if rows else None)
        self.select_question(target)
        self._show(self.selected_question())

    # -- selection and the detail pane
    def selected_question(self) -> Question | None:
        return selected_in_tree(self.tree, self.model)

    def select_question(self, question_id: int | None) -> None:
        self._guard = True
        try:
            select_in_tree(self.tree, self.model, question_id)
        finally:
            self._guard = False

    # -- text typed and not saved (kept across the idle lock)
    def unsaved_drafts(self) -> dict[str, tuple[str, dict[str, Any]]]:
        if not self.answer_dirty() or self._shown is None:
            return {}
        return {"answer": (QCoreApplication.translate("QuestionsPage", "an answer to a question"),
                           {"question": self._shown.id, "answer": self.answer.toPlainText()})}

    def restore_drafts(self, drafts: dict[str, tuple[str, dict[str, Any]]]) -> None:
        if "answer" not in drafts:
            return
        self.ensure_fresh()
        draft = drafts["answer"][1]
        if not self.model.index_of_id(draft["question"]).isValid():
            return  # the question was deleted meanwhile (from another window or a command)
        self.select_question(draft["question"])
        self._show(self.selected_question())
        self.answer.setPlainText(draft["answer"])

    def answer_dirty(self) -> bool:
        return self._shown is not None and self.answer.toPlainText().strip() != self._shown.answer.strip()

    def _show(self, q: Question | None) -> None:
        same = q is not None and self._shown is not None and q.id == self._shown.id
        keep_typing = same and self.answer_dirty()
        self._shown = q
        self.detail.clear_errors()
        self.actions.show_question(q)
        meta = detail_line(q, self._appointment_words(q), priority_words(), status_words("question")) if q else ""
        self.detail.show_question(q, meta, keep_typing)

    def _appointment_words(self, q: Question) -> str:
        return appointment_words(q, lambda q: format_date(self.ctx.local(q.appointment_starts_at).date(), weekday=True))

    def _leave_answer(self) -> bool:
        """Save an answer typed but not saved; False when it cannot be saved (the error is shown)."""
        if not self.answer_dirty():
            return True
        return self._save_answer()

    def on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        if self._guard:
            return
        chosen = self.selected_question()
        if self._shown is not None and (chosen is None or chosen.id != self._shown.id):
            if not self._leave_answer():
                self.select_question(self._shown.id)
                return
        self._show(chosen)

    # -- actions
    def on_new(self) -> None:
        self.on_new_clicked()

    def _default_appointment(self) -> int | None:
        current = self.tree.currentIndex()
        group = self.model.group_at(current) if current.isValid() else None
        if group is not None:
            return group.extra.appointment.id if group.extra.appointment is not None else None
        chosen = self.selected_question()
        if chosen is not None:
            return chosen.appointment_id
        coming = [g for g in self._groups if g.kind == GroupKind.COMING]
        return coming[0].appointment.id if coming and coming[0].appointment else None

    def on_new_clicked(self) -> None:
        if not self._leave_answer():
            return
        dialog = QuestionDialog(self.ctx, appointment_id=self._default_appointment(), parent=self)
        if self.ctx.prompter.run_dialog(dialog) and dialog.saved_id is not None:
            self.refresh()
            self.select_question(dialog.saved_id)
            self._show(self.selected_question())

    def on_edit_clicked(self) -> None:
        q = self.selected_question()
        if q is None or not self._leave_answer():
            return
        dialog = QuestionDialog(self.ctx, row=q, parent=self)
        if self.ctx.prompter.run_dialog(dialog):
            self.refresh()
            self.select_question(q.id)
            self._show(self.selected_question())

    def on_asked_clicked(self) -> None:
        q = self.selected_question()
        if q is None or q.status == QuestionStatus.ANSWERED:
            return
        self._run(lambda: questions.mark_asked(self.ctx.profile, q.id, asked=q.status == QuestionStatus.OPEN))

    def on_move_menu_about_to_show(self) -> None:
        self.move_menu.clear()
        q = self.selected_question()
        if q is None:
            return
        plan = agenda(self.ctx.profile, self.ctx.now())
        targets: list[tuple[str, int | None]] = [(appointment_text(a, self.ctx), a.id) for a in plan.coming]
        targets.append((QCoreApplication.translate("QuestionsPage", "Not planned yet"), None))
        targets += [(QCoreApplication.translate("QuestionsPage", "{appointment} (past)").format(appointment=appointment_text(a, self.ctx)), a.id)
                    for a in plan.past[:6]]
        for text, appointment_id in targets:
            action = self.move_menu.addAction(text.replace("&", "&&"))
            action.setData(appointment_id)
            action.setCheckable(True)
            action.setChecked(appointment_id == q.appointment_id)
            action.triggered.connect(lambda _c=False, target=appointment_id: self.move_selected_to(target))

    def move_selected_to(self, appointment_id: int | None) -> None:
        q = self.selected_question()
        if q is None or appointment_id == q.appointment_id or not self._leave_answer():
            return
        self._run(lambda: questions.move_question(self.ctx.profile, q.id, appointment_id))
        self.select_question(q.id)
        self._show(self.selected_question())

    def on_delete_clicked(self) -> None:
        q = self.selected_question()
        if q is None:
            return
        short = short_text(q.text)
        if not self.ctx.prompter.confirm(self, QCoreApplication.translate("QuestionsPage", "Delete question"),
                               QCoreApplication.translate("QuestionsPage", "Delete the question \u201c{text}\u201d? You can undo this.").format(text=short),
                               QCoreApplication.translate("QuestionsPage", "Delete")):
            return
        self._shown = None  # whatever was typed for it goes with it
        try:
            trash.delete(self.ctx.profile, RecordKind.QUESTION, q.id)
        except ServiceError as exc:
            self.ctx.prompter.warn(self, QCoreApplication.translate("QuestionsPage", "Delete question"), str(exc))
            return
        profile = self.ctx.profile
        self.undo_bar.offer(QCoreApplication.translate("QuestionsPage", "Deleted the question \u201c{text}\u201d.").format(text=short),
                            lambda: trash.restore(profile, RecordKind.QUESTION, q.id))

    def _save_answer(self) -> bool:
        q = self._shown
        if q is None:
            return True
        self.detail.clear_errors()
        try:
            questions.answer_question(self.ctx.profile, q.id, self.answer.toPlainText())
        except ValidationError as exc:
            self.detail.show_error(exc.field, exc.message)
            return False
        except ServiceError as exc:
            self.detail.show_error(None, str(exc))
            return False
        if self._shown is not None and self._shown.id == q.id:
            self._shown = questions.get_question(self.ctx.profile, q.id)
        return True

    def on_save_answer_clicked(self) -> None:
        self._save_answer()

    def _run(self, action: object) -> None:
        try:
            action()  # type: ignore[operator]
        except ServiceError as exc:
            self.ctx.prompter.warn(self, self.title(), str(exc))

    def on_search_result(self, kind: str, record_id: int) -> None:
        if kind != RecordKind.QUESTION:
            return
        self.ensure_fresh()
        self.select_question(record_id)
        self._show(self.selected_question())

    def hideEvent(self, event: QHideEvent) -> None:
        # Nothing typed is lost: an answer typed but not saved is saved when the page is left.
        if self.answer_dirty():
            self._save_answer()
        super().hideEvent(event)
