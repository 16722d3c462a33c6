"""Qt's enum values the first window needs, set without building ``Qt``, PySide's namespace of enums.

PySide builds a Qt class's Python enums the first time the class is used. ``Qt`` (alignments, text formats,
focus policies, keys...) holds some 95 enums with about 3,000 members: building them costs about 8% of the
whole start-up's work, more than all the first window's other Qt classes together. So the modules of the
first window do not import ``Qt`` at the top (``from PySide6 import QtCore``, then ``QtCore.Qt`` in code that
runs later), and what the first window sets is set here: an enum property by its value's name, through Qt's
property system, a widget placed at the top or right of a grid cell by a box around it, and a menu entry's
shortcut. ``Qt`` is built when something first needs it, after the window has painted.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

#: ``Qt.ItemDataRole.UserRole``: the first role an application may use for its own data in an item.
USER_ROLE = 0x0100


def set_enum(obj: QObject, prop: str, key: str) -> None:
    """Set the enum (or flags) property ``prop`` of ``obj`` to the value named ``key`` ("RichText",
    "ScrollBarAlwaysOff", "StrongFocus"...), as its setter would; an unknown property or name raises."""
    if not obj.setProperty(prop, key):
        raise ValueError(f"{type(obj).__name__} has no property {prop!r} with a value {key!r}")


def rich_text(obj: QObject) -> None:
    """The label's text is HTML (``setTextFormat(Qt.TextFormat.RichText)``)."""
    set_enum(obj, "textFormat", "RichText")


def placed(widget: QWidget, top: bool = False, right: bool = False) -> QWidget:
    """``widget`` in a box that fills its grid cell and holds it at the top (its width the cell's) and/or at
    the right (its own width), as ``addWidget(widget, row, column, AlignTop | AlignRight)`` would."""
    box = QWidget()
    box.setObjectName(f"cell-{widget.objectName()}" if widget.objectName() else "cell")
    if right:
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        row.addWidget(widget)
        inner: QWidget | QHBoxLayout = row
    else:
        inner = widget
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(0)
    if isinstance(inner, QHBoxLayout):
        column.addLayout(inner)
    else:
        column.addWidget(inner)
    if top:
        column.addStretch(1)
    else:  # its row takes the height the widget would (held in the middle of a taller row, as without the box)
        box.setSizePolicy(widget.sizePolicy())
    return box


def set_shortcut(action: QAction, key: QKeySequence) -> None:
    """``action.setShortcut(key)``, which in PySide builds ``Qt`` (its overloads are checked against Qt's keys);
    Qt's own setShortcut sets the list of that one key, or none for an empty key (a standard key the
    platform has no binding for)."""
    action.setShortcuts([] if key.isEmpty() else [key])


def set_shown(widget: QWidget, shown: bool) -> None:
    """``widget.setVisible(shown)``, called only when it changes anything: Qt lays out a widget's layout as
    soon as it is shown, even inside a window not shown yet (at a size it will not keep), so showing again a
    widget that is not hidden measured every label of a section once more for nothing."""
    if widget.isHidden() == shown:
        widget.setVisible(shown)
