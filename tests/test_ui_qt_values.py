"""ui.qt_values: what the first window sets without building Qt's namespace of enums does what the
usual calls do (the same values, the same places on screen)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QScrollArea, QToolButton, QVBoxLayout, QWidget

from careorganiser.ui.qt_values import USER_ROLE, placed, rich_text, set_enum, set_shortcut, set_shown


def test_enum_properties_are_set_by_name(qtbot: Any) -> None:
    label = QLabel("<b>x</b>")
    qtbot.addWidget(label)
    rich_text(label)
    assert label.textFormat() == Qt.TextFormat.RichText
    area = QScrollArea()
    qtbot.addWidget(area)
    set_enum(area, "horizontalScrollBarPolicy", "ScrollBarAlwaysOff")
    set_enum(area, "focusPolicy", "NoFocus")
    assert area.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert area.focusPolicy() == Qt.FocusPolicy.NoFocus
    button = QToolButton()
    qtbot.addWidget(button)
    set_enum(button, "toolButtonStyle", "ToolButtonTextOnly")
    set_enum(button, "focusPolicy", "StrongFocus")
    assert button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextOnly
    assert button.focusPolicy() == Qt.FocusPolicy.StrongFocus
    timer = QTimer()
    set_enum(timer, "timerType", "CoarseTimer")
    assert timer.timerType() == Qt.TimerType.CoarseTimer
    assert USER_ROLE == Qt.ItemDataRole.UserRole


def test_a_wrong_name_raises(qtbot: Any) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    with pytest.raises(ValueError, match="textFormat"):
        set_enum(label, "textFormat", "Richtext")
    with pytest.raises(ValueError, match="textFormatt"):
        set_enum(label, "textFormatt", "RichText")
    assert label.textFormat() == Qt.TextFormat.AutoText


def _cell(qtbot: Any, top: bool, right: bool, boxed: bool) -> tuple[QPoint, QSize, QSize]:
    """A button beside a three-line label in a grid, in a window taller than it needs."""
    window = QWidget()
    qtbot.addWidget(window)
    grid = QGridLayout(window)
    label = QLabel("Omeprazole: 5 capsules left<br>About 5 days of supply<br>a third line")
    rich_text(label)
    button = QPushButton("Record refill\u2026")
    grid.addWidget(label, 0, 0)
    if boxed:
        grid.addWidget(placed(button, top=top, right=right), 0, 1)
    else:
        align = Qt.AlignmentFlag(0)
        if top:
            align |= Qt.AlignmentFlag.AlignTop
        if right:
            align |= Qt.AlignmentFlag.AlignRight
        grid.addWidget(button, 0, 1, align)
    grid.addWidget(QLabel("next row"), 1, 1)
    grid.setColumnStretch(0, 1)
    window.resize(520, 220)
    window.show()
    qtbot.waitExposed(window)
    return button.mapTo(window, QPoint(0, 0)), button.size(), window.minimumSizeHint()


@pytest.mark.parametrize(("top", "right"), [(True, False), (True, True), (False, True)])
def test_placed_puts_a_widget_where_the_alignment_would(qtbot: Any, top: bool, right: bool) -> None:
    assert _cell(qtbot, top, right, boxed=True) == _cell(qtbot, top, right, boxed=False)


def test_set_shortcut_sets_what_set_shortcut_does(qtbot: Any) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    for key in (QKeySequence("Ctrl+H"), QKeySequence(QKeySequence.StandardKey.Find), QKeySequence()):
        ours, theirs = QAction("x", window), QAction("y", window)
        set_shortcut(ours, key)
        theirs.setShortcut(key)
        assert ours.shortcuts() == theirs.shortcuts()
        assert ours.shortcut() == key
    assert QAction("z", window).shortcuts() == []
    for text in ("Ctrl+H", "Ctrl+Shift+H", "Ctrl+7", ""):  # as text: through the property, the same keys
        ours, theirs = QAction("x", window), QAction("y", window)
        set_shortcut(ours, text)
        theirs.setShortcut(QKeySequence(text))
        assert ours.shortcuts() == theirs.shortcuts()


def test_standard_shortcuts_set_at_once_or_after_the_first_paint(qtbot: Any) -> None:
    from careorganiser.ui import qt_values

    window = QWidget()
    qtbot.addWidget(window)
    find, zoom = QAction("find", window), QAction("zoom", window)
    qt_values.set_standard_shortcut(find, "Find")  # outside the app's start: at once, as setShortcut did
    qt_values.set_standard_shortcut(zoom, "ZoomIn", "Ctrl+=")
    assert find.shortcuts() == [QKeySequence(QKeySequence.StandardKey.Find)]
    assert zoom.shortcuts() == [QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")]
    qt_values.wait_for_first_paint()  # the app's start
    try:
        later, gone = QAction("later", window), QAction("gone", window)
        qt_values.set_standard_shortcut(later, "Print")
        qt_values.set_standard_shortcut(gone, "New")
        assert later.shortcuts() == []
        import shiboken6

        shiboken6.delete(gone)  # a window closed before its first paint: its actions are skipped
        qt_values.first_paint_done()
        assert later.shortcuts() == [QKeySequence(QKeySequence.StandardKey.Print)] == [QKeySequence("Ctrl+P")]
        qt_values.set_standard_shortcut(find, "New")  # after the paint: at once again
        assert find.shortcuts() == [QKeySequence(QKeySequence.StandardKey.New)]
    finally:
        qt_values.stop_waiting()


def test_set_shown_shows_and_hides_as_set_visible_does_without_laying_out_again(qtbot: Any) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    box = QWidget(window)
    layout = QVBoxLayout(box)
    layout.addWidget(QLabel("words"))
    window.resize(300, 200)
    # Not shown yet: showing the box again would lay it out now (Qt activates a shown widget's layout).
    set_shown(box, True)
    assert not box.isHidden() and not layout.geometry().isValid()
    box.setVisible(True)
    assert layout.geometry().isValid()  # what set_shown leaves out
    for shown in (False, False, True, True, False):
        set_shown(box, shown)
        assert box.isHidden() is not shown
    window.show()
    qtbot.waitExposed(window)
    assert not box.isVisible()
    set_shown(box, True)
    assert box.isVisible()


def test_new_action_is_what_qaction_with_a_text_and_parent_is(qtbot: Any) -> None:
    from careorganiser.ui.qt_values import new_action

    window = QWidget()
    qtbot.addWidget(window)
    ours, theirs = new_action("&Quit", window), QAction("&Quit", window)
    assert (ours.text(), ours.parent(), ours.iconText(), ours.isEnabled()) == \
        (theirs.text(), theirs.parent(), theirs.iconText(), theirs.isEnabled())
    assert ours.text() == "&Quit" and ours.parent() is window
