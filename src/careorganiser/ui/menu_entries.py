"""Menu entries made with the main window, whose dialogs load when first used.

The File menu's pack entries and the Help menu's guide are made at start-up (their shortcuts work at once);
``ui.pack_dialog`` and ``ui.help`` (dialog classes, QtPdf on first preview) load when an entry is first chosen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from careorganiser.ui.qt_values import new_action, set_standard_shortcut

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu, QWidget

    from careorganiser.ui.context import AppContext


def _open_pack(window: QWidget, ctx: AppContext, kind: str = "pack") -> object:
    from careorganiser.ui.pack_dialog import open_pack_dialog

    return open_pack_dialog(window, ctx, kind=kind)


def _export_calendar(window: QWidget, ctx: AppContext) -> object:
    from careorganiser.ui.pack_dialog import export_calendar

    return export_calendar(window, ctx)


def _show_help(window: QWidget, which: str, ctx: AppContext | None) -> object:
    from careorganiser.ui.help import show_help

    return show_help(window, which, ctx)


def add_pack_actions(window: QWidget, menu: QMenu, ctx: AppContext) -> dict[str, QAction]:
    """File menu entries: Prepare appointment pack (Ctrl+P), Medication card, Ride sheet, Export calendar."""
    actions: dict[str, QAction] = {}

    def add(key: str, text: str, slot: Any, shortcut: str | None = None) -> None:
        action = new_action(text, window)
        action.setObjectName(f"action-{key}")
        if shortcut is not None:
            set_standard_shortcut(action, shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        actions[key] = action

    add("pack", QCoreApplication.translate("PackDialog", "Prepare appointment &pack\u2026"), lambda: _open_pack(window, ctx),
        "Print")
    add("card", QCoreApplication.translate("PackDialog", "&Medication card\u2026"), lambda: _open_pack(window, ctx, kind="card"))
    add("rides", QCoreApplication.translate("PackDialog", "&Ride sheet\u2026"), lambda: _open_pack(window, ctx, kind="rides"))
    add("calendar", QCoreApplication.translate("PackDialog", "Export &calendar (.ics)\u2026"), lambda: _export_calendar(window, ctx))
    return actions


def add_help_actions(window: QWidget, menu: QMenu, ctx: AppContext | None) -> list[QAction]:
    """Help > Getting started (F1) and Help > Where is my data, before About."""
    started = new_action(QCoreApplication.translate("Help", "&Getting started"), window)
    set_standard_shortcut(started, "HelpContents")
    started.triggered.connect(lambda: _show_help(window, "started", ctx))
    where = new_action(QCoreApplication.translate("Help", "&Where is my data"), window)
    where.triggered.connect(lambda: _show_help(window, "data", ctx))
    menu.addAction(started)
    menu.addAction(where)
    menu.addSeparator()
    return [started, where]
