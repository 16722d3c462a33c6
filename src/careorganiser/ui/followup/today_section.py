"""Today's follow-up section: tests due before each visit, results not recorded after it, and questions
suggested by a change from baseline, for every follow-up plan that is on."""

from __future__ import annotations

from datetime import datetime

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from careorganiser.services import followup_today as svc
from careorganiser.services.base import ServiceError
from careorganiser.ui.context import AppContext
from careorganiser.ui.followup.text import today_item_html
from careorganiser.ui.qt_values import rich_text, set_shown

AREAS = frozenset({"trials", "medications", "measurements", "appointments", "questions"})


def read_items(ctx: AppContext, now: datetime) -> list[svc.TodayFollowup]:
    """The plans that are on, with what each asks today (none when they cannot be read)."""
    try:
        return svc.today_items(ctx.profile, now)
    except ServiceError:
        return []


class FollowupTodaySection(QGroupBox):
    """Hidden while no plan is on; rebuilt only when what it shows changes."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("Followup", "Trial and treatment follow-up"), parent)
        self.ctx = ctx
        self.setObjectName("FollowupSection")
        self.setAccessibleName(self.title())
        self.layout_ = QVBoxLayout(self)
        self.items: list[svc.TodayFollowup] = []
        self._shown: object = object()
        self.buttons: list[QPushButton] = []
        self._fitted = False  # its size policy: Preferred across, at most its height down
        self.hide()

    def refresh_at(self, now: datetime) -> None:
        self.show_items(read_items(self.ctx, now))

    def show_items(self, items: list[svc.TodayFollowup]) -> None:
        """Show ``items`` (:func:`read_items`): built again only when what they show changed."""
        signature = tuple((i.plan_id, i.subject_name, i.next_visit, i.reminders, i.suggestions) for i in items)
        if signature == self._shown:
            return
        self._shown = signature
        self.items = items
        while self.layout_.count():
            item = self.layout_.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # a visible widget without a parent would show as a window of its own
                widget.setParent(None)
                widget.deleteLater()
        self.buttons = []
        if items and not self._fitted:  # set when first shown (QSizePolicy's class is not made before the paint)
            from PySide6.QtWidgets import QSizePolicy

            self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
            self._fitted = True
        for entry in items:
            label = QLabel(today_item_html(entry))
            rich_text(label)
            label.setWordWrap(True)
            label.setObjectName(f"followup-{entry.plan_id}")
            self.layout_.addWidget(label)
            button = QPushButton(QCoreApplication.translate("Followup", "Open the follow-up\u2026"))
            button.setAccessibleName(QCoreApplication.translate("Followup", "Open the follow-up of {subject}").format(subject=entry.subject_name))
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, plan_id=entry.plan_id: self.on_open_clicked(plan_id))
            self.buttons.append(button)
            self.layout_.addWidget(button, 0, QtCore.Qt.AlignmentFlag.AlignLeft)
        set_shown(self, bool(items))

    def on_open_clicked(self, plan_id: int) -> None:
        from careorganiser.services.followup import get_plan
        from careorganiser.ui.followup.page import open_followup

        try:
            plan = get_plan(self.ctx.profile, plan_id)
        except ServiceError:
            return
        open_followup(self, self.ctx, trial_id=plan.trial_id, medication_id=plan.medication_id)
