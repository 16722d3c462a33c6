"""The symptom journal tab: quick entry at the top, the journal (newest first, paged) below."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
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
from careorganiser.ui.locale_text import format_datetime
from careorganiser.services import symptoms, trash
from careorganiser.services.base import NotFound, ServiceError, ValidationError
from careorganiser.services.symptoms import SymptomNote
from careorganiser.ui import dialogs
from careorganiser.ui.context import AppContext
from careorganiser.ui.pages.journal_widgets import EntryForm, TabFocusText, labelled
from careorganiser.ui.widgets.date_field import WallClockField
from careorganiser.ui.widgets.scroll import DownScrollArea
from careorganiser.ui.pages.table_page import make_table, select_row_by_id, selected_row
from careorganiser.ui.table_model import Column, SnapshotTableModel
from careorganiser.ui.widgets.field_errors import FieldErrors
from careorganiser.ui.widgets.field_limits import limit_to
from careorganiser.ui.widgets.undo_bar import UndoBar

PAGE_SIZE = 200
QUICK_ROWS = 3


def severity_text(severity: int) -> str:
    return QCoreApplication.translate("JournalPage", "{number} \u2013 {words}").format(number=severity, words=symptoms.severity_words(severity))


def symptoms_text(row: SymptomNote) -> str:
    return ", ".join(f"{name}: {symptoms.severity_words(sev)}" for name, sev in row.symptoms)


def symptoms_tooltip(row: SymptomNote) -> str:
    return "\n".join(f"{name}: {severity_text(sev)}" for name, sev in row.symptoms)


class SymptomRow(QWidget):
    """One symptom of the note: a name (typed or chosen) and how bad it was on the 0-4 scale."""

    remove_requested = Signal(object)

    def __init__(self, names: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.name = QComboBox()
        self.name.setEditable(True)
        self.name.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.name.addItems(names)
        self.name.setCurrentIndex(-1)
        self.name.lineEdit().setPlaceholderText(QCoreApplication.translate("JournalPage", "symptom, e.g. cough"))
        # Typing "br" completes to "breathlessness" in place; Alt+Down opens the whole list.
        self.name.completer().setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.name.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.severity = QComboBox()
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


class NotesPanel(QWidget):
    """Quick entry of a symptom note and the journal list; edit and delete (with undo) from the list."""

    def __init__(self, ctx: AppContext, undo_bar: UndoBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.undo_bar = undo_bar
        self.editing: SymptomNote | None = None
        self.rows: list[SymptomRow] = []
        self._names: list[str] = []
        self._loaded = False
        self.errors = FieldErrors()

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
        form = EntryForm(QCoreApplication.translate("JournalPage", "New note"))
        form.setAccessibleName(QCoreApplication.translate("JournalPage", "Symptom note"))
        form.submitted.connect(self.on_save_clicked)
        form.cancelled.connect(self.on_clear_clicked)
        self.form = form
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

        buttons = QHBoxLayout()
        self.save_button = QPushButton(QCoreApplication.translate("JournalPage", "&Save note"))
        self.save_button.setAccessibleName(QCoreApplication.translate("JournalPage", "Save note"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.on_save_clicked)
        self.clear_button = QPushButton(QCoreApplication.translate("JournalPage", "C&lear"))
        self.clear_button.setAccessibleName(QCoreApplication.translate("JournalPage", "Clear the form"))
        self.clear_button.clicked.connect(self.on_clear_clicked)
        hint = QLabel(QCoreApplication.translate("JournalPage", "Enter saves, Escape cancels."))
        hint.setEnabled(False)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(hint)
        buttons.addStretch(1)
        grid.addLayout(buttons, 2, 0)
        return form

    def _build_list(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 6, 0, 0)
        zone = self.ctx.zone
        columns = [
            Column(QCoreApplication.translate("JournalPage", "When"), lambda r: format_datetime(r.recorded_at, zone)),
            Column(QCoreApplication.translate("JournalPage", "Symptoms"), symptoms_text, tooltip=symptoms_tooltip),
            Column(QCoreApplication.translate("JournalPage", "Notes"), lambda r: r.text.replace("\n", " "), tooltip=lambda r: r.text),
            Column(QCoreApplication.translate("JournalPage", "Activity and pacing"), lambda r: r.activity, tooltip=lambda r: r.activity),
            Column(QCoreApplication.translate("JournalPage", "Tags"), lambda r: ", ".join(r.tags)),
        ]
        self.model = SnapshotTableModel(columns, self, fetch_page=self._fetch_page, page_size=PAGE_SIZE)
        self.table = make_table(self.model, QCoreApplication.translate("JournalPage", "Journal, newest first"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.doubleClicked.connect(lambda _index: self.on_edit_clicked())
        self.table.activated.connect(lambda _index: self.on_edit_clicked())
        self.table.selectionModel().selectionChanged.connect(self.on_selection_changed)
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.on_delete_clicked)

        top = QHBoxLayout()
        self.count_label = QLabel()
        self.count_label.setAccessibleName(QCoreApplication.translate("JournalPage", "Number of notes"))
        self.edit_button = QPushButton(QCoreApplication.translate("JournalPage", "&Edit"))
        self.edit_button.setAccessibleName(QCoreApplication.translate("JournalPage", "Edit the selected note"))
        self.edit_button.clicked.connect(self.on_edit_clicked)
        self.delete_button = QPushButton(QCoreApplication.translate("JournalPage", "&Delete"))
        self.delete_button.setAccessibleName(QCoreApplication.translate("JournalPage", "Delete the selected note"))
        self.delete_button.clicked.connect(self.on_delete_clicked)
        top.addWidget(self.count_label, 1)
        top.addWidget(self.edit_button)
        top.addWidget(self.delete_button)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.empty_label = QLabel(QCoreApplication.translate("JournalPage", "No notes yet. Choose how bad each symptom is above, add a few words if "
                                                                            "you like, and press Save note."))
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.empty_label, 1)
        return box

    def _fetch_page(self, offset: int, limit: int) -> list[SymptomNote]:
        if not self._loaded:  # the view asks before the first refresh; that one reads the first page
            return []
        return symptoms.list_notes(self.ctx.profile, limit=limit, offset=offset)

    # -- loading
    def refresh(self) -> None:
        self._loaded = True
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
        self.model.reload()
        count = symptoms.count_notes(self.ctx.profile)
        self.count_label.setText(QCoreApplication.translate("JournalPage", "<b>Journal</b> \u2014 %n note(s), newest first",
                                                            None, count))
        self.table.setVisible(count > 0)
        self.empty_label.setVisible(count == 0)
        if self.model.rowCount():
            self._fit_columns()
        if selected is not None:
            self.select_note(selected.id)
        if not self.rows:
            self.reset_form()
        self.on_selection_changed()

    def _fit_columns(self) -> None:
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
        self.form.setTitle(QCoreApplication.translate("JournalPage", "New note"))
        self.save_button.setText(QCoreApplication.translate("JournalPage", "&Save note"))
        self.clear_button.setText(QCoreApplication.translate("JournalPage", "C&lear"))
        self.when.set_local(self.ctx.now(), self.ctx.zone)
        quick = [(n, None) for n in self._names[:QUICK_ROWS]] or [("", None)]
        self._set_rows(quick)
        self.text.clear()
        self.activity.clear()
        self.tags.clear()

    def load_note(self, note: SymptomNote) -> None:
        self.editing = note
        self.errors.clear()
        self.form.setTitle(QCoreApplication.translate("JournalPage", "Edit the note of {when}").format(when=format_datetime(note.recorded_at,
                                                                                       self.ctx.zone)))
        self.save_button.setText(QCoreApplication.translate("JournalPage", "&Save changes"))
        self.clear_button.setText(QCoreApplication.translate("JournalPage", "Cance&l edit"))
        self.when.set_local(note.recorded_at, self.ctx.zone)
        self._set_rows([(n, s) for n, s in note.symptoms] or [("", None)])
        self.text.setPlainText(note.text)
        self.activity.setText(note.activity)
        self.tags.setText(", ".join(note.tags))

    def form_symptoms(self) -> list[tuple[str, int]]:
        """The rows to save: rows with a severity; an unnamed rated row or an unrated typed one is an error."""
        out: list[tuple[str, int]] = []
        for number, row in enumerate(self.rows, start=1):
            name, severity = row.value()
            if severity is None:
                continue
            if not name:
                raise ValidationError("symptoms", QCoreApplication.translate("JournalPage", "Symptom {number} has a severity but no name. Type a name "
                                                                                            "or remove it.").format(number=number))
            out.append((name, severity))
        return out

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

    def on_save_clicked(self) -> None:
        self.errors.clear()
        zone = self.ctx.zone
        try:
            items = self.form_symptoms()
            args = (self.when.instant(zone), items, self.text.toPlainText(), self.activity.text(), self.tags.text())
            if self.editing is None:
                row = symptoms.add_note(self.ctx.profile, *args, now=self.ctx.now())
            else:
                row = symptoms.update_note(self.ctx.profile, self.editing.id, *args, now=self.ctx.now())
        except ValidationError as err:
            self.errors.show(err.field, err.message) or dialogs.warn(self, QCoreApplication.translate("JournalPage", "Cannot save the note"), err.message)
            return
        except ServiceError as err:
            dialogs.warn(self, QCoreApplication.translate("JournalPage", "Cannot save the note"), str(err))
            return
        self.reset_form()
        self.select_note(row.id)
        self.rows[0].name.setFocus() if self.rows else self.when.setFocus()

    def on_clear_clicked(self) -> None:
        self.reset_form()

    def selected_note(self) -> SymptomNote | None:
        return selected_row(self.table)

    def select_note(self, note_id: int) -> bool:
        return select_row_by_id(self.table, note_id)

    def on_selection_changed(self, *_args: object) -> None:
        has = self.selected_note() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def on_edit_clicked(self) -> None:
        note = self.selected_note()
        if note is not None:
            self.load_note(note)
            self.when.setFocus()

    def edit_note_by_id(self, note_id: int) -> None:
        try:
            note = symptoms.get_note(self.ctx.profile, note_id)
        except NotFound:
            return
        self.select_note(note_id)
        self.load_note(note)

    def on_delete_clicked(self) -> None:
        note = self.selected_note()
        if note is None:
            return
        when = format_datetime(note.recorded_at, self.ctx.zone)
        if not dialogs.confirm(self, QCoreApplication.translate("JournalPage", "Delete note"),
                               QCoreApplication.translate("JournalPage", "Delete the note of {when}? You can undo this.").format(when=when),
                               QCoreApplication.translate("JournalPage", "Delete")):
            return
        try:
            trash.delete(self.ctx.profile, "symptom_note", note.id)
        except NotFound as err:
            dialogs.warn(self, QCoreApplication.translate("JournalPage", "Cannot delete"), str(err))
            return
        if self.editing is not None and self.editing.id == note.id:
            self.reset_form()
        self.undo_bar.offer(QCoreApplication.translate("JournalPage", "Deleted the note of {when}.").format(when=when),
                            self._undo_delete(note.id))

    def _undo_delete(self, note_id: int) -> Callable[[], None]:
        def undo() -> None:
            trash.restore(self.ctx.profile, "symptom_note", note_id)
            self.select_note(note_id)
        return undo

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
