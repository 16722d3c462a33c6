"""Appointments & rides: the agenda (coming first, then past), a month view that filters it by day, the
rides of the chosen appointment, rides on their own, and "after the appointment" (outcome and answers)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QItemSelection, Qt
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from careorganiser.services import appointments, questions, trash
from careorganiser.services.appointments import Appointment
from careorganiser.services.base import NotFound, ServiceError
from careorganiser.services.trash import RecordKind
from careorganiser.ui.context import AppContext
from careorganiser.ui.widgets.scroll import DownScrollArea, follow_width
from careorganiser.ui.appointments.actions import AppointmentActions, AppointmentTabs
from careorganiser.ui.appointments.forms import AppointmentDialog, appointment_text
from careorganiser.ui.appointments.models import Group, GroupedModel, select_in_tree, selected_in_tree
from careorganiser.ui.appointments.agenda import AgendaPanel, agenda_columns, past_foreground
from careorganiser.ui.appointments.month import MonthPanel
from careorganiser.ui.appointments import wording
from careorganiser.ui.appointments.wording import AgendaGroup
from careorganiser.ui.pages.base import Page
from careorganiser.ui.pages.table_page import read_by_ids
from careorganiser.ui.widgets.undo_bar import UndoBar



class AppointmentsPage(Page):
    areas = frozenset({"appointments", "rides", "contacts", "questions", "settings"})
    #: A change to the contacts (a clinician's name) or to rides not named by appointment reads the agenda again.
    tables = ("appointments", "rides", "contacts")

    TAB_RIDES, TAB_OUTCOME, TAB_STANDALONE = AppointmentTabs.TAB_RIDES, AppointmentTabs.TAB_OUTCOME, AppointmentTabs.TAB_STANDALONE

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.day: date | None = None
        self._guard = False
        self._coming_ids: set[int] = set()

        layout = QVBoxLayout(self)
        heading = QLabel(wording.heading_html(self.title()))
        layout.addWidget(heading)
        self.undo_bar = UndoBar(self)
        layout.addWidget(self.undo_bar)

        self.actions = AppointmentActions()
        self.new_button, self.edit_button, self.delete_button = (
            self.actions.new_button, self.actions.edit_button, self.actions.delete_button)
        self.pack_button, self.new_ride_button = self.actions.pack_button, self.actions.new_ride_button
        layout.addWidget(self.actions)

        # Top: the agenda beside the month view.
        top = QWidget()
        top_layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        self.model = GroupedModel(agenda_columns(self._coming, self.ctx.now, lambda: self.ctx.zone), self,
                                  foreground=past_foreground(self._coming))
        self.agenda = AgendaPanel(self.model)
        self.agenda_label, self.tree, self.empty_label = self.agenda.agenda_label, self.agenda.tree, self.agenda.empty_label
        top_layout.addWidget(self.agenda, 1)

        self.month = MonthPanel()
        self.calendar, self.calendar_label = self.month.calendar, self.month.calendar_label
        self.filter_label, self.show_all_button = self.month.filter_label, self.month.show_all_button
        top_layout.addWidget(self.month)
        # The month view beside the agenda; with large text below it, so the agenda keeps its width.
        follow_width(self, 120, lambda wide: top_layout.setDirection(
            QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom))

        # Bottom: what belongs to the chosen appointment, and the rides on their own.
        self.tabs = AppointmentTabs(ctx, self.undo_bar)
        self.rides, self.outcome, self.standalone = self.tabs.rides, self.tabs.outcome, self.tabs.standalone

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(DownScrollArea(top))  # with large text the agenda and month scroll, never overlap
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)

        self.new_button.clicked.connect(self.on_new_clicked)
        self.edit_button.clicked.connect(self.on_edit_clicked)
        self.delete_button.clicked.connect(self.on_delete_clicked)
        self.pack_button.clicked.connect(self.on_pack_clicked)
        self.new_ride_button.clicked.connect(self.on_new_ride_clicked)
        self.show_all_button.clicked.connect(self.on_show_all_clicked)
        self.tree.selectionModel().selectionChanged.connect(self.on_agenda_selection_changed)
        self.tree.doubleClicked.connect(lambda _i: self.on_edit_clicked())
        self.calendar.clicked.connect(self.on_calendar_day_picked)
        self.calendar.selectionChanged.connect(self.on_calendar_selection_changed)
        self.calendar.currentPageChanged.connect(lambda _y, _m: self._mark_calendar())
        today = ctx.local(ctx.now()).date()
        self._guard = True
        self.calendar.setSelectedDate(QDate(today.year, today.month, today.day))
        self._guard = False
        for panel in (self.rides, self.standalone):
            panel.problem.connect(lambda text: self.ctx.prompter.warn(self, QCoreApplication.translate("AppointmentsPage", "Rides"), text))
        self._update_buttons()

    def title(self) -> str:
        return QCoreApplication.translate("AppointmentsPage", "Appointments & rides")

    def _coming(self, a: Appointment) -> bool:
        return a.id in self._coming_ids

    # -- loading
    def _update_rows(self, ids: frozenset[int], now: datetime) -> bool:
        """Read the appointments ``ids`` again and put them in place; False when a group comes or goes, or
        when time has moved a coming appointment into the past."""
        if any(a.is_over(now) for g in self.model.groups() if g.key == AgendaGroup.COMING for a in g.rows):
            return False
        rows = [a for a in read_by_ids(ids, lambda i: appointments.get_appointment(self.ctx.profile, i))
                if wording.shown_on(a, self.day, self.ctx.zone)]
        coming = {a.id for a in rows if not a.is_over(now)}
        self._guard = True
        try:
            if not self.model.update_rows(ids, rows, lambda a: AgendaGroup.COMING if a.id in coming else AgendaGroup.PAST,
                                          wording.agenda_order):
                return False
        finally:
            self._guard = False
        groups = self.model.groups()
        if any(not g.rows for g in groups):
            return False  # a group is listed only with appointments
        self.model.set_group_titles({g.key: (wording.group_title(g.key, len(g.rows)), g.extra) for g in groups})
        self._coming_ids = {a.id for g in groups if g.key == AgendaGroup.COMING for a in g.rows}
        return True

    def refresh(self) -> None:
        """Read the agenda again: only the appointments a change named, when it named them and nothing else
        shown changed. The selection stays with its appointment."""
        keep = self.selected_appointment()
        nearby = self.model.neighbours(keep.id) if keep is not None else []
        now = self.ctx.now()
        ids = self.take_row_changes("appointments", named_with=("rides",))
        if ids is None or (ids and not self._update_rows(ids, now)):
            plan = appointments.agenda(self.ctx.profile, now, self.day)
            self._coming_ids = {a.id for a in plan.coming}
            groups = []
            if plan.coming:
                groups.append(Group(AgendaGroup.COMING, wording.group_title(AgendaGroup.COMING, len(plan.coming)), plan.coming))
            if plan.past:
                groups.append(Group(AgendaGroup.PAST, wording.group_title(AgendaGroup.PAST, len(plan.past)), plan.past))
            self._guard = True
            try:
                self.model.set_groups(groups)
            finally:
                self._guard = False
        has_rows = bool(self.model.all_rows())
        self.tree.setVisible(has_rows)
        self.filter_label.setText(wording.filter_text(self.day))
        self.empty_label.setText(wording.empty_text(self.day))
        self.empty_label.setVisible(not has_rows)
        self.show_all_button.setEnabled(self.day is not None)
        target = keep.id if keep is not None and self.model.index_of_id(keep.id).isValid() else None
        if target is None and self.outcome.appointment is not None \
                and self.model.index_of_id(self.outcome.appointment.id).isValid():
            target = self.outcome.appointment.id
        if target is None:
            rows = self.model.all_rows()
            target = next((i for i in nearby if self.model.index_of_id(i).isValid()), rows[0].id if rows else None)
        self.select_appointment(target)
        self._show_details(self.selected_appointment())
        self.standalone.set_day(self.day)
        self._mark_calendar()

    def _mark_calendar(self) -> None:
        self.month.show_marks(appointments.marked_days(self.ctx.profile, *self.month.span()))

    # -- selection
    def selected_appointment(self) -> Appointment | None:
        return selected_in_tree(self.tree, self.model)

    def select_appointment(self, appointment_id: int | None) -> None:
        self._guard = True
        try:
            select_in_tree(self.tree, self.model, appointment_id)
        finally:
            self._guard = False
        self._update_buttons()

    def _show_details(self, appointment: Appointment | None) -> bool:
        """Show ``appointment`` below the agenda; False (and nothing changes) when typing there cannot be saved."""
        shown = self.outcome.appointment
        if shown is not None and (appointment is None or appointment.id != shown.id) and self.outcome.is_dirty():
            if not self.outcome.save():
                self.tabs.setCurrentIndex(self.TAB_OUTCOME)
                return False
        self.rides.set_appointment(appointment)
        self.outcome.set_appointment(appointment)
        self._update_buttons()
        return True

    def on_agenda_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        if self._guard:
            return
        chosen = self.selected_appointment()
        if chosen is None and self.outcome.appointment is not None and self.outcome.is_dirty():
            return
        if not self._show_details(chosen):
            self.select_appointment(self.outcome.appointment.id if self.outcome.appointment else None)

    def _update_buttons(self) -> None:
        self.actions.set_chosen(self.selected_appointment() is not None)

    def on_pack_clicked(self) -> None:
        from careorganiser.ui.pack_dialog import open_pack_dialog

        chosen = self.selected_appointment()
        if chosen is not None:
            self.pack_dialog = open_pack_dialog(self, self.ctx, appointment_id=chosen.id)

    # -- the month view
    def set_day(self, day: date | None) -> None:
        """Show only the appointments of ``day`` (None: every day)."""
        if day == self.day:
            return
        if self.outcome.is_dirty() and not self.outcome.save():
            self.tabs.setCurrentIndex(self.TAB_OUTCOME)
            return
        self.day = day
        self.read_all_next()  # another day: another list
        if day is not None:
            self._guard = True
            try:
                self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
            finally:
                self._guard = False
        self.refresh()

    def on_calendar_day_picked(self, picked: QDate) -> None:
        self.set_day(date(picked.year(), picked.month(), picked.day()))

    def on_calendar_selection_changed(self) -> None:
        if self._guard:
            return
        picked = self.calendar.selectedDate()
        self.set_day(date(picked.year(), picked.month(), picked.day()))

    def on_show_all_clicked(self) -> None:
        self.set_day(None)

    # -- actions
    def on_new(self) -> None:
        self.on_new_clicked()

    def on_new_clicked(self) -> None:
        dialog = AppointmentDialog(self.ctx, day=self.day, parent=self)
        if not self.ctx.prompter.run_dialog(dialog) or dialog.saved_id is None:
            return
        saved = appointments.get_appointment(self.ctx.profile, dialog.saved_id)
        if not wording.shown_on(saved, self.day, self.ctx.zone):
            self.set_day(None)
        else:
            self.refresh()
        self.select_appointment(saved.id)
        self._show_details(self.selected_appointment())

    def on_edit_clicked(self) -> None:
        chosen = self.selected_appointment()
        if chosen is None:
            return
        if self.outcome.is_dirty() and not self.outcome.save():
            self.tabs.setCurrentIndex(self.TAB_OUTCOME)
            return
        dialog = AppointmentDialog(self.ctx, row=chosen, parent=self)
        if not self.ctx.prompter.run_dialog(dialog):
            return
        saved = appointments.get_appointment(self.ctx.profile, chosen.id)
        if not wording.shown_on(saved, self.day, self.ctx.zone):
            self.set_day(None)
        self.refresh()
        self.select_appointment(saved.id)
        self._show_details(self.selected_appointment())
        if dialog.moved_rides:
            self.ctx.prompter.inform(self, QCoreApplication.translate("AppointmentsPage", "Rides moved too"),
                                     wording.moved_rides_text())

    def on_delete_clicked(self) -> None:
        chosen = self.selected_appointment()
        if chosen is None:
            return
        what = appointment_text(chosen, self.ctx)
        text = wording.delete_question(what, bool(chosen.ride_count),
                                       bool(questions.appointment_questions(self.ctx.profile, chosen.id)))
        if not self.ctx.prompter.confirm(self, QCoreApplication.translate("AppointmentsPage", "Delete appointment"), text, QCoreApplication.translate("AppointmentsPage", "Delete")):
            return
        try:
            trash.delete(self.ctx.profile, RecordKind.APPOINTMENT, chosen.id)
        except ServiceError as exc:
            self.ctx.prompter.warn(self, QCoreApplication.translate("AppointmentsPage", "Delete appointment"), str(exc))
            return
        profile = self.ctx.profile
        self.undo_bar.offer(QCoreApplication.translate("AppointmentsPage", "Deleted the appointment on {what}.").format(what=what),
                            lambda: trash.restore(profile, RecordKind.APPOINTMENT, chosen.id))

    def on_new_ride_clicked(self) -> None:
        self.tabs.setCurrentIndex(self.TAB_STANDALONE)
        self.standalone.on_add_clicked()

    def on_search_result(self, kind: str, record_id: int) -> None:
        """Show an appointment or a ride found by the search box."""
        appointment_id: int | None = record_id if kind == RecordKind.APPOINTMENT else None
        ride_id = record_id if kind == RecordKind.RIDE else None
        if ride_id is not None:
            try:
                appointment_id = appointments.get_ride(self.ctx.profile, ride_id).appointment_id
            except NotFound:
                return
        self.set_day(None)
        self.ensure_fresh()
        if appointment_id is None and ride_id is not None:
            self.tabs.setCurrentIndex(self.TAB_STANDALONE)
            self.standalone.select_ride(ride_id)
            return
        self.select_appointment(appointment_id)
        self._show_details(self.selected_appointment())
        if ride_id is not None:
            self.tabs.setCurrentIndex(self.TAB_RIDES)
            self.rides.select_ride(ride_id)

    def hideEvent(self, event: QHideEvent) -> None:
        # Nothing typed is lost: the outcome and answers are saved when the page is left.
        if self.outcome.is_dirty():
            self.outcome.save()
        super().hideEvent(event)
