"""The parts of the follow-up panel, each a view over the panel's controller: the set-up form, the visits and
tests, the change from baseline, the events log and the trial contact card. Each builds its widgets, shows
what the controller read and sends the caregiver's actions to ``services.followup``; what went wrong or was
done is said through ``say`` (the panel's message line)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from careorganiser.domain import followup as fu
from careorganiser.domain.enums import SEVERITY_LABELS, OffsetUnit
from careorganiser.services import followup as svc
from careorganiser.services.base import ServiceError, ValidationError
from careorganiser.ui.context import AppContext
from careorganiser.ui.followup.chart import ChangeChart
from careorganiser.ui.followup.controller import (
    FollowupController,
    day_text,
    event_told_text,
    severity_text,
)
from careorganiser.ui.table_model import Column, SnapshotTableModel
from careorganiser.ui.widgets.date_field import DateField
from careorganiser.ui.widgets.field_errors import FieldErrors
from careorganiser.ui.widgets.field_limits import limit_text, limit_to
from careorganiser.ui.widgets.wheel import scroll_past

Say = Callable[[str], None]


def _table(model: SnapshotTableModel, name: str, stretch: int) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setAccessibleName(name.replace("-", " "))
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setWordWrap(True)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    view.setMinimumHeight(view.fontMetrics().lineSpacing() * 8)
    return view


def _line(entity: str, field: str, accessible: str) -> QLineEdit:
    """A one-line box held to its field's rule, with the name a screen reader says."""
    edit = limit_to(QLineEdit(), entity, field)
    edit.setAccessibleName(accessible)
    return edit


def _field_row(form: QFormLayout, errors: FieldErrors, label: str, widget: QWidget, field: str,
               buddy: QWidget | None = None) -> None:
    """A labelled row of ``form`` with the place under ``widget`` where ``errors`` shows its field's error."""
    box = QVBoxLayout()
    box.addWidget(widget)
    box.addWidget(errors.add(field, widget))
    text = QLabel(label)
    text.setBuddy(buddy or getattr(widget, "edit", widget))
    form.addRow(text, box)


class _Keyed:
    """A change row with the id a table model needs."""

    __slots__ = ("id", "row")

    def __init__(self, index: int, row: svc.ChangeRow) -> None:
        self.id = index
        self.row = row

    def __getattr__(self, name: str) -> object:
        return getattr(self.row, name)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Keyed) and (self.id, self.row) == (other.id, other.row)

    def __hash__(self) -> int:
        return hash((self.id, self.row))



