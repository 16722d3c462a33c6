"""The measurements tab: entry by kind (grouped, unit beside the value), a trend chart, and the table."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from careorganiser.domain.catalogue import MeasurementKind
from careorganiser.services.trash import RecordKind
from careorganiser.ui.locale_text import format_datetime
from careorganiser.services import measurements
from careorganiser.services.base import NotFound, ValidationError
from careorganiser.services.measurements import Measurement
from careorganiser.ui.context import AppContext
from careorganiser.ui.journal.measurement_form import MeasurementFields
from careorganiser.ui.journal.measurement_words import (
    chart_kind,
    kind_label,
    measurement_what,
    range_text,
    saved_words,
    taken_text,
    value_text,
    value_tooltip,
    where_text,
)
from careorganiser.ui.pages.crud_panel import CrudPanel, DeleteWords
from careorganiser.ui.pages.table_page import read_by_ids
from careorganiser.ui.widgets.entry_form import labelled
from careorganiser.ui.table_model import Column
from careorganiser.ui.widgets.field_errors import FieldErrors
from careorganiser.ui.widgets.field_limits import limit_to
from careorganiser.ui.widgets.scroll import DownScrollArea, follow_width
from careorganiser.ui.widgets.undo_bar import UndoBar
from careorganiser.ui.worker import Worker
from careorganiser.ui.widgets.wheel import scroll_past

def fill_kind_combo(combo: QComboBox, groups: list[tuple[str, list[MeasurementKind]]]) -> None:
    """Kinds under a bold heading per group; headings cannot be chosen and the keyboard skips them."""
    combo.clear()
    model = combo.model()
    assert isinstance(model, QStandardItemModel)
    for group, kinds in groups:
        combo.addItem(measurements.group_label(group))
        heading = model.item(combo.count() - 1)
        heading.setEnabled(False)
        font = QFont(combo.font())
        font.setBold(True)
        heading.setFont(font)
        for kind in kinds:
            label = kind_label(kind)
            combo.addItem(label, kind.key)
            combo.setItemData(combo.count() - 1, label, Qt.ItemDataRole.AccessibleTextRole)


def fill_filter_combo(combo: QComboBox, in_use: list[MeasurementKind], listed: str) -> bool:
    """"All kinds" and each kind with readings, ``listed`` chosen; False (and "All kinds" chosen) when that
    kind has no readings any more. No change is announced."""
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(QCoreApplication.translate("MeasurementsPanel", "All kinds"), "")
    for kind in in_use:
        combo.addItem(kind.label, kind.key)
    index = combo.findData(listed)
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)
    return index >= 0


class CustomKindDialog(QDialog):
    """Add a kind of measurement the catalogue lacks: a name and a unit."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.created: MeasurementKind | None = None
        self.setWindowTitle(QCoreApplication.translate("MeasurementsPanel", "Add your own kind of measurement"))
        self.errors = FieldErrors()
        layout = QVBoxLayout(self)
        intro = QLabel(QCoreApplication.translate("MeasurementsPanel", "For a reading the list does not have, such as peak flow or blood sugar."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.label_edit = QLineEdit()
        limit_to(self.label_edit, "measurement_kinds", "label")
        self.label_edit.setPlaceholderText(QCoreApplication.translate("MeasurementsPanel", "e.g. Peak flow"))
        self.unit_edit = QLineEdit()
        limit_to(self.unit_edit, "measurement_kinds", "unit")
        self.unit_edit.setPlaceholderText(QCoreApplication.translate("MeasurementsPanel", "e.g. L/min (may be left empty)"))
        form.addRow(labelled(QCoreApplication.translate("MeasurementsPanel", "&Name"), self.label_edit), self.label_edit)
        form.addRow("", self.errors.add("label", self.label_edit))
        form.addRow(labelled(QCoreApplication.translate("MeasurementsPanel", "&Unit"), self.unit_edit), self.unit_edit)
        form.addRow("", self.errors.add("unit", self.unit_edit))
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(QCoreApplication.translate("MeasurementsPanel", "&Add kind"))
        self.ok_button.setAccessibleName(QCoreApplication.translate("MeasurementsPanel", "Add kind"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(QCoreApplication.translate("MeasurementsPanel", "Cancel"))
        buttons.accepted.connect(self.on_ok_clicked)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def on_ok_clicked(self) -> None:
        self.errors.clear()
        try:
            self.created = measurements.add_custom_kind(self.ctx.profile, self.label_edit.text(),
                                                        self.unit_edit.text())
        except ValidationError as err:
            self.errors.show(err.field, err.message) or self.ctx.prompter.warn(self, QCoreApplication.translate("MeasurementsPanel", "Cannot add the kind"), err.message)
            return
        self.accept()


class MeasurementsPanel(CrudPanel):
    """Built when first shown (``ensure_built``): the journal opens without paying for the charts."""

    trash_kind = RecordKind.MEASUREMENT

    def __init__(self, ctx: AppContext, undo_bar: UndoBar, parent: QWidget | None = None) -> None:
        super().__init__(ctx, undo_bar, parent)
        self.editing: Measurement | None = None
        self.kinds: dict[str, MeasurementKind] = {}
        self._typed: tuple[str, str] | None = None  # the number and other unit of the value saved ("165", "lb")
        self._filter_kind: str = ""
        self._chart_fresh = False
        self._chart_key = ""
        self.chart_worker = Worker(self)
        self.built = False
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)

    def ensure_built(self) -> None:
        if self.built:
            return
        self.built = True
        from careorganiser.ui.journal.measurement_chart import (
            TrendChart,  # QtCharts loads here, when needed
        )

        scroll = DownScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(self._build_form())
        scroll.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        right = QSplitter(Qt.Orientation.Vertical)
        right.setChildrenCollapsible(False)
        self.chart = TrendChart()
        right.addWidget(self.chart)
        right.addWidget(DownScrollArea(self._build_list()))  # with large text the list scrolls, never squeezed
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 2)
        # The form on the left, the chart over the table on the right; the caregiver can move the divider.
        sides = QSplitter(Qt.Orientation.Horizontal)
        sides.setChildrenCollapsible(False)
        sides.addWidget(scroll)
        sides.addWidget(right)
        sides.setStretchFactor(0, 0)
        sides.setStretchFactor(1, 1)
        self.layout().addWidget(sides)
        # With large text the form goes above the chart and the list, so none is squeezed.
        def on_width(wide: bool) -> None:
            if sides.orientation() != (Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical):
                sides.setOrientation(Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical)
            right.setMinimumHeight(0)
            # One above the other: the chart and the list keep the room they need (the page scrolls instead).
            right.setMinimumHeight(0 if wide else right.minimumSizeHint().height())
            scroll.setMinimumHeight(0 if wide else min(scroll.widget().sizeHint().height(),
                                                       self.fontMetrics().lineSpacing() * 12))

        follow_width(self, 130, on_width, every_time=True)
        sides.show()  # at once, not at the next turn of the event loop
        # Widgets made now would come last in the window's Tab order: put them where this tab is.
        QWidget.setTabOrder(self, sides)

    # -- building
    def _build_form(self) -> QWidget:
        form = self.make_entry_form(QCoreApplication.translate("MeasurementsPanel", "Add a measurement"),
                                    QCoreApplication.translate("MeasurementsPanel", "Measurement"))
        layout = QVBoxLayout(form)
        self.fields = MeasurementFields(self.errors, self.fontMetrics().horizontalAdvance("µmol/L") + 8)
        fields = self.fields
        self.kind_combo, self.value_edit, self.unit_label, self.when = (
            fields.kind_combo, fields.value_edit, fields.unit_label, fields.when)
        self.source_combo, self.context_combo, self.note_edit = fields.source_combo, fields.context_combo, fields.note_edit
        self.range_low, self.range_high, self.range_unit = fields.range_low, fields.range_high, fields.range_unit
        self.kind_combo.currentIndexChanged.connect(self.on_kind_changed)
        layout.addWidget(fields)

        layout.addLayout(self.make_form_buttons(
            (QCoreApplication.translate("MeasurementsPanel", "&Save measurement"), QCoreApplication.translate("MeasurementsPanel", "Save measurement")),
            (QCoreApplication.translate("MeasurementsPanel", "C&lear"), QCoreApplication.translate("MeasurementsPanel", "Clear the form"))))
        layout.addWidget(self.hint_label(QCoreApplication.translate("MeasurementsPanel", "Enter saves, Escape cancels.")))

        self.custom_button = QPushButton(QCoreApplication.translate("MeasurementsPanel", "Add your own &kind\u2026"))
        self.custom_button.setAccessibleName(QCoreApplication.translate("MeasurementsPanel", "Add your own kind of measurement"))
        self.custom_button.clicked.connect(self.on_custom_kind_clicked)
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.addWidget(form)
        custom_row = QHBoxLayout()
        custom_row.addWidget(self.custom_button)
        custom_row.addStretch(1)
        holder_layout.addLayout(custom_row)
        holder_layout.addStretch(1)
        return holder

    def _build_list(self) -> QWidget:
        self.filter_combo = scroll_past(QComboBox())
        self.filter_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.filter_combo.currentIndexChanged.connect(self.on_filter_changed)
        top = self.make_list_bar(
            (QCoreApplication.translate("MeasurementsPanel", "&Edit"), QCoreApplication.translate("MeasurementsPanel", "Edit the selected measurement")),
            (QCoreApplication.translate("MeasurementsPanel", "&Delete"), QCoreApplication.translate("MeasurementsPanel", "Delete the selected measurement")),
            labelled(QCoreApplication.translate("MeasurementsPanel", "L&ist"), self.filter_combo, QCoreApplication.translate("MeasurementsPanel", "Which measurements to list and chart")),
            self.filter_combo)

        zone = self.ctx.zone
        columns = [
            Column(QCoreApplication.translate("MeasurementsPanel", "When"), lambda r: format_datetime(r.taken_at, zone)),
            Column(QCoreApplication.translate("MeasurementsPanel", "What"), lambda r: r.label),
            Column(QCoreApplication.translate("MeasurementsPanel", "Value"), lambda r: value_text(r, self.kinds.get(r.kind)), align_right=True,
                   tooltip=lambda r: value_tooltip(r, self.kinds.get(r.kind))),
            Column(QCoreApplication.translate("MeasurementsPanel", "Normal range"), lambda r: range_text(r, self.kinds.get(r.kind))),
            Column(QCoreApplication.translate("MeasurementsPanel", "Where"), where_text),
            Column(QCoreApplication.translate("MeasurementsPanel", "Taken"), taken_text),
            Column(QCoreApplication.translate("MeasurementsPanel", "Note"), lambda r: r.note, tooltip=lambda r: r.note),
        ]
        self.make_list_table(columns, QCoreApplication.translate("MeasurementsPanel", "Measurements, newest first"))
        self.table.horizontalHeader().setResizeContentsPrecision(40)  # fit columns to the first rows only
        return self.make_list_box(top, QCoreApplication.translate("MeasurementsPanel", "No measurements yet. Choose what was measured on the left, type the value "
                                                                                       "and press Save measurement."))

    def fetch(self, offset: int, limit: int) -> list[Measurement]:
        return measurements.list_measurements(self.ctx.profile, self._filter_kind or None, limit=limit,
                                              offset=offset)

    def fetch_ids(self, ids: frozenset[int]) -> list[Measurement]:
        return [row for row in read_by_ids(ids, lambda i: measurements.get_measurement(self.ctx.profile, i))
                if not self._filter_kind or row.kind == self._filter_kind]

    def order_key(self, row: Measurement) -> tuple:
        return (row.taken_at, row.id)

    def count(self) -> int:
        return measurements.count_measurements(self.ctx.profile, self._filter_kind or None)

    def count_text(self, count: int) -> str:
        return QCoreApplication.translate("MeasurementsPanel", "%n measurement(s)", None, count)

    def fit_columns(self) -> None:
        self.table.resizeColumnsToContents()

    # -- loading
    def refresh(self, ids: frozenset[int] | None = None) -> None:
        """Read the kinds and the list again; ``ids`` (the measurements a change named) reads only those
        measurements again."""
        self.ensure_built()
        ids, self._loaded = ids if self._loaded else None, True
        selected = self.selected_measurement()
        self._chart_fresh = False
        self.kinds = measurements.all_kinds(self.ctx.profile)
        current_kind = self.kind_combo.currentData()
        self.kind_combo.blockSignals(True)
        fill_kind_combo(self.kind_combo, measurements.kinds_by_group(self.ctx.profile, self.kinds))
        self.kind_combo.blockSignals(False)
        self._select_kind(current_kind or "")

        in_use = measurements.kinds_in_use(self.ctx.profile)
        if not fill_filter_combo(self.filter_combo, in_use, self._filter_kind):
            self._filter_kind, ids = "", None  # the kind filtered on is gone: the whole list shows, read it all
        self.reload_list(selected.id if selected else None, ids=ids)
        if self.editing is None and not self.value_edit.text():
            self.when.set_local(self.ctx.now(), self.ctx.zone)

    def chart_kind(self) -> str:
        """The kind charted: the one listed, else the selected row's, else the first kind with values."""
        selected = self.selected_measurement()
        return chart_kind(self._filter_kind, selected.kind if selected is not None else None,
                          [self.filter_combo.itemData(i) for i in range(1, self.filter_combo.count())])

    def update_chart(self) -> None:
        """Draw the chart of the kind charted; its readings are read in a worker (a kind measured daily for
        years has thousands), and the chart is drawn when they come."""
        key = self.chart_kind()
        kind = self.kinds.get(key)
        if kind is None:
            self.chart_worker.cancel("chart")
            self._chart_key = ""
            self.chart.show_empty(QCoreApplication.translate("MeasurementsPanel", "No measurements yet. Once you add some, their trend over time is drawn "
                                                                                  "here, one kind at a time."))
            return
        if self._chart_key == key and self._chart_fresh:
            return
        self._chart_key, self._chart_fresh = key, True
        profile = self.ctx.profile
        self.chart_worker.run(lambda: measurements.chart(profile, key), lambda read: self.on_chart_read(kind, read),
                              self.on_chart_failed, key="chart")

    def on_chart_read(self, kind: MeasurementKind, read: measurements.KindChart) -> None:
        self.chart.show_series(kind, read.series, read.reference, self.ctx.zone)

    def on_chart_failed(self, exc: BaseException) -> None:
        """Said where the chart would be (the list and the form work on): read again at the next change."""
        from careorganiser.ui.failures import message_for

        self._chart_fresh = False
        self.chart.show_empty(QCoreApplication.translate("MeasurementsPanel", "The trend could not be drawn. {reason}")
                              .format(reason=message_for(exc)))

    def chart_ready(self) -> bool:
        """True when the chart shows the kind charted, as stored (nothing is being read)."""
        return self._chart_fresh and not self.chart_worker.is_busy("chart")

    # -- the form
    def _select_kind(self, key: str) -> None:
        index = self.kind_combo.findData(key) if key else -1
        if index < 0:
            index = next((i for i in range(self.kind_combo.count()) if self.kind_combo.itemData(i)), -1)
        self.kind_combo.setCurrentIndex(index)
        self.on_kind_changed()

    def on_kind_changed(self, *_args: object) -> None:
        self.fields.show_kind(self.kinds.get(self.kind_combo.currentData() or ""), editing=self.editing is not None)

    def reset_form(self) -> None:
        self.editing = None
        self.errors.clear()
        self.set_form_words(QCoreApplication.translate("MeasurementsPanel", "Add a measurement"),
                            QCoreApplication.translate("MeasurementsPanel", "&Save measurement"), QCoreApplication.translate("MeasurementsPanel", "C&lear"))
        self.fields.clear(self.ctx.now(), self.ctx.zone)
        self.on_kind_changed()
        self.mark_clean()

    def load_measurement(self, row: Measurement) -> None:
        self.editing = row
        self.errors.clear()
        self.set_form_words(QCoreApplication.translate("MeasurementsPanel", "Edit the measurement of {when}").format(when=format_datetime(row.taken_at,
                                                                                                                                    self.ctx.zone)),
                            QCoreApplication.translate("MeasurementsPanel", "&Save changes"), QCoreApplication.translate("MeasurementsPanel", "Cance&l edit"))
        self._select_kind(row.kind)
        self.fields.show_measurement(row, self.kinds.get(row.kind), self.ctx.zone)
        self.mark_clean()

    def draft(self) -> dict[str, Any]:
        if not self.built:
            return {}
        return {"editing": self.editing.id if self.editing is not None else None, **self.fields.draft()}

    def restore_draft(self, draft: dict[str, Any]) -> None:
        self.ensure_built()
        if draft.get("editing") is not None:
            try:
                self.load_measurement(measurements.get_measurement(self.ctx.profile, draft["editing"]))
            except NotFound:  # gone meanwhile: the text comes back as a new measurement
                self.reset_form()
        if draft.get("_kind"):
            self._select_kind(draft["_kind"])
        self.fields.restore_draft(draft)

    def select_kind_for_entry(self, key: str) -> None:
        self._select_kind(key)

    # -- slots
    def save_form(self) -> Measurement:
        args = dict(self.fields.values(self.ctx.zone), now=self.ctx.now())
        self._typed = measurements.typed_in_other_unit(self.kinds.get(args["kind"]), args["value"])
        far = measurements.large_change(self.ctx.profile, args["taken_at"], args["kind"], args["value"], now=args["now"],
                                        measurement_id=self.editing.id if self.editing is not None else None)
        if far is not None and not self.ctx.prompter.confirm(
                self, QCoreApplication.translate("MeasurementsPanel", "Check the number"),
                far + "\n\n" + QCoreApplication.translate("MeasurementsPanel", "Save it as typed?"),
                QCoreApplication.translate("MeasurementsPanel", "Save as typed")):
            raise ValidationError("value", far)  # not saved: the words stay by the value to correct it
        if self.editing is None:
            return measurements.add_measurement(self.ctx.profile, **args)
        return measurements.update_measurement(self.ctx.profile, self.editing.id, **args)

    def save_failed_title(self) -> str:
        return QCoreApplication.translate("MeasurementsPanel", "Cannot save the measurement")

    def after_save(self, row: Measurement) -> None:
        kind = row.kind
        if self._typed is not None:  # "165 lb": say what was stored
            self.undo_bar.say(saved_words(row, self.kinds.get(kind), self._typed))
        self.reset_form()
        self._select_kind(kind)
        self.select_measurement(row.id)
        self.update_chart()
        self.value_edit.setFocus()

    def on_custom_kind_clicked(self) -> None:
        dialog = CustomKindDialog(self.ctx, self)
        self.ctx.prompter.run_dialog(dialog)
        created = dialog.created
        dialog.deleteLater()
        if created is not None:
            self._select_kind(created.key)
            self.value_edit.setFocus()

    def on_filter_changed(self, *_args: object) -> None:
        self._filter_kind = self.filter_combo.currentData() or ""
        if self._filter_kind and self.editing is None and not self.value_edit.text():
            self._select_kind(self._filter_kind)  # listing ALT: ready to add the next ALT
        self.reload_list(from_top=True)
        self._chart_fresh = False
        self.update_chart()

    load = load_measurement
    selected_measurement = CrudPanel.selected_item
    select_measurement = CrudPanel.select_item

    def on_selection_changed(self, *_args: object) -> None:
        super().on_selection_changed()
        self.update_chart()

    def focus_after_edit(self) -> None:
        self.value_edit.setFocus()

    def delete_words(self, row: Measurement) -> DeleteWords:
        what = measurement_what(row, self.kinds.get(row.kind), self.ctx.zone)
        return DeleteWords(QCoreApplication.translate("MeasurementsPanel", "Delete measurement"),
                           QCoreApplication.translate("MeasurementsPanel", "Delete {what}? You can undo this.").format(what=what),
                           QCoreApplication.translate("MeasurementsPanel", "Delete"), QCoreApplication.translate("MeasurementsPanel", "Cannot delete"),
                           QCoreApplication.translate("MeasurementsPanel", "Deleted {what}.").format(what=what))

    def focus_entry(self) -> None:
        if self.editing is not None:
            self.reset_form()
        self.kind_combo.setFocus()

    def show_measurement(self, measurement_id: int) -> None:
        try:
            row = measurements.get_measurement(self.ctx.profile, measurement_id)
        except NotFound:
            return
        if self._filter_kind and self._filter_kind != row.kind:
            self.filter_combo.setCurrentIndex(max(0, self.filter_combo.findData(row.kind)))
        if not self.select_measurement(measurement_id):
            self.load_measurement(row)
