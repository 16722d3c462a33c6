"""Small pieces of the Trials screen: "Add by NCT number…" and the online look-up that runs off the ui thread."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from careorganiser.services import trials
from careorganiser.services.base import ValidationError
from careorganiser.store.profiles import Profile
from careorganiser.trials.cautions import cautions
from careorganiser.trials.model import is_valid_nct_id
from careorganiser.ui.prompter import Prompter
from careorganiser.ui.trials.words import caution_text
from careorganiser.ui.widgets.field_errors import FieldErrors
from careorganiser.ui.widgets.field_limits import limit_to
from careorganiser.ui.widgets.save_cancel import save_cancel_buttons
from careorganiser.ui.widgets.scroll import grow_to_fit

CAUTION_STYLE = ("QLabel { background: #fff4d6; border: 1px solid #e0c27a; border-radius: 4px; padding: 6px; "
                 "color: #3c2f00; }")


def run_dialog(prompter: Prompter, dialog: AddTrialDialog | OfferDialog) -> None:
    """Run one of these dialogs through the prompter, then let it go (its result stays in its attributes)."""
    try:
        prompter.run_dialog(dialog)
    finally:
        dialog.deleteLater()


class AddTrialDialog(QDialog):
    """Save a trial by its NCT number; a number that is not one is explained, with the registration caution."""

    def __init__(self, profile: Profile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.profile = profile
        self.trial_id: int | None = None
        self.setWindowTitle(QCoreApplication.translate("TrialsPage", "Add a trial by its NCT number"))
        self.setAccessibleName(QCoreApplication.translate("TrialsPage", "Add a trial by its NCT number"))
        layout = QVBoxLayout(self)
        intro = QLabel(QCoreApplication.translate("TrialsPage", "Every registered trial has an NCT number, such as NCT01234567. You can import its "
                                                                "full record later, or look it up online."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.nct_edit = QLineEdit()
        self.nct_edit.setPlaceholderText("NCT01234567")
        self.nct_edit.setAccessibleName(QCoreApplication.translate("TrialsPage", "NCT number"))
        self.nct_edit.setMaxLength(40)
        self.title_edit = QLineEdit()
        limit_to(self.title_edit, "trials", "title")
        self.title_edit.setAccessibleName(QCoreApplication.translate("TrialsPage", "Title (optional)"))
        self.title_edit.setPlaceholderText(QCoreApplication.translate("TrialsPage", "what the trial is called, if you know"))
        self.errors = FieldErrors()
        nct_label = QLabel(QCoreApplication.translate("TrialsPage", "&NCT number:"))
        nct_label.setBuddy(self.nct_edit)
        title_label = QLabel(QCoreApplication.translate("TrialsPage", "&Title (optional):"))
        title_label.setBuddy(self.title_edit)
        form.addRow(nct_label, self.nct_edit)
        form.addRow("", self.errors.add("nct_id", self.nct_edit))
        form.addRow(title_label, self.title_edit)
        form.addRow("", self.errors.add("title", self.title_edit))
        layout.addLayout(form)
        self.caution = QLabel()
        self.caution.setObjectName("trial-caution")
        self.caution.setAccessibleName(QCoreApplication.translate("TrialsPage", "Caution"))
        self.caution.setWordWrap(True)
        self.caution.setStyleSheet(CAUTION_STYLE)
        self.caution.hide()
        layout.addWidget(self.caution)
        buttons = QDialogButtonBox()
        self.add_button = QPushButton(QCoreApplication.translate("TrialsPage", "&Add trial"))
        self.add_button.setAccessibleName(QCoreApplication.translate("TrialsPage", "Add trial"))
        self.add_button.setDefault(True)
        cancel = QPushButton(QCoreApplication.translate("TrialsPage", "Cancel"))
        cancel.setAccessibleName(QCoreApplication.translate("TrialsPage", "Cancel"))
        buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        self.add_button.clicked.connect(self.on_add_clicked)
        cancel.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())

    def on_add_clicked(self) -> None:
        self.errors.clear()
        self.caution.hide()
        try:
            self.trial_id = trials.add_trial_manually(self.profile, self.nct_edit.text(), self.title_edit.text())
        except ValidationError as exc:
            self.errors.show(exc.field, exc.message)
            if exc.field == "nct_id" and not is_valid_nct_id(" ".join(self.nct_edit.text().split()).upper()):
                self.caution.setText(caution_text(cautions(None, self.nct_edit.text())))
                self.caution.show()
            grow_to_fit(self)  # the refusal and the caution wrap: room for both
            return
        self.accept()



class OfferDialog(QDialog):
    """Record a treatment offered without an NCT number; its red flags show once it is saved (or refused)."""

    def __init__(self, profile: Profile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.profile = profile
        self.offer: trials.OfferRow | None = None
        self.setWindowTitle(QCoreApplication.translate("TrialsPage", "Record an offer without an NCT number"))
        self.setAccessibleName(QCoreApplication.translate("TrialsPage", "Record an offer without an NCT number"))
        layout = QVBoxLayout(self)
        intro = QLabel(QCoreApplication.translate("TrialsPage", "A clinic, a website or a friend may offer a treatment that is not a registered trial. "
                                                                "Write down what you were told; the app shows what to be careful about."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.errors = FieldErrors()
        self.edits: dict[str, QLineEdit] = {}
        for key, label, accessible in (
            ("name", QCoreApplication.translate("TrialsPage", "&Treatment:"), QCoreApplication.translate("TrialsPage", "Name of the treatment")),
            ("provider", QCoreApplication.translate("TrialsPage", "&Who offers it:"), QCoreApplication.translate("TrialsPage", "Who offers it (clinic, person, website)")),
            ("offered", QCoreApplication.translate("TrialsPage", "What is &offered:"), QCoreApplication.translate("TrialsPage", "What is offered")),
            ("cost", QCoreApplication.translate("TrialsPage", "&Cost:"), QCoreApplication.translate("TrialsPage", "Cost, as you were told it")),
            ("heard_from", QCoreApplication.translate("TrialsPage", "Where you &heard of it:"), QCoreApplication.translate("TrialsPage", "Where you heard of it")),
            ("notes", QCoreApplication.translate("TrialsPage", "&Notes:"), QCoreApplication.translate("TrialsPage", "Notes")),
        ):
            edit = limit_to(QLineEdit(), "offers", key)
            edit.setAccessibleName(accessible)
            edit.setObjectName(f"offer-{key}")
            caption = QLabel(label)
            caption.setBuddy(edit)
            form.addRow(caption, edit)
            form.addRow("", self.errors.add(key, edit))
            self.edits[key] = edit
        layout.addLayout(form)
        buttons, self.save_button = save_cancel_buttons(self, self.on_save_clicked, QCoreApplication.translate("TrialsPage", "&Save offer"),
                                                        QCoreApplication.translate("TrialsPage", "Save offer"))
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def on_save_clicked(self) -> None:
        self.errors.clear()
        try:
            self.offer = trials.add_offer(self.profile, **{k: e.text() for k, e in self.edits.items()})
        except ValidationError as exc:
            self.errors.show(exc.field, exc.message)
            return
        self.accept()
