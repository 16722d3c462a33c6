"""A scroll area that scrolls only up and down and is as wide as what it holds.

A plain QScrollArea claims almost no width and shows a sideways scroll bar when its contents are wider than
the window (large text), so words run off to the right. This one passes its contents' narrowest width up to
the window, never scrolls sideways, and lets wrapped text take the height it needs.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

from careorganiser.ui.qt_values import set_enum


class DownScrollArea(QScrollArea):
    def __init__(self, widget: QWidget | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        set_enum(self, "horizontalScrollBarPolicy", "ScrollBarAlwaysOff")
        # Tab goes to the fields inside (the area scrolls to show them), not to the area itself.
        set_enum(self, "focusPolicy", "NoFocus")
        if widget is not None:
            self.setWidget(widget)

    def minimumSizeHint(self) -> QSize:
        inner = self.widget()
        width = inner.minimumSizeHint().width() if inner is not None else 0
        frame = self.frameWidth() * 2
        return QSize(width + frame + self.verticalScrollBar().sizeHint().width(),
                     super().minimumSizeHint().height())


class _WidthWatcher(QObject):
    def __init__(self, widget: QWidget, chars: int, on_change: Callable[[bool], None],
                 every_time: bool = False) -> None:
        super().__init__(widget)
        self._every_time = every_time
        self._widget = widget
        self._chars = chars
        self._on_change = on_change
        self._wide: bool | None = None
        widget.installEventFilter(self)

    def check(self) -> None:
        wide = self._widget.width() >= self._chars * self._widget.fontMetrics().averageCharWidth()
        if wide != self._wide or self._every_time:
            self._wide = wide
            self._on_change(wide)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange, QEvent.Type.Show):
            self.check()
        return False


def follow_width(widget: QWidget, chars: int, on_change: Callable[[bool], None], every_time: bool = False) -> None:
    """Call ``on_change(wide)`` now and whenever ``widget`` becomes at least (or less than) ``chars`` average
    characters wide: a page lays out side by side when wide, one part above the other with large text.
    With ``every_time`` it is called at every resize and text-size change (to keep sizes up to date)."""
    _WidthWatcher(widget, chars, on_change, every_time).check()


def fit_to_screen(window: QWidget, wanted: QSize) -> None:
    """Size a window to ``wanted`` (and at least its narrowest size), but never beyond the screen it opens on:
    a 1366x768 laptop screen shows every window whole, title bar and buttons included."""
    size = wanted.expandedTo(window.minimumSizeHint())
    screen = window.screen()
    if screen is not None:
        room = screen.availableGeometry().size()
        size = size.boundedTo(QSize(int(room.width() * 0.95), int(room.height() * 0.9)))
    window.resize(size)


def grow_to_fit(window: QWidget) -> None:
    """Make ``window`` taller when what it holds needs more room than it opened with (a wrapped message shown
    after it opened); never shorter."""
    layout = window.layout()
    if layout is not None:
        layout.activate()
    needed = window.heightForWidth(window.width()) if window.hasHeightForWidth() else window.sizeHint().height()
    if needed > window.height():
        window.resize(window.width(), needed)
