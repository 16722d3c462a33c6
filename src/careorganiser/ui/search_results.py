"""How a search result is drawn: its HTML, the matching words in bold, wrapped to the list's width.

Loaded when the search bar first shows results: the first window shows none, so it builds neither the
delegate's classes nor the text-document ones.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize
from PySide6.QtWidgets import QApplication, QListWidget, QStyledItemDelegate, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QPainter, QTextDocument
    from PySide6.QtWidgets import QStyleOptionViewItem


class ResultDelegate(QStyledItemDelegate):
    """Draws an entry's HTML (its ``html_role``), wrapped to the list's width.

    The style and text-document classes are imported when results are first drawn: making them (all their
    enumerations) costs the start-up tens of milliseconds, and the first window shows no results.
    """

    def __init__(self, parent: QWidget, html_role: int) -> None:
        super().__init__(parent)
        self.html_role = html_role

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QTextDocument:
        from PySide6.QtGui import QTextDocument

        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(4)
        document.setHtml(str(index.data(self.html_role) or ""))
        width = option.rect.width() if option.rect.width() > 0 else 400
        widget = option.widget
        if isinstance(widget, QListWidget):
            width = widget.viewport().width()
        document.setTextWidth(max(80, width))
        return document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette
        from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

        self.initStyleOption(option, index)
        text_option = QStyleOptionViewItem(option)
        text_option.text = ""
        style = option.widget.style() if option.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, text_option, painter, option.widget)
        document = self._document(option, index)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.translate(option.rect.topLeft())
        painter.setClipRect(QRectF(0, 0, option.rect.width(), option.rect.height()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        self.initStyleOption(option, index)
        document = self._document(option, index)
        return QSize(int(document.idealWidth()), int(document.size().height()) + 2)
