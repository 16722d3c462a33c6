"""The search box (Ctrl+F): results as you type, Enter or a click opens the record in its area.

The results take the window's main area while they are shown (so twenty and more fit), one entry per record:
what it is and its date on the first line, then the title and the words around the match, the matching words
in bold. Escape, or opening a result, gives the area back.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from careorganiser.ui.locale_text import format_date, format_datetime
from careorganiser.ui.context import AppContext
from careorganiser.ui.markup import escape
from careorganiser.ui.qt_values import USER_ROLE, set_enum

#: The HTML an entry shows (its DisplayRole is the same in plain words, for screen readers and tests).
HTML_ROLE = USER_ROLE + 1
#: At most this many results (the best first).
LIMIT = 50
MARK_START, MARK_END = "\x02", "\x03"


MARK_HTML = '<span style="background-color: #fff2a8; color: #000000; font-weight: bold;">'


def marked_html(text: str) -> str:
    """Escape ``text`` and mark the matching words (between the index's marks): bold on pale yellow."""
    return escape(" ".join(text.split())).replace(MARK_START, MARK_HTML).replace(MARK_END, "</span>")


def unmarked(text: str) -> str:
    return " ".join(text.replace(MARK_START, "").replace(MARK_END, "").split())


class SearchBar(QWidget):
    #: kind, record id
    open_requested = Signal(str, int)
    #: The results appeared (True) or went away (False): the window gives them its main area meanwhile.
    results_shown = Signal(bool)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.showing = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        label = QLabel(QCoreApplication.translate("SearchBar", "Searc&h:"))
        self.field = QLineEdit()
        self.field.setObjectName("SearchField")
        self.field.setClearButtonEnabled(True)
        self.field.setPlaceholderText(QCoreApplication.translate("SearchBar", "notes, questions, trials, medications, contacts, rides (Ctrl+F)"))
        self.field.setAccessibleName(QCoreApplication.translate("SearchBar", "Search"))
        label.setBuddy(self.field)
        row.addWidget(label)
        row.addWidget(self.field, 1)
        layout.addLayout(row)
        self._layout = layout
        # The results' list and the line above it are made with the first search: hidden until then, they were
        # built and styled before the first paint for nothing.
        self._status: QLabel | None = None
        self._results: QListWidget | None = None
        self._delegate: object = None  # set when results are first shown (search_results.py)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.run_search)
        self.field.textChanged.connect(lambda _t: self._timer.start())
        self.field.returnPressed.connect(self.on_field_return_pressed)
        self.field.installEventFilter(self)

    @property
    def status(self) -> QLabel:
        """The line above the results ("3 found for ..."; made with the first search)."""
        if self._status is None:
            self._build_results()
        return self._status  # type: ignore[return-value]

    @property
    def results(self) -> QListWidget:
        """The list of results (made with the first search)."""
        if self._results is None:
            self._build_results()
        return self._results  # type: ignore[return-value]

    def _build_results(self) -> None:
        status = QLabel()
        status.setObjectName("SearchStatus")
        status.setWordWrap(True)
        status.hide()
        self._layout.addWidget(status)
        results = QListWidget()
        results.setObjectName("SearchResults")
        results.setAccessibleName(QCoreApplication.translate("SearchBar", "Search results"))
        results.setWordWrap(True)
        results.setAlternatingRowColors(True)
        results.setUniformItemSizes(False)
        results.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        results.setResizeMode(QListWidget.ResizeMode.Adjust)
        set_enum(results, "horizontalScrollBarPolicy", "ScrollBarAlwaysOff")
        results.hide()
        self._layout.addWidget(results, 1)
        QWidget.setTabOrder(self.field, results)  # next after the box, as when it was made with it
        results.itemActivated.connect(self.on_result_activated)
        results.installEventFilter(self)
        self._status, self._results = status, results

    def hold(self) -> str:
        """The text typed, with no search left to run: the window is closing (the idle lock), its data with it."""
        self._timer.stop()
        return self.field.text()

    def put_back(self, text: str) -> None:
        """Text kept by :meth:`hold`, back in the box (the search runs when the person next types)."""
        blocked = self.field.blockSignals(True)
        try:
            self.field.setText(text)
        finally:
            self.field.blockSignals(blocked)

    def focus(self) -> None:
        self.field.setFocus(QtCore.Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def _day_text(self, day: date | datetime | None) -> str:
        if isinstance(day, datetime):
            return format_datetime(day, self.ctx.zone)
        if isinstance(day, date):
            return format_date(day)
        return ""

    def _show_results(self, shown: bool) -> None:
        if self._results is not None or shown:
            self.results.setVisible(shown and self.results.count() > 0)
        if shown != self.showing:
            self.showing = shown
            self.results_shown.emit(shown)

    def run_search(self) -> None:
        from careorganiser.services import search as search_service

        text = self.field.text().strip()
        if not text:
            if self._results is not None:
                self.results.clear()
                self.status.hide()
            self._show_results(False)
            return
        self.results.clear()
        hits = search_service.search(self.ctx.profile, text, LIMIT)
        if self._delegate is None:  # the first results: their delegate (and its module) now
            from careorganiser.ui.search_results import ResultDelegate

            self._delegate = ResultDelegate(self.results, HTML_ROLE)
            self.results.setItemDelegate(self._delegate)  # type: ignore[arg-type]
        for hit in hits:
            kind = search_service.kind_label(hit.kind)
            day = self._day_text(search_service.hit_day(hit))
            title = hit.title_marked or hit.title
            heading = escape(kind) + (" \u00b7 " + escape(day) if day else "")
            html = f"<i>{heading}</i><br><b>{marked_html(title)}</b>"
            words = [kind + (f", {day}" if day else "") + ":", unmarked(title)]
            if hit.snippet.strip():
                html += "<br>" + marked_html(hit.snippet)
                words.append("\u2014 " + unmarked(hit.snippet))
            item = QListWidgetItem(" ".join(words))
            item.setData(HTML_ROLE, html)
            item.setData(USER_ROLE, (hit.kind, hit.record_id))
            item.setToolTip(" ".join(words))
            self.results.addItem(item)
        if hits:
            count = len(hits)
            self.status.setText(QCoreApplication.translate("SearchBar", "{count} found for \u201c{text}\u201d, best first. Enter opens the first; "
                                                                        "Escape goes back.").format(count=count if count < LIMIT else f"{LIMIT}+",
                                                                text=text)
                                if count > 1 else QCoreApplication.translate("SearchBar", "1 found for \u201c{text}\u201d. Enter opens it.")
                                .format(text=text))
        else:
            self.status.setText(QCoreApplication.translate("SearchBar", "Nothing found for \u201c{text}\u201d.").format(text=text))
        self.status.show()
        self._show_results(True)
        if hits:
            self.results.setCurrentRow(0)

    def close_results(self) -> None:
        if self._status is not None:
            self._status.hide()
        self._show_results(False)

    def on_field_return_pressed(self) -> None:
        self._timer.stop()
        self.run_search()
        item = self._results.currentItem() if self._results is not None else None
        if item is not None:
            self.on_result_activated(item)

    def on_result_activated(self, item: QListWidgetItem) -> None:
        kind, record_id = item.data(USER_ROLE)
        self.close_results()
        self.open_requested.emit(kind, record_id)

    def eventFilter(self, watched: object, event: object) -> bool:
        if isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress:
            if watched is self.field and event.key() == QtCore.Qt.Key.Key_Down and self._results is not None \
                    and self._results.isVisible():
                self._results.setFocus()
                return True
            if event.key() == QtCore.Qt.Key.Key_Escape and (watched is self.field or watched is self._results):
                self._timer.stop()
                self.field.clear()
                self.close_results()
                self.field.setFocus()
                return True
        return False
