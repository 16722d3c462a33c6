"""The mouse wheel scrolls the page past a choice box or a number box; it changes one only when it has focus.

Qt's combo and spin boxes take every wheel turn under the pointer. Scrolling a page over one changed it without
a glance: the ride status box saved "Confirmed" for a ride nobody had agreed to drive, and a symptom's name or
severity changed in a note being written. ``scroll_past(box)`` hands a wheel turn on a box without focus to the
page (the event is left unaccepted, so Qt passes it to the scroll area around it). Clicking or tabbing to the
box gives it focus; then the wheel steps through its choices as before.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

from careorganiser.ui.qt_values import set_enum

W = TypeVar("W", bound=QWidget)


class _WheelToPage(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Wheel and isinstance(watched, QWidget) and not watched.hasFocus():
            event.ignore()  # unaccepted: Qt offers it to the parent widgets, up to the page's scroll area
            return True
        return False


_guard: _WheelToPage | None = None


def scroll_past(box: W) -> W:
    """``box``, whose wheel turns scroll the page unless it has focus (see the module); returns it."""
    global _guard
    if _guard is None:
        _guard = _WheelToPage(QApplication.instance())
    set_enum(box, "focusPolicy", "StrongFocus")  # not WheelFocus: a wheel turn does not take focus either
    # (set by name: the caregiver chooser is made before the first paint, and naming ``Qt`` builds its enums)
    box.installEventFilter(_guard)
    return box
