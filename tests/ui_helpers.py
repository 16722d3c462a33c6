"""Small helpers the ui tests share."""

from __future__ import annotations

from typing import Any, TypeVar

W = TypeVar("W")


def show(qtbot: Any, widget: W, *size: Any) -> W:
    """Give the widget to qtbot, size it (width, height or a QSize), show it and wait until it is on screen;
    returns it."""
    qtbot.addWidget(widget)
    widget.resize(*size)  # type: ignore[attr-defined]
    widget.show()  # type: ignore[attr-defined]
    qtbot.waitExposed(widget)
    return widget
