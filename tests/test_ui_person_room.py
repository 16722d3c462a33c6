"""The Person page has room between its parts: a label never touches its field, buttons side by side never
touch, and the page scrolls in one place (not a scroll area inside the window's own), at 100% and 200% text."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea, QWidget

from careorganiser.ui.application import apply_text_scale
from careorganiser.ui.context import AppContext
from careorganiser.ui.main_window import MainWindow
from ui_helpers import show


@pytest.fixture(autouse=True)
def normal_text_afterwards(qapp: QApplication) -> Iterator[None]:
    yield
    apply_text_scale(qapp, 100)


def left_of(a: QWidget, b: QWidget) -> int:
    """The gap in pixels between the right edge of ``a`` and the left edge of ``b``; where ``b`` is on a line
    under ``a`` (a form row too wide for its label wraps under it), the gap between the two lines."""
    right = a.mapTo(a.window(), QPoint(a.width(), a.height()))
    top_left = b.mapTo(b.window(), QPoint(0, 0))
    if top_left.y() >= right.y():
        return top_left.y() - right.y() + 4  # on the next line: they cannot touch side by side
    return top_left.x() - right.x()


def label_for(page: QWidget, field: QWidget) -> QLabel:
    return next(label for label in page.findChildren(QLabel) if label.buddy() is field)


@pytest.mark.parametrize("scale", [100, 200])
def test_the_person_page_has_room_between_its_parts(qtbot: Any, qapp: QApplication, profile: object,
                                                    scale: int) -> None:
    window = MainWindow(AppContext(profile))  # type: ignore[arg-type]
    show(qtbot, window, 1280, 690)
    apply_text_scale(qapp, scale)
    page = window.show_area("person")
    for _ in range(4):
        QApplication.processEvents()
    gaps = {
        "Date of birth label / field": left_of(label_for(page, page.dob_edit.edit), page.dob_edit.edit),
        "Name label / field": left_of(label_for(page, page.name_edit), page.name_edit),
        "Calendar / Not known": left_of(page.dob_edit.pick, page.dob_unknown),
        "Save / Undo changes": left_of(page.save_button, page.revert_button),
    }
    assert all(gap >= 4 for gap in gaps.values()), gaps
    scrolling = [area for area in window.findChildren(QScrollArea)
                 if area.isVisible() and (area is page or page.isAncestorOf(area) or area.isAncestorOf(page))
                 and area.widget() is not None and not area.objectName().startswith("qt_")]
    nested = [a for a in scrolling if any(o is not a and o.isAncestorOf(a) for o in scrolling)]
    assert not nested, [a.objectName() or type(a).__name__ for a in scrolling]
