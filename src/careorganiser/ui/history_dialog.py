"""The history of changes: the profile's activity, or one record's past versions; any change reverts from here."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from careorganiser.ui.context import AppContext
from careorganiser.ui.table_model import Column, SnapshotTableModel


class HistoryDialog(QDialog):
    """``table``/``record_key`` given: that record's versions; else every change, newest first."""

    def __init__(self, ctx: AppContext, table: str | None = None, record_key: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("HistoryDialog")
        self.ctx = ctx
        self.table = table
        self.record_key = record_key
        self.resize(900, 520)
        zone = ctx.zone
        locale = QLocale()

        def when(v: object) -> str:
            local = v.changed_at.astimezone(zone).replace(tzinfo=None)  # type: ignore[attr-defined]
            return locale.toString(local, QLocale.FormatType.ShortFormat)

        columns = [
            Column(QCoreApplication.translate("History", "When"), when, sort_key=lambda v: v.changed_at),
            Column(QCoreApplication.translate("History", "Who"), lambda v: v.who or QCoreApplication.translate("History", "nobody chosen")),
            Column(QCoreApplication.translate("History", "What"), lambda v: v.kind),
            Column(QCoreApplication.translate("History", "Record"), lambda v: v.label),
            Column(QCoreApplication.translate("History", "Change"), lambda v: v.summary, tooltip=lambda v: v.changes),
        ]
        fetch = None if table is not None else self._fetch_activity
        self.model = SnapshotTableModel(columns, self, fetch_page=fetch, page_size=200)
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        layout.addWidget(self.heading)
        self.view = QTableView()
        self.view.setObjectName("HistoryTable")
        self.view.setAccessibleName(QCoreApplication.translate("History", "Changes"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        self.view.doubleClicked.connect(lambda _index: self.on_record_clicked())
        layout.addWidget(self.view, 1)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setObjectName("HistoryDetail")
        layout.addWidget(self.detail)
        row = QHBoxLayout()
        self.revert_button = QPushButton(QCoreApplication.translate("History", "&Revert this change"))
        self.revert_button.clicked.connect(self.on_revert_clicked)
        self.record_button = QPushButton(QCoreApplication.translate("History", "History of this &record"))
        self.record_button.clicked.connect(self.on_record_clicked)
        close = QPushButton(QCoreApplication.translate("History", "&Close"))
        close.clicked.connect(self.accept)
        row.addWidget(self.revert_button)
        row.addWidget(self.record_button)
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self.on_current_changed())
        self.reload()

    def _fetch_activity(self, offset: int, limit: int) -> list[object]:
        from careorganiser.services import history

        return list(history.activity(self.ctx.profile, limit=limit, offset=offset))

    def reload(self) -> None:
        from careorganiser.services import history

        if self.table is not None:
            versions = history.record_history(self.ctx.profile, self.table, self.record_key or "")
            self.model.set_rows(versions)
            label = next((v.label for v in versions if v.label), "")
            kind = versions[0].kind if versions else self.table
            self.setWindowTitle(QCoreApplication.translate("History", "History"))
            self.heading.setText(QCoreApplication.translate("History", "<b>History of {kind} \u201c{label}\u201d</b>").format(kind=kind, label=label))
            self.record_button.hide()
        else:
            self.model.reload()
            self.setWindowTitle(QCoreApplication.translate("History", "Activity"))
            self.heading.setText(QCoreApplication.translate("History", "<b>Every change in this profile, newest first</b>"))
        if self.model.rowCount():
            self.view.selectRow(0)
        for column in range(self.model.columnCount() - 1):
            self.view.resizeColumnToContents(column)
        self.on_current_changed()

    def current(self) -> object | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def on_current_changed(self) -> None:
        version = self.current()
        self.revert_button.setEnabled(version is not None)
        self.record_button.setEnabled(version is not None)
        self.detail.setText(version.changes if version is not None else "")  # type: ignore[attr-defined]

    def select_row(self, row: int) -> None:
        self.view.selectRow(row)

    def on_revert_clicked(self) -> bool:
        from careorganiser.services import history
        from careorganiser.services.base import ServiceError

        version = self.current()
        if version is None:
            return False
        question = QCoreApplication.translate("History", "Undo this change by {who} ({what}: {change})? The undoing is kept in the history too.").format(
            who=version.who or QCoreApplication.translate("History", "nobody chosen"), what=version.label or version.kind,  # type: ignore[attr-defined]
            change=version.summary)  # type: ignore[attr-defined]
        if not self.ctx.prompter.confirm(self, QCoreApplication.translate("History", "Revert"), question, QCoreApplication.translate("History", "Revert")):
            return False
        try:
            history.revert_change(self.ctx.profile, version.change_id)  # type: ignore[attr-defined]
        except ServiceError as exc:
            self.ctx.prompter.warn(self, QCoreApplication.translate("History", "Revert"), str(exc))
            return False
        self.reload()
        return True

    def on_record_clicked(self) -> None:
        version = self.current()
        if version is None or self.table is not None:
            return
        dialog = HistoryDialog(self.ctx, version.table, version.record_key, self)  # type: ignore[attr-defined]
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ctx.prompter.run_dialog(dialog)


def open_activity(parent: QWidget | None, ctx: AppContext) -> HistoryDialog:
    dialog = HistoryDialog(ctx, parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def open_record_history(parent: QWidget | None, ctx: AppContext, table: str, record_id: int | str) -> HistoryDialog:
    dialog = HistoryDialog(ctx, table, str(record_id), parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
