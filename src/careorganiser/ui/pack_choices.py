"""The left side of the Prepare pack window: the appointment, the paper, large print, the pack's sections and
trials, what the document holds, and the progress of a preview or a print (with Cancel).

Widgets only: the window (ui/pack_dialog.py) reads the choices from here and does the work; the words come
from ui/pack_words.py.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from careorganiser.domain.enums import DocumentKind
from careorganiser.ui.pack_words import (
    appointment_entries,
    section_labels,
    trial_choices,
)
from careorganiser.ui.widgets.wheel import scroll_past

if TYPE_CHECKING:
    from careorganiser.pack.model import PackData, PackOptions


class PackChoices(QWidget):
    """The choices for one kind of document; ``on_change`` is called whenever one of them changes."""

    def __init__(self, kind: str, paper: str, on_change: Callable[..., None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self._on_change = on_change
        options = QVBoxLayout()
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.appointment = scroll_past(QComboBox())
        self.appointment.setObjectName("PackAppointment")
        self.appointment.setAccessibleName(QCoreApplication.translate("PackDialog", "Appointment"))
        self.appointment.setMinimumContentsLength(28)
        self.appointment.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        if kind != DocumentKind.CARD:
            # The appointments are read in the worker too; the list fills in when they are there.
            self.appointment.addItem(QCoreApplication.translate("PackDialog", "Loading\u2026"), None)
            self.appointment.setEnabled(False)
            label = QLabel(QCoreApplication.translate("PackDialog", "&Appointment:"))
            label.setBuddy(self.appointment)
            form.addRow(label, self.appointment)
        else:
            self.appointment.hide()
        self.paper = scroll_past(QComboBox())
        self.paper.setObjectName("PackPaper")
        self.paper.setAccessibleName(QCoreApplication.translate("PackDialog", "Paper size"))
        self.paper.addItem(QCoreApplication.translate("PackDialog", "A4"), "a4")
        self.paper.addItem(QCoreApplication.translate("PackDialog", "Letter"), "letter")
        self.paper.setCurrentIndex(self.paper.findData(paper))
        paper_label = QLabel(QCoreApplication.translate("PackDialog", "&Paper:"))
        paper_label.setBuddy(self.paper)
        form.addRow(paper_label, self.paper)
        self.large_print = QCheckBox(QCoreApplication.translate("PackDialog", "&Large print"))
        self.large_print.setObjectName("PackLargePrint")
        self.large_print.setToolTip(QCoreApplication.translate("PackDialog", "Bigger type, for reading without glasses"))
        form.addRow("", self.large_print)
        options.addLayout(form)

        self.sections: dict[str, QCheckBox] = {}
        self.sections_box = QGroupBox(QCoreApplication.translate("PackDialog", "Sections"))
        self.sections_box.setObjectName("PackSections")
        box_layout = QVBoxLayout(self.sections_box)
        for key, text in section_labels().items():
            check = QCheckBox(text)
            check.setObjectName(f"PackSection-{key}")
            check.setChecked(True)
            check.toggled.connect(on_change)
            box_layout.addWidget(check)
            self.sections[key] = check
        if kind == DocumentKind.PACK:
            options.addWidget(self.sections_box)
        else:
            self.sections_box.hide()

        # The trials to print: ticked by default when the caregiver is considering, has contacted, is in
        # screening for or is enrolled in them; the caregiver can tick others or untick these.
        self.trial_checks: dict[str, QCheckBox] = {}
        self.trials_box = QGroupBox(QCoreApplication.translate("PackDialog", "Trials to include"))
        self.trials_box.setObjectName("PackTrials")
        self.trials_layout = QVBoxLayout(self.trials_box)
        self.trials_box.hide()
        if kind == DocumentKind.PACK:
            options.addWidget(self.trials_box)

        self.summary = QLabel()
        self.summary.setObjectName("PackSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByKeyboard
                                             | QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setAccessibleName(QCoreApplication.translate("PackDialog", "About this document"))
        options.addWidget(self.summary)
        # Shown while a preview is being made (no end known) and while pages go to the printer (page by page).
        self.progress = QProgressBar()
        self.progress.setObjectName("PackProgress")
        self.progress.setAccessibleName(QCoreApplication.translate("PackDialog", "Progress"))
        self.progress.hide()
        options.addWidget(self.progress)
        self.cancel_print_button = QPushButton(QCoreApplication.translate("PackDialog", "&Cancel printing"))
        self.cancel_print_button.setObjectName("PackCancelPrint")
        self.cancel_print_button.hide()
        options.addWidget(self.cancel_print_button)
        options.addStretch(1)
        self.setLayout(options)

    # -- the appointment
    def fill_appointments(self, choices: list[Any], wanted: int | str | None) -> None:
        """The appointments read in the worker, ``wanted`` (or the next one) chosen; no change is announced."""
        self.appointment.blockSignals(True)
        self.appointment.clear()
        entries, index = appointment_entries(self.kind, choices, wanted)
        for text, appointment_id in entries:
            self.appointment.addItem(text, appointment_id)
        self.appointment.setCurrentIndex(index)
        self.appointment.blockSignals(False)
        self.appointment.setEnabled(True)

    def selected_appointment(self) -> int | None:
        if self.kind == DocumentKind.CARD:
            return None
        value = self.appointment.currentData()
        return int(value) if value is not None else None

    # -- the options
    def options(self) -> PackOptions:
        from careorganiser.pack.model import PackOptions

        sections = frozenset(key for key, check in self.sections.items() if check.isChecked())
        chosen = frozenset(nct for nct, check in self.trial_checks.items() if check.isChecked()) \
            if self.trial_checks else None
        return PackOptions(paper=self.paper.currentData() or "a4", large_print=self.large_print.isChecked(),
                           sections=sections if self.kind == DocumentKind.PACK else frozenset(section_labels()),
                           trials=chosen)

    def fill_trials(self, data: PackData | None) -> None:
        """One tick box per saved trial; a trial already listed keeps the caregiver's tick."""
        entries = trial_choices(self.kind, data)
        if [entry.key for entry in entries] == list(self.trial_checks):
            return
        kept = {nct: check.isChecked() for nct, check in self.trial_checks.items()}
        for check in self.trial_checks.values():
            self.trials_layout.removeWidget(check)
            check.deleteLater()
        self.trial_checks = {}
        for entry in entries:
            key = entry.key
            check = QCheckBox(entry.text)
            check.setObjectName(f"PackTrial-{key}")
            check.setToolTip(entry.tip)
            check.setChecked(kept.get(key, entry.chosen))
            check.toggled.connect(self._on_change)
            self.trials_layout.addWidget(check)
            self.trial_checks[key] = check
        self.trials_box.setVisible(bool(self.trial_checks))

    # -- progress
    def show_busy(self, preparing: bool, printing: bool) -> None:
        """A moving bar while a preview is made; the bar and Cancel while pages go to the printer."""
        self.cancel_print_button.setVisible(printing)
        self.progress.setVisible(preparing or printing)
        if preparing and not printing:
            self.progress.setRange(0, 0)  # no end known: a moving bar

    def show_print_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(QCoreApplication.translate("PackDialog", "Page {page} of {count}").format(page=min(done + 1, total), count=total))
