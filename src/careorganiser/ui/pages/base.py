"""The base of every area's page: refresh when a change touches what it shows, lazily when hidden."""

from __future__ import annotations

from typing import Any

from typing import ClassVar

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from careorganiser.services.base import Change
from careorganiser.ui.context import AppContext


class Page(QWidget):
    #: The areas (services.base.AREAS) whose changes make this page refresh.
    areas: ClassVar[frozenset[str]] = frozenset()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._stale = True
        ctx.changed.connect(self.on_ctx_changed)

    def title(self) -> str:
        raise NotImplementedError

    def refresh(self) -> None:
        """Load what the page shows from the services."""
        raise NotImplementedError

    def ensure_fresh(self) -> None:
        if self._stale:
            self._stale = False
            self.refresh()

    def on_ctx_changed(self, change: Change) -> None:
        if not change.touches(*self.areas):
            return
        if self.isVisible():
            self._stale = False
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        self.ensure_fresh()
        super().showEvent(event)

    def unsaved_drafts(self) -> dict[str, tuple[str, dict[str, Any]]]:
        """The page's forms holding typed text not saved yet: form -> (what it is, in words; its draft)."""
        return {}

    def restore_drafts(self, drafts: dict[str, tuple[str, dict[str, Any]]]) -> None:
        """Put drafts from ``unsaved_drafts`` back in the forms (the window was opened again after a lock)."""

    def on_new(self) -> None:
        """Ctrl+N on this page: start a new record of the page's main kind (if it has one)."""

    def history_target(self) -> tuple[str, int] | None:
        """The record whose History (Ctrl+Shift+H) to show: (table, id), or None when none is selected."""
        return None

    def on_search_result(self, kind: str, record_id: int) -> None:
        """Show a record found by the search box."""
