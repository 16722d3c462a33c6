"""What is typed in a form (a dialog), taken and put back as it was: the idle lock closes an open form with
the window, keeps what was typed in memory only (never on disk: a protected profile's text stays encrypted),
and fills the same form in again when it is next opened after the passphrase.

A form is "the same" when it is of the same kind, has the same title and fields and is about the same record
(a new appointment; the edit of appointment 12). Its fields are read in the order they were made; only the
fields changed since it opened are put back (a new form's date stays today's); a form whose fields differ when
opened again (a row added) is not filled in, and its text is told to the person after the passphrase."""

from __future__ import annotations

from typing import Any

from msgspec import Struct
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QWidget,
)

#: The property that holds a form's values when it was opened (set by :func:`opened`).
_START = "careorganiser_form_start"


class FormDraft(Struct, frozen=True):
    """A form's values when it was opened and when it was closed unsaved, with its fields' names."""

    form: str
    title: str
    record: tuple[Any, ...]
    shape: tuple[str, ...]
    start: tuple[Any, ...] | None
    values: tuple[Any, ...]
    names: tuple[str, ...]

    def typed(self) -> list[tuple[str, str]]:
        """The texts typed (a field's name, its text) that were not there when the form opened."""
        start = self.start or (None,) * len(self.values)
        return [(name, value) for name, value, before, kind in zip(self.names, self.values, start, self.shape, strict=True)
                if kind in ("line", "text", "combo_text") and isinstance(value, str) and value.strip() and value != before]

    def fits(self, dialog: QWidget, shape: tuple[str, ...]) -> bool:
        return (type(dialog).__name__, dialog.windowTitle(), _record(dialog), shape) == \
            (self.form, self.title, self.record, self.shape)

    def changed(self) -> list[int]:
        """The fields changed since the form opened (all the typed ones when that is not known)."""
        if self.start is not None:
            return [i for i, (now, before) in enumerate(zip(self.values, self.start, strict=True)) if now != before]
        return [i for i, (kind, value) in enumerate(zip(self.shape, self.values, strict=True))
                if kind in ("line", "text", "combo_text") and isinstance(value, str) and value.strip()]


#: Where a form keeps the record it edits (a form without one is a new record's).
_RECORD_ATTRIBUTES = ("row", "medication", "medication_id", "dose_event", "trial_id", "plan_id")


def _record(dialog: QWidget) -> tuple[Any, ...]:
    found = []
    for name in _RECORD_ATTRIBUTES:
        value = getattr(dialog, name, None)
        if value is not None and not isinstance(value, QWidget):
            found.append((name, value if isinstance(value, (int, str)) else getattr(value, "id", None)))
    return tuple(found)


def _fields(dialog: QWidget) -> list[tuple[str, QWidget]]:
    """The form's fields in the order they were made: (kind, widget). Password boxes are never read."""
    found: list[tuple[str, QWidget]] = []
    for widget in dialog.findChildren(QWidget):
        parent = widget.parentWidget()
        if isinstance(widget, QLineEdit):
            if isinstance(parent, (QComboBox, QAbstractSpinBox)) or widget.echoMode() != QLineEdit.EchoMode.Normal:
                continue  # read through its box; a passphrase is never kept
            found.append(("line", widget))
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            if not widget.isReadOnly():
                found.append(("text", widget))
        elif isinstance(widget, QComboBox):
            found.append(("combo_text" if widget.isEditable() else "combo", widget))
        elif isinstance(widget, QDateTimeEdit):
            found.append(("datetime", widget))
        elif isinstance(widget, (QSpinBox, QDoubleSpinBox)):
            found.append(("number", widget))
        elif isinstance(widget, QAbstractButton) and widget.isCheckable():
            found.append(("check", widget))
    return found


def _value(kind: str, widget: Any) -> Any:
    if kind == "line":
        return widget.text()
    if kind == "text":
        return widget.toPlainText()
    if kind == "combo_text":
        return widget.currentText()
    if kind == "combo":
        return widget.currentIndex()
    if kind == "datetime":
        return widget.dateTime().toMSecsSinceEpoch()
    if kind == "number":
        return widget.value()
    return widget.isChecked()


def _put(kind: str, widget: Any, value: Any) -> None:
    from PySide6.QtCore import QDateTime

    if kind == "line":
        widget.setText(value)
    elif kind == "text":
        widget.setPlainText(value)
    elif kind == "combo_text":
        widget.setCurrentText(value)
    elif kind == "combo":
        widget.setCurrentIndex(value)
    elif kind == "datetime":
        widget.setDateTime(QDateTime.fromMSecsSinceEpoch(value, widget.dateTime().timeZone()))
    elif kind == "number":
        widget.setValue(value)
    else:
        widget.setChecked(value)


def _name(widget: QWidget) -> str:
    if widget.accessibleName():
        return widget.accessibleName()
    return widget.placeholderText() if isinstance(widget, QLineEdit) else ""


def _read(dialog: QWidget) -> tuple[tuple[str, ...], tuple[Any, ...], tuple[str, ...]]:
    fields = _fields(dialog)
    return (tuple(kind for kind, _w in fields), tuple(_value(kind, w) for kind, w in fields),
            tuple(_name(w) for _kind, w in fields))


def opened(dialog: QWidget, kept: list[FormDraft]) -> FormDraft | None:
    """Note the values a form opens with; fill it in from the draft in ``kept`` of the same form (taken out
    of ``kept``). Returns the draft put back, or None."""
    shape, values, _names = _read(dialog)
    dialog.setProperty(_START, (shape, values))
    for draft in kept:
        if draft.fits(dialog, shape):
            kept.remove(draft)
            fields = _fields(dialog)
            for i in draft.changed():
                _put(fields[i][0], fields[i][1], draft.values[i])
            return draft
    return None


def taken(dialog: QWidget) -> FormDraft | None:
    """What is typed in ``dialog`` now, or None when nothing was typed since it opened."""
    shape, values, names = _read(dialog)
    start = dialog.property(_START)
    before = tuple(start[1]) if start is not None and tuple(start[0]) == shape else None
    draft = FormDraft(type(dialog).__name__, dialog.windowTitle(), _record(dialog), shape, before, values, names)
    if before is not None:
        return draft if values != before and draft.typed() else None
    return draft if draft.typed() else None
