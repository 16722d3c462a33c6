"""The person cared for: name, date of birth, sex, conditions, allergies, identifiers and notes, editable."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from careorganiser.domain.enums import Sex
from careorganiser.domain.formatting import age_on
from careorganiser.ui.locale_text import format_date
from careorganiser.services import person
from careorganiser.services.base import ServiceError, ValidationError
from careorganiser.services.person import Person
from careorganiser.ui.context import AppContext
from careorganiser.ui.person.caregiver_box import CaregiverBox
from careorganiser.ui.widgets.scroll import DownScrollArea
from careorganiser.ui.pages.base import Page
from careorganiser.ui.widgets.entry_form import EntryForm, TabFocusText, labelled
from careorganiser.ui.widgets.date_field import DateField, read_typed_date
from careorganiser.ui.widgets.field_errors import FieldErrors
from careorganiser.ui.widgets.field_limits import limit_text, limit_to
from careorganiser.ui.widgets.wheel import scroll_past

def lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


class IdentifierRow(QWidget):
    """One identifier: what kind (NHS number, hospital number...) and the number itself."""

    remove_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.system = scroll_past(QComboBox())
        self.system.setEditable(True)
        self.system.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.system.addItems(person.common_identifier_systems())
        self.system.setCurrentIndex(-1)
        self.system.lineEdit().setPlaceholderText(QCoreApplication.translate("PersonPage", "kind, e.g. NHS number"))
        self.value = QLineEdit()
        limit_to(self.value, "person.identifiers", "value")
        self.value.setPlaceholderText(QCoreApplication.translate("PersonPage", "number"))
        self.remove = QPushButton(QCoreApplication.translate("PersonPage", "Remove"))
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))
        layout.addWidget(self.system, 1)
        layout.addWidget(self.value, 1)
        layout.addWidget(self.remove)

    def set_number(self, number: int) -> None:
        self.system.setAccessibleName(QCoreApplication.translate("PersonPage", "Identifier {number}, kind").format(number=number))
        self.value.setAccessibleName(QCoreApplication.translate("PersonPage", "Identifier {number}, number").format(number=number))
        self.remove.setAccessibleName(QCoreApplication.translate("PersonPage", "Remove identifier {number}").format(number=number))

    def pair(self) -> tuple[str, str]:
        return self.system.currentText(), self.value.text()


class PersonPage(Page):
    areas = frozenset({"person"})
    scrolls_itself = True  # its heading stays; the form and the caregiver box scroll below it

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.saved: Person | None = None
        self.id_rows: list[IdentifierRow] = []
        self.errors = FieldErrors()

        outer = QVBoxLayout(self)
        outer.addWidget(QLabel(f"<h2>{self.title()}</h2>"))
        intro = QLabel(QCoreApplication.translate("PersonPage", "The person you care for. These details go on the cover of the appointment pack."))
        intro.setWordWrap(True)
        outer.addWidget(intro)
        scroll = DownScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.addWidget(self._build_form())
        self.caregiver = CaregiverBox(ctx)
        holder_layout.addWidget(self.caregiver)
        holder_layout.addStretch(1)
        scroll.setWidget(holder)
        outer.addWidget(scroll, 1)

    def title(self) -> str:
        return QCoreApplication.translate("PersonPage", "Person")

    def _build_form(self) -> QWidget:
        form = EntryForm()
        form.setAccessibleName(QCoreApplication.translate("PersonPage", "Details of the person cared for"))
        form.submitted.connect(self.on_save_clicked)
        form.cancelled.connect(self.on_revert_clicked)
        self.form = form
        grid = QGridLayout(form)
        grid.setHorizontalSpacing(18)
        grid.setColumnStretch(0, 1)
        # A layout inside another takes its spacing from it, and a grid whose two spacings differ gives none:
        # each row below says its own, or the labels touch their fields and the buttons each other.
        gap = max(6, form.style().layoutSpacing(QSizePolicy.ControlType.PushButton, QSizePolicy.ControlType.PushButton,
                                                Qt.Orientation.Horizontal))

        left = QVBoxLayout()
        details = QFormLayout()
        details.setVerticalSpacing(4)
        details.setHorizontalSpacing(2 * gap)  # a label never touches its field
        # With large text a row too wide for its label goes under the label instead of squeezing it.
        details.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.name_edit = QLineEdit()
        limit_to(self.name_edit, "person", "name")
        details.addRow(labelled(QCoreApplication.translate("PersonPage", "&Name"), self.name_edit), self.name_edit)
        details.addRow("", self.errors.add("name", self.name_edit))

        # Typed as people write it ("14 Mar 1951", "14/03/1951"); empty means not recorded. The calendar
        # opens near 70 years ago, where most dates of birth of the people cared for are.
        self.dob_edit = DateField(QCoreApplication.translate("PersonPage", "Date of birth"), calendar_start=self._calendar_start(),
                                  placeholder=QCoreApplication.translate("PersonPage", "not recorded, e.g. 14 Mar 1951"), show_hint=False)
        self.dob_edit.date_changed.connect(self.on_dob_changed)
        self.dob_unknown = QPushButton(QCoreApplication.translate("PersonPage", "Not &known"))
        self.dob_unknown.setAccessibleName(QCoreApplication.translate("PersonPage", "Date of birth not known"))
        self.dob_unknown.clicked.connect(lambda: self.dob_edit.set_date(None))
        self.age_label = QLabel()
        self.age_label.setAccessibleName(QCoreApplication.translate("PersonPage", "Age"))
        self.age_label.setWordWrap(True)
        dob_row = QHBoxLayout()
        dob_row.setSpacing(gap)
        dob_row.addWidget(self.dob_edit)
        dob_row.addWidget(self.dob_unknown)
        dob_row.addWidget(self.age_label, 1)
        details.addRow(labelled(QCoreApplication.translate("PersonPage", "Date of &birth"), self.dob_edit.edit), dob_row)
        details.addRow("", self.errors.add("date_of_birth", self.dob_edit))

        self.sex_combo = scroll_past(QComboBox())
        for sex in Sex:
            self.sex_combo.addItem(person.sex_label(sex.value), sex.value)
        sex_row = QHBoxLayout()
        sex_row.setSpacing(gap)
        sex_row.addWidget(self.sex_combo, 1)
        sex_row.addStretch(1)
        details.addRow(labelled(QCoreApplication.translate("PersonPage", "Se&x"), self.sex_combo), sex_row)
        details.addRow("", self.errors.add("sex", self.sex_combo))
        left.addLayout(details)
        left.addSpacing(8)

        identifiers = QLabel(QCoreApplication.translate("PersonPage", "<b>Identifiers</b> \u2014 health service or hospital numbers"))
        identifiers.setWordWrap(True)
        left.addWidget(identifiers)
        self.id_box = QVBoxLayout()
        self.id_box.setSpacing(4)
        left.addLayout(self.id_box)
        self.add_id_button = QPushButton(QCoreApplication.translate("PersonPage", "Add &identifier"))
        self.add_id_button.setAccessibleName(QCoreApplication.translate("PersonPage", "Add an identifier"))
        self.add_id_button.clicked.connect(self.on_add_identifier_clicked)
        add_row = QHBoxLayout()
        add_row.setSpacing(gap)
        add_row.addWidget(self.add_id_button)
        add_row.addStretch(1)
        left.addLayout(add_row)
        left.addWidget(self.errors.add("identifiers", self.add_id_button))
        left.addStretch(1)
        grid.addLayout(left, 0, 0)

        right = QVBoxLayout()
        right.setSpacing(4)
        self.conditions_edit = TabFocusText(lines=4)
        self.conditions_edit.setPlaceholderText(QCoreApplication.translate("PersonPage", "One per line, e.g. Idiopathic pulmonary fibrosis"))
        right.addWidget(labelled(QCoreApplication.translate("PersonPage", "&Conditions (one per line)"), self.conditions_edit, QCoreApplication.translate("PersonPage", "Conditions")))
        right.addWidget(self.conditions_edit)
        right.addWidget(limit_text(self.conditions_edit, "person", "conditions"))
        right.addWidget(self.errors.add("conditions", self.conditions_edit))
        self.allergies_edit = TabFocusText(lines=3)
        self.allergies_edit.setPlaceholderText(QCoreApplication.translate("PersonPage", "One per line, e.g. Penicillin (rash)"))
        right.addWidget(labelled(QCoreApplication.translate("PersonPage", "&Allergies (one per line)"), self.allergies_edit, QCoreApplication.translate("PersonPage", "Allergies")))
        right.addWidget(self.allergies_edit)
        right.addWidget(limit_text(self.allergies_edit, "person", "allergies"))
        right.addWidget(self.errors.add("allergies", self.allergies_edit))
        self.notes_edit = TabFocusText(lines=4)
        right.addWidget(labelled(QCoreApplication.translate("PersonPage", "N&otes"), self.notes_edit))
        right.addWidget(self.notes_edit)
        right.addWidget(limit_text(self.notes_edit, "person", "notes"))
        right.addWidget(self.errors.add("notes", self.notes_edit))
        grid.addLayout(right, 1, 0)  # under the details: the form never needs two columns of width

        buttons = QHBoxLayout()
        buttons.setSpacing(gap)
        self.save_button = QPushButton(QCoreApplication.translate("PersonPage", "&Save"))
        self.save_button.setAccessibleName(QCoreApplication.translate("PersonPage", "Save the person's details"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.on_save_clicked)
        self.revert_button = QPushButton(QCoreApplication.translate("PersonPage", "&Undo changes"))
        self.revert_button.setAccessibleName(QCoreApplication.translate("PersonPage", "Undo changes not yet saved"))
        self.revert_button.clicked.connect(self.on_revert_clicked)
        self.status_label = QLabel()
        self.status_label.setAccessibleName(QCoreApplication.translate("PersonPage", "Save status"))
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.status_label, 1)
        grid.addLayout(buttons, 2, 0)
        return form

    # -- identifiers
    def _append_identifier(self, system: str = "", value: str = "") -> IdentifierRow:
        row = IdentifierRow(self.form)
        row.system.setEditText(system)
        row.value.setText(value)
        row.remove_requested.connect(self.on_remove_identifier)
        before = self.id_rows[-1].remove if self.id_rows else self.sex_combo
        self.id_rows.append(row)
        self.id_box.addWidget(row)
        row.show()  # at once, not at the next turn of the event loop
        row.set_number(len(self.id_rows))
        QWidget.setTabOrder(before, row.system)
        QWidget.setTabOrder(row.system, row.value)
        QWidget.setTabOrder(row.value, row.remove)
        QWidget.setTabOrder(row.remove, self.add_id_button)
        return row

    def _set_identifiers(self, pairs: tuple[tuple[str, str], ...]) -> None:
        for row in self.id_rows:
            self.id_box.removeWidget(row)
            row.deleteLater()
        self.id_rows = []
        for system, value in pairs:
            self._append_identifier(system, value)

    def on_add_identifier_clicked(self) -> None:
        self._append_identifier().system.setFocus()

    def on_remove_identifier(self, row: IdentifierRow) -> None:
        index = self.id_rows.index(row)
        self.id_rows.remove(row)
        self.id_box.removeWidget(row)
        row.deleteLater()
        for number, other in enumerate(self.id_rows, start=1):
            other.set_number(number)
        if self.id_rows:
            self.id_rows[min(index, len(self.id_rows) - 1)].system.setFocus()
        else:
            self.add_id_button.setFocus()

    # -- loading and saving
    def refresh(self) -> None:
        self.caregiver.refresh()
        self.load(person.get_person(self.ctx.profile))

    def load(self, p: Person) -> None:
        self.saved = p
        self.errors.clear()
        self.name_edit.setText(p.name)
        self.dob_edit.set_date(p.date_of_birth)
        self.sex_combo.setCurrentIndex(max(0, self.sex_combo.findData(p.sex)))
        self.conditions_edit.setPlainText("\n".join(p.conditions))
        self.allergies_edit.setPlainText("\n".join(p.allergies))
        self._set_identifiers(p.identifiers)
        self.notes_edit.setPlainText(p.notes)
        self.on_dob_changed()

    def date_of_birth(self) -> date | None:
        """The date of birth typed, None when empty; ValidationError naming the field when it is not a date."""
        return read_typed_date(self.dob_edit.text(), "date_of_birth", QCoreApplication.translate("PersonPage", "Date of birth"),
                               example=QCoreApplication.translate("PersonPage", "14 Mar 1951, 14/03/1951 or 1951-03-14"))

    def _calendar_start(self) -> date:
        today = self.today()
        return today.replace(year=today.year - 70, day=min(today.day, 28))

    def today(self) -> date:
        return self.ctx.local(self.ctx.now()).date()

    def on_dob_changed(self, *_args: object) -> None:
        born = self.dob_edit.current_date()
        age = age_on(born, self.today()) if born else None
        if born is None and self.dob_edit.text().strip():
            self.age_label.setText(QCoreApplication.translate("PersonPage", "not a date yet"))
        elif born is None or age is None or age < 0:
            self.age_label.clear()
        else:
            self.age_label.setText(QCoreApplication.translate("PersonPage", "{day}: {age} years old").format(day=format_date(born, weekday=True), age=age))

    def on_save_clicked(self) -> None:
        self.errors.clear()
        self.status_label.clear()
        try:
            born = self.date_of_birth()
            saved = person.update_person(
                self.ctx.profile, self.name_edit.text(), born, self.sex_combo.currentData(),
                lines(self.conditions_edit.toPlainText()), lines(self.allergies_edit.toPlainText()),
                [row.pair() for row in self.id_rows], self.notes_edit.toPlainText(), today=self.today())
        except ValidationError as err:
            self.errors.show(err.field, err.message) or self.ctx.prompter.warn(self, QCoreApplication.translate("PersonPage", "Cannot save"), err.message)
            return
        except ServiceError as err:
            self.ctx.prompter.warn(self, QCoreApplication.translate("PersonPage", "Cannot save"), str(err))
            return
        self.load(saved)
        self.status_label.setText(QCoreApplication.translate("PersonPage", "Saved."))

    # -- text typed and not saved (kept across the idle lock)
    def form_values(self) -> dict[str, Any]:
        return {"name": self.name_edit.text(), "date_of_birth": self.dob_edit.text(),
                "sex": self.sex_combo.currentData(), "conditions": self.conditions_edit.toPlainText(),
                "allergies": self.allergies_edit.toPlainText(), "identifiers": [row.pair() for row in self.id_rows],
                "notes": self.notes_edit.toPlainText(),
                "caregiver": (self.caregiver.name_edit.text(), self.caregiver.phone_edit.text())}

    def unsaved_drafts(self) -> dict[str, tuple[str, dict[str, Any]]]:
        current = self.form_values()
        if self.saved is None:
            return {}
        saved = self.saved
        same = (current["name"] == saved.name and current["sex"] == saved.sex
                and lines(current["conditions"]) == list(saved.conditions)
                and lines(current["allergies"]) == list(saved.allergies)
                and [tuple(pair) for pair in current["identifiers"] if any(pair)] == [tuple(p) for p in saved.identifiers]
                and current["notes"] == saved.notes and self.dob_edit.current_date() == saved.date_of_birth
                and current["caregiver"] == self.caregiver.loaded)
        if same:
            return {}
        return {"person": (QCoreApplication.translate("PersonPage", "the person's details"), current)}

    def restore_drafts(self, drafts: dict[str, tuple[str, dict[str, Any]]]) -> None:
        if "person" not in drafts:
            return
        self.ensure_fresh()
        values = drafts["person"][1]
        self.name_edit.setText(values["name"])
        self.dob_edit.edit.setText(values["date_of_birth"])
        self.sex_combo.setCurrentIndex(max(0, self.sex_combo.findData(values["sex"])))
        self.conditions_edit.setPlainText(values["conditions"])
        self.allergies_edit.setPlainText(values["allergies"])
        self._set_identifiers(tuple(tuple(pair) for pair in values["identifiers"]))
        self.notes_edit.setPlainText(values["notes"])
        self.caregiver.name_edit.setText(values["caregiver"][0])
        self.caregiver.phone_edit.setText(values["caregiver"][1])
        self.on_dob_changed()

    def on_revert_clicked(self) -> None:
        if self.saved is not None:
            self.load(self.saved)
        self.status_label.clear()

    def on_new(self) -> None:
        self.name_edit.setFocus()
