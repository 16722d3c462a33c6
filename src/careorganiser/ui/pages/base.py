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
    #: The tables whose rows the page lists; a change naming their ids lets it read only those rows again.
    tables: ClassVar[tuple[str, ...]] = ()
    #: The page scrolls its own body (its heading and foot stay in place): the window does not put it in a
    #: scroll area of its own as well (nested, every wrapped label is measured by both).
    scrolls_itself: ClassVar[bool] = False

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._stale = True
        # table -> the ids changed since the page last read them; None: read them all (nothing read yet).
        self._changed_ids: dict[str, frozenset[int] | None] = dict.fromkeys(self.tables)
        self._settings_changed = False  # the time zone, say: every date shown may read differently
        ctx.changed.connect(self.on_ctx_changed)

    def title(self) -> str:
        raise NotImplementedError

    def about_to_show(self, width: int) -> None:
        """The window is about to show (hidden until now) with this page current, ``width`` wide."""

    def refresh(self) -> None:
        """Load what the page shows from the services."""
        raise NotImplementedError

    def ensure_fresh(self) -> None:
        if self._stale:
            self._stale = False
            self.refresh()

    def take_changed_ids(self, table: str) -> frozenset[int] | None:
        """The ids of ``table`` changed since the last call (empty: none), or None when the rows are to be
        read all again: nothing read yet, a change that did not say which, or a refresh no change asked for."""
        return self._changed_ids.pop(table, None)

    def take_row_changes(self, table: str, named_with: tuple[str, ...] = ()) -> frozenset[int] | None:
        """The ids of ``table`` changed since its rows were read, when nothing else the page shows changed:
        the page's other ``tables`` unchanged (those in ``named_with`` may change as long as they say which:
        their changes name the ``table`` rows that show them) and the settings untouched. None: read all."""
        changed = {name: self.take_changed_ids(name) for name in self.tables}
        settings, self._settings_changed = self._settings_changed, False
        if settings or any(ids is None or (ids and name not in named_with)
                           for name, ids in changed.items() if name != table):
            return None
        return changed.get(table)

    def read_all_next(self) -> None:
        """The next refresh reads every row again (the page now shows another list, e.g. another day)."""
        self._changed_ids.clear()

    def _note_changed_ids(self, change: Change) -> None:
        for table in self.tables:
            ids = change.ids(table)
            if table not in self._changed_ids:
                self._changed_ids[table] = ids
            else:
                before = self._changed_ids[table]
                self._changed_ids[table] = None if before is None or ids is None else before | ids

    def on_ctx_changed(self, change: Change) -> None:
        if not change.touches(*self.areas):
            return
        self._note_changed_ids(change)
        self._settings_changed |= change.touches("settings")
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
