"""The two lists of the Trials page: the saved trials, and the offers without an NCT number. Views over row
snapshots: the page reads the rows (only those a change names) and puts them here. Each puts its widgets in
the page's layout (their tables share its room equally)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from careorganiser.services import trials
from careorganiser.ui.context import AppContext
from careorganiser.ui.pages.table_page import make_table, selected_row, update_rows
from careorganiser.ui.table_model import SnapshotTableModel
from careorganiser.ui.trials.columns import (
    NCT_COLUMN,
    TITLE_COLUMN,
    offer_columns,
    trial_columns,
)
from careorganiser.ui.trials.widths import list_widths


class TrialList(QObject):
    """The saved trials, by NCT number; the NCT number whole and the title with room (widths.list_widths)."""

    def __init__(self, ctx: AppContext, layout: QVBoxLayout, parent: QWidget) -> None:
        super().__init__(parent)
        # The columns are fitted in the turn of the event loop after the rows change: measuring every cell in
        # the same turn as reading the rows kept the GUI thread busy in one go.
        self.fit_later = QTimer(self)
        self.fit_later.setSingleShot(True)
        self.fit_later.setInterval(0)
        self.fit_later.timeout.connect(self.fit_columns)
        label = QLabel(QCoreApplication.translate("TrialsPage", "&Saved trials:"))
        layout.addWidget(label)
        self.model = SnapshotTableModel(trial_columns(ctx), self, order_key=trials.list_order)
        self.table = make_table(self.model, QCoreApplication.translate("TrialsPage", "Saved trials"), parent)
        self.table.setObjectName("trials")
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setProperty("sized_by_page", True)  # fit_columns below
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.viewport().installEventFilter(self)
        self.table.installEventFilter(self)
        label.setBuddy(self.table)
        layout.addWidget(self.table, 1)
        self.empty_label = QLabel(QCoreApplication.translate("TrialsPage", "No trials are saved yet. Save a trial's record from ClinicalTrials.gov "
                                                                           "(JSON or CSV) and import it here, or add a trial by its NCT number."))
        self.empty_label.setObjectName("trials-empty")
        self.empty_label.setWordWrap(True)
        layout.addWidget(self.empty_label)

    def set_rows(self, rows: list[trials.TrialRow]) -> None:
        """Every trial read again: only the rows that differ change, so the view keeps its place."""
        self.model.set_rows(rows, keep_place=True)
        self.fit_later.start()

    def update_rows(self, ids: Iterable[int], rows: list[trials.TrialRow]) -> None:
        """The trials ``ids`` read again (``rows``: those still saved), put in place."""
        update_rows(self.table, ids, rows)
        self.fit_later.start()

    def show_count(self) -> int:
        """The table, or the words saying there is none yet; returns how many trials there are."""
        count = self.model.rowCount()
        self.empty_label.setVisible(not count)
        self.table.setVisible(bool(count))
        return count

    def selected_id(self) -> int | None:
        row = selected_row(self.table)
        return row.id if row is not None else None

    def select_row(self, row: int) -> None:
        """Select ``row`` (-1: none) and bring it into view, telling no one (the page shows the trial)."""
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        if row >= 0:
            index = self.model.index(row, 0)
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                      | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(index)
        else:
            selection.clearSelection()
        selection.blockSignals(False)

    def fit_columns(self) -> None:
        """The NCT number in full, the title at least a third of the width, the other columns share the rest."""
        header = self.table.horizontalHeader()
        available = self.table.viewport().width()
        count = self.model.columnCount()
        if available <= 0 or count == 0:
            return
        titles = [header.sectionSizeHint(c) for c in range(count)]
        wanted = [max(titles[c], self.table.sizeHintForColumn(c)) for c in range(count)]
        for column, width in enumerate(list_widths(available, wanted, titles, NCT_COLUMN, TITLE_COLUMN)):
            header.resizeSection(column, width)
        self.table.horizontalScrollBar().setValue(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if "table" not in self.__dict__:  # a page let go is being taken apart: its table's last events
            return False
        if (watched is self.table.viewport() and event.type() == QEvent.Type.Resize
                and event.size().width() != event.oldSize().width()):  # the columns follow the width only
            self.fit_columns()
        elif watched is self.table and event.type() == QEvent.Type.FontChange:  # larger text: titles grow
            self.fit_later.start()
        return super().eventFilter(watched, event)


class OffersBox(QObject):
    """Offers without an NCT number, each with its red flags; hidden while there are none."""

    #: A message for the page's message line: (text, is_error).
    message = Signal(str, bool)

    def __init__(self, ctx: AppContext, layout: QVBoxLayout, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.page = parent
        self.label = QLabel(QCoreApplication.translate("TrialsPage", "Offers wit&hout an NCT number:"))
        self.model = SnapshotTableModel(offer_columns(), self, order_key=lambda r: r.id)
        self.table = make_table(self.model, QCoreApplication.translate("TrialsPage", "Offers without an NCT number"), parent)
        self.table.setObjectName("offers")
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.label.setBuddy(self.table)
        self.delete_button = QPushButton(QCoreApplication.translate("TrialsPage", "Delete o&ffer"))
        self.delete_button.setAccessibleName(QCoreApplication.translate("TrialsPage", "Delete the selected offer"))
        self.delete_button.clicked.connect(self.on_delete_clicked)
        row = QHBoxLayout()
        row.addWidget(self.label, 1)
        row.addWidget(self.delete_button)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)

    def put_rows(self, ids: frozenset[int] | None) -> None:
        """Read the offers ``ids`` again (None: every offer) and put them in place."""
        if ids is None:
            self.model.set_rows(trials.list_offers(self.ctx.profile), keep_place=True)
        elif ids:
            update_rows(self.table, ids, trials.offers_by_ids(self.ctx.profile, ids))
        for widget in (self.label, self.table, self.delete_button):
            widget.setVisible(self.model.rowCount() > 0)

    def on_delete_clicked(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.message.emit(QCoreApplication.translate("TrialsPage", "Choose an offer to delete first."), True)
            return
        offer = self.model.row_at(rows[0].row())
        if self.ctx.prompter.confirm(self.page, QCoreApplication.translate("TrialsPage", "Delete offer"),
                                     QCoreApplication.translate("TrialsPage", "Delete the offer \u201c{name}\u201d?").format(name=offer.name)):
            trials.delete_offer(self.ctx.profile, offer.id)
