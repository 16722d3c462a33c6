"""A dose in words, without widgets: its name and amount, its time, a stable key for its row's widgets.
Used by the Today page's words (ui/today/text.py) and the Due now panel (ui/widgets/due_now.py)."""

from __future__ import annotations

from datetime import datetime
from typing import TypeAlias
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication

from careorganiser.services.reminders import DueDose
from careorganiser.services.today import DoseItem
from careorganiser.ui.locale_text import format_date, format_time
from careorganiser.ui.markup import escape

Dose: TypeAlias = DueDose | DoseItem


def dose_words(dose: Dose) -> str:
    """``Pirfenidone, 3 capsules``."""
    return f"{dose.name}, {dose.dose}" if dose.dose else dose.name


def dose_time(dose: Dose, zone: ZoneInfo, now: datetime) -> str:
    """``13:00``, or ``19:00 on Fri 20 Nov 2026`` for a dose of another day."""
    local = dose.scheduled_for.astimezone(zone)
    if local.date() == now.astimezone(zone).date():
        return format_time(dose.scheduled_for, zone)
    return QCoreApplication.translate("DueNow", "{time} on {date}").format(time=format_time(dose.scheduled_for, zone),
                                         date=format_date(local.date(), weekday=True))


def dose_html(dose: Dose) -> str:
    """``Pirfenidone, 3&nbsp;capsules``: a narrow column breaks after the name, never inside the dose."""
    if not dose.dose:
        return escape(dose.name)
    return f"{escape(dose.name)}, {escape(dose.dose).replace(' ', '&nbsp;')}"


def dose_plain(dose: Dose) -> str:
    """``dose_html`` as plain words for a plain label: the same no-break spaces inside the dose."""
    if not dose.dose:
        return dose.name
    return f"{dose.name}, {dose.dose.replace(' ', NO_BREAK_SPACE)}"


NO_BREAK_SPACE = "\u00a0"


def object_key(dose: Dose) -> str:
    """A stable name for a dose's widgets (focus survives a refresh)."""
    return f"{dose.medication_id}-{int(dose.scheduled_for.timestamp())}"


def due_dose_html(dose: Dose, zone: ZoneInfo, now: datetime) -> str:
    """A dose waiting for an answer, and "Snoozed until 13:15" under it while its reminder is snoozed."""
    text = dose_html(dose)
    if isinstance(dose, DueDose) and dose.snoozed_at(now) and dose.snoozed_until is not None:
        text += "<br><i>" + escape(QCoreApplication.translate("DueNow", "Snoozed until {time}").format(
            time=format_time(dose.snoozed_until, zone))) + "</i>"
    return text


def bold_html(words: str) -> str:
    return f"<b>{escape(words)}</b>"


def italic_html(words: str) -> str:
    return f"<i>{escape(words)}</i>"


def heading_html(words: str) -> str:
    return f"<h3>{escape(words)}</h3>"
