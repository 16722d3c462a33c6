"""The chosen medication's details beside the lists (rich text from ``wording``) and what can be done to it;
a line saying what to do when nothing is chosen."""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from careorganiser.services.medications import Medication
from careorganiser.ui.medications import wording
from careorganiser.ui.widgets.entry_form import named_button
from careorganiser.ui.widgets.flow import flow_row


class MedicationDetails(QWidget):
    """Details and the action buttons of one medication (the page connects the buttons)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.placeholder = QLabel(QCoreApplication.translate("MedicationsPage", "Choose a medication on the left to see its details and dose history."))
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.placeholder)
        self.details = QLabel()
        self.details.setObjectName("MedicationDetails")
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAccessibleName(QCoreApplication.translate("MedicationsPage", "Medication details"))
        layout.addWidget(self.details)

        self.edit_button = named_button(QCoreApplication.translate("MedicationsPage", "&Edit\u2026"), QCoreApplication.translate("MedicationsPage", "Edit the medication"))
        self.refill_button = named_button(QCoreApplication.translate("MedicationsPage", "Record &refill\u2026"), QCoreApplication.translate("MedicationsPage", "Record a refill"))
        self.stop_button = named_button(QCoreApplication.translate("MedicationsPage", "&Stop taking\u2026"), QCoreApplication.translate("MedicationsPage", "Stop taking this medication"))
        self.restart_button = named_button(QCoreApplication.translate("MedicationsPage", "Take &again\u2026"), QCoreApplication.translate("MedicationsPage", "Take this medication again"))
        self.delete_button = named_button(QCoreApplication.translate("MedicationsPage", "&Delete"), QCoreApplication.translate("MedicationsPage", "Delete the medication"))
        self.delete_button.setToolTip(QCoreApplication.translate("MedicationsPage", "For a medication added by mistake. Use Stop taking to keep its history."))
        self.followup_button = named_button(QCoreApplication.translate("MedicationsPage", "Follow-&up\u2026"), QCoreApplication.translate("MedicationsPage", "Follow-up plan for this medication"))
        self.followup_button.setToolTip(QCoreApplication.translate("MedicationsPage", "Visits, tests due, change from baseline and side effects"))
        self.action_row = flow_row(self.edit_button, self.refill_button, self.stop_button, self.restart_button,
                                   self.followup_button, right=(self.delete_button,))
        layout.addWidget(self.action_row)

    def show_medication(self, row: Medication | None, zone: ZoneInfo, today: date) -> None:
        """Show ``row`` (None: the line saying what to do); a stopped one offers Take again, not Stop."""
        chosen = row is not None
        self.placeholder.setVisible(not chosen)
        self.details.setVisible(chosen)
        self.action_row.setVisible(chosen)
        if row is None:
            self.details.clear()
            return
        self.details.setText(wording.details_html(row, zone, today))
        self.stop_button.setVisible(not row.stopped)
        self.restart_button.setVisible(row.stopped)
        self.delete_button.setVisible(not row.stopped)
        self.refill_button.setVisible(not row.stopped)
