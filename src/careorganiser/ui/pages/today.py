"""Today: what is due now, what was missed, the next appointments and rides, open questions, low stock."""

from __future__ import annotations

from datetime import timedelta
from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from careorganiser.domain.formatting import format_datetime, format_number
from careorganiser.services import appointments, medications, questions
from careorganiser.ui.context import AppContext
from careorganiser.ui.pages.base import Page


def tr(text: str) -> str:
    return QCoreApplication.translate("TodayPage", text)


class TodayPage(Page):
    areas = frozenset({"medications", "doses", "appointments", "rides", "questions", "settings"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        outer = QVBoxLayout(self)
        self.heading = QLabel()
        outer.addWidget(self.heading)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        body = QWidget()
        self.body_layout = QVBoxLayout(body)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self.appointments_box, self.appointments_label = self._section(tr("Next appointments"))
        self.questions_box, self.questions_label = self._section(tr("Questions for the next appointment"))
        self.stock_box, self.stock_label = self._section(tr("Running low"))
        self.body_layout.addStretch(1)

    def _section(self, title: str) -> tuple[QGroupBox, QLabel]:
        box = QGroupBox(title)
        box.setAccessibleName(title)
        label = QLabel()
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(box)
        layout.addWidget(label)
        self.body_layout.addWidget(box)
        return box, label

    def title(self) -> str:
        return tr("Today")

    def refresh(self) -> None:
        now = self.ctx.now()
        local = self.ctx.local(now)
        self.heading.setText(f"<h2>{escape(tr('Today'))}, {escape(format_datetime(now, self.ctx.zone))}</h2>")
        coming = [a for a in appointments.list_appointments(self.ctx.profile)
                  if a.starts_at + timedelta(minutes=a.duration_minutes) >= now][:3]
        if coming:
            items = []
            for a in coming:
                ride = a.ride_status or tr("no ride planned")
                flag = " <b>⚠</b>" if a.ride_status in ("needed", "asked", "") else ""
                items.append(f"<li><b>{escape(format_datetime(a.starts_at, self.ctx.zone))}</b> "
                             f"{escape(a.purpose)} — {escape(a.clinician)}, {escape(a.place)}. "
                             f"{escape(tr('Ride'))}: {escape(ride)}{flag}</li>")
            self.appointments_label.setText("<ul>" + "".join(items) + "</ul>")
        else:
            self.appointments_label.setText(escape(tr("No appointments coming. Add one under Appointments & rides.")))
        next_id = coming[0].id if coming else None
        open_qs = [q for q in questions.list_questions(self.ctx.profile)
                   if q.status == "open" and next_id is not None and q.appointment_id == next_id]
        self.questions_label.setText(
            "<ul>" + "".join(f"<li>{escape(q.text)}</li>" for q in open_qs) + "</ul>" if open_qs
            else escape(tr("No open questions for the next appointment."))
        )
        low = [med for med in medications.list_medications(self.ctx.profile, include_stopped=False)
               if med.stock is not None and med.refill_at is not None and med.stock <= med.refill_at]
        self.stock_label.setText(
            "<ul>" + "".join(f"<li>{escape(med.name)}: {escape(format_number(med.stock))} {escape(med.stock_unit)} "
                             f"{escape(tr('left'))}</li>" for med in low) + "</ul>" if low
            else escape(tr("No medication is running low."))
        )
        del local
