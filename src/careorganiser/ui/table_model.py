"""A table model over plain row snapshots (never live ORM objects).

Columns are described once; rows are frozen dataclasses with an ``id``. Long lists come in pages:
give ``fetch_page(offset, limit)`` and the view asks for more as it scrolls (``canFetchMore``/``fetchMore``);
sorting and filtering happen in SQL inside the loader.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

Index = QModelIndex | QPersistentModelIndex
ROW_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
SORT_ROLE = Qt.ItemDataRole.UserRole + 3


@dataclass(frozen=True)
class Column:
    title: str
    text: Callable[[Any], str]
    align_right: bool = False
    tooltip: Callable[[Any], str] | None = None
    background: Callable[[Any], QColor | None] | None = None
    sort_key: Callable[[Any], Any] | None = None


class SnapshotTableModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], parent: Any = None,
                 fetch_page: Callable[[int, int], list[Any]] | None = None, page_size: int = 200) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Any] = []
        self._fetch_page = fetch_page
        self._page_size = page_size
        self._exhausted = fetch_page is None
        self._fetching = False

    # -- data in
    def set_rows(self, rows: Sequence[Any]) -> None:
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
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if column.align_right else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and column.background is not None:
            colour = column.background(row)
            return QBrush(colour) if colour is not None else None
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
