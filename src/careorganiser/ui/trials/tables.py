"""Widgets the trial detail is built from: tables of wrapped text whose columns share the width, and the
notes box that saves when it is left."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableView,
    QWidget,
)

from careorganiser.ui.table_model import SnapshotTableModel
from careorganiser.ui.trials.widths import (
    NOTES_LINES,
    NOTES_MARGIN,
    capped_widths,
    lines_height,
)
from careorganiser.ui.trials.words import error_text
from careorganiser.ui.widgets.field_errors import ERROR_STYLE


class MessageLine(QLabel):
    """One line (or a few) saying what the last action did; an error is marked with a sign, not colour alone."""

    def __init__(self, name: str, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(accessible_name)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_message(self, text: str, error: bool = False) -> None:
        self.setText(error_text(text) if error else text)
        style = ERROR_STYLE if error else ""
        if self.styleSheet() != style:  # setting a style sheet polishes the label again (~15 ms)
            self.setStyleSheet(style)
        self.setVisible(bool(text))


class NotesEdit(QPlainTextEdit):
    """The caregiver's notes: Tab moves on, and leaving the box saves at once."""

    focus_left = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        least, most = (lines_height(self.fontMetrics().lineSpacing(), lines, self.frameWidth(), NOTES_MARGIN)
                       for lines in NOTES_LINES)
        self.setMinimumHeight(least)
        self.setMaximumHeight(most)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.focus_left.emit()


def wrapped_table(model: SnapshotTableModel, name: str, stretch_column: int | tuple[int, ...]) -> QTableView:
    """A read-only table of whole rows whose text wraps; ``stretch_column`` takes the width left."""
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(True)
    view.setTextElideMode(Qt.TextElideMode.ElideNone)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header = view.horizontalHeader()
    for column in range(model.columnCount()):
        stretched = column in stretch_column if isinstance(stretch_column, tuple) else column == stretch_column
        mode = QHeaderView.ResizeMode.Stretch if stretched else QHeaderView.ResizeMode.Interactive
        header.setSectionResizeMode(column, mode)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    ShareColumns(view, stretch_column)
    return view


class ShareColumns(QObject):
    """The other columns as wide as their contents but at most a fifth of the width each (their text wraps);
    the main columns take the rest and are never narrower than their titles (widths.capped_widths)."""

    def __init__(self, view: QTableView, stretch_column: int | tuple[int, ...]) -> None:
        super().__init__(view)
        self.view = view
        self.stretch_columns = stretch_column if isinstance(stretch_column, tuple) else (stretch_column,)
        self._stale = False  # rows changed while the table was hidden: measured when it is shown
        view.viewport().installEventFilter(self)
        # New rows are measured in the next turn of the event loop: filling the rows and measuring them (long
        # wrapped text) would otherwise keep the GUI thread busy in one go.
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self.share)
        view.model().modelReset.connect(self._later.start)
        view.model().rowsInserted.connect(self._later.start)

    def share(self) -> None:
        view, header = self.view, self.view.horizontalHeader()
        if not view.isVisible():  # a hidden table would measure every row (a shown one, the rows in view)
            self._stale = True
            return
        width = view.viewport().width()
        if width <= 0:
            return
        self._stale = False
        others = [c for c in range(header.count()) if c not in self.stretch_columns and not header.isSectionHidden(c)]
        sizes = [(max(view.sizeHintForColumn(c), header.sectionSizeHint(c)), header.sectionSizeHint(c)) for c in others]
        widths = capped_widths(width, [header.sectionSizeHint(c) for c in self.stretch_columns], sizes)
        for column, column_width in zip(others, widths, strict=True):
            header.resizeSection(column, column_width)
        # the rows follow: the vertical header resizes them to their contents

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and event.size().width() != event.oldSize().width():
            self.share()  # the columns follow the width only
        elif event.type() == QEvent.Type.Show and self._stale:
            self.share()
        return False
