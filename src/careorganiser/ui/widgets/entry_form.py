"""Small widgets the forms and pages share (journal, measurements, contacts, person, medications, rides, trials).

- ``EntryForm``: a group box that saves on Enter (Ctrl+Enter inside a multi-line text) and cancels on Escape.
- ``labelled``: a label with a mnemonic whose buddy is the field.
- ``named_button``: a push button with the name a screen reader says for it.
"""

from __future__ import annotations

from PySide6.QtCore import QChildEvent, QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)


def enter_clicks(widget: QObject) -> None:
    """Enter on a focused button inside a form presses that button (not the form's Save)."""
    buttons = [widget] if isinstance(widget, QPushButton) else []
    buttons += widget.findChildren(QPushButton) if isinstance(widget, QWidget) else []
    for button in buttons:
        button.setAutoDefault(True)


class EntryForm(QGroupBox):
    """A form: Enter saves (``submitted``), Escape cancels (``cancelled``).

    Single-line fields let Enter through to the form; a multi-line text keeps Enter for new lines, and
    Ctrl+Enter saves from anywhere in the form. A focused button takes Enter for itself.
    """

    submitted = Signal()
    cancelled = Signal()

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.submitted.emit)

    def childEvent(self, event: QChildEvent) -> None:
        super().childEvent(event)
        if event.type() == QEvent.Type.ChildPolished:
            enter_clicks(event.child())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submitted.emit()
            event.accept()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class TabFocusText(QPlainTextEdit):
    """A multi-line text where Tab moves to the next field (Ctrl+Tab would be unknown to most users)."""

    def __init__(self, parent: QWidget | None = None, lines: int = 4) -> None:
        super().__init__(parent)
        self.lines = lines
        self.setTabChangesFocus(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:
        """Room for ``lines`` lines of the current font (so it grows with the text-size setting)."""
        hint = super().sizeHint()
        margins = self.contentsMargins()
        height = self.fontMetrics().lineSpacing() * self.lines + 2 * self.document().documentMargin() \
            + margins.top() + margins.bottom()
        return QSize(hint.width(), int(height))

    def minimumSizeHint(self) -> QSize:
        hint = self.sizeHint()
        return QSize(super().minimumSizeHint().width(), hint.height() * 2 // self.lines)

    def text(self) -> str:
        return self.toPlainText()


def named_button(text: str, accessible_name: str) -> QPushButton:
    """A push button with the name a screen reader says for it."""
    button = QPushButton(text)
    button.setAccessibleName(accessible_name)
    return button


def labelled(text: str, field: QWidget, accessible: str | None = None) -> QLabel:
    """A label with a mnemonic (``&``) for ``field``; the field gets the label's words as accessible name."""
    label = QLabel(text)
    label.setBuddy(field)
    if not field.accessibleName():
        field.setAccessibleName(accessible or text.replace("&", ""))
    return label
