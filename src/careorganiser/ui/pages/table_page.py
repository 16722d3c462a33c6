"""The table view every area uses for its lists: rows selected whole, read-only, keyboard friendly."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from careorganiser.ui.table_model import SnapshotTableModel


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
    return view


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
