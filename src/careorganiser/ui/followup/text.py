"""The follow-up's words on the Today page, built without widgets (and without the ORM: Today paints first)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from careorganiser.services.followup_today import TodayFollowup
from careorganiser.ui.markup import escape


def today_item_html(entry: TodayFollowup) -> str:
    """A plan on Today: its subject in bold, its next visit, its reminders and the questions it suggests."""
    lines = [f"<b>{escape(entry.subject_name)}</b>"]
    if entry.next_visit is not None:
        v = entry.next_visit
        day = QLocale().toString(QDate(v.on.year, v.on.month, v.on.day), "ddd d MMM yyyy")
        lines.append(escape(QCoreApplication.translate("Followup", "Next: {visit} on {day}.").format(visit=v.label, day=day)))
    lines.extend("\u2022 " + escape(r.text) for r in entry.reminders)
    lines.extend("\u2022 " + escape(QCoreApplication.translate("Followup", "Question to ask: {q}").format(q=q))
                 for q in entry.suggestions)
    return "<br>".join(lines)
