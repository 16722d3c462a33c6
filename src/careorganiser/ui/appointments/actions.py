"""Two pieces of the Appointments page's layout: its row of buttons, and the tabs under the agenda (the rides
of the chosen appointment, "after the appointment", the rides on their own)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget, QWidget

from careorganiser.ui.appointments.outcome import OutcomePanel
from careorganiser.ui.appointments.rides import RidesPanel
from careorganiser.ui.context import AppContext
from careorganiser.ui.widgets.entry_form import named_button
from careorganiser.ui.widgets.flow import FlowRow
from careorganiser.ui.widgets.undo_bar import UndoBar


class AppointmentActions(FlowRow):
    """New, edit, delete, the pack of the chosen appointment; a ride on its own at the right end."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.new_button = named_button(QCoreApplication.translate("AppointmentsPage", "&New appointment\u2026"),
            QCoreApplication.translate("AppointmentsPage", "New appointment"))
        self.edit_button = named_button(QCoreApplication.translate("AppointmentsPage", "&Edit appointment\u2026"),
            QCoreApplication.translate("AppointmentsPage", "Edit the selected appointment"))
        self.delete_button = named_button(QCoreApplication.translate("AppointmentsPage", "&Delete appointment"),
            QCoreApplication.translate("AppointmentsPage", "Delete the selected appointment"))
        self.pack_button = named_button(QCoreApplication.translate("AppointmentsPage", "Prepare &pack\u2026"),
            QCoreApplication.translate("AppointmentsPage", "Prepare the appointment pack for the selected appointment"))
        self.pack_button.setToolTip(QCoreApplication.translate("AppointmentsPage", "A PDF to print and take to the appointment"))
        self.pack_button.setProperty("reading", True)  # stays enabled on a read-only profile
        self.new_ride_button = named_button(QCoreApplication.translate("AppointmentsPage", "New ride on its o&wn\u2026"),
            QCoreApplication.translate("AppointmentsPage", "New ride that is not for an appointment"))
        super().__init__(self.new_button, self.edit_button, self.delete_button, self.pack_button,
                         right=(self.new_ride_button,), parent=parent)

    def set_chosen(self, chosen: bool) -> None:
        """Edit, delete and the pack act on the chosen appointment."""
        for button in (self.edit_button, self.delete_button, self.pack_button):
            button.setEnabled(chosen)


class AppointmentTabs(QTabWidget):
    """What belongs to the chosen appointment, and the rides on their own."""

    TAB_RIDES, TAB_OUTCOME, TAB_STANDALONE = range(3)

    def __init__(self, ctx: AppContext, undo_bar: UndoBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(QCoreApplication.translate("AppointmentsPage", "Details"))
        self.rides = RidesPanel(ctx, undo_bar)
        self.outcome = OutcomePanel(ctx)
        self.standalone = RidesPanel(ctx, undo_bar, standalone=True)
        self.addTab(self.rides, QCoreApplication.translate("AppointmentsPage", "&Rides there and back"))
        self.addTab(self.outcome, QCoreApplication.translate("AppointmentsPage", "After the appoint&ment"))
        self.addTab(self.standalone, QCoreApplication.translate("AppointmentsPage", "Rides on &their own"))
