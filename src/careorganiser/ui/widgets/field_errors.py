"""Showing a services.base.ValidationError on the field it names, in words, and focusing that field."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

#: How an error reads under a field or a form (its words say what is wrong: the colour is not the only sign).
ERROR_STYLE = "color: #b00020"


class FieldErrors:
    """Map field names to (widget, error label); show one error at a time, clear on the next try."""

    def __init__(self) -> None:
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}

    def add(self, name: str, widget: QWidget, label: QLabel | None = None) -> QLabel:
        label = label or QLabel()
        label.setObjectName(f"error-{name}")
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.hide()
        self._fields[name] = (widget, label)
        return label

    def clear(self) -> None:
        for widget, label in self._fields.values():
            label.hide()
            label.clear()
            widget.setProperty("invalid", False)

    def show_or_general(self, general: QLabel, name: str | None, message: str) -> None:
        """Show ``message`` at field ``name``; on ``general``, the form's own error line, when ``name`` is None
        (an error of no one field) or the form has no such field."""
        if name is not None and self.show(name, message):
            return
        general.setText(message)
        general.show()

    def show(self, name: str, message: str) -> bool:
        """Show ``message`` at field ``name``; False if the form has no such field."""
        self.clear()
        if name not in self._fields:
            return False
        widget, label = self._fields[name]
        widget.setProperty("invalid", True)
        if widget.property("over_limit"):  # the note under the box already says by how much: one message, not two
            widget.setFocus()
            return True
        label.setText(message)
        label.show()
        widget.setProperty("invalid", True)
        widget.setAccessibleDescription(message)
        widget.setFocus()
        return True

    def message(self, name: str) -> str:
        """What the field is told: its error, or the note under a box past its limit that stood for it."""
        if name not in self._fields:
            return ""
        widget, label = self._fields[name]
        if not label.text() and widget.property("invalid") and widget.property("over_limit"):
            return widget.accessibleDescription()
        return label.text()