class _Part(QWidget):
    """A part of the follow-up panel: it reads and changes the plan through ``controller`` and tells the
    caregiver what it did through ``say``."""

    def __init__(self, ctx: AppContext, controller: FollowupController, say: Say, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.controller = controller
        self.say = say


class SetupForm(QScrollArea):
    """The form that makes a plan (shown while the trial or medication has none)."""

    created = Signal()

    def __init__(self, ctx: AppContext, controller: FollowupController, say: Say, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.controller = controller
        self.say = say
        self.setWidgetResizable(True)
        body = QWidget()
        form = QFormLayout(body)
        self.setup_errors = FieldErrors()
        self.source_label = QLabel()
        self.source_label.setObjectName("followup-source")
        self.source_label.setWordWrap(True)
        form.addRow(self.source_label)

        add = partial(_field_row, form, self.setup_errors)

        self.baseline_field = DateField(QCoreApplication.translate("Followup", "Baseline date"))
        add(QCoreApplication.translate("Followup", "&Baseline (start) date:"), self.baseline_field, "baseline")
        visits_row = QWidget()
        row = QHBoxLayout(visits_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.visits_edit = QLineEdit(svc.DEFAULT_OFFSETS)
        self.visits_edit.setAccessibleName(QCoreApplication.translate("Followup", "Visits after baseline"))
        self.unit_combo = scroll_past(QComboBox())
        self.unit_combo.setAccessibleName(QCoreApplication.translate("Followup", "Visits counted in"))
        for unit, word in ((OffsetUnit.MONTH, QCoreApplication.translate("Followup", "months")), (OffsetUnit.WEEK, QCoreApplication.translate("Followup", "weeks")), (OffsetUnit.DAY, QCoreApplication.translate("Followup", "days"))):
            self.unit_combo.addItem(word, unit)
        row.addWidget(self.visits_edit, 1)
        row.addWidget(self.unit_combo)
        add(QCoreApplication.translate("Followup", "&Visits (0 is baseline):"), visits_row, "visits", self.visits_edit)
        tests_box = QWidget()
        grid = QGridLayout(tests_box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.test_boxes: dict[str, QCheckBox] = {}
        catalogue = svc.kinds(self.ctx.profile)
        for i, key in enumerate(svc.standard_test_kinds()):
            box = QCheckBox(catalogue[key].label if key in catalogue else key)
            box.setChecked(True)
            box.setAccessibleName(QCoreApplication.translate("Followup", "Follow {test}").format(test=box.text()))
            self.test_boxes[key] = box
            grid.addWidget(box, i // 4, i % 4)
        add(QCoreApplication.translate("Followup", "&Tests at each visit:"), tests_box, "tests", next(iter(self.test_boxes.values()), None))
        self.time_edit = QLineEdit("09:30")
        self.time_edit.setAccessibleName(QCoreApplication.translate("Followup", "Time of the visits"))
        add(QCoreApplication.translate("Followup", "Ti&me of the visits:"), self.time_edit, "visit_time")
        self.place_edit = _line("followups", "place", QCoreApplication.translate("Followup", "Where the visits are"))
        add(QCoreApplication.translate("Followup", "&Where:"), self.place_edit, "place")
        self.ride_box = QCheckBox(QCoreApplication.translate("Followup", "A &ride is needed to each visit"))
        self.ride_box.setChecked(True)
        form.addRow(self.ride_box)
        self.contact_name_edit = _line("followups", "contact_name", QCoreApplication.translate("Followup", "Coordinator's name"))
        add(QCoreApplication.translate("Followup", "&Coordinator:"), self.contact_name_edit, "contact_name")
        self.contact_phone_edit = _line("followups", "contact_phone", QCoreApplication.translate("Followup", "Coordinator's number"))
        add(QCoreApplication.translate("Followup", "&Number:"), self.contact_phone_edit, "contact_phone")
        self.out_of_hours_edit = _line("followups", "out_of_hours", QCoreApplication.translate("Followup", "What to do out of hours"))
        add(QCoreApplication.translate("Followup", "&Out of hours:"), self.out_of_hours_edit, "out_of_hours")
        self.create_button = QPushButton(QCoreApplication.translate("Followup", "Create the plan and its &appointments"))
        self.create_button.setObjectName("followup-create")
        self.create_button.setAutoDefault(False)
        self.create_button.clicked.connect(self.on_create_clicked)
        form.addRow(self.create_button)
        self.setWidget(body)

    def prefill(self) -> None:
        hint = self.controller.setup_hint()
        if self.controller.trial_id is not None:
            self.contact_name_edit.setText(self.contact_name_edit.text() or hint.contact_name)
            self.contact_phone_edit.setText(self.contact_phone_edit.text() or hint.contact_phone)
        if hint.unit is not None and hint.visits is not None:
            self.unit_combo.setCurrentIndex(self.unit_combo.findData(hint.unit))
            self.visits_edit.setText(hint.visits)
        self.source_label.setText(hint.source)
        if self.baseline_field.current_date() is None and not self.baseline_field.text():
            self.baseline_field.set_date(self.ctx.local(self.ctx.now()).date())

    def on_create_clicked(self) -> None:
        self.setup_errors.clear()
        try:
            svc.create_plan(
                self.ctx.profile, trial_id=self.controller.trial_id, medication_id=self.controller.medication_id,
                baseline=self.baseline_field.value(), visits=self.visits_edit.text(),
                unit=str(self.unit_combo.currentData()),
                tests=[k for k, box in self.test_boxes.items() if box.isChecked()],
                visit_time=self.time_edit.text(), place=self.place_edit.text(), ride_needed=self.ride_box.isChecked(),
                contact_name=self.contact_name_edit.text(), contact_phone=self.contact_phone_edit.text(),
                out_of_hours=self.out_of_hours_edit.text(), turn_on_at=self.ctx.now())
        except ValidationError as exc:
            if not self.setup_errors.show(exc.field, exc.message):
                self.say(exc.message)
            return
        except ServiceError as exc:
            self.say(str(exc))
            return
        self.say(QCoreApplication.translate("Followup", "Plan made: its appointments are in Appointments, with the rides to arrange."))
        self.created.emit()


class VisitsTab(_Part):
    """The visits with their day, tests, appointment and results; moving a visit; its tests."""

    def __init__(self, ctx: AppContext, controller: FollowupController, say: Say, parent: QWidget | None = None) -> None:
        super().__init__(ctx, controller, say, parent)
        layout = QVBoxLayout(self)
        self.visits_model = SnapshotTableModel([
            Column(QCoreApplication.translate("Followup", "Visit"), lambda v: v.label),
            Column(QCoreApplication.translate("Followup", "Day"), lambda v: day_text(v.on) + (" " + QCoreApplication.translate("Followup", "(moved)") if v.moved else "")),
            Column(QCoreApplication.translate("Followup", "Tests"), lambda v: fu.tests_text(v.tests)),
            Column(QCoreApplication.translate("Followup", "Appointment"), self.controller.appointment_text),
            Column(QCoreApplication.translate("Followup", "Results recorded"), self.controller.results_text),
        ])
        self.visits_table = _table(self.visits_model, "followup-visits", 4)
        layout.addWidget(self.visits_table, 1)
        row = QHBoxLayout()
        self.move_field = DateField(QCoreApplication.translate("Followup", "New day for the visit"))
        label = QLabel(QCoreApplication.translate("Followup", "&Move the chosen visit to:"))
        label.setBuddy(self.move_field.edit)
        self.move_button = QPushButton(QCoreApplication.translate("Followup", "M&ove"))
        self.move_button.setAutoDefault(False)
        self.move_button.clicked.connect(self.on_move_clicked)
        self.turn_on_button = QPushButton(QCoreApplication.translate("Followup", "Make the &appointments"))
        self.turn_on_button.setAutoDefault(False)
        self.turn_on_button.clicked.connect(self.on_turn_on_clicked)
        row.addWidget(label)
        row.addWidget(self.move_field, 1)
        row.addWidget(self.move_button)
        row.addWidget(self.turn_on_button)
        layout.addLayout(row)
        tests_row = QHBoxLayout()
        tests_label = QLabel(QCoreApplication.translate("Followup", "Tests at the chosen visit:"))
        tests_row.addWidget(tests_label)
        self.visit_test_boxes: dict[str, QCheckBox] = {}
        catalogue = svc.kinds(self.ctx.profile)
        for key in svc.standard_test_kinds():
            box = QCheckBox(fu.TEST_NAMES.get(key, key))
            box.setAccessibleName(QCoreApplication.translate("Followup", "{test} at the chosen visit").format(
                test=catalogue[key].label if key in catalogue else key))
            self.visit_test_boxes[key] = box
            tests_row.addWidget(box)
        tests_label.setBuddy(next(iter(self.visit_test_boxes.values())))
        self.save_tests_button = QPushButton(QCoreApplication.translate("Followup", "Save the &tests"))
        self.save_tests_button.setAutoDefault(False)
        self.save_tests_button.clicked.connect(self.on_save_tests_clicked)
        tests_row.addStretch(1)
        tests_row.addWidget(self.save_tests_button)
        layout.addLayout(tests_row)
        self.visits_table.selectionModel().selectionChanged.connect(self.on_visit_selection_changed)
        self.on_visit_selection_changed()

    def show_plan(self, plan: svc.Plan) -> None:
        selected = self._selected_visit_id()
        self.visits_model.set_rows(list(plan.visits), keep_place=True)
        if selected is not None and (row := self.visits_model.row_of_id(selected)) >= 0:
            self.visits_table.selectRow(row)
        self.on_visit_selection_changed()
        self.turn_on_button.setVisible(self.controller.needs_appointments())

    def _selected_visit_id(self) -> int | None:
        rows = self.visits_table.selectionModel().selectedRows() if self.visits_table.selectionModel() else []
        return self.visits_model.row_at(rows[0].row()).id if rows else None


    def on_visit_selection_changed(self, *_args: object) -> None:
        visit = self.controller.visit(self._selected_visit_id())
        for key, box in self.visit_test_boxes.items():
            box.setEnabled(visit is not None)
            box.setChecked(visit is not None and key in visit.tests)
        self.save_tests_button.setEnabled(visit is not None)

    def on_save_tests_clicked(self) -> None:
        visit_id = self._selected_visit_id()
        if visit_id is None:
            return
        chosen = [k for k, box in self.visit_test_boxes.items() if box.isChecked()]
        try:
            svc.set_visit_tests(self.ctx.profile, visit_id, chosen)
        except ServiceError as exc:
            self.say(exc.message if isinstance(exc, ValidationError) else str(exc))
            return
        self.say(QCoreApplication.translate("Followup", "Tests saved for the visit."))

    def on_move_clicked(self) -> None:
        visit_id = self._selected_visit_id()
        if visit_id is None:
            self.say(QCoreApplication.translate("Followup", "Choose the visit to move in the list first."))
            return
        try:
            moved = svc.move_visit(self.ctx.profile, visit_id, self.move_field.value())
        except ServiceError as exc:
            self.say(str(exc.message) if isinstance(exc, ValidationError) else str(exc))
            return
        self.say(QCoreApplication.translate("Followup", "Visit moved, with its appointment; rides moved: {n}.").format(n=len(moved)))

    def on_turn_on_clicked(self) -> None:
        if self.controller.plan is None:
            return
        try:
            made = svc.turn_on(self.ctx.profile, self.controller.plan.id, self.ctx.now())
        except ServiceError as exc:
            self.say(str(exc))
            return
        self.say(QCoreApplication.translate("Followup", "Appointments made: {n}.").format(n=len(made)))

class ChangesTab(_Part):
    """The change from baseline: a chart of one measurement, the table of changes, suggested questions."""

    def __init__(self, ctx: AppContext, controller: FollowupController, say: Say, parent: QWidget | None = None) -> None:
        super().__init__(ctx, controller, say, parent)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.kind_combo = scroll_past(QComboBox())
        self.kind_combo.setAccessibleName(QCoreApplication.translate("Followup", "Measurement shown in the chart"))
        label = QLabel(QCoreApplication.translate("Followup", "C&hart of:"))
        label.setBuddy(self.kind_combo)
        row.addWidget(label)
        row.addWidget(self.kind_combo, 1)
        layout.addLayout(row)
        self.chart = ChangeChart()
        layout.addWidget(self.chart, 1)
        self.changes_model = SnapshotTableModel([
            Column(QCoreApplication.translate("Followup", "Visit"), lambda c: c.visit_label),
            Column(QCoreApplication.translate("Followup", "Change since baseline"), lambda c: c.text),
            Column(QCoreApplication.translate("Followup", "Threshold"), lambda c: QCoreApplication.translate("Followup", "crossed: {rule}").format(rule=c.crossed) if c.crossed else ""),
        ])
        self.changes_table = _table(self.changes_model, "followup-changes", 1)
        self.changes_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.changes_table, 1)
        questions = QGroupBox(QCoreApplication.translate("Followup", "Suggested questions for the next appointment"))
        q_layout = QVBoxLayout(questions)
        self.suggestions_list = QListWidget()
        self.suggestions_list.setAccessibleName(QCoreApplication.translate("Followup", "Suggested questions"))
        self.suggestions_list.setWordWrap(True)
        self.suggestions_list.setMaximumHeight(self.fontMetrics().lineSpacing() * 6)
        self.add_question_button = QPushButton(QCoreApplication.translate("Followup", "Add to the &questions"))
        self.add_question_button.setAutoDefault(False)
        self.add_question_button.clicked.connect(self.on_add_question_clicked)
        q_layout.addWidget(self.suggestions_list)
        q_layout.addWidget(self.add_question_button)
        layout.addWidget(questions)
        self.kind_combo.currentIndexChanged.connect(self._show_chart)

    def show_overview(self, overview: svc.FollowupOverview) -> None:
        self.changes_model.set_rows([_Keyed(i, c) for i, c in enumerate(overview.changes)], keep_place=True)
        self.suggestions_list.clear()
        for text in overview.suggestions:
            self.suggestions_list.addItem(QListWidgetItem(text))
        if overview.suggestions:
            self.suggestions_list.setCurrentRow(0)
        self.add_question_button.setEnabled(bool(overview.suggestions))
        current = self.kind_combo.currentData()
        self.kind_combo.blockSignals(True)
        self.kind_combo.clear()
        for key, label in self.controller.kinds():
            self.kind_combo.addItem(label, key)
        index = self.kind_combo.findData(current)
        self.kind_combo.setCurrentIndex(index if index >= 0 else 0)
        self.kind_combo.blockSignals(False)
        self._show_chart()

    def _show_chart(self) -> None:
        data = self.controller.chart(self.kind_combo.currentData())
        if data is not None:
            self.chart.set_data(data.title, data.unit, data.visits, data.points, data.baseline, data.threshold,
                                data.summary, data.point_labels)

    def on_add_question_clicked(self) -> None:
        item = self.suggestions_list.currentItem()
        if self.controller.plan is None or item is None:
            return
        try:
            svc.add_suggested_question(self.ctx.profile, self.controller.plan.id, item.text(), self.ctx.now())
        except ServiceError as exc:
            self.say(str(exc))
            return
        self.say(QCoreApplication.translate("Followup", "Added to the questions for the next appointment."))

class EventsTab(_Part):
    """The log of side effects and events: add, change, delete."""

    def __init__(self, ctx: AppContext, controller: FollowupController, say: Say, parent: QWidget | None = None) -> None:
        super().__init__(ctx, controller, say, parent)
        layout = QVBoxLayout(self)
        self.events_model = SnapshotTableModel([
            Column(QCoreApplication.translate("Followup", "Date"), lambda e: day_text(e.occurred_on)),
            Column(QCoreApplication.translate("Followup", "What happened"), lambda e: e.what),
            Column(QCoreApplication.translate("Followup", "Severity"), lambda e: severity_text(e.severity)),
            Column(QCoreApplication.translate("Followup", "Team told"), event_told_text),
            Column(QCoreApplication.translate("Followup", "Outcome"), lambda e: e.outcome),
        ], order_key=lambda e: (e.occurred_on, e.id))  # the order the plan's events are read in
        self.events_table = _table(self.events_model, "followup-events", 1)
        layout.addWidget(self.events_table, 1)
        form = QFormLayout()
        self.event_errors = FieldErrors()

        add = partial(_field_row, form, self.event_errors)

        self.event_date = DateField(QCoreApplication.translate("Followup", "Date of the event"))
        add(QCoreApplication.translate("Followup", "&Date:"), self.event_date, "occurred_on")
        self.event_what = _line("followups.events", "what", QCoreApplication.translate("Followup", "What happened"))
        add(QCoreApplication.translate("Followup", "&What happened:"), self.event_what, "what")
        self.event_severity = scroll_past(QComboBox())
        self.event_severity.setAccessibleName(QCoreApplication.translate("Followup", "Severity"))
        for i in range(len(SEVERITY_LABELS)):
            self.event_severity.addItem(severity_text(i), i)
        self.event_severity.setCurrentIndex(1)
        add(QCoreApplication.translate("Followup", "S&everity:"), self.event_severity, "severity")
        self.event_told_on = DateField(QCoreApplication.translate("Followup", "Day the team or doctor was told"))
        add(QCoreApplication.translate("Followup", "&Told on:"), self.event_told_on, "told_on")
        self.event_whom = _line("followups.events", "told_whom", QCoreApplication.translate("Followup", "Who was told"))
        add(QCoreApplication.translate("Followup", "Wh&o was told:"), self.event_whom, "told_whom")
        self.event_outcome = _line("followups.events", "outcome", QCoreApplication.translate("Followup", "Outcome"))
        add(QCoreApplication.translate("Followup", "O&utcome:"), self.event_outcome, "outcome")
        self.add_event_button = QPushButton(QCoreApplication.translate("Followup", "Add to the &log"))
        self.add_event_button.setAutoDefault(False)
        self.add_event_button.clicked.connect(self.on_add_event_clicked)
        self.save_event_button = QPushButton(QCoreApplication.translate("Followup", "Save the c&hosen event"))
        self.save_event_button.setAutoDefault(False)
        self.save_event_button.clicked.connect(self.on_save_event_clicked)
        self.delete_event_button = QPushButton(QCoreApplication.translate("Followup", "Delete the chosen eve&nt"))
        self.delete_event_button.setAutoDefault(False)
        self.delete_event_button.clicked.connect(self.on_delete_event_clicked)
        buttons = QHBoxLayout()
        for button in (self.add_event_button, self.save_event_button, self.delete_event_button):
            buttons.addWidget(button)
        form.addRow(buttons)
        layout.addLayout(form)
        self.events_table.selectionModel().selectionChanged.connect(self.on_event_selection_changed)
        self._show_event_buttons()

    def show_events(self, plan: svc.Plan) -> None:
        self.events_model.set_rows(list(plan.events), keep_place=True)
        self._show_event_buttons()

    def update_events(self, ids: Iterable[int], rows: Iterable[svc.Event]) -> None:
        """Put the events ``ids`` as read again (those without a row are gone): the other rows, the selection
        and the scroll position stay."""
        self.events_model.update_rows(ids, rows)
        self._show_event_buttons()

    def _selected_event(self) -> svc.Event | None:
        rows = self.events_table.selectionModel().selectedRows()
        return self.events_model.row_at(rows[0].row()) if rows else None

    def _show_event_buttons(self) -> None:
        chosen = self._selected_event() is not None
        self.save_event_button.setEnabled(chosen)
        self.delete_event_button.setEnabled(chosen)

    def on_event_selection_changed(self, *_args: object) -> None:
        e = self._selected_event()
        self._show_event_buttons()
        if e is None:
            return
        self.event_errors.clear()
        self.event_date.set_date(e.occurred_on)
        self.event_what.setText(e.what)
        self.event_severity.setCurrentIndex(self.event_severity.findData(e.severity))
        self.event_told_on.set_date(e.told_on)
        self.event_whom.setText(e.told_whom)
        self.event_outcome.setText(e.outcome)

    def _event_fields(self) -> dict[str, object]:
        told_on = self.event_told_on.value()
        return dict(occurred_on=self.event_date.value(), what=self.event_what.text(),
                    severity=int(self.event_severity.currentData()), told=bool(told_on), told_on=told_on or None,
                    told_whom=self.event_whom.text(), outcome=self.event_outcome.text())

    def _event_action(self, action: Callable[[], object], done: str) -> bool:
        self.event_errors.clear()
        try:
            action()
        except ValidationError as exc:
            if not self.event_errors.show(exc.field, exc.message):
                self.say(exc.message)
            return False
        except ServiceError as exc:
            self.say(str(exc))
            return False
        self.say(done)
        return True

    def on_save_event_clicked(self) -> None:
        e = self._selected_event()
        if e is None:
            return
        fields = self._event_fields()
        self._event_action(lambda: svc.update_event(self.ctx.profile, e.id, **fields),  # type: ignore[arg-type]
                           QCoreApplication.translate("Followup", "Event saved."))

    def on_delete_event_clicked(self) -> None:
        e = self._selected_event()
        if e is None or not self.ctx.prompter.confirm(self, QCoreApplication.translate("Followup", "Delete the event"),
                                            QCoreApplication.translate("Followup", "Delete \u201c{what}\u201d from the log?").format(what=e.what),
                                            QCoreApplication.translate("Followup", "Delete")):
            return
        self._event_action(lambda: svc.delete_event(self.ctx.profile, e.id, self.ctx.now()), QCoreApplication.translate("Followup", "Event deleted."))

    def on_add_event_clicked(self) -> None:
        if self.controller.plan is None:
            return
        plan_id, fields = self.controller.plan.id, self._event_fields()
        if self._event_action(lambda: svc.add_event(self.ctx.profile, plan_id, **fields),  # type: ignore[arg-type]
                              QCoreApplication.translate("Followup", "Added to the log.")):
            for w in (self.event_what, self.event_whom, self.event_outcome):
                w.clear()
            self.event_told_on.set_date(None)

class ContactCard(_Part):
    """The trial contact card: who to ring, and what to do out of hours."""

    def __init__(self, ctx: AppContext, controller: FollowupController, say: Say, parent: QWidget | None = None) -> None:
        super().__init__(ctx, controller, say, parent)
        form = QFormLayout(self)
        self.card_errors = FieldErrors()
        self.card_name = _line("followups", "contact_name", QCoreApplication.translate("Followup", "Coordinator's name"))
        self.card_phone = _line("followups", "contact_phone", QCoreApplication.translate("Followup", "Coordinator's number"))
        self.card_out_of_hours = QPlainTextEdit()
        self.card_out_of_hours.setAccessibleName(QCoreApplication.translate("Followup", "What to do out of hours"))
        self.card_out_of_hours.setTabChangesFocus(True)
        self.card_place = _line("followups", "place", QCoreApplication.translate("Followup", "Where the visits are"))
        for label, widget, field in ((QCoreApplication.translate("Followup", "Coordinator:"), self.card_name, "contact_name"),
                                     (QCoreApplication.translate("Followup", "Number:"), self.card_phone, "contact_phone"),
                                     (QCoreApplication.translate("Followup", "Out of hours:"), self.card_out_of_hours, "out_of_hours"),
                                     (QCoreApplication.translate("Followup", "Where the visits are:"), self.card_place, "place")):
            box = QVBoxLayout()
            box.addWidget(widget)
            box.addWidget(self.card_errors.add(field, widget))
            if isinstance(widget, QPlainTextEdit):
                box.addWidget(limit_text(widget, "followups", field))
            form.addRow(label, box)
        self.save_card_button = QPushButton(QCoreApplication.translate("Followup", "Save the car&d"))
        self.save_card_button.setAutoDefault(False)
        self.save_card_button.clicked.connect(self.on_save_card_clicked)
        form.addRow(self.save_card_button)

    def show_plan(self, plan: svc.Plan) -> None:
        self.card_name.setText(plan.contact_name)
        self.card_phone.setText(plan.contact_phone)
        if self.card_out_of_hours.toPlainText() != plan.out_of_hours:
            self.card_out_of_hours.setPlainText(plan.out_of_hours)
        self.card_place.setText(plan.place)

    def on_save_card_clicked(self) -> None:
        if self.controller.plan is None:
            return
        self.card_errors.clear()
        p = self.controller.plan
        try:
            svc.update_plan(self.ctx.profile, p.id, place=self.card_place.text(), visit_time=p.visit_time,
                            ride_needed=p.ride_needed, contact_name=self.card_name.text(),
                            contact_phone=self.card_phone.text(), out_of_hours=self.card_out_of_hours.toPlainText(),
                            notes=p.notes)
        except ValidationError as exc:
            if not self.card_errors.show(exc.field, exc.message):
                self.say(exc.message)
            return
        self.say(QCoreApplication.translate("Followup", "Contact card saved."))
