"""Rides: the ride form, and a panel listing rides (of one appointment, or those on their own) with
add, change, remove and a quick status change."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from careorganiser.domain.enums import RideStatus
from careorganiser.domain.status_words import ride_state, status_words
from careorganiser.services.trash import RecordKind
from careorganiser.services import appointments, trash
from careorganiser.services.appointments import RIDE_STATUSES, Appointment, Ride
from careorganiser.services.base import ServiceError, ValidationError
from careorganiser.ui.appointments.forms import (
    DateField,
    MultiLineEdit,
    RecordDialog,
    appointment_text,
    contact_combo,
    set_combo_data,
)
from careorganiser.ui.appointments.wording import default_pickup
from careorganiser.ui.context import AppContext
from careorganiser.ui.locale_text import format_date, format_time
from careorganiser.ui.pages.table_page import make_table, select_row_by_id, selected_row
from careorganiser.ui.table_model import Column, SnapshotTableModel
from careorganiser.ui.widgets.entry_form import named_button
from careorganiser.ui.widgets.field_limits import limit_to
from careorganiser.ui.widgets.flow import flow_row
from careorganiser.ui.widgets.undo_bar import UndoBar
from careorganiser.ui.widgets.wheel import scroll_past

UNSETTLED_BACKGROUND = QColor("#ffe9b3")


def status_combo(accessible_name: str) -> QComboBox:
    combo = scroll_past(QComboBox())
    combo.setAccessibleName(accessible_name)
    words = status_words("ride")
    for status in RIDE_STATUSES:
        combo.addItem(words[status], status)
    return combo


class RideDialog(RecordDialog):
    """Add or change a ride: for which appointment (or none), pickup, destination, driver, return, status."""

    def __init__(self, ctx: AppContext, row: Ride | None = None, appointment: Appointment | None = None,
                 day: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("Rides", "New ride") if row is None else QCoreApplication.translate("Rides", "Change ride"), parent)
        self.ctx = ctx
        self.row = row
        self.saved_id: int | None = row.id if row else None
        now = ctx.now()
        plan = appointments.agenda(ctx.profile, now)
        self.appointment = scroll_past(QComboBox())
        self.appointment.addItem(QCoreApplication.translate("Rides", "None: a ride on its own"), None)
        self._appointments = {a.id: a for a in plan.rows}
        for a in plan.coming:
            self.appointment.addItem(appointment_text(a, ctx), a.id)
        for a in plan.past:
            self.appointment.addItem(QCoreApplication.translate("Rides", "{appointment} (past)").format(appointment=appointment_text(a, ctx)), a.id)
        self.add_field("appointment", QCoreApplication.translate("Rides", "&Appointment:"), self.appointment, QCoreApplication.translate("Rides", "Appointment the ride is for"))
        self.pickup_date = DateField(QCoreApplication.translate("Rides", "Pickup day"))
        self.add_field("pickup_date", QCoreApplication.translate("Rides", "Pickup &day:"), self.pickup_date, QCoreApplication.translate("Rides", "Pickup day"))
        self.pickup_time = QLineEdit()
        self.pickup_time.setMaxLength(20)
        self.pickup_time.setPlaceholderText(QCoreApplication.translate("Rides", "for example 09:30"))
        self.add_field("pickup_time", QCoreApplication.translate("Rides", "Pickup &time:"), self.pickup_time, QCoreApplication.translate("Rides", "Pickup time"),
                       QCoreApplication.translate("Rides", "Before the appointment starts, with time to park and find the way."))
        self.pickup_address = QLineEdit()
        limit_to(self.pickup_address, "rides", "pickup_address")
        self.add_field("pickup_address", QCoreApplication.translate("Rides", "&From:"), self.pickup_address, QCoreApplication.translate("Rides", "Pickup address"))
        self.destination = QLineEdit()
        limit_to(self.destination, "rides", "destination")
        self.add_field("destination", QCoreApplication.translate("Rides", "T&o:"), self.destination, QCoreApplication.translate("Rides", "Destination"))
        self.driver = contact_combo(ctx, QCoreApplication.translate("Rides", "\u2014 nobody yet \u2014"), QCoreApplication.translate("Rides", "Driver"), role=QCoreApplication.translate("Rides", "driver"))
        self.add_field("driver", QCoreApplication.translate("Rides", "D&river:"), self.driver, QCoreApplication.translate("Rides", "Driver"))
        self.return_time = QLineEdit()
        self.return_time.setMaxLength(20)
        self.return_time.setPlaceholderText(QCoreApplication.translate("Rides", "a time, for example 12:30; empty if no ride back"))
        self.add_field("return_time", QCoreApplication.translate("Rides", "Pickup for the &way back:"), self.return_time, QCoreApplication.translate("Rides", "Return pickup time"))
        self.status = status_combo(QCoreApplication.translate("Rides", "Ride status"))
        self.add_field("status", QCoreApplication.translate("Rides", "Stat&us:"), self.status, QCoreApplication.translate("Rides", "Ride status"))
        self.notes = MultiLineEdit(2)
        self.add_field("notes", QCoreApplication.translate("Rides", "&Notes:"), self.notes, QCoreApplication.translate("Rides", "Notes"),
                       QCoreApplication.translate("Rides", "For the driver: oxygen, wheelchair, where to wait\u2026"),
                       rule=("rides", "notes"))
        self.appointment.currentIndexChanged.connect(self.on_appointment_changed)
        self.driver.contact_chosen.connect(self.on_driver_chosen)
        if row is not None:
            set_combo_data(self.appointment, row.appointment_id)
            if row.pickup_at is not None:
                local = ctx.local(row.pickup_at)
                self.pickup_date.set_date(local.date())
                self.pickup_time.setText(format_time(local))
            self.pickup_address.setText(row.pickup_address)
            self.destination.setText(row.destination)
            set_combo_data(self.driver, row.driver_id)
            if row.return_pickup_at is not None:
                self.return_time.setText(format_time(ctx.local(row.return_pickup_at)))
            set_combo_data(self.status, row.status)
            self.notes.setPlainText(row.notes)
        else:
            self.pickup_address.setText(appointments.last_pickup_address(ctx.profile))
            if appointment is not None:
                set_combo_data(self.appointment, appointment.id)
                self._fill_for(appointment)
            else:
                self.pickup_date.set_date(day or ctx.local(now).date())
        self._update_destination_hint()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 95)

    def on_driver_chosen(self, driver_id: int | None) -> None:
        """A driver chosen for a ride still "needed": offer to mark it asked or confirmed."""
        if driver_id is None or self.status.currentData() != RideStatus.NEEDED:
            return
        name = self.driver.currentText().split(" \u2014 ", 1)[0]
        answer = self.ctx.prompter.choose(
            self, QCoreApplication.translate("Rides", "Driver chosen"),
            QCoreApplication.translate("Rides", "{name} is the driver now. Has {name} been asked, or is the ride confirmed?").format(name=name),
            [(RideStatus.ASKED, QCoreApplication.translate("Rides", "Asked, not confirmed")), (RideStatus.CONFIRMED, QCoreApplication.translate("Rides", "Confirmed"))], QCoreApplication.translate("Rides", "Not asked yet"))
        if answer in (RideStatus.ASKED, RideStatus.CONFIRMED):
            set_combo_data(self.status, answer)

    def _fill_for(self, a: Appointment) -> None:
        pickup = self.ctx.local(default_pickup(a.starts_at))
        self.pickup_date.set_date(self.ctx.local(a.starts_at).date())
        self.pickup_time.setText(format_time(pickup))

    def _update_destination_hint(self) -> None:
        a = self._appointments.get(self.appointment.currentData())
        if a is not None and a.place:
            self.destination.setPlaceholderText(QCoreApplication.translate("Rides", "the appointment's place: {place}").format(place=a.place))
        else:
            self.destination.setPlaceholderText(QCoreApplication.translate("Rides", "where the ride goes"))

    def on_appointment_changed(self, _index: int) -> None:
        a = self._appointments.get(self.appointment.currentData())
        if self.row is None and a is not None:
            self._fill_for(a)
        self._update_destination_hint()

    def save(self) -> None:
        values = dict(
            appointment_id=self.appointment.currentData(), pickup_day=self.pickup_date.value(),
            pickup_time=self.pickup_time.text(), pickup_address=self.pickup_address.text(),
            destination=self.destination.text(), driver_id=self.driver.currentData(),
            return_time=self.return_time.text(), status=self.status.currentData(), notes=self.notes.toPlainText(),
        )
        if self.row is None:
            self.saved_id = appointments.create_ride(self.ctx.profile, **values)
        else:
            appointments.update_ride(self.ctx.profile, self.row.id, **values)


class RidesPanel(QWidget):
    """The rides of one appointment (``standalone=False``) or the rides on their own (``standalone=True``)."""

    #: Emitted with a message when something could not be done (the page shows it).
    problem = Signal(str)

    def __init__(self, ctx: AppContext, undo_bar: UndoBar, standalone: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.undo_bar = undo_bar
        self.standalone = standalone
        self.appointment: Appointment | None = None
        self.day: date | None = None
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)  # it shows the place and purpose as typed
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        words = status_words("ride")
        zone = lambda: ctx.zone  # the zone may change with the settings
        columns = [
            Column(QCoreApplication.translate("Rides", "Pickup"), lambda r: self._when(r, zone())),
            Column(QCoreApplication.translate("Rides", "Status"), lambda r: ride_state("ride", r.status, r.driver),
                   background=lambda r: UNSETTLED_BACKGROUND if r.unsettled else None),
            Column(QCoreApplication.translate("Rides", "Driver"), lambda r: f"{r.driver} ({r.driver_phone})" if r.driver and r.driver_phone
                   else r.driver or QCoreApplication.translate("Rides", "nobody yet")),
            Column(QCoreApplication.translate("Rides", "Way back"), lambda r: format_time(r.return_pickup_at, zone()) if r.return_pickup_at
                   else QCoreApplication.translate("Rides", "none")),
            Column(QCoreApplication.translate("Rides", "To"), lambda r: r.destination, tooltip=lambda r: r.destination),
            Column(QCoreApplication.translate("Rides", "From"), lambda r: r.pickup_address, tooltip=lambda r: r.pickup_address),
            Column(QCoreApplication.translate("Rides", "Notes"), lambda r: " ".join(r.notes.split()), tooltip=lambda r: r.notes),
        ]
        if standalone:
            columns.insert(0, Column(QCoreApplication.translate("Rides", "Day"), lambda r: format_date(
                ctx.local(r.pickup_at).date(), weekday=True) if r.pickup_at else ""))
        self.model = SnapshotTableModel(columns, self)
        self.table = make_table(self.model, QCoreApplication.translate("Rides", "Rides on their own") if standalone else QCoreApplication.translate("Rides", "Rides for this appointment"))
        self.table.doubleClicked.connect(lambda _i: self.on_edit_clicked())
        layout.addWidget(self.table, 1)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        layout.addWidget(self.empty_label)
        self.add_button = named_button(QCoreApplication.translate("Rides", "Add a r&ide"), QCoreApplication.translate("Rides", "Add a ride"))
        self.edit_button = named_button(QCoreApplication.translate("Rides", "&Change ride\u2026"), QCoreApplication.translate("Rides", "Change the selected ride"))
        self.delete_button = named_button(QCoreApplication.translate("Rides", "Rem&ove ride"), QCoreApplication.translate("Rides", "Remove the selected ride"))
        self.status_label = QLabel(QCoreApplication.translate("Rides", "Ride stat&us:"))
        self.status = status_combo(QCoreApplication.translate("Rides", "Status of the selected ride"))
        self.status_label.setBuddy(self.status)
        status_box = QWidget()
        status_layout = QHBoxLayout(status_box)
        status_layout.setContentsMargins(0, 0, 0, 0)
        status_layout.addWidget(self.status_label)
        status_layout.addWidget(self.status)
        layout.addWidget(flow_row(self.add_button, self.edit_button, self.delete_button, right=(status_box,)))
        layout.addStretch(0)  # the room the table leaves when it is hidden: the words and buttons stay at the top
        self.add_button.clicked.connect(self.on_add_clicked)
        self.edit_button.clicked.connect(self.on_edit_clicked)
        self.delete_button.clicked.connect(self.on_delete_clicked)
        self.status.activated.connect(self.on_status_activated)
        self.table.selectionModel().selectionChanged.connect(self.on_selection_changed)
        self._update_buttons()

    @staticmethod
    def _when(r: Ride, zone: object) -> str:
        if r.pickup_at is None:
            return QCoreApplication.translate("Rides", "time not set")
        return format_time(r.pickup_at, zone)  # type: ignore[arg-type]

    # -- what it shows
    def set_appointment(self, appointment: Appointment | None) -> None:
        self.appointment = appointment
        self.refresh()

    def set_day(self, day: date | None) -> None:
        self.day = day
        self.refresh()

    def refresh(self) -> None:
        selected = self.selected_ride()
        if self.standalone:
            rows = appointments.standalone_rides(self.ctx.profile, self.ctx.now(), self.day)
            self.heading.setText(QCoreApplication.translate("Rides", "Rides that are not for an appointment: shopping, the pharmacy, a visit."))
            if self.day is not None:
                empty = QCoreApplication.translate("Rides", "No rides on their own on {day}.").format(day=format_date(self.day, weekday=True))
            else:
                empty = QCoreApplication.translate("Rides", "No rides on their own. Use \u201cAdd a ride\u201d for a trip that is not to an "
                                                            "appointment.")
        elif self.appointment is None:
            rows = []
            self.heading.setText(QCoreApplication.translate("Rides", "Choose an appointment in the agenda to see its rides."))
            empty = ""
        else:
            rows = appointments.rides_for_appointment(self.ctx.profile, self.appointment.id)
            self.heading.setText(QCoreApplication.translate("Rides", "Rides for {appointment}").format(
                appointment=appointment_text(self.appointment, self.ctx)))
            empty = QCoreApplication.translate("Rides", "No ride planned for this appointment. Add one if someone needs to drive.")
        self.model.set_rows(rows, keep_place=True)  # an edit keeps the selection and the scroll position
        self.table.resizeColumnsToContents()
        widest = self.table.fontMetrics().averageCharWidth() * 32
        for column in range(self.model.columnCount() - 1):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), widest))
        self.table.setVisible(bool(rows))
        self.empty_label.setText(empty)
        self.empty_label.setVisible(not rows and bool(empty))
        if selected is not None and self.model.row_of_id(selected.id) >= 0:
            self.select_ride(selected.id)
        elif rows:
            self.table.selectRow(0)
        self._update_buttons()

    def selected_ride(self) -> Ride | None:
        return selected_row(self.table)

    def select_ride(self, ride_id: int) -> None:
        select_row_by_id(self.table, ride_id)

    def _update_buttons(self) -> None:
        ride = self.selected_ride()
        self.add_button.setEnabled(self.standalone or self.appointment is not None)
        for w in (self.edit_button, self.delete_button, self.status, self.status_label):
            w.setEnabled(ride is not None)
        if ride is not None:
            set_combo_data(self.status, ride.status)

    def on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_buttons()

    # -- actions
    def on_add_clicked(self) -> None:
        dialog = RideDialog(self.ctx, appointment=None if self.standalone else self.appointment,
                            day=self.day, parent=self)
        if self.ctx.prompter.run_dialog(dialog) and dialog.saved_id is not None:
            self.refresh()
            self.select_ride(dialog.saved_id)

    def on_edit_clicked(self) -> None:
        ride = self.selected_ride()
        if ride is None:
            return
        dialog = RideDialog(self.ctx, row=ride, parent=self)
        if self.ctx.prompter.run_dialog(dialog):
            self.refresh()
            self.select_ride(ride.id)

    def on_delete_clicked(self) -> None:
        ride = self.selected_ride()
        if ride is None:
            return
        when = format_date(self.ctx.local(ride.pickup_at).date(), weekday=True) if ride.pickup_at else ""
        if not self.ctx.prompter.confirm(self, QCoreApplication.translate("Rides", "Remove ride"),
                               QCoreApplication.translate("Rides", "Remove the ride on {when} to {destination}? You can undo this.").format(
                                   when=when, destination=ride.destination or QCoreApplication.translate("Rides", "the appointment")),
                               QCoreApplication.translate("Rides", "Remove")):
            return
        try:
            trash.delete(self.ctx.profile, RecordKind.RIDE, ride.id)
        except ServiceError as exc:
            self.problem.emit(str(exc))
            return
        profile = self.ctx.profile
        self.undo_bar.offer(QCoreApplication.translate("Rides", "Removed the ride on {when}.").format(when=when),
                            lambda: trash.restore(profile, RecordKind.RIDE, ride.id))

    def on_status_activated(self, _index: int) -> None:
        ride = self.selected_ride()
        status = self.status.currentData()
        if ride is None or status == ride.status:
            return
        try:
            appointments.set_ride_status(self.ctx.profile, ride.id, status)
        except ValidationError as exc:
            set_combo_data(self.status, ride.status)  # the ride keeps its status: show that one
            self.problem.emit(exc.message)
        except ServiceError as exc:
            self.problem.emit(str(exc))
