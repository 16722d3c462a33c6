"""Every control of every area can be found by a screen reader and reached with the keyboard."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from careorganiser.ui.context import AppContext
from careorganiser.ui.main_window import MainWindow, areas

NOW = datetime(2026, 11, 21, 12, 45, tzinfo=UTC)
INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QTextEdit, QPlainTextEdit, QAbstractItemView)


def _label_buddies(root: QWidget) -> set[int]:
    return {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy() is not None}


def _unnamed(root: QWidget) -> list[str]:
    buddies = _label_buddies(root)
    problems = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        # Qt's own parts of a composite widget (a combo's line edit, a spin box's editor, a calendar's table)
        if isinstance(widget.parent(), (QComboBox, QAbstractSpinBox)) or "qt_" in widget.objectName():
            continue
        if isinstance(widget, QAbstractButton):
            if not (widget.text().replace("&", "").strip() or widget.accessibleName() or widget.toolTip()):
                problems.append(f"button without text or name: {widget!r}")
        elif isinstance(widget, INPUTS):
            if not widget.accessibleName() and id(widget) not in buddies:
                problems.append(f"{type(widget).__name__} without an accessible name: {widget.objectName()!r} "
                                f"in {type(widget.parent()).__name__}")
    return problems


@pytest.mark.parametrize("key", [a.key for a in areas()])
def test_every_control_has_a_name(qtbot, demo_profile, key: str) -> None:
    ctx = AppContext(demo_profile, clock=lambda: NOW)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    page = window.show_area(key)
    qtbot.wait(10)
    focusable = [w for w in page.findChildren(QWidget)
                 if w.isVisibleTo(page) and w.focusPolicy() != Qt.FocusPolicy.NoFocus]
    assert len(focusable) >= 3, "the page has controls to check"
    assert _unnamed(page) == []


def test_the_window_itself_has_named_controls(qtbot, demo_profile) -> None:
    ctx = AppContext(demo_profile, clock=lambda: NOW)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    assert window.nav.accessibleName()
    assert window.search_bar.field.accessibleName()
    for action in window.go_menu.actions():
        assert action.shortcut().toString().startswith("Ctrl+")
