"""ui.widgets.plain_label.WrappedLabel: a label that remembers its height at each width gives the heights a
plain QLabel gives, and measures again when its words, format, wrapping, margins or font change."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from careorganiser.ui.widgets.plain_label import WrappedLabel, plain_label
from careorganiser.ui.qt_values import rich_text

WORDS = "Nausea after the lunchtime pirfenidone: can the dose be spread differently over the day?"
WIDTHS = (60, 150, 320, 151, 60, 900)


def twin(text: str, rich: bool) -> tuple[WrappedLabel, QLabel]:
    pair = (WrappedLabel(text), QLabel(text))
    for label in pair:
        if rich:
            rich_text(label)
        else:
            label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
    return pair


def heights(label: QLabel) -> list[int]:
    return [label.heightForWidth(width) for width in WIDTHS]


def test_the_same_heights_as_a_label_and_measured_again_after_a_change(qtbot: Any) -> None:
    for rich, text in ((False, WORDS), (True, f"<b>{WORDS}</b> <i>(high priority)</i><br>and a second line")):
        remembering, usual = twin(text, rich)
        qtbot.addWidget(remembering)
        qtbot.addWidget(usual)
        assert heights(remembering) == heights(usual)
        assert len(set(heights(usual))) > 2  # the widths chosen wrap the words differently
        short = "Ask about oxygen."
        for label in (remembering, usual):
            label.setText(short)
        assert heights(remembering) == heights(usual)
        for label in (remembering, usual):
            label.setText(text)
        assert heights(remembering) == heights(usual)
        changes = (lambda label: label.setMargin(7), lambda label: label.setIndent(20),
                   lambda label: label.setContentsMargins(3, 9, 3, 9))
        for change in changes:  # each after the heights were remembered
            for label in (remembering, usual):
                change(label)
            assert heights(remembering) == heights(usual)
        bigger = remembering.font()
        bigger.setPointSizeF(bigger.pointSizeF() * 2)
        for label in (remembering, usual):
            label.setFont(bigger)  # the text-size setting reaches a label as a font change
        assert heights(remembering) == heights(usual)
        for label in (remembering, usual):
            label.setWordWrap(False)
        assert heights(remembering) == heights(usual)


def test_plain_label_remembers_its_heights(qtbot: Any) -> None:
    label = plain_label(WORDS)
    qtbot.addWidget(label)
    usual = QLabel(WORDS)
    usual.setWordWrap(True)
    qtbot.addWidget(usual)
    assert isinstance(label, WrappedLabel) and label.textFormat() == Qt.TextFormat.PlainText
    assert heights(label) == heights(usual)
