"""The two lists of the Medications page: what is taken now (low stock marked) and what was stopped, each
under its bold title, with the words shown instead of an empty list."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from careorganiser.services import medications as meds
from careorganiser.services.medications import Medication
from careorganiser.ui.medications import wording
from careorganiser.ui.pages.table_page import make_table
from careorganiser.ui.table_model import Column, SnapshotTableModel

LOW_STOCK_COLOUR = QColor("#fff4d6")


def wrap_columns(table: QTableView, stretch: tuple[int, ...], fit: tuple[int, ...]) -> None:
    """Long words wrap inside the list instead of hiding behind a sideways scroll bar."""
    table.setWordWrap(True)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    for column in stretch:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    for column in fit:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    header.sectionResized.connect(lambda *_: table.resizeRowsToContents())
    table.verticalHeader().setMinimumSectionSize(int(table.fontMetrics().lineSpacing() * 1.8))


def list_section(page: QWidget, layout: QVBoxLayout, model: SnapshotTableModel, accessible: str, title: str,
                 empty_text: str, empty_name: str, stretch: tuple[int, ...], fit: tuple[int, ...],
                 weight: int) -> tuple[QTableView, QLabel]:
    """A list of the page under its bold title, and the words shown instead of it when it is empty."""
    table = make_table(model, accessible, page)
    wrap_columns(table, stretch=stretch, fit=fit)
    label = QLabel(title)
    label.setBuddy(table)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    layout.addWidget(label)
    layout.addWidget(table, weight)
    empty = QLabel(empty_text)
    empty.setObjectName(empty_name)
    empty.setWordWrap(True)
    empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    layout.addWidget(empty, weight)
    return table, empty


class MedicationLists(QWidget):
    """Taking now above stopped; the page chooses a medication in whichever list holds it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        left_layout = QVBoxLayout(self)
        left_layout.setContentsMargins(0, 0, 6, 0)
        self.active_model = SnapshotTableModel([
            Column(QCoreApplication.translate("MedicationsPage", "Medication"), wording.name_and_strength, tooltip=lambda r: r.purpose),
            Column(QCoreApplication.translate("MedicationsPage", "When"), wording.when_text, tooltip=lambda r: r.schedule_text),
            Column(QCoreApplication.translate("MedicationsPage", "Stock"), wording.stock_text, align_right=True,
                   background=lambda r: LOW_STOCK_COLOUR if r.low_on_stock else None, tooltip=wording.stock_tooltip),
        ], self, order_key=meds.active_order)
        self.active_table, self.active_empty = list_section(
            self, left_layout, self.active_model, QCoreApplication.translate("MedicationsPage", "Medications taken now"),
            QCoreApplication.translate("MedicationsPage", "&Taking now"),
            QCoreApplication.translate("MedicationsPage", "No medications yet. Press \u201cNew medication\u201d (Ctrl+N) to add the "
                                                          "first one, with when it is taken."),
            "ActiveEmpty", stretch=(0, 1), fit=(2,), weight=3)

        self.stopped_model = SnapshotTableModel([
            Column(QCoreApplication.translate("MedicationsPage", "Medication"), wording.name_and_strength),
            Column(QCoreApplication.translate("MedicationsPage", "Stopped on"), wording.stopped_on_text),
            Column(QCoreApplication.translate("MedicationsPage", "Why"), lambda r: r.stop_reason, tooltip=lambda r: r.stop_reason),
        ], self, order_key=meds.stopped_order)
        self.stopped_table, self.stopped_empty = list_section(
            self, left_layout, self.stopped_model, QCoreApplication.translate("MedicationsPage", "Stopped medications"),
            QCoreApplication.translate("MedicationsPage", "Sto&pped"),
            QCoreApplication.translate("MedicationsPage", "Nothing stopped. A medication that is stopped is kept here with the date "
                                                          "and the reason."),
            "StoppedEmpty", stretch=(0, 2), fit=(1,), weight=2)

    def list_ids(self) -> list[list[int]]:
        return [[r.id for r in model.rows()] for model in (self.active_model, self.stopped_model)]

    def update_rows(self, ids: frozenset[int], rows: Iterable[Medication], today: date) -> None:
        """Put each medication of ``ids`` read again in the list it now belongs to, in place; one not in
        ``rows`` (deleted) leaves both."""
        rows = list(rows)
        self.active_model.update_rows(ids, [r for r in rows if r.active_on(today)])
        self.stopped_model.update_rows(ids, [r for r in rows if not r.active_on(today)])

    def show_rows(self, resize: bool) -> None:
        """Each list, or its words when it is empty; ``resize``: fit the rows to their text again."""
        for table, model, empty in ((self.active_table, self.active_model, self.active_empty),
                                    (self.stopped_table, self.stopped_model, self.stopped_empty)):
            rows = model.rows()
            table.setVisible(bool(rows))
            empty.setVisible(not rows)
            if rows and resize:
                table.resizeRowsToContents()

    def select(self, medication_id: int | None, scroll: bool) -> bool:
        """Choose ``medication_id`` in whichever list holds it (None: nothing); False when neither does."""
        self.active_table.clearSelection()
        self.stopped_table.clearSelection()
        if medication_id is None:
            return False
        for table, model in ((self.active_table, self.active_model), (self.stopped_table, self.stopped_model)):
            row = model.row_of_id(medication_id)
            if row >= 0:
                table.selectRow(row)
                if scroll:
                    table.scrollTo(model.index(row, 0))
                return True
        return False
