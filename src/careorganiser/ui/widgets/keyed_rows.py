"""Rows of widgets in a grid, each built from one record and kept while that record shows the same.

``KeyedRows.show`` takes the rows to show, each a key (the record's), a signature (what the row shows: a
snapshot) and a function that builds its widgets. When the keys are those already shown, in the same order,
only the rows whose signature changed are built again, in their place: the other rows keep their widgets,
so keyboard focus, the pointer and the scroll position stay where they were. Otherwise every row is built
again. Focus on a row built again goes to its button of the same name, else to its first button.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import Any

from msgspec import Struct, field
from PySide6 import QtCore
from PySide6.QtWidgets import QAbstractButton, QGridLayout, QWidget


class _Row(Struct):
    key: Hashable
    signature: Any
    widgets: list[QWidget] = field(default_factory=list)
    buttons: list[str] = field(default_factory=list)


def discard(widget: QWidget) -> None:
    widget.hide()  # hidden for good: an orphan only hidden by setParent(None) could be shown again
    widget.setParent(None)
    widget.deleteLater()


class KeyedRows:
    """The rows of ``grid``; each takes ``lines`` grid rows (an appointment and its ride: 2)."""

    def __init__(self, grid: QGridLayout, lines: int = 1) -> None:
        self.grid = grid
        self.lines = lines
        self.buttons: dict[str, QAbstractButton] = {}
        self._rows: list[_Row] = []
        self._building: tuple[int, _Row] | None = None

    def keys(self) -> list[Hashable]:
        return [row.key for row in self._rows]

    def widgets_of(self, key: Hashable) -> list[QWidget]:
        """The widgets of the row of ``key`` (empty when it is not shown)."""
        return next((list(row.widgets) for row in self._rows if row.key == key), [])

    # -- while a row is built
    def add(self, widget: QWidget, column: int, line: int = 0) -> QWidget:
        """Put ``widget`` in the row being built, at ``column`` of its grid row ``line``."""
        assert self._building is not None, "add() is for the build functions given to show()"
        index, row = self._building
        self.grid.addWidget(widget, index * self.lines + line, column)
        row.widgets.append(widget)
        return widget

    def add_button(self, button: QAbstractButton) -> QAbstractButton:
        """Name ``button`` (already placed, maybe inside another widget) as one of the row's buttons."""
        assert self._building is not None
        self.buttons[button.objectName()] = button
        self._building[1].buttons.append(button.objectName())
        return button

    # -- showing
    def show(self, items: Sequence[tuple[Hashable, Any, Callable[[], None]]]) -> bool:
        """Show ``items`` (key, signature, build); False when nothing shown changed."""
        keys = [key for key, _signature, _build in items]
        if keys == self.keys():
            changed = [i for i, (_key, signature, _build) in enumerate(items) if self._rows[i].signature != signature]
            if not changed:
                return False
        else:
            changed = None
        window = self.grid.parentWidget().window() if self.grid.parentWidget() is not None else None
        focus = window.focusWidget() if window is not None else None
        focused_at = next((i for i, row in enumerate(self._rows)
                           if focus is not None and any(w is focus or w.isAncestorOf(focus) for w in row.widgets)), None)
        focused_name = focus.objectName() if focus is not None else ""
        if focused_at is not None and (changed is None or focused_at in changed):
            # Park the focus on the grid's widget first: a focused widget being hidden hands the focus to the
            # next one in the chain, and a scroll area scrolls to show it (the page would jump).
            self.grid.parentWidget().setFocus(QtCore.Qt.FocusReason.OtherFocusReason)
        if changed is None:
            for row in self._rows:
                self._drop(row)
            self._rows = []
            for index, (key, signature, build) in enumerate(items):
                self._rows.append(self._build(index, key, signature, build))
            rebuilt_focus = focused_at is not None
            focused_row = None
        else:
            for index in changed:
                self._drop(self._rows[index])
                key, signature, build = items[index]
                self._rows[index] = self._build(index, key, signature, build)
            rebuilt_focus = focused_at in changed
            focused_row = self._rows[focused_at] if rebuilt_focus and focused_at is not None else None
        if rebuilt_focus:
            row_buttons = [self.buttons[n] for n in focused_row.buttons] if focused_row is not None else []
            target = self.buttons.get(focused_name) or next(iter(row_buttons), None) \
                or next(iter(self.buttons.values()), None)
            if target is not None:
                target.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)
        return True

    def clear(self) -> None:
        for row in self._rows:
            self._drop(row)
        self._rows = []

    def _build(self, index: int, key: Hashable, signature: Any, build: Callable[[], None]) -> _Row:
        row = _Row(key, signature)
        self._building = (index, row)
        try:
            build()
        finally:
            self._building = None
        return row

    def _drop(self, row: _Row) -> None:
        for name in row.buttons:
            self.buttons.pop(name, None)
        for widget in row.widgets:
            discard(widget)
