"""A contact chooser with "New contact..." inside it, so a form never sends the user away to add one.

Choosing "New contact..." opens a short contact form (name, role, organisation, phone, email); saving it
adds the contact through ``services.contacts.create_contact`` and returns to the form with the new contact
chosen. Cancelling goes back to the contact chosen before.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from careorganiser.services import contacts
from careorganiser.services.base import ServiceError, ValidationError
from careorganiser.store.profiles import Profile
from careorganiser.ui.prompter import Prompter, default_prompter
from careorganiser.ui.widgets.field_errors import ERROR_STYLE, FieldErrors
from careorganiser.ui.widgets.field_limits import limit_to
from careorganiser.ui.widgets.save_cancel import save_cancel_buttons
from careorganiser.ui.widgets.wheel import scroll_past

NEW_CONTACT = "new-contact"


class NewContactDialog(QDialog):
    """The contact form in a dialog: ``contact`` holds the saved contact after Save."""

    def __init__(self, profile: Profile, role: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.profile = profile
        self.contact: contacts.Contact | None = None
        self.setWindowTitle(QCoreApplication.translate("ContactChooser", "New contact"))
        self.setAccessibleName(QCoreApplication.translate("ContactChooser", "New contact"))
        self.setModal(True)
        self.errors = FieldErrors()
        outer = QVBoxLayout(self)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        outer.addLayout(form)
        self.name_edit = QLineEdit()
        limit_to(self.name_edit, "contacts", "name")
        self.role_combo = scroll_past(QComboBox())
        self.role_combo.setEditable(True)
        self.role_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.role_combo.addItems(contacts.common_roles())
        self.role_combo.setEditText(role)
        self.role_combo.lineEdit().setPlaceholderText(QCoreApplication.translate("ContactChooser", "choose or type, e.g. GP, driver"))
        self.organisation_edit = QLineEdit()
        limit_to(self.organisation_edit, "contacts", "organisation")
        self.phone_edit = QLineEdit()
        limit_to(self.phone_edit, "contacts", "phone")
        self.email_edit = QLineEdit()
        limit_to(self.email_edit, "contacts", "email")
        for name, text, widget in (("name", QCoreApplication.translate("ContactChooser", "N&ame:"), self.name_edit), ("role", QCoreApplication.translate("ContactChooser", "&Role:"), self.role_combo),
                                   ("organisation", QCoreApplication.translate("ContactChooser", "&Organisation:"), self.organisation_edit),
                                   ("phone", QCoreApplication.translate("ContactChooser", "&Phone:"), self.phone_edit),
                                   ("email", QCoreApplication.translate("ContactChooser", "E&mail:"), self.email_edit)):
            label = QLabel(text)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(label, widget)
            form.addRow("", self.errors.add(name, widget))
        self.general_error = QLabel()
        self.general_error.setWordWrap(True)
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.hide()
        outer.addWidget(self.general_error)
        buttons, self.save_button = save_cancel_buttons(self, self.on_save_clicked, QCoreApplication.translate("ContactChooser", "&Save contact"),
                                                        QCoreApplication.translate("ContactChooser", "Save the new contact"))
        outer.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        self.name_edit.setFocus()

    def on_save_clicked(self) -> None:
        self.errors.clear()
        self.general_error.hide()
        try:
            self.contact = contacts.create_contact(
                self.profile, self.name_edit.text(), role=self.role_combo.currentText(),
                organisation=self.organisation_edit.text(), phone=self.phone_edit.text(),
                email=self.email_edit.text())
        except ValidationError as exc:
            self.errors.show_or_general(self.general_error, exc.field, exc.message)
            return
        except ServiceError as exc:
            self.errors.show_or_general(self.general_error, None, str(exc))
            return
        self.accept()


class ContactChooser(QComboBox):
    """Choose a contact (or "none"); the last item adds a new one and chooses it.

    ``contact_added`` fires with the new contact's id after it was added from here; ``contact_chosen``
    fires when the user chooses a contact (or none), including one just added.
    """

    contact_added = Signal(int)
    contact_chosen = Signal(object)

    def __init__(self, profile: Profile, none_text: str, accessible_name: str, current: int | None = None,
                 role: str = "", parent: QWidget | None = None, prompter: Prompter | None = None) -> None:
        super().__init__(parent)
        scroll_past(self)
        self.profile = profile
        self.prompter = prompter if prompter is not None else default_prompter()
        self.none_text = none_text
        self.role = role
        self.setAccessibleName(accessible_name)
        self._previous = 0
        self.reload(current)
        self.activated.connect(self.on_activated)
        self.currentIndexChanged.connect(self.on_index_changed)

    def reload(self, current: int | None = None) -> None:
        self.blockSignals(True)
        self.clear()
        self.addItem(self.none_text, None)
        for c in contacts.list_contacts(self.profile):
            self.addItem(f"{c.name} \u2014 {c.role}" if c.role else c.name, c.id)
        self.addItem(QCoreApplication.translate("ContactChooser", "New contact\u2026"), NEW_CONTACT)
        index = self.findData(current) if current is not None else 0
        self.setCurrentIndex(max(0, index))
        self._previous = self.currentIndex()
        self.blockSignals(False)

    def contact_id(self) -> int | None:
        data = self.currentData()
        return data if isinstance(data, int) else None

    def on_index_changed(self, index: int) -> None:
        if self.itemData(index) == NEW_CONTACT and not self.signalsBlocked():
            return  # handled when activated (keyboard and mouse both activate)
        self._previous = index

    def on_activated(self, index: int) -> None:
        if self.itemData(index) == NEW_CONTACT:
            self.add_new_contact()
        else:
            self.contact_chosen.emit(self.contact_id())

    def add_new_contact(self) -> int | None:
        """Open the contact form; choose the new contact, or go back to the one before. Returns its id."""
        dialog = NewContactDialog(self.profile, self.role, self.window())
        accepted = self.prompter.run_dialog(dialog) == QDialog.DialogCode.Accepted and dialog.contact is not None
        previous = self.itemData(self._previous) if 0 <= self._previous < self.count() else None
        if accepted:
            assert dialog.contact is not None
            new_id = dialog.contact.id
            self.reload(new_id)
            dialog.deleteLater()
            self.setFocus()
            self.currentIndexChanged.emit(self.currentIndex())
            self.contact_added.emit(new_id)
            self.contact_chosen.emit(new_id)
            return new_id
        dialog.deleteLater()
        self.blockSignals(True)
        self.setCurrentIndex(max(0, self.findData(previous)) if previous != NEW_CONTACT else 0)
        self.blockSignals(False)
        self.setFocus()
        return None
