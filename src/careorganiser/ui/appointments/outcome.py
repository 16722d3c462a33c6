"""After the appointment: what was decided, and the answer to each question, saved together in one go."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from careorganiser.domain.enums import Priority, QuestionStatus
from careorganiser.services import appointments, questions
from careorganiser.services.appointments import Appointment
from careorganiser.services.questions import Question
from careorganiser.services.base import ServiceError, ValidationError
from careorganiser.ui.context import AppContext
from careorganiser.ui.widgets.scroll import DownScrollArea
from careorganiser.ui.appointments.forms import ERROR_STYLE, MultiLineEdit, appointment_text
from careorganiser.ui.widgets.field_errors import FieldErrors
from careorganiser.ui.widgets.field_limits import limit_text


PRIORITY_MARK = {Priority.HIGH: "\u2605 ", Priority.NORMAL: "", Priority.LOW: ""}


class OutcomePanel(QWidget):
    """The outcome box and one answer box per question of the appointment, with one Save."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.appointment: Appointment | None = None
        self.questions: list[Question] = []
        self.answer_edits: dict[int, MultiLineEdit] = {}
        self._loaded: dict[int, str] = {}
        self._loaded_outcome = ""
        self.errors = FieldErrors()

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = DownScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        self.body = QVBoxLayout(body)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.body.addWidget(self.heading)
        self.outcome_label = QLabel(QCoreApplication.translate("AppointmentOutcome", "O&utcome: what was found and decided"))
        self.outcome = MultiLineEdit(3, grow=False)
        self.outcome.setAccessibleName(QCoreApplication.translate("AppointmentOutcome", "Outcome of the appointment"))
        self.outcome_label.setBuddy(self.outcome)
        self.body.addWidget(self.outcome_label)
        self.body.addWidget(self.outcome)
        self.outcome_error = self.errors.add("outcome", self.outcome)
        self.body.addWidget(self.outcome_error)
        self.body.addWidget(limit_text(self.outcome, "appointments", "outcome"))
        self.questions_heading = QLabel()
        self.questions_heading.setWordWrap(True)
        self.body.addWidget(self.questions_heading)
        self.questions_box = QVBoxLayout()
        self.body.addLayout(self.questions_box)
        self.body.addStretch(1)

        self.general_error = QLabel()
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        outer.addWidget(self.general_error)
        self.save_button = QPushButton(QCoreApplication.translate("AppointmentOutcome", "&Save outcome and answers"))
        self.save_button.setAccessibleName(QCoreApplication.translate("AppointmentOutcome", "Save the outcome and the answers"))
        self.save_button.clicked.connect(self.on_save_clicked)
        outer.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        self.set_appointment(None)

    # -- what it shows
    def is_dirty(self) -> bool:
        if self.appointment is None:
            return False
        if self.outcome.toPlainText() != self._loaded_outcome:
            return True
        return any(edit.toPlainText() != self._loaded.get(qid, "") for qid, edit in self.answer_edits.items())

    def set_appointment(self, appointment: Appointment | None, force: bool = False) -> None:
        """Show ``appointment``; typing not yet saved for the same appointment is kept unless ``force``."""
        same = appointment is not None and self.appointment is not None and appointment.id == self.appointment.id
        if same and self.is_dirty() and not force:
            self.appointment = appointment
            return
        self.appointment = appointment
        self.errors = FieldErrors()
        self.errors.add("outcome", self.outcome, self.outcome_error)
        self.general_error.hide()
        while self.questions_box.count():
            item = self.questions_box.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.answer_edits.clear()
        self._loaded.clear()
        enabled = appointment is not None
        for w in (self.outcome, self.outcome_label, self.save_button):
            w.setEnabled(enabled)
        if appointment is None:
            self.heading.setText(QCoreApplication.translate("AppointmentOutcome", "Choose an appointment in the agenda to record what happened."))
            self.outcome.setPlainText("")
            self._loaded_outcome = ""
            self.questions_heading.setText("")
            return
        when = appointment_text(appointment, self.ctx)
        if appointment.is_over(self.ctx.now()):
            self.heading.setText(QCoreApplication.translate("AppointmentOutcome", "After {appointment}: write what was decided and the answers you got.")
                                 .format(appointment=when))
        else:
            self.heading.setText(QCoreApplication.translate("AppointmentOutcome", "{appointment} has not happened yet. Fill this in during or after the visit.")
                                 .format(appointment=when))
        self.outcome.setPlainText(appointment.outcome)
        self._loaded_outcome = appointment.outcome
        self.questions = questions.appointment_questions(self.ctx.profile, appointment.id)
        if not self.questions:
            self.questions_heading.setText(QCoreApplication.translate("AppointmentOutcome", "No questions were planned for this appointment. "
                                                                                            "Add them under Questions."))
            return
        self.questions_heading.setText(QCoreApplication.translate("AppointmentOutcome", "Answers to the questions for this appointment (leave a box empty "
                                                                                        "if it was not answered):"))
        for q in self.questions:
            self._add_question(q)

    def _add_question(self, q: Question) -> None:
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 6, 0, 0)
        box.setSpacing(2)
        label = QLabel(PRIORITY_MARK.get(q.priority, "") + q.text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        if q.status == QuestionStatus.OPEN:
            font = label.font()
            font.setBold(True)
            label.setFont(font)
        edit = MultiLineEdit(2, grow=False)
        edit.setAccessibleName(QCoreApplication.translate("AppointmentOutcome", "Answer to: {question}").format(question=q.text[:120]))
        edit.setPlaceholderText(QCoreApplication.translate("AppointmentOutcome", "the answer, in your own words"))
        edit.setPlainText(q.answer)
        label.setBuddy(edit)
        box.addWidget(label)
        box.addWidget(edit)
        box.addWidget(self.errors.add(f"answer:{q.id}", edit))
        box.addWidget(limit_text(edit, "questions", "answer"))
        self.questions_box.addWidget(holder)
        self.answer_edits[q.id] = edit
        self._loaded[q.id] = q.answer

    # -- saving
    def save(self) -> bool:
        """Save what was typed; show a problem on its field and return False when it cannot be saved."""
        if self.appointment is None:
            return True
        self.errors.clear()
        self.general_error.hide()
        appointment_id = self.appointment.id
        outcome = self.outcome.toPlainText()
        typed = {qid: edit.toPlainText() for qid, edit in self.answer_edits.items()}
        answers = {qid: text for qid, text in typed.items() if text != self._loaded.get(qid, "")}
        before = (self._loaded_outcome, dict(self._loaded))
        # Saving tells every view to refresh; while it does, what was typed counts as saved.
        self._loaded_outcome, self._loaded = outcome, dict(typed)
        try:
            appointments.record_outcome(self.ctx.profile, appointment_id, outcome, answers)
        except ValidationError as exc:
            self._loaded_outcome, self._loaded = before
            self.errors.show_or_general(self.general_error, exc.field, exc.message)
            return False
        except ServiceError as exc:
            self._loaded_outcome, self._loaded = before
            self.errors.show_or_general(self.general_error, None, str(exc))
            return False
        if self.appointment is not None and self.appointment.id == appointment_id:
            # Show what is now stored (statuses of the questions have changed).
            self.set_appointment(appointments.get_appointment(self.ctx.profile, appointment_id), force=True)
        return True

    def on_save_clicked(self) -> None:
        self.save()

    def error_text(self, name: str) -> str:
        return self.errors.message(name) if name != "general" else self.general_error.text()
