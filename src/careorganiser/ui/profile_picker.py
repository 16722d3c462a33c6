"""Choose whose records to open: the list of profiles (names only), create one, or open the demo."""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from careorganiser.resources import resource_path
from careorganiser.store import profiles
from careorganiser.store.profiles import Profile, ProfileError
from careorganiser.ui.profile_open import open_with_prompt, wait_before_attempt  # noqa: F401  (as before)
from careorganiser.ui.prompter import Prompter, default_prompter
from careorganiser.ui.widgets.field_errors import ERROR_STYLE
from careorganiser.ui.widgets.scroll import grow_to_fit


def padlock_icon() -> QIcon:
    return QIcon(str(resource_path("icons", "padlock.svg")))


class NewProfileDialog(QDialog):
    """Name a profile, optionally protect it with a passphrase (asked twice)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("ProfilePicker", "New profile"))
        form = QFormLayout(self)
        intro = QLabel(QCoreApplication.translate("ProfilePicker", "Make one profile for each person you care for. "
                                                                   "A passphrase keeps the records private on a shared computer."))
        intro.setWordWrap(True)
        form.addRow(intro)
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(QCoreApplication.translate("ProfilePicker", "Name of the person cared for"))
        self.name_edit.setPlaceholderText(QCoreApplication.translate("ProfilePicker", "e.g. Margaret Hale"))
        form.addRow(QCoreApplication.translate("ProfilePicker", "&Name:"), self.name_edit)
        self.protect_check = QCheckBox(QCoreApplication.translate("ProfilePicker", "&Protect with a passphrase"))
        form.addRow(self.protect_check)
        self.pass_edit = QLineEdit()
        self.pass_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pass_edit.setAccessibleName(QCoreApplication.translate("ProfilePicker", "Passphrase"))
        self.again_edit = QLineEdit()
        self.again_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.again_edit.setAccessibleName(QCoreApplication.translate("ProfilePicker", "Passphrase again"))
        form.addRow(QCoreApplication.translate("ProfilePicker", "Pass&phrase:"), self.pass_edit)
        form.addRow(QCoreApplication.translate("ProfilePicker", "&Again:"), self.again_edit)
        self.strength_label = QLabel()
        self.strength_label.setObjectName("strength")
        self.strength_label.setWordWrap(True)
        self.strength_label.setAccessibleName(QCoreApplication.translate("ProfilePicker", "Passphrase strength"))
        form.addRow(self.strength_label)
        self.pass_edit.textChanged.connect(self.on_passphrase_changed)
        self.warning = QLabel(QCoreApplication.translate("ProfilePicker", "Keep the passphrase safe: without it the records cannot be opened by anyone."))
        self.warning.setWordWrap(True)
        form.addRow(self.warning)
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(QCoreApplication.translate("ProfilePicker", "Problem"))
        self.error_label.hide()
        form.addRow(self.error_label)
        self.status_label = QLabel()
        self.status_label.setObjectName("status")
        self.status_label.setWordWrap(True)
        self.status_label.hide()
        form.addRow(self.status_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.on_ok_clicked)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.protect_check.toggled.connect(self.on_protect_toggled)
        self.on_protect_toggled(False)
        self.profile: Profile | None = None

    def on_protect_toggled(self, on: bool) -> None:
        for w in (self.pass_edit, self.again_edit, self.warning, self.strength_label):
            w.setEnabled(on)

    def on_passphrase_changed(self, text: str) -> None:
        from careorganiser.services.privacy import passphrase_strength

        self.strength_label.setText(passphrase_strength(text, (self.name_edit.text(),)).words)

    def _say(self, label: QLabel, text: str) -> None:
        """Show (or clear) a message, and grow the dialog so that all of it shows: a wrapped message is
        taller than the dialog first made room for."""
        label.setText(text)
        label.setVisible(bool(text))
        grow_to_fit(self)

    def show_error(self, text: str) -> None:
        self._say(self.error_label, text)

    def on_ok_clicked(self) -> None:
        self.show_error("")  # an earlier problem is never left showing while the next try runs
        passphrase = None
        if self.protect_check.isChecked():
            from careorganiser.services.base import ValidationError
            from careorganiser.services.privacy import check_new_passphrase

            passphrase = self.pass_edit.text()
            try:
                check_new_passphrase(passphrase)
            except ValidationError as exc:
                self.show_error(exc.message)
                self.pass_edit.setFocus()
                return
            if passphrase != self.again_edit.text():
                self.show_error(QCoreApplication.translate("ProfilePicker", "The two passphrases are not the same."))
                self.again_edit.setFocus()
                return
        self._say(self.status_label, QCoreApplication.translate("ProfilePicker", "Creating the profile…"))
        self.status_label.repaint()
        try:
            from careorganiser.services import profiles as profile_service

            self.profile = profile_service.create_profile(self.name_edit.text(), passphrase)
        except ProfileError as exc:
            self._say(self.status_label, "")
            self.show_error(str(exc))
            self.name_edit.setFocus()
            return
        self._say(self.status_label, "")
        self.accept()


class ProfilePicker(QDialog):
    """The first window: pick a profile. ``chosen`` is the opened Profile once accepted."""

    def __init__(self, parent: QWidget | None = None, prompter: Prompter | None = None) -> None:
        super().__init__(parent)
        self.prompter = prompter if prompter is not None else default_prompter()
        self.setWindowTitle(QCoreApplication.translate("ProfilePicker", "Choose a profile \u2014 Care Organiser"))
        self.setMinimumWidth(460)
        self.chosen: Profile | None = None
        layout = QVBoxLayout(self)
        heading = QLabel(QCoreApplication.translate("ProfilePicker", "<h2>Whose records?</h2>"))
        layout.addWidget(heading)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.list = QListWidget()
        self.list.setAccessibleName(QCoreApplication.translate("ProfilePicker", "Profiles"))
        self.list.itemActivated.connect(lambda _item: self.on_open_clicked())
        layout.addWidget(self.list, 1)
        self.error_label = QLabel()
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        layout.addWidget(self.error_label)
        row = QHBoxLayout()
        self.open_button = QPushButton(QCoreApplication.translate("ProfilePicker", "&Open"))
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.on_open_clicked)
        self.new_button = QPushButton(QCoreApplication.translate("ProfilePicker", "&New profile\u2026"))
        self.new_button.clicked.connect(self.on_new_clicked)
        self.demo_button = QPushButton(QCoreApplication.translate("ProfilePicker", "Open the &demo"))
        self.demo_button.setToolTip(QCoreApplication.translate("ProfilePicker", "A sample profile with six months of records, to try the app"))
        self.demo_button.clicked.connect(self.on_demo_clicked)
        for b in (self.open_button, self.new_button, self.demo_button):
            row.addWidget(b)
        layout.addLayout(row)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        found = profiles.list_profiles()
        from careorganiser.ui.privacy import profile_label

        for info in found:
            shown = profile_label(info, found)  # "Protected profile 1" when neutral labels are chosen
            item = QListWidgetItem(shown)
            if info.encrypted:  # a drawn padlock: a font may lack the padlock character and show a box
                item.setIcon(padlock_icon())
                item.setToolTip(QCoreApplication.translate("ProfilePicker", "Protected with a passphrase"))
            item.setData(QtCore.Qt.ItemDataRole.UserRole, info.name)
            item.setData(QtCore.Qt.ItemDataRole.AccessibleTextRole,
                         shown + (" " + QCoreApplication.translate("ProfilePicker", "(protected)") if info.encrypted else ""))
            self.list.addItem(item)
        if found:
            self.hint.setText(QCoreApplication.translate("ProfilePicker", "Choose a profile and press Open."))
            self.list.setCurrentRow(0)
        else:
            self.hint.setText(QCoreApplication.translate("ProfilePicker", "There are no profiles yet. Create one for the person you care for, "
                                                                          "or open the demo to look around first."))
        self.open_button.setEnabled(bool(found))

    def select(self, name: str) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(QtCore.Qt.ItemDataRole.UserRole) == name:
                self.list.setCurrentRow(i)

    def on_open_clicked(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        name = item.data(QtCore.Qt.ItemDataRole.UserRole)
        profile = open_with_prompt(self, name, self.prompter)
        if profile is not None:
            self.chosen = profile
            self.accept()

    def on_new_clicked(self) -> None:
        dialog = NewProfileDialog(self)
        if self.prompter.run_dialog(dialog) and dialog.profile is not None:
            self.chosen = dialog.profile
            self.accept()

    def on_demo_clicked(self) -> None:
        from careorganiser.services import demo

        name = QCoreApplication.translate("ProfilePicker", "Demo")
        try:
            if not profiles.profile_exists(name):
                demo.create_demo_profile(name)
            self.chosen = profiles.open_profile(name)
        except ProfileError as exc:
            self.error_label.setText(str(exc))
            return
        self.accept()
