"""A row of buttons that wraps onto the next line when the window is too narrow for all of them.

With large text a row of five buttons is wider than a small screen; a plain QHBoxLayout then makes the whole
window wider than the screen (or cuts the buttons). This layout places its items left to right and starts a new
line when the next one does not fit, like words in a paragraph. Items added with ``addWidget(w, right=True)`` are
kept at the right end of the last line when there is room.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QWidget, QWidgetItem


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._right: set[int] = set()
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    # -- building
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def addWidget(self, widget: QWidget, right: bool = False) -> None:  # type: ignore[override]
        self.addChildWidget(widget)
        item = QWidgetItem(widget)
        if right:
            self._right.add(id(item))
        self.addItem(item)
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if 0 <= index < len(self._items):
            item = self._items.pop(index)
            self._right.discard(id(item))
            return item
        return None

    def spacing(self) -> int:
        return self._spacing

    # -- sizes
    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def sizeHint(self) -> QSize:
        """All on one line."""
        visible = [i for i in self._items if not i.isEmpty()]
        width = sum(i.sizeHint().width() for i in visible) + self._spacing * max(0, len(visible) - 1)
        height = max((i.sizeHint().height() for i in visible), default=0)
        m = self.contentsMargins()
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:
        """As narrow as the widest single item."""
        size = QSize()
        for item in self._items:
            if not item.isEmpty():
                size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    def _place(self, rect: QRect, move: bool) -> int:
        m: QMargins = self.contentsMargins()
        area = rect.marginsRemoved(m)
        lines: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        x = 0
        for item in self._items:
            if item.isEmpty():
                continue
            hint = item.sizeHint().boundedTo(QSize(max(area.width(), item.minimumSize().width()), 1 << 20))
            if lines[-1] and x + hint.width() > area.width():
                lines.append([])
                x = 0
            lines[-1].append((item, hint))
            x += hint.width() + self._spacing
        y = area.top()
        for line in lines:
            if not line:
                continue
            line_height = max(h.height() for _i, h in line)
            if move:
                left = [(i, h) for i, h in line if id(i) not in self._right]
                right = [(i, h) for i, h in line if id(i) in self._right]
                x = area.left()
                for item, hint in left:
                    item.setGeometry(QRect(QPoint(x, y + (line_height - hint.height()) // 2), hint))
                    x += hint.width() + self._spacing
                right_width = sum(h.width() for _i, h in right) + self._spacing * max(0, len(right) - 1)
                x = max(x, area.right() + 1 - right_width)
                for item, hint in right:
                    item.setGeometry(QRect(QPoint(x, y + (line_height - hint.height()) // 2), hint))
                    x += hint.width() + self._spacing
            y += line_height + self._spacing
        return y - self._spacing - area.top() + m.top() + m.bottom() if any(lines) else m.top() + m.bottom()


class FlowRow(QWidget):
    """A widget holding ``widgets`` (and ``right`` at the right end) in a wrapping row; a page's row of
    buttons subclasses it to name its buttons."""

    def __init__(self, *widgets: QWidget, right: tuple[QWidget, ...] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = FlowLayout(self)
        for widget in widgets:
            layout.addWidget(widget)
        for widget in right:
            layout.addWidget(widget, right=True)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)


def flow_row(*widgets: QWidget, right: tuple[QWidget, ...] = ()) -> QWidget:
    """A widget holding ``widgets`` (and ``right`` at the right end) in a wrapping row."""
    return FlowRow(*widgets, right=right)
