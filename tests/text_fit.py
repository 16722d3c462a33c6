"""Find text that a screen cuts off: the check behind the larger-text tests.

``clipped_text(window)`` walks every widget the user can see in ``window`` and returns one line per problem:
- a label whose text needs more width than it has and does not wrap, or that wraps into more height than it has;
- a button, check box or radio button narrower than its text;
- a group box narrower than its title; a tab bar that hides or elides tabs;
- a label or button that sticks out of the widget holding it (cut by the parent, not scrolled);
- a scroll area showing a sideways scroll bar (text running off to the right).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QCheckBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTabBar,
    QWidget,
)

#: Layouts round; a pixel or two is not a cut letter.
SLACK = 2


def _name(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, (QLabel, QAbstractButton)):
        text = widget.text()
    elif isinstance(widget, QGroupBox):
        text = widget.title()
    text = " ".join(text.split())[:60]
    return f"{type(widget).__name__}#{widget.objectName() or '-'} {text!r}"


def _inside_item_view(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return False


def _cut_by_parent(widget: QWidget, root: QWidget) -> str:
    """Whether an ancestor (short of a scrolling viewport) shows only part of ``widget``."""
    rect = QRect(widget.rect())
    child: QWidget = widget
    parent = widget.parentWidget()
    while parent is not None:
        rect.translate(child.pos())
        if isinstance(parent.parentWidget(), QAbstractScrollArea) and parent is parent.parentWidget().viewport():
            return ""  # inside a scroll area: the user scrolls to it (sideways scrolling is caught separately)
        inner = parent.rect()
        if not inner.contains(rect):
            overflow = rect.intersected(inner)
            if overflow.width() + SLACK < rect.width() or overflow.height() + SLACK < rect.height():
                return f"cut by {type(parent).__name__}#{parent.objectName() or '-'}"
        if parent is root:
            return ""
        child, parent = parent, parent.parentWidget()
    return ""


def _covered_by_sibling(widget: QWidget) -> str:
    """Whether another visible widget of the same parent lies over part of ``widget`` (an overfull layout)."""
    parent = widget.parentWidget()
    if parent is None:
        return ""
    for sibling in parent.children():
        if sibling is widget or not isinstance(sibling, QWidget) or not sibling.isVisible() or sibling.isWindow():
            continue
        if sibling.metaObject().className() in ("QFocusFrame", "QRubberBand") or isinstance(sibling, QMenu):
            continue
        overlap = widget.geometry().intersected(sibling.geometry())
        if overlap.width() > SLACK and overlap.height() > SLACK and not sibling.geometry().contains(widget.geometry()):
            return f"overlapped by {_name(sibling)}"
    return ""


def _header_problem(header: QHeaderView) -> str:
    model = header.model()
    if model is None:
        return ""
    metrics = header.fontMetrics()
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
        needed = metrics.horizontalAdvance(text) + 8
        if text and header.sectionSize(section) + SLACK < needed and section != header.count() - 1:
            return f"column {text!r} is {header.sectionSize(section)}px, its title needs {needed}px"
    return ""


def _label_problem(label: QLabel) -> str:
    if not label.text().strip() or label.pixmap() is not None and not label.pixmap().isNull():
        return ""
    width, height = label.width(), label.height()
    if label.wordWrap():
        needed = label.heightForWidth(width)
        if needed > height + SLACK:
            return f"wraps to {needed}px high but has {height}px"
        hint = label.minimumSizeHint().width()
        if hint > width + SLACK:
            return f"a word needs {hint}px but it has {width}px"
        return ""
    hint = label.sizeHint()
    if hint.width() > width + SLACK:
        return f"needs {hint.width()}px wide but has {width}px and does not wrap"
    if hint.height() > height + SLACK:
        return f"needs {hint.height()}px high but has {height}px"
    return ""


def _button_problem(button: QAbstractButton) -> str:
    if not button.text().strip():
        return ""
    if isinstance(button, (QPushButton, QCheckBox, QRadioButton)):
        hint = button.sizeHint()
        # A push button's hint pads the text; its text itself must fit inside the frame.
        text_width = button.fontMetrics().horizontalAdvance(button.text().replace("&&", "\0").replace("&", ""))
        if isinstance(button, QPushButton):
            needed = text_width + 8 + (button.iconSize().width() + 4 if not button.icon().isNull() else 0)
        else:
            needed = hint.width()
        if needed > button.width() + SLACK:
            return f"needs {needed}px wide but has {button.width()}px"
        if button.fontMetrics().height() > button.height():
            return f"text {button.fontMetrics().height()}px high but has {button.height()}px"
    return ""


def clipped_text(root: QWidget) -> list[str]:
    """One line per piece of text in ``root`` that the user cannot read whole; empty when all fits."""
    problems: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        if widget.width() <= 0 or widget.height() <= 0 or (_inside_item_view(widget)
                                                           and not isinstance(widget, QHeaderView)):
            continue
        problem = ""
        if isinstance(widget, QLabel):
            problem = _label_problem(widget)
        elif isinstance(widget, QAbstractButton):
            problem = _button_problem(widget)
        elif isinstance(widget, QGroupBox) and widget.title():
            needed = widget.fontMetrics().horizontalAdvance(widget.title()) + 16
            if needed > widget.width() + SLACK:
                problem = f"title needs {needed}px but it has {widget.width()}px"
        elif isinstance(widget, QTabBar):
            total = sum(widget.tabSizeHint(i).width() for i in range(widget.count()))
            if total > widget.width() + SLACK:
                problem = f"tabs need {total}px but the bar has {widget.width()}px"
        elif isinstance(widget, QHeaderView) and widget.orientation() == Qt.Orientation.Horizontal:
            problem = _header_problem(widget)
        elif isinstance(widget, QScrollArea) and widget.horizontalScrollBar().isVisible():
            problem = "shows a sideways scroll bar"
        if (not problem and not isinstance(widget, (QAbstractScrollArea, QLabel)) and widget is not root
                and not widget.objectName().startswith("qt_")):  # Qt's own parts of a spin box and the like
            least = widget.minimumSizeHint()
            if least.isValid() and (widget.width() + SLACK < least.width() or widget.height() + SLACK < least.height()):
                problem = f"squeezed to {widget.width()}x{widget.height()}, needs {least.width()}x{least.height()}"
        if not problem and isinstance(widget, (QLabel, QAbstractButton)):
            problem = _cut_by_parent(widget, root) or _covered_by_sibling(widget)
        if problem:
            problems.append(f"{_name(widget)}: {problem}")
    return problems
