"""The person cared for."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from careorganiser.domain.formatting import age_on, format_date
from careorganiser.services import person
from careorganiser.ui.context import AppContext
from careorganiser.ui.pages.base import Page


def tr(text: str) -> str:
    return QCoreApplication.translate("PersonPage", text)


class PersonPage(Page):
    areas = frozenset({"person"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        self.details = QLabel()
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAccessibleName(tr("Person details"))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.details)
        layout.addWidget(scroll)

    def title(self) -> str:
        return tr("Person")

    def refresh(self) -> None:
        p = person.get_person(self.ctx.profile)
        today = self.ctx.local(self.ctx.now()).date()
        age = age_on(p.date_of_birth, today)
        rows = [
            (tr("Date of birth"), f"{format_date(p.date_of_birth)} ({age})" if p.date_of_birth else tr("not recorded")),
            (tr("Sex"), p.sex),
            (tr("Conditions"), ", ".join(p.conditions) or tr("none recorded")),
            (tr("Allergies"), ", ".join(p.allergies) or tr("none recorded")),
        ] + [(system or tr("Identifier"), value) for system, value in p.identifiers]
        if p.notes:
            rows.append((tr("Notes"), p.notes))
        table = "".join(f"<tr><th align='left' style='padding-right:12px'>{escape(k)}</th><td>{escape(v)}</td></tr>"
                        for k, v in rows)
        self.details.setText(f"<h2>{escape(p.name)}</h2><table cellspacing='6'>{table}</table>")
