"""Small helpers the ui tests share."""

from __future__ import annotations

from typing import Any, TypeVar

W = TypeVar("W")


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
