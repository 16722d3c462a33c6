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

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QKeySequence

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
    elif type(widget) is not QWidget:  # a plain QWidget's size policy is the box's already
        # Its row takes the height the widget would (held in the middle of a taller row, as without the box).
        box.setSizePolicy(widget.sizePolicy())
    return box


def new_action(text: str, parent: QObject) -> QAction:
    """``QAction(text, parent)``, which in PySide builds ``QIcon`` (its overloads with an icon are checked);
    made from the parent alone, then given its text, it does not."""
    from PySide6.QtGui import QAction

    action = QAction(parent)
    action.setText(text)
    return action


def set_shortcut(action: QAction, key: QKeySequence | str) -> None:
    """``action.setShortcut(key)``, which in PySide builds ``Qt`` (its overloads are checked against Qt's keys);
    Qt's own setShortcut sets the list of that one key, or none for an empty key (a standard key the
    platform has no binding for). A key given as text ("Ctrl+H") goes through Qt's property system, so
    ``QKeySequence``'s enums are not built either."""
    if isinstance(key, str):
        action.setProperty("shortcut", key)
        return
    action.setShortcuts([] if key.isEmpty() else [key])


#: Work waiting for the first paint (:func:`wait_for_first_paint`), each with the object it is for; None: done at once.
_waiting: list[tuple[QObject, Callable[[], None]]] | None = None


def after_first_paint(owner: QObject, work: Callable[[], None]) -> None:
    """Do ``work`` now; during the app's start, just after the first paint instead (if ``owner`` is still
    there), in the order asked: what the first paint does not show (menu entries, shortcuts) waits for it."""
    if _waiting is None:
        work()
    else:
        _waiting.append((owner, work))


def set_standard_shortcut(action: QAction, standard: str, *more: str) -> None:
    """The action's shortcuts: the platform's key for ``QKeySequence.StandardKey.<standard>`` ("Quit",
    "Find"...), then the keys ``more`` as text. During the app's start they are set just after the first
    paint (:func:`first_paint_done`): the standard keys need ``QKeySequence``'s enums, costly to build."""
    after_first_paint(action, lambda: _set_standard(action, standard, more))


def _set_standard(action: QAction, standard: str, more: tuple[str, ...]) -> None:
    from PySide6.QtGui import QKeySequence

    keys = [QKeySequence(getattr(QKeySequence.StandardKey, standard)), *(QKeySequence(k) for k in more)]
    action.setShortcuts([k for k in keys if not k.isEmpty()])


def wait_for_first_paint() -> None:
    """The app is starting: :func:`after_first_paint` work (standard shortcuts, menu entries) waits for
    :func:`first_paint_done`."""
    global _waiting
    _waiting = []


def stop_waiting() -> None:
    """The app ends (or never painted): later work is done at once again."""
    global _waiting
    _waiting = None


def first_paint_done() -> None:
    """Do the work that waited for the first paint (for objects still there), in the order it was asked."""
    global _waiting
    import shiboken6

    waiting, _waiting = _waiting or [], None
    for owner, work in waiting:
        if shiboken6.isValid(owner):
            work()


def set_shown(widget: QWidget, shown: bool) -> None:
    """``widget.setVisible(shown)``, called only when it changes anything: Qt lays out a widget's layout as
    soon as it is shown, even inside a window not shown yet (at a size it will not keep), so showing again a
    widget that is not hidden measured every label of a section once more for nothing."""
    if widget.isHidden() == shown:
        widget.setVisible(shown)
