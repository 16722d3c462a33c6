"""The fields of the measurement form (what, value and unit, when, where, taken, reference range, note), laid
out in a grid with the error line under each; the panel (ui/journal/measurements.py) adds the title, the
buttons and saving."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from careorganiser.domain.catalogue import MeasurementKind, format_value
from careorganiser.services.measurements import Measurement
from careorganiser.ui.journal.measurement_words import (
    context_words,
    source_words,
    usual_source,
    units_hint,
    value_hint,
    value_name,
)
from careorganiser.ui.widgets.date_field import WallClockField
from careorganiser.ui.widgets.entry_form import labelled
from careorganiser.ui.widgets.field_errors import FieldErrors
from careorganiser.ui.widgets.field_limits import limit_to
from careorganiser.ui.widgets.wheel import scroll_past


class MeasurementFields(QWidget):
    """``errors``: the form's error lines (one per field, under it); ``unit_width``: room for the widest
    usual unit beside the value."""

    def __init__(self, errors: FieldErrors, unit_width: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        row = 0

        def add(label: QLabel, field: QWidget | QHBoxLayout, error_name: str, error_widget: QWidget,
                below: QWidget | None = None) -> None:
            """``field`` beside ``label``, then ``below`` (a hint), then the field's error line."""
            nonlocal row
            grid.addWidget(label, row, 0)
            if isinstance(field, QHBoxLayout):
                grid.addLayout(field, row, 1)
            else:
                grid.addWidget(field, row, 1)
            if below is not None:
                row += 1
                grid.addWidget(below, row, 1)
            grid.addWidget(errors.add(error_name, error_widget), row + 1, 1)
            row += 2

        self.kind_combo = scroll_past(QComboBox())
        # Sized for an ordinary name, not the longest one; the open list is as wide as it needs.
        self.kind_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kind_combo.setMinimumContentsLength(18)
        self.kind_combo.view().setTextElideMode(Qt.TextElideMode.ElideNone)
        add(labelled(QCoreApplication.translate("MeasurementsPanel", "&What"), self.kind_combo, QCoreApplication.translate("MeasurementsPanel", "What was measured")), self.kind_combo, "kind",
            self.kind_combo)

        self.value_edit = QLineEdit()
        self.unit_label = QLabel()
        self.unit_label.setMinimumWidth(unit_width)
        value_row = QHBoxLayout()
        value_row.addWidget(self.value_edit, 1)
        value_row.addWidget(self.unit_label)
        # The other units the kind takes ("Type it in kg, or in lb..."), under the value, above its error line.
        self.units_label = QLabel()
        self.units_label.setObjectName("units-hint")
        self.units_label.setWordWrap(True)
        self.units_label.setEnabled(False)
        self.units_label.hide()
        add(labelled(QCoreApplication.translate("MeasurementsPanel", "V&alue"), self.value_edit), value_row, "value", self.value_edit,
            below=self.units_label)

        self.when = WallClockField(QCoreApplication.translate("MeasurementsPanel", "When it was measured"), "taken_at", show_hint=False)
        add(labelled(QCoreApplication.translate("MeasurementsPanel", "Whe&n"), self.when, QCoreApplication.translate("MeasurementsPanel", "When it was measured")), self.when, "taken_at", self.when)

        self.source_combo = scroll_past(QComboBox())
        for key, words in source_words():
            self.source_combo.addItem(words, key)
        add(labelled(QCoreApplication.translate("MeasurementsPanel", "Measured a&t"), self.source_combo, QCoreApplication.translate("MeasurementsPanel", "Where it was measured")), self.source_combo,
            "source", self.source_combo)

        self.context_combo = scroll_past(QComboBox())
        for key, words in context_words():
            self.context_combo.addItem(words, key)
        add(labelled(QCoreApplication.translate("MeasurementsPanel", "Ta&ken"), self.context_combo, QCoreApplication.translate("MeasurementsPanel", "What the person was doing when it was taken")),
            self.context_combo, "context", self.context_combo)

        self.range_low = QLineEdit()
        self.range_low.setPlaceholderText(QCoreApplication.translate("MeasurementsPanel", "from"))
        self.range_low.setAccessibleName(QCoreApplication.translate("MeasurementsPanel", "Reference range, lowest normal value (optional)"))
        self.range_high = QLineEdit()
        self.range_high.setPlaceholderText(QCoreApplication.translate("MeasurementsPanel", "to"))
        self.range_high.setAccessibleName(QCoreApplication.translate("MeasurementsPanel", "Reference range, highest normal value (optional)"))
        self.range_unit = QLabel()
        range_row = QHBoxLayout()
        range_row.addWidget(self.range_low, 1)
        range_row.addWidget(QLabel("\u2013"))
        range_row.addWidget(self.range_high, 1)
        range_row.addWidget(self.range_unit)
        range_label = QLabel(QCoreApplication.translate("MeasurementsPanel", "&Reference\nrange"))
        range_label.setBuddy(self.range_low)
        range_label.setToolTip(QCoreApplication.translate("MeasurementsPanel", "The normal range printed on the lab report, if there is one."))
        grid.addWidget(range_label, row, 0)
        grid.addLayout(range_row, row, 1)
        grid.addWidget(errors.add("range_low", self.range_low), row + 1, 1)
        row += 2
        grid.addWidget(errors.add("range_high", self.range_high), row, 1)
        row += 1

        self.note_edit = QLineEdit()
        limit_to(self.note_edit, "measurements", "note")
        self.note_edit.setPlaceholderText(QCoreApplication.translate("MeasurementsPanel", "optional"))
        add(labelled(QCoreApplication.translate("MeasurementsPanel", "N&ote"), self.note_edit), self.note_edit, "note", self.note_edit)
        grid.setContentsMargins(0, 0, 0, 0)
        self.setLayout(grid)

    def show_kind(self, kind: MeasurementKind | None, editing: bool) -> None:
        """The unit and the hints of ``kind``; a new measurement is set to where that kind is usually taken."""
        unit = kind.unit if kind else ""
        self.unit_label.setText(unit)
        self.range_unit.setText(unit)
        self.value_edit.setAccessibleName(value_name(unit))
        self.value_edit.setPlaceholderText(value_hint(kind))
        units = units_hint(kind)
        self.units_label.setText(units)
        self.units_label.setVisible(bool(units))
        self.value_edit.setToolTip(units)
        self.value_edit.setAccessibleDescription(units)
        if kind is not None and not editing:
            self.source_combo.setCurrentIndex(self.source_combo.findData(usual_source(kind)))

    def clear(self, now: datetime, zone: ZoneInfo) -> None:
        """Empty for a new measurement taken ``now`` (the kind stays)."""
        self.value_edit.clear()
        self.range_low.clear()
        self.range_high.clear()
        self.context_combo.setCurrentIndex(0)
        self.note_edit.clear()
        self.when.set_local(now, zone)

    def show_measurement(self, row: Measurement, kind: MeasurementKind | None, zone: ZoneInfo) -> None:
        """``row`` in the fields to change it (the kind is chosen by the panel first)."""
        self.value_edit.setText(format_value(kind, row.value, exact=True))  # as stored: a note edit never rounds it
        self.when.set_local(row.taken_at, zone)
        self.source_combo.setCurrentIndex(max(0, self.source_combo.findData(row.source)))
        self.context_combo.setCurrentIndex(max(0, self.context_combo.findData(row.context or "")))
        self.range_low.setText("" if row.range_low is None else format_value(kind, row.range_low, exact=True))
        self.range_high.setText("" if row.range_high is None else format_value(kind, row.range_high, exact=True))
        self.note_edit.setText(row.note)

    def values(self, zone: ZoneInfo) -> dict[str, Any]:
        """What the fields hold, as the services' ``add_measurement`` / ``update_measurement`` take it."""
        return {
            "taken_at": self.when.instant(zone), "kind": self.kind_combo.currentData() or "",
            "value": self.value_edit.text(), "source": self.source_combo.currentData(), "note": self.note_edit.text(),
            "range_low": self.range_low.text(), "range_high": self.range_high.text(),
            "context": self.context_combo.currentData() or None,
        }

    def draft(self) -> dict[str, Any]:
        """The words typed in the fields (part of the panel's draft)."""
        return {"_kind": self.kind_combo.currentData(), "value": self.value_edit.text(), "note": self.note_edit.text(),
                "low": self.range_low.text(), "high": self.range_high.text()}

    def restore_draft(self, draft: dict[str, Any]) -> None:
        """The words of ``draft`` back in their fields (the kind is chosen by the panel)."""
        self.value_edit.setText(draft["value"])
        self.note_edit.setText(draft["note"])
        self.range_low.setText(draft["low"])
        self.range_high.setText(draft["high"])
