"""A page made of a heading, a short explanation, and a table of row snapshots."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from careorganiser.ui.context import AppContext
from careorganiser.ui.pages.base import Page
from careorganiser.ui.table_model import Column, SnapshotTableModel


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


class TablePage(Page):
    heading: str = ""
    explanation: str = ""
    empty_text: str = ""

    def __init__(self, ctx: AppContext, columns: Sequence[Column], loader: Callable[[], list[Any]],
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._loader = loader
        layout = QVBoxLayout(self)
        self.heading_label = QLabel(f"<h2>{self.title()}</h2>")
        layout.addWidget(self.heading_label)
        if self.explanation:
            intro = QLabel(self.explanation)
            intro.setWordWrap(True)
            layout.addWidget(intro)
        self.model = SnapshotTableModel(columns, self)
        self.table = make_table(self.model, self.title(), self)
        layout.addWidget(self.table, 1)
        self.empty_label = QLabel(self.empty_text)
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()
        layout.addWidget(self.empty_label)

    def refresh(self) -> None:
        rows = self._loader()
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.empty_label.setVisible(not rows)
        self.table.setVisible(bool(rows))
