"""The parts of the trial detail below its header: the caregiver's interest and notes, the pre-screen item by
item, what changed at the last import, and the template questions to tick. Views only: the words come from
words.py and the detail controller, the reads and the saving from the pane (detail.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from careorganiser.domain.enums import TrialInterest
from careorganiser.services import trials
from careorganiser.services.trials import TemplateChoice
from careorganiser.trials.diff import StudyChange
from careorganiser.trials.prescreen import PrescreenItem, prescreen_caution
from careorganiser.ui.table_model import SnapshotTableModel
from careorganiser.ui.trials import words
from careorganiser.ui.trials.columns import change_columns, prescreen_columns
from careorganiser.ui.trials.tables import ERROR_STYLE, NotesEdit, wrapped_table
from careorganiser.ui.widgets.field_limits import limit_text
from careorganiser.ui.widgets.wheel import scroll_past


def _plain_label(name: str = "", selectable: bool = False) -> QLabel:
    label = QLabel()
    if name:
        label.setObjectName(name)
    label.setWordWrap(True)
    if selectable:
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class OwnPart(QWidget):
    """The caregiver's own part: interest, notes, and the follow-up plan of a trial taken part in."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        own = QGridLayout(self)
        own.setContentsMargins(0, 0, 0, 0)
        own.setColumnStretch(3, 1)
        self.interest_combo = scroll_past(QComboBox())
        self.interest_combo.setAccessibleName(QCoreApplication.translate("TrialsPage", "Your interest in this trial"))
        for interest in TrialInterest:
            self.interest_combo.addItem(trials.interest_label(interest), interest.value)
        interest_label = QLabel(QCoreApplication.translate("TrialsPage", "Your inte&rest:"))
        interest_label.setBuddy(self.interest_combo)
        self.notes_edit = NotesEdit()
        self.notes_edit.setAccessibleName(QCoreApplication.translate("TrialsPage", "Your notes about this trial"))
        self.notes_edit.setPlaceholderText(QCoreApplication.translate("TrialsPage", "who you spoke to, what they said, what to ask next\u2026"))
        notes_label = QLabel(QCoreApplication.translate("TrialsPage", "Your &notes:"))
        notes_label.setBuddy(self.notes_edit)
        self.notes_status = QLabel()
        self.notes_status.setObjectName("notes-status")
        self.notes_status.setWordWrap(True)
        own.addWidget(interest_label, 0, 0)
        own.addWidget(self.interest_combo, 0, 1)
        own.addWidget(notes_label, 0, 2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        own.addWidget(self.notes_edit, 0, 3, 2, 1)
        own.addWidget(limit_text(self.notes_edit, "trials", "notes"), 2, 3)
        own.addWidget(self.notes_status, 1, 0, 1, 2, Qt.AlignmentFlag.AlignTop)
        self.followup_button = QPushButton(QCoreApplication.translate("TrialsPage", "Follow-&up plan\u2026"))
        self.followup_button.setObjectName("trial-followup")
        self.followup_button.setAccessibleName(QCoreApplication.translate("TrialsPage", "Follow-up plan of this trial"))
        self.followup_button.setToolTip(QCoreApplication.translate("TrialsPage", "Visits, tests due, change from baseline and side effects"))
        own.addWidget(self.followup_button, 2, 0, 1, 2, Qt.AlignmentFlag.AlignTop)

    def show_status(self, text: str, error: bool = False) -> None:
        """What became of the last edit ("Notes saved."), or why it was refused."""
        self.notes_status.setText(words.error_text(text) if error else text)
        self.notes_status.setStyleSheet(ERROR_STYLE if error else "")


class PrescreenTab(QWidget):
    """The eligibility pre-screen: the statement that it is not a decision, the counts, the items, and how the
    item selected was checked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.statement = _plain_label("prescreen-statement")
        font = QFont(self.statement.font())
        font.setBold(True)
        self.statement.setFont(font)
        self.summary = _plain_label("prescreen-summary")
        self.model = SnapshotTableModel(prescreen_columns(), self)
        self.table = wrapped_table(self.model, QCoreApplication.translate("TrialsPage", "Eligibility pre-screen, item by item"), (2, 3))
        self.table.setObjectName("prescreen")
        self.reason = _plain_label("prescreen-reason", selectable=True)
        self.table.selectionModel().selectionChanged.connect(self.on_selection_changed)
        layout.addWidget(self.statement)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.reason)

    def show_no_record(self) -> None:
        self.statement.setText(prescreen_caution())
        self.summary.setText(words.no_record_summary())
        self.model.set_rows([])
        self.reason.clear()

    def show_checking(self) -> None:
        self.summary.setText(words.checking_summary())

    def show_failed(self, message: str) -> None:
        self.model.set_rows([])
        self.summary.setText(message)

    def show_rows(self, summary: str, rows: list[words.PrescreenRow]) -> None:
        self.statement.setText(words.prescreen_statement())
        self.summary.setText(summary)
        self.model.set_rows(rows)
        self.reason.setText(words.choose_an_item())

    def on_selection_changed(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            item: PrescreenItem = self.model.row_at(rows[0].row()).item
            self.reason.setText(words.how_checked_text(item))


class ChangesTab(QWidget):
    """What changed in the registry's record between the last two imports."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.intro = _plain_label()
        self.model = SnapshotTableModel(change_columns(), self)
        self.table = wrapped_table(self.model, QCoreApplication.translate("TrialsPage", "What changed since the last import"), 2)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)

    def show_changes(self, intro: str, changes: tuple[StudyChange, ...]) -> None:
        self.model.set_rows(words.change_rows(changes))
        self.table.setVisible(bool(changes))
        self.intro.setText(intro)


