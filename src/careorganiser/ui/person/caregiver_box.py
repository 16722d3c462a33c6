"""Who looks after the person: the caregiver's name and phone, printed on the driver's ride sheet."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QPushButton, QWidget

from careorganiser.services import person as person_svc
from careorganiser.services.base import ValidationError
from careorganiser.ui.context import AppContext
from careorganiser.ui.widgets.field_errors import FieldErrors
from careorganiser.ui.widgets.field_limits import limit_to


class CaregiverBox(QGroupBox):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("CaregiverBox", "Caregiver"), parent)
        self.ctx = ctx
        self.setObjectName("CaregiverBox")
        self.setAccessibleName(QCoreApplication.translate("CaregiverBox", "Caregiver"))
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        intro = QLabel(QCoreApplication.translate("CaregiverBox", "Who looks after the person and answers the phone about them. The ride sheet tells the "
                                                                  "driver to call this number if something goes wrong."))
        intro.setWordWrap(True)
        form.addRow(intro)
        self.errors = FieldErrors()
        self.loaded: tuple[str, str] = ("", "")  # the caregiver as stored (refresh, save)
        self.name_edit = QLineEdit()
        limit_to(self.name_edit, "caregiver", "name")
        self.name_edit.setObjectName("CaregiverName")
        self.name_edit.setAccessibleName(QCoreApplication.translate("CaregiverBox", "Caregiver's name"))
        self.name_edit.setPlaceholderText(QCoreApplication.translate("CaregiverBox", "e.g. Ruth Hale"))
        self.phone_edit = QLineEdit()
        limit_to(self.phone_edit, "caregiver", "phone")
        self.phone_edit.setObjectName("CaregiverPhone")
        self.phone_edit.setAccessibleName(QCoreApplication.translate("CaregiverBox", "Caregiver's phone"))
        self.phone_edit.setPlaceholderText(QCoreApplication.translate("CaregiverBox", "e.g. 07700 900123"))
        name_label = QLabel(QCoreApplication.translate("CaregiverBox", "Caregiver's na&me:"))
        name_label.setBuddy(self.name_edit)
        phone_label = QLabel(QCoreApplication.translate("CaregiverBox", "Caregiver's p&hone:"))
        phone_label.setBuddy(self.phone_edit)
        form.addRow(name_label, self.name_edit)
        form.addRow("", self.errors.add("caregiver_name", self.name_edit))
        form.addRow(phone_label, self.phone_edit)
        form.addRow("", self.errors.add("caregiver_phone", self.phone_edit))
        self.save_button = QPushButton(QCoreApplication.translate("CaregiverBox", "Save &caregiver"))
        self.save_button.setObjectName("CaregiverSave")
        self.save_button.setAccessibleName(QCoreApplication.translate("CaregiverBox", "Save the caregiver"))
        self.save_button.clicked.connect(self.on_save_clicked)
        self.status = QLabel()
        self.status.setWordWrap(True)
        form.addRow(self.save_button, self.status)

    def refresh(self) -> None:
        row = person_svc.get_caregiver(self.ctx.profile)
        self.name_edit.setText(row.name if row else "")
        self.phone_edit.setText(row.phone if row else "")
        self.loaded = (self.name_edit.text(), self.phone_edit.text())  # as stored: typing differs from it
        self.errors.clear()
        self.status.clear()

    def on_save_clicked(self) -> None:
        self.errors.clear()
        try:
            row = person_svc.set_caregiver(self.ctx.profile, self.name_edit.text(), self.phone_edit.text())
        except ValidationError as exc:
            self.errors.show(exc.field, exc.message)
            self.status.clear()
            return
        self.loaded = (self.name_edit.text(), self.phone_edit.text())
        self.status.setText(QCoreApplication.translate("CaregiverBox", "Saved.") if row else QCoreApplication.translate("CaregiverBox", "No caregiver: the ride sheet lists the family contacts."))
