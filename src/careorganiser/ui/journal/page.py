"""Symptoms & measurements: the symptom journal and the measurements with their trend charts, as two tabs."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from careorganiser.services.base import Change
from careorganiser.services.trash import RecordKind
from careorganiser.ui.context import AppContext
from careorganiser.ui.pages.base import Page
from careorganiser.ui.journal.notes import NotesPanel
from careorganiser.ui.journal.measurements import MeasurementsPanel
from careorganiser.ui.journal.trends import SymptomTrendsPanel
from careorganiser.ui.widgets.undo_bar import UndoBar


class JournalPage(Page):
    areas = frozenset({"symptoms", "measurements"})
    tables = ("symptom_notes", "measurements")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._pending: set[str] = set(self.areas)
        layout = QVBoxLayout(self)
        heading = QLabel(f"<h2>{self.title()}</h2>")
        layout.addWidget(heading)
        self.undo_bar = UndoBar(self)
        layout.addWidget(self.undo_bar)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(QCoreApplication.translate("JournalPage", "Symptoms or measurements"))
        self.notes = NotesPanel(ctx, self.undo_bar)
        self.measures = MeasurementsPanel(ctx, self.undo_bar)
        self.tabs.addTab(self.notes, QCoreApplication.translate("JournalPage", "Symptom &journal"))
        self.tabs.addTab(self.measures, QCoreApplication.translate("JournalPage", "&Measurements and tests"))
        self.trends = SymptomTrendsPanel(ctx)
        self.tabs.addTab(self.trends, QCoreApplication.translate("JournalPage", "Symptom &trends"))
        self.tabs.setTabToolTip(0, QCoreApplication.translate("JournalPage", "Alt+J"))
        self.tabs.setTabToolTip(1, QCoreApplication.translate("JournalPage", "Alt+M"))
        self.tabs.setTabToolTip(2, QCoreApplication.translate("JournalPage", "Alt+T"))
        layout.addWidget(self.tabs, 1)
        self._stale_tabs: set[QWidget] = set()
        self.tabs.currentChanged.connect(self.on_tab_changed)

    def title(self) -> str:
        return QCoreApplication.translate("JournalPage", "Symptoms & measurements")

    def on_ctx_changed(self, change: Change) -> None:
        self._pending |= set(change.areas) & self.areas
        super().on_ctx_changed(change)

    def refresh(self) -> None:
        """Refresh the tab in view now; the other one when it is next shown."""
        pending, self._pending = self._pending or set(self.areas), set()
        self._stale_tabs |= {self.notes, self.trends} if "symptoms" in pending else set()
        self._stale_tabs |= {self.measures} if "measurements" in pending else set()
        self.on_tab_changed()

    def on_tab_changed(self, *_args: object) -> None:
        panel = self.tabs.currentWidget()
        if panel in self._stale_tabs:
            self._stale_tabs.discard(panel)
            if panel is self.notes:
                self.notes.refresh(self.take_changed_ids("symptom_notes"))
            elif panel is self.measures:
                self.measures.refresh(self.take_changed_ids("measurements"))
            else:
                panel.refresh()

    def on_new(self) -> None:
        self.ensure_fresh()
        if self.tabs.currentWidget() is self.measures:
            self.measures.focus_entry()
        else:
            self.notes.focus_entry()

    def _drafted_panels(self) -> tuple[tuple[str, Any, str], ...]:
        return (("note", self.notes, QCoreApplication.translate("JournalPage", "a symptom note")),
                ("measurement", self.measures, QCoreApplication.translate("JournalPage", "a measurement")))

    def unsaved_drafts(self) -> dict[str, tuple[str, dict[str, Any]]]:
        found = {}
        for key, panel, words in self._drafted_panels():
            draft = panel.unsaved_draft()
            if draft is not None:
                found[key] = (words, draft)
        return found

    def restore_drafts(self, drafts: dict[str, tuple[str, dict[str, Any]]]) -> None:
        for key, panel, _words in self._drafted_panels():
            if key in drafts:
                self.ensure_fresh()
                panel.restore_draft(drafts[key][1])
                self.tabs.setCurrentWidget(panel)

    def on_search_result(self, kind: str, record_id: int) -> None:
        self.ensure_fresh()
        if kind == RecordKind.SYMPTOM_NOTE:
            self.tabs.setCurrentWidget(self.notes)
            self.notes.edit_note_by_id(record_id)
        elif kind == RecordKind.MEASUREMENT:
            self.tabs.setCurrentWidget(self.measures)
            self.measures.show_measurement(record_id)
