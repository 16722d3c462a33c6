"""The dose history of one medication: a paged table (newest first), and a small form to record or correct a dose.

The table asks ``services.doses.dose_history`` for one page at a time as it scrolls, so a medication with
a hundred thousand doses opens as fast as one with ten.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from careorganiser.domain.enums import DoseStatus
from careorganiser.domain.status_words import status_text, status_words
from careorganiser.services import doses
from careorganiser.services.base import ServiceError, ValidationError
from careorganiser.services.doses import DoseEvent
from careorganiser.services.medications import Medication
from careorganiser.ui.locale_text import format_datetime, format_time
from careorganiser.ui.pages.table_page import make_table, select_row_by_id, selected_row
from careorganiser.ui.table_model import Column, SnapshotTableModel
from careorganiser.ui.widgets.date_field import WallClockField
from careorganiser.ui.widgets.field_errors import ERROR_STYLE, FieldErrors
from careorganiser.ui.widgets.field_limits import limit_to
from careorganiser.ui.widgets.save_cancel import save_cancel_buttons
from careorganiser.ui.widgets.wheel import scroll_past

PAGE_SIZE = 200


_STATUS_COLOURS = {DoseStatus.SKIPPED.value: QColor("#fff4d6"), DoseStatus.MISSED.value: QColor("#fde2e1")}


def history_columns(zone: ZoneInfo) -> list[Column]:
    words = status_words("dose_history")

    def taken_text(row: DoseEvent) -> str:
        if row.taken_at is None:
            return ""
        if row.taken_at.astimezone(zone).date() == row.scheduled_for.astimezone(zone).date():
            return format_time(row.taken_at, zone)
        return format_datetime(row.taken_at, zone)

    return [
        Column(QCoreApplication.translate("DoseHistory", "Due"), lambda r: format_datetime(r.scheduled_for, zone)),
        Column(QCoreApplication.translate("DoseHistory", "What happened"), lambda r: words.get(r.status, r.status),
               background=lambda r: _STATUS_COLOURS.get(r.status)),
        Column(QCoreApplication.translate("DoseHistory", "Taken at"), taken_text),
        Column(QCoreApplication.translate("DoseHistory", "Amount"), lambda r: r.amount),
        Column(QCoreApplication.translate("DoseHistory", "Note"), lambda r: r.note.replace("\n", " "), tooltip=lambda r: r.note),
    ]


def history_order(row: DoseEvent) -> datetime:
    """Where a dose falls in the history (newest due first: the order ``doses.dose_history`` reads)."""
    return row.scheduled_for


class DoseHistoryModel(SnapshotTableModel):
    """The paged history (the shared model keeps one page fetch from starting inside another)."""


class DoseEventDialog(QDialog):
    """Record a dose (``event`` None) or correct a recorded one: what happened, when it was taken, amount, note."""

    def __init__(self, profile: object, zone: ZoneInfo, medication: Medication, now: datetime,
                 event: DoseEvent | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.profile = profile
        self.zone = zone
        self.medication = medication
        self.dose_event = event
        self.saved_id: int | None = None
        self.errors = FieldErrors()
        self.setObjectName("DoseEventDialog")
        if event is None:
            self.setWindowTitle(QCoreApplication.translate("DoseHistory", "Record a dose of {name}").format(name=medication.name))
        else:
            self.setWindowTitle(QCoreApplication.translate("DoseHistory", "Change a dose of {name}").format(name=medication.name))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)

        moment = now.replace(second=0, microsecond=0)
        if event is None:
            self.due = WallClockField(QCoreApplication.translate("DoseHistory", "Due at"), "scheduled_for")
            self.due.set_local(moment, zone)
            self.due.setAccessibleName(QCoreApplication.translate("DoseHistory", "When the dose was due"))
            self.due.setToolTip(QCoreApplication.translate("DoseHistory", "For a dose taken as needed, the time it was taken."))
            self._row(form, "scheduled_for", QCoreApplication.translate("DoseHistory", "&Due at"), self.due)
        else:
            self.due = None
            shown = QLabel(format_datetime(event.scheduled_for, zone))
            shown.setAccessibleName(QCoreApplication.translate("DoseHistory", "When the dose was due"))
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(QLabel(QCoreApplication.translate("DoseHistory", "Due at")), shown)

        self.status = scroll_past(QComboBox())
        for key, words in status_words("dose_history").items():
            self.status.addItem(words, key)
        self.status.setAccessibleName(QCoreApplication.translate("DoseHistory", "What happened"))
        self._row(form, "status", QCoreApplication.translate("DoseHistory", "&What happened"), self.status)

        self.taken_check = QCheckBox(QCoreApplication.translate("DoseHistory", "Time ta&ken"))
        self.taken_check.setAccessibleName(QCoreApplication.translate("DoseHistory", "The time it was taken is known"))
        self.taken_at = WallClockField(QCoreApplication.translate("DoseHistory", "Time taken"), "taken_at")
        self.taken_at.set_local(moment if event is None else event.scheduled_for, zone)
        self.taken_at.setAccessibleName(QCoreApplication.translate("DoseHistory", "Time taken"))
        self._row(form, "taken_at", self.taken_check, self.taken_at)

        self.amount = QLineEdit()
        limit_to(self.amount, "dose_events", "amount")
        self.amount.setAccessibleName(QCoreApplication.translate("DoseHistory", "Amount taken"))
        self.amount.setPlaceholderText(medication.dose or QCoreApplication.translate("DoseHistory", "e.g. 2 tablets"))
        self._row(form, "amount", QCoreApplication.translate("DoseHistory", "&Amount"), self.amount)
        self.note = QLineEdit()
        limit_to(self.note, "dose_events", "note")
        self.note.setAccessibleName(QCoreApplication.translate("DoseHistory", "Note"))
        self.note.setPlaceholderText(QCoreApplication.translate("DoseHistory", "e.g. taken late after the clinic"))
        self._row(form, "note", QCoreApplication.translate("DoseHistory", "&Note"), self.note)

        self.general_error = QLabel()
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        layout.addWidget(self.general_error)

        box, self.save_button = save_cancel_buttons(self, self.on_save_clicked, QCoreApplication.translate("DoseHistory", "&Save"), QCoreApplication.translate("DoseHistory", "Save this dose"))
        layout.addWidget(box)

        if event is not None:
            self.status.setCurrentIndex(max(0, self.status.findData(event.status)))
            if event.taken_at is not None:
                self.taken_check.setChecked(True)
                self.taken_at.set_local(event.taken_at, zone)
            self.amount.setText(event.amount)
            self.note.setText(event.note)
        else:
            self.taken_check.setChecked(True)
        self.status.currentIndexChanged.connect(self.on_status_changed)
        self.taken_check.toggled.connect(self._update_enabled)
        self._update_enabled()
        (self.due or self.status).setFocus()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)

    def _row(self, form: QFormLayout, name: str, label: str | QWidget, widget: QWidget) -> None:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(self.errors.add(name, widget))
        if isinstance(label, str):
            title = QLabel(label)
            title.setBuddy(widget)
            form.addRow(title, holder)
        else:
            form.addRow(label, holder)

    def on_status_changed(self, _index: int) -> None:
        if self.status.currentData() == DoseStatus.TAKEN and not self.taken_check.isChecked():
            self.taken_check.setChecked(True)
        self._update_enabled()

    def _update_enabled(self) -> None:
        taken = self.status.currentData() == DoseStatus.TAKEN
        self.taken_check.setEnabled(taken)
        self.taken_at.setEnabled(taken and self.taken_check.isChecked())

    def on_save_clicked(self) -> None:
        self.errors.clear()
        self.general_error.hide()
        status = str(self.status.currentData())
        try:  # the day and time typed; a refusal names its field already
            taken_at = (self.taken_at.instant(self.zone)
                        if status == DoseStatus.TAKEN and self.taken_check.isChecked() else None)
            due = self.due.instant(self.zone) if self.due is not None else None
        except ValidationError as exc:
            self.errors.show(exc.field, exc.message)
            return
        try:
            if self.dose_event is None:
                assert due is not None
                self.saved_id = doses.record_dose(
                    self.profile, self.medication.id, due,  # type: ignore[arg-type]
                    status, taken_at=taken_at, amount=self.amount.text(), note=self.note.text())
            else:
                doses.update_dose_event(self.profile, self.dose_event.id, status=status, taken_at=taken_at,  # type: ignore[arg-type]
                                        amount=self.amount.text(), note=self.note.text())
                self.saved_id = self.dose_event.id
        except ValidationError as exc:
            labels = {"scheduled_for": QCoreApplication.translate("DoseHistory", "Due at"), "status": QCoreApplication.translate("DoseHistory", "What happened"), "taken_at": QCoreApplication.translate("DoseHistory", "Time taken"),
                      "amount": QCoreApplication.translate("DoseHistory", "Amount"), "note": QCoreApplication.translate("DoseHistory", "Note")}
            message = exc.message if exc.names_field else QCoreApplication.translate(
                "DoseHistory", "{field}: {problem}").format(field=labels.get(exc.field, exc.field), problem=exc.message)
            self.errors.show_or_general(self.general_error, exc.field, message)
            return
        except ServiceError as exc:
            self.errors.show_or_general(self.general_error, None, str(exc))
            return
        self.accept()


class _DeleteKey(QObject):
    """The Delete key on the history table deletes the chosen dose record (after asking)."""

    def __init__(self, action: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._action = action

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Delete and not event.modifiers()):
            self._action()
            return True
        return False


class DoseHistoryPanel(QWidget):
    """The dose history of the chosen medication, with Record, Change and Delete."""

    #: A dose record was changed from here (the page also hears it through the change bus).
    dose_changed = Signal()

    def __init__(self, ctx: object, parent: QWidget | None = None, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.medication: Medication | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        header = QHBoxLayout()
        self.title_label = QLabel(QCoreApplication.translate("DoseHistory", "Dose histor&y"))
        self.title_label.setObjectName("DoseHistoryTitle")
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self.count_label = QLabel()
        self.count_label.setObjectName("DoseHistoryCount")
        header.addWidget(self.title_label)
        header.addWidget(self.count_label, 1)
        layout.addLayout(header)

        self.model = DoseHistoryModel(history_columns(ctx.zone), self,  # type: ignore[attr-defined]
                                      fetch_page=self._fetch_page, page_size=page_size,
                                      order_key=history_order, descending=True)
        self.table = make_table(self.model, QCoreApplication.translate("DoseHistory", "Dose history"), self)
        self.table.horizontalHeader().setResizeContentsPrecision(30)  # size columns from a page's first rows
        self.table.setAccessibleDescription(QCoreApplication.translate("DoseHistory", "Newest first. Enter changes the chosen dose; Delete removes it."))
        self.title_label.setBuddy(self.table)
        layout.addWidget(self.table, 1)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("DoseHistoryEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()
        layout.addWidget(self.empty_label)

        buttons = QHBoxLayout()
        self.record_button = QPushButton(QCoreApplication.translate("DoseHistory", "Record a d&ose\u2026"))
        self.record_button.setAccessibleName(QCoreApplication.translate("DoseHistory", "Record a dose"))
        self.edit_button = QPushButton(QCoreApplication.translate("DoseHistory", "&Change dose\u2026"))
        self.edit_button.setAccessibleName(QCoreApplication.translate("DoseHistory", "Change the chosen dose"))
        self.delete_button = QPushButton(QCoreApplication.translate("DoseHistory", "De&lete dose"))
        self.delete_button.setAccessibleName(QCoreApplication.translate("DoseHistory", "Delete the chosen dose record"))
        for button in (self.record_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        self.record_button.clicked.connect(self.on_record_clicked)
        self.edit_button.clicked.connect(self.on_edit_clicked)
        self.delete_button.clicked.connect(self.on_delete_clicked)
        self.table.activated.connect(lambda _index: self.on_edit_clicked())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        self._delete_key = _DeleteKey(self.on_delete_clicked, self)
        self.table.installEventFilter(self._delete_key)
        self._update_buttons()

    # -- data
    def _fetch_page(self, offset: int, limit: int) -> list[DoseEvent]:
        if self.medication is None:
            return []
        return doses.dose_history(self.ctx.profile, self.medication.id, offset, limit)  # type: ignore[attr-defined]

    def set_medication(self, medication: Medication | None) -> None:
        """Show the history of ``medication`` (None: nothing chosen): another medication starts at the first page,
        the same one is read again in place."""
        keep = self.selected_event()
        same = medication is not None and self.medication is not None and medication.id == self.medication.id
        self.medication = medication
        if same:  # the same medication's doses changed: keep the rows loaded, the selection and the scroll
            self.model.refresh()
        else:
            self.model.reload()
        if self.model.rowCount():
            self.table.resizeColumnsToContents()
        self._show_count()
        if keep is not None and medication is not None and keep.medication_id == medication.id:
            self.select_event(keep.id)
        self._update_buttons()

    def update_events(self, event_ids: frozenset[int]) -> None:
        """Read only the dose records ``event_ids`` again (a change named them) and put them in place: the
        other rows, the selection and the scroll position stay as they are."""
        if self.medication is None or not event_ids:
            return
        medication_id = self.medication.id
        rows = [e for e in doses.dose_events_by_id(self.ctx.profile, event_ids)  # type: ignore[attr-defined]
                if e.medication_id == medication_id]
        self.model.update_rows(event_ids, rows)
        self._show_count()
        self._update_buttons()

    def _show_count(self) -> None:
        medication = self.medication
        total = doses.count_dose_history(self.ctx.profile, medication.id) if medication else 0  # type: ignore[attr-defined]
        if medication is None:
            self.count_label.setText("")
        else:
            self.count_label.setText(QCoreApplication.translate("DoseHistory", "%Ln dose(s) recorded", None, total))
        self.empty_label.setText(QCoreApplication.translate("DoseHistory", "No doses recorded yet. Doses appear here when they are marked taken or "
                                                                           "skipped on Today, or with \u201cRecord a dose\u201d below."))
        self.empty_label.setVisible(medication is not None and total == 0)
        self.table.setVisible(medication is None or total > 0)
        self.record_button.setEnabled(medication is not None)

    def selected_event(self) -> DoseEvent | None:
        return selected_row(self.table)

    def select_event(self, event_id: int) -> bool:
        return select_row_by_id(self.table, event_id)

    def _update_buttons(self) -> None:
        chosen = self.selected_event() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    # -- actions
    def on_record_clicked(self) -> None:
        if self.medication is None:
            return
        dialog = DoseEventDialog(self.ctx.profile, self.ctx.zone, self.medication, self.ctx.now(),  # type: ignore[attr-defined]
                                 parent=self)
        if self.ctx.prompter.run_dialog(dialog) == QDialog.DialogCode.Accepted and dialog.saved_id is not None:
            self.dose_changed.emit()
            self.select_event(dialog.saved_id)
        dialog.deleteLater()

    def on_edit_clicked(self, _index: QModelIndex | None = None) -> None:
        event = self.selected_event()
        if event is None or self.medication is None:
            return
        dialog = DoseEventDialog(self.ctx.profile, self.ctx.zone, self.medication, self.ctx.now(),  # type: ignore[attr-defined]
                                 event=event, parent=self)
        if self.ctx.prompter.run_dialog(dialog) == QDialog.DialogCode.Accepted:
            self.dose_changed.emit()
            self.select_event(event.id)
        dialog.deleteLater()

    def on_delete_clicked(self) -> None:
        event = self.selected_event()
        if event is None:
            return
        when = format_datetime(event.scheduled_for, self.ctx.zone)  # type: ignore[attr-defined]
        text = QCoreApplication.translate("DoseHistory", "Delete the record of the dose due {when} ({status})?").format(
            when=when, status=status_text("dose_history", event.status))
        if event.status == DoseStatus.TAKEN:
            text += "\n\n" + QCoreApplication.translate("DoseHistory", "Its units go back into the stock.")
        if not self.ctx.prompter.confirm(self, QCoreApplication.translate("DoseHistory", "Delete dose record"), text, QCoreApplication.translate("DoseHistory", "Delete")):
            return
        try:
            doses.delete_dose_event(self.ctx.profile, event.id)  # type: ignore[attr-defined]
        except ServiceError as exc:
            self.ctx.prompter.warn(self, QCoreApplication.translate("DoseHistory", "Delete dose record"), str(exc))
        self.dose_changed.emit()
