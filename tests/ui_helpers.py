"""Small helpers the ui tests share."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar

import pytest

if TYPE_CHECKING:
    from PySide6.QtCore import QModelIndex
    from PySide6.QtWidgets import (
        QAbstractItemView,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
    )

W = TypeVar("W")

#: The languages the app is translated into (besides English).
LANGUAGES = ("es", "pl")


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest, qapp: Any) -> Iterator[str]:
    """The app in each translated language, its locale writing dates and numbers; the next test gets the
    language and locale it had. A test module uses it by importing it."""
    from PySide6.QtCore import QLocale

    from careorganiser import i18n
    from careorganiser.ui.language import apply_language

    before = QLocale()
    apply_language(qapp, request.param)
    try:
        yield request.param
    finally:
        apply_language(qapp, i18n.SOURCE_LANGUAGE, set_locale=False)
        QLocale.setDefault(before)


def show(qtbot: Any, widget: W, *size: Any) -> W:
    """Give the widget to qtbot, size it (width, height or a QSize), show it and wait until it is on screen;
    returns it."""
    qtbot.addWidget(widget)
    widget.resize(*size)  # type: ignore[attr-defined]
    widget.show()  # type: ignore[attr-defined]
    qtbot.waitExposed(widget)
    return widget


def scroll_down_loading(table: Any, want_rows: int) -> None:
    """Scroll a paged table as a user would until at least ``want_rows`` rows are loaded (the view fetches
    pages as it nears the end), and stay at the bottom."""
    from PySide6.QtWidgets import QApplication

    bar = table.verticalScrollBar()
    while table.model().rowCount() < want_rows:
        assert table.model().canFetchMore(), "the list ran out of rows"
        bar.setValue(bar.maximum())
        QApplication.processEvents()
    bar.setValue(bar.maximum())
    QApplication.processEvents()


def pick_row(table: Any, row: int) -> Any:
    """Select ``row`` and scroll it to the middle, as a user who chose it would; returns its snapshot."""
    from PySide6.QtWidgets import QAbstractItemView, QApplication

    from careorganiser.ui.pages.table_page import selected_row

    table.selectRow(row)
    # In the middle: a restore that only makes the row visible would put it at an edge.
    table.scrollTo(table.model().index(row, 0), QAbstractItemView.ScrollHint.PositionAtCenter)
    QApplication.processEvents()
    chosen = selected_row(table)
    assert chosen is not None
    return chosen


def click_row(qtbot: Any, view: QAbstractItemView, index: QModelIndex) -> None:
    """Click the row of ``index`` as a user would (scrolled into view first)."""
    from PySide6.QtCore import Qt

    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())


def type_into(qtbot: Any, widget: QLineEdit | QPlainTextEdit, text: str) -> None:
    """Clear a box and type ``text`` into it key by key."""
    widget.clear()
    if text:
        qtbot.keyClicks(widget, text)


def choose(combo: QComboBox, text: str) -> None:
    """Pick the entry of ``combo`` that starts with ``text``."""
    from PySide6.QtCore import Qt

    i = combo.findText(text, Qt.MatchFlag.MatchStartsWith)
    assert i >= 0, f"{text!r} not in {[combo.itemText(k) for k in range(combo.count())]}"
    combo.setCurrentIndex(i)


def answer_dialog(prompter: Any, qtbot: Any, fill: Callable[[Any], None]) -> list[Any]:
    """Answer the next run_dialog by filling the real form and clicking Save; returns the dialogs shown."""
    from PySide6.QtCore import Qt

    seen: list[Any] = []

    def run(dialog: Any) -> None:
        qtbot.addWidget(dialog)
        dialog.show()
        seen.append(dialog)
        fill(dialog)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    prompter.answers["run_dialog"] = run
    return seen


def wait_chart(qtbot: Any, panel: Any) -> Any:
    """Wait until the measurements panel's chart shows the kind charted (its readings are read in a worker);
    returns the chart."""
    qtbot.waitUntil(panel.chart_ready)
    return panel.chart


def type_weight(qtbot: Any, page: Any, typed: str) -> None:
    """Type ``typed`` as a weight on the journal's measurements tab and press Save."""
    from PySide6.QtCore import Qt

    panel = page.measures
    panel.kind_combo.setCurrentIndex(panel.kind_combo.findData("weight_kg"))
    panel.value_edit.clear()
    qtbot.keyClicks(panel.value_edit, typed)
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
