"""Small forms of the medications page: stop taking (date and reason) and record a refill."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from careorganiser.services import medications as meds
from careorganiser.services.base import ServiceError, ValidationError
from careorganiser.services.medications import Medication
from careorganiser.ui.locale_text import format_date, format_number
from careorganiser.ui.widgets.date_field import DateField, read_typed_date
from careorganiser.ui.widgets.field_errors import ERROR_STYLE, FieldErrors
from careorganiser.ui.widgets.field_limits import limit_to
from careorganiser.ui.widgets.save_cancel import save_cancel_buttons


class _SmallForm(QDialog):
    """A few fields, an intro line, Save and Cancel; the service call runs on Save and errors show in place."""

    def __init__(self, title: str, intro: str, save_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.errors = FieldErrors()
        self.labels: dict[str, str] = {}
        layout = QVBoxLayout(self)
        intro_label = QLabel(intro)
        intro_label.setWordWrap(True)
        layout.addWidget(intro_label)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.general_error = QLabel()
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        layout.addWidget(self.general_error)
        box, self.save_button = save_cancel_buttons(self, self.on_save_clicked, save_text, save_text.replace("&", ""))
        layout.addWidget(box)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 75)

    def add_field(self, name: str, label: str, widget: QWidget, accessible: str) -> None:
        widget.setAccessibleName(accessible)
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(self.errors.add(name, widget))
        title = QLabel(label)
        title.setBuddy(widget)
        self.form.addRow(title, holder)
        self.labels[name] = accessible

    def run_service(self, call: Callable[[], object]) -> None:
        self.errors.clear()
        self.general_error.hide()
        try:
            call()
        except ValidationError as exc:
            message = exc.message if exc.names_field else QCoreApplication.translate(
                "MedicationDialogs", "{field}: {problem}").format(field=self.labels.get(exc.field, exc.field),
                                                                  problem=exc.message)
            self.errors.show_or_general(self.general_error, exc.field, message)
            return
        except ServiceError as exc:
            self.errors.show_or_general(self.general_error, None, str(exc))
            return
        self.accept()

    def on_save_clicked(self) -> None:
        raise NotImplementedError


class StopDialog(_SmallForm):
    """Stop taking a medication: the day and the reason. Its history is kept."""

    def __init__(self, profile: object, medication: Medication, today: date, parent: QWidget | None = None,
                 clock: Callable[[], datetime] | None = None) -> None:
        self.clock = clock
        super().__init__(
            QCoreApplication.translate("MedicationDialogs", "Stop taking {name}").format(name=medication.name),
            QCoreApplication.translate("MedicationDialogs", "Its schedules and dose history are kept, and it can be taken again later.").format(
                name=medication.name),
            QCoreApplication.translate("MedicationDialogs", "&Stop taking"), parent)
        self.profile = profile
        self.medication = medication
        self.today = today
        start = medication.stop_date or today
        self.stop_date = DateField(QCoreApplication.translate("MedicationDialogs", "Stopped on"))
        self.stop_date.set_date(start)
        self.add_field("stop_date", QCoreApplication.translate("MedicationDialogs", "Stopped &on"), self.stop_date, QCoreApplication.translate("MedicationDialogs", "Stopped on"))
        # What the chosen day will do, said before the person confirms it.
        self.effect = QLabel()
        self.effect.setWordWrap(True)
        self.form.addRow(self.effect)
        self.stop_date.date_changed.connect(self.show_effect)
        self.show_effect()
        self.reason = QLineEdit(medication.stop_reason)
        limit_to(self.reason, "medications", "stop_reason")
        self.reason.setPlaceholderText(QCoreApplication.translate("MedicationDialogs", "e.g. course finished, side effects, doctor's advice"))
        self.add_field("stop_reason", QCoreApplication.translate("MedicationDialogs", "&Why"), self.reason, QCoreApplication.translate("MedicationDialogs", "Why it was stopped"))
        self.reason.setFocus()

    def show_effect(self, *_: object) -> None:
        """Say exactly what stopping on the chosen day does (nothing said until a real date is typed)."""
        try:
            day = self.stop_date.current_date()
        except ValidationError:
            day = None
        name = self.medication.name
        if day is None:
            text = ""
        elif day == self.today:
            text = QCoreApplication.translate(
                "MedicationDialogs", "From now: {name} moves to the stopped list, and none of its later doses today is "
                "reminded. Doses recorded earlier today still count.").format(name=name)
        elif day > self.today:
            text = QCoreApplication.translate(
                "MedicationDialogs", "{name} stays under \u201cTaking now\u201d, with its doses reminded, up to and including "
                "{date}; it moves to the stopped list after that day.").format(name=name, date=format_date(day))
        else:
            text = QCoreApplication.translate(
                "MedicationDialogs", "{name} moves to the stopped list now, with {date} recorded as the last day it was "
                "taken; its doses up to the end of that day still count.").format(name=name, date=format_date(day))
        self.effect.setText(text)

    def on_save_clicked(self) -> None:
        self.errors.clear()
        try:
            day = read_typed_date(self.stop_date.text(), "stop_date", QCoreApplication.translate("MedicationDialogs", "Stopped on"), required=True,
                                  example=QCoreApplication.translate("MedicationDialogs", "3 Dec 2026 or 03/12/2026"))
        except ValidationError as exc:
            self.errors.show("stop_date", exc.message)
            self.stop_date.setFocus()
            return
        now = self.clock() if self.clock is not None else None
        self.run_service(lambda: meds.stop_medication(
            self.profile, self.medication.id, day, self.reason.text(), now=now))  # type: ignore[arg-type]


class RefillDialog(_SmallForm):
    """Add a refill to the stock."""

    def __init__(self, profile: object, medication: Medication, parent: QWidget | None = None) -> None:
        unit = medication.stock_unit or QCoreApplication.translate("MedicationDialogs", "units")
        if medication.stock is None:
            now = QCoreApplication.translate("MedicationDialogs", "The stock of {name} is not counted yet; the refill becomes the stock.").format(
                name=medication.name)
        else:
            now = QCoreApplication.translate("MedicationDialogs", "{name}: {stock} {unit} now.").format(name=medication.name,
                                                          stock=format_number(medication.stock), unit=unit)
        super().__init__(QCoreApplication.translate("MedicationDialogs", "Record a refill of {name}").format(name=medication.name), now, QCoreApplication.translate("MedicationDialogs", "&Add to stock"),
                         parent)
        self.profile = profile
        self.medication = medication
        self.new_stock: float | None = None
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(QCoreApplication.translate("MedicationDialogs", "how many {unit} were collected").format(unit=unit))
        self.add_field("amount", QCoreApplication.translate("MedicationDialogs", "&Amount added"), self.amount, QCoreApplication.translate("MedicationDialogs", "Amount added"))
        self.amount.setFocus()

    def on_save_clicked(self) -> None:
        def call() -> None:
            self.new_stock = meds.record_refill(self.profile, self.medication.id, self.amount.text())  # type: ignore[arg-type]

        self.run_service(call)
