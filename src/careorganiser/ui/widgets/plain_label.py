"""A label of plain words, with bold, italic and colour set on the label itself.

A rich-text label lays its text out in a text document of its own (a document, its layout and a text control
per label); Today shows dozens of short labels, and laying them out that way was a large part of the work
before the first paint. A plain label is measured and drawn with the font's metrics. Where the markup was
only ``<b>``, ``<i>`` or a coloured ``<span>`` around all the words, the label's font and palette show the
same: the same weight, slant and colour, in the size the text-size setting gives every label.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from careorganiser.ui.qt_values import set_enum


class WrappedLabel(QLabel):
    """A label that remembers its height at each width it was asked for, until its words, font or style change.

    While a window is first laid out, its layouts ask each wrapped label its height at one width after another
    (Today's two columns, a section's grid, the scroll area: five or six widths in turn). Qt keeps the last three
    per label, so each was measured again and again: a plain label shapes its words anew each time, and a rich
    one lays its document out twice (at the width asked, then back). The height at a width depends only on the
    words, their format, wrapping, margins, the font and the style; changing any of them here forgets the heights.
    """

    def __init__(self, text: str = "") -> None:
        super().__init__(text)
        self._heights: dict[int, int] = {}

    def heightForWidth(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = super().heightForWidth(width)
        return height

    def setText(self, text: str) -> None:
        if text != self.text():
            self._heights.clear()
            super().setText(text)

    def setTextFormat(self, text_format: object) -> None:
        self._heights.clear()
        super().setTextFormat(text_format)  # type: ignore[arg-type]

    def setWordWrap(self, on: bool) -> None:
        self._heights.clear()
        super().setWordWrap(on)

    def setMargin(self, margin: int) -> None:
        self._heights.clear()
        super().setMargin(margin)

    def setIndent(self, indent: int) -> None:
        self._heights.clear()
        super().setIndent(indent)

    def setMinimumWidth(self, width: int) -> None:
        self._heights.clear()
        super().setMinimumWidth(width)

    def changeEvent(self, event: QEvent) -> None:  # the font, the style, the contents margins, the direction...
        self._heights.clear()
        super().changeEvent(event)


def plain_label(words: str = "", wrap: bool = True, name: str = "", bold: bool = False, italic: bool = False,
                colour: str = "") -> QLabel:
    """A label showing ``words`` as they are (``<`` and ``&`` included: nothing is read as markup)."""
    widget = WrappedLabel()
    set_enum(widget, "textFormat", "PlainText")  # before the words: never taken for markup
    widget.setText(words)
    widget.setWordWrap(wrap)
    if name:
        widget.setObjectName(name)
    if bold or italic:
        # Only the weight and slant are set: the size still follows the window's (the text-size setting).
        font = QFont()
        if bold:
            font.setBold(True)
        if italic:
            font.setItalic(True)
        widget.setFont(font)
    if colour:
        palette = widget.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
        widget.setPalette(palette)
    return widget


class TitleLabel(WrappedLabel):
    """A plain bold label ``scale`` times the size of the text around it (a heading without markup).

    Its size follows the text-size setting: a font set on a label is not changed when its window's font is,
    so it watches its parent's font and takes that size times ``scale`` again whenever it changes."""

    def __init__(self, words: str = "", scale: float = 1.5, wrap: bool = False, name: str = "") -> None:
        super().__init__()
        self._scale = scale
        self._watched: QObject | None = None
        set_enum(self, "textFormat", "PlainText")
        self.setText(words)
        self.setWordWrap(wrap)
        if name:
            self.setObjectName(name)
        self._fit_font()

    def _fit_font(self) -> None:
        parent = self.parentWidget()
        base = parent.font() if parent is not None else QApplication.font()
        font = QFont(base)
        font.setBold(True)
        if base.pointSizeF() > 0:
            font.setPointSizeF(base.pointSizeF() * self._scale)
        else:
            font.setPixelSize(round(base.pixelSize() * self._scale))
        if font != self.font():
            self.setFont(font)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ParentChange:
            if self._watched is not None:
                self._watched.removeEventFilter(self)
            self._watched = self.parentWidget()
            if self._watched is not None:
                self._watched.installEventFilter(self)
            self._fit_font()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._watched and event.type() == QEvent.Type.FontChange:
            self._fit_font()
        return False
