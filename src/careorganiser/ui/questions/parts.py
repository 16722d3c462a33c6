"""Two pieces of the Questions page's layout: its row of buttons (the asked button says what it will do), and
the pane of the chosen question (its text, what it is about, the answer to type and save)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from careorganiser.domain.enums import QuestionStatus
from careorganiser.services.questions import Question
from careorganiser.ui.appointments.forms import ERROR_STYLE, MultiLineEdit
from careorganiser.ui.widgets.field_errors import FieldErrors
from careorganiser.ui.widgets.field_limits import limit_text
from careorganiser.ui.widgets.entry_form import named_button
from careorganiser.ui.widgets.flow import FlowRow


class QuestionActions(FlowRow):
    """New, edit, mark asked, move to another appointment (a menu the page fills); delete at the right end."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.new_button = named_button(QCoreApplication.translate("QuestionsPage", "&New question\u2026"),
            QCoreApplication.translate("QuestionsPage", "New question"))
        self.edit_button = named_button(QCoreApplication.translate("QuestionsPage", "&Edit question\u2026"),
            QCoreApplication.translate("QuestionsPage", "Edit the selected question"))
        self.asked_button = named_button(QCoreApplication.translate("QuestionsPage", "Mark &asked"),
            QCoreApplication.translate("QuestionsPage", "Mark the selected question asked"))
        self.move_button = named_button(QCoreApplication.translate("QuestionsPage", "&Move to\u2026"),
            QCoreApplication.translate("QuestionsPage", "Move the selected question to another appointment"))
        self.move_menu = QMenu(self.move_button)
        self.move_button.setMenu(self.move_menu)
        self.delete_button = named_button(QCoreApplication.translate("QuestionsPage", "&Delete question"),
            QCoreApplication.translate("QuestionsPage", "Delete the selected question"))
        super().__init__(self.new_button, self.edit_button, self.asked_button, self.move_button,
                         right=(self.delete_button,), parent=parent)

    def show_question(self, q: Question | None) -> None:
        """What the buttons can do for ``q`` (None: nothing chosen): an answered question is not marked again,
        an asked one can be marked not asked."""
        for button in (self.edit_button, self.asked_button, self.move_button, self.delete_button):
            button.setEnabled(q is not None)
        if q is None:
            return
        if q.status == QuestionStatus.ANSWERED:
            self.asked_button.setText(QCoreApplication.translate("QuestionsPage", "Mark &asked"))
            self.asked_button.setEnabled(False)
        elif q.status == QuestionStatus.ASKED:
            self.asked_button.setText(QCoreApplication.translate("QuestionsPage", "Mark not &asked"))
            self.asked_button.setAccessibleName(QCoreApplication.translate("QuestionsPage", "Mark the selected question not asked yet"))
        else:
            self.asked_button.setText(QCoreApplication.translate("QuestionsPage", "Mark &asked"))
            self.asked_button.setAccessibleName(QCoreApplication.translate("QuestionsPage", "Mark the selected question asked"))


class QuestionPane(QGroupBox):
    """The chosen question in full, what it is about, and its answer (an error under the box when it cannot
    be saved)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("QuestionsPage", "The selected question"), parent)
        self.setAccessibleName(QCoreApplication.translate("QuestionsPage", "The selected question"))
        detail_layout = QVBoxLayout(self)
        self.detail_text = QLabel()
        self.detail_text.setWordWrap(True)
        self.detail_text.setTextFormat(Qt.TextFormat.PlainText)
        self.detail_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.detail_text.font()
        font.setBold(True)
        self.detail_text.setFont(font)
        self.detail_meta = QLabel()
        self.detail_meta.setWordWrap(True)
        self.detail_meta.setTextFormat(Qt.TextFormat.PlainText)
        self.answer_label = QLabel(QCoreApplication.translate("QuestionsPage", "Ans&wer:"))
        self.answer = MultiLineEdit(2)
        self.answer.setAccessibleName(QCoreApplication.translate("QuestionsPage", "Answer"))
        self.answer.setPlaceholderText(QCoreApplication.translate("QuestionsPage", "the answer you were given, in your own words"))
        self.answer_label.setBuddy(self.answer)
        self.errors = FieldErrors()
        self.answer_error = self.errors.add("answer", self.answer)
        self.general_error = QLabel()
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        self.save_answer_button = named_button(QCoreApplication.translate("QuestionsPage", "&Save answer"),
            QCoreApplication.translate("QuestionsPage", "Save the answer"))
        self.answer_limit = limit_text(self.answer, "questions", "answer")
        for w in (self.detail_text, self.detail_meta, self.answer_label, self.answer, self.answer_limit, self.answer_error,
                  self.general_error):
            detail_layout.addWidget(w)
        detail_layout.addWidget(self.save_answer_button, 0, Qt.AlignmentFlag.AlignRight)

    def clear_errors(self) -> None:
        self.errors.clear()
        self.general_error.hide()

    def show_error(self, field: str | None, message: str) -> None:
        """``message`` under the answer box when it is about the answer, else under the pane."""
        if not self.errors.show(field, message):
            self.general_error.setText(message)
            self.general_error.show()

    def show_question(self, q: Question | None, meta: str, keep_typing: bool) -> None:
        """``q`` in full with ``meta`` (what it is about) under it; ``keep_typing``: leave the answer box as
        typed. None: the words that ask to choose one."""
        for w in (self.answer, self.answer_label, self.save_answer_button):
            w.setEnabled(q is not None)
        if q is None:
            self.detail_text.setText(QCoreApplication.translate("QuestionsPage", "Choose a question above to see it in full and record its answer."))
            self.detail_meta.setText("")
            self.answer.setPlainText("")
            return
        self.detail_text.setText(q.text)
        self.detail_meta.setText(meta)
        if not keep_typing:
            self.answer.setPlainText(q.answer)
