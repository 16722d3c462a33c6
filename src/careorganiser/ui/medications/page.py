"""Medications: what is taken now and what was stopped (with when and why), the chosen one's details,
schedules in plain words, supply, and its dose history.

Every change goes through ``services.medications`` / ``services.doses``; the page refreshes when the change
bus says medications, contacts or doses changed.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from careorganiser.services import medications as meds, trash
from careorganiser.services.base import Change, NotFound, ServiceError
from careorganiser.services.medications import Medication
from careorganiser.services.trash import RecordKind
from careorganiser.ui.context import AppContext
from careorganiser.ui.widgets.scroll import DownScrollArea, follow_width
from careorganiser.ui.pages.base import Page
from careorganiser.ui.medications.dose_history import DoseHistoryPanel
from careorganiser.ui.medications.dialogs import RefillDialog, StopDialog
from careorganiser.ui.medications.form import MedicationDialog
from careorganiser.ui.medications.lists import MedicationLists
from careorganiser.ui.medications import wording
from careorganiser.ui.medications.choice import chosen_after, place_of
from careorganiser.ui.medications.details import MedicationDetails
from careorganiser.ui.pages.table_page import read_by_ids
from careorganiser.ui.table_model import SnapshotTableModel
from careorganiser.ui.widgets.undo_bar import UndoBar


class MedicationsPage(Page):
    areas = frozenset({"medications", "contacts", "doses"})
    #: Dose changes name their records: the history puts those rows in place instead of reading its span again.
    tables = ("medications", "dose_events")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, history_page_size: int | None = None) -> None:
        super().__init__(ctx, parent)
        self._selected_id: int | None = None
        self._restoring = False
        self._selected: Medication | None = None  # the chosen medication as last read
        self._pending: set[str] = set()  # areas changed since the last refresh

        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        heading = QLabel(wording.heading_html(self.title()))
        header.addWidget(heading)
        header.addStretch(1)
        self.new_button = QPushButton(QCoreApplication.translate("MedicationsPage", "&New medication\u2026"))
        self.new_button.setAccessibleName(QCoreApplication.translate("MedicationsPage", "New medication"))
        self.new_button.setToolTip(QCoreApplication.translate("MedicationsPage", "Add a medication (Ctrl+N)"))
        self.new_button.clicked.connect(self.on_new)
        header.addWidget(self.new_button)
        layout.addLayout(header)
        self.undo_bar = UndoBar(self)
        layout.addWidget(self.undo_bar)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)

        # -- left: the two lists
        self.lists = MedicationLists()
        self.active_model, self.stopped_model = self.lists.active_model, self.lists.stopped_model
        self.active_table, self.active_empty = self.lists.active_table, self.lists.active_empty
        self.stopped_table, self.stopped_empty = self.lists.stopped_table, self.lists.stopped_empty
        splitter.addWidget(DownScrollArea(self.lists))

        # -- right: details, actions, dose history
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 0, 0, 0)
        self.detail_panel = MedicationDetails()
        right_layout.addWidget(self.detail_panel)
        panel = self.detail_panel
        self.placeholder, self.details, self.action_row = panel.placeholder, panel.details, panel.action_row
        self.edit_button, self.refill_button, self.stop_button = panel.edit_button, panel.refill_button, panel.stop_button
        self.restart_button, self.delete_button = panel.restart_button, panel.delete_button
        self.followup_button = panel.followup_button

        self.history = DoseHistoryPanel(ctx, self, **({"page_size": history_page_size} if history_page_size else {}))
        right_layout.addWidget(self.history, 1)
        splitter.addWidget(DownScrollArea(right))
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        # Lists beside the details; with large text the lists go above the details so neither is squeezed.
        follow_width(self, 130, lambda wide: splitter.setOrientation(
            Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical))
        self.splitter = splitter

        self.edit_button.clicked.connect(self.on_edit_clicked)
        self.refill_button.clicked.connect(self.on_refill_clicked)
        self.stop_button.clicked.connect(self.on_stop_clicked)
        self.restart_button.clicked.connect(self.on_restart_clicked)
        self.delete_button.clicked.connect(self.on_delete_clicked)
        self.followup_button.clicked.connect(self.on_followup_clicked)
        self.active_table.selectionModel().selectionChanged.connect(self.on_active_selection_changed)
        self.stopped_table.selectionModel().selectionChanged.connect(self.on_stopped_selection_changed)
        self.active_table.activated.connect(lambda _index: self.on_edit_clicked())
        self.stopped_table.activated.connect(lambda _index: self.on_edit_clicked())
        self._show_selected()

    def title(self) -> str:
        return QCoreApplication.translate("MedicationsPage", "Medications")

    def today(self) -> date:
        return self.ctx.local(self.ctx.now()).date()

    # -- loading
    def on_ctx_changed(self, change: Change) -> None:
        self._pending |= set(change.areas) & self.areas
        super().on_ctx_changed(change)

    def refresh(self) -> None:
        pending, self._pending = self._pending, set()
        ids = self.take_changed_ids("medications")
        dose_ids = self.take_changed_ids("dose_events")
        if pending == {"doses"} and ids == frozenset():
            # Only dose records changed (a dose taken on Today, an edit here): the lists are as they were.
            self._show_dose_changes(dose_ids)
            return
        # The history is read again only when doses changed without saying which (an import, a restore);
        # an explicit refresh after a dialog leaves it as the change notices already put it.
        reload_history = "doses" in pending and dose_ids is None
        if "contacts" in pending:  # a prescriber's name shows in the details; the lists are read again
            ids = None
        # Where the chosen medication is now: if it goes, the one that takes its place in that list is chosen.
        place = place_of(self._selected_id, self._list_ids())
        self._restoring = True
        try:
            if ids is None:
                today = self.today()
                self.active_model.set_rows(meds.list_active_medications(self.ctx.profile, today), keep_place=True)
                self.stopped_model.set_rows(meds.list_stopped_medications(self.ctx.profile, today), keep_place=True)
            elif ids:
                self._update_rows(ids)
        finally:
            self._restoring = False
        self.lists.show_rows(resize=ids is None or bool(ids))
        self._selected_id, stayed = chosen_after(self._selected_id, place, self._list_ids())
        # The same medication still in the same list: the list stays where the person scrolled it.
        self.select_medication(self._selected_id, reload_history=reload_history, scroll=not stayed)
        if not reload_history and dose_ids:
            self.history.update_events(dose_ids)

    def _show_dose_changes(self, dose_ids: frozenset[int] | None) -> None:
        """Dose records changed: only those named are read again (None: the history's whole span)."""
        if dose_ids is None:
            self.history.set_medication(self.selected_row())
        else:
            self.history.update_events(dose_ids)

    def _list_ids(self) -> list[list[int]]:
        return self.lists.list_ids()

    def _update_rows(self, ids: frozenset[int]) -> None:
        """Read the medications ``ids`` again and put each in the list it now belongs to (taken now or
        stopped), in place; one gone (deleted) leaves both."""
        rows = list(read_by_ids(ids, lambda i: meds.get_medication(self.ctx.profile, i)))
        self.lists.update_rows(ids, rows, self.today())

    def select_medication(self, medication_id: int | None, reload_history: bool = True, scroll: bool = True) -> bool:
        """Choose a medication in whichever list holds it (None: nothing chosen); ``scroll`` brings it into view."""
        self._restoring = True
        try:
            found = self.lists.select(medication_id, scroll)
        finally:
            self._restoring = False
        self._selected_id = medication_id if found else None
        self._show_selected(reload_history)
        return found

    def history_target(self) -> tuple[str, int] | None:
        return ("medications", self._selected_id) if self._selected_id is not None else None

    def selected_row(self) -> Medication | None:
        return self._selected

    def on_active_selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._on_table_selection(self.active_table, self.active_model, self.stopped_table)

    def on_stopped_selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._on_table_selection(self.stopped_table, self.stopped_model, self.active_table)

    def _on_table_selection(self, table: QTableView, model: SnapshotTableModel, other: QTableView) -> None:
        if self._restoring:
            return
        rows = table.selectionModel().selectedRows()
        if not rows:
            return
        self._restoring = True
        other.clearSelection()
        self._restoring = False
        self._selected_id = model.row_at(rows[0].row()).id
        self._show_selected()

    def _show_selected(self, reload_history: bool = True) -> None:
        row = None
        if self._selected_id is not None:
            try:
                row = meds.get_medication(self.ctx.profile, self._selected_id)
            except NotFound:
                self._selected_id = None
        self._selected = row
        self.detail_panel.show_medication(row, self.ctx.zone, self.today())
        if row is None:
            self.history.set_medication(None)
            self.history.setVisible(False)
            return
        self.history.setVisible(True)
        shown = self.history.medication
        if reload_history or shown is None or shown.id != row.id:
            self.history.set_medication(row)
        else:
            self.history.medication = row  # same doses; only its details (stock, dose) changed

    # -- actions
    def on_new(self) -> None:
        dialog = MedicationDialog(self.ctx.profile, self.today(), parent=self, clock=self.ctx.now)
        if self.ctx.prompter.run_dialog(dialog) == QDialog.DialogCode.Accepted and dialog.saved_id is not None:
            self._selected_id = dialog.saved_id
            self.refresh()
        dialog.deleteLater()

    def on_edit_clicked(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        try:
            dialog = MedicationDialog(self.ctx.profile, self.today(), medication_id=row.id, parent=self,
                                      clock=self.ctx.now)
        except NotFound as exc:
            self.ctx.prompter.warn(self, QCoreApplication.translate("MedicationsPage", "Edit medication"), str(exc))
            self.refresh()
            return
        if self.ctx.prompter.run_dialog(dialog) == QDialog.DialogCode.Accepted:
            self.refresh()
        dialog.deleteLater()

    def on_followup_clicked(self) -> None:
        if self._selected_id is not None:
            from careorganiser.ui.followup.page import open_followup

            open_followup(self, self.ctx, medication_id=self._selected_id)

    def on_refill_clicked(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        dialog = RefillDialog(self.ctx.profile, row, parent=self)
        if self.ctx.prompter.run_dialog(dialog) == QDialog.DialogCode.Accepted:
            self.refresh()
        dialog.deleteLater()

    def on_stop_clicked(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        dialog = StopDialog(self.ctx.profile, row, self.today(), parent=self, clock=self.ctx.now)
        if self.ctx.prompter.run_dialog(dialog) == QDialog.DialogCode.Accepted:
            self.refresh()
        dialog.deleteLater()

    def on_restart_clicked(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        text = wording.restart_question(row)
        if not self.ctx.prompter.confirm(self, QCoreApplication.translate("MedicationsPage", "Take again"), text, QCoreApplication.translate("MedicationsPage", "Take again")):
            return
        try:
            meds.restart_medication(self.ctx.profile, row.id, now=self.ctx.now())
        except ServiceError as exc:
            self.ctx.prompter.warn(self, QCoreApplication.translate("MedicationsPage", "Take again"), str(exc))
        self.refresh()

    def on_delete_clicked(self) -> None:
        row = self.selected_row()
        if row is None or row.stopped:
            return
        text = wording.delete_question(row)
        if not self.ctx.prompter.confirm(self, QCoreApplication.translate("MedicationsPage", "Delete medication"), text, QCoreApplication.translate("MedicationsPage", "Delete")):
            return
        try:
            label = meds.delete_medication(self.ctx.profile, row.id)
        except ServiceError as exc:
            self.ctx.prompter.warn(self, QCoreApplication.translate("MedicationsPage", "Delete medication"), str(exc))
            self.refresh()
            return
        medication_id = row.id

        def undo() -> None:
            trash.restore(self.ctx.profile, RecordKind.MEDICATION, medication_id)
            self._selected_id = medication_id
            self.refresh()

        self.undo_bar.offer(QCoreApplication.translate("MedicationsPage", "Deleted \u201c{name}\u201d.").format(name=label), undo)
        self._selected_id = None
        self.refresh()

    def on_search_result(self, kind: str, record_id: int) -> None:
        if kind == RecordKind.DOSE_EVENT:  # a dose note: show its medication, whose history holds the note
            from careorganiser.services.search import medication_of_dose_event

            medication_id = medication_of_dose_event(self.ctx.profile, record_id)
            if medication_id is None:
                return
            kind, record_id = RecordKind.MEDICATION, medication_id
        if kind == RecordKind.MEDICATION:
            self.ensure_fresh()
            self.select_medication(record_id)
