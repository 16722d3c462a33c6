"""A label of plain words, with bold, italic and colour set on the label itself.

A rich-text label lays its text out in a text document of its own (a document, its layout and a text control
per label); Today shows dozens of short labels, and laying them out that way was a large part of the work
before the first paint. A plain label is measured and drawn with the font's metrics. Where the markup was
only ``<b>``, ``<i>`` or a coloured ``<span>`` around all the words, the label's font and palette show the
same: the same weight, slant and colour, in the size the text-size setting gives every label.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QLabel

from careorganiser.ui.qt_values import set_enum


def plain_label(words: str = "", wrap: bool = True, name: str = "", bold: bool = False, italic: bool = False,
                colour: str = "") -> QLabel:
    """A label showing ``words`` as they are (``<`` and ``&`` included: nothing is read as markup)."""
    widget = QLabel()
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
