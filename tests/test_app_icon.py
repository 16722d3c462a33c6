"""The app's window icon and standard shortcuts are set after the main window's first paint (QIcon's and
QKeySequence's first use cost start-up time); the icon before any window shown earlier: the profile
picker, a question, the recovery page."""

from __future__ import annotations

import argparse
from typing import Any

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from careorganiser.store import profiles


def without_icon() -> QApplication:
    app = QApplication.instance()
    app._icon_set = False
    app.setWindowIcon(QIcon())
    assert app.windowIcon().isNull()
    return app


def test_the_icon_is_set_once_the_main_window_has_painted(qtbot, data_dir, prompter: Any) -> None:
    from PySide6.QtGui import QKeySequence

    from careorganiser.ui import qt_values
    from careorganiser.ui.application import Controller, make_application

    profiles.create_profile("Mum").close()
    app = make_application()
    without_icon()
    controller = Controller(app, argparse.Namespace(profile=None, exit_when_ready=False), prompter)
    profile = profiles.open_profile("Mum")
    assert controller.claim(profile)
    qt_values.wait_for_first_paint()  # as ui.application.run does
    try:
        controller.open_main(profile)
        qtbot.addWidget(controller.window)
        # Not before the first paint: the icon, the window's shortcuts and the menus' entries (only their titles).
        assert app.windowIcon().isNull() and not any(a.text() == "&Search" for a in controller.window.actions())
        assert controller.window.file_menu.actions() == [] and controller.window.file_menu.title() == "&File"
        qtbot.waitUntil(lambda: not app.windowIcon().isNull())
        assert not controller.window.windowIcon().isNull()
        find = next(a for a in controller.window.actions() if a.text() == "&Search")
        assert find.shortcuts() == [QKeySequence(QKeySequence.StandardKey.Find)] == [QKeySequence("Ctrl+F")]
        pack = controller.window.pack_actions["pack"]
        assert pack.shortcuts() == [QKeySequence("Ctrl+P")]
    finally:
        qt_values.stop_waiting()
        controller.shutdown()


def test_a_question_before_the_main_window_has_the_icon(qtbot) -> None:
    from careorganiser.ui.prompter import Prompter

    app = without_icon()
    assert Prompter()._ask("confirm", (), lambda: True) is True  # the real prompter, its dialog stubbed out
    assert not app.windowIcon().isNull()
