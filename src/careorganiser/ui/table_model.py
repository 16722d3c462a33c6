"""A table model over plain row snapshots (never live ORM objects).

Columns are described once; rows are frozen records (structs) with an ``id``. Long lists come in pages:
give ``fetch_page(offset, limit)`` and the view asks for more as it scrolls (``canFetchMore``/``fetchMore``);
sorting and filtering happen in SQL inside the loader.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from difflib import SequenceMatcher
from typing import Any

from msgspec import Struct
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

Index = QModelIndex | QPersistentModelIndex
ROW_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
SORT_ROLE = Qt.ItemDataRole.UserRole + 3
#: What :func:`cell_data` answers for a role its column says nothing about.
NOT_A_CELL_ROLE = object()


class Column(Struct, frozen=True):
    title: str
    text: Callable[[Any], str]
    align_right: bool = False
    tooltip: Callable[[Any], str] | None = None
    background: Callable[[Any], QColor | None] | None = None
    sort_key: Callable[[Any], Any] | None = None


def cell_data(column: Column, row: Any, role: int, vertical: Qt.AlignmentFlag) -> Any:
    """What a cell of ``column`` shows for ``role``: text, tooltip, alignment and background, as every table
    and tree of the app shows them; :data:`NOT_A_CELL_ROLE` for any other role."""
    if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
        return column.text(row)
    if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
        return column.tooltip(row)
    if role == Qt.ItemDataRole.TextAlignmentRole:
        horizontal = Qt.AlignmentFlag.AlignRight if column.align_right else Qt.AlignmentFlag.AlignLeft
        return int(horizontal | vertical)
    if role == Qt.ItemDataRole.BackgroundRole and column.background is not None:
        colour = column.background(row)
        return QBrush(colour) if colour is not None else None
    return NOT_A_CELL_ROLE


class SnapshotTableModel(QAbstractTableModel):
    """Rows in the order ``order_key`` sorts them (``descending``: the other way round), the order the loader
    reads them in; :meth:`update_rows` needs it to put a new or moved row where a fresh read would."""

    def __init__(self, columns: Sequence[Column], parent: Any = None,
                 fetch_page: Callable[[int, int], list[Any]] | None = None, page_size: int = 200,
                 order_key: Callable[[Any], Any] | None = None, descending: bool = False) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Any] = []
        self._fetch_page = fetch_page
        self._page_size = page_size
        self._exhausted = fetch_page is None
        self._fetching = False
        self._order_key = order_key
        self._descending = descending

    # -- data in
    def set_rows(self, rows: Sequence[Any], keep_place: bool = False) -> None:
        """Show ``rows``; with ``keep_place`` only the rows that differ change (see ``refresh``)."""
        if keep_place:
            self._merge(rows)
            self._exhausted = self._fetch_page is None
            return
        self.beginResetModel()
        self._rows = list(rows)
        self._exhausted = self._fetch_page is None
        self.endResetModel()

    def reload(self) -> None:
        """Start again from the first page (for paged models)."""
        if self._fetch_page is None:
            return
        self._fetching = True
        try:
            rows = self._fetch_page(0, self._page_size)
        finally:
            self._fetching = False
        self.beginResetModel()
        self._rows = rows
        self._exhausted = len(rows) < self._page_size
        self.endResetModel()

    def refresh(self, ids: Iterable[Any] = ()) -> None:
        """Read the rows already shown again and change only what differs, so the view keeps its place.

        For a paged model the span loaded so far is read again (at least a page); without a loader, nothing
        is read (use ``set_rows(rows, keep_place=True)``). Rows whose id stays are updated in place (one
        ``dataChanged`` each), rows gone are removed and new ones inserted where they fall, so the
        selection and the scroll position stay with the rows. ``ids`` are the ids a change notice named
        (``services.base.Change.ids(table)``): those rows repaint even when their snapshot compares equal.
        """
        if self._fetch_page is None:
            return
        span = max(self._page_size, len(self._rows))
        self._fetching = True
        try:
            rows = self._fetch_page(0, span)
        finally:
            self._fetching = False
        self._merge(rows, frozenset(ids))
        self._exhausted = len(rows) < span

    def _merge(self, rows: Sequence[Any], touched: frozenset[Any] = frozenset()) -> None:
        new = list(rows)
        old_ids = [r.id for r in self._rows]
        new_ids = [r.id for r in new]
        last_column = len(self._columns) - 1
        if old_ids != new_ids and len(set(old_ids)) == len(old_ids) and set(old_ids) == set(new_ids):
            self._reorder(new, new_ids)
            return
        # From the end backwards, so the positions still to come are those of the old list.
        opcodes = SequenceMatcher(None, old_ids, new_ids, autojunk=False).get_opcodes()
        for tag, i1, i2, j1, j2 in reversed(opcodes):
            if tag == "equal":
                for offset in range(i2 - i1):
                    before, after = self._rows[i1 + offset], new[j1 + offset]
                    if before != after or after.id in touched:
                        self._rows[i1 + offset] = after
                        self.dataChanged.emit(self.index(i1 + offset, 0), self.index(i1 + offset, last_column))
                continue
            if i2 > i1:  # delete, or the old half of a replace
                self.beginRemoveRows(QModelIndex(), i1, i2 - 1)
                del self._rows[i1:i2]
                self.endRemoveRows()
            if j2 > j1:  # insert, or the new half of a replace
                self.beginInsertRows(QModelIndex(), i1, i1 + (j2 - j1) - 1)
                self._rows[i1:i1] = new[j1:j2]
                self.endInsertRows()

    def _reorder(self, new: list[Any], new_ids: list[Any]) -> None:
        """The same rows in another order (a date changed): move them, so the selection goes with its row."""
        self.layoutAboutToBeChanged.emit()
        position = {row_id: i for i, row_id in enumerate(new_ids)}
        old = self._rows
        self._rows = new
        for index in self.persistentIndexList():
            if index.isValid():
                self.changePersistentIndex(index, self.index(position[old[index.row()].id], index.column()))
        self.layoutChanged.emit()
        if new:
            self.dataChanged.emit(self.index(0, 0), self.index(len(new) - 1, len(self._columns) - 1))

    def update_rows(self, ids: Iterable[Any], rows: Iterable[Any]) -> None:
        """Put the records ``ids`` as read again by id: ``rows`` are those of them that belong in the list (in
        any order); an id without a row here is removed. A row shown is replaced in place, or moved (with its
        selection) when its new place in the order differs; a new row is inserted where it falls. In a paged
        list a row that falls after the rows loaded so far is left for the next page (and one that moves
        there is removed), so the pages still line up with the loader's offsets."""
        fresh = {row.id: row for row in rows}
        fetching, self._fetching = self._fetching, True  # no page is read until every row is in place
        try:
            for row_id in dict.fromkeys([*ids, *fresh]):
                at = self.row_of_id(row_id)
                row = fresh.get(row_id)
                if row is None:
                    if at >= 0:
                        self.beginRemoveRows(QModelIndex(), at, at)
                        del self._rows[at]
                        self.endRemoveRows()
                    continue
                self._put(at, row)
        finally:
            self._fetching = fetching

    def _place_of(self, row: Any, skip: int) -> int:
        """Where ``row`` falls among the rows shown but the one at ``skip``: its index in that shorter list."""
        if self._order_key is None:
            return skip if skip >= 0 else len(self._rows)
        key = self._order_key(row)
        place = 0
        for i, other in enumerate(self._rows):
            if i == skip:
                continue
            other_key = self._order_key(other)
            if (other_key > key) if self._descending else (other_key < key):
                place += 1
            else:
                break
        return place

    def _put(self, at: int, row: Any) -> None:
        others = len(self._rows) - (at >= 0)
        place = self._place_of(row, at)
        beyond = place >= others and not self._exhausted  # falls in a page not loaded yet
        if at < 0:
            if not beyond:
                self.beginInsertRows(QModelIndex(), place, place)
                self._rows.insert(place, row)
                self.endInsertRows()
            return
        if beyond:
            self.beginRemoveRows(QModelIndex(), at, at)
            del self._rows[at]
            self.endRemoveRows()
            return
        if place != at:  # Qt's destination is an index of the list before the move
            self.beginMoveRows(QModelIndex(), at, at, QModelIndex(), place if place < at else place + 1)
            del self._rows[at]
            self._rows.insert(place, row)
            self.endMoveRows()
        else:
            self._rows[at] = row
        self.dataChanged.emit(self.index(place, 0), self.index(place, len(self._columns) - 1))

    def update_row(self, row_snapshot: Any) -> None:
        """Replace one row by id, telling views only that row changed."""
        for i, existing in enumerate(self._rows):
            if existing.id == row_snapshot.id:
                self._rows[i] = row_snapshot
                self.dataChanged.emit(self.index(i, 0), self.index(i, len(self._columns) - 1))
                return

    # -- data out
    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_of_id(self, row_id: Any) -> int:
        for i, existing in enumerate(self._rows):
            if existing.id == row_id:
                return i
        return -1

    # -- Qt overrides
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)) or not (
            0 <= index.column() < len(self._columns)
        ):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        shown = cell_data(column, row, role, Qt.AlignmentFlag.AlignVCenter)
        if shown is not NOT_A_CELL_ROLE:
            return shown
        if role == ROW_ID_ROLE:
            return row.id
        if role == ROW_ROLE:
            return row
        if role == SORT_ROLE:
            return column.sort_key(row) if column.sort_key else column.text(row)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            return self._columns[section].title
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted and not self._fetching

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        # A fetch never starts inside another: inserting a page can move the view's scroll bar to its end,
        # and the view would otherwise ask for the next page before this one is in.
        if parent.isValid() or self._exhausted or self._fetch_page is None or self._fetching:
            return
        self._fetching = True
        try:
            more = self._fetch_page(len(self._rows), self._page_size)
            if len(more) < self._page_size:
                self._exhausted = True
            if more:
                self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
                self._rows.extend(more)
                self.endInsertRows()
        finally:
            self._fetching = False
