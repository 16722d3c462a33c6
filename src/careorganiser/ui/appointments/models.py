"""A two-level item model: titled groups, each holding row snapshots shown in columns.

Used by the agenda (coming / past) and the questions (one group per appointment). Like the table model it
holds ids and frozen row snapshots only. Group rows carry a title in the first column (the view spans it);
rows inside a group have the columns. Groups are enabled but not selectable: selecting means a record.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from msgspec import Struct
from msgspec.structs import replace
from PySide6.QtCore import (
    QAbstractItemModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from careorganiser.ui.pages.table_page import keep_titles_readable
from careorganiser.ui.table_model import (
    NOT_A_CELL_ROLE,
    ROW_ID_ROLE,
    ROW_ROLE,
    Column,
    cell_data,
)

Index = QModelIndex | QPersistentModelIndex
GROUP_KEY_ROLE = Qt.ItemDataRole.UserRole + 10
IS_GROUP_ROLE = Qt.ItemDataRole.UserRole + 11

# internalId of a group index; a row inside group g has internalId g + 1.
_GROUP = 0


class Group(Struct, frozen=True):
    key: str
    title: str
    rows: tuple[Any, ...] = ()
    tooltip: str = ""
    extra: Any = None  # left out of == and hash

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.key, self.title, self.rows, self.tooltip) == (other.key, other.title, other.rows, other.tooltip)  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash((self.key, self.title, self.rows, self.tooltip))


def _ids(group: Group) -> list[Any]:
    return [getattr(row, "id", None) for row in group.rows]


class GroupedModel(QAbstractItemModel):
    def __init__(self, columns: Sequence[Column], parent: Any = None,
                 foreground: Callable[[Any], QColor | None] | None = None,
                 bold: Callable[[Any], bool] | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._groups: list[Group] = []
        self._foreground = foreground
        self._bold = bold

    # -- data in
    def set_groups(self, groups: Sequence[Group]) -> None:
        """Show ``groups``, keeping the view's place when only rows' contents or their order changed.

        The same groups holding the same rows in the same order: the rows and titles that differ repaint in
        place. The same groups holding the same rows in another order: a layout change moves them, so the
        selection follows its row. Anything else (a group or a row added or gone) resets the model.
        """
        new = list(groups)
        old = self._groups
        same_groups = [g.key for g in old] == [g.key for g in new]
        if same_groups and all(_ids(a) == _ids(b) for a, b in zip(old, new, strict=True)):
            self._groups = new
            last = len(self._columns) - 1
            for g, (before, after) in enumerate(zip(old, new, strict=True)):
                if (before.title, before.tooltip) != (after.title, after.tooltip):
                    self.dataChanged.emit(self.index(g, 0), self.index(g, last))
                parent = self.index(g, 0)
                for r, (was, now) in enumerate(zip(before.rows, after.rows, strict=True)):
                    if was != now:
                        self.dataChanged.emit(self.index(r, 0, parent), self.index(r, last, parent))
            return
        if same_groups and all(sorted(_ids(a), key=repr) == sorted(_ids(b), key=repr)
                               for a, b in zip(old, new, strict=True)):
            self.layoutAboutToBeChanged.emit()
            moves = [(index, index.internalId() - 1, index.row(), index.column())
                     for index in self.persistentIndexList() if index.isValid() and index.internalId() != _GROUP]
            self._groups = new
            for index, g, r, column in moves:
                row_id = getattr(old[g].rows[r], "id", None)
                self.changePersistentIndex(index, self.index(_ids(new[g]).index(row_id), column, self.index(g, 0)))
            self.layoutChanged.emit()
            last = len(self._columns) - 1
            for g, group in enumerate(new):  # titles (counts) and the moved rows' contents may differ too
                self.dataChanged.emit(self.index(g, 0), self.index(g, last))
                if group.rows:
                    parent = self.index(g, 0)
                    self.dataChanged.emit(self.index(0, 0, parent), self.index(len(group.rows) - 1, last, parent))
            return
        self.beginResetModel()
        self._groups = new
        self.endResetModel()

    def update_rows(self, ids: Iterable[Any], rows: Iterable[Any], group_of: Callable[[Any], str],
                    order_key: Callable[[str, Any], Any]) -> bool:
        """Put the records ``ids`` as read again by id in place: ``rows`` are those of them still listed (in any
        order), each in the group ``group_of`` names, where ``order_key(group key, row)`` sorts it; an id without
        a row here is removed. A row changes in place, moves inside its group or to another (the selection goes
        with it), or is inserted. False, and nothing changed, when a row belongs to a group not shown (read it all)."""
        fresh = {row.id: row for row in rows}
        keys = [g.key for g in self._groups]
        if any(group_of(row) not in keys for row in fresh.values()):
            return False
        for row_id in dict.fromkeys([*ids, *fresh]):
            at = self.index_of_id(row_id)
            row = fresh.get(row_id)
            if row is None:
                if at.isValid():
                    self._take(at.internalId() - 1, at.row(), None)
                continue
            key = group_of(row)
            self._put(at, row, keys.index(key), lambda other, key=key: order_key(key, other))
        return True

    def _take(self, g: int, r: int, into: tuple[int, int] | None) -> None:
        """Remove row ``r`` of group ``g``, or move it to (group, place) ``into`` (a place in the target
        group's rows as they are without it)."""
        source = list(self._groups[g].rows)
        row = source.pop(r)
        if into is None:
            self.beginRemoveRows(self.index(g, 0), r, r)
            self._groups[g] = replace(self._groups[g], rows=tuple(source))
            self.endRemoveRows()
            return
        to, place = into
        destination = place if to != g or place < r else place + 1  # Qt counts in the list before the move
        self.beginMoveRows(self.index(g, 0), r, r, self.index(to, 0), destination)
        self._groups[g] = replace(self._groups[g], rows=tuple(source))
        target = list(self._groups[to].rows)
        target.insert(place, row)
        self._groups[to] = replace(self._groups[to], rows=tuple(target))
        self.endMoveRows()

    def _put(self, at: QModelIndex, row: Any, to: int, order_key: Callable[[Any], Any]) -> None:
        skip = (at.internalId() - 1, at.row()) if at.isValid() else None
        key = order_key(row)
        others = [(r, other) for r, other in enumerate(self._groups[to].rows) if (to, r) != skip]
        place = next((i for i, (_, other) in enumerate(others) if order_key(other) > key), len(others))
        last = len(self._columns) - 1
        if skip is None:
            self.beginInsertRows(self.index(to, 0), place, place)
            rows = list(self._groups[to].rows)
            rows.insert(place, row)
            self._groups[to] = replace(self._groups[to], rows=tuple(rows))
            self.endInsertRows()
        elif skip != (to, place):
            self._take(skip[0], skip[1], (to, place))
        rows = list(self._groups[to].rows)
        rows[place] = row
        self._groups[to] = replace(self._groups[to], rows=tuple(rows))
        parent = self.index(to, 0)
        self.dataChanged.emit(self.index(place, 0, parent), self.index(place, last, parent))

    def set_group_titles(self, titles: dict[str, tuple[str, Any]]) -> None:
        """Give groups (by key) a new title and ``extra``; only those whose title changed repaint."""
        last = len(self._columns) - 1
        for g, group in enumerate(self._groups):
            if group.key not in titles:
                continue
            title, extra = titles[group.key]
            self._groups[g] = replace(group, title=title, extra=extra)
            if title != group.title:
                self.dataChanged.emit(self.index(g, 0), self.index(g, last))

    # -- data out
    def groups(self) -> list[Group]:
        return list(self._groups)

    def group_at(self, index: Index) -> Group | None:
        if not index.isValid():
            return None
        if index.internalId() == _GROUP:
            return self._groups[index.row()] if 0 <= index.row() < len(self._groups) else None
        return None

    def row_of(self, index: Index) -> Any:
        """The row snapshot at ``index``, or None for a group or an invalid index."""
        if not index.isValid() or index.internalId() == _GROUP:
            return None
        g = index.internalId() - 1
        if not (0 <= g < len(self._groups)) or not (0 <= index.row() < len(self._groups[g].rows)):
            return None
        return self._groups[g].rows[index.row()]

    def index_of_id(self, row_id: Any) -> QModelIndex:
        for g, group in enumerate(self._groups):
            for r, row in enumerate(group.rows):
                if getattr(row, "id", None) == row_id:
                    return self.index(r, 0, self.index(g, 0))
        return QModelIndex()

    def index_of_group(self, key: str) -> QModelIndex:
        for g, group in enumerate(self._groups):
            if group.key == key:
                return self.index(g, 0)
        return QModelIndex()

    def neighbours(self, row_id: Any) -> list[Any]:
        """The ids of the rows after ``row_id`` (in the groups' order), then of those before it, nearest first:
        where the selection goes when its row goes."""
        ids = [getattr(row, "id", None) for row in self.all_rows()]
        at = ids.index(row_id) if row_id in ids else len(ids)
        return ids[at + 1:] + ids[:at][::-1]

    def all_rows(self) -> list[Any]:
        return [row for group in self._groups for row in group.rows]

    # -- Qt overrides
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column < 0 or column >= len(self._columns) or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, id=_GROUP) if row < len(self._groups) else QModelIndex()
        if parent.internalId() != _GROUP or parent.column() != 0 or not (0 <= parent.row() < len(self._groups)):
            return QModelIndex()
        if row >= len(self._groups[parent.row()].rows):
            return QModelIndex()
        return self.createIndex(row, column, id=parent.row() + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == _GROUP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, id=_GROUP)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == _GROUP and parent.column() == 0 and 0 <= parent.row() < len(self._groups):
            return len(self._groups[parent.row()].rows)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.column() < len(self._columns)):
            return None
        group = self.group_at(index)
        if group is not None:
            return self._group_data(group, index.column(), role)
        row = self.row_of(index)
        if row is None:
            return None
        shown = cell_data(self._columns[index.column()], row, role, Qt.AlignmentFlag.AlignTop)
        if shown is not NOT_A_CELL_ROLE:
            return shown
        if role == Qt.ItemDataRole.ForegroundRole and self._foreground is not None:
            colour = self._foreground(row)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.FontRole and self._bold is not None and self._bold(row):
            font = QFont()
            font.setBold(True)
            return font
        if role == ROW_ID_ROLE:
            return row.id
        if role == ROW_ROLE:
            return row
        if role == IS_GROUP_ROLE:
            return False
        return None

    def _group_data(self, group: Group, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return group.title if column == 0 else ""
        if role == Qt.ItemDataRole.ToolTipRole and group.tooltip:
            return group.tooltip
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == GROUP_KEY_ROLE:
            return group.key
        if role == IS_GROUP_ROLE:
            return True
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self._columns):
            return self._columns[section].title
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == _GROUP:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def make_tree(model: GroupedModel, accessible_name: str, parent: QWidget | None = None) -> QTreeView:
    """A tree view for a GroupedModel: rows select whole, group titles span the width, text wraps."""
    view = QTreeView(parent)
    view.setModel(model)
    view.setAccessibleName(accessible_name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setUniformRowHeights(False)
    view.setWordWrap(True)
    view.setAlternatingRowColors(True)
    view.setRootIsDecorated(False)
    view.setItemsExpandable(False)
    view.setExpandsOnDoubleClick(False)
    view.header().setStretchLastSection(True)
    view.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    keep_titles_readable(view.header())

    def after_reset() -> None:
        for g in range(model.rowCount()):
            view.setFirstColumnSpanned(g, QModelIndex(), True)
        view.expandAll()

    model.modelReset.connect(after_reset)
    after_reset()
    return view


def selected_in_tree(tree: QTreeView, model: Any) -> Any | None:
    """The row snapshot selected in a grouped tree (None for a group heading or nothing)."""
    selection = tree.selectionModel()
    rows = selection.selectedRows() if selection is not None else []
    return model.row_of(rows[0]) if rows else None


def select_in_tree(tree: QTreeView, model: Any, row_id: Any | None) -> None:
    """Select (and scroll to) the row with this id, or clear the selection."""
    index = model.index_of_id(row_id) if row_id is not None else None
    if index is not None and index.isValid():
        tree.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        tree.scrollTo(index)
    else:
        tree.selectionModel().clearSelection()
