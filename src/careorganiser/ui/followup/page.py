"""The follow-up of an enrolled trial or of a medication started in clinic: set up the visit plan, see the
visits and tests, the change from baseline (chart and table), suggested questions, the events log and the
trial contact card. Opened from the trial detail of an enrolled trial and from a medication.

The panel is the frame: the set-up form or the plan's tabs (``parts.py``), and one message line. What it
shows is read by the controller; a change that names only events of the log reads those rows again and puts
them in place, any other change reads the plan again (the lists keep their selection and place)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from careorganiser.services import followup as svc
from careorganiser.services.base import Change, ServiceError
from careorganiser.ui.context import AppContext
from careorganiser.ui.followup.controller import FollowupController, events_only
from careorganiser.ui.followup.parts import (
    ChangesTab,
    ContactCard,
    EventsTab,
    SetupForm,
    VisitsTab,
)

AREAS = frozenset({"trials", "medications", "appointments", "rides", "measurements", "questions", "symptoms"})


class FollowupPanel(QWidget):
    """Set up or follow one plan. ``trial_id`` or ``medication_id`` names what it follows."""

    def __init__(self, ctx: AppContext, *, trial_id: int | None = None, medication_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.trial_id = trial_id
        self.medication_id = medication_id
        self.controller = FollowupController(ctx, trial_id=trial_id, medication_id=medication_id)
        self.setAccessibleName(QCoreApplication.translate("Followup", "Follow-up plan"))
        layout = QVBoxLayout(self)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack)
        self.message = QLabel()
        self.message.setObjectName("followup-message")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        say = self.message.setText
        self.setup = SetupForm(ctx, self.controller, say)
        self.setup.created.connect(self.refresh)
        self.stack.addWidget(self.setup)
        self.visits = VisitsTab(ctx, self.controller, say)
        self.changes = ChangesTab(ctx, self.controller, say)
        self.events = EventsTab(ctx, self.controller, say)
        self.card = ContactCard(ctx, self.controller, say)
        self.stack.addWidget(self._build_plan())
        for button in self.findChildren(QPushButton) + self.findChildren(QCheckBox):
            if not button.accessibleName():
                button.setAccessibleName(button.text().replace("&", ""))
        ctx.changed.connect(self.on_ctx_changed)
        self.refresh()

    @property
    def plan(self) -> svc.Plan | None:
        return self.controller.plan

    @property
    def overview(self) -> svc.FollowupOverview | None:
        return self.controller.overview

    def _build_plan(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.header_label = QLabel()
        self.header_label.setObjectName("followup-header")
        self.header_label.setWordWrap(True)
        self.header_label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.header_label)
        self.reminders_label = QLabel()
        self.reminders_label.setObjectName("followup-reminders")
        self.reminders_label.setWordWrap(True)
        self.reminders_label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.reminders_label)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.visits, QCoreApplication.translate("Followup", "&Visits and tests"))
        self.tabs.addTab(self.changes, QCoreApplication.translate("Followup", "&Change from baseline"))
        self.tabs.addTab(self.events, QCoreApplication.translate("Followup", "&Side effects and events"))
        self.tabs.addTab(self.card, QCoreApplication.translate("Followup", "Trial contact ca&rd"))
        layout.addWidget(self.tabs, 1)
        return page

    # -- loading
    def on_ctx_changed(self, change: Change) -> None:
        if not change.touches(*AREAS):
            return
        ids = events_only(change)
        if ids is not None and self.controller.plan is not None:
            self.events.update_events(ids, self.controller.events(ids))
        else:
            self.refresh()

    def refresh(self) -> None:
        try:
            plan = self.controller.load()
        except ServiceError as exc:
            self.message.setText(str(exc))
            return
        if plan is None:
            self.setup.prefill()
            self.stack.setCurrentIndex(0)
            return
        o = self.controller.overview
        assert o is not None
        self.stack.setCurrentIndex(1)
        self.header_label.setText(self.controller.header_text())
        self.reminders_label.setText(self.controller.reminders_text())
        self.reminders_label.setVisible(bool(o.reminders))
        self.visits.show_plan(plan)
        self.changes.show_overview(o)
        self.events.show_events(plan)
        self.card.show_plan(plan)


class FollowupDialog(QDialog):
    def __init__(self, ctx: AppContext, *, trial_id: int | None = None, medication_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Followup", "Follow-up plan"))
        layout = QVBoxLayout(self)
        self.panel = FollowupPanel(ctx, trial_id=trial_id, medication_id=medication_id)
        layout.addWidget(self.panel, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(900, 720)


def open_followup(parent: QWidget | None, ctx: AppContext, *, trial_id: int | None = None,
                  medication_id: int | None = None) -> FollowupDialog:
    dialog = FollowupDialog(ctx, trial_id=trial_id, medication_id=medication_id, parent=parent)
    ctx.prompter.run_dialog(dialog)
    dialog.deleteLater()  # closed: it no longer follows the profile's changes
    return dialog
