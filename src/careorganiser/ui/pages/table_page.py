"""The table view every area uses for its lists: rows selected whole, read-only, keyboard friendly."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from careorganiser.services.base import NotFound
from careorganiser.ui.table_model import SnapshotTableModel

T = TypeVar("T")


def make_table(model: SnapshotTableModel, accessible_name: str, parent: QWidget | None = None) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setAccessibleName(accessible_name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    keep_titles_readable(view.horizontalHeader())
    return view


class _TitleKeeper(QObject):
    """Grows a header's hand-sized columns with the text size, and never below their titles."""

    def __init__(self, header: QHeaderView) -> None:
        super().__init__(header)
        self._header = header
        self._em = header.fontMetrics().averageCharWidth()
        header.setDefaultSectionSize(max(header.defaultSectionSize(), self._em * 12))
        header.installEventFilter(self)
        header.sectionCountChanged.connect(lambda *_: self.fit(1.0))

    def fit(self, ratio: float) -> None:
        header = self._header
        if header.property("sized_by_page"):  # the page shares out the width itself
            return
        for section in range(header.count()):
            if header.sectionResizeMode(section) != QHeaderView.ResizeMode.Interactive or header.isSectionHidden(
                    section):
                continue
            wanted = max(round(header.sectionSize(section) * ratio), header.sectionSizeHint(section))
            if wanted != header.sectionSize(section):
                header.resizeSection(section, wanted)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FontChange:
            em = self._header.fontMetrics().averageCharWidth()
            ratio = em / self._em if self._em else 1.0
            self._em = em
            self.fit(ratio)
        elif event.type() == QEvent.Type.Show:
            self.fit(1.0)
        return False


def keep_titles_readable(header: QHeaderView) -> None:
    """Columns sized by hand (or by the program) follow the text size and always show their whole title."""
    _TitleKeeper(header)


def selected_row(view: QTableView) -> Any | None:
    """The row snapshot selected in a table over a SnapshotTableModel, or None."""
    selection = view.selectionModel()
    rows = selection.selectedRows() if selection is not None else []
    model = view.model()
    return model.row_at(rows[0].row()) if rows and isinstance(model, SnapshotTableModel) else None


def select_row_by_id(view: QTableView, row_id: Any) -> bool:
    """Select (and scroll to) the row with this id; False when the table does not hold it."""
    model = view.model()
    row = model.row_of_id(row_id) if isinstance(model, SnapshotTableModel) else -1
    if row < 0:
        return False
    view.selectRow(row)
    view.scrollTo(model.index(row, 0))
    return True


def update_rows(view: QTableView, ids: Iterable[Any], rows: Iterable[Any]) -> None:
    """Put the records ``ids`` read again by id (``rows``: those that belong in the list) in the table's model
    in place (SnapshotTableModel.update_rows). The selection stays, and so do the rows in view (a row added or
    gone above them scrolls by as much); when the selected row goes, the row that takes its place is selected
    (the one above it at the end of the list)."""
    model = view.model()
    if not isinstance(model, SnapshotTableModel):
        return
    selection = view.selectionModel()
    chosen = selection.selectedRows() if selection is not None else []
    was = chosen[0].row() if chosen else -1
    header, bar = view.verticalHeader(), view.verticalScrollBar()
    top = view.rowAt(0)
    top_id = model.row_at(top).id if top >= 0 and bar.value() > 0 else None
    top_position = header.sectionPosition(top) if top_id is not None else 0
    model.update_rows(ids, rows)
    if was >= 0 and not selection.selectedRows() and model.rowCount():
        view.selectRow(min(was, model.rowCount() - 1))
    now_top = model.row_of_id(top_id) if top_id is not None else -1
    if now_top >= 0 and now_top != top:
        per_item = view.verticalScrollMode() == QAbstractItemView.ScrollMode.ScrollPerItem
        bar.setValue(bar.value() + (now_top - top if per_item else header.sectionPosition(now_top) - top_position))


def read_by_ids(ids: Iterable[int], read: Callable[[int], T]) -> list[T]:
    """``read(id)`` for each of ``ids``, leaving out those gone (NotFound): a change notice's records read again."""
    found = []
    for record_id in ids:
        try:
            found.append(read(record_id))
        except NotFound:
            continue
    return found
