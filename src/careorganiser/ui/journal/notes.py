"""The symptom journal tab: quick entry at the top, the journal (newest first, paged) below."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from careorganiser.domain.enums import SEVERITY_LABELS
from careorganiser.services import symptoms
from careorganiser.services.base import NotFound
from careorganiser.services.symptoms import SymptomNote
from careorganiser.services.trash import RecordKind
from careorganiser.ui.context import AppContext
from careorganiser.ui.journal.note_words import quick_rows, rated_symptoms, severity_text, symptoms_text, symptoms_tooltip
from careorganiser.ui.locale_text import format_datetime
from careorganiser.ui.pages.crud_panel import CrudPanel, DeleteWords
from careorganiser.ui.widgets.entry_form import TabFocusText, labelled
from careorganiser.ui.table_model import Column
from careorganiser.ui.widgets.date_field import WallClockField
from careorganiser.ui.widgets.field_limits import limit_text, limit_to
from careorganiser.ui.widgets.scroll import DownScrollArea
from careorganiser.ui.widgets.undo_bar import UndoBar
from careorganiser.ui.widgets.wheel import scroll_past

class SymptomRow(QWidget):
    """One symptom of the note: a name (typed or chosen) and how bad it was on the 0-4 scale."""

    remove_requested = Signal(object)

    def __init__(self, names: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.name = scroll_past(QComboBox())
        self.name.setEditable(True)
        self.name.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.name.addItems(names)
        self.name.setCurrentIndex(-1)
        self.name.lineEdit().setPlaceholderText(QCoreApplication.translate("JournalPage", "symptom, e.g. cough"))
        # Typing "br" completes to "breathlessness" in place; Alt+Down opens the whole list.
        self.name.completer().setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.name.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.severity = scroll_past(QComboBox())
        for value in range(len(SEVERITY_LABELS)):
            self.severity.addItem(severity_text(value), value)
        self.severity.setPlaceholderText(QCoreApplication.translate("JournalPage", "not noted"))
        self.severity.setCurrentIndex(-1)
        self.remove = QPushButton(QCoreApplication.translate("JournalPage", "Remove"))
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))
        layout.addWidget(self.name, 3)
        layout.addWidget(self.severity, 2)
        layout.addWidget(self.remove)

    def set_number(self, number: int) -> None:
        self.name.setAccessibleName(QCoreApplication.translate("JournalPage", "Symptom {number}").format(number=number))
        self.severity.setAccessibleName(QCoreApplication.translate("JournalPage", "How bad was symptom {number}, from 0 none to 4 very severe")
                                        .format(number=number))
        self.remove.setAccessibleName(QCoreApplication.translate("JournalPage", "Remove symptom {number}").format(number=number))

    def set_value(self, name: str, severity: int | None) -> None:
        self.name.setCurrentText(name)
        self.severity.setCurrentIndex(-1 if severity is None else self.severity.findData(severity))

    def value(self) -> tuple[str, int | None]:
        data = self.severity.currentData()
        return self.name.currentText().strip(), (int(data) if data is not None else None)


class NotesPanel(CrudPanel):
    """Quick entry of a symptom note and the journal list; edit and delete (with undo) from the list."""

    trash_kind = RecordKind.SYMPTOM_NOTE

    def __init__(self, ctx: AppContext, undo_bar: UndoBar, parent: QWidget | None = None) -> None:
        super().__init__(ctx, undo_bar, parent)
        self.editing: SymptomNote | None = None
        self.rows: list[SymptomRow] = []
        self._names: list[str] = []

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        outer.addWidget(splitter)
        splitter.addWidget(DownScrollArea(self._build_form()))
        splitter.addWidget(self._build_list())
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        self.splitter = splitter

    # -- building
    def _build_form(self) -> QWidget:
        form = self.make_entry_form(QCoreApplication.translate("JournalPage", "New note"),
                                    QCoreApplication.translate("JournalPage", "Symptom note"))
        grid = QGridLayout(form)
        grid.setColumnStretch(0, 1)

        # Left column: when, and the symptoms.
        left = QVBoxLayout()
        when_row = QHBoxLayout()
        self.when = WallClockField(QCoreApplication.translate("JournalPage", "When"), "recorded_at")
        self.now_button = QPushButton(QCoreApplication.translate("JournalPage", "N&ow"))
        self.now_button.setAccessibleName(QCoreApplication.translate("JournalPage", "Set the time to now"))
        self.now_button.clicked.connect(self.on_now_clicked)
        when_row.addWidget(labelled(QCoreApplication.translate("JournalPage", "&When"), self.when, QCoreApplication.translate("JournalPage", "When")))
        when_row.addWidget(self.when, 1)
        when_row.addWidget(self.now_button)
        left.addLayout(when_row)
        left.addWidget(self.errors.add("recorded_at", self.when))
        heading = QLabel(QCoreApplication.translate("JournalPage", "<b>Symptoms</b> \u2014 how bad, from 0 (none) to 4 (very severe)"))
        heading.setWordWrap(True)
        left.addWidget(heading)
        self.rows_box = QVBoxLayout()
        self.rows_box.setSpacing(4)
        left.addLayout(self.rows_box)
        self.add_button = QPushButton(QCoreApplication.translate("JournalPage", "&Add symptom"))
        self.add_button.setAccessibleName(QCoreApplication.translate("JournalPage", "Add a symptom"))
        self.add_button.clicked.connect(self.on_add_symptom_clicked)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        left.addLayout(add_row)
        self.symptoms_error = self.errors.add("symptoms", self.add_button)
        left.addWidget(self.symptoms_error)
        left.addStretch(1)
        grid.addLayout(left, 0, 0)

        # Right column: free text, activity and pacing, tags.
        right = QVBoxLayout()
        self.text = TabFocusText()
        self.text.setPlaceholderText(QCoreApplication.translate("JournalPage", "How was the day? Anything to tell the doctor?"))
        right.addWidget(labelled(QCoreApplication.translate("JournalPage", "&Notes"), self.text))
        right.addWidget(self.text)
        right.addWidget(limit_text(self.text, "symptom_notes", "text"))
        right.addWidget(self.errors.add("text", self.text))
        self.activity = QLineEdit()
        limit_to(self.activity, "symptom_notes", "activity")
        self.activity.setPlaceholderText(QCoreApplication.translate("JournalPage", "e.g. short walk, rested after lunch"))
        right.addWidget(labelled(QCoreApplication.translate("JournalPage", "A&ctivity and pacing"), self.activity))
        right.addWidget(self.activity)
        right.addWidget(self.errors.add("activity", self.activity))
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(QCoreApplication.translate("JournalPage", "words to find notes later, separated by commas"))
        right.addWidget(labelled(QCoreApplication.translate("JournalPage", "&Tags"), self.tags))
        right.addWidget(self.tags)
        right.addWidget(self.errors.add("tags", self.tags))
        grid.addLayout(right, 1, 0)  # under the symptoms: the form never needs two columns of width

        buttons = self.make_form_buttons(
            (QCoreApplication.translate("JournalPage", "&Save note"), QCoreApplication.translate("JournalPage", "Save note")),
            (QCoreApplication.translate("JournalPage", "C&lear"), QCoreApplication.translate("JournalPage", "Clear the form")),
            self.hint_label(QCoreApplication.translate("JournalPage", "Enter saves, Escape cancels.")))
        grid.addLayout(buttons, 2, 0)
        return form

    def _build_list(self) -> QWidget:
        zone = self.ctx.zone
        columns = [
            Column(QCoreApplication.translate("JournalPage", "When"), lambda r: format_datetime(r.recorded_at, zone)),
            Column(QCoreApplication.translate("JournalPage", "Symptoms"), symptoms_text, tooltip=symptoms_tooltip),
            Column(QCoreApplication.translate("JournalPage", "Notes"), lambda r: r.text.replace("\n", " "), tooltip=lambda r: r.text),
            Column(QCoreApplication.translate("JournalPage", "Activity and pacing"), lambda r: r.activity, tooltip=lambda r: r.activity),
            Column(QCoreApplication.translate("JournalPage", "Tags"), lambda r: ", ".join(r.tags)),
        ]
        self.make_list_table(columns, QCoreApplication.translate("JournalPage", "Journal, newest first"))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        top = self.make_list_bar(
            (QCoreApplication.translate("JournalPage", "&Edit"), QCoreApplication.translate("JournalPage", "Edit the selected note")),
            (QCoreApplication.translate("JournalPage", "&Delete"), QCoreApplication.translate("JournalPage", "Delete the selected note")))
        self.count_label.setAccessibleName(QCoreApplication.translate("JournalPage", "Number of notes"))
        return self.make_list_box(top, QCoreApplication.translate("JournalPage", "No notes yet. Choose how bad each symptom is above, add a few words if "
                                                                                 "you like, and press Save note."))

    def fetch(self, offset: int, limit: int) -> list[SymptomNote]:
        return symptoms.list_notes(self.ctx.profile, limit=limit, offset=offset)

    def fetch_ids(self, ids: frozenset[int]) -> list[SymptomNote]:
        return symptoms.notes_by_ids(self.ctx.profile, ids)

    def order_key(self, row: SymptomNote) -> tuple:
        return (row.recorded_at, row.id)

    def count(self) -> int:
        return symptoms.count_notes(self.ctx.profile)

    def count_text(self, count: int) -> str:
        return QCoreApplication.translate("JournalPage", "<b>Journal</b> \u2014 %n note(s), newest first", None, count)

    # -- loading
    def refresh(self, ids: frozenset[int] | None = None) -> None:
        """Read the journal again; ``ids`` (the notes a change named) reads only those notes again."""
        ids, self._loaded = ids if self._loaded else None, True
        selected = self.selected_note()
        self._names = symptoms.known_symptom_names(self.ctx.profile)
        for row in self.rows:
            text = row.name.currentText()
            row.name.blockSignals(True)
            row.name.clear()
            row.name.addItems(self._names)
            row.name.setCurrentIndex(-1)
            row.name.setCurrentText(text)
            row.name.blockSignals(False)
        self.reload_list(selected.id if selected is not None else None, ids=ids)
        if not self.rows:
            self.reset_form()

    def fit_columns(self) -> None:
        """Room for the date and most symptom lists; the notes take what is left."""
        header = self.table.horizontalHeader()
        em = self.table.fontMetrics().horizontalAdvance("m")
        header.resizeSection(0, self.table.fontMetrics().horizontalAdvance("Wed 30 Sep 2026 20:30") + em * 2)
        header.resizeSection(1, em * 30)
        header.resizeSection(2, em * 24)
        header.resizeSection(3, em * 18)

    # -- the form
    def _set_rows(self, values: list[tuple[str, int | None]]) -> None:
        for row in self.rows:
            self.rows_box.removeWidget(row)
            row.deleteLater()
        self.rows = []
        for name, severity in values:
            self._append_row(name, severity)

    def _append_row(self, name: str = "", severity: int | None = None) -> SymptomRow:
        row = SymptomRow(self._names, self.form)
        row.set_value(name, severity)
        row.remove_requested.connect(self.on_remove_symptom)
        before = self.rows[-1].remove if self.rows else self.now_button
        self.rows.append(row)
        self.rows_box.addWidget(row)
        row.show()  # at once, not at the next turn of the event loop
        row.set_number(len(self.rows))
        QWidget.setTabOrder(before, row.name)
        QWidget.setTabOrder(row.name, row.severity)
        QWidget.setTabOrder(row.severity, row.remove)
        QWidget.setTabOrder(row.remove, self.add_button)
        return row

    def reset_form(self) -> None:
        """A new note for now, with a row for each of the symptoms noted most often."""
        self.editing = None
        self.errors.clear()
        self.set_form_words(QCoreApplication.translate("JournalPage", "New note"), QCoreApplication.translate("JournalPage", "&Save note"),
                            QCoreApplication.translate("JournalPage", "C&lear"))
        self.when.set_local(self.ctx.now(), self.ctx.zone)
        self._set_rows(quick_rows(self._names))
        self.text.clear()
        self.activity.clear()
        self.tags.clear()
        self.mark_clean()

    def load_note(self, note: SymptomNote) -> None:
        self.editing = note
        self.errors.clear()
        self.set_form_words(QCoreApplication.translate("JournalPage", "Edit the note of {when}").format(when=format_datetime(note.recorded_at,
                                                                                                                      self.ctx.zone)),
                            QCoreApplication.translate("JournalPage", "&Save changes"), QCoreApplication.translate("JournalPage", "Cance&l edit"))
        self.when.set_local(note.recorded_at, self.ctx.zone)
        self._set_rows([(n, s) for n, s in note.symptoms] or [("", None)])
        self.text.setPlainText(note.text)
        self.activity.setText(note.activity)
        self.tags.setText(", ".join(note.tags))
        self.mark_clean()

    def draft(self) -> dict[str, Any]:
        return {"editing": self.editing.id if self.editing is not None else None,
                "symptoms": tuple(row.value() for row in self.rows), "text": self.text.toPlainText(),
                "activity": self.activity.text(), "tags": self.tags.text()}

    def restore_draft(self, draft: dict[str, Any]) -> None:
        if draft.get("editing") is not None:
            self.edit_note_by_id(draft["editing"])
            if self.editing is None:  # the note is gone (deleted meanwhile): the text comes back as a new one
                self.reset_form()
        self._set_rows(list(draft["symptoms"]) or [("", None)])
        self.text.setPlainText(draft["text"])
        self.activity.setText(draft["activity"])
        self.tags.setText(draft["tags"])

    def form_symptoms(self) -> list[tuple[str, int]]:
        """The rows to save: rows with a severity; an unnamed rated row or an unrated typed one is an error."""
        return rated_symptoms(row.value() for row in self.rows)

    # -- slots
    def on_now_clicked(self) -> None:
        self.when.set_local(self.ctx.now(), self.ctx.zone)

    def on_add_symptom_clicked(self) -> None:
        row = self._append_row()
        row.name.setFocus()

    def on_remove_symptom(self, row: SymptomRow) -> None:
        index = self.rows.index(row)
        self.rows.remove(row)
        self.rows_box.removeWidget(row)
        row.deleteLater()
        for number, other in enumerate(self.rows, start=1):
            other.set_number(number)
        if self.rows:
            self.rows[min(index, len(self.rows) - 1)].name.setFocus()
        else:
            self.add_button.setFocus()

    def save_form(self) -> SymptomNote:
        items = self.form_symptoms()
        args = (self.when.instant(self.ctx.zone), items, self.text.toPlainText(), self.activity.text(), self.tags.text())
        if self.editing is None:
            return symptoms.add_note(self.ctx.profile, *args, now=self.ctx.now())
        return symptoms.update_note(self.ctx.profile, self.editing.id, *args, now=self.ctx.now())

    def save_failed_title(self) -> str:
        return QCoreApplication.translate("JournalPage", "Cannot save the note")

    def after_save(self, row: SymptomNote) -> None:
        self.reset_form()
        self.select_note(row.id)
        self.rows[0].name.setFocus() if self.rows else self.when.setFocus()

    load = load_note
    selected_note = CrudPanel.selected_item
    select_note = CrudPanel.select_item

    def focus_after_edit(self) -> None:
        self.when.setFocus()

    def edit_note_by_id(self, note_id: int) -> None:
        try:
            note = symptoms.get_note(self.ctx.profile, note_id)
        except NotFound:
            return
        self.select_note(note_id)
        self.load_note(note)

    def delete_words(self, note: SymptomNote) -> DeleteWords:
        when = format_datetime(note.recorded_at, self.ctx.zone)
        return DeleteWords(QCoreApplication.translate("JournalPage", "Delete note"),
                           QCoreApplication.translate("JournalPage", "Delete the note of {when}? You can undo this.").format(when=when),
                           QCoreApplication.translate("JournalPage", "Delete"), QCoreApplication.translate("JournalPage", "Cannot delete"),
                           QCoreApplication.translate("JournalPage", "Deleted the note of {when}.").format(when=when))

    def focus_entry(self) -> None:
        """Ctrl+N: a new note, with the focus on the first symptom's severity (or name when it has none)."""
        if self.editing is not None:
            self.reset_form()
        if not self.rows:
            self.when.setFocus()
        elif self.rows[0].name.currentText():
            self.rows[0].severity.setFocus()
        else:
            self.rows[0].name.setFocus()
