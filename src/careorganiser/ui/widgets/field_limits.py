"""A form's text fields hold at most what the one table of field rules allows (domain/fields.py): the limit
the services and the importer apply to the same field, so what a form lets through can be saved."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from careorganiser.domain import fields


def limit_to(edit: QLineEdit, entity: str, name: str) -> QLineEdit:
    """Set ``edit``'s longest text to the rule of ``entity``/``name`` (as in the interchange format)."""
    edit.setMaxLength(fields.limit(entity, name))
    return edit
