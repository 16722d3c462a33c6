"""The search box (Ctrl+F): results as you type, Enter or a click opens the record in its area."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from careorganiser.ui.context import AppContext


def tr(text: str) -> str:
    return QCoreApplication.translate("SearchBar", text)


class SearchBar(QWidget):
    #: kind, record id
    open_requested = Signal(str, int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        label = QLabel(tr("Searc&h:"))
        self.field = QLineEdit()
        self.field.setObjectName("SearchField")
        self.field.setClearButtonEnabled(True)
        self.field.setPlaceholderText(tr("notes, questions, trials, medications, contacts (Ctrl+F)"))
        self.field.setAccessibleName(tr("Search"))
        label.setBuddy(self.field)
        row.addWidget(label)
        row.addWidget(self.field, 1)
        layout.addLayout(row)
        self.results = QListWidget()
        self.results.setObjectName("SearchResults")
        self.results.setAccessibleName(tr("Search results"))
        self.results.setWordWrap(True)
        self.results.setMaximumHeight(260)
        self.results.hide()
        layout.addWidget(self.results)
        self.status = QLabel()
        self.status.hide()
        layout.addWidget(self.status)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.run_search)
        self.field.textChanged.connect(lambda _t: self._timer.start())
        self.field.returnPressed.connect(self.on_field_return_pressed)
        self.results.itemActivated.connect(self.on_result_activated)
        self.field.installEventFilter(self)

    def focus(self) -> None:
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def run_search(self) -> None:
        from careorganiser.services import search as search_service

        text = self.field.text().strip()
        self.results.clear()
        if not text:
            self.results.hide()
            self.status.hide()
            return
        hits = search_service.search(self.ctx.profile, text)
        for hit in hits:
            label = f"{search_service.kind_label(hit.kind)}: {hit.title}"
            if hit.snippet.strip():
                label += f"\n    {hit.snippet.strip()}"
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, (hit.kind, hit.record_id))
            self.results.addItem(item)
        self.results.setVisible(bool(hits))
        self.status.setText(tr("Nothing found for \u201c{text}\u201d.").format(text=text) if not hits else "")
        self.status.setVisible(not hits)
        if hits:
            self.results.setCurrentRow(0)

    def on_field_return_pressed(self) -> None:
        self._timer.stop()
        self.run_search()
        item = self.results.currentItem()
        if item is not None:
            self.on_result_activated(item)

    def on_result_activated(self, item: QListWidgetItem) -> None:
        kind, record_id = item.data(Qt.ItemDataRole.UserRole)
        self.results.hide()
        self.open_requested.emit(kind, record_id)

    def eventFilter(self, watched: object, event: object) -> bool:
        if watched is self.field and isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Down and self.results.isVisible():
                self.results.setFocus()
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.field.clear()
                return True
        return False
