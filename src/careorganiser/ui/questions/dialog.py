"""The question form: the question, its topic and priority, the appointment it is for, a trial or medication."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QWidget

from careorganiser.domain.enums import Priority
from careorganiser.services import medications, questions, trials
from careorganiser.services.appointments import agenda
from careorganiser.services.questions import Question
from careorganiser.ui.context import AppContext
from careorganiser.ui.appointments.forms import MultiLineEdit, RecordDialog, appointment_text, set_combo_data
from careorganiser.ui.widgets.field_limits import limit_text, limit_to
from careorganiser.ui.widgets.wheel import scroll_past


def priority_words() -> dict[str, str]:
    return {Priority.HIGH: QCoreApplication.translate("QuestionDialog", "High"), Priority.NORMAL: QCoreApplication.translate("QuestionDialog", "Normal"), Priority.LOW: QCoreApplication.translate("QuestionDialog", "Low")}


def appointment_combo(ctx: AppContext, accessible_name: str) -> QComboBox:
    """Coming appointments (soonest first), "not planned yet", then past appointments (newest first)."""
    combo = scroll_past(QComboBox())
    combo.setAccessibleName(accessible_name)
    plan = agenda(ctx.profile, ctx.now())
    for a in plan.coming:
        combo.addItem(appointment_text(a, ctx), a.id)
    combo.addItem(QCoreApplication.translate("QuestionDialog", "Not planned yet"), None)
    for a in plan.past:
        combo.addItem(QCoreApplication.translate("QuestionDialog", "{appointment} (past)").format(appointment=appointment_text(a, ctx)), a.id)
    return combo


class QuestionDialog(RecordDialog):
    def __init__(self, ctx: AppContext, row: Question | None = None, appointment_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("QuestionDialog", "New question") if row is None else QCoreApplication.translate("QuestionDialog", "Change question"), parent)
        self.ctx = ctx
        self.row = row
        self.saved_id: int | None = row.id if row else None
        self.text = MultiLineEdit(3)
        self.text.setPlaceholderText(QCoreApplication.translate("QuestionDialog", "for example: Is the decline in FVC enough to change treatment?"))
        self.add_field("text", QCoreApplication.translate("QuestionDialog", "&Question:"), self.text, QCoreApplication.translate("QuestionDialog", "Question"))
        self.text.parentWidget().layout().insertWidget(1, limit_text(self.text, "questions", "text"))
        self.topic = QLineEdit()
        limit_to(self.topic, "questions", "topic")
        self.topic.setPlaceholderText(QCoreApplication.translate("QuestionDialog", "for example side effects, oxygen, trials"))
        known = questions.topics(ctx.profile)
        if known:
            completer = QCompleter(known, self.topic)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            self.topic.setCompleter(completer)
        self.add_field("topic", QCoreApplication.translate("QuestionDialog", "&Topic:"), self.topic, QCoreApplication.translate("QuestionDialog", "Topic"))
        self.priority = scroll_past(QComboBox())
        for key, word in priority_words().items():
            self.priority.addItem(word, key)
        self.add_field("priority", QCoreApplication.translate("QuestionDialog", "&Priority:"), self.priority, QCoreApplication.translate("QuestionDialog", "Priority"),
                       QCoreApplication.translate("QuestionDialog", "High priority questions come first, so they are asked even in a short visit."))
        self.appointment = appointment_combo(ctx, QCoreApplication.translate("QuestionDialog", "Appointment the question is for"))
        self.add_field("appointment", QCoreApplication.translate("QuestionDialog", "For the &appointment:"), self.appointment,
                       QCoreApplication.translate("QuestionDialog", "Appointment the question is for"))
        self.trial = scroll_past(QComboBox())
        self.trial.addItem(QCoreApplication.translate("QuestionDialog", "\u2014 none \u2014"), None)
        for t in trials.list_trials(ctx.profile):
            title = t.title if len(t.title) <= 60 else t.title[:59] + "\u2026"
            self.trial.addItem(f"{t.nct_id} \u00b7 {title}" if title else t.nct_id, t.id)
        self.add_field("trial", QCoreApplication.translate("QuestionDialog", "About a t&rial:"), self.trial, QCoreApplication.translate("QuestionDialog", "Trial the question is about"))
        self.medication = scroll_past(QComboBox())
        self.medication.addItem(QCoreApplication.translate("QuestionDialog", "\u2014 none \u2014"), None)
        for med in medications.list_medications(ctx.profile):
            label = f"{med.name} {med.strength}".strip()
            self.medication.addItem(label if med.stop_date is None else QCoreApplication.translate("QuestionDialog", "{name} (stopped)").format(name=label),
                                    med.id)
        self.add_field("medication", QCoreApplication.translate("QuestionDialog", "About a &medication:"), self.medication,
                       QCoreApplication.translate("QuestionDialog", "Medication the question is about"))
        if row is not None:
            self.text.setPlainText(row.text)
            self.topic.setText(row.topic)
            set_combo_data(self.priority, row.priority)
            self._select_appointment(row.appointment_id)
            set_combo_data(self.trial, row.trial_id)
            set_combo_data(self.medication, row.medication_id)
        else:
            set_combo_data(self.priority, Priority.NORMAL)
            self._select_appointment(appointment_id)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 95)

    def _select_appointment(self, appointment_id: int | None) -> None:
        i = self.appointment.findData(appointment_id) if appointment_id is not None else -1
        if i < 0:  # "Not planned yet"
            i = next(k for k in range(self.appointment.count()) if self.appointment.itemData(k) is None)
        self.appointment.setCurrentIndex(i)

    def save(self) -> None:
        values = dict(text=self.text.toPlainText(), topic=self.topic.text(), priority=self.priority.currentData(),
                      appointment_id=self.appointment.currentData(), trial_id=self.trial.currentData(),
                      medication_id=self.medication.currentData())
        if self.row is None:
            self.saved_id = questions.create_question(self.ctx.profile, **values)
        else:
            questions.update_question(self.ctx.profile, self.row.id, **values)
