"""A form over a paged list of records: add, edit, and delete with undo.

The symptom journal and the measurements tab are both this panel. A panel gives its own form, columns,
words and service calls (the hooks below); the list, its buttons and keys, saving with field errors,
deleting with a question and an undo live here once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from msgspec import Struct
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from careorganiser.services import trash
from careorganiser.services.base import NotFound, ServiceError, ValidationError
from careorganiser.ui.context import AppContext
from careorganiser.ui.pages.table_page import (
    make_table,
    select_row_by_id,
    selected_row,
    update_rows,
)
from careorganiser.ui.table_model import Column, SnapshotTableModel
from careorganiser.ui.widgets.entry_form import EntryForm
from careorganiser.ui.widgets.field_errors import FieldErrors
from careorganiser.ui.widgets.undo_bar import UndoBar

PAGE_SIZE = 200


class DeleteWords(Struct, frozen=True):
    """What the caregiver reads when deleting one record."""

    title: str  # the question's title
    question: str  # "Delete ...? You can undo this."
    button: str  # the button that deletes
    failed: str  # the title of the message when the record is gone already
    done: str  # the undo bar's line


class CrudPanel(QWidget):
    """The list and the form of one kind of record. Subclasses build the form and give the hooks."""

    #: The record kind for ``services.trash`` (delete and restore).
    trash_kind = ""

    def __init__(self, ctx: AppContext, undo_bar: UndoBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.undo_bar = undo_bar
        self.editing: Any | None = None
        self.errors = FieldErrors()
        self._loaded = False

    # -- hooks
    def fetch(self, offset: int, limit: int) -> list[Any]:
        """One page of the list, newest first."""
        raise NotImplementedError

    def fetch_ids(self, ids: frozenset[int]) -> list[Any]:
        """The records ``ids`` read again, those of them that belong in the list (gone or filtered out: left out)."""
        raise NotImplementedError

    def order_key(self, row: Any) -> Any:
        """What the list is sorted by, newest first: the same order ``fetch`` reads in."""
        raise NotImplementedError

    def count(self) -> int:
        """How many records the list holds."""
        raise NotImplementedError

    def count_text(self, count: int) -> str:
        raise NotImplementedError

    def save_form(self) -> Any:
        """Add or change the record from the form; raises ValidationError or ServiceError."""
        raise NotImplementedError

    def save_failed_title(self) -> str:
        raise NotImplementedError

    def after_save(self, row: Any) -> None:
        raise NotImplementedError

    def load(self, row: Any) -> None:
        """Put the record in the form for editing."""
        raise NotImplementedError

    def reset_form(self) -> None:
        raise NotImplementedError

    def delete_words(self, row: Any) -> DeleteWords:
        raise NotImplementedError

    def focus_after_edit(self) -> None:
        raise NotImplementedError

    def fit_columns(self) -> None:
        """Size the columns once the list has rows."""

    def draft(self) -> dict[str, Any]:
        """What the form holds, field by field (the record edited under "editing"): kept across a lock, and
        asked about before the window closes."""
        return {}

    def restore_draft(self, draft: dict[str, Any]) -> None:
        """Put a draft back in the form (after the window is opened again)."""

    # -- text typed and not saved
    def mark_clean(self) -> None:
        """The form as it is now holds nothing unsaved: called after a reset and after loading a record."""
        self._clean_draft = self.draft()

    def unsaved_draft(self) -> dict[str, Any] | None:
        """The form's draft when it holds typed text not saved yet, else None. Keys starting with "_" say where
        the text belongs (the kind chosen) and do not count as typed."""
        current = self.draft()
        # never reset yet: the form as built, its text boxes empty
        clean = getattr(self, "_clean_draft", None) or {k: "" if isinstance(v, str) else v for k, v in current.items()}
        typed = {k: v for k, v in current.items() if not k.startswith("_")}
        return current if typed and typed != {k: v for k, v in clean.items() if not k.startswith("_")} else None

    # -- building
    def make_entry_form(self, title: str, accessible_name: str) -> EntryForm:
        form = EntryForm(title)
        form.setAccessibleName(accessible_name)
        form.submitted.connect(self.on_save_clicked)
        form.cancelled.connect(self.on_clear_clicked)
        self.form = form
        return form

    def make_form_buttons(self, save: tuple[str, str], clear: tuple[str, str], *after: QWidget) -> QHBoxLayout:
        """Save (the default) and Clear, each as (text, accessible name), then ``after``, then a stretch."""
        self.save_button = QPushButton(save[0])
        self.save_button.setAccessibleName(save[1])
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.on_save_clicked)
        self.clear_button = QPushButton(clear[0])
        self.clear_button.setAccessibleName(clear[1])
        self.clear_button.clicked.connect(self.on_clear_clicked)
        row = QHBoxLayout()
        for widget in (self.save_button, self.clear_button, *after):
            row.addWidget(widget)
        row.addStretch(1)
        return row

    @staticmethod
    def hint_label(text: str) -> QLabel:
        hint = QLabel(text)
        hint.setEnabled(False)
        return hint

    def make_list_bar(self, edit: tuple[str, str], delete: tuple[str, str], *before: QWidget) -> QHBoxLayout:
        """``before``, the count, then Edit and Delete (each as (text, accessible name))."""
        top = QHBoxLayout()
        for widget in before:
            top.addWidget(widget)
        self.count_label = QLabel()
        self.edit_button = QPushButton(edit[0])
        self.edit_button.setAccessibleName(edit[1])
        self.edit_button.clicked.connect(self.on_edit_clicked)
        self.delete_button = QPushButton(delete[0])
        self.delete_button.setAccessibleName(delete[1])
        self.delete_button.clicked.connect(self.on_delete_clicked)
        top.addWidget(self.count_label, 1)
        top.addWidget(self.edit_button)
        top.addWidget(self.delete_button)
        return top

    def make_list_table(self, columns: Sequence[Column], accessible_name: str) -> QTableView:
        """The paged list: Enter or a double click edits, Delete deletes, Tab leaves it."""
        self.model = SnapshotTableModel(list(columns), self, fetch_page=self._fetch_page, page_size=PAGE_SIZE,
                                        order_key=self.order_key, descending=True)
        self.table = make_table(self.model, accessible_name)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.doubleClicked.connect(lambda _index: self.on_edit_clicked())
        self.table.activated.connect(lambda _index: self.on_edit_clicked())
        self.table.selectionModel().selectionChanged.connect(self.on_selection_changed)
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.on_delete_clicked)
        return self.table

    def make_list_box(self, top: QHBoxLayout, empty_text: str) -> QWidget:
        """The bar, the table, and the words shown instead of an empty table."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.empty_label = QLabel(empty_text)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.empty_label, 1)
        return box

    def set_form_words(self, title: str, save_text: str, clear_text: str) -> None:
        """The form's title and its buttons' words: a new record, or the one being edited."""
        self.form.setTitle(title)
        self.save_button.setText(save_text)
        self.clear_button.setText(clear_text)

    # -- the list
    def _fetch_page(self, offset: int, limit: int) -> list[Any]:
        if not self._loaded:  # the view asks before the first refresh; that one reads the first page
            return []
        return self.fetch(offset, limit)

    def reload_list(self, keep_id: int | None = None, from_top: bool = False,
                    ids: frozenset[int] | None = None) -> None:
        """Read the list again. The same list keeps the rows loaded, the selection and the scroll position;
        ``from_top`` (another list, e.g. another filter) starts again at its first page; ``ids`` (the records a
        change named) reads only those rows again and puts them in place."""
        if from_top:
            self.model.reload()
        elif ids is not None:
            if ids:
                update_rows(self.table, ids, self.fetch_ids(ids))
        else:
            self.model.refresh()
        count = self.count()
        self.count_label.setText(self.count_text(count))
        self.table.setVisible(count > 0)
        self.empty_label.setVisible(count == 0)
        if self.model.rowCount():
            self.fit_columns()
        chosen = self.selected_item()
        if keep_id is not None and (chosen is None or chosen.id != keep_id):
            self.select_item(keep_id)  # (only then: the list stays where the person scrolled it)
        self.on_selection_changed()

    def selected_item(self) -> Any | None:
        return selected_row(self.table)

    def select_item(self, row_id: int) -> bool:
        return select_row_by_id(self.table, row_id)

    # -- slots
    def on_selection_changed(self, *_args: object) -> None:
        has = self.selected_item() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def on_save_clicked(self) -> None:
        self.errors.clear()
        try:
            row = self.save_form()
        except ValidationError as err:
            self.errors.show(err.field, err.message) or self.ctx.prompter.warn(self, self.save_failed_title(), err.message)
            return
        except ServiceError as err:
            self.ctx.prompter.warn(self, self.save_failed_title(), str(err))
            return
        self.after_save(row)

    def on_clear_clicked(self) -> None:
        self.reset_form()

    def on_edit_clicked(self) -> None:
        row = self.selected_item()
        if row is not None:
            self.load(row)
            self.focus_after_edit()

    def on_delete_clicked(self) -> None:
        row = self.selected_item()
        if row is None:
            return
        words = self.delete_words(row)
        if not self.ctx.prompter.confirm(self, words.title, words.question, words.button):
            return
        try:
            trash.delete(self.ctx.profile, self.trash_kind, row.id)
        except NotFound as err:
            self.ctx.prompter.warn(self, words.failed, str(err))
            return
        if self.editing is not None and self.editing.id == row.id:
            self.reset_form()
        self.undo_bar.offer(words.done, self._undo_delete(row.id))

    def _undo_delete(self, row_id: int) -> Callable[[], None]:
        def undo() -> None:
            trash.restore(self.ctx.profile, self.trash_kind, row_id)
            self.select_item(row_id)
        return undo