class QuestionsTab(QWidget):
    """Template questions for the doctor about the trial: tick them, then add them to the questions list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.intro = _plain_label("questions-intro")
        self.model = QStandardItemModel(self)
        self.templates = QListView()
        self.templates.setModel(self.model)
        self.templates.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.templates.setObjectName("question-templates")
        self.templates.setAccessibleName(QCoreApplication.translate("TrialsPage", "Questions to add: tick the ones you want"))
        self.templates.setWordWrap(True)
        self.templates.setAlternatingRowColors(True)
        buttons = QHBoxLayout()
        self.tick_all_button = QPushButton(QCoreApplication.translate("TrialsPage", "&Tick all"))
        self.tick_all_button.setAccessibleName(QCoreApplication.translate("TrialsPage", "Tick every question"))
        self.add_button = QPushButton(QCoreApplication.translate("TrialsPage", "Add the tic&ked questions"))
        self.add_button.setAccessibleName(QCoreApplication.translate("TrialsPage", "Add the ticked questions for the doctor"))
        self.result = QLabel()
        self.result.setObjectName("questions-result")
        self.result.setWordWrap(True)
        buttons.addWidget(self.tick_all_button)
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        layout.addWidget(self.intro)
        layout.addWidget(self.templates, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        self.tick_all_button.clicked.connect(self.on_tick_all_clicked)
        self.model.itemChanged.connect(lambda _item: self._update_add_button())

    def show_choices(self, choices: list[TemplateChoice], intro: str) -> None:
        """The templates, those already added marked and not tickable; ticks kept on those still offered."""
        self.intro.setText(intro)
        ticked = set(self.ticked_keys())
        self.model.removeRows(0, self.model.rowCount())
        for choice in choices:
            self.model.appendRow(self._item(choice, choice.key in ticked))
        self._update_add_button()

    def clear(self) -> None:
        self.model.removeRows(0, self.model.rowCount())

    @staticmethod
    def _item(choice: TemplateChoice, ticked: bool) -> QStandardItem:
        item = QStandardItem(words.template_text(choice))
        item.setData(choice.key, Qt.ItemDataRole.UserRole)
        item.setToolTip(choice.text)
        if choice.already_added:
            item.setFlags(Qt.ItemFlag.ItemIsSelectable)  # shown, but cannot be ticked again
            item.setCheckState(Qt.CheckState.Checked)
        else:
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        return item

    def ticked_keys(self) -> list[str]:
        keys = []
        for i in range(self.model.rowCount()):
            item = self.model.item(i)
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable and item.checkState() == Qt.CheckState.Checked:
                keys.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return keys

    def untick_all(self) -> None:
        for i in range(self.model.rowCount()):
            self.model.item(i).setCheckState(Qt.CheckState.Unchecked)

    def on_tick_all_clicked(self) -> None:
        for i in range(self.model.rowCount()):
            item = self.model.item(i)
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                item.setCheckState(Qt.CheckState.Checked)

    def _update_add_button(self) -> None:
        self.add_button.setEnabled(bool(self.ticked_keys()))

    def show_result(self, text: str, error: bool = False) -> None:
        self.result.setText(words.error_text(text) if error else text)
        self.result.setStyleSheet(ERROR_STYLE if error else "")
