"""The care circle: a list of contacts beside a form to add, edit or delete one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from careorganiser.services import contacts, trash
from careorganiser.services.base import NotFound, ServiceError, ValidationError
from careorganiser.services.contacts import Contact
from careorganiser.services.trash import RecordKind
from careorganiser.ui.contacts.words import delete_question, has_unsaved_typing
from careorganiser.ui.context import AppContext
from careorganiser.ui.widgets.scroll import DownScrollArea
from careorganiser.ui.pages.base import Page
from careorganiser.ui.widgets.entry_form import EntryForm, TabFocusText, labelled
from careorganiser.ui.pages.table_page import make_table, selected_row
from careorganiser.ui.table_model import Column, SnapshotTableModel
from careorganiser.ui.widgets.field_errors import FieldErrors
from careorganiser.ui.widgets.field_limits import limit_text, limit_to
from careorganiser.ui.widgets.undo_bar import UndoBar
from careorganiser.ui.widgets.wheel import scroll_past



class ContactsPage(Page):
    areas = frozenset({"contacts", "medications", "appointments", "rides"})
    tables = ("contacts",)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.editing: Contact | None = None
        self.errors = FieldErrors()
        self._selecting = False

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<h2>{self.title()}</h2>"))
        intro = QLabel(QCoreApplication.translate("ContactsPage", "The people who help: doctors and nurses, the pharmacy, the trial team, and family and "
                                                                  "friends who drive. Prescribers, clinicians and drivers are chosen from this list."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.undo_bar = UndoBar(self)
        layout.addWidget(self.undo_bar)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._build_list())
        scroll = DownScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(self._build_form())
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)
        self.splitter = splitter

    def title(self) -> str:
        return QCoreApplication.translate("ContactsPage", "Contacts")

    # -- building
    def _build_list(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.new_button = QPushButton(QCoreApplication.translate("ContactsPage", "&New contact"))
        self.new_button.setAccessibleName(QCoreApplication.translate("ContactsPage", "New contact"))
        self.new_button.clicked.connect(self.on_new)
        self.count_label = QLabel()
        top.addWidget(self.count_label, 1)
        top.addWidget(self.new_button)
        layout.addLayout(top)
        columns = [
            Column(QCoreApplication.translate("ContactsPage", "Name"), lambda r: r.name),
            Column(QCoreApplication.translate("ContactsPage", "Role"), lambda r: r.role),
            Column(QCoreApplication.translate("ContactsPage", "Phone"), lambda r: r.phone),
            Column(QCoreApplication.translate("ContactsPage", "Email"), lambda r: r.email),
        ]
        self.model = SnapshotTableModel(columns, self, order_key=contacts.list_order)
        self.table = make_table(self.model, QCoreApplication.translate("ContactsPage", "Care circle"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.selectionModel().currentRowChanged.connect(self.on_current_row_changed)
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.on_delete_clicked)
        layout.addWidget(self.table, 1)
        self.empty_label = QLabel(QCoreApplication.translate("ContactsPage", "No contacts yet. Press New contact to add the first person who helps, "
                                                                             "for example the GP or a family member who drives."))
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.empty_label, 1)
        return box

    def _build_form(self) -> QWidget:
        form = EntryForm(QCoreApplication.translate("ContactsPage", "New contact"))
        form.setAccessibleName(QCoreApplication.translate("ContactsPage", "Contact details"))
        form.submitted.connect(self.on_save_clicked)
        form.cancelled.connect(self.on_cancel_clicked)
        self.form = form
        layout = QFormLayout(form)
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.name_edit = QLineEdit()
        limit_to(self.name_edit, "contacts", "name")
        self.role_combo = scroll_past(QComboBox())
        self.role_combo.setEditable(True)
        self.role_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.role_combo.addItems(contacts.common_roles())
        self.role_combo.setCurrentIndex(-1)
        self.role_combo.lineEdit().setPlaceholderText(QCoreApplication.translate("ContactsPage", "choose or type, e.g. GP, driver"))
        self.organisation_edit = QLineEdit()
        limit_to(self.organisation_edit, "contacts", "organisation")
        self.phone_edit = QLineEdit()
        limit_to(self.phone_edit, "contacts", "phone")
        self.phone_edit.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        self.email_edit = QLineEdit()
        limit_to(self.email_edit, "contacts", "email")
        self.email_edit.setInputMethodHints(Qt.InputMethodHint.ImhEmailCharactersOnly)
        self.address_edit = TabFocusText(lines=3)
        self.notes_edit = TabFocusText(lines=3)
        self.notes_edit.setPlaceholderText(QCoreApplication.translate("ContactsPage", "e.g. can drive on Tuesdays"))
        rows: list[tuple[str, str, QWidget]] = [
            ("name", QCoreApplication.translate("ContactsPage", "N&ame"), self.name_edit),
            ("role", QCoreApplication.translate("ContactsPage", "&Role"), self.role_combo),
            ("organisation", QCoreApplication.translate("ContactsPage", "&Organisation"), self.organisation_edit),
            ("phone", QCoreApplication.translate("ContactsPage", "&Phone"), self.phone_edit),
            ("email", QCoreApplication.translate("ContactsPage", "E&mail"), self.email_edit),
            ("address", QCoreApplication.translate("ContactsPage", "Addr&ess"), self.address_edit),
            ("notes", QCoreApplication.translate("ContactsPage", "No&tes"), self.notes_edit),
        ]
        for name, text, widget in rows:
            layout.addRow(labelled(text, widget), widget)
            layout.addRow("", self.errors.add(name, widget))
            if isinstance(widget, TabFocusText):
                layout.addRow("", limit_text(widget, "contacts", name))
        self.usage_label = QLabel()
        self.usage_label.setWordWrap(True)
        self.usage_label.setAccessibleName(QCoreApplication.translate("ContactsPage", "Where this contact is used"))
        layout.addRow(self.usage_label)

        buttons = QHBoxLayout()
        self.save_button = QPushButton(QCoreApplication.translate("ContactsPage", "&Save"))
        self.save_button.setAccessibleName(QCoreApplication.translate("ContactsPage", "Save contact"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.on_save_clicked)
        self.cancel_button = QPushButton(QCoreApplication.translate("ContactsPage", "Cance&l"))
        self.cancel_button.setAccessibleName(QCoreApplication.translate("ContactsPage", "Cancel changes"))
        self.cancel_button.clicked.connect(self.on_cancel_clicked)
        self.delete_button = QPushButton(QCoreApplication.translate("ContactsPage", "&Delete"))
        self.delete_button.setAccessibleName(QCoreApplication.translate("ContactsPage", "Delete contact"))
        self.delete_button.clicked.connect(self.on_delete_clicked)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        layout.addRow(buttons)
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.addWidget(form)
        holder_layout.addStretch(1)
        return holder

    # -- loading
    def refresh(self) -> None:
        """Read the care circle again: only the contacts a change named when it named them. An edit keeps
        the selection and the scroll position."""
        ids = self.take_changed_ids("contacts")
        keep = self.editing.id if self.editing else None
        self._selecting = True
        if ids is None:
            self.model.set_rows(contacts.list_contacts(self.ctx.profile), keep_place=True)
        elif ids:
            self.model.update_rows(ids, contacts.contacts_by_ids(self.ctx.profile, ids))
        self._selecting = False
        count = self.model.rowCount()
        self.count_label.setText(QCoreApplication.translate("ContactsPage", "%n person(s)", None, count))
        self.table.setVisible(count > 0)
        self.empty_label.setVisible(count == 0)
        if count and (ids is None or ids):
            self.table.resizeColumnsToContents()
        if keep is not None and self.model.row_of_id(keep) >= 0:
            if not self.is_dirty():
                self.load_contact(self.model.row_at(self.model.row_of_id(keep)))
            chosen = selected_row(self.table)
            if chosen is None or chosen.id != keep:  # only then: the list stays where the person scrolled it
                self.select_contact(keep)
        elif keep is not None:
            self.clear_form()  # the contact went (deleted elsewhere)
        elif not self.is_dirty():
            self.clear_form()

    # -- the form
    def form_values(self) -> dict[str, str]:
        return {
            "name": self.name_edit.text(), "role": self.role_combo.currentText(),
            "organisation": self.organisation_edit.text(), "phone": self.phone_edit.text(),
            "email": self.email_edit.text(), "address": self.address_edit.toPlainText(),
            "notes": self.notes_edit.toPlainText(),
        }

    def is_dirty(self) -> bool:
        """Has the caregiver typed something not yet saved?"""
        return has_unsaved_typing(self.form_values(), self.editing)

    # -- text typed and not saved (kept across the idle lock)
    def unsaved_drafts(self) -> dict[str, tuple[str, dict[str, Any]]]:
        if not self.is_dirty():
            return {}
        return {"contact": (QCoreApplication.translate("ContactsPage", "a contact"),
                            {"editing": self.editing.id if self.editing else None, "values": self.form_values()})}

    def restore_drafts(self, drafts: dict[str, tuple[str, dict[str, Any]]]) -> None:
        if "contact" not in drafts:
            return
        self.ensure_fresh()
        draft = drafts["contact"][1]
        index = self.model.row_of_id(draft["editing"]) if draft["editing"] is not None else -1
        if index >= 0:
            row = self.model.row_at(index)
            self.load_contact(row)
            self.select_contact(row.id)
        else:  # a new contact (or one deleted meanwhile): the typing becomes a new one
            self.clear_form()
        values = draft["values"]
        self.name_edit.setText(values["name"])
        self.role_combo.setCurrentIndex(-1)
        self.role_combo.setEditText(values["role"])
        self.organisation_edit.setText(values["organisation"])
        self.phone_edit.setText(values["phone"])
        self.email_edit.setText(values["email"])
        self.address_edit.setPlainText(values["address"])
        self.notes_edit.setPlainText(values["notes"])

    def _fill(self, row: Contact | None) -> None:
        self.errors.clear()
        self.name_edit.setText(row.name if row else "")
        self.role_combo.setCurrentIndex(-1)
        self.role_combo.setEditText(row.role if row else "")
        self.organisation_edit.setText(row.organisation if row else "")
        self.phone_edit.setText(row.phone if row else "")
        self.email_edit.setText(row.email if row else "")
        self.address_edit.setPlainText(row.address if row else "")
        self.notes_edit.setPlainText(row.notes if row else "")

    def clear_form(self) -> None:
        self.editing = None
        self.form.setTitle(QCoreApplication.translate("ContactsPage", "New contact"))
        self.save_button.setText(QCoreApplication.translate("ContactsPage", "&Save"))
        self.delete_button.setEnabled(False)
        self.usage_label.clear()
        self.usage_label.hide()
        self._fill(None)

    def load_contact(self, row: Contact) -> None:
        self.editing = row
        self.form.setTitle(QCoreApplication.translate("ContactsPage", "Edit \u201c{name}\u201d").format(name=row.name))
        self.save_button.setText(QCoreApplication.translate("ContactsPage", "&Save changes"))
        self.delete_button.setEnabled(True)
        self._fill(row)
        usage = contacts.contact_usage(self.ctx.profile, row.id).describe()
        self.usage_label.setText(" ".join(usage))
        self.usage_label.setVisible(bool(usage))

    def select_contact(self, contact_id: int) -> None:
        row = self.model.row_of_id(contact_id)
        if row < 0:
            return
        self._selecting = True
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self._selecting = False
        self.table.scrollTo(self.model.index(row, 0))

    def _confirm_discard(self) -> bool:
        if not self.is_dirty():
            return True
        name = self.editing.name if self.editing else (self.name_edit.text().strip() or QCoreApplication.translate("ContactsPage", "the new contact"))
        return self.ctx.prompter.confirm(self, QCoreApplication.translate("ContactsPage", "Unsaved changes"),
                               QCoreApplication.translate("ContactsPage", "Your changes to {name} are not saved yet. Discard them?").format(name=name),
                               QCoreApplication.translate("ContactsPage", "Discard changes"))

    # -- slots
    def on_current_row_changed(self, current: object, previous: object) -> None:
        if self._selecting:
            return
        index = self.table.currentIndex()
        if not index.isValid():
            return
        row = self.model.row_at(index.row())
        if self.editing is not None and self.editing.id == row.id:
            return
        if not self._confirm_discard():
            # Put the selection back once the view has finished handling the click or key.
            QTimer.singleShot(0, self._reselect_editing)
            return
        self.load_contact(row)

    def _reselect_editing(self) -> None:
        if self.editing is not None:
            self.select_contact(self.editing.id)
        else:
            self._selecting = True
            self.table.clearSelection()
            self.table.setCurrentIndex(QModelIndex())
            self._selecting = False

    def on_new(self) -> None:
        if not self._confirm_discard():
            return
        self._selecting = True
        self.table.clearSelection()
        self._selecting = False
        self.clear_form()
        self.name_edit.setFocus()

    def on_save_clicked(self) -> None:
        self.errors.clear()
        values = self.form_values()
        try:
            if self.editing is None:
                row = contacts.create_contact(self.ctx.profile, **values)
            else:
                row = contacts.update_contact(self.ctx.profile, self.editing.id, **values)
        except ValidationError as err:
            self.errors.show(err.field, err.message) or self.ctx.prompter.warn(self, QCoreApplication.translate("ContactsPage", "Cannot save the contact"),
                                                                     err.message)
            return
        except ServiceError as err:
            self.ctx.prompter.warn(self, QCoreApplication.translate("ContactsPage", "Cannot save the contact"), str(err))
            return
        self.load_contact(row)
        self.select_contact(row.id)
        self.table.setFocus()

    def on_cancel_clicked(self) -> None:
        if self.editing is not None:
            self.load_contact(self.editing)
        else:
            self.clear_form()

    def on_delete_clicked(self) -> None:
        row = self.editing
        if row is None:
            return
        usage = contacts.contact_usage(self.ctx.profile, row.id)
        text = delete_question(row.name, [] if usage.is_empty else usage.describe())
        if not self.ctx.prompter.confirm(self, QCoreApplication.translate("ContactsPage", "Delete contact"), text, QCoreApplication.translate("ContactsPage", "Delete")):
            return
        try:
            trash.delete(self.ctx.profile, RecordKind.CONTACT, row.id)
        except NotFound as err:
            self.ctx.prompter.warn(self, QCoreApplication.translate("ContactsPage", "Cannot delete"), str(err))
            return
        self.clear_form()
        self.undo_bar.offer(QCoreApplication.translate("ContactsPage", "Deleted {name}.").format(name=row.name), self._undo_delete(row.id))

    def _undo_delete(self, contact_id: int) -> Callable[[], None]:
        def undo() -> None:
            trash.restore(self.ctx.profile, RecordKind.CONTACT, contact_id)
            self.ensure_fresh()
            index = self.model.row_of_id(contact_id)
            if index >= 0:
                self.load_contact(self.model.row_at(index))
                self.select_contact(contact_id)
        return undo

    def history_target(self) -> tuple[str, int] | None:
        return ("contacts", self.editing.id) if self.editing is not None else None

    def on_search_result(self, kind: str, record_id: int) -> None:
        if kind != RecordKind.CONTACT:
            return
        self.ensure_fresh()
        index = self.model.row_of_id(record_id)
        if index >= 0 and self._confirm_discard():
            self.load_contact(self.model.row_at(index))
            self.select_contact(record_id)
