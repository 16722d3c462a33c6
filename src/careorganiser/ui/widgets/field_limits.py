"""A form's text fields hold at most what the one table of field rules allows (domain/fields.py): the limit
the services and the importer apply to the same field, so what a form lets through can be saved.

A one-line field stops taking characters at its limit (``limit_to``). A multi-line box keeps everything typed
or pasted (nothing is cut): past its limit a note under it says by how much, and saving is refused by the
service with the field named (``limit_text``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QObject
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit

from careorganiser.domain import fields
from careorganiser.ui.widgets.field_errors import ERROR_STYLE


def limit_to(edit: QLineEdit, entity: str, name: str) -> QLineEdit:
    """Set ``edit``'s longest text to the rule of ``entity``/``name`` (as in the interchange format)."""
    edit.setMaxLength(fields.limit(entity, name))
    return edit


def overflow_words(rule: fields.FieldRule, over: fields.Overflow) -> str:
    """What the note under a box says when its text is past ``rule``."""
    locale = QLocale()
    items, chars = over.items, over.chars_over  # lupdate reads a plain name as the count, not an attribute
    if over.items_over:
        words = QCoreApplication.translate("FieldLimits", "%n entries: this box holds at most {limit}. Remove some to save.", None, items)
        return words.format(limit=locale.toString(rule.max_items or 0))
    if rule.max_items is not None:
        words = QCoreApplication.translate("FieldLimits", "One line is %n character(s) too long: each line holds at most {limit}.", None, chars)
        return words.format(limit=locale.toString(rule.max_length))
    words = QCoreApplication.translate("FieldLimits", "%n character(s) too long: this box holds at most {limit}. Shorten it to save.", None, chars)
    return words.format(limit=locale.toString(rule.max_length))


class TextLimit(QObject):
    """Watches a multi-line box against its rule and shows or hides ``note``."""

    def __init__(self, edit: QPlainTextEdit, rule: fields.FieldRule, note: QLabel) -> None:
        super().__init__(edit)
        self.edit = edit
        self.rule = rule
        self.note = note
        self._description = edit.accessibleDescription()
        edit.textChanged.connect(self.on_text_changed)
        self.on_text_changed()

    def on_text_changed(self) -> None:
        over = fields.overflow(self.rule, self.edit.toPlainText())
        self.edit.setProperty("over_limit", over is not None)  # FieldErrors: the note speaks for the box
        if over is None:
            if self.note.text():
                self.note.clear()
                self.note.hide()
                self.edit.setAccessibleDescription(self._description)
            return
        words = overflow_words(self.rule, over)
        self.note.setText(words)
        self.note.show()
        self.edit.setAccessibleDescription(words)


def limit_text(edit: QPlainTextEdit, entity: str, name: str) -> QLabel:
    """Hold ``edit`` to the rule of ``entity``/``name``; returns the note to place under it (hidden while the
    text fits)."""
    note = QLabel()
    note.setObjectName(f"limit-{name}")
    note.setStyleSheet(ERROR_STYLE)
    note.setWordWrap(True)
    note.hide()
    TextLimit(edit, fields.rule(entity, name), note)
    edit.setProperty("max_length", fields.limit(entity, name))
    return note
