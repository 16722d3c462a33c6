"""What the Medications page says about a medication, in words and rich text: the lists' cells and the
details beside them (with the days of supply). Plain functions over the medication snapshot, so they are
tested without a widget; the page only puts their text in its labels and tables.
"""

from __future__ import annotations

from datetime import date
from html import escape
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication

from careorganiser.services import medications as meds
from careorganiser.services.medications import Medication
from careorganiser.ui.locale_text import format_date, format_number


def heading_html(title: str) -> str:
    """A page's or a section's heading as rich text."""
    return f"<h2>{escape(title)}</h2>"


def name_and_strength(row: Medication) -> str:
    return f"{row.name} {row.strength}".strip()


def stock_text(row: Medication) -> str:
    """The stock cell of the list: ``60 tablets``; empty when no stock is recorded."""
    if row.stock is None:
        return ""
    return f"{format_number(row.stock)} {row.stock_unit}".strip()


def when_text(row: Medication) -> str:
    return row.schedule_text or QCoreApplication.translate("MedicationsPage", "no schedule")


def stopped_on_text(row: Medication) -> str:
    return format_date(row.stop_date)


def stock_tooltip(row: Medication) -> str:
    return QCoreApplication.translate("MedicationsPage", "Running low") if row.low_on_stock else ""


def stock_line(row: Medication, zone: ZoneInfo, today: date) -> str | None:
    """The stock with the days it lasts and a warning when running low (rich text), or None when no
    stock is recorded."""
    if row.stock is None:
        return None
    unit = escape(row.stock_unit or QCoreApplication.translate("MedicationsPage", "units"))
    text = f"{escape(format_number(row.stock))} {unit}"
    days = meds.supply_days(row, zone, today)
    if days is not None:
        text += ", " + escape(QCoreApplication.translate("MedicationsPage", "about {days} days' supply").format(days=days))
    if row.low_on_stock and row.active_on(today):
        text += " \u2014 <b>" + escape(QCoreApplication.translate("MedicationsPage", "running low: refill when down to {n}").format(
            n=format_number(row.refill_at))) + "</b>"
    return text


def detail_lines(row: Medication, zone: ZoneInfo, today: date) -> list[tuple[str, str]]:
    """The details as (label, rich text) pairs, in the order shown."""
    from careorganiser.domain.schedules import describe

    lines: list[tuple[str, str]] = []
    if row.purpose:
        lines.append((QCoreApplication.translate("MedicationsPage", "For"), escape(row.purpose)))
    if row.instructions:
        lines.append((QCoreApplication.translate("MedicationsPage", "How"), escape(row.instructions)))
    if row.schedules:
        lines.append((QCoreApplication.translate("MedicationsPage", "When"), "<br>".join(escape(describe(s)) for s in row.schedules)))
    else:
        lines.append((QCoreApplication.translate("MedicationsPage", "When"), escape(QCoreApplication.translate("MedicationsPage", "No schedule: choose Edit to say when it is taken."))))
    if row.prescriber:
        lines.append((QCoreApplication.translate("MedicationsPage", "Prescribed by"), escape(row.prescriber)))
    if row.start_date:
        lines.append((QCoreApplication.translate("MedicationsPage", "Started"), escape(format_date(row.start_date))))
    if row.stop_date:
        label = QCoreApplication.translate("MedicationsPage", "Stopped") if not row.active_on(today) else QCoreApplication.translate("MedicationsPage", "Stops")
        text = escape(format_date(row.stop_date))
        if row.stop_reason:
            text += f" \u2014 {escape(row.stop_reason)}"
        lines.append((label, f"<b>{text}</b>"))
    stock = stock_line(row, zone, today)
    if stock is not None:
        lines.append((QCoreApplication.translate("MedicationsPage", "Stock"), stock))
    return lines


def details_html(row: Medication, zone: ZoneInfo, today: date) -> str:
    """The chosen medication's details: name, strength and form, then a table of what, when, who and stock."""
    facts = " \u00b7 ".join(escape(p) for p in (row.strength, row.form, row.dose, row.route) if p)
    table = "".join(f"<tr><th align='left' valign='top' style='padding-right:12px'>{escape(k)}</th>"
                    f"<td>{v}</td></tr>" for k, v in detail_lines(row, zone, today))
    subtitle = f"<p>{facts}</p>" if facts else ""
    return f"<h3>{escape(row.name)}</h3>{subtitle}<table cellspacing='4'>{table}</table>"


def restart_question(row: Medication) -> str:
    return QCoreApplication.translate("MedicationsPage", "Take {name} again? It moves back to \u201cTaking now\u201d from now. The stop "
                                                         "({date}) stays in its history, and the appointment pack lists it; its dose history is kept.").format(
        name=row.name, date=format_date(row.stop_date))


def delete_question(row: Medication) -> str:
    return QCoreApplication.translate("MedicationsPage", "Delete {name}? Only do this for a medication added by mistake: to keep its history, "
                                                         "use \u201cStop taking\u201d instead.").format(name=row.name)
