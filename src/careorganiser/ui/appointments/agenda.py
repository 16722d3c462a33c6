"""The agenda of the Appointments page: its columns (words from ``wording``), and the tree under its label
with the line shown instead when it is empty."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QLabel, QVBoxLayout, QWidget

from careorganiser.services.appointments import Appointment
from careorganiser.ui.appointments import wording
from careorganiser.ui.appointments.models import GroupedModel, make_tree
from careorganiser.ui.appointments.rides import UNSETTLED_BACKGROUND
from careorganiser.ui.table_model import Column

PAST_FOREGROUND = QColor("#5f6368")


def agenda_columns(coming: Callable[[Appointment], bool], now: Callable[[], datetime],
                   zone: Callable[[], ZoneInfo]) -> list[Column]:
    """When, what and where, and the ride; ``coming`` tells a coming appointment from a past one."""
    return [
        Column(QCoreApplication.translate("AppointmentsPage", "When"), lambda a: wording.when_text(a, coming(a), now(), zone())),
        Column(QCoreApplication.translate("AppointmentsPage", "What and where"), wording.what_text, tooltip=wording.what_text),
        Column(QCoreApplication.translate("AppointmentsPage", "Ride"), lambda a: wording.ride_text(a, coming(a)),
               background=lambda a: UNSETTLED_BACKGROUND if wording.ride_alert(a, coming(a)) else None,
               tooltip=lambda a: wording.ride_tooltip(a, coming(a))),
    ]


def past_foreground(coming: Callable[[Appointment], bool]) -> Callable[[Appointment], QColor | None]:
    """Past appointments in grey."""
    return lambda a: None if coming(a) else PAST_FOREGROUND


class AgendaPanel(QWidget):
    """The agenda's label, its tree over ``model``, and the line shown when it lists nothing."""

    def __init__(self, model: GroupedModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        left = QVBoxLayout(self)
        left.setContentsMargins(0, 0, 0, 0)
        self.agenda_label = QLabel(QCoreApplication.translate("AppointmentsPage", "&Agenda: coming appointments first, the soonest at the top; then past ones"))
        self.agenda_label.setWordWrap(True)
        left.addWidget(self.agenda_label)
        self.tree = make_tree(model, QCoreApplication.translate("AppointmentsPage", "Agenda"))
        self.tree.setObjectName("agenda")
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.agenda_label.setBuddy(self.tree)
        left.addWidget(self.tree, 1)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setObjectName("agenda-empty")
        left.addWidget(self.empty_label)
        left.addStretch(0)  # the room the tree leaves when it is hidden (nothing listed): the words stay at the top
