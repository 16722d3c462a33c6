"""Read-only pages of each area, built on TablePage."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from careorganiser.domain.formatting import format_date, format_datetime, format_number
from careorganiser.services import appointments, contacts, measurements, medications, questions, symptoms, trials
from careorganiser.ui.context import AppContext
from careorganiser.ui.pages.table_page import TablePage
from careorganiser.ui.table_model import Column


def tr(text: str) -> str:
    return QCoreApplication.translate("Pages", text)


class MedicationsPage(TablePage):
    areas = frozenset({"medications", "contacts", "doses"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        columns = [
            Column(tr("Name"), lambda r: r.name),
            Column(tr("Strength"), lambda r: r.strength),
            Column(tr("Dose"), lambda r: r.dose),
            Column(tr("When"), lambda r: r.schedule_text),
            Column(tr("Purpose"), lambda r: r.purpose),
            Column(tr("Status"), lambda r: tr("taking") if r.active else tr("stopped") + f" {format_date(r.stop_date)}"),
            Column(tr("Stock"), lambda r: f"{format_number(r.stock)} {r.stock_unit}".strip(), align_right=True),
        ]
        super().__init__(ctx, columns, lambda: medications.list_medications(ctx.profile), parent)

    def title(self) -> str:
        return tr("Medications")


class AppointmentsPage(TablePage):
    areas = frozenset({"appointments", "rides", "contacts"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        columns = [
            Column(tr("When"), lambda r: format_datetime(r.starts_at, ctx.zone)),
            Column(tr("With"), lambda r: r.clinician),
            Column(tr("Where"), lambda r: r.place),
            Column(tr("Purpose"), lambda r: r.purpose),
            Column(tr("Ride"), lambda r: r.ride_status or tr("none")),
            Column(tr("Outcome"), lambda r: r.outcome),
        ]
        super().__init__(ctx, columns, lambda: appointments.list_appointments(ctx.profile), parent)

    def title(self) -> str:
        return tr("Appointments & rides")


class JournalPage(TablePage):
    areas = frozenset({"symptoms", "measurements"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        columns = [
            Column(tr("When"), lambda r: format_datetime(r.recorded_at, ctx.zone)),
            Column(tr("Symptoms"), lambda r: ", ".join(f"{n} {s}/4" for n, s in r.symptoms)),
            Column(tr("Notes"), lambda r: r.text),
            Column(tr("Activity"), lambda r: r.activity),
        ]
        super().__init__(ctx, columns, lambda: symptoms.list_notes(ctx.profile, limit=500), parent)

    def title(self) -> str:
        return tr("Symptoms & measurements")


class MeasurementsTable(TablePage):
    areas = frozenset({"measurements"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        columns = [
            Column(tr("When"), lambda r: format_datetime(r.taken_at, ctx.zone)),
            Column(tr("What"), lambda r: r.label),
            Column(tr("Value"), lambda r: f"{format_number(r.value)} {r.unit}", align_right=True),
            Column(tr("Source"), lambda r: r.source),
        ]
        super().__init__(ctx, columns, lambda: measurements.list_measurements(ctx.profile), parent)

    def title(self) -> str:
        return tr("Measurements")


class QuestionsPage(TablePage):
    areas = frozenset({"questions", "appointments", "trials", "medications"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        columns = [
            Column(tr("Question"), lambda r: r.text),
            Column(tr("Priority"), lambda r: r.priority),
            Column(tr("For"), lambda r: format_date(r.appointment_starts_at.astimezone(ctx.zone).date())
                   if r.appointment_starts_at else tr("not planned yet")),
            Column(tr("Status"), lambda r: r.status),
            Column(tr("Answer"), lambda r: r.answer),
        ]
        super().__init__(ctx, columns, lambda: questions.list_questions(ctx.profile), parent)

    def title(self) -> str:
        return tr("Questions")


class TrialsPage(TablePage):
    areas = frozenset({"trials"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        columns = [
            Column(tr("NCT number"), lambda r: r.nct_id),
            Column(tr("Title"), lambda r: r.title),
            Column(tr("Status"), lambda r: r.status.replace("_", " ").lower()),
            Column(tr("Your interest"), lambda r: r.interest.replace("_", " ")),
        ]
        super().__init__(ctx, columns, lambda: trials.list_trials(ctx.profile), parent)

    def title(self) -> str:
        return tr("Trials")


class ContactsPage(TablePage):
    areas = frozenset({"contacts"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        columns = [
            Column(tr("Name"), lambda r: r.name),
            Column(tr("Role"), lambda r: r.role),
            Column(tr("Phone"), lambda r: r.phone),
            Column(tr("Email"), lambda r: r.email),
            Column(tr("Organisation"), lambda r: r.organisation),
        ]
        super().__init__(ctx, columns, lambda: contacts.list_contacts(ctx.profile), parent)

    def title(self) -> str:
        return tr("Contacts")
